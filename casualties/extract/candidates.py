"""Read the noun phrase around each number: is it a count of people or projectiles, of whom, how bounded.

A candidate is a number with what its own phrase says ("at least 14 Israeli
soldiers"): qualifier, head noun, population, unit and the sides named inside
the phrase. What happened to them (the metric) is decided in ``binding``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from casualties.extract.config import ExtractorConfig
from casualties.extract.dates import MONTHS
from casualties.extract.gazetteer import GROUP, SideMention
from casualties.extract.labels import read_label
from casualties.extract.lexicon import (
    AID_AGENCY_WORDS,
    COMPOUND_BREAKERS,
    METRIC_NOUNS,
    METRIC_VERBS,
    NON_COUNT_AFTER,
    NON_COUNT_BEFORE,
    NOUN_MODIFIERS,
    PERSON_METRIC_TAIL,
    PERSON_NOUNS,
    PROJECTILE_NOUNS,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    QUALIFIER_FILLER,
)
from casualties.extract.numbers import TENS_WORDS, UNITS_WORDS, NumberMention
from casualties.extract.trie import trie_pattern

_FILLER = "|".join(re.escape(f) for f in QUALIFIER_FILLER)
QUALIFIER_RE = re.compile(
    rf"(?:^|(?<=[\s(\"“*_\[]))(?P<q>{trie_pattern(QUALIFIER_BEFORE)})\s+(?:(?:{_FILLER})\s+)?$",
    re.IGNORECASE,
)
QUALIFIER_AFTER_RE = re.compile(rf"^\s*(?P<q>{trie_pattern(QUALIFIER_AFTER)})\b", re.IGNORECASE)
NOUNS: dict[str, tuple[str, str | None]] = {}  # phrase -> (population or "", metric or None)
for _noun, _pop in PERSON_NOUNS.items():
    NOUNS[_noun] = (_pop, METRIC_NOUNS.get(_noun))
for _noun, _metric in METRIC_NOUNS.items():
    NOUNS.setdefault(_noun, ("all", _metric))
_MAX_NOUN_WORDS = max(len(n.split()) for n in [*NOUNS, *PROJECTILE_NOUNS])
# first word of a noun phrase -> most words of a phrase starting with it (a word not here starts none)
_NOUN_WIDTH: dict[str, int] = {}
for _noun in [*NOUNS, *PROJECTILE_NOUNS]:
    _first, _width = _noun.split(" ")[0], len(_noun.split(" "))
    _NOUN_WIDTH[_first] = max(_NOUN_WIDTH.get(_first, 0), _width)
TOKEN_RE = re.compile(r"[A-Za-z\u00C0-\u024F0-9]+(?:['’\-][A-Za-z\u00C0-\u024F0-9]+)*|[^\sA-Za-z0-9\"“”]")
MONTH_WORDS = frozenset(MONTHS)
ORDINAL_TAIL = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
AGE_OR_SPAN_TAIL = re.compile(r"^-?(?:year|month|week|day|hour|minute|km|storey|story|member|strong|point)", re.I)
# Drones that are aircraft lost or downed, not projectiles fired: "seven MQ-9 Reaper drones".
AIRCRAFT_DRONE_AFTER = re.compile(
    r"\s+(?:[\w.-]+\s+){0,3}?(?:MQ-\d+\w*|Reaper|Predator|Global\s+Hawk|Bayraktar|TB2|Hermes|Heron|surveillance"
    r"|reconnaissance|spy)\b(?:\s+[\w-]+){0,2}?\s+drones?\b"
)
# Words that never modify a noun: "90 Palestinians and wounded", "16 were wounded", "220 as missile waves".
# Words that start a count of their own: the noun phrase of the number before them ends there.
COUNT_WORDS = frozenset([*UNITS_WORDS, *TENS_WORDS, "dozens", "hundreds", "thousands", "millions"])
NOT_ADJECTIVES = frozenset(
    """and or nor but of in to at by for with from on into over under about after before while as than that
    which who whom whose were was are is be been being had has have will would could should may might also not
    no the a an these those this some each all both more most other others such only
    then there here when where who""".split()
)
FAMILY_AFTER = re.compile(r"\s+of\s+(?:one|a|the\s+same|the|his|her|their|a\s+single)\s+(?:extended\s+)?famil", re.I)
# Words that say what happened ("186 kidnapped persons"): never an unlisted adjective to skip
CUE_WORDS = frozenset(w for w in METRIC_VERBS if " " not in w)
# Counted things that are not people, even after a modifier ("300 other families", "40 more homes").
NON_PEOPLE_NOUNS = frozenset(
    "families households homes houses buildings vehicles tents shelters aircraft planes jets helicopters tanks posts "
    "outposts checkpoints strikes airstrikes raids villages towns cities regions provinces districts locations "
    "settlements communities sites schools hospitals townships municipalities counties bases positions".split()
)
# "seized 14 of Rakhine State's 17 townships": a part of a count of things
PART_OF_THINGS = re.compile(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)?[\d,]+\s+(?P<w1>[a-z-]+)(?:\s+(?P<w2>[a-z]+))?"
)
TO_BEFORE = re.compile(r"\bto\s+$")  # "bringing to 33 the number of ...": the number a total was brought to
PRONOUN_HEAD = re.compile(r"^\s+of\s+(?:them|whom|those)\b", re.IGNORECASE)
OF_THOSE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:them|those|whom|these)\s*,?\s*$", re.IGNORECASE)
ONE_OF_PEOPLE = re.compile(
    r"^\s+of\s+(?:its|their|his|her|our)\s+[a-z]+\s+(?:was|were)\s+(?:also\s+)?(?:killed|wounded|injured)", re.I
)
# (?=[...]): the first letters of the alternatives, a quick pre-check that never changes a match.
GENERIC_TOTAL_BEFORE = re.compile(
    r"\b(?=[tai])(?:the|a|its|their)\s+(?:overall\s+|new\s+)?(?:total|tally|count)\s+"
    r"(?:to|at|of|stands at|rose to|reached|has risen to)\s+$",
    re.IGNORECASE,
)
DETERMINERS_ONLY = frozenset({"of", "the", "their", "its", "his", "her", "our"})
PLAIN_WORD = re.compile(r"^[a-z][a-z'’-]*$")
SEVERITY_AFTER = re.compile(
    r"^\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?(?:seriously|critically|severely|lightly|badly|moderately)\b", re.I
)
OF_THE_DEAD = re.compile(
    r"^\s+of\s+(?:the|those)\s+(?:(?P<noun>people|persons|civilians|palestinians|israelis|ukrainians|russians)\s+"
    r"(?=killed|wounded|injured))?(?P<m>dead|killed|wounded|injured|victims|missing|abducted|taken|displaced)\b",
    re.I,
)  # "13 of those killed were children", "Twenty-three of the civilians killed in June were children"
# "... killed in June were children": a short time phrase between the partitive and its copula
TIME_PHRASE = re.compile(r"\s+(?:in|on|during|since|last|this)\s+[\w-]+(?:\s+\d{4})?(?=\s+(?:were|are|was|is)\b)", re.I)
# "Of those killed, at least 52 were children", "Among the 300 wounded, 40 were women": the partitive that
# opens the clause names what the number counts; the noun after "were" names who.
# "Of the bodies it has identified by name, the ministry says about 15,600 were children": a short clause may
# follow the partitive noun, and a speaker the comma.
FRONTED_PARTITIVE = re.compile(
    r"\b(?:of|among)\s+(?:the|those|these)\s+(?:[\d,]+\s+)?(?:(?:people|civilians|persons)\s+)?"
    r"(?P<m>dead|killed|wounded|injured|missing|abducted|displaced|bodies|victims|fatalities|deaths)"
    r"(?:\s+[\w'’]+){0,6}?\s*,\s*(?:[\w'’]+\s+){0,5}$",
    re.IGNORECASE,
)
FRONTED_METRICS = {"dead": "killed", "killed": "killed", "wounded": "injured", "injured": "injured",
                   "missing": "missing", "abducted": "hostages", "displaced": "displaced", "bodies": "killed",
                   "victims": "killed", "fatalities": "killed", "deaths": "killed"}  # fmt: skip
# "two officers told Reuters", "three sources said": who is speaking, not who was hurt
SPEAKER_NOUNS = frozenset("officials officers sources witnesses diplomats residents doctors analysts".split())
# (a subset of lexicon.SAY_VERBS on purpose: "reported"/"confirmed"/"listed" also make headline passives,
# "Three residents reported killed", so they count only when no casualty word follows)
SAYS_AFTER = re.compile(
    r",?\s+(?:(?:who|also|later)\s+)?(?:told|said|say|says|tell|spoke|added"
    r"|(?:confirmed|described|reported)(?!\s+(?:as\s+)?(?:killed|dead|wounded|injured|missing|detained|abducted)\b))\b",
    re.IGNORECASE,
)
FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")
# "16,456 of the dead as children and 11,000 as women" (not "to 610 as police arrest ...": a clause)
AS_POPULATION = re.compile(r"\s+as\s+(?P<noun>[a-z]+)\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|of)\b)", re.IGNORECASE)
COPULA_HEAD = re.compile(
    r"\s+(?:were|are|was|is)\s+(?:all\s+|also\s+)?(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\b(?!-|\s+[a-z]+s\b)", re.I
)
ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")  # "S-300": [A-Za-z]-$
# "Gaza's 2.1 million residents", "a region of some 22 million", "home to about 300,000 people"
POPULATION_SIZE_BEFORE = re.compile(
    r"(?=[A-Zrctpsnadegh])(?:[A-Z][\w-]*['’]s\s+(?:population\s+of\s+)?|\b(?:region|country|city|town|province|state|nation|area|district"
    r"|territory|enclave|strip|population|governorate)\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+|over\s+)?"
    r"|\bhome\s+to\s+(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+|more than\s+)?"
    r"|\b(?:enclave|country|city|territory|strip|region|province|state|town|camp|area|district|nation|island)['’]s"
    r"\s+(?:pre-war\s+|prewar\s+|estimated\s+|entire\s+)?)$"
)
# "1.9 million of the enclave's 2.3 million people": a part of a population, counted by its noun
PART_OF_POPULATION = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+(?:pre-war\s+|prewar\s+|estimated\s+)?"
    r"(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+)?[\d.,]+(?:\s+(?:million|thousand|m))?\s+"
    r"(?:(?:[\w-]+\s+)?(?P<noun>people|residents|inhabitants|civilians|population))\b",
    re.IGNORECASE,
)
# Small patterns of _non_figure and _read_noun_phrase, compiled once.
FIRST_WORD = re.compile(r"^\s*([A-Za-z%$'’.]+)")
QUOTES_CLOSE = frozenset('"”')
QUOTED_NAME_BEFORE = re.compile(r"[\"“][A-Z][\w-]*\s$")  # '"Fadi 1"': a quote opens on a name, the number ends it
AGED_BEFORE = re.compile(
    r"\b(?:aged|age of|ages of)\s*(?:\d{1,3}\s*(?:,|and|or|to|-|–)\s*){0,3}$", re.IGNORECASE
)  # "aged 19", "aged 19 and 22", "aged 4, 7 and 9"
AGE_COMPARISON_BEFORE = re.compile(r"\b(?:as\s+(?:young|old)\s+as|(?:younger|older)\s+than)\s*$", re.IGNORECASE)
YEAR_AS_COUNT = re.compile(r"^\s+(?:[A-Z][a-z]+\s+)?(?:people|civilians|soldiers|rockets)")
TIME_AFTER = re.compile(r"^\s*(?:a\.m\.|p\.m\.|am|pm|o'clock)\b", re.IGNORECASE)
# "Israel's Druze community numbers around 150,000": a size
NUMBERS_VERB_BEFORE = re.compile(r"\b(?:numbers|numbered|totals|totalled|totaled)\s+(?:some\s+|about\s+|around\s+)?$")
# "nine in ten people", "one in five": a share
RATIO_AFTER = re.compile(
    r"^\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a hundred)\b", re.I
)
RATIO_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE
)
POPULATION_AFTER = re.compile(r"^\s+(?:inhabitants|population)\b")
CLAUSE_END_AFTER = re.compile(r"^\s*(?:[,.;)]|$)")
ONE_AS_PRONOUN_AFTER = re.compile(r"^\s+(?:of|another|day|side|way|more time|by one|after|or two)\b", re.I)
ONE_AS_PRONOUN_BEFORE = re.compile(r"\b(?:no|any|every|the|this|that|which)\s*$", re.IGNORECASE)
OF_THE_X_KILLED = re.compile(r"^\s+of\s+the\s+\w+\s+(?:killed|wounded|dead)")
AGE_AFTER_NAME = re.compile(
    r"\b[A-Z][a-z]+\s+[A-Z][a-z]+,\s*$"
    r"|\b(?:said|says|told|added|recalled|explained|asked)\s+[A-Z][a-z]+,\s*$"  # '..." said Hussein, 38, who'
)
AID_AGENCY = re.compile(r"\b(?:" + "|".join(AID_AGENCY_WORDS) + r")\b", re.IGNORECASE)
PLACE_PREPOSITIONS = frozenset({"from", "in", "into", "to", "out", "inside", "at"})
SUSPECTED = re.compile(r"\b(?:suspected|alleged)\b", re.IGNORECASE)
NAMED_WORD = re.compile(r"\b[A-Z][\w-]*\b")
ARMED = re.compile(r"\b(?:resistance|militia|militias|armed|brigades?|faction|insurgent|rebel|jihadist|forces)\b", re.I)
WORDS_GAP = re.compile(r"(?:\s+(?:of\s+)?[\w-]+)*?\s+")
# A lower-case plural right after the number that is no known noun: "12 trucks", "hundreds of walkie-talkies".
FUNCTION_WORDS = frozenset("was is has as this its his us yes thus less plus across perhaps whereas".split())


@dataclass(slots=True)
class Candidate:
    """A number and its noun phrase, in sentence coordinates."""

    num: NumberMention
    np_end: int  # end of the noun phrase (the number itself when no noun follows)
    head: str | None = None  # the head noun, lower case
    population: str = "all"
    noun_metric: str | None = None  # a noun that carries its metric ("hostages", "dead")
    unit: str | None = None  # "person" / "projectile" when the head says so
    qualifier: str = "exact"
    np_sides: list[SideMention] = field(default_factory=list)
    of_them: bool = False  # "12 of them", "eight of whom": a subgroup of something counted before
    new_total: bool = False  # "bringing to 33 the number of its personnel held": the new total of that count
    reject: str | None = None
    metric: str | None = None  # decided in binding
    how: str = ""  # which pattern bound the metric: noun, left, right, list, subgroup
    parent: Candidate | None = None  # the larger figure a subgroup belongs to
    side: str | None = None  # decided in sides


def _qualifier(sentence: str, num: NumberMention) -> str:
    if num.high is not None:
        return "range"
    if num.vague or num.plus:
        return "lower"
    left = sentence[max(0, num.start - 40) : num.start].replace('"', " ").replace("“", " ")
    m = QUALIFIER_RE.search(left)
    if m:
        return QUALIFIER_BEFORE[m.group("q").lower()]
    after = QUALIFIER_AFTER_RE.match(sentence[num.end : num.end + 12])
    if after:
        return QUALIFIER_AFTER[after.group("q").lower()]
    return "exact"


def _non_figure(sentence: str, num: NumberMention) -> str | None:
    """Why a number is not a count of people (a year, an age, money, a date...), or None."""
    after = sentence[num.end : num.end + 30]
    before = sentence[max(0, num.start - 25) : num.start]
    if num.decimal:
        return "decimal without scale"
    if num.start >= 2 and sentence[num.start - 1] == "-" and sentence[num.start - 2] in ASCII_LETTERS:
        return "part of a name like S-300 or F-16"
    if after[:1] in QUOTES_CLOSE and QUOTED_NAME_BEFORE.search(before):
        return 'a model name in quotes like "Fadi 1" or "Burkan 3"'
    if num.end < len(sentence) and sentence[num.end].isalpha() and not num.spelled:
        if ORDINAL_TAIL.match(after) or not num.vague:
            return "number glued to letters (ordinal, code)"
    if after.startswith("-") and AGE_OR_SPAN_TAIL.match(after):
        return "compound like 12-year-old"
    first_after = FIRST_WORD.match(after)
    word_after = first_after.group(1).lower().rstrip(".") if first_after else ""
    if word_after in NON_COUNT_AFTER or after.lstrip().startswith("%"):
        return f"unit {word_after or '%'} after the number"
    if word_after in MONTH_WORDS and not num.vague:
        return "day of a month"
    prev = before.rsplit(None, 1)  # the last run of non-space characters, as ([^\s]+)\s*$ finds it
    word_before = prev[-1].lower() if prev else ""
    if word_before in NON_COUNT_BEFORE or before.rstrip().endswith(("$", "€", "£", "#")):
        return f"{word_before} before the number"
    if word_before.rstrip(".") in MONTH_WORDS and not num.vague:
        return "day of a month"
    if word_before in ("as", "than") and AGE_COMPARISON_BEFORE.search(before):
        return "an age ('boys as young as 15')"
    if "age" in before.lower() and AGED_BEFORE.search(
        sentence, max(0, num.start - 40), num.start
    ):  # (a, g, e have no other case forms)
        return "an age"
    if num.digits and len(num.digits) == 4 and num.digits.isdigit() and 1800 <= int(num.digits) <= 2100:
        if "," not in num.surface and not YEAR_AS_COUNT.match(after):
            return "a year"
    if TIME_AFTER.match(after):
        return "a time of day"
    if POPULATION_SIZE_BEFORE.search(before) or POPULATION_AFTER.match(after) or NUMBERS_VERB_BEFORE.search(before):
        return "a population size, not a count of victims"
    if (" in " in after or " out of " in after or " in " in before or " out of " in before) and (
        RATIO_AFTER.match(after) or RATIO_BEFORE.search(before)
    ):
        return "a ratio ('nine in ten'), not a count"
    if "," in before and AGE_AFTER_NAME.search(before) and CLAUSE_END_AFTER.match(after) and num.value < 120:
        return "an age after a name"
    if num.spelled and num.value == 1:
        if ONE_AS_PRONOUN_AFTER.match(after):
            if not ONE_OF_PEOPLE.match(after):
                return "'one' as a pronoun"
        if ONE_AS_PRONOUN_BEFORE.search(before):
            return "'one' as a pronoun"
    return None


def _read_noun_phrase(sentence: str, cand: Candidate, config: ExtractorConfig, sides: list[SideMention]) -> None:
    """Find the head noun after the number, skipping modifiers ("60 Katyusha rockets", "14 Israeli soldiers")."""
    start = cand.num.end
    window = sentence[start : start + 90]
    left = sentence[max(0, cand.num.start - 40) : cand.num.start].lower()  # the words the pattern needs first:
    if ("total" in left or "tally" in left or "count" in left) and GENERIC_TOTAL_BEFORE.search(
        sentence, max(0, cand.num.start - 40), cand.num.start
    ):
        cand.of_them = True  # "bringing the total to 300": a total of the count just given
    if OF_THOSE_BEFORE.search(sentence, max(0, cand.num.start - 20), cand.num.start):
        cand.of_them = True  # "Of those, 125 belonged to the government's forces"
    fronted = FRONTED_PARTITIVE.search(sentence, max(0, cand.num.start - 110), cand.num.start) if left else None
    copula = COPULA_HEAD.match(window) if fronted else None
    if fronted and copula and copula.group("noun").lower() in PERSON_NOUNS:
        cand.noun_metric = FRONTED_METRICS[fronted.group("m").lower()]
        cand.unit, cand.population = "person", PERSON_NOUNS[copula.group("noun").lower()]
        cand.np_end = start + copula.end()
        return
    if PRONOUN_HEAD.match(window) and not OF_THE_X_KILLED.match(window):
        cand.of_them = True
        if SEVERITY_AFTER.match(window):
            cand.reject = "a severity subset ('three of them seriously'), not a count of its own"
            return
    part_of = PART_OF_THINGS.match(window) if " of " in window[:4] else None
    whole = PART_OF_POPULATION.match(window) if " of " in window[:4] else None
    if whole:  # "1.9 million of the enclave's 2.3 million people have been displaced"
        noun = whole.group("noun").lower()
        cand.head, cand.unit, cand.np_end = noun, "person", start + whole.end()
        cand.population = PERSON_NOUNS.get(noun, "all") or "all"
        return
    thing = next((w for w in part_of.group("w1", "w2") if w in NON_PEOPLE_NOUNS), None) if part_of else None
    if thing:
        cand.reject = f"a part of a count of {thing}, not people"
        return
    words = _Words(sentence, start)
    lowered = words.lower  # grows as words.has(n) reads further
    i = 0
    if words.has(0) and lowered[0] in ("'", "’") and sentence[start : start + 1] in ("'", "’"):
        i = 1  # "Israel says 'dozens' of Hezbollah fighters": the closing quote of a quoted number
    if cand.num.vague and words.has(i) and lowered[i] == "of":
        i += 1
    of_dead = OF_THE_DEAD.match(window)
    if of_dead:  # "16,456 of the dead", "13 of those killed were children"
        cand.noun_metric = METRIC_NOUNS.get(of_dead.group("m").lower(), "killed")
        cand.unit = "person"
        cand.np_end = start + of_dead.end()
        after = of_dead.end()
        timed = TIME_PHRASE.match(window, after)
        pop = AS_POPULATION.match(window, after) or COPULA_HEAD.match(window, timed.end() if timed else after)
        if pop and pop.group("noun").lower() in PERSON_NOUNS:
            cand.population = PERSON_NOUNS[pop.group("noun").lower()]
        elif of_dead.group("noun"):  # "14 of the civilians killed": the people the whole counted
            cand.population = PERSON_NOUNS.get(of_dead.group("noun").lower(), "all") or "all"
        return
    if words.has(i + 2) and lowered[i : i + 3] in (["the", "number", "of"], ["the", "total", "of"]):
        i += 3  # "bringing to 449 the number of troops killed": the counted noun follows
        while words.has(i) and lowered[i] in ("its", "their", "the", "his", "her"):
            i += 1  # "bringing to 33 the number of its personnel held"
        cand.new_total = TO_BEFORE.search(left) is not None  # a new total of what was just counted
    modifiers = 0
    while words.has(i) and modifiers <= 3:
        if i > 0 and (lowered[i] in COUNT_WORDS or lowered[i][:1].isdigit()):
            break  # "kills 21 including four children": another count starts, its noun is not this one's
        matched = _match_noun(words, i)
        if matched:
            phrase, width = matched
            end = words.end[i + width - 1]
            tail = lowered[i + width] if words.has(i + width) else ""
            if tail in COMPOUND_BREAKERS:
                cand.reject = f"'{phrase} {tail}' is not a count of people or projectiles"
                return
            _set_head(cand, phrase, end, config)
            dead_captives = words.has(i + 1) and lowered[i + 1] in ("hostages", "captives")
            if phrase in ("dead", "deceased", "slain") and dead_captives:
                _set_head(cand, lowered[i + 1], words.end[i + 1], config)  # "the 28 dead hostages": hostages
                width += 1
            nxt = _match_noun(words, i + width) if cand.population == "all" and cand.unit == "person" else None
            skip = 0
            if nxt is None and cand.population == "all" and cand.unit == "person" and words.has(i + width + 1):
                if lowered[i + width] in NOUN_MODIFIERS:  # "50 Bedouin tribal fighters"
                    nxt, skip = _match_noun(words, i + width + 1), 1
            if nxt and NOUNS.get(nxt[0], ("", None))[0] not in ("", "all"):  # "326 Druze fighters"
                _set_head(cand, nxt[0], words.end[i + width + skip + nxt[1] - 1], config)
                width += skip + nxt[1]
            if words.has(i + width) and lowered[i + width] == "and":
                other = _match_noun(words, i + width + 1)
                if other and other[0] not in METRIC_NOUNS and NOUNS.get(other[0], ("all", None))[0] != cand.population:
                    cand.population = "all"  # "women and children", "pupils and teachers": no single subgroup
            if tail in PERSON_METRIC_TAIL and cand.unit == "person":
                cand.noun_metric = PERSON_METRIC_TAIL[tail]
                cand.np_end = words.end[i + width]
            if cand.head in config.demonym_nouns and words.has(i + width):
                nxt = _match_noun(words, i + width)
                if nxt:  # "Palestinian children": the demonym is a modifier
                    _set_head(cand, nxt[0], words.end[i + width + nxt[1] - 1], config)
            break
        word = words.text[i]
        low = lowered[i]
        at = words.start[i]
        if word == "." and i > 0 and len(words.text[i - 1]) == 1 and words.text[i - 1].isupper():
            i += 1  # "11 U.N. staffers": the periods of an abbreviation are part of its one modifier
            continue
        mention = next((s for s in sides if s.start <= at < s.end), None) if sides else None
        is_modifier = (
            low in NOUN_MODIFIERS
            or mention is not None
            or (word[:1].isupper() and (word.isalpha() or "-" in word))
            or ("-" in word and PLAIN_WORD.match(low) is not None)
        )
        if not is_modifier:
            words.has(i + 3)  # the next four words, as far as there are any
            thing = _counted_thing(lowered, i)
            if thing and modifiers <= 2 and (low == thing or low.isalpha()):
                cand.reject = f"counts {thing}, not people"  # "300 other families", "19 Pakistani border posts"
                return
        ahead = lowered[i : i + 3]
        for k, w in enumerate(ahead):
            if w in PLACE_PREPOSITIONS:  # "forced 13 million from their homes": the homes are where from
                ahead = ahead[:k]
                break
        if not is_modifier and modifiers == 0 and any(w in NON_COUNT_AFTER for w in ahead):
            cand.reject = f"counts {' '.join(ahead)}, not people"
            return
        if not is_modifier and low == "and" and i > 0 and words.has(i + 1):
            # "19 Hamas and Islamic Jihad terrorists": two names joined before one noun
            is_modifier = words.text[i - 1][:1].isupper() and words.text[i + 1][:1].isupper()
            if not is_modifier and words.has(i + 2) and modifiers == 1:
                # "31 ballistic and cruise missiles": two adjectives joined before one noun
                nxt = _match_noun(words, i + 2)
                is_modifier = nxt is not None and (nxt[0] in PROJECTILE_NOUNS or nxt[0] in PERSON_NOUNS)
        if not is_modifier and i > 0 and lowered[i - 1] in ("the", "its", "their") and low.endswith(("'s", "’s")):
            is_modifier = True  # "killing 100 of the militia's fighters": a possessive before the noun
        if not is_modifier and low == "as" and modifiers == 0:
            nxt = _match_noun(words, i + 1)  # "identified 16,456 of the dead as children and 11,000 as women"
            is_modifier = bool(nxt and NOUNS.get(nxt[0], ("", None))[0] not in ("", "all"))
            if is_modifier and nxt and words.has(i + 1 + nxt[1]) and lowered[i + 1 + nxt[1]].isalpha():
                is_modifier = lowered[i + 1 + nxt[1]] in (
                    "and",
                    "or",
                    "in",
                    "of",
                )  # not "627 as security forces round up"
        if not is_modifier and low.isalpha() and low not in NOT_ADJECTIVES and low not in CUE_WORDS and modifiers < 2:
            nxt = _match_noun(words, i + 1)
            if nxt and (
                NOUNS.get(nxt[0], ("", None))[0] not in ("", "all")
                or nxt[0] in METRIC_NOUNS
                or nxt[0] in PROJECTILE_NOUNS
                or nxt[0] in PERSON_NOUNS  # "14 nuclear scientists"
            ):
                is_modifier = True  # "60 apostate soldiers", "1,240 associated deaths": an unlisted adjective
        if not is_modifier:
            skipped = lowered[:i]
            if _unknown_plural(low) and all(w in DETERMINERS_ONLY for w in skipped[-modifiers:] if modifiers):
                cand.reject = f"'{low}' is not a count of people or projectiles"
            break
        modifiers += 1
        i += 1
        while mention is not None and words.has(i) and words.start[i] < mention.end:
            i += 1  # "U.S." is four tokens but one modifier: "two U.S. officials"
    if cand.head is None:
        cand.np_end = cand.num.end
        of_them = PRONOUN_HEAD.match(window)  # "Twelve of them were children"
        copula = (
            COPULA_HEAD.match(window)
            or AS_POPULATION.match(window)
            or (of_them and COPULA_HEAD.match(window, of_them.end()))
        )
        if copula and copula.group("noun").lower() in PERSON_NOUNS:
            # "of whom 35 were children": the noun after the verb says who is counted
            cand.population = PERSON_NOUNS[copula.group("noun").lower()]
            cand.unit = "person"
        group = next((s for s in sides if s.kind == GROUP and words.has(0) and s.start == words.start[0]), None)
        if group is not None:  # "more than 200 Taliban": members of an armed group, and its side
            cand.population = "combatants"
            cand.np_end = group.end
        origin = FROM_AFTER.match(window)
        place = origin and next((s for s in sides if s.start == start + origin.end()), None)
        if place:  # "Fourteen South African soldiers and three from Malawi": three of Malawi's
            cand.np_end = place.end
    if cand.head in SPEAKER_NOUNS and SAYS_AFTER.match(sentence, cand.np_end):
        cand.reject = "the people who said it ('two officers told'), not a count"
        return
    if cand.head in ("staff", "employees", "colleagues", "personnel") and AID_AGENCY.search(sentence):
        cand.population = "aid_workers"
    cand.np_sides = [s for s in sides if cand.num.start <= s.start and s.end <= cand.np_end]
    if cand.head == "members" and not any(s.kind == GROUP for s in sides) and not ARMED.search(sentence):
        # "12 suspected Gran Grif members": a named outfit (or suspects) is an armed group the table lacks
        before_head = sentence[cand.num.end : cand.np_end]
        named = SUSPECTED.search(before_head) or (
            NAMED_WORD.search(before_head) and not any(cand.num.end <= s.start < cand.np_end for s in sides)
        )
        cand.population = "combatants" if named else "all"
    if cand.head == "members" and FAMILY_AFTER.match(sentence, cand.np_end):
        cand.population = "all"  # "11 members of one family"


def _counted_thing(lowered: list[str], i: int) -> str | None:
    """A thing counted after a few plain words: "243 air and drone strikes"."""
    for w in lowered[i : i + 4]:
        if w in NON_PEOPLE_NOUNS:
            return w
        if not w.isalpha() or (w in NOT_ADJECTIVES and w != "and") or w in NOUNS:
            return None
    return None


def _unknown_plural(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and PLAIN_WORD.match(word) is not None
        and word not in FUNCTION_WORDS
        and word not in NOUNS
        and word not in NOUN_MODIFIERS
    )


class _Words:
    """The tokens after a number (90 characters at most), read from the sentence only as far as asked:
    most noun phrases end within a few words. ``has(n)``: is there a token ``n``?"""

    __slots__ = ("_found", "end", "lower", "start", "text")

    def __init__(self, sentence: str, start: int) -> None:
        self._found = TOKEN_RE.finditer(sentence, start, start + 90)  # no anchors: as on the cut-out window
        self.text: list[str] = []
        self.lower: list[str] = []
        self.start: list[int] = []
        self.end: list[int] = []

    def has(self, n: int) -> bool:
        while len(self.text) <= n:
            m = next(self._found, None)
            if m is None:
                return False
            word = m.group()
            self.text.append(word)
            self.lower.append(word.lower())
            self.start.append(m.start())
            self.end.append(m.end())
        return True


def _match_noun(words: _Words, i: int) -> tuple[str, int] | None:
    if not words.has(i):
        return None
    widest = min(_NOUN_WIDTH.get(words.lower[i], 0), _MAX_NOUN_WORDS)
    while widest > 1 and not words.has(i + widest - 1):
        widest -= 1  # no more tokens than are left
    lowered = words.lower
    for width in range(widest, 0, -1):
        phrase = " ".join(lowered[i : i + width])
        if phrase in NOUNS or phrase in PROJECTILE_NOUNS:
            return phrase, width
    return None


def _set_head(cand: Candidate, phrase: str, end: int, config: ExtractorConfig) -> None:
    cand.head = phrase
    cand.np_end = end
    if config.noun_units.get(phrase) == "projectile":  # the unit registry says what the noun counts
        cand.unit = "projectile"
        cand.population = "all"
        cand.noun_metric = "projectiles"
        return
    population, metric = NOUNS.get(phrase, ("all", None))
    cand.population = population or "all"
    cand.noun_metric = metric
    cand.unit = "person"


def _demonym_head(sentence: str, cand: Candidate, config: ExtractorConfig, sides: list[SideMention]) -> None:
    """'35,200 Palestinians', '12 Rohingya': a demonym as the head noun."""
    if cand.head is not None:
        return
    for s in sides:
        gap = sentence[cand.num.end : s.start]
        if s.start >= cand.num.end and len(gap) <= 30 and WORDS_GAP.fullmatch(gap or " "):
            if s.surface.lower() in config.demonym_nouns and (
                s.surface.endswith("s") or s.surface.lower() in {"rohingya", "lebanese", "sudanese", "congolese"}
            ):
                words_between = [w for w in gap.split() if w.lower() not in NOUN_MODIFIERS]
                if not words_between:
                    cand.head = s.surface.lower()
                    cand.np_end = s.end
                    cand.population = "all"
                    cand.unit = "person"
                    cand.np_sides = [s]
            break


def read_candidates(
    sentence: str, numbers: list[NumberMention], sides: list[SideMention], config: ExtractorConfig
) -> list[Candidate]:
    """The candidates of a sentence's numbers. Numbers that are no count at all (years, ages, money: see
    ``_non_figure``) are left out: every later stage would skip them."""
    out: list[Candidate] = []
    for num in numbers:
        if _non_figure(sentence, num) is not None:
            continue
        cand = Candidate(num=num, np_end=num.end)
        cand.qualifier = _qualifier(sentence, num)
        _read_noun_phrase(sentence, cand, config, sides)
        if cand.reject is None and "drone" in sentence and AIRCRAFT_DRONE_AFTER.match(sentence, num.end):
            cand.reject = "surveillance or attack aircraft ('MQ-9 Reaper drones'), not projectiles fired"
        _demonym_head(sentence, cand, config, sides)
        if cand.head is None and cand.reject is None and cand.noun_metric is None and cand.unit is None:
            read_label(sentence, cand, sides)
        if cand.head is None and num.spelled and num.value == 1:
            cand.reject = "'one' with no noun"
        out.append(cand)
    return out
