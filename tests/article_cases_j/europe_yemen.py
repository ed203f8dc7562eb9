"""Ukraine (a Kyiv daily's feature on the Sumy missile strike of April 2025; an undated explainer on
soldiers' deaths and prisoners of war), Russia (a regional outlet relaying the Belgorod governor and the
Kursk evacuation, October 2024) and Yemen (a wire story on US strikes and Houthi attacks, April 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

SUMY = article(
    "j_ukraine_sumy_strike_feature",
    "2025-04-14",
    """
    'I heard the second one and covered my daughter': Sumy buries its dead after Palm Sunday strike

    By Olena Kovalenko
    Monday, 14 April 2025

    SUMY — The church bells on Pokrovska Street rang for a service that many never reached. On Sunday morning, two Russian Iskander-M ballistic missiles struck the centre of Sumy as residents walked to church, killing 35 people, including two children, and injuring 117, among them 15 children, according to the State Emergency Service.

    Hennadiy, 58, was standing at a trolleybus stop when the first missile hit the university conference hall across the road. "There was dust everywhere. People were lying on the asphalt," he said from his hospital bed, where doctors removed shrapnel from his leg. The second missile exploded above the street minutes later, tearing apart a trolleybus full of passengers.

    Iryna Sydorenko, a 31-year-old pharmacist, was in a car with her six-year-old daughter. "I heard the second one and covered my daughter with my body," she said. Both survived with cuts. Her neighbour did not.

    On Monday the regional administration said the death toll had risen to 35 after a woman died in intensive care, and that 84 of the wounded remained in hospital, 10 of them in a serious condition. Emergency workers said nobody was believed to be missing under the debris.

    Sumy, 30 kilometres from the Russian border, has been shelled almost daily since the start of the full-scale invasion in 2022. It was the deadliest attack on civilians in Ukraine this year, and the second this month after a missile strike on Kryvyi Rih on April 4 killed 20 people, nine of them children.

    Russia's defence ministry claimed it had targeted a meeting of Ukrainian commanders and killed more than 60 servicemen, a claim for which it offered no evidence. Ukrainian officials called it a lie.

    Overnight into Monday, Russia launched 88 attack drones and decoys across Ukraine, the air force said, of which 57 were shot down.

    The city declared three days of mourning. Volunteers handed out 1,200 meals on Sunday evening, and donors gave 300 units of blood by Monday noon.

    The UN human rights monitoring mission says at least 12,910 civilians have been killed and 30,700 injured in Ukraine since February 2022, though it believes the real figures are considerably higher. In March alone, it recorded 164 civilians killed.

    "We have funerals every day this week," said Father Mykola, who has buried 14 parishioners since the war began. "Sumy will not forget this Palm Sunday."
    """,
    g(
        "projectiles",
        2,
        "russia",
        scope="event",
        as_of="2025-04-13",
        by="state emergency service",
        cue="two Russian Iskander-M ballistic missiles struck the centre of Sumy",
        note="'On Sunday' -> 2025-04-13; attribution from the end of the sentence (debatable: it may cover only the casualties).",
    ),
    g(
        "killed",
        35,
        "ukraine",
        scope="event",
        as_of="2025-04-13",
        by="state emergency service",
        cue="killing 35 people, including two children",
        note="repeated in the Monday update ('had risen to 35'); listed once, dated to the strike.",
    ),
    g(
        "killed",
        2,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2025-04-13",
        by="state emergency service",
        cue="including two children, and injuring 117",
    ),
    g(
        "injured",
        117,
        "ukraine",
        scope="event",
        as_of="2025-04-13",
        by="state emergency service",
        cue="injuring 117, among them 15 children",
    ),
    g(
        "injured",
        15,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2025-04-13",
        by="state emergency service",
        cue="among them 15 children",
    ),
    g(
        "injured",
        84,
        "ukraine",
        scope="event",
        as_of="2025-04-14",
        by="regional administration",
        cue="84 of the wounded remained in hospital",
        note="debatable: a subset of the 117 still hospitalised; kept as an injured figure. '10 of them in a serious condition' is a further subset (below).",
    ),
    g(
        "injured",
        10,
        "ukraine",
        scope="event",
        as_of="2025-04-14",
        by="regional administration",
        cue="10 of them in a serious condition",
    ),
    g(
        "killed",
        20,
        "ukraine",
        scope="event",
        as_of="2025-04-04",
        by=None,
        cue="killed 20 people, nine of them children",
    ),
    g("killed", 9, "ukraine", pop="children", scope="event", as_of="2025-04-04", by=None, cue="nine of them children"),
    g(
        "killed",
        60,
        "ukraine",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-04-13",
        by="russian defence ministry",
        cue="killed more than 60 servicemen",
        note="a disputed claim is still a reported figure; Ukrainian servicemen -> ukraine.",
    ),
    g(
        "projectiles",
        88,
        "russia",
        scope="event",
        as_of="2025-04-14",
        by="ukrainian air force",
        cue="Russia launched 88 attack drones and decoys",
        note="'57 were shot down' is a subset, not annotated (seed convention).",
    ),
    g(
        "killed",
        12910,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-04-14",
        by="un",
        cue="at least 12,910 civilians have been killed and 30,700 injured",
    ),
    g(
        "injured",
        30700,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-04-14",
        by="un",
        cue="and 30,700 injured in Ukraine since February 2022",
        note="'at least' read as covering both (debatable).",
    ),
    g(
        "killed",
        164,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of="2025-03-31",
        by="un",
        cue="In March alone, it recorded 164 civilians killed",
        note="a past month -> event, dated to its last day (debatable). '14 parishioners' buried since 2022 is a priest's count, not annotated (debatable); meals, blood units, ages, kilometres are not figures.",
    ),
)

LOSSES_EXPLAINER = article(
    "j_ukraine_losses_pow_explainer",
    None,
    """
    How many soldiers have died in the war in Ukraine? What we know

    Neither Kyiv nor Moscow publishes regular figures on military deaths, and both sides treat the numbers as state secrets. Here is what is known from official statements, independent counts and prisoner exchanges.

    Ukraine

    President Volodymyr Zelensky said in February that 46,000 Ukrainian soldiers had been killed on the battlefield and about 380,000 wounded. He added that "tens of thousands" more were missing in action or held as prisoners by Russia.

    Independent researchers who match obituaries and social media posts have identified the names of more than 70,000 Ukrainian soldiers killed, a figure they say is incomplete.

    Russia

    The BBC Russian service and the independent outlet Mediazona have confirmed by name the deaths of more than 106,000 Russian soldiers. Using inheritance records, they estimate the real number of dead at between 165,000 and 235,000.

    Russia's defence ministry last gave a figure in September 2022, when it said 5,937 of its servicemen had been killed.

    Western estimates are higher still. Britain's defence ministry says Russia has suffered about 900,000 casualties, killed and wounded, since the invasion, without giving a breakdown.

    Prisoners of war

    Ukraine's coordination headquarters for the treatment of prisoners of war says more than 5,800 Ukrainians have been brought home in 64 exchanges since 2022. It believes about 8,000 Ukrainian soldiers and civilians are still held in Russian captivity.

    The largest single swap, agreed at talks in Istanbul, saw each side free 1,000 prisoners over three days. In the most recent exchange, 390 Ukrainians, including 120 civilians, came home.

    Kyiv says it holds several thousand Russian prisoners of war, many of them captured during Ukraine's incursion into the Kursk region.

    The numbers

    - Ukrainian soldiers killed (Zelensky): 46,000
    - Russian soldiers confirmed dead by name (BBC/Mediazona): 106,000+
    - Ukrainians in Russian captivity (Kyiv estimate): about 8,000
    - Civilians killed in Ukraine (UN, verified): at least 13,000

    Why the numbers differ

    Both governments have reasons to understate their own losses and inflate the enemy's. Independent counts rely on public obituaries and miss many deaths, especially among convicts and foreign recruits. Families of the missing often wait months, sometimes years, for confirmation.
    """,
    g(
        "killed",
        46000,
        "ukraine",
        pop="combatants",
        scope="total",
        as_of=None,
        by="zelensky",
        cue="46,000 Ukrainian soldiers had been killed",
        note="repeated in 'The numbers' box, listed once. Undated article -> as_of null; 'in February' names no year.",
    ),
    g(
        "injured",
        380000,
        "ukraine",
        pop="combatants",
        q="approx",
        scope="total",
        as_of=None,
        by="zelensky",
        cue="about 380,000 wounded",
    ),
    g(
        "missing",
        20000,
        "ukraine",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=None,
        by="zelensky",
        cue='"tens of thousands" more were missing in action or held as prisoners',
        note="debatable metric: one vague number for 'missing or held as prisoners' -> missing (the first word), 20000/lower.",
    ),
    g(
        "killed",
        70000,
        "ukraine",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=None,
        by="independent researchers",
        cue="more than 70,000 Ukrainian soldiers killed",
    ),
    g(
        "killed",
        106000,
        "russia",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=None,
        by="bbc russian service and mediazona",
        cue="the deaths of more than 106,000 Russian soldiers",
        note="also in 'The numbers' as '106,000+', listed once.",
    ),
    g(
        "killed",
        165000,
        "russia",
        pop="combatants",
        q="range",
        high=235000,
        scope="total",
        as_of=None,
        by="bbc russian service and mediazona",
        cue="between 165,000 and 235,000",
    ),
    g(
        "killed",
        5937,
        "russia",
        pop="combatants",
        scope="total",
        as_of=None,
        by="russian defence ministry",
        cue="5,937 of its servicemen had been killed",
        note="debatable as_of: a September 2022 statement with a year; kept null because the article itself is undated (checks require null for undated articles).",
    ),
    g(
        "detained",
        5800,
        "ukraine",
        q="lower",
        scope="total",
        as_of=None,
        by="ukraine coordination headquarters for pows",
        cue="more than 5,800 Ukrainians have been brought home",
        note="debatable: prisoners freed in exchanges counted as detained (people who were held); '64 exchanges' is not a figure.",
    ),
    g(
        "detained",
        8000,
        "ukraine",
        q="approx",
        scope="total",
        as_of=None,
        by="ukraine coordination headquarters for pows",
        cue="about 8,000 Ukrainian soldiers and civilians are still held",
        note="repeated in 'The numbers', listed once.",
    ),
    g(
        "detained",
        1000,
        "ukraine",
        scope="event",
        as_of=None,
        by=None,
        cue="each side free 1,000 prisoners over three days",
        note="'each side' -> two figures, one per side (debatable).",
    ),
    g(
        "detained",
        1000,
        "russia",
        scope="event",
        as_of=None,
        by=None,
        cue="each side free 1,000 prisoners over three days",
    ),
    g(
        "detained",
        390,
        "ukraine",
        scope="event",
        as_of=None,
        by=None,
        cue="390 Ukrainians, including 120 civilians, came home",
    ),
    g(
        "detained",
        120,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of=None,
        by=None,
        cue="including 120 civilians, came home",
    ),
    g(
        "detained",
        2000,
        "russia",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=None,
        by="ukraine",
        cue="holds several thousand Russian prisoners of war",
        note="debatable: 'several thousand' is not one of FIGURES.md's vague words but contains 'thousand'; annotated as 2000/lower ('Kyiv says' -> ukraine).",
    ),
    g(
        "killed",
        900000,
        "russia",
        pop="combatants",
        q="approx",
        scope="total",
        as_of=None,
        by="uk defence ministry",
        cue="Russia has suffered about 900,000 casualties, killed and wounded",
        note="debatable: combined 'casualties, killed and wounded' with no split; FIGURES.md says a casualties figure is killed 'if it says killed', so annotated as killed (it could be skipped).",
    ),
    g(
        "killed",
        13000,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of=None,
        by="un",
        cue="Civilians killed in Ukraine (UN, verified): at least 13,000",
    ),
)

BELGOROD = article(
    "j_russia_belgorod_governor_regional",
    "2024-10-04",
    """
    Two killed, nine injured in Ukrainian drone attacks on Belgorod region, governor says

    By Anna Petrova
    October 4, 2024 11:20

    Two civilians were killed and nine injured, including a child, when Ukrainian drones attacked settlements in the Belgorod region over the past 24 hours, Governor Vyacheslav Gladkov said on his Telegram channel on Friday.

    According to the governor, a drone struck a car on the road between Shebekino and Maslova Pristan, killing a man and a woman. In the village of Bezymeno in the Grayvoron district, a 12-year-old boy was injured by shrapnel and taken to the regional children's hospital.

    In total, the Ukrainian Armed Forces launched at least 47 drones and fired 112 shells at the region during the day, Gladkov said. Eleven private houses, four cars and a gas pipeline were damaged.

    The Russian Defence Ministry said on Friday that air defence systems had destroyed 125 Ukrainian drones overnight over Russian territory, including 25 over Belgorod region and 47 over Kursk region.

    In the Kursk region, where fighting has continued since Ukrainian troops crossed the border in August, acting governor Alexei Smirnov said that 2 people had died and 5 were wounded on Thursday. More than 130,000 residents of border districts have been evacuated since August 6, he said, and about 1,000 of them are still living in temporary accommodation centres.

    Smirnov also said that the whereabouts of 2,000 residents of the Sudzha and Korenevo districts occupied by Ukrainian forces remained unknown. Relatives can submit inquiries through a special hotline.

    In Belgorod region, more than 1,800 children from Shebekino and Grayvoron districts have been sent to summer camps in other regions since May for their safety, the regional government said.

    Since the beginning of the special military operation, more than 200 residents of Belgorod region have been killed in Ukrainian attacks, including 12 children, according to the governor's office.

    The FSB said on Thursday that it had detained three residents of the region suspected of passing information about the movement of military vehicles to Ukrainian intelligence.

    Belgorod Pravda will continue to follow the situation.
    """,
    g(
        "killed",
        2,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2024-10-04",
        by="belgorod governor",
        cue="Two civilians were killed and nine injured",
        note="headline repeats both, listed once; 'a man and a woman' is the same two, not separate figures.",
    ),
    g(
        "injured",
        9,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2024-10-04",
        by="belgorod governor",
        cue="and nine injured, including a child",
        note="'Two civilians were killed and nine injured': the nine read as civilians too (elliptical; debatable, could be all). 'including a child' (one, no number) is not annotated.",
    ),
    g(
        "projectiles",
        47,
        "ukraine",
        q="lower",
        scope="event",
        as_of="2024-10-04",
        by="belgorod governor",
        cue="launched at least 47 drones and fired 112 shells",
    ),
    g(
        "projectiles",
        112,
        "ukraine",
        scope="event",
        as_of="2024-10-04",
        by="belgorod governor",
        cue="fired 112 shells at the region",
    ),
    g(
        "projectiles",
        125,
        "ukraine",
        scope="event",
        as_of="2024-10-04",
        by="russian defence ministry",
        cue="had destroyed 125 Ukrainian drones overnight",
        note="debatable: only a 'destroyed' count is given; drones destroyed were drones launched, so annotated as projectiles (exact). The per-region 25 and 47 are subsets, not annotated (the Kursk '47' equals the Belgorod launch count by coincidence).",
    ),
    g(
        "killed",
        2,
        "russia",
        scope="event",
        as_of="2024-10-03",
        by="kursk acting governor",
        cue="2 people had died and 5 were wounded on Thursday",
    ),
    g(
        "injured",
        5,
        "russia",
        scope="event",
        as_of="2024-10-03",
        by="kursk acting governor",
        cue="and 5 were wounded on Thursday",
    ),
    g(
        "evacuated",
        130000,
        "russia",
        q="lower",
        scope="total",
        as_of="2024-10-04",
        by="kursk acting governor",
        cue="More than 130,000 residents of border districts have been evacuated",
    ),
    g(
        "evacuated",
        1000,
        "russia",
        q="approx",
        scope="total",
        as_of="2024-10-04",
        by="kursk acting governor",
        cue="about 1,000 of them are still living in temporary accommodation centres",
        note="debatable: a subset of the evacuees still in shelters; kept as evacuated.",
    ),
    g(
        "missing",
        2000,
        "russia",
        scope="total",
        as_of="2024-10-04",
        by="kursk acting governor",
        cue="the whereabouts of 2,000 residents",
    ),
    g(
        "evacuated",
        1800,
        "russia",
        pop="children",
        q="lower",
        scope="total",
        as_of="2024-10-04",
        by="belgorod regional government",
        cue="more than 1,800 children from Shebekino and Grayvoron districts have been sent",
    ),
    g(
        "killed",
        200,
        "russia",
        q="lower",
        scope="total",
        as_of="2024-10-04",
        by="belgorod governor's office",
        cue="more than 200 residents of Belgorod region have been killed",
    ),
    g(
        "killed",
        12,
        "russia",
        pop="children",
        scope="total",
        as_of="2024-10-04",
        by="belgorod governor's office",
        cue="including 12 children, according to the governor's office",
    ),
    g(
        "detained",
        3,
        "russia",
        scope="event",
        as_of="2024-10-03",
        by="fsb",
        cue="it had detained three residents of the region",
        note="houses, cars, '12-year-old' and 'since August 6' are not figures.",
    ),
)

YEMEN = article(
    "j_yemen_ras_isa_strikes_wire",
    "2025-04-18",
    """
    U.S. strikes on Yemen fuel port kill 74, Houthis say

    April 18, 2025

    SANAA, April 18 (Reuters) - U.S. strikes on Yemen's Ras Isa fuel port killed 74 people and wounded 171 others, the Houthi-run health ministry said on Friday, in what would be the deadliest attack since Washington began its campaign against the Iran-aligned group last month.

    The strikes late on Thursday hit the port on the Red Sea coast as workers were unloading fuel tankers, the group's Al Masirah television said. Five paramedics were among the dead, a ministry spokesman said, and rescue teams were still searching for at least 9 missing workers on Friday.

    The U.S. Central Command said the strikes were aimed at cutting off a source of fuel and revenue for the Houthis. It did not comment on casualties.

    The Houthis said they fired two ballistic missiles at Israel on Friday and a drone at the U.S. aircraft carrier Harry S. Truman in the northern Red Sea. The Israeli military said it intercepted a missile launched from Yemen, after sirens sounded in several areas.

    Since the U.S. campaign began on March 15, strikes have killed at least 200 people across Yemen, according to Houthi figures, which could not be independently verified. Houthi officials say more than 400 people have been injured.

    The Houthis have attacked more than 100 merchant ships since November 2023 in what they say is solidarity with Palestinians in Gaza, sinking two vessels and seizing another. They held the 25 crew members of the seized Galaxy Leader for over a year before releasing them in January.

    The group has also detained dozens of U.N. and aid agency staff in areas under its control. The United Nations says 23 of its personnel are currently held.

    Yemen's war, which began in 2014, has killed more than 150,000 people, including combatants and civilians, according to the Armed Conflict Location and Event Data project, and left more than 4.5 million people internally displaced.

    (Reporting by Mohammed Ghobari in Aden and Phil Stewart in Washington; Editing by Toby Chopra)
    """,
    g(
        "killed",
        74,
        "yemen",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="killed 74 people and wounded 171 others",
        note="strikes 'late on Thursday' -> 2025-04-17 (debatable: the toll was reported Friday). Headline repeats 74, listed once.",
    ),
    g(
        "injured",
        171,
        "yemen",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="wounded 171 others",
    ),
    g(
        "killed",
        5,
        "yemen",
        pop="medics",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="Five paramedics were among the dead",
    ),
    g(
        "missing",
        9,
        "yemen",
        q="lower",
        scope="event",
        as_of="2025-04-18",
        by=None,
        cue="at least 9 missing workers on Friday",
        note="debatable reported_by: the ministry spokesman's attribution covers the paramedics clause; the search is told in the article's voice.",
    ),
    g(
        "projectiles",
        2,
        "yemen",
        scope="event",
        as_of="2025-04-18",
        by="houthis",
        cue="fired two ballistic missiles at Israel on Friday",
    ),
    g(
        "projectiles",
        1,
        "yemen",
        scope="event",
        as_of="2025-04-18",
        by="houthis",
        cue="and a drone at the U.S. aircraft carrier",
        note="debatable: 'a drone' as a count of one. The Israeli military's 'a missile launched from Yemen' is one of the two, not listed again.",
    ),
    g(
        "killed",
        200,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by="houthis",
        cue="strikes have killed at least 200 people across Yemen",
        note="running toll of the U.S. campaign -> total.",
    ),
    g(
        "injured",
        400,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by="houthi officials",
        cue="more than 400 people have been injured",
    ),
    g(
        "hostages",
        25,
        "unknown",
        scope="total",
        as_of="2025-04-18",
        by=None,
        cue="They held the 25 crew members of the seized Galaxy Leader",
        note="debatable: seized ship's crew -> hostages; a multinational crew with no one territory -> unknown. '100 merchant ships', 'two vessels' are not people.",
    ),
    g(
        "detained",
        24,
        "yemen",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by=None,
        cue="detained dozens of U.N. and aid agency staff",
        note="vague 'dozens' -> 24/lower; staff held by the Houthis are mostly Yemeni nationals -> yemen (debatable).",
    ),
    g(
        "detained",
        23,
        "yemen",
        pop="aid_workers",
        scope="total",
        as_of="2025-04-18",
        by="un",
        cue="23 of its personnel are currently held",
    ),
    g(
        "killed",
        150000,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by="acled",
        cue="has killed more than 150,000 people, including combatants and civilians",
    ),
    g(
        "displaced",
        4500000,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by="acled",
        cue="more than 4.5 million people internally displaced",
        note="attribution carried from the same sentence (debatable).",
    ),
)

ARTICLES = [SUMY, LOSSES_EXPLAINER, BELGOROD, YEMEN]
