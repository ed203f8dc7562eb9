"""The extraction pipeline: sentences -> numbers -> candidates -> figures, with article context.

Context carried from sentence to sentence, computed only when a sentence needs
it: the sides mentioned recently (for "there" and for sentences that name no
place), the article's main side, the sources named before (for "it said", "the
group said"), the last figure (for "twelve of them were children") and the
narrative day (an event told without a day of its own happened on the day the
previous sentences named).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from casualties.extract.attribution import Attribution, attribution_for, find_attributions, source_for_previous
from casualties.extract.binding import bind_metrics
from casualties.extract.candidates import Candidate, read_candidates
from casualties.extract.config import ExtractorConfig
from casualties.extract.dates import DateCue, find_date_cues, resolve
from casualties.extract.gazetteer import GROUP, PLACE, SideMention
from casualties.extract.lexicon import AID_AGENCY_WORDS, GROUP_DEPENDENT_NOUNS, METRIC_NOUNS
from casualties.extract.numbers import find_numbers
from casualties.extract.scope import EVENT_NOUNS, WAR_LONG, SentenceCues, decide_as_of, decide_scope
from casualties.extract.sides import (
    ARMY_NOUNS,
    CONFLICT_NAME_AFTER,
    LOST_AFTER,
    NO_ARMY_SIDES,
    OWN_FORCES,
    context_mentions,
    people_side,
    projectile_side,
)
from casualties.extract.text import Sentence, split_sentences
from casualties.figure import Figure
from casualties.vocab import UNKNOWN_SIDE, unit_for

CONTEXT_SENTENCES = 3
GROUP_HEADS = frozenset({"group", "movement", "militia", "organisation", "organization"})  # "the group said"
# "the Israeli military", "Israel's army": the military a later unnamed "the military" refers to
NAMED_MILITARY = re.compile(
    r"\b(?!(?:The|A|An|Its|Their|His|Her|Our|This|That)\b)([A-Z][a-z]+)(?:['’]s)?\s+(?:military|army|armed forces)\b"
)
MILITARY_LOOKBACK = 60  # sentences searched for the '<Demonym> military' an unnamed 'the military' refers to
SOURCE_LOOKBACK = 12  # sentences searched for the source "it said" / "the ministry said" refers to
# "three more were killed", "another 12": a new count, never merged with an equal number said before.
ADDITIONAL_AFTER = re.compile(r"^\s+(?:more|others|other|additional|further)\b", re.IGNORECASE)
ADDITIONAL_BEFORE = re.compile(r"\b(?:another|a further|an additional|additional)\s+$", re.IGNORECASE)
MAX_TEXT = 5_000_000  # characters; longer input is cut (the reader refuses such files long before)


class _Article:
    """Per-article analysis, computed lazily: most sentences carry no number and are only read when a
    later sentence needs their context (places for "there", sources for "it said", day anchors)."""

    def __init__(
        self, text: str, sentences: list[Sentence], published: dt.date | None, config: ExtractorConfig
    ) -> None:
        self.text = text  # the evidence is cut from it: a sentence's own text has its line breaks flattened
        self.sentences = sentences
        self.published = published
        self.config = config
        self._cues: dict[int, list[DateCue]] = {}
        self._attributions: dict[int, list[Attribution]] = {}
        self._mentions: dict[int, list[SideMention]] = {}
        self._datelines: dict[int, list[SideMention]] = {}
        self._anchors: dict[int, dt.date | None] = {}
        self._anchored = 0  # the anchors of sentences [0, _anchored) are known
        self._kept: dict[tuple[int, bool], list[SideMention]] = {}
        self._incident: bool | None = None
        self._dominant: str | None = None
        self._territory: str | None = None
        self.last_figure: Figure | None = None  # what "N of them" in a later sentence refers to

    def cues(self, i: int) -> list[DateCue]:
        """Date cues of sentence ``i`` (for its own figures, or as the day a later sentence refers to)."""
        if i not in self._cues:
            self._cues[i] = find_date_cues(self.sentences[i].text)
        return self._cues[i]

    def attributions(self, i: int) -> list[Attribution]:
        """Sources named in sentence ``i`` (for its own figures, or for "it said" in a later one)."""
        if i not in self._attributions:
            self._attributions[i] = find_attributions(self.sentences[i].text, self.config.gazetteer)
        return self._attributions[i]

    def mentions(self, i: int) -> list[SideMention]:
        """Places, demonyms and groups named in sentence ``i`` (the cheapest part of the analysis)."""
        if i not in self._mentions:
            text = self.sentences[i].text
            dateline = DATELINE.match(text)  # "CAIRO (Reuters) —": where the reporter files from
            self._mentions[i] = self.config.gazetteer.find(text, dateline.end() if dateline else 0)
            if dateline:
                self._datelines[i] = self.config.gazetteer.find(text, 0, dateline.end())
        return self._mentions[i]

    def dateline_sides(self, i: int) -> list[SideMention]:
        """The places of sentence ``i``'s dateline ("YANGON, Myanmar -"): where the reporter files from, often
        the war's country, but only a last resort for a side ("CHIANG MAI, Thailand -": a base in exile)."""
        self.mentions(i)
        return self._datelines.get(i, [])

    def _previous(self, i: int) -> range:
        return range(i - 1, max(-1, i - 1 - CONTEXT_SENTENCES), -1)

    def recent_sides(self, i: int, projectiles: bool = False) -> list[SideMention]:
        """Mentions of the previous sentences, oldest first (the newest is last)."""
        out: list[SideMention] = []
        for j in reversed(self._previous(i)):
            key = (j, projectiles)
            if key not in self._kept:
                self._kept[key] = context_mentions(self.sentences[j].text, self.mentions(j), projectiles)
            out.extend(self._kept[key])
        return out

    def anchor(self, i: int) -> dt.date | None:
        """The day most recently named in the previous sentences ("On Tuesday, ..."), resolved in turn."""
        while self._anchored < i:  # earlier sentences first, in order: the recursion stays one level deep
            self._anchored += 1  # however long a run of dated sentences is (asked only for event figures)
            self._anchor_of(self._anchored - 1)
        for j in self._previous(i):
            day = self._anchor_of(j)
            if day is not None:
                return day
        return None

    def _anchor_of(self, j: int) -> dt.date | None:
        if j not in self._anchors:
            self._anchors[j] = None  # guards the recursion below
            cues = [c for c in self.cues(j) if not c.since and c.kind in ("weekday", "relative")]
            if cues:
                reference = self.published if cues[0].kind == "weekday" and self.published else None
                self._anchors[j] = resolve(cues[0], reference or self.anchor(j) or self.published)
        return self._anchors[j]

    def only_territory(self) -> str | None:
        """Gaza or the West Bank when the article names one of them and not the other."""
        if self._territory is None:
            named = {m.slug for j in range(len(self.sentences)) for m in self.mentions(j)} & {"gaza", "west-bank"}
            self._territory = named.pop() if len(named) == 1 else ""
        return self._territory or None

    def dominant_side(self) -> str | None:
        """The side the article is mostly about: mentions counted over the text, the headline and lead
        weighing more; attackers and conflict names ("the Gaza war") left out."""
        if self._dominant is None:
            counts: dict[str, float] = {}
            for j, sentence in enumerate(self.sentences):
                weight = 3.0 if j == 0 else 2.0 if j < 4 else 1.0
                for m in self._kept.get((j, False)) or context_mentions(sentence.text, self.mentions(j)):
                    if not CONFLICT_NAME_AFTER.match(sentence.text, m.end):
                        counts[m.slug] = counts.get(m.slug, 0.0) + weight
            self._dominant = max(counts, key=lambda k: counts[k]) if counts else ""
        return self._dominant or None

    def incident_article(self) -> bool:
        """Does the headline or lead report one incident (an attack, a strike, an earthquake...)?"""
        if self._incident is None:
            lead = " ".join(s.text for s in self.sentences[:3])
            self._incident = bool(EVENT_NOUNS.search(lead)) and not WAR_LONG.search(lead)
        return self._incident

    def resolve_generic(self, i: int, generic: str) -> str:
        """'the group' -> the last armed group named as a source; 'the ministry' -> the last ministry...;
        'the military' with no military named as a source -> the last '<Demonym> military' of the text."""
        head = generic.split()[-1]
        resolved = self._resolve_from_sources(i, head)
        if resolved is None and head in GROUP_HEADS:
            resolved = self._last_group(i)  # "The Houthis ... , according to the group": no source named before
        if resolved is None and head in ("military", "army"):
            for j in range(i, max(-1, i - 1 - MILITARY_LOOKBACK), -1):  # bounded: linear on huge inputs
                named = NAMED_MILITARY.findall(self.sentences[j].text)
                if named:
                    return f"{named[-1].lower()} military"
        return resolved or generic

    def named_before(self, i: int, source: str) -> str:
        """'Smirnov said' -> 'kursk governor alexei smirnov', the fuller source named before that ends
        with the same word after a first name (a surname after the first mention with title and name)."""
        if not source.isalpha():
            return source
        surname = source.capitalize()
        first_name = None
        for j in range(i, max(-1, i - 1 - SOURCE_LOOKBACK * 4), -1):
            text = self.sentences[j].text
            if surname not in text:  # cheap: most sentences do not name the person at all
                continue
            first_name = first_name or re.compile(rf"\b(?!The\b)[A-Z][a-z]+\s+{surname}\b")
            if not first_name.search(text):
                continue
            for a in self.attributions(j):
                words = a.source.split()
                if len(words) > 1 and words[-1] == source and not a.generic:
                    return a.source
        return source

    def _last_group(self, i: int) -> str | None:
        """The armed group named last, in this sentence or the few before it."""
        for j in range(i, max(-1, i - 1 - CONTEXT_SENTENCES), -1):
            groups = [m for m in self.mentions(j) if m.kind == GROUP]
            if groups:
                return groups[-1].surface.lower()
        return None

    def _resolve_from_sources(self, i: int, head: str) -> str | None:
        group_head = head in GROUP_HEADS
        any_source = head in ("it", "he", "she", "they", "we", "statement", "report")
        for j in range(i - 1, max(-1, i - 1 - SOURCE_LOOKBACK), -1):
            sources = [a for a in self.attributions(j) if not a.generic]
            if not sources:
                continue
            groups = {m.surface.lower() for m in self.mentions(j) if m.kind == GROUP} if group_head else set()
            for a in sorted(sources, key=lambda a: -a.start):
                if group_head:
                    if a.source in groups:
                        return a.source
                elif any_source or head in a.source.split():
                    return a.source
        return None


