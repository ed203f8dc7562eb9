"""An article as read from its file, URL or standard input, before extraction."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SourceDoc:
    """The plain text of one article plus what is known about it.

    ``sha256`` is of the raw bytes as read, so re-ingesting the same content is
    recognised whatever name it is given. ``warnings`` carries non-fatal notes
    (for example a Latin-1 fallback decode) for the ingest summary.
    ``published_basis`` says where ``published`` came from (None when there is no date).
    """

    text: str
    sha256: str
    file: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    published_basis: str | None = None  # vocab.PUBLISHED_BASES: how ``published`` is known
    warnings: tuple[str, ...] = field(default=())


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
