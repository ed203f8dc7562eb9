# ruff: noqa: E501  (case texts are data)
"""Attribution: who the text credits with the number (reported_by), or null for the article's own voice."""

from . import DRC, case, fig

CASES = [
    case(
        "ukraine-attribution-live-blog-speaker-label",
        "Kharkiv governor: 3 killed, 12 wounded in Russian strike on the city",
        "2025-04-18",
        fig("killed", 3, "ukraine", scope="event", reported_by="kharkiv governor"),
        fig("injured", 12, "ukraine", scope="event", reported_by="kharkiv governor"),
    ),
    case(
        "gaza-attribution-place-label-is-no-source",
        "Gaza: 12 killed in strike on school sheltering displaced families",
        "2025-04-18",
        fig("killed", 12, "gaza", scope="event"),
    ),
    case(
        "lebanon-attribution-speaker-verb-beats-label",
        "UN: more than 1.2 million displaced. The UN refugee agency says more than 1.2 million people have been displaced inside Lebanon.",
        "2024-10-03",
        fig("displaced", 1_200_000, "lebanon", qualifier="lower", scope="total", reported_by="un refugee agency"),
    ),
    case(
        "gaza-attr-according-to-ministry-leading",
        "According to the health ministry in the Hamas-run territory, 43,391 people have been killed in Gaza since the war began.",
        "2024-11-06",
        fig("killed", 43391, "gaza", scope="total", reported_by="health ministry"),
    ),
    case(
        "sudan-attr-minister-said",
        "Sudan's health minister said 1,200 people had died of their wounds in El Fasher since May.",
        "2024-09-16",
        fig("killed", 1200, "sudan", reported_by=("sudan's health minister", "health minister")),
    ),
    case(
        "sudan-attr-unhcr-says",
        "UNHCR says 3.2 million people have fled Sudan to neighbouring countries.",
        "2025-01-14",
        fig("displaced", 3200000, "sudan", scope="total", reported_by="unhcr"),
    ),
    case(
        "lebanon-attr-afp-tally",
        "At least 500 people have been killed in Lebanon, most of them fighters, according to an AFP tally.",
        "2024-06-20",
        fig("killed", 500, "lebanon", qualifier="lower", reported_by="afp tally"),
    ),
    case(
        "syria-attr-citing-gives-source",
        "State news agency SANA, citing a military source, said 12 soldiers were killed in a drone attack near Idlib.",
        "2023-10-06",
        # "X, citing Y": the number comes from Y.
        fig("killed", 12, "syria", population="combatants", reported_by="military source"),
    ),
    case(
        "ukraine-attr-un-said-on-monday",
        "The UN said on Monday that 589 children had been killed in Ukraine since the start of the invasion.",
        "2024-06-04",
        fig("killed", 589, "ukraine", population="children", scope="total", as_of="2024-06-03", reported_by="un"),
    ),
    case(
        "gaza-attr-unattributed",
        "Israel's offensive has killed more than 44,000 Palestinians in Gaza.",
        "2024-11-22",
        fig("killed", 44000, "gaza", qualifier="lower", scope="total", reported_by=None),
    ),
    case(
        "gaza-attr-neighbour-sentence-does-not-cover",
        "According to the army, the strike targeted a Hamas command centre inside the school. It killed 15 people, including six children.",
        "2024-07-17",
        # The attribution covers the first sentence only; the toll is in the article's own voice.
        fig("killed", 15, "gaza", reported_by=None),
        fig("killed", 6, "gaza", population="children", reported_by=None),
    ),
    case(
        "lebanon-attr-trailing-military-said",
        "Hezbollah fired 35 rockets into northern Israel, the Israeli military said.",
        "2024-06-14",
        fig("projectiles", 35, "lebanon", reported_by="israeli military"),
    ),
    case(
        "west-bank-attr-two-sources-two-figures",
        "In Jenin, the Palestinian health ministry said 12 people were killed, while the Israeli military said it had killed 10 militants.",
        "2024-08-29",
        fig("killed", 12, "west-bank", reported_by="palestinian health ministry"),
        fig("killed", 10, "west-bank", population="combatants", reported_by="israeli military"),
    ),
    case(
        "yemen-attr-in-a-statement",
        "In a statement, the Houthis said they had launched 11 ballistic missiles at ships in the Gulf of Aden.",
        "2024-07-01",
        fig("projectiles", 11, "yemen", reported_by="houthis"),
    ),
    case(
        "gaza-attr-told-reuters",
        "A hospital director in Deir al-Balah told Reuters that 27 bodies had been brought in after the strike.",
        "2024-06-09",
        # Bodies brought in = the dead -> killed.
        fig("killed", 27, "gaza", reported_by="hospital director"),
    ),
    case(
        "ukraine-attr-named-governor",
        "Kharkiv governor Oleh Syniehubov said nine people were wounded in the attack.",
        "2024-05-31",
        fig("injured", 9, "ukraine", reported_by=("kharkiv governor", "oleh syniehubov", "governor")),
    ),
    case(
        "myanmar-attr-acled",
        "More than 50,000 people have been killed in Myanmar since the coup, according to the conflict monitor ACLED.",
        "2024-10-01",
        fig("killed", 50000, "myanmar", qualifier="lower", scope="total", reported_by="acled"),
    ),
    case(
        "iran-attr-state-media",
        "Iranian state media said 627 people were killed in the Israeli strikes.",
        "2025-06-25",
        fig("killed", 627, "iran", reported_by="iranian state media"),
    ),
    case(
        "drc-attr-officials-said",
        "At least 700 people have been killed in fighting in and around Goma, officials said.",
        "2025-01-31",
        fig("killed", 700, DRC, qualifier="lower", reported_by="officials"),
    ),
    case(
        "israel-attr-israel-says",
        "Israel says 46 soldiers have been killed in Lebanon since the start of its ground invasion.",
        "2024-11-10",
        # "Israel says" -> "israel" (the seed gold's rule); soldiers are Israeli -> side israel.
        fig("killed", 46, "israel", population="combatants", reported_by="israel"),
    ),
    case(
        "russia-attr-defence-ministry-claimed",
        "Russia's defence ministry claimed its forces had killed 300 Ukrainian soldiers in the Kursk region.",
        "2024-08-14",
        fig(
            "killed",
            300,
            "ukraine",
            population="combatants",
            reported_by=("russia's defence ministry", "russian defence ministry", "defence ministry"),
        ),
    ),
    case(
        "unknown-attr-quoted-official",
        '"We have counted 48 dead so far," said Mahmoud Basal, spokesman for the civil defence.',
        "2024-10-10",
        fig("killed", 48, "unknown", reported_by=("civil defence", "mahmoud basal", "spokesman for the civil defence")),
    ),
    case(
        "syria-attr-pronoun-in-relative-clause",
        "The Syrian Observatory for Human Rights said fighting in Idlib had killed 61 people. They included 40 civilians, 12 of whom it said had been executed.",
        "2024-12-02",
        fig("killed", 61, "syria", reported_by="syrian observatory for human rights"),
        fig("killed", 40, "syria", population="civilians", reported_by="syrian observatory for human rights"),
        fig("killed", 12, "syria", population="civilians", reported_by="syrian observatory for human rights"),
    ),
    case(
        "sudan-attr-acronym-in-apposition",
        "The UN migration agency, IOM, now counts more than 11 million people displaced inside Sudan.",
        "2025-02-10",
        fig("displaced", 11000000, "sudan", qualifier="lower", scope="total", reported_by="iom"),
    ),
    case(
        "ukraine-attr-name-in-apposition",
        "Ukraine's human rights ombudsman, Olena Marchenko, says 3,400 Ukrainian civilians have been detained in Russia.",
        "2025-05-21",
        fig("detained", 3400, "ukraine", population="civilians", scope="total", reported_by="olena marchenko"),
        exhaustive=False,
    ),
    case(
        "myanmar-attr-put-the-death-toll-at",
        "The junta put the death toll from the strikes in Sagaing at 31 on Friday.",
        "2025-03-07",
        fig("killed", 31, "myanmar", reported_by="junta"),
    ),
    case(
        "gaza-attr-military-figures-means-the-military-named-before",
        "The Israeli military said a soldier was killed in Rafah on Tuesday. That brings to 412 the number of troops killed since the ground offensive began, according to military figures.",
        "2024-08-14",
        fig("killed", 412, "israel", population="combatants", scope="total", reported_by="israeli military"),
    ),
    case(
        "pakistan-attr-ispr-own-soldiers",
        "Nine soldiers were killed in an ambush in North Waziristan, according to ISPR.",
        "2025-03-16",
        fig("killed", 9, "pakistan", population="combatants", reported_by="ispr"),
    ),
    case(
        "west-bank-attr-citing-a-reason-is-not-a-source",
        "Israeli authorities demolished 11 homes in Masafer Yatta in the West Bank citing the lack of building permits, displacing 52 people, OCHA said.",
        "2025-06-03",
        fig("displaced", 52, "west-bank", reported_by="ocha"),
    ),
    case(
        "sudan-attr-dotted-acronym",
        "Some 3,000 people fled Darfur in a week, according to the U.N.",
        "2025-05-02",
        fig("displaced", 3000, "sudan", qualifier="approx", reported_by="un"),
    ),
    case(
        "drc-attr-name-with-digits",
        "M23 said it had captured 1,200 government soldiers in Goma.",
        "2025-01-30",
        fig("detained", 1200, "drc", population="combatants", reported_by="m23"),
    ),
    case(
        "sudan-attr-who-in-capitals-is-a-source",
        "WHO also said six health workers had been abducted in El Fasher.",
        "2025-10-28",
        fig("hostages", 6, "sudan", population="medics", reported_by="who"),
    ),
    case(
        "nigeria-attr-aside-between-speaker-and-verb",
        "The Nigerian Army, in its weekly briefing on Tuesday, said troops had neutralised 19 terrorists in Borno.",
        "2025-06-11",
        fig("killed", 19, "nigeria", population="combatants", reported_by="nigerian army"),
    ),
    case(
        "haiti-attr-figures-show",
        "More than 5,000 people have been killed in gang violence across Haiti this year, UN figures show.",
        "2025-10-02",
        fig("killed", 5000, "haiti", qualifier="lower", reported_by="un"),
    ),
    case(
        "israel-attr-believes",
        "Israel believes about 20 hostages held in Gaza are alive.",
        "2025-08-30",
        fig("hostages", 20, "israel", qualifier="approx", reported_by="israel"),
    ),
    case(
        "yemen-attribution-per-cent-is-no-source",
        "The cholera outbreak has displaced some 12,000 people in Hodeidah, about 60 per cent of them children.",
        "2024-04-02",
        fig("displaced", 12000, "yemen", qualifier="approx", reported_by=None),
    ),
    case(
        "south-sudan-attribution-federal-states-are-no-speaker",
        "Clashes in Jonglei and Upper Nile states have displaced more than 40,000 people since March.",
        "2025-05-10",
        fig("displaced", 40000, "south-sudan", qualifier="lower", scope="total", reported_by=None),
    ),
    case(
        "myanmar-attribution-declared-by-is-no-speaker-before-it",
        "The air strike came despite a truce declared by the junta after the earthquake that killed more than 3,000 people.",
        "2025-04-10",
        fig("killed", 3000, "unknown", qualifier="lower", reported_by=None),
    ),
    case(
        "sudan-attribution-figures-compiled-by",
        "According to figures compiled by the Sudan Doctors Network, 1,200 people have been killed in El Fasher since May.",
        "2024-10-20",
        fig("killed", 1200, "sudan", scope="total", reported_by="sudan doctors network tally"),
    ),
    case(
        "gaza-attribution-identified-by-name-names-no-source",
        "Of the dead it has identified by name, the health ministry says 13,000 were children.",
        "2025-01-10",
        fig("killed", 13000, "unknown", population="children", reported_by="health ministry"),
    ),
    case(
        "gaza-attribution-we-in-a-groups-own-release-is-its-own-voice",
        "Since October 2023 we have documented the killing of at least 170 journalists in Gaza.",
        "2025-05-02",
        fig("killed", 170, "gaza", population="journalists", qualifier="lower", reported_by=None),
    ),
    case(
        "sudan-attribution-a-source-ends-where-its-verb-starts",
        "A panel of UN experts estimated in a confidential report that between 8,000 and 12,000 people were killed"
        " in El Geneina.",
        "2024-01-20",
        fig("killed", 8000, "sudan", qualifier="range", high=12000, reported_by="panel of un experts"),
    ),
    case(
        "gaza-sides-one-members-nationality-is-not-the-groups-side",
        "Hamas said its fighters were holding the captives in Gaza. A spokesman for the group claimed that two"
        " hostages, including an American, had been killed in an Israeli strike.",
        "2024-06-09",
        fig("killed", 2, "israel"),
    ),
    case(
        "sudan-attribution-relative-clause-with-a-day-names-the-noun-before",
        "Shelling hit a market in Omdurman, says the Sudan Doctors Network, which on Monday said 18 people had been killed.",
        "2025-03-05",
        fig("killed", 18, "sudan", as_of="2025-03-03", reported_by="sudan doctors network"),
    ),
    case(
        "syria-attribution-data-compiled-by-keeps-no-full-stop",
        "At least 249 people have been killed by landmines across Syria since December, according to data compiled by the Halo Trust.",
        "2025-05-13",
        fig("killed", 249, "syria", qualifier="lower", scope="total", reported_by="halo trust tally"),
    ),
]
