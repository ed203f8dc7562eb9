"""Decide what happened to the people a number counts (the metric), from the verbs and nouns around it.

Patterns, strongest first: a noun that carries its metric ("200 hostages",
"60 rockets"); an active verb right before the number ("killed at least 12",
"wounding 30"); a toll phrase ("the death toll rose to 5,791"); a passive or
intransitive verb after the counted noun ("14 soldiers have been killed",
"200 have fled"); a list member or subgroup taking its neighbour's metric
("14 soldiers and 10 civilians were killed", "including three journalists").
"""

from __future__ import annotations

import dataclasses
import re

from casualties.extract.candidates import Candidate
from casualties.extract.lexicon import (
    LEFT_ONLY_CUES,
    METRIC_VERBS,
    PERSON_NOUNS,
    QUALIFIER_BEFORE,
    QUALIFIER_FILLER,
    RIGHT_ONLY_CUES,
    TOLL_LINKS,
    TOLL_NOUNS,
)
from casualties.extract.trie import initials, trie_pattern


def _alternation(words: list[str]) -> str:
    return trie_pattern(words)


_QUALS = _alternation(
    [*QUALIFIER_BEFORE, *QUALIFIER_FILLER, "of", "a total of", "an estimated", "between", "a record", "another"]
)
# A leading (?=[...]) lists the first characters of the alternatives: most positions fail on it at once
# (trie.initials); it never changes a match.
# Active verb + optional qualifier words right before the number.
LEFT_VERB_RE = re.compile(
    rf"\b{initials(METRIC_VERBS)}(?P<cue>{_alternation([c for c in METRIC_VERBS if c not in LEFT_ONLY_CUES])})"
    rf"(?:\s+(?:{_QUALS}))*\s+$",
    re.IGNORECASE,
)
TOLL_LINK_RE = re.compile(
    rf"\b{initials(TOLL_LINKS)}(?P<link>{_alternation(list(TOLL_LINKS))})(?:\s+(?:{_QUALS}))*\s+$",
    re.IGNORECASE,
)
# "the number of Palestinians killed in the West Bank ... has crossed 700"
NUMBER_OF_RE = re.compile(
    r"\b(?=[ntc])(?:number|total|tally|count)\s+(?:of\s+(?P<noun>(?:[\w-]+\s+){0,3}?))?(?P<cue>killed|dead|wounded"
    r"|injured|displaced|missing"
    r"|detained|arrested|abducted|evacuated)\b",
    re.IGNORECASE,
)
TOLL_NOUN_RE = re.compile(rf"\b{initials(TOLL_NOUNS)}(?P<toll>{_alternation(list(TOLL_NOUNS))})\b", re.IGNORECASE)
RIGHT_VERB_RE = re.compile(
    rf"\b{initials(METRIC_VERBS)}"
    rf"(?P<cue>{_alternation([c for c in METRIC_VERBS if c not in RIGHT_ONLY_CUES] + ['found dead'])})\b",
    re.IGNORECASE,
)
# What may stand between a counted noun and its passive verb: auxiliaries, adverbs, short phrases.
CLAUSE_BREAK = re.compile(
    r"(?=[;:!?wbat])(?:[;:!?]|\b(?:while|whereas|but|although|though|because|after|before|when|bringing)\b)",
    re.IGNORECASE,
)
MODAL_BEFORE = re.compile(
    # "(?-i:may)": the modal, never the month ("on May 25 killed at least 12")
    r"\b(?=[cmwtre])(?:(?:could|(?-i:may)|might|would|will)(?!\s+(?:still|already|have|also\s+have))"
    r"|threaten(?:s|ed)? to|risk(?:s|ed)?|expected to)"
    r"(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
# ", and wounded nine" after a subgroup: the outer subject's next verb, not the subgroup's own
# ", who had fled fighting": a relative clause that says who the subgroup were, not a count of its own
RELATIVE_AFTER = re.compile(
    r"\s*,?\s*(?:who|which|that)\s+(?:had|have|has|were|was)?\s*(?:\w+ly\s+)?(?:fled|been)\b", re.IGNORECASE
)
REMAINS_BEFORE = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
HELD_BY_CAPTORS = re.compile(
    r"\bheld\s+(?:captive\s+|hostage\s+)?by\s+(?:the\s+)?(?:group|militants|gunmen|militia|rebels|kidnappers|abductors"
    r"|jihadists|insurgents|gangs?|(?-i:[A-Z]))",
    re.IGNORECASE,
)
CONFIRMED_DEAD_AFTER = re.compile(
    r"\s+(?:whom|whose|who)\b[^.;]{0,60}?\b(?:confirmed|declared|believed|presumed)\s+(?:to\s+be\s+)?dead\b"
    r"|\s+whose\s+deaths?\s+(?:has|have)\s+been\s+confirmed\b",
    re.IGNORECASE,
)
NEW_THAT_CLAUSE = re.compile(r"\b(?:and|but)\s+that\b", re.IGNORECASE)
NEW_CLAUSE_AFTER = re.compile(r"\s*,\s*(?:and|but|while)\s+(?!(?:were|was|are|is|had|have|has)\b)", re.IGNORECASE)
# Between two subgroups of one figure: "12 children and nine women", "450 children and some 3,600 detainees"
SIBLING_JOIN = re.compile(
    r"^\s*(?:,\s*)?(?:and|or|as well as|plus)?\s*(?:(?:about|some|around|nearly|almost|roughly|approximately"
    r"|at least|more than|over|another|a further)\s+)?$",
    re.IGNORECASE,
)
# "189 members of the government forces and 18 Bedouin fighters had been killed": a list item with its PP
PP_LIST_JOIN = re.compile(r"^\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:and|or|as well as)\s*$", re.IGNORECASE)
LIST_JOIN = re.compile(r"^\s*(?:,\s*(?:and|or)?|and|or|as well as|plus)\s*$", re.IGNORECASE)
SUBGROUP_BEFORE = re.compile(
    r"\b(?=[iaombw])(?:including|includes|included|among them|among whom|among those|of whom|of them|mostly|mainly"
    r"|many of them|most of them|but also|and also|among the dead|among the victims|among the killed|among the wounded"
    r"|with)"
    r"[\w\s,]{0,24}$",
    re.IGNORECASE,
)
FIRING_CONTEXT = re.compile(
    r"\b(?:fir(?:ed|es|e|ing)|launch(?:ed|es|ing)?|salvos?|barrages?|shot down|intercept(?:ed|s|ing)?|downed"
    r"|rained|struck|hit|slammed|landed|attack(?:ed|s)?|targeted|fell)\b",
    re.IGNORECASE,
)
STOCKPILE_CONTEXT = re.compile(
    r"\b(?:arsenal|stockpiles?|possess(?:es|ed)?|supplied|supply|deliver(?:ed|y|ies)|sent|send|shipments?|packages?"
    r"|bought|buy|purchase[sd]?|ordered|produce[sd]?|manufactur\w*|stock|inventory|worth)\b",
    re.IGNORECASE,
)


def _left_binding(sentence: str, cand: Candidate) -> tuple[str, str | None] | None:
    """(metric, qualifier-from-link) for an active verb or toll phrase right before the number."""
    left = _quotes_as_spaces(sentence[max(0, cand.num.start - 100) : cand.num.start])
    number_of = NUMBER_OF_RE.search(left[-120:]) if cand.head is None else None
    if number_of:  # "raised the number of troops killed ... to 46": the troops are what is counted
        nouns = [w for w in (number_of.group("noun") or "").lower().split() if w in PERSON_NOUNS]
        if nouns:
            cand.head, cand.population = nouns[-1], PERSON_NOUNS[nouns[-1]]
    m = LEFT_VERB_RE.search(left)
    if m:
        cue = m.group("cue").lower()
        if cue in ("toll", "death toll"):
            return "killed", None
        if not MODAL_BEFORE.search(left[: m.start()]):
            return METRIC_VERBS[cue], None
        return None
    link = TOLL_LINK_RE.search(left)
    if link and link.group("link").lower() == "to" and left[: link.start()].rstrip().lower().endswith(" up"):
        link = None  # "adding that up to 10 people could be trapped": the qualifier "up to", not a toll's "to"
    if link:
        head = left[: link.start()]
        clause = CLAUSE_BREAK.split(head)[-1] if CLAUSE_BREAK.search(head) else head
        tolls = list(TOLL_NOUN_RE.finditer(clause[-90:]))
        if tolls:
            metric = TOLL_NOUNS[tolls[-1].group("toll").lower()]
            return metric, TOLL_LINKS[link.group("link").lower()]
        number_of = NUMBER_OF_RE.search(clause[-120:])
        if number_of:
            return METRIC_VERBS[number_of.group("cue").lower()], TOLL_LINKS[link.group("link").lower()]
    return None


def _right_binding(
    sentence: str, cand: Candidate, others: list[Candidate], reach: int = 110, lists: bool = True
) -> str | None:
    """Metric of a passive/intransitive verb after the counted noun, within its clause."""
    right = sentence[cand.np_end : cand.np_end + reach]
    stop = CLAUSE_BREAK.search(right)
    if stop:
        right = right[: stop.start()]
    m = RIGHT_VERB_RE.search(right)
    if m and m.start() > 0 and right[m.start() - 1] in "\"“'‘" and m.group("cue").lower() == "lost":
        m = None  # 'while 95 were "lost" after being jammed': drones, not lives
    if not m:
        return None
    if m.group("cue").lower().endswith("ing") and m.start() < 4:
        # "563 people sheltering in them have been killed": the participle says who they are, the verb after
        # it what happened to them
        later = RIGHT_VERB_RE.search(right, m.end())
        if later and FINITE_BEFORE.search(right, m.end(), later.start()):
            m = later
    if m.start() < 4 and REDUCED_RELATIVE_AFTER.match(right, m.end()):
        # "112,000 people detained by the former government remain unaccounted for": the participle says who
        # they are; a later main verb of death or disappearance says what befell them
        for later in RIGHT_VERB_RE.finditer(right, m.end()):
            if MAIN_VERB_BEFORE.search(right, m.end(), later.start()):
                if METRIC_VERBS.get(later.group("cue").lower()) in ("killed", "missing"):
                    m = later
                break
    if ("who" in right or "that" in right) and RELATIVE_BEFORE_CUE.search(right, 0, m.start()):
        # "thousands of people who fled El Fasher remain unaccounted for": who they are, then what befell them
        for later in RIGHT_VERB_RE.finditer(right, m.end()):
            if NESTED_RELATIVE.search(right, m.end(), later.start()):
                break  # "ten citizens who remain missing under the house, which was sheltering displaced families"
            if MAIN_VERB_BEFORE.search(right, m.end(), later.start()):
                m = later  # (not "28 hostages who died in captivity": no main verb before "in captivity")
                break
    gap = right[: m.start()]
    if "includ" in gap and COMBINED_BEFORE_CUE.search(gap):
        return None  # "losses at more than 720,000, a figure that includes the wounded": a combined count
    # another counted number in between belongs to its own phrase, unless it is a subgroup aside
    for other in others:
        if cand.np_end <= other.num.start < cand.np_end + m.start() and other.reject is None:
            before_other = sentence[cand.np_end : other.num.start]
            joined = LIST_JOIN.match(before_other) or PP_LIST_JOIN.match(before_other)
            if not lists or (not SUBGROUP_BEFORE.search(before_other) and not joined):
                return None
    if MODAL_BEFORE.search(gap):
        return None
    lead = sentence[max(0, cand.num.start - 40) : cand.num.start]
    if not MODALS.isdisjoint(lead.lower().split()[-5:]) and MODAL_BEFORE.search(QUALIFIER_TAIL.sub("", lead)):
        return None  # "an assault could force up to 150,000 more people to flee": not a count, a fear
    aside = INCLUDING_ASIDE.match(gap)  # "79 people, including prisoners, guards and staff, had been killed"
    if aside:
        gap = gap[aside.end() :]
    if len(gap) > 80 or gap.count(",") > 2:
        return None
    return METRIC_VERBS[m.group("cue").lower()] if m.group("cue").lower() != "found dead" else "killed"


INCLUDING_ASIDE = re.compile(
    r"\s*,\s*(?:including|among\s+them|mostly|mainly)\b[^;:()]{0,100}?,\s*(?=\w+\s+\w+\s*$|\w+\s*$)", re.I
)
COMBINED_BEFORE_CUE = re.compile(r"\binclud(?:es|ed|ing|e)\s+(?:the\s+|both\s+(?:the\s+)?)?$", re.IGNORECASE)
REDUCED_RELATIVE_AFTER = re.compile(r"\s+(?:by|under|in|during|since|from|at|after)\b", re.IGNORECASE)
NESTED_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b", re.IGNORECASE)  # a clause about another noun
MAIN_VERB_BEFORE = re.compile(
    r"\b(?:have|has|had|were|was|are|is|remain|remains|remained)\s+(?:\w+\s+)?(?:been\s+)?$", re.IGNORECASE
)
RELATIVE_BEFORE_CUE = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+)?$", re.IGNORECASE)
MODALS = frozenset({"could", "may", "might", "would", "will"})  # a cheap first look for MODAL_BEFORE
QUALIFIER_TAIL = re.compile(
    r"(?:\b(?:up to|as many as|more than|at least|some|about|around|nearly|another|an estimated)\s+)+$", re.I
)
FINITE_BEFORE = re.compile(r"\b(?:have|has|had|were|was|are|is)\s+(?:\w+\s+)?(?:been\s+)?$", re.IGNORECASE)
OF_WHOM_AFTER = re.compile(r"\s+of\s+(?:whom|them|those)\b", re.IGNORECASE)


