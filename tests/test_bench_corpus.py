"""The benchmark corpus generator is deterministic and writes sane UTF-8 articles."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("generate_corpus", BENCH / "generate_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("generate_corpus", module)
    spec.loader.exec_module(module)
    return module


def test_same_seed_same_corpus_and_other_seed_differs(gen):
    a = list(gen.generate(30, seed=7))
    b = list(gen.generate(30, seed=7))
    c = list(gen.generate(30, seed=8))
    assert a == b
    assert [t for _, t in a] != [t for _, t in c]
    assert len({t for _, t in a}) == 30  # no duplicate articles


def test_article_i_does_not_depend_on_n(gen):
    assert list(gen.generate(5, seed=3)) == list(gen.generate(12, seed=3))[:5]


def test_writes_n_valid_utf8_articles(gen, tmp_path):
    paths = gen.write_corpus(tmp_path / "corpus", 40, seed=1)
    files = sorted((tmp_path / "corpus").glob("*.txt"))
    assert len(paths) == len(files) == 40
    for path in files:
        raw = path.read_bytes()
        text = raw.decode("utf-8")  # raises if not valid UTF-8
        assert 700 < len(raw) < 6000
        lines = text.splitlines()
        assert lines[0] and lines[1] == ""  # headline, blank line
        assert re.search(r"^Updated: [A-Z][a-z]+ \d{2}, 20\d\d, \d{1,2}:\d\d PM$", text, re.M)
        assert re.search(r"\d", text)


def test_corpus_covers_many_conflicts_and_number_forms(gen):
    text = "\n".join(t for _, t in gen.generate(300, seed=1))
    for place in ("Gaza", "Lebanon", "Ukraine", "Sudan", "Yemen", "Myanmar", "Haiti", "Somalia", "Tigray"):
        assert place in text, place
    assert re.search(r"\b\d{1,3}(,\d{3})+\b", text)  # thousands separators
    assert re.search(r"\b\d\.\d million\b", text)
    assert re.search(r"\b(dozens|hundreds|thousands) of\b", text)
    assert re.search(r"\bbetween \d+ and \d+\b", text)
    assert re.search(r"\b(twenty|thirty|forty|fifty)-(one|two|three|four|five|six|seven|eight|nine)\b", text)
    assert re.search(r"\b\d{2}-year-old\b", text)  # filler numbers that are not figures


def test_cli_writes_corpus_and_rejects_negative_n(gen, tmp_path, capsys):
    assert gen.main([str(tmp_path / "out"), "-n", "3", "--seed", "2"]) == 0
    assert len(list((tmp_path / "out").glob("*.txt"))) == 3
    assert gen.main([str(tmp_path / "bad"), "-n", "-1"]) == 1
    assert "Error:" in capsys.readouterr().err


def test_spell(gen):
    assert gen.spell(7) == "seven"
    assert gen.spell(40) == "forty"
    assert gen.spell(23) == "twenty-three"
    assert gen.spell(305) == "three hundred and five"


NUMBERED_SENTENCE = re.compile(r"[^.!?\n]*\d[^.!?\n]*[.!?]?")


def _numbered_sentences_per_kb(texts: list[str]) -> float:
    size = sum(len(t.encode()) for t in texts) / 1000
    return sum(len(NUMBERED_SENTENCE.findall(t)) for t in texts) / size


def test_news_mix_has_the_number_density_of_the_seeds_and_dense_is_far_denser(gen):
    """The "news" corpus stands for real pages: its sentences with digits per kB stay within a third of
    the bundled seed articles'; the "dense" stress corpus has far more (about twice)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((BENCH.parent / "seeds").glob("*.txt"))]
    real = _numbered_sentences_per_kb(seeds)
    news = _numbered_sentences_per_kb([t for _, t in gen.generate(200, seed=2, mix="news")])
    dense = _numbered_sentences_per_kb([t for _, t in gen.generate(200, seed=2, mix="dense")])
    assert abs(news - real) / real < 0.33, (news, real)
    assert dense > 1.7 * news, (dense, news)


def test_unknown_mix_is_refused(gen):
    with pytest.raises(KeyError):
        list(gen.generate(1, mix="tabloid"))
