"""Sudan and South Sudan, Ethiopia and Somalia (undated), DR Congo, the Sahel and Nigeria, Haiti."""

# ruff: noqa: E501

from __future__ import annotations

from . import DRC, article, g

F1 = "2025-10-30"
SUDAN = article(
    "e_sudan_el_fasher_flash_update",
    F1,
    """
    Sudan: El Fasher Flash Update No. 04

    Date: 30 October 2025

    HIGHLIGHTS

    IOM's Displacement Tracking Matrix (DTM) estimates that 62,263 people were displaced from El Fasher and surrounding villages between 26 and 29 October, after the Rapid Support Forces (RSF) took control of the city.

    Most of those fleeing are heading to Tawila, about 60 km to the west, on foot or by donkey cart. Many arrive with gunshot wounds and severe malnutrition.

    The World Health Organization (WHO) said it was appalled by reports that more than 460 patients and their companions were killed at the Saudi Maternity Hospital in El Fasher on 28 October. WHO also said six health workers, including four doctors, a nurse and a pharmacist, had been abducted.

    The Sudan Doctors Network reported that at least 1,500 people had been killed since the RSF entered the city on Sunday, many of them while trying to flee. Humanitarian partners report that thousands of people remain unaccounted for.

    Médecins Sans Frontières (MSF) said its teams in Tawila had treated more than 400 wounded people since Sunday, including 70 children.

    In North Kordofan, five Sudanese Red Crescent volunteers were killed in Bara on 27 October while assisting families, according to the International Federation of Red Cross and Red Crescent Societies (IFRC).

    CONTEXT

    Now in its third year, the war between the Sudanese Armed Forces and the RSF has displaced nearly 12 million people, including more than 4 million who have fled to neighbouring countries. UNHCR says more than 1.2 million of them have crossed into South Sudan since April 2023.

    SOUTH SUDAN

    South Sudan faces its own crisis. Fighting between government forces and armed youth in Upper Nile state has displaced an estimated 80,000 people since March, according to UNMISS. An air strike on a market in Nasir county on Sunday killed 12 people, including three children, local officials said.

    FUNDING

    The 2025 Sudan Humanitarian Response Plan, seeking US$4.2 billion, is 25 per cent funded.

    For further information, please contact: OCHA Sudan, ochasudan@un.org
    """,
    g(
        "displaced",
        62263,
        "sudan",
        scope="event",
        as_of="2025-10-29",
        by="iom",
        cue="62,263 people were displaced from El Fasher",
        note="window 26-29 October -> event, as_of its last day; 60 km is a distance.",
    ),
    g(
        "killed",
        460,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-28",
        by="who",
        cue="more than 460 patients and their companions were killed",
    ),
    g(
        "hostages",
        6,
        "sudan",
        pop="medics",
        scope="event",
        as_of=F1,
        by="who",
        cue="six health workers, including four doctors, a nurse and a pharmacist, had been abducted",
        note="abducted -> hostages; no day named -> article date (debatable).",
    ),
    g(
        "hostages",
        4,
        "sudan",
        pop="medics",
        scope="event",
        as_of=F1,
        by="who",
        cue="including four doctors, a nurse and a pharmacist",
        note="subgroup inside the six -> its own figure; 'a nurse and a pharmacist' are not numbers.",
    ),
    g(
        "killed",
        1500,
        "sudan",
        q="lower",
        scope="total",
        as_of=F1,
        by="sudan doctors network",
        cue="at least 1,500 people had been killed since the RSF entered the city on Sunday",
    ),
    g(
        "missing",
        2000,
        "sudan",
        q="lower",
        scope="total",
        as_of=F1,
        by="humanitarian partners",
        cue="thousands of people remain unaccounted for",
    ),
    g(
        "injured",
        400,
        "sudan",
        q="lower",
        scope="total",
        as_of=F1,
        by="msf",
        cue="treated more than 400 wounded people since Sunday",
    ),
    g("injured", 70, "sudan", pop="children", scope="total", as_of=F1, by="msf", cue="including 70 children"),
    g(
        "killed",
        5,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of="2025-10-27",
        by="ifrc",
        cue="five Sudanese Red Crescent volunteers were killed in Bara on 27 October",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="upper",
        scope="total",
        as_of=F1,
        by=None,
        cue="has displaced nearly 12 million people",
    ),
    g(
        "displaced",
        4000000,
        "sudan",
        q="lower",
        scope="total",
        as_of=F1,
        by=None,
        cue="more than 4 million who have fled to neighbouring countries",
    ),
    g(
        "displaced",
        1200000,
        "sudan",
        q="lower",
        scope="total",
        as_of=F1,
        by="unhcr",
        cue="more than 1.2 million of them have crossed into South Sudan",
        note="refugees of the Sudan war -> side sudan, though they are in South Sudan.",
    ),
    g(
        "displaced",
        80000,
        "south-sudan",
        q="approx",
        scope="total",
        as_of=F1,
        by="unmiss",
        cue="displaced an estimated 80,000 people since March",
    ),
    g(
        "killed",
        12,
        "south-sudan",
        scope="event",
        as_of="2025-10-26",
        by="local officials",
        cue="killed 12 people, including three children",
    ),
    g(
        "killed",
        3,
        "south-sudan",
        pop="children",
        scope="event",
        as_of="2025-10-26",
        by="local officials",
        cue="including three children, local officials said",
        note="US$4.2 billion and 25 per cent are not figures.",
    ),
)

