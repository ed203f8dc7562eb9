"""Whose people a figure counts (FIGURES.md `side`), from the places, demonyms and groups around it.

For people: a demonym or group inside the noun phrase ("14 Israeli soldiers")
wins; then the place of the event ("in Lebanon", "strike on Kharkiv", "there");
then any other mention that is not the attacker ("Israeli strikes", "killed by
Russia"); then the previous sentences. For projectiles the side is who FIRED:
"from Lebanon", the subject of "fired/launched", then recent context.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from casualties.extract.candidates import Candidate
from casualties.extract.gazetteer import CIVIL_WAR_SIDES, GROUP, OPPONENTS, PLACE, SideMention
from casualties.extract.numbers import ASCII_DIGIT
from casualties.vocab import UNKNOWN_SIDE

# A leading (?=[...]) lists the first letters of the alternatives: most positions fail on it at once
# (trie.initials); it never changes a match.
# A mention followed by these is the attacker or an actor, not the place of the people counted.
_ACTOR_NOUNS = (
    "air strikes? airstrikes? drone\\s+strikes? strikes? attacks? forces troops army military drones? missiles? "
    "rockets? warplanes aircraft planes "
    "helicopters jets fighter\\s+jets fire shelling bombardment bombing bombs raids? offensive aggression occupation "
    "tanks? artillery navy air\\s+force police settlers gunmen operations? assault campaign invasion snipers "
    "gunfire soldiers bombers defen[cs]e\\s+forces security\\s+forces war\\s+on delegation leaders? chief spokes\\w+ "
    "statement media outlet meeting talks negotiators fighters militants incursion counter-?offensive advance "
    "blockade"
).split()
_WEAPON_MODIFIERS = "glide|guided|aerial|ballistic|cruise|kamikaze|attack|combat|artillery|missile|drone|air"
# "Russia's full-scale armed attack", "Israel's renewed military offensive": words between an actor and its act
_ACT_ADJECTIVES = "full-scale|large-scale|all-out|armed|military|renewed|latest|new|massive|ongoing|unprovoked|brutal"
# A mention followed by these is the attacker or an actor ("Israeli strikes", "Russian glide bombs",
# "Rwanda-backed M23", "Hamas delegation", "Israeli and US strikes"), not the place of the people counted.
ATTACKER_AFTER = re.compile(
    r"^(?:-(?:backed|led|allied|run|supported|aligned)\b"
    rf"|(?:['’]s)?[\s-]+(?:and\s+(?:the\s+)?(?-i:[A-Z][\w.-]*)\s+)?(?:-?(?:led|backed|run|allied)\s+)?"
    rf"(?:(?:{_ACT_ADJECTIVES})\s+){{0,2}}(?:(?:{_WEAPON_MODIFIERS})\s+)?"
    rf"(?:{'|'.join(_ACTOR_NOUNS)})\b(?!\s+(?:administration|governor|governorate|hospital|court|prosecutor)))",
    re.IGNORECASE,
)  # "Kyiv's military administration said": a civil authority that reports, not an attacker
# "Israel has killed", "Russia launched": an actor, unless the mention is a place ("a strike in Aleppo killed").
ACTIVE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:killed|killing|launched|fired|struck|bombed|shelled|dropped"
    r"|besieged|bombarded|pounded|hit|attacked|invaded|abducted|kidnapped|arrested|detained|captured)\b",
    re.IGNORECASE,
)
AGENT_PRONOUN = re.compile(
    r"\b(?=[itw])(?:it|they|its forces|its troops|its jets|we)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:killed|eliminated|struck|hit|captured|detained|arrested)\b",
    re.IGNORECASE,
)
# "the ministry, which has accused Israel of targeting ambulances": the one blamed did the harm
ACCUSED_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:the\s+)?$", re.IGNORECASE)
LOST_AFTER = re.compile(r"(?:['’]s)?\s+(?:army\s+|forces\s+|military\s+|troops\s+)?(?:has|have|had)?\s*lost\b", re.I)
# The reporter's own losses are counted in these; "fighters", "militants" are usually the other side's.
OWN_FORCES = frozenset({"soldiers", "soldier", "troops", "servicemen", "service members", "reservists", "officers",
                        "police officers", "policemen", "conscripts", "peacekeepers", "personnel", "reservist",
                        "serviceman", "servicewoman", "conscript", "peacekeeper"})  # fmt: skip
# Soldiers proper (no police, officers or peacekeepers): no Palestinian army has them, so those counted in
# Gaza or the West Bank serve Israel (FIGURES.md: soldiers belong to the party they serve)
ARMY_NOUNS = frozenset({"soldiers", "soldier", "troops", "reservists", "reservist", "servicemen", "serviceman",
                        "service members", "conscripts", "conscript"})  # fmt: skip
NO_ARMY_SIDES = frozenset({"gaza", "west-bank", "palestine"})
OTHER_CLAUSE = re.compile(r"\b(?=[awb])(?:as|while|whereas|when|after|before|because|although|amid)\s+(?!well\b)", re.I)
# A mention followed by these names people who do not fire.
NON_ACTOR_AFTER = re.compile(r"^(?:['’]s)?\s+(?:delegation|leader|leaders|officials?|chief|meeting|talks|media)\b")
OPPONENT_BEFORE = re.compile(r"\b(?=[wav])(?:with|against|versus|vs\.?)\s+(?:the\s+)?$", re.IGNORECASE)
AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# "pagers carried by Hezbollah members", "a clinic run by MSF": "by" names owners or members, not an agent
OWNER_BY_BEFORE = re.compile(
    r"\b(?:carried|owned|used|worn|operated|run|managed|staffed|led|commanded|employed|issued|belonging|supplied"
    r"|provided|built|made|manned)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "killed by fire from Lebanon", "rockets launched from Gaza": where the attack came from, the attacker's side
FIRE_FROM_BEFORE = re.compile(
    r"\b(?=[frmdsapbg])(?:fire|rockets?|missiles?|drones?|shells?|shelling|attacks?|strikes?|projectiles?|barrages?"
    r"|gunfire)\s+(?:(?:launched|fired|coming)\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
TARGET_BEFORE = re.compile(
    r"\b(?=[sawobrifc])(?:strikes?|attacks?|assault|war|offensive|shelling|bombardment|bombing|raids?|incursion"
    r"|invasion|siege|operations?|fire|aggression|campaign)\s+(?:on|of|against|in|into|across)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
    # the object of an attack verb: "gunmen stormed southern Israel, killing ..."
    r"|\b(?:attacked|stormed|invaded|raided|overran|infiltrated|bombed|shelled|targeted)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
SIDE_WORD_AFTER = re.compile(r"\s+side\b")
ON_THE_BEFORE = re.compile(r"\b(?:on|from)\s+the\s+$", re.IGNORECASE)
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
LOCATION_BEFORE = re.compile(
    r"\b(?=[iatnwof])(?:in|inside|across|throughout|near|at|around|within|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_DIRECTION = (
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|northeastern|northwestern"
    r"|southeastern|southwestern|neighbouring|neighboring|occupied|besieged)\s+)?"
)
# "fled to Chad", "taken into Gaza" (not "according to Israeli tallies", "due to", "up to")
DESTINATION_BEFORE = re.compile(
    rf"(?<!according )(?<!due )(?<!next )(?<!close )(?<!up )(?<!thanks )(?<!owing )(?<!prior )(?<!compared )"
    rf"(?<!road )(?<!highway )"  # "abducted on the road to Tawila": where it happened
    rf"\b(?=[tif])(?:to|into|toward|towards|for)\s+(?:the\s+)?{_DIRECTION}$",
    re.IGNORECASE,
)
# "fled from Gaza City", "have fled El Fasher", "left the camp": where they came from
ORIGIN_BEFORE = re.compile(
    rf"\b(?:from|fled|fleeing|left|escaped|abandoned)\s+(?:the\s+)?(?:[\w-]+\s+(?:in|of)\s+)?(?:the\s+)?{_DIRECTION}$",
    re.IGNORECASE,
)
HELD_BEFORE = re.compile(
    r"\b(?=[hkcitrs])(?:(?:held|holding|kept|captives?|captivity|hiding|still|remain(?:s|ing)?)\b[\w\s,]{0,30}"
    r"\b(?:in|inside)\s+(?:the\s+)?$|(?<!according )(?:into|to)\s+(?:the\s+)?$|remain\s+in\s+(?:the\s+)?$)",
    re.IGNORECASE,
)
INCLUDING_ONE_BEFORE = re.compile(
    r"\b(?:including|among\s+them)\s+(?:an?|one|two|three|four|five|[0-9]+)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
# "1,700 Palestinians held in its prisons": people in long-term custody, not those arrested in a raid
PRISON_AFTER = re.compile(
    r"\s+(?:(?:currently|still|being)\s+)?(?:held|jailed|imprisoned|incarcerated|detained)\s+(?:in|by)\b"
    r"|\s+(?:in|inside)\s+(?:\w+\s+)?(?:prisons?|jails?|custody|detention)\b",
    re.IGNORECASE,
)
CUSTODY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:military\s+|army\s+|police\s+)?(?:custody|detention|prisons?|jails?|captivity|detention\s+centres?)\b",
    re.IGNORECASE,
)
FIRING_TARGET_BEFORE = re.compile(
    r"\b(?=[aoitshbp])(?:at|on|into|toward|towards|against|targeting|over|across|hit|struck|in|attacked|attacking|bombarded|pounded)"
    r"\s+(?:the\s+)?(?:(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the same day)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
OF_THE_GROUP = re.compile(r"^\s+of\s+the\s+(?:group|movement|militia|organi[sz]ation)")
THERE_AFTER = re.compile(r"\bthere\b", re.IGNORECASE)
MOVEMENT_METRICS = frozenset({"displaced", "evacuated", "hostages", "detained"})


class _Nearby:
    """Where to look for the territory of 'Palestinians': the sentence, then the article's main side,
    then the previous sentences. The article side and the context are computed only when asked for."""

    def __init__(
        self,
        mentions: Sequence[SideMention],
        context: Callable[[], Sequence[SideMention]],
        article_side: Callable[[], str | None],
        article_territory: Callable[[], str | None] = lambda: None,
    ):
        self.mentions, self.context, self.article_side = mentions, context, article_side
        self.article_territory = article_territory

    def territory(self, after: int | None = None, sentence: str = "", local: bool = False) -> str | None:
        named = [m for m in self.mentions if m.slug in TERRITORIES]
        if after is not None:  # "848 Palestinians in the West Bank": the territory the noun phrase names
            near = [m for m in named if 0 <= m.start - after <= PLACE_OF_NOUN_GAP]
            if near:  # "journalists in the West Bank and Gaza": both, so Palestinians with no narrower place
                both = {m.slug for m in named if 0 <= m.start - near[0].end <= PLACE_OF_NOUN_GAP} - {near[0].slug}
                return "palestine" if both else near[0].slug
            # "900 Palestinians have been killed in the West Bank": the place of the clause's verb
            for m in named:
                if m.start > after and LOCATION_BEFORE.search(sentence, max(0, m.start - 12), m.start):
                    if not CLAUSE_PUNCTUATION.search(sentence, after, m.start):
                        return m.slug
            if local:
                return None  # "1,700 Palestinians held in its prisons": prisoners from anywhere
        named = [m for m in named if not CONFLICT_NAME_AFTER.match(sentence, m.end)] if sentence else named
        if named:
            return named[0].slug
        dominant = self.article_side()
        if dominant in TERRITORIES:
            return dominant
        for m in reversed(self.context()):
            if m.slug in TERRITORIES:
                return m.slug
        return self.article_territory()  # an article about the Gaza war that names no other territory


TERRITORIES = ("gaza", "west-bank")
PLACE_OF_NOUN_GAP = 14  # characters between a noun phrase and its place: " in the ", " from "


def _refine_palestine(
    slug: str, nearby: _Nearby, keep: bool = False, after: int | None = None, sentence: str = "", local: bool = False
) -> str:
    """'Palestinians' -> gaza or west-bank when the text names one of them (``keep`` for prisoners, who
    are counted as Palestinians wherever they come from); a territory right ``after`` the noun phrase first;
    ``local``: only a territory the noun phrase's own clause names (detainees)."""
    if slug != "palestine" or keep:
        return slug
    return nearby.territory(after, sentence, local) or slug


