"""Yemen, Iran, Ukraine with Russia, Myanmar: a US network, an Israeli daily, two UK broadsheet pieces."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

YEMEN_PUB = "2024-01-12"
YEMEN = article(
    "d_yemen_us_uk_strikes",
    YEMEN_PUB,
    """
    U.S. and British strikes hit Houthi targets in Yemen after weeks of Red Sea attacks

    Updated Jan. 12, 2024, 7:02 AM ET

    By Courtney Kube and Dan De Luce

    The United States and Britain struck more than 60 targets at 16 locations in Yemen overnight, U.S. officials said, in response to a campaign of Houthi attacks on commercial shipping in the Red Sea.

    The strikes were carried out by fighter jets and by Tomahawk missiles fired from warships and a submarine, Lt. Gen. Alexus Grynkewich told reporters at the Pentagon.

    A Houthi military spokesman, Yahya Saree, said five fighters were killed and six wounded in 73 strikes on the capital, Sanaa, and four other provinces. He vowed that the attacks would "not go unanswered."

    The Houthis have attacked ships at least 27 times since Nov. 19. On Tuesday, they fired 18 drones, two anti-ship cruise missiles and one ballistic missile at U.S. and British warships, all of which were shot down, the Pentagon said.

    Earlier, on Dec. 31, U.S. Navy helicopters sank three Houthi boats that had tried to board a container ship, killing 10 fighters, the U.S. military said.

    In November, Houthi fighters seized the cargo ship Galaxy Leader and took its 25 crew members hostage. They are still being held in the port city of Hodeidah.

    More than 2,000 ships have been forced to divert thousands of miles around the southern tip of Africa to avoid the Red Sea, according to the U.K. Ministry of Defence.

    The war in Yemen, which began in 2014 when the Houthis seized Sanaa, has killed more than 150,000 people, according to the monitoring group ACLED, and left 4.5 million people internally displaced, according to the U.N.

    President Joe Biden said in a statement that the strikes were a "clear message" and that he would "not hesitate to direct further measures to protect our people."
    """,
    g(
        "killed",
        5,
        "yemen",
        pop="combatants",
        scope="event",
        as_of=YEMEN_PUB,
        by="houthi military spokesman",
        cue="said five fighters were killed and six wounded",
        note=(
            "Houthis -> yemen. '60 targets', '16 locations', '73 strikes' and '27 times' are not figures "
            "(attacks, not projectiles or people)."
        ),
    ),
    g(
        "injured",
        6,
        "yemen",
        pop="combatants",
        scope="event",
        as_of=YEMEN_PUB,
        by="houthi military spokesman",
        cue="five fighters were killed and six wounded",
        note="elliptical: six [fighters] wounded -> combatants.",
    ),
    g(
        "projectiles",
        18,
        "yemen",
        scope="event",
        as_of="2024-01-09",
        by="pentagon",
        cue="they fired 18 drones, two anti-ship cruise missiles",
    ),
    g(
        "projectiles",
        2,
        "yemen",
        scope="event",
        as_of="2024-01-09",
        by="pentagon",
        cue="two anti-ship cruise missiles and one ballistic missile",
    ),
    g(
        "projectiles",
        1,
        "yemen",
        scope="event",
        as_of="2024-01-09",
        by="pentagon",
        cue="one ballistic missile at U.S. and British warships",
        note="three weapon types listed = three figures, like '14 soldiers and 10 civilians'.",
    ),
    g(
        "killed",
        10,
        "yemen",
        pop="combatants",
        scope="event",
        as_of="2023-12-31",
        by="us military",
        cue="killing 10 fighters, the U.S. military said",
    ),
    g(
        "hostages",
        25,
        "unknown",
        scope="event",
        as_of=None,
        cue="took its 25 crew members hostage",
        note=(
            "multinational crew: the text names no nationality -> unknown; 'In November' names no day -> "
            "as_of null. '2,000 ships', 'thousands of miles' are not figures."
        ),
    ),
    g(
        "killed",
        150000,
        "yemen",
        scope="total",
        as_of=YEMEN_PUB,
        by="acled",
        q="lower",
        cue="has killed more than 150,000 people",
    ),
    g(
        "displaced",
        4500000,
        "yemen",
        scope="total",
        as_of=YEMEN_PUB,
        by="un",
        cue="left 4.5 million people internally displaced",
    ),
)

IRAN_PUB = "2025-06-16"
IRAN = article(
    "d_iran_israel_war_day4",
    IRAN_PUB,
    """
    Iranian missiles kill 8 in central Israel as war enters fourth day

    Tehran says 224 killed in Israeli strikes; IDF tells residents of central Tehran district to leave

    June 16, 2025

    Iranian ballistic missiles struck Tel Aviv, Haifa and Petah Tikva overnight, killing eight people and wounding more than 280, emergency services said Monday, as the war between Israel and Iran entered its fourth day.

    The IDF said Iran had launched about 370 ballistic missiles and hundreds of drones at Israel since Friday, the majority of which were intercepted.

    The death toll in Israel since the start of the Iranian attacks now stands at 24, the Prime Minister's Office said, and 592 people have been treated in hospitals.

    In Iran, the Health Ministry said 224 people had been killed and 1,277 hospitalized since Israel began its strikes on Friday, most of them civilians.

    Among the dead were at least 20 senior commanders of the armed forces and the Revolutionary Guards, as well as nine nuclear scientists, according to Iranian state media.

    The US-based rights group HRANA put the toll higher, saying at least 406 people had been killed in Iran, 197 of them civilians.

    Iranian authorities said they had arrested 28 people suspected of spying for Israel in the past two days.

    The Israeli army on Monday told some 330,000 residents of a district in central Tehran to leave ahead of strikes on military sites. Traffic jammed the roads north out of the capital as residents fled toward the Caspian coast.

    Iran's previous direct attack on Israel, in October 2024, involved some 180 ballistic missiles, while in April 2024 it launched more than 300 missiles and drones, nearly all of them shot down.
    """,
    g(
        "killed",
        8,
        "israel",
        scope="event",
        as_of=IRAN_PUB,
        by="emergency services",
        cue="killing eight people and wounding more than 280",
        note="also in the headline; listed once.",
    ),
    g(
        "injured",
        280,
        "israel",
        scope="event",
        as_of=IRAN_PUB,
        by="emergency services",
        q="lower",
        cue="wounding more than 280",
    ),
    g(
        "projectiles",
        370,
        "iran",
        scope="total",
        as_of=IRAN_PUB,
        by="idf",
        q="approx",
        cue="about 370 ballistic missiles and hundreds of drones",
        note="'since Friday' = since the war began -> total.",
    ),
    g(
        "projectiles",
        200,
        "iran",
        scope="total",
        as_of=IRAN_PUB,
        by="idf",
        q="lower",
        cue="370 ballistic missiles and hundreds of drones at Israel",
        note="vague 'hundreds' -> 200/lower.",
    ),
    g("killed", 24, "israel", scope="total", as_of=IRAN_PUB, by="prime minister's office", cue="now stands at 24"),
    g(
        "injured",
        592,
        "israel",
        scope="total",
        as_of=IRAN_PUB,
        by="prime minister's office",
        cue="592 people have been treated in hospitals",
        note="'treated in hospitals' = injured.",
    ),
    g(
        "killed",
        224,
        "iran",
        scope="total",
        as_of=IRAN_PUB,
        by="iranian health ministry",
        cue="the Health Ministry said 224 people had been killed",
        note="'most of them civilians' gives no number -> population all; also in the standfirst.",
    ),
    g(
        "injured",
        1277,
        "iran",
        scope="total",
        as_of=IRAN_PUB,
        by="iranian health ministry",
        cue="1,277 hospitalized since Israel began its strikes",
    ),
    g(
        "killed",
        20,
        "iran",
        pop="combatants",
        scope="total",
        as_of=IRAN_PUB,
        by="iranian state media",
        q="lower",
        cue="at least 20 senior commanders",
    ),
    g(
        "killed",
        9,
        "iran",
        scope="total",
        as_of=IRAN_PUB,
        by="iranian state media",
        cue="nine nuclear scientists",
        note="scientists: no FIGURES.md subgroup -> population all.",
    ),
    g(
        "killed",
        406,
        "iran",
        scope="total",
        as_of=IRAN_PUB,
        by="hrana",
        q="lower",
        cue="at least 406 people had been killed in Iran",
    ),
    g("killed", 197, "iran", pop="civilians", scope="total", as_of=IRAN_PUB, by="hrana", cue="197 of them civilians"),
    g(
        "detained",
        28,
        "iran",
        scope="event",
        as_of=IRAN_PUB,
        by="iranian authorities",
        cue="arrested 28 people suspected of spying",
    ),
    g(
        "evacuated",
        330000,
        "iran",
        scope="event",
        as_of=IRAN_PUB,
        q="approx",
        cue="some 330,000 residents of a district in central Tehran to leave",
        note=(
            "'told ... to leave' = ordered to leave -> evacuated; the count is the article's own -> "
            "reported_by null (debatable: israeli army)."
        ),
    ),
    g(
        "projectiles",
        180,
        "iran",
        scope="event",
        as_of=None,
        q="approx",
        cue="involved some 180 ballistic missiles",
        note="'in October 2024' names no day -> as_of null.",
    ),
    g(
        "projectiles",
        300,
        "iran",
        scope="event",
        as_of=None,
        q="lower",
        cue="it launched more than 300 missiles and drones",
    ),
)

UKRAINE_PUB = "2024-11-20"
UKRAINE_RUSSIA = article(
    "d_ukraine_russia_1000_days",
    UKRAINE_PUB,
    """
    Russian missile strikes hit Sumy and Odesa as Ukraine fires US-made Atacms into Russia

    Moscow says it shot down five of six missiles launched at Bryansk region, as Zelenskyy marks 1,000 days of full-scale war

    Dan Sabbagh in Kyiv and Pjotr Sauer
    Wed 20 Nov 2024 18.32 GMT

    A Russian ballistic missile struck a residential district of Sumy on Sunday night, killing 11 people, including two children, and injuring 84, Ukrainian officials said.

    On Monday, a strike on the port city of Odesa killed 10 people and injured 55, the regional governor, Oleh Kiper, said.

    Russia's defence ministry said Ukraine had fired six Atacms missiles at a military facility in the Bryansk region on Tuesday, five of which were shot down. It was the first time Kyiv had used the US-supplied weapons inside Russia.

    The UN human rights monitoring mission in Ukraine said this week that at least 12,162 civilians, including at least 659 children, had been killed since Russia's full-scale invasion in February 2022. At least 26,919 civilians have been injured, it said.

    More than 3.6 million people are internally displaced within Ukraine, and 6.7 million Ukrainians have sought refuge abroad, according to the UN. Some 35,000 Ukrainians are officially listed as missing, according to the national police.

    Ukraine's general staff claims Russia has lost more than 720,000 troops killed or wounded since February 2022, including 1,680 in the past day. Neither side publishes its own military losses.

    Kyiv says more than 8,000 Ukrainians, including civilians, are being held in Russian captivity.

    Ukraine's air force said Russia launched 122 drones and two missiles at Ukraine overnight, of which 56 drones were shot down. Russia's defence ministry said its air defences had destroyed 44 Ukrainian drones over seven regions.

    In Russia's Kursk region, where Ukrainian forces launched a cross-border incursion in August, regional authorities say about 150,000 residents have been evacuated.
    """,
    g(
        "killed",
        11,
        "ukraine",
        scope="event",
        as_of="2024-11-17",
        by="ukrainian officials",
        cue="killing 11 people, including two children, and injuring 84",
        note="'on Sunday night' counted back from Wed 20 Nov.",
    ),
    g(
        "killed",
        2,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2024-11-17",
        by="ukrainian officials",
        cue="including two children, and injuring 84",
    ),
    g(
        "injured",
        84,
        "ukraine",
        scope="event",
        as_of="2024-11-17",
        by="ukrainian officials",
        cue="and injuring 84, Ukrainian officials said",
    ),
    g(
        "killed",
        10,
        "ukraine",
        scope="event",
        as_of="2024-11-18",
        by="regional governor oleh kiper",
        cue="Odesa killed 10 people and injured 55",
    ),
    g(
        "injured",
        55,
        "ukraine",
        scope="event",
        as_of="2024-11-18",
        by="regional governor oleh kiper",
        cue="killed 10 people and injured 55",
    ),
    g(
        "projectiles",
        6,
        "ukraine",
        scope="event",
        as_of="2024-11-19",
        by="russian defence ministry",
        cue="Ukraine had fired six Atacms missiles",
        note=(
            "'five of which were shot down' is a subset of the six fired (not annotated, as in the "
            "seeds); also in the standfirst. '1,000 days' is not a figure."
        ),
    ),
    g(
        "killed",
        12162,
        "ukraine",
        pop="civilians",
        scope="total",
        as_of=UKRAINE_PUB,
        by="un human rights monitoring mission",
        q="lower",
        cue="at least 12,162 civilians",
    ),
    g(
        "killed",
        659,
        "ukraine",
        pop="children",
        scope="total",
        as_of=UKRAINE_PUB,
        by="un human rights monitoring mission",
        q="lower",
        cue="including at least 659 children",
    ),
    g(
        "injured",
        26919,
        "ukraine",
        pop="civilians",
        scope="total",
        as_of=UKRAINE_PUB,
        by="un human rights monitoring mission",
        q="lower",
        cue="At least 26,919 civilians have been injured",
    ),
    g(
        "displaced",
        3600000,
        "ukraine",
        scope="total",
        as_of=UKRAINE_PUB,
        by="un",
        q="lower",
        cue="More than 3.6 million people are internally displaced",
    ),
    g(
        "displaced",
        6700000,
        "ukraine",
        scope="total",
        as_of=UKRAINE_PUB,
        by="un",
        cue="6.7 million Ukrainians have sought refuge abroad",
    ),
    g(
        "missing",
        35000,
        "ukraine",
        scope="total",
        as_of=UKRAINE_PUB,
        by="national police",
        q="approx",
        cue="Some 35,000 Ukrainians are officially listed as missing",
    ),
    g(
        "killed",
        720000,
        "russia",
        pop="combatants",
        scope="total",
        as_of=UKRAINE_PUB,
        by="ukrainian general staff",
        q="lower",
        cue="more than 720,000 troops killed or wounded",
        note="combined 'killed or wounded' with no split: FIGURES.md says killed when the text says killed.",
    ),
    g(
        "killed",
        1680,
        "russia",
        pop="combatants",
        scope="event",
        as_of=UKRAINE_PUB,
        by="ukrainian general staff",
        cue="including 1,680 in the past day",
    ),
    g(
        "detained",
        8000,
        "ukraine",
        scope="total",
        as_of=UKRAINE_PUB,
        by="kyiv",
        q="lower",
        cue="more than 8,000 Ukrainians, including civilians",
        note="people held in captivity (prisoners) -> detained, not hostages.",
    ),
    g(
        "projectiles",
        122,
        "russia",
        scope="event",
        as_of=UKRAINE_PUB,
        by="ukrainian air force",
        cue="Russia launched 122 drones and two missiles",
        note="'56 drones were shot down' is a subset of the launched drones: not annotated.",
    ),
    g(
        "projectiles",
        2,
        "russia",
        scope="event",
        as_of=UKRAINE_PUB,
        by="ukrainian air force",
        cue="122 drones and two missiles at Ukraine overnight",
    ),
    g(
        "projectiles",
        44,
        "ukraine",
        scope="event",
        as_of=UKRAINE_PUB,
        by="russian defence ministry",
        cue="destroyed 44 Ukrainian drones over seven regions",
        note="the only count of that night's Ukrainian drones -> projectiles fired by Ukraine (debatable).",
    ),
    g(
        "evacuated",
        150000,
        "russia",
        scope="total",
        as_of=UKRAINE_PUB,
        by="regional authorities",
        q="approx",
        cue="about 150,000 residents have been evacuated",
    ),
)

MYANMAR_PUB = "2024-02-03"
MYANMAR = article(
    "d_myanmar_three_years",
    MYANMAR_PUB,
    """
    Three years after coup, Myanmar's war has displaced 2.6 million, UN says

    Junta air strikes on villages intensify as ethnic armed groups seize towns in Shan and Rakhine states

    Rebecca Ratcliffe, south-east Asia correspondent
    Published: 3 February 2024

    More than 2.6 million people have been driven from their homes in Myanmar, most of them since the military seized power on 1 February 2021, according to the UN humanitarian office, OCHA.

    The Assistance Association for Political Prisoners, a monitoring group, says 4,474 people have been killed by the military and 26,060 arrested since the coup, of whom 19,953 remain in detention.

    An air strike on a church compound in Kanan village, in Sagaing region, on Thursday killed 17 people, including nine children, residents said.

    Since late October, when an alliance of three ethnic armed groups launched Operation 1027 in northern Shan state, the resistance has captured more than 30 towns and hundreds of military posts, and taken thousands of soldiers prisoner.

    The UN says fighting in Rakhine state has forced about 90,000 people to flee since November. In the past week alone, junta air strikes killed at least 50 civilians in Sagaing, according to the National Unity Government, the civilian administration in exile.

    Four journalists have been killed and more than 150 arrested since the coup, according to Reporters Without Borders.

    In 2017, a military crackdown drove more than 740,000 Rohingya Muslims into neighbouring Bangladesh, where about a million now live in crowded camps near Cox's Bazar.

    Min Aung Hlaing, the coup leader, has extended the state of emergency by another six months, delaying elections he had promised for August 2023.
    """,
    g(
        "displaced",
        2600000,
        "myanmar",
        scope="total",
        as_of=MYANMAR_PUB,
        by="ocha",
        q="lower",
        cue="More than 2.6 million people have been driven from their homes",
        note="also in the headline (no qualifier there); qualifier from the body.",
    ),
    g(
        "killed",
        4474,
        "myanmar",
        scope="total",
        as_of=MYANMAR_PUB,
        by="assistance association for political prisoners",
        cue="4,474 people have been killed by the military",
    ),
    g(
        "detained",
        26060,
        "myanmar",
        scope="total",
        as_of=MYANMAR_PUB,
        by="assistance association for political prisoners",
        cue="26,060 arrested since the coup",
    ),
    g(
        "detained",
        19953,
        "myanmar",
        scope="total",
        as_of=MYANMAR_PUB,
        by="assistance association for political prisoners",
        cue="of whom 19,953 remain in detention",
    ),
    g(
        "killed",
        17,
        "myanmar",
        scope="event",
        as_of="2024-02-01",
        by="residents",
        cue="on Thursday killed 17 people, including nine children",
    ),
    g(
        "killed",
        9,
        "myanmar",
        pop="children",
        scope="event",
        as_of="2024-02-01",
        by="residents",
        cue="including nine children, residents said",
    ),
    g(
        "detained",
        2000,
        "myanmar",
        pop="combatants",
        scope="total",
        as_of=MYANMAR_PUB,
        q="lower",
        cue="taken thousands of soldiers prisoner",
        note=(
            "vague 'thousands' -> 2000/lower; running count of the offensive ('since late October') -> "
            "total. '30 towns', 'hundreds of military posts', 'Operation 1027', 'three ethnic armed "
            "groups' are not figures."
        ),
    ),
    g(
        "displaced",
        90000,
        "myanmar",
        scope="total",
        as_of=MYANMAR_PUB,
        by="un",
        q="approx",
        cue="forced about 90,000 people to flee since November",
    ),
    g(
        "killed",
        50,
        "myanmar",
        pop="civilians",
        scope="event",
        as_of=MYANMAR_PUB,
        by="national unity government",
        q="lower",
        cue="killed at least 50 civilians in Sagaing",
    ),
    g(
        "killed",
        4,
        "myanmar",
        pop="journalists",
        scope="total",
        as_of=MYANMAR_PUB,
        by="reporters without borders",
        cue="Four journalists have been killed",
    ),
    g(
        "detained",
        150,
        "myanmar",
        pop="journalists",
        scope="total",
        as_of=MYANMAR_PUB,
        by="reporters without borders",
        q="lower",
        cue="more than 150 arrested since the coup",
    ),
    g(
        "displaced",
        740000,
        "myanmar",
        scope="event",
        as_of=None,
        q="lower",
        cue="drove more than 740,000 Rohingya Muslims",
    ),
    g(
        "displaced",
        1000000,
        "myanmar",
        scope="total",
        as_of=MYANMAR_PUB,
        q="approx",
        cue="where about a million now live in crowded camps",
        note="refugees of Myanmar's conflict living in Bangladesh -> displaced, side myanmar; 'a million' = 1,000,000.",
    ),
)

ARTICLES = [YEMEN, IRAN, UKRAINE_RUSSIA, MYANMAR]
