//! A browser-like client: keeps the session cookie and the last page's CSRF token. It
//! drives either the router in-process (most tests) or a real server over TCP (tests
//! that need real connections: concurrency, the binary's own log).

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use hyper_util::rt::TokioIo;
use std::net::SocketAddr;
use tower::ServiceExt;

/// A response, read whole.
#[derive(Debug)]
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent (for binary downloads).
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    pub fn location(&self) -> &str {
        self.header("location").unwrap_or("")
    }
    /// The first CSRF token in the page's forms.
    pub fn csrf(&self) -> Option<String> {
        let marker = "name=\"csrf\" value=\"";
        let start = self.body.find(marker)? + marker.len();
        let end = self.body[start..].find('"')?;
        Some(self.body[start..start + end].to_string())
    }
    #[track_caller]
    pub fn assert_contains(&self, text: &str) -> &Self {
        assert!(
            self.body.contains(text),
            "expected {text:?} in the page (status {}):\n{}",
            self.status,
            self.body
        );
        self
    }
    #[track_caller]
    pub fn assert_not_contains(&self, text: &str) -> &Self {
        assert!(
            !self.body.contains(text),
            "did not expect {text:?} in the page:\n{}",
            self.body
        );
        self
    }
}

/// Where a client's requests go.
enum Transport {
    /// The router, called in-process.
    Router(Router),
    /// A server on a TCP address, over one keep-alive HTTP/1.1 connection.
    Http {
        addr: SocketAddr,
        conn: Option<hyper::client::conn::http1::SendRequest<Body>>,
    },
}

impl Clone for Transport {
    /// A clone of a TCP client opens its own connection.
    fn clone(&self) -> Transport {
        match self {
            Transport::Router(r) => Transport::Router(r.clone()),
            Transport::Http { addr, .. } => Transport::Http {
                addr: *addr,
                conn: None,
            },
        }
    }
}

/// A browser-like client: keeps the session cookie and the last page's CSRF token.
#[derive(Clone)]
pub struct Client {
    transport: Transport,
    pub cookie: Option<String>,
    pub csrf: Option<String>,
    pub ip: SocketAddr,
    pub accept_language: Option<String>,
    /// Extra headers for every request (e.g. `sec-fetch-site`).
    pub extra: Vec<(String, String)>,
}

impl Client {
    pub fn new(router: Router) -> Client {
        Client::with_transport(Transport::Router(router))
    }

    /// A client of a real server listening on `addr`.
    pub fn http(addr: SocketAddr) -> Client {
        Client::with_transport(Transport::Http { addr, conn: None })
    }

    fn with_transport(transport: Transport) -> Client {
        Client {
            transport,
            cookie: None,
            csrf: None,
            ip: "127.0.0.1:50000".parse().expect("addr"),
            accept_language: None,
            extra: vec![],
        }
    }

    pub async fn send(&mut self, req: Request<Body>) -> TestResponse {
        match self.try_send(req).await {
            Ok(res) => res,
            Err(e) => panic!("request failed: {e}"),
        }
    }

