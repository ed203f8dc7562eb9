"""The extractor never raises on junk, always honours the figure contract, and stays linear on huge input."""

from __future__ import annotations

import datetime as dt
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pint
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casualties.extract import extract
from casualties.figure import contract_errors
from casualties.units import make_registry, quantity, unit_of_noun

CUE_WORDS = ["killed", "at least", "more than", "dozens of", "rockets", "wounded", "Gaza", "Kharkiv", "said",
             "according to", "including", "children", "between", "and", "on Tuesday", ",", ".", "\n", "(", ")",
             "1,200", "35 200", "1.4 million", "twenty-three", "hostages", "displaced", "fired"]  # fmt: skip


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: a guard against catastrophic backtracking, not a speed target."""

    def _raise(signum: int, frame: object) -> None:
        raise TimeoutError(f"extraction did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _check(text: str, published: dt.date | None = None) -> None:
    for fig in extract(text, published):
        assert contract_errors(fig, text) == [], (fig, contract_errors(fig, text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    _check(text, dt.date(2024, 5, 15))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(CUE_WORDS), st.integers(0, 10**15).map(str)), max_size=60),
       st.one_of(st.none(), st.dates()))  # fmt: skip
def test_cue_word_soup_yields_only_valid_records(words: list[str], published: dt.date | None) -> None:
    _check(" ".join(words), published)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10**30), st.sampled_from(["people were killed", "rockets were fired", "were wounded"]))
def test_huge_numbers_are_handled(n: int, tail: str) -> None:
    text = f"At least {n:,} {tail} in Kharkiv on Tuesday."
    _check(text, dt.date(2024, 5, 15))


ADVERSARIAL = {
    "digits": "7" * 1_000_000,
    "comma-digits": "1," * 500_000,
    "cue-words": "killed at least more than " * 40_000,
    "brackets": "(" * 500_000 + "12 people were killed" + ")" * 500_000,
    "no-stops": ("Palestinians killed in Gaza according to the ministry and " * 17_000),
    "numbers-and-nouns": "12 people 13 soldiers 14 rockets " * 30_000,
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_adversarial_megabyte_inputs_finish(name: str) -> None:
    text = ADVERSARIAL[name]
    assert len(text) >= 900_000
    with time_limit(120):
        figures = extract(text, dt.date(2024, 1, 1))
    for fig in figures[:50]:
        assert contract_errors(fig, text) == []


def test_a_long_chain_of_dated_sentences_does_not_recurse() -> None:
    """Each sentence's day is resolved against the sentences before it; 3,500 of them once overflowed the
    Python stack (RecursionError) when the first event figure needing that day came late."""
    text = "".join(f"At least {i + 2} people were killed in Gaza on Monday, the ministry said. " for i in range(3_500))
    text += "At least 9,999 people were killed in a strike in Gaza."  # its day is the one named before it
    with time_limit(120):
        figures = extract(text)
    assert len(figures) == 3_501
    for fig in figures[:50]:
        assert contract_errors(fig, text) == []


def test_empty_and_blank_text_give_nothing() -> None:
    assert extract("") == []
    assert extract(" \n\t ") == []


def test_people_cannot_be_added_to_projectiles() -> None:
    registry = make_registry()
    killed = quantity(registry, 14, "person")
    rockets = quantity(registry, 60, "projectile")
    assert (killed + quantity(registry, 10, "civilians")).magnitude == 24
    with pytest.raises(pint.DimensionalityError):
        _ = killed + rockets


@pytest.mark.parametrize(
    ("noun", "unit"),
    [("Katyusha rockets", "projectile"), ("drones", "projectile"), ("soldiers", "person"), ("trucks", None)],
)
def test_registry_knows_which_nouns_count_what(noun: str, unit: str | None) -> None:
    assert unit_of_noun(make_registry(), noun) == unit


def test_every_figure_carries_the_unit_of_its_metric() -> None:
    text = "Hezbollah fired 40 rockets at Israel on Monday, and an Israeli strike killed 3 people in Tyre."
    figures = {f.metric: f for f in extract(text, dt.date(2024, 6, 4))}
    assert {m: f.unit for m, f in figures.items()} == {"projectiles": "projectile", "killed": "person"}
    registry = make_registry()
    with pytest.raises(pint.DimensionalityError):
        _ = figures["projectiles"].quantity(registry) + figures["killed"].quantity(registry)
