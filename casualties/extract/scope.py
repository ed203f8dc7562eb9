"""Running toll or one event (FIGURES.md `scope`), and the day a figure describes (`as_of`)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence

from casualties.extract.candidates import Candidate
from casualties.extract.dates import MONTHS, DateCue, resolve
from casualties.extract.lexicon import EVENT_CUES, TOTAL_CUES
from casualties.extract.text import folded, on_folded
from casualties.extract.trie import initials, needed_words, trie_pattern

# A leading (?=[...]) lists the first characters of the alternatives: most positions fail on it at once
# (trie.initials); it never changes a match.
TOTAL_RE = re.compile(rf"\b{initials(TOTAL_CUES)}(?:{trie_pattern(TOTAL_CUES)})\b", re.IGNORECASE)
EVENT_RE = re.compile(rf"\b{initials(EVENT_CUES)}(?:{trie_pattern(EVENT_CUES)})\b", re.IGNORECASE)
_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))


PAST_EVENT_VERB = re.compile(
    r"(?=[wkiafltsa])(?:\b(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|martyred|shot|abducted|taken|arrested|detained)\b"
    r"|(?<!ha[sv]e\s)(?<!had\s)\b(?:killed|wounded|injured|abducted|fired|launched)\s+(?:at least\s+|more than\s+)?\d"
    # the act of taking captives: "taking 251 hostage", "seizing 253 hostages", "abducting about 250 others"
    r"|\b(?:taking|took|seizing|seized|abducting|kidnapping|kidnapped)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|more than\s+|at least\s+)?\d)",
    re.IGNORECASE,
)
PERFECT_VERB = re.compile(
    r"\b(?:have|has)\s+(?:\w+ly\s+|also\s+|now\s+|so far\s+)?(?:been\s+)?"
    r"(?:killed|wounded|injured|died|fled|displaced)\b",
    re.IGNORECASE,
)


class SentenceCues:
    """Scope cues and clause boundaries of one sentence, found once and shared by all its numbers."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self._folded = folded(sentence)
        # IGNORECASE scans run case-sensitively on the folded sentence when there is one (same spans, faster)
        self._f = _FOLDED if self._folded is not None else _AS_IS
        text = self._folded if self._folded is not None else sentence
        self.total = (
            [(m.start(), TOTAL_CUES[m.group(0).lower()]) for m in self._f.total_re.finditer(text)]
            if self.has_any(TOTAL_WORDS)
            else []
        )
        self.event = (
            [(m.start(), EVENT_CUES[m.group(0).lower()]) for m in self._f.event_re.finditer(text)]
            if self.has_any(EVENT_CUE_WORDS)
            else []
        )
        self.breaks = [(m.start(), m.end()) for m in CLAUSE_PUNCT.finditer(sentence)]
        self._starts = [b[0] for b in self.breaks]
        self._windows: dict[tuple[int, int], tuple[int, int, bool, bool]] = {}
        # sentence-wide signals, the same for every number in it (plain attributes: every figure asks)
        # WAR_NOUN is a bare alternation of WAR_WORDS: on folded text the substring test is the same check
        war_noun = self.has_any(WAR_WORDS) if self._folded is not None else WAR_NOUN.search(sentence)
        self.war_long = bool(war_noun and self._f.war_long.search(text))
        self.toll_of_incident = (
            self._f.toll_of_incident.search(text) if "toll" in sentence or "number of" in sentence else None
        )
        self.event_noun = bool(self.has_any(EVENT_WORDS) and self._f.event_nouns.search(text))
        self._perfect_any: bool | None = None
        # words the clause regexes of decide_scope need: without them the regex cannot match any clause
        self.may_year = self.has_any(YEAR_WORDS)
        self.may_since = self.has_any(("since",))
        self.may_window = self.has_any(WINDOW_WORDS)
        self.may_standing = self.has_any(STANDING_WORDS)
        self.may_month = self.has_any(MONTH_WORDS)
        self.may_bring = self.has_any(BRING_WORDS)

    def folded_or_text(self) -> str:
        """The folded sentence if there is one, else the sentence: what ``self._f`` patterns run on."""
        return self._folded if self._folded is not None else self.sentence

    def has_any(self, words: tuple[str, ...]) -> bool:
        """Might the sentence hold one of ``words`` (any case)? False only when none is there: a cheap
        exact pre-check before an IGNORECASE regex that needs one of them, on the sentence or a clause."""
        return self._folded is None or any(map(self._folded.__contains__, words))

    def perfect_any(self) -> bool:
        """Any perfect-tense verb in the sentence (asked only when it names an event)."""
        if self._perfect_any is None:
            self._perfect_any = bool(self._f.perfect_any.search(self.folded_or_text()))
        return self._perfect_any

    def window_signals(self, a: int, b: int) -> tuple[int, int, bool, bool]:
        """(event points, total points, perfect verb?, standing verb?) of the text ``[a:b]`` around a number,
        found once per window: numbers of one clause share it."""
        key = (a, b)
        found = self._windows.get(key)
        if found is None:
            clause, f = self.folded_or_text()[a:b], self._f
            perfect = bool(f.perfect_verb.search(clause))
            event = 3 if f.past_event_verb.search(clause) else 0
            total = 2 if perfect else 0
            if f.on_date.search(clause):
                event += 3  # "taken hostage on October 7"
            if self.may_year and f.past_year.search(clause):
                event += 3  # "in 2006 ... killed about 1,200": a past episode
            if self.may_since and f.short_since.search(clause):
                event += 8  # "since Sunday", "since last week": a window of days, not the war
            if self.may_window and f.window.search(clause):
                event += 4  # "in the past 24 hours", "in four days of clashes", "deadliest day"
            standing = bool(self.may_standing and f.standing.search(clause))  # "remain displaced"
            found = self._windows[key] = (event, total, perfect, standing)
        return found

    def clause(self, pos: int) -> tuple[int, int]:
        """The span between the clause punctuation before and after ``pos``."""
        i = bisect.bisect_right(self._starts, pos)
        start = self.breaks[i - 1][1] if i > 0 else 0
        end = self.breaks[i][0] if i < len(self.breaks) else len(self.sentence)
        return start, end


