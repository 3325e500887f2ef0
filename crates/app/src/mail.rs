//! E-mail: letters written in the recipient's language and time zone, stored in the
//! outbox in the transaction of what they tell (`write`), and delivered over SMTP by the
//! job queue (`deliver`) when `GCTCP_SMTP_URL` is set — otherwise kept for
//! administrators to read. Every message is multipart (plain text and HTML), its headers
//! UTF-8-encoded by lettre, its Message-ID made once so that no retry makes a second one.

use crate::problem::Outcome;
use crate::{Actor, App, Problem};
use gctcp_domain::AccountId;
use gctcp_i18n as i18n;
use gctcp_store::jobs::Job;
use gctcp_store::outbox::{self, Claim, Mail, NewMail};
use gctcp_store::Tx;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::OnceLock;
use std::time::Duration;

/// How long one delivery may talk to the SMTP server.
const SMTP_TIMEOUT: Duration = Duration::from_secs(30);

/// Refuses an SMTP URL lettre cannot use (at start, not at the first e-mail).
pub fn check_smtp_url(url: &str) -> Result<(), String> {
    AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// Refuses a sender that is not a mailbox (`Name <address>` or `address`).
pub fn check_from(from: &str) -> Result<(), String> {
    from.parse::<Mailbox>()
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// This node's connection to the SMTP server, made at the first delivery.
#[derive(Default)]
pub struct Mailer {
    transport: OnceLock<Result<AsyncSmtpTransport<Tokio1Executor>, String>>,
}

impl Mailer {
    fn transport(&self, app: &App) -> Result<&AsyncSmtpTransport<Tokio1Executor>, String> {
        self.transport
            .get_or_init(|| {
                let url = app
                    .config
                    .smtp_url
                    .as_ref()
                    .ok_or_else(|| "no SMTP server is configured".to_string())?;
                AsyncSmtpTransport::<Tokio1Executor>::from_url(&url.0)
                    .map(|b| b.timeout(Some(SMTP_TIMEOUT)).build())
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

/// Who a letter is for.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub account: Option<AccountId>,
    pub address: String,
    pub name: String,
    /// An interface language (`i18n::LANGS`).
    pub lang: &'static str,
    pub time_zone: chrono_tz::Tz,
}

impl Recipient {
    /// An account's address, name, language (English until they choose one) and zone.
    pub fn of(a: &gctcp_store::accounts::Account) -> Recipient {
        Recipient {
            account: Some(a.account_id()),
            address: a.email.clone(),
            name: a.display_name.clone(),
            lang: a
                .ui_locale
                .as_deref()
                .and_then(i18n::supported)
                .unwrap_or("en"),
            time_zone: a.time_zone.parse().unwrap_or(chrono_tz::UTC),
        }
    }

    /// A message in the recipient's language.
    pub fn t(&self, key: &str) -> String {
        i18n::t(self.lang, key).into_owned()
    }

    /// A message with arguments, in the recipient's language.
    pub fn t_args(&self, key: &str, args: &[(&'static str, String)]) -> String {
        let args: Vec<(&'static str, i18n::FluentValue<'static>)> = args
            .iter()
            .map(|(k, v)| {
                // Numbers select plural forms; anything else is text.
                let value = match v.parse::<i64>() {
                    Ok(n) => i18n::FluentValue::from(n),
                    Err(_) => i18n::FluentValue::from(v.clone()),
                };
                (*k, value)
            })
            .collect();
        i18n::t_args(self.lang, key, &args)
    }

    /// A moment in the recipient's zone, with the zone named.
    pub fn time(&self, at: chrono::DateTime<chrono::Utc>) -> String {
        at.with_timezone(&self.time_zone)
            .format("%Y-%m-%d %H:%M %Z")
            .to_string()
    }
}

/// What a letter says: paragraphs of plain text, at most one button, and a footer.
#[derive(Clone, Debug, Default)]
pub struct Letter {
    pub kind: &'static str,
    pub subject: String,
    pub paragraphs: Vec<String>,
    /// The button's label and link.
    pub action: Option<(String, String)>,
    /// Lines after the message (why it came, how to stop it).
    pub notes: Vec<String>,
    /// The one-click unsubscribe link (digests and notifications).
    pub unsubscribe: Option<String>,
    /// An event to attach (iCalendar text), for calendar apps to add.
    pub calendar: Option<String>,
}

/// Writes a letter to the outbox in `tx`; its delivery is queued when an SMTP server is
/// configured.
pub async fn write(app: &App, tx: &mut Tx, to: &Recipient, letter: &Letter) -> Outcome<i64> {
    let footer = to.t_args("mail-footer", &[("url", app.config.public_url.clone())]);
    let m = NewMail {
        account: to.account.map(|a| a.0),
        to_address: to.address.clone(),
        to_name: to.name.clone(),
        kind: letter.kind.to_string(),
        lang: to.lang.to_string(),
        subject: clean_line(&letter.subject),
        body_text: text_body(letter, &footer),
        body_html: html_body(to.lang, letter, &footer),
        list_unsubscribe: letter.unsubscribe.clone(),
        message_id: format!(
            "<{}.{}@{}>",
            letter.kind,
            crate::token::random_token(),
            app.config.public_host()
        ),
        calendar: letter.calendar.clone(),
    };
    let deliver = app.config.smtp_url.is_some();
    let id = outbox::write(tx, &m, deliver).await?;
    if deliver {
        // The worker looks at once (and again within seconds, should this transaction
        // still be open then).
        app.jobs.notify_one();
    }
    Ok(id)
}

/// A header line holds no line breaks or control characters.
fn clean_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_string()
}

fn text_body(l: &Letter, footer: &str) -> String {
    let mut out = String::new();
    for p in &l.paragraphs {
        out.push_str(p);
        out.push_str("\n\n");
    }
    if let Some((label, url)) = &l.action {
        out.push_str(&format!("{label}:\n{url}\n\n"));
    }
    for n in &l.notes {
        out.push_str(n);
        out.push_str("\n\n");
    }
    out.push_str("-- \n");
    out.push_str(footer);
    out.push('\n');
    out
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn html_body(lang: &str, l: &Letter, footer: &str) -> String {
    let dir = i18n::dir(lang);
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <title>{}</title></head>\n<body style=\"font-family:system-ui,sans-serif;line-height:1.5;\
         color:#1b1b1b;max-width:40em;margin:0 auto;padding:1em\">\n",
        escape(&l.subject)
    );
    for p in &l.paragraphs {
        out.push_str(&format!("<p>{}</p>\n", escape(p)));
    }
    if let Some((label, url)) = &l.action {
        out.push_str(&format!(
            "<p><a href=\"{}\" style=\"display:inline-block;padding:.6em 1.2em;background:#005a9c;\
             color:#fff;text-decoration:none;border-radius:4px\">{}</a></p>\n\
             <p style=\"font-size:.9em;color:#555\" dir=\"ltr\">{}</p>\n",
            escape(url),
            escape(label),
            escape(url)
        ));
    }
    for n in &l.notes {
        out.push_str(&format!(
            "<p style=\"font-size:.9em;color:#555\">{}</p>\n",
            escape(n)
        ));
    }
    out.push_str(&format!(
        "<hr><p style=\"font-size:.8em;color:#555\">{}</p>\n</body></html>\n",
        escape(footer)
    ));
    out
}

/// Why a delivery did not happen, and whether another attempt may succeed.
#[derive(Debug)]
pub struct Failure {
    pub error: String,
    pub retry: bool,
}

/// The job that delivers one outbox message (payload: its ID). At most once: see
/// `gctcp_store::outbox`.
pub async fn deliver(app: &App, job: &Job) -> Result<(), Failure> {
    let id: i64 = job.payload.trim().parse().map_err(|_| Failure {
        error: format!("not a message ID: {}", job.payload),
        retry: false,
    })?;
    let internal = |e: gctcp_store::Error| Failure {
        error: e.to_string(),
        retry: true,
    };
    let mail = match outbox::claim(&app.db, id).await.map_err(internal)? {
        Claim::Send(m) => m,
        Claim::Nothing => return Ok(()),
        Claim::Interrupted => {
            let why = "delivery was interrupted after the message was handed to the server; \
                       not sent again (it may have arrived)";
            outbox::not_sent(&app.db, id, why, false)
                .await
                .map_err(internal)?;
            return Ok(());
        }
    };
    let outcome = send(app, &mail).await;
    match outcome {
        Ok(()) => {
            outbox::sent(&app.db, id).await.map_err(internal)?;
            Ok(())
        }
        Err(f) => {
            let retry = f.retry && !job.is_last_attempt();
            outbox::not_sent(&app.db, id, &f.error, retry)
                .await
                .map_err(internal)?;
            Err(Failure {
                error: f.error,
                retry,
            })
        }
    }
}

fn header(name: &'static str, value: String) -> HeaderValue {
    HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
}

/// The message as it goes over the wire.
pub fn message(app: &App, m: &Mail) -> Result<Message, Failure> {
    let permanent = |e: String| Failure {
        error: e,
        retry: false,
    };
    let from: Mailbox = app
        .config
        .mail_from
        .parse()
        .map_err(|e: lettre::address::AddressError| permanent(format!("sender: {e}")))?;
    let address = m
        .to_address
        .parse()
        .map_err(|e: lettre::address::AddressError| permanent(format!("recipient: {e}")))?;
    let name = clean_line(&m.to_name);
    let to = Mailbox::new((!name.is_empty()).then_some(name), address);
    let mut b = Message::builder()
        .from(from)
        .to(to)
        .subject(m.subject.as_str())
        .message_id(Some(m.message_id.clone()))
        .date(m.created_at.into())
        .raw_header(header("Content-Language", m.lang.clone()))
        .raw_header(header("Auto-Submitted", "auto-generated".into()));
    if let Some(u) = &m.list_unsubscribe {
        b = b
            .raw_header(header("List-Unsubscribe", format!("<{u}>")))
            .raw_header(header(
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click".into(),
            ));
    }
    let body = MultiPart::alternative_plain_html(m.body_text.clone(), m.body_html.clone());
    let body = match &m.calendar {
        // The event travels as a file calendar apps open (METHOD:PUBLISH: "add this").
        Some(ics) => MultiPart::mixed().multipart(body).singlepart(
            lettre::message::Attachment::new("event.ics".to_string()).body(
                ics.clone(),
                "text/calendar; charset=utf-8; method=PUBLISH"
                    .parse()
                    .map_err(|e: lettre::message::header::ContentTypeErr| {
                        permanent(e.to_string())
                    })?,
            ),
        ),
        None => body,
    };
    b.multipart(body).map_err(|e| permanent(e.to_string()))
}

async fn send(app: &App, m: &Mail) -> Result<(), Failure> {
    let msg = message(app, m)?;
    let transport = app.mailer.transport(app).map_err(|e| Failure {
        error: e,
        retry: false,
    })?;
    transport.send(msg).await.map(|_| ()).map_err(|e| Failure {
        // A permanent refusal (5xx) will not change; anything else (4xx, a connection
        // refused, a timeout) may.
        retry: !e.is_permanent(),
        error: e.to_string(),
    })
}

/// An administrator sends a failed message again (a new delivery job); false if it had
/// not failed.
pub async fn resend(app: &App, actor: &Actor, id: i64) -> Outcome<bool> {
    actor.require_admin()?;
    outbox::get(&app.db, id).await?.ok_or(Problem::NotFound)?;
    if app.config.smtp_url.is_none() {
        return Err(Problem::BadRequest);
    }
    let mut tx = app.db.begin().await?;
    let done = outbox::resend(&mut tx, id).await?;
    if done {
        let detail = format!("message={id}");
        gctcp_store::audit::append(&mut tx, actor.audit("mail.resent", None, detail)).await?;
    }
    tx.commit().await?;
    app.jobs.notify_one();
    Ok(done)
}
