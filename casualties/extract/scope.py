"""Running toll or one event (FIGURES.md `scope`), and the day a figure describes (`as_of`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from casualties.extract.candidates import Candidate
from casualties.extract.dates import MONTHS, DateCue, resolve
from casualties.extract.lexicon import EVENT_CUES, TOTAL_CUES
from casualties.extract.trie import trie_pattern

TOTAL_RE = re.compile(rf"\b(?:{trie_pattern(TOTAL_CUES)})\b", re.IGNORECASE)
EVENT_RE = re.compile(rf"\b(?:{trie_pattern(EVENT_CUES)})\b", re.IGNORECASE)
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))


PAST_EVENT_VERB = re.compile(
    r"\b(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|martyred|shot|abducted|taken|arrested|detained)\b"
    r"|(?<!ha[sv]e\s)(?<!had\s)\b(?:killed|wounded|injured|abducted|fired|launched)\s+(?:at least\s+|more than\s+)?\d",
    re.IGNORECASE,
)
PERFECT_VERB = re.compile(r"\b(?:have|has)\s+(?:\w+ly\s+)?(?:been\s+)?(?:killed|wounded|injured|died|fled|displaced)\b",
                          re.IGNORECASE)  # fmt: skip


class SentenceCues:
    """Scope cues and clause boundaries of one sentence, found once and shared by all its numbers."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.total = [(m.start(), TOTAL_CUES[m.group(0).lower()]) for m in TOTAL_RE.finditer(sentence)]
        self.event = [(m.start(), EVENT_CUES[m.group(0).lower()]) for m in EVENT_RE.finditer(sentence)]
        self.breaks = [(m.start(), m.end()) for m in CLAUSE_PUNCT.finditer(sentence)]
        self._starts = [b[0] for b in self.breaks]

    def clause(self, pos: int) -> tuple[int, int]:
        """The span between the clause punctuation before and after ``pos``."""
        i = bisect.bisect_right(self._starts, pos)
        start = self.breaks[i - 1][1] if i > 0 else 0
        end = self.breaks[i][0] if i < len(self.breaks) else len(self.sentence)
        return start, end


def decide_scope(cues: SentenceCues, cand: Candidate, metric: str) -> str:
    """Sum weighted cues: those in the number's own clause count three times, others once."""
    start, end = cues.clause(cand.num.start)
    total = sum(w * (3 if start <= p < end else 1) for p, w in cues.total)
    event = sum(w * (3 if start <= p < end else 1) for p, w in cues.event)
    pos = cand.num.start
    clause = cues.sentence[max(start, pos - 160) : min(end, pos + 160)]
    if PAST_EVENT_VERB.search(clause):
        event += 3
    if PERFECT_VERB.search(clause):
        total += 2
    if ON_DATE.search(clause):
        event += 3  # "taken hostage on October 7"
    if metric == "projectiles":
        return "total" if total >= event + 4 else "event"
    if metric in ("displaced", "evacuated", "missing", "hostages", "detained") and event <= total + 1:
        return "total"
    if total == event == 0:
        return "total"
    return "total" if total >= event else "event"


CLAUSE_PUNCT = re.compile(r"[,;:—–](?=\s)|\s[—–-]{1,2}\s")  # not the comma inside "100,000"
ON_DATE = re.compile(r"\bon\s+(?:" + _MONTHS + r")\.?\s+\d", re.IGNORECASE)


def _bare_adverbial(sentence_cues: SentenceCues, cue: DateCue) -> bool:
    """', on Saturday night.': a clause that is only a time, so it dates the main verb."""
    start, end = sentence_cues.clause(cue.start)
    words = re.findall(r"[A-Za-z]+", sentence_cues.sentence[start:end])
    return len(words) <= 4


def decide_as_of(
    sentence_cues: SentenceCues,
    cand: Candidate,
    scope: str,
    cues: Sequence[DateCue],
    published: dt.date | None,
    anchor: dt.date | None,
) -> dt.date | None:
    """The day the figure describes: a date named in its clause, a sentence-opening date, the narrative
    anchor (for events), else the publication date."""
    reference = anchor if anchor is not None and published is not None and anchor <= published else published
    start, end = sentence_cues.clause(cand.num.start)
    in_clause = [c for c in cues if start <= c.start < end and (not c.since or scope == "event")]
    if in_clause:
        chosen = min(in_clause, key=lambda c: abs(c.start - cand.num.start))
        return resolve(chosen, reference) or published
    before = [
        c for c in cues if c.end <= cand.num.start and (not c.since or (scope == "event" and c.kind == "calendar"))
    ]
    if before:
        return resolve(before[-1], reference) or published
    trailing = [c for c in cues if c.start >= end and not c.since and _bare_adverbial(sentence_cues, c)]
    if trailing:
        return resolve(trailing[0], reference) or published
    if scope == "event" and anchor is not None:
        return reference
    return published
