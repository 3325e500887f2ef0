# 契约结构（crates/server/src/compact.rs）
nav-compact = 契约
compact-title = 契约结构
compact-intro = 根据平台数据介绍联合国全球反恐协调契约的组织结构：其协调委员会、按《战略》支柱划分的八个机构间工作组、担任工作组主席的实体以及工作组的负责人。
compact-committee = 协调委员会
compact-committee-chair = 由反恐怖主义办公室副秘书长担任主席。其成员包括：
compact-committee-entities = { $count ->
   *[other] { $count } 个契约成员实体的代表
}
compact-observers = { $count ->
   *[other] { $count } 个观察员
}
compact-see-entities = 各实体
compact-committee-leads = 八个工作组的主席和副主席。
compact-secretariat = 联合国反恐怖主义办公室担任契约秘书处。
compact-states = { $count ->
   *[other] { $count } 个会员国通过其协调人参与。
}
compact-working-groups = 工作组
compact-pillar = 第{ $number }支柱
compact-other-spaces = 其他空间
compact-no-lead-people = 平台上尚未指定任何主席或副主席。
