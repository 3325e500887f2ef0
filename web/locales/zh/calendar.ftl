# 联合日历。
nav-calendar = 日历
cal-title = 日历
cal-add = 添加活动
cal-subscribe = 在我的日历应用中订阅
cal-views = 日历视图
cal-agenda = 日程
cal-week = 周
cal-month = 月
cal-filters = 筛选
cal-filter-space = 空间
cal-filter-pillar = 支柱
cal-filter-organizer = 主办方
cal-filter-mine = 仅显示我参加的活动
cal-any = 全部
cal-apply = 应用
cal-your-zone = 时间按您所在的时区显示：{ $zone }。
cal-change-zone = 可在个人资料中更改
cal-earlier = ‹ 更早
cal-later = 更晚 ›
cal-prev-week = ‹ 上一周
cal-next-week = 下一周 ›
cal-prev-month = ‹ 上个月
cal-next-month = 下个月 ›
cal-none = 这几周没有活动。
cal-nothing = 暂无安排。
cal-today = 今天
cal-more = { $count ->
   *[other] 另有 { $count } 项
}
cal-cancelled = 已取消
cal-moved = 已改期
cal-moved-note = 这一次已改到不同于通常的时间。
cal-all-day = 全天
cal-all-day-until = 全天，至{ $date }
# 按本语言书写习惯的日期：星期、日、月份名称、月份数字、年。
cal-date = { $year }年{ $monthnum }月{ $day }日{ $weekday }
cal-month-year = { $year }年{ $monthnum }月
cal-weekday-1 = 星期一
cal-weekday-2 = 星期二
cal-weekday-3 = 星期三
cal-weekday-4 = 星期四
cal-weekday-5 = 星期五
cal-weekday-6 = 星期六
cal-weekday-7 = 星期日
cal-weekday-short-1 = 周一
cal-weekday-short-2 = 周二
cal-weekday-short-3 = 周三
cal-weekday-short-4 = 周四
cal-weekday-short-5 = 周五
cal-weekday-short-6 = 周六
cal-weekday-short-7 = 周日
cal-month-1 = 一月
cal-month-2 = 二月
cal-month-3 = 三月
cal-month-4 = 四月
cal-month-5 = 五月
cal-month-6 = 六月
cal-month-7 = 七月
cal-month-8 = 八月
cal-month-9 = 九月
cal-month-10 = 十月
cal-month-11 = 十一月
cal-month-12 = 十二月
cal-when = 时间
cal-your-time = 您的时间（{ $zone }）
cal-event-time = 活动时间（{ $zone }）
cal-repeats = 重复
cal-every-day = { $n ->
    [1] 每天
   *[other] 每 { $n } 天
}
cal-every-week = { $n ->
    [1] 每周
   *[other] 每 { $n } 周
}
cal-every-month = { $n ->
    [1] 每月
   *[other] 每 { $n } 个月
}
cal-every-year = { $n ->
    [1] 每年
   *[other] 每 { $n } 年
}
cal-on-days = {""}的{ $days }
cal-on-nth = { $nth ->
    [-1] {""}的最后一个{ $weekday }
    [1] {""}的第一个{ $weekday }
    [2] {""}的第二个{ $weekday }
    [3] {""}的第三个{ $weekday }
   *[4] {""}的第四个{ $weekday }
}
cal-until = ，直至{ $date }
cal-count = { $n ->
   *[other] ，共 { $n } 次
}
cal-location = 地点
cal-online = 线上会议链接
cal-organizer = 主办方
cal-space = 空间
cal-no-space = 无（契约日历）
cal-pillars = 支柱
cal-themes = 专题
cal-resources = 文件（议程、会议记录）
cal-resources-hint = 资源库链接或编号，每行一个，例如 /library/12。
cal-visibility = 可见范围
cal-members-only = 仅该空间的成员可以看到此活动
cal-download-ics = 添加到我的日历（.ics）
cal-answer-title = 您是否参加？
cal-answer-attending = 参加
cal-answer-maybe = 可能参加
cal-answer-declined = 不参加
cal-answer-waiting = 在候补名单中
cal-answer-saved = 您的答复已保存。
cal-answer-waiting-notice = 活动名额已满：您已列入候补名单，如有名额空出，将会通知您。
cal-capacity = 名额
cal-capacity-hint = 留空表示不限名额。名额满后，报名者将列入候补名单。
cal-waiting-count = { $count ->
   *[other] { $count } 人候补
}
cal-attendees = { $count ->
   *[other] { $count } 人参加
}
cal-no-attendees = 尚无人答复。
cal-attendees-csv = 参加者名单（CSV）
cal-manage = 管理此活动
cal-edit = 编辑活动
cal-edit-this = 仅更改这一次
cal-edit-following = 更改这一次及之后各次
cal-edit-all = 更改整个系列
cal-this-only-time = 仅更改这一次的时间；系列中的其他各次保持不变。
cal-cancel-this = 取消这一次
cal-cancel-this-confirm = 要取消这一次吗？其他各次不受影响。
cal-cancel-event = 取消活动
cal-cancel-confirm = 要取消活动吗？活动仍保留在日历中，并标记为已取消。
cal-delete = 删除
cal-delete-confirm = 要从所有日历中删除此活动吗？
cal-field-title = 标题
cal-field-start-date = 开始日期
cal-field-start-time = 开始时间
cal-field-end-date = 结束日期
cal-field-end-time = 结束时间
cal-field-zone = 活动时区
cal-zone-hint = 上述时间所依据的时区：其他人看到的时间会换算为各自的时区。
cal-field-repeat = 重复
cal-repeat-none = 不重复
cal-repeat-daily = 每天
cal-repeat-weekly = 每周
cal-repeat-monthly = 每月
cal-repeat-yearly = 每年
cal-field-interval = 重复间隔（天、周、月或年数）
cal-field-weekdays = 在以下星期几（每周重复时）
cal-field-monthly = 每月重复方式
cal-monthly-date = 同一日期
cal-monthly-weekday = 同一星期几（例如第二个星期二）
cal-field-ends = 结束
cal-ends-never = 永不结束
cal-ends-until = 于指定日期
cal-ends-count = 重复指定次数后
cal-field-description = 说明
cal-save = 保存
cal-save-anyway = 仍然保存
cal-clash-title = 同一空间或主办方在此时间还有其他活动：
cal-clash-explain = 请确认是否有意如此。再次保存将按原样保留您的活动。
cal-subscribe-explain = 您的私人日历地址会在 Outlook、Google Calendar 或 Apple Calendar 中显示您可以查看的所有活动，并保持更新。请勿告知他人：任何拥有该地址的人都能看到这些活动。
cal-feed-new = 您的新日历地址：
cal-feed-address = 日历地址
cal-feed-once = 该地址仅显示这一次。请将其复制到您的日历应用中（“订阅日历”/“通过 URL 添加”）。如果丢失，请创建新地址：旧地址将随即失效。
cal-feed-active = 您已有一个日历地址，创建于 { $since }。
cal-feed-none = 您尚无日历地址。
cal-feed-space = 哪些活动
cal-feed-all = 我可以查看的所有活动
cal-feed-create = 创建我的日历地址
cal-feed-regenerate = 更换我的日历地址
cal-feed-revoke = 停用我的日历地址
cal-feed-revoke-confirm = 要停用该地址吗？使用该地址的日历应用将不再更新。
cal-csv-name = 姓名
cal-csv-email = 电子邮件
cal-csv-org = 组织
cal-csv-answer = 答复
cal-csv-answered = 答复时间
cal-error-title = 请为活动填写标题。
cal-error-title-long = 标题过长（最多 200 个字符）。
cal-error-description-long = 说明过长（最多 8000 个字符）。
cal-error-zone = 请选择活动的时区。
cal-error-start = 请填写有效的开始日期。
cal-error-start-time = 请填写有效的开始时间。
cal-error-end-time = 请填写有效的结束时间。
cal-error-end = 结束时间必须晚于开始时间。
cal-error-too-long = 一项活动最长 14 天（全天活动最长 62 天）；如需更长时间，请设为重复。
cal-error-interval = 间隔必须是 1 至 99 之间的整数。
cal-error-until = 系列的结束日期不得早于其开始日期。
cal-error-count = 次数必须是 1 至 { $max } 之间的整数。
cal-error-text-long = 内容过长（最多 500 个字符）。
cal-error-url = 线上会议链接必须以 https:// 或 http:// 开头。
cal-error-space = 您只能在自己是其成员的空间中添加活动。
cal-error-capacity = 名额数必须是不小于 1 的整数。
cal-error-resource = { $resource } 不是您可以阅读的资源库文件。
cal-error-cancelled = 该活动已取消。
notice-event_place = 有名额空出：您现在已参加此活动。
notice-event_reminder = 提醒：此活动将在一天内开始。
notice-kind-event_place = 已满员的活动为我空出名额
notice-kind-event_reminder = 我参加的活动开始前一天的提醒
event-event-created = 活动已添加
event-event-changed = 活动已更改
event-event-occurrence_moved = 一次活动已改期
event-event-occurrence_cancelled = 一次活动已取消
event-event-series_split = 系列自某一次起已更改
event-event-cancelled = 活动已取消
event-event-deleted = 活动已删除
event-calendar-feed_created = 日历地址已创建
event-calendar-feed_revoked = 日历地址已停用
notice-new_event = { $actor } 在 { $space } 中添加了一项活动。
notice-kind-new_event = 我的某个空间中有新活动
cal-places-taken = 已占 { $taken } 个名额，共 { $capacity } 个
