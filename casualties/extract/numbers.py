"""Find the numbers a sentence states: digits, scaled decimals, spelled-out words, vague words, ranges.

Each mention keeps its surface text and character span. Deciding whether a
number is a casualty figure (and not a year, an age or a price) is the
extractor's job; this module only reads numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casualties.extract.text import folded, on_folded
from casualties.extract.trie import initials, trie_pattern

# Spelled-out number words -> value. "a"/"an" only count in front of a multiplier ("a hundred").
UNITS_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
MULTIPLIER_WORDS: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
DOZEN_WORDS: dict[str, int] = {"dozen": 12}

# Scale suffixes after a digit number: "1.4 million", "2.3m", "12k", "1.2bn".
SCALE_SUFFIXES: dict[str, int] = {
    "million": 1_000_000, "millions": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000, "thousand": 1_000, "k": 1_000,
}  # fmt: skip

# Vague quantity words (FIGURES.md "vague numbers"): the smallest value the word implies, read as a lower bound.
VAGUE_WORDS: dict[str, int] = {
    "hundreds of thousands": 200_000,
    "tens of thousands": 20_000,
    "thousands": 2_000,
    "hundreds": 200,
    "dozens": 24,
    "millions": 2_000_000,
    # "several/a few thousand" reads as "thousands", not as one thousand
    "several thousand": 2_000,
    "a few thousand": 2_000,
    "several hundred": 200,
    "a few hundred": 200,
    "several dozen": 24,
    "several million": 2_000_000,
}

_NUM_WORD = trie_pattern([*UNITS_WORDS, *TENS_WORDS, *MULTIPLIER_WORDS, *DOZEN_WORDS])
_SCALE = trie_pattern(SCALE_SUFFIXES)
# First characters of every spelled number ("a hundred" too): a quick pre-check (trie.initials), no change in matches.
_NUM_START = initials([*UNITS_WORDS, *TENS_WORDS, *MULTIPLIER_WORDS, *DOZEN_WORDS, "a", "half", *VAGUE_WORDS])

# Digits: "35,200", "35 200" (plain, no-break or narrow no-break space), "1.4", "5791"; optional scale; optional "+".
# Written to start with the digit class (the look-behind checks the character before it) so the regex
# engine can skip to the next digit quickly: the same matches as (?<![\w.,/:])(?:[0-9]{1,3}...|[0-9]+...).
DIGIT_RE = re.compile(
    r"(?P<num>[0-9](?<![\w.,/:].)"
    r"(?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9]{0,2}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9,])|[0-9]*(?:\.[0-9]+)?))"
    rf"(?:(?P<sp>[ \u00a0]?)(?P<scale>{_SCALE})(?![\w-]))?"
    r"(?P<plus>\+)?"
)
# Spelled-out: "twenty-three", "one hundred and five", "a dozen", "two dozen", "a hundred".
WORD_NUM_RE = re.compile(
    rf"\b{_NUM_START}(?:(?:an?|one)\s+(?=(?:hundred|thousand|million|dozen)\b))?(?:{_NUM_WORD})"
    rf"(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{_NUM_WORD}))*\b",
    re.IGNORECASE,
)
HALF_RE = re.compile(r"\bhalf\s+an?\s+(?P<unit>million|billion|dozen)\b", re.IGNORECASE)
VAGUE_RE = re.compile(
    r"\b(?P<vague>" + "|".join(re.escape(w) for w in VAGUE_WORDS) + r")\b(?!\s+(?:and|or)\s+\d)",
    re.IGNORECASE,
)
# Ranges between two mentions: "between 20 and 30", "20 to 30", "20-30", "20–30".
_MONTH_NAMES = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september"
    "|october|november|december"
)
FROM_BEFORE = re.compile(r"\bfrom\s*$")
# "estimates range from 40,000 to 150,000", "anywhere from 20 to 30": a range after all, not a change
SPAN_FROM_BEFORE = re.compile(r"\b(?:range[sd]?|ranging|anywhere|vary|varies|varying|varied)\s+from\s*$", re.IGNORECASE)
AFTER_MONTH = re.compile(r"\b(?:" + _MONTH_NAMES + r")\.?\s*$", re.IGNORECASE)
WORD_SPLIT = re.compile(r"[\s-]+")
_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f ")
RANGE_JOINERS = re.compile(r"^\s*(?:-|–|—|to)\s*$", re.IGNORECASE)
BETWEEN_JOINER = re.compile(r"^\s+and\s+$", re.IGNORECASE)


# Not frozen: a frozen dataclass costs three times as much to build, and find_numbers builds one per
# number of every sentence. Treat it as read-only; equality and hash are the frozen ones.
@dataclass(slots=True, unsafe_hash=True)
class NumberMention:
    """One number as written. ``high`` is set for ranges; ``vague`` for "dozens"-type words."""

    start: int
    end: int
    surface: str
    value: int
    high: int | None = None
    vague: bool = False
    plus: bool = False  # "300+" reads as a lower bound
    decimal: bool = False  # "2.5" with no scale word: not a count of people
    spelled: bool = False
    digits: str = ""  # the digit string as written, for year/time checks


def _parse_digits(match: re.Match[str]) -> NumberMention | None:
    raw = match.group("num")
    clean = raw if raw.isdigit() else raw.translate(_SEPARATORS)
    scale_word = match.group("scale")
    if scale_word and scale_word.lower() in ("m", "k", "mn", "bn") and match.group("sp"):
        # "5 m" (metres) or "40 k" are not scaled counts; only attached forms like "2.3m" are.
        scale_word = None
    scale = SCALE_SUFFIXES.get(scale_word.lower(), 1) if scale_word else 1
    try:
        number = float(clean) if "." in clean else int(clean)
    except ValueError:
        return None
    value = round(number * scale)
    if value > 10**12:
        return None
    end = match.end("scale") if scale_word else match.end("num")
    plus = bool(match.group("plus"))
    if plus:
        end = match.end("plus")
    start = match.start("num")
    return NumberMention(
        start=start,
        end=end,
        surface=match.string[start:end],
        value=int(value),
        plus=plus,
        decimal="." in clean and scale == 1,
        digits=clean,
    )


def words_to_int(phrase: str) -> int | None:
    """Value of a spelled-out number ("one hundred and five" -> 105, "two dozen" -> 24); None if not one."""
    words = [w for w in WORD_SPLIT.split(phrase.lower()) if w and w != "and"]
    if not words:
        return None
    total = 0
    current = 0
    seen = False
    for word in words:
        if word in ("a", "an"):
            current = max(current, 1)
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word in DOZEN_WORDS:
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million", "billion"):
            total += max(current, 1) * MULTIPLIER_WORDS[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _merge_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """Join "20 to 30", "20-30" and "between 20 and 30" into one range mention."""
    out: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if i + 1 < len(mentions) and not m.vague and not mentions[i + 1].vague:
            n = mentions[i + 1]
            gap = text[m.end : n.start]
            between_gap, dash_gap = BETWEEN_JOINER.match(gap), RANGE_JOINERS.match(gap)
            if not (between_gap or dash_gap):  # the usual case: words between the numbers, no range
                out.append(m)
                i += 1
                continue
            before = text[max(0, m.start - 9) : m.start].lower()
            is_between = bool(between_gap) and before.rstrip().endswith("between")
            is_dash = bool(dash_gap) and (
                not FROM_BEFORE.search(before) or SPAN_FROM_BEFORE.search(text, max(0, m.start - 20), m.start)
            )
            after_month = AFTER_MONTH.search(text[max(0, m.start - 12) : m.start])
            plausible = n.value > m.value and not after_month and (is_between or n.value <= max(m.value * 20, 10))
            if (is_between or is_dash) and plausible and not (m.decimal or n.decimal):
                # "from 300 to 350" is a change, not a range: handled by the caller.
                out.append(
                    NumberMention(
                        start=m.start,
                        end=n.end,
                        surface=text[m.start : n.end],
                        value=m.value,
                        high=n.value,
                        plus=n.plus,
                        spelled=m.spelled,
                        digits=m.digits,
                    )
                )
                i += 2
                continue
        out.append(m)
        i += 1
    return out


# Digit runs that are never counts: ISO dates, clock times, fractions and codes like "24/7", phone numbers.
NOT_A_COUNT_RE = re.compile(
    r"(?=[\d+])(?:\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc|h)\b|\b\d{1,2}:\d{2}\b"
    r"|\b0\d{2,4}(?:[ -]\d{2,4}){2,}\b|(?<!\d)\d+/\d+|(?<!\d)\+\d[\d -]{7,}\d|\b\d{3}-\d{3,4}-\d{4}\b)",
    re.IGNORECASE,
)


VAGUE_HINT = re.compile(r"dozen|hundred|thousand|million")
NOT_A_COUNT_HINT = re.compile(r"(?=[\d/+])(?:\d[-:./]|[/+]\d|\b0\d\d)")
# A cheap first look: most sentences hold no number at all. A digit is found by a fast class scan; a
# number word as a whole word is in every spelled, vague and "half a" number (its first word), so
# without one the word patterns below cannot match.
ASCII_DIGIT = re.compile(r"[0-9]")
NUMBER_WORD_RE = re.compile(
    rf"\b{_NUM_START}(?:{_NUM_WORD}|half|dozens|hundreds|thousands|millions|a dozen)\b", re.IGNORECASE
)

NUMBER_WORD_FOLDED = on_folded(NUMBER_WORD_RE)
WORD_NUM_FOLDED = on_folded(WORD_NUM_RE)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number mention in ``text``, in order, ranges merged, overlaps resolved (longest wins)."""
    digits = ASCII_DIGIT.search(text) is not None
    low = folded(text)
    words = (NUMBER_WORD_FOLDED.search(low) if low is not None else NUMBER_WORD_RE.search(text)) is not None
    if not (digits or words):
        return []
    found: list[NumberMention] = []
    blocked = (
        [(m.start(), m.end()) for m in NOT_A_COUNT_RE.finditer(text)]
        if digits and NOT_A_COUNT_HINT.search(text)
        else []
    )
    for match in DIGIT_RE.finditer(text) if digits else ():
        mention = _parse_digits(match)
        if mention is not None and not (blocked and any(s <= mention.start < e for s, e in blocked)):
            found.append(mention)
    if not words:
        return _merge_ranges(text, found)  # digits only: already in order, none overlap
    lowered = text.lower()
    for match in VAGUE_RE.finditer(text) if VAGUE_HINT.search(lowered) else ():
        word = match.group("vague").lower()
        found.append(NumberMention(match.start(), match.end(), match.group(0), VAGUE_WORDS[word], vague=True))
    for match in HALF_RE.finditer(text) if "half" in lowered else ():
        scale = MULTIPLIER_WORDS.get(match.group("unit").lower(), 12)
        found.append(NumberMention(match.start(), match.end(), match.group(0), scale // 2, spelled=True))
    for match in WORD_NUM_FOLDED.finditer(low) if low is not None else WORD_NUM_RE.finditer(text):
        phrase = text[match.start() : match.end()]
        value = words_to_int(phrase)
        if value is None:
            continue
        found.append(NumberMention(match.start(), match.end(), phrase, value, spelled=True))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[NumberMention] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
    return _merge_ranges(text, _merge_restated(text, kept) if "(" in text else kept)


RESTATED_GAP = re.compile(r"\s*\(\s*$")
RESTATED_CLOSE = re.compile(r"\s*\)")


def _merge_restated(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """ "fourteen (14) citizens": a spelled number with its digits in brackets (official and translated
    English) is one number, so the noun after the bracket and the qualifier before the words are its own."""
    out: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        n = mentions[i + 1] if i + 1 < len(mentions) else None
        if n is not None and m.spelled and not n.spelled and n.value == m.value and not n.high:
            close = RESTATED_CLOSE.match(text, n.end)
            if close and RESTATED_GAP.match(text, m.end, n.start):
                out.append(NumberMention(m.start, close.end(), text[m.start : close.end()], m.value, spelled=True))
                i += 2
                continue
        out.append(m)
        i += 1
    return out
