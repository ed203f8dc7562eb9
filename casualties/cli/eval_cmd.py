"""`casualties eval`: accuracy of the whole pipeline against hand-annotated gold figures."""

from __future__ import annotations

import json

import typer

from casualties.cli.app import app, cli_errors


@app.command("eval")
def eval_command(
    gold: str = typer.Argument(..., metavar="GOLD.jsonl", help="Gold annotations, one article a line (doc, figures)."),
    paths: list[str] = typer.Argument(..., metavar="PATH...", help="The annotated articles: files or folders."),
    gold_dates: bool = typer.Option(
        False, "--gold-dates", help="Give articles whose text has no date the gold file's publication date."
    ),
    infer_dates: bool = typer.Option(
        True, "--infer-dates/--no-infer-dates", help="Date undated articles by inference, as ingest does."
    ),
    show_errors: bool = typer.Option(False, "--show-errors", help="List every missed and spurious figure."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object."),
    sides: list[str] = typer.Option([], "--sides", metavar="FILE", help="Extra side table, as for ingest."),
) -> None:
    """Ingest annotated articles into a scratch database and print precision, recall and F1.

    Nothing is written to your database. Scoring follows ../shared/eval/score.py: loose
    matches metric and value, strict also side and population.

    Example: casualties eval ../shared/gold/seeds.jsonl seeds/ --gold-dates --show-errors
    """
    from casualties.evaluation import run_eval  # the extractor loads only for this command
    from casualties.extract import load_config

    with cli_errors():
        result = run_eval(
            gold, paths, gold_dates=gold_dates, infer_dates=infer_dates, extractor_config=load_config(sides)
        )
    if show_errors:
        for kind, doc, fig in result.errors:
            keep = {k: fig.get(k) for k in ("metric", "side", "population", "value", "qualifier", "cue", "evidence")}
            typer.echo(f"{kind:8} {doc}: {json.dumps({k: v for k, v in keep.items() if v is not None})[:300]}")
    typer.echo(json.dumps(result.as_dict()) if as_json else result.report())
