# واجهة gctcp — العربية. يتضمن هذا الملف جميع مفاتيح النسخة الإنكليزية المرجعية.

app-name = المنصة العالمية لتنسيق مكافحة الإرهاب
app-short-name = تنسيق مكافحة الإرهاب
skip-to-content = الانتقال إلى المحتوى الرئيسي
footer-text = ميثاق الأمم المتحدة العالمي لتنسيق مكافحة الإرهاب · يقتصر الوصول على جهات التنسيق المعيَّنة
language = اللغة
language-switch = تطبيق
nav-label = القائمة الرئيسية
nav-dashboard = لوحة المعلومات
nav-organizations = المنظمات
nav-admin = الإدارة
sign-out = تسجيل الخروج
search = بحث
filter = تصفية
any = الكل
choose = اختر…
copy = نسخ
pagination = الصفحات
page-previous = السابق
page-next = التالي

## تسجيل الدخول
login-title = تسجيل الدخول
login-intro = هذه المنصة متاحة حصرًا لجهات التنسيق التي تعيّنها الدول الأعضاء وكيانات الميثاق.
login-submit = تسجيل الدخول
login-help = ليس لديك حساب؟ ينشئ مديرو المنصة الحسابات بناءً على طلب منظمتك. هل نسيت كلمة المرور؟ اطلب دعوة جديدة من مدير المنصة.
login-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
login-throttled = { $minutes ->
    [zero] عدد المحاولات الفاشلة كبير جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
    [one] عدد المحاولات الفاشلة كبير جدًا. يُرجى المحاولة مرة أخرى بعد دقيقة واحدة.
    [two] عدد المحاولات الفاشلة كبير جدًا. يُرجى المحاولة مرة أخرى بعد دقيقتين.
    [few] عدد المحاولات الفاشلة كبير جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقائق.
    [many] عدد المحاولات الفاشلة كبير جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
   *[other] عدد المحاولات الفاشلة كبير جدًا. يُرجى المحاولة مرة أخرى بعد { $minutes } دقيقة.
}
login-session-ended = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.
login-signed-out = تم تسجيل خروجك.

## الحقول
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-password-confirm = أعد إدخال كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-name = الاسم الكامل
field-title = المسمى الوظيفي أو المنصب
field-organization = المنظمة
field-org-code = رمز المنظمة
field-role = الدور
field-status = الحالة
field-created = تاريخ الإنشاء
field-invitation = الدعوة
field-ui-language = لغة الواجهة
field-time-zone = المنطقة الزمنية

## كلمات المرور
password-hint = 15 حرفًا على الأقل. يمكن استخدام المسافات وأي نظام كتابة: الجملة التي يسهل عليك تذكرها كلمة مرور جيدة.
password-too-short = { $min ->
    [zero] يجب ألا يقل طول كلمة المرور عن { $min } حرف.
    [one] يجب ألا يقل طول كلمة المرور عن حرف واحد.
    [two] يجب ألا يقل طول كلمة المرور عن حرفين.
    [few] يجب ألا يقل طول كلمة المرور عن { $min } أحرف.
    [many] يجب ألا يقل طول كلمة المرور عن { $min } حرفًا.
   *[other] يجب ألا يقل طول كلمة المرور عن { $min } حرف.
}
password-too-long = يجب ألا يزيد طول كلمة المرور على 256 حرفًا.
password-common = كلمة المرور هذه شائعة جدًا أو يسهل تخمينها. اختر كلمة مرور أخرى.
password-context = يجب ألا تتضمن كلمة المرور اسمك أو عنوان بريدك الإلكتروني أو اسم المنصة.
password-mismatch = كلمتا المرور غير متطابقتين.
password-current-wrong = كلمة المرور الحالية غير صحيحة.
password-changed = تم تغيير كلمة المرور، وأُنهيت جلساتك الأخرى.
password-change-title = تغيير كلمة المرور
password-change-intro = يؤدي تغيير كلمة المرور إلى إنهاء جميع جلساتك الأخرى.
password-change-submit = تغيير كلمة المرور

