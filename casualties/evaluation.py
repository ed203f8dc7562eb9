"""Score extracted figures against hand-annotated gold, the way ../shared/eval/score.py does.

`run_eval` ingests articles into a scratch SQLite database with the real
pipeline (reading, extraction, storage, export), so the number it prints is the
number a user gets. The matching rules mirror score.py: a prediction matches a
gold figure of the same document when metric and value agree (loose), and also
side and population (strict); greedy one-to-one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from casualties.errors import InputError

ATTRIBUTES = ("qualifier", "scope", "as_of", "reported_by")
_IGNORED_WORDS = {"the", "a", "an", "of", "s", "said", "tally"}


@dataclass
class Score:
    docs: int = 0
    gold: int = 0
    pred: int = 0
    loose: int = 0
    strict: int = 0
    attributes: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)  # (missed|spurious, doc, figure)

    @staticmethod
    def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def as_dict(self) -> dict[str, Any]:
        lp, lr, lf = self.prf(self.loose, self.pred, self.gold)
        sp, sr, sf = self.prf(self.strict, self.pred, self.gold)
        n = self.attributes["n"] or 1
        return {
            "docs": self.docs, "gold": self.gold, "pred": self.pred,
            "loose": {"p": round(lp, 3), "r": round(lr, 3), "f1": round(lf, 3)},
            "strict": {"p": round(sp, 3), "r": round(sr, 3), "f1": round(sf, 3)},
            "attributes": {k: round(self.attributes[k] / n, 3) for k in ATTRIBUTES},
        }  # fmt: skip

    def report(self) -> str:
        d = self.as_dict()
        lo, st = d["loose"], d["strict"]
        return "\n".join([
            f"docs {self.docs}  gold figures {self.gold}  predicted {self.pred}",
            f"loose  (metric+value):                 P {lo['p']:.3f}  R {lo['r']:.3f}  F1 {lo['f1']:.3f}",
            f"strict (metric+value+side+population): P {st['p']:.3f}  R {st['r']:.3f}  F1 {st['f1']:.3f}",
            "attributes right among strict matches: "
            + "  ".join(f"{k} {v:.2f}" for k, v in d["attributes"].items()),
        ])  # fmt: skip


def _norm(value: Any) -> str | None:
    if value is None:
        return None
    return str(value).strip().lower().replace("_", "-") or None


def _as_int(value: Any) -> int | None:
    try:
        return round(float(value))
    except (TypeError, ValueError):
        return None


def same_reporter(gold: str | None, pred: str | None) -> bool:
    """Lenient source match: half of the shorter name's words appear in the other."""
    if not gold and not pred:
        return True
    if not gold or not pred:
        return False
    a = set(re.findall(r"[a-z]+", gold.lower())) - _IGNORED_WORDS
    b = set(re.findall(r"[a-z]+", pred.lower())) - _IGNORED_WORDS
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.5


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], strict: bool) -> list[tuple[dict, dict]]:
    used: set[int] = set()
    pairs = []
    for p in pred:
        best: tuple[int, int] | None = None
        for i, g in enumerate(gold):
            if i in used or _norm(g.get("metric")) != _norm(p.get("metric")):
                continue
            if _as_int(g.get("value")) != _as_int(p.get("value")):
                continue
            side_ok = _norm(g.get("side")) == _norm(p.get("side"))
            pop_ok = _norm(g.get("population") or "all") == _norm(p.get("population") or "all")
            if strict and not (side_ok and pop_ok):
                continue
            if best is None or side_ok + pop_ok > best[0]:
                best = (side_ok + pop_ok, i)
        if best is not None:
            used.add(best[1])
            pairs.append((gold[best[1]], p))
    return pairs


def score(gold: dict[str, list[dict[str, Any]]], predictions: Iterable[dict[str, Any]]) -> Score:
    """Score predicted records (export format, keyed to documents by file stem) against gold."""
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in predictions:
        doc = doc_of(rec)
        if doc in gold:
            by_doc[doc].append(rec)
    result = Score(docs=len(gold))
    for doc, gfigs in gold.items():
        pfigs = by_doc.get(doc, [])
        result.gold += len(gfigs)
        result.pred += len(pfigs)
        result.loose += len(_match(gfigs, pfigs, strict=False))
        strict = _match(gfigs, pfigs, strict=True)
        result.strict += len(strict)
        for g, p in strict:
            result.attributes["n"] += 1
            result.attributes["qualifier"] += _norm(g.get("qualifier") or "exact") == _norm(
                p.get("qualifier") or "exact"
            )
            result.attributes["scope"] += _norm(g.get("scope")) == _norm(p.get("scope"))
            result.attributes["as_of"] += str(g.get("as_of") or "")[:10] == str(p.get("as_of") or "")[:10]
            result.attributes["reported_by"] += same_reporter(g.get("reported_by"), p.get("reported_by"))
        matched_g = {id(g) for g, _ in strict}
        matched_p = {id(p) for _, p in strict}
        result.errors += [("missed", doc, g) for g in gfigs if id(g) not in matched_g]
        result.errors += [("spurious", doc, p) for p in pfigs if id(p) not in matched_p]
    return result


def doc_of(rec: dict[str, Any]) -> str | None:
    if rec.get("doc"):
        return str(rec["doc"])
    for key in ("file", "url"):
        if rec.get(key):
            return PurePath(str(rec[key]).rstrip("/")).stem
    return None


def load_gold(path: str | Path) -> dict[str, dict[str, Any]]:
    """Gold articles by doc name (one JSON object a line: doc, published, outlet, figures)."""
    articles: dict[str, dict[str, Any]] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            art = json.loads(line)
            articles[str(art["doc"])] = art
            list(art["figures"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a gold article line ({exc})") from exc
    if not articles:
        raise InputError(f"{path} holds no gold articles")
    return articles


def run_eval(
    gold_path: str | Path,
    paths: Sequence[str],
    *,
    gold_dates: bool = False,
    infer_dates: bool = True,
    extractor_config: object | None = None,
) -> Score:
    """Ingest ``paths`` into a scratch SQLite database, export, and score against the gold file.

    The articles go in as ``casualties ingest`` puts them (undated ones dated by inference unless
    ``infer_dates`` is false). With ``gold_dates``, an article whose text carries no date takes the
    gold file's ``published`` instead. The first input that fails raises InputError.
    """
    from casualties.db import open_database
    from casualties.ingest import IngestOptions, ingest_doc, ingest_paths
    from casualties.query import export_records
    from casualties.reading import expand_path, read_path

    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="casualties-eval-") as tmp:
        engine = open_database(f"sqlite:///{tmp}/eval.db")
        try:
            options = IngestOptions(extractor_config=extractor_config, infer_dates=infer_dates)
            if not gold_dates:
                summary = ingest_paths(engine, list(paths), options)
                if summary.errors:
                    name, message = summary.errors[0]
                    raise InputError(message if name in message else f"{name}: {message}")
            for arg in paths if gold_dates else ():
                files, _ = expand_path(arg)
                for item in files:
                    doc = read_path(item)
                    meta = gold.get(PurePath(str(item)).stem, {})
                    if doc.published is None and meta.get("published"):
                        day = dt.date.fromisoformat(meta["published"])
                        doc = dataclasses.replace(doc, published=day, published_basis="user")
                    ingest_doc(engine, doc, options)
            records = list(export_records(engine))
        finally:
            engine.dispose()
    return score({doc: art["figures"] for doc, art in gold.items()}, records)
