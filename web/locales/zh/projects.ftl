## 反恐和防止暴力极端主义项目汇编

nav-projects = 项目
projects-title = 项目
projects-intro = 契约实体的反恐和防止暴力极端主义项目：谁在何处实施什么项目，还缺少多少资金。先进行筛选，然后导出数据或查看图表。
projects-views = 项目视图
projects-view-list = 列表
projects-view-charts = 图表
projects-charts-title = 项目图表
project-count = { $count ->
   *[other] { $count } 个项目
}
project-empty = 没有符合这些筛选条件的项目。
project-search-label = 搜索项目
project-search-placeholder = 标题、代码、捐助方、国家、实体…
project-sort = 排序
project-sort-code = 按代码
project-sort-gap = 资金缺口从大到小
project-sort-requested = 预算从高到低
project-sort-recent = 最近更改的在前
project-region = 区域
project-country = 受益国
project-theme = 专题优先事项
project-entity = 执行实体
project-donor = 捐助方
project-donor-amount = 金额（美元）
project-donor-name-n = 捐助方 { $n }
project-donor-amount-n = 捐助方 { $n } 的金额（美元）
project-pillar = 支柱
project-status = 状态
project-status-pipeline = 筹备中
project-status-active = 进行中
project-status-closed = 已结束
project-totals = 所显示项目的合计
project-total-projects = 项目
project-total-requested = 申请金额
project-total-funded = 已获资助
project-total-gap = 资金缺口
project-funded-percent = 已获资助 { $percent }%
project-global = 全球
project-more-countries = 及其他 { $count } 个国家
project-add = 添加项目
project-edit = 编辑项目
project-save = 保存项目
project-saved = 项目已保存。
project-back = ← 所有项目
project-about = 项目简介
project-funding = 资金
project-no-donors = 尚无捐助方为该项目提供资金。
project-documents = 文件
project-no-documents = 未关联任何文件。
project-export-csv = 导出 CSV
project-export-xlsx = 导出 Excel
project-field-code = 代码
project-code-hint = 与筹资呼吁中的代码一致，例如 UNOCT-GLO-2021-01。可使用字母、数字及 - _ . /
project-field-title = 标题
project-field-summary = 摘要
project-field-lead = 牵头实体
project-field-partners = 伙伴实体
project-field-countries = 受益国
project-countries-hint = ISO 代码或国名，以英文逗号分隔（KEN, 乌干达, 尼日尔）。
project-field-regions = 受益区域
project-field-pillars = 《全球反恐战略》支柱
project-field-themes = 专题优先事项
project-field-requested = 申请预算（美元）
project-amount-hint = 以美元为单位的整数：1250000 或 1,250,000。
project-field-donors = 捐助方及其出资金额
project-field-starts = 开始
project-field-ends = 结束
project-field-period = 期间
project-field-contact = 联系人
project-field-contact-email = 联系人的电子邮件地址（须为平台账户）
project-field-documents = 资源库中的文件
project-field-updated = 最后更改
project-code-required = 请输入项目代码。
project-code-invalid = 代码最多 40 个字符，只能包含字母、数字及 - _ . /
project-code-taken = 已有其他项目使用此代码。
project-title-required = 请输入项目标题。
project-title-too-long = 标题超过 300 个字符。
project-summary-too-long = 摘要超过 5,000 个字符。
project-lead-required = 请选择牵头实体。
project-lead-unknown = “{ $names }”不是契约实体。
project-entities-unknown = 以下不是契约实体：{ $names }
project-countries-unknown = 以下不是会员国：{ $names }
project-amount-invalid = “{ $value }”不是以美元为单位的整数金额。
project-date-invalid = 请使用 YYYY-MM-DD（年-月-日）格式输入日期。
project-ends-before-start = 项目的结束日期不能早于开始日期。
project-contact-unknown = 没有使用此电子邮件地址的有效账户。
project-donor-name-required = 每笔金额都须填写捐助方名称。
project-donor-too-long = 有捐助方名称超过 120 个字符。
project-donor-amount-invalid = { $donor } 的金额不是以美元为单位的整数。
project-donors-too-many = 一个项目最多可列出 { $max } 个捐助方。
project-resource-unknown = “{ $resource }”处没有您可以查阅的资源库资源。
project-chart-theme = 按专题优先事项分列的资金缺口
project-chart-region = 按区域分列的资金缺口
project-chart-gap-desc = 每个条形表示项目申请的金额：深色部分已获资助，浅色部分为缺口。
project-chart-gap-value = 缺口 { $gap }
project-chart-country = 按受益国分列的项目
project-chart-country-desc = 各国受益的项目数量，从多到少排列。
project-chart-matrix = 国家与专题优先事项
project-chart-matrix-desc = 项目最多的国家按专题优先事项分列的项目数量；单元格颜色越深，项目越多。
project-chart-overlap = 涉及多个专题、区域或国家的项目会分别计入每一项，因此各行相加会超过合计数。
project-chart-table = 以表格显示数据
project-chart-empty = 没有可绘制图表的项目。
project-col-code = 代码
project-col-title = 标题
project-col-status = 状态
project-col-lead = 牵头实体
project-col-partners = 伙伴实体
project-col-countries = 受益国
project-col-regions = 受益区域
project-col-pillars = 支柱
project-col-themes = 专题优先事项
project-col-requested = 申请金额（美元）
project-col-funded = 已获资助（美元）
project-col-gap = 资金缺口（美元）
project-col-donors = 捐助方
project-col-starts = 开始
project-col-ends = 结束
project-col-summary = 摘要
project-col-link = 链接
money-usd = US${ $amount }
org-projects-beneficiary = 惠及该国的项目
org-projects-implementer = 该实体的项目
org-no-projects = 汇编中尚无项目。
org-active-entities = 在该国实施项目的实体
org-all-projects = { $count ->
   *[other] 在项目浏览页中查看全部 { $count } 个项目
}
event-project-created = 已添加项目
event-project-changed = 已更改项目
project-import-title = 导入项目
project-import-intro = CSV 文件（UTF-8，以英文逗号或分号分隔）或 Excel 工作簿，须有一行标题行为各列命名，列的顺序不限：code 和 title 为必填列；status、lead、partners、countries、regions、pillars、themes、requested、donors、starts、ends、summary 和 contact 为可选列。列表中的各项以英文分号分隔；捐助方按“Name: amount”格式填写。如某行的代码已存在，该行将替换相应项目。从项目浏览页导出的英文版 Excel 文件可以重新导入。在您确认之前不会写入任何内容；确认后，要么写入所有行，要么一行都不写入。
project-import-file = CSV 或 Excel 文件
project-import-summary-new = { $count ->
   *[other] { $count } 个新项目
}
project-import-summary-update = { $count ->
   *[other] { $count } 项更新
}
project-import-summary-refused = { $count ->
   *[other] { $count } 行被拒绝
}
project-import-status-new = 新增
project-import-status-update = 更新
project-import-status-error = 已拒绝
project-import-confirm = { $count ->
   *[other] 导入 { $count } 个项目
}
project-import-fix-first = 请更正文件中被拒绝的行，然后重新上传：导入时要么写入所有行，要么一行都不写入。
project-import-another = 导入其他文件
project-import-refused = 部分行被拒绝：未导入任何内容。
project-import-changed = 在此期间，使用这些代码的项目已被添加或更改：未导入任何内容。请重新检查预览。
project-import-theme-unknown = “{ $value }”不是专题优先事项。
project-import-region-unknown = “{ $value }”不是区域。
project-import-pillar-unknown = “{ $value }”不是支柱（1 至 4）。
project-import-status-unknown = “{ $value }”不是状态（pipeline、active 或 closed）。
project-import-donor-format = “{ $value }”不符合“Name: amount”格式。
project-import-duplicate = 此代码已在文件前面的某一行中出现过。
project-imported-added = { $count ->
   *[other] 已添加 { $count } 个项目，
}
project-imported-updated = { $count ->
   *[other] 已更新 { $count } 个。
}
event-projects-imported = 已导入项目
project-chart-entities = 谁在实施这些项目
