# Joint planning (crates/server/src/planning.rs)
plan-title = Work plan
programme-title = Joint work programme
programme-intro = { $count ->
    [one] { $count } item of the work plans of the spaces you can read, by pillar of the Strategy.
   *[other] { $count } items of the work plans of the spaces you can read, by pillar of the Strategy.
}
programme-csv = Download as CSV
plan-none = No item has been proposed yet.
plan-space = Space
plan-no-pillar = No pillar given
plan-field-title = Item
plan-field-description = Description
plan-field-lead = Lead entity
plan-field-contributors = Contributing entities
plan-field-themes = Thematic areas
plan-field-status = Status
plan-field-target = Target date
plan-field-resources = Library resources
plan-resources-hint = Their links or numbers, one per line (only resources you can read).
plan-status-proposed = Proposed
plan-status-agreed = Agreed
plan-status-in_progress = In progress
plan-status-done = Done
plan-status-dropped = Dropped
plan-importance = Importance (1–5)
plan-score-count = { $count ->
    [one] from { $count } organization
   *[other] from { $count } organizations
}
plan-distribution = How many organizations gave each score
plan-not-scored = Not scored yet
plan-your-score = My organization's score
plan-score-of = Importance of “{ $title }” for my organization
plan-score = Score
plan-order = Order
plan-move-up = Move “{ $title }” up
plan-move-down = Move “{ $title }” down
plan-propose = Propose an item
plan-propose-submit = Propose
plan-edit = Edit this item
plan-save = Save
plan-title-required = Give the item a title.
plan-title-too-long = The title is too long (at most 200 characters).
plan-description-too-long = The description is too long (at most 4,000 characters).
plan-date-invalid = The target date is not a date (YYYY-MM-DD).
plan-resource-unknown = “{ $resource }” is not a library resource you can read.
plan-score-invalid = A score is a whole number from 1 to 5.
plan-csv-pillar = Pillar
plan-csv-space = Space
plan-csv-order = Order
plan-csv-title = Item
plan-csv-status = Status
plan-csv-lead = Lead entity
plan-csv-contributors = Contributing entities
plan-csv-target = Target date
plan-csv-mean = Mean importance
plan-csv-scores = Organizations that scored
plan-csv-description = Description
space-plan-link = Work plan
event-plan-item_created = Work-plan item proposed
event-plan-item_changed = Work-plan item changed
plan-reorder-hint = Chairs can also drag a row to its new place.