def extract_figures(text: str, published: dt.date | None, config: ExtractorConfig) -> list[Figure]:
    text = text[:MAX_TEXT]
    article = _Article(text, split_sentences(text), published, config)
    figures: list[Figure] = []
    previous: list[Figure] = []
    for i, sentence in enumerate(article.sentences):
        source = source_for_previous(sentence.text, config.gazetteer) if previous else None
        if source:
            figures[-len(previous) :] = [f if f.reported_by else replace(f, reported_by=source) for f in previous]
        previous = _sentence_figures(article, i)
        figures.extend(previous)
    figures = _without_interceptions_of_a_salvo(figures)
    return merge_duplicates(figures, headline_end=_headline_end(text), lead_end=_lead_end(text))


# "Read more: Ukraine and Russia swap 84 prisoners", "[Related: 9 killed in Ituri](...)": a link to another
# article that a copied web page keeps; its numbers are that article's headline, not this one's figures
RELATED_LINK = re.compile(
    r"\W{0,3}(?:read\s+more|related(?:\s+(?:stories|story|articles?|coverage|content|reading))?|also\s+read"
    r"|read\s+also|see\s+also|more\s+on\s+this(?:\s+story)?|recommended|watch|listen|most\s+read|trending)"
    r"\s*[:|»>\u2013\u2014-]",
    re.IGNORECASE,
)
# "shot down 296 drones", "13 were intercepted", "415 drones were lost": what the defence stopped
INTERCEPTED_NEAR = re.compile(r"\b(?:shot\s+down|intercepted|downed|destroyed|neutrali[sz]ed|lost|jammed)\b", re.I)
SALVO_WINDOW = 600  # characters back (about three sentences) in which the launch count is looked for


