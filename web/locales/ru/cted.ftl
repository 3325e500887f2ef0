# Оценки ИДКТК и рекомендации по оказанию технической помощи, предоставляемые с согласия оцениваемого государства.
nav-recommendations = Рекомендации
cted-title = Рекомендации ИДКТК
cted-intro = Потребности в технической помощи, выявленные Исполнительным директоратом Контртеррористического комитета (ИДКТК) в ходе оценок по государствам-членам. Вам доступно только то, что позволяют видеть оцениваемое государство, роль ИДКТК или согласие государства; каждый просмотр регистрируется и отображается координаторам государства.
cted-views = Способ отображения рекомендаций
cted-view-list = Рекомендации
cted-view-coverage = Охват потребностей
cted-view-assessments = Оценки
cted-nothing-readable = Вам не предоставлен доступ ни к одной оценке. Координаторы государства-члена видят оценки своего государства; структуры Глобального договора видят те оценки, на предоставление которых им оцениваемое государство дало согласие.
cted-filters = Фильтры рекомендаций
cted-filter-words = Слова
cted-filter-country = Государство-член
cted-filter-theme = Тематическая область
cted-filter-priority = Приоритет
cted-filter-status = Статус выполнения
cted-filter-coverage = Охват
cted-filter-apply = Применить фильтры
cted-any = Все
cted-count = { $count ->
    [one] { $count } рекомендация
    [few] { $count } рекомендации
    [many] { $count } рекомендаций
   *[other] { $count } рекомендации
}
cted-empty = Нет рекомендаций, соответствующих этим фильтрам.
cted-export-csv = Экспорт в CSV
cted-covered = Охвачена
cted-uncovered = Пока не охвачена
cted-yes = Да
cted-no = Нет
cted-priority-high = Высокий приоритет
cted-priority-medium = Средний приоритет
cted-priority-low = Низкий приоритет
cted-status-open = Открыта
cted-status-in_progress = Выполняется
cted-status-implemented = Выполнена
cted-status-superseded = Заменена
cted-status-unchanged = Статус не изменился
cted-kind-comprehensive_visit = Всеобъемлющая оценочная поездка
cted-kind-focused_visit = Целевая оценочная поездка
cted-kind-desk_review = Кабинетный анализ
cted-kind-follow_up = Последующая оценка
cted-why-heading = Почему вам это доступно
cted-why-own-state = Вы являетесь координатором оцениваемого государства ({ $state }).
cted-why-cted = Вы являетесь сотрудником ИДКТК — структуры, которая провела эту оценку.
cted-why-admin = Вы являетесь администратором платформы.
cted-why-consent = Государство { $state } дало согласие на предоставление этой оценки вашей структуре.
cted-why-consent-until = Государство { $state } дало согласие на предоставление этой оценки вашей структуре по { $date } включительно.
cted-why-consent-all = Государство { $state } дало согласие на предоставление этой оценки всем структурам Глобального договора.
cted-why-consent-all-until = Государство { $state } дало согласие на предоставление этой оценки всем структурам Глобального договора по { $date } включительно.
cted-why-recorded = Факт вашего ознакомления регистрируется, и координаторы оцениваемого государства могут его видеть.
cted-assessment-of = Оценка: { $state }
cted-assessments-title = Оценки
cted-assessment-add = Добавить оценку
cted-assessment-edit = Изменить оценку
cted-assessment-save = Сохранить оценку
cted-saved = Сохранено.
cted-back = ← Рекомендации ИДКТК
cted-back-assessment = ← Оценка
cted-report = Доклад об оценке
cted-report-none = Доклад не прикреплен.
cted-report-hint = Номер материала библиотеки или ссылка на него. Материал должен принадлежать ИДКТК, а доступ к нему в библиотеке должен быть ограничен ИДКТК, чтобы открыть его для других можно было только с согласия государства.
cted-recommendations = Рекомендации
cted-no-recommendations = Рекомендации пока не внесены.
cted-recommendation-number = Рекомендация { $number }
cted-recommendation-add = Добавить рекомендацию
cted-recommendation-edit = Изменить рекомендацию
cted-recommendation-save = Сохранить рекомендацию
cted-field-body = Рекомендация
cted-field-assistance = Запрашиваемая помощь
cted-field-projects = Проекты, охватывающие эту рекомендацию
cted-projects-hint = Коды проектов из сборника через запятую.
cted-field-activities = Мероприятия, охватывающие эту рекомендацию
cted-activities-hint = Номера мероприятий или ссылки на них через запятую.
cted-addressed-by = Охватывается
cted-addressed-by-nothing = пока ничем
cted-follow-up = Ход выполнения
cted-note-add = Добавить заметку о выполнении
cted-note-label = Заметка
cted-note-status = Новый статус
cted-note-save = Добавить заметку
cted-consent-heading = Согласие на предоставление доступа
cted-consent-intro = Оцениваемое государство решает, какие структуры Глобального договора могут знакомиться с этой оценкой, ее докладом и рекомендациями. Согласие может быть отозвано в любое время; в этом случае оно немедленно прекращает действовать.
cted-consent-none = Государство не предоставило доступ к этой оценке ни одной структуре.
cted-consent-all-entities = Все структуры Глобального договора
cted-consent-to = Кому предоставить доступ
cted-consent-expires = Действует по (необязательно)
cted-consent-expires-hint = Последний день действия согласия. Оставьте поле пустым, если срок действия не ограничен.
cted-consent-grant = Дать согласие
cted-consent-granted = Согласие дано.
cted-consent-revoked = Согласие отозвано.
cted-consent-granted-on = дано
cted-consent-until = по { $date } включительно
cted-consent-no-expiry = бессрочно
cted-consent-state-live = Действует
cted-consent-state-revoked = Отозвано
cted-consent-state-expired = Срок истек
cted-consent-revoke = Отозвать согласие, данное структуре { $entity }
cted-trail-link = Кто ознакомился
cted-trail-title = Кто ознакомился с этой оценкой
cted-trail-intro = Каждое открытие этой оценки ({ $state }) и ее доклада, а также каждый список, поиск или экспорт, в которых были показаны ее рекомендации. Эту страницу видят только координаторы государства, ИДКТК и администраторы.
cted-trail-empty = С ней пока никто не ознакомился.
cted-trail-when = Когда
cted-trail-who = Кто
cted-trail-org = Организация
cted-trail-how = Как
cted-trail-older = Более ранние просмотры
cted-how-view = Открытие оценки
cted-how-list = Просмотр в списке
cted-how-search = Поиск
cted-how-download = Скачивание доклада
cted-how-export = Экспорт
cted-coverage-title = Охват потребностей
cted-coverage-intro = Рекомендации, которые еще открыты или выполняются и не охватываются ни одним осуществляемым проектом и ни одним запланированным или проводимым мероприятием, в разбивке по тематическим областям и регионам. Учитываются только оценки, с которыми вы можете знакомиться.
cted-coverage-caption = Неохваченные потребности по тематическим областям (строки) и регионам (столбцы)
cted-coverage-none = Среди доступных вам рекомендаций нет неохваченных потребностей.
cted-unmet-count = { $count ->
    [one] { $count } пока не охваченная потребность
    [few] { $count } пока не охваченные потребности
    [many] { $count } пока не охваченных потребностей
   *[other] { $count } пока не охваченные потребности
}
cted-total = Итого
cted-no-theme = Без тематической области
cted-no-region = Без региона
cted-country-heading = Рекомендации ИДКТК для этого государства
cted-country-covered = Охвачены проектом или мероприятием
cted-country-uncovered = Пока не охвачены
cted-col-id = Номер
cted-col-state = Государство-член
cted-col-kind = Вид оценки
cted-col-held-on = Дата оценки
cted-col-recommendation = Рекомендация
cted-col-theme = Тематическая область
cted-col-pillar = Компонент
cted-col-priority = Приоритет
cted-col-assistance = Запрашиваемая помощь
cted-col-status = Статус выполнения
cted-col-covered = Охвачена
cted-col-link = Ссылка
cted-state-required = Выберите оцениваемое государство-член.
cted-state-unknown = Государства-члена с названием «{ $names }» нет.
cted-date-invalid = Укажите дату оценки (год-месяц-день).
cted-date-future = Дата оценки не может быть в будущем.
cted-report-unknown = Материал библиотеки «{ $resource }» не найден.
cted-report-not-restricted = Этот материал в библиотеке доступен другим пользователям. Доклад должен принадлежать ИДКТК, а доступ к нему должен быть ограничен ИДКТК, чтобы открыть его можно было только с согласия государства.
cted-body-required = Введите текст рекомендации.
cted-body-too-long = Рекомендация слишком длинная (не более 5000 символов).
cted-assistance-too-long = Описание запрашиваемой помощи слишком длинное (не более 2000 символов).
cted-projects-unknown = Нет проекта с кодом: { $names }.
cted-activities-unknown = Нет мероприятия с номером: { $names }.
cted-note-required = Введите текст заметки.
cted-note-too-long = Заметка слишком длинная (не более 5000 символов).
cted-grantee-unknown = Структуры Глобального договора с названием «{ $names }» нет.
cted-expiry-invalid = Укажите последний день в формате год-месяц-день.
cted-expiry-past = Последний день не может быть в прошлом.
cted-addresses = Охватываемые рекомендации ИДКТК
cted-consent-grant-heading = Предоставить доступ структуре
event-assessment-created = Добавлена оценка ИДКТК
event-assessment-changed = Изменена оценка ИДКТК
event-recommendation-created = Добавлена рекомендация
event-recommendation-changed = Изменена рекомендация
event-recommendation-noted = Заметка о выполнении рекомендации
event-recommendations-read = Просмотр рекомендаций
event-consent-granted = Согласие предоставлено
event-consent-revoked = Согласие отозвано
cted-import-link = Импорт из электронной таблицы
cted-import-title = Импорт рекомендаций
cted-import-intro = Одна рекомендация на строку. Строки с одинаковыми государством-членом, видом и датой образуют одну оценку (если ИДКТК уже внес эту оценку, строки добавляются к ней). Столбцы определяются по заголовкам: «state» (код или название), «kind», «date» (год-месяц-день), «recommendation», «theme», «pillar», «priority», «assistance», «status», «projects» и «activities» (элементы разделяются точкой с запятой). Виды, приоритеты, статусы и тематические области можно указывать на любом из шести языков. До вашего подтверждения никакие данные не записываются, а после него записываются все строки или ни одной.
cted-import-file = Файл CSV или Excel
cted-import-summary-new = { $count ->
    [one] { $count } строка начинает новую оценку
    [few] { $count } строки начинают новую оценку
    [many] { $count } строк начинают новую оценку
   *[other] { $count } строки начинают новую оценку
}
cted-import-summary-join = { $count ->
    [one] { $count } строка добавляется к оценке
    [few] { $count } строки добавляются к оценке
    [many] { $count } строк добавляются к оценке
   *[other] { $count } строки добавляются к оценке
}
cted-import-summary-refused = { $count ->
    [one] { $count } строка отклонена
    [few] { $count } строки отклонены
    [many] { $count } строк отклонено
   *[other] { $count } строки отклонено
}
cted-import-status-new = Новая оценка
cted-import-status-join = Добавляется к оценке
cted-import-status-error = Отклонена
cted-import-confirm = { $count ->
    [one] Импортировать { $count } рекомендацию
    [few] Импортировать { $count } рекомендации
    [many] Импортировать { $count } рекомендаций
   *[other] Импортировать { $count } рекомендации
}
cted-import-fix-first = Исправьте отклоненные строки в файле и проверьте его снова: пока хотя бы одна строка отклонена, ничего не импортируется.
cted-import-another = Проверить другой файл
cted-import-refused = Одна из строк отклонена: ничего не импортировано.
cted-import-kind-unknown = Неизвестный вид оценки: «{ $value }».
cted-import-priority-unknown = Неизвестный приоритет: «{ $value }».
cted-import-status-unknown = Неизвестный статус выполнения: «{ $value }».
cted-imported = { $count ->
    [one] Импортирована { $count } рекомендация.
    [few] Импортированы { $count } рекомендации.
    [many] Импортировано { $count } рекомендаций.
   *[other] Импортировано { $count } рекомендации.
}
event-recommendations-imported = Рекомендации импортированы

# Уведомления о новостях ИДКТК ($space — название оцениваемого государства-члена).
notice-cted_shared = { $space } предоставило вашей организации доступ к оценке ИДКТК.
notice-cted_followup = { $actor } записал(а) последующие меры по рекомендации ИДКТК для { $space }.
notice-kind-cted_shared = Государство-член предоставляет моей организации доступ к своей оценке ИДКТК
notice-kind-cted_followup = Последующие меры по доступной мне рекомендации ИДКТК
