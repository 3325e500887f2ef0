# Интерфейс gctcp — русский язык. Здесь есть все ключи эталонной английской версии.

app-name = Глобальная платформа по координации контртеррористической деятельности
app-short-name = Координация КТ
skip-to-content = Перейти к основному содержанию
footer-text = Глобальный договор Организации Объединенных Наций о координации контртеррористической деятельности · Доступ только для назначенных координаторов
language = Язык
language-switch = Применить
nav-label = Основное меню
nav-dashboard = Панель управления
nav-organizations = Организации
nav-admin = Администрирование
sign-out = Выйти
search = Поиск
filter = Фильтровать
any = Все
choose = Выберите…
copy = Копировать
pagination = Страницы
page-previous = Предыдущая
page-next = Следующая

## Вход
login-title = Вход
login-intro = Эта платформа доступна только координаторам, назначенным государствами-членами и структурами Глобального договора.
login-submit = Войти
login-help = Нет учетной записи? Учетные записи создаются администраторами платформы по запросу вашей организации. Забыли пароль? Попросите администратора выслать новое приглашение.
login-failed = Неверный адрес электронной почты или пароль.
login-throttled = { $minutes ->
    [one] Слишком много неудачных попыток. Повторите попытку через { $minutes } минуту.
    [few] Слишком много неудачных попыток. Повторите попытку через { $minutes } минуты.
    [many] Слишком много неудачных попыток. Повторите попытку через { $minutes } минут.
   *[other] Слишком много неудачных попыток. Повторите попытку через { $minutes } минуты.
}
login-session-ended = Ваш сеанс завершен. Войдите снова.
login-signed-out = Вы вышли из системы.

## Поля
field-email = Адрес электронной почты
field-password = Пароль
field-new-password = Новый пароль
field-password-confirm = Повторите новый пароль
field-current-password = Текущий пароль
field-name = Полное имя
field-title = Должность или звание
field-organization = Организация
field-org-code = Код организации
field-role = Роль
field-status = Статус
field-created = Дата создания
field-invitation = Приглашение
field-ui-language = Язык интерфейса
field-time-zone = Часовой пояс

## Пароли
password-hint = Не менее 15 символов. Допускаются пробелы и любая система письма: хороший пароль — это фраза, которую вы запомните.
password-too-short = { $min ->
    [one] Пароль должен содержать не менее { $min } символа.
    [few] Пароль должен содержать не менее { $min } символов.
    [many] Пароль должен содержать не менее { $min } символов.
   *[other] Пароль должен содержать не менее { $min } символа.
}
password-too-long = Пароль должен содержать не более 256 символов.
password-common = Этот пароль слишком распространен или его слишком легко угадать. Выберите другой.
password-context = Пароль не должен содержать ваше имя, адрес электронной почты или название платформы.
password-mismatch = Пароли не совпадают.
password-current-wrong = Текущий пароль указан неверно.
password-changed = Ваш пароль изменен. Все другие ваши сеансы завершены.
password-change-title = Изменение пароля
password-change-intro = После изменения пароля все другие ваши сеансы будут завершены.
password-change-submit = Изменить пароль

## Приглашения и первоначальная настройка
invite-title = Добро пожаловать на платформу
invite-intro = { $name }, выберите пароль, чтобы активировать учетную запись.
invite-submit = Активировать учетную запись
link-invalid-title = Эта ссылка больше недействительна
link-invalid-body = Ссылка уже была использована, срок ее действия истек или она была отозвана. Попросите администратора выслать новое приглашение.
setup-title = Создание первого администратора
setup-intro = Администратор еще не назначен. Создайте первую учетную запись администратора; затем вы сможете пригласить всех остальных.
setup-submit = Создать администратора
org-code-hint = Код ISO 3166 alpha-3 государства-члена (например, KEN) или аббревиатура структуры Глобального договора (например, UNOCT).

## Создание учетных записей
provision-invalid-email = Введите действительный адрес электронной почты.
provision-name-required = Введите полное имя пользователя.
provision-name-too-long = Имя должно содержать не более 200 символов.
provision-unknown-org = Неизвестная организация. Используйте код ISO 3166 alpha-3 государства-члена или аббревиатуру структуры Глобального договора.
provision-duplicate-email = Учетная запись с этим адресом электронной почты уже существует.
provision-invalid-role = Выберите роль.

## Роли и статусы
role-admin = Администратор
role-focal_point = Координатор
status-invited = Приглашена
status-active = Активна
status-deactivated = Деактивирована
space-role-chair = Председатель
space-role-vice_chair = Заместитель председателя
space-role-co_chair = Сопредседатель
space-role-member = Член
entity-role-chair = Председатель
entity-role-vice_chair = Заместитель председателя
entity-role-co_chair = Сопредседатель
compact-status-member = член
compact-status-observer = наблюдатель
org-kind-member_state = Государство-член
org-kind-compact_entity = Структура Глобального договора