def _value(fig: Figure) -> int:
    """An extracted figure's value: never None here, every one is a number read in the text."""
    assert fig.value is not None
    return fig.value


def _without_interceptions_of_a_salvo(figures: list[Figure]) -> list[Figure]:
    """Drop counts of projectiles stopped ('shot down 296 drones') when the text also gives how many were
    launched (728): they are part of that salvo, not projectiles of their own. A shoot-down count with no
    launch count nearby stays: it is then the only count of the attack."""
    launched = [f for f in figures if f.metric == "projectiles" and not f.extra.get("intercepted")]
    return [
        f
        for f in figures
        if not (
            f.extra.get("intercepted")
            and any(
                0 <= f.span[0] - other.span[0] <= SALVO_WINDOW
                and _value(other) >= _value(f)
                and (other.side == f.side or not f.extra.get("named_side"))  # "44 Ukrainian drones": that salvo
                for other in launched
            )
        )
    ]


def _sentence_figures(article: _Article, i: int) -> list[Figure]:
    sentence = article.sentences[i]
    s = sentence.text
    numbers = find_numbers(s)
    if not numbers or RELATED_LINK.match(s):
        return []
    mentions = article.mentions(i)
    cands = read_candidates(s, numbers, mentions, article.config)
    bind_metrics(s, cands)
    last = article.last_figure
    for k, cand in enumerate(cands):
        # "targeted more than 100 ships ..., sinking two of them": 'them' are the ships counted just before
        counted_things = k > 0 and cands[k - 1].reject is not None and not cands[k - 1].num.vague
        continued = cand.of_them or cand.new_total or _elliptic_subgroup(article, i, cand)
        if continued and cand.metric is None and cand.reject is None and last is not None and not _quoted(s, cand):
            if counted_things:
                continue
            cand.metric, cand.how = last.metric, "of-them"  # "Twelve of them were children": the count before
            if last.metric == "projectiles":
                cand.unit = "projectile"
    kept = [cand for cand in cands if cand.reject is None and cand.metric is not None]
    if not kept:
        return []  # most sentences with numbers state no figure: their dates, sources and cues are not needed
    cues, attributions, scope_cues = article.cues(i), article.attributions(i), SentenceCues(s)
    out: list[Figure] = []
    for cand in kept:
        fig = _figure(article, i, cand, mentions, cues, scope_cues, attributions, out[-1] if out else None)
        prev = out[-1] if out else None  # "23 soldiers were killed and 29 others injured": other soldiers
        if cand.head is None and prev is not None and prev.extra.get("head") in SEAFARERS and not cand.np_sides:
            fig = replace(fig, side=prev.side)  # "killing three crew members and wounding two": the crew
        if cand.head == "others" and fig.population == "all" and prev and prev.population in OTHERS_INHERIT:
            if prev.extra.get("how") != "subgroup":  # not "..., including 20 children, while 1,277 others"
                fig = replace(fig, population=prev.population)
        if prev and prev.extra.get("head") in ARMY_NOUNS and fig.population == "combatants" and not cand.np_sides:
            if cand.head in (None, "others") or cand.head in METRIC_NOUNS:
                fig = replace(fig, side=prev.side)  # "two soldiers were killed and eight (others) wounded"
        out.extend(_each_side(article, i, s, cand, mentions, fig))
    article.last_figure = out[-1]
    return out


