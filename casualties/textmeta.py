"""Metadata a plain-text article carries in its own header and footer lines.

Saved pages and wire copy often keep a "Published: ..." or "Updated: ..." line,
a dateline ("KYIV, March 3, 2024 (Reuters) -") or a bare date line. This module
finds the publication date, the wire agency and a title there, and only there:
dates inside the body ("the attack on October 7") are events, not the
publication date, so every rule is tied to a header/footer/lead position.

The date rules are a table (``RULES``), tried in order of preference; each is
a regular expression around one shared date pattern.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

HEAD_LINES = 15  # non-empty lines at the top that can hold header metadata
TAIL_LINES = 8  # ... and at the bottom (footers: "Updated: May 15, 2024, 5:57 PM")
HEAD_CHARS = 6000  # only this much text is split into lines, so big articles cost nothing
TAIL_CHARS = 3000
MAX_LABEL_LINE = 120  # a "Published: ..." line longer than this is a sentence, not a label

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MON = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?" \
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # fmt: skip
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_ISO = (
    r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)
_MDY = rf"{_WEEKDAY}{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?(?!\d)"
_DMY = rf"{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?(?!\d)"
# "14/02/2025" (day first, as European pages write it); read only when the day is over 12, see parse_date
_NUMERIC = r"(?<![\d/])[0-3]?\d/[01]?\d/(?:19|20)\d\d(?![\d/])"
DATE = rf"(?P<date>{_ISO}|{_MDY}|{_DMY}|{_NUMERIC})"
_TIME = r"(?:,?\s*(?:at\s+)?[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,4}(?:[+-]\d+)?\)?)?)?"
# US-network order: "Updated 4:12 PM EDT, Tue April 1, 2025" (a time and zone before the date)
_TIME_FIRST = r"(?:[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}(?:[+-]\d{1,2})?\b)?,?\s+)?"
_SEP = r"(?:^|[|·•—–]\s*|\s-\s)"  # a label starts its line or follows a byline separator
_PLACE_WORD = r"[A-Z][A-Za-z.'’-]*"
# "KYIV", "Port Sudan", "Nairobi/Port Sudan" (a release filed from two cities), "Goma, Congo"
_PLACE = rf"{_PLACE_WORD}(?:(?:\s+|\s*/\s*){_PLACE_WORD}){{0,3}}(?:,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})?"
AGENCY = r"\((?P<agency>[A-Z][A-Za-z.&' ]{0,28}[A-Za-z.])\)"
_DASH = r"(?:\s*[-—–:]|\s*$)"


@dataclass(frozen=True, slots=True)
class DateRule:
    """One way a header/footer line states the publication date.

    ``where``: "start" (the very start of the text), "head" (the first
    ``HEAD_LINES`` lines), "edges" (head or the last ``TAIL_LINES`` lines).
    ``short``: the line must be at most ``MAX_LABEL_LINE`` characters.
    """

    name: str
    pattern: re.Pattern[str]
    where: str
    short: bool = True


def _rule(name: str, regex: str, where: str, short: bool = True) -> DateRule:
    return DateRule(name, re.compile(regex, re.IGNORECASE), where, short)


# In order of preference: an explicit "Published" beats an "Updated" (the
# article's own date, not a later edit); a label beats a dateline; a bare date
# line or an ISO date in a header line comes last.
RULES: tuple[DateRule, ...] = (
    _rule(
        "published",
        rf"{_SEP}(?:first\s+|originally\s+)?(?:published|posted|publication\s+date|date\s+published|released|issued)"
        rf"(?:\s+(?:on|at))?\s*[:\-|]?\s*(?:on\s+)?{_TIME_FIRST}{DATE}",
        "edges",
    ),
    _rule("date-token", rf"^\s*date\s*[:=]?\s*{DATE}", "start", short=False),
    _rule("date-label", rf"^\s*date\s*[:=]\s*{DATE}", "head"),
    _rule(
        "updated",
        rf"{_SEP}(?:last\s+)?(?:updated|modified|last\s+modified)(?:\s+(?:on|at))?\s*[:\-|]?\s*(?:on\s+)?"
        rf"{_TIME_FIRST}{DATE}",
        "edges",
    ),
    # Datelines are case-sensitive on the place: "KYIV, March 3, 2024 (Reuters) -".
    DateRule(
        "dateline",
        re.compile(rf"^\s*[—–-]?\s*{_PLACE},\s+(?i:{DATE})(?:\s*{AGENCY})?{_DASH}"),
        "head",
        short=False,
    ),
    # the date after the dash: "Rawalpindi - May 8, 2025", "ADDIS ABABA (AFP) – Wednesday, August 16, 2023 -"
    DateRule(
        "dateline-dash",
        re.compile(rf"^\s*{_PLACE}(?:\s*{AGENCY})?\s*[-—–]\s*(?i:{DATE}){_TIME}{_DASH}"),
        "head",
        short=False,
    ),
    _rule("date-line", rf"^\s*{DATE}{_TIME}\s*$", "edges"),
    # a header line led by the date: "August 10, 2024 11:40 AM GMT+3 Updated 3 hours ago",
    # "February 11, 2025 10:02 AM 3 min read", "4 February 2025 Peace and Security"
    _rule(
        "date-led-line",
        rf"^\s*{DATE}{_TIME}(?:\s*(?:GMT|UTC)\s*[+-]?\d{{0,2}})?(?:\s*\|\s*|\s+)[\w :.+|]{{1,40}}$",
        "head",
    ),
    # a byline or section label, a pipe, then the date: "Statement | 3 Apr 2025", "by Jane Doe | 20 November 2024"
    _rule("piped-date", rf"^[^|\n]{{1,40}}\|\s*{DATE}{_TIME}\s*$", "head"),
    _rule("iso-in-header", rf"^.{{0,80}}?(?P<date>{_ISO})", "head"),
)

_ISO_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_NUMERIC_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_MDY_RE = re.compile(rf"{_WEEKDAY}(?P<mon>[a-z]+)\.?\s+(?P<day>\d+)(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?", re.I)
_DMY_RE = re.compile(
    rf"{_WEEKDAY}(?P<day>\d+)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>[a-z]+)\.?(?:,?\s+(?P<year>\d{{4}}))?", re.I
)


def parse_date(text: str) -> dt.date | None:
    """The calendar date in ``text`` (one of the DATE forms), or None if it has no year or is impossible."""
    text = text.strip()
    try:
        if m := _ISO_RE.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC_RE.fullmatch(text):
            day, month = int(m[1]), int(m[2])
            # 03/04/2025 is 3 April in Europe and March 4 in the US: only an unambiguous day is taken
            return dt.date(int(m[3]), month, day) if day > 12 else None
        m = _MDY_RE.fullmatch(text) or _DMY_RE.fullmatch(text)
        if not m or not m["year"]:
            return None
        named_month = MONTHS.get(m["mon"].lower().rstrip("."))
        return dt.date(int(m["year"]), named_month, int(m["day"])) if named_month else None
    except ValueError:
        return None


def _lines(text: str) -> tuple[list[str], list[str]]:
    """The first HEAD_LINES and last TAIL_LINES non-empty lines (looking only at the text's two ends)."""
    head = [ln for ln in text[:HEAD_CHARS].split("\n") if ln.strip()][:HEAD_LINES]
    # Past HEAD_CHARS, only the last TAIL_CHARS are split; their first piece may be a cut line.
    tail_src = text.split("\n") if len(text) <= HEAD_CHARS else text[-TAIL_CHARS:].split("\n")[1:]
    tail = [ln for ln in tail_src if ln.strip()][-TAIL_LINES:]
    return head, tail


# Markdown emphasis and quote marks around a header line ("**February 19, 2025**", "*Published 3 March*") go;
# a middle dot between header items ("February 19, 2025 · Explainer") reads as the usual pipe.
_MARKUP = str.maketrans({"*": None, "_": None, "`": None, "·": "|", "•": "|"})


def _plain(line: str) -> str:
    return line.translate(_MARKUP).lstrip("#> \t")


def find_published(text: str) -> dt.date | None:
    """The publication date the article states in its header or footer, if any."""
    found = find_published_with_rule(text)
    return found[0] if found else None


def find_published_with_rule(text: str) -> tuple[dt.date, str] | None:
    """Like ``find_published`` but also names the rule that matched (for tests and debugging)."""
    head, tail = _lines(text)
    head, tail = [_plain(line) for line in head], [_plain(line) for line in tail]
    places = {"start": text[:400].split("\n")[:1], "head": head, "edges": head + tail}
    for rule in RULES:
        for line in places[rule.where]:
            if rule.short and len(line) > MAX_LABEL_LINE:
                continue
            m = rule.pattern.search(line)
            if m and (date := parse_date(m["date"])):
                return date, rule.name
    return None


_DATELINE_AGENCY = re.compile(rf"^\s*[—–-]?\s*{_PLACE}(?:,\s+(?i:{DATE}))?\s*{AGENCY}{_DASH}")


def find_agency(text: str) -> str | None:
    """The wire agency of a dateline in the lead ("BEIRUT, Oct 12 (AFP) -", "— Beirut (AFP)")."""
    head, _ = _lines(text)
    for line in head:
        m = _DATELINE_AGENCY.match(line)
        if m and len(m["agency"]) >= 2:
            return m["agency"].strip()
    return None


# Page chrome that scrapes often keep above the headline.
_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|advertisement|menu|search|sign in|subscribe|live updates?\b.*|share|home)$",
    re.IGNORECASE,
)
MAX_TITLE = 200


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FM_TITLE = re.compile(r"^title\s*:\s*(?P<title>.+?)\s*$", re.MULTILINE | re.IGNORECASE)


