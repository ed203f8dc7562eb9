"""South Sudan (an MSF press release), Sudan (a British daily), DR Congo's Ituri (a wire story) and Nigeria with
Burkina Faso (a Nigerian daily)."""

# ruff: noqa: E501

from __future__ import annotations

from . import DRC, article, g

SS1 = "2025-05-12"
SOUTH_SUDAN = article(
    "g_south_sudan_msf_hospital_bombed",
    SS1,
    """
    South Sudan: MSF hospital in Old Fangak bombed as violence against civilians escalates

    PRESS RELEASE

    Juba, 12 May 2025 – Médecins Sans Frontières (MSF) strongly condemns the aerial bombardment of its hospital in Old Fangak, Jonglei state, in the early hours of 3 May. The pharmacy, which held all of the hospital's medical supplies, was destroyed.

    Later that morning, a drone attack on the town's market killed at least seven people and wounded 20, including four children, according to local authorities. Two MSF staff members were lightly injured in the hospital attack.

    "Our teams worked through the day to treat the wounded with what little was left," said Zakaria Mwatia, MSF deputy head of mission in South Sudan. "Patients who could walk fled into the bush. We managed to evacuate some 25 patients by boat to a safer location."

    The hospital in Old Fangak is the only hospital for a population of around 110,000 people, many of whom can only reach it by river. MSF has worked in the area since 2014.

    This is the latest in a series of attacks on health facilities in South Sudan this year. In April, MSF was forced to suspend activities in Ulang county after its facility there was looted, and in Nasir county the organisation's hospital has been closed since fighting broke out in March.

    Since February, fighting between government forces and armed groups in Upper Nile and Jonglei states has displaced more than 125,000 people, according to the United Nations. Tens of thousands more have crossed into Ethiopia.

    MSF calls on all parties to the conflict to respect medical facilities, staff and patients, and to allow people in need to access care safely.

    "Bombing a hospital deprives an entire community of lifesaving care at the moment they need it most," said Mwatia. "Attacks like this must stop."

    About MSF in South Sudan

    MSF has worked in the region that is now South Sudan since 1983 and runs projects in eight of the country's ten states, with more than 3,000 staff, most of them South Sudanese.

    Contact: press office, MSF East Africa
    """,
    g(
        "killed",
        7,
        "south-sudan",
        q="lower",
        scope="event",
        as_of="2025-05-03",
        by="local authorities",
        cue="killed at least seven people and wounded 20",
        note="'Later that morning' of 3 May -> 2025-05-03.",
    ),
    g(
        "injured",
        20,
        "south-sudan",
        scope="event",
        as_of="2025-05-03",
        by="local authorities",
        cue="wounded 20, including four children",
    ),
    g(
        "injured",
        4,
        "south-sudan",
        pop="children",
        scope="event",
        as_of="2025-05-03",
        by="local authorities",
        cue="including four children",
    ),
    g(
        "injured",
        2,
        "south-sudan",
        pop="aid_workers",
        scope="event",
        as_of="2025-05-03",
        by="msf",
        cue="Two MSF staff members were lightly injured",
        note="MSF staff -> aid_workers (medics defensible); the press release speaks for MSF, so reported_by msf (null defensible: the outlet's own voice).",
    ),
    g(
        "evacuated",
        25,
        "south-sudan",
        q="approx",
        scope="event",
        as_of="2025-05-03",
        by="msf",
        cue="evacuate some 25 patients by boat",
        note="quoted MSF official; 'some' -> approx. 'a population of around 110,000' and '3,000 staff' are not figures.",
    ),
    g(
        "displaced",
        125000,
        "south-sudan",
        q="lower",
        scope="total",
        as_of=SS1,
        by="un",
        cue="has displaced more than 125,000 people",
    ),
    g(
        "displaced",
        20000,
        "south-sudan",
        q="lower",
        scope="total",
        as_of=SS1,
        by="un",
        cue="Tens of thousands more have crossed into Ethiopia",
        note="vague 'Tens of thousands' -> 20000/lower; South Sudanese refugees -> side south-sudan; attribution carried from the previous sentence (debatable: null).",
    ),
)

