"""The figure record: one number a text reports about people or projectiles.

This is the contract between the extractor (which makes them), the store
(which writes them) and the export (which the accuracy scripts read).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

import pint

from casualties.vocab import (
    METRICS,
    POPULATIONS,
    QUALIFIERS,
    SCOPES,
    UNITS,
    is_side_slug,
    unit_for,
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported figure with its meaning and its provenance in the article text.

    ``span`` is the character span of the number's surface text (``surface``)
    in the article text; ``evidence_span`` is the span of the sentence that
    states it (``evidence``). Both index the text the extractor was given.
    """

    metric: str
    value: int | None
    side: str = "unknown"
    population: str = "all"
    qualifier: str = "exact"
    high: int | None = None
    scope: str = "total"
    as_of: dt.date | None = None
    reported_by: str | None = None
    unit: str = "person"
    evidence: str = ""
    span: tuple[int, int] = (0, 0)
    evidence_span: tuple[int, int] = (0, 0)
    surface: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def quantity(self, registry: pint.UnitRegistry) -> pint.Quantity:
        """The value in its count unit: adding people to projectiles raises pint.DimensionalityError."""
        return registry.Quantity(self.value if self.value is not None else 0, self.unit)

    def to_record(self) -> dict[str, Any]:
        """Plain JSON-ready dict with the FIGURES.md field names."""
        rec = asdict(self)
        rec.pop("extra")
        rec["as_of"] = self.as_of.isoformat() if self.as_of else None
        rec["span"] = list(self.span)
        rec["evidence_span"] = list(self.evidence_span)
        return rec


def contract_errors(fig: Figure, text: str | None = None) -> list[str]:
    """Everything about ``fig`` that breaks FIGURES.md; empty when it is valid.

    With ``text``, also checks that the spans point at the surface and evidence.
    """
    errors: list[str] = []
    if fig.metric not in METRICS:
        errors.append(f"metric {fig.metric!r} not in {METRICS}")
    if fig.population not in POPULATIONS:
        errors.append(f"population {fig.population!r} not in {POPULATIONS}")
    if fig.qualifier not in QUALIFIERS:
        errors.append(f"qualifier {fig.qualifier!r} not in {QUALIFIERS}")
    if fig.scope not in SCOPES:
        errors.append(f"scope {fig.scope!r} not in {SCOPES}")
    if fig.unit not in UNITS or fig.unit != unit_for(fig.metric):
        errors.append(f"unit {fig.unit!r} does not fit metric {fig.metric!r}")
    if not is_side_slug(fig.side):
        errors.append(f"side {fig.side!r} is not a lower-case slug")
    if fig.value is not None and (not isinstance(fig.value, int) or fig.value < 0):
        errors.append(f"value {fig.value!r} is not a non-negative int")
    if fig.qualifier == "range":
        if fig.high is None or fig.value is None or fig.high < fig.value:
            errors.append(f"range needs value <= high, got {fig.value!r}..{fig.high!r}")
    elif fig.high is not None:
        errors.append("high is only for qualifier 'range'")
    if fig.reported_by is not None and (not fig.reported_by.strip() or fig.reported_by != fig.reported_by.lower()):
        errors.append(f"reported_by {fig.reported_by!r} must be lower case and non-empty")
    start, end = fig.span
    if not 0 <= start <= end:
        errors.append(f"bad span {fig.span}")
    if text is not None:
        if text[start:end] != fig.surface:
            errors.append(f"span {fig.span} does not point at surface {fig.surface!r}")
        es, ee = fig.evidence_span
        if text[es:ee] != fig.evidence:
            errors.append(f"evidence_span {fig.evidence_span} does not point at the evidence")
        if not (es <= start and end <= ee):
            errors.append("surface lies outside its evidence sentence")
    return errors
