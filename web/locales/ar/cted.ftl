# تقييمات المديرية التنفيذية للجنة مكافحة الإرهاب وتوصياتها بشأن المساعدة التقنية، بموافقة الدولة الخاضعة للتقييم.
nav-recommendations = التوصيات
cted-title = توصيات المديرية التنفيذية
cted-intro = احتياجات المساعدة التقنية التي حددتها المديرية التنفيذية للجنة مكافحة الإرهاب في تقييماتها للدول الأعضاء. لا ترى إلا ما تتيح لك رؤيته الدولة الخاضعة للتقييم أو دور المديرية التنفيذية أو موافقة الدولة؛ وتُسجَّل كل عملية اطلاع وتُعرض على جهات التنسيق في الدولة.
cted-views = طرق عرض التوصيات
cted-view-list = التوصيات
cted-view-coverage = تغطية الاحتياجات
cted-view-assessments = التقييمات
cted-nothing-readable = لم يُتقاسَم معك أي تقييم. ترى جهات التنسيق في الدولة العضو تقييمات دولتها؛ وترى كيانات الميثاق التقييمات التي وافقت الدولة الخاضعة للتقييم على تقاسمها معها.
cted-filters = تصفية التوصيات
cted-filter-words = الكلمات
cted-filter-country = الدولة العضو
cted-filter-theme = المجال المواضيعي
cted-filter-priority = الأولوية
cted-filter-status = حالة المتابعة
cted-filter-coverage = التغطية
cted-filter-apply = تطبيق عوامل التصفية
cted-any = الكل
cted-count = { $count ->
    [zero] لا توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $count } توصيات
    [many] { $count } توصيةً
   *[other] { $count } توصية
}
cted-empty = لا توجد توصية تطابق عوامل التصفية هذه.
cted-export-csv = التصدير بصيغة CSV
cted-covered = تمت الاستجابة لها
cted-uncovered = لم تتم الاستجابة لها بعد
cted-yes = نعم
cted-no = لا
cted-priority-high = أولوية عالية
cted-priority-medium = أولوية متوسطة
cted-priority-low = أولوية منخفضة
cted-status-open = مفتوحة
cted-status-in_progress = قيد التنفيذ
cted-status-implemented = منفَّذة
cted-status-superseded = مُستعاض عنها
cted-status-unchanged = الحالة دون تغيير
cted-kind-comprehensive_visit = زيارة تقييمية شاملة
cted-kind-focused_visit = زيارة تقييمية مركَّزة
cted-kind-desk_review = استعراض مكتبي
cted-kind-follow_up = تقييم المتابعة
cted-why-heading = لماذا يمكنك الاطلاع على هذا
cted-why-own-state = أنت جهة تنسيق للدولة الخاضعة للتقييم: { $state }.
cted-why-cted = أنت من موظفي المديرية التنفيذية، وهي الجهة التي أجرت التقييم.
cted-why-admin = أنت من مديري المنصة.
cted-why-consent = وافقت الدولة الخاضعة للتقييم، { $state }، على تقاسم هذا التقييم مع كيانك.
cted-why-consent-until = وافقت الدولة الخاضعة للتقييم، { $state }، على تقاسم هذا التقييم مع كيانك حتى { $date }.
cted-why-consent-all = وافقت الدولة الخاضعة للتقييم، { $state }، على تقاسم هذا التقييم مع جميع كيانات الميثاق.
cted-why-consent-all-until = وافقت الدولة الخاضعة للتقييم، { $state }، على تقاسم هذا التقييم مع جميع كيانات الميثاق حتى { $date }.
cted-why-recorded = يُسجَّل اطلاعك، ويمكن لجهات التنسيق في الدولة الخاضعة للتقييم رؤية ذلك.
cted-assessment-of = تقييم { $state }
cted-assessments-title = التقييمات
cted-assessment-add = إضافة تقييم
cted-assessment-edit = تعديل التقييم
cted-assessment-save = حفظ التقييم
cted-saved = تم الحفظ.
cted-back = → توصيات المديرية التنفيذية
cted-back-assessment = → التقييم
cted-report = تقرير التقييم
cted-report-none = لم يُرفق أي تقرير.
cted-report-hint = رقم مورد المكتبة أو رابطه. يجب أن يكون المورد تابعًا للمديرية التنفيذية وأن يكون الاطلاع عليه في المكتبة مقصورًا على المديرية التنفيذية، حتى لا يُتاح لغيرها إلا بموافقة الدولة.
cted-recommendations = التوصيات
cted-no-recommendations = لم تُدخَل أي توصية بعد.
cted-recommendation-number = التوصية { $number }
cted-recommendation-add = إضافة توصية
cted-recommendation-edit = تعديل التوصية
cted-recommendation-save = حفظ التوصية
cted-field-body = التوصية
cted-field-assistance = المساعدة المطلوبة
cted-field-projects = المشاريع التي تستجيب لها
cted-projects-hint = رموز المشاريع المدرجة في الخلاصة الوافية، مفصولة بفواصل.
cted-field-activities = الأنشطة التي تستجيب لها
cted-activities-hint = أرقام الأنشطة أو روابطها، مفصولة بفواصل.
cted-addressed-by = تستجيب لها
cted-addressed-by-nothing = لا شيء بعد
cted-follow-up = المتابعة
cted-note-add = إضافة ملاحظة متابعة
cted-note-label = الملاحظة
cted-note-status = الحالة الجديدة
cted-note-save = إضافة الملاحظة
cted-consent-heading = الموافقة على التقاسم
cted-consent-intro = تقرر الدولة الخاضعة للتقييم أي كيانات الميثاق يجوز لها الاطلاع على هذا التقييم وتقريره وتوصياته. ويمكن سحب الموافقة في أي وقت؛ وعندئذ ينتهي أثرها فورًا.
cted-consent-none = لم تتقاسم الدولة هذا التقييم مع أي كيان.
cted-consent-all-entities = جميع كيانات الميثاق
cted-consent-to = تقاسمه مع
cted-consent-expires = حتى (اختياري)
cted-consent-expires-hint = آخر يوم تسري فيه الموافقة. اتركه فارغًا إن لم يكن هناك تاريخ انتهاء.
cted-consent-grant = منح الموافقة
cted-consent-granted = مُنحت الموافقة.
cted-consent-revoked = سُحبت الموافقة.
cted-consent-granted-on = مُنحت في
cted-consent-until = حتى { $date }
cted-consent-no-expiry = بلا تاريخ انتهاء
cted-consent-state-live = سارية
cted-consent-state-revoked = مسحوبة
cted-consent-state-expired = منتهية
cted-consent-revoke = سحب الموافقة الممنوحة إلى { $entity }
cted-trail-link = من اطّلع عليه
cted-trail-title = من اطّلع على هذا التقييم
cted-trail-intro = كل عملية فتح لهذا التقييم ({ $state }) ولتقريره، وكل قائمة أو عملية بحث أو تصدير عرضت توصياته. لا يرى هذه الصفحة إلا جهات التنسيق في الدولة والمديرية التنفيذية ومديرو المنصة.
cted-trail-empty = لم يطّلع عليه أحد بعد.
cted-trail-when = متى
cted-trail-who = من
cted-trail-org = المنظمة
cted-trail-how = الكيفية
cted-trail-older = عمليات اطلاع أقدم
cted-how-view = فتح التقييم
cted-how-list = الاطلاع عليه في قائمة
cted-how-search = العثور عليه بالبحث
cted-how-download = تنزيل التقرير
cted-how-export = تصديره
cted-coverage-title = تغطية الاحتياجات
cted-coverage-intro = التوصيات التي لا تزال مفتوحة أو قيد التنفيذ ولا يستجيب لها أي مشروع قيد التنفيذ ولا أي نشاط مقرَّر أو جارٍ، موزعةً حسب المجال المواضيعي والمنطقة. لا تُحتسب إلا التقييمات التي يحق لك الاطلاع عليها.
cted-coverage-caption = الاحتياجات غير الملبّاة حسب المجال المواضيعي (الصفوف) والمنطقة (الأعمدة)
cted-coverage-none = لا توجد احتياجات غير ملبّاة بين التوصيات التي يحق لك الاطلاع عليها.
cted-unmet-count = { $count ->
    [zero] لا توجد احتياجات لم تتم الاستجابة لها
    [one] حاجة واحدة لم تتم الاستجابة لها بعد
    [two] حاجتان لم تتم الاستجابة لهما بعد
    [few] { $count } احتياجات لم تتم الاستجابة لها بعد
    [many] { $count } حاجةً لم تتم الاستجابة لها بعد
   *[other] { $count } حاجة لم تتم الاستجابة لها بعد
}
cted-total = المجموع
cted-no-theme = بلا مجال مواضيعي
cted-no-region = بلا منطقة
cted-country-heading = توصيات المديرية التنفيذية لهذه الدولة
cted-country-covered = توصيات استجاب لها مشروع أو نشاط
cted-country-uncovered = توصيات لم تتم الاستجابة لها بعد
cted-col-id = الرقم
cted-col-state = الدولة العضو
cted-col-kind = نوع التقييم
cted-col-held-on = تاريخ التقييم
cted-col-recommendation = التوصية
cted-col-theme = المجال المواضيعي
cted-col-pillar = الركيزة
cted-col-priority = الأولوية
cted-col-assistance = المساعدة المطلوبة
cted-col-status = حالة المتابعة
cted-col-covered = تمت الاستجابة لها
cted-col-link = الرابط
cted-state-required = اختر الدولة العضو الخاضعة للتقييم.
cted-state-unknown = لا توجد دولة عضو باسم «{ $names }».
cted-date-invalid = أدخل تاريخ التقييم (السنة-الشهر-اليوم).
cted-date-future = لا يمكن أن يكون تاريخ التقييم في المستقبل.
cted-report-unknown = لم يُعثر على مورد المكتبة «{ $resource }».
cted-report-not-restricted = يمكن لآخرين الاطلاع على هذا المورد في المكتبة. يجب أن يكون التقرير تابعًا للمديرية التنفيذية وأن يكون الاطلاع عليه مقصورًا عليها، حتى لا يُتاح إلا بموافقة الدولة.
cted-body-required = اكتب التوصية.
cted-body-too-long = التوصية طويلة جدًا (الحد الأقصى 5000 حرف).
cted-assistance-too-long = وصف المساعدة المطلوبة طويل جدًا (الحد الأقصى 2000 حرف).
cted-projects-unknown = لا يوجد مشروع يحمل الرمز: { $names }.
cted-activities-unknown = لا يوجد نشاط يحمل الرقم: { $names }.
cted-note-required = اكتب الملاحظة.
cted-note-too-long = الملاحظة طويلة جدًا (الحد الأقصى 5000 حرف).
cted-grantee-unknown = لا يوجد كيان من كيانات الميثاق باسم «{ $names }».
cted-expiry-invalid = أدخل آخر يوم بالصيغة السنة-الشهر-اليوم.
cted-expiry-past = لا يمكن أن يكون آخر يوم في الماضي.
cted-addresses = توصيات المديرية التنفيذية التي يستجيب لها
cted-consent-grant-heading = التقاسم مع كيان
event-assessment-created = أُضيف تقييم المديرية التنفيذية
event-assessment-changed = عُدّل تقييم المديرية التنفيذية
event-recommendation-created = أُضيفت توصية
event-recommendation-changed = عُدّلت توصية
event-recommendation-noted = ملاحظة متابعة لتوصية
event-recommendations-read = اطُّلع على التوصيات
event-consent-granted = مُنحت الموافقة
event-consent-revoked = سُحبت الموافقة
cted-import-link = الاستيراد من جدول بيانات
cted-import-title = استيراد التوصيات
cted-import-intro = توصية واحدة في كل صف. تشكّل الصفوف التي تتطابق فيها الدولة العضو والنوع والتاريخ تقييمًا واحدًا (وتُضاف إليه إن كانت المديرية التنفيذية قد أدخلته من قبل). تُعرَف الأعمدة من عناوينها: «state» (الرمز أو الاسم) و«kind» و«date» (السنة-الشهر-اليوم) و«recommendation» و«theme» و«pillar» و«priority» و«assistance» و«status» و«projects» و«activities» (تُفصل العناصر فيهما بفواصل منقوطة لاتينية). يمكن كتابة الأنواع والأولويات والحالات والمجالات المواضيعية بأي لغة من اللغات الست. لا يُحفظ أي شيء قبل أن تؤكد، وعندئذ تُحفظ جميع الصفوف أو لا يُحفظ أي منها.
cted-import-file = ملف CSV أو Excel
cted-import-summary-new = { $count ->
    [zero] لا صفوف تُنشئ تقييمًا جديدًا
    [one] صف واحد يُنشئ تقييمًا جديدًا
    [two] صفان يُنشئان تقييمًا جديدًا
    [few] { $count } صفوف تُنشئ تقييمًا جديدًا
    [many] { $count } صفًا تُنشئ تقييمًا جديدًا
   *[other] { $count } صف تُنشئ تقييمًا جديدًا
}
cted-import-summary-join = { $count ->
    [zero] لا صفوف تُضاف إلى تقييم
    [one] صف واحد يُضاف إلى تقييم
    [two] صفان يُضافان إلى تقييم
    [few] { $count } صفوف تُضاف إلى تقييم
    [many] { $count } صفًا تُضاف إلى تقييم
   *[other] { $count } صف تُضاف إلى تقييم
}
cted-import-summary-refused = { $count ->
    [zero] لا صفوف مرفوضة
    [one] صف واحد مرفوض
    [two] صفان مرفوضان
    [few] { $count } صفوف مرفوضة
    [many] { $count } صفًا مرفوضًا
   *[other] { $count } صف مرفوض
}
cted-import-status-new = تقييم جديد
cted-import-status-join = يُضاف إلى تقييم
cted-import-status-error = مرفوض
cted-import-confirm = { $count ->
    [zero] استيراد { $count } توصية
    [one] استيراد توصية واحدة
    [two] استيراد توصيتين
    [few] استيراد { $count } توصيات
    [many] استيراد { $count } توصيةً
   *[other] استيراد { $count } توصية
}
cted-import-fix-first = صحّح الصفوف المرفوضة في الملف ثم تحقق منه مرة أخرى: لا يُستورَد أي شيء ما دام هناك صف مرفوض.
cted-import-another = التحقق من ملف آخر
cted-import-refused = رُفض أحد الصفوف: لم يُستورَد أي شيء.
cted-import-kind-unknown = نوع تقييم غير معروف: «{ $value }».
cted-import-priority-unknown = أولوية غير معروفة: «{ $value }».
cted-import-status-unknown = حالة متابعة غير معروفة: «{ $value }».
cted-imported = { $count ->
    [zero] لم تُستورَد أي توصية.
    [one] استُوردت توصية واحدة.
    [two] استُوردت توصيتان.
    [few] استُوردت { $count } توصيات.
    [many] استُوردت { $count } توصيةً.
   *[other] استُوردت { $count } توصية.
}
event-recommendations-imported = استيراد توصيات

# إشعارات مستجدات المديرية التنفيذية ($space هو اسم الدولة العضو الخاضعة للتقييم).
notice-cted_shared = أتاحت { $space } لمنظمتك تقييمًا أجرته المديرية التنفيذية للجنة مكافحة الإرهاب.
notice-cted_followup = سجّل { $actor } متابعةً لتوصية من توصيات المديرية التنفيذية تخص { $space }.
notice-kind-cted_shared = دولة عضو تتيح لمنظمتي تقييمها الذي أجرته المديرية التنفيذية
notice-kind-cted_followup = متابعة لتوصية من توصيات المديرية التنفيذية يمكنني الاطلاع عليها