WINDOW = re.compile(
    r"(?=[iodwa])(?:\b(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|first|previous|following)?\s*(?:\w+\s+)?"
    r"(?:days?|hours?|nights?|weeks?)\b(?!\s+(?:of\s+)?(?:the\s+)?war)|\bdeadliest\s+(?:day|single day)\b"
    r"|\bin\s+a\s+single\s+day\b|\balone\b"
    r"|\b(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:\w+\s+)?months?\b)",  # not "in recent months"
    re.IGNORECASE,
)
WAR_NOUN = re.compile(
    r"(?=[wcofhis])(?:war|conflict|offensive|campaign|fighting|hostilities|invasion|occupation|siege|insurgency)", re.I
)
WAR_LONG = re.compile(
    r"\b(?=[ditos])(?:during|in|throughout|over|since)\s+(?:the|this|its|a|nearly|more than|almost)?\s*"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:war|conflict|offensive|campaign|fighting|hostilities|invasion|occupation|siege|insurgency)\b",
    re.IGNORECASE,
)
EVENT_NOUNS = re.compile(
    r"\b(?=[eqtflcsbamr])(?:earthquake|quake|tremor|flood(?:s|ing)?|landslide|cyclone|storm|stormed|blast|explosion|bombing|ambush"
    r"|massacre|stampede|shipwreck|capsized|crash|attack(?:ed)?|strike|airstrike|raid(?:ed)?|shelling)\b",
    re.IGNORECASE,
)


