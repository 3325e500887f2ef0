//! What the HTTP benchmarks share: a keep-alive client, open-loop load, percentiles,
//! signing in like a browser.
#![allow(dead_code)]

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::Request;
use hyper_util::rt::TokioIo;
use std::time::{Duration, Instant};
use tokio::net::TcpStream;

pub fn env_num(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub type Sender = hyper::client::conn::http1::SendRequest<Full<Bytes>>;

pub async fn connect(addr: std::net::SocketAddr) -> Sender {
    let stream = TcpStream::connect(addr).await.expect("connect");
    stream.set_nodelay(true).ok();
    let (sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .expect("handshake");
    tokio::spawn(conn);
    sender
}

pub async fn request(
    s: &mut Sender,
    method: &str,
    path: &str,
    cookie: &str,
    body: Option<String>,
) -> (u16, Vec<String>, String) {
    let mut b = Request::builder()
        .method(method)
        .uri(path)
        .header("host", "127.0.0.1")
        .header("accept-encoding", "identity");
    if !cookie.is_empty() {
        b = b.header("cookie", cookie);
    }
    if body.is_some() {
        b = b.header("content-type", "application/x-www-form-urlencoded");
    }
    let req = b
        .body(Full::new(Bytes::from(body.unwrap_or_default())))
        .expect("request");
    s.ready().await.expect("ready");
    let res = s.send_request(req).await.expect("send");
    let status = res.status().as_u16();
    let cookies = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").to_string())
        .collect();
    let body = res.into_body().collect().await.expect("body").to_bytes();
    (status, cookies, String::from_utf8_lossy(&body).into_owned())
}

pub fn csrf(body: &str) -> String {
    let m = "name=\"csrf\" value=\"";
    let s = body.find(m).expect("csrf field") + m.len();
    body[s..s + body[s..].find('"').unwrap()].to_string()
}

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

pub struct Stats {
    pub p50: Duration,
    pub p99: Duration,
    pub max: Duration,
    pub n: usize,
    pub errors: usize,
}

/// Open-loop load: `rate` requests per second for `seconds`, over `conns` keep-alive
/// connections.
pub async fn load(
    addr: std::net::SocketAddr,
    path: &str,
    cookie: &str,
    rate: u64,
    seconds: u64,
    conns: usize,
) -> Stats {
    let total = (rate * seconds) as usize;
    let interval = Duration::from_secs_f64(1.0 / rate as f64);
    let start = Instant::now() + Duration::from_millis(50);
    let mut tasks = Vec::new();
    for c in 0..conns {
        let path = path.to_string();
        let cookie = cookie.to_string();
        tasks.push(tokio::spawn(async move {
            let mut s = connect(addr).await;
            let mut out = Vec::new();
            let mut errors = 0;
            let mut i = c;
            while i < total {
                let scheduled = start + interval * i as u32;
                tokio::time::sleep_until(scheduled.into()).await;
                let (status, _, _) = request(&mut s, "GET", &path, &cookie, None).await;
                if status != 200 {
                    errors += 1;
                }
                out.push(scheduled.elapsed());
                i += conns;
            }
            (out, errors)
        }));
    }
    let mut all = Vec::with_capacity(total);
    let mut errors = 0;
    for t in tasks {
        let (v, e) = t.await.expect("task");
        all.extend(v);
        errors += e;
    }
    all.sort();
    Stats {
        p50: percentile(&all, 0.5),
        p99: percentile(&all, 0.99),
        max: *all.last().unwrap(),
        n: all.len(),
        errors,
    }
}

/// Signs in over HTTP like a browser; returns the session cookie.
pub async fn sign_in(s: &mut Sender, email: &str, password: &str) -> String {
    let (_, cookies, body) = request(s, "GET", "/login", "", None).await;
    let anon = cookies.first().cloned().unwrap_or_default();
    let form = format!(
        "csrf={}&email={}&password={}",
        csrf(&body),
        url::form_urlencoded::byte_serialize(email.as_bytes()).collect::<String>(),
        url::form_urlencoded::byte_serialize(password.as_bytes()).collect::<String>()
    );
    let (status, cookies, _) = request(s, "POST", "/login", &anon, Some(form)).await;
    assert_eq!(status, 303, "sign-in for the benchmark failed");
    cookies.first().cloned().expect("session cookie")
}

/// Runs each scenario under load and prints one line per scenario; the first is the
/// bare handler the others are compared with. `hits` reads the count from a page.
pub async fn run_scenarios(
    s: &mut Sender,
    addr: std::net::SocketAddr,
    cookie: &str,
    rate: u64,
    seconds: u64,
    scenarios: &[(&str, String)],
    hits: impl Fn(&str) -> String,
) {
    println!(
        "{:<40} {:>8} {:>9} {:>9} {:>9} {:>8}",
        "scenario", "hits", "p50 ms", "p99 ms", "max ms", "p50/bare"
    );
    let mut bare = None;
    for (name, path) in scenarios {
        let (_, _, body) = request(s, "GET", path, cookie, None).await;
        let st = load(addr, path, cookie, rate, seconds, 4).await;
        let b = *bare.get_or_insert(st.p50);
        println!(
            "{:<40} {:>8} {:>9.2} {:>9.2} {:>9.2} {:>8.1}{}",
            name,
            hits(&body),
            st.p50.as_secs_f64() * 1e3,
            st.p99.as_secs_f64() * 1e3,
            st.max.as_secs_f64() * 1e3,
            st.p50.as_secs_f64() / b.as_secs_f64(),
            if st.errors > 0 {
                format!("  ({} errors of {})", st.errors, st.n)
            } else {
                String::new()
            }
        );
    }
}
