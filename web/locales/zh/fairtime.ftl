# 公平时间查找工具。
fair-title = 查找公平的时间
fair-explain = 契约成员在各个时区工作。请选择一个空间或若干组织：系统将显示下周每个小时有多少相关人员处于工作时间（当地时间星期一至星期五 09:00–17:00）、最公平的时段，以及系列活动可轮换使用的时段，以免总是由同一地区在夜间开会。
fair-space = 某个空间的成员
fair-orgs = 和/或这些组织的人员
fair-orgs-hint = 代码之间用逗号分隔，例如 KEN, UNODC, JOR。
fair-find = 查找公平时间
fair-unknown = 未知的组织代码：{ $codes }
fair-people = { $count ->
   *[other] { $count } 人，分布在以下时区
}
fair-best = 最公平的时段
fair-rotation = 系列活动：在以下时段之间轮换
fair-rotation-explain = 系列中的每次会议依次安排在这些时段中的下一个时段：这样，需要在清早、晚间或夜里开会的人每次都不同。
fair-working = { $count ->
   *[other] { $count } 人处于工作时间
}
fair-outside = 非工作时间：{ $zones }
fair-map = 逐小时查看谁处于工作时间
fair-map-explain = 下周，按您所在的时区（{ $zone }）显示；每个格子中的数字是当时处于工作时间的人数。颜色越深越好。
fair-hour = 时间
fair-nobody = 未找到任何人：请选择有成员的空间或有人员的组织。