HORN = article(
    "e_horn_somalia_ethiopia",
    None,
    """
    Horn of Africa: al-Shabab bombing and Amhara drone strike expose region's unfinished wars

    The militants are regaining ground in central Somalia while Ethiopia's federal army battles Fano fighters in the north

    By our Africa correspondent

    A suicide car bomb at a military base on the outskirts of Mogadishu killed at least 13 soldiers, a Somali military officer said, in the deadliest attack on the capital in months. Staff at Madina hospital said 15 to 20 wounded soldiers had been brought in. Al-Shabab, the al-Qaida-linked group, said it had killed 30 soldiers in the attack, a claim that could not be independently verified.

    The bombing came days after US Africa Command (AFRICOM) said an airstrike near Jilib, in the Middle Juba region, had killed eight al-Shabab fighters. The US has carried out dozens of strikes in Somalia this year, most of them against Islamic State militants in the mountains of Puntland.

    Over the past year al-Shabab has recaptured a string of towns in Middle Shabelle and Hiiraan that the government had taken in its 2022 offensive, displacing about 100,000 people, according to the UN. The African Union's new mission, AUSSOM, has about 11,000 troops in the country, but its funding remains uncertain.

    Some 700 miles to the north-west, in Ethiopia's Amhara region, a drone strike on a minibus in North Gondar zone killed 11 civilians, including two women, and wounded nine, according to the Ethiopian Human Rights Commission (EHRC). The commission called on the federal government to investigate.

    The army has been fighting Fano, a loose network of Amhara militias, since August 2023. Amnesty International says thousands of Amhara men have been detained under emergency powers, many of them held in military camps without charge.

    In neighbouring Tigray, where a two-year war ended with a peace deal signed in Pretoria in November 2022, about one million people remain unable to return home. The war killed an estimated 600,000 people, according to researchers at Ghent University, making it one of the deadliest conflicts of the century.

    Diplomats fear that tension between Ethiopia and Eritrea, which fought a border war from 1998 to 2000 that killed tens of thousands, could reignite. Both governments deny preparing for conflict.

    "Every one of these wars is connected," said a Nairobi-based analyst who asked not to be named. "And nobody is paying attention to any of them."
    """,
    g(
        "killed",
        13,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=None,
        by="somali military officer",
        cue="killed at least 13 soldiers, a Somali military officer said",
        note="undated article -> as_of null throughout.",
    ),
    g(
        "injured",
        15,
        "somalia",
        pop="combatants",
        q="range",
        high=20,
        scope="event",
        as_of=None,
        by="staff at madina hospital",
        cue="15 to 20 wounded soldiers had been brought in",
    ),
    g(
        "killed",
        30,
        "somalia",
        pop="combatants",
        scope="event",
        as_of=None,
        by="al-shabab",
        cue="it had killed 30 soldiers in the attack",
    ),
    g(
        "killed",
        8,
        "somalia",
        pop="combatants",
        scope="event",
        as_of=None,
        by="africom",
        cue="had killed eight al-Shabab fighters",
        note="'dozens of strikes' counts attacks, not people or projectiles.",
    ),
    g(
        "displaced",
        100000,
        "somalia",
        q="approx",
        scope="total",
        as_of=None,
        by="un",
        cue="displacing about 100,000 people, according to the UN",
        note="11,000 troops (a force size) and 700 miles are not figures.",
    ),
    g(
        "killed",
        11,
        "ethiopia",
        pop="civilians",
        scope="event",
        as_of=None,
        by="ehrc",
        cue="killed 11 civilians, including two women",
    ),
    g(
        "killed",
        2,
        "ethiopia",
        pop="women",
        scope="event",
        as_of=None,
        by="ehrc",
        cue="including two women, and wounded nine",
    ),
    g(
        "injured",
        9,
        "ethiopia",
        scope="event",
        as_of=None,
        by="ehrc",
        cue="and wounded nine, according to the Ethiopian Human Rights Commission",
    ),
    g(
        "detained",
        2000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of=None,
        by="amnesty international",
        cue="thousands of Amhara men have been detained",
    ),
    g(
        "displaced",
        1000000,
        "ethiopia",
        q="approx",
        scope="total",
        as_of=None,
        by=None,
        cue="about one million people remain unable to return home",
        note="people of the Tigray war unable to return = still displaced.",
    ),
    g(
        "killed",
        600000,
        "ethiopia",
        q="approx",
        scope="total",
        as_of=None,
        by="researchers at ghent university",
        cue="The war killed an estimated 600,000 people",
        note="whole-war toll of a finished war -> total (debatable).",
    ),
    g(
        "killed",
        20000,
        "unknown",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="a border war from 1998 to 2000 that killed tens of thousands",
        note="Ethiopia-Eritrea war dead of both countries -> side unknown; whole-war toll -> total like the Tigray one; years are not figures.",
    ),
)

