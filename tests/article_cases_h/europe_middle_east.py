"""Ukraine and Russia (a Kyiv daily on the Kharkiv hypermarket strike, May 2024; an exile Russian outlet on
the March 2025 drone attack on Moscow), Yemen and the Red Sea (an AP-style story, July 2025), Syria's Sweida
clashes (Al Jazeera style, July 2025) and an undated explainer with a numbers box on the June 2025
Israel-Iran war."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

KHARKIV = article(
    "h_ukraine_kharkiv_hypermarket_kyiv_daily",
    "2024-05-26",
    """
    Russian guided bomb attack on Kharkiv hypermarket kills 12, injures 43

    May 26, 2024 12:58 AM
    3 min read

    Firefighters work at the site of the burning Epicentr hypermarket in Kharkiv on May 25, 2024. (State Emergency Service / Telegram)

    A Russian guided bomb attack on a Kharkiv hypermarket on May 25 killed at least 12 people and injured 43, Kharkiv Oblast Governor Oleh Syniehubov said late on May 25.

    Two KAB-500 bombs hit the Epicentr home improvement store in the city's north-west in the afternoon, when it was busy with shoppers. Around 120 people may have been inside at the time, Mayor Ihor Terekhov said. Sixteen people were still missing as of midnight, according to the Interior Ministry.

    Rescuers were working through the night to put out a fire that covered around 10,000 square meters.

    In a separate attack less than an hour later, Russian forces struck central Kharkiv with three missiles, injuring at least 25 people, including a 12-year-old boy, the governor said.

    Kharkiv, Ukraine's second-largest city, lies around 30 kilometers from the Russian border and has faced near-daily strikes since Russia launched a new offensive in the region on May 10.

    Read also: Kharkiv Oblast evacuations continue as Russian troops push toward Vovchansk

    Over 11,000 people have been evacuated from the border areas of Kharkiv Oblast since the offensive began, Syniehubov said earlier this week.

    Overnight on May 25, Russia launched 31 Shahed-type drones and two Kh-59 guided missiles against Ukraine, the Air Force reported. Air defense units shot down 28 of the drones over several oblasts.

    President Volodymyr Zelensky called the attack on the store "another manifestation of Russian madness" and renewed his appeal to partners for two more Patriot systems to protect Kharkiv.

    According to the UN Human Rights Monitoring Mission in Ukraine, at least 11,126 civilians, including 587 children, have been killed since the start of Russia's full-scale invasion in February 2022.

    We've been working hard to bring you independent, locally-sourced news from Ukraine. Consider supporting the Kyiv Independent.
    """,
    g(
        "killed",
        12,
        "ukraine",
        q="lower",
        scope="event",
        as_of="2024-05-25",
        by="kharkiv oblast governor",
        cue="killed at least 12 people and injured 43",
        note="headline repeats 12 and 43. 'Two KAB-500 bombs' are aerial bombs, not rockets/missiles/shells/drones fired -> not annotated (debatable). 'Around 120 people may have been inside' is not a casualty count.",
    ),
    g(
        "injured",
        43,
        "ukraine",
        scope="event",
        as_of="2024-05-25",
        by="kharkiv oblast governor",
        cue="and injured 43, Kharkiv Oblast Governor",
    ),
    g(
        "missing",
        16,
        "ukraine",
        scope="event",
        as_of="2024-05-25",
        by="interior ministry",
        cue="Sixteen people were still missing as of midnight",
        note="'as of midnight' after the attack day -> as_of 2024-05-25 (debatable: the article date is 26 May).",
    ),
    g(
        "projectiles",
        3,
        "russia",
        scope="event",
        as_of="2024-05-25",
        by="kharkiv oblast governor",
        cue="struck central Kharkiv with three missiles",
    ),
    g(
        "injured",
        25,
        "ukraine",
        q="lower",
        scope="event",
        as_of="2024-05-25",
        by="kharkiv oblast governor",
        cue="injuring at least 25 people, including a 12-year-old boy",
        note="'12-year-old' is an age; one named boy is not annotated as children=1.",
    ),
    g(
        "evacuated",
        11000,
        "ukraine",
        q="lower",
        scope="total",
        as_of="2024-05-26",
        by="kharkiv oblast governor",
        cue="Over 11,000 people have been evacuated",
        note="'earlier this week' names no day -> as_of = article date.",
    ),
    g(
        "projectiles",
        31,
        "russia",
        scope="event",
        as_of="2024-05-25",
        by="ukrainian air force",
        cue="Russia launched 31 Shahed-type drones",
    ),
    g(
        "projectiles",
        2,
        "russia",
        scope="event",
        as_of="2024-05-25",
        by="ukrainian air force",
        cue="two Kh-59 guided missiles against Ukraine",
        note="'shot down 28 of the drones' is part of the 31 launched, not a separate launch count -> not annotated (debatable).",
    ),
    g(
        "killed",
        11126,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2024-05-26",
        by="un human rights monitoring mission",
        cue="at least 11,126 civilians, including 587 children",
    ),
    g(
        "killed",
        587,
        "ukraine",
        pop="children",
        scope="total",
        as_of="2024-05-26",
        by="un human rights monitoring mission",
        cue="including 587 children, have been killed",
    ),
)

MOSCOW = article(
    "h_russia_moscow_drone_attack",
    "2025-03-11",
    """
    Russia Says It Downed 337 Ukrainian Drones in Largest Attack on Moscow Region

    March 11, 2025

    Updated: 11:40

    Russia said Tuesday it had shot down 337 Ukrainian drones overnight, including 91 over the Moscow region, in what officials described as the largest drone attack on the capital since the start of the full-scale invasion.

    Three people were killed and 18 injured in the Moscow region, Governor Andrei Vorobyov said on Telegram, adding that a drone had hit a residential building in the town of Vidnoye, just south of the capital's ring road.

    Residents of Vidnoye told Russian media they had been woken by explosions shortly after 4 a.m. Windows were blown out in several apartment blocks, and cars in a parking lot caught fire.

    Moscow Mayor Sergei Sobyanin said the attack had been repelled and that there was no serious damage in the city itself. All four of Moscow's main airports suspended flights for several hours, and about 50 flights were diverted, according to the Federal Air Transport Agency.

    The Defense Ministry said most of the remaining drones were downed over the Kursk region, where Russian forces have been pushing to expel Ukrainian troops. It said troops had retaken 12 settlements in the region over the past five days and captured 11 Ukrainian soldiers.

    In the Belgorod region, two civilians were wounded when a drone struck a car near Shebekino, Governor Vyacheslav Gladkov said.

    Ukraine's Air Force said that Russia had launched 126 attack drones and one Iskander-M ballistic missile against Ukraine overnight.

    The attack came hours before Ukrainian and U.S. officials met in Jeddah, Saudi Arabia, for talks on a possible 30-day ceasefire.

    Kyiv's incursion into the Kursk region in August forced the evacuation of more than 120,000 residents of the border districts, according to Russian officials at the time.

    Ukraine has increasingly used long-range drones to hit oil refineries and military airfields deep inside Russia. Neither side discloses its military losses.

    The Moscow Times
    """,
    g(
        "projectiles",
        337,
        "ukraine",
        scope="event",
        as_of="2025-03-11",
        by="russia",
        cue="it had shot down 337 Ukrainian drones overnight",
        note="the only count of the attack's size is the number shot down -> read as drones launched by Ukraine (a lower bound in truth, stated exactly). Headline repeats 337.",
    ),
    g(
        "projectiles",
        91,
        "ukraine",
        scope="event",
        as_of="2025-03-11",
        by="russia",
        cue="including 91 over the Moscow region",
    ),
    g(
        "killed",
        3,
        "russia",
        scope="event",
        as_of="2025-03-11",
        by="moscow region governor",
        cue="Three people were killed and 18 injured",
    ),
    g(
        "injured",
        18,
        "russia",
        scope="event",
        as_of="2025-03-11",
        by="moscow region governor",
        cue="18 injured in the Moscow region",
    ),
    g(
        "detained",
        11,
        "ukraine",
        pop="combatants",
        scope="event",
        as_of="2025-03-11",
        by="russian defense ministry",
        cue="captured 11 Ukrainian soldiers",
        note="captured soldiers -> detained; 'over the past five days' -> event dated to the report day. '12 settlements', 'four ... airports', '50 flights', '30-day' are not figures.",
    ),
    g(
        "injured",
        2,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2025-03-11",
        by="belgorod governor",
        cue="two civilians were wounded",
    ),
    g(
        "projectiles",
        126,
        "russia",
        scope="event",
        as_of="2025-03-11",
        by="ukrainian air force",
        cue="Russia had launched 126 attack drones",
    ),
    g(
        "projectiles",
        1,
        "russia",
        scope="event",
        as_of="2025-03-11",
        by="ukrainian air force",
        cue="one Iskander-M ballistic missile",
    ),
    g(
        "evacuated",
        120000,
        "russia",
        q="lower",
        scope="total",
        as_of=None,
        by="russian officials",
        cue="forced the evacuation of more than 120,000 residents",
        note="reported 'in August' 2024 with no day -> as_of null.",
    ),
)

RED_SEA = article(
    "h_yemen_red_sea_ship_attack",
    "2025-07-10",
    """
    Houthi attack on cargo ship leaves 3 sailors dead and 15 missing in the Red Sea

    July 10, 2025

    DUBAI, United Arab Emirates (AP) - Yemen's Houthi rebels attacked a Liberian-flagged bulk carrier in the Red Sea, killing at least three crew members, wounding two and leaving 15 others missing, the European Union's naval force said Thursday.

    Six people from the crew of 24 were pulled from the water by a private security team and a passing merchant vessel, the force, known as Operation Aspides, said. The ship sank after two days of attacks by rocket-propelled grenades, armed drones and drone boats.

    Houthi military spokesman Yahya Saree said the group had fired six ballistic and cruise missiles at the vessel and claimed its fighters had taken part of the crew "to a safe location", without saying how many. The U.S. Embassy in Yemen accused the rebels of kidnapping the survivors.

    It was the second ship sunk by the Houthis in a week, after the Magic Seas, whose 22 crew members were all rescued.

    The Israeli military said two missiles fired from Yemen toward Israel early Thursday were intercepted. Israeli airstrikes on Monday on three Houthi-held ports and a power station wounded at least 19 people, the rebels' health ministry said.

    The Houthis seized the car carrier Galaxy Leader in November 2023 and held its 25 crew members for more than a year before releasing them in January.

    Since then, the rebels have attacked more than 100 merchant ships with missiles and drones, killing at least eight sailors, in what they describe as a campaign of solidarity with Palestinians in Gaza.

    Yemen's decade-long civil war has killed more than 150,000 people, including fighters and civilians, and the United Nations says over 4.5 million Yemenis remain displaced.

    Associated Press writer Jon Gambrell contributed to this report.
    """,
    g(
        "killed",
        3,
        "unknown",
        q="lower",
        scope="event",
        as_of="2025-07-10",
        by="eu naval force",
        cue="killing at least three crew members",
        note="a multinational crew on a Liberian-flagged ship -> side unknown (debatable). Headline repeats 3 and 15. 'Six people ... pulled from the water' were rescued (not a metric); 'crew of 24', '22 crew members ... rescued' are not casualty counts.",
    ),
    g(
        "injured",
        2,
        "unknown",
        scope="event",
        as_of="2025-07-10",
        by="eu naval force",
        cue="wounding two and leaving 15 others missing",
    ),
    g(
        "missing",
        15,
        "unknown",
        scope="event",
        as_of="2025-07-10",
        by="eu naval force",
        cue="leaving 15 others missing",
    ),
    g(
        "projectiles",
        6,
        "yemen",
        scope="event",
        as_of="2025-07-10",
        by="houthis",
        cue="fired six ballistic and cruise missiles at the vessel",
        note="no day given for the claim -> article date (the attack lasted two days).",
    ),
    g(
        "projectiles",
        2,
        "yemen",
        scope="event",
        as_of="2025-07-10",
        by="israeli military",
        cue="two missiles fired from Yemen toward Israel",
    ),
    g(
        "injured",
        19,
        "yemen",
        q="lower",
        scope="event",
        as_of="2025-07-07",
        by="houthi health ministry",
        cue="wounded at least 19 people, the rebels' health ministry said",
        note="'on Monday' counted back from Thursday 10 July -> 2025-07-07. 'three Houthi-held ports' are places.",
    ),
    g(
        "hostages",
        25,
        "unknown",
        scope="event",
        as_of=None,
        by=None,
        cue="held its 25 crew members for more than a year",
        note="seized crew held by the Houthis -> hostages; multinational crew -> unknown; 'November 2023' names no day -> as_of null.",
    ),
    g(
        "killed",
        8,
        "unknown",
        q="lower",
        scope="total",
        as_of="2025-07-10",
        by=None,
        cue="killing at least eight sailors",
        note="merchant sailors: population all (the text does not call them civilians; debatable). '100 merchant ships' are vessels.",
    ),
    g(
        "killed",
        150000,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-07-10",
        by=None,
        cue="has killed more than 150,000 people, including fighters and civilians",
        note="'decade-long' is a duration; 'fighters and civilians' has no split.",
    ),
    g(
        "displaced",
        4500000,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-07-10",
        by="un",
        cue="over 4.5 million Yemenis remain displaced",
    ),
)

SWEIDA = article(
    "h_syria_sweida_clashes",
    "2025-07-17",
    """
    Sweida death toll passes 350 as Syrian troops pull out of Druze city

    Published On 17 Jul 2025

    17 Jul 2025

    Syrian government forces have begun withdrawing from the southern city of Sweida under a ceasefire deal with Druze leaders, after four days of fighting that a war monitor says has killed more than 350 people.

    The Syrian Observatory for Human Rights (SOHR), a UK-based monitor, said on Thursday that the dead included 79 Druze fighters and 55 civilians, 27 of whom it said were "summarily executed" by government forces. It said 189 members of the government forces and 18 Bedouin fighters had also been killed.

    Al Jazeera could not independently verify the figures.

    Israel, which says it is acting to protect the Druze minority, carried out strikes on Damascus on Wednesday, hitting the defence ministry headquarters and an area near the presidential palace. The strikes killed three people and wounded 34, Syria's health ministry said.

    The International Organization for Migration said more than 2,000 people had been displaced from villages in western Sweida province since Sunday, and warned that hospitals in the city were running out of supplies.

    Read more

    Why is Israel attacking Syria?

    Syria's Druze, who number about 700,000, are concentrated in Sweida province. Israel's own Druze community numbers around 150,000, and hundreds of Israeli Druze crossed the border fence on Wednesday in solidarity.

    The violence is the second major outbreak of sectarian bloodshed since the fall of Bashar al-Assad in December. Clashes between government forces and Druze fighters near Damascus in late April and early May killed more than 100 people.

    Syria's new authorities are trying to reunite a country shattered by nearly 14 years of civil war, which killed more than half a million people. The fate of more than 100,000 people who disappeared in the prisons of the former government remains unknown; their families say they are still missing.

    SOURCE: AL JAZEERA AND NEWS AGENCIES
    """,
    g(
        "killed",
        350,
        "syria",
        q="lower",
        scope="total",
        as_of="2025-07-17",
        by="sohr",
        cue="has killed more than 350 people",
        note="debatable scope: the running toll of the four-day Sweida crisis -> total. Headline 'passes 350' is the same figure.",
    ),
    g(
        "killed",
        79,
        "syria",
        pop="combatants",
        scope="total",
        as_of="2025-07-17",
        by="sohr",
        cue="the dead included 79 Druze fighters",
    ),
    g(
        "killed",
        55,
        "syria",
        pop="civilians",
        scope="total",
        as_of="2025-07-17",
        by="sohr",
        cue="79 Druze fighters and 55 civilians",
    ),
    g(
        "killed",
        27,
        "syria",
        pop="civilians",
        scope="total",
        as_of="2025-07-17",
        by="sohr",
        cue='27 of whom it said were "summarily executed"',
        note="a part of the 55 civilians (same population) kept as its own figure; executed -> killed.",
    ),
    g(
        "killed",
        189,
        "syria",
        pop="combatants",
        scope="total",
        as_of="2025-07-17",
        by="sohr",
        cue="189 members of the government forces",
    ),
    g(
        "killed",
        18,
        "syria",
        pop="combatants",
        scope="total",
        as_of="2025-07-17",
        by="sohr",
        cue="18 Bedouin fighters had also been killed",
    ),
    g(
        "killed",
        3,
        "syria",
        scope="event",
        as_of="2025-07-16",
        by="syrian health ministry",
        cue="The strikes killed three people and wounded 34",
        note="'on Wednesday' counted back from Thursday 17 July -> 2025-07-16.",
    ),
    g(
        "injured",
        34,
        "syria",
        scope="event",
        as_of="2025-07-16",
        by="syrian health ministry",
        cue="wounded 34, Syria's health ministry said",
    ),
    g(
        "displaced",
        2000,
        "syria",
        q="lower",
        scope="total",
        as_of="2025-07-17",
        by="iom",
        cue="more than 2,000 people had been displaced",
    ),
    g(
        "killed",
        100,
        "syria",
        q="lower",
        scope="event",
        as_of=None,
        by=None,
        cue="in late April and early May killed more than 100 people",
        note="a past outbreak with no day -> event, as_of null. 'about 700,000' and 'around 150,000' are community sizes; 'hundreds of Israeli Druze crossed' is not a metric.",
    ),
    g(
        "killed",
        500000,
        "syria",
        q="lower",
        scope="total",
        as_of="2025-07-17",
        by=None,
        cue="which killed more than half a million people",
        note="'half a million' -> 500000; the civil war's toll, total, as_of = article date (debatable).",
    ),
    g(
        "missing",
        100000,
        "syria",
        q="lower",
        scope="total",
        as_of="2025-07-17",
        by=None,
        cue="more than 100,000 people who disappeared in the prisons",
    ),
)

IRAN_EXPLAINER = article(
    "h_iran_israel_war_explainer_undated",
    None,
    """
    Explainer: The Israel-Iran war in numbers

    What we know about the toll of 12 days of strikes, and why the figures are disputed

    By Foreign Desk

    Smoke rises after an Israeli strike on an oil depot in Tehran. Photo: Reuters

    Twelve days after Israel launched its surprise air campaign against Iran's nuclear programme and military leadership, a ceasefire brokered by Washington is holding. Both governments have published casualty figures; independent monitors say the real toll in Iran is higher.

    How many people were killed in Iran?

    Iran's health ministry says 610 people were killed and 4,746 injured in Israeli strikes. A US-based rights group, HRANA, puts the death toll at 1,190, including 436 civilians and 435 members of the security forces, and says it could not identify the rest.

    Israel says its strikes killed more than 30 senior military commanders and at least 14 nuclear scientists.

    And in Israel?

    Iranian missile strikes killed 28 people in Israel and injured more than 3,000, according to Israeli officials. More than 10,000 Israelis were evacuated from homes damaged by missiles, and many are still living in hotels.

    How much did Iran fire?

    According to the Israeli military, Iran fired about 550 ballistic missiles and more than 1,000 drones at Israel. Most were intercepted, but about 36 missiles hit populated areas.

    Who fled?

    Hundreds of thousands of Tehran residents left the capital during the strikes, jamming the roads north to the Caspian coast. Iranian state media say more than 700 people have been arrested on suspicion of spying for Israel.

    THE WAR IN NUMBERS
    12 days of fighting
    610 killed in Iran (health ministry)
    28 killed in Israel
    14 bunker-buster bombs dropped by US B-2s on Fordow and Natanz
    3 nuclear sites struck by the US

    What happens next?

    Analysts say the ceasefire is fragile. Iran has suspended cooperation with the UN nuclear watchdog, and Israel says it will strike again if Iran rebuilds.
    """,
    g(
        "killed",
        610,
        "iran",
        scope="total",
        as_of=None,
        by="iran health ministry",
        cue="610 people were killed and 4,746 injured",
        note="undated article: every as_of is null. The numbers box repeats 610 and 28 (not listed twice); '12 days', '14 bunker-buster bombs' (aerial bombs), '3 nuclear sites' are not figures.",
    ),
    g(
        "injured",
        4746,
        "iran",
        scope="total",
        as_of=None,
        by="iran health ministry",
        cue="and 4,746 injured in Israeli strikes",
    ),
    g("killed", 1190, "iran", scope="total", as_of=None, by="hrana", cue="puts the death toll at 1,190"),
    g("killed", 436, "iran", pop="civilians", scope="total", as_of=None, by="hrana", cue="including 436 civilians"),
    g(
        "killed",
        435,
        "iran",
        pop="combatants",
        scope="total",
        as_of=None,
        by="hrana",
        cue="435 members of the security forces",
    ),
    g(
        "killed",
        30,
        "iran",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=None,
        by="israel",
        cue="more than 30 senior military commanders",
    ),
    g(
        "killed",
        14,
        "iran",
        q="lower",
        scope="total",
        as_of=None,
        by="israel",
        cue="at least 14 nuclear scientists",
        note="scientists are no FIGURES.md subgroup -> population all (debatable).",
    ),
    g("killed", 28, "israel", scope="total", as_of=None, by="israeli officials", cue="killed 28 people in Israel"),
    g(
        "injured",
        3000,
        "israel",
        q="lower",
        scope="total",
        as_of=None,
        by="israeli officials",
        cue="injured more than 3,000",
    ),
    g(
        "evacuated",
        10000,
        "israel",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="More than 10,000 Israelis were evacuated",
    ),
    g(
        "projectiles",
        550,
        "iran",
        q="approx",
        scope="total",
        as_of=None,
        by="israeli military",
        cue="Iran fired about 550 ballistic missiles",
    ),
    g(
        "projectiles",
        1000,
        "iran",
        q="lower",
        scope="total",
        as_of=None,
        by="israeli military",
        cue="more than 1,000 drones at Israel",
    ),
    g(
        "projectiles",
        36,
        "iran",
        q="approx",
        scope="total",
        as_of=None,
        by="israeli military",
        cue="about 36 missiles hit populated areas",
        note="debatable: a subset of the 550 (those that hit) kept as its own projectiles figure.",
    ),
    g(
        "displaced",
        200000,
        "iran",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="Hundreds of thousands of Tehran residents left the capital",
        note="'hundreds of thousands' -> 200000/lower (debatable, see the ceasefire article); fled the capital -> displaced.",
    ),
    g(
        "detained",
        700,
        "iran",
        q="lower",
        scope="total",
        as_of=None,
        by="iranian state media",
        cue="more than 700 people have been arrested",
    ),
)

ARTICLES = [KHARKIV, MOSCOW, RED_SEA, SWEIDA, IRAN_EXPLAINER]