SD1 = "2024-12-05"
SUDAN = article(
    "g_sudan_el_fasher_shelling_daily",
    SD1,
    """
    Children among 21 killed as RSF shells Darfur camp, Sudan volunteers say

    Attack on Abu Shouk camp near El Fasher comes as UN warns that famine is spreading across the country

    Thu 5 Dec 2024 14.22 GMT

    Shelling by Sudan's paramilitary Rapid Support Forces on a camp for displaced people near the besieged city of El Fasher killed 21 people on Monday, including nine children, according to a local volunteer group.

    The Emergency Response Room in Abu Shouk said shells fell on a market and a water point in the camp in the morning, when they were crowded with women and children. Dozens more were wounded and taken to the Saudi hospital, one of the last functioning medical facilities in the city.

    The Sudan Doctors Network said five health workers had been killed at the hospital in a separate drone strike on Tuesday.

    On Sunday, RSF fighters stormed villages east of El Fasher and detained at least 30 men, accusing them of collaborating with the army, residents said.

    The UN human rights office said at least 782 civilians had been killed in El Fasher between 10 May, when the RSF began its siege, and the end of November.

    The war between the army and the RSF, which broke out in April 2023, has killed tens of thousands of people. Some estimates put the toll as high as 150,000, though there is no reliable count. More than 12 million people have been forced from their homes, making Sudan the world's largest displacement crisis.

    Famine has been confirmed in five areas, including Zamzam camp, and the UN says 638,000 people are facing catastrophic hunger.

    Both sides have been accused of atrocities. The RSF has been accused of ethnically targeted killings in West Darfur, where the UN estimates that between 10,000 and 15,000 people were killed in the town of El Geneina in 2023.

    The army, which has been bombing RSF-held areas from the air, has also been accused of killing civilians in markets and residential districts. An army air strike on a market in Kabkabiya last month killed dozens, according to local monitors.

    The US special envoy for Sudan, Tom Perriello, said this week that talks to end the war remained stalled.
    """,
    g(
        "killed",
        21,
        "sudan",
        scope="event",
        as_of="2024-12-02",
        by="emergency response room",
        cue="killed 21 people on Monday",
        note="headline 'Children among 21 killed' is the same figure.",
    ),
    g(
        "killed",
        9,
        "sudan",
        pop="children",
        scope="event",
        as_of="2024-12-02",
        by="emergency response room",
        cue="including nine children",
    ),
    g(
        "injured",
        24,
        "sudan",
        q="lower",
        scope="event",
        as_of="2024-12-02",
        by="emergency response room",
        cue="Dozens more were wounded",
        note="vague 'Dozens' -> 24/lower.",
    ),
    g(
        "killed",
        5,
        "sudan",
        pop="medics",
        scope="event",
        as_of="2024-12-03",
        by="sudan doctors network",
        cue="five health workers had been killed",
    ),
    g(
        "detained",
        30,
        "sudan",
        q="lower",
        scope="event",
        as_of="2024-12-01",
        by="residents",
        cue="detained at least 30 men",
    ),
    g(
        "killed",
        782,
        "sudan",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2024-11-30",
        by="ohchr",
        cue="at least 782 civilians had been killed in El Fasher",
        note="a window (10 May to the end of November) -> event, as_of its last day (debatable: total of the siege, article date).",
    ),
    g(
        "killed",
        20000,
        "sudan",
        q="lower",
        scope="total",
        as_of=SD1,
        cue="has killed tens of thousands of people",
        note="vague 'tens of thousands' -> 20000/lower.",
    ),
    g(
        "killed",
        150000,
        "sudan",
        q="upper",
        scope="total",
        as_of=SD1,
        by="some estimates",
        cue="as high as 150,000",
        note="'as high as' -> upper (like 'up to').",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="lower",
        scope="total",
        as_of=SD1,
        cue="More than 12 million people have been forced from their homes",
        note="'638,000 people ... facing catastrophic hunger' is not a casualty figure; 'five areas' is not a figure.",
    ),
    g(
        "killed",
        10000,
        "sudan",
        q="range",
        high=15000,
        scope="event",
        as_of=None,
        by="un",
        cue="between 10,000 and 15,000 people were killed",
        note="El Geneina killings 'in 2023' -> event with no day -> as_of null.",
    ),
    g(
        "killed",
        24,
        "sudan",
        q="lower",
        scope="event",
        as_of=None,
        by="local monitors",
        cue="killed dozens, according to local monitors",
        note="'last month' names no day -> as_of null (debatable: 2024-11).",
    ),
)