# "the Gaza war", "the Gaza ceasefire": the name of a conflict, not where the counted people are
CONFLICT_NAME_AFTER = re.compile(r"(?:['’]s)?\s+(?:war|conflict|ceasefire|truce|crisis)\b", re.IGNORECASE)
CLAUSE_PUNCTUATION = re.compile(r"[,;:()]")


@functools.lru_cache(maxsize=32)  # asked once per number, answered once per sentence
def _has_agent_pronoun(sentence: str) -> bool:
    return AGENT_PRONOUN.search(sentence) is not None


@functools.lru_cache(maxsize=1024)  # pure; asked once per number about each mention
def _is_attacker(sentence: str, m: SideMention) -> bool:
    after = sentence[m.end : m.end + 40]
    before = sentence[max(0, m.start - 40) : m.start]
    if ACCUSED_BEFORE.search(before) or ATTACKER_AFTER.match(after):
        return True
    if AGENT_BEFORE.search(before[-12:]) and not OWNER_BY_BEFORE.search(before):
        return True
    if "from" in before and FIRE_FROM_BEFORE.search(before):
        return True
    return bool(ACTIVE_AFTER.match(after)) and not (LOCATION_BEFORE.search(before) or TARGET_BEFORE.search(before))


def _opponent(m: SideMention) -> str | None:
    """The other party of a two-party war. An armed group maps only by its own name ("Hamas"): a group of a
    country ("Wagner") also fights far from that country's war (Mali), where that war's enemy is no one."""
    return OPPONENTS.get(m.surface.lower()) or (OPPONENTS.get(m.slug) if m.kind != GROUP else None)


