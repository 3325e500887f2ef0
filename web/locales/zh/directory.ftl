# gctcp 界面 — 简体中文：联系人名录、组织、个人资料、批量导入。

nav-directory = 名录

## 名录
dir-title = 联系人名录
dir-search-label = 搜索人员
dir-search-placeholder = 姓名、职称、组织、电子邮件、专长
dir-search-hint = 支持任何文字：José 或 jose、Иван、محمد、王。
dir-apply = 应用筛选条件
dir-clear = 全部清除
dir-count = { $count ->
   *[other] { $count } 人
}
dir-empty = 没有符合此搜索条件的人员。
dir-empty-loosen = 请尝试移除一个筛选条件：
dir-active-filters = 当前筛选条件
dir-remove-filter = 移除筛选条件 { $filter }
dir-filter-org-type = 组织类型
dir-filter-org = 组织
dir-filter-region = 区域
dir-filter-subregion = 次区域
dir-filter-group = 联合国区域组
dir-filter-space = 工作组或空间
dir-filter-theme = 专题领域
dir-filter-lang = 使用语言
dir-local-time = 当地时间 { $time }
dir-export-vcf = 下载这些联系人（vCard）
dir-export-limit = 每次导出最多包含 { $limit } 人。
dir-export-csv = 下载为 CSV（管理员）
dir-too-many-title = 要导出的人员过多
dir-too-many-body = { $count ->
   *[other] 此搜索找到 { $count } 人。
}
dir-too-many-back = 缩小搜索范围
dir-download-vcard = 下载联系人（vCard）
dir-edit-profile = 编辑个人资料
dir-contact = 联系方式
dir-phones = 电话
dir-phones-hidden = 仅向同一工作组的成员显示。
dir-photo-of = { $name } 的照片
dir-expertise = 专长
dir-no-expertise = 尚未填写专题专长。
dir-same-themes = 从事相同主题工作的人员
dir-spaces = 工作组和空间

org-type-member_state = 会员国
org-type-compact_member = 契约成员
org-type-compact_observer = 契约观察员

## 个人资料字段
field-phone-office = 办公电话
field-phone-mobile = 手机
field-office = 办公室
field-bio = 简介
field-languages = 使用语言
field-expertise = 专题专长
field-pillars = 《战略》支柱
profile-edit-other = { $name } 的个人资料
profile-view-public = 以他人视角查看个人资料
profile-phone-visibility = 谁可以查看我的电话号码
profile-phone-co-members = 我所在工作组的成员和管理员
profile-phone-all = 所有协调人
profile-invalid-phone = 电话号码只能包含数字、空格和 + - ( ) . / x，最多 40 个字符。
profile-invalid-phone-visibility = 请选择谁可以查看您的电话号码。
profile-bio-too-long = “简介”最多只能包含 2000 个字符。
profile-invalid-expertise = 请从列表中选择专题领域和支柱。

## 照片
photo-title = 照片
photo-choose = 选择照片（JPEG 或 PNG）
photo-hint = 不超过 5 MB。照片将被裁剪为正方形，其元数据（如位置信息）将被删除。
photo-upload = 上传照片
photo-remove = 删除照片
photo-saved = 您的照片已更新。
photo-missing = 请先选择文件。
photo-too-large = 照片大小超过 5 MB。
photo-not-an-image = 此文件不是 JPEG 或 PNG 图像。

## 组织
orgs-none = 没有匹配的组织。
org-iso = ISO 代码
org-leads = 担任主席的工作组
org-focal-points = { $count ->
   *[other] { $count } 名协调人
}
org-no-focal-points = 尚无已激活的协调人。
org-all-focal-points = 该组织的所有协调人

## 批量导入
import-title = 从 CSV 导入
import-intro = 一次邀请多名协调人。文件每行一人：电子邮件地址、姓名、组织代码（ISO 3166 alpha-3 代码或契约实体缩写）、职称，以及可选的角色（focal_point 或 admin）。标题行可有可无。在您确认之前，不会写入任何内容。
import-sample-label = 示例文件
import-file = CSV 文件（UTF-8）
import-preview = 检查文件
import-line = 行
import-outcome = 结果
import-status-will-invite = 将发出邀请
import-status-exists = 已有账户
import-status-error = 错误
import-summary-invite = 待邀请 { $count } 人
import-summary-exists = 已注册 { $count } 人
import-summary-errors = { $count ->
   *[other] { $count } 个错误
}
import-confirm = { $count ->
   *[other] 邀请 { $count } 人
}
import-confirm-csv = 邀请并下载链接（CSV）
import-confirm-hint = 有错误的行和已有账户的行将被跳过。其余人员要么全部受邀，要么全部不受邀。
import-another = 检查其他文件
import-not-utf8 = 此文件不是 UTF-8 文本。请将其另存为“CSV UTF-8”格式后重试。
import-unreadable = 无法将此文件作为 CSV 读取。
import-empty = 文件中没有可邀请的人员。
import-too-many = 文件过大：每次导入最多 { $max } 人。
import-duplicate-row = 此电子邮件地址已在文件前面出现过。
import-nothing-to-invite = 没有可邀请的行。
import-changed = 在此期间已创建了部分账户；以下是重新检查后的文件。未导入任何内容。
import-done-title = 邀请已创建
import-done-body = { $count ->
   *[other] 已邀请 { $count } 人。请通过安全渠道转交每个一次性链接；这些链接仅在此处显示一次。
}
import-link-for = { $email } 的邀请链接

event-directory-exported = 已导出名录
event-accounts-imported = 已导入账户
dir-why = 匹配项：
dir-why-name = 姓名
dir-why-org = 组织
dir-why-title = 职务
dir-why-email = 电子邮件
dir-why-profile = 个人资料（办公室、专长）