def _counted_before(article: _Article, i: int, cand: Candidate, before: Figure | None) -> str | None:
    """The side of the people counted just before (earlier in this sentence, else in the previous one),
    which a number whose own sentence names no side goes on counting ("... killed 224 in Iran. The dead
    included 20 children."). Not captives held in Gaza (counted as Israel's), and not the enemies that
    soldiers counted before killed ("134 soldiers had been killed. ... troops had killed 8,000 militants")."""
    last = before
    if last is None:
        last = article.last_figure
        if last is None or last.evidence_span[0] < article.sentences[max(0, i - 1)].start:
            return None
    if last.unit != "person" or last.extra.get("held_in_gaza"):
        return None
    soldiers_before = last.extra.get("head") in OWN_FORCES
    if cand.head in ENEMY_NOUNS or (
        soldiers_before
        and ((cand.population == "combatants" and cand.head not in OWN_FORCES) or cand.metric in MOVEMENT)
    ):
        return None  # nor a population fleeing after a count of soldiers ("... 454 soldiers. 1.9 million displaced")
    return last.side


OWN_VOICE = frozenset({"we", "i", "our"})  # (not "us": the United States, lower-cased)
LINE_MARKUP = " \t-*•_#>"  # list bullets and emphasis before a list item's first word


def _elliptic_subgroup(article: _Article, i: int, cand: Candidate) -> bool:
    """'- **436** were civilians': a sentence (a list item) that opens on a bare count of a kind of people
    and has no verb of its own goes on dividing the figure of the sentence just before."""
    if cand.head is not None or cand.population == "all" or cand.unit != "person":
        return False
    sentence = article.sentences[i]
    last = article.last_figure
    if last is None or i == 0 or last.evidence_span[0] < article.sentences[i - 1].start:
        return False
    return not sentence.text[: cand.num.start].strip(LINE_MARKUP)


