# أداة تتبع الأنشطة: من ينفذ ماذا، وأين، ومتى.
nav-activities = الأنشطة
activities-title = الأنشطة
activities-intro = حلقات العمل والدورات التدريبية والزيارات التقييمية واجتماعات الخبراء وغيرها من أنشطة كيانات الميثاق: من يقودها، وأين، ومتى، وكيف يسير العمل فيها.
activities-views = طرق عرض الأنشطة
activities-view-list = قائمة
activities-view-timeline = جدول زمني
activities-view-where = حسب المكان
activity-add = إضافة نشاط
activity-edit = تعديل النشاط
activity-back = → جميع الأنشطة
activity-save = حفظ النشاط
activity-saved = حُفظ النشاط.
activity-update-added = أُضيف تحديثك عن التقدم المحرز.
activity-search-label = البحث في الأنشطة
activity-search-placeholder = العنوان أو الوصف أو الكيان أو البلد
activity-sort-date = الأحدث أولًا
activity-sort-earliest = الأقدم أولًا
activity-sort-recent = الأحدث تعديلًا أولًا
activity-count = { $count ->
    [zero] لا أنشطة
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
    [many] { $count } نشاطًا
   *[other] { $count } نشاط
}
activity-empty = لا يوجد نشاط يطابق عوامل التصفية هذه.
activity-no-date = لم يُحدَّد التاريخ بعد
activity-status = الحالة
activity-status-planned = مقرَّر
activity-status-ongoing = جارٍ
activity-status-completed = مُنجَز
activity-status-postponed = مؤجَّل
activity-status-cancelled = مُلغى
activity-status-unchanged = الحالة دون تغيير
activity-kind = نوع النشاط
activity-kind-workshop = حلقة عمل
activity-kind-training = دورة تدريبية
activity-kind-assessment_visit = زيارة تقييمية
activity-kind-expert_meeting = اجتماع خبراء
activity-kind-expert_deployment = إيفاد خبراء
activity-kind-publication = منشور
activity-kind-conference = مؤتمر
activity-kind-other = غير ذلك
activity-year = السنة
activity-month = الشهر
activity-space = المساحة
activity-of-project = أنشطة مشروع بعينه
activity-project = المشروع
activity-planned = التواريخ المقررة
activity-actual = التواريخ الفعلية
activity-participants = المشاركون
activity-participants-hint = عند توافر المعلومات. اترك فارغًا ما لم يُحصَ.
activity-women = النساء
activity-men = الرجال
activity-others = غير ذلك أو غير مسجَّل
activity-women-count = { $count ->
    [zero] لا نساء
    [one] امرأة واحدة
    [two] امرأتان
    [few] { $count } نساء
    [many] { $count } امرأةً
   *[other] { $count } امرأة
}
activity-men-count = { $count ->
    [zero] لا رجال
    [one] رجل واحد
    [two] رجلان
    [few] { $count } رجال
    [many] { $count } رجلًا
   *[other] { $count } رجل
}
activity-others-count = غير ذلك أو غير مسجَّل: { $count }
activity-outputs = النواتج (وثائق المكتبة)
activity-no-outputs = لا توجد نواتج بعد.
activity-events = فعاليات التقويم
activity-events-hint = روابط فعاليات التقويم (أو أرقامها)، رابط واحد في كل سطر.
activity-progress = التقدم المحرز
activity-update-label = تحديث عن التقدم المحرز
activity-update-status = الحالة بعد هذا التحديث
activity-update-add = إضافة التحديث
activity-no-updates = لا توجد تحديثات عن التقدم المحرز بعد.
activity-updates-count = { $count ->
    [zero] لا تحديثات عن التقدم المحرز
    [one] تحديث واحد عن التقدم المحرز
    [two] تحديثان عن التقدم المحرز
    [few] { $count } تحديثات عن التقدم المحرز
    [many] { $count } تحديثًا عن التقدم المحرز
   *[other] { $count } تحديث عن التقدم المحرز
}
activity-month-all = { $count ->
    [zero] عرض أنشطة هذا الشهر
    [one] عرض نشاط هذا الشهر
    [two] عرض نشاطَي هذا الشهر
    [few] عرض جميع الأنشطة الـ{ $count } لهذا الشهر
    [many] عرض جميع الأنشطة الـ{ $count } لهذا الشهر
   *[other] عرض جميع الأنشطة الـ{ $count } لهذا الشهر
}
activity-undated = { $count ->
    [zero] لا توجد أنشطة لم يُحدَّد تاريخها بعد.
    [one] نشاط واحد لم يُحدَّد تاريخه بعد، ولذلك لا يظهر إلا في القائمة.
    [two] نشاطان لم يُحدَّد تاريخهما بعد، ولذلك لا يظهران إلا في القائمة.
    [few] { $count } أنشطة لم يُحدَّد تاريخها بعد، ولذلك لا تظهر إلا في القائمة.
    [many] { $count } نشاطًا لم يُحدَّد تاريخها بعد، ولذلك لا تظهر إلا في القائمة.
   *[other] { $count } نشاط لم يُحدَّد تاريخها بعد، ولذلك لا تظهر إلا في القائمة.
}
activity-where-note = يُحتسب النشاط في كل منطقة يخدمها، سواء ذُكرت المنطقة باسمها أو من خلال بلد مستفيد.
activity-global-count = { $count ->
    [zero] لا توجد أنشطة عالمية النطاق (ليس لها بلد مستفيد أو منطقة مستفيدة).
    [one] نشاط واحد عالمي النطاق (ليس له بلد مستفيد أو منطقة مستفيدة).
    [two] نشاطان عالميا النطاق (ليس لهما بلد مستفيد أو منطقة مستفيدة).
    [few] { $count } أنشطة عالمية النطاق (ليس لها بلد مستفيد أو منطقة مستفيدة).
    [many] { $count } نشاطًا عالميَّ النطاق (ليس لها بلد مستفيد أو منطقة مستفيدة).
   *[other] { $count } نشاط عالمي النطاق (ليس لها بلد مستفيد أو منطقة مستفيدة).
}
activity-about = نبذة عن النشاط
activity-field-description = الوصف
activity-lead-hint = كيانك، أو أي كيان إذا كان النشاط تابعًا لمساحة تترأسها.
activity-field-project = رمز المشروع
activity-project-hint = رمز المشروع المدرج في الخلاصة الوافية الذي يندرج فيه هذا النشاط، إن وُجد.
activity-participants-invalid = أدخل عدد المشاركين عددًا صحيحًا.
activity-kind-required = اختر نوع النشاط.
activity-description-too-long = الوصف طويل جدًا (الحد الأقصى 10000 حرف).
activity-lead-not-yours = يمكنك تسجيل الأنشطة التي يقودها كيانك، أو أنشطة المساحات التي تترأسها.
activity-project-unknown = لا يوجد مشروع يحمل الرمز { $code }.
activity-event-unknown = لا توجد في التقويم فعالية يحق لك الاطلاع عليها تطابق «{ $event }».
activity-update-required = اكتب التحديث عن التقدم المحرز.
activity-update-too-long = التحديث طويل جدًا (الحد الأقصى 5000 حرف).
activity-col-id = الرقم
activity-col-kind = النوع
activity-col-status = الحالة
activity-col-space = المساحة
activity-col-project = المشروع
activity-col-planned-start = البداية المقررة
activity-col-planned-end = النهاية المقررة
activity-col-actual-start = البداية الفعلية
activity-col-actual-end = النهاية الفعلية
activity-col-women = النساء
activity-col-men = الرجال
activity-col-others = مشاركون آخرون
activity-org-beneficiary = الأنشطة المنفذة لصالح هذا البلد
activity-org-implementer = الأنشطة التي يقودها هذا الكيان أو يشارك فيها بصفته شريكًا
activity-all = { $count ->
    [zero] عرض الأنشطة في القائمة
    [one] عرض النشاط في القائمة
    [two] عرض النشاطين في القائمة
    [few] عرض جميع الأنشطة الـ{ $count } في القائمة
    [many] عرض جميع الأنشطة الـ{ $count } في القائمة
   *[other] عرض جميع الأنشطة الـ{ $count } في القائمة
}
activity-project-heading = أنشطة هذا المشروع
event-activity-created = إضافة نشاط
event-activity-changed = تعديل نشاط
event-activity-progress = تحديث عن التقدم المحرز في نشاط
