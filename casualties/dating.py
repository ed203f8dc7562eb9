"""Dating an article whose text states no publication date, from evidence inside it.

A figure's as_of defaults to the article's publication date, so an undated
article gives undated tolls that no series can place. Two kinds of evidence
can still date it; both must agree with the weekdays the text names ("the
group said Wednesday"), and the result is stored as a guess with its basis
(articles.published_basis), never passed off as a stated date:

- official series: an exact running toll the text quotes ("5,791 people have
  been killed" in Gaza) is the number an official daily series published on
  one day; a report quoting it is written that day or within the next two.
- same story: the text quotes a statement word for word (six words or more)
  that a dated article of the same batch also quotes; reports of one
  statement come out within a day of each other.

Evidence that disagrees, or a window the text's weekdays do not fit, gives
no date at all: an undated figure is better than a wrongly dated one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from casualties.figure import Figure
from casualties.official import PRESETS, OfficialRow, bundled_file, read_records, rows_to_points

# --- tables ----------------------------------------------------------------------------------------

# A weekday named as a day of the report ("on Wednesday", "said Tuesday", "Friday's strike"), not a
# feast or a named historical day.
WEEKDAY_RE = re.compile(
    r"(?<![A-Za-z])(?<!Good )(?<!Black )(?<!Ash )(?<!Holy )(?<!Palm )(?<!Bloody )(?<!Easter )(?<!Super )"
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"
)
WEEKDAY_NUMBER = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}

# Quoted statements: curly or straight double quotes, at most a long paragraph.
QUOTE_RES = (re.compile(r"“([^“”\n]{1,800})”"), re.compile(r'"([^"\n]{1,800})"'))
QUOTE_WORD_RE = re.compile(r"[^\W_]+")
SHARED_QUOTE_WORDS = 6  # consecutive quoted words two reports must share to be one story
MAX_QUOTE_KEYS = 5_000  # per article: a bound for huge inputs

MIN_OFFICIAL_VALUE = 100  # smaller tolls recur too often to pin a day
OFFICIAL_LAG_DAYS = 2  # a report quotes an official figure on its day or within this many days
MAX_STALE_DAYS = 7  # a value the series kept longer than this names no particular day
SAME_STORY_DAYS = 1  # reports of one statement: a day either side of the dated report


@dataclass(frozen=True, slots=True)
class DateGuess:
    """A publication date inferred from the text, with its basis and a one-line reason."""

    date: dt.date
    basis: str
    reason: str


# --- weekdays --------------------------------------------------------------------------------------


def weekdays_named(text: str) -> frozenset[int]:
    """Weekdays the text names (Monday = 0)."""
    return frozenset(WEEKDAY_NUMBER[m.group(1)] for m in WEEKDAY_RE.finditer(text))


def latest_named_day(first: dt.date, last: dt.date, weekdays: frozenset[int]) -> dt.date | None:
    """The last day of [first, last] whose weekday the text names: a report speaks of its own day and
    the days before it, so the latest day it names is the best guess for its date."""
    day = last
    while day >= first:
        if day.weekday() in weekdays:
            return day
        day -= dt.timedelta(days=1)
    return None


# --- same story ------------------------------------------------------------------------------------


def quote_keys(text: str) -> frozenset[tuple[str, ...]]:
    """Every run of SHARED_QUOTE_WORDS consecutive words inside a quotation, lower-cased."""
    keys: set[tuple[str, ...]] = set()
    n = SHARED_QUOTE_WORDS
    for pattern in QUOTE_RES:
        for match in pattern.finditer(text):
            words = QUOTE_WORD_RE.findall(match.group(1).lower())
            keys.update(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
            if len(keys) >= MAX_QUOTE_KEYS:
                return frozenset(keys)
    return frozenset(keys)


@dataclass(frozen=True, slots=True)
class Anchor:
    """A dated article that undated ones may share a quotation with."""

    published: dt.date
    name: str
    keys: frozenset[tuple[str, ...]]


# --- official series -------------------------------------------------------------------------------

OfficialKey = tuple[str, str, str, int]  # metric, side, population, value


def official_days(points: Iterable[OfficialRow]) -> dict[OfficialKey, list[dt.date]]:
    """For each (metric, side, population, value): the sorted days the series reported that value."""
    days: dict[OfficialKey, list[dt.date]] = defaultdict(list)
    for p in points:
        days[(p.metric, p.side, p.population, p.value)].append(p.as_of)
    return {key: sorted(found) for key, found in days.items()}


def bundled_official_days() -> dict[OfficialKey, list[dt.date]]:
    """The value -> days index of every official series shipped with the package."""
    points: list[OfficialRow] = []
    for spec in PRESETS.values():
        if spec.data_file:
            points.extend(rows_to_points(read_records(bundled_file(spec.data_file)), spec, spec.name))
    return official_days(points)


def _runs(days: Sequence[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Consecutive-day runs in sorted ``days``."""
    runs: list[tuple[dt.date, dt.date]] = []
    for day in days:
        if runs and (day - runs[-1][1]).days <= 1:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _official_window(fig: Figure, index: dict[OfficialKey, list[dt.date]]) -> tuple[dt.date, dt.date] | None:
    """The days a report quoting ``fig`` can date from, if ``fig`` is an official running toll of one day."""
    if fig.qualifier != "exact" or fig.scope != "total" or fig.as_of is not None:
        return None
    assert fig.value is not None  # an extracted figure always has a value
    if fig.value < MIN_OFFICIAL_VALUE:
        return None
    days = index.get((fig.metric, fig.side, fig.population, fig.value))
    if not days:
        return None
    runs = _runs(days)
    if len(runs) != 1 or (runs[0][1] - runs[0][0]).days > MAX_STALE_DAYS:
        return None  # the value recurs (a restart, a revision) or stood for weeks: no particular day
    first, last = runs[0]
    return first, last + dt.timedelta(days=OFFICIAL_LAG_DAYS)


