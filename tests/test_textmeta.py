"""The header/footer date finder, agency and title detection on plain-text articles."""

from __future__ import annotations

import datetime as dt

import pytest

from casualties.textmeta import find_agency, find_published, find_published_with_rule, find_title, parse_date

D = dt.date
BODY = "Shelling killed 4 people in the town overnight, officials said.\n\nAid groups warned of more displacement."

# (id, text, expected date, expected rule)
FOUND = [
    ("updated-footer-12h", f"Headline\n\n{BODY}\n\nUpdated: May 15, 2024, 5:57 PM", D(2024, 5, 15), "updated"),
    ("updated-footer-abbr", f"Headline\n\n{BODY}\n\nUpdated: Apr 08, 2024, 9:52 AM", D(2024, 4, 8), "updated"),
    ("updated-time-first", f"Headline\nUpdated 4:12 PM EDT, Tue April 1, 2025\n{BODY}", D(2025, 4, 1), "updated"),
    ("published-time-first", f"Headline\nPublished 10:05 am, 3 May 2025\n{BODY}", D(2025, 5, 3), "published"),
    ("published-weekday-dmy", f"Headline\nPublished: Sun 22 Oct 2023\n\n{BODY}", D(2023, 10, 22), "published"),
    ("published-no-colon", f"Headline\nPublished 22 October 2023\n{BODY}", D(2023, 10, 22), "published"),
    (
        "published-on-ordinal",
        f"Headline\nPosted on Wednesday, 15th May 2024 at 10:20 GMT\n{BODY}",
        D(2024, 5, 15),
        "published",
    ),
    ("published-mdy-dot", f"Headline\nPublished Sept. 5, 2023 11:02 a.m. ET\n{BODY}", D(2023, 9, 5), "published"),
    (
        "published-after-byline",
        f"Headline\nBy Amina Yusuf | Published March 9, 2024\n{BODY}",
        D(2024, 3, 9),
        "published",
    ),
    ("published-iso-time", f"Headline\nPublished: 2024-02-29T08:15:00Z\n{BODY}", D(2024, 2, 29), "published"),
    ("first-published", f"Headline\n{BODY}\nFirst published on 1 June 2022", D(2022, 6, 1), "published"),
    (
        "published-beats-updated",
        f"Headline\nUpdated: 3 Jan 2024\nPublished: 1 Jan 2024\n{BODY}",
        D(2024, 1, 1),
        "published",
    ),
    (
        "date-token-at-start",
        f" date 2024-05-15 A delegation met officials in Sanaa. {BODY}",
        D(2024, 5, 15),
        "date-token",
    ),
    ("date-label-line", f"Headline\nDate: 14 February 2024\n{BODY}", D(2024, 2, 14), "date-label"),
    ("last-updated", f"Headline\n{BODY}\nLast updated on July 4, 2023", D(2023, 7, 4), "updated"),
    (
        "dateline-reuters",
        f"Headline\nKYIV, March 3, 2024 (Reuters) - Russian drones struck Odesa overnight.\n{BODY}",
        D(2024, 3, 3),
        "dateline",
    ),
    (
        "dateline-two-word-place",
        f"Headline\nPORT-AU-PRINCE, Haiti, Feb 2, 2024 (AP) — Gangs attacked a police station.\n{BODY}",
        D(2024, 2, 2),
        "dateline",
    ),
    (
        "dateline-day-first",
        f"GOMA, 12 January 2024 - Fighting near the city displaced thousands.\n{BODY}",
        D(2024, 1, 12),
        "dateline",
    ),
    ("bare-date-line-top", f"Headline\n15 May 2024\n{BODY}", D(2024, 5, 15), "date-line"),
    (
        "date-led-wire",
        f"Headline\nAugust 10, 2024 11:40 AM GMT+3 Updated 3 hours ago\n{BODY}",
        D(2024, 8, 10),
        "date-led-line",
    ),
    ("dateline-two-cities", f"Headline\nNairobi/Port Sudan, 14 April 2025 - {BODY}", D(2025, 4, 14), "dateline"),
    ("dateline-dash-date", f"Headline\nRawalpindi - May 8, 2025\n{BODY}", D(2025, 5, 8), "dateline-dash"),
    (
        "dateline-agency-dash-weekday-date",
        f"Headline\nADDIS ABABA (AFP) – Wednesday, August 16, 2023 - {BODY}",
        D(2023, 8, 16),
        "dateline-dash",
    ),
    ("piped-label", f"Headline\nStatement | 3 Apr 2025\n{BODY}", D(2025, 4, 3), "piped-date"),
    ("piped-byline", f"Headline\nby Jane Doe | 20 November 2024\n{BODY}", D(2024, 11, 20), "piped-date"),
    ("date-then-updated-time", f"Headline\nJune 16, 2025 Updated 7:05 am\n{BODY}", D(2025, 6, 16), "date-led-line"),
    ("date-pipe-time", f"Headline\nOctober 4, 2024 | 11:20\n{BODY}", D(2024, 10, 4), "date-led-line"),
    ("issued-on-numeric", f"Headline\nIssued on: 14/02/2025 - 16:05\n{BODY}", D(2025, 2, 14), "published"),
    ("updated-time-zone-offset", f"Headline\nUpdated 3:42 PM GMT+3, April 18, 2025\n{BODY}", D(2025, 4, 18), "updated"),
    ("date-led-read-time", f"Headline\nFebruary 11, 2025 10:02 AM 3 min read\n{BODY}", D(2025, 2, 11), "date-led-line"),
    ("date-led-section", f"Headline\n4 February 2025 Peace and Security\n{BODY}", D(2025, 2, 4), "date-led-line"),
    ("bare-date-line-footer", f"Headline\n{BODY}\nMonday, November 6, 2023 14:05", D(2023, 11, 6), "date-line"),
    (
        "iso-in-header-line",
        f"Headline\nThe Daily Wire Desk | 2023-12-01 | World\n{BODY}",
        D(2023, 12, 1),
        "iso-in-header",
    ),
    ("front-matter-date", "---\ntitle: Cholera in Aden\ndate: 2024-02-01\n---\n" + BODY, D(2024, 2, 1), "date-label"),
    ("front-matter-published", "---\npublished: 2023-11-30T09:00:00Z\n---\n" + BODY, D(2023, 11, 30), "published"),
    ("crlf-already-normalised", "Headline\nPublished: 2 March 2023\n" + BODY, D(2023, 3, 2), "published"),
    ("markdown-bold-date-line", f"# Headline\n\n**February 19, 2025**\n\n{BODY}", D(2025, 2, 19), "date-line"),
    ("markdown-italic-published", f"# Headline\n\n*Published 3 March 2025*\n\n{BODY}", D(2025, 3, 3), "published"),
    ("middle-dot-section", f"Headline\nFebruary 19, 2025 \u00b7 Explainer\n{BODY}", D(2025, 2, 19), "date-led-line"),
    (
        "middle-dot-time-and-update",
        f"Headline\nBy Jane Doe\nJune 22, 2024 \u00b7 6:48 PM GMT+3 \u00b7 Updated 2 hours ago\n{BODY}",
        D(2024, 6, 22),
        "date-led-line",
    ),
]


