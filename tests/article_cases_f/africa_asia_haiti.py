"""Sudan (an OCHA flash update and a wire story), DR Congo after the fall of Goma (UN news), Somalia (wire), an undated
Myanmar story and an NGO press release on Haiti."""

# ruff: noqa: E501

from __future__ import annotations

from . import DRC, article, g

SD1 = "2025-04-16"
SUDAN_SITREP = article(
    "f_sudan_zamzam_flash_update",
    SD1,
    """
    Sudan: Attacks on Zamzam IDP camp and El Fasher - Flash Update No. 3 (16 April 2025)

    Format: Situation Report
    Source: OCHA
    Posted: 16 Apr 2025
    Originally published: 16 Apr 2025

    HIGHLIGHTS

    Between 11 and 13 April, attacks by the Rapid Support Forces (RSF) on Zamzam camp and El Fasher town killed more than 400 people, according to local sources cited by the UN Resident and Humanitarian Coordinator.

    Up to 400,000 people are estimated to have fled Zamzam since 11 April. Most have walked to Tawila, about 60 km to the west.

    Humanitarian partners warn that the cholera outbreak is spreading to new localities as the rainy season approaches.

    SITUATION OVERVIEW

    Nine staff of Relief International, among them doctors and drivers, were killed on 11 April while running one of the last functioning health posts in Zamzam. UNICEF said at least 14 children were among those killed in the camp.

    According to the International Organization for Migration (IOM), between 60,000 and 80,000 households were displaced from Zamzam in three days. Partners in Tawila have registered more than 150,000 new arrivals, many of them women and children who walked through the night without water.

    On 14 April, shelling hit a market in Omdurman, Khartoum state, killing 30 people and injuring dozens, local health authorities said.

    The World Health Organization (WHO) has verified 156 attacks on health care in Sudan since April 2023, in which at least 120 health workers were killed.

    Since August 2024, more than 52,000 suspected cholera cases, including 1,240 associated deaths, have been reported across 12 of Sudan's 18 states, according to the Federal Ministry of Health.

    Since the conflict began in April 2023, more than 12.5 million people have been displaced, including 3.8 million who have crossed into neighbouring countries.

    FUNDING

    The 2025 Sudan Humanitarian Response Plan, which seeks US$4.2 billion to reach 20.9 million people, is 9.8 per cent funded.

    For further information, please contact: OCHA Sudan Public Information Unit, ochasudan@un.org
    """,
    g(
        "killed",
        400,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-04-13",
        by="un resident coordinator",
        cue="killed more than 400 people",
        note="'Between 11 and 13 April' is a date span, not a range figure; the window ends on 13 April -> as_of 2025-04-13 (debatable: the article date would also be defensible). Attribution chain 'local sources cited by the UN Resident ... Coordinator' -> the named UN official.",
    ),
    g(
        "displaced",
        400000,
        "sudan",
        q="upper",
        scope="event",
        as_of=SD1,
        cue="Up to 400,000 people are estimated to have fled Zamzam",
        note="'60 km' is a distance; households (60,000-80,000) are not counts of people -> not annotated.",
    ),
    g(
        "killed",
        9,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of="2025-04-11",
        cue="Nine staff of Relief International",
        note="NGO staff running a health post: aid_workers (medics would be defensible).",
    ),
    g(
        "killed",
        14,
        "sudan",
        pop="children",
        q="lower",
        scope="event",
        as_of=SD1,
        by="unicef",
        cue="at least 14 children were among those killed in the camp",
    ),
    g(
        "displaced",
        150000,
        "sudan",
        q="lower",
        scope="event",
        as_of=SD1,
        cue="more than 150,000 new arrivals",
        note="new arrivals in Tawila after fleeing -> displaced.",
    ),
    g(
        "killed",
        30,
        "sudan",
        scope="event",
        as_of="2025-04-14",
        by="local health authorities",
        cue="killing 30 people and injuring dozens",
    ),
    g(
        "injured",
        24,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="local health authorities",
        cue="killing 30 people and injuring dozens",
    ),
    g(
        "killed",
        120,
        "sudan",
        pop="medics",
        q="lower",
        scope="total",
        as_of=SD1,
        by="who",
        cue="at least 120 health workers were killed",
        note="156 attacks are not people.",
    ),
    g(
        "killed",
        1240,
        "sudan",
        scope="total",
        as_of=SD1,
        by="sudanese health ministry",
        cue="including 1,240 associated deaths",
        note="cholera cases are not a metric; deaths are.",
    ),
    g(
        "displaced",
        12500000,
        "sudan",
        q="lower",
        scope="total",
        as_of=SD1,
        cue="more than 12.5 million people have been displaced",
    ),
    g(
        "displaced",
        3800000,
        "sudan",
        scope="total",
        as_of=SD1,
        cue="including 3.8 million who have crossed into neighbouring countries",
        note="money, percentages and '20.9 million people' to reach with aid are not figures.",
    ),
)