def _shifted(cand: Candidate, np_end: int) -> Candidate:
    """A copy of ``cand`` whose noun phrase ends at ``np_end`` (to look for a verb after "of whom")."""
    return dataclasses.replace(cand, np_end=np_end)


# "12 women, from a camp for displaced people": a cue inside a prepositional phrase is no predicate.
PREPOSITION_GAP = re.compile(r"[\s,]*(?:from|for|of|in|at|near|to|with|inside)\b", re.IGNORECASE)
# "killed three civilians and wounded five": between two counts of the same people
ELLIPSIS_GAP = re.compile(  # (a qualifier may open the second count: "... and more than 26,000 injured")
    r"\s*(?:\w+\s+){0,6}(?:and|,)(?:\s+(?:also\s+)?[a-z]+(?:ed|ing))?\s*"
    r"(?:(?:more\s+than|at\s+least|about|some|nearly|over|around|almost|another|a\s+further)\s+)?"
)
NOTHING_NOUNLIKE_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|on|at|over|during|when|after|and|or|were|was|have|had|more|others|of|by|from|near"
    r"|across|throughout|since|overnight|inside|including|as|while)\b)",
    re.IGNORECASE,
)
BARE_METRIC_HEADS = frozenset({"dead", "wounded", "injured", "killed", "missing"})
# "shot down 43 of 57 drones": a part of a count given right after it
POW_CONTEXT = re.compile(r"\b(?:russian|ukrainian) captivity\b|\bprisoners? of war\b|\bpows?\b", re.IGNORECASE)
REMAINING_OF = re.compile(
    r"\s+of\s+the\s+[\d,]+\s+(?P<noun>hostages|captives|detainees|prisoners)\b[^.;]{0,60}?\b(?:remain|are\s+still|still)\b",
    re.IGNORECASE,
)
PART_OF_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|dozens)\b)",
    re.IGNORECASE,
)
AMONG_AFTER = re.compile(r"\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?", re.IGNORECASE)
BY_AGENT_AFTER = re.compile(r"\s+(?:were\s+|was\s+)?by\s+(?:the\s+)?[\w-]+", re.IGNORECASE)
STATUS_METRICS = frozenset({"displaced", "detained", "hostages", "evacuated", "injured", "missing"})
SUBSET_AFTER = re.compile(r"\s+of\s+(?:the|these|those|its)\b", re.IGNORECASE)  # "shot down 76 of the drones"
QUOTES_AS_SPACES = str.maketrans({q: " " for q in '"“”‘’'})


