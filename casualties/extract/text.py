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
# Line breaks and tabs inside a sentence become plain spaces (same length, so spans stay exact): every
# phrase table ("at least", "according to") then matches across a hard wrap.
_BREAK = re.compile(r"[\n\r\t\v\f]")  # (str.translate costs more than a scan: most sentences hold none)
MAX_SENTENCE = 2_000  # longer runs are cut, so a 1 MB line without stops stays linear


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str  # text[start:end] with line breaks, tabs and Markdown asterisks as spaces (what the extractor reads)
    paragraph: int
    index: int  # position in the article, counting from 0


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for match in _END_RE.finditer(text, start, end):
        stop = match.start()
        token = _last_word(text, pos, stop + 1).lower().rstrip(".")
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


def _last_word(text: str, start: int, end: int) -> str:
    """The run of word characters and periods ending at ``end`` (``[\\w.]+$`` without a regex scan)."""
    i = end
    while i > start and (text[i - 1].isalnum() or text[i - 1] in "._"):
        i -= 1
    return text[i:end]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with spans. A line break ends a sentence (headlines, captions, list items) unless it
    is a soft wrap inside a paragraph (hard-wrapped wire copy, e-mails, saved text files)."""
    sentences: list[Sentence] = []
    lines = text.split("\n")
    wrapped = _looks_hard_wrapped(lines)
    paragraph = 0
    pos = 0
    block_start: int | None = None
    for n, line in enumerate(lines):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue
        if block_start is None:
            block_start = line_start
        nxt = lines[n + 1] if n + 1 < len(lines) else ""
        if _soft_wrap(line, nxt, wrapped):
            continue
        for s, e in _split_line(text, block_start, line_end):
            # trim white space so spans point at the words
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:  # a soft wrap inside the sentence reads as a space ("killed at\nleast 16")
                flat = text[s:e]
                if _BREAK.search(flat):
                    flat = _BREAK.sub(" ", flat)
                if "*" in flat:  # Markdown emphasis ("**436** were civilians") reads as spaces, same length
                    flat = flat.replace("*", " ")
                sentences.append(Sentence(s, e, flat, paragraph, len(sentences)))
        block_start = None
        paragraph += 1
    return sentences


# The only non-ASCII characters IGNORECASE matches to ASCII letters (and the only one whose lower case
# is two characters long, İ): found by trying every code point.
_FOLD_EXCEPTIONS = re.compile("[\u0130\u0131\u017f\u212a]")


def folded(text: str) -> str | None:
    """``text.lower()``, when a lower-case ASCII word absent from it cannot match ``text`` case-insensitively
    (so ``word in folded`` is an exact pre-check for an IGNORECASE regex that needs that word); else None."""
    return None if _FOLD_EXCEPTIONS.search(text) else text.lower()


def on_folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The IGNORECASE ``pattern`` without the flag, to run on ``folded(text)``: the same matches at the same
    spans (folding keeps every position), about twice as fast (no case folding per character). Group texts
    come out lower-cased: slice the original text by span for a surface. The pattern must hold no upper-case
    letter outside escapes like \\S or \\W."""
    literal = re.sub(r"\\.|\(\?P[<=]", "", pattern.pattern)  # escapes and named groups are no literals
    if re.search(r"[A-Z]", literal):
        raise ValueError(f"pattern has upper-case letters, cannot run on folded text: {pattern.pattern[:60]}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _ends_sentence(line: str) -> bool:
    """Does the line end a sentence: its last non-space character one of . ! ? : ; " ” ’ ) ]?"""
    tail = line.rstrip()[-1:]
    return tail != "" and tail in '.!?:;"”’)]'


LIST_ITEM = re.compile(r"^\s*(?:[-*•#>|]|\d+[.)]\s|\d{1,2}:\d{2}\b)")
OPEN_END = re.compile(
    r"(?:,|\b(?:and|or|of|the|a|an|to|in|on|at|by|for|from|with|than|more|less|at least|about|some))\s*$", re.I
)


WRAP_WIDTH_MAX = 140  # characters: wider lines are paragraphs written on one line, not a wrap


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Most long lines are of similar width and many stop mid-sentence: the text was wrapped by width."""
    long = [line.rstrip() for line in lines if len(line.strip()) >= 40]
    if len(long) < 4:
        return False
    width = sorted(len(line) for line in long)[len(long) // 2]  # wrapped lines fill up to about one width
    if not 50 <= width <= WRAP_WIDTH_MAX:
        return False
    in_width = sum(1 for line in long if 0.7 * width <= len(line) <= 1.1 * width)
    open_ended = sum(1 for line in long if not _ends_sentence(line))
    return in_width >= 0.6 * len(long) and open_ended >= 0.4 * len(long)


def _soft_wrap(line: str, nxt: str, wrapped: bool) -> bool:
    """Does the paragraph go on past this line break?"""
    if not nxt.strip() or _ends_sentence(line) or LIST_ITEM.match(nxt):
        return False  # (a list item's own line may wrap: "• WHO reports that 460 ... at the Saudi\n  Hospital")
    if wrapped and len(line.rstrip()) >= 40:
        return True
    if nxt[:1] in " \t" and LIST_ITEM.match(line):
        return True  # an indented line under a list item goes on with it (as in Markdown)
    return nxt.lstrip()[:1].islower() or bool(OPEN_END.search(line))