SD2 = "2025-05-06"
SUDAN_WIRE = article(
    "f_sudan_port_sudan_drones_wire",
    SD2,
    """
    Drones hit Port Sudan for third day as RSF shelling kills 20 in El Fasher

    Last updated 6 May 2025, 14:22 GMT

    PORT SUDAN (AFP) — Drones struck Port Sudan's main fuel depot and the city's only international airport on Tuesday, the third straight day of attacks on the Red Sea city that has served as the army-backed government's wartime seat.

    The army said its air defences had shot down most of 11 drones launched at the city overnight, blaming the paramilitary Rapid Support Forces (RSF). There were no immediate reports of casualties, but thick black smoke hung over the port and flights were suspended.

    In North Darfur, RSF shelling killed 20 civilians in El Fasher on Monday, including six children, the city's resistance committee said in a statement. It said another 31 people were wounded when shells hit the Abu Shouk camp for displaced people on the northern edge of the city.

    The RSF said in a statement on Telegram that it had killed "more than 300" soldiers and allied fighters in battles near El Obeid on Sunday. The army did not comment on the claim, which could not be verified.

    The army-aligned government said RSF fighters had detained around 1,500 men in villages in Gezira state during their retreat earlier this year. Rights groups have accused both sides of summarily executing civilians accused of collaborating with the enemy.

    The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people. Former US envoy Tom Perriello has said the true toll could be up to 150,000. It has uprooted about 13 million people, creating what the UN calls the world's largest displacement crisis, and pushed parts of the country into famine.

    More than 800,000 Sudanese refugees have arrived in neighbouring Chad, according to the UN refugee agency.

    bur-jf/ser
    """,
    g(
        "projectiles",
        11,
        "sudan",
        scope="event",
        as_of=SD2,
        by="sudanese army",
        cue="shot down most of 11 drones launched at the city overnight",
        note="launched by the RSF -> sudan (both parties are Sudanese); 'third day' is not a figure.",
    ),
    g(
        "killed",
        20,
        "sudan",
        pop="civilians",
        scope="event",
        as_of="2025-05-05",
        by="el fasher resistance committee",
        cue="RSF shelling killed 20 civilians in El Fasher on Monday",
        note="headline repeats.",
    ),
    g(
        "killed",
        6,
        "sudan",
        pop="children",
        scope="event",
        as_of="2025-05-05",
        by="el fasher resistance committee",
        cue="including six children",
    ),
    g(
        "injured",
        31,
        "sudan",
        scope="event",
        as_of="2025-05-05",
        by="el fasher resistance committee",
        cue="another 31 people were wounded",
    ),
    g(
        "killed",
        300,
        "sudan",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-05-04",
        by="rsf",
        cue='killed "more than 300" soldiers and allied fighters',
        note="'on Sunday' -> 2025-05-04.",
    ),
    g(
        "detained",
        1500,
        "sudan",
        q="approx",
        scope="event",
        as_of=SD2,
        by="sudanese government",
        cue="detained around 1,500 men",
        note="a window ('earlier this year') -> event; as_of = article date.",
    ),
    g("killed", 20000, "sudan", q="lower", scope="total", as_of=SD2, cue="has killed tens of thousands of people"),
    g("killed", 150000, "sudan", q="upper", scope="total", as_of=SD2, by="tom perriello", cue="could be up to 150,000"),
    g(
        "displaced",
        13000000,
        "sudan",
        q="approx",
        scope="total",
        as_of=SD2,
        cue="uprooted about 13 million people",
        note="'the UN calls' covers the description, not the number -> reported_by null.",
    ),
    g(
        "displaced",
        800000,
        "sudan",
        q="lower",
        scope="total",
        as_of=SD2,
        by="unhcr",
        cue="More than 800,000 Sudanese refugees",
    ),
)