def _quoted(s: str, cand: Candidate) -> bool:
    """Is the number inside a quotation (an odd number of opening quotes before it)?"""
    return (s.count('"', 0, cand.num.start) + s.count("“", 0, cand.num.start)) % 2 == 1


def _figure(
    article: _Article,
    i: int,
    cand: Candidate,
    mentions: list[SideMention],
    cues: list[DateCue],
    scope_cues: SentenceCues,
    attributions: list[Attribution],
    before: Figure | None = None,
) -> Figure:
    """The record of one candidate; ``before`` is the figure just before it in the same sentence."""
    sentence = article.sentences[i]
    s = sentence.text
    metric = cand.metric
    assert metric is not None
    if metric == "projectiles":
        side = projectile_side(s, cand, mentions, article.recent_sides(i, projectiles=True))
    else:
        reporter_spans = [(max(0, a.start - 60), a.end) for a in attributions if a.strength == 2]
        reporter_spans += [(a.start, a.end) for a in attributions if a.strength < 2]  # the source phrase only
        # looked up only if the sentence names no side; the dateline's place first, so it is the weakest
        recent = lambda: [*article.dateline_sides(i), *article.recent_sides(i)]  # noqa: E731
        side = people_side(
            s,
            cand,
            mentions,
            recent,
            metric,
            reporter_spans,
            article.dominant_side,
            article.only_territory,
            previous_side=_counted_before(article, i, cand, before),
        )
    population = cand.population if metric != "projectiles" else "all"
    if cand.head in GROUP_DEPENDENT_NOUNS and (
        any(m.kind == GROUP for m in mentions) or MEMBERS_OF_GROUP.match(s, cand.np_end)
    ):
        population = "combatants"  # "Hezbollah has named 295 members killed", "2,500 members of the group"
    scope = decide_scope(scope_cues, cand.parent or cand, metric, article.incident_article())
    as_of = decide_as_of(scope_cues, cand.parent or cand, scope, cues, article.published, lambda: article.anchor(i))
    attribution = attribution_for(cand.num.start, attributions)
    reported_by = None
    if attribution is not None:
        reported_by = article.resolve_generic(i, attribution.source) if attribution.generic else attribution.source
        if reported_by in OWN_VOICE:
            reported_by = None  # "we documented 178 killings" in a group's own release: the text's own voice
        elif " " not in reported_by:
            reported_by = article.named_before(i, reported_by)
    own_toll = OWN_TOLL_BEFORE.search(s, max(0, cand.num.start - 90), cand.num.start) is not None
    loser_named = "lost" in s and any(LOST_AFTER.match(s, m.end) for m in mentions)  # "Russia has lost 1,220"
    own = (cand.head in OWN_FORCES or own_toll) and not loser_named
    if own and not cand.np_sides and reported_by and cand.parent is None:
        own_side = _own_forces_side(s, reported_by, article.config, cand.num.start)
        if own_side:
            side = own_side  # "The military says 726 soldiers have been killed": its own soldiers
            if own_toll:
                population = "combatants"  # "bringing its death toll in the ground offensive to 326"
    named_own = cand.head in GROUP_MEMBERS and metric == "killed" and NAMED_OWN_DEAD.search(s)
    if named_own and not cand.np_sides and reported_by and cand.parent is None:
        group = _group_side(s, reported_by, article.config, cand.num.start)
        if group:
            side = group  # "Hezbollah has named 400 fighters killed": the group's own dead
    if side in NO_ARMY_SIDES and cand.head in ARMY_NOUNS and not cand.np_sides:
        side = "israel"  # "two reservists were killed in northern Gaza": no Palestinian army has soldiers there
    if cand.how == "of-them" and article.last_figure is not None and not cand.np_sides:
        side = article.last_figure.side
        scope_of_parent = article.last_figure.scope
    else:
        scope_of_parent = None
    captives = metric == "hostages" or cand.head in ("hostages", "captives")
    captives = captives or (cand.parent is not None and cand.parent.metric == "hostages")  # "34 whom ... dead"
    captives = captives or bool(cand.parent is not None and cand.parent.head in ("hostages", "captives"))
    if captives and side == "gaza" and not cand.np_sides:
        side = "israel"  # captives held in Gaza are counted as Israel's (FIGURES.md "held in Gaza", seed gold)
    if cand.head in SEAFARERS and not cand.np_sides and metric != "projectiles":
        side = UNKNOWN_SIDE  # a merchant ship's crew is of many nations: "killing four sailors" names none
    if (
        population == "all"
        and cand.head in STAFF_NOUNS
        and ((reported_by and AID_SOURCE.search(reported_by)) or AID_STAFF_OF.match(s, cand.np_end))
    ):
        population = "aid_workers"  # "two of its staff were wounded, World Vision said", "volunteers of the ICRC"
    elif population == "all" and cand.head == "personnel" and MILITARY_CONTEXT.search(s):
        population = "combatants"
    cand.side = side
    if scope_of_parent is not None:
        scope = scope_of_parent
    unit = unit_for(metric)
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
        evidence=article.text[sentence.start : sentence.end],
        span=(offset + cand.num.start, offset + cand.num.end),
        evidence_span=(sentence.start, sentence.end),
        surface=cand.num.surface,
        extra={
            "how": cand.how,
            "head": cand.head,
            "source_strength": attribution.strength if attribution else 9,
            "named_side": bool(cand.np_sides),
            # captives held in Gaza are counted as Israel's (FIGURES.md): not a side for the next figure to go on with
            "held_in_gaza": (captives and side == "israel")
            or bool(before and before.extra.get("held_in_gaza") and before.side == side),  # "of whom 40 are dead"
            "intercepted": unit == "projectile"
            and bool(INTERCEPTED_NEAR.search(s, max(0, cand.num.start - 40), min(len(s), cand.np_end + 40))),
            "additional": bool(
                ADDITIONAL_AFTER.match(s[cand.num.end : cand.num.end + 20])
                or ADDITIONAL_BEFORE.search(s[max(0, cand.num.start - 20) : cand.num.start])
            ),
        },
    )