@pytest.mark.parametrize(("text", "date", "rule"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_finds_publication_date(text: str, date: dt.date, rule: str) -> None:
    assert find_published_with_rule(text) == (date, rule)


NOT_FOUND = [
    ("event-date-in-body", "Headline\nThe war began on October 7, 2023, when gunmen crossed the fence.\n" + BODY),
    ("event-date-mid-sentence", "Headline\n" + BODY + "\nHe said the strike on 3 March 2024 killed 12."),
    ("dateline-without-year", "Headline\nBEIRUT, Oct 12 (AFP) - Israeli shelling hit a village.\n" + BODY),
    ("published-inside-sentence", "Headline\nThe report, published on March 3, 2024, counted 40 dead.\n" + BODY),
    ("impossible-date", "Headline\nPublished: 31 February 2024\n" + BODY),
    ("no-date-at-all", "Headline\n" + BODY),
    ("updated-deep-in-body", "Headline\n" + "\n".join(f"Paragraph {i} about Khartoum." for i in range(30))
     + "\nUpdated: May 1, 2024\n" + "\n".join(f"More text {i} on Darfur." for i in range(30))),
    ("long-line-with-published", "Headline\nPublished " + "x" * 200 + " May 1, 2024\n" + BODY),
    ("year-only", "Headline\n2024\n" + BODY),
    ("place-dash-event-date", "Headline\nGaza - October 7, 2023 was the day the war began, officials said.\n" + BODY),
]  # fmt: skip


@pytest.mark.parametrize("text", [c[1] for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND])
def test_no_publication_date(text: str) -> None:
    assert find_published(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2024-05-15", D(2024, 5, 15)),
        ("May 15, 2024", D(2024, 5, 15)),
        ("15 May 2024", D(2024, 5, 15)),
        ("Wed, 15 May 2024", D(2024, 5, 15)),
        ("Thursday, Dec. 7 2023", D(2023, 12, 7)),
        ("1st of June 2021", D(2021, 6, 1)),
        ("Oct 12", None),
        ("2023-02-30", None),
        ("Smarch 3, 2020", None),
    ],
)
def test_parse_date(text: str, date: dt.date | None) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Lebanon's Hezbollah chief meets officials\n— Beirut (AFP)\n\nSenior officials met.", "AFP"),
        ("KYIV, March 3, 2024 (Reuters) - Drones hit Odesa.", "Reuters"),
        ("KHARTOUM, Sudan (AP) — Paramilitary forces shelled a camp.", "AP"),
        ("Headline\nThe leader, Hassan Nasrallah (R), met the delegation.", None),
        ("Headline\nAccording to Iran state media IRNA, the talks went well.", None),
    ],
    ids=["dash-place-afp", "dateline-reuters", "place-country-ap", "photo-caption-letter", "agency-in-body"],
)
def test_find_agency(text: str, agency: str | None) -> None:
    assert find_agency(text) == agency


@pytest.mark.parametrize(
    ("text", "markdown", "title"),
    [
        ("Skip to main content\n\nGaza strike kills 9\n\nBody.", False, "Gaza strike kills 9"),
        ("# Floods displace 3,000 in Myanmar\n\nBody text.", True, "Floods displace 3,000 in Myanmar"),
        ("\n\n  Shelling in Kharkiv  \nBody", False, "Shelling in Kharkiv"),
        (" date 2024-05-15 A delegation met in Sanaa. More words follow here.", False, "A delegation met in Sanaa."),
        ("word " * 100, False, ("word " * 100)[:200].rsplit(" ", 1)[0] + "…"),
        ('---\ntitle: "Cholera spreads in Aden"\ndate: 2024-02-01\n---\n\nBody.', True, "Cholera spreads in Aden"),
        ("---\nlayout: post\n---\n# Drone strike on Kharkiv\n\nBody.", True, "Drone strike on Kharkiv"),
    ],
    ids=[
        "skips-chrome",
        "markdown-hash",
        "strips-space",
        "drops-date-token",
        "long-first-line-cut",
        "front-matter-title",
        "front-matter-skipped",
    ],
)
def test_find_title(text: str, markdown: bool, title: str) -> None:
    assert find_title(text, markdown=markdown) == title
