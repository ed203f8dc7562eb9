"""Date cues in a sentence ("on Tuesday", "yesterday", "October 7") resolved against a reference date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from casualties.extract.text import folded
from casualties.extract.trie import initials, needed_words, trie_pattern

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# Relative day words -> days before the reference date.
RELATIVE_DAYS: dict[str, int] = {
    "yesterday": 1, "last night": 1, "the previous day": 1, "the day before": 1, "a day earlier": 1,
    "the previous night": 1, "two days ago": 2, "three days ago": 3, "today": 0, "this morning": 0,
    "earlier today": 0, "tonight": 0, "this evening": 0, "overnight": 0, "earlier in the day": 0,
    "on the same day": 0, "the same day": 0,
}  # fmt: skip

_MONTH = trie_pattern(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_REL = trie_pattern(RELATIVE_DAYS)
_DATE_START = initials([*MONTHS, *WEEKDAYS, *RELATIVE_DAYS], r"\d")  # \d: any digit, as the pattern reads
# The shared leading \b and a first-character lookahead let most positions fail at once.
DATE_RE = re.compile(
    rf"\b{_DATE_START}(?:"
    rf"(?P<md>(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?)"
    rf"|(?P<dm>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\b\.?(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?)"
    rf"|(?P<wd>(?P<weekday>{_WEEKDAY})(?:['’]s)?\b)"
    rf"|(?P<rel>(?:{_REL})\b))",
    re.IGNORECASE,
)
# A date cue needs a month, weekday or relative-day word: one of these (lower case) is in every one.
DATE_WORDS = needed_words([*MONTHS, *WEEKDAYS, *RELATIVE_DAYS], ("day", "night", "morning", "evening"))
# "Since fighting erupted in the city on 10 May": a date inside a since-clause starts the period too
SINCE_CLAUSE = re.compile(r"\bsince\s+[^,;.]{0,40}\b(?:on|in)\s+$", re.IGNORECASE)
SINCE_BEFORE = re.compile(r"\b(?:since|from|after|before|until|between|starting)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateCue:
    start: int
    end: int
    kind: str  # "calendar", "weekday", "relative"
    surface: str
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None
    days_back: int | None = None
    since: bool = False  # "since October 7": starts a period, is not the day described


def find_date_cues(text: str) -> list[DateCue]:
    cues: list[DateCue] = []
    low = folded(text)
    if low is not None and not any(map(low.__contains__, DATE_WORDS)):
        return cues  # no date word at all (most sentences): skip the regex scan
    for m in DATE_RE.finditer(text):
        since = bool(
            SINCE_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
            or SINCE_CLAUSE.search(text[max(0, m.start() - 50) : m.start()])
        )
        if m.group("md") or m.group("dm"):
            month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
            day = int(m.group("d1") or m.group("d2"))
            year_s = m.group("y1") or m.group("y2")
            if not 1 <= day <= 31:
                continue
            if m.group("m1") and m.group("m1").lower() == "may" and m.group("m1") == "may":
                continue  # the modal verb "may", not the month
            cues.append(DateCue(m.start(), m.end(), "calendar", m.group(0), month, day,
                                int(year_s) if year_s else None, since=since))  # fmt: skip
        elif m.group("wd"):
            cues.append(DateCue(m.start(), m.end(), "weekday", m.group(0),
                                weekday=WEEKDAYS.index(m.group("weekday").lower()), since=since))  # fmt: skip
        else:
            cues.append(DateCue(m.start(), m.end(), "relative", m.group(0),
                                days_back=RELATIVE_DAYS[m.group(0).lower()], since=since))  # fmt: skip
    return cues


def resolve(cue: DateCue, reference: dt.date | None) -> dt.date | None:
    """The day a cue names, counted back from ``reference`` (the article date or a narrative anchor)."""
    if cue.kind == "calendar":
        assert cue.month is not None and cue.day is not None
        if cue.year is not None:
            return _safe_date(cue.year, cue.month, cue.day)
        if reference is None:
            return None
        for year in (reference.year, reference.year - 1):
            day = _safe_date(year, cue.month, cue.day)
            if day is not None and day <= reference:
                return day
        return None
    if reference is None:
        return None
    if cue.kind == "weekday":
        assert cue.weekday is not None
        return reference - dt.timedelta(days=(reference.weekday() - cue.weekday) % 7)
    assert cue.days_back is not None
    return reference - dt.timedelta(days=cue.days_back)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
