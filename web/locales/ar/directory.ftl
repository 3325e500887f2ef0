# واجهة gctcp — العربية: دليل جهات الاتصال، والمنظمات، والملفات الشخصية، والاستيراد الجماعي.

nav-directory = الدليل

## الدليل
dir-title = دليل جهات الاتصال
dir-search-label = البحث عن أشخاص
dir-search-placeholder = الاسم، المسمى الوظيفي، المنظمة، البريد الإلكتروني، مجالات الخبرة
dir-search-hint = أي نظام كتابة: José أو jose، Иван، محمد، 王.
dir-apply = تطبيق عوامل التصفية
dir-clear = مسح الكل
dir-count = { $count ->
    [zero] لا أشخاص
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
dir-empty = لا يوجد أحد يطابق هذا البحث.
dir-empty-loosen = جرِّب إزالة أحد عوامل التصفية:
dir-active-filters = عوامل التصفية النشطة
dir-remove-filter = إزالة عامل التصفية { $filter }
dir-filter-org-type = نوع المنظمة
dir-filter-org = المنظمة
dir-filter-region = المنطقة
dir-filter-subregion = المنطقة دون الإقليمية
dir-filter-group = المجموعة الإقليمية للأمم المتحدة
dir-filter-space = الفريق العامل أو المساحة
dir-filter-theme = المجال المواضيعي
dir-filter-lang = اللغة المتحدَّث بها
dir-local-time = { $time } بالتوقيت المحلي
dir-export-vcf = تنزيل جهات الاتصال هذه (vCard)
dir-export-limit = { $limit ->
    [zero] يتضمن التصدير { $limit } شخص كحد أقصى.
    [one] يتضمن التصدير شخصًا واحدًا كحد أقصى.
    [two] يتضمن التصدير شخصين كحد أقصى.
    [few] يتضمن التصدير { $limit } أشخاص كحد أقصى.
    [many] يتضمن التصدير { $limit } شخصًا كحد أقصى.
   *[other] يتضمن التصدير { $limit } شخص كحد أقصى.
}
dir-export-csv = التنزيل بصيغة CSV (للمديرين)
dir-too-many-title = عدد الأشخاص كبير جدًا للتصدير
dir-too-many-body = { $count ->
    [zero] لم يعثر هذا البحث على أي شخص.
    [one] عثر هذا البحث على شخص واحد.
    [two] عثر هذا البحث على شخصين.
    [few] عثر هذا البحث على { $count } أشخاص.
    [many] عثر هذا البحث على { $count } شخصًا.
   *[other] عثر هذا البحث على { $count } شخص.
}
dir-too-many-back = تضييق نطاق البحث
dir-download-vcard = تنزيل جهة الاتصال (vCard)
dir-edit-profile = تعديل الملف الشخصي
dir-contact = معلومات الاتصال
dir-phones = الهاتف
dir-phones-hidden = لا تظهر إلا لأعضاء الأفرقة العاملة نفسها.
dir-photo-of = صورة { $name }
dir-expertise = مجالات الخبرة
dir-no-expertise = لم تُحدَّد أي مجالات خبرة مواضيعية بعد.
dir-same-themes = أشخاص يعملون على المواضيع نفسها
dir-spaces = الأفرقة العاملة والمساحات

org-type-member_state = دولة عضو
org-type-compact_member = عضو في الميثاق
org-type-compact_observer = مراقب في الميثاق

## حقول الملف الشخصي
field-phone-office = هاتف المكتب
field-phone-mobile = الهاتف المحمول
field-office = المكتب
field-bio = نبذة
field-languages = اللغات المتحدَّث بها
field-expertise = مجالات الخبرة المواضيعية
field-pillars = ركائز الاستراتيجية
profile-edit-other = الملف الشخصي: { $name }
profile-view-public = عرض الملف الشخصي كما يراه الآخرون
profile-phone-visibility = من يمكنه رؤية أرقام هاتفي
profile-phone-co-members = أعضاء أفرقتي العاملة والمديرون
profile-phone-all = جميع جهات التنسيق
profile-invalid-phone = يمكن أن يتضمن رقم الهاتف أرقامًا ومسافات والرموز + - ( ) . / x، بحد أقصى 40 حرفًا.
profile-invalid-phone-visibility = اختر من يمكنه رؤية أرقام هاتفك.
profile-bio-too-long = يجب ألا يزيد حقل «نبذة» على 2000 حرف.
profile-invalid-expertise = اختر المجالات المواضيعية والركائز من القوائم.

## الصورة
photo-title = الصورة
photo-choose = اختر صورة (JPEG أو PNG)
photo-hint = الحد الأقصى 5 ميغابايت. تُقَصّ الصورة على شكل مربع، وتُزال بياناتها الوصفية (مثل الموقع).
photo-upload = رفع الصورة
photo-remove = إزالة الصورة
photo-saved = تم تحديث صورتك.
photo-missing = اختر ملفًا أولًا.
photo-too-large = يتجاوز حجم الصورة 5 ميغابايت.
photo-not-an-image = هذا الملف ليس صورة بصيغة JPEG أو PNG.

## المنظمات
orgs-none = لا توجد منظمات مطابقة.
org-iso = رموز ISO
org-leads = الأفرقة العاملة التي تترأسها
org-focal-points = { $count ->
    [zero] لا جهات تنسيق
    [one] جهة تنسيق واحدة
    [two] جهتا تنسيق
    [few] { $count } جهات تنسيق
    [many] { $count } جهةَ تنسيق
   *[other] { $count } جهة تنسيق
}
org-no-focal-points = لا توجد جهة تنسيق نشطة حتى الآن.
org-all-focal-points = جميع جهات التنسيق في هذه المنظمة

## الاستيراد الجماعي
import-title = الاستيراد من ملف CSV
import-intro = ادعُ عددًا كبيرًا من جهات التنسيق دفعة واحدة. يتضمن الملف شخصًا واحدًا في كل سطر: البريد الإلكتروني، والاسم، ورمز المنظمة (ISO 3166 alpha-3 أو الاسم المختصر لكيان الميثاق)، والمسمى الوظيفي، والدور اختياريًا (focal_point أو admin). سطر العناوين اختياري. لا يُحفظ أي شيء قبل أن تؤكد.
import-sample-label = مثال على الملف
import-file = ملف CSV (UTF-8)
import-preview = التحقق من الملف
import-line = السطر
import-outcome = النتيجة
import-status-will-invite = ستتم دعوته
import-status-exists = لديه حساب بالفعل
import-status-error = خطأ
import-summary-invite = { $count ->
    [zero] لن يُدعى أحد
    [one] سيُدعى شخص واحد
    [two] سيُدعى شخصان
    [few] سيُدعى { $count } أشخاص
    [many] سيُدعى { $count } شخصًا
   *[other] سيُدعى { $count } شخص
}
import-summary-exists = { $count ->
    [zero] لا أحد مسجَّل مسبقًا
    [one] شخص واحد مسجَّل مسبقًا
    [two] شخصان مسجَّلان مسبقًا
    [few] { $count } أشخاص مسجَّلون مسبقًا
    [many] { $count } شخصًا مسجَّلًا مسبقًا
   *[other] { $count } شخص مسجَّل مسبقًا
}
import-summary-errors = { $count ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}
import-confirm = { $count ->
    [zero] دعوة { $count } شخص
    [one] دعوة شخص واحد
    [two] دعوة شخصين
    [few] دعوة { $count } أشخاص
    [many] دعوة { $count } شخصًا
   *[other] دعوة { $count } شخص
}
import-confirm-csv = إرسال الدعوات وتنزيل الروابط (CSV)
import-confirm-hint = تُتخطّى الصفوف التي تتضمن أخطاء وصفوف الحسابات الموجودة. وتُوجَّه الدعوات إلى جميع الآخرين معًا، أو لا تُوجَّه إلى أحد.
import-another = التحقق من ملف آخر
import-not-utf8 = الملف ليس نصًا بترميز UTF-8. احفظه بصيغة «CSV UTF-8» وحاول مرة أخرى.
import-unreadable = تعذَّرت قراءة الملف بصيغة CSV.
import-empty = لا يتضمن الملف أي شخص لدعوته.
import-too-many = { $max ->
    [zero] الملف كبير جدًا: الحد الأقصى { $max } شخص في كل عملية استيراد.
    [one] الملف كبير جدًا: الحد الأقصى شخص واحد في كل عملية استيراد.
    [two] الملف كبير جدًا: الحد الأقصى شخصان في كل عملية استيراد.
    [few] الملف كبير جدًا: الحد الأقصى { $max } أشخاص في كل عملية استيراد.
    [many] الملف كبير جدًا: الحد الأقصى { $max } شخصًا في كل عملية استيراد.
   *[other] الملف كبير جدًا: الحد الأقصى { $max } شخص في كل عملية استيراد.
}
import-duplicate-row = يرد عنوان البريد الإلكتروني هذا في موضع سابق من الملف.
import-nothing-to-invite = لا يوجد أي صف صالح للدعوة.
import-changed = أُنشئت بعض الحسابات في هذه الأثناء؛ وفيما يلي نتيجة التحقق من الملف مرة أخرى. لم يُستورَد أي شيء.
import-done-title = تم إنشاء الدعوات
import-done-body = { $count ->
    [zero] لم تتم دعوة أي شخص.
    [one] تمت دعوة شخص واحد. أرسل الرابط الصالح لمرة واحدة بطريقة آمنة؛ فلن يُعرض إلا الآن.
    [two] تمت دعوة شخصين. أرسل كل رابط صالح لمرة واحدة بطريقة آمنة؛ فلن تُعرض الروابط إلا الآن.
    [few] تمت دعوة { $count } أشخاص. أرسل كل رابط صالح لمرة واحدة بطريقة آمنة؛ فلن تُعرض الروابط إلا الآن.
    [many] تمت دعوة { $count } شخصًا. أرسل كل رابط صالح لمرة واحدة بطريقة آمنة؛ فلن تُعرض الروابط إلا الآن.
   *[other] تمت دعوة { $count } شخص. أرسل كل رابط صالح لمرة واحدة بطريقة آمنة؛ فلن تُعرض الروابط إلا الآن.
}
import-link-for = رابط الدعوة المخصص لعنوان { $email }

event-directory-exported = تصدير الدليل
event-accounts-imported = استيراد حسابات
dir-why = عُثر عليه من خلال:
dir-why-name = الاسم
dir-why-org = المنظمة
dir-why-title = المسمى الوظيفي
dir-why-email = البريد الإلكتروني
dir-why-profile = الملف الشخصي (المكتب، مجالات الخبرة)