def _fallback_from_attackers(sentence: str, mentions: Sequence[SideMention], metric: str) -> str | None:
    """Only the attacker is named: a civil war's own country, or the other party of a two-party war."""
    for m in mentions:
        if not _is_attacker(sentence, m):
            continue
        if metric == "detained" and m.kind in (PLACE, GROUP):
            return m.slug  # "Iranian authorities arrested 700", "the Houthis detained 11": people where they rule
        if m.slug in CIVIL_WAR_SIDES:
            return m.slug
        opponent = _opponent(m)
        if opponent:
            return opponent
    return None


def people_side(
    sentence: str,
    cand: Candidate,
    mentions: Sequence[SideMention],
    context: Callable[[], Sequence[SideMention]],
    metric: str,
    reporter_spans: Sequence[tuple[int, int]] = (),
    article_side: Callable[[], str | None] = lambda: None,
    article_territory: Callable[[], str | None] = lambda: None,
    previous_side: str | None = None,
) -> str:
    """The side of the people ``cand`` counts. ``context()`` gives the previous sentences' mentions; like
    ``article_side()`` it is only called when the sentence itself does not settle the side.
    ``previous_side``: the side of the people counted just before (this or the previous sentence), which
    a sentence naming no side goes on counting ("... killed 224 in Iran. The dead included 20 children.")."""
    nearby = _Nearby(mentions, context, article_side, article_territory)
    prisoners = cand.head in ("prisoners", "detainees")
    if cand.np_sides:
        groups = [s for s in cand.np_sides if s.kind == GROUP]
        chosen = (groups or cand.np_sides)[0]
        in_prison = metric == "detained" and PRISON_AFTER.match(sentence, cand.np_end) is not None
        return _refine_palestine(chosen.slug, nearby, prisoners, cand.np_end, sentence, local=in_prison)
    if cand.parent is not None and cand.parent.side is not None:
        return cand.parent.side
    if cand.head in ("members", "officers"):
        groups = [m for m in mentions if m.kind == GROUP]
        if groups:
            return min(groups, key=lambda g: abs(g.start - cand.num.start)).slug
    if cand.head == "members" and OF_THE_GROUP.match(sentence[cand.np_end : cand.np_end + 40]):
        groups = [m for m in [*context(), *mentions] if m.kind == GROUP]
        if groups:
            return groups[-1].slug
    destinations: set[str] = set()
    if metric in MOVEMENT_METRICS:
        gone_to = [  # "crossed into Syria", "taken back into Gaza": where they went, after the number
            m
            for m in mentions
            if m.start > cand.num.start and DESTINATION_BEFORE.search(sentence[max(0, m.start - 40) : m.start])
        ]
        # a side also named as where they came from stays: "fled El Fasher ... towards Tawila" (both Sudan)
        came_from = {
            m.slug
            for m in mentions
            if m.start > cand.num.start and ORIGIN_BEFORE.search(sentence[max(0, m.start - 40) : m.start])
        }
        destinations = {m.slug for m in gone_to} - came_from
        if destinations and metric in ("displaced", "evacuated"):
            destinations.discard(article_side() or "")  # "fled to Butembo" in an article about Congo: a move inside it
        mentions = [m for m in mentions if m.slug not in destinations]
        unfiltered = context
        context = lambda: [m for m in unfiltered() if m.slug not in destinations]  # noqa: E731
    clause_end = cand.np_end + 160
    if THERE_AFTER.search(sentence[cand.np_end : cand.np_end + 60]):
        places = [m for m in mentions if m.end <= cand.num.start and m.kind == PLACE]
        if places:
            return _refine_palestine(places[-1].slug, nearby)
    lost, side_word = "lost" in sentence, " side" in sentence
    for m in mentions if lost or side_word else ():
        if lost and m.start <= clause_end and LOST_AFTER.match(sentence, m.end):
            return m.slug  # "Russia has lost more than 720,000 troops": its own losses, whoever reports them
        if (
            side_word
            and SIDE_WORD_AFTER.match(sentence, m.end)
            and ON_THE_BEFORE.search(sentence, max(0, m.start - 12), m.start)
        ):
            return m.slug  # "26 civilians have been killed on the Israeli side"
    best: tuple[float, SideMention] | None = None
    held_in_gaza = False
    titled = any(word in sentence for word in TITLE_WORDS)
    for m in mentions:
        if m.start > clause_end:
            continue
        before = sentence[max(0, m.start - 40) : m.start]
        if _is_attacker(sentence, m) and (
            not TARGET_BEFORE.search(before)
            or (OF_BEFORE.search(before) and ATTACKER_AFTER.match(sentence[m.end : m.end + 40]))
        ):
            continue  # an attacker; "the deadliest attack of the American campaign": still the attacker
        reporter = any(s <= m.start < e for s, e in reporter_spans)
        if reporter and _has_agent_pronoun(sentence):
            continue  # "the U.S. military said it killed 10 fighters": the reporter is the attacker
        held = HELD_BEFORE.search(before) or (m.start > cand.num.start and ORIGIN_BEFORE.search(before))
        if m.start > cand.np_end and INCLUDING_ONE_BEFORE.search(before):
            continue  # "three hostages, including an American": one member's nationality, not the group's side
        if metric == "detained" and CUSTODY_AFTER.match(sentence, m.end):
            continue  # "160 remain in Israeli detention", "held in Russian captivity": the captor's side
        if metric == "hostages" and (m.kind == GROUP or held or reporter):
            held_in_gaza = held_in_gaza or (bool(held) and m.slug == "gaza")
            continue  # "held in Gaza", "Hamas is holding": the captor, not the captives
        if titled and TITLE_AFTER.match(sentence, m.end) and cand.head not in OWN_FORCES:
            continue  # "Former US envoy Tom Perriello said": the speaker's country, not the victims'
        if reporter and cand.head in OWN_FORCES and m.kind != GROUP and not _has_agent_pronoun(sentence):
            return m.slug  # "Israel says 46 soldiers have been killed in Lebanon": its own soldiers
        if metric in MOVEMENT_METRICS and m.start > cand.num.start and DESTINATION_BEFORE.search(before):
            continue  # "fled to Chad", "taken into Gaza": where they went, not whose they are
        if OPPONENT_BEFORE.search(before):
            continue  # "hostilities with Israel", "accused of collaborating with Israel": the other party
        if reporter:
            score = 35.0
        elif TARGET_BEFORE.search(before):
            score = 60.0
        elif metric in MOVEMENT_METRICS and ORIGIN_BEFORE.search(before):
            score = 70.0
        elif LOCATION_BEFORE.search(before):
            score = 50.0
        else:
            score = 20.0
        if m.start >= cand.num.start:
            score += 5
            if OTHER_CLAUSE.search(sentence, cand.np_end, m.start):
                score -= 30  # "... past 30,500 as negotiators met in Cairo": another clause's place
            elif ASCII_DIGIT.search(sentence, cand.np_end, m.start):
                score -= 15  # "900 killed in Gaza ..., and 120 remain in Israeli detention": the next count's
        score -= abs(m.start - cand.num.start) / 20
        if best is None or score > best[0]:
            best = (score, m)
    if best is not None and best[0] < 0 and metric != "hostages":
        # only a place of another clause ("displaced since March, when Israel ended the truce"): the people
        # counted just before, or the previous sentences' place, say more about whose these are
        if previous_side is not None and previous_side != UNKNOWN_SIDE:
            return previous_side
        earlier = [m for m in reversed(context()) if m.kind == PLACE]
        if earlier:
            return _refine_palestine(earlier[0].slug, nearby, prisoners, sentence=sentence)
    if best is not None:
        return _refine_palestine(best[1].slug, nearby, prisoners, sentence=sentence)
    if held_in_gaza:
        return "israel"  # "94 of the 251 hostages ... remain in Gaza": captives held in Gaza are Israel's
    fallback = _fallback_from_attackers(sentence, mentions, metric)
    if fallback:
        return fallback
    if previous_side is not None and previous_side != UNKNOWN_SIDE and metric != "hostages":
        return previous_side
    usable = [m for m in reversed(context()) if not (metric == "hostages" and (m.kind == GROUP or m.slug == "gaza"))]
    if usable:  # the article's main side if the previous sentences name it, else the latest mention
        places = [m for m in usable if m.kind == PLACE]
        if len({m.slug for m in places}) > 1:  # the main side (read over the whole article) picks one
            dominant = article_side()
            chosen = next((m for m in places if m.slug == dominant), None) or places[0]
        else:
            chosen = (places or usable)[0]
        return _refine_palestine(chosen.slug, nearby, prisoners, sentence=sentence)
    dominant = article_side()
    if dominant and not (metric == "hostages" and dominant == "gaza") and dominant not in destinations:
        return _refine_palestine(dominant, nearby, prisoners, sentence=sentence)
    if metric == "hostages" and any(m.slug == "gaza" for m in [*mentions, *context()]):
        return "israel"  # captives held in Gaza are counted as Israel's (FIGURES.md, seed gold)
    return UNKNOWN_SIDE


