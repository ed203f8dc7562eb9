"""The ingest, figures and export commands, and every kind of bad input they must refuse cleanly.

In-process tests use Typer's CliRunner on SQLite; the crash and concurrency
tests run real processes (with the toy extractor, so they check storage
mechanics, not extraction quality).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import toy_extractor
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

import casualties.export
import casualties.extract
import casualties.ingest
from casualties.cli import app
from casualties.cli.core import PROGRESS_MIN_FILES, _Bar
from casualties.errors import DatabaseError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TOY_CLI = Path(toy_extractor.__file__).resolve()
SUMMARY = re.compile(
    r"^ingested (\d+) articles?: (\d+) new, (\d+) unchanged, (\d+) replaced, (\d+) failed; (\d+) figures stored"
)

ARTICLES = {
    "yemen.txt": "Strike in Hodeidah\n\nThe strike left 11 killed, medics said.\n",
    "drc.md": "# Fighting near Goma\n\nAid groups counted 5,000 people displaced and 8 killed.\n",
    "syria.html": "<html><head><title>Shelling in Idlib</title></head><body><article>"
    "<h1>Shelling in Idlib</h1><p>Rescuers said 6 killed in the shelling of a market on Monday.</p>"
    "<p>The civil defence said more families had fled north towards the border in recent days.</p>"
    "</article></body></html>",
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(casualties.extract, "extract", toy_extractor.toy_extract)


def run(runner: CliRunner, url: str, *args: str, input: str | bytes | None = None, env: dict | None = None):
    result = runner.invoke(app, ["--db", url, *args], input=input, env=env)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def summary_of(result) -> tuple[int, ...]:
    m = SUMMARY.match(result.stdout)
    assert m, result.stdout
    return tuple(int(x) for x in m.groups())


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content.encode() if isinstance(content, str) else content)
    return folder


def db_file(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


# ------------------------------------------------------------------ ingest, happy paths


def test_ingest_figures_export_roundtrip(runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None) -> None:
    folder = write(tmp_path / "in", ARTICLES)
    result = run(runner, sqlite_url, "ingest", str(folder))
    assert result.exit_code == 0
    assert summary_of(result) == (3, 3, 0, 0, 0, 4)
    assert result.stderr == ""

    listed = json.loads(run(runner, sqlite_url, "figures", "--format", "json").stdout)
    assert sorted(r["value"] for r in listed) == [6, 8, 11, 5000]
    killed = json.loads(run(runner, sqlite_url, "figures", "--metric", "killed", "-f", "json").stdout)
    assert sorted(r["value"] for r in killed) == [6, 8, 11]

    lines = run(runner, sqlite_url, "export", "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert sorted(r["value"] for r in records) == [6, 8, 11, 5000]
    assert {r["doc"] for r in records} == {"yemen", "drc", "syria"}
    for rec in records:  # the span points at the number in the stored article text
        assert rec["surface"] in rec["evidence"]

    out = tmp_path / "figures.csv"
    result = run(runner, sqlite_url, "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0 and "exported 4 figures" in result.stderr
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 4
    assert {"span_start", "span_end", "evidence", "doc"} <= set(rows[0])
    assert sorted(int(r["value"]) for r in rows) == [6, 8, 11, 5000]


def test_seeds_ingest(runner: CliRunner, sqlite_url: str) -> None:
    result = run(runner, sqlite_url, "ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    articles, new, *_rest, figures = summary_of(result)
    assert (articles, new) == (5, 5)
    if casualties.extract.EXTRACTOR_VERSION != "0.0.0":  # the real extractor has landed
        assert figures > 0


def test_reingest_is_a_no_op_and_replace_re_extracts(
    runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None
) -> None:
    folder = write(tmp_path / "in", ARTICLES)
    run(runner, sqlite_url, "ingest", str(folder))
    again = run(runner, sqlite_url, "ingest", str(folder))
    assert again.exit_code == 0
    assert summary_of(again) == (3, 0, 3, 0, 0, 0)
    replaced = run(runner, sqlite_url, "ingest", "--replace", str(folder))
    assert replaced.exit_code == 0
    assert summary_of(replaced) == (3, 0, 0, 3, 0, 4)
    assert len(json.loads(run(runner, sqlite_url, "figures", "-f", "json").stdout)) == 4


def test_stdin(runner: CliRunner, sqlite_url: str, toy: None) -> None:
    text = "Cholera in Aden\n\nOfficials reported 12 killed this week.\n"
    result = run(
        runner, sqlite_url, "ingest", "-", "--url", "https://aden.example/c", "--published", "2024-02-03", input=text
    )
    assert result.exit_code == 0, result.output
    assert summary_of(result) == (1, 1, 0, 0, 0, 1)
    (rec,) = [json.loads(x) for x in run(runner, sqlite_url, "export").stdout.splitlines()]
    assert (rec["url"], rec["published"], rec["file"], rec["doc"]) == (
        "https://aden.example/c",
        "2024-02-03",
        None,
        "c",
    )


# ------------------------------------------------------------------ ingest, bad input


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", r"empty\.txt: empty file, skipped"),
        ("blank.md", b"\n  \n", r"blank\.md: empty file \(only whitespace\), skipped"),
        ("x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"x\.txt: binary file \(NUL bytes\), skipped"),
        ("notes.pdf", b"%PDF-1.7", r"notes\.pdf: unsupported file type \.pdf \(supported: .*\), skipped"),
    ],
    ids=["empty", "whitespace", "binary", "unsupported-type"],
)
def test_bad_file_is_one_line_and_exit_1(
    runner: CliRunner, sqlite_url: str, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run(runner, sqlite_url, "ingest", str(path))
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert re.fullmatch(rf"Error: .*{message}", line), line
    assert summary_of(result) == (1, 0, 0, 0, 1, 0)


def test_latin1_is_ingested_with_a_warning(runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None) -> None:
    path = tmp_path / "alep.txt"
    path.write_bytes("Bombardements à Alep\n\nLe bilan : 14 killed, selon l’OSDH.\n".encode("cp1252"))
    result = run(runner, sqlite_url, "ingest", str(path))
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {path}: decoded as Windows-1252, not UTF-8\n"
    assert summary_of(result) == (1, 1, 0, 0, 0, 1)
    (rec,) = [json.loads(x) for x in run(runner, sqlite_url, "export").stdout.splitlines()]
    assert rec["evidence"] == "Le bilan : 14 killed, selon l’OSDH."


def test_too_large_file_refused(runner: CliRunner, sqlite_url: str, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: instant, no disk used
    result = run(runner, sqlite_url, "ingest", str(big))
    assert result.exit_code == 1
    assert "big.txt: too large (52,428,800 bytes; the limit is 10,485,760 bytes" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_size_limit_option_and_env(runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None) -> None:
    path = write(tmp_path, {"a.txt": "Raid in Kidal\n\nThe raid left 3 killed.\n" + "More text. " * 200}) / "a.txt"
    refused = run(runner, sqlite_url, "ingest", "--max-bytes", "1k", str(path))
    assert refused.exit_code == 1 and "the limit is 1,024 bytes" in refused.stderr
    refused = run(runner, sqlite_url, "ingest", str(path), env={"CASUALTIES_MAX_BYTES": "1000"})
    assert refused.exit_code == 1 and "the limit is 1,000 bytes" in refused.stderr
    accepted = run(runner, sqlite_url, "ingest", "--max-bytes", "1MB", str(path), env={"CASUALTIES_MAX_BYTES": "10"})
    assert accepted.exit_code == 0
    bad = run(runner, sqlite_url, "ingest", "--max-bytes", "huge", str(path))
    assert (
        bad.exit_code == 2
        and bad.stderr == "Error: invalid --max-bytes 'huge': expected a size such as 10000000 or 20MB\n"
    )


def test_malformed_html_is_ingested(runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>Militia raid in Ituri<p>The raid left 17 killed, <b>officials said</div></td>")
    result = run(runner, sqlite_url, "ingest", str(path))
    assert result.exit_code == 0, result.output
    assert summary_of(result)[:2] == (1, 1)
    (rec,) = [json.loads(x) for x in run(runner, sqlite_url, "export").stdout.splitlines()]
    assert rec["value"] == 17 and "<" not in rec["evidence"]


def test_html_without_text(runner: CliRunner, sqlite_url: str, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    result = run(runner, sqlite_url, "ingest", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {path}: no article text found in this HTML, skipped\n"


def test_folder_without_supported_files(runner: CliRunner, sqlite_url: str, tmp_path: Path) -> None:
    folder = write(tmp_path / "scans", {"a.pdf": b"%PDF", "b.docx": b"PK"})
    result = run(runner, sqlite_url, "ingest", str(folder))
    assert result.exit_code == 1
    assert (
        result.stderr == f"Error: {folder}: no .txt/.md/.html files in this folder (2 other files skipped), skipped\n"
    )


def test_path_that_does_not_exist(runner: CliRunner, sqlite_url: str, tmp_path: Path) -> None:
    result = run(runner, sqlite_url, "ingest", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file or directory, skipped\n"
    assert summary_of(result) == (1, 0, 0, 0, 1, 0)


def test_one_bad_file_among_good_ones(runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None) -> None:
    folder = write(tmp_path / "in", {**ARTICLES, "bad.txt": b"\x00\x00\x00"})
    result = run(runner, sqlite_url, "ingest", str(folder))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {folder / 'bad.txt'}: binary file (NUL bytes), skipped\n"
    assert summary_of(result) == (4, 3, 0, 0, 1, 4)
    assert len(json.loads(run(runner, sqlite_url, "figures", "-f", "json").stdout)) == 4


def test_invalid_published_date(runner: CliRunner, sqlite_url: str, tmp_path: Path) -> None:
    write(tmp_path, ARTICLES)
    result = run(runner, sqlite_url, "ingest", "--published", "15/05/2024", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == "Error: invalid --published '15/05/2024': expected a date as YYYY-MM-DD\n"


def test_no_progress_bar_when_not_a_terminal(runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None) -> None:
    folder = write(tmp_path / "many", {f"{i:03}.txt": f"Report {i}\n\n{i} killed.\n" for i in range(30)})
    result = run(runner, sqlite_url, "ingest", str(folder))
    assert result.exit_code == 0
    assert result.stderr == "" and result.stdout.count("\n") == 1


def test_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    bar = _Bar()
    total = PROGRESS_MIN_FILES + 5
    for done in range(1, total + 1):
        bar(done, total, f"{done}.txt")
    bar.close()
    assert f"{total}/{total}" in term.getvalue() and "ingesting" in term.getvalue()
    few = _Bar()
    few(1, 2, "a.txt")
    assert few.bar is None


def test_database_failing_mid_run_stops_with_one_line(
    runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write(tmp_path / "in", ARTICLES)

    def disk_full(*args, **kwargs):
        raise DatabaseError("database error: database or disk is full")

    monkeypatch.setattr(casualties.ingest, "store_article", disk_full)
    monkeypatch.setattr(casualties.ingest, "store_articles", disk_full)
    result = run(runner, sqlite_url, "ingest", str(folder))
    assert result.exit_code == 1
    assert result.stderr == "Error: database error: database or disk is full; ingest stopped\n"
    assert summary_of(result) == (1, 0, 0, 0, 1, 0)


def test_problem_lines_clear_the_progress_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term = Terminal()
    monkeypatch.setattr(sys, "stderr", term)
    bar = _Bar()
    bar(1, PROGRESS_MIN_FILES, "a.txt")
    bar.problem("error", "b.txt", "b.txt: empty file")
    bar.problem("warning", "c.txt", "decoded as Windows-1252, not UTF-8")
    bar.close()
    out = term.getvalue()
    assert "\r\x1b[2KError: b.txt: empty file, skipped\n" in out
    assert "\r\x1b[2KWarning: c.txt: decoded as Windows-1252, not UTF-8\n" in out


# ------------------------------------------------------------------ figures and export


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--metric", "kiled"], "unknown metric 'kiled'; valid: killed, injured, missing, hostages, detained"),
        (["--population", "kids"], "unknown population 'kids'; valid: all, civilians, combatants, children"),
        (["--scope", "daily"], "unknown scope 'daily'; valid: total, event"),
        (["--side", "Gaza Strip"], "unknown side 'Gaza Strip'"),
        (["--side", "atlantis"], "unknown side 'atlantis'; sides in the database: "),
        (["--since", "yesterday"], "invalid --since 'yesterday': expected a date as YYYY-MM-DD"),
        (["--format", "xml"], "invalid --format 'xml'; valid: table, csv, json"),
        (["--columns", "value,colour"], "invalid column 'colour'; valid: figure_id, article_id, source"),
    ],
    ids=["metric", "population", "scope", "side-not-slug", "side-unknown", "since", "format", "column"],
)
def test_figures_refuses_unknown_values(runner: CliRunner, sqlite_url: str, args: list[str], message: str) -> None:
    result = run(runner, sqlite_url, "figures", *args)
    assert result.exit_code in (1, 2)
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: " + message), line


def test_figures_side_list_names_sides_in_database(
    runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None
) -> None:
    run(runner, sqlite_url, "ingest", str(write(tmp_path, ARTICLES)))
    result = run(runner, sqlite_url, "figures", "--side", "atlantis")
    assert result.stderr == "Error: unknown side 'atlantis'; sides in the database: unknown\n"


def test_figures_filters_and_formats(runner: CliRunner, populated_db_url: str) -> None:
    table = run(runner, populated_db_url, "figures", "--side", "gaza", "--since", "2024-02-01").stdout
    assert table.splitlines()[-1] == "(3 rows)"
    rows = list(
        csv.DictReader(io.StringIO(run(runner, populated_db_url, "figures", "--metric", "killed", "-f", "csv").stdout))
    )
    assert sorted(int(r["value"]) for r in rows) == [8, 40, 12300, 23210, 29195]
    picked = json.loads(
        run(runner, populated_db_url, "figures", "--columns", "value,side", "-f", "json", "--scope", "event").stdout
    )
    assert sorted((r["side"], r["value"]) for r in picked) == [
        ("gaza", 8),
        ("russia", 31),
        ("sudan", 40),
        ("sudan", 150000),
    ]
    by_source = json.loads(
        run(runner, populated_db_url, "figures", "--source", "Gaza Health Ministry", "-f", "json").stdout
    )
    assert sorted(r["value"] for r in by_source) == [23210, 59167]


def test_export_formats_agree(runner: CliRunner, populated_db_url: str, sample_articles) -> None:
    jsonl = [json.loads(x) for x in run(runner, populated_db_url, "export").stdout.splitlines()]
    rows = list(csv.DictReader(io.StringIO(run(runner, populated_db_url, "export", "-f", "csv").stdout)))
    assert len(jsonl) == len(rows) == sum(len(figs) for _, figs in sample_articles)
    for rec, row in zip(jsonl, rows, strict=True):
        assert [int(row["span_start"]), int(row["span_end"])] == rec["span"]
        assert row["evidence"] == rec["evidence"] and row["metric"] == rec["metric"]
        assert row["high"] == ("" if rec["high"] is None else str(rec["high"]))


def test_export_unknown_format(runner: CliRunner, sqlite_url: str) -> None:
    result = run(runner, sqlite_url, "export", "--format", "xlsx")
    assert result.exit_code == 2
    assert result.stderr == "Error: invalid --format 'xlsx'; valid: jsonl, csv\n"


def test_failed_export_leaves_no_half_file(
    runner: CliRunner, populated_db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "exports" / "out.jsonl"
    out.parent.mkdir()
    out.write_text("previous export\n")
    real = casualties.export.export_records

    def breaks_midway(engine):
        for i, rec in enumerate(real(engine)):
            if i == 2:
                raise DatabaseError("database error: connection lost")
            yield rec

    monkeypatch.setattr(casualties.export, "export_records", breaks_midway)
    result = run(runner, populated_db_url, "export", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr == "Error: database error: connection lost\n"
    assert out.read_text() == "previous export\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.jsonl"]


def test_export_to_missing_folder(runner: CliRunner, sqlite_url: str, tmp_path: Path) -> None:
    result = run(runner, sqlite_url, "export", "-o", str(tmp_path / "no" / "such" / "x.csv"), "-f", "csv")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "does not exist" in result.stderr


def test_export_into_a_closed_pipe_is_quiet(runner: CliRunner, sqlite_url: str, tmp_path: Path, toy: None) -> None:
    run(runner, sqlite_url, "ingest", str(many_articles(tmp_path / "in", 200)))  # ~800 figures, > a pipe buffer
    proc = subprocess.Popen(
        [sys.executable, "-m", "casualties", "--db", sqlite_url, "export"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert json.loads(proc.stdout.readline())["metric"] == "killed"
    proc.stdout.close()  # like `casualties export | head -1`
    assert proc.wait(timeout=60) == 0
    assert proc.stderr.read() == b""


# ------------------------------------------------------------------ databases


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://nobody@127.0.0.1:1/casualties",
        "sqlite:////proc/no-such-dir/figures.db",
        "mysql://x@localhost/y",
        "not a url",
    ],
    ids=["pg-refused", "sqlite-unwritable", "unsupported-driver", "garbage"],
)
@pytest.mark.parametrize("command", [["figures"], ["export"], ["ingest", str(SEEDS)]], ids=lambda c: c[0])
def test_unreachable_database_is_one_line(runner: CliRunner, url: str, command: list[str]) -> None:
    result = run(runner, url, *command)
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: ")
    assert result.stdout == ""


# ------------------------------------------------------------------ real processes


def toy_ingest(url: str, folder: Path, delay: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(TOY_CLI), str(delay), "--db", url, "ingest", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored_vs_fresh(url: str) -> list[tuple[int, int]]:
    """(stored figure count, fresh toy-extraction count) per article."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT a.text, (SELECT count(*) FROM figures f WHERE f.article_id = a.id) FROM articles a")
            ).all()
    finally:
        engine.dispose()
    return [(n, len(toy_extractor.toy_extract(body))) for body, n in rows]


