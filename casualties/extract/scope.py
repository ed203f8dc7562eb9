"""Running toll or one event (FIGURES.md `scope`), and the day a figure describes (`as_of`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from casualties.extract.candidates import Candidate
from casualties.extract.dates import MONTHS, DateCue, resolve
from casualties.extract.lexicon import EVENT_CUES, TOTAL_CUES

TOTAL_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(TOTAL_CUES, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)  # fmt: skip
EVENT_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(EVENT_CUES, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)  # fmt: skip
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))


PAST_EVENT_VERB = re.compile(
    r"\b(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|martyred|shot|abducted|taken|arrested|detained)\b"
    r"|(?<!ha[sv]e\s)(?<!had\s)\b(?:killed|wounded|injured|abducted|fired|launched)\s+(?:at least\s+|more than\s+)?\d",
    re.IGNORECASE,
)
PERFECT_VERB = re.compile(r"\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+)?(?:killed|wounded|injured|died|fled|displaced)\b",
                          re.IGNORECASE)  # fmt: skip


def decide_scope(sentence: str, cand: Candidate, metric: str) -> str:
    """Sum weighted cues: those in the number's own clause count three times, others once."""
    start, end = _clause_bounds(sentence, cand.num.start)
    total = event = 0.0
    for m in TOTAL_RE.finditer(sentence):
        weight = TOTAL_CUES[m.group(0).lower()]
        total += weight * (3 if start <= m.start() < end else 1)
    for m in EVENT_RE.finditer(sentence):
        weight = EVENT_CUES[m.group(0).lower()]
        event += weight * (3 if start <= m.start() < end else 1)
    clause = sentence[start:end]
    if PAST_EVENT_VERB.search(clause):
        event += 3
    if PERFECT_VERB.search(clause):
        total += 2
    if re.search(r"\bon\s+(?:" + _MONTHS + r")\.?\s+\d", clause, re.IGNORECASE):
        event += 3  # "taken hostage on October 7"
    if metric == "projectiles":
        return "total" if total >= event + 4 else "event"
    if metric in ("displaced", "evacuated", "missing", "hostages", "detained") and event <= total + 1:
        return "total"
    if total == event == 0:
        return "total"
    return "total" if total >= event else "event"


CLAUSE_PUNCT = re.compile(r"[,;:—–](?=\s)|\s[—–-]{1,2}\s")  # not the comma inside "100,000"


def _clause_bounds(sentence: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in CLAUSE_PUNCT.finditer(sentence[:pos])), default=0)
    nxt = CLAUSE_PUNCT.search(sentence, pos)
    end = nxt.start() if nxt else len(sentence)
    return start, end


def _bare_adverbial(sentence: str, cue: DateCue) -> bool:
    """', on Saturday night.': a clause that is only a time, so it dates the main verb."""
    start, end = _clause_bounds(sentence, cue.start)
    words = re.findall(r"[A-Za-z]+", sentence[start:end])
    return len(words) <= 4


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
    trailing = [c for c in cues if c.start >= end and not c.since and _bare_adverbial(sentence, c)]
    if trailing:
        return resolve(trailing[0], reference) or published
    if scope == "event" and anchor is not None:
        return reference
    return published
