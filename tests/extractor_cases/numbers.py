# ruff: noqa: E501  (case texts are data)
"""Number forms: separators, millions, spelled-out numbers, vague words, ranges, "N+"."""

from . import DRC, case, fig

CASES = [
    case(
        "gaza-number-spelled-with-digits-in-brackets",
        "Martyred were fourteen (14) citizens, among them five children, when aircraft bombed a house in Nuseirat camp.",
        "2024-08-14",
        # "fourteen (14)" is one number; "Martyred were" fronts the verb
        fig("killed", 14, "gaza", scope="event"),
        fig("killed", 5, "gaza", population="children", scope="event"),
    ),
    case(
        "drc-number-bracketed-digits-keep-qualifier-and-noun",
        "At least eighteen (18) civilians were killed on Tuesday night in an ADF incursion in Lubero territory.",
        "2024-06-13",
        fig("killed", 18, DRC, population="civilians", qualifier="lower", scope="event", as_of="2024-06-11"),
    ),
    case(
        "gaza-digits-comma-since-oct7",
        "The health ministry in Gaza said 35,200 people had been killed in the territory since October 7.",
        "2024-05-15",
        fig("killed", 35200, "gaza", scope="total", as_of="2024-05-15", reported_by="gaza health ministry"),
    ),
    case(
        "ukraine-digits-plain-space-civilian-deaths",
        "The UN human rights office has verified 12 340 civilian deaths in Ukraine since the full-scale invasion.",
        "2024-11-19",
        fig("killed", 12340, "ukraine", population="civilians", scope="total", reported_by="un human rights office"),
    ),
    case(
        "myanmar-digits-narrow-nbsp-detained",
        "Myanmar's military has detained more than 27\u202f000 people since the 2021 coup, according to the "
        "Assistance Association for Political Prisoners.",
        "2024-12-02",
        fig(
            "detained",
            27000,
            "myanmar",
            qualifier="lower",
            scope="total",
            reported_by=("assistance association for political prisoners", "aapp"),
        ),
    ),
    case(
        "haiti-digits-nbsp-some",
        "Some 5\u00a0600 people were killed in gang violence across Haiti last year, the United Nations said.",
        "2025-01-08",
        fig("killed", 5600, "haiti", qualifier="approx", reported_by=("un", "united nations")),
    ),
    case(
        "syria-four-digits-no-separator",
        "The Syrian Observatory for Human Rights said 1383 people, most of them Alawite civilians, were killed in "
        "the violence on the coast.",
        "2025-03-10",
        # "most of them Alawite civilians" has no number: one figure, population all.
        fig("killed", 1383, "syria", reported_by="syrian observatory for human rights"),
    ),
    case(
        "gaza-decimal-million-displaced",
        "Nearly 1.9 million people in Gaza have been displaced, UNRWA says.",
        "2024-02-12",
        fig("displaced", 1900000, "gaza", qualifier="upper", scope="total", reported_by="unrwa"),
    ),
    case(
        "sudan-m-suffix-refugees",
        "The war has forced 2.3m Sudanese to flee across the border into Chad, Egypt and South Sudan.",
        "2024-04-15",
        fig("displaced", 2300000, "sudan", scope="total", reported_by=None),
    ),
    case(
        "sudan-decimal-million-more-than",
        "More than 11.5 million people are now internally displaced in Sudan, the International Organization for "
        "Migration says.",
        "2024-12-10",
        fig(
            "displaced",
            11500000,
            "sudan",
            qualifier="lower",
            reported_by=("international organization for migration", "iom"),
        ),
    ),
    case(
        "ukraine-spelled-four-kharkiv",
        "Four people were killed when a Russian glide bomb hit a supermarket in Kharkiv on Saturday, the regional "
        "governor said.",
        "2024-05-26",
        fig("killed", 4, "ukraine", scope="event", as_of="2024-05-25", reported_by=("regional governor", "governor")),
    ),
    case(
        "sudan-spelled-twenty-three",
        "Twenty-three people were killed when shells hit a crowded market in Omdurman, medics said.",
        "2024-06-02",
        fig("killed", 23, "sudan", scope="event", reported_by="medics"),
    ),
    case(
        "libya-one-hundred-and-five",
        "In all, one hundred and five people were killed in three days of fighting between rival militias in "
        "Tripoli, Libya's health ministry said.",
        "2023-08-18",
        fig("killed", 105, "libya", reported_by=("libya's health ministry", "health ministry")),
    ),
    case(
        "burkina-a-dozen-soldiers",
        "A dozen soldiers were killed when militants stormed an army post in northern Burkina Faso.",
        "2024-06-14",
        # "a dozen" is a spelled-out 12, not a vague word: exact.
        fig("killed", 12, "burkina-faso", population="combatants"),
    ),
    case(
        "russia-two-dozen-wounded-belgorod",
        "Two dozen people were wounded in the shelling of Belgorod, Russian officials said.",
        "2024-05-13",
        fig("injured", 24, "russia", reported_by="russian officials"),
    ),
    case(
        "lebanon-a-hundred-rockets",
        "Hezbollah said it fired a hundred rockets at Israeli army positions on Friday.",
        "2024-07-06",
        fig("projectiles", 100, "lebanon", scope="event", as_of="2024-07-05", reported_by="hezbollah"),
    ),
    case(
        "sudan-vague-dozens-killed",
        "Dozens of people were killed in an air strike on a market in North Darfur state.",
        "2024-09-22",
        fig("killed", 24, "sudan", qualifier="lower"),
    ),
    case(
        "lebanon-vague-hundreds-injured",
        "Hundreds of people were injured across Lebanon when pagers carried by Hezbollah members exploded.",
        "2024-09-17",
        # The wounded are people across Lebanon, not only the Hezbollah members: population all.
        fig("injured", 200, "lebanon", qualifier="lower"),
    ),
    case(
        "drc-vague-thousands-fled",
        "Thousands have fled their homes in eastern Congo as M23 rebels advance on Goma.",
        "2025-01-25",
        fig("displaced", 2000, DRC, qualifier="lower"),
    ),
    case(
        "myanmar-vague-tens-of-thousands",
        "Tens of thousands of people have been displaced by fighting in Myanmar's Rakhine state.",
        "2024-03-20",
        fig("displaced", 20000, "myanmar", qualifier="lower"),
    ),
    case(
        "haiti-vague-hundreds-of-thousands",
        "Hundreds of thousands of Haitians have fled gang violence in and around Port-au-Prince.",
        "2024-06-20",
        # Not in FIGURES.md's list, but by its rule the smallest the words imply is 200,000.
        fig("displaced", 200000, "haiti", qualifier="lower"),
    ),
    case(
        "sudan-vague-scores-not-a-figure",
        "Scores of people were killed in the attack on the village, witnesses said.",
        "2024-06-06",
        # Decision: "scores" is not one of FIGURES.md's vague words (the gold also skips "several").
    ),
    case(
        "lebanon-vague-several-not-a-figure",
        "Several people were wounded in a drone strike on a car near Tyre, state media reported.",
        "2024-08-01",
        # "several" is not a FIGURES.md vague word (same decision as the seed gold).
    ),
    case(
        "gaza-range-between-and-missing",
        "Between 20 and 30 people are believed to be buried under the rubble of the building in Beit Lahia.",
        "2024-10-29",
        fig("missing", 20, "gaza", qualifier="range", high=30),
    ),
    case(
        "somalia-range-hyphen-militants",
        "The government said 20-30 militants were killed in the army's operation in central Somalia.",
        "2024-02-08",
        fig("killed", 20, "somalia", population="combatants", qualifier="range", high=30, reported_by="government"),
    ),
    case(
        "myanmar-range-to-people",
        "A junta air strike killed 15 to 20 people in a village in Sagaing region, residents said.",
        "2024-04-11",
        fig("killed", 15, "myanmar", qualifier="range", high=20, reported_by="residents"),
    ),
    case(
        "ukraine-range-en-dash-drones",
        "Russia launched 40\u201350 drones at Odesa overnight, the air force said.",
        "2024-03-02",
        fig("projectiles", 40, "russia", qualifier="range", high=50, reported_by="air force"),
    ),
    case(
        "sudan-n-plus-civilians",
        "Activists say 300+ civilians were killed in the RSF assault on Zamzam camp.",
        "2025-04-14",
        fig("killed", 300, "sudan", population="civilians", qualifier="lower", scope="event", reported_by="activists"),
    ),
    case(
        "drc-half-a-million",
        "Half a million people have fled the fighting in North Kivu since January, aid agencies said.",
        "2024-05-30",
        # Decision: "half a million" is a spelled-out 500,000, exact.
        fig("displaced", 500000, DRC, reported_by="aid agencies"),
    ),
    case(
        "israel-spelled-one-soldier",
        "One Israeli soldier was killed and four were wounded in a Hezbollah drone attack on the Galilee, the army said.",
        "2024-06-06",
        fig("killed", 1, "israel", population="combatants", reported_by="army"),
        # "four were wounded" elides "soldiers": the wounded are soldiers too.
        fig("injured", 4, "israel", population="combatants", reported_by="army"),
    ),
    case(
        "gaza-more-than-two-dozen",
        "More than two dozen people were killed in Israeli strikes on the Mawasi area of southern Gaza.",
        "2024-07-14",
        fig("killed", 24, "gaza", qualifier="lower"),
    ),
    case(
        "ukraine-nearly-a-dozen-civilians",
        "Nearly a dozen civilians were wounded in the Russian shelling of Kherson.",
        "2024-05-22",
        fig("injured", 12, "ukraine", population="civilians", qualifier="upper"),
    ),
    case(
        "ukraine-digits-space-evacuated",
        "Some 40 000 residents have been evacuated from the Kharkiv region since May, regional officials said.",
        "2024-06-03",
        fig("evacuated", 40000, "ukraine", qualifier="approx", reported_by="regional officials"),
    ),
    case(
        "sudan-number-several-thousand-is-vague",
        "Several thousand Sudanese refugees have sought refuge at churches in Juba in South Sudan.",
        "2025-01-28",
        fig("displaced", 2000, "sudan", qualifier="lower"),
    ),
    case(
        "sudan-number-estimates-range-from",
        "Estimates of the death toll in the war range from 60,000 to 150,000.",
        "2025-05-01",
        fig("killed", 60000, "unknown", qualifier="range", high=150000, scope="total"),
    ),
    case(
        "ukraine-number-from-to-is-a-change-not-a-range",
        "In Odesa the number of wounded rose from 12 to 19 overnight, the governor said.",
        "2025-03-03",
        fig("injured", 19, "ukraine", qualifier="exact", reported_by="governor"),
    ),
    case(
        "somalia-numbers-hard-wrap-at-110-columns",
        "Puntland forces say their offensive in the Cal Miskaad mountains of the north has now killed between 150 and 200\n"
        "Islamic State fighters, most of them foreigners, and that the operation in the mountains will continue until\n"
        "the group is driven out of the last caves it holds near the port town of Bosaso, officials told reporters there.\n"
        "The regional president visited the front line on Sunday and promised the troops more supplies and also better\n"
        "pay as the fighting entered its third month, with no end in sight yet for the offensive against the militants.\n",
        "2025-03-03",
        fig("killed", 150, "somalia", population="combatants", qualifier="range", high=200, scope="total"),
    ),
    case(
        "ukraine-numbers-two-adjectives-joined-before-the-noun",
        "Russia launched 574 drones and 18 ballistic and cruise missiles at Lviv overnight, the air force said.",
        "2025-09-08",
        fig("projectiles", 574, "russia", reported_by="air force"),
        fig("projectiles", 18, "russia", reported_by="air force"),
    ),
]
