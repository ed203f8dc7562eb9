"""Compare an extractor's figures with a case's expected figures.

Matching follows /work/shared/eval/score.py: figures pair one-to-one on
(metric, value); among candidates the one agreeing on most other fields wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import Case

DEFAULTS: dict[str, Any] = {"population": "all", "qualifier": "exact", "high": None}
OPTIONAL = ("scope", "as_of", "reported_by")
STRICT = ("metric", "value", "side", "population")


def _words(s: str | None) -> set[str]:
    return set(re.findall(r"[a-z]+", (s or "").lower())) - {"the", "a", "an", "of", "s", "said", "tally"}


def same_reporter(expected: Any, predicted: str | None) -> bool:
    """score.py's lenient rule (word overlap >= 0.5); a tuple lists acceptable names."""
    if isinstance(expected, tuple | list):
        return any(same_reporter(e, predicted) for e in expected)
    if not expected and not predicted:
        return True
    if not expected or not predicted:
        return False
    a, b = _words(expected), _words(predicted)
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.5


def as_record(fig: Any) -> dict[str, Any]:
    """A predicted Figure (or dict) as a FIGURES.md dict with an ISO ``as_of``."""
    rec = dict(fig) if isinstance(fig, dict) else fig.to_record()
    if rec.get("as_of") is not None:
        rec["as_of"] = str(rec["as_of"])[:10]
    return rec


def field_ok(name: str, want: Any, got: dict[str, Any]) -> bool:
    if name == "reported_by":
        return same_reporter(want, got.get("reported_by"))
    if name == "population":
        return (got.get("population") or "all") == want
    if name == "qualifier":
        return (got.get("qualifier") or "exact") == want
    return got.get(name) == want


def checked_fields(exp: dict[str, Any]) -> dict[str, Any]:
    """The fields of an expected figure that are checked, defaults filled in."""
    out = {k: exp.get(k, v) for k, v in DEFAULTS.items()}
    out["side"] = exp["side"]
    out.update({k: exp[k] for k in OPTIONAL if k in exp})
    return out


def wrong_fields(exp: dict[str, Any], got: dict[str, Any]) -> list[str]:
    return [k for k, v in checked_fields(exp).items() if not field_ok(k, v, got)]


def pair_up(expected: tuple[dict[str, Any], ...], predicted: list[dict[str, Any]], strict: bool = False):
    """One-to-one pairs (expected index, predicted index); best-agreeing pairs first."""
    scored = []
    for i, e in enumerate(expected):
        for j, p in enumerate(predicted):
            if e["metric"] != p.get("metric") or e["value"] != p.get("value"):
                continue
            if strict and not all(field_ok(k, checked_fields(e)[k], p) for k in ("side", "population")):
                continue
            scored.append((len(wrong_fields(e, p)), i, j))
    used_e: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in sorted(scored):
        if i not in used_e and j not in used_p:
            used_e.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def short(rec: dict[str, Any]) -> str:
    """Compact one-line view of a figure (defaults and empty fields left out)."""
    keys = ("metric", "value", "side", "population", "qualifier", "high", "scope", "as_of", "reported_by")
    parts = []
    for k in keys:
        if k not in rec or (k in DEFAULTS and rec[k] == DEFAULTS[k]) or (rec[k] is None and k != "reported_by"):
            continue
        parts.append(f"{k}={rec[k]!r}")
    return "{" + ", ".join(parts) + "}"


@dataclass
class Outcome:
    """What went wrong in one case: kind -> list of messages, plus strict counts for scoring."""

    problems: list[tuple[str, str]] = field(default_factory=list)
    strict_tp: int = 0
    loose_tp: int = 0
    n_pred: int = 0
    confusions: list[tuple[str, str, str]] = field(default_factory=list)
    n_gold: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def compare(case: Case, predicted: list[dict[str, Any]]) -> Outcome:
    """Every disagreement between ``case.expected`` and ``predicted``."""
    out = Outcome(n_gold=len(case.expected))
    pairs = pair_up(case.expected, predicted)
    strict_pairs = pair_up(case.expected, predicted, strict=True)
    out.strict_tp = len(strict_pairs)
    out.loose_tp = len(pairs)
    out.n_pred = len(predicted) if case.exhaustive else len(pairs)
    for i, j in pairs:
        e, p = case.expected[i], predicted[j]
        for k in wrong_fields(e, p):
            out.confusions.append((k, repr(checked_fields(e)[k]), repr(p.get(k))))
            out.problems.append(
                (f"wrong {k}", f"{k}: expected {checked_fields(e)[k]!r}, got {p.get(k)!r} in {short(p)}")
            )
    matched_e = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, e in enumerate(case.expected):
        if i not in matched_e:
            out.problems.append(("missed", f"missed {short(e)}"))
    if case.exhaustive:
        for j, p in enumerate(predicted):
            if j not in matched_p:
                out.problems.append(("spurious", f"spurious {short(p)}"))
    return out


def report(case: Case, predicted: list[dict[str, Any]], outcome: Outcome) -> str:
    """Assertion message: the text, what was expected and what came out."""
    lines = [f"{case.id}: {case.text!r} (published {case.published})"]
    lines += ["  expected: " + short(e) for e in case.expected] or ["  expected: nothing"]
    lines += ["  got:      " + short(p) for p in predicted] or ["  got:      nothing"]
    lines += ["  -> " + msg for _, msg in outcome.problems]
    return "\n".join(lines)