# --- inference -------------------------------------------------------------------------------------


@dataclass
class DateInference:
    """Dates undated articles of one ingest run: collects dated articles as anchors as they go by,
    loads the official series only when an undated article needs them."""

    official: dict[OfficialKey, list[dt.date]] | None = None
    anchors: list[Anchor] = field(default_factory=list)

    def add_anchor(self, published: dt.date, name: str, text: str) -> None:
        keys = quote_keys(text)
        if keys:
            self.anchors.append(Anchor(published, name, keys))

    def official_guess(self, text: str, figures: Sequence[Figure]) -> DateGuess | None:
        """The date the official tolls among ``figures`` (extracted without a date) and the text's weekdays fit."""
        return self._from_official(figures, weekdays_named(text))

    def same_story_guess(self, text: str) -> DateGuess | None:
        """The date of the anchors that quote a statement ``text`` also quotes, if its weekdays fit."""
        return self._from_same_story(text, weekdays_named(text))

    @staticmethod
    def may_share_story(text: str) -> bool:
        """Whether ``text`` could be dated by an anchor at all (it quotes and names a weekday)."""
        return bool(weekdays_named(text)) and bool(quote_keys(text))

    def _from_official(self, figures: Sequence[Figure], weekdays: frozenset[int]) -> DateGuess | None:
        candidates = [f for f in figures if f.qualifier == "exact" and f.scope == "total" and f.as_of is None]
        if not candidates:
            return None
        if self.official is None:
            self.official = bundled_official_days()
        windows = [(f, w) for f in candidates if (w := _official_window(f, self.official))]
        if not windows:
            return None
        first = max(w[0] for _, w in windows)
        last = min(w[1] for _, w in windows)
        if first > last:
            return None  # the tolls point at different days
        day = latest_named_day(first, last, weekdays) if weekdays else first
        if day is None:
            return None
        tolls = "; ".join(f"{f.value:,} {f.metric} ({f.side})" for f, _ in windows[:3])
        reason = f"official series reported {tolls} on {first.isoformat()}"
        if weekdays:
            reason += f"; the text names {day.strftime('%A')}"
        return DateGuess(day, "official-series", reason)

    def _from_same_story(self, text: str, weekdays: frozenset[int]) -> DateGuess | None:
        if not self.anchors or not weekdays:
            return None
        keys = quote_keys(text)
        if not keys:
            return None
        days: dict[dt.date, Anchor] = {}
        span = dt.timedelta(days=SAME_STORY_DAYS)
        for anchor in self.anchors:
            if keys.isdisjoint(anchor.keys):
                continue
            named = latest_named_day(anchor.published - span, anchor.published + span, weekdays)
            if named is None:
                return None  # the same quotation but none of the text's weekdays fits: do not guess
            # naming the day before (the day of the event) fits a report of the anchor's day
            day = max(named, anchor.published)
            days.setdefault(day, anchor)
        if len(days) != 1:
            return None
        ((day, anchor),) = days.items()
        reason = f"quotes the same statement as {anchor.name} (published {anchor.published}); its weekdays fit"
        return DateGuess(day, "same-story", reason)
