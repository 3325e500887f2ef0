# gctcp interface — English: contact directory, organizations, profiles, bulk import.

nav-directory = Directory

## Directory
dir-title = Contact directory
dir-search-label = Search people
dir-search-placeholder = Name, title, organization, e-mail, expertise
dir-search-hint = Any script: José or jose, Иван, محمد, 王.
dir-apply = Apply filters
dir-clear = Clear all
dir-count = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
dir-empty = No one matches this search.
dir-empty-loosen = Try removing a filter:
dir-active-filters = Active filters
dir-remove-filter = Remove filter { $filter }
dir-filter-org-type = Type of organization
dir-filter-org = Organization
dir-filter-region = Region
dir-filter-subregion = Sub-region
dir-filter-group = UN regional group
dir-filter-space = Working group or space
dir-filter-theme = Thematic area
dir-filter-lang = Language spoken
dir-local-time = { $time } local time
dir-export-vcf = Download these contacts (vCard)
dir-export-limit = Exports hold at most { $limit } people.
dir-export-csv = Download as CSV (administrators)
dir-too-many-title = Too many people to export
dir-too-many-body = { $count ->
    [one] This search finds { $count } person.
   *[other] This search finds { $count } people.
}
dir-too-many-back = Narrow the search
dir-download-vcard = Download contact (vCard)
dir-edit-profile = Edit profile
dir-contact = Contact
dir-phones = Telephone
dir-phones-hidden = Shown only to members of the same working groups.
dir-photo-of = Photo of { $name }
dir-expertise = Expertise
dir-no-expertise = No thematic expertise given yet.
dir-same-themes = People working on the same themes
dir-spaces = Working groups and spaces

org-type-member_state = Member State
org-type-compact_member = Compact member
org-type-compact_observer = Compact observer

## Profile fields
field-phone-office = Office telephone
field-phone-mobile = Mobile telephone
field-office = Office
field-bio = About
field-languages = Languages spoken
field-expertise = Thematic expertise
field-pillars = Pillars of the Strategy
profile-edit-other = Profile of { $name }
profile-view-public = See the profile as others see it
profile-phone-visibility = Who sees my telephone numbers
profile-phone-co-members = Members of my working groups and administrators
profile-phone-all = Every focal point
profile-invalid-phone = A telephone number may contain digits, spaces and + - ( ) . / x, up to 40 characters.
profile-invalid-phone-visibility = Choose who sees your telephone numbers.
profile-bio-too-long = "About" must have at most 2,000 characters.
profile-invalid-expertise = Choose thematic areas and pillars from the lists.

## Photo
photo-title = Photo
photo-choose = Choose a photo (JPEG or PNG)
photo-hint = Up to 5 MB. It is cropped to a square and its metadata (such as location) is removed.
photo-upload = Upload photo
photo-remove = Remove photo
photo-saved = Your photo has been updated.
photo-missing = Choose a file first.
photo-too-large = The photo is larger than 5 MB.
photo-not-an-image = This file is not a JPEG or PNG image.

## Organizations
orgs-none = No organization matches.
org-iso = ISO codes
org-leads = Working groups it leads
org-focal-points = { $count ->
    [one] { $count } focal point
   *[other] { $count } focal points
}
org-no-focal-points = No active focal point yet.
org-all-focal-points = All focal points of this organization

## Bulk import
import-title = Import from CSV
import-intro = Invite many focal points at once. The file has one person per line: e-mail, name, organization code (ISO 3166 alpha-3 or Compact acronym), title, and optionally the role (focal_point or admin). A header line is optional. Nothing is written until you confirm.
import-sample-label = Example file
import-file = CSV file (UTF-8)
import-preview = Check the file
import-line = Line
import-outcome = Outcome
import-status-will-invite = Will be invited
import-status-exists = Already has an account
import-status-error = Error
import-summary-invite = { $count } to invite
import-summary-exists = { $count } already registered
import-summary-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
import-confirm = { $count ->
    [one] Invite { $count } person
   *[other] Invite { $count } people
}
import-confirm-csv = Invite and download the links (CSV)
import-confirm-hint = Rows with errors and existing accounts are skipped. All the others are invited together, or none is.
import-another = Check another file
import-not-utf8 = The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.
import-unreadable = The file could not be read as CSV.
import-empty = The file holds no one to invite.
import-too-many = The file is too large: at most { $max } people per import.
import-duplicate-row = This e-mail address appears earlier in the file.
import-nothing-to-invite = No row can be invited.
import-changed = Some accounts were created meanwhile; here is the file checked again. Nothing was imported.
import-done-title = Invitations created
import-done-body = { $count ->
    [one] { $count } person has been invited. Pass each one-time link on securely; they are shown only now.
   *[other] { $count } people have been invited. Pass each one-time link on securely; they are shown only now.
}
import-link-for = Invitation link for { $email }

event-directory-exported = Directory exported
event-accounts-imported = Accounts imported
dir-why = Found by:
dir-why-name = name
dir-why-org = organization
dir-why-title = job title
dir-why-email = e-mail
dir-why-profile = profile (office, expertise)
