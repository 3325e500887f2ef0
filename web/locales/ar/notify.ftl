# إعدادات الإشعارات والملخصات (crates/app/src/notify.rs, digests.rs; crates/server/src/notifications.rs)
notice-settings = اختر ما تتلقاه بالبريد الإلكتروني ومدى تواتره: { $url }
notifications-settings = إعدادات البريد الإلكتروني
notifications-settings-intro = يظهر كل شيء دائمًا هنا في إشعاراتك. اختر لكل نوع ما إذا كان يُرسَل إليك أيضًا بالبريد الإلكتروني فورًا، أو يُجمَع في ملخص يومي أو أسبوعي (يُرسَل في الساعة 07:00 بحسب منطقتك الزمنية)، أو لا يُرسَل بالبريد الإلكتروني.
notifications-settings-saved = تم حفظ اختياراتك.
notifications-settings-save = حفظ اختياراتي
notifications-kind = نوع الإشعار
delivery-immediately = فورًا
delivery-daily = ملخص يومي
delivery-weekly = ملخص أسبوعي
delivery-off = لا يُرسَل بالبريد الإلكتروني
notice-kind-mention = يشير إليّ أحدٌ في مناقشة
notice-kind-thread_reply = ردّ في مناقشة أتابعها
notice-kind-new_thread = مناقشة جديدة في إحدى مساحاتي
notice-kind-join_request = يطلب أحدٌ الانضمام إلى مساحة أتولى قيادتها
notice-kind-join_approved = تتم الموافقة على طلب انضمامي إلى مساحة
notice-kind-join_declined = يُرفض طلب انضمامي إلى مساحة
notice-kind-space_added = تتم إضافتي إلى مساحة
notice-kind-space_role_changed = يتغيّر دوري في مساحة
notice-kind-space_removed = تتم إزالتي من مساحة
digest-daily-subject = { $count ->
    [zero] ملخصك اليومي: لا توجد إشعارات جديدة
    [one] ملخصك اليومي: إشعار جديد واحد
    [two] ملخصك اليومي: إشعاران جديدان
    [few] ملخصك اليومي: { $count } إشعارات جديدة
    [many] ملخصك اليومي: { $count } إشعارًا جديدًا
   *[other] ملخصك اليومي: { $count } إشعار جديد
}
digest-weekly-subject = { $count ->
    [zero] ملخصك الأسبوعي: لا توجد إشعارات جديدة
    [one] ملخصك الأسبوعي: إشعار جديد واحد
    [two] ملخصك الأسبوعي: إشعاران جديدان
    [few] ملخصك الأسبوعي: { $count } إشعارات جديدة
    [many] ملخصك الأسبوعي: { $count } إشعارًا جديدًا
   *[other] ملخصك الأسبوعي: { $count } إشعار جديد
}
digest-daily-intro = { $count ->
    [zero] منذ أمس، لم يطرأ أي مستجد مما طلبت إبلاغك به.
    [one] منذ أمس، طرأ مستجد واحد مما طلبت إبلاغك به:
    [two] منذ أمس، طرأ مستجدان مما طلبت إبلاغك به:
    [few] منذ أمس، طرأت { $count } مستجدات مما طلبت إبلاغك به:
    [many] منذ أمس، طرأ { $count } مستجدًا مما طلبت إبلاغك به:
   *[other] منذ أمس، طرأ { $count } مستجد مما طلبت إبلاغك به:
}
digest-weekly-intro = { $count ->
    [zero] هذا الأسبوع، لم يطرأ أي مستجد مما طلبت إبلاغك به.
    [one] هذا الأسبوع، طرأ مستجد واحد مما طلبت إبلاغك به:
    [two] هذا الأسبوع، طرأ مستجدان مما طلبت إبلاغك به:
    [few] هذا الأسبوع، طرأت { $count } مستجدات مما طلبت إبلاغك به:
    [many] هذا الأسبوع، طرأ { $count } مستجدًا مما طلبت إبلاغك به:
   *[other] هذا الأسبوع، طرأ { $count } مستجد مما طلبت إبلاغك به:
}
digest-open = فتح إشعاراتي
digest-unsubscribe = لإيقاف هذا الملخص بنقرة واحدة: { $url }
unsubscribe-title = إيقاف ملخص
unsubscribe-explain = يؤدي هذا إلى إيقاف ملخص البريد الإلكتروني الذي وصلك معه هذا الرابط. تبقى إشعاراتك على المنصة، ويمكنك تغيير اختيارك في أي وقت من إعدادات البريد الإلكتروني.
unsubscribe-confirm = إيقاف هذا الملخص
unsubscribe-done-daily = تم إيقاف الملخص اليومي.
unsubscribe-done-weekly = تم إيقاف الملخص الأسبوعي.
notice-kind-new_document = وثيقة جديدة في إحدى مساحاتي
