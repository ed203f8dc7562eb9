"""A deterministic stand-in extractor for testing ingest mechanics (atomicity, counts, failures).

It finds "N killed" / "N displaced" phrases only. Ingest tests must not depend
on the real extractor's quality, and a subprocess can install it with
``install()`` before running the CLI (see ``run_cli``).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import time

from casualties.figure import Figure

_PHRASE = re.compile(r"(\d[\d,]*) (?:people )?(killed|displaced)")
BOOM = "EXTRACTOR-BOOM"  # text containing this makes the toy extractor crash
BAD_FIGURE = "BAD-FIGURE"  # ... or return a figure the database must reject
DELAY_S = 0.0


def toy_extract(text: str, published: dt.date | None = None, config: object | None = None) -> list[Figure]:
    if BOOM in text:
        raise ZeroDivisionError("toy extractor crashed on purpose")
    if DELAY_S:
        time.sleep(DELAY_S)
    figures = []
    for m in _PHRASE.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        figures.append(
            Figure(
                metric=m[2],
                value=int(m[1].replace(",", "")),
                side="unknown",
                as_of=published,
                evidence=text[start:end],
                evidence_span=(start, end),
                surface=m[1],
                span=(m.start(1), m.end(1)),
            )
        )
    if BAD_FIGURE in text and figures:
        figures.append(Figure(metric="killed", value=-1, surface="x", evidence="x", span=(0, 1), evidence_span=(0, 1)))
    return figures


def install(delay_s: float = 0.0) -> None:
    """Make casualties.extract.extract the toy one (in this process)."""
    global DELAY_S
    import casualties.extract

    DELAY_S = delay_s
    casualties.extract.extract = toy_extract


def run_cli() -> None:
    """``python tests/toy_extractor.py DELAY ARGS...``: the casualties CLI with the toy extractor."""
    install(float(sys.argv[1]))
    from casualties.cli import main

    sys.argv = ["casualties", *sys.argv[2:]]
    main()


if __name__ == "__main__":
    run_cli()
