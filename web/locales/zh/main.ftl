# gctcp 界面 — 简体中文。包含英文参考版本中的所有键。

app-name = 全球反恐协调平台
app-short-name = 反恐协调
skip-to-content = 跳到主要内容
footer-text = 联合国全球反恐协调契约 · 仅限指定协调人使用
language = 语言
language-switch = 应用
nav-label = 主导航
nav-dashboard = 仪表板
nav-organizations = 组织
nav-admin = 管理
sign-out = 退出登录
search = 搜索
filter = 筛选
any = 全部
choose = 请选择…
copy = 复制
pagination = 分页
page-previous = 上一页
page-next = 下一页

## 登录
login-title = 登录
login-intro = 本平台仅向会员国和契约实体指定的协调人开放。
login-submit = 登录
login-help = 没有账户？账户由平台管理员应贵组织的请求创建。忘记密码？请向管理员申请新的邀请。
login-failed = 电子邮件地址或密码不正确。
login-throttled = { $minutes ->
   *[other] 失败尝试次数过多。请在 { $minutes } 分钟后重试。
}
login-session-ended = 您的会话已结束。请重新登录。
login-signed-out = 您已退出登录。

## 字段
field-email = 电子邮件地址
field-password = 密码
field-new-password = 新密码
field-password-confirm = 再次输入新密码
field-current-password = 当前密码
field-name = 姓名
field-title = 职称或职位
field-organization = 组织
field-org-code = 组织代码
field-role = 角色
field-status = 状态
field-created = 创建时间
field-invitation = 邀请
field-ui-language = 界面语言
field-time-zone = 时区

## 密码
password-hint = 至少 15 个字符。可以使用空格和任何文字：一句您能记住的话就是好密码。
password-too-short = 密码至少须包含 { $min } 个字符。
password-too-long = 密码最多只能包含 256 个字符。
password-common = 此密码过于常见或容易被猜到。请另选一个。
password-context = 密码不得包含您的姓名、电子邮件地址或平台名称。
password-mismatch = 两次输入的密码不一致。
password-current-wrong = 当前密码不正确。
password-changed = 您的密码已更改。您的其他会话均已退出登录。
password-change-title = 更改密码
password-change-intro = 更改密码后，您在其他所有地方的登录都将退出。
password-change-submit = 更改密码

## 邀请和初始设置
invite-title = 欢迎使用本平台
invite-intro = { $name }，请设置密码以激活您的账户。
invite-submit = 激活我的账户
link-invalid-title = 此链接已失效
link-invalid-body = 此链接已被使用、已过期或已被撤回。请向管理员申请新的邀请。
setup-title = 设置首位管理员
setup-intro = 目前尚无管理员。请创建首个管理员账户，然后再邀请其他所有人。
setup-submit = 创建管理员
org-code-hint = 会员国的 ISO 3166 alpha-3 代码（例如 KEN）或契约实体的缩写（例如 UNOCT）。

## 账户开设
provision-invalid-email = 请输入有效的电子邮件地址。
provision-name-required = 请输入此人的姓名。
provision-name-too-long = 姓名最多只能包含 200 个字符。
provision-unknown-org = 未知组织。请使用会员国的 ISO 3166 alpha-3 代码或契约实体的缩写。
provision-duplicate-email = 使用此电子邮件地址的账户已存在。
provision-invalid-role = 请选择角色。

## 角色和状态
role-admin = 管理员
role-focal_point = 协调人
status-invited = 已邀请
status-active = 已激活
status-deactivated = 已停用
space-role-chair = 主席
space-role-vice_chair = 副主席
space-role-co_chair = 共同主席
space-role-member = 成员
entity-role-chair = 主席
entity-role-vice_chair = 副主席
entity-role-co_chair = 共同主席
compact-status-member = 成员
compact-status-observer = 观察员
org-kind-member_state = 会员国
org-kind-compact_entity = 契约实体