MOVEMENT = frozenset({"displaced", "evacuated"})
# What one party calls the other's fighters: "troops had killed 8,000 terrorists" counts the enemy of the
# soldiers counted before, so such a count never takes the side of the figure before it.
ENEMY_NOUNS = frozenset(
    "terrorists militants insurgents jihadists extremists gunmen attackers assailants rebels infiltrators".split()
)
SEAFARERS = frozenset({"sailors", "seafarers", "crew", "crew members", "crewmembers", "mariners"})
OTHERS_INHERIT = frozenset({"combatants", "civilians", "journalists", "medics", "aid_workers"})
# "exchanged 157 prisoners each", "each freed 307 servicemen", "1,000 prisoners from each side": one
# number that counts two parties, so two figures.
EACH_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:each\b|from\s+(?:each|both)\s+sides?\b)", re.IGNORECASE)
VENUE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|inside)\s+(?:the\s+)?$", re.IGNORECASE)
EACH_BEFORE = re.compile(r"\beach\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _each_side(
    article: _Article, i: int, s: str, cand: Candidate, mentions: list[SideMention], fig: Figure
) -> list[Figure]:
    """``fig``, and a copy for the other party when the number counts each of two ('157 prisoners each')."""
    if "each" not in s and "Each" not in s and "both side" not in s:
        return [fig]
    each = EACH_AFTER.match(s, cand.np_end) or EACH_BEFORE.search(s, max(0, cand.num.start - 30), cand.num.start)
    if not each:
        return [fig]
    parties: list[str] = []  # the two parties named last before the number (not venues: "talks in Istanbul")
    before = [m for m in mentions if m.start < cand.num.start and not VENUE_BEFORE.search(s, 0, m.start)]
    for m in [*reversed(before), *reversed(article.recent_sides(i))]:
        if m.slug not in parties and m.slug != UNKNOWN_SIDE:
            parties.append(m.slug)
        if len(parties) == 2:
            break
    if len(parties) != 2:
        return [fig]
    return [replace(fig, side=side, extra={**fig.extra, "each_side": side}) for side in reversed(parties)]


