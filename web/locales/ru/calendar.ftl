# Общий календарь.
nav-calendar = Календарь
cal-title = Календарь
cal-add = Добавить мероприятие
cal-subscribe = Подписаться в приложении календаря
cal-views = Режимы просмотра календаря
cal-agenda = Расписание
cal-week = Неделя
cal-month = Месяц
cal-filters = Фильтры
cal-filter-space = Пространство
cal-filter-pillar = Компонент
cal-filter-organizer = Организатор
cal-filter-mine = Только мероприятия, в которых я участвую
cal-any = Все
cal-apply = Применить
cal-your-zone = Время указано по вашему часовому поясу: { $zone }.
cal-change-zone = Изменить его можно в профиле
cal-earlier = ‹ Раньше
cal-later = Позже ›
cal-prev-week = ‹ Предыдущая неделя
cal-next-week = Следующая неделя ›
cal-prev-month = ‹ Предыдущий месяц
cal-next-month = Следующий месяц ›
cal-none = В эти недели мероприятий нет.
cal-nothing = Ничего не запланировано.
cal-today = Сегодня
cal-more = { $count ->
    [one] еще { $count }
    [few] еще { $count }
    [many] еще { $count }
   *[other] еще { $count }
}
cal-cancelled = Отменено
cal-moved = Перенесено
cal-moved-note = Это повторение перенесено с обычного времени.
cal-all-day = Весь день
cal-all-day-until = Весь день; окончание — { $date }
# Дата в том виде, в каком ее пишут на данном языке: день недели, число, название месяца (в родительном падеже), номер месяца, год.
cal-date = { $weekday }, { $day } { $month } { $year } г.
# Название месяца в именительном падеже выбирается по номеру месяца; вариант по умолчанию используется, если номер не совпал.
cal-month-year = { $monthnum ->
    [1] Январь { $year }
    [2] Февраль { $year }
    [3] Март { $year }
    [4] Апрель { $year }
    [5] Май { $year }
    [6] Июнь { $year }
    [7] Июль { $year }
    [8] Август { $year }
    [9] Сентябрь { $year }
    [10] Октябрь { $year }
    [11] Ноябрь { $year }
    [12] Декабрь { $year }
   *[other] Мероприятия { $month } { $year } г.
}
cal-weekday-1 = понедельник
cal-weekday-2 = вторник
cal-weekday-3 = среда
cal-weekday-4 = четверг
cal-weekday-5 = пятница
cal-weekday-6 = суббота
cal-weekday-7 = воскресенье
cal-weekday-short-1 = Пн
cal-weekday-short-2 = Вт
cal-weekday-short-3 = Ср
cal-weekday-short-4 = Чт
cal-weekday-short-5 = Пт
cal-weekday-short-6 = Сб
cal-weekday-short-7 = Вс
cal-month-1 = января
cal-month-2 = февраля
cal-month-3 = марта
cal-month-4 = апреля
cal-month-5 = мая
cal-month-6 = июня
cal-month-7 = июля
cal-month-8 = августа
cal-month-9 = сентября
cal-month-10 = октября
cal-month-11 = ноября
cal-month-12 = декабря
cal-when = Когда
cal-your-time = ваше время ({ $zone })
cal-event-time = время мероприятия ({ $zone })
cal-repeats = Повторение
cal-every-day = { $n ->
    [1] Каждый день
    [one] Каждый { $n } день
    [few] Каждые { $n } дня
    [many] Каждые { $n } дней
   *[other] Каждые { $n } дня
}
cal-every-week = { $n ->
    [1] Каждую неделю
    [one] Каждую { $n } неделю
    [few] Каждые { $n } недели
    [many] Каждые { $n } недель
   *[other] Каждые { $n } недели
}
cal-every-month = { $n ->
    [1] Каждый месяц
    [one] Каждый { $n } месяц
    [few] Каждые { $n } месяца
    [many] Каждые { $n } месяцев
   *[other] Каждые { $n } месяца
}
cal-every-year = { $n ->
    [1] Каждый год
    [one] Каждый { $n } год
    [few] Каждые { $n } года
    [many] Каждые { $n } лет
   *[other] Каждые { $n } года
}
cal-on-days = {" "}по дням: { $days }
cal-on-nth = { $nth ->
    [-1] {" "}в день недели «{ $weekday }» (последний в месяце)
    [1] {" "}в день недели «{ $weekday }» (первый в месяце)
    [2] {" "}в день недели «{ $weekday }» (второй в месяце)
    [3] {" "}в день недели «{ $weekday }» (третий в месяце)
   *[4] {" "}в день недели «{ $weekday }» (четвертый в месяце)
}
cal-until = , дата окончания — { $date }
cal-count = { $n ->
    [1] , один раз
    [one] , всего { $n } раз
    [few] , всего { $n } раза
    [many] , всего { $n } раз
   *[other] , всего { $n } раза
}
cal-location = Место
cal-online = Ссылка на онлайн-встречу
cal-organizer = Организатор
cal-space = Пространство
cal-no-space = Нет (календарь Глобального договора)
cal-pillars = Компоненты
cal-themes = Темы
cal-resources = Документы (повестка дня, протокол)
cal-resources-hint = Ссылки на материалы библиотеки или их номера, по одному в строке, например /library/12.
cal-visibility = Кто видит
cal-members-only = Это мероприятие видят только члены пространства
cal-download-ics = Добавить в мой календарь (.ics)
cal-answer-title = Вы примете участие?
cal-answer-attending = Приму участие
cal-answer-maybe = Возможно
cal-answer-declined = Не приму участие
cal-answer-waiting = В листе ожидания
cal-answer-saved = Ваш ответ сохранен.
cal-answer-waiting-notice = Свободных мест на мероприятии нет: вы внесены в лист ожидания, и вам сообщат, если место освободится.
cal-capacity = Количество мест
cal-capacity-hint = Оставьте поле пустым, если количество мест не ограничено. Сверх этого числа участники вносятся в лист ожидания.
cal-waiting-count = { $count ->
    [one] { $count } в листе ожидания
    [few] { $count } в листе ожидания
    [many] { $count } в листе ожидания
   *[other] { $count } в листе ожидания
}
cal-attendees = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
cal-no-attendees = Пока никто не ответил.
cal-attendees-csv = Список участников (CSV)
cal-manage = Управление мероприятием
cal-edit = Изменить мероприятие
cal-edit-this = Изменить только это повторение
cal-edit-following = Изменить это и последующие повторения
cal-edit-all = Изменить всю серию
cal-this-only-time = Изменится только время этого повторения; остальная часть серии останется без изменений.
cal-cancel-this = Отменить это повторение
cal-cancel-this-confirm = Отменить это повторение? Остальные сохранятся.
cal-cancel-event = Отменить мероприятие
cal-cancel-confirm = Отменить мероприятие? Оно останется в календаре с пометкой «Отменено».
cal-delete = Удалить
cal-delete-confirm = Удалить мероприятие из всех календарей?
cal-field-title = Название
cal-field-start-date = Дата начала
cal-field-start-time = Время начала
cal-field-end-date = Дата окончания
cal-field-end-time = Время окончания
cal-field-zone = Часовой пояс мероприятия
cal-zone-hint = Часовой пояс, по которому указано время выше: остальные пользователи видят время в пересчете на свой часовой пояс.
cal-field-repeat = Повторение
cal-repeat-none = Не повторяется
cal-repeat-daily = Ежедневно
cal-repeat-weekly = Еженедельно
cal-repeat-monthly = Ежемесячно
cal-repeat-yearly = Ежегодно
cal-field-interval = Интервал (в днях, неделях, месяцах или годах)
cal-field-weekdays = В эти дни недели (при еженедельном повторении)
cal-field-monthly = Ежемесячное повторение
cal-monthly-date = в то же число
cal-monthly-weekday = в тот же день недели (например, во второй вторник)
cal-field-ends = Окончание
cal-ends-never = Никогда
cal-ends-until = В указанную дату
cal-ends-count = После определенного числа повторений
cal-field-description = Описание
cal-save = Сохранить
cal-save-anyway = Все равно сохранить
cal-clash-title = Другие мероприятия того же пространства или организатора в это время:
cal-clash-explain = Проверьте, так ли задумано. При повторном сохранении ваше мероприятие останется в нынешнем виде.
cal-subscribe-explain = По вашему личному адресу календаря в Outlook, Google Calendar или Apple Calendar отображаются все доступные вам мероприятия, и они автоматически обновляются. Никому его не сообщайте: любой, у кого есть этот адрес, видит эти мероприятия.
cal-feed-new = Ваш новый адрес календаря:
cal-feed-address = Адрес календаря
cal-feed-once = Он показывается только один раз. Скопируйте его в приложение календаря («Подписаться на календарь» / «По URL-адресу»). Если вы его потеряете, создайте новый: старый перестанет работать.
cal-feed-active = У вас есть адрес календаря, созданный { $since }.
cal-feed-none = У вас пока нет адреса календаря.
cal-feed-space = Какие мероприятия
cal-feed-all = Все доступные мне мероприятия
cal-feed-create = Создать мой адрес календаря
cal-feed-regenerate = Заменить мой адрес календаря
cal-feed-revoke = Отключить мой адрес календаря
cal-feed-revoke-confirm = Отключить адрес? Приложения календаря, которые его используют, перестанут обновляться.
cal-csv-name = Имя
cal-csv-email = Электронная почта
cal-csv-org = Организация
cal-csv-answer = Ответ
cal-csv-answered = Время ответа
cal-error-title = Укажите название мероприятия.
cal-error-title-long = Название слишком длинное (не более 200 символов).
cal-error-description-long = Описание слишком длинное (не более 8000 символов).
cal-error-zone = Выберите часовой пояс мероприятия.
cal-error-start = Укажите правильную дату начала.
cal-error-start-time = Укажите правильное время начала.
cal-error-end-time = Укажите правильное время окончания.
cal-error-end = Окончание должно быть позже начала.
cal-error-too-long = Мероприятие длится не более 14 дней (мероприятие на весь день — не более 62 дней); для более длительных мероприятий настройте повторение.
cal-error-interval = Интервал должен быть целым числом от 1 до 99.
cal-error-until = Дата окончания серии не может быть раньше даты ее начала.
cal-error-count = Число повторений должно быть целым числом от 1 до { $max }.
cal-error-text-long = Текст слишком длинный (не более 500 символов).
cal-error-url = Ссылка на онлайн-встречу должна начинаться с https:// или http://.
cal-error-space = Добавлять мероприятия можно только в пространства, членом которых вы являетесь.
cal-error-capacity = Количество мест должно быть целым числом не меньше 1.
cal-error-resource = { $resource } не является доступным вам документом библиотеки.
cal-error-cancelled = Мероприятие отменено.
notice-event_place = Освободилось место: теперь вы участвуете в этом мероприятии.
notice-event_reminder = Напоминание: это мероприятие начнется менее чем через сутки.
notice-kind-event_place = Для меня освобождается место на мероприятии, где все места были заняты
notice-kind-event_reminder = Напоминание за день до мероприятия, в котором я участвую
event-event-created = Мероприятие добавлено
event-event-changed = Мероприятие изменено
event-event-occurrence_moved = Одно повторение перенесено
event-event-occurrence_cancelled = Одно повторение отменено
event-event-series_split = Серия изменена начиная с одного из повторений
event-event-cancelled = Мероприятие отменено
event-event-deleted = Мероприятие удалено
event-calendar-feed_created = Адрес календаря создан
event-calendar-feed_revoked = Адрес календаря отключен
notice-new_event = { $actor } добавил(а) мероприятие в пространстве { $space }.
notice-kind-new_event = Новое мероприятие в одном из моих пространств
cal-places-taken = Занято мест: { $taken } из { $capacity }