    /// Sends a request; over TCP, a connection that fails or closes without a response
    /// is an error (a "dropped connection"), not a panic.
    pub async fn try_send(&mut self, mut req: Request<Body>) -> Result<TestResponse, String> {
        if let Some(c) = &self.cookie {
            req.headers_mut()
                .insert(header::COOKIE, c.parse().expect("cookie header"));
        }
        if let Some(l) = &self.accept_language {
            req.headers_mut()
                .insert(header::ACCEPT_LANGUAGE, l.parse().expect("language header"));
        }
        for (k, v) in &self.extra {
            req.headers_mut().insert(
                axum::http::HeaderName::from_bytes(k.as_bytes()).expect("header name"),
                v.parse().expect("header value"),
            );
        }
        let (status, headers, bytes) = match &mut self.transport {
            Transport::Router(router) => {
                req.extensions_mut().insert(ConnectInfo(self.ip));
                let res = router
                    .clone()
                    .oneshot(req)
                    .await
                    .expect("infallible router");
                let status = res.status();
                let headers = res.headers().clone();
                let bytes = axum::body::to_bytes(res.into_body(), 64 * 1024 * 1024)
                    .await
                    .map_err(|e| format!("body: {e}"))?;
                (status, headers, bytes.to_vec())
            }
            Transport::Http { addr, conn } => {
                let addr = *addr;
                req.headers_mut()
                    .insert(header::HOST, addr.to_string().parse().expect("host"));
                let ready = match conn {
                    Some(c) if !c.is_closed() => c.ready().await.is_ok(),
                    _ => false,
                };
                if !ready {
                    *conn = Some(connect(addr).await?);
                }
                let sender = conn.as_mut().expect("connected");
                let res = sender
                    .send_request(req)
                    .await
                    .map_err(|e| format!("no response: {e}"))?;
                let status = res.status();
                let headers = res.headers().clone();
                let bytes = res
                    .into_body()
                    .collect()
                    .await
                    .map_err(|e| format!("body cut off: {e}"))?
                    .to_bytes();
                (status, headers, bytes.to_vec())
            }
        };
        for sc in headers.get_all(header::SET_COOKIE) {
            let sc = sc.to_str().expect("ascii cookie");
            let pair = sc.split(';').next().unwrap_or("");
            if sc.contains("Max-Age=0") {
                self.cookie = None;
            } else {
                self.cookie = Some(pair.to_string());
            }
        }
        let body = String::from_utf8_lossy(&bytes).into_owned();
        let out = TestResponse {
            status,
            headers,
            body,
            bytes,
        };
        if let Some(t) = out.csrf() {
            self.csrf = Some(t);
        }
        Ok(out)
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        self.send(Request::get(path).body(Body::empty()).expect("request"))
            .await
    }

    /// Posts a form with the CSRF token of the last page seen (as a browser would).
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        let token = self.csrf.clone().unwrap_or_default();
        if !fields.iter().any(|(k, _)| *k == "csrf") {
            all.push(("csrf", &token));
        }
        self.post_raw(path, &all).await
    }

    /// Posts a body exactly as given (for bytes no browser form would produce).
    pub async fn post_bytes(
        &mut self,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> TestResponse {
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, content_type)
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    /// Posts exactly these fields (no automatic CSRF token).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    /// Posts a multipart form (file upload) with the CSRF token in the URL, as the
    /// platform's upload forms do. Each part: (name, file name if a file, bytes).
    pub async fn post_multipart(
        &mut self,
        path: &str,
        parts: &[(&str, Option<&str>, &[u8])],
    ) -> TestResponse {
        let boundary = "gctcp-test-boundary-7d9f";
        let mut body: Vec<u8> = Vec::new();
        for (name, file, bytes) in parts {
            body.extend(format!("--{boundary}\r\n").as_bytes());
            match file {
                Some(f) => body.extend(
                    format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
                ),
                None => body.extend(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
            }
            body.extend(*bytes);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{boundary}--\r\n").as_bytes());
        let token = self.csrf.clone().unwrap_or_default();
        let sep = if path.contains('?') { '&' } else { '?' };
        let uri = format!(
            "{path}{sep}csrf={}",
            url::form_urlencoded::byte_serialize(token.as_bytes()).collect::<String>()
        );
        let req = Request::post(uri)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .expect("request");
        self.send(req).await
    }

    /// Opens the sign-in page and signs in.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> TestResponse {
        let page = self.get("/login").await;
        assert_eq!(page.status, StatusCode::OK);
        self.post("/login", &[("email", email), ("password", password)])
            .await
    }
}

async fn connect(
    addr: SocketAddr,
) -> Result<hyper::client::conn::http1::SendRequest<Body>, String> {
    let stream = tokio::net::TcpStream::connect(addr)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    stream.set_nodelay(true).ok();
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| format!("handshake: {e}"))?;
    tokio::spawn(conn);
    Ok(sender)
}