C1 = "2025-02-04"
DRC_GOMA = article(
    "f_drc_goma_un_news",
    C1,
    """
    DR Congo: Nearly 3,000 killed in battle for Goma, UN says, as M23 pushes south

    4 February 2025 Peace and Security

    Displaced families shelter in a school in Goma, North Kivu province. © UNICEF/Jospin Benekire

    At least 2,900 people were killed in the fighting for Goma, the UN said on Tuesday, citing bodies recovered from the streets and the city's morgues since the M23 armed group, backed by Rwanda, seized the city last week.

    The World Health Organization (WHO) said more than 2,880 people had been wounded, and that hospitals in Goma were running short of blood and body bags.

    Peacekeepers killed

    Thirteen foreign soldiers serving with the UN mission, MONUSCO, and a regional force from the Southern African Development Community were killed in clashes with the M23 on 24 January: nine South Africans, three Malawians and one Uruguayan.

    In neighbouring Rwanda, the government said five people were killed in Gisenyi on 27 January by shells fired across the border from Congo.

    Displacement

    The UN Office for the Coordination of Humanitarian Affairs (OCHA) said more than 400,000 people had been newly displaced in North and South Kivu since the start of the year. Across the country, some 7 million people are displaced, one of the largest such crises in the world.

    OCHA spokesperson Jens Laerke said around 110,000 people had left displacement sites around Goma in the past week, many of them forced out by the M23.

    Humanitarian staff

    Four aid workers have been killed in eastern DRC since January, the UN said, and two UN vehicles were seized by armed men on Monday.

    The M23 declared a unilateral ceasefire from Tuesday, but fighters were reported to be advancing on Nyabibwe, about 100 km from Bukavu, the capital of South Kivu.

    The Security Council is expected to meet on the crisis later this week.
    """,
    g(
        "killed",
        2900,
        DRC,
        q="lower",
        scope="event",
        as_of=C1,
        by="un",
        cue="At least 2,900 people were killed in the fighting for Goma",
        note="one battle -> event; headline 'Nearly 3,000' restates it in round form (not a separate figure).",
    ),
    g(
        "injured",
        2880,
        DRC,
        q="lower",
        scope="event",
        as_of=C1,
        by="who",
        cue="more than 2,880 people had been wounded",
    ),
    g(
        "killed",
        13,
        "unknown",
        pop="combatants",
        scope="event",
        as_of="2025-01-24",
        cue="Thirteen foreign soldiers",
        note="soldiers of three countries -> unknown; each country's soldiers are their own figures below.",
    ),
    g("killed", 9, "south-africa", pop="combatants", scope="event", as_of="2025-01-24", cue="nine South Africans"),
    g("killed", 3, "malawi", pop="combatants", scope="event", as_of="2025-01-24", cue="three Malawians"),
    g("killed", 1, "uruguay", pop="combatants", scope="event", as_of="2025-01-24", cue="one Uruguayan"),
    g(
        "killed",
        5,
        "rwanda",
        scope="event",
        as_of="2025-01-27",
        by="rwandan government",
        cue="five people were killed in Gisenyi",
    ),
    g(
        "displaced",
        400000,
        DRC,
        q="lower",
        scope="event",
        as_of=C1,
        by="ocha",
        cue="more than 400,000 people had been newly displaced",
        note="'since the start of the year' window -> event.",
    ),
    g(
        "displaced",
        7000000,
        DRC,
        q="approx",
        scope="total",
        as_of=C1,
        cue="some 7 million people are displaced",
        note="the sentence is after the OCHA one but not attributed -> own voice (debatable).",
    ),
    g(
        "displaced",
        110000,
        DRC,
        q="approx",
        scope="event",
        as_of=C1,
        by="ocha",
        cue="around 110,000 people had left displacement sites",
        note="forced out of camps = displaced again (debatable); the spokesperson speaks for OCHA.",
    ),
    g(
        "killed",
        4,
        DRC,
        pop="aid_workers",
        scope="event",
        as_of=C1,
        by="un",
        cue="Four aid workers have been killed in eastern DRC since January",
        note="window since January -> event; 'two UN vehicles' and '100 km' are not figures.",
    ),
)

