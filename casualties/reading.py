"""Read article files (or standard input) into ``SourceDoc``s, refusing bad input with one clear line.

Plain text and Markdown are kept as they are (only newlines are normalised),
because the extractor's spans index into the stored text. HTML goes through
trafilatura, a maintained article-extraction library, for the main text,
title, date and site name. Every refusal is an ``InputError`` naming the file.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from casualties.errors import InputError
from casualties.htmlblocks import block_lines, match_blocks
from casualties.source import SourceDoc, sha256_hex
from casualties.textmeta import find_agency, find_published, find_title

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
MAX_BYTES_ENV = "CASUALTIES_MAX_BYTES"
STDIN = "-"

# suffix -> kind
SUPPORTED: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
KINDS = ("text", "markdown", "html")

# trafilatura and htmldate log their own complaints about odd pages; our InputError says what matters.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


def max_bytes_from_env(default: int = DEFAULT_MAX_BYTES) -> int:
    """The size limit from $CASUALTIES_MAX_BYTES, else ``default``."""
    raw = os.environ.get(MAX_BYTES_ENV)
    if not raw:
        return default
    try:
        value = parse_size(raw)
    except ValueError:
        raise InputError(f"{MAX_BYTES_ENV}={raw!r} is not a size (e.g. 10000000 or 20MB)") from None
    return value


def parse_size(text: str) -> int:
    """'10000000', '10MB', '512k' -> bytes (KB/MB/GB are powers of 1024)."""
    m = re.fullmatch(r"\s*(\d+)\s*([kmg]?)i?b?\s*", text, re.IGNORECASE)
    if not m or int(m[1]) <= 0:
        raise ValueError(text)
    return int(m[1]) * 1024 ** " kmg".index(m[2].lower() or " ")


# ---------------------------------------------------------------- finding files


def _supported_list() -> str:
    return ", ".join(SUPPORTED)


# A folder's own documentation (seeds/README.md) sits beside the articles but is not one.
_FOLDER_DOCS = {"readme", "license", "licence", "changelog", "contributing"}


def is_folder_doc(name: str) -> bool:
    """True for README.md, LICENSE.txt, CHANGELOG.md...: skipped when walking a folder, read when named."""
    return Path(name).stem.lower() in _FOLDER_DOCS


def expand_path(arg: str) -> tuple[list[Path | str], int]:
    """The supported files one command-line argument names, and how many unsupported ones a folder held.

    A file given explicitly must be supported; a folder is walked recursively in
    sorted order, skipping hidden entries and (silently, but counted) other types
    and the folder's own documentation (README.md and the like).
    """
    if arg == STDIN:
        return [STDIN], 0
    path = Path(arg)
    if not path.exists():
        raise InputError(f"{arg}: no such file or directory")
    if path.is_dir():
        files: list[Path | str] = []
        skipped = 0
        for root, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if name.startswith("."):
                    continue
                if Path(name).suffix.lower() in SUPPORTED and not is_folder_doc(name):
                    files.append(Path(root) / name)
                else:
                    skipped += 1
        if not files:
            raise InputError(f"{arg}: no .txt/.md/.html files in this folder ({skipped} other files skipped)")
        return files, skipped
    if path.suffix.lower() not in SUPPORTED:
        raise InputError(f"{arg}: unsupported file type {path.suffix or '(none)'} (supported: {_supported_list()})")
    return [path], 0


def iter_input_files(paths: Sequence[str]) -> Iterator[Path | str]:
    """Every input file the arguments name, in order; ``-`` stands for standard input."""
    for arg in paths:
        yield from expand_path(arg)[0]


# ---------------------------------------------------------------- reading


def read_path(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDoc:
    """The article in ``path`` (``-`` reads standard input), or an InputError naming it."""
    if str(path) == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        return read_bytes(data, name=STDIN, max_bytes=max_bytes)
    path = Path(path)
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'} (supported: {_supported_list()})")
    try:
        size = path.stat().st_size
        if size > max_bytes:  # checked before reading a byte of it
            raise InputError(_too_large(str(path), size, max_bytes))
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since stat()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return read_bytes(data, name=str(path), kind=kind, max_bytes=max_bytes)


def _too_large(name: str, size: int | None, limit: int) -> str:
    got = f"{size:,} bytes" if size is not None else "more than that"
    return f"{name}: too large ({got}; the limit is {limit:,} bytes, raise it with --max-bytes or {MAX_BYTES_ENV})"


def read_bytes(
    data: bytes, *, name: str | None, kind: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> SourceDoc:
    """The article in ``data``; ``kind`` is text, markdown or html (sniffed when None)."""
    label = name or "<input>"
    if len(data) > max_bytes:
        raise InputError(_too_large(label, len(data) if name != STDIN else None, max_bytes))
    if not data.strip():
        raise InputError(f"{label}: empty file" if not data else f"{label}: empty file (only whitespace)")
    raw_text, warnings = decode(data, label)
    if kind is None:
        kind = sniff_kind(raw_text)
    elif kind not in KINDS:
        raise InputError(f"{label}: unknown kind {kind!r} (use one of {', '.join(KINDS)})")
    file = None if name in (None, STDIN) else name
    if kind == "html":
        return _from_html(raw_text, data, file, label, warnings)
    text = normalise_newlines(raw_text)
    if not text.strip():
        raise InputError(f"{label}: empty file (only whitespace)")
    return SourceDoc(
        text=text,
        sha256=sha256_hex(data),
        file=file,
        title=find_title(text, markdown=kind == "markdown"),
        outlet=find_agency(text),
        published=(published := find_published(text)),
        published_basis="text" if published else None,
        warnings=tuple(warnings),
    )


def sniff_kind(text: str) -> str:
    """'html' when the start of ``text`` looks like a web page, else 'text'."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(r"<(?:body|article|p|div|h1)[\s>]", head):
        return "html"
    return "text"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- decoding

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.05  # more control characters than this and it is not prose


