# CTED's assessments and technical-assistance recommendations, with the assessed State's consent.
nav-recommendations = Recommendations
cted-title = CTED recommendations
cted-intro = Technical-assistance needs identified by CTED in its assessments of Member States. You see only what the assessed State, CTED's role or the State's consent lets you see; every read is recorded and shown to the State's focal points.
cted-views = Views of the recommendations
cted-view-list = Recommendations
cted-view-coverage = Coverage of needs
cted-view-assessments = Assessments
cted-nothing-readable = No assessment is shared with you. A Member State's focal points see their own State's assessments; Compact entities see those the assessed State has consented to share with them.
cted-filters = Filter the recommendations
cted-filter-words = Words
cted-filter-country = Member State
cted-filter-theme = Thematic area
cted-filter-priority = Priority
cted-filter-status = Follow-up status
cted-filter-coverage = Coverage
cted-filter-apply = Apply the filters
cted-any = Any
cted-count = { $count ->
    [one] { $count } recommendation
   *[other] { $count } recommendations
}
cted-empty = No recommendation matches these filters.
cted-export-csv = Export as CSV
cted-covered = Addressed
cted-uncovered = Not yet addressed
cted-yes = Yes
cted-no = No
cted-priority-high = High priority
cted-priority-medium = Medium priority
cted-priority-low = Low priority
cted-status-open = Open
cted-status-in_progress = In progress
cted-status-implemented = Implemented
cted-status-superseded = Superseded
cted-status-unchanged = Status unchanged
cted-kind-comprehensive_visit = Comprehensive assessment visit
cted-kind-focused_visit = Focused assessment visit
cted-kind-desk_review = Desk review
cted-kind-follow_up = Follow-up assessment
cted-why-heading = Why you can see this
cted-why-own-state = You are a focal point of { $state }, the assessed State.
cted-why-cted = You are on CTED's staff, which carried out the assessment.
cted-why-admin = You are an administrator of the platform.
cted-why-consent = { $state } consented to share this assessment with your entity.
cted-why-consent-until = { $state } consented to share this assessment with your entity until { $date }.
cted-why-consent-all = { $state } consented to share this assessment with every Compact entity.
cted-why-consent-all-until = { $state } consented to share this assessment with every Compact entity until { $date }.
cted-why-recorded = Your reading is recorded, and the assessed State's focal points can see it.
cted-assessment-of = Assessment of { $state }
cted-assessments-title = Assessments
cted-assessment-add = Add an assessment
cted-assessment-edit = Edit the assessment
cted-assessment-save = Save the assessment
cted-saved = Saved.
cted-back = ← CTED recommendations
cted-back-assessment = ← The assessment
cted-report = Assessment report
cted-report-none = No report is attached.
cted-report-hint = The library resource's number or link. It must belong to CTED and be restricted to CTED in the library, so that only the State's consent opens it to others.
cted-recommendations = Recommendations
cted-no-recommendations = No recommendation has been entered yet.
cted-recommendation-number = Recommendation { $number }
cted-recommendation-add = Add a recommendation
cted-recommendation-edit = Edit the recommendation
cted-recommendation-save = Save the recommendation
cted-field-body = Recommendation
cted-field-assistance = Requested assistance
cted-field-projects = Projects that address it
cted-projects-hint = Project codes of the compendium, separated by commas.
cted-field-activities = Activities that address it
cted-activities-hint = Activity numbers or links, separated by commas.
cted-addressed-by = Addressed by
cted-addressed-by-nothing = nothing yet
cted-follow-up = Follow-up
cted-note-add = Add a follow-up note
cted-note-label = Note
cted-note-status = New status
cted-note-save = Add the note
cted-consent-heading = Consent to share
cted-consent-intro = The assessed State decides which Compact entities may read this assessment, its report and its recommendations. A consent can be withdrawn at any time; it stops at once.
cted-consent-none = The State has not shared this assessment with any entity.
cted-consent-all-entities = Every Compact entity
cted-consent-to = Share with
cted-consent-expires = Until (optional)
cted-consent-expires-hint = The last day the consent holds. Leave empty for no end date.
cted-consent-grant = Give consent
cted-consent-granted = The consent was given.
cted-consent-revoked = The consent was withdrawn.
cted-consent-granted-on = given
cted-consent-until = until { $date }
cted-consent-no-expiry = no end date
cted-consent-state-live = In force
cted-consent-state-revoked = Withdrawn
cted-consent-state-expired = Expired
cted-consent-revoke = Withdraw consent from { $entity }
cted-trail-link = Who read this
cted-trail-title = Who read this assessment
cted-trail-intro = Every opening of this assessment of { $state }, of its report, and every list, search or export that showed its recommendations. Only the State's focal points, CTED and administrators see this page.
cted-trail-empty = Nobody has read it yet.
cted-trail-when = When
cted-trail-who = Who
cted-trail-org = Organization
cted-trail-how = How
cted-trail-older = Older reads
cted-how-view = Opened the assessment
cted-how-list = Saw it in a list
cted-how-search = Found it by search
cted-how-download = Downloaded the report
cted-how-export = Exported it
cted-coverage-title = Coverage of needs
cted-coverage-intro = Recommendations still open or in progress that no active project and no planned or ongoing activity addresses, by thematic area and region. Counted only over the assessments you may read.
cted-coverage-caption = Unmet needs by thematic area (rows) and region (columns)
cted-coverage-none = No unmet need among the recommendations you may read.
cted-unmet-count = { $count ->
    [one] { $count } need not yet addressed
   *[other] { $count } needs not yet addressed
}
cted-total = Total
cted-no-theme = No thematic area
cted-no-region = No region
cted-country-heading = CTED recommendations for this State
cted-country-covered = Addressed by a project or activity
cted-country-uncovered = Not yet addressed
cted-col-id = Number
cted-col-state = Member State
cted-col-kind = Kind of assessment
cted-col-held-on = Date of the assessment
cted-col-recommendation = Recommendation
cted-col-theme = Thematic area
cted-col-pillar = Pillar
cted-col-priority = Priority
cted-col-assistance = Requested assistance
cted-col-status = Follow-up status
cted-col-covered = Addressed
cted-col-link = Link
cted-state-required = Choose the assessed Member State.
cted-state-unknown = No Member State is called “{ $names }”.
cted-date-invalid = Give the date of the assessment (year-month-day).
cted-date-future = The assessment's date cannot be in the future.
cted-report-unknown = No library resource “{ $resource }” was found.
cted-report-not-restricted = This resource can be read by others in the library. A report must belong to CTED and be restricted to CTED, so that only the State's consent opens it.
cted-body-required = Write the recommendation.
cted-body-too-long = The recommendation is too long (5,000 characters at most).
cted-assistance-too-long = The requested assistance is too long (2,000 characters at most).
cted-projects-unknown = No project has the code: { $names }.
cted-activities-unknown = No activity has the number: { $names }.
cted-note-required = Write the note.
cted-note-too-long = The note is too long (5,000 characters at most).
cted-grantee-unknown = No Compact entity is called “{ $names }”.
cted-expiry-invalid = Give the last day as year-month-day.
cted-expiry-past = The last day cannot be in the past.
cted-addresses = CTED recommendations it addresses
cted-consent-grant-heading = Share with an entity
event-assessment-created = CTED assessment added
event-assessment-changed = CTED assessment changed
event-recommendation-created = Recommendation added
event-recommendation-changed = Recommendation changed
event-recommendation-noted = Recommendation follow-up note
event-recommendations-read = Recommendations read
event-consent-granted = Consent given
event-consent-revoked = Consent withdrawn
cted-import-link = Import from a spreadsheet
cted-import-title = Import recommendations
cted-import-intro = One recommendation per row. Rows with the same Member State, kind and date form one assessment (added to it if CTED already entered it). Columns are found by their header: state (code or name), kind, date (year-month-day), recommendation, theme, pillar, priority, assistance, status, projects and activities (separated by semicolons). Kinds, priorities, statuses and themes may be written in any of the six languages. Nothing is written until you confirm, and then all rows or none.
cted-import-file = CSV or Excel file
cted-import-summary-new = { $count ->
    [one] { $count } row starts a new assessment
   *[other] { $count } rows start a new assessment
}
cted-import-summary-join = { $count ->
    [one] { $count } row joins an assessment
   *[other] { $count } rows join an assessment
}
cted-import-summary-refused = { $count ->
    [one] { $count } row refused
   *[other] { $count } rows refused
}
cted-import-status-new = New assessment
cted-import-status-join = Joins an assessment
cted-import-status-error = Refused
cted-import-confirm = { $count ->
    [one] Import { $count } recommendation
   *[other] Import { $count } recommendations
}
cted-import-fix-first = Correct the refused rows in the file and check it again: nothing is imported while a row is refused.
cted-import-another = Check another file
cted-import-refused = A row is refused: nothing was imported.
cted-import-kind-unknown = Unknown kind of assessment: “{ $value }”.
cted-import-priority-unknown = Unknown priority: “{ $value }”.
cted-import-status-unknown = Unknown follow-up status: “{ $value }”.
cted-imported = { $count ->
    [one] { $count } recommendation was imported.
   *[other] { $count } recommendations were imported.
}
event-recommendations-imported = Recommendations imported

# Notices of CTED news ($space is the assessed Member State's name).
notice-cted_shared = { $space } shared a CTED assessment with your organization.
notice-cted_followup = { $actor } noted a follow-up on a CTED recommendation for { $space }.
notice-kind-cted_shared = A Member State shares its CTED assessment with my organization
notice-kind-cted_followup = A follow-up on a CTED recommendation I may see
