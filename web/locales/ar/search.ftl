# البحث الشامل (crates/server/src/search.rs، ومربع البحث في رأس كل صفحة)
search-title = البحث
search-title-for = البحث: { $query }
search-label = البحث في كل ما يمكنك الاطلاع عليه
search-box-label = البحث في كل المحتوى
search-box-placeholder = الأشخاص، الوثائق، الفعاليات…
search-submit = بحث
search-hint = الأشخاص والمنظمات والمساحات وموارد المكتبة والفعاليات والمناقشات وبنود خطط العمل والأنشطة والمشاريع. يجب أن تتطابق كل كلمة؛ ولا أثر لعلامات التشكيل أو حالة الأحرف.
search-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجةً
   *[other] { $count } نتيجة
}
search-none = لا شيء مما يمكنك الاطلاع عليه يطابق هذه الكلمات. تحقق من الإملاء أو استخدم عددًا أقل من الكلمات.
search-kinds = النتائج حسب النوع
search-kind-all = الكل
search-kind-people = الأشخاص
search-kind-organizations = المنظمات
search-kind-spaces = المساحات
search-kind-resources = موارد المكتبة
search-kind-events = الفعاليات
search-kind-discussions = المناقشات
search-kind-plans = بنود خطط العمل
search-all-people = { $count ->
    [zero] الأشخاص في الدليل
    [one] الشخص الوحيد في الدليل
    [two] الشخصان في الدليل
    [few] جميع الأشخاص في الدليل ({ $count } أشخاص)
    [many] جميع الأشخاص في الدليل ({ $count } شخصًا)
   *[other] جميع الأشخاص في الدليل ({ $count } شخص)
}
search-all-organizations = { $count ->
    [zero] المنظمات
    [one] المنظمة الوحيدة
    [two] المنظمتان
    [few] جميع المنظمات ({ $count } منظمات)
    [many] جميع المنظمات ({ $count } منظمةً)
   *[other] جميع المنظمات ({ $count } منظمة)
}
search-all-spaces = { $count ->
    [zero] المساحات
    [one] المساحة الوحيدة
    [two] المساحتان
    [few] جميع المساحات ({ $count } مساحات)
    [many] جميع المساحات ({ $count } مساحةً)
   *[other] جميع المساحات ({ $count } مساحة)
}
search-all-resources = { $count ->
    [zero] موارد المكتبة
    [one] المورد الوحيد في المكتبة
    [two] الموردان في المكتبة
    [few] جميع الموارد في المكتبة ({ $count } موارد)
    [many] جميع الموارد في المكتبة ({ $count } موردًا)
   *[other] جميع الموارد في المكتبة ({ $count } مورد)
}
search-all-events = { $count ->
    [zero] الفعاليات
    [one] الفعالية الوحيدة
    [two] الفعاليتان
    [few] جميع الفعاليات ({ $count } فعاليات)
    [many] جميع الفعاليات ({ $count } فعاليةً)
   *[other] جميع الفعاليات ({ $count } فعالية)
}
search-all-discussions = { $count ->
    [zero] المناقشات
    [one] المناقشة الوحيدة
    [two] المناقشتان
    [few] جميع المناقشات ({ $count } مناقشات)
    [many] جميع المناقشات ({ $count } مناقشةً)
   *[other] جميع المناقشات ({ $count } مناقشة)
}
search-all-plans = { $count ->
    [zero] بنود خطط العمل
    [one] البند الوحيد في خطط العمل
    [two] البندان في خطط العمل
    [few] جميع بنود خطط العمل ({ $count } بنود)
    [many] جميع بنود خطط العمل ({ $count } بندًا)
   *[other] جميع بنود خطط العمل ({ $count } بند)
}
search-kind-activities = الأنشطة
search-kind-projects = المشاريع
search-all-activities = { $count ->
    [zero] الأنشطة، مع عوامل التصفية
    [one] النشاط الوحيد، مع عوامل التصفية
    [two] النشاطان، مع عوامل التصفية
    [few] جميع الأنشطة ({ $count } أنشطة)، مع عوامل التصفية
    [many] جميع الأنشطة ({ $count } نشاطًا)، مع عوامل التصفية
   *[other] جميع الأنشطة ({ $count } نشاط)، مع عوامل التصفية
}
search-all-projects = { $count ->
    [zero] المشاريع، مع عوامل التصفية
    [one] المشروع الوحيد، مع عوامل التصفية
    [two] المشروعان، مع عوامل التصفية
    [few] جميع المشاريع ({ $count } مشاريع)، مع عوامل التصفية
    [many] جميع المشاريع ({ $count } مشروعًا)، مع عوامل التصفية
   *[other] جميع المشاريع ({ $count } مشروع)، مع عوامل التصفية
}
search-space-open = مساحة مفتوحة
search-space-closed = مساحة مغلقة
search-event-series = سلسلة
search-kind-recommendations = توصيات المديرية التنفيذية
search-all-recommendations = جميع التوصيات ({ $count }) مع عوامل التصفية