def decide_scope(cues: SentenceCues, cand: Candidate, metric: str, incident_article: bool = False) -> str:
    """Running toll of the conflict, or one incident (attack, disaster, day, window)?

    Cue words are summed, those in the number's own clause three times. A toll tied to a named
    incident ("the toll from Saturday's strike") is an event however it grew; a standing count
    ("remain displaced", "in the war") is a total. ``incident_article``: the headline or lead
    reports one incident, which colours sentences that name none.
    """
    pos = cand.num.start
    if cues.may_bring and not (incident_article or cues.toll_of_incident):  # not an incident's growing toll
        if BRINGING_TO_BEFORE.search(cues.sentence, max(0, pos - 90), pos):
            return "total"  # "..., bringing the number of hunger deaths to 101": the toll it adds up to
        if ADDED_COUNT.match(cues.sentence, cand.num.end) and BRINGING_TO.search(cues.sentence, cand.num.end):
            return "event"  # "12 more people had died, bringing the toll to 240": the new deaths
    start, end = cues.clause(cand.num.start)
    total = sum(w * (3 if start <= p < end else 1) for p, w in cues.total)
    event = sum(w * (3 if start <= p < end else 1) for p, w in cues.event)
    window_event, window_total, perfect, standing = cues.window_signals(max(start, pos - 160), min(end, pos + 160))
    event += window_event
    total += window_total
    war_long = cues.war_long
    if war_long:
        total += 4  # "during the 14-month conflict", "since the war began"
    if cues.toll_of_incident:
        event += 10  # "the death toll from the earthquake has passed 3,000"
    if cues.event_noun:
        event += 1 if cues.perfect_any() else 2
    elif incident_article and not war_long and total < 6:
        event += 2
    if standing or (cand.how == "noun" and metric == "displaced"):
        total += 3  # "remain displaced", "1.7 million internally displaced people"
    if metric == "projectiles":
        return "total" if total >= event + 4 else "event"
    if total == event == 0:
        # No cue at all. Running tolls announce themselves ("have been killed", "since", "so far", "the
        # toll", "in the war"); a bare count of dead, wounded, detained or captives reports one incident.
        # People displaced, missing or evacuated are a state that lasts: a count of them stands.
        return "total" if metric in STATE_METRICS else "event"
    if total == event:
        return "total" if perfect or metric in STANDING_METRICS else "event"
    return "total" if total > event else "event"


TOTAL_WORDS = needed_words(TOTAL_CUES, ("have", "has"))  # every cue holds one: without them TOTAL_RE cannot match
EVENT_CUE_WORDS = needed_words(EVENT_CUES, ("day", "week", "hours"))
# Words (lower case) each regex below needs, one at least: SentenceCues.has_any pre-checks.
YEAR_WORDS = ("19", "20")
BRING_WORDS = ("bring", "brought", "rais", "taking", "takes", "push")
MONTH_WORDS = tuple(m for m in MONTHS if len(m) == 3 or m == "sept")  # every month name starts with one
WINDOW_WORDS = ("day", "hour", "night", "week", "alone", "month")  # "deadliest day", "in a single day" hold "day"
STANDING_WORDS = ("remain", "still", "are now", "are being", "currently", "living in", "sheltering", "captivity",
                  "holding", "displaced")  # fmt: skip
WAR_WORDS = ("war", "conflict", "offensive", "campaign", "fighting", "hostilities", "invasion", "occupation", "siege",
             "insurgency")  # fmt: skip
EVENT_WORDS = ("earthquake", "quake", "tremor", "flood", "landslide", "cyclone", "storm", "blast", "explosion",
               "bombing", "ambush", "massacre", "stampede", "shipwreck", "capsized", "crash", "attack", "strike",
               "raid", "shelling")  # fmt: skip
