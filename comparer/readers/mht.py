"""Single-file web pages (.mht/.mhtml, Word's "Single File Web Page"): the HTML part, read as a web page."""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import email
import email.policy
import hashlib
from email.message import Message
from pathlib import Path

from comparer.errors import PlanLoadError
from comparer.models import Document
from comparer.progress import CancelToken
from comparer.readers import html


def _html_part(message: Message) -> Message | None:
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return part
    return None


def read(path: Path, data: bytes, *, cancel: CancelToken | None = None) -> Document:
    """Read the page held in a MIME web archive.

    Raises:
        PlanLoadError: ``corrupt`` when the archive holds no HTML part.
    """
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    part = _html_part(message)
    payload = part.get_payload(decode=True) if part is not None else None
    if not isinstance(payload, bytes) or not payload.strip():
        raise PlanLoadError(path, "corrupt", "The web archive holds no web page.")
    charset = part.get_content_charset() if part is not None else None
    if charset:
        # The MIME header names the charset; a UTF-8 BOM makes the page reader trust it over
        # a <meta> that Word writes inconsistently.
        with contextlib.suppress(LookupError):
            payload = codecs.BOM_UTF8 + payload.decode(codecs.lookup(charset).name, errors="replace").encode()
    doc = html.read(path, payload, cancel=cancel)
    return dataclasses.replace(doc, format="mht", sha256=hashlib.sha256(data).hexdigest())
