"""Known misses: patterns the extractor does not handle yet. Each is xfail(strict=True), so a fix
shows up as an unexpected pass and the mark must then be removed."""

from . import case, fig

CASES = [
    case(
        "russia-governor-known-only-by-name",
        "Governor Alexei Smirnov said 12 civilians had been killed since the incursion began.",
        "2024-08-12",
        fig("killed", 12, "russia", population="civilians"),
        xfail="the side needs world knowledge (Smirnov governs Kursk); the text names no place",
    ),
    case(
        "lebanon-wounded-who-later-died",
        "Two of the wounded, both children, later died in hospital in Sidon.",
        "2024-10-02",
        fig("killed", 2, "lebanon", population="children"),
        xfail="'of the wounded ... died' counts deaths; the noun's metric wins over the verb",
    ),
]
