## The CT/PVE project compendium

nav-projects = Projects
projects-title = Projects
projects-intro = The Compact entities' counter-terrorism and PVE projects: who implements what, where, and what funding is still missing. Filter, then export or see the charts.
projects-views = Views of the projects
projects-view-list = List
projects-view-charts = Charts
projects-charts-title = Projects in charts
project-count = { $count ->
    [one] { $count } project
   *[other] { $count } projects
}
project-empty = No project matches these filters.
project-search-label = Search projects
project-search-placeholder = Title, code, donor, country, entity…
project-sort = Order
project-sort-code = By code
project-sort-gap = Largest funding gap first
project-sort-requested = Largest budget first
project-sort-recent = Recently changed first
project-region = Region
project-country = Beneficiary country
project-theme = Thematic priority
project-entity = Implementing entity
project-donor = Donor
project-donor-amount = Amount (US$)
project-donor-name-n = Donor { $n }
project-donor-amount-n = Amount of donor { $n } (US$)
project-pillar = Pillar
project-status = Status
project-status-pipeline = Pipeline
project-status-active = Active
project-status-closed = Closed
project-totals = Totals of the projects shown
project-total-projects = Projects
project-total-requested = Requested
project-total-funded = Funded
project-total-gap = Funding gap
project-funded-percent = { $percent }% funded
project-global = Global
project-more-countries = and { $count } more
project-add = Add a project
project-edit = Edit the project
project-save = Save the project
project-saved = The project is saved.
project-back = ← All projects
project-about = About the project
project-funding = Funding
project-no-donors = No donor has funded it yet.
project-documents = Documents
project-no-documents = No document is linked.
project-export-csv = Export CSV
project-export-xlsx = Export Excel
project-field-code = Code
project-code-hint = As in the appeal, for example UNOCT-GLO-2021-01. Letters, digits, - _ . /
project-field-title = Title
project-field-summary = Summary
project-field-lead = Lead entity
project-field-partners = Partner entities
project-field-countries = Beneficiary countries
project-countries-hint = ISO codes or names, separated by commas (KEN, Uganda, Niger).
project-field-regions = Beneficiary regions
project-field-pillars = Pillars of the Global Strategy
project-field-themes = Thematic priorities
project-field-requested = Budget requested (US$)
project-amount-hint = Whole US dollars: 1250000 or 1,250,000.
project-field-donors = Donors and the amounts they fund
project-field-starts = Starts
project-field-ends = Ends
project-field-period = Period
project-field-contact = Contact person
project-field-contact-email = Contact person's e-mail address (an account on the platform)
project-field-documents = Documents in the library
project-field-updated = Last changed
project-code-required = Enter the project's code.
project-code-invalid = A code has at most 40 letters, digits and the signs - _ . /
project-code-taken = Another project already has this code.
project-title-required = Enter the project's title.
project-title-too-long = The title is longer than 300 characters.
project-summary-too-long = The summary is longer than 5,000 characters.
project-lead-required = Choose the lead entity.
project-lead-unknown = “{ $names }” is not a Compact entity.
project-entities-unknown = Not Compact entities: { $names }
project-countries-unknown = Not Member States: { $names }
project-amount-invalid = “{ $value }” is not an amount in whole US dollars.
project-date-invalid = Enter dates as YYYY-MM-DD.
project-ends-before-start = The project cannot end before it starts.
project-contact-unknown = No active account has this e-mail address.
project-donor-name-required = Each amount needs its donor's name.
project-donor-too-long = A donor's name is longer than 120 characters.
project-donor-amount-invalid = The amount of { $donor } is not in whole US dollars.
project-donors-too-many = A project can list at most { $max } donors.
project-resource-unknown = No library resource you can read at “{ $resource }”.
project-chart-theme = Funding gap by thematic priority
project-chart-region = Funding gap by region
project-chart-gap-desc = Each bar is what the projects ask for: the dark part is funded, the light part is missing.
project-chart-gap-value = gap { $gap }
project-chart-country = Projects per beneficiary country
project-chart-country-desc = The number of projects that each country benefits from, most first.
project-chart-matrix = Countries and thematic priorities
project-chart-matrix-desc = The number of projects for each country with the most projects, by thematic priority; darker cells have more.
project-chart-overlap = A project with several themes, regions or countries counts in each of them, so the rows add up to more than the totals.
project-chart-table = The numbers in a table
project-chart-empty = No project to chart.
project-col-code = Code
project-col-title = Title
project-col-status = Status
project-col-lead = Lead entity
project-col-partners = Partner entities
project-col-countries = Beneficiary countries
project-col-regions = Beneficiary regions
project-col-pillars = Pillars
project-col-themes = Thematic priorities
project-col-requested = Requested (US$)
project-col-funded = Funded (US$)
project-col-gap = Funding gap (US$)
project-col-donors = Donors
project-col-starts = Starts
project-col-ends = Ends
project-col-summary = Summary
project-col-link = Link
money-usd = US${ $amount }
org-projects-beneficiary = Projects for this country
org-projects-implementer = Projects of this entity
org-no-projects = No project in the compendium yet.
org-active-entities = Entities implementing projects here
org-all-projects = { $count ->
    [one] See the project in the explorer
   *[other] See all { $count } projects in the explorer
}
event-project-created = Project added
event-project-changed = Project changed
project-import-title = Import projects
project-import-intro = A CSV file (UTF-8, comma or semicolon) or an Excel workbook, with a header row naming the columns in any order: code and title are required; status, lead, partners, countries, regions, pillars, themes, requested, donors, starts, ends, summary and contact are optional. Lists are separated by semicolons; donors are written "Name: amount". A row whose code exists replaces that project. The explorer's Excel export, in English, can be imported back. Nothing is written until you confirm, and then every row or none.
project-import-file = CSV or Excel file
project-import-summary-new = { $count ->
    [one] { $count } new project
   *[other] { $count } new projects
}
project-import-summary-update = { $count ->
    [one] { $count } update
   *[other] { $count } updates
}
project-import-summary-refused = { $count ->
    [one] { $count } row refused
   *[other] { $count } rows refused
}
project-import-status-new = New
project-import-status-update = Update
project-import-status-error = Refused
project-import-confirm = { $count ->
    [one] Import { $count } project
   *[other] Import all { $count } projects
}
project-import-fix-first = Correct the refused rows in your file and upload it again: an import writes every row or none.
project-import-another = Import another file
project-import-refused = Some rows are refused: nothing was imported.
project-import-changed = Projects with these codes were added or changed meanwhile: nothing was imported. Check the preview again.
project-import-theme-unknown = “{ $value }” is not a thematic priority.
project-import-region-unknown = “{ $value }” is not a region.
project-import-pillar-unknown = “{ $value }” is not a pillar (1 to 4).
project-import-status-unknown = “{ $value }” is not a status (pipeline, active or closed).
project-import-donor-format = “{ $value }” is not written “Name: amount”.
project-import-duplicate = This code is already on an earlier row of the file.
project-imported-added = { $count ->
    [one] { $count } project added,
   *[other] { $count } projects added,
}
project-imported-updated = { $count ->
    [one] { $count } updated.
   *[other] { $count } updated.
}
event-projects-imported = Projects imported
project-chart-entities = Who implements these projects
