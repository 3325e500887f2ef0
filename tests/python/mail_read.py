"""Reads one e-mail (RFC 5322, as an SMTP server received it) on standard input with
Python's own parser and prints what a mail client would show, as JSON."""
import email
import email.policy
import json
import sys

msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
plain = msg.get_body(preferencelist=("plain",))
html = msg.get_body(preferencelist=("html",))
print(json.dumps({
    "subject": str(msg["Subject"]),
    "from": str(msg["From"]),
    "to": str(msg["To"]),
    "to_addresses": [a.addr_spec for a in msg["To"].addresses],
    "to_names": [a.display_name for a in msg["To"].addresses],
    "message_id": str(msg["Message-ID"]),
    "date": str(msg["Date"]),
    "content_type": msg.get_content_type(),
    "content_language": str(msg.get("Content-Language", "")),
    "list_unsubscribe": str(msg.get("List-Unsubscribe", "")),
    "list_unsubscribe_post": str(msg.get("List-Unsubscribe-Post", "")),
    "auto_submitted": str(msg.get("Auto-Submitted", "")),
    "parts": [p.get_content_type() for p in msg.walk()],
    "text": plain.get_content() if plain else None,
    "html": html.get_content() if html else None,
    "defects": [str(d) for d in msg.defects],
    "calendars": [
        {"filename": p.get_filename(), "method": p.get_param("method"), "body": p.get_content()}
        for p in msg.walk() if p.get_content_type() == "text/calendar"
    ],
}, ensure_ascii=False))