SHORT_SINCE = re.compile(
    r"\bsince\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night"
    r"|the weekend|this week|last week|the morning|dawn|midnight)\b",
    re.IGNORECASE,
)
# "bringing the toll to", "bringing to 14 the number of", "raising the number of dead to more than": the
# count after it is the running toll; an added count before it ("12 more", "another 12") is the increment
_BRING = r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|pushing|pushes|pushed)\b"
BRINGING_TO_BEFORE = re.compile(
    _BRING + r"[^,;.]{0,70}?\bto\s+(?:(?:at least|more than|over|nearly|almost|about|around|some|roughly)\s+)?$",
    re.IGNORECASE,
)
BRINGING_TO = re.compile(_BRING + r"[^,;.]{0,70}?\bto\b", re.IGNORECASE)
ADDED_COUNT = re.compile(r"\s+(?:more|other|others|additional|further|new)\b", re.IGNORECASE)
PAST_YEAR = re.compile(
    r"\b(?=[idt])(?:in|during|throughout)\s+(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", re.IGNORECASE
)
STANDING_METRICS = frozenset({"displaced", "evacuated", "missing", "hostages", "detained"})
STATE_METRICS = frozenset({"displaced", "evacuated", "missing"})  # a state that lasts, not a harm done once
STANDING = re.compile(
    r"\b(?=[rsaclh])(?:remain|remains|remained|still|are now|are being|currently|living in|sheltering"
    r"|captivity|holding|are (?:internally\s+)?displaced)\b",
    re.I,
)
TOLL_OF_INCIDENT = re.compile(
    r"\b(?:toll|number of (?:dead|deaths|victims|casualties))\s+(?:from|of|in)\s+(?:the\s+|a\s+|this\s+|last\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:earthquake|quake|attack|strike|airstrike|bombing|blast|explosion|massacre|raid|floods?"
    r"|storm|cyclone|landslide|crash|assault|ambush|shelling|stampede|fire|collapse|shipwreck)\b",
    re.IGNORECASE,
)


PERFECT_ANY = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:been\s+)?\w+(?:ed|en)\b", re.I)
CLAUSE_PUNCT = re.compile(r"[,;:—–](?=\s)|\s[—–-]{1,2}\s")  # not the comma inside "100,000"
ASCII_WORD = re.compile(r"[A-Za-z]+")
ON_DATE = re.compile(r"\bon\s+(?:" + _MONTHS + r")\.?\s+\d", re.IGNORECASE)
# "in March alone", "during April", "in February 2024": a month with no day, a window that ends with it
IN_MONTH = re.compile(
    r"\b(?:in|during|throughout)\s+(?:the\s+month\s+of\s+)?(?P<month>" + _MONTHS + r")\b(?!\.?\s*\d{1,2}\b)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


# A short clause opening on one of these is a place and time of the main verb, set off by an aside before
# it: "killed 12 people, including five children, in Khan Younis on Sunday"
PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "across", "around", "outside", "inside"})
PLACE_CLAUSE_WORDS = 7


def _bare_adverbial(sentence_cues: SentenceCues, cue: DateCue) -> bool:
    """', on Saturday night.' or ', in Khan Younis on Sunday': a clause that is only a time (and a place),
    so it dates the main verb."""
    start, end = sentence_cues.clause(cue.start)
    words = ASCII_WORD.findall(sentence_cues.sentence[start:end])
    if len(words) <= 4:
        return True
    return len(words) <= PLACE_CLAUSE_WORDS and words[0].lower() in PLACE_PREPOSITIONS


def _recent_window(cues: SentenceCues, start: int, end: int) -> bool:
    """A window in the clause that ends when the figure is reported: "in the past 24 hours", "over the last
    month" (the scope's WINDOW pattern, with "past" or "last")."""
    if not ("past" in cues.sentence or "last" in cues.sentence) or not cues.may_window:
        return False
    windows = cues._f.window.finditer(cues.folded_or_text(), start, end)
    return any(" past " in m.group().lower() or " last " in m.group().lower() for m in windows)