SO1 = "2024-08-03"
SOMALIA = article(
    "f_somalia_lido_beach_attack",
    SO1,
    """
    Advertisement

    Al-Shabaab attack on Mogadishu beach kills 32, police say

    By Abdi Sheikh and Omar Faruk

    MOGADISHU, Aug 3, 2024 (Reuters) - Al Shabaab militants stormed a restaurant on Mogadishu's Lido beach on Friday evening after a suicide bomber blew himself up at its entrance, killing 32 people and wounding 63, police said on Saturday.

    Police spokesman Abdifatah Aden Hassan told reporters that security forces had killed five attackers and captured one alive after a siege that lasted about an hour. One soldier was among the dead, he said.

    Witnesses described people running into the sea to escape the gunfire. "We were eating when the blast happened. I saw at least 10 bodies on the sand," said Ahmed Nur, 27, a university student who was with friends.

    Hospital officials at Madina hospital said they had received 45 wounded, including 12 in critical condition, and that some of the dead were children. Aamin Ambulance said it had carried around 20 bodies from the scene.

    About 200 people were evacuated from neighbouring hotels during the siege, a police officer at the scene said.

    The al Qaeda-linked group, which has been fighting Somalia's federal government since 2006, claimed responsibility in a statement on its Andalus radio station, saying its fighters had killed "dozens" of people.

    Lido beach, popular with young people and the diaspora on Friday evenings, has been attacked before: a similar assault on June 9, 2023 killed nine civilians.

    President Hassan Sheikh Mohamud condemned the attack and ordered an investigation into how the gunmen had passed through three security checkpoints on the beach road.

    Somali forces, backed by African Union troops and U.S. air strikes, have pushed al Shabaab out of large parts of central Somalia since 2022 but the group retains the ability to stage big attacks in the capital.

    (Reporting by Abdi Sheikh and Omar Faruk; Writing by George Obulutsa; Editing by Alison Williams)
    """,
    g(
        "killed",
        32,
        "somalia",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="killing 32 people and wounding 63",
        note="'Friday evening' -> 2024-08-02 (the report is Saturday's); headline repeats.",
    ),
    g(
        "injured",
        63,
        "somalia",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="killing 32 people and wounding 63",
    ),
    g(
        "killed",
        5,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="security forces had killed five attackers",
        note="al-Shabaab militants are Somali -> somalia, combatants.",
    ),
    g(
        "detained",
        1,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="captured one alive",
        note="a captured attacker -> detained (debatable: 'one' is a count here, not a named person).",
    ),
    g(
        "killed",
        1,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="One soldier was among the dead",
    ),
    g(
        "killed",
        10,
        "somalia",
        q="lower",
        scope="event",
        as_of="2024-08-02",
        by="ahmed nur",
        cue="I saw at least 10 bodies on the sand",
        note="an eyewitness count; '27' is an age.",
    ),
    g(
        "injured",
        45,
        "somalia",
        scope="event",
        as_of="2024-08-02",
        by="madina hospital",
        cue="received 45 wounded",
        note="one hospital's share of the 63.",
    ),
    g(
        "injured",
        12,
        "somalia",
        scope="event",
        as_of="2024-08-02",
        by="madina hospital",
        cue="including 12 in critical condition",
    ),
    g(
        "killed",
        20,
        "somalia",
        q="approx",
        scope="event",
        as_of="2024-08-02",
        by="aamin ambulance",
        cue="carried around 20 bodies from the scene",
    ),
    g(
        "evacuated",
        200,
        "somalia",
        q="approx",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="About 200 people were evacuated",
    ),
    g(
        "killed",
        24,
        "somalia",
        q="lower",
        scope="event",
        as_of="2024-08-02",
        by="al-shabaab",
        cue='its fighters had killed "dozens" of people',
    ),
    g(
        "killed",
        9,
        "somalia",
        pop="civilians",
        scope="event",
        as_of="2023-06-09",
        cue="killed nine civilians",
        note="an earlier attack -> event, its own date; 'since 2006' and 'since 2022' are years.",
    ),
)

