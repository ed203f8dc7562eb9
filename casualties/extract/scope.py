"""Running toll or one event (FIGURES.md `scope`), and the day a figure describes (`as_of`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from casualties.extract.candidates import Candidate
from casualties.extract.dates import DateCue, resolve
from casualties.extract.lexicon import EVENT_CUES, TOTAL_CUES

TOTAL_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(TOTAL_CUES, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)  # fmt: skip
EVENT_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(EVENT_CUES, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)  # fmt: skip
NEAR = 70  # cues this close to the number count double


def decide_scope(sentence: str, cand: Candidate, metric: str) -> str:
    total = event = 0.0
    for m in TOTAL_RE.finditer(sentence):
        weight = TOTAL_CUES[m.group(0).lower()]
        total += weight * (2 if abs(m.start() - cand.num.start) < NEAR else 1)
    for m in EVENT_RE.finditer(sentence):
        weight = EVENT_CUES[m.group(0).lower()]
        event += weight * (2 if abs(m.start() - cand.num.start) < NEAR else 1)
    if metric == "projectiles":
        return "total" if total >= event + 4 else "event"
    if metric in ("displaced", "evacuated", "missing", "hostages", "detained") and event <= total + 1:
        return "total"
    if total == event == 0:
        return "event" if re.search(r"\b(?:were|was)\s+(?:\w+\s+)?(?:killed|wounded|injured)\b", sentence) else "total"
    return "total" if total >= event else "event"


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in re.finditer(r"[,;:—–]", sentence[:pos])), default=0)
    nxt = re.search(r"[,;:—–]", sentence[pos:])
    end = pos + nxt.start() if nxt else len(sentence)
    return start, end


def decide_as_of(
    sentence: str,
    cand: Candidate,
    scope: str,
    cues: Sequence[DateCue],
    published: dt.date | None,
    anchor: dt.date | None,
) -> dt.date | None:
    """The day the figure describes: a date named in its clause, a sentence-opening date, the narrative
    anchor (for events), else the publication date."""
    reference = anchor if anchor is not None and published is not None and anchor <= published else published
    start, end = _clause_bounds(sentence, cand.num.start)
    in_clause = [c for c in cues if start <= c.start < end and (not c.since or scope == "event")]
    if in_clause:
        chosen = min(in_clause, key=lambda c: abs(c.start - cand.num.start))
        return resolve(chosen, reference) or published
    before = [
        c for c in cues if c.end <= cand.num.start and (not c.since or (scope == "event" and c.kind == "calendar"))
    ]
    if before:
        return resolve(before[-1], reference) or published
    if scope == "event" and anchor is not None:
        return reference
    return published
