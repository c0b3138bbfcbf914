"""The web page inside a .mhtml (.mht) file: a browser's "save as a single file".

An MHTML file is a MIME multipart message (RFC 2557): the page is its first text/html part,
quoted-printable or base64, beside the page's stylesheets and images. The standard library's
email parser reads it; the part's bytes go to html_reading with the charset the part names.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from desktop_app.core.errors import InputError


def html_part(data: bytes) -> tuple[bytes, str | None]:
    """The page's bytes and the charset its MIME header names (None: let the page say)."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.is_multipart() or part.get_content_type() != "text/html":
            continue
        payload = _payload(part)
        if payload and payload.strip():
            return payload, part.get_content_charset()
    raise InputError("import:mhtml-without-page")


def _payload(part: Message) -> bytes | None:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, LookupError, TypeError):  # broken base64 or transfer encoding
        return None
    return payload if isinstance(payload, bytes) else None
