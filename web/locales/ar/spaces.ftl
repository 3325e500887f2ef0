# المساحات والإشعارات (crates/server/src/spaces.rs, notifications.rs; crates/app/src/notify.rs)
nav-spaces = المساحات
nav-notifications = الإشعارات
nav-notifications-unread = { $count ->
    [zero] الإشعارات (الجديدة: { $count })
    [one] الإشعارات (الجديدة: { $count })
    [two] الإشعارات (الجديدة: { $count })
    [few] الإشعارات (الجديدة: { $count })
    [many] الإشعارات (الجديدة: { $count })
   *[other] الإشعارات (الجديدة: { $count })
}
spaces-title = الأفرقة العاملة والمساحات
spaces-home-intro = الأفرقة العاملة الثمانية المشتركة بين الوكالات التابعة للميثاق، والمساحات الأخرى التي تعمل فيها جهات التنسيق معًا. يمكن لجميع جهات التنسيق الاطلاع على المساحات المفتوحة والانضمام إليها بموافقة أحد الرؤساء؛ أما المساحات المغلقة فمخصصة للأعضاء الذين يدعوهم رؤساؤها.
spaces-new = إنشاء مساحة
spaces-create = إنشاء المساحة
spaces-mine = مساحاتي
spaces-all = جميع المساحات
spaces-others = المساحات الأخرى
spaces-none-other = أنت عضو في جميع المساحات.
space-open = مفتوحة
space-closed = مغلقة
space-field-name = الاسم
space-field-purpose = الغرض
space-field-pillar = ركيزة الاستراتيجية
space-pillar-none = لا توجد
space-field-access = من يمكنه الاطلاع عليها
space-open-explained = مفتوحة: يمكن لجميع جهات التنسيق الاطلاع عليها وطلب الانضمام إليها؛ ويوافق أحد الرؤساء على الطلبات.
space-closed-explained = مغلقة: لا يطّلع عليها إلا أعضاؤها؛ ويدعوهم رؤساؤها.
space-new-chair = ستتولى رئاسة المساحة: ويمكنك بعد ذلك دعوة أعضاء وتعيين رؤساء آخرين.
space-you-are = دورك: { $role }
space-purpose = الغرض
space-no-purpose = لم يُحدَّد الغرض بعد.
space-lead-entities = الكيانات التي تتولى الرئاسة
space-lead-people = الرؤساء ونواب الرؤساء
space-membership = العضوية
space-leave = مغادرة هذه المساحة
space-leave-chair-hint = يمكن للرئيس مغادرة المساحة بعد تعيين رئيس آخر.
space-request-pending-since = طلب انضمامك في انتظار قرار أحد الرؤساء (أُرسل في { $when }).
space-request-message = رسالة إلى الرؤساء (اختيارية)
space-request = طلب الانضمام
space-requests = { $count ->
    [0] طلبات الانضمام
    [zero] طلبات الانضمام
    [one] طلب انضمام واحد
    [two] طلبا انضمام
    [few] { $count } طلبات انضمام
    [many] { $count } طلبًا للانضمام
   *[other] { $count } طلب انضمام
}
space-no-requests = لا توجد طلبات في الانتظار.
space-decision-note = ملاحظة إلى الشخص المعني (اختيارية)
space-approve = موافقة
space-decline = رفض
space-role-of = دور { $name }
space-change-role = تغيير الدور
space-documents = أحدث الوثائق
space-no-documents = لم تتم مشاركة أي وثيقة في هذه المساحة حتى الآن.
space-all-documents = { $count ->
    [zero] وثائق هذه المساحة
    [one] الوثيقة الوحيدة في هذه المساحة
    [two] وثيقتا هذه المساحة
    [few] جميع وثائق هذه المساحة ({ $count } وثائق)
    [many] جميع وثائق هذه المساحة ({ $count } وثيقةً)
   *[other] جميع وثائق هذه المساحة ({ $count } وثيقة)
}
space-done-requested = أُرسل طلبك إلى الرؤساء.
space-done-approved = تمت الموافقة على الطلب: أصبح الشخص الآن عضوًا.
space-done-declined = تم رفض الطلب.
space-done-added = تمت إضافة العضو.
space-done-role-changed = تم تغيير الدور.
space-done-removed = تمت إزالة العضو.
space-done-left = لقد غادرت المساحة.
space-done-created = تم إنشاء المساحة، وأنت رئيسها.
space-name-required = أدخل اسمًا للمساحة.
space-name-too-long = الاسم طويل جدًا (120 حرفًا كحد أقصى).
space-purpose-too-long = الغرض طويل جدًا (4000 حرف كحد أقصى).
space-pillar-unknown = اختر إحدى الركائز الأربع، أو لا تختر أي ركيزة.
space-message-too-long = الرسالة طويلة جدًا (1000 حرف كحد أقصى).
space-request-pending = سبق أن طلبت الانضمام؛ وسيبتّ الرؤساء في طلبك.
space-request-decided = سبق البتّ في هذا الطلب.
space-last-chair = يجب أن يكون للمساحة رئيس واحد على الأقل: عيِّن رئيسًا آخر أولًا.
notifications-title = الإشعارات
notifications-read-all = تحديد الكل كمقروء
notifications-none = لا جديد. ستُبلَّغ هنا عندما يطلب أحدٌ الانضمام إلى مساحة تتولى قيادتها، أو يرد على طلبك، أو يغيّر عضويتك.
notifications-unread = غير مقروء
notice-someone = أحد المستخدمين
notice-open = فتح
notice-why = تتلقى هذه الرسالة الإلكترونية بسبب دورك في منصة الأمم المتحدة العالمية لتنسيق مكافحة الإرهاب.
notice-join_request = يطلب { $actor } الانضمام إلى «{ $space }».
notice-join_approved = تمت الموافقة على طلب انضمامك إلى «{ $space }».
notice-join_declined = رُفض طلب انضمامك إلى «{ $space }».
notice-space_added = أضافك { $actor } إلى «{ $space }».
notice-space_role_changed = غيّر { $actor } دورك في «{ $space }»: { $role }.
notice-space_removed = أزالك { $actor } من «{ $space }».
event-space-created = إنشاء مساحة
event-space-join_requested = طلب الانضمام إلى مساحة
event-space-join_approved = الموافقة على طلب انضمام
event-space-join_declined = رفض طلب انضمام
event-space-left = مغادرة مساحة

