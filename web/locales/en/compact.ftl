# The Compact's structure (crates/server/src/compact.rs)
nav-compact = Compact
compact-title = The Compact's structure
compact-intro = How the UN Global Counter-Terrorism Coordination Compact is organised, drawn from the platform's data: its Coordination Committee, the eight inter-agency working groups by pillar of the Strategy, the entities that chair them and the people who lead them.
compact-committee = Coordination Committee
compact-committee-chair = Chaired by the Under-Secretary-General for Counter-Terrorism. Its members:
compact-committee-entities = { $count ->
    [one] representatives of { $count } Compact member entity
   *[other] representatives of the { $count } Compact member entities
}
compact-observers = { $count ->
    [one] { $count } observer
   *[other] { $count } observers
}
compact-see-entities = the entities
compact-committee-leads = the chairs and vice-chairs of the eight working groups.
compact-secretariat = The UN Office of Counter-Terrorism is the Compact's secretariat.
compact-states = { $count ->
    [one] { $count } Member State takes part through its focal points.
   *[other] { $count } Member States take part through their focal points.
}
compact-working-groups = Working groups
compact-pillar = Pillar { $number }
compact-other-spaces = Other spaces
compact-no-lead-people = No chair or vice-chair has been designated on the platform yet.
