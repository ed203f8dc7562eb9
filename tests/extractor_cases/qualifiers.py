# ruff: noqa: E501  (case texts are data; long sentences stay on one line where possible)
"""Qualifier cue words (FIGURES.md table): lower, upper, approx bounds around the number."""

from . import DRC, case, fig

CASES = [
    case(
        "ukraine-at-least-kramatorsk",
        "At least 12 people were killed when a Russian missile struck a hotel in Kramatorsk on Tuesday, Ukrainian "
        "officials said.",
        "2024-10-02",
        fig("killed", 12, "ukraine", qualifier="lower", scope="event", as_of="2024-10-01"),
    ),
    case(
        "sudan-more-than-el-obeid",
        "More than 40 people were killed in clashes between the army and the RSF in Sudan's El Obeid, medics said.",
        "2024-08-03",
        fig("killed", 40, "sudan", qualifier="lower", reported_by="medics"),
    ),
    case(
        "iran-over-arrested",
        "Iranian authorities have arrested over 700 people accused of spying for Israel, rights groups say.",
        "2025-07-02",
        fig("detained", 700, "iran", qualifier="lower", reported_by="rights groups"),
    ),
    case(
        "lebanon-exceeds-displaced",
        "The number of people displaced in Lebanon now exceeds 1.2 million, the government said.",
        "2024-10-07",
        fig("displaced", 1200000, "lebanon", qualifier="lower", scope="total", reported_by="government"),
    ),
    case(
        "gaza-passed-40000",
        "The death toll in Gaza passed 40,000 on Thursday, according to the territory's health ministry.",
        "2024-08-15",
        fig(
            "killed", 40000, "gaza", qualifier="lower", scope="total", as_of="2024-08-15", reported_by="health ministry"
        ),
    ),
    case(
        "west-bank-crossed-700",
        "The number of Palestinians killed in the West Bank since October 2023 has crossed 700, the Palestinian "
        "health ministry said.",
        "2024-11-05",
        fig("killed", 700, "west-bank", qualifier="lower", scope="total", reported_by="palestinian health ministry"),
    ),
    case(
        "lebanon-upwards-of-fighters",
        "Upwards of 500 Hezbollah fighters have been killed since the group began attacking Israel last October.",
        "2024-09-10",
        fig("killed", 500, "lebanon", population="combatants", qualifier="lower", scope="total"),
    ),
    case(
        "gaza-up-to-under-rubble",
        "Up to 300 people may still be trapped under the rubble in Khan Younis, civil defence officials said.",
        "2024-04-09",
        fig("missing", 300, "gaza", qualifier="upper", reported_by="civil defence"),
    ),
    case(
        "sudan-fewer-than-evacuated",
        "Fewer than 100 people were evacuated from El Fasher before the last road out of the city was cut.",
        "2024-05-21",
        fig("evacuated", 100, "sudan", qualifier="upper"),
    ),
    case(
        "ethiopia-less-than-soldiers-wounded",
        "The army said less than 10 soldiers were wounded in the ambush in Ethiopia's Amhara region.",
        "2023-09-12",
        fig("injured", 10, "ethiopia", population="combatants", qualifier="upper", reported_by="army"),
    ),
    case(
        "haiti-almost-2000",
        "Almost 2,000 people have been killed in gang violence in Haiti since January, the UN said.",
        "2024-04-05",
        fig("killed", 2000, "haiti", qualifier="upper", reported_by="un"),
    ),
    case(
        "gaza-nearly-journalists",
        "Nearly 130 journalists have been killed in Gaza since the war began, the Committee to Protect Journalists "
        "says.",
        "2024-11-13",
        fig(
            "killed",
            130,
            "gaza",
            population="journalists",
            qualifier="upper",
            scope="total",
            reported_by=("committee to protect journalists", "cpj"),
        ),
    ),
    case(
        "lebanon-close-to-3000",
        "Close to 3,000 people have been killed in Lebanon since the cross-border hostilities began.",
        "2024-11-12",
        fig("killed", 3000, "lebanon", qualifier="upper", scope="total", reported_by=None),
    ),
    case(
        "ukraine-about-drones",
        "Russia launched about 50 drones against Ukraine overnight, the Ukrainian air force said.",
        "2024-08-20",
        fig("projectiles", 50, "russia", qualifier="approx", reported_by="ukrainian air force"),
    ),
    case(
        "west-bank-around-detained",
        "Israeli forces detained around 200 Palestinians in overnight raids across the West Bank, the Palestinian "
        "Prisoners' Society said.",
        "2024-01-16",
        fig("detained", 200, "west-bank", qualifier="approx", reported_by="palestinian prisoners' society"),
    ),
    case(
        "ethiopia-some-displaced-amhara",
        "Some 90,000 people have been displaced by renewed fighting in Ethiopia's Amhara region, aid agencies said.",
        "2023-09-01",
        fig("displaced", 90000, "ethiopia", qualifier="approx", reported_by="aid agencies"),
    ),
    case(
        "ukraine-roughly-pows",
        "Roughly 1,700 Ukrainian soldiers are held as prisoners of war in Russia.",
        "2024-06-27",
        # prisoners of war = prisoners taken -> detained; they are Ukrainian soldiers -> ukraine, combatants.
        fig("detained", 1700, "ukraine", population="combatants", qualifier="approx"),
    ),
    case(
        "israel-approximately-hostages-oct7",
        "Approximately 250 people were taken hostage during the Hamas attack on October 7.",
        "2024-01-10",
        fig("hostages", 250, "israel", qualifier="approx", scope="event", as_of="2023-10-07"),
    ),
    case(
        "sudan-an-estimated-150000",
        "An estimated 150,000 people have been killed in Sudan's war, according to the US special envoy.",
        "2024-05-20",
        fig("killed", 150000, "sudan", qualifier="approx", scope="total", reported_by="us special envoy"),
    ),
    case(
        "nigeria-no-fewer-than",
        "No fewer than 18 people died in the suicide bombing at a wedding in Gwoza, in northeastern Nigeria.",
        "2024-06-30",
        fig("killed", 18, "nigeria", qualifier="lower", scope="event"),
    ),
    case(
        "myanmar-as-many-as",
        "As many as 40 people were killed when junta jets bombed a monastery in Myanmar's Sagaing region.",
        "2025-07-12",
        # "as many as" bounds from above like "up to".
        fig("killed", 40, "myanmar", qualifier="upper", scope="event"),
    ),
    case(
        "gaza-more-than-a-dozen",
        "More than a dozen Palestinians were killed in Israeli strikes on Jabalia on Saturday.",
        "2024-10-20",
        fig("killed", 12, "gaza", qualifier="lower", scope="event", as_of="2024-10-19"),
    ),
    case(
        "yemen-at-least-spelled",
        "At least seven people were killed in US air strikes on Yemen's port of Ras Isa, Houthi media said.",
        "2025-04-18",
        fig("killed", 7, "yemen", qualifier="lower", reported_by="houthi media"),
    ),
    case(
        "syria-just-over",
        "Just over 600 people have been killed in the fighting in Syria's Sweida province, a monitor said.",
        "2025-07-19",
        fig("killed", 600, "syria", qualifier="lower", reported_by="monitor"),
    ),
    case(
        "drc-at-most",
        "Local officials said at most 15 civilians had been killed in the rebel raid on the village near Beni in eastern Congo.",
        "2024-02-20",
        fig("killed", 15, DRC, population="civilians", qualifier="upper", reported_by="local officials"),
    ),
    case(
        "somalia-quoted-qualifier",
        'Al-Shabaab said its fighters killed "more than 30" government soldiers near Mogadishu.',
        "2024-06-05",
        fig("killed", 30, "somalia", population="combatants", qualifier="lower", reported_by="al-shabaab"),
    ),
    case(
        "turkey-qualifiers-up-to-after-a-toll-is-no-toll-link",
        "At least 30 people were wounded, the governor said, adding that up to eight people could still be trapped under the rubble.",
        "2025-02-07",
        fig("injured", 30, "unknown", qualifier="lower", reported_by="governor"),
        fig("missing", 8, "unknown", qualifier="upper", reported_by="governor"),
    ),
]
