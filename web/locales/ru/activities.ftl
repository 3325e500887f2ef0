# Учет мероприятий: кто, что, где и когда проводит.
nav-activities = Мероприятия
activities-title = Мероприятия
activities-intro = Семинары-практикумы, учебные мероприятия, оценочные поездки, совещания экспертов и другие мероприятия структур Глобального договора: кто руководит их проведением, где и когда они проходят и как продвигается работа.
activities-views = Способ отображения мероприятий
activities-view-list = Список
activities-view-timeline = Хронология
activities-view-where = География
activity-add = Добавить мероприятие
activity-edit = Изменить мероприятие
activity-back = ← Все мероприятия
activity-save = Сохранить мероприятие
activity-saved = Мероприятие сохранено.
activity-update-added = Ваша запись о ходе работы добавлена.
activity-search-label = Поиск мероприятий
activity-search-placeholder = Название, описание, структура или страна
activity-sort-date = Сначала более поздние
activity-sort-earliest = Сначала более ранние
activity-sort-recent = Сначала недавно измененные
activity-count = { $count ->
    [one] { $count } мероприятие
    [few] { $count } мероприятия
    [many] { $count } мероприятий
   *[other] { $count } мероприятия
}
activity-empty = Нет мероприятий, соответствующих этим фильтрам.
activity-no-date = Дата пока не указана
activity-status = Статус
activity-status-planned = Запланировано
activity-status-ongoing = Проводится
activity-status-completed = Завершено
activity-status-postponed = Отложено
activity-status-cancelled = Отменено
activity-status-unchanged = Статус не изменился
activity-kind = Вид мероприятия
activity-kind-workshop = Семинар-практикум
activity-kind-training = Учебное мероприятие
activity-kind-assessment_visit = Оценочная поездка
activity-kind-expert_meeting = Совещание экспертов
activity-kind-expert_deployment = Направление экспертов
activity-kind-publication = Публикация
activity-kind-conference = Конференция
activity-kind-other = Другое
activity-year = Год
activity-month = Месяц
activity-space = Пространство
activity-of-project = Мероприятия одного проекта
activity-project = Проект
activity-planned = Запланированные сроки
activity-actual = Фактические сроки
activity-participants = Участники
activity-participants-hint = Если эти данные известны. Оставьте пустыми поля, по которым подсчет не велся.
activity-women = Женщины
activity-men = Мужчины
activity-others = Другие или пол не указан
activity-women-count = { $count ->
    [one] { $count } женщина
    [few] { $count } женщины
    [many] { $count } женщин
   *[other] { $count } женщины
}
activity-men-count = { $count ->
    [one] { $count } мужчина
    [few] { $count } мужчины
    [many] { $count } мужчин
   *[other] { $count } мужчины
}
activity-others-count = Другие или пол не указан: { $count }
activity-outputs = Результаты (материалы библиотеки)
activity-no-outputs = Результатов пока нет.
activity-events = Мероприятия в календаре
activity-events-hint = Ссылки на мероприятия календаря (или их номера), по одной в строке.
activity-progress = Ход работы
activity-update-label = Запись о ходе работы
activity-update-status = Статус с учетом этой записи
activity-update-add = Добавить запись
activity-no-updates = Записей о ходе работы пока нет.
activity-updates-count = { $count ->
    [one] { $count } запись о ходе работы
    [few] { $count } записи о ходе работы
    [many] { $count } записей о ходе работы
   *[other] { $count } записи о ходе работы
}
activity-month-all = { $count ->
    [one] Посмотреть { $count } мероприятие этого месяца
    [few] Посмотреть все { $count } мероприятия этого месяца
    [many] Посмотреть все { $count } мероприятий этого месяца
   *[other] Посмотреть все { $count } мероприятия этого месяца
}
activity-undated = { $count ->
    [one] { $count } мероприятие пока не имеет даты и показано только в списке.
    [few] { $count } мероприятия пока не имеют даты и показаны только в списке.
    [many] { $count } мероприятий пока не имеют даты и показаны только в списке.
   *[other] { $count } мероприятия пока не имеют даты и показаны только в списке.
}
activity-where-note = Мероприятие учитывается в каждом регионе, в интересах которого оно проводится: если этот регион указан прямо или если в нем находится страна-бенефициар.
activity-global-count = { $count ->
    [one] { $count } мероприятие носит глобальный характер (страна или регион-бенефициар не указаны).
    [few] { $count } мероприятия носят глобальный характер (страна или регион-бенефициар не указаны).
    [many] { $count } мероприятий носят глобальный характер (страна или регион-бенефициар не указаны).
   *[other] { $count } мероприятия носят глобальный характер (страна или регион-бенефициар не указаны).
}
activity-about = О мероприятии
activity-field-description = Описание
activity-lead-hint = Ваша структура или — для мероприятия пространства, в котором вы являетесь председателем, — любая структура.
activity-field-project = Код проекта
activity-project-hint = Код проекта из сборника, к которому относится это мероприятие (если такой проект есть).
activity-participants-invalid = Число участников должно быть целым числом.
activity-kind-required = Выберите вид мероприятия.
activity-description-too-long = Описание слишком длинное (не более 10 000 символов).
activity-lead-not-yours = Вы можете вносить мероприятия, которые проводит ваша структура, или мероприятия пространства, в котором вы являетесь председателем.
activity-project-unknown = Проекта с кодом { $code } нет.
activity-event-unknown = «{ $event }» не является доступным вам мероприятием календаря.
activity-update-required = Опишите ход работы.
activity-update-too-long = Запись слишком длинная (не более 5000 символов).
activity-col-id = Номер
activity-col-kind = Вид
activity-col-status = Статус
activity-col-space = Пространство
activity-col-project = Проект
activity-col-planned-start = Плановое начало
activity-col-planned-end = Плановое окончание
activity-col-actual-start = Фактическое начало
activity-col-actual-end = Фактическое окончание
activity-col-women = Женщины
activity-col-men = Мужчины
activity-col-others = Другие участники
activity-org-beneficiary = Мероприятия в интересах этой страны
activity-org-implementer = Мероприятия, которые эта структура проводит или в которых участвует в качестве партнера
activity-all = { $count ->
    [one] Посмотреть { $count } мероприятие в списке
    [few] Посмотреть все { $count } мероприятия в списке
    [many] Посмотреть все { $count } мероприятий в списке
   *[other] Посмотреть все { $count } мероприятия в списке
}
activity-project-heading = Мероприятия этого проекта
event-activity-created = Добавлена запись о мероприятии
event-activity-changed = Изменена запись о мероприятии
event-activity-progress = Добавлены сведения о ходе мероприятия