D1 = "2025-02-12"
CONGO = article(
    "g_drc_ituri_codeco_wire",
    D1,
    """
    Militia attacks in Congo's Ituri kill at least 51, UN says, as M23 pushes south

    By Sonia Rolley and Ange Kasongo

    February 12, 2025 6:41 PM GMT+1

    KINSHASA, Feb 12 (Reuters) - Militiamen from the CODECO armed group killed at least 51 civilians, including women and children, in attacks on several villages in eastern Congo's Ituri province on Monday, a United Nations spokesperson said on Wednesday.

    Local civil society leaders in Djugu territory put the death toll at 55 and said more than 40 people had been wounded, many with machete wounds. Dozens of homes were burned.

    CODECO, a loose association of militias drawn mainly from the Lendu ethnic group, has been blamed for hundreds of deaths in Ituri in recent years. UN peacekeepers said they had sent patrols to the area.

    At the Rho displacement site, which sits next to a UN base in Djugu, the aid group Caritas said it had registered about 3,000 new arrivals since Monday, most of them women and children who walked through the night. Ituri has been spared the M23 offensive, but local officials fear the rebels' advance will draw troops away from the province.

    The violence comes as M23 rebels, who seized the city of Goma in North Kivu late last month, advance on Bukavu, the capital of South Kivu province. The Congolese army said on Tuesday it had arrested 12 of its own soldiers for looting in Kavumu, home to Bukavu's airport.

    The battle for Goma killed about 3,000 people, according to the United Nations, and the UN refugee agency said more than 350,000 people had been left homeless after displacement camps around the city were emptied.

    Burundi, an ally of Kinshasa, has around 10,000 troops in South Kivu, according to diplomatic and security sources.

    In all, some 7 million people are displaced in Congo, one of the world's largest humanitarian crises, according to the UN.

    Reporting by Sonia Rolley and Ange Kasongo; Editing by Alexandra Hudson

    Our Standards: The Thomson Reuters Trust Principles.
    """,
    g(
        "killed",
        51,
        DRC,
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-02-10",
        by="un",
        cue="killed at least 51 civilians",
        note="headline 'kill at least 51' is the same figure; 'including women and children' has no number.",
    ),
    g(
        "killed",
        55,
        DRC,
        pop="civilians",
        scope="event",
        as_of="2025-02-10",
        by="local civil society leaders",
        cue="put the death toll at 55",
        note="another source's toll of the same attack -> its own figure.",
    ),
    g(
        "injured",
        40,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-02-10",
        by="local civil society leaders",
        cue="more than 40 people had been wounded",
        note="'Dozens of homes' counts homes; 'hundreds of deaths in Ituri in recent years' is a vague count -> annotated below.",
    ),
    g(
        "killed",
        200,
        DRC,
        q="lower",
        scope="total",
        as_of=D1,
        cue="blamed for hundreds of deaths in Ituri",
        note="vague 'hundreds' -> 200/lower; 'in recent years' is the running toll -> total (debatable whether annotators would list it).",
    ),
    g(
        "displaced",
        3000,
        DRC,
        q="approx",
        scope="event",
        as_of=D1,
        by="caritas",
        cue="registered about 3,000 new arrivals since Monday",
        note="new arrivals at a displacement site -> displaced; 'since Monday' -> event.",
    ),
    g(
        "detained",
        12,
        DRC,
        pop="combatants",
        scope="event",
        as_of="2025-02-11",
        by="congolese army",
        cue="arrested 12 of its own soldiers",
    ),
    g(
        "killed",
        3000,
        DRC,
        q="approx",
        scope="event",
        as_of=None,
        by="un",
        cue="The battle for Goma killed about 3,000 people",
        note="a past battle with no day named ('late last month') -> event, as_of null (debatable).",
    ),
    g(
        "displaced",
        350000,
        DRC,
        q="lower",
        scope="event",
        as_of=D1,
        by="unhcr",
        cue="more than 350,000 people had been left homeless",
        note="'homeless' -> displaced; '10,000 troops' is a deployment, not a figure.",
    ),
    g(
        "displaced",
        7000000,
        DRC,
        q="approx",
        scope="total",
        as_of=D1,
        by="un",
        cue="some 7 million people are displaced in Congo",
    ),
)