def split_front_matter(text: str) -> tuple[str, str]:
    """(YAML front matter body, rest) of a Markdown text; ("", text) when it has none."""
    m = _FRONT_MATTER.match(text[:HEAD_CHARS])
    return (m["body"], text[m.end() :]) if m else ("", text)


def find_title(text: str, *, markdown: bool = False) -> str | None:
    """The first non-empty line that is not page chrome; a leading "date ..." token and "#"s are dropped.

    Markdown front matter ("---" ... "---" at the top) gives its ``title:``, else is skipped.
    """
    if markdown:
        front, text = split_front_matter(text)
        if m := _FM_TITLE.search(front):
            return m["title"].strip("\"'") or None
    for raw in text[:HEAD_CHARS].split("\n"):
        line = raw.strip()
        if markdown:
            line = line.lstrip("#").strip()
        m = RULES[1].pattern.match(line)  # "date 2024-05-15 A Hamas delegation met ..." (a body line)
        if m:
            line = line[m.end() :].strip()
        if not line or _CHROME.match(line):
            continue
        if m or len(line) > MAX_TITLE:
            cut = re.search(r"[.!?](?=\s)", line[:MAX_TITLE])
            line = line[: cut.end()] if cut else line[:MAX_TITLE].rsplit(" ", 1)[0] + "…"
        return line
    return None