MYANMAR = article(
    "f_myanmar_sagaing_airstrike",
    None,
    """
    Junta air strike on Sagaing village kills 32, including 12 children, resistance says

    Myanmar Now

    Residents search the ruins of a monastery in Kani Township after the air strike. Supplied

    A military air strike on a village in Sagaing Region's Kani Township killed at least 32 people, including 12 children and nine women, and wounded more than 40, a local People's Defence Force (PDF) said on Thursday.

    Two Y-12 aircraft dropped bombs on a monastery compound in the village shortly after 9am on Wednesday, when some 300 villagers were attending a novice ordination ceremony, the PDF and residents said. Rescuers were still searching on Thursday for about two dozen people believed to be buried under the collapsed monastery hall.

    Between 3,000 and 4,000 villagers from Kani and neighbouring Yinmabin fled into nearby forests after the strike, fearing further attacks, according to a local aid group.

    The junta did not comment. State media has previously described such strikes as operations against "terrorists".

    Further north, the Kachin Independence Army (KIA) said its fighters had killed more than 50 regime soldiers and captured 23 when they overran a battalion base near Bhamo on Monday. Myanmar Now could not independently verify the claim.

    In Yangon, three journalists working for the weekly Shwe Thit Journal were detained on Tuesday night, the paper said.

    According to the Assistance Association for Political Prisoners (AAPP), at least 6,400 civilians have been killed by the military since the February 2021 coup, and more than 29,000 people have been arrested.

    The military has carried out more than 1,600 air strikes since the coup, according to the research group Myanmar Witness, many of them on schools, clinics and monasteries.

    The UN refugee agency says over 3.5 million people are internally displaced in Myanmar, many of them in Sagaing, which has become a stronghold of armed resistance to the junta.

    Myanmar Now is an independent news organisation. Support our journalism.
    """,
    g(
        "killed",
        32,
        "myanmar",
        q="lower",
        scope="event",
        as_of=None,
        by="people's defence force",
        cue="killed at least 32 people",
        note="undated page: every as_of null. Headline repeats.",
    ),
    g(
        "killed",
        12,
        "myanmar",
        pop="children",
        scope="event",
        as_of=None,
        by="people's defence force",
        cue="including 12 children and nine women",
    ),
    g(
        "killed",
        9,
        "myanmar",
        pop="women",
        scope="event",
        as_of=None,
        by="people's defence force",
        cue="including 12 children and nine women",
    ),
    g(
        "injured",
        40,
        "myanmar",
        q="lower",
        scope="event",
        as_of=None,
        by="people's defence force",
        cue="wounded more than 40",
    ),
    g(
        "missing",
        24,
        "myanmar",
        q="approx",
        scope="event",
        as_of=None,
        cue="about two dozen people believed to be buried",
        note="'two dozen' is a number (24), not the vague 'dozens'; 'some 300 villagers' at the ceremony and 'Two Y-12 aircraft' are not figures.",
    ),
    g(
        "displaced",
        3000,
        "myanmar",
        q="range",
        high=4000,
        scope="event",
        as_of=None,
        by="local aid group",
        cue="Between 3,000 and 4,000 villagers",
    ),
    g(
        "killed",
        50,
        "myanmar",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=None,
        by="kia",
        cue="killed more than 50 regime soldiers",
    ),
    g("detained", 23, "myanmar", pop="combatants", scope="event", as_of=None, by="kia", cue="captured 23"),
    g(
        "detained",
        3,
        "myanmar",
        pop="journalists",
        scope="event",
        as_of=None,
        by="shwe thit journal",
        cue="three journalists working for the weekly Shwe Thit Journal were detained",
    ),
    g(
        "killed",
        6400,
        "myanmar",
        pop="civilians",
        q="lower",
        scope="total",
        as_of=None,
        by="aapp",
        cue="at least 6,400 civilians have been killed",
    ),
    g(
        "detained",
        29000,
        "myanmar",
        q="lower",
        scope="total",
        as_of=None,
        by="aapp",
        cue="more than 29,000 people have been arrested",
    ),
    g(
        "displaced",
        3500000,
        "myanmar",
        q="lower",
        scope="total",
        as_of=None,
        by="unhcr",
        cue="over 3.5 million people are internally displaced",
    ),
)