# a military named by its institution (shared by the two patterns below)
_MILITARY_BODY = r"military|army|armed\s+forces|defen[cs]e\s+(?:ministry|forces)|ministry\s+of\s+defen[cs]e"
MILITARY_SOURCE = re.compile(rf"\b(?:{_MILITARY_BODY}|idf|ispr|forces|government)\b")
# "bringing its death toll in the ground offensive to 326", "the army's toll": a military's own losses
OWN_TOLL_BEFORE = re.compile(
    r"\b(?:its|their|the\s+(?:army|military)['’]s)\s+(?:own\s+)?(?:death\s+)?toll\b[^.;:]{0,70}?\bto\s+$", re.I
)
AGENT_PRONOUN = re.compile(
    r"\b(?:it|they|its forces|its troops|its jets|we)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:killed|eliminated|struck|hit|captured|detained|arrested)\b",
    re.IGNORECASE,
)
MEMBERS_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+)?(?:group|movement|militia|organi[sz]ation|(?-i:[A-Z])[\w-]+)", re.I)
DATELINE = re.compile(  # "CAIRO —", "KHARTOUM, March 3 (Reuters) -", "Beirut (AFP) —", "Kyiv, Oct 12 (AP) —",
    # "CAIRO/JERUSALEM, March 20 (Reuters) -", "London/Ramallah -", "CHIANG MAI, Thailand -"
    r"^(?:[A-Z][A-Z .'’/-]{2,40}(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
    r"\s*(?:\([A-Za-z .]{2,30}\))?"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\([A-Za-z .]{2,30}\)"
    r"|[A-Z][a-z]+(?:/[A-Z][a-z]+)+)"
    r"\s*[—–-]{1,2}\s+"
)
# "five volunteers of the Sudanese Red Crescent Society", "staff of UNRWA": whose staff they are
AID_STAFF_OF = re.compile(  # "two contractors working for the World Food Programme"
    r"\s+(?:of|with|from|working\s+for|employed\s+by)\s+(?:the\s+|a\s+)?(?:local\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?i:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in AID_AGENCY_WORDS)
    + r")\b"
)
STAFF_NOUNS = frozenset(
    {"staff", "employees", "colleagues", "personnel", "engineers", "workers", "drivers", "volunteers", "contractors"}
)
# "more than 12,000 wounded personnel", the defence ministry says: a military's own people
MILITARY_CONTEXT = re.compile(rf"\b(?:{_MILITARY_BODY}|troops|soldiers)\b", re.I)
AID_SOURCE = re.compile(
    r"\b(?:un|unrwa|unicef|wfp|who|ocha|unhcr|iom|msf|icrc|red cross|red crescent|refugee council|world vision"
    r"|save the children|oxfam|care|mercy corps|rescue committee|irc|islamic relief|caritas|charity|aid|relief"
    r"|humanitarian|world central kitchen|doctors without borders|medecins sans frontieres)\b",
    re.IGNORECASE,
)


def _own_forces_side(sentence: str, reported_by: str, config: ExtractorConfig, near: int = 0) -> str | None:
    """The side of a military that reports its own losses, unless it is the one that did the killing."""
    found = _reporter_mention(sentence, reported_by, config, near)
    return found.slug if found and (MILITARY_SOURCE.search(reported_by) or found.kind == PLACE) else None