C1 = "2025-02-28"
DRC_ARTICLE = article(
    "e_drc_bukavu_rally_blasts",
    C1,
    """
    Blasts at M23 rally in eastern Congo's Bukavu kill at least 11

    BUKAVU, DR Congo, Feb 28, 2025 (AFP) - Two explosions tore through a rally held by the M23 armed group in the eastern Congolese city of Bukavu on Thursday, killing at least 11 people and wounding 65, the rebel-appointed governor of South Kivu said.

    The blasts struck the city's Independence Square minutes after Corneille Nangaa, head of the AFC-M23 political-military alliance, finished addressing a crowd of several thousand. Witnesses said people trampled one another as they ran.

    Nangaa blamed the government in Kinshasa and said grenades of a type used by the Burundian army had been found. President Felix Tshisekedi called the attack "heinous" and blamed "a foreign army", without naming it.

    The Rwanda-backed M23 seized Goma, the largest city in the east, at the end of January, and took Bukavu two weeks ago with little resistance. The UN says fighting in and around Goma in late January killed some 3,000 people. Congolese authorities say more than 7,000 people have been killed since January.

    The rebels say they have captured some 2,000 government soldiers, whom they paraded in Goma's stadium this week.

    The UN refugee agency said 30,000 to 40,000 people had fled across the border into Burundi over the past two weeks, many of them women and children. Inside Congo, it estimates that more than 350,000 people who had been living in camps around Goma are now homeless after the camps were dismantled.

    East Africa's leaders have called for an immediate ceasefire. Previous peace processes, launched in Luanda and Nairobi, have collapsed.

    Congo's east has been plagued by violence for three decades, fuelled by rivalry over its minerals, including coltan and gold.
    """,
    g(
        "killed",
        11,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-02-27",
        by="rebel-appointed governor",
        cue="killing at least 11 people and wounding 65",
        note="also in the headline; listed once.",
    ),
    g(
        "injured",
        65,
        DRC,
        scope="event",
        as_of="2025-02-27",
        by="rebel-appointed governor",
        cue="wounding 65, the rebel-appointed governor",
    ),
    g(
        "killed",
        3000,
        DRC,
        q="approx",
        scope="event",
        as_of=None,
        by="un",
        cue="in late January killed some 3,000 people",
        note="'late January' names no day -> as_of null. 'several thousand' in the crowd is not a metric.",
    ),
    g(
        "killed",
        7000,
        DRC,
        q="lower",
        scope="total",
        as_of=C1,
        by="congolese authorities",
        cue="more than 7,000 people have been killed since January",
    ),
    g(
        "detained",
        2000,
        DRC,
        pop="combatants",
        q="approx",
        scope="total",
        as_of=C1,
        by="m23",
        cue="they have captured some 2,000 government soldiers",
        note="captured -> detained; 'this week' is when they were paraded.",
    ),
    g(
        "displaced",
        30000,
        DRC,
        q="range",
        high=40000,
        scope="event",
        as_of=C1,
        by="un refugee agency",
        cue="30,000 to 40,000 people had fled across the border into Burundi",
        note="'over the past two weeks' is a window ending on the article date -> event.",
    ),
    g(
        "displaced",
        350000,
        DRC,
        q="lower",
        scope="total",
        as_of=C1,
        by="un refugee agency",
        cue="more than 350,000 people who had been living in camps around Goma are now homeless",
    ),
)