## 仪表板
dashboard-hello = 欢迎，{ $name }
dashboard-welcome = 您的账户已激活。您可以完善个人资料，并选择语言和时区。
dashboard-my-org = 我的组织
dashboard-my-spaces = 我的工作组和空间
dashboard-no-spaces = 您尚未加入任何空间。
dashboard-quick-links = 快速链接
dashboard-link-profile = 我的个人资料和密码
dashboard-link-orgs = 会员国和契约实体
dashboard-link-invite = 邀请协调人
dashboard-link-audit = 审计日志
space-member-count = { $count ->
   *[other] { $count } 名成员
}

## 个人资料
profile-title = 我的个人资料
profile-details = 详细信息
profile-save = 保存
profile-saved = 您的个人资料已保存。
profile-language-browser = 与浏览器相同
profile-title-too-long = 职称最多只能包含 200 个字符。
profile-invalid-language = 请选择列表中的一种语言。
profile-invalid-time-zone = 请从列表中选择时区。

## 组织
orgs-title = 组织
orgs-kind = 类型
orgs-count = { $count ->
   *[other] { $count } 个组织
}
org-code = 代码
org-name = 名称
org-region = 区域
org-people = 协调人

## 管理
admin-accounts = 账户
admin-invite = 邀请人员
admin-spaces = 空间
admin-audit = 审计日志
accounts-count = { $count ->
   *[other] { $count } 个账户
}
accounts-none = 没有匹配的账户。请放宽搜索或筛选条件。
invite-new-intro = 此人将收到一个一次性链接，用于设置密码。目前系统不会自动发送任何内容：请通过安全渠道转交该链接。
invite-create = 创建并获取邀请链接
invitation-link-title = 邀请链接
invitation-link-intro = 请将此一次性链接发送至 { $email }。该链接仅在此处显示一次。
invitation-link-label = 一次性邀请链接
invitation-link-expiry = { $hours ->
   *[other] 此链接仅可使用一次，将在 { $hours } 小时后失效。
}
invitation-link-back = 返回账户
invitation-pending-until = 待接受，有效期至 { $time }
invitation-resend = 生成新的邀请链接
invitation-revoke = 撤回邀请
account-spaces = 空间
account-no-spaces = 未加入任何空间。
account-actions = 操作
account-deactivate = 停用账户
account-deactivate-hint = 此人将立即退出登录，且无法再登录。
account-reactivate = 重新激活账户
account-change-role = 更改角色
account-self-hint = 更改您自己的角色后，您将退出登录。
account-notice-deactivated = 该账户已停用，其会话已结束。
account-notice-reactivated = 该账户已重新激活。
account-notice-role-changed = 角色已更改。此人必须重新登录。
account-notice-invitation-revoked = 邀请已撤回。
account-error-last-admin = 这是最后一名已激活的管理员：请先任命另一名管理员。

## 空间
spaces-intro = 工作组和其他空间。空间成员可以查看与该空间共享的内容。
space-name = 空间
space-pillar = 支柱
space-leads = 担任主席的实体
space-members = 成员
space-no-members = 尚无成员。
space-wg-number = 第{ $number }工作组
pillar-number = 第{ $number }支柱
space-add-member = 添加成员或更改角色
space-add-hint = 请输入已邀请或已激活账户的电子邮件地址。
space-add-submit = 保存成员资格
space-remove = 移除 { $name }
space-unknown-person = 没有使用此电子邮件地址的已邀请或已激活账户。
space-notice-added = 已添加该成员。
space-notice-role-changed = 已更改该成员的角色。
space-notice-removed = 已移除该成员。
space-notice-unchanged = 未作任何更改。

## 审计日志
audit-person = 人员
audit-event = 事件
audit-from = 起始日期
audit-until = 截止日期
audit-time = 时间
audit-actor = 操作人
audit-actor-system = 命令行或系统
audit-subject = 账户
audit-ip = IP 地址
audit-detail = 详情
audit-none = 没有匹配的条目。
audit-older = 更早的条目
audit-date-invalid = 日期无效；请使用 YYYY-MM-DD（年-月-日）格式。
event-sign_in-success = 登录成功
event-sign_in-failure = 登录失败
event-sign_in-throttled = 登录受限
event-sign_out = 退出登录
event-invitation-created = 已创建邀请
event-invitation-accepted = 已接受邀请
event-invitation-revoked = 已撤回邀请
event-account-deactivated = 已停用账户
event-account-reactivated = 已重新激活账户
event-account-role_changed = 已更改角色
event-password-changed = 已更改密码
event-setup-completed = 已创建首位管理员
event-space-member_added = 已加入空间
event-space-member_removed = 已移出空间
event-space-role_changed = 已更改空间角色

