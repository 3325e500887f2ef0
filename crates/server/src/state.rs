//! The application state of the web layer: the use-case layer's `App` (cheap to clone;
//! nothing node-local that must be shared).

pub type AppState = gctcp_app::App;
