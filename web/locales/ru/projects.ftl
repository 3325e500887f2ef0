## Сборник проектов по борьбе с терроризмом и предупреждению насильственного экстремизма

nav-projects = Проекты
projects-title = Проекты
projects-intro = Проекты структур Глобального договора по борьбе с терроризмом и предупреждению насильственного экстремизма: кто, что и где осуществляет и какого финансирования еще не хватает. Задайте фильтры, а затем экспортируйте данные или посмотрите диаграммы.
projects-views = Способ отображения проектов
projects-view-list = Список
projects-view-charts = Диаграммы
projects-charts-title = Проекты в диаграммах
project-count = { $count ->
    [one] { $count } проект
    [few] { $count } проекта
    [many] { $count } проектов
   *[other] { $count } проекта
}
project-empty = Нет проектов, соответствующих этим фильтрам.
project-search-label = Поиск проектов
project-search-placeholder = Название, код, донор, страна, структура…
project-sort = Сортировка
project-sort-code = По коду
project-sort-gap = Сначала с наибольшим дефицитом финансирования
project-sort-requested = Сначала с наибольшим бюджетом
project-sort-recent = Сначала недавно измененные
project-region = Регион
project-country = Страна-бенефициар
project-theme = Тематический приоритет
project-entity = Структура-исполнитель
project-donor = Донор
project-donor-amount = Сумма (долл. США)
project-donor-name-n = Донор { $n }
project-donor-amount-n = Сумма донора { $n } (долл. США)
project-pillar = Компонент
project-status = Статус
project-status-pipeline = В стадии подготовки
project-status-active = Осуществляется
project-status-closed = Завершен
project-totals = Итоги по показанным проектам
project-total-projects = Проекты
project-total-requested = Запрошено
project-total-funded = Профинансировано
project-total-gap = Дефицит финансирования
project-funded-percent = Профинансировано на { $percent } %
project-global = Глобальный
project-more-countries = и еще { $count }
project-add = Добавить проект
project-edit = Изменить проект
project-save = Сохранить проект
project-saved = Проект сохранен.
project-back = ← Все проекты
project-about = О проекте
project-funding = Финансирование
project-no-donors = Пока ни один донор не предоставил финансирование.
project-documents = Документы
project-no-documents = Связанных документов нет.
project-export-csv = Экспорт в CSV
project-export-xlsx = Экспорт в Excel
project-field-code = Код
project-code-hint = Как в призыве к финансированию, например UNOCT-GLO-2021-01. Буквы, цифры, - _ . /
project-field-title = Название
project-field-summary = Краткое описание
project-field-lead = Ведущая структура
project-field-partners = Структуры-партнеры
project-field-countries = Страны-бенефициары
project-countries-hint = Коды ISO или названия через запятую (KEN, Уганда, Нигер).
project-field-regions = Регионы-бенефициары
project-field-pillars = Компоненты Глобальной контртеррористической стратегии
project-field-themes = Тематические приоритеты
project-field-requested = Запрашиваемый бюджет (долл. США)
project-amount-hint = Целое число долларов США: 1250000 или 1 250 000.
project-field-donors = Доноры и суммы их финансирования
project-field-starts = Начало
project-field-ends = Окончание
project-field-period = Период
project-field-contact = Контактное лицо
project-field-contact-email = Адрес электронной почты контактного лица (учетная запись на платформе)
project-field-documents = Документы из библиотеки
project-field-updated = Последнее изменение
project-code-required = Укажите код проекта.
project-code-invalid = Код может содержать не более 40 символов: буквы, цифры и знаки - _ . /
project-code-taken = Этот код уже присвоен другому проекту.
project-title-required = Укажите название проекта.
project-title-too-long = Название длиннее 300 символов.
project-summary-too-long = Краткое описание длиннее 5000 символов.
project-lead-required = Выберите ведущую структуру.
project-lead-unknown = «{ $names }» не является структурой Глобального договора.
project-entities-unknown = Не являются структурами Глобального договора: { $names }
project-countries-unknown = Не являются государствами-членами: { $names }
project-amount-invalid = «{ $value }» не является суммой в целых долларах США.
project-date-invalid = Введите даты в формате YYYY-MM-DD (ГГГГ-ММ-ДД).
project-ends-before-start = Проект не может завершиться раньше, чем начнется.
project-contact-unknown = Нет активной учетной записи с этим адресом электронной почты.
project-donor-name-required = Для каждой суммы укажите наименование донора.
project-donor-too-long = Наименование донора длиннее 120 символов.
project-donor-amount-invalid = Сумма донора { $donor } должна быть указана в целых долларах США.
project-donors-too-many = Максимальное число доноров в проекте: { $max }.
project-resource-unknown = По адресу «{ $resource }» нет доступного вам материала библиотеки.
project-chart-theme = Дефицит финансирования по тематическим приоритетам
project-chart-region = Дефицит финансирования по регионам
project-chart-gap-desc = Каждая полоса показывает сумму, запрошенную проектами: темная часть профинансирована, светлая еще не покрыта.
project-chart-gap-value = дефицит: { $gap }
project-chart-country = Проекты по странам-бенефициарам
project-chart-country-desc = Число проектов, бенефициаром которых является каждая страна, по убыванию.
project-chart-matrix = Страны и тематические приоритеты
project-chart-matrix-desc = Число проектов по тематическим приоритетам для стран с наибольшим числом проектов; чем темнее ячейка, тем больше проектов.
project-chart-overlap = Проект, охватывающий несколько тем, регионов или стран, учитывается в каждой из них, поэтому сумма по строкам превышает итоговые значения.
project-chart-table = Данные в виде таблицы
project-chart-empty = Нет проектов для диаграммы.
project-col-code = Код
project-col-title = Название
project-col-status = Статус
project-col-lead = Ведущая структура
project-col-partners = Структуры-партнеры
project-col-countries = Страны-бенефициары
project-col-regions = Регионы-бенефициары
project-col-pillars = Компоненты
project-col-themes = Тематические приоритеты
project-col-requested = Запрошено (долл. США)
project-col-funded = Профинансировано (долл. США)
project-col-gap = Дефицит финансирования (долл. США)
project-col-donors = Доноры
project-col-starts = Начало
project-col-ends = Окончание
project-col-summary = Краткое описание
project-col-link = Ссылка
money-usd = { $amount } долл. США
org-projects-beneficiary = Проекты в интересах этой страны
org-projects-implementer = Проекты этой структуры
org-no-projects = В сборнике пока нет проектов.
org-active-entities = Структуры, осуществляющие проекты в этой стране
org-all-projects = { $count ->
    [one] Посмотреть { $count } проект в каталоге проектов
    [few] Посмотреть все { $count } проекта в каталоге проектов
    [many] Посмотреть все { $count } проектов в каталоге проектов
   *[other] Посмотреть все { $count } проекта в каталоге проектов
}
event-project-created = Проект добавлен
event-project-changed = Проект изменен
project-import-title = Импорт проектов
project-import-intro = Файл CSV (UTF-8, разделитель — запятая или точка с запятой) или книга Excel со строкой заголовков, в которой столбцы названы в любом порядке: столбцы code и title обязательны; столбцы status, lead, partners, countries, regions, pillars, themes, requested, donors, starts, ends, summary и contact необязательны. Элементы списков разделяются точкой с запятой; доноры указываются в виде «Name: amount». Строка с уже существующим кодом заменяет соответствующий проект. Экспорт в Excel из каталога проектов, выполненный на английском языке, можно импортировать обратно. До вашего подтверждения никакие данные не записываются, а после него записываются все строки или ни одной.
project-import-file = Файл CSV или Excel
project-import-summary-new = { $count ->
    [one] { $count } новый проект
    [few] { $count } новых проекта
    [many] { $count } новых проектов
   *[other] { $count } нового проекта
}
project-import-summary-update = { $count ->
    [one] { $count } обновление
    [few] { $count } обновления
    [many] { $count } обновлений
   *[other] { $count } обновления
}
project-import-summary-refused = { $count ->
    [one] { $count } строка отклонена
    [few] { $count } строки отклонены
    [many] { $count } строк отклонено
   *[other] { $count } строки отклонено
}
project-import-status-new = Новый
project-import-status-update = Обновление
project-import-status-error = Отклонено
project-import-confirm = { $count ->
    [one] Импортировать { $count } проект
    [few] Импортировать все { $count } проекта
    [many] Импортировать все { $count } проектов
   *[other] Импортировать все { $count } проекта
}
project-import-fix-first = Исправьте отклоненные строки в файле и загрузите его снова: при импорте записываются все строки или ни одной.
project-import-another = Импортировать другой файл
project-import-refused = Некоторые строки отклонены: ничего не импортировано.
project-import-changed = За это время проекты с этими кодами были добавлены или изменены: ничего не импортировано. Еще раз проверьте предварительный просмотр.
project-import-theme-unknown = «{ $value }» не является тематическим приоритетом.
project-import-region-unknown = «{ $value }» не является регионом.
project-import-pillar-unknown = «{ $value }» не является компонентом (от 1 до 4).
project-import-status-unknown = «{ $value }» не является статусом (pipeline, active или closed).
project-import-donor-format = «{ $value }» не соответствует формату «Name: amount».
project-import-duplicate = Этот код уже встречается в одной из предыдущих строк файла.
project-imported-added = { $count ->
    [one] Добавлен { $count } проект,
    [few] Добавлено { $count } проекта,
    [many] Добавлено { $count } проектов,
   *[other] Добавлено { $count } проекта,
}
project-imported-updated = { $count ->
    [one] обновлен { $count }.
    [few] обновлено { $count }.
    [many] обновлено { $count }.
   *[other] обновлено { $count }.
}
event-projects-imported = Проекты импортированы
project-chart-entities = Кто осуществляет эти проекты