def _reporter_mention(sentence: str, reported_by: str, config: ExtractorConfig, near: int) -> SideMention | None:
    """The place or group the source names, when it reports its own dead: None when an agent pronoun
    near the number (``near``) makes it the killer ('the U.S. military said it killed 10 fighters')."""
    if AGENT_PRONOUN.search(sentence, max(0, near - 100), near + 60):
        return None
    found = config.gazetteer.find(reported_by.title()) + config.gazetteer.find(reported_by.upper())
    return found[0] if found else None


GROUP_MEMBERS = frozenset({"fighters", "members", "militants", "combatants", "cadres", "operatives", "mujahideen"})
# An armed group announcing its own dead names or mourns them ("has named 400 fighters killed")
NAMED_OWN_DEAD = re.compile(r"\b(?:named|mourned|mourns|eulogi[sz]ed|announced the (?:deaths?|martyrdom) of)\b", re.I)


def _group_side(sentence: str, reported_by: str, config: ExtractorConfig, near: int = 0) -> str | None:
    """The side of the armed group that reports the deaths of its own members, unless it did the killing."""
    found = _reporter_mention(sentence, reported_by, config, near)
    return found.slug if found and found.kind == GROUP else None


def _headline_end(text: str) -> int:
    first = text.lstrip("\ufeff \t\n")
    line = first.split("\n", 1)[0]
    offset = len(text) - len(first)
    return offset + len(line) if line and not line.rstrip().endswith((".", "!", "?", '"', "”")) else 0


LEAD_LINE_MAX = 250  # a headline or standfirst line is short; a longer first line is the body already
LEAD_LINES = 6  # headline, standfirst, caption and page chrome: the lead is never longer


def _lead_end(text: str) -> int:
    """End of the page's lead: the short lines before the first paragraph of the body (headline, standfirst,
    captions, page chrome such as "UN News" or "Live updates: ..."). The first line always belongs to it;
    a later line that ends a sentence with a full stop starts the body."""
    end, lines = 0, 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        body = lines >= 1 and stripped.endswith((".", '."', ".”"))
        if lines == LEAD_LINES or len(line) > LEAD_LINE_MAX or body:
            break
        end += len(line)
        lines += bool(stripped)
    return end


def merge_duplicates(figures: list[Figure], headline_end: int = 0, lead_end: int = 0) -> list[Figure]:
    """One record per reported figure: the same metric, value and population stated again (headline and
    body, lead and later paragraph) is merged, keeping the most informative statement; a vague restatement
    in the headline or standfirst (before ``lead_end``) of a number the body gives is dropped."""
    groups: dict[tuple, list[Figure]] = {}
    for i, f in enumerate(figures):
        key = (f.metric, f.value, f.high, f.population, i if f.extra.get("additional") else f.extra.get("each_side"))
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
    body = {_same(f) for f in merged if f.span[0] >= headline_end}
    return [
        f
        for f in merged
        if not _vague_restatement(f, merged, lead_end)
        # "Houthis detain seven more UN staff" over "... detained seven more United Nations staff members":
        # an "additional" count is never merged, except a headline's with the body's
        and not (f.span[0] < headline_end and f.extra.get("additional") and _same(f) in body)
    ]


def _same(f: Figure) -> tuple[object, ...]:
    return (f.metric, f.value, f.high, f.population)


VAGUE_SURFACE = re.compile(r"^(?:dozens|scores|hundreds|thousands|tens of thousands|hundreds of thousands)\b", re.I)


def _vague_restatement(fig: Figure, figures: list[Figure], lead_end: int) -> bool:
    """'Dozens killed' or 'toll rises past 220' in a headline or standfirst over a body that gives the
    number (67, 224): the same figure, rounded for the headline, not a second one."""
    if fig.span[0] >= lead_end:
        return False
    value = _value(fig)
    low: float
    high: float
    if VAGUE_SURFACE.match(fig.surface):
        low, high = float(value), float(value * 5)  # floats, as below (compiled builds keep one type per name)
    elif fig.qualifier in ("lower", "upper", "approx"):
        low, high = value * 0.9, value * 1.1
    else:
        return False
    return any(
        other.span[0] >= fig.evidence_span[1]  # any later sentence, the lead's own included
        and other.metric == fig.metric
        and other.side == fig.side
        and not VAGUE_SURFACE.match(other.surface)
        and low <= _value(other) <= high
        for other in figures
    )
