"""Web archives (.mht, .mhtml): a page saved as one file by a browser ("网页，单个文件"; Chrome's and
Edge's "Save as… single file", Internet Explorer's and 360's .mht).

Such a file is a MIME message (RFC 2557): headers, then parts, the first text/html part the page
itself (quoted-printable or base64, in the charset its Content-Type names), the others its images
and stylesheets. `read_mhtml` reads that part with the standard library's `email` package and hands
its text to the HTML reader, so the page gives the lines, the furniture left out and the provenance
an .html file of the same page gives (one page); `sha256` stays the hash of the archive's bytes.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from digest.readers import Document
from digest.source import InputError

# the charsets pages declare and the supersets they are really written in
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
              "big5": "cp950", "x-x-big5": "cp950"}


def is_mhtml(head: bytes) -> bool:
    """Do the first bytes open a MIME message of related parts (a web archive)? Its headers come
    first (`From: <Saved by Blink>`, `MIME-Version: 1.0`, `Content-Type: multipart/related`)."""
    top = head[:4096].lstrip(b"\xef\xbb\xbf\r\n\t ")
    first = top.split(b"\n", 1)[0]
    name, colon, _rest = first.partition(b":")
    return bool(colon) and name.strip().replace(b"-", b"").isalnum() and b"multipart/related" in top.lower()


def _html_part(msg: Message) -> Message | None:
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            return part
    return None


def read_mhtml(data: bytes, name: str) -> Document:
    from digest.readers.html import html_document

    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        part = _html_part(msg)
        body = part.get_payload(decode=True) if part is not None else None
    except Exception as exc:  # the email parser accepts almost anything; a guard, not a path
        raise InputError(f"{name}: damaged web archive, cannot be read ({exc})") from None
    if not isinstance(body, bytes) or not body.strip():
        raise InputError(f"{name}: the web archive holds no HTML page")
    charset = (part.get_content_charset() or "").lower() if part is not None else ""
    if charset:
        try:
            return html_document(body.decode(_SUPERSETS.get(charset, charset)), name, data)
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong or unknown charset: read the bytes as an .html file would be
    return html_document(None, name, data, body)
