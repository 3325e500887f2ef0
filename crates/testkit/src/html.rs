//! Reading pages as a browser does.

/// Decodes the character references askama writes (`&amp;`, `&lt;`, `&#34;`, `&#x27;`…).
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|e| *e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn references_decode() {
        assert_eq!(
            super::unescape("a &amp; b &#38; &#34;c&#x27; &lt;d&gt; & e;"),
            "a & b & \"c' <d> & e;"
        );
    }
}

/// A form on a page, as a browser would submit it.
#[derive(Clone, Debug, Default)]
pub struct Form {
    pub method: String,
    pub action: String,
    pub multipart: bool,
    pub fields: Vec<Field>,
}

/// One control of a form.
#[derive(Clone, Debug, Default)]
pub struct Field {
    pub name: String,
    /// `input` type (text, hidden, checkbox, file…), or `select`, `textarea`, `button`.
    pub kind: String,
    pub value: String,
    /// Whether a browser sends it when the form is submitted as it is.
    pub sent: bool,
}

impl Form {
    /// The pairs a browser sends for this form untouched (files left out).
    pub fn defaults(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .filter(|f| f.sent && f.kind != "file" && f.kind != "button" && f.kind != "submit")
            .map(|f| (f.name.clone(), f.value.clone()))
            .collect()
    }
}

/// A tag's name, its attributes, and the length of its text up to `>`.
type Tag = (String, Vec<(String, String)>, usize);

/// A tag's name and attributes, from the text after `<`.
fn tag(s: &str) -> Option<Tag> {
    let end = s.find('>')?;
    let inner = &s[..end];
    let closing = inner.starts_with('/');
    let body = if closing { &inner[1..] } else { inner };
    let name_end = body
        .find(|c: char| c.is_whitespace() || c == '/')
        .unwrap_or(body.len());
    let name = format!(
        "{}{}",
        if closing { "/" } else { "" },
        body[..name_end].to_ascii_lowercase()
    );
    let mut attrs = Vec::new();
    let inner = body;
    let rest = &inner[name_end..];
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        if start == i {
            break;
        }
        let key = rest[start..i].to_ascii_lowercase();
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                i += 1;
                let vs = i;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
                value = unescape(&rest[vs..i]);
                i += 1;
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = unescape(&rest[vs..i]);
            }
        }
        attrs.push((key, value));
    }
    Some((name, attrs, end + 1))
}

fn attr<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Every form of a page with its controls (a small parser for the platform's own
/// markup; not a general HTML parser).
pub fn forms(page: &str, page_path: &str) -> Vec<Form> {
    let mut out: Vec<Form> = Vec::new();
    let mut current: Option<Form> = None;
    // The select being read, whether it has an option yet, whether one was selected.
    let mut select: Option<(Field, bool, bool)> = None;
    let mut rest = page;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt + 1..];
        let Some((name, attrs, len)) = tag(rest) else {
            break;
        };
        let after = &rest[len..];
        match name.as_str() {
            "form" => {
                let action = attr(&attrs, "action")
                    .filter(|a| !a.is_empty())
                    .unwrap_or(page_path);
                current = Some(Form {
                    method: attr(&attrs, "method").unwrap_or("get").to_ascii_lowercase(),
                    action: action.to_string(),
                    multipart: attr(&attrs, "enctype") == Some("multipart/form-data"),
                    fields: vec![],
                });
            }
            "/form" => {
                if let Some(f) = current.take() {
                    out.push(f);
                }
            }
            "input" | "button" | "textarea" | "select" => {
                if let (Some(form), Some(n)) = (current.as_mut(), attr(&attrs, "name")) {
                    let kind = if name == "input" {
                        attr(&attrs, "type").unwrap_or("text").to_ascii_lowercase()
                    } else {
                        name.clone()
                    };
                    let checked = attrs.iter().any(|(k, _)| k == "checked");
                    let mut field = Field {
                        name: n.to_string(),
                        kind: kind.clone(),
                        value: attr(&attrs, "value").unwrap_or("").to_string(),
                        sent: !matches!(kind.as_str(), "checkbox" | "radio" | "button" | "submit")
                            || checked,
                    };
                    if name == "textarea" {
                        let end = after.find("</textarea>").unwrap_or(0);
                        field.value = unescape(&after[..end]);
                    }
                    if name == "button" {
                        field.kind = "button".into();
                        field.sent = false;
                    }
                    if name == "select" {
                        field.value.clear();
                        select = Some((field, false, false));
                    } else {
                        form.fields.push(field);
                    }
                }
            }
            "option" => {
                if let Some((s, any, chosen)) = select.as_mut() {
                    let value = attr(&attrs, "value").unwrap_or("").to_string();
                    let selected = attrs.iter().any(|(k, _)| k == "selected");
                    // The selected option, else the first one.
                    if (selected && !*chosen) || !*any {
                        s.value = value;
                    }
                    *any = true;
                    *chosen |= selected;
                }
            }
            "/select" => {
                if let (Some((s, _, _)), Some(form)) = (select.take(), current.as_mut()) {
                    form.fields.push(s);
                }
            }
            _ => {}
        }
        rest = after;
    }
    out
}

#[cfg(test)]
mod form_tests {
    #[test]
    fn forms_and_their_controls() {
        let page = r#"<form method="post" action="/x?a=1&amp;b=2"><input type="hidden" name="csrf" value="t">
            <input name="title" value="A &amp; B"><textarea name="bio">hi</textarea>
            <select name="role"><option value="">-</option><option value="chair" selected>Chair</option></select>
            <input type="checkbox" name="themes" value="3" checked><input type="checkbox" name="themes" value="4">
            <button>Save</button></form><form role="search"><input name="q"></form>"#;
        let forms = super::forms(page, "/here");
        assert_eq!(forms.len(), 2);
        let f = &forms[0];
        assert_eq!(
            (f.method.as_str(), f.action.as_str()),
            ("post", "/x?a=1&b=2")
        );
        let d = f.defaults();
        assert!(d.contains(&("title".into(), "A & B".into())));
        assert!(d.contains(&("bio".into(), "hi".into())));
        assert!(d.contains(&("role".into(), "chair".into())));
        assert!(d.contains(&("themes".into(), "3".into())));
        assert!(!d.contains(&("themes".into(), "4".into())));
        assert_eq!(
            (forms[1].method.as_str(), forms[1].action.as_str()),
            ("get", "/here")
        );
    }
}
