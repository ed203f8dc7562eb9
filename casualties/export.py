"""Write every stored figure as JSON Lines or CSV, to a stream or atomically to a file.

JSON Lines records are exactly ``query.export_records`` (the FIGURES.md shape the
accuracy scripts read). CSV has the same fields, with ``span`` split into
``span_start`` and ``span_end`` so a spreadsheet can sort on them.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import Engine

from casualties.errors import InputError
from casualties.query import export_records

EXPORT_FORMATS = ("jsonl", "csv")
CSV_COLUMNS: tuple[str, ...] = (
    "doc",
    "metric",
    "side",
    "population",
    "value",
    "qualifier",
    "high",
    "scope",
    "as_of",
    "reported_by",
    "unit",
    "surface",
    "span_start",
    "span_end",
    "evidence",
    "file",
    "url",
    "title",
    "outlet",
    "published",
    "article_sha256",
)


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line; returns how many were written."""
    n = 0
    for n, rec in enumerate(records, 1):  # noqa: B007  (n is the count)
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n


def _csv_row(rec: dict[str, Any]) -> dict[str, Any]:
    row = dict(rec)
    span = row.pop("span", None) or (None, None)
    row["span_start"], row["span_end"] = span
    return row


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A header and one row per figure (RFC 4180 quoting); returns how many rows were written."""
    writer = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, rec in enumerate(records, 1):  # noqa: B007
        writer.writerow(_csv_row(rec))
    return n


def write_export(engine: Engine, fmt: str, out: TextIO) -> int:
    """Every stored figure in ``fmt`` (jsonl or csv) to ``out``; returns the number of figures."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    records = export_records(engine)
    return write_jsonl(records, out) if fmt == "jsonl" else write_csv(records, out)


def export_to_file(engine: Engine, fmt: str, path: Path | str) -> int:
    """Like write_export, into ``path`` via a temporary file renamed at the end.

    A failed export (database error, disk full, interrupt) leaves any earlier
    file at ``path`` as it was and no half-written one.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name for the export")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise InputError(f"{path}: folder {parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            n = write_export(engine, fmt, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return n
