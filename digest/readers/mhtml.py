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


def _html_part(msg: Message) -> Message | None:
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            return part
    return None


def read_mhtml(data: bytes, name: str, text: str | None = None) -> Document:
    """The Document of a web archive's page: from its bytes `data`, or from its `text` when the archive
    itself was saved as UTF-16 or UTF-32 (by a text editor; digest.source decodes it). Then a page part
    sent as text (7bit, 8bit) is in the archive's own encoding, whatever charset its header names;
    a quoted-printable or base64 part still holds the page's bytes in that charset."""
    from digest.readers.html import decode_declared, html_document

    try:
        msg = email.message_from_bytes(data if text is None else text.encode("utf-8", "surrogatepass"),
                                       policy=email.policy.compat32)
        part = _html_part(msg)
        body = part.get_payload(decode=True) if part is not None else None
    except Exception as exc:  # the email parser accepts almost anything; a guard, not a path
        raise InputError(f"{name}: damaged web archive, cannot be read ({exc})") from None
    if not isinstance(body, bytes) or not body.strip():
        raise InputError(f"{name}: the web archive holds no HTML page")
    charset = part.get_content_charset() if part is not None else None
    if text is not None and (part.get("Content-Transfer-Encoding") or "").strip().lower() not in (
            "quoted-printable", "base64"):
        charset = "utf-8"  # (the archive's text, written out as UTF-8 above)
    # a wrong or unknown charset (or none): the bytes are read as an .html file's would be
    page = decode_declared(body, charset) if charset else None
    return html_document(page, name, data, body)
