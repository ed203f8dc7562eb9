# ruff: noqa: E501  (case texts are data)
"""scope: a running toll of the conflict (total) versus one attack, day or window (event)."""

from . import case, fig

CASES = [
    case(
        "west-bank-scope-since-october-7",
        "Israeli forces and settlers have killed more than 800 Palestinians in the West Bank since October 7.",
        "2025-01-15",
        fig("killed", 800, "west-bank", qualifier="lower", scope="total", as_of="2025-01-15"),
    ),
    case(
        "sudan-scope-so-far",
        "The siege of El Fasher has so far killed 782 civilians, the UN said.",
        "2024-09-13",
        fig("killed", 782, "sudan", population="civilians", scope="total", reported_by="un"),
    ),
    case(
        "ukraine-scope-since-the-war-began",
        "More than 12,000 civilians have been killed in Ukraine since the war began, UN monitors say.",
        "2024-11-19",
        fig(
            "killed",
            12000,
            "ukraine",
            population="civilians",
            qualifier="lower",
            scope="total",
            reported_by="un monitors",
        ),
    ),
    case(
        "gaza-scope-death-toll-has-risen-to",
        "The death toll from Israel's offensive in Gaza has risen to 37,000, the health ministry said.",
        "2024-06-14",
        fig("killed", 37000, "gaza", scope="total", as_of="2024-06-14", reported_by="health ministry"),
    ),
    case(
        "ukraine-scope-in-total",
        "In total, 1,600 Ukrainian children have been injured since February 2022, the UN children's agency says.",
        "2024-06-01",
        fig(
            "injured",
            1600,
            "ukraine",
            population="children",
            scope="total",
            reported_by=("un children's agency", "unicef"),
        ),
    ),
    case(
        "ukraine-scope-in-the-strike-on-tuesday",
        "Seven people were killed in the strike on Tuesday on a residential building in Zaporizhzhia.",
        "2024-10-03",
        fig("killed", 7, "ukraine", scope="event", as_of="2024-10-01"),
    ),
    case(
        "gaza-scope-past-24-hours",
        "Israeli strikes killed 52 people in Gaza in the past 24 hours, the health ministry said.",
        "2024-07-23",
        fig("killed", 52, "gaza", scope="event", as_of="2024-07-23", reported_by="health ministry"),
    ),
    case(
        "sudan-scope-drone-attack-on-market",
        "A drone attack on a market in the town of Mellit, in North Darfur, killed 54 people.",
        "2025-04-08",
        fig("killed", 54, "sudan", scope="event"),
    ),
    case(
        "gaza-scope-event-and-total-same-sentence",
        "Israeli strikes across Gaza killed 40 people on Tuesday, bringing the death toll since October 7 to 42,344, the ministry said.",
        "2024-10-15",
        fig("killed", 40, "gaza", scope="event", as_of="2024-10-15", reported_by="ministry"),
        fig("killed", 42344, "gaza", scope="total", as_of="2024-10-15", reported_by="ministry"),
    ),
    case(
        "sudan-scope-war-in-third-year",
        "Sudan's war, now in its third year, has killed tens of thousands of people.",
        "2025-04-15",
        # "third year" is an ordinal, not a figure.
        fig("killed", 20000, "sudan", qualifier="lower", scope="total"),
    ),
    case(
        "ukraine-scope-historic-station-strike",
        "The missile strike on Kramatorsk railway station in April 2022 killed 61 people.",
        "2024-04-08",
        # One attack in the past -> event; its exact day is not in the text, so as_of is not checked.
        fig("killed", 61, "ukraine", scope="event"),
    ),
    case(
        "sudan-scope-two-day-assault",
        "At least 130 people were killed during the two-day assault on the town by RSF fighters, the Sudan Doctors Network said.",
        "2024-10-27",
        fig("killed", 130, "sudan", qualifier="lower", scope="event", reported_by="sudan doctors network"),
    ),
    case(
        "lebanon-scope-cumulative-toll",
        "The cumulative death toll in Lebanon stands at 3,583, the health ministry said.",
        "2024-11-28",
        fig("killed", 3583, "lebanon", scope="total", reported_by="health ministry"),
    ),
    case(
        "russia-scope-war-has-killed-soldiers",
        "Independent Russian media have confirmed the deaths of 95,000 Russian soldiers since the invasion of Ukraine.",
        "2025-02-21",
        fig("killed", 95000, "russia", population="combatants", scope="total", reported_by="independent russian media"),
    ),
    case(
        "israel-scope-hostages-remain",
        "Fifty-nine hostages remain in Gaza, Israeli officials say.",
        "2025-03-20",
        fig("hostages", 59, "israel", scope="total", reported_by="israeli officials"),
    ),
    case(
        "gaza-scope-latest-wave",
        "The latest wave of Israeli strikes on Gaza City killed 28 people, rescuers said.",
        "2025-05-13",
        fig("killed", 28, "gaza", scope="event", reported_by="rescuers"),
    ),
    case(
        "syria-scope-since-2011",
        "The Syrian conflict has killed more than 500,000 people since it began in 2011.",
        "2024-12-08",
        fig("killed", 500000, "syria", qualifier="lower", scope="total"),
    ),
    # No cue at all: a bare count of dead, wounded, detained or captives reports one incident; people
    # displaced, missing or evacuated are a lasting state, a count of them stands.
    case(
        "ukraine-scope-bare-count-is-an-incident",
        "A guided bomb killed one man and wounded three people in Zaporizhzhia, the regional governor said.",
        "2025-05-23",
        fig("killed", 1, "ukraine", scope="event", reported_by="regional governor"),
        fig("injured", 3, "ukraine", scope="event", reported_by="regional governor"),
    ),
    case(
        "sudan-scope-bare-arrests-are-an-incident",
        "Police in Khartoum arrested 45 protesters, a lawyers' group said.",
        "2025-02-10",
        fig("detained", 45, "sudan", scope="event", reported_by="lawyers' group"),
    ),
    case(
        "mozambique-scope-displaced-is-a-state",
        "About 12,000 people fled their villages in Cabo Delgado, Mozambique, local officials said.",
        "2024-06-12",
        fig("displaced", 12000, "mozambique", qualifier="approx", scope="total", reported_by="local officials"),
    ),
    case(
        "nigeria-scope-abducting-is-the-act",
        "Gunmen stormed a school in Kaduna state, killing a teacher and abducting 287 villagers, police said.",
        "2024-03-08",
        fig("hostages", 287, "nigeria", scope="event", reported_by="police"),
    ),
    case(
        "ukraine-scope-in-captivity-stands",
        "More than 8,000 Ukrainians are in Russian captivity, the ombudsman said.",
        "2025-01-20",
        fig("detained", 8000, "ukraine", qualifier="lower", scope="total", reported_by="ombudsman"),
    ),
    case(
        "myanmar-scope-are-displaced-stands",
        "Nearly 3.5 million people are internally displaced across Myanmar, the UN says.",
        "2025-04-02",
        fig("displaced", 3500000, "myanmar", qualifier="upper", scope="total", reported_by="un"),
    ),
    case(
        "sudan-scope-have-also-been-killed",
        "At least 80 aid workers have also been killed in Sudan, the UN said.",
        "2025-08-19",
        fig("killed", 80, "sudan", population="aid_workers", qualifier="lower", scope="total", reported_by="un"),
    ),
    case(
        "somalia-scope-bringing-the-number-to-is-the-toll",
        "Two more children died of cholera in Baidoa on Sunday, bringing the number of cholera deaths in the region to 87, the health ministry said.",
        "2025-04-07",
        fig(
            "killed",
            2,
            "somalia",
            population="children",
            scope="event",
            as_of="2025-04-06",
            reported_by="health ministry",
        ),
        fig("killed", 87, "somalia", scope="total", reported_by="health ministry"),
    ),
    case(
        "israel-scope-bringing-to-n-the-number",
        "A reservist was killed in southern Lebanon, bringing to 41 the number of Israeli soldiers killed since the ground operation began.",
        "2024-11-02",
        fig("killed", 41, "israel", population="combatants", scope="total"),
    ),
    case(
        "sudan-scope-more-deaths-before-a-bringing-clause",
        "Doctors in El Obeid said 16 more people had died of their wounds, raising the toll from the shelling of the market to 61.",
        "2025-07-30",
        fig("killed", 16, "sudan", scope="event", reported_by="doctors"),
        fig("killed", 61, "sudan", scope="event", reported_by="doctors"),
    ),
]