## 错误
error-home = 前往仪表板
error-status = 状态码
error-request-id = 请求 ID
error-not-found-title = 找不到页面
error-not-found-body = 此页面不存在，或未与您共享。
error-forbidden-title = 拒绝访问
error-forbidden-body = 您的账户无权访问此页面。
error-csrf-title = 表单已过期
error-csrf-body = 为保障您的安全，此表单未被接受。请返回，重新加载页面后再试。
error-bad-request-title = 无法理解请求
error-bad-request-body = 无法处理该请求。请返回并检查您输入的内容。
error-too-large-title = 内容过大
error-too-large-body = 您发送的内容超出了平台允许的大小。
error-too-long-title = 地址过长
error-too-long-body = 此地址超出了平台允许的长度。请返回并缩短您的搜索内容。
error-busy-title = 平台繁忙
error-busy-body = 当前正在处理的请求过多。请几秒钟后再试。
error-internal-title = 出现错误
error-internal-body = 平台无法完成您的请求，未作任何更改。如果再次出现此问题，请将下方的请求 ID 提供给管理员。

## Password reset
reset-title = 设置新密码
reset-intro = { $name }，管理员为您创建了此链接，以便您设置新密码。您的其他会话将被注销。
reset-submit = 保存新密码
reset-link-title = 密码重置链接
reset-link-intro = 请将此一次性链接发送给 { $email }。对方可通过该链接设置新密码；链接仅显示这一次。
account-reset-password = 密码重置链接
account-reset-hint = 忘记密码时：生成一次性链接，由本人设置新密码。
event-password-reset_issued = 已发出密码重置
event-password-reset = 密码已重置

discussions-mention-label = 可以阅读此空间的人

# The phone header's menu button, and the heading that folds a search's filters on a phone.
nav-menu = 菜单
filters-more = 筛选条件
form-required-note = 标有星号 (*) 的字段为必填项。
accounts-last-sign-in = 上次登录
accounts-created = 创建日期
accounts-never = 从未登录
dashboard-complete-profile = 完善个人资料
dashboard-complete-intro = 个人资料中包含以下信息时，同事更容易找到并联系您：
profile-missing-title = 您的职务
profile-missing-phone = 电话号码
profile-missing-languages = 您使用的语言
profile-missing-themes = 您的专题专长领域
profile-missing-photo = 照片
# Audit details
audit-key-space = 空间
audit-key-role = 角色
audit-key-from = 原为
audit-key-to = 改为
audit-key-status = 状态
audit-key-count = 数量
audit-key-open = 对所有人开放
audit-key-format = 格式
audit-key-how = 方式
audit-key-source = 来源
audit-key-event = 活动
audit-key-item = 工作计划项目
audit-key-resource = 资源
audit-key-thread = 讨论
audit-key-post = 消息
audit-key-message = 电子邮件
audit-key-job = 任务
audit-key-kind = 类型
audit-key-search = 搜索
audit-key-title = 标题
audit-key-file = 文件
audit-key-email = 电子邮件地址
audit-key-occurrence = 场次
audit-key-split_at = 拆分于
audit-key-new = 新系列
audit-key-version = 版本
audit-yes = 是
audit-no = 否
audit-how-download = 下载
audit-how-preview = 预览
audit-source-import = 批量导入
audit-search-all = 整个名录
audit-key-assessment = 评估
audit-key-assessments = 评估
audit-key-recommendation = 建议
audit-key-state = 会员国
audit-key-grantee = 共享对象
audit-key-until = 截至
audit-key-consent = 同意
