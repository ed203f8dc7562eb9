"""Who a sentence attributes its numbers to (FIGURES.md `reported_by`).

Patterns, in order of strength: "X, citing Y" (Y is the original source),
"according to X", "an X tally", "X said/says ... N" (speaker before the
number) and "N ..., X said" (speaker after it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from casualties.extract.gazetteer import PLACE, Gazetteer
from casualties.extract.lexicon import (
    ACCORDING_TO,
    ACRONYM_NAMES,
    GENERIC_SOURCES,
    SAY_VERBS,
    SOURCE_ACRONYMS,
    SOURCE_ALIASES,
)
from casualties.extract.trie import initials, trie_pattern

_SAY = trie_pattern(SAY_VERBS)
# A leading (?=[...]) lists the first characters of the alternatives: most positions fail on it at once
# (trie.initials); it never changes a match.
SAY_RE = re.compile(rf"\b{initials(SAY_VERBS)}(?:{_SAY})\b", re.IGNORECASE)
ACCORDING_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in ACCORDING_TO) + r")\s+(?!cent\b)"  # not "per cent"
    r"(?P<src>(?:[^,;:.()\"“”]|\.(?=\w)|(?-i:(?<=\.[A-Z]))\.){2,80}\.?)",  # "U.N." keeps its last dot
    re.IGNORECASE,
)
TALLY_RE = re.compile(r"\b(?:an?\s+)?(?P<src>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+(?:tally|count)\b")
TALLY_BY_RE = re.compile(
    r"\b(?:a|an|the)?\s*(?:tally|count|figures|data|estimates?)"
    r"(?:\s+(?:reported|compiled|released|published|provided|collected|gathered|issued))?\s+(?:by|from|of)\s+",
    re.I,
)
# Where a speaker noun phrase starts: clause openers and punctuation.
SUBJECT_BOUNDARY = re.compile(
    r"(?=[,;:()\"“”—–twaib])(?:[,;:](?=\s)|[()\"“”—–]"
    r"|\b(?-i:(?!WHO\b))(?:that|which|where|who|when|while|as|after|and|but|because|if|though|although)\b)",
    re.IGNORECASE,
)
LEADING_NOISE = re.compile(
    r"^(?:(?:on|late|early|earlier|later|last)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|today|yesterday|overnight|meanwhile|separately|also|however|in addition|in a statement),?\s+)*",
    re.IGNORECASE,
)
TRAILING_AUX = re.compile(
    r"(?=\s)(?:\s+(?:says?\s+(?:it|they|he|she)|said\s+(?:it|they|he|she)|has|have|had|also|previously|later|earlier|separately|then|now|on\s+\w+day|\w+day|"
    r"in a statement|had earlier|would|will|did))+$",
    re.IGNORECASE,
)
DETERMINERS = re.compile(r"^(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(?=[wbai])(?:were|was|been|being|are|is|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
NOT_ATTRIBUTION_AFTER = re.compile(r"^\s*(?:the lives|lives|to have)\b", re.IGNORECASE)
# "Three residents reported killed": a headline passive, not a speaker verb
REPORTED_PASSIVE = re.compile(r"^\s+(?:as\s+)?(?:killed|dead|wounded|injured|missing)\b", re.IGNORECASE)
SPOKES_FOR = re.compile(
    r"^(?:.*?\b(?:spokes(?:man|woman|person)|official|officials|head|chief|director|representative|source)s?"
    r"\s+(?:for|of|at|from|close to|with)\s+)(?P<org>.+)$",
    re.IGNORECASE,
)


# "the paramilitary group said", "the ministry said": a reference back to a source named earlier.
APPOSITION_SPEAKER = re.compile(
    r"(?=[tA-Z])(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|the|and|on|in)?\s*[A-Z\[][\w'’.\]-]*){0,7}),\s+"
    r"(?:a|an|the|which|who)\s+[^,]{2,70},\s*(?:(?:also|has|have|had|previously)\s+)?$"
)
AUX_ONLY = frozenset({"has", "have", "had", "also", "it", "has also", "also has", "now", "now also"})
# "The UN's migration agency, IOM, said" / "the ombudsman, Dmytro Lubinets, says": the name set off by commas
# just before the verb is the speaker (a place there, "Goma, Congo, said", is not).
APPOSED_NAME = re.compile(
    r"[^,\s][^,]*,\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s*"
    r"(?:(?:now|also|has|have|had|previously|later|earlier|then)\s+)*$"
)
# "..., 83 of whom it said had been executed": a pronoun right before the verb is the speaker.
PRONOUN_BEFORE_VERB = re.compile(r"(?:^|\s)(?P<p>it|they|he|she)\s+(?:(?:also|had|has|have)\s+)?$", re.IGNORECASE)
ACRONYM_IN_PARENS = re.compile(r"\s*\([A-Z][\w-]{1,10}\)")
# "The Gaza health ministry's latest figures: 58,765 ..." / "According to figures from X"
LABEL_SOURCE_RE = re.compile(
    r"(?P<src>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)['’]s\s+(?:latest\s+|new\s+|own\s+|updated\s+)?"
    r"(?:figures|data|count|tally|toll|numbers|statistics)\b",
)
LABEL_WORDS = ("figures", "data", "count", "tally", "toll", "numbers", "statistics")  # one is in every label
# "Israeli Health Ministry: 23 people treated ...", "Kharkiv governor: 3 killed": a live blog's speaker label
# (a place alone, "Gaza: 12 killed", has no speaker head and is no source)
COLON_SPEAKER = re.compile(r"^(?P<src>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?)\s*:\s+(?=\S)")
SPEAKER_HEADS = frozenset(
    "ministry military army police governor mayor spokesman spokeswoman spokesperson official officials agency "
    "authorities authority office service services command forces idf un who ocha unicef unrwa unhcr icrc msf "
    "iom wfp ohchr president minister chief commander adom crescent defence defense".split()
)
# Small patterns of the speaker search, compiled once.
POSSESSIVE = re.compile(r"[\"“”'‘’]s\b")
BRACKETED_ACRONYM = re.compile(r"[(\[]([A-Z][\w-]{1,10})[)\]]")
SPACED_ACRONYM = re.compile(r"\s*[(\[][A-Z][\w-]{1,10}[)\]]")
ARTICLE_START = re.compile(r"^(?:an?\s+)")
DOTTED_ACRONYM = re.compile(r"\b(?:[A-Z]\.){1,4}[A-Z]\b\.?")  # "U.N.", "U.S.": written UN, US
ANY_LETTER = re.compile(r"[A-Za-z]")
UNOWNED_FIGURES = frozenset({"official", "latest", "new", "preliminary", "initial", "recent", "updated", "provisional"})
# "..., UN figures show.", "OCHA data showed": the figures' owner is the source
FIGURES_SHOW_RE = re.compile(
    r"(?P<src>\b[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)\s+(?:figures|data|statistics|records|numbers)\s+"
    r"(?:show|shows|showed|suggest|suggests|indicate|indicates)\b"
)
PREPOSITION_START = re.compile(r"^(?:in|on|at|by|for|with|from|during|after|before|under)\b", re.IGNORECASE)
ANY_DIGIT = re.compile(r"(?<![A-Za-z0-9])\d")  # a number, not the digits of a name ("M23", "G7")
# ", in its weekly briefing on Tuesday, said": a phrase set off by commas between the speaker and the verb
PARENTHETICAL_BEFORE_VERB = re.compile(
    r",\s+(?:in|on|at|during|after|before|speaking|writing|quoted|citing|in a|for (?:its|his|her|their) part|meanwhile"
    r"|however|too|also|separately)\b[^,]{0,80},\s*$",
    re.IGNORECASE,
)
SPEAKER_AFTER = re.compile(r"\s+(?P<who>[^,.;:()\"“”0-9]{2,60})(?=[,.;:()]|$)")
BY_AFTER = re.compile(r"\s+by\s", re.IGNORECASE)
AN_BEFORE = re.compile(r"\ban\s+$", re.IGNORECASE)
NAMED_STATES = re.compile(r"\b[A-Z][\w'’-]*\s+$")  # a proper noun right before "states": "Yobe states"
THAT_AFTER = re.compile(r"\s+that\b", re.IGNORECASE)
SPEAKER_FOLLOWS = re.compile(r"[,\"”]\s*$")
# ", which said", ", which on Thursday said", ", who earlier said": a relative clause whose speaker is the
# noun phrase before the comma
_RELATIVE_TAIL = (
    r",\s+(?:which|who)\s+(?:also\s+)?"
    r"(?:(?:(?:late|early)\s+)?on\s+[A-Z][a-z]+\s+|(?:yesterday|today|earlier|later)\s+)?$"
)
RELATIVE_SPEAKER = re.compile(
    r"(?P<np>[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w'’.-]*){0,5})" + _RELATIVE_TAIL
)
RELATIVE_TAIL = re.compile(_RELATIVE_TAIL)
NOT_SPEAKERS = frozenset(
    "some many most others one this that these those what which who all both each several few estimates some "
    "estimates reports figures data".split()
)
NEGATED_BEFORE = re.compile(
    r"\b(?=[nydrh])(?:not|never|n't|yet to|declined to|refused to|did not|has not|have not)\s+$", re.I
)
GENERIC_HEADS = frozenset(
    [
        "charity",
        "monitor",
        "body",
        "watchdog",
        "network",
        "group",
        "movement",
        "organisation",
        "organization",
        "militia",
        "ministry",
        "military",
        "army",
        "agency",
        "statement",
        "report",
        "outlet",
        "side",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "authorities",
    ]
)


OFFICE_IN_PLACE = re.compile(
    r"^(?P<head>.*\b(?:ministry|agency|office|authority|authorities|service|services))\s+(?:in|of)\s+(?P<tail>.+)$"
)
ANONYMOUS_SOURCE = re.compile(
    r"^(?:(?:un)?named|credible|unnamed|several|multiple|local)?\s*(?:sources?|officials?)\b", re.IGNORECASE
)
FIGURES_OF = re.compile(
    r"^(?:the\s+)?(military|army|ministry|agency|group|authorities)['’]?s?\s+(?:figures|data|statistics|records|count)\s*$",
    re.IGNORECASE,
)
# "The junta put the death toll from the strikes at 31": the subject is the source.
PUT_TOLL_RE = re.compile(
    r"\bput(?:s|ting)?\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:toll|tally|number|count|figure|total)\b", re.I
)
# What "citing X" names when X is a source ("citing the health ministry", "citing Reuters"), not a reason
# ("citing the lack of building permits", "citing security concerns").
CITED_SOURCE = re.compile(
    r"(?:(?:the|a|an|its|their)\s+)?(?:[A-Z]|(?:[\w'’-]+\s+){0,3}(?:ministry|officials?|sources?|agency|authorities"
    r"|spokes(?:man|woman|person)|statement|report|figures|data|doctors|medics|hospitals?|witnesses|residents"
    r"|police|military|army|government|monitors?|tally|count|estimates?)\b)"
)
CITING_RE = re.compile(r"\bciting\s+(?P<src>[^,;:.()\"“”]{2,80})", re.IGNORECASE)
ACCORDING_HINT = re.compile("|".join(re.escape(a) for a in ACCORDING_TO))
ALIAS_RE = re.compile(rf"\b(?:{trie_pattern(SOURCE_ALIASES)})(?![\w-])")


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str  # normalised, lower case
    start: int
    end: int
    generic: bool  # a pronoun or generic noun ("the group", "it"): resolve against earlier sources
    strength: int = 2  # 0 citing / tally, 1 according to, 2 a speaker verb, 3 a "Speaker:" label: lower wins


@functools.lru_cache(maxsize=4096)  # pure; the same source phrases recur ("the ministry said") in and across articles
def normalise_source(raw: str, gazetteer: Gazetteer) -> str | None:
    """Lower-case short form: "the health ministry in Hamas-controlled Gaza" -> "gaza health ministry"."""
    text = raw.replace("*", "").replace("_", " ")
    if "." in text:
        text = DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    text = POSSESSIVE.sub("", text).strip(" \t,.;:'\"“”‘’#")
    acronym = BRACKETED_ACRONYM.search(text)  # "the Committee to Protect Journalists (CPJ)"
    text = SPACED_ACRONYM.sub("", text)
    text = DETERMINERS.sub("", text)
    text = ARTICLE_START.sub("", text)
    if not text:
        return None
    spokes = SPOKES_FOR.match(text)
    if spokes:
        text = DETERMINERS.sub("", spokes.group("org"))
    lowered = text.lower()
    if lowered in SOURCE_ALIASES:
        alias = SOURCE_ALIASES[lowered]
        full = ACRONYM_NAMES.get(alias)
        return f"{alias} ({full})" if full and full != lowered else alias
    lowered = ALIAS_RE.sub(lambda m: SOURCE_ALIASES[m.group(0)], lowered)
    # "<X ministry> in <place>" -> "<place> <X ministry>"
    m = OFFICE_IN_PLACE.match(lowered)
    if m:
        places = [p for p in gazetteer.find(text) if p.kind == PLACE]
        if places:
            lowered = f"{places[-1].surface.lower()} {m.group('head')}"
    words = lowered.replace("’", "'").strip(" -–—•·>").split()
    if words and (words[0] in NOT_SOURCE_START or (words[0] in CLAUSE_WORDS and words[0] != "who")):
        return None  # "emerged of summary executions", "this week that a mass grave ...": a clause, no source
    clause = next((k for k, w in enumerate(words) if k and w in CLAUSE_WORDS), None)
    if clause is not None:
        words = words[:clause]  # "panel of un experts estimated in a", "villager who lost two relatives"
    if len(words) > 8:
        words = words[:8]  # the head comes first: "nurse at the hospital in nearby ..."
    while len(words) > 1 and words[-1] in DANGLING_WORDS:
        words.pop()  # "doctors at msf's hospital in": a phrase cut short
    result = " ".join(words).strip(" -")
    if not result:
        return None
    short = acronym.group(1).lower() if acronym else SOURCE_ACRONYMS.get(result)
    if short and short != result and short not in result.split():
        return f"{result} ({short})"  # both forms: readers and tallies use either
    full = ACRONYM_NAMES.get(result)
    return f"{result} ({full})" if full else result


# Words that end a source's noun phrase: a verb or a relative clause starts there ("houthi figures that could
# not be verified", "un human rights office has received", "it now controls ...").
CLAUSE_WORDS = frozenset(
    "said says say told showed show shows estimated estimates received has have had is are was were that which who "
    "whose could cannot would controls control came emerged now reported reports".split()
)
NOT_SOURCE_START = frozenset("this these those there of in on at by for responsibility attack claim".split())
DANGLING_WORDS = frozenset("in at for of to by on the a an and or with from".split())


def _speaker_before(sentence: str, verb_start: int, gazetteer: Gazetteer | None = None) -> str | None:
    # "(CPJ)" after a name would end the speaker phrase at its bracket: keep it as "[CPJ]"
    left = sentence[max(0, verb_start - 120) : verb_start]
    if "(" in left:
        left = ACRONYM_IN_PARENS.sub(lambda m: f" [{m.group(0).strip()[1:-1]}]", left)
    pronoun = PRONOUN_BEFORE_VERB.search(left)
    if pronoun:
        return pronoun.group("p")  # resolved later to the source named before
    apposed = APPOSED_NAME.search(left) if left.count(",") >= 2 else None
    if apposed and not (gazetteer and any(p.kind == PLACE for p in gazetteer.find(apposed.group("name")))):
        return apposed.group("name")
    # each pattern below needs literal text that the quick `in`/count tests look for first
    relative = RELATIVE_SPEAKER.search(left) if "wh" in left else None
    if relative:
        return relative.group("np")  # "Relief International, which said ..."
    tail = RELATIVE_TAIL.search(left) if "wh" in left else None
    if tail:
        left = left[: tail.start()]  # "the health ministry in the territory, which on Thursday said": the ministry
    apposition = APPOSITION_SPEAKER.search(left) if left.count(",") >= 2 else None
    if apposition:
        return apposition.group("np")  # "The Syrian Observatory for Human Rights, a Britain-based monitor, said"
    aside = PARENTHETICAL_BEFORE_VERB.search(left) if left.endswith((", ", ",")) else None
    if aside:
        left = left[: aside.start()]  # "The Nigerian Army, in its weekly briefing on Tuesday, said"
    cut = 0
    for b in SUBJECT_BOUNDARY.finditer(left):
        cut = b.end()
    subject = left[cut:].strip()
    subject = LEADING_NOISE.sub("", subject)
    subject = TRAILING_AUX.sub("", subject).strip()
    if not subject or len(subject.split()) > 10 or not ANY_LETTER.search(subject):
        return None
    if PREPOSITION_START.match(subject):
        return None  # "In a statement published on ...": a prepositional phrase, not a speaker
    not_speaker = subject.lower() in NOT_SPEAKERS and not subject.isupper()  # "who" is no speaker, "WHO" is
    if ANY_DIGIT.search(subject) or not_speaker or subject.lower() in AUX_ONLY:
        return None
    return subject


MEANS_NOT_AGENTS = frozenset("name names phone telephone hand force air sea land road video photo".split())


def _speaker_after(sentence: str, verb_end: int) -> str | None:
    """Inverted order: ", said the ministry." / ", said Dr X, head of Y."""
    right = sentence[verb_end : verb_end + 100]
    m = SPEAKER_AFTER.match(right)
    return m.group("who").strip() if m else None


