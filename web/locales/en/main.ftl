# gctcp interface — English (reference locale). Every key here exists in ar, es, fr, ru, zh.

app-name = Global Counter-Terrorism Coordination Platform
app-short-name = CT Coordination
skip-to-content = Skip to main content
footer-text = United Nations Global Counter-Terrorism Coordination Compact · Restricted to designated focal points
language = Language
language-switch = Apply
nav-label = Main
nav-dashboard = Dashboard
nav-organizations = Organizations
nav-admin = Administration
sign-out = Sign out
search = Search
filter = Filter
any = Any
choose = Choose…
copy = Copy
pagination = Pages
page-previous = Previous
page-next = Next

## Sign-in
login-title = Sign in
login-intro = This platform is open only to focal points designated by Member States and Compact entities.
login-submit = Sign in
login-help = No account? Accounts are created by the platform's administrators at the request of your organization. Forgot your password? Ask your administrator for a new invitation.
login-failed = The e-mail address or password is not correct.
login-throttled = { $minutes ->
    [one] Too many failed attempts. Try again in { $minutes } minute.
   *[other] Too many failed attempts. Try again in { $minutes } minutes.
}
login-session-ended = Your session has ended. Please sign in again.
login-signed-out = You have signed out.

## Fields
field-email = E-mail address
field-password = Password
field-new-password = New password
field-password-confirm = Repeat the new password
field-current-password = Current password
field-name = Full name
field-title = Title or position
field-organization = Organization
field-org-code = Organization code
field-role = Role
field-status = Status
field-created = Created
field-invitation = Invitation
field-ui-language = Interface language
field-time-zone = Time zone

## Passwords
password-hint = At least 15 characters. Spaces and any script are welcome: a sentence you will remember is a good password.
password-too-short = The password must have at least { $min } characters.
password-too-long = The password must have at most 256 characters.
password-common = This password is too common or too easy to guess. Choose another.
password-context = The password must not contain your name, your e-mail address or the platform's name.
password-mismatch = The two passwords do not match.
password-current-wrong = The current password is not correct.
password-changed = Your password has been changed. Your other sessions have been signed out.
password-change-title = Change password
password-change-intro = Changing your password signs you out everywhere else.
password-change-submit = Change password

## Invitations and setup
invite-title = Welcome to the platform
invite-intro = { $name }, choose a password to activate your account.
invite-submit = Activate my account
link-invalid-title = This link is no longer valid
link-invalid-body = The link has already been used, has expired or was withdrawn. Ask your administrator for a new invitation.
setup-title = Set up the first administrator
setup-intro = No administrator exists yet. Create the first administrator account; you will then invite everyone else.
setup-submit = Create administrator
org-code-hint = A Member State's ISO 3166 alpha-3 code (e.g. KEN) or a Compact entity's acronym (e.g. UNOCT).

## Provisioning
provision-invalid-email = Enter a valid e-mail address.
provision-name-required = Enter the person's full name.
provision-name-too-long = The name must have at most 200 characters.
provision-unknown-org = Unknown organization. Use a Member State's ISO 3166 alpha-3 code or a Compact entity's acronym.
provision-duplicate-email = An account with this e-mail address already exists.
provision-invalid-role = Choose a role.

## Roles and statuses
role-admin = Administrator
role-focal_point = Focal point
status-invited = Invited
status-active = Active
status-deactivated = Deactivated
space-role-chair = Chair
space-role-vice_chair = Vice-chair
space-role-co_chair = Co-chair
space-role-member = Member
entity-role-chair = Chair
entity-role-vice_chair = Vice-chair
entity-role-co_chair = Co-chair
compact-status-member = member
compact-status-observer = observer
org-kind-member_state = Member State
org-kind-compact_entity = Compact entity

## Dashboard
dashboard-hello = Welcome, { $name }
dashboard-welcome = Your account is active. You can complete your profile and choose your language and time zone.
dashboard-my-org = My organization
dashboard-my-spaces = My working groups and spaces
dashboard-no-spaces = You are not a member of any space yet.
dashboard-quick-links = Quick links
dashboard-link-profile = My profile and password
dashboard-link-orgs = Member States and Compact entities
dashboard-link-invite = Invite a focal point
dashboard-link-audit = Audit log
space-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}

## Profile
profile-title = My profile
profile-details = Details
profile-save = Save
profile-saved = Your profile has been saved.
profile-language-browser = Same as my browser
profile-title-too-long = The title must have at most 200 characters.
profile-invalid-language = Choose one of the listed languages.
profile-invalid-time-zone = Choose a time zone from the list.

## Organizations
orgs-title = Organizations
orgs-kind = Type
orgs-count = { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}
org-code = Code
org-name = Name
org-region = Region
org-people = Focal points

## Administration
admin-accounts = Accounts
admin-invite = Invite a person
admin-spaces = Spaces
admin-audit = Audit log
accounts-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
accounts-none = No account matches. Loosen the search or a filter.
invite-new-intro = The person receives a one-time link to choose a password. Nothing is sent automatically yet: pass the link on securely.
invite-create = Create and get the invitation link
invitation-link-title = Invitation link
invitation-link-intro = Send this one-time link to { $email }. It is shown only now.
invitation-link-label = One-time invitation link
invitation-link-expiry = { $hours ->
    [one] The link works once and expires in { $hours } hour.
   *[other] The link works once and expires in { $hours } hours.
}
invitation-link-back = Back to the account
invitation-pending-until = Pending, valid until { $time }
invitation-resend = New invitation link
invitation-revoke = Withdraw the invitation
account-spaces = Spaces
account-no-spaces = Not a member of any space.
account-actions = Actions
account-deactivate = Deactivate account
account-deactivate-hint = The person is signed out at once and can no longer sign in.
account-reactivate = Reactivate account
account-change-role = Change role
account-self-hint = Changing your own role signs you out.
account-notice-deactivated = The account has been deactivated and its sessions ended.
account-notice-reactivated = The account has been reactivated.
account-notice-role-changed = The role has been changed. The person must sign in again.
account-notice-invitation-revoked = The invitation has been withdrawn.
account-error-last-admin = This is the last active administrator: appoint another administrator first.

