"""Article-level scoring, the same rules as /work/shared/eval/score.py.

Greedy one-to-one matching in prediction order: each predicted figure takes the
first unused gold figure of its doc with the same metric and value, preferring
the one that also agrees on side and population; "strict" requires both.
Attributes (qualifier, scope, as_of, reported_by) are compared on strict pairs.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

ATTRS = ("qualifier", "scope", "as_of", "reported_by")


def norm(v: Any) -> str | None:
    return None if v is None else (str(v).strip().lower().replace("_", "-") or None)


def _words(s: str | None) -> set[str]:
    return set(re.findall(r"[a-z]+", (s or "").lower())) - {"the", "a", "an", "of", "s", "said", "tally"}


def same_reporter(g: str | None, p: str | None) -> bool:
    if not g and not p:
        return True
    if not g or not p:
        return False
    a, b = _words(g), _words(p)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.5


def _int(v: Any) -> int | None:
    try:
        return round(float(v))
    except (TypeError, ValueError):
        return None


def match(gold: list[dict], pred: list[dict], strict: bool) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs, exactly as score.py's ``match``."""
    used: set[int] = set()
    pairs = []
    for j, p in enumerate(pred):
        best = None
        for i, g in enumerate(gold):
            if (
                i in used
                or norm(g.get("metric")) != norm(p.get("metric"))
                or _int(g.get("value")) != _int(p.get("value"))
            ):
                continue
            side_ok = norm(g.get("side")) == norm(p.get("side"))
            pop_ok = norm(g.get("population") or "all") == norm(p.get("population") or "all")
            if strict and not (side_ok and pop_ok):
                continue
            if best is None or side_ok + pop_ok > best[0]:
                best = (side_ok + pop_ok, i)
        if best is not None:
            used.add(best[1])
            pairs.append((best[1], j))
    return pairs


def attr_ok(name: str, g: dict, p: dict) -> bool:
    if name == "qualifier":
        return norm(g.get("qualifier") or "exact") == norm(p.get("qualifier") or "exact")
    if name == "as_of":
        return str(g.get("as_of") or "")[:10] == str(p.get("as_of") or "")[:10]
    if name == "reported_by":
        return same_reporter(g.get("reported_by"), p.get("reported_by"))
    return norm(g.get(name)) == norm(p.get(name))


@dataclass
class Score:
    """Totals over many docs, plus every error for the report."""

    gold: int = 0
    pred: int = 0
    loose: int = 0
    strict: int = 0
    attrs: Counter[str] = field(default_factory=Counter)
    pairs: int = 0
    errors: list[tuple[str, str, dict, dict | None]] = field(default_factory=list)  # kind, doc, figure, partner

    def add(self, doc: str, gold: list[dict], pred: list[dict]) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        loose = match(gold, pred, strict=False)
        strict = match(gold, pred, strict=True)
        self.loose += len(loose)
        self.strict += len(strict)
        for i, j in strict:
            self.pairs += 1
            for a in ATTRS:
                if attr_ok(a, gold[i], pred[j]):
                    self.attrs[a] += 1
                else:
                    self.errors.append((f"wrong {a}", doc, gold[i], pred[j]))
        sg, sp = {i for i, _ in strict}, {j for _, j in strict}
        loose_of = {i: j for i, j in loose}
        for i, g in enumerate(gold):
            if i in sg:
                continue
            j = loose_of.get(i)
            if j is not None and j not in sp:
                p = pred[j]
                kind = "wrong side" if norm(g.get("side")) != norm(p.get("side")) else "wrong population"
                self.errors.append((kind, doc, g, p))
            else:
                self.errors.append(("missed", doc, g, None))
        loose_preds = {j for i, j in loose if i not in sg}
        for j, p in enumerate(pred):
            if j not in sp and j not in loose_preds:
                self.errors.append(("spurious", doc, p, None))

    @staticmethod
    def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self.prf(self.strict, self.pred, self.gold)

    @property
    def loose_prf(self) -> tuple[float, float, float]:
        return self.prf(self.loose, self.pred, self.gold)

    def attr_share(self, name: str) -> float:
        return self.attrs[name] / self.pairs if self.pairs else 0.0
