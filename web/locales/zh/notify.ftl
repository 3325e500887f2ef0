# 通知设置和摘要（crates/app/src/notify.rs、digests.rs；crates/server/src/notifications.rs）
notice-settings = 选择您通过电子邮件接收哪些内容以及接收频率：{ $url }
notifications-settings = 电子邮件设置
notifications-settings-intro = 所有内容始终显示在此处的通知中。您可以为每一类通知选择：同时立即通过电子邮件发送给您，汇总到每日或每周摘要中（按您所在时区于 07:00 发送），或不通过电子邮件发送。
notifications-settings-saved = 您的选择已保存。
notifications-settings-save = 保存我的选择
notifications-kind = 通知类型
delivery-immediately = 立即发送
delivery-daily = 每日摘要
delivery-weekly = 每周摘要
delivery-off = 不发送电子邮件
notice-kind-mention = 有人在讨论中提及我
notice-kind-thread_reply = 我关注的讨论中有新回复
notice-kind-new_thread = 我的某个空间中有新讨论
notice-kind-join_request = 有人申请加入我主持的空间
notice-kind-join_approved = 我加入空间的申请获得批准
notice-kind-join_declined = 我加入空间的申请被拒绝
notice-kind-space_added = 我被添加到某个空间
notice-kind-space_role_changed = 我在某个空间中的角色发生变化
notice-kind-space_removed = 我被从某个空间中移除
digest-daily-subject = { $count ->
   *[other] 您的每日摘要：{ $count } 条新通知
}
digest-weekly-subject = { $count ->
   *[other] 您的每周摘要：{ $count } 条新通知
}
digest-daily-intro = { $count ->
   *[other] 自昨天以来，发生了 { $count } 件您要求获知的事情：
}
digest-weekly-intro = { $count ->
   *[other] 本周发生了 { $count } 件您要求获知的事情：
}
digest-open = 打开我的通知
digest-unsubscribe = 一键停止接收此摘要：{ $url }
unsubscribe-title = 停止接收摘要
unsubscribe-explain = 此操作将停止发送附带此链接的电子邮件摘要。您的通知仍会保留在平台上，您可以随时在电子邮件设置中重新选择。
unsubscribe-confirm = 停止接收此摘要
unsubscribe-done-daily = 已停止发送每日摘要。
unsubscribe-done-weekly = 已停止发送每周摘要。
notice-kind-new_document = 我的空间中有新文件
