## الخلاصة الوافية لمشاريع مكافحة الإرهاب ومنع التطرف العنيف

nav-projects = المشاريع
projects-title = المشاريع
projects-intro = مشاريع كيانات الميثاق العالمي لتنسيق مكافحة الإرهاب في مجال مكافحة الإرهاب ومنع التطرف العنيف: من ينفذ ماذا وأين، وما التمويل الذي لا يزال ناقصًا. صفِّ المشاريع، ثم صدِّرها أو اطّلع على الرسوم البيانية.
projects-views = طرق عرض المشاريع
projects-view-list = قائمة
projects-view-charts = رسوم بيانية
projects-charts-title = المشاريع في رسوم بيانية
project-count = { $count ->
    [zero] لا مشاريع
    [one] مشروع واحد
    [two] مشروعان
    [few] { $count } مشاريع
    [many] { $count } مشروعًا
   *[other] { $count } مشروع
}
project-empty = لا يوجد مشروع يطابق عوامل التصفية هذه.
project-search-label = البحث في المشاريع
project-search-placeholder = العنوان، الرمز، الجهة المانحة، البلد، الكيان…
project-sort = الترتيب
project-sort-code = حسب الرمز
project-sort-gap = الأكبر فجوةً في التمويل أولًا
project-sort-requested = الأكبر ميزانيةً أولًا
project-sort-recent = الأحدث تعديلًا أولًا
project-region = المنطقة
project-country = البلد المستفيد
project-theme = الأولوية المواضيعية
project-entity = الكيان المنفذ
project-donor = الجهة المانحة
project-donor-amount = المبلغ (بدولارات الولايات المتحدة)
project-donor-name-n = الجهة المانحة { $n }
project-donor-amount-n = مبلغ الجهة المانحة { $n } (بدولارات الولايات المتحدة)
project-pillar = الركيزة
project-status = الحالة
project-status-pipeline = قيد الإعداد
project-status-active = قيد التنفيذ
project-status-closed = مُغلق
project-totals = مجاميع المشاريع المعروضة
project-total-projects = المشاريع
project-total-requested = المبلغ المطلوب
project-total-funded = المبلغ المموَّل
project-total-gap = فجوة التمويل
project-funded-percent = ممول بنسبة { $percent }٪
project-global = عالمي
project-more-countries = { $count ->
    [zero] ولا بلد آخر
    [one] وبلد آخر
    [two] وبلدان آخران
    [few] و{ $count } بلدان أخرى
    [many] و{ $count } بلدًا آخر
   *[other] و{ $count } بلد آخر
}
project-add = إضافة مشروع
project-edit = تعديل المشروع
project-save = حفظ المشروع
project-saved = حُفظ المشروع.
project-back = → جميع المشاريع
project-about = نبذة عن المشروع
project-funding = التمويل
project-no-donors = لم تموّله أي جهة مانحة بعد.
project-documents = الوثائق
project-no-documents = لا توجد وثائق مرتبطة به.
project-export-csv = التصدير بصيغة CSV
project-export-xlsx = التصدير بصيغة Excel
project-field-code = الرمز
project-code-hint = كما ورد في نداء التمويل، مثل UNOCT-GLO-2021-01. يُسمح بالحروف والأرقام و- _ . /
project-field-title = العنوان
project-field-summary = الملخص
project-field-lead = الكيان الرائد
project-field-partners = الكيانات الشريكة
project-field-countries = البلدان المستفيدة
project-countries-hint = رموز ISO أو أسماء، تفصل بينها فواصل لاتينية (KEN, أوغندا, النيجر).
project-field-regions = المناطق المستفيدة
project-field-pillars = ركائز الاستراتيجية العالمية لمكافحة الإرهاب
project-field-themes = الأولويات المواضيعية
project-field-requested = الميزانية المطلوبة (بدولارات الولايات المتحدة)
project-amount-hint = بدولارات الولايات المتحدة دون كسور: 1250000 أو 1,250,000.
project-field-donors = الجهات المانحة والمبالغ التي تقدمها
project-field-starts = البداية
project-field-ends = النهاية
project-field-period = الفترة
project-field-contact = الشخص المسؤول عن الاتصال
project-field-contact-email = البريد الإلكتروني للشخص المسؤول عن الاتصال (حساب على المنصة)
project-field-documents = الوثائق الموجودة في المكتبة
project-field-updated = آخر تعديل
project-code-required = أدخل رمز المشروع.
project-code-invalid = لا يتجاوز الرمز 40 حرفًا، ويقتصر على الحروف والأرقام والعلامات - _ . /
project-code-taken = يوجد مشروع آخر يحمل هذا الرمز.
project-title-required = أدخل عنوان المشروع.
project-title-too-long = يتجاوز العنوان 300 حرف.
project-summary-too-long = يتجاوز الملخص 5000 حرف.
project-lead-required = اختر الكيان الرائد.
project-lead-unknown = «{ $names }» ليس من كيانات الميثاق.
project-entities-unknown = ليست من كيانات الميثاق: { $names }
project-countries-unknown = ليست من الدول الأعضاء: { $names }
project-amount-invalid = «{ $value }» ليس مبلغًا بدولارات الولايات المتحدة دون كسور.
project-date-invalid = أدخل التواريخ بالصيغة YYYY-MM-DD (السنة-الشهر-اليوم).
project-ends-before-start = لا يمكن أن ينتهي المشروع قبل أن يبدأ.
project-contact-unknown = لا يوجد حساب نشط بعنوان البريد الإلكتروني هذا.
project-donor-name-required = يجب أن يقترن كل مبلغ باسم الجهة المانحة.
project-donor-too-long = يتجاوز اسم إحدى الجهات المانحة 120 حرفًا.
project-donor-amount-invalid = المبلغ المقدم من { $donor } ليس مبلغًا بدولارات الولايات المتحدة دون كسور.
project-donors-too-many = الحد الأقصى لعدد الجهات المانحة في المشروع هو { $max }.
project-resource-unknown = لا يوجد في المكتبة مورد يحق لك الاطلاع عليه على العنوان «{ $resource }».
project-chart-theme = فجوة التمويل حسب الأولوية المواضيعية
project-chart-region = فجوة التمويل حسب المنطقة
project-chart-gap-desc = يمثل كل عمود المبلغ الذي تطلبه المشاريع: الجزء الداكن مموَّل، والجزء الفاتح هو ما ينقص.
project-chart-gap-value = الفجوة: { $gap }
project-chart-country = المشاريع حسب البلد المستفيد
project-chart-country-desc = عدد المشاريع التي يستفيد منها كل بلد، مرتبةً تنازليًا.
project-chart-matrix = البلدان والأولويات المواضيعية
project-chart-matrix-desc = عدد المشاريع حسب الأولوية المواضيعية في البلدان التي لديها أكبر عدد من المشاريع؛ وكلما كانت الخلية أدكن، زاد عدد المشاريع.
project-chart-overlap = يُحسب المشروع الذي يتناول عدة مواضيع أو مناطق أو بلدان في كل منها، ولذلك يتجاوز مجموع الصفوف المجاميع.
project-chart-table = الأرقام في جدول
project-chart-empty = لا توجد مشاريع لعرضها في رسم بياني.
project-col-code = الرمز
project-col-title = العنوان
project-col-status = الحالة
project-col-lead = الكيان الرائد
project-col-partners = الكيانات الشريكة
project-col-countries = البلدان المستفيدة
project-col-regions = المناطق المستفيدة
project-col-pillars = الركائز
project-col-themes = الأولويات المواضيعية
project-col-requested = المبلغ المطلوب (بدولارات الولايات المتحدة)
project-col-funded = المبلغ المموَّل (بدولارات الولايات المتحدة)
project-col-gap = فجوة التمويل (بدولارات الولايات المتحدة)
project-col-donors = الجهات المانحة
project-col-starts = البداية
project-col-ends = النهاية
project-col-summary = الملخص
project-col-link = الرابط
money-usd = ⁦{ $amount } US$⁩
org-projects-beneficiary = المشاريع المنفذة لصالح هذا البلد
org-projects-implementer = مشاريع هذا الكيان
org-no-projects = لا توجد مشاريع في الخلاصة الوافية بعد.
org-active-entities = الكيانات التي تنفذ مشاريع في هذا البلد
org-all-projects = { $count ->
    [zero] عرض المشاريع في مستعرض المشاريع
    [one] عرض المشروع في مستعرض المشاريع
    [two] عرض المشروعين في مستعرض المشاريع
    [few] عرض جميع المشاريع الـ{ $count } في مستعرض المشاريع
    [many] عرض جميع المشاريع الـ{ $count } في مستعرض المشاريع
   *[other] عرض جميع المشاريع الـ{ $count } في مستعرض المشاريع
}
event-project-created = إضافة مشروع
event-project-changed = تعديل مشروع
project-import-title = استيراد المشاريع
project-import-intro = ملف CSV (بترميز UTF-8، تفصل بين قيمه فواصل لاتينية أو فواصل منقوطة لاتينية) أو مصنف Excel، يتضمن سطر عناوين يسمي الأعمدة بأي ترتيب: العمودان «code» و«title» إلزاميان؛ والأعمدة «status» و«lead» و«partners» و«countries» و«regions» و«pillars» و«themes» و«requested» و«donors» و«starts» و«ends» و«summary» و«contact» اختيارية. تفصل بين عناصر القوائم فواصل منقوطة لاتينية (;)؛ وتُكتب الجهات المانحة بالشكل «Name: amount». ويحل الصف الذي يحمل رمزًا موجودًا محل ذلك المشروع. ويمكن إعادة استيراد ملف Excel المصدَّر من مستعرض المشاريع باللغة الإنكليزية. لا يُحفظ أي شيء قبل أن تؤكد، وعندئذ تُحفظ جميع الصفوف أو لا يُحفظ أي منها.
project-import-file = ملف CSV أو Excel
project-import-summary-new = { $count ->
    [zero] لا مشاريع جديدة
    [one] مشروع جديد واحد
    [two] مشروعان جديدان
    [few] { $count } مشاريع جديدة
    [many] { $count } مشروعًا جديدًا
   *[other] { $count } مشروع جديد
}
project-import-summary-update = { $count ->
    [zero] لا تحديثات
    [one] تحديث واحد
    [two] تحديثان
    [few] { $count } تحديثات
    [many] { $count } تحديثًا
   *[other] { $count } تحديث
}
project-import-summary-refused = { $count ->
    [zero] لا صفوف مرفوضة
    [one] صف واحد مرفوض
    [two] صفان مرفوضان
    [few] { $count } صفوف مرفوضة
    [many] { $count } صفًا مرفوضًا
   *[other] { $count } صف مرفوض
}
project-import-status-new = جديد
project-import-status-update = تحديث
project-import-status-error = مرفوض
project-import-confirm = { $count ->
    [zero] استيراد { $count } مشروع
    [one] استيراد مشروع واحد
    [two] استيراد المشروعين
    [few] استيراد جميع المشاريع الـ{ $count }
    [many] استيراد جميع المشاريع الـ{ $count }
   *[other] استيراد جميع المشاريع الـ{ $count }
}
project-import-fix-first = صحّح الصفوف المرفوضة في ملفك ثم ارفعه مرة أخرى: فالاستيراد يحفظ جميع الصفوف أو لا يحفظ أيًّا منها.
project-import-another = استيراد ملف آخر
project-import-refused = رُفضت بعض الصفوف: لم يُستورَد أي شيء.
project-import-changed = أُضيفت مشاريع تحمل هذه الرموز أو عُدِّلت في هذه الأثناء: لم يُستورَد أي شيء. تحقق من المعاينة مرة أخرى.
project-import-theme-unknown = «{ $value }» ليس من الأولويات المواضيعية.
project-import-region-unknown = «{ $value }» ليس من المناطق.
project-import-pillar-unknown = «{ $value }» ليس من الركائز (من 1 إلى 4).
project-import-status-unknown = «{ $value }» ليس من الحالات («pipeline» أو «active» أو «closed»).
project-import-donor-format = «{ $value }» غير مكتوب بالشكل «Name: amount».
project-import-duplicate = يرد هذا الرمز في صف سابق من الملف.
project-imported-added = { $count ->
    [zero] لم يُضَف أي مشروع،
    [one] أُضيف مشروع واحد،
    [two] أُضيف مشروعان،
    [few] أُضيفت { $count } مشاريع،
    [many] أُضيف { $count } مشروعًا،
   *[other] أُضيف { $count } مشروع،
}
project-imported-updated = { $count ->
    [zero] ولم يُحدَّث أي مشروع.
    [one] وحُدِّث مشروع واحد.
    [two] وحُدِّث مشروعان.
    [few] وحُدِّثت { $count } مشاريع.
    [many] وحُدِّث { $count } مشروعًا.
   *[other] وحُدِّث { $count } مشروع.
}
event-projects-imported = استيراد مشاريع
project-chart-entities = من ينفّذ هذه المشاريع
