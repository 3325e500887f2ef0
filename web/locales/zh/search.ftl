# 全局搜索（crates/server/src/search.rs，每个页面页眉中的搜索框）
search-title = 搜索
search-title-for = 搜索：{ $query }
search-label = 搜索您可以查看的所有内容
search-box-label = 搜索全部内容
search-box-placeholder = 人员、文件、活动…
search-submit = 搜索
search-hint = 人员、组织、空间、资源库资源、日历活动、讨论、工作计划事项、实体活动和项目。每个词都须匹配；不区分重音符号和大小写。
search-count = { $count ->
   *[other] { $count } 条结果
}
search-none = 在您可以查看的内容中，没有与这些词匹配的结果。请检查拼写或减少词语。
search-kinds = 按类别显示结果
search-kind-all = 全部
search-kind-people = 人员
search-kind-organizations = 组织
search-kind-spaces = 空间
search-kind-resources = 资源库资源
search-kind-events = 日历活动
search-kind-discussions = 讨论
search-kind-plans = 工作计划事项
search-all-people = { $count ->
   *[other] 名录中的全部 { $count } 人
}
search-all-organizations = { $count ->
   *[other] 全部 { $count } 个组织
}
search-all-spaces = { $count ->
   *[other] 全部 { $count } 个空间
}
search-all-resources = { $count ->
   *[other] 资源库中的全部 { $count } 项资源
}
search-all-events = { $count ->
   *[other] 全部 { $count } 项日历活动
}
search-all-discussions = { $count ->
   *[other] 全部 { $count } 个讨论
}
search-all-plans = { $count ->
   *[other] 全部 { $count } 个工作计划事项
}
search-kind-activities = 实体活动
search-kind-projects = 项目
search-all-activities = { $count ->
   *[other] 全部 { $count } 项实体活动（可再筛选）
}
search-all-projects = { $count ->
   *[other] 全部 { $count } 个项目（可再筛选）
}
search-space-open = 开放空间
search-space-closed = 封闭空间
search-event-series = 系列
search-kind-recommendations = 反恐执行局建议
search-all-recommendations = 全部 { $count } 条建议（可筛选）
