# 活动跟踪：谁在何处、何时做什么。
nav-activities = 活动
activities-title = 活动
activities-intro = 契约实体的讲习班、培训、评估访问、专家会议及其他活动：由谁牵头、在何处、何时举行，以及进展如何。
activities-views = 活动视图
activities-view-list = 列表
activities-view-timeline = 时间线
activities-view-where = 地点
activity-add = 添加活动
activity-edit = 编辑活动
activity-back = ← 所有活动
activity-save = 保存活动
activity-saved = 活动已保存。
activity-update-added = 您的进展情况更新已添加。
activity-search-label = 搜索活动
activity-search-placeholder = 标题、说明、实体或国家
activity-sort-date = 最新的在前
activity-sort-earliest = 最早的在前
activity-sort-recent = 最近更改的在前
activity-count = { $count ->
   *[other] { $count } 项活动
}
activity-empty = 没有符合这些筛选条件的活动。
activity-no-date = 尚无日期
activity-status = 状态
activity-status-planned = 计划中
activity-status-ongoing = 进行中
activity-status-completed = 已完成
activity-status-postponed = 已推迟
activity-status-cancelled = 已取消
activity-status-unchanged = 状态不变
activity-kind = 活动类型
activity-kind-workshop = 讲习班
activity-kind-training = 培训
activity-kind-assessment_visit = 评估访问
activity-kind-expert_meeting = 专家会议
activity-kind-expert_deployment = 专家部署
activity-kind-publication = 出版物
activity-kind-conference = 会议
activity-kind-other = 其他
activity-year = 年份
activity-month = 月份
activity-space = 空间
activity-of-project = 某一项目的活动
activity-project = 项目
activity-planned = 计划日期
activity-actual = 实际日期
activity-participants = 参与者
activity-participants-hint = 在已知的情况下填写。未统计的项留空。
activity-women = 女性
activity-men = 男性
activity-others = 其他或未记录
activity-women-count = { $count ->
   *[other] { $count } 名女性
}
activity-men-count = { $count ->
   *[other] { $count } 名男性
}
activity-others-count = { $count } 名其他或未记录性别者
activity-outputs = 产出（资源库文件）
activity-no-outputs = 尚无产出。
activity-events = 日历活动
activity-events-hint = 日历中活动的链接（或其编号），每行一个。
activity-progress = 进展
activity-update-label = 进展情况更新
activity-update-status = 本次更新后的状态
activity-update-add = 添加更新
activity-no-updates = 尚无进展情况更新。
activity-updates-count = { $count ->
   *[other] { $count } 条进展情况更新
}
activity-month-all = { $count ->
   *[other] 查看本月全部 { $count } 项活动
}
activity-undated = { $count ->
   *[other] { $count } 项活动尚无日期，仅显示在列表中。
}
activity-where-note = 一项活动计入其所服务的每个区域，无论是直接列明该区域，还是通过受益国计入。
activity-global-count = { $count ->
   *[other] { $count } 项活动为全球性活动（无受益国或受益区域）。
}
activity-about = 活动简介
activity-field-description = 说明
activity-lead-hint = 您所在的实体；如属您担任主席的空间的活动，可为任何实体。
activity-field-project = 项目代码
activity-project-hint = 此活动所属的汇编项目的代码（如有）。
activity-participants-invalid = 参与者人数请输入整数。
activity-kind-required = 请选择活动类型。
activity-description-too-long = 说明过长（最多 10,000 个字符）。
activity-lead-not-yours = 您只能记录由您所在实体牵头的活动，或您担任主席的空间的活动。
activity-project-unknown = 没有代码为 { $code } 的项目。
activity-event-unknown = “{ $event }”不是您可以查看的日历活动。
activity-update-required = 请填写进展情况更新。
activity-update-too-long = 更新内容过长（最多 5,000 个字符）。
activity-col-id = 编号
activity-col-kind = 类型
activity-col-status = 状态
activity-col-space = 空间
activity-col-project = 项目
activity-col-planned-start = 计划开始
activity-col-planned-end = 计划结束
activity-col-actual-start = 实际开始
activity-col-actual-end = 实际结束
activity-col-women = 女性
activity-col-men = 男性
activity-col-others = 其他参与者
activity-org-beneficiary = 惠及该国的活动
activity-org-implementer = 该实体牵头或作为伙伴参与的活动
activity-all = { $count ->
   *[other] 在列表中查看全部 { $count } 项活动
}
activity-project-heading = 该项目的活动
event-activity-created = 已添加活动记录
event-activity-changed = 已更改活动记录
event-activity-progress = 已添加活动进展情况更新