def decide_as_of(
    sentence_cues: SentenceCues,
    cand: Candidate,
    scope: str,
    cues: Sequence[DateCue],
    published: dt.date | None,
    anchor: Callable[[], dt.date | None],
) -> dt.date | None:
    """The day the figure describes: a date named in its clause, a sentence-opening date, the narrative
    anchor (for events; ``anchor()`` finds it, only when needed), else the publication date."""
    reference = published  # "on Tuesday" is the Tuesday on or before the article's date
    start, end = sentence_cues.clause(cand.num.start)
    year = (
        sentence_cues._f.past_year.search(sentence_cues.folded_or_text(), max(0, start - 40), end)
        if sentence_cues.may_year
        else None
    )
    if year and published is not None and int(year.group("year")) < published.year:
        if not any(c.kind != "relative" and c.year == int(year.group("year")) for c in cues):
            return None  # "In 2006, the war killed about 1,200 people": a past year, no day to give
    incident = sentence_cues.toll_of_incident
    if scope == "event" and incident:
        named = [c for c in cues if incident.start() <= c.start < incident.end()]
        if named:  # "the death toll from Saturday's strike rose to 45 on Monday": Saturday
            return resolve(named[0], reference) or published
    start, end = sentence_cues.clause(cand.num.start)
    in_clause = [
        c for c in cues if start <= c.start < end and (not c.since or (scope == "event" and c.kind == "calendar"))
    ]
    if in_clause:
        chosen = min(in_clause, key=lambda c: abs(c.start - cand.num.start))
        return resolve(chosen, reference) or published
    in_month, month_end = _month_window(sentence_cues, start, end, published) if scope == "event" else (False, None)
    if in_month:
        return month_end  # "30 children had been killed in March alone": the window ends with March
    before = [
        c for c in cues if c.end <= cand.num.start and (not c.since or (scope == "event" and c.kind == "calendar"))
    ]
    if before:
        return resolve(before[-1], reference) or published
    trailing = [c for c in cues if c.start >= end and not c.since and _bare_adverbial(sentence_cues, c)]
    if trailing:
        return resolve(trailing[0], reference) or published
    if scope == "event" and _recent_window(sentence_cues, start, end):
        return published  # "had fled ... in the past month": up to the day of the report, not a day before
    day = anchor() if scope == "event" else None
    if day is not None and (published is None or day <= published):
        return day  # an event told without its own day happened on the day the narrative last named
    return published


def _month_window(cues: SentenceCues, start: int, end: int, published: dt.date | None) -> tuple[bool, dt.date | None]:
    """A month named without a day in the clause or at the sentence's start ("in April alone"): (True,
    its last day) when the month is over and of the publication year; (True, None) for a month of an
    earlier year ("in April 2024" in a 2025 article: a past episode, like "in 2006"); (False, None) when
    there is none, or it is the current month (its window ends on the article's day)."""
    if published is None:
        return False, None
    if "last month" in cues.sentence[start:end].lower():  # the window that ended with the previous month
        return True, published.replace(day=1) - dt.timedelta(days=1)
    if not cues.may_month:
        return False, None
    text = cues.folded_or_text()
    m = cues._f.in_month.search(text, start, end) or cues._f.in_month.match(text)  # or opening the sentence
    if m is None or (m.group("month") == "may" and cues.sentence[m.start("month")] == "m"):
        return False, None  # "in may": the verb
    month = MONTHS[m.group("month").lower()]
    year = int(m.group("year")) if m.group("year") else published.year - (month > published.month)
    if year < published.year:
        return True, None
    if month >= published.month:
        return False, None
    return True, dt.date(year, month + 1, 1) - dt.timedelta(days=1)


class _Patterns:
    """The scope patterns as they are, or (``fold``) without IGNORECASE for folded text (text.on_folded)."""

    def __init__(self, fold: bool) -> None:
        def get(p: re.Pattern[str]) -> re.Pattern[str]:
            return on_folded(p) if fold else p

        self.total_re, self.event_re, self.war_long = get(TOTAL_RE), get(EVENT_RE), get(WAR_LONG)
        self.toll_of_incident, self.event_nouns = get(TOLL_OF_INCIDENT), get(EVENT_NOUNS)
        self.perfect_any, self.perfect_verb, self.past_event_verb = (
            get(PERFECT_ANY),
            get(PERFECT_VERB),
            get(PAST_EVENT_VERB),
        )
        self.on_date, self.past_year, self.short_since = get(ON_DATE), get(PAST_YEAR), get(SHORT_SINCE)
        self.window, self.standing, self.in_month = get(WINDOW), get(STANDING), get(IN_MONTH)


_AS_IS = _Patterns(fold=False)
_FOLDED = _Patterns(fold=True)
