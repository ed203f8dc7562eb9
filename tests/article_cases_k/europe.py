"""Ukraine (a broadcaster on the Poltava missile strike of September 2024; a wire story on the May 2025
prisoner exchange and the Kyiv drone attack) and Russia (a Russian state outlet's English service on the
drone attack on Moscow region, March 2025).

Not annotated in MOSCOW: 'Ukraine's losses in the Kursk area had exceeded 67,000 servicemen' ('losses'
does not say killed or wounded; FIGURES.md skips an unsplit casualty count), '337 flights'."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

POLTAVA = article(
    "k_ukraine_poltava_broadcaster",
    "2024-09-03",
    """
    Poltava: Russian missiles kill 51 at military institute in one of war's deadliest strikes

    3 September 2024

    Share

    Rescuers search the damaged building of the Military Institute of Communications in Poltava. Ukrainian Emergency Service

    At least 51 people have been killed and 271 wounded after two Russian ballistic missiles struck a military educational institute and a nearby hospital in the central Ukrainian city of Poltava, President Volodymyr Zelensky says.

    The missiles hit the Military Institute of Communications on Tuesday morning, only minutes after air raid sirens had sounded, partially destroying one of its buildings. Mr Zelensky said people had been trapped under the rubble and that rescuers had pulled out 25 of them alive, 11 of whom were seriously injured.

    Regional governor Filip Pronin said that as many as 18 people may still be under the debris. Many of the dead and injured were cadets, officials said, but no breakdown has been given.

    Ukraine's defence ministry said the time between the alarm and the missile impact was so short that people were caught as they moved towards the shelter. It announced an investigation into whether safety rules had been followed.

    Russia has not commented. Pro-Kremlin military bloggers claimed that the strike had killed "up to 200" Ukrainian servicemen and foreign instructors, a claim the BBC could not verify.

    The attack is one of the deadliest single strikes of the war, which Russia launched in February 2022. In July, a missile strike on Kyiv's Okhmatdyt children's hospital and other sites killed 33 people in the capital.

    Overnight into Tuesday, Russia also launched 35 Shahed drones and four missiles at Ukraine, the air force said. In Kyiv, debris from a downed drone injured two people.

    Mr Zelensky renewed calls on Western allies to provide more air defence systems and to allow Ukraine to strike military targets deep inside Russia with long-range weapons.

    The UN human rights mission in Ukraine says it has verified at least 11,520 civilian deaths since the full-scale invasion, including 614 children, and 23,640 injured.

    Three days of mourning have been declared in Poltava region.

    Related
    Ukraine war in maps: Tracking the Russian advance
    """,
    g(
        "projectiles",
        2,
        "russia",
        scope="event",
        as_of="2024-09-03",
        by="zelensky",
        cue="two Russian ballistic missiles struck a military educational institute",
        note="attribution carried from the end of the sentence (debatable).",
    ),
    g(
        "killed",
        51,
        "ukraine",
        q="lower",
        scope="event",
        as_of="2024-09-03",
        by="zelensky",
        cue="At least 51 people have been killed and 271 wounded",
        note="headline 'kill 51' listed once with the body's qualifier.",
    ),
    g(
        "injured",
        271,
        "ukraine",
        scope="event",
        as_of="2024-09-03",
        by="zelensky",
        cue="271 wounded after two Russian ballistic missiles",
    ),
    g(
        "injured",
        11,
        "ukraine",
        scope="event",
        as_of="2024-09-03",
        by="zelensky",
        cue="11 of whom were seriously injured",
        note="the 25 'pulled out alive' are rescued people, not a casualty metric -> not annotated; the 11 seriously injured are.",
    ),
    g(
        "missing",
        18,
        "ukraine",
        q="upper",
        scope="event",
        as_of="2024-09-03",
        by="regional governor",
        cue="as many as 18 people may still be under the debris",
        note="'as many as' -> upper.",
    ),
    g(
        "killed",
        200,
        "ukraine",
        pop="combatants",
        q="upper",
        scope="event",
        as_of="2024-09-03",
        by="pro-kremlin military bloggers",
        cue='up to 200" Ukrainian servicemen',
    ),
    g(
        "killed",
        33,
        "ukraine",
        scope="event",
        as_of="2024-09-03",
        by=None,
        cue="killed 33 people in the capital",
        note="the Okhmatdyt strike of 8 July 2024; only 'In July' is named -> article date (debatable).",
    ),
    g(
        "projectiles",
        35,
        "russia",
        scope="event",
        as_of="2024-09-03",
        by="ukrainian air force",
        cue="launched 35 Shahed drones and four missiles",
    ),
    g(
        "projectiles",
        4,
        "russia",
        scope="event",
        as_of="2024-09-03",
        by="ukrainian air force",
        cue="and four missiles at Ukraine, the air force said",
    ),
    g(
        "injured",
        2,
        "ukraine",
        scope="event",
        as_of="2024-09-03",
        by="ukrainian air force",
        cue="debris from a downed drone injured two people",
        note="attribution carried from the previous sentence's 'the air force said' (debatable; could be null).",
    ),
    g(
        "killed",
        11520,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2024-09-03",
        by="un human rights mission",
        cue="verified at least 11,520 civilian deaths",
    ),
    g(
        "killed",
        614,
        "ukraine",
        pop="children",
        scope="total",
        as_of="2024-09-03",
        by="un human rights mission",
        cue="including 614 children",
    ),
    g(
        "injured",
        23640,
        "ukraine",
        pop="civilians",
        scope="total",
        as_of="2024-09-03",
        by="un human rights mission",
        cue="and 23,640 injured",
    ),
)

EXCHANGE = article(
    "k_ukraine_prisoner_swap_wire",
    "2025-05-23",
    """
    Russia and Ukraine swap 390 prisoners each in first stage of largest exchange of the war

    By HANNA ARHIROVA and ILLIA NOVIKOV
    Updated 9:47 PM GMT+3, May 23, 2025

    KYIV, Ukraine (AP) — Russia and Ukraine each released 390 soldiers and civilians on Friday in the first stage of the biggest prisoner exchange of the war, the only concrete outcome of peace talks held in Istanbul last week.

    Ukraine's President Volodymyr Zelenskyy said 270 servicemen and 120 civilians had been brought home. Russia's Defense Ministry said it had received 270 military personnel and 120 civilians, including residents of the Kursk region who were taken to Ukraine during Kyiv's incursion last year.

    Freed Ukrainian soldiers, wrapped in national flags, chanted "Glory to Ukraine!" as their buses arrived at a hospital in the Chernihiv region. Some wept as they called relatives.

    Under the deal reached in Istanbul, the two sides agreed to exchange 1,000 prisoners each. More releases are expected over the weekend, Zelenskyy said.

    Ukraine's human rights ombudsman, Dmytro Lubinets, said more than 8,000 Ukrainians were still held in Russian captivity, including civilians who had been detained in occupied territories.

    Hours before the exchange, Russia launched one of its biggest attacks on the Ukrainian capital in weeks. Fifteen people were injured in Kyiv, including a 12-year-old girl, city officials said, after Russia fired 250 drones and 14 ballistic missiles at the country overnight. Ukraine's air force said six missiles and 245 drones were shot down or jammed.

    In the Zaporizhzhia region, a guided bomb killed one man and wounded three people, the regional governor said.

    Russia's Defense Ministry said its air defenses had downed 112 Ukrainian drones over Russian regions overnight, including 24 heading for Moscow. Two people were hurt in the town of Yelets, the local governor said.

    Previous exchanges have returned more than 4,700 Ukrainians from captivity since 2022, according to Ukraine's coordination headquarters for prisoners of war.

    ___

    Associated Press writer Dasha Litvinova in Tallinn, Estonia, contributed to this report.
    """,
    g(
        "detained",
        390,
        "ukraine",
        scope="event",
        as_of="2025-05-23",
        by=None,
        cue="each released 390 soldiers and civilians on Friday",
        note="freed prisoners counted as detained; one number for two sides ('each') -> one figure per side. Headline repeats it.",
    ),
    g(
        "detained",
        390,
        "russia",
        scope="event",
        as_of="2025-05-23",
        by=None,
        cue="each released 390 soldiers and civilians on Friday",
    ),
    g(
        "detained",
        270,
        "ukraine",
        pop="combatants",
        scope="event",
        as_of="2025-05-23",
        by="zelenskyy",
        cue="270 servicemen and 120 civilians had been brought home",
    ),
    g(
        "detained",
        120,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of="2025-05-23",
        by="zelenskyy",
        cue="and 120 civilians had been brought home",
    ),
    g(
        "detained",
        270,
        "russia",
        pop="combatants",
        scope="event",
        as_of="2025-05-23",
        by="russian defense ministry",
        cue="received 270 military personnel and 120 civilians",
    ),
    g(
        "detained",
        120,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2025-05-23",
        by="russian defense ministry",
        cue="270 military personnel and 120 civilians, including residents",
    ),
    g(
        "detained",
        1000,
        "ukraine",
        scope="event",
        as_of="2025-05-23",
        by=None,
        cue="exchange 1,000 prisoners each",
        note="planned exchange; 'each' -> one figure per side (debatable whether a planned number is a figure).",
    ),
    g("detained", 1000, "russia", scope="event", as_of="2025-05-23", by=None, cue="exchange 1,000 prisoners each"),
    g(
        "detained",
        8000,
        "ukraine",
        q="lower",
        scope="total",
        as_of="2025-05-23",
        by="ukrainian ombudsman",
        cue="more than 8,000 Ukrainians were still held in Russian captivity",
    ),
    g(
        "injured",
        15,
        "ukraine",
        scope="event",
        as_of="2025-05-23",
        by="city officials",
        cue="Fifteen people were injured in Kyiv",
    ),
    g(
        "projectiles",
        250,
        "russia",
        scope="event",
        as_of="2025-05-23",
        by="city officials",
        cue="Russia fired 250 drones and 14 ballistic missiles",
        note="the sentence ends 'city officials said' -> that attribution (debatable: the air force is the usual source).",
    ),
    g(
        "projectiles",
        14,
        "russia",
        scope="event",
        as_of="2025-05-23",
        by="city officials",
        cue="14 ballistic missiles at the country overnight",
    ),
    g(
        "projectiles",
        6,
        "russia",
        scope="event",
        as_of="2025-05-23",
        by="ukrainian air force",
        cue="six missiles and 245 drones were shot down",
        note="shot-down subsets of the salvo, stated with numbers -> their own figures (debatable).",
    ),
    g(
        "projectiles",
        245,
        "russia",
        scope="event",
        as_of="2025-05-23",
        by="ukrainian air force",
        cue="245 drones were shot down or jammed",
    ),
    g(
        "killed",
        1,
        "ukraine",
        scope="event",
        as_of="2025-05-23",
        by="regional governor",
        cue="a guided bomb killed one man and wounded three",
    ),
    g(
        "injured",
        3,
        "ukraine",
        scope="event",
        as_of="2025-05-23",
        by="regional governor",
        cue="wounded three people, the regional governor said",
    ),
    g(
        "projectiles",
        112,
        "ukraine",
        scope="event",
        as_of="2025-05-23",
        by="russian defense ministry",
        cue="downed 112 Ukrainian drones over Russian regions",
    ),
    g(
        "projectiles",
        24,
        "ukraine",
        scope="event",
        as_of="2025-05-23",
        by="russian defense ministry",
        cue="including 24 heading for Moscow",
    ),
    g(
        "injured",
        2,
        "russia",
        scope="event",
        as_of="2025-05-23",
        by="local governor",
        cue="Two people were hurt in the town of Yelets",
    ),
    g(
        "detained",
        4700,
        "ukraine",
        q="lower",
        scope="total",
        as_of="2025-05-23",
        by="coordination headquarters for prisoners of war",
        cue="returned more than 4,700 Ukrainians from captivity",
        note="people returned from captivity over the war -> detained, total (debatable).",
    ),
)

MOSCOW = article(
    "k_russia_moscow_drones_state_outlet",
    "2025-03-11",
    """
    Air defenses destroy 337 Ukrainian drones over Russian regions, 91 over Moscow region

    11 MAR 2025, 10:34

    MOSCOW, March 11. /TASS/. Russian air defenses destroyed 337 Ukrainian unmanned aerial vehicles over 10 regions overnight, including 91 over the Moscow region, the Russian Defense Ministry said on Tuesday.

    According to the ministry, 126 drones were downed over the Kursk region, 38 over the Bryansk region and 25 over the Belgorod region.

    Moscow Region Governor Andrey Vorobyov said on his Telegram channel that three people had been killed and 18 injured, including three children, in the Domodedovo and Vidnoye districts. Of the injured, seven remain in hospital, he said.

    "Several apartments in a high-rise building in Vidnoye were damaged. About 150 residents were evacuated and have been given temporary accommodation," Vorobyov wrote.

    In the town of Domodedovo, a drone fell on the parking lot of a meat warehouse, killing two employees. A third man died in hospital.

    Moscow Mayor Sergey Sobyanin said that 74 drones had been shot down on the approaches to the capital and that there were no serious casualties in the city itself. Restrictions were introduced at all four Moscow airports, and the Federal Air Transport Agency said 337 flights had been delayed or diverted.

    Acting Governor of the Kursk Region Alexander Khinshtein said that since August 2024, when Ukrainian troops entered the region, more than 300 civilians had been killed and over 1,000 wounded. He said the whereabouts of around 1,000 residents of the border districts remained unknown.

    More than 150,000 residents of the Kursk region had to leave their homes after the incursion, according to regional authorities.

    On Tuesday, the Defense Ministry reported that Russian forces had liberated several settlements in the Kursk region. Earlier, the ministry said Ukraine's losses in the Kursk area had exceeded 67,000 servicemen since the start of the incursion.
    """,
    g(
        "projectiles",
        337,
        "ukraine",
        scope="event",
        as_of="2025-03-11",
        by="russian defense ministry",
        cue="destroyed 337 Ukrainian unmanned aerial vehicles",
        note="drones shot down are the count of drones launched the ministry gives -> projectiles of the side that fired them; headline repeats it.",
    ),
    g(
        "projectiles",
        91,
        "ukraine",
        scope="event",
        as_of="2025-03-11",
        by="russian defense ministry",
        cue="including 91 over the Moscow region",
    ),
    g(
        "projectiles",
        126,
        "ukraine",
        scope="event",
        as_of="2025-03-11",
        by="russian defense ministry",
        cue="126 drones were downed over the Kursk region",
    ),
    g(
        "projectiles",
        38,
        "ukraine",
        scope="event",
        as_of="2025-03-11",
        by="russian defense ministry",
        cue="38 over the Bryansk region",
    ),
    g(
        "projectiles",
        25,
        "ukraine",
        scope="event",
        as_of="2025-03-11",
        by="russian defense ministry",
        cue="25 over the Belgorod region",
    ),
    g(
        "killed",
        3,
        "russia",
        scope="event",
        as_of="2025-03-11",
        by="moscow region governor",
        cue="three people had been killed and 18 injured",
    ),
    g(
        "injured",
        18,
        "russia",
        scope="event",
        as_of="2025-03-11",
        by="moscow region governor",
        cue="18 injured, including three children",
    ),
    g(
        "injured",
        3,
        "russia",
        pop="children",
        scope="event",
        as_of="2025-03-11",
        by="moscow region governor",
        cue="including three children, in the Domodedovo",
    ),
    g(
        "injured",
        7,
        "russia",
        scope="event",
        as_of="2025-03-11",
        by="moscow region governor",
        cue="Of the injured, seven remain in hospital",
        note="a hospitalised subset of the 18 injured, stated with a number -> its own figure (debatable), as Poltava's '11 of whom were seriously injured'.",
    ),
    g(
        "evacuated",
        150,
        "russia",
        q="approx",
        scope="event",
        as_of="2025-03-11",
        by="moscow region governor",
        cue="About 150 residents were evacuated",
    ),
    g(
        "killed",
        2,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2025-03-11",
        by=None,
        cue="killing two employees",
        note="warehouse employees -> civilians; part of the three killed.",
    ),
    g(
        "projectiles",
        74,
        "ukraine",
        scope="event",
        as_of="2025-03-11",
        by="moscow mayor",
        cue="74 drones had been shot down on the approaches",
    ),
    g(
        "killed",
        300,
        "russia",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-03-11",
        by="kursk region governor",
        cue="more than 300 civilians had been killed and over 1,000 wounded",
    ),
    g(
        "injured",
        1000,
        "russia",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-03-11",
        by="kursk region governor",
        cue="over 1,000 wounded",
    ),
    g(
        "missing",
        1000,
        "russia",
        q="approx",
        scope="total",
        as_of="2025-03-11",
        by="kursk region governor",
        cue="whereabouts of around 1,000 residents",
    ),
    g(
        "evacuated",
        150000,
        "russia",
        q="lower",
        scope="total",
        as_of="2025-03-11",
        by="kursk regional authorities",
        cue="More than 150,000 residents of the Kursk region had to leave their homes",
        note="'had to leave their homes' after an incursion: evacuated or displaced is debatable; residents moved out by the authorities -> evacuated.",
    ),
)

ARTICLES = [POLTAVA, EXCHANGE, MOSCOW]
