"""Split article text into paragraphs and sentences, keeping character spans into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that end with a period but do not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt st sen rep gov pres no nos vs etc al jan feb mar apr jun jul aug
    sep sept oct nov dec u.s u.k u.n e.g i.e approx est fig inc ltd co corp dept univ mt ft""".split()
)

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) and white space.
_END_RE = re.compile(r"[.!?][\"'”’)\]]*\s+")
MAX_SENTENCE = 2_000  # longer runs are cut, so a 1 MB line without stops stays linear


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int  # position in the article, counting from 0


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _END_RE.finditer(text, start, end):
        stop = match.start()
        word = re.search(r"([\w.]+)$", text[pos : stop + 1])
        token = word.group(1).lower().rstrip(".") if word else ""
        nxt = text[match.end() : match.end() + 1]
        if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        if nxt and nxt.islower():
            continue
        spans.append((pos, match.end()))
        pos = match.end()
    spans.append((pos, end))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            out.append((s, s + MAX_SENTENCE))
            s += MAX_SENTENCE
        out.append((s, e))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with spans; every line break ends a sentence (headlines, captions, list items)."""
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        line_end = pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue
        for s, e in _split_line(text, line_start, line_end):
            # trim white space so spans point at the words
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                sentences.append(Sentence(s, e, text[s:e], paragraph, len(sentences)))
        paragraph += 1
    return sentences