def _quotes_as_spaces(text: str) -> str:
    """``text.translate(QUOTES_AS_SPACES)``, quicker: str.replace runs in C, a dict table per character does not."""
    return text.replace('"', " ").replace("“", " ").replace("”", " ").replace("‘", " ").replace("’", " ")


OF_WHICH_BEFORE = re.compile(r"\b(?:of which|of them|of those|of these)\s*,?\s*$", re.IGNORECASE)
SALVO_SUBSET = re.compile(r"^\s+of\s+(?:the|these|those|its)\b")  # case-sensitive, unlike SUBSET_AFTER
PREDICATE_AFTER = re.compile(r"^\s+(?:who\s+)?(?:were|was|have been|had been|are|died)\b")
DEFINITE_BEFORE = re.compile(r"\b(?=[tb])(?:the|these|those|both)\s+$", re.IGNORECASE)


def _subgroup_parent(sentence: str, cand: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """'..., including three journalists' / 'of whom 35 were children': the figure it is part of."""
    if cand.unit == "projectile" and not cand.of_them:
        return None
    usable = [c for c in earlier[-6:] if c.metric and (c.unit != "projectile" or cand.of_them)]
    if not usable:
        return None
    prev = usable[-1]
    between = sentence[prev.np_end : cand.num.start]
    if prev.how == "subgroup" and prev.parent is not None and SIBLING_JOIN.match(between):
        return prev.parent  # "including 12 children and nine women": siblings share their parent
    if NEW_THAT_CLAUSE.search(between):
        return None  # "four paramedics were among the dead and that 16 members ... had been injured"
    if SUBGROUP_BEFORE.search(between) or cand.of_them:
        return prev  # the nearest: "12 killed and 121 wounded, including 10 children" are wounded
    return None


# A noun that names a status ("prisoners", "refugees") after a verb that harmed them: the verb's metric
HARMED_STATUS: dict[str, tuple[str, ...]] = {
    "detained": ("killed",),
    "hostages": ("killed",),
    "displaced": ("killed", "injured"),  # "killed 12 displaced people", "wounding 20 IDPs"
    "evacuated": ("killed", "injured"),
}


def bind_metrics(sentence: str, cands: list[Candidate]) -> None:
    """Set ``cand.metric``-related fields in place: ``noun_metric`` stays, ``metric`` is the decision."""
    live = [c for c in cands if c.reject is None]
    firing = None  # computed once per sentence, on first need
    for index, cand in enumerate(live):
        metric: str | None = None
        how = ""
        before = sentence[max(0, cand.num.start - 30) : cand.num.start]
        after_salvo = cand.unit == "projectile" or (index > 0 and live[index - 1].unit == "projectile")
        subset = cand.unit == "projectile" and SALVO_SUBSET.match(sentence[cand.num.end : cand.num.end + 12])
        remaining = REMAINING_OF.match(sentence, cand.num.end) if " of the " in sentence else None
        if remaining:  # "94 of the 251 hostages ... remain in Gaza": the ones still held are a count
            held = remaining.group("noun").lower() in ("detainees", "prisoners")
            cand.noun_metric = "detained" if held else "hostages"
            cand.unit, cand.np_end = "person", remaining.end("noun")
        elif (OF_WHICH_BEFORE.search(before) and after_salvo) or subset or PART_OF_AFTER.match(sentence, cand.num.end):
            cand.reject = "a part of a salvo already counted"
            continue
        own_right = None
        if cand.of_them and not cand.noun_metric:
            whom = OF_WHOM_AFTER.match(sentence, cand.num.end)
            if whom:  # "208 of whom died of their injuries": the subset has a verb of its own
                own_right = _right_binding(sentence, _shifted(cand, whom.end()), live[index + 1 : index + 6], 30, False)
        elif not cand.noun_metric and not PREPOSITION_GAP.match(sentence, cand.np_end):
            own_right = _right_binding(sentence, cand, live[index + 1 : index + 6], 30, lists=False)
        confirmed_dead = ("whom" in sentence or "whose" in sentence) and bool(
            CONFIRMED_DEAD_AFTER.match(sentence, cand.num.end)
        )
        if confirmed_dead:
            own_right = "killed"  # "including at least 34 whom the IDF has confirmed dead": the dead among them
        parent = _subgroup_parent(sentence, cand, live[:index])
        if parent is not None and cand.noun_metric and cand.noun_metric != parent.metric:
            if parent.metric == "hostages" and cand.noun_metric == "killed":
                cand.parent = parent  # "101 hostages ..., including the bodies of 35 confirmed dead": theirs
            parent = None  # "including 450 children and 3,600 administrative detainees": same metric only
        if (
            parent is not None
            and own_right
            and (NEW_CLAUSE_AFTER.match(sentence, cand.np_end) or RELATIVE_AFTER.match(sentence, cand.np_end))
        ):
            own_right = None  # ", and wounded nine": the outer verb; ", who had fled ...": says who they were
        if parent is not None and own_right:
            cand.parent = parent  # "including 39 it believes are dead": its own verb, its parent's side
            parent = None
        if parent is not None:
            cand.metric, cand.how, cand.parent = parent.metric, "subgroup", parent
            if parent.unit == "projectile":
                cand.unit = "projectile"  # "337 drones ..., 91 of them over the Moscow region"
            if cand.head is None and cand.population == "all":
                cand.population = parent.population  # "726 soldiers ..., including 346 in the ground offensive"
            continue
        if confirmed_dead:
            cand.metric, cand.how = "killed", "right"
            continue
        if cand.unit == "projectile":
            if firing is None:
                firing = bool(FIRING_CONTEXT.search(sentence) or not STOCKPILE_CONTEXT.search(sentence))
            if firing:
                metric, how = "projectiles", "noun"
            else:
                cand.reject = "projectiles in stock, not fired"
                continue
        elif cand.noun_metric:
            metric, how = cand.noun_metric, "noun"
            status = cand.noun_metric in STATUS_METRICS and cand.noun_metric != "injured"  # "1,343 injured ... toll"
            if status and not PREPOSITION_GAP.match(sentence, cand.np_end):
                died = _right_binding(sentence, cand, live[index + 1 : index + 6], 50, lists=False)
                if died in ("killed", "injured"):  # "427 Rohingya refugees are feared to have died"
                    metric, how = died, "right"
            if cand.noun_metric in HARMED_STATUS:
                left = _left_binding(sentence, cand)
                remains = REMAINS_BEFORE.search(sentence, max(0, cand.num.start - 40), cand.num.start)
                if left and left[0] in HARMED_STATUS[cand.noun_metric] and not remains:
                    metric, how = left[0], "left"  # "executed at least 245 prisoners of war", "killing 9 refugees"
        if metric is None:
            left = _left_binding(sentence, cand)
            if left:
                metric, link_qualifier = left
                how = "left"
                if link_qualifier and cand.qualifier == "exact":
                    cand.qualifier = link_qualifier
        if metric is None:
            right = _right_binding(sentence, cand, live[index + 1 : index + 6])
            if right:
                metric, how = right, "right"
                gap = sentence[cand.np_end : cand.np_end + 40]
                definite = DEFINITE_BEFORE.search(sentence[max(0, cand.num.start - 8) : cand.num.start])
                if definite and cand.num.value < 10:
                    if not PREDICATE_AFTER.match(gap):
                        metric = None  # "the two men discussed ... hostages": specific people, not a count
        if metric == "hostages" and POW_CONTEXT.search(sentence):
            metric = "detained"  # "held in Russian captivity": prisoners of war, not hostages
        if (
            metric == "detained"
            and "held" in sentence
            and HELD_BY_CAPTORS.search(sentence, cand.np_end, cand.np_end + 60)
        ):
            metric = "hostages"  # "freed 11 civilians who were being held by the group": captives
        if metric == "displaced" and cand.head in ("inmates", "prisoners", "detainees"):
            cand.reject = "a prison escape ('4,000 inmates fled'), not displacement"
            continue
        if metric == "projectiles" and cand.unit == "person":
            metric = None  # "fired at 12 people" is not a projectile count
        if metric is None and cand.new_total:
            counted = next((c for c in reversed(live[:index]) if c.metric and cand.unit in (None, c.unit)), None)
            if counted is not None:  # "detained seven more ..., bringing to 33 the number of its personnel held"
                metric, how, cand.unit = counted.metric, "total", counted.unit
                if cand.head is None or cand.population == "all":
                    cand.population = counted.population
        cand.metric = metric
        cand.how = how
    _propagate_lists(sentence, live)


def _propagate_lists(sentence: str, live: list[Candidate]) -> None:
    """List members and subgroups without a verb of their own take their neighbour's metric."""
    # "14 soldiers and 10 civilians have been killed": right-to-left along list joins
    for i in range(len(live) - 2, -1, -1):
        cand, nxt = live[i], live[i + 1]
        if cand.metric is None and nxt.metric:
            if LIST_JOIN.match(sentence[cand.np_end : nxt.num.start]) and (cand.unit or nxt.unit) != "projectile":
                cand.metric = nxt.metric
                cand.how = "list"
    # "One Israeli soldier was killed and four were wounded": the bare number means the same people
    for i in range(1, len(live)):
        cand, prev = live[i], live[i - 1]
        bare = cand.head in BARE_METRIC_HEADS or (  # "and four [soldiers] wounded", "and wounded five"
            cand.head is None and NOTHING_NOUNLIKE_AFTER.match(sentence, cand.num.end) is not None
        )
        if bare and prev.head is not None and prev.unit == "person" and cand.population == "all":
            if ELLIPSIS_GAP.fullmatch(sentence, prev.np_end, cand.num.start):
                cand.population = prev.population
                cand.np_sides = cand.np_sides or list(prev.np_sides)  # not "... and three from Malawi"
    # "Five journalists were among 20 people killed": a subgroup named before its total
    for i in range(len(live) - 1):
        cand, nxt = live[i], live[i + 1]
        if cand.metric is None and nxt.metric and AMONG_AFTER.match(sentence, cand.np_end):
            cand.metric, cand.how, cand.parent = nxt.metric, "subgroup", nxt
    # "33 were killed by settlers and another 41 by Israeli forces": the elided verb of the count before
    for i in range(1, len(live)):
        cand, prev = live[i], live[i - 1]
        if (
            cand.metric is None
            and prev.metric
            and (cand.unit or prev.unit) == prev.unit
            and BY_AGENT_AFTER.match(sentence, cand.np_end)
        ):
            cand.metric, cand.how = prev.metric, "list"
    # "killed 52 people, ... including four civilians": left-to-right subgroups
    for i, cand in enumerate(live):
        if cand.metric is not None or cand.unit != "person":
            continue
        for prev in reversed(live[max(0, i - 6) : i]):
            if prev.metric and prev.unit != "projectile":
                between = sentence[prev.np_end : cand.num.start]
                if SUBGROUP_BEFORE.search(between) or LIST_JOIN.match(between) or cand.population != "all":
                    cand.metric = prev.metric
                    cand.how = "subgroup"
                    cand.parent = prev
                break