def decode(data: bytes, label: str) -> tuple[str, list[str]]:
    """UTF-8 (BOM stripped; UTF-16 when it has a BOM), else Windows-1252 with a warning.

    Refuses binary data: NUL bytes (outside UTF-16) or mostly control characters.
    """
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{label}: binary file (bad UTF-16)") from None
    else:
        if b"\x00" in data:
            raise InputError(f"{label}: binary file (NUL bytes)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                warnings.append("decoded as Windows-1252, not UTF-8")
            except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; Latin-1 takes any byte
                text = data.decode("latin-1")
                warnings.append("decoded as Latin-1, not UTF-8")
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise InputError(f"{label}: binary file (mostly non-text bytes)")
    return text, warnings


# ---------------------------------------------------------------- HTML


def _from_html(html: str, data: bytes, file: str | None, label: str, warnings: list[str]) -> SourceDoc:
    meta: dict[str, object] = {}
    body = ""
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            # Only the page's own metadata, not dates found in the article body (those are events).
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        if doc is not None:
            meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            body = str(meta.get("text") or "")
    except Exception:  # a page trafilatura chokes on: fall back to plain lxml text below
        body = ""
    if not body.strip():
        body = "\n".join(block_lines(html))
        warnings.append("main text not found by trafilatura; used all page text")
    else:  # trafilatura's lines as the page's own paragraphs (see htmlblocks)
        body = match_blocks(body, block_lines(html))
    paragraphs = [p.strip() for p in normalise_newlines(body).split("\n") if p.strip()]
    if not paragraphs:
        raise InputError(f"{label}: no article text found in this HTML")
    title = _str(meta.get("title")) or None
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)  # the headline often carries the figure ("fires 60 rockets")
    text = "\n\n".join(paragraphs)
    return SourceDoc(
        text=text,
        sha256=sha256_hex(data),
        file=file,
        url=_str(meta.get("url")) or None,
        title=title or find_title(text),
        outlet=_str(meta.get("sitename")) or find_agency(text),
        published=(published := _iso_date(meta.get("date")) or find_published(text)),
        published_basis="text" if published else None,
        warnings=tuple(warnings),
    )


def _str(value: object) -> str:
    return " ".join(str(value).split()) if value else ""


def _iso_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
