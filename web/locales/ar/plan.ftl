# التخطيط المشترك (crates/server/src/planning.rs)
plan-title = خطة العمل
programme-title = برنامج العمل المشترك
programme-intro = { $count ->
    [zero] لا توجد بنود في خطط عمل المساحات التي يمكنك قراءتها.
    [one] بند واحد من خطط عمل المساحات التي يمكنك قراءتها، حسب ركائز الاستراتيجية.
    [two] بندان من خطط عمل المساحات التي يمكنك قراءتها، حسب ركائز الاستراتيجية.
    [few] { $count } بنود من خطط عمل المساحات التي يمكنك قراءتها، حسب ركائز الاستراتيجية.
    [many] { $count } بندًا من خطط عمل المساحات التي يمكنك قراءتها، حسب ركائز الاستراتيجية.
   *[other] { $count } بند من خطط عمل المساحات التي يمكنك قراءتها، حسب ركائز الاستراتيجية.
}
programme-csv = التنزيل بصيغة CSV
plan-none = لم يُقترَح أي بند بعد.
plan-space = المساحة
plan-no-pillar = لم تُحدَّد ركيزة
plan-field-title = البند
plan-field-description = الوصف
plan-field-lead = الكيان الرائد
plan-field-contributors = الكيانات المساهمة
plan-field-themes = المجالات المواضيعية
plan-field-status = الحالة
plan-field-target = التاريخ المستهدف
plan-field-resources = موارد المكتبة
plan-resources-hint = روابطها أو أرقامها، واحد في كل سطر (الموارد التي يمكنك قراءتها فقط).
plan-status-proposed = مقترَح
plan-status-agreed = متفق عليه
plan-status-in_progress = قيد التنفيذ
plan-status-done = منجَز
plan-status-dropped = مُلغى
plan-importance = الأهمية (1–5)
plan-score-count = { $count ->
    [zero] لم تقيِّمه أي منظمة
    [one] بحسب تقييم منظمة واحدة
    [two] بحسب تقييم منظمتين
    [few] بحسب تقييم { $count } منظمات
    [many] بحسب تقييم { $count } منظمةً
   *[other] بحسب تقييم { $count } منظمة
}
plan-distribution = عدد المنظمات التي منحت كل درجة
plan-not-scored = لم يُقيَّم بعد
plan-your-score = درجة منظمتي
plan-score-of = أهمية «{ $title }» بالنسبة إلى منظمتي
plan-score = تسجيل الدرجة
plan-order = الترتيب
plan-move-up = نقل «{ $title }» إلى أعلى
plan-move-down = نقل «{ $title }» إلى أسفل
plan-propose = اقتراح بند
plan-propose-submit = اقتراح
plan-edit = تعديل هذا البند
plan-save = حفظ
plan-title-required = أدخل عنوانًا للبند.
plan-title-too-long = العنوان طويل جدًا (200 حرف كحد أقصى).
plan-description-too-long = الوصف طويل جدًا (4000 حرف كحد أقصى).
plan-date-invalid = التاريخ المستهدف ليس تاريخًا صالحًا؛ استخدم الصيغة YYYY-MM-DD (السنة-الشهر-اليوم).
plan-resource-unknown = «{ $resource }» ليس موردًا من موارد المكتبة التي يمكنك قراءتها.
plan-score-invalid = يجب أن تكون الدرجة عددًا صحيحًا من 1 إلى 5.
plan-csv-pillar = الركيزة
plan-csv-space = المساحة
plan-csv-order = الترتيب
plan-csv-title = البند
plan-csv-status = الحالة
plan-csv-lead = الكيان الرائد
plan-csv-contributors = الكيانات المساهمة
plan-csv-target = التاريخ المستهدف
plan-csv-mean = متوسط الأهمية
plan-csv-scores = المنظمات التي منحت درجة
plan-csv-description = الوصف
space-plan-link = خطة العمل
event-plan-item_created = اقتراح بند في خطة العمل
event-plan-item_changed = تعديل بند في خطة العمل
plan-reorder-hint = يمكن للرؤساء أيضًا سحب صف إلى موضعه الجديد.
