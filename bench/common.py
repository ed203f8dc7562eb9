"""Shared helpers for the bench scripts: load a corpus, read its dates, measure memory."""

from __future__ import annotations

import datetime as dt
import platform
import re
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import MIXES, generate

MIX_HELP = (
    "generated corpus: news (the figure density of real news pages, calibrated on the seeds; default) or "
    "dense (half the sentences state a figure: 3.7 times the figures per kB, the stress case)"
)
__all__ = ["MIXES", "MIX_HELP", "load_corpus", "machine", "peak_rss_mb", "published_of"]

UPDATED = re.compile(r"^Updated: ([A-Z][a-z]+ \d{1,2}, \d{4})", re.M)


def published_of(text: str) -> dt.date | None:
    """The article date from the generator's "Updated: May 15, 2024, ..." line, if any."""
    m = UPDATED.search(text)
    return dt.datetime.strptime(m.group(1), "%B %d, %Y").date() if m else None


def load_corpus(corpus: Path | None, n: int, seed: int, mix: str = "news") -> list[tuple[str, str]]:
    """``(name, text)`` for every .txt under ``corpus``, or ``n`` generated articles (of ``mix``) when it is None."""
    if corpus is None:
        return list(generate(n, seed, mix))
    paths = sorted(corpus.rglob("*.txt"))
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MB (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def machine() -> str:
    """One line describing where the numbers were measured."""
    import os

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from casualties.extract import extractor_build

    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    python = f"Python {platform.python_version()} ({extractor_build()} extractor)"
    return f"{cpu}, {os.cpu_count()} cores, {python}, {platform.system()}{load}"