H1 = "2025-05-14"
SAHEL = article(
    "e_sahel_nigeria_wire",
    H1,
    """
    Jihadists kill dozens of soldiers in Burkina Faso base attack - sources

    DAKAR, May 14, 2025 (Reuters) - Islamist militants killed more than 50 soldiers in an attack on an army base in the northern Burkinabe town of Djibo on Sunday, two security sources told Reuters, in one of the deadliest assaults on the military this year.

    Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, said in a statement that its fighters had killed some 200 soldiers and seized weapons and vehicles. Reuters could not verify the claim.

    Burkina Faso's junta, which has ruled since a 2022 coup, did not comment. Communications in the north are often cut and journalists face expulsion for reporting on security.

    In a report published on Monday, Human Rights Watch said Burkinabe soldiers and allied militias had killed at least 130 civilians, mostly ethnic Fulani, in and around Solenzo in March. HRW called the killings "apparent war crimes".

    According to ACLED, a US-based crisis monitor, more than 11,000 people were killed in Burkina Faso last year. More than two million people are internally displaced, according to the latest government figures, released in 2023.

    In neighbouring Mali, the army said it had killed dozens of militants in air strikes near Timbuktu on Monday.

    In northeast Nigeria, Boko Haram fighters killed 57 people, including 18 women, in attacks on farming villages in Borno state on Saturday, a local official said. Gunmen also abducted 25 passengers from two buses on the Maiduguri-Damboa road on Friday, police said.

    More than 2 million people remain displaced in Borno state alone, the state government says, more than 15 years after the Boko Haram insurgency began.

    Reporting by Thiam Ndiaga in Dakar and Ahmed Kingimi in Maiduguri; Writing by Sofia Christensen; Editing by Alex Richardson
    """,
    g(
        "killed",
        50,
        "burkina-faso",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-05-11",
        by="security sources",
        cue="killed more than 50 soldiers in an attack on an army base",
        note="headline 'dozens of soldiers' restates the same toll; listed once.",
    ),
    g(
        "killed",
        200,
        "burkina-faso",
        pop="combatants",
        q="approx",
        scope="event",
        as_of="2025-05-11",
        by="jnim",
        cue="its fighters had killed some 200 soldiers",
    ),
    g(
        "killed",
        130,
        "burkina-faso",
        pop="civilians",
        q="lower",
        scope="event",
        as_of=None,
        by="human rights watch",
        cue="killed at least 130 civilians, mostly ethnic Fulani",
        note="'in March' names no day -> as_of null.",
    ),
    g(
        "killed",
        11000,
        "burkina-faso",
        q="lower",
        scope="event",
        as_of=None,
        by="acled",
        cue="more than 11,000 people were killed in Burkina Faso last year",
        note="a calendar-year window -> event, no day -> as_of null (debatable).",
    ),
    g(
        "displaced",
        2000000,
        "burkina-faso",
        q="lower",
        scope="total",
        as_of=H1,
        by="government figures",
        cue="More than two million people are internally displaced",
        note="the figures were 'released in 2023'; as_of kept at the article date like other present-tense tolls (debatable).",
    ),
    g(
        "killed",
        24,
        "mali",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-05-12",
        by="malian army",
        cue="killed dozens of militants in air strikes near Timbuktu on Monday",
    ),
    g(
        "killed",
        57,
        "nigeria",
        scope="event",
        as_of="2025-05-10",
        by="local official",
        cue="Boko Haram fighters killed 57 people",
    ),
    g(
        "killed",
        18,
        "nigeria",
        pop="women",
        scope="event",
        as_of="2025-05-10",
        by="local official",
        cue="including 18 women",
    ),
    g(
        "hostages",
        25,
        "nigeria",
        scope="event",
        as_of="2025-05-09",
        by="police",
        cue="Gunmen also abducted 25 passengers",
        note="two buses are vehicles.",
    ),
    g(
        "displaced",
        2000000,
        "nigeria",
        q="lower",
        scope="total",
        as_of=H1,
        by="state government",
        cue="More than 2 million people remain displaced in Borno state",
        note="'15 years' is a duration.",
    ),
)

