"""The page's own block structure (paragraphs, headings, list items), as lines of text.

trafilatura picks the article's main text well, but on short pages it falls back to a
baseline that joins every block of the article into one line: the headline, the byline,
the date line and the first paragraph then read as one sentence (the evidence is garbage
and the date line is no longer a line of its own). The blocks read here put the breaks
back, and are the whole text when trafilatura finds none.
"""

from __future__ import annotations

import re

BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "blockquote", "tr", "table", "title", "pre", "dd", "dt", "figcaption",
}  # fmt: skip
FEW_LINES = 3  # a main text of fewer lines may be a joined one: worth a second parse of the page
MAX_SKIPPED = 10  # blocks trafilatura left out (a byline, a share bar) between two it kept


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
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return [line for line in lines if line]


def restore_breaks(body: str, blocks: list[str]) -> str:
    """``body`` with every line that is several consecutive page blocks joined by spaces split back into
    those blocks. A line that is not exactly such a join stays as it is: nothing is dropped or reworded."""
    starts: dict[str, list[int]] = {}
    for k, block in enumerate(blocks):
        starts.setdefault(block.split(" ", 1)[0], []).append(k)
    out: list[str] = []
    for line in body.split("\n"):
        flat = " ".join(line.split())
        out.extend(_split_joined(flat, blocks, starts.get(flat.split(" ", 1)[0], [])) if flat else [line])
    return "\n".join(out)


def _split_joined(line: str, blocks: list[str], candidates: list[int]) -> list[str]:
    for k in candidates:
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
            return parts
    return [line]
