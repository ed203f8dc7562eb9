"""Whose people a figure counts (FIGURES.md `side`), from the places, demonyms and groups around it.

For people: a demonym or group inside the noun phrase ("14 Israeli soldiers")
wins; then the place of the event ("in Lebanon", "strike on Kharkiv", "there");
then any other mention that is not the attacker ("Israeli strikes", "killed by
Russia"); then the previous sentences. For projectiles the side is who FIRED:
"from Lebanon", the subject of "fired/launched", then recent context.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casualties.extract.candidates import Candidate
from casualties.extract.gazetteer import GROUP, PLACE, SideMention
from casualties.vocab import UNKNOWN_SIDE

ATTACKER_AFTER = re.compile(
    r"^(?:['’]s)?[\s-]+(?:-?(?:led|backed|run|allied)\s+)?(?:air\s*strikes?|strikes?|attacks?|forces|troops|army|military"
    r"|drones?|missiles?|rockets?|warplanes|jets|fighter jets|fire|shelling|bombardment|bombing|bombs|raids?|offensive"
    r"|aggression|occupation|tanks?|artillery|navy|air force|police|settlers|gunmen|operations?|assault|campaign"
    r"|invasion|snipers|gunfire|soldiers|bombers|defence forces|defense forces|security forces|authorities|war on"
    r"|has\b|have\b|had\b|killed|launched|fired|struck|bombed|shelled|besieged|bombarded|pounded|hit\b|attacked"
    r"|delegation|leader|leaders|officials?|chief|spokes\w+|statement|media|outlet|meeting|talks|government"
    r"|minister|president|negotiators)\b",
    re.IGNORECASE,
)
AGENT_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
TARGET_BEFORE = re.compile(
    r"\b(?:strikes?|attacks?|assault|war|offensive|shelling|bombardment|bombing|raids?|incursion|invasion|siege"
    r"|operations?|fire|aggression|campaign)\s+(?:on|of|against|in|into|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
LOCATION_BEFORE = re.compile(
    r"\b(?:in|inside|across|throughout|near|at|around|within|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
DESTINATION_BEFORE = re.compile(r"\b(?:to|into|toward|towards|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
FIRING_TARGET_BEFORE = re.compile(
    r"\b(?:at|on|into|toward|towards|against|targeting|over|across|hit|struck|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
THERE_AFTER = re.compile(r"\bthere\b", re.IGNORECASE)
MOVEMENT_METRICS = frozenset({"displaced", "evacuated", "hostages", "detained"})


def _refine_palestine(slug: str, nearby: Sequence[SideMention]) -> str:
    """'Palestinians' -> gaza or west-bank when the text names one of them."""
    if slug != "palestine":
        return slug
    for m in nearby:
        if m.slug in ("gaza", "west-bank"):
            return m.slug
    return slug


def _is_attacker(sentence: str, m: SideMention) -> bool:
    after = sentence[m.end : m.end + 40]
    before = sentence[max(0, m.start - 12) : m.start]
    return bool(ATTACKER_AFTER.match(after) or AGENT_BEFORE.search(before))


def people_side(
    sentence: str,
    cand: Candidate,
    mentions: Sequence[SideMention],
    context: Sequence[SideMention],
    metric: str,
) -> str:
    nearby = [*mentions, *reversed(context)]
    if cand.np_sides:
        groups = [s for s in cand.np_sides if s.kind == GROUP]
        chosen = (groups or cand.np_sides)[0]
        return _refine_palestine(chosen.slug, nearby)
    if cand.parent is not None and cand.parent.side is not None:
        return cand.parent.side
    if cand.head in ("members", "officers"):
        groups = [m for m in mentions if m.kind == GROUP]
        if groups:
            return min(groups, key=lambda g: abs(g.start - cand.num.start)).slug
    clause_end = cand.np_end + 160
    if THERE_AFTER.search(sentence[cand.np_end : cand.np_end + 60]):
        places = [m for m in mentions if m.end <= cand.num.start and m.kind == PLACE]
        if places:
            return _refine_palestine(places[-1].slug, nearby)
    best: tuple[float, SideMention] | None = None
    for m in mentions:
        if m.start > clause_end:
            continue
        before = sentence[max(0, m.start - 40) : m.start]
        if _is_attacker(sentence, m) and not TARGET_BEFORE.search(before):
            continue
        if metric in MOVEMENT_METRICS and m.start > cand.num.start and DESTINATION_BEFORE.search(before):
            continue  # "fled to Chad", "taken into Gaza": where they went, not whose they are
        if TARGET_BEFORE.search(before):
            score = 60.0
        elif metric in MOVEMENT_METRICS and ORIGIN_BEFORE.search(before):
            score = 70.0
        elif LOCATION_BEFORE.search(before):
            score = 50.0
        else:
            score = 20.0
        if m.start >= cand.num.start:
            score += 5
        score -= abs(m.start - cand.num.start) / 20
        if best is None or score > best[0]:
            best = (score, m)
    if best is not None:
        return _refine_palestine(best[1].slug, nearby)
    for m in reversed(context):
        return _refine_palestine(m.slug, nearby)
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
            return m.slug
    shooters = [m for m in mentions if m.end <= cand.num.start and _can_fire(sentence, m)]
    if shooters:
        groups = [m for m in shooters if m.kind == GROUP]
        return (groups or shooters)[-1].slug
    recent = [m for m in reversed(context)]
    groups = [m for m in recent if m.kind == GROUP]
    if groups:
        return groups[0].slug
    return recent[0].slug if recent else UNKNOWN_SIDE


def _can_fire(sentence: str, m: SideMention) -> bool:
    before = sentence[max(0, m.start - 30) : m.start]
    after = sentence[m.end : m.end + 30]
    if FIRING_TARGET_BEFORE.search(before) or DESTINATION_BEFORE.search(before):
        return False
    return not re.match(r"^(?:['’]s)?\s+(?:delegation|leader|leaders|officials?|chief|meeting|talks|media)\b", after)


def context_mentions(sentence: str, mentions: Sequence[SideMention], projectiles: bool = False) -> list[SideMention]:
    """The mentions of a sentence worth carrying to the next ones (no attackers, no firing targets)."""
    kept = []
    for m in mentions:
        if projectiles:
            if _can_fire(sentence, m):
                kept.append(m)
        elif not _is_attacker(sentence, m):
            kept.append(m)
    return kept
