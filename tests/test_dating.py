"""Dating undated articles (casualties/dating.py) and how ingest stores the guess.

The official-series cases quote real values of the bundled Gaza Ministry of Health series
(5,791 killed on 2023-10-24; 71,533 injured on 2024-03-02) in sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from casualties.dating import (
    DateInference,
    latest_named_day,
    official_days,
    quote_keys,
    weekdays_named,
)
from casualties.db import open_database
from casualties.extract import extract
from casualties.ingest import IngestOptions, ingest_paths, ingest_text
from casualties.models import Article
from casualties.models import Figure as FigureRow
from casualties.official import OfficialRow

D = dt.date


# --- weekdays and quotations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The army said on Wednesday that Tuesday's raid was over.", {2, 1}, id="on-and-possessive"),
        pytest.param("Crowds gathered on Good Friday and Black Friday sales went on.", set(), id="named-days-ignored"),
        pytest.param("Sundays are quiet; officials spoke Saturday.", {5}, id="plural-is-not-a-day"),
        pytest.param("the wednesday meeting", set(), id="lower-case-is-not-a-day"),
    ],
)
def test_weekdays_named(text: str, expected: set[int]) -> None:
    assert weekdays_named(text) == expected


def test_latest_named_day_picks_the_last_fitting_day() -> None:
    tue, wed = 1, 2
    assert latest_named_day(D(2024, 5, 13), D(2024, 5, 16), frozenset({tue, wed})) == D(2024, 5, 15)
    assert latest_named_day(D(2024, 5, 13), D(2024, 5, 14), frozenset({wed})) is None


def test_quote_keys_need_six_quoted_words() -> None:
    assert quote_keys('He said "we will rebuild" and left.') == frozenset()
    keys = quote_keys("The group vowed “to hold every street of the old town” on Friday.")
    assert ("to", "hold", "every", "street", "of", "the") in keys and len(keys) == 3
    assert quote_keys("No quotation here at all, only plain reporting of six or more words.") == frozenset()


# --- official series ---------------------------------------------------------------------------------

GAZA_TOLL = "GAZA — The health ministry in Gaza said {day}that 5,791 people have been killed since the war began."


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param("on Wednesday ", D(2023, 10, 25), id="weekday-after-the-bulletin"),
        pytest.param("", D(2023, 10, 24), id="no-weekday-means-the-bulletin-day"),
        pytest.param("on Saturday ", None, id="weekday-outside-the-window"),
    ],
)
def test_official_toll_dates_the_article(day: str, expected: dt.date | None) -> None:
    text = GAZA_TOLL.format(day=day)
    guess = DateInference().official_guess(text, extract(text, None))
    assert (guess.date if guess else None) == expected
    if guess:
        assert guess.basis == "official-series" and "5,791" in guess.reason


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Gaza's health ministry said on Wednesday that more than 5,791 people had been killed.", id="lower"
        ),
        pytest.param("In Ukraine, officials said on Wednesday that 5,791 people had been killed.", id="other-side"),
        pytest.param(
            "Gaza's health ministry said on Monday that 5,791 people had been killed and 71,533 wounded.",
            id="tolls-of-different-days",
        ),
    ],
)
def test_no_official_date_without_a_fitting_exact_toll(text: str) -> None:
    assert DateInference().official_guess(text, extract(text, None)) is None


def test_a_value_that_recurs_or_stands_for_weeks_names_no_day() -> None:
    def rows(value: int, days: list[dt.date]) -> list[OfficialRow]:
        return [OfficialRow("killed", "gaza", "all", day, value) for day in days]

    recurring = rows(5000, [D(2024, 1, 1), D(2024, 6, 1)])
    standing = rows(6000, [D(2024, 2, 1) + dt.timedelta(days=n) for n in range(10)])
    once = rows(7000, [D(2024, 3, 1)])
    inference = DateInference(official=official_days(recurring + standing + once))
    for value, expected in ((5000, None), (6000, None), (7000, D(2024, 3, 1))):
        text = f"Gaza's health ministry says {value:,} people have been killed since the war began."
        guess = inference.official_guess(text, extract(text, None))
        assert (guess.date if guess else None) == expected, value


# --- same story --------------------------------------------------------------------------------------

STATEMENT = "“the strikes hit the fuel depot and the grain silos”"
DATED = f"Port strike in Hodeidah\n\nPublished: 12 March 2025\n\nThe Houthis said {STATEMENT} on Wednesday."
UNDATED = f"Houthis report port strike\n\nA spokesman said on Wednesday {STATEMENT}, killing 4 workers."


def test_same_statement_dates_the_undated_report() -> None:
    inference = DateInference()
    inference.add_anchor(D(2025, 3, 12), "dated.txt", DATED)
    guess = inference.same_story_guess(UNDATED)
    assert guess is not None and (guess.date, guess.basis) == (D(2025, 3, 12), "same-story")
    assert "dated.txt" in guess.reason
    # the day after names itself: a report of Thursday on the same statement
    assert inference.same_story_guess(UNDATED.replace("Wednesday", "Thursday")).date == D(2025, 3, 13)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(UNDATED.replace("on Wednesday ", ""), id="no-weekday"),
        pytest.param(UNDATED.replace("Wednesday", "Sunday"), id="weekday-far-from-the-anchor"),
        pytest.param(UNDATED.replace(STATEMENT, "“the strikes hit the depot”"), id="too-short-a-quote"),
    ],
)
def test_no_same_story_date_without_enough_evidence(text: str) -> None:
    inference = DateInference()
    inference.add_anchor(D(2025, 3, 12), "dated.txt", DATED)
    assert inference.same_story_guess(text) is None


def test_anchors_of_different_days_give_no_date() -> None:
    """The same statement quoted again a week later: either date could be the undated report's."""
    inference = DateInference()
    inference.add_anchor(D(2025, 3, 12), "a.txt", DATED)
    inference.add_anchor(D(2025, 3, 20), "b.txt", DATED.replace("12 March", "20 March"))
    assert inference.same_story_guess(UNDATED) is None