def projectile_side(
    sentence: str, cand: Candidate, mentions: Sequence[SideMention], context: Sequence[SideMention]
) -> str:
    """Projectiles take the side that fired them."""
    for m in mentions:
        if m.start >= cand.np_end and ORIGIN_BEFORE.search(sentence[max(0, m.start - 30) : m.start]):
            if m.start - cand.np_end < 80:
                return m.slug
    if cand.np_sides:
        return cand.np_sides[0].slug
    for m in mentions:
        if m.start >= cand.np_end and AGENT_BEFORE.search(sentence[max(0, m.start - 12) : m.start]):
            if not OWNER_BY_BEFORE.search(sentence, max(0, m.start - 30), m.start):  # "drones supplied by Iran"
                return m.slug
    for m in mentions:  # "Kyiv shot down 40 drones": the defender named, so the other side fired them
        if m.end <= cand.num.start and DEFENDER_AFTER.match(sentence, m.end):
            opponent = _opponent(m)
            if opponent:
                return opponent
    shooters = [
        m
        for m in mentions
        if m.end <= cand.num.start
        and _can_fire(sentence, m)
        and not DEFENDER_AFTER.match(sentence, m.end)
        and not SPEAKER_OF_OTHERS_AFTER.match(sentence, m.end, cand.num.start)
    ]
    if shooters:
        groups = [m for m in shooters if m.kind == GROUP]
        return (groups or shooters)[-1].slug
    targets = {m.slug for m in mentions if not _can_fire(sentence, m)}
    recent = [m for m in reversed(context) if m.slug not in targets]
    groups = [m for m in recent if m.kind == GROUP]
    if groups:
        return groups[0].slug
    return recent[0].slug if recent else UNKNOWN_SIDE


