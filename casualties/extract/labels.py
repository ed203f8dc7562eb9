"""Counts given after a label: "- Palestinians killed since 18 March: 1,482", "Aid workers killed: 408".

Situation reports and key-figure boxes put the counted people and what befell them
before a colon and the bare number after it. The label then is the number's noun
phrase: its person noun is the head, its place names are the noun phrase's sides,
and its metric word says what happened.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from casualties.extract.gazetteer import SideMention
from casualties.extract.lexicon import METRIC_VERBS, PERSON_NOUNS, TOLL_NOUNS
from casualties.extract.trie import trie_pattern

if TYPE_CHECKING:
    from casualties.extract.candidates import Candidate

# The label opens the line (after a bullet or a number) and ends with a colon; a qualifier may follow it.
LABEL_BEFORE = re.compile(
    r"^[\W\d]*(?P<label>[A-Za-z][^:;.!?\"“”]{2,100}?)\s*:\s*"
    r"(?:(?:about|some|around|approximately|at least|more than|over|nearly|almost|an estimated)\s+)?$",
    re.IGNORECASE,
)
# ... and the number ends the item (or a list or an aside follows): "408, including 283 UN staff"
LABEL_END_AFTER = re.compile(r"\s*(?:$|[,;.(]|and\b)")
LABEL_CUE = re.compile(rf"\b(?:{trie_pattern([*METRIC_VERBS, *TOLL_NOUNS])})\b", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][\w'’-]*")
# "Hotline for displaced persons: 1-14": a contact line, its number is no count
NOT_A_COUNT_LABEL = re.compile(
    r"\b(?:hotline|phone|tel|telephone|call|contact|fax|e-?mail|website|address|code)\b", re.IGNORECASE
)
MAX_NOUN_WORDS = 2  # "aid workers", "family members"


def read_label(sentence: str, cand: Candidate, sides: list[SideMention]) -> None:
    """Read the label before a bare count as its noun phrase (sets head, population, sides and metric)."""
    if ":" not in sentence[: cand.num.start] or not LABEL_END_AFTER.match(sentence, cand.num.end):
        return
    label = LABEL_BEFORE.match(sentence[: cand.num.start])
    cue = LABEL_CUE.search(sentence, label.start("label"), label.end("label")) if label else None
    if label is None or cue is None or NOT_A_COUNT_LABEL.search(label.group("label")):
        return
    phrase = cue.group().lower()
    cand.noun_metric = METRIC_VERBS.get(phrase) or TOLL_NOUNS[phrase]
    cand.unit = "person"
    words = [w.lower() for w in WORD.findall(sentence, label.start("label"), cue.start())]
    i = 0
    while i < len(words):  # the last person noun before the cue is the head: "Palestinian children killed"
        width = next((w for w in range(MAX_NOUN_WORDS, 0, -1) if " ".join(words[i : i + w]) in PERSON_NOUNS), 0)
        if width:
            noun = " ".join(words[i : i + width])
            cand.head, cand.population = noun, PERSON_NOUNS[noun]
        i += width or 1
    cand.np_sides = [s for s in sides if label.start("label") <= s.start and s.end <= label.end("label")]
