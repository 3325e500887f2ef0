//! Pages as responses: each page type's rendering goes into a buffer as large as that
//! page's last rendering, so that a 40 KB page is written once, not grown from askama's
//! size hint (the size of its static text) by copying itself at every doubling.

use askama::Template;
use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The largest buffer a page starts with: a page larger than this grows from here, so one
/// huge rendering (an administrator's long list) never makes every later one hold as much.
const MOST: usize = 256 * 1024;

/// Makes a page template a response (`text/html`), as `page!(Type)` writes it.
pub fn respond<T: Template>(page: &T, last: &AtomicUsize) -> Response {
    let hint = last.load(Ordering::Relaxed).max(T::SIZE_HINT).min(MOST);
    // An eighth more than last time: most pages vary a little between renderings.
    let mut body = String::with_capacity(hint + hint / 8);
    match page.render_into(&mut body) {
        Ok(()) => {
            last.store(body.len(), Ordering::Relaxed);
            let mut response = Body::from(body).into_response();
            response.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            response
        }
        Err(error) => {
            tracing::error!(%error, page = std::any::type_name::<T>(), "a page failed to render");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `IntoResponse` for a page template (see the module): `page!(ListPage);` beside the
/// type, which derives `askama::Template`.
macro_rules! page {
    ($page:ident) => {
        impl ::axum::response::IntoResponse for $page {
            fn into_response(self) -> ::axum::response::Response {
                static LAST: ::std::sync::atomic::AtomicUsize =
                    ::std::sync::atomic::AtomicUsize::new(0);
                $crate::http::page::respond(&self, &LAST)
            }
        }
    };
}
pub(crate) use page;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Template)]
    #[template(
        source = "<p>{% for n in items %}{{ n }},{% endfor %}</p>",
        ext = "html"
    )]
    struct Numbers {
        items: Vec<u32>,
    }
    page!(Numbers);

    async fn body(r: Response) -> String {
        let bytes = axum::body::to_bytes(r.into_body(), usize::MAX)
            .await
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[tokio::test]
    async fn a_page_reads_the_same_whatever_its_last_size_and_is_html() {
        let last = AtomicUsize::new(0);
        let big = Numbers {
            items: (0..5000).collect(),
        };
        let expected = big.render().unwrap();
        let first = respond(&big, &last);
        assert_eq!(first.status(), StatusCode::OK);
        assert_eq!(
            first.headers()[header::CONTENT_TYPE],
            "text/html; charset=utf-8"
        );
        assert_eq!(body(first).await, expected);
        assert_eq!(
            last.load(Ordering::Relaxed),
            expected.len(),
            "its size is kept"
        );
        // A smaller page after a larger one, and the larger again: the same text each time.
        let small = Numbers { items: vec![7] };
        assert_eq!(body(respond(&small, &last)).await, "<p>7,</p>");
        assert_eq!(body(respond(&big, &last)).await, expected);
        // Through the macro's IntoResponse too.
        assert_eq!(
            body(Numbers { items: vec![1, 2] }.into_response()).await,
            "<p>1,2,</p>"
        );
    }
}