N1 = "2025-05-13"
NIGERIA = article(
    "g_nigeria_borno_farmers_daily",
    N1,
    """
    Boko Haram kills 23 farmers in Borno as attacks surge in North-east

    By Agency Report

    May 13, 2025

    Suspected Boko Haram insurgents killed at least 23 farmers in Dumba, a village in the Kukawa Local Government Area of Borno State, on Monday, the police said.

    The police spokesperson in the state, Nahum Daso, said six other farmers were abducted by the attackers, who arrived on motorcycles while the victims were working on their farms.

    "The bodies have been recovered and search teams are working to rescue the abducted persons," he said.

    The attack came two days after fighters of the Islamic State West Africa Province (ISWAP) overran a military base in Marte on Saturday, killing at least five soldiers, according to military sources who spoke on condition of anonymity. The insurgents also carted away weapons and burned two armoured vehicles.

    The Nigerian Army, in its weekly briefing on Tuesday, said troops had neutralised 19 terrorists and arrested 42 suspected collaborators across the North-east in the past week. It also said 186 kidnapped persons had been rescued.

    Borno State Governor Babagana Zulum last month warned that Boko Haram was regaining ground, saying the state was "losing" some areas to the insurgents.

    The insurgency, which began in 2009, has killed about 40,000 people and displaced more than two million in the North-east, according to the United Nations.

    Violence has also surged across the border in the Sahel. In neighbouring Burkina Faso, fighters of the al-Qaeda-linked JNIM attacked the town of Djibo on Sunday, killing more than 100 people, most of them soldiers, according to local sources and a security official.

    Burkina Faso's military government, which seized power in 2022, has not commented on the attack. Residents said hundreds of people had fled towards Ouahigouya.

    Nigeria, Burkina Faso, Mali and Niger are among the countries worst hit by jihadist violence, which has killed thousands across West Africa this year.

    Follow us on WhatsApp for the latest news.
    """,
    g(
        "killed",
        23,
        "nigeria",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-05-12",
        by="police",
        cue="killed at least 23 farmers",
        note="farmers -> civilians (all defensible); headline repeats 23.",
    ),
    g(
        "hostages",
        6,
        "nigeria",
        pop="civilians",
        scope="event",
        as_of="2025-05-12",
        by="police",
        cue="six other farmers were abducted",
        note="abducted -> hostages.",
    ),
    g(
        "killed",
        5,
        "nigeria",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-05-10",
        by="military sources",
        cue="killing at least five soldiers",
    ),
    g(
        "killed",
        19,
        "nigeria",
        pop="combatants",
        scope="event",
        as_of=N1,
        by="nigerian army",
        cue="troops had neutralised 19 terrorists",
        note="'neutralised' in Nigerian army briefings means killed (debatable); 'in the past week' -> event. 'two armoured vehicles' is not a figure.",
    ),
    g(
        "detained",
        42,
        "nigeria",
        scope="event",
        as_of=N1,
        by="nigerian army",
        cue="arrested 42 suspected collaborators",
    ),
    g(
        "hostages",
        186,
        "nigeria",
        scope="event",
        as_of=N1,
        by="nigerian army",
        cue="186 kidnapped persons had been rescued",
        note="kidnap victims freed -> hostages (count of captives), like released hostages elsewhere in this set.",
    ),
    g("killed", 40000, "nigeria", q="approx", scope="total", as_of=N1, by="un", cue="has killed about 40,000 people"),
    g(
        "displaced",
        2000000,
        "nigeria",
        q="lower",
        scope="total",
        as_of=N1,
        by="un",
        cue="displaced more than two million",
    ),
    g(
        "killed",
        100,
        "burkina-faso",
        q="lower",
        scope="event",
        as_of="2025-05-11",
        by="local sources",
        cue="killing more than 100 people, most of them soldiers",
        note="'most of them soldiers' -> population all (no number for soldiers).",
    ),
    g(
        "displaced",
        200,
        "burkina-faso",
        q="lower",
        scope="event",
        as_of="2025-05-11",
        by="residents",
        cue="hundreds of people had fled towards Ouahigouya",
        note="vague 'hundreds' -> 200/lower; as_of the attack day (debatable: article date).",
    ),
    g(
        "killed",
        2000,
        "unknown",
        q="lower",
        scope="total",
        as_of=N1,
        cue="has killed thousands across West Africa this year",
        note="vague 'thousands' -> 2000/lower; several countries -> side unknown (debatable whether a figure at all).",
    ),
)

ARTICLES = [SOUTH_SUDAN, SUDAN, CONGO, NIGERIA]
