"""The extraction pipeline: sentences -> numbers -> candidates -> figures, with article context.

Context carried from sentence to sentence: the sides mentioned recently (for
"there" and for sentences that name no place), the last named source (for "it
said", "the group said") and the narrative date anchor ("On Tuesday ... Monday
night" counts back from Tuesday).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from dataclasses import replace

from casualties.extract.attribution import attribution_for, find_attributions, source_for_previous
from casualties.extract.binding import bind_metrics
from casualties.extract.candidates import Candidate, read_candidates
from casualties.extract.config import ExtractorConfig
from casualties.extract.dates import find_date_cues, resolve
from casualties.extract.gazetteer import GROUP, SideMention
from casualties.extract.lexicon import GROUP_DEPENDENT_NOUNS
from casualties.extract.numbers import find_numbers
from casualties.extract.scope import decide_as_of, decide_scope
from casualties.extract.sides import context_mentions, people_side, projectile_side
from casualties.extract.text import Sentence, split_sentences
from casualties.figure import Figure
from casualties.units import quantity
from casualties.vocab import unit_for

CONTEXT_SENTENCES = 3
# "three more were killed", "another 12": a new count, never merged with an equal number said before.
ADDITIONAL_AFTER = re.compile(r"^\s+(?:more|others|other|additional|further)\b", re.IGNORECASE)
ADDITIONAL_BEFORE = re.compile(r"\b(?:another|a further|an additional|additional)\s+$", re.IGNORECASE)
MAX_TEXT = 5_000_000  # characters; longer input is cut (the reader refuses such files long before)


class _Context:
    def __init__(self) -> None:
        self.sides: deque[list[SideMention]] = deque(maxlen=CONTEXT_SENTENCES)
        self.shooters: deque[list[SideMention]] = deque(maxlen=CONTEXT_SENTENCES)
        self.anchors: deque[dt.date | None] = deque(maxlen=CONTEXT_SENTENCES)
        self.sources: deque[tuple[str, bool]] = deque(maxlen=8)  # (source, is an armed group), oldest first

    def resolve_generic(self, generic: str) -> str:
        """'the group' -> the last armed group named as a source; 'the ministry' -> the last ministry..."""
        head = generic.split()[-1]
        for source, is_group in reversed(self.sources):
            if head in ("group", "movement", "militia", "organisation", "organization") and is_group:
                return source
            if head in source.split():
                return source
        if head in ("it", "he", "she", "they", "statement", "report") and self.sources:
            return self.sources[-1][0]
        return generic

    def recent_sides(self) -> list[SideMention]:
        return [m for ms in self.sides for m in ms]

    def recent_shooters(self) -> list[SideMention]:
        return [m for ms in self.shooters for m in ms]

    def anchor(self) -> dt.date | None:
        for day in reversed(self.anchors):
            if day is not None:
                return day
        return None


def extract_figures(text: str, published: dt.date | None, config: ExtractorConfig) -> list[Figure]:
    text = text[:MAX_TEXT]
    context = _Context()
    figures: list[Figure] = []
    previous: list[Figure] = []
    for sentence in split_sentences(text):
        source = source_for_previous(sentence.text, config.gazetteer) if previous else None
        if source:
            figures[-len(previous) :] = [f if f.reported_by else replace(f, reported_by=source) for f in previous]
        previous = _sentence_figures(sentence, published, config, context)
        figures.extend(previous)
    return merge_duplicates(figures, headline_end=_headline_end(text))


def _sentence_figures(
    sentence: Sentence, published: dt.date | None, config: ExtractorConfig, context: _Context
) -> list[Figure]:
    s = sentence.text
    mentions = config.gazetteer.find(s)
    cues = find_date_cues(s)
    attributions = find_attributions(s, config.gazetteer)
    anchor = context.anchor()
    numbers = find_numbers(s)
    out: list[Figure] = []
    if numbers:
        cands = read_candidates(s, numbers, mentions, config)
        bind_metrics(s, cands)
        for cand in cands:
            if cand.reject is not None or cand.metric is None:
                continue
            figure = _figure(sentence, cand, mentions, cues, attributions, published, anchor, config, context)
            if figure is not None:
                out.append(figure)
    # update the context after the sentence is read
    context.sides.append(context_mentions(s, mentions))
    context.shooters.append(context_mentions(s, mentions, projectiles=True))
    day_cues = [c for c in cues if not c.since and c.kind in ("weekday", "relative")]
    context.anchors.append(resolve(day_cues[0], anchor or published) if day_cues else None)
    group_slugs = {m.surface.lower() for m in mentions if m.kind == GROUP}
    for a in sorted((a for a in attributions if not a.generic), key=lambda a: a.start):
        context.sources.append((a.source, a.source in group_slugs))
    return out


def _figure(
    sentence: Sentence,
    cand: Candidate,
    mentions: list[SideMention],
    cues: list,
    attributions: list,
    published: dt.date | None,
    anchor: dt.date | None,
    config: ExtractorConfig,
    context: _Context,
) -> Figure | None:
    s = sentence.text
    metric = cand.metric
    assert metric is not None
    if metric == "projectiles":
        side = projectile_side(s, cand, mentions, context.recent_shooters())
    else:
        reporter_spans = [(max(0, a.start - 60), a.end) for a in attributions if a.strength == 2]
        reporter_spans += [(a.start, a.end + 60) for a in attributions if a.strength < 2]
        side = people_side(s, cand, mentions, context.recent_sides(), metric, reporter_spans)
    cand.side = side
    population = cand.population if metric != "projectiles" else "all"
    if cand.head in GROUP_DEPENDENT_NOUNS and any(m.kind == GROUP for m in mentions):
        population = "combatants"  # "Hezbollah has named 295 members killed"
    scope = decide_scope(s, cand, metric)
    if cand.parent is not None:
        scope = decide_scope(s, cand.parent, metric)
    as_of = decide_as_of(s, cand.parent or cand, scope, cues, published, anchor)
    attribution = attribution_for(cand.num.start, attributions)
    reported_by = None
    if attribution is not None:
        reported_by = context.resolve_generic(attribution.source) if attribution.generic else attribution.source
    unit = unit_for(metric)
    # the value carries its unit: pint refuses to mix people with projectiles downstream
    quantity(config.registry, cand.num.value, unit)
    offset = sentence.start
    return Figure(
        metric=metric,
        value=cand.num.value,
        side=side,
        population=population,
        qualifier=cand.qualifier,
        high=cand.num.high if cand.qualifier == "range" else None,
        scope=scope,
        as_of=as_of,
        reported_by=reported_by,
        unit=unit,
        evidence=s,
        span=(offset + cand.num.start, offset + cand.num.end),
        evidence_span=(sentence.start, sentence.end),
        surface=cand.num.surface,
        extra={
            "how": cand.how,
            "head": cand.head,
            "source_strength": attribution.strength if attribution else 9,
            "additional": bool(
                ADDITIONAL_AFTER.match(s[cand.num.end :]) or ADDITIONAL_BEFORE.search(s[: cand.num.start])
            ),
        },
    )


def _headline_end(text: str) -> int:
    first = text.lstrip("\ufeff \t\n")
    line = first.split("\n", 1)[0]
    offset = len(text) - len(first)
    return offset + len(line) if line and not line.rstrip().endswith((".", "!", "?", '"', "”")) else 0


def merge_duplicates(figures: list[Figure], headline_end: int = 0) -> list[Figure]:
    """One record per reported figure: the same metric, value and population stated again (headline and
    body, lead and later paragraph) is merged, keeping the most informative statement."""
    groups: dict[tuple, list[Figure]] = {}
    for i, f in enumerate(figures):
        key = (f.metric, f.value, f.high, f.population, i if f.extra.get("additional") else None)
        groups.setdefault(key, []).append(f)
    merged: list[Figure] = []
    for group in groups.values():
        if len(group) == 1:
            merged.append(group[0])
            continue
        best = max(
            group,
            key=lambda f: (
                f.span[0] >= headline_end,
                -f.extra.get("source_strength", 9),
                f.qualifier != "exact",
                f.side != "unknown",
                -f.span[0],
            ),
        )
        if best.reported_by is None:
            sourced = [f for f in group if f.reported_by is not None]
            if sourced:
                best = replace(best, reported_by=sourced[0].reported_by)
        merged.append(best)
    merged.sort(key=lambda f: f.span)
    return merged