## الدعوات والإعداد الأولي
invite-title = مرحبًا بك في المنصة
invite-intro = { $name }، يُرجى اختيار كلمة مرور لتفعيل حسابك.
invite-submit = تفعيل حسابي
link-invalid-title = هذا الرابط لم يعد صالحًا
link-invalid-body = سبق استخدام الرابط أو انتهت صلاحيته أو سُحب. اطلب دعوة جديدة من مدير المنصة.
setup-title = إعداد حساب المدير الأول
setup-intro = لا يوجد أي مدير حتى الآن. أنشئ حساب المدير الأول؛ وبعد ذلك يمكنك دعوة جميع المستخدمين الآخرين.
setup-submit = إنشاء حساب المدير
org-code-hint = رمز ISO 3166 alpha-3 للدولة العضو (مثل KEN) أو الاسم المختصر لكيان الميثاق (مثل UNOCT).

## إنشاء الحسابات
provision-invalid-email = أدخل عنوان بريد إلكتروني صالحًا.
provision-name-required = أدخل الاسم الكامل للشخص.
provision-name-too-long = يجب ألا يزيد الاسم على 200 حرف.
provision-unknown-org = منظمة غير معروفة. استخدم رمز ISO 3166 alpha-3 للدولة العضو أو الاسم المختصر لكيان الميثاق.
provision-duplicate-email = يوجد بالفعل حساب مرتبط بعنوان البريد الإلكتروني هذا.
provision-invalid-role = اختر دورًا.

## الأدوار والحالات
role-admin = مدير
role-focal_point = جهة تنسيق
status-invited = مدعو
status-active = نشط
status-deactivated = معطَّل
space-role-chair = الرئيس
space-role-vice_chair = نائب الرئيس
space-role-co_chair = الرئيس المشارك
space-role-member = عضو
entity-role-chair = الرئيس
entity-role-vice_chair = نائب الرئيس
entity-role-co_chair = الرئيس المشارك
compact-status-member = عضو
compact-status-observer = مراقب
org-kind-member_state = دولة عضو
org-kind-compact_entity = كيان من كيانات الميثاق

## لوحة المعلومات
dashboard-hello = مرحبًا، { $name }
dashboard-welcome = حسابك نشط. يمكنك استكمال ملفك الشخصي واختيار لغتك ومنطقتك الزمنية.
dashboard-my-org = منظمتي
dashboard-my-spaces = أفرقتي العاملة ومساحاتي
dashboard-no-spaces = لست عضوًا في أي مساحة حتى الآن.
dashboard-quick-links = روابط سريعة
dashboard-link-profile = ملفي الشخصي وكلمة المرور
dashboard-link-orgs = الدول الأعضاء وكيانات الميثاق
dashboard-link-invite = دعوة جهة تنسيق
dashboard-link-audit = سجل التدقيق
space-member-count = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}

## الملف الشخصي
profile-title = ملفي الشخصي
profile-details = التفاصيل
profile-save = حفظ
profile-saved = تم حفظ ملفك الشخصي.
profile-language-browser = لغة المتصفح نفسها
profile-title-too-long = يجب ألا يزيد المسمى الوظيفي على 200 حرف.
profile-invalid-language = اختر إحدى اللغات المدرجة.
profile-invalid-time-zone = اختر منطقة زمنية من القائمة.

## المنظمات
orgs-title = المنظمات
orgs-kind = النوع
orgs-count = { $count ->
    [zero] لا منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمةً
   *[other] { $count } منظمة
}
org-code = الرمز
org-name = الاسم
org-region = المنطقة
org-people = جهات التنسيق

