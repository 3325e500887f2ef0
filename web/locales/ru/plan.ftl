# Совместное планирование (crates/server/src/planning.rs)
plan-title = План работы
programme-title = Совместная программа работы
programme-intro = { $count ->
    [one] { $count } пункт планов работы доступных вам пространств, по компонентам Стратегии.
    [few] { $count } пункта планов работы доступных вам пространств, по компонентам Стратегии.
    [many] { $count } пунктов планов работы доступных вам пространств, по компонентам Стратегии.
   *[other] { $count } пункта планов работы доступных вам пространств, по компонентам Стратегии.
}
programme-csv = Скачать в формате CSV
plan-none = Пока не предложено ни одного пункта.
plan-space = Пространство
plan-no-pillar = Компонент не указан
plan-field-title = Пункт
plan-field-description = Описание
plan-field-lead = Ведущая структура
plan-field-contributors = Участвующие структуры
plan-field-themes = Тематические области
plan-field-status = Статус
plan-field-target = Плановая дата
plan-field-resources = Материалы библиотеки
plan-resources-hint = Ссылки на материалы или их номера, по одному в строке (только материалы, доступные вам).
plan-status-proposed = Предложен
plan-status-agreed = Согласован
plan-status-in_progress = Выполняется
plan-status-done = Выполнен
plan-status-dropped = Исключен
plan-importance = Важность (1–5)
plan-score-count = { $count ->
    [one] по оценкам { $count } организации
    [few] по оценкам { $count } организаций
    [many] по оценкам { $count } организаций
   *[other] по оценкам { $count } организации
}
plan-distribution = Число организаций, поставивших каждую оценку
plan-not-scored = Оценок пока нет
plan-your-score = Оценка моей организации
plan-score-of = Важность пункта «{ $title }» для моей организации
plan-score = Оценить
plan-order = Порядок
plan-move-up = Переместить «{ $title }» вверх
plan-move-down = Переместить «{ $title }» вниз
plan-propose = Предложить пункт
plan-propose-submit = Предложить
plan-edit = Изменить этот пункт
plan-save = Сохранить
plan-title-required = Укажите название пункта.
plan-title-too-long = Название слишком длинное (не более 200 символов).
plan-description-too-long = Описание слишком длинное (не более 4000 символов).
plan-date-invalid = Плановая дата указана неверно; используйте формат YYYY-MM-DD (ГГГГ-ММ-ДД).
plan-resource-unknown = «{ $resource }» не является доступным вам материалом библиотеки.
plan-score-invalid = Оценка должна быть целым числом от 1 до 5.
plan-csv-pillar = Компонент
plan-csv-space = Пространство
plan-csv-order = Порядок
plan-csv-title = Пункт
plan-csv-status = Статус
plan-csv-lead = Ведущая структура
plan-csv-contributors = Участвующие структуры
plan-csv-target = Плановая дата
plan-csv-mean = Средняя важность
plan-csv-scores = Организации, поставившие оценку
plan-csv-description = Описание
space-plan-link = План работы
event-plan-item_created = Предложение пункта плана работы
event-plan-item_changed = Изменение пункта плана работы
plan-reorder-hint = Председатели также могут перетащить строку на новое место.