## Панель управления
dashboard-hello = Добро пожаловать, { $name }
dashboard-welcome = Ваша учетная запись активна. Вы можете заполнить профиль, а также выбрать язык и часовой пояс.
dashboard-my-org = Моя организация
dashboard-my-spaces = Мои рабочие группы и пространства
dashboard-no-spaces = Вы пока не являетесь членом ни одного пространства.
dashboard-quick-links = Быстрые ссылки
dashboard-link-profile = Мой профиль и пароль
dashboard-link-orgs = Государства-члены и структуры Глобального договора
dashboard-link-invite = Пригласить координатора
dashboard-link-audit = Журнал аудита
space-member-count = { $count ->
    [one] { $count } член
    [few] { $count } члена
    [many] { $count } членов
   *[other] { $count } члена
}

## Профиль
profile-title = Мой профиль
profile-details = Сведения
profile-save = Сохранить
profile-saved = Ваш профиль сохранен.
profile-language-browser = Как в браузере
profile-title-too-long = Название должности должно содержать не более 200 символов.
profile-invalid-language = Выберите один из предложенных языков.
profile-invalid-time-zone = Выберите часовой пояс из списка.

## Организации
orgs-title = Организации
orgs-kind = Тип
orgs-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
org-code = Код
org-name = Название
org-region = Регион
org-people = Координаторы

## Администрирование
admin-accounts = Учетные записи
admin-invite = Пригласить пользователя
admin-spaces = Пространства
admin-audit = Журнал аудита
accounts-count = { $count ->
    [one] { $count } учетная запись
    [few] { $count } учетные записи
    [many] { $count } учетных записей
   *[other] { $count } учетной записи
}
accounts-none = Подходящих учетных записей нет. Расширьте условия поиска или ослабьте фильтр.
invite-new-intro = Пользователь получит одноразовую ссылку для выбора пароля. Автоматическая отправка пока не предусмотрена: передайте ссылку по защищенному каналу.
invite-create = Создать и получить ссылку-приглашение
invitation-link-title = Ссылка-приглашение
invitation-link-intro = Отправьте эту одноразовую ссылку по адресу { $email }. Она показывается только сейчас.
invitation-link-label = Одноразовая ссылка-приглашение
invitation-link-expiry = { $hours ->
    [one] Ссылкой можно воспользоваться один раз; срок ее действия истекает через { $hours } час.
    [few] Ссылкой можно воспользоваться один раз; срок ее действия истекает через { $hours } часа.
    [many] Ссылкой можно воспользоваться один раз; срок ее действия истекает через { $hours } часов.
   *[other] Ссылкой можно воспользоваться один раз; срок ее действия истекает через { $hours } часа.
}
invitation-link-back = Вернуться к учетной записи
invitation-pending-until = Ожидает принятия, действительно до { $time }
invitation-resend = Новая ссылка-приглашение
invitation-revoke = Отозвать приглашение
account-spaces = Пространства
account-no-spaces = Не является членом ни одного пространства.
account-actions = Действия
account-deactivate = Деактивировать учетную запись
account-deactivate-hint = Сеанс пользователя будет немедленно завершен, и он больше не сможет войти в систему.
account-reactivate = Повторно активировать учетную запись
account-change-role = Изменить роль
account-self-hint = Изменение собственной роли приведет к выходу из системы.
account-notice-deactivated = Учетная запись деактивирована, ее сеансы завершены.
account-notice-reactivated = Учетная запись повторно активирована.
account-notice-role-changed = Роль изменена. Пользователю необходимо войти снова.
account-notice-invitation-revoked = Приглашение отозвано.
account-error-last-admin = Это последний активный администратор: сначала назначьте другого администратора.

## Пространства
spaces-intro = Рабочие группы и другие пространства. Члены пространства видят материалы, размещенные в нем.
space-name = Пространство
space-pillar = Компонент
space-leads = Председательствующие структуры
space-members = Члены
space-no-members = Членов пока нет.
space-wg-number = Рабочая группа { $number }
pillar-number = Компонент { $number }
space-add-member = Добавить члена или изменить роль
space-add-hint = Введите адрес электронной почты приглашенного или активного пользователя.
space-add-submit = Сохранить
space-remove = Исключить: { $name }
space-unknown-person = Приглашенного или активного пользователя с таким адресом электронной почты нет.
space-notice-added = Член добавлен.
space-notice-role-changed = Роль члена изменена.
space-notice-removed = Член исключен.
space-notice-unchanged = Изменений нет.

