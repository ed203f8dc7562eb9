"""The extractor against the hand-written cases in tests/extractor_cases (one test per case),
plus tests that the case checker itself accepts a perfect answer and catches wrong ones."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from casualties.extract import extract
from casualties.figure import Figure, contract_errors
from casualties.vocab import unit_for

try:  # `tests` is a package only when pytest puts the repo root on sys.path
    from tests.extractor_cases import Case, load_cases
    from tests.extractor_cases.check import as_record, compare, report
except ImportError:
    from extractor_cases import Case, load_cases
    from extractor_cases.check import as_record, compare, report

CASES = load_cases()


def _params() -> list:
    return [
        pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=c.xfail, strict=True)] if c.xfail else [])
        for c in CASES
    ]


@pytest.mark.parametrize("case", _params())
def test_case(case: Case) -> None:
    published = dt.date.fromisoformat(case.published) if case.published else None
    figures = extract(case.text, published)
    broken = [(f.surface, e) for f in figures if (e := contract_errors(f, case.text))]
    assert not broken, f"{case.id}: figures break the contract: {broken}"
    predicted = [as_record(f) for f in figures]
    outcome = compare(case, predicted)
    if not outcome.ok:
        pytest.fail(report(case, predicted, outcome), pytrace=False)


# --- the checker itself -------------------------------------------------------------


def _oracle(case: Case) -> list[dict]:
    """What a perfect extractor would return for ``case`` (first name of any reporter alternatives)."""
    out = []
    for e in case.expected:
        by = e.get("reported_by")
        as_of = e.get("as_of")
        fig = Figure(
            metric=e["metric"],
            value=e["value"],
            side=e["side"],
            population=e.get("population", "all"),
            qualifier=e.get("qualifier", "exact"),
            high=e.get("high"),
            scope=e.get("scope", "total"),
            as_of=dt.date.fromisoformat(as_of) if as_of else None,
            reported_by=by[0] if isinstance(by, tuple) else by,
            unit=unit_for(e["metric"]),
        )
        assert contract_errors(fig, case.text) == [], (case.id, contract_errors(fig, case.text))
        out.append(as_record(fig))
    return out


def test_every_case_passes_with_a_perfect_extractor() -> None:
    failing = [c.id for c in CASES if not compare(c, list(reversed(_oracle(c)))).ok]
    assert failing == []


def test_suite_is_large_and_spread_over_groups() -> None:
    groups = {c.group for c in CASES}
    assert len(CASES) >= 180 and len(groups) >= 10


@pytest.mark.parametrize(
    ("change", "kind", "strict_tp"),
    [
        ({"side": "elsewhere"}, "wrong side", 2),
        ({"population": "journalists"}, "wrong population", 2),
        ({"qualifier": "range", "high": 10**9}, "wrong qualifier", 3),
        ({"value": 123456789}, "missed", 2),
    ],
)
def test_checker_flags_a_wrong_field(change: dict, kind: str, strict_tp: int) -> None:
    case = next(c for c in CASES if c.id == "gaza-list-including-children-and-women")
    predicted = _oracle(case)
    predicted[1] = {**predicted[1], **change}
    outcome = compare(case, predicted)
    assert kind in {k for k, _ in outcome.problems}
    assert outcome.strict_tp == strict_tp


def test_checker_flags_extra_figures_only_when_exhaustive() -> None:
    case = next(c for c in CASES if c.id == "sudan-more-than-el-obeid")
    extra = {**_oracle(case)[0], "metric": "injured"}
    assert [k for k, _ in compare(case, [*_oracle(case), extra]).problems] == ["spurious"]
    loose = dataclasses.replace(case, exhaustive=False)
    assert compare(loose, [*_oracle(case), extra]).ok


def test_checker_reporter_rules() -> None:
    case = next(c for c in CASES if c.id == "gaza-attr-unattributed")
    named = [{**_oracle(case)[0], "reported_by": "health ministry"}]
    assert [k for k, _ in compare(case, named).problems] == ["wrong reported_by"]
    case = next(c for c in CASES if c.id == "ukraine-attr-named-governor")
    for name in ("oleh syniehubov", "Kharkiv regional governor"):
        assert compare(case, [{**_oracle(case)[0], "reported_by": name}]).ok
    assert not compare(case, [{**_oracle(case)[0], "reported_by": "ukrainian army"}]).ok
