"""Exceptions the library raises; the CLI maps each to a clean one-line error."""

from __future__ import annotations


class CasualtiesError(Exception):
    """Base of every error a user can cause (bad input, bad query, unreachable database)."""


class InputError(CasualtiesError):
    """An input file or text that cannot be ingested (empty, binary, too large, undecodable...)."""


class QueryError(CasualtiesError):
    """A query that is refused or fails (a write in read-only SQL, a time limit hit...)."""


class DatabaseError(CasualtiesError):
    """A database that cannot be reached, opened or migrated."""


class VocabularyError(CasualtiesError):
    """A value outside a FIGURES.md vocabulary (metric, side, population...)."""