def many_articles(folder: Path, n: int, tag: str = "") -> Path:
    files = {}
    for i in range(n):
        lines = [f"Report {tag}{i} from the front"] + [f"Item {j}: {i * 10 + j} killed." for j in range(i % 7 + 1)]
        files[f"{tag}{i:04}.txt"] = "\n\n".join(lines) + "\n"
    return write(folder, files)


def test_killed_mid_ingest_leaves_only_whole_articles(sqlite_url: str, tmp_path: Path) -> None:
    n = 400
    folder = many_articles(tmp_path / "in", n)
    proc = toy_ingest(sqlite_url, folder, delay=0.01)
    path = db_file(sqlite_url)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(path) as conn:
                stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # not created or migrated yet
            continue
        if stored >= 40:
            break
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    pairs = stored_vs_fresh(sqlite_url)
    assert 40 <= len(pairs) < n
    assert all(got == want for got, want in pairs), [p for p in pairs if p[0] != p[1]][:5]

    # The database is still usable: a second run stores the rest.
    rerun = toy_ingest(sqlite_url, folder)
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    articles, new, unchanged, *_ = (int(x) for x in SUMMARY.match(out).groups())
    assert (articles, new + unchanged) == (n, n) and unchanged == len(pairs)
    final = stored_vs_fresh(sqlite_url)
    assert len(final) == n and all(got == want for got, want in final)


def test_two_ingests_at_once_on_one_database(db_url: str, tmp_path: Path) -> None:
    """Both start on a database that does not exist yet (or is empty), so they also race to create the schema."""
    a = many_articles(tmp_path / "a", 150, tag="a")
    b = many_articles(tmp_path / "b", 150, tag="b")
    procs = [toy_ingest(db_url, a), toy_ingest(db_url, b)]
    outputs = [p.communicate(timeout=180) for p in procs]
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert SUMMARY.match(out).groups()[:2] == ("150", "150")
    final = stored_vs_fresh(db_url)
    assert len(final) == 300 and all(got == want for got, want in final)