## Журнал аудита
audit-person = Пользователь
audit-event = Событие
audit-from = С
audit-until = По
audit-time = Время
audit-actor = Инициатор
audit-actor-system = Командная строка или система
audit-subject = Учетная запись
audit-ip = IP-адрес
audit-detail = Подробности
audit-none = Подходящих записей нет.
audit-older = Более ранние записи
audit-date-invalid = Неверная дата; используйте формат YYYY-MM-DD (ГГГГ-ММ-ДД).
event-sign_in-success = Вход в систему
event-sign_in-failure = Неудачная попытка входа
event-sign_in-throttled = Вход временно заблокирован
event-sign_out = Выход из системы
event-invitation-created = Приглашение создано
event-invitation-accepted = Приглашение принято
event-invitation-revoked = Приглашение отозвано
event-account-deactivated = Учетная запись деактивирована
event-account-reactivated = Учетная запись повторно активирована
event-account-role_changed = Роль изменена
event-password-changed = Пароль изменен
event-setup-completed = Создан первый администратор
event-space-member_added = Добавление в пространство
event-space-member_removed = Исключение из пространства
event-space-role_changed = Изменение роли в пространстве

## Ошибки
error-home = Перейти на панель управления
error-status = Статус
error-request-id = Идентификатор запроса
error-not-found-title = Страница не найдена
error-not-found-body = Эта страница не существует или недоступна для вас.
error-forbidden-title = Доступ запрещен
error-forbidden-body = У вашей учетной записи нет доступа к этой странице.
error-csrf-title = Срок действия формы истек
error-csrf-body = В целях безопасности эту форму принять не удалось. Вернитесь назад, обновите страницу и повторите попытку.
error-bad-request-title = Запрос не распознан
error-bad-request-body = Не удалось обработать запрос. Вернитесь назад и проверьте введенные данные.
error-too-large-title = Слишком большой объем данных
error-too-large-body = Объем отправленных данных превышает допустимый для платформы.
error-too-long-title = Слишком длинный адрес
error-too-long-body = Длина этого адреса превышает допустимую для платформы. Вернитесь назад и сократите запрос.
error-busy-title = Платформа перегружена
error-busy-body = Сейчас обрабатывается слишком много запросов. Повторите попытку через несколько секунд.
error-internal-title = Произошла ошибка
error-internal-body = Платформе не удалось выполнить ваш запрос. Никаких изменений внесено не было. Если ошибка повторится, сообщите администратору указанный ниже идентификатор запроса.

## Password reset
reset-title = Выберите новый пароль
reset-intro = { $name }, администратор создал эту ссылку, чтобы вы могли выбрать новый пароль. Другие ваши сеансы будут завершены.
reset-submit = Сохранить новый пароль
reset-link-title = Ссылка для сброса пароля
reset-link-intro = Отправьте эту одноразовую ссылку на адрес { $email }. По ней выбирается новый пароль; она показывается только сейчас.
account-reset-password = Ссылка для сброса пароля
account-reset-hint = Если пароль забыт: одноразовая ссылка для выбора нового пароля.
event-password-reset_issued = Выдана ссылка для сброса пароля
event-password-reset = Пароль сброшен

discussions-mention-label = Пользователи, которые могут читать это пространство

# The phone header's menu button, and the heading that folds a search's filters on a phone.
nav-menu = Меню
filters-more = Фильтры
form-required-note = Поля, отмеченные звездочкой (*), обязательны для заполнения.
accounts-last-sign-in = Последний вход
accounts-created = Создана
accounts-never = никогда
dashboard-complete-profile = Дополните свой профиль
dashboard-complete-intro = Коллегам проще найти вас и связаться с вами, если в профиле указаны:
profile-missing-title = ваша должность
profile-missing-phone = номер телефона
profile-missing-languages = языки, которыми вы владеете
profile-missing-themes = ваши тематические области
profile-missing-photo = фотография
# Audit details
audit-key-space = Пространство
audit-key-role = Роль
audit-key-from = Было
audit-key-to = Стало
audit-key-status = Статус
audit-key-count = Количество
audit-key-open = Открыто для всех
audit-key-format = Формат
audit-key-how = Способ
audit-key-source = Источник
audit-key-event = Мероприятие
audit-key-item = Пункт плана работы
audit-key-resource = Материал
audit-key-thread = Обсуждение
audit-key-post = Сообщение
audit-key-message = Письмо
audit-key-job = Задача
audit-key-kind = Вид
audit-key-search = Поиск
audit-key-title = Название
audit-key-file = Файл
audit-key-email = Адрес эл. почты
audit-key-occurrence = Заседание
audit-key-split_at = Разделено с
audit-key-new = Новая серия
audit-key-version = Версия
audit-yes = да
audit-no = нет
audit-how-download = скачивание
audit-how-preview = просмотр
audit-source-import = массовый импорт
audit-search-all = весь справочник
audit-key-assessment = Оценка
audit-key-assessments = Оценки
audit-key-recommendation = Рекомендация
audit-key-state = Государство-член
audit-key-grantee = Кому предоставлена
audit-key-until = До
audit-key-consent = Согласие
