"""The page's own block structure (paragraphs, headings, list items), as lines of text.

trafilatura picks the article's main text well, but on short pages it falls back to a
baseline that joins every block of the article into one line: the headline, the byline,
the date line and the first paragraph then read as one sentence (the evidence is garbage
and the date line is no longer a line of its own). The blocks read here put the breaks
back (and join a paragraph that the page source wraps over several lines, which some of trafilatura's
paths keep as line breaks), and are the whole text when trafilatura finds none.
"""

from __future__ import annotations

import bisect
import re

BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "blockquote", "tr", "table", "title", "pre", "dd", "dt", "figcaption",
}  # fmt: skip
BLOCK_BREAK = "\u2029"  # the paragraph separator: marks where a block starts or ends in the page's text
MAX_SKIPPED = 10  # blocks trafilatura left out (a byline, a share bar) between two it kept
MAX_TRIES = 50  # blocks of the same first word tried for one line, from the last block found on


def block_lines(html: str) -> list[str]:
    """All visible text of a page, one block per line, white space collapsed."""
    try:
        import lxml.html
        from lxml_html_clean import Cleaner

        tree = lxml.html.fromstring(html)
        tree = Cleaner(scripts=True, javascript=True, style=True, comments=True, forms=True).clean_html(tree)
    except Exception:  # not even lxml can parse it: strip tags by hand
        lines = (" ".join(line.split()) for line in re.sub(r"<[^>]*>?", "\n", html).split("\n"))
        return [line for line in lines if line]
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.tail = BLOCK_BREAK + (el.tail or "")
            el.text = BLOCK_BREAK + (el.text or "")
    # a line break in the page source is white space, as a browser shows it: only blocks break lines
    lines = (" ".join(line.split()) for line in tree.text_content().split(BLOCK_BREAK))
    return [line for line in lines if line]


def match_blocks(body: str, blocks: list[str]) -> str:
    """``body`` (trafilatura's text) laid out as the page's blocks: lines that are pieces of one block (a
    paragraph hard-wrapped in the page source, which some of trafilatura's paths keep) are joined, and a
    line that is several consecutive blocks run together is split back into them. Lines that match no
    block stay as they are: nothing is dropped or reworded. Both texts run in page order, so each line is
    looked for only a few blocks ahead of the last one found (linear on pages of many equal blocks)."""
    page = _Blocks(blocks)
    out: list[str] = []
    current: str | None = None
    for line in body.split("\n"):
        flat = " ".join(line.split())
        if not flat:
            continue
        if current is not None and page.find(current + " " + flat) is not None:
            current += " " + flat  # "... at least 186 journalists and" + "media workers have been killed ..."
            continue
        if current is not None:
            out.extend(page.split_joined(current))
        page.find(flat)
        current = flat
    if current is not None:
        out.extend(page.split_joined(current))
    return "\n".join(out)


class _Blocks:
    """The page's blocks, found by their first word, from a cursor that only moves forward."""

    def __init__(self, blocks: list[str]) -> None:
        self.blocks = blocks
        self.starts: dict[str, list[int]] = {}
        for k, block in enumerate(blocks):
            self.starts.setdefault(block.split(" ", 1)[0], []).append(k)
        self.cursor = 0

    def _candidates(self, text: str) -> list[int]:
        ks = self.starts.get(text.split(" ", 1)[0], [])
        i = bisect.bisect_left(ks, self.cursor)
        return ks[i : i + MAX_TRIES]

    def find(self, text: str) -> int | None:
        """The first block from the cursor on that starts with ``text`` (the cursor moves to it)."""
        k = next((k for k in self._candidates(text) if self.blocks[k].startswith(text)), None)
        if k is not None:
            self.cursor = k
        return k

    def split_joined(self, line: str) -> list[str]:
        """The consecutive blocks ``line`` is made of, or ``[line]``."""
        blocks = self.blocks
        for k in self._candidates(line):
            if not line.startswith(blocks[k]):
                continue
            parts, pos, j = [blocks[k]], len(blocks[k]), k
            while pos < len(line):
                window = range(j + 1, min(len(blocks), j + 2 + MAX_SKIPPED))
                nxt = next((m for m in window if line.startswith(" " + blocks[m], pos)), None)
                if nxt is None:
                    break
                parts.append(blocks[nxt])
                pos, j = pos + 1 + len(blocks[nxt]), nxt
            if pos == len(line) and len(parts) > 1:
                self.cursor = j
                return parts
        return [line]