## الإدارة
admin-accounts = الحسابات
admin-invite = دعوة شخص
admin-spaces = المساحات
admin-audit = سجل التدقيق
accounts-count = { $count ->
    [zero] لا حسابات
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
accounts-none = لا توجد حسابات مطابقة. وسِّع نطاق البحث أو خفِّف أحد عوامل التصفية.
invite-new-intro = يتلقى الشخص رابطًا صالحًا لمرة واحدة لاختيار كلمة مرور. لا يُرسَل أي شيء تلقائيًا حتى الآن: أرسل الرابط بطريقة آمنة.
invite-create = إنشاء رابط الدعوة والحصول عليه
invitation-link-title = رابط الدعوة
invitation-link-intro = أرسل هذا الرابط الصالح لمرة واحدة إلى { $email }. لن يُعرض إلا الآن.
invitation-link-label = رابط دعوة صالح لمرة واحدة
invitation-link-expiry = { $hours ->
    [zero] يمكن استخدام الرابط مرة واحدة، وتنتهي صلاحيته بعد { $hours } ساعة.
    [one] يمكن استخدام الرابط مرة واحدة، وتنتهي صلاحيته بعد ساعة واحدة.
    [two] يمكن استخدام الرابط مرة واحدة، وتنتهي صلاحيته بعد ساعتين.
    [few] يمكن استخدام الرابط مرة واحدة، وتنتهي صلاحيته بعد { $hours } ساعات.
    [many] يمكن استخدام الرابط مرة واحدة، وتنتهي صلاحيته بعد { $hours } ساعة.
   *[other] يمكن استخدام الرابط مرة واحدة، وتنتهي صلاحيته بعد { $hours } ساعة.
}
invitation-link-back = العودة إلى الحساب
invitation-pending-until = معلَّقة، صالحة حتى { $time }
invitation-resend = رابط دعوة جديد
invitation-revoke = سحب الدعوة
account-spaces = المساحات
account-no-spaces = ليس عضوًا في أي مساحة.
account-actions = الإجراءات
account-deactivate = تعطيل الحساب
account-deactivate-hint = يُسجَّل خروج الشخص فورًا ولا يعود بإمكانه تسجيل الدخول.
account-reactivate = إعادة تفعيل الحساب
account-change-role = تغيير الدور
account-self-hint = يؤدي تغيير دورك إلى تسجيل خروجك.
account-notice-deactivated = تم تعطيل الحساب وإنهاء جلساته.
account-notice-reactivated = تمت إعادة تفعيل الحساب.
account-notice-role-changed = تم تغيير الدور. يجب على الشخص تسجيل الدخول مرة أخرى.
account-notice-invitation-revoked = تم سحب الدعوة.
account-error-last-admin = هذا هو آخر مدير نشط: عيِّن مديرًا آخر أولًا.

## المساحات
spaces-intro = الأفرقة العاملة والمساحات الأخرى. يطّلع أعضاء المساحة على المحتوى المشترك فيها.
space-name = المساحة
space-pillar = الركيزة
space-leads = الكيانات التي تتولى الرئاسة
space-members = الأعضاء
space-no-members = لا يوجد أعضاء حتى الآن.
space-wg-number = الفريق العامل { $number }
pillar-number = الركيزة { $number }
space-add-member = إضافة عضو أو تغيير دور
space-add-hint = أدخل عنوان البريد الإلكتروني لحساب مدعو أو نشط.
space-add-submit = حفظ العضوية
space-remove = إزالة { $name }
space-unknown-person = لا يوجد حساب مدعو أو نشط بعنوان البريد الإلكتروني هذا.
space-notice-added = تمت إضافة العضو.
space-notice-role-changed = تم تغيير دور العضو.
space-notice-removed = تمت إزالة العضو.
space-notice-unchanged = لم يتغير شيء.

## سجل التدقيق
audit-person = الشخص
audit-event = الحدث
audit-from = من
audit-until = إلى
audit-time = الوقت
audit-actor = المنفِّذ
audit-actor-system = سطر الأوامر أو النظام
audit-subject = الحساب
audit-ip = عنوان IP
audit-detail = التفاصيل
audit-none = لا توجد إدخالات مطابقة.
audit-older = إدخالات أقدم
audit-date-invalid = أحد التواريخ غير صالح؛ استخدم الصيغة YYYY-MM-DD (السنة-الشهر-اليوم).
event-sign_in-success = تسجيل الدخول
event-sign_in-failure = فشل تسجيل الدخول
event-sign_in-throttled = تقييد تسجيل الدخول
event-sign_out = تسجيل الخروج
event-invitation-created = إنشاء دعوة
event-invitation-accepted = قبول دعوة
event-invitation-revoked = سحب دعوة
event-account-deactivated = تعطيل حساب
event-account-reactivated = إعادة تفعيل حساب
event-account-role_changed = تغيير الدور
event-password-changed = تغيير كلمة المرور
event-setup-completed = إنشاء حساب المدير الأول
event-space-member_added = الإضافة إلى مساحة
event-space-member_removed = الإزالة من مساحة
event-space-role_changed = تغيير الدور في مساحة

## الأخطاء
error-home = الانتقال إلى لوحة المعلومات
error-status = رمز الحالة
error-request-id = معرِّف الطلب
error-not-found-title = الصفحة غير موجودة
error-not-found-body = هذه الصفحة غير موجودة، أو لم تتم مشاركتها معك.
error-forbidden-title = تم رفض الوصول
error-forbidden-body = لا يملك حسابك صلاحية الوصول إلى هذه الصفحة.
error-csrf-title = انتهت صلاحية النموذج
error-csrf-body = حفاظًا على أمنك، تعذَّر قبول هذا النموذج. ارجع إلى الصفحة السابقة، وأعد تحميلها، ثم حاول مرة أخرى.
error-bad-request-title = تعذَّر فهم الطلب
error-bad-request-body = تعذَّرت معالجة الطلب. ارجع إلى الصفحة السابقة وتحقق مما أدخلته.
error-too-large-title = الحجم كبير جدًا
error-too-large-body = ما أرسلته يتجاوز الحجم الذي تقبله المنصة.
error-too-long-title = العنوان طويل جدًا
error-too-long-body = يتجاوز هذا العنوان الطول الذي تقبله المنصة. ارجع إلى الصفحة السابقة واختصر بحثك.
error-busy-title = المنصة مشغولة
error-busy-body = يجري حاليًا معالجة عدد كبير جدًا من الطلبات. يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
error-internal-title = حدث خطأ ما
error-internal-body = تعذَّر على المنصة إتمام طلبك، ولم يتم تغيير أي شيء. إذا تكرر ذلك، فقدِّم معرِّف الطلب الوارد أدناه إلى مدير المنصة.

## Password reset
reset-title = اختر كلمة مرور جديدة
reset-intro = { $name }، أنشأ المدير هذا الرابط لتتمكن من اختيار كلمة مرور جديدة. سيتم إنهاء جلساتك الأخرى.
reset-submit = حفظ كلمة المرور الجديدة
reset-link-title = رابط إعادة تعيين كلمة المرور
reset-link-intro = أرسل هذا الرابط الصالح لمرة واحدة إلى { $email }. يُستخدم لاختيار كلمة مرور جديدة، ولا يُعرض إلا الآن.
account-reset-password = رابط إعادة تعيين كلمة المرور
account-reset-hint = عند نسيان كلمة المرور: رابط صالح لمرة واحدة يختار به الشخص كلمة مرور جديدة.
event-password-reset_issued = إصدار رابط إعادة تعيين كلمة المرور
event-password-reset = إعادة تعيين كلمة المرور

discussions-mention-label = الأشخاص الذين يمكنهم قراءة هذه المساحة

# The phone header's menu button, and the heading that folds a search's filters on a phone.
nav-menu = القائمة
filters-more = عوامل التصفية
form-required-note = الحقول المميزة بعلامة النجمة (*) إلزامية.
accounts-last-sign-in = آخر تسجيل دخول
accounts-created = تاريخ الإنشاء
accounts-never = لم يسجّل الدخول قط
dashboard-complete-profile = أكمل ملفك الشخصي
dashboard-complete-intro = يسهل على زملائك العثور عليك والتواصل معك عندما يتضمن ملفك الشخصي:
profile-missing-title = مسماك الوظيفي
profile-missing-phone = رقم هاتف
profile-missing-languages = اللغات التي تتحدثها
profile-missing-themes = مجالات خبرتك المواضيعية
profile-missing-photo = صورة
# Audit details
audit-key-space = المساحة
audit-key-role = الدور
audit-key-from = قبل
audit-key-to = بعد
audit-key-status = الحالة
audit-key-count = العدد
audit-key-open = مفتوحة للجميع
audit-key-format = الصيغة
audit-key-how = الطريقة
audit-key-source = المصدر
audit-key-event = الحدث
audit-key-item = بند خطة العمل
audit-key-resource = المورد
audit-key-thread = المناقشة
audit-key-post = الرسالة
audit-key-message = البريد الإلكتروني
audit-key-job = المهمة
audit-key-kind = النوع
audit-key-search = البحث
audit-key-title = العنوان
audit-key-file = الملف
audit-key-email = عنوان البريد الإلكتروني
audit-key-occurrence = الموعد
audit-key-split_at = قُسّمت في
audit-key-new = السلسلة الجديدة
audit-key-version = النسخة
audit-yes = نعم
audit-no = لا
audit-how-download = تنزيل
audit-how-preview = معاينة
audit-source-import = استيراد جماعي
audit-search-all = الدليل كله
audit-key-assessment = التقييم
audit-key-assessments = التقييمات
audit-key-recommendation = التوصية
audit-key-state = الدولة العضو
audit-key-grantee = مُتاحة لـ
audit-key-until = حتى
audit-key-consent = الموافقة