@functools.lru_cache(maxsize=1024)  # pure; asked once per number about each mention
def _can_fire(sentence: str, m: SideMention) -> bool:
    before = sentence[max(0, m.start - 30) : m.start]
    after = sentence[m.end : m.end + 30]
    if FIRING_TARGET_BEFORE.search(before) or DESTINATION_BEFORE.search(before):
        return False
    return not NON_ACTOR_AFTER.match(after)


# "Israel's military says the group has fired ...": the speaker, telling what someone else fired (not "said it")
SPEAKER_OF_OTHERS_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|say|claimed|claims|reported|reports|stated|announced)"
    r"\s+(?:that\s+)?(?!(?:it|they|we|its|their|our|he|she)\b)[\w-]+",
    re.IGNORECASE,
)
# "Ukraine's air force shot down 40 drones", "Israel intercepted most of them": who defended, not who fired
DEFENDER_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:air\s+defen[cs]es?|air\s+force|military|army|forces|defen[cs]e\s+systems?))?"
    r"\s+(?:(?:has|have|had|said\s+it|says\s+it)\s+)?(?:shot\s+down|intercepted|downed|destroyed|repelled|neutrali[sz]ed)\b",
    re.IGNORECASE,
)


TITLE_WORDS = ("envoy", "mbassador", "iplomat", "egotiator", "ediator", "epresentative")
# A country named as a speaker's title: "Former US envoy", "the Qatari mediators".
TITLE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:special\s+|former\s+|chief\s+)?(?:envoy|ambassador|diplomats?|negotiators?|mediators?"
    r"|special\s+representative)\b",
    re.IGNORECASE,
)


# "US Africa Command said ...": a reporter named by its country, not where the next sentence's people are
SPEAKER_NAME_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[A-Z][\w-]*){1,3}(?:\s+\([A-Z]{2,10}\))?\s+(?:said|says|reported|announced|stated|confirmed)\b"
)


def context_mentions(sentence: str, mentions: Sequence[SideMention], projectiles: bool = False) -> list[SideMention]:
    """The mentions of a sentence worth carrying to the next ones (no attackers, no firing targets,
    no country named only as part of a reporting body)."""
    kept = []
    for m in mentions:
        if projectiles:
            if _can_fire(sentence, m):
                kept.append(m)
        elif not _is_attacker(sentence, m) and not SPEAKER_NAME_AFTER.match(sentence, m.end):
            kept.append(m)
    return kept
