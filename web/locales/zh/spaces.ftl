# 空间和通知（crates/server/src/spaces.rs、notifications.rs；crates/app/src/notify.rs）
nav-spaces = 空间
nav-notifications = 通知
nav-notifications-unread = { $count ->
   *[other] 通知（{ $count } 条新通知）
}
spaces-title = 工作组和空间
spaces-home-intro = 契约的八个机构间工作组，以及协调人共同开展工作的其他空间。开放空间可供所有协调人阅读，经主席批准即可加入；封闭空间仅供主席邀请的成员使用。
spaces-new = 创建空间
spaces-create = 创建该空间
spaces-mine = 我的空间
spaces-all = 所有空间
spaces-others = 其他空间
spaces-none-other = 您已是所有空间的成员。
space-open = 开放
space-closed = 封闭
space-field-name = 名称
space-field-purpose = 宗旨
space-field-pillar = 《战略》支柱
space-pillar-none = 无
space-field-access = 谁可以阅读
space-open-explained = 开放：所有协调人均可阅读并申请加入，由主席批准。
space-closed-explained = 封闭：仅成员可以阅读；成员由主席邀请。
space-new-chair = 您将担任该空间的主席，随后可以邀请成员并任命其他主席。
space-you-are = 您的角色：{ $role }
space-purpose = 宗旨
space-no-purpose = 尚未填写宗旨。
space-lead-entities = 担任主席的实体
space-lead-people = 主席和副主席
space-membership = 成员资格
space-leave = 退出此空间
space-leave-chair-hint = 主席须在另一名主席获任命后方可退出。
space-request-pending-since = 您的加入申请正在等待主席决定（发送于 { $when }）。
space-request-message = 致主席的留言（可选）
space-request = 申请加入
space-requests = { $count ->
    [0] 加入申请
   *[other] { $count } 项加入申请
}
space-no-requests = 没有待处理的申请。
space-decision-note = 给申请人的备注（可选）
space-approve = 批准
space-decline = 拒绝
space-role-of = { $name } 的角色
space-change-role = 更改角色
space-documents = 最近的文件
space-no-documents = 此空间尚未共享任何文件。
space-all-documents = { $count ->
   *[other] 此空间的全部 { $count } 份文件
}
space-done-requested = 您的申请已发送给主席。
space-done-approved = 申请已批准：此人现已成为成员。
space-done-declined = 申请已拒绝。
space-done-added = 已添加该成员。
space-done-role-changed = 角色已更改。
space-done-removed = 已移除该成员。
space-done-left = 您已退出该空间。
space-done-created = 空间已创建。您是该空间的主席。
space-name-required = 请为空间命名。
space-name-too-long = 名称过长（最多 120 个字符）。
space-purpose-too-long = 宗旨过长（最多 4000 个字符）。
space-pillar-unknown = 请从四个支柱中选择一个，或不选。
space-message-too-long = 留言过长（最多 1000 个字符）。
space-request-pending = 您已申请加入，将由主席决定。
space-request-decided = 此申请已作出决定。
space-last-chair = 空间至少须保留一名主席：请先任命另一名主席。
notifications-title = 通知
notifications-read-all = 全部标为已读
notifications-none = 没有新通知。当有人申请加入您主持的空间、答复您的申请或更改您的成员资格时，您会在此处收到通知。
notifications-unread = 未读
notice-someone = 某位用户
notice-open = 打开
notice-why = 由于您在联合国全球反恐协调平台上担任的角色，您会收到此电子邮件。
notice-join_request = { $actor } 申请加入“{ $space }”。
notice-join_approved = 您加入“{ $space }”的申请已获批准。
notice-join_declined = 您加入“{ $space }”的申请已被拒绝。
notice-space_added = { $actor } 已将您添加到“{ $space }”。
notice-space_role_changed = { $actor } 更改了您在“{ $space }”中的角色：{ $role }。
notice-space_removed = { $actor } 已将您从“{ $space }”中移除。
event-space-created = 已创建空间
event-space-join_requested = 已申请加入空间
event-space-join_approved = 已批准加入申请
event-space-join_declined = 已拒绝加入申请
event-space-left = 已退出空间

space-pinned = 已置顶
space-pin = 将“{ $title }”置顶到此空间
space-unpin = 取消置顶“{ $title }”
space-done-pinned = 已置顶到空间主页。
space-done-unpinned = 已取消置顶。
event-space-pinned = 在空间中置顶
event-space-unpinned = 在空间中取消置顶

# 讨论（crates/server/src/discussions.rs）
discussions-title = 讨论
discussions-none = 尚无讨论。
discussions-count = { $count ->
   *[other] { $count } 个讨论
}
discussions-all = { $count ->
    [0] 讨论
   *[other] 全部 { $count } 个讨论
}
discussions-all-and-start = 所有讨论，或发起新讨论
discussions-new = 新
discussions-replies = { $count ->
    [0] 无回复
   *[other] { $count } 条回复
}
discussions-start = 发起讨论
discussions-start-submit = 发布
discussions-field-title = 主题
discussions-field-body = 消息
discussions-field-reply = 您的回复
discussions-markdown-hint = 支持 Markdown：**粗体**、*斜体*、列表、[链接](https://…)、指向资源库资源的链接。输入 @ 和姓名，即可提及可以阅读此空间的人。
discussions-following = 您已关注此讨论：回复会显示在您的通知中。
discussions-muted = 您已将此讨论设为静音。
discussions-follow = 关注
discussions-mute = 静音
discussions-edited = 已编辑
discussions-removed = 此消息已被删除。
discussions-edit = 编辑
discussions-remove = 删除
discussions-reply = 回复
discussions-reply-submit = 发送回复
discussions-members-only = 只有此空间的成员可以在此发言。
discussions-back = 返回讨论
discussions-edit-window = 消息发送后 15 分钟内可以编辑；编辑过的消息将标注为“已编辑”。
discussions-save = 保存
discussion-title-required = 请为讨论填写主题。
discussion-title-too-long = 主题过长（最多 200 个字符）。
discussion-body-required = 请填写消息。
discussion-body-too-long = 消息过长（最多 20000 个字符）。
notice-mention = { $actor } 在“{ $space }”中提及了您。
notice-thread_reply = { $actor } 在“{ $space }”中回复了您关注的讨论。
notice-new_thread = { $actor } 在“{ $space }”中发起了讨论。
event-discussion-post_removed = 消息已由版主删除
notice-new_document = { $actor }在“{ $space }”中分享了一份文件。
discussions-attach-label = 附加文件（可选）
discussions-attach-hint = 最多 10 个文件，共 { $mb } MB。每个文件都会成为资料库中的一份文件，仅可阅读本讨论的人可以阅读；您可以在资料库中补充说明。
discussions-attachments = 附件
discussions-attachment-page = 在资料库中
discussion-too-many-files = 每条消息最多附加 10 个文件。
space-events = 即将举行的活动
space-no-events = 未来两个月没有计划的活动。
space-all-events = 本空间的日历