H1 = "2024-12-10"
HAITI = article(
    "f_haiti_wharf_jeremie_ngo_release",
    H1,
    """
    PRESS RELEASE

    Haiti: Massacre in Cité Soleil must be a turning point, says Haiti Health Alliance

    Port-au-Prince, 10 December 2024

    The Haiti Health Alliance, a network of 14 Haitian and international medical organisations, is appalled by the killing of at least 184 people in the Wharf Jérémie area of Cité Soleil on 6 and 7 December, according to the United Nations, and calls for urgent protection of civilians in Port-au-Prince.

    According to the UN, 127 of the victims were older men and women, accused by the leader of the local gang of practising witchcraft. Their bodies were mutilated and burned.

    "Our teams evacuated 40 patients from the Fontaine hospital in Cité Soleil on Monday after armed men surrounded the building," said Dr Marie-Laure Jean-Baptiste, the Alliance's medical coordinator. "Two of our nurses were injured by gunfire as they loaded the ambulances."

    The Wharf Jérémie massacre is the deadliest in the capital since the assassination of President Jovenel Moïse in July 2021. It follows an attack on the town of Pont-Sondé, in the Artibonite department, on 3 October, in which gang members killed at least 115 people and forced more than 6,000 to flee their homes.

    So far this year, more than 5,350 people have been killed in gang violence across Haiti, and nearly 1,500 have been kidnapped, UN figures show. The International Organization for Migration (IOM) estimates that more than 700,000 people are now internally displaced, half of them children.

    Gangs control an estimated 85 per cent of Port-au-Prince. Only 24 per cent of the capital's health facilities remain fully functional, and two of the Alliance's own clinics have closed since October.

    The Alliance calls on the Transitional Presidential Council and the Kenyan-led Multinational Security Support mission, which has around 400 officers in the country, to ensure safe access for patients and health workers.

    ENDS

    For media enquiries: press@haitihealthalliance.org | +509 3700 0000

    Notes to editors: The Haiti Health Alliance was founded in 2010 and works in eight of the country's ten departments.
    """,
    g(
        "killed",
        184,
        "haiti",
        q="lower",
        scope="event",
        as_of="2024-12-07",
        by="un",
        cue="killing of at least 184 people",
        note="'on 6 and 7 December' is a date span: as_of its last day (debatable); '14 ... organisations' is not a figure.",
    ),
    g(
        "killed",
        127,
        "haiti",
        scope="event",
        as_of="2024-12-07",
        by="un",
        cue="127 of the victims were older men and women",
        note="older people are not a FIGURES.md population -> all; subset of the 184 is its own figure.",
    ),
    g(
        "evacuated",
        40,
        "haiti",
        scope="event",
        as_of="2024-12-09",
        by="haiti health alliance",
        cue="Our teams evacuated 40 patients",
        note="'on Monday' -> 2024-12-09; quoted coordinator speaks for the Alliance.",
    ),
    g(
        "injured",
        2,
        "haiti",
        pop="medics",
        scope="event",
        as_of="2024-12-09",
        by="haiti health alliance",
        cue="Two of our nurses were injured by gunfire",
    ),
    g("killed", 115, "haiti", q="lower", scope="event", as_of="2024-10-03", cue="killed at least 115 people"),
    g(
        "displaced",
        6000,
        "haiti",
        q="lower",
        scope="event",
        as_of="2024-10-03",
        cue="forced more than 6,000 to flee their homes",
    ),
    g(
        "killed",
        5350,
        "haiti",
        q="lower",
        scope="total",
        as_of=H1,
        by="un",
        cue="more than 5,350 people have been killed in gang violence",
        note="'So far this year' -> total (debatable: a calendar-year window).",
    ),
    g(
        "hostages",
        1500,
        "haiti",
        q="upper",
        scope="total",
        as_of=H1,
        by="un",
        cue="nearly 1,500 have been kidnapped",
        note="kidnapped -> hostages; 'nearly' -> upper.",
    ),
    g(
        "displaced",
        700000,
        "haiti",
        q="lower",
        scope="total",
        as_of=H1,
        by="iom",
        cue="more than 700,000 people are now internally displaced",
        note="'half of them children' is a share, not a count; percentages, '400 officers', '14 organisations', 'two ... clinics' and 'eight of ten departments' are not figures.",
    ),
)

ARTICLES = [SUDAN_SITREP, SUDAN_WIRE, DRC_GOMA, SOMALIA, MYANMAR, HAITI]