space-pinned = المثبَّت
space-pin = تثبيت «{ $title }» في هذه المساحة
space-unpin = إلغاء تثبيت «{ $title }»
space-done-pinned = ثُبِّت في الصفحة الرئيسية للمساحة.
space-done-unpinned = أُلغي التثبيت.
event-space-pinned = تثبيت في مساحة
event-space-unpinned = إلغاء تثبيت في مساحة

# المناقشات (crates/server/src/discussions.rs)
discussions-title = المناقشات
discussions-none = لا توجد مناقشات بعد.
discussions-count = { $count ->
    [zero] لا توجد مناقشات
    [one] مناقشة واحدة
    [two] مناقشتان
    [few] { $count } مناقشات
    [many] { $count } مناقشةً
   *[other] { $count } مناقشة
}
discussions-all = { $count ->
    [0] المناقشات
    [zero] المناقشات
    [one] المناقشة الوحيدة
    [two] المناقشتان
    [few] جميع المناقشات ({ $count } مناقشات)
    [many] جميع المناقشات ({ $count } مناقشةً)
   *[other] جميع المناقشات ({ $count } مناقشة)
}
discussions-all-and-start = جميع المناقشات، أو بدء مناقشة جديدة
discussions-new = جديدة
discussions-replies = { $count ->
    [0] لا توجد ردود
    [zero] لا توجد ردود
    [one] رد واحد
    [two] ردّان
    [few] { $count } ردود
    [many] { $count } ردًّا
   *[other] { $count } رد
}
discussions-start = بدء مناقشة
discussions-start-submit = نشر
discussions-field-title = الموضوع
discussions-field-body = الرسالة
discussions-field-reply = ردّك
discussions-markdown-hint = يمكن استخدام Markdown: **غامق**، *مائل*، القوائم، [روابط](https://…)، روابط إلى موارد المكتبة. اكتب @ متبوعًا باسم للإشارة إلى شخص يمكنه قراءة هذه المساحة.
discussions-following = أنت تتابع هذه المناقشة: تظهر الردود في إشعاراتك.
discussions-muted = لقد كتمت هذه المناقشة.
discussions-follow = متابعة
discussions-mute = كتم
discussions-edited = معدَّلة
discussions-removed = أُزيلت هذه الرسالة.
discussions-edit = تعديل
discussions-remove = إزالة
discussions-reply = ردّ
discussions-reply-submit = إرسال الرد
discussions-members-only = لا يكتب هنا إلا أعضاء هذه المساحة.
discussions-back = العودة إلى المناقشة
discussions-edit-window = يمكن تعديل الرسالة خلال 15 دقيقة من إرسالها؛ وتظهر الرسالة المعدَّلة مع إشارة إلى أنها معدَّلة.
discussions-save = حفظ
discussion-title-required = أدخل موضوعًا للمناقشة.
discussion-title-too-long = الموضوع طويل جدًا (200 حرف كحد أقصى).
discussion-body-required = اكتب رسالة.
discussion-body-too-long = الرسالة طويلة جدًا (20000 حرف كحد أقصى).
notice-mention = أشار إليك { $actor } في «{ $space }».
notice-thread_reply = ردّ { $actor } في مناقشة تتابعها في «{ $space }».
notice-new_thread = بدأ { $actor } مناقشة في «{ $space }».
event-discussion-post_removed = إزالة رسالة من قِبل مشرف
notice-new_document = شارك { $actor } وثيقة في «{ $space }».
discussions-attach-label = إرفاق ملفات (اختياري)
discussions-attach-hint = حتى 10 ملفات، بحجم إجمالي { $mb } ميغابايت. يصبح كل ملف وثيقةً في المكتبة، يطّلع عليها بالضبط من يمكنهم قراءة هذه المناقشة؛ ويمكنك وصفها بمزيد من التفصيل هناك.
discussions-attachments = الملفات المرفقة
discussions-attachment-page = في المكتبة
discussion-too-many-files = أرفق 10 ملفات على الأكثر بالرسالة الواحدة.
space-events = الفعاليات المقبلة
space-no-events = لا توجد فعاليات مقررة خلال الشهرين المقبلين.
space-all-events = تقويم المساحة
