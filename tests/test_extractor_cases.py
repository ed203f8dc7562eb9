"""The extractor against the hand-written cases in tests/extractor_cases (one test per case)."""

from __future__ import annotations

import datetime as dt

import pytest

from casualties.extract import extract
from casualties.figure import contract_errors

try:  # `tests` is a package only when pytest puts the repo root on sys.path
    from tests.extractor_cases import Case, load_cases
    from tests.extractor_cases.check import as_record, compare, report
except ImportError:
    from extractor_cases import Case, load_cases
    from extractor_cases.check import as_record, compare, report


def _params():
    for c in load_cases():
        marks = [pytest.mark.xfail(reason=c.xfail, strict=True)] if c.xfail else []
        yield pytest.param(c, id=c.id, marks=marks)


@pytest.mark.parametrize("case", _params())
def test_case(case: Case) -> None:
    published = dt.date.fromisoformat(case.published) if case.published else None
    figures = extract(case.text, published)
    broken = [(f, e) for f in figures if (e := contract_errors(f, case.text))]
    assert not broken, f"{case.id}: figures break the contract: {broken}"
    predicted = [as_record(f) for f in figures]
    outcome = compare(case, predicted)
    assert outcome.ok, report(case, predicted, outcome)