def find_attributions(sentence: str, gazetteer: Gazetteer) -> list[Attribution]:
    """All attribution phrases in a sentence, strongest kinds first."""
    found: list[Attribution] = []

    def add(raw: str | None, start: int, end: int, strength: int = 2) -> None:
        if not raw:
            return
        key = raw.strip().lower().rstrip(".")  # "according to the group.": the sentence's full stop
        words = key.split()
        generic = key in GENERIC_SOURCES or (
            words[0] in ("the", "this", "that")
            and words[-1] in GENERIC_HEADS
            and not any(w[:1].isupper() for w in raw.split()[1:])  # "the Israeli military" is named
        )
        source = normalise_source(raw, gazetteer)
        if source:
            found.append(Attribution(source, start, end, generic, strength))

    lowered = sentence.lower()
    for m in CITING_RE.finditer(sentence) if "citing" in lowered else ():
        if not ANONYMOUS_SOURCE.match(m.group("src").strip()) and CITED_SOURCE.match(m.group("src").strip()):
            add(m.group("src"), m.start(), m.end(), 0)
    for m in ACCORDING_RE.finditer(sentence) if ACCORDING_HINT.search(lowered) else ():
        src = m.group("src")
        by = TALLY_BY_RE.match(src)
        if by:
            add(src[by.end() :].rstrip(". ") + " tally", m.start(), m.end(), 0)
        elif figures_of := FIGURES_OF.match(src.rstrip(" .")):  # "according to military figures"
            add("the " + figures_of.group(1), m.start(), m.end(), 1)  # the military named before
        elif not m.group(0).lower().startswith("citing"):
            add(src, m.start(), m.end(), 1)
    colon = COLON_SPEAKER.match(sentence) if ":" in sentence[:60] else None
    if colon and colon.group("src").split()[-1].lower() in SPEAKER_HEADS:
        add(colon.group("src"), colon.start(), colon.end(), 3)
    label = ("'s" in lowered or "’s" in lowered) and any(w in sentence for w in LABEL_WORDS)
    for m in LABEL_SOURCE_RE.finditer(sentence) if label else ():
        add(m.group("src"), m.start(), m.end(), 1)
    for m in FIGURES_SHOW_RE.finditer(sentence) if " show" in lowered else ():
        owner = DETERMINERS.sub("", m.group("src") + " ").strip()
        if owner[:1].isupper() and owner.split()[0].lower() not in UNOWNED_FIGURES:  # "UN figures show"
            add(m.group("src"), m.start(), m.end(), 1)
    for m in TALLY_RE.finditer(sentence) if ("tally" in lowered or "count" in lowered) else ():
        add(m.group("src") + " tally", m.start(), m.end(), 0)
    for m in PUT_TOLL_RE.finditer(sentence) if "put" in lowered else ():
        add(_speaker_before(sentence, m.start(), gazetteer), m.start(), m.end())
    for m in SAY_RE.finditer(sentence):
        before = sentence[max(0, m.start() - 12) : m.start()]
        after = sentence[m.end() : m.end() + 20]
        if PASSIVE_BEFORE.search(before) or NOT_ATTRIBUTION_AFTER.match(after) or NEGATED_BEFORE.search(before):
            continue
        if m.group(0).lower() == "reported" and REPORTED_PASSIVE.match(after):
            continue
        if m.group(0).lower().startswith("estimate") and AN_BEFORE.search(before):
            continue
        if m.group(0).lower() == "states" and NAMED_STATES.search(before) and not THAT_AFTER.match(after):
            continue  # "in Borno, Adamawa and Yobe states": federal states, not a speaker
        by_agent = BY_AFTER.match(after)
        if by_agent:  # "a ceasefire declared by the military", "figures released by the ministry": who says follows
            agent = _speaker_after(sentence, m.end() + by_agent.end() - 1)
            if agent and agent.lower() not in MEANS_NOT_AGENTS:  # not "identified by name"
                add(agent, m.start(), m.end())
            continue
        speaker = _speaker_before(sentence, m.start(), gazetteer)
        if speaker is None and SPEAKER_FOLLOWS.search(sentence, max(0, m.start() - 3), m.start()):
            speaker = _speaker_after(sentence, m.end())
        add(speaker, m.start(), m.end())
    return found


def attribution_for(number_start: int, attributions: list[Attribution]) -> Attribution | None:
    """The attribution that covers a number: citing/according-to/tally anywhere in the sentence win,
    then the nearest speaker verb (before or after)."""
    if not attributions:
        return None
    return min(attributions, key=lambda a: (a.strength, a.generic, abs(a.start - number_start)))


# "The figure came from the Sudan Doctors Network.": a source given for the previous sentence's numbers.
FIGURE_SOURCE_RE = re.compile(
    r"^(?:the|these|those|this|that)\s+(?:figures?|toll|tally|numbers?|count|data|estimates?)\s+(?:\w+\s+)?"
    r"(?:came|come|comes|were|was|is|are)\s+(?:from|provided by|compiled by|released by|given by|based on)\s+"
    r"(?P<src>[^.;,()]{2,80})",
    re.IGNORECASE,
)


def source_for_previous(sentence: str, gazetteer: Gazetteer) -> str | None:
    m = FIGURE_SOURCE_RE.match(sentence.strip())
    return normalise_source(m.group("src"), gazetteer) if m else None
