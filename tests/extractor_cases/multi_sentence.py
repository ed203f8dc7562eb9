# ruff: noqa: E501  (case texts are data)
"""Several sentences: a headline repeating the body's figure (stored once), context or attribution from
a neighbouring sentence, several figures with different sources."""

from . import case, fig

CASES = [
    case(
        "sudan-multi-headline-repeats-body",
        "RSF attack on El Fasher camp kills 40\nAt least 40 people were killed when RSF fighters stormed the camp on Friday, medics said.",
        "2024-12-07",
        # One figure stated twice; qualifier from the body ("at least"), as the seed gold does.
        fig("killed", 40, "sudan", qualifier="lower", scope="event", as_of="2024-12-06", reported_by="medics"),
    ),
    case(
        "ukraine-multi-headline-digits-body-spelled",
        "Russian strike on Kyiv kills 23\nTwenty-three people were killed when a missile hit an apartment block in the Ukrainian capital.",
        "2025-04-25",
        fig("killed", 23, "ukraine", scope="event"),
    ),
    case(
        "lebanon-multi-headline-rockets-body-more-than",
        "Hezbollah fires 100 rockets at northern Israel\nMore than 100 rockets were fired from Lebanon on Tuesday, the Israeli military said.",
        "2024-08-14",
        fig(
            "projectiles",
            100,
            "lebanon",
            qualifier="lower",
            scope="event",
            as_of="2024-08-13",
            reported_by="israeli military",
        ),
    ),
    case(
        "sudan-multi-headline-vague-repeated",
        "Dozens killed in Sudan market strike\nDozens of people were killed in an air strike on a market in the Sudanese town of Kabkabiya.",
        "2024-09-11",
        fig("killed", 24, "sudan", qualifier="lower", scope="event"),
    ),
    case(
        "sudan-multi-attribution-next-sentence",
        "Forty people were killed in the strike on the market in Sudan's North Darfur. The figure came from the Sudan Doctors Network.",
        "2024-10-02",
        # "The figure" points back at the toll, so the source covers it.
        fig("killed", 40, "sudan", reported_by="sudan doctors network"),
    ),
    case(
        "gaza-multi-subgroups-next-sentence",
        "The strike on the school in Gaza City killed 31 people. Among the dead were 12 children and five women.",
        "2024-08-03",
        fig("killed", 31, "gaza"),
        fig("killed", 12, "gaza", population="children"),
        fig("killed", 5, "gaza", population="women"),
    ),
    case(
        "ukraine-multi-place-and-day-from-previous-sentence",
        "Russian forces struck Zaporizhzhia on Sunday evening. Nine people were killed and 30 wounded, the governor said.",
        "2024-11-11",
        fig("killed", 9, "ukraine", scope="event", as_of="2024-11-10", reported_by="governor"),
        fig("injured", 30, "ukraine", scope="event", as_of="2024-11-10", reported_by="governor"),
    ),
    case(
        "sudan-multi-day-from-previous-sentence",
        "On Friday, an air strike hit the market in Tabarak Allah, a village in Sudan's Gezira state. Medics said 38 people were killed.",
        "2024-06-23",
        fig("killed", 38, "sudan", scope="event", as_of="2024-06-21", reported_by="medics"),
    ),
    case(
        "sudan-multi-quote-and-paraphrase-once",
        '"We buried 60 people today," a village elder said. He said the 60 had been killed when RSF fighters attacked the village in Gezira state.',
        "2024-06-06",
        # The quote and the paraphrase give one figure (same people, same count).
        fig("killed", 60, "sudan"),
    ),
    case(
        "gaza-multi-event-then-total-different-sources",
        "Israeli strikes killed 50 people across Gaza on Thursday, medics said. The health ministry says 45,000 Palestinians have been killed since the war began.",
        "2024-12-12",
        fig("killed", 50, "gaza", scope="event", as_of="2024-12-12", reported_by="medics"),
        fig("killed", 45000, "gaza", scope="total", as_of="2024-12-12", reported_by="health ministry"),
    ),
    case(
        "ukraine-multi-same-number-two-events",
        "Three people were killed in Kharkiv on Monday. In Kherson, three more were killed by Russian shelling.",
        "2024-09-02",
        fig("killed", 3, "ukraine", as_of="2024-09-02"),
        fig("killed", 3, "ukraine"),
    ),
    case(
        "israel-gaza-multi-background-paragraph",
        "Hamas's October 7 attack killed about 1,200 people in Israel, and 251 were taken hostage. Israel's retaliatory campaign has killed more than 40,000 people in Gaza, according to the territory's health ministry.",
        "2024-09-01",
        fig("killed", 1200, "israel", qualifier="approx", scope="event", as_of="2023-10-07", reported_by=None),
        fig("hostages", 251, "israel", scope="event", as_of="2023-10-07", reported_by=None),
        fig(
            "killed", 40000, "gaza", qualifier="lower", scope="total", as_of="2024-09-01", reported_by="health ministry"
        ),
    ),
    case(
        "lebanon-israel-multi-two-sides-two-sources",
        "Israeli strikes have killed at least 600 people in Lebanon since October, most of them Hezbollah fighters, according to an AFP tally. On the Israeli side, 18 soldiers and 13 civilians have been killed, the army says.",
        "2024-09-01",
        fig("killed", 600, "lebanon", qualifier="lower", scope="total", reported_by="afp tally"),
        fig("killed", 18, "israel", population="combatants", scope="total", reported_by="army"),
        fig("killed", 13, "israel", population="civilians", scope="total", reported_by="army"),
    ),
    case(
        "ukraine-multi-daily-roundup",
        "Russian attacks killed at least 11 people across Ukraine over the past day, regional officials said. In the Donetsk region, four people were killed and six wounded.",
        "2024-10-21",
        fig("killed", 11, "ukraine", qualifier="lower", scope="event", reported_by="regional officials"),
        fig("killed", 4, "ukraine", scope="event"),
        fig("injured", 6, "ukraine", scope="event"),
    ),
    case(
        "myanmar-multi-headline-up-to-body",
        "Junta air strike on Myanmar village kills up to 50\nUp to 50 people, including children, were killed when jets bombed a school in Sagaing region, residents said.",
        "2025-05-13",
        # "including children" has no number: no children figure.
        fig("killed", 50, "myanmar", qualifier="upper", reported_by="residents"),
    ),
    case(
        "sudan-headline-vague-restates-body-number",
        "Dozens killed in air strike on El Obeid market\n\nAn air strike on a crowded market in El Obeid killed 67 people on Monday, medics said.",
        "2025-02-03",
        fig("killed", 67, "sudan", scope="event"),
    ),
    case(
        "somalia-context-reporter-country-is-not-the-place",
        "Al-Shabaab militants attacked a hotel in Mogadishu on Friday, Somali police said. US Africa Command said it carried out an air strike near the town of Jilib. In 2022, twin car bombs at the education ministry killed at least 121 people.",
        "2024-03-16",
        fig("killed", 121, "somalia", qualifier="lower", scope="event"),
    ),
    case(
        "iran-headline-rounded-past-n-restates-body",
        "Iran toll rises past 400 as strikes continue\n\nIsraeli strikes have killed at least 406 people in Iran since Friday, a rights group said.",
        "2025-06-17",
        fig("killed", 406, "iran", qualifier="lower"),
    ),
    case(
        "gaza-subgroup-in-next-sentence",
        "The strike on the school killed 31 people in Gaza City. Twelve of them were children.",
        "2024-08-03",
        fig("killed", 31, "gaza"),
        fig("killed", 12, "gaza", population="children"),
    ),
    case(
        "ukraine-interceptions-are-part-of-the-launched-salvo",
        "Russia launched 540 drones and 11 missiles at Ukraine overnight. Air defences shot down 270 drones and six missiles, while another 230 drones were lost to jamming, the air force said.",
        "2025-07-05",
        fig("projectiles", 540, "russia"),
        fig("projectiles", 11, "russia"),
    ),
    case(
        "yemen-of-them-refers-to-the-ships-counted-before",
        "The Houthis said 38 people were killed in the strikes in Yemen. Since 2023 they have attacked more than 100 merchant ships, sinking two of them.",
        "2025-04-18",
        fig("killed", 38, "yemen"),
    ),
    case(
        "drc-headline-after-page-chrome-restates-body",
        "UN News\n\nGlobal perspective Human stories\n\nDR Congo: attack on a church in Ituri killed dozens\n\nAt least 38 worshippers were killed in an attack on a church in Ituri province in DR Congo on Sunday.",
        "2025-07-28",
        fig("killed", 38, "drc", qualifier="lower"),
    ),
    case(
        "gaza-palestinians-in-an-article-about-gaza-are-gaza-s",
        "Israel resumed its strikes on Gaza in March after the ceasefire collapsed. Israeli officials blamed Hamas. The UN says more than 280 staff of its Palestinian refugee agency have been killed since the war began.",
        None,
        fig("killed", 280, "gaza", population="aid_workers", qualifier="lower"),
        exhaustive=False,
    ),
    case(
        "russia-multi-surname-is-the-governor-named-before",
        "Belgorod Governor Vyacheslav Gladkov said two people were killed in Shebekino. Gladkov said 14 people were wounded in Belgorod.",
        "2024-05-13",
        fig("killed", 2, "russia", scope="event", reported_by="belgorod governor vyacheslav gladkov"),
        fig("injured", 14, "russia", scope="event", reported_by="belgorod governor"),
    ),
    case(
        "somalia-multi-reporting-body-is-no-place",
        "Puntland forces pressed their offensive against ISIS in northern Somalia. The group is led by Abdulqadir Mumin. Its fighters have used drones against army positions. The United States Africa Command (AFRICOM) said it had carried out several airstrikes in support of the operation. The UN says about 12,000 people have been displaced from villages in the area.",
        "2025-02-18",
        fig("displaced", 12000, "somalia", qualifier="approx", scope="total", reported_by="un"),
    ),
    case(
        "yemen-multi-according-to-the-group-is-the-group-named-before",
        "The Houthis have fired missiles and drones at Israel since November 2023. Israeli strikes on Hodeidah and Sanaa have killed hundreds of people, according to the group.",
        "2025-09-10",
        fig("killed", 200, "yemen", qualifier="lower", scope="total", reported_by="houthis"),
    ),
    case(
        "ukraine-multi-weekday-counts-from-the-article-date",
        "On Monday, Russian shelling hit Kupiansk. On Tuesday, a glide bomb hit a school in Sumy. "
        "It killed seven people.",
        "2024-08-14",
        fig("killed", 7, "ukraine", scope="event", as_of="2024-08-13"),
    ),
    case(
        "iran-multi-a-breakdown-keeps-the-side-counted-before",
        "Iranian missiles hit Tel Aviv and Haifa overnight. "
        "Iran's health ministry said 224 people had been killed in Israeli strikes since Friday. "
        "A ministry spokesman said 20 children were among the dead.",
        "2025-06-16",
        fig("killed", 224, "iran", reported_by="iran health ministry"),
        fig("killed", 20, "iran", population="children"),
        exhaustive=False,
    ),
    case(
        "sudan-multi-wounded-of-the-same-attack",
        "A drone strike by the paramilitary RSF killed 31 Sudanese soldiers at a base near Kosti, the army said on Monday. "
        "Medics said 45 people were wounded and taken to the town hospital.",
        "2025-04-08",
        fig("killed", 31, "sudan", population="combatants", scope="event", reported_by="army"),
        fig("injured", 45, "sudan", scope="event", reported_by="medics"),
    ),
    case(
        "myanmar-multi-own-place-wins-over-the-count-before",
        "Junta air strikes killed 18 villagers in Sagaing region on Sunday, a local resistance group said. "
        "In Thailand, the border town of Mae Sot took in 600 refugees fleeing the fighting.",
        "2025-03-10",
        fig("killed", 18, "myanmar", scope="event", as_of="2025-03-09"),
        exhaustive=False,
    ),
    case(
        "gaza-multi-captives-held-in-gaza-are-no-side-to-go-on-with",
        "Some 100 hostages remain in Gaza, of whom Israel believes at least 35 are dead. "
        "The health ministry said the overall toll from the war had risen to 36,000 killed.",
        "2024-06-09",
        fig("hostages", 100, "israel", qualifier="approx"),
        fig("killed", 35, "israel", qualifier="lower"),
        fig("killed", 36000, "gaza", scope="total", reported_by="health ministry"),
    ),
    case(
        "gaza-multi-the-enemy-of-soldiers-counted-before",
        "The Israeli army said 120 soldiers had been killed since the ground operation in Gaza began, "
        "including two killed in Rafah on Monday. It said troops had killed more than 6,000 militants since the war began.",
        "2024-06-09",
        fig("killed", 120, "israel", population="combatants", scope="total"),
        fig("killed", 6000, "gaza", population="combatants", qualifier="lower", scope="total"),
        exhaustive=False,
    ),
    case(
        "colombia-multi-vague-headline-restates-the-lead",
        "Dozens dead as ELN attacks FARC dissidents in Catatumbo\n\n"
        "Some 60 people have been killed in four days of fighting in Colombia's Catatumbo\n"
        "region, the ombudsman's office said on Monday, and thousands have fled to Cúcuta.",
        "2025-01-20",
        fig("killed", 60, "colombia", qualifier="approx", reported_by="ombudsman office"),
        fig("displaced", 2000, "colombia", qualifier="lower"),
    ),
]
