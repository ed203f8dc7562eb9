"""Command-line interface: a thin client of the library.

Each submodule registers its commands on the shared Typer ``app``.
"""

from __future__ import annotations

from casualties.cli import core, db_cmd, eval_cmd, trends  # noqa: F401  (register commands)
from casualties.cli.app import app


def main() -> None:
    app()
