# التقويم المشترك.
nav-calendar = التقويم
cal-title = التقويم
cal-add = إضافة فعالية
cal-subscribe = الاشتراك عبر تطبيق التقويم الخاص بي
cal-views = طرق عرض التقويم
cal-agenda = جدول المواعيد
cal-week = أسبوع
cal-month = شهر
cal-filters = عوامل التصفية
cal-filter-space = المساحة
cal-filter-pillar = الركيزة
cal-filter-organizer = الجهة المنظِّمة
cal-filter-mine = الفعاليات التي أحضرها فقط
cal-any = الكل
cal-apply = تطبيق
cal-your-zone = تُعرض الأوقات وفق منطقتك الزمنية: { $zone }.
cal-change-zone = يمكنك تغييرها في ملفك الشخصي
cal-earlier = › الأقدم
cal-later = الأحدث ‹
cal-prev-week = › الأسبوع السابق
cal-next-week = الأسبوع التالي ‹
cal-prev-month = › الشهر السابق
cal-next-month = الشهر التالي ‹
cal-none = لا توجد فعاليات في هذه الأسابيع.
cal-nothing = لا شيء مقرر.
cal-today = اليوم
cal-more = { $count ->
    [zero] لا مزيد
    [one] فعالية أخرى
    [two] فعاليتان أخريان
    [few] { $count } فعاليات أخرى
    [many] { $count } فعالية أخرى
   *[other] { $count } فعالية أخرى
}
cal-cancelled = أُلغيت
cal-moved = تغيّر موعدها
cal-moved-note = نُقل هذا الموعد عن توقيته المعتاد.
cal-all-day = طوال اليوم
cal-all-day-until = طوال اليوم، حتى { $date }
# التاريخ كما يُكتب في اللغة: اليوم، ورقم اليوم، واسم الشهر، ورقم الشهر، والسنة.
cal-date = { $weekday } { $day } { $month } { $year }
cal-month-year = { $month } { $year }
cal-weekday-1 = الاثنين
cal-weekday-2 = الثلاثاء
cal-weekday-3 = الأربعاء
cal-weekday-4 = الخميس
cal-weekday-5 = الجمعة
cal-weekday-6 = السبت
cal-weekday-7 = الأحد
cal-weekday-short-1 = الاثنين
cal-weekday-short-2 = الثلاثاء
cal-weekday-short-3 = الأربعاء
cal-weekday-short-4 = الخميس
cal-weekday-short-5 = الجمعة
cal-weekday-short-6 = السبت
cal-weekday-short-7 = الأحد
cal-month-1 = يناير
cal-month-2 = فبراير
cal-month-3 = مارس
cal-month-4 = أبريل
cal-month-5 = مايو
cal-month-6 = يونيو
cal-month-7 = يوليو
cal-month-8 = أغسطس
cal-month-9 = سبتمبر
cal-month-10 = أكتوبر
cal-month-11 = نوفمبر
cal-month-12 = ديسمبر
cal-when = الموعد
cal-your-time = بتوقيتك ({ $zone })
cal-event-time = بتوقيت الفعالية ({ $zone })
cal-repeats = التكرار
cal-every-day = { $n ->
    [zero] كل { $n } يوم
    [one] كل يوم
    [two] كل يومين
    [few] كل { $n } أيام
    [many] كل { $n } يومًا
   *[other] كل { $n } يوم
}
cal-every-week = { $n ->
    [zero] كل { $n } أسبوع
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $n } أسابيع
    [many] كل { $n } أسبوعًا
   *[other] كل { $n } أسبوع
}
cal-every-month = { $n ->
    [zero] كل { $n } شهر
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $n } أشهر
    [many] كل { $n } شهرًا
   *[other] كل { $n } شهر
}
cal-every-year = { $n ->
    [zero] كل { $n } سنة
    [one] كل سنة
    [two] كل سنتين
    [few] كل { $n } سنوات
    [many] كل { $n } سنةً
   *[other] كل { $n } سنة
}
cal-on-days = {" "}يوم { $days }
cal-on-nth = { $nth ->
    [-1] {" "}في يوم { $weekday } الأخير من الشهر
    [1] {" "}في يوم { $weekday } الأول من الشهر
    [2] {" "}في يوم { $weekday } الثاني من الشهر
    [3] {" "}في يوم { $weekday } الثالث من الشهر
   *[4] {" "}في يوم { $weekday } الرابع من الشهر
}
cal-until = ، حتى { $date }
cal-count = { $n ->
    [zero] ، { $n } مرة
    [one] ، مرة واحدة
    [two] ، مرتين
    [few] ، { $n } مرات
    [many] ، { $n } مرة
   *[other] ، { $n } مرة
}
cal-location = المكان
cal-online = رابط الاجتماع عبر الإنترنت
cal-organizer = الجهة المنظِّمة
cal-space = المساحة
cal-no-space = لا شيء (تقويم الميثاق)
cal-pillars = الركائز
cal-themes = المواضيع
cal-resources = الوثائق (جدول الأعمال، المحضر)
cal-resources-hint = روابط أو أرقام وثائق المكتبة، واحد في كل سطر، مثل /library/12.
cal-visibility = من يطّلع عليها
cal-members-only = لا يرى هذه الفعالية إلا أعضاء المساحة
cal-download-ics = إضافة إلى تقويمي (.ics)
cal-answer-title = هل ستحضر؟
cal-answer-attending = سأحضر
cal-answer-maybe = ربما
cal-answer-declined = لن أحضر
cal-answer-waiting = في قائمة الانتظار
cal-answer-saved = حُفظ ردّك.
cal-answer-waiting-notice = اكتمل عدد المشاركين في الفعالية: أنت الآن في قائمة الانتظار، وسيتم إبلاغك إذا شغر مكان.
cal-capacity = عدد الأماكن
cal-capacity-hint = اتركه فارغًا إذا لم يكن هناك حد أقصى. وبعد بلوغ الحد، يُدرج الأشخاص في قائمة الانتظار.
cal-waiting-count = { $count ->
    [zero] لا أحد في قائمة الانتظار
    [one] شخص واحد في قائمة الانتظار
    [two] شخصان في قائمة الانتظار
    [few] { $count } أشخاص في قائمة الانتظار
    [many] { $count } شخصًا في قائمة الانتظار
   *[other] { $count } شخص في قائمة الانتظار
}
cal-attendees = { $count ->
    [zero] لن يحضر أحد
    [one] سيحضر شخص واحد
    [two] سيحضر شخصان
    [few] سيحضر { $count } أشخاص
    [many] سيحضر { $count } شخصًا
   *[other] سيحضر { $count } شخص
}
cal-no-attendees = لم يردّ أحد بعد.
cal-attendees-csv = قائمة الحضور (CSV)
cal-manage = إدارة هذه الفعالية
cal-edit = تعديل الفعالية
cal-edit-this = تغيير هذا الموعد فقط
cal-edit-following = تغيير هذا الموعد والمواعيد التالية
cal-edit-all = تغيير السلسلة بأكملها
cal-this-only-time = يتغيّر توقيت هذا الموعد وحده؛ وتبقى بقية السلسلة على حالها.
cal-cancel-this = إلغاء هذا الموعد
cal-cancel-this-confirm = هل تريد إلغاء هذا الموعد؟ تبقى المواعيد الأخرى قائمة.
cal-cancel-event = إلغاء الفعالية
cal-cancel-confirm = هل تريد إلغاء الفعالية؟ ستبقى في التقويم مع الإشارة إلى أنها أُلغيت.
cal-delete = حذف
cal-delete-confirm = هل تريد حذف الفعالية من جميع التقاويم؟
cal-field-title = العنوان
cal-field-start-date = تاريخ البدء
cal-field-start-time = وقت البدء
cal-field-end-date = تاريخ الانتهاء
cal-field-end-time = وقت الانتهاء
cal-field-zone = المنطقة الزمنية للفعالية
cal-zone-hint = المنطقة الزمنية التي تُحدَّد بها الأوقات أعلاه: يراها الآخرون محوَّلة إلى مناطقهم الزمنية.
cal-field-repeat = التكرار
cal-repeat-none = لا تتكرر
cal-repeat-daily = يوميًا
cal-repeat-weekly = أسبوعيًا
cal-repeat-monthly = شهريًا
cal-repeat-yearly = سنويًا
cal-field-interval = فترة التكرار (بالأيام أو الأسابيع أو الأشهر أو السنوات)
cal-field-weekdays = في أيام الأسبوع هذه (للتكرار الأسبوعي)
cal-field-monthly = التكرار الشهري
cal-monthly-date = في التاريخ نفسه
cal-monthly-weekday = في يوم الأسبوع نفسه (مثل يوم الثلاثاء الثاني من الشهر)
cal-field-ends = الانتهاء
cal-ends-never = لا تنتهي
cal-ends-until = في تاريخ محدد
cal-ends-count = بعد عدد محدد من المرات
cal-field-description = الوصف
cal-save = حفظ
cal-save-anyway = الحفظ على أي حال
cal-clash-title = فعاليات أخرى في هذا الوقت للمساحة نفسها أو للجهة المنظِّمة نفسها:
cal-clash-explain = تحقق مما إذا كان ذلك مقصودًا. إذا حفظت مرة أخرى، تبقى فعاليتك كما هي.
cal-subscribe-explain = يعرض عنوان تقويمك الخاص في Outlook أو Google Calendar أو Apple Calendar جميع الفعاليات التي يحق لك الاطلاع عليها، ويحدّثها باستمرار. لا تُطلع أحدًا عليه: فكل من لديه العنوان يرى تلك الفعاليات.
cal-feed-new = عنوان تقويمك الجديد:
cal-feed-address = عنوان التقويم
cal-feed-once = لن يُعرض هذا العنوان إلا هذه المرة. انسخه في تطبيق التقويم لديك («الاشتراك في تقويم» / «من عنوان URL»). وإذا فقدته، فأنشئ عنوانًا جديدًا: سيتوقف العنوان القديم عن العمل.
cal-feed-active = لديك عنوان تقويم أُنشئ في { $since }.
cal-feed-none = ليس لديك عنوان تقويم بعد.
cal-feed-space = أي الفعاليات
cal-feed-all = جميع الفعاليات التي يحق لي الاطلاع عليها
cal-feed-create = إنشاء عنوان تقويمي
cal-feed-regenerate = استبدال عنوان تقويمي
cal-feed-revoke = إيقاف عنوان تقويمي
cal-feed-revoke-confirm = هل تريد إيقاف العنوان؟ لن تُحدَّث بعد ذلك تطبيقات التقويم التي تستخدمه.
cal-csv-name = الاسم
cal-csv-email = البريد الإلكتروني
cal-csv-org = المنظمة
cal-csv-answer = الرد
cal-csv-answered = تاريخ الرد
cal-error-title = أدخل عنوانًا للفعالية.
cal-error-title-long = العنوان طويل جدًا (200 حرف كحد أقصى).
cal-error-description-long = الوصف طويل جدًا (8000 حرف كحد أقصى).
cal-error-zone = اختر المنطقة الزمنية للفعالية.
cal-error-start = أدخل تاريخ بدء صالحًا.
cal-error-start-time = أدخل وقت بدء صالحًا.
cal-error-end-time = أدخل وقت انتهاء صالحًا.
cal-error-end = يجب أن تكون النهاية بعد البداية.
cal-error-too-long = لا تتجاوز مدة الفعالية 14 يومًا (62 يومًا للفعاليات التي تستغرق أيامًا كاملة)؛ وللمدد الأطول، اجعلها متكررة.
cal-error-interval = يجب أن تكون فترة التكرار عددًا صحيحًا من 1 إلى 99.
cal-error-until = يجب أن يكون تاريخ انتهاء السلسلة مطابقًا لتاريخ بدئها أو لاحقًا له.
cal-error-count = يجب أن يكون عدد المرات عددًا صحيحًا من 1 إلى { $max }.
cal-error-text-long = هذا النص طويل جدًا (500 حرف كحد أقصى).
cal-error-url = يجب أن يبدأ رابط الاجتماع عبر الإنترنت بـ https:// أو http://.
cal-error-space = لا يمكنك إضافة فعاليات إلا إلى المساحات التي أنت عضو فيها.
cal-error-capacity = يجب أن يكون عدد الأماكن عددًا صحيحًا لا يقل عن 1.
cal-error-resource = { $resource } ليس وثيقة في المكتبة يحق لك الاطلاع عليها.
cal-error-cancelled = أُلغيت الفعالية.
notice-event_place = شغر مكان: أصبحت الآن من حضور هذه الفعالية.
notice-event_reminder = تذكير: تبدأ هذه الفعالية خلال أقل من يوم.
notice-kind-event_place = يشغر مكان لي في فعالية مكتملة العدد
notice-kind-event_reminder = تذكير قبل يوم من فعالية أحضرها
event-event-created = إضافة فعالية
event-event-changed = تعديل فعالية
event-event-occurrence_moved = نقل أحد المواعيد
event-event-occurrence_cancelled = إلغاء أحد المواعيد
event-event-series_split = تعديل سلسلة ابتداءً من أحد مواعيدها
event-event-cancelled = إلغاء فعالية
event-event-deleted = حذف فعالية
event-calendar-feed_created = إنشاء عنوان تقويم
event-calendar-feed_revoked = إيقاف عنوان تقويم
notice-new_event = أضاف { $actor } فعالية في { $space }.
notice-kind-new_event = فعالية جديدة في إحدى مساحاتي
cal-places-taken = المقاعد المحجوزة: { $taken } من أصل { $capacity }
