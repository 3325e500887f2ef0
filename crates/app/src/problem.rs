//! Why an operation did not happen, in terms a page, the command line or an API can
//! show: never internal details (those go to the log).

/// One reason a submitted value cannot be accepted: the field and a message key that
/// the caller translates (`web/locales/*/…ftl`), with its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub field: &'static str,
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Invalid {
    pub fn new(field: &'static str, key: &'static str) -> Invalid {
        Invalid {
            field,
            key,
            args: vec![],
        }
    }

    pub fn with(mut self, name: &'static str, value: impl ToString) -> Invalid {
        self.args.push((name, value.to_string()));
        self
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// Nothing there — or nothing this person may see: the same answer on purpose, so
    /// that guessing IDs reveals nothing.
    #[error("not found")]
    NotFound,
    /// The person may see it but not do this.
    #[error("forbidden")]
    Forbidden,
    /// What was submitted cannot be accepted; nothing was written.
    #[error("invalid input")]
    Invalid(Vec<Invalid>),
    /// A request no page of ours makes (tampered IDs, unknown choices).
    #[error("bad request")]
    BadRequest,
    /// Too many password checks are waiting: try again in a moment.
    #[error("busy")]
    Busy,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl Problem {
    pub fn invalid(field: &'static str, key: &'static str) -> Problem {
        Problem::Invalid(vec![Invalid::new(field, key)])
    }
}

impl From<gctcp_store::Error> for Problem {
    fn from(e: gctcp_store::Error) -> Self {
        Problem::Internal(e.into())
    }
}

impl From<crate::password::Busy> for Problem {
    fn from(_: crate::password::Busy) -> Self {
        Problem::Busy
    }
}

pub type Outcome<T> = Result<T, Problem>;
