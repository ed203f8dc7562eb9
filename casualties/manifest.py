"""A manifest: what the user knows about each file (publication date, outlet, address) that its text lacks.

Scraped article text often loses its date line; the person who collected the
files usually still has it. A manifest is a CSV file with a ``file`` column and
any of ``published`` (YYYY-MM-DD), ``outlet``, ``url``, ``title``::

    file,published,outlet,url
    001_f223456a580e97a0.txt,2024-05-15,,
    gaza/ministry-update.txt,2024-03-04,Reuters,https://example.org/gaza

A row names its file by the path given to ingest, by the path under the folder
given to ingest, or by its file name alone (when no other row has that name).
Its values override what was detected in the file, like ``--published``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath

from casualties.errors import InputError

COLUMNS = ("file", "published", "outlet", "url", "title")
MAX_MANIFEST_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """What one manifest row says about its file (None: nothing said, keep what was detected)."""

    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Manifest:
    """Rows by the file path they name, and by bare file name where that name is unique."""

    by_path: Mapping[str, ManifestRow]
    by_name: Mapping[str, ManifestRow]
    source: str = ""

    def lookup(self, file: str | None) -> ManifestRow | None:
        """The row for an input file (as ingest names it), if the manifest has one."""
        if not file:
            return None
        parts = PurePath(_key(file)).parts
        for k in range(len(parts)):  # "gaza/a.txt" matches "articles/gaza/a.txt"
            row = self.by_path.get("/".join(parts[k:]))
            if row is not None:
                return row
        return self.by_name.get(parts[-1]) if parts else None

    def __len__(self) -> int:
        return len(self.by_path)


def _key(path: str) -> str:
    return PurePath(path.replace("\\", "/")).as_posix().removeprefix("./")


def _date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{where}: published {value!r} is not a date YYYY-MM-DD") from None


def parse_manifest(text: str, source: str = "manifest") -> Manifest:
    """Read manifest CSV text; InputError (naming the row) for a missing ``file`` column or a bad date."""
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "file" not in fields:
        raise InputError(f"{source}: no 'file' column (columns: {', '.join(fields) or 'none'}; expected {COLUMNS})")
    unknown = [f for f in fields if f not in COLUMNS]
    if unknown:
        raise InputError(f"{source}: unknown column(s) {', '.join(unknown)}; use {', '.join(COLUMNS)}")
    by_path: dict[str, ManifestRow] = {}
    names: dict[str, list[ManifestRow]] = {}
    for n, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k is not None}
        where = f"{source} line {n}"
        if not row.get("file"):
            if any(row.values()):
                raise InputError(f"{where}: empty 'file'")
            continue
        key = _key(row["file"])
        if key in by_path:
            raise InputError(f"{where}: {row['file']} is listed twice")
        published = _date(row["published"], where) if row.get("published") else None
        entry = ManifestRow(published, row.get("outlet") or None, row.get("url") or None, row.get("title") or None)
        by_path[key] = entry
        names.setdefault(PurePath(key).name, []).append(entry)
    if not by_path:
        raise InputError(f"{source}: no rows")
    by_name = {name: rows[0] for name, rows in names.items() if len(rows) == 1}
    return Manifest(by_path, by_name, source)


def load_manifest(path: str | Path) -> Manifest:
    """Read a manifest file (UTF-8 CSV); InputError when it is missing, too big or malformed."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_MANIFEST_BYTES:
            raise InputError(f"{path}: manifest larger than {MAX_MANIFEST_BYTES // (1024 * 1024)} MB")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such manifest file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: manifest is not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read manifest ({exc.strerror})") from None
    try:
        return parse_manifest(text, str(path))
    except csv.Error as exc:
        raise InputError(f"{path}: not a CSV file ({exc})") from None