## Spaces
spaces-intro = Working groups and other spaces. Members of a space see the content shared with it.
space-name = Space
space-pillar = Pillar
space-leads = Chairing entities
space-members = Members
space-no-members = No members yet.
space-wg-number = Working group { $number }
pillar-number = Pillar { $number }
space-add-member = Add a member or change a role
space-add-hint = Enter the e-mail address of an invited or active account.
space-add-submit = Save membership
space-remove = Remove { $name }
space-unknown-person = No invited or active account has this e-mail address.
space-notice-added = The member has been added.
space-notice-role-changed = The member's role has been changed.
space-notice-removed = The member has been removed.
space-notice-unchanged = Nothing changed.

## Audit log
audit-person = Person
audit-event = Event
audit-from = From
audit-until = Until
audit-time = Time
audit-actor = By
audit-actor-system = Command line or system
audit-subject = Account
audit-ip = Address
audit-detail = Detail
audit-none = No entries match.
audit-older = Older entries
audit-date-invalid = A date is not valid; use the format YYYY-MM-DD.
event-sign_in-success = Signed in
event-sign_in-failure = Sign-in failed
event-sign_in-throttled = Sign-in throttled
event-sign_out = Signed out
event-invitation-created = Invitation created
event-invitation-accepted = Invitation accepted
event-invitation-revoked = Invitation withdrawn
event-account-deactivated = Account deactivated
event-account-reactivated = Account reactivated
event-account-role_changed = Role changed
event-password-changed = Password changed
event-setup-completed = First administrator created
event-space-member_added = Added to a space
event-space-member_removed = Removed from a space
event-space-role_changed = Space role changed

## Errors
error-home = Go to the dashboard
error-status = Status
error-request-id = Request ID
error-not-found-title = Page not found
error-not-found-body = This page does not exist, or it is not shared with you.
error-forbidden-title = Access denied
error-forbidden-body = Your account does not have access to this page.
error-csrf-title = The form has expired
error-csrf-body = For your security, this form could not be accepted. Go back, reload the page and try again.
error-bad-request-title = Request not understood
error-bad-request-body = The request could not be processed. Go back and check what you entered.
error-too-large-title = Too large
error-too-large-body = What you sent is larger than the platform accepts.
error-too-long-title = Address too long
error-too-long-body = This address is longer than the platform accepts. Go back and shorten your search.
error-busy-title = The platform is busy
error-busy-body = Too many requests are being handled right now. Please try again in a few seconds.
error-internal-title = Something went wrong
error-internal-body = The platform could not complete your request. Nothing was changed. If this happens again, give the request ID below to your administrator.

## Password reset
reset-title = Choose a new password
reset-intro = { $name }, your administrator has issued this link so that you can choose a new password. Your other sessions will be signed out.
reset-submit = Save the new password
reset-link-title = Password reset link
reset-link-intro = Send this one-time link to { $email }. With it they choose a new password; it is shown only now.
account-reset-password = Password reset link
account-reset-hint = For a forgotten password: a one-time link with which the person chooses a new one.
event-password-reset_issued = Password reset issued
event-password-reset = Password reset

discussions-mention-label = People who can read this space

# The phone header's menu button, and the heading that folds a search's filters on a phone.
nav-menu = Menu
filters-more = Filters
form-required-note = Fields marked with an asterisk (*) are required.
accounts-last-sign-in = Last sign-in
accounts-created = Created
accounts-never = never
dashboard-complete-profile = Complete your profile
dashboard-complete-intro = Colleagues find and reach you more easily when your profile gives:
profile-missing-title = your job title
profile-missing-phone = a phone number
profile-missing-languages = the languages you speak
profile-missing-themes = your thematic areas of expertise
profile-missing-photo = a photo
# Audit details
audit-key-space = Space
audit-key-role = Role
audit-key-from = From
audit-key-to = To
audit-key-status = Status
audit-key-count = Count
audit-key-open = Open to all
audit-key-format = Format
audit-key-how = How
audit-key-source = Source
audit-key-event = Event
audit-key-item = Work-plan item
audit-key-resource = Resource
audit-key-thread = Discussion
audit-key-post = Message
audit-key-message = E-mail
audit-key-job = Job
audit-key-kind = Kind
audit-key-search = Search
audit-key-title = Title
audit-key-file = File
audit-key-email = E-mail address
audit-key-occurrence = Occurrence
audit-key-split_at = Split at
audit-key-new = New series
audit-key-version = Version
audit-yes = yes
audit-no = no
audit-how-download = download
audit-how-preview = preview
audit-source-import = bulk import
audit-search-all = the whole directory
audit-key-assessment = Assessment
audit-key-assessments = Assessments
audit-key-recommendation = Recommendation
audit-key-state = Member State
audit-key-grantee = Shared with
audit-key-until = Until
audit-key-consent = Consent
