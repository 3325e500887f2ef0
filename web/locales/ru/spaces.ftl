# Пространства и уведомления (crates/server/src/spaces.rs, notifications.rs; crates/app/src/notify.rs)
nav-spaces = Пространства
nav-notifications = Уведомления
nav-notifications-unread = { $count ->
    [one] Уведомления ({ $count } новое)
    [few] Уведомления ({ $count } новых)
    [many] Уведомления ({ $count } новых)
   *[other] Уведомления ({ $count } новых)
}
spaces-title = Рабочие группы и пространства
spaces-home-intro = Восемь межучрежденческих рабочих групп Глобального договора и другие пространства, в которых координаторы работают вместе. Открытые пространства доступны для просмотра всем координаторам, а вступить в них можно с одобрения председателя; закрытые пространства предназначены для членов, приглашенных их председателями.
spaces-new = Создать пространство
spaces-create = Создать пространство
spaces-mine = Мои пространства
spaces-all = Все пространства
spaces-others = Другие пространства
spaces-none-other = Вы являетесь членом всех пространств.
space-open = Открытое
space-closed = Закрытое
space-field-name = Название
space-field-purpose = Цель
space-field-pillar = Компонент Стратегии
space-pillar-none = Нет
space-field-access = Кто может просматривать
space-open-explained = Открытое: все координаторы могут просматривать его и подавать заявки на вступление; решение принимает председатель.
space-closed-explained = Закрытое: просматривать его могут только члены; их приглашают председатели пространства.
space-new-chair = Вы станете председателем пространства: затем вы сможете приглашать членов и назначать других председателей.
space-you-are = Ваша роль: { $role }
space-purpose = Цель
space-no-purpose = Цель пока не указана.
space-lead-entities = Председательствующие структуры
space-lead-people = Председатели и заместители председателя
space-membership = Членство
space-leave = Выйти из этого пространства
space-leave-chair-hint = Председатель может выйти из пространства после назначения другого председателя.
space-request-pending-since = Ваша заявка на вступление ожидает решения председателя (отправлена { $when }).
space-request-message = Сообщение председателям (необязательно)
space-request = Подать заявку на вступление
space-requests = { $count ->
    [0] Заявки на вступление
    [one] { $count } заявка на вступление
    [few] { $count } заявки на вступление
    [many] { $count } заявок на вступление
   *[other] { $count } заявки на вступление
}
space-no-requests = Заявок, ожидающих решения, нет.
space-decision-note = Примечание для заявителя (необязательно)
space-approve = Одобрить
space-decline = Отклонить
space-role-of = Роль: { $name }
space-change-role = Изменить роль
space-documents = Последние документы
space-no-documents = В этом пространстве пока не размещено ни одного документа.
space-all-documents = { $count ->
    [one] { $count } документ этого пространства
    [few] Все { $count } документа этого пространства
    [many] Все { $count } документов этого пространства
   *[other] Все { $count } документа этого пространства
}
space-done-requested = Ваша заявка отправлена председателям.
space-done-approved = Заявка одобрена: пользователь стал членом пространства.
space-done-declined = Заявка отклонена.
space-done-added = Член добавлен.
space-done-role-changed = Роль изменена.
space-done-removed = Член исключен.
space-done-left = Вы вышли из пространства.
space-done-created = Пространство создано. Вы являетесь его председателем.
space-name-required = Укажите название пространства.
space-name-too-long = Название слишком длинное (не более 120 символов).
space-purpose-too-long = Описание цели слишком длинное (не более 4000 символов).
space-pillar-unknown = Выберите один из четырех компонентов или не выбирайте ни одного.
space-message-too-long = Сообщение слишком длинное (не более 1000 символов).
space-request-pending = Вы уже подали заявку на вступление; решение примут председатели.
space-request-decided = По этой заявке уже принято решение.
space-last-chair = В пространстве должен оставаться хотя бы один председатель: сначала назначьте другого председателя.
notifications-title = Уведомления
notifications-read-all = Отметить все как прочитанные
notifications-none = Новых уведомлений нет. Здесь появится сообщение, когда кто-либо подаст заявку на вступление в пространство, которым вы руководите, ответит на вашу заявку или изменит ваше членство.
notifications-unread = Не прочитано
notice-someone = Пользователь
notice-open = Открыть
notice-why = Вы получаете это письмо в связи с вашей ролью на Глобальной платформе Организации Объединенных Наций по координации контртеррористической деятельности.
notice-join_request = { $actor } подает заявку на вступление в пространство «{ $space }».
notice-join_approved = Ваша заявка на вступление в пространство «{ $space }» одобрена.
notice-join_declined = Ваша заявка на вступление в пространство «{ $space }» отклонена.
notice-space_added = { $actor } добавил(а) вас в пространство «{ $space }».
notice-space_role_changed = { $actor } изменил(а) вашу роль в пространстве «{ $space }»: { $role }.
notice-space_removed = { $actor } исключил(а) вас из пространства «{ $space }».
event-space-created = Создание пространства
event-space-join_requested = Заявка на вступление в пространство
event-space-join_approved = Одобрение заявки на вступление
event-space-join_declined = Отклонение заявки на вступление
event-space-left = Выход из пространства