T1 = "2025-04-01"
HAITI = article(
    "e_haiti_mirebalais_network",
    T1,
    """
    Gangs overrun Haitian town and free inmates as UN warns of 'catastrophic' toll

    By Caribbean Bureau

    Updated 4:12 PM EDT, Tue April 1, 2025

    Port-au-Prince, Haiti — Gang members stormed the central Haitian town of Mirebalais on Monday, setting fire to homes and a police station and freeing more than 500 inmates from the local prison, authorities said.

    At least 10 people were killed in the attack, among them two women, according to the town's mayor, and local authorities said 15 people were missing after houses were set ablaze.

    The International Organization for Migration (IOM) said 6,300 people fled Mirebalais and surrounding villages in the 24 hours after the attack, many on foot toward the Dominican border, about 25 miles away.

    The assault came as the UN human rights office said gang violence had killed at least 1,086 people and injured 389 across Haiti between January and March. It said gangs had kidnapped at least 96 people over the same period for ransom.

    Doctors Without Borders (MSF) said at least three of its health workers had been killed in Port-au-Prince since the start of the year, and that it had suspended activities at one of its clinics.

    More than 5,600 people were killed in gang violence in Haiti in 2024, according to the UN, and the number of people displaced inside the country now exceeds 1 million, IOM said in January.

    The Viv Ansanm gang coalition, which includes Jimmy "Barbecue" Cherizier's G9 alliance, controls an estimated 85% of the capital. A Kenyan-led multinational security mission of about 1,000 personnel has struggled to push the gangs back.

    "We are running out of places to run," said a 62-year-old market trader who fled Mirebalais with her grandchildren.
    """,
    g(
        "killed",
        10,
        "haiti",
        q="lower",
        scope="event",
        as_of="2025-03-31",
        by="mayor",
        cue="At least 10 people were killed in the attack",
        note="500 freed inmates are not a metric.",
    ),
    g("killed", 2, "haiti", pop="women", scope="event", as_of="2025-03-31", by="mayor", cue="among them two women"),
    g(
        "missing",
        15,
        "haiti",
        scope="event",
        as_of="2025-03-31",
        by="local authorities",
        cue="15 people were missing after houses were set ablaze",
    ),
    g(
        "displaced",
        6300,
        "haiti",
        scope="event",
        as_of=T1,
        by="iom",
        cue="6,300 people fled Mirebalais and surrounding villages",
        note="'in the 24 hours after' Monday's attack -> event ending on the article date; 25 miles is a distance.",
    ),
    g(
        "killed",
        1086,
        "haiti",
        q="lower",
        scope="event",
        as_of="2025-03-31",
        by="un human rights office",
        cue="had killed at least 1,086 people and injured 389",
        note="January-March window -> event, as_of its last day.",
    ),
    g(
        "injured",
        389,
        "haiti",
        scope="event",
        as_of="2025-03-31",
        by="un human rights office",
        cue="injured 389 across Haiti",
    ),
    g(
        "hostages",
        96,
        "haiti",
        q="lower",
        scope="event",
        as_of="2025-03-31",
        by="un human rights office",
        cue="kidnapped at least 96 people",
    ),
    g(
        "killed",
        3,
        "haiti",
        pop="medics",
        q="lower",
        scope="total",
        as_of=T1,
        by="msf",
        cue="at least three of its health workers had been killed",
    ),
    g(
        "killed",
        5600,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="un",
        cue="More than 5,600 people were killed in gang violence in Haiti in 2024",
        note="a calendar-year window -> event, no day -> as_of null.",
    ),
    g(
        "displaced",
        1000000,
        "haiti",
        q="lower",
        scope="total",
        as_of=None,
        by="iom",
        cue="now exceeds 1 million, IOM said in January",
        note="said 'in January' with no day -> as_of null (debatable). 85% and 1,000 personnel are not figures; age 62 is not a figure.",
    ),
)

ARTICLES = [SUDAN, HORN, DRC_ARTICLE, SAHEL, HAITI]
