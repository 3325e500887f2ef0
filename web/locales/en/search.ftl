# Global search (crates/server/src/search.rs, the box in every page's header)
search-title = Search
search-title-for = Search: { $query }
search-label = Search everything you can see
search-box-label = Search everything
search-box-placeholder = People, documents, events…
search-submit = Search
search-hint = People, organizations, spaces, library resources, events, discussions, work-plan items, activities and projects. Every word must match; accents and case do not matter.
search-count = { $count ->
    [one] One result
   *[other] { $count } results
}
search-none = Nothing you may see matches these words. Check the spelling or use fewer words.
search-kinds = Results by kind
search-kind-all = All
search-kind-people = People
search-kind-organizations = Organizations
search-kind-spaces = Spaces
search-kind-resources = Library resources
search-kind-events = Events
search-kind-discussions = Discussions
search-kind-plans = Work-plan items
search-all-people = All { $count } people in the directory
search-all-organizations = All { $count } organizations
search-all-spaces = All { $count } spaces
search-all-resources = All { $count } resources in the library
search-all-events = All { $count } events
search-all-discussions = All { $count } discussions
search-all-plans = All { $count } work-plan items
search-kind-activities = Activities
search-kind-projects = Projects
search-all-activities = All { $count } activities, with their filters
search-all-projects = All { $count } projects, with their filters
search-space-open = Open space
search-space-closed = Closed space
search-event-series = Series
search-kind-recommendations = CTED recommendations
search-all-recommendations = All { $count } recommendations, with their filters
