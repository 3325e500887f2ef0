# Глобальный поиск (crates/server/src/search.rs, поле поиска в заголовке каждой страницы)
search-title = Поиск
search-title-for = Поиск: { $query }
search-label = Поиск по всему, что вам доступно
search-box-label = Поиск по всему сайту
search-box-placeholder = Пользователи, документы, мероприятия…
search-submit = Найти
search-hint = Пользователи, организации, пространства, материалы библиотеки, мероприятия календаря, обсуждения, пункты планов работы, мероприятия структур и проекты. Должно совпасть каждое слово; диакритические знаки и регистр не учитываются.
search-count = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-none = Среди доступного вам ничего не найдено по этим словам. Проверьте написание или введите меньше слов.
search-kinds = Результаты по категориям
search-kind-all = Все
search-kind-people = Пользователи
search-kind-organizations = Организации
search-kind-spaces = Пространства
search-kind-resources = Материалы библиотеки
search-kind-events = Мероприятия календаря
search-kind-discussions = Обсуждения
search-kind-plans = Пункты планов работы
search-all-people = { $count ->
    [one] { $count } человек в справочнике
    [few] Все { $count } человека в справочнике
    [many] Все { $count } человек в справочнике
   *[other] Все { $count } человека в справочнике
}
search-all-organizations = { $count ->
    [one] { $count } организация
    [few] Все { $count } организации
    [many] Все { $count } организаций
   *[other] Все { $count } организации
}
search-all-spaces = { $count ->
    [one] { $count } пространство
    [few] Все { $count } пространства
    [many] Все { $count } пространств
   *[other] Все { $count } пространства
}
search-all-resources = { $count ->
    [one] { $count } материал в библиотеке
    [few] Все { $count } материала в библиотеке
    [many] Все { $count } материалов в библиотеке
   *[other] Все { $count } материала в библиотеке
}
search-all-events = { $count ->
    [one] { $count } мероприятие календаря
    [few] Все { $count } мероприятия календаря
    [many] Все { $count } мероприятий календаря
   *[other] Все { $count } мероприятия календаря
}
search-all-discussions = { $count ->
    [one] { $count } обсуждение
    [few] Все { $count } обсуждения
    [many] Все { $count } обсуждений
   *[other] Все { $count } обсуждения
}
search-all-plans = { $count ->
    [one] { $count } пункт планов работы
    [few] Все { $count } пункта планов работы
    [many] Все { $count } пунктов планов работы
   *[other] Все { $count } пункта планов работы
}
search-kind-activities = Мероприятия структур
search-kind-projects = Проекты
search-all-activities = { $count ->
    [one] { $count } мероприятие структур, с фильтрами
    [few] Все { $count } мероприятия структур, с фильтрами
    [many] Все { $count } мероприятий структур, с фильтрами
   *[other] Все { $count } мероприятия структур, с фильтрами
}
search-all-projects = { $count ->
    [one] { $count } проект, с фильтрами
    [few] Все { $count } проекта, с фильтрами
    [many] Все { $count } проектов, с фильтрами
   *[other] Все { $count } проекта, с фильтрами
}
search-space-open = Открытое пространство
search-space-closed = Закрытое пространство
search-event-series = Серия
search-kind-recommendations = Рекомендации ИДКТК
search-all-recommendations = Все рекомендации ({ $count }) с фильтрами