# --- ingest ------------------------------------------------------------------------------------------


@pytest.fixture
def engine(sqlite_url: str):
    eng = open_database(sqlite_url)
    yield eng
    eng.dispose()


def stored(engine) -> dict[str, tuple[dt.date | None, str | None, list[dt.date | None]]]:
    """{file name: (published, published_basis, as_of of its figures)}."""
    out = {}
    with engine.connect() as conn:
        for aid, file, published, basis in conn.execute(
            select(Article.id, Article.file, Article.published, Article.published_basis)
        ):
            as_of = conn.execute(select(FigureRow.as_of).where(FigureRow.article_id == aid)).scalars().all()
            out[Path(file).name if file else "<stdin>"] = (published, basis, as_of)
    return out


def write_batch(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a_dated.txt").write_text(DATED)
    (folder / "b_undated.txt").write_text(UNDATED)
    (folder / "c_gaza.txt").write_text(GAZA_TOLL.format(day="on Wednesday "))
    (folder / "d_nothing.txt").write_text("Floods in Sagaing\n\nThe floods displaced 4,000 people, officials said.")
    return folder


def test_ingest_dates_undated_articles_and_says_how(engine, tmp_path: Path) -> None:
    warnings: list[str] = []
    summary = ingest_paths(
        engine, [str(write_batch(tmp_path / "in"))], on_problem=lambda kind, name, msg: warnings.append(msg)
    )
    assert (summary.new, summary.failed) == (4, 0)
    rows = stored(engine)
    assert rows["a_dated.txt"][:2] == (D(2025, 3, 12), "text")
    assert rows["b_undated.txt"] == (D(2025, 3, 12), "same-story", [D(2025, 3, 12)])
    assert rows["c_gaza.txt"] == (D(2023, 10, 25), "official-series", [D(2023, 10, 25)])
    assert rows["d_nothing.txt"] == (None, None, [None])
    assert sum("dated 2025-03-12 by inference (same-story" in w for w in warnings) == 1
    assert sum("dated 2023-10-25 by inference (official-series" in w for w in warnings) == 1
    with engine.connect() as conn:
        assert len(conn.execute(select(FigureRow.id)).all()) == summary.figures  # re-dating replaced, not added


def test_ingest_without_inference_or_with_a_given_date(engine, tmp_path: Path) -> None:
    folder = write_batch(tmp_path / "in")
    ingest_paths(engine, [str(folder)], IngestOptions(infer_dates=False))
    rows = stored(engine)
    assert rows["b_undated.txt"][:2] == rows["c_gaza.txt"][:2] == (None, None)
    ingest_paths(engine, [str(folder)], IngestOptions(replace=True, published=D(2025, 1, 1)))
    assert {row[:2] for row in stored(engine).values()} == {(D(2025, 1, 1), "user")}


def test_single_text_is_dated_by_the_official_series(engine) -> None:
    result = ingest_text(engine, GAZA_TOLL.format(day="on Wednesday "))
    assert stored(engine)["<stdin>"][:2] == (D(2023, 10, 25), "official-series")
    assert result.status == "new"