space-pinned = Закреплено
space-pin = Закрепить «{ $title }» в этом пространстве
space-unpin = Открепить «{ $title }»
space-done-pinned = Закреплено на главной странице пространства.
space-done-unpinned = Откреплено.
event-space-pinned = Закреплено в пространстве
event-space-unpinned = Откреплено в пространстве

# Обсуждения (crates/server/src/discussions.rs)
discussions-title = Обсуждения
discussions-none = Обсуждений пока нет.
discussions-count = { $count ->
    [one] { $count } обсуждение
    [few] { $count } обсуждения
    [many] { $count } обсуждений
   *[other] { $count } обсуждения
}
discussions-all = { $count ->
    [0] Обсуждения
    [one] { $count } обсуждение
    [few] Все { $count } обсуждения
    [many] Все { $count } обсуждений
   *[other] Все { $count } обсуждения
}
discussions-all-and-start = Все обсуждения или начать новое
discussions-new = Новое
discussions-replies = { $count ->
    [0] нет ответов
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
discussions-start = Начать обсуждение
discussions-start-submit = Опубликовать
discussions-field-title = Тема
discussions-field-body = Сообщение
discussions-field-reply = Ваш ответ
discussions-markdown-hint = Поддерживается Markdown: **полужирный**, *курсив*, списки, [ссылки](https://…), ссылки на материалы библиотеки. Введите @ и имя, чтобы упомянуть пользователя, который может читать это пространство.
discussions-following = Вы подписаны на это обсуждение: ответы появляются в ваших уведомлениях.
discussions-muted = Вы отключили уведомления об этом обсуждении.
discussions-follow = Подписаться
discussions-mute = Отключить уведомления
discussions-edited = изменено
discussions-removed = Это сообщение удалено.
discussions-edit = Редактировать
discussions-remove = Удалить
discussions-reply = Ответить
discussions-reply-submit = Отправить ответ
discussions-members-only = Писать здесь могут только члены этого пространства.
discussions-back = Вернуться к обсуждению
discussions-edit-window = Сообщение можно отредактировать в течение 15 минут после отправки; такое сообщение помечается как измененное.
discussions-save = Сохранить
discussion-title-required = Укажите тему обсуждения.
discussion-title-too-long = Тема слишком длинная (не более 200 символов).
discussion-body-required = Введите сообщение.
discussion-body-too-long = Сообщение слишком длинное (не более 20 000 символов).
notice-mention = { $actor } упомянул(а) вас в пространстве «{ $space }».
notice-thread_reply = { $actor } ответил(а) в обсуждении, на которое вы подписаны, в пространстве «{ $space }».
notice-new_thread = { $actor } начал(а) обсуждение в пространстве «{ $space }».
event-discussion-post_removed = Удаление сообщения модератором
notice-new_document = { $actor } поделился(-ась) документом в пространстве «{ $space }».
discussions-attach-label = Прикрепить файлы (необязательно)
discussions-attach-hint = До 10 файлов, всего { $mb } МБ. Каждый становится документом библиотеки, доступным ровно тем, кто может читать это обсуждение; там его можно описать подробнее.
discussions-attachments = Прикреплённые файлы
discussions-attachment-page = в библиотеке
discussion-too-many-files = К одному сообщению можно прикрепить не более 10 файлов.
space-events = Ближайшие мероприятия
space-no-events = В ближайшие два месяца мероприятий не запланировано.
space-all-events = Календарь пространства
