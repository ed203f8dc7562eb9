"""Sudan (a ReliefWeb-style WHO/OCHA update on cholera in Khartoum, June 2025), Myanmar (an NGO statement
a week after the earthquake, April 2025), Ethiopia (an undated rights-group statement on Amhara), Haiti
(an AFP-style wire on the Pont-Sondé massacre, October 2024), DR Congo (a UN News page on the Komanda church
attack, July 2025) and Somalia (a Somali daily on the convoy bomb in Mogadishu, March 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import DRC, article, g

CHOLERA = article(
    "i_sudan_khartoum_cholera_update",
    "2025-06-05",
    """
    Sudan: Cholera outbreak in Khartoum State - Situation update

    Format: Situation Report
    Sources: OCHA, WHO
    Published on 5 June 2025

    Origin: View original

    Overview

    Khartoum State is facing a sharp rise in cholera cases following drone attacks on power stations in May that cut electricity to water treatment plants, leaving most of the capital without clean water.

    In the week to 1 June, health authorities reported more than 7,700 suspected cholera cases and 185 deaths in Khartoum State, almost all of them in Khartoum, Omdurman and Khartoum North. Around 1,000 of the cases were children under five.

    Since the outbreak was declared in August 2024, more than 65,000 cholera cases and at least 1,700 associated deaths have been recorded across 12 of Sudan's 18 states, according to the Federal Ministry of Health.

    Health facilities are overwhelmed. In Omdurman, cholera treatment centres are operating at about 150 per cent of capacity, and patients are being treated on the floor.

    Returns and displacement

    More than 1 million people have returned to Khartoum, Al Jazirah and Sennar states since the army regained control of central Sudan, according to IOM. Many returnees are living in damaged homes without water or electricity.

    Sudan remains the world's largest displacement crisis: an estimated 10 million people are internally displaced and about 4 million have fled to neighbouring countries since April 2023.

    Insecurity

    In North Darfur, shelling on El Fasher killed at least 15 civilians on 2 June, including five children, local responders said. Food insecurity is critical: between 500 and 600 people, most of them children, have died of hunger-related causes in the Abu Shouk camp since January, according to the camp's coordination committee.

    Aid workers continue to pay a heavy price. At least 110 aid workers have been killed in Sudan since the start of the conflict, the vast majority of them Sudanese nationals.

    Funding

    The 2025 Sudan Humanitarian Needs and Response Plan, which seeks US$4.2 billion, is 13 per cent funded.

    This update was produced by OCHA Sudan in collaboration with humanitarian partners. The next update will be issued on 19 June.
    """,
    g(
        "killed",
        185,
        "sudan",
        scope="event",
        as_of="2025-06-01",
        by="health authorities",
        cue="7,700 suspected cholera cases and 185 deaths",
        note="cholera deaths are deaths -> killed (FIGURES.md metric words). A week's window -> event, dated to its last day. Cases are not a metric (7,700, 1,000 children, 65,000 not annotated).",
    ),
    g(
        "killed",
        1700,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-06-05",
        by="federal ministry of health",
        cue="at least 1,700 associated deaths",
    ),
    g(
        "displaced",
        10000000,
        "sudan",
        q="approx",
        scope="total",
        as_of="2025-06-05",
        by=None,
        cue="an estimated 10 million people are internally displaced",
        note="'More than 1 million people have returned' counts returnees, not a metric of the contract (not annotated; debatable). '150 per cent', 'US$4.2 billion', '13 per cent', '12 of Sudan's 18 states' are not figures.",
    ),
    g(
        "displaced",
        4000000,
        "sudan",
        q="approx",
        scope="total",
        as_of="2025-06-05",
        by=None,
        cue="about 4 million have fled to neighbouring countries",
        note="refugees of this conflict -> displaced.",
    ),
    g(
        "killed",
        15,
        "sudan",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-06-02",
        by="local responders",
        cue="killed at least 15 civilians on 2 June",
    ),
    g(
        "killed",
        5,
        "sudan",
        pop="children",
        scope="event",
        as_of="2025-06-02",
        by="local responders",
        cue="including five children",
    ),
    g(
        "killed",
        500,
        "sudan",
        q="range",
        high=600,
        scope="event",
        as_of="2025-06-05",
        by="camp coordination committee",
        cue="between 500 and 600 people, most of them children, have died of hunger-related causes",
        note="debatable: deaths from hunger -> killed; 'since January' in one camp -> a window, event dated to the report day (a reader may say total).",
    ),
    g(
        "killed",
        110,
        "sudan",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-06-05",
        by=None,
        cue="At least 110 aid workers have been killed",
    ),
)

MYANMAR = article(
    "i_myanmar_quake_airstrikes_ngo_statement",
    "2025-04-03",
    """
    Myanmar: One week after earthquake, airstrikes continue to kill civilians in affected areas

    Statement | 3 Apr 2025

    Yangon/Bangkok – One week after a magnitude 7.7 earthquake struck central Myanmar, families in Sagaing and Mandalay are still sleeping in the open, while military airstrikes continue to hit communities the disaster has already devastated, our organisation warned today.

    The military authorities said on Thursday that 3,085 people had been killed in the earthquake, 4,715 injured and 341 were still missing. Our teams on the ground believe the true toll is considerably higher, as many villages in Sagaing have not yet been reached.

    Among the dead are at least 50 children who were in classrooms or nurseries when buildings collapsed, according to local education officials.

    Despite a temporary ceasefire announced by the military on Wednesday, the UN human rights office has received reports of at least 61 attacks by the military since the earthquake, including 16 after the ceasefire took effect. Those attacks killed at least 68 people, it said.

    On Tuesday, a military airstrike on a village in Naungcho township in Shan State killed at least five people, including two women, and wounded 11, local resistance groups said.

    "Families who lost everything in the earthquake are now being bombed," said our country director. "Aid must reach people in all areas, regardless of who controls them."

    Even before the earthquake, around 3.5 million people were displaced across Myanmar by the conflict that followed the 2021 coup, according to the UN. An estimated 17 million people were in need of humanitarian assistance, of whom 6.3 million were children.

    Our teams have distributed emergency kits to 4,000 families in Mandalay and Sagaing, including tarpaulins, water purification tablets and hygiene items, and have set up two child-friendly spaces.

    We call on all parties to the conflict to stop attacks on civilians, allow unhindered humanitarian access and extend the ceasefire.

    ENDS

    For media enquiries, please contact our press office in Bangkok.
    """,
    g(
        "killed",
        3085,
        "myanmar",
        scope="total",
        as_of="2025-04-03",
        by="military authorities",
        cue="3,085 people had been killed in the earthquake",
        note="earthquake toll still rising -> total, dated to the report day ('on Thursday' = the article date).",
    ),
    g("injured", 4715, "myanmar", scope="total", as_of="2025-04-03", by="military authorities", cue="4,715 injured"),
    g(
        "missing",
        341,
        "myanmar",
        scope="total",
        as_of="2025-04-03",
        by="military authorities",
        cue="341 were still missing",
    ),
    g(
        "killed",
        50,
        "myanmar",
        pop="children",
        q="lower",
        scope="total",
        as_of="2025-04-03",
        by="local education officials",
        cue="at least 50 children",
    ),
    g(
        "killed",
        68,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-04-03",
        by="un human rights office",
        cue="Those attacks killed at least 68 people",
        note="'61 attacks', '16 after the ceasefire' count attacks, not people. A week's window since the quake -> event (debatable).",
    ),
    g(
        "killed",
        5,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-04-01",
        by="local resistance groups",
        cue="killed at least five people, including two women",
        note="'On Tuesday' counted back from Thursday 3 April.",
    ),
    g(
        "killed",
        2,
        "myanmar",
        pop="women",
        scope="event",
        as_of="2025-04-01",
        by="local resistance groups",
        cue="including two women",
    ),
    g("injured", 11, "myanmar", scope="event", as_of="2025-04-01", by="local resistance groups", cue="and wounded 11"),
    g(
        "displaced",
        3500000,
        "myanmar",
        q="approx",
        scope="total",
        as_of="2025-04-03",
        by="un",
        cue="around 3.5 million people were displaced across Myanmar",
        note="'17 million' and '6.3 million' in need of assistance are not a metric of the contract; '4,000 families', 'magnitude 7.7', '2021' are not figures.",
    ),
)

AMHARA = article(
    "i_ethiopia_amhara_rights_statement_undated",
    None,
    """
    Ethiopia: Drone strikes and mass arrests in Amhara must be investigated

    Public statement

    Ethiopian authorities must urgently investigate a series of drone strikes and mass arrests in the Amhara region, where fighting between federal forces and Fano militias has killed and displaced civilians for more than a year, the organisation said today.

    In the deadliest incident documented by our researchers, a drone strike on a busy market in the town of Finote Selam killed at least 30 civilians and wounded dozens of others. Witnesses said the strike hit as traders were setting up stalls in the morning. Relatives buried 26 of the victims the same evening.

    Since the state of emergency was declared, authorities have arrested thousands of people of Amhara ethnicity in Addis Ababa and in the region, holding many without charge in makeshift detention centres. At least five journalists are among those detained, according to media freedom groups.

    Health workers have also been targeted. The organisation documented the killing of at least eight health workers and the looting of 12 health centres by parties to the conflict. In one case, a nurse and two patients were shot dead in an ambulance.

    Fano fighters have also committed abuses. In one village, fighters abducted 14 people, including local officials, and demanded ransom for their release.

    According to the UN, more than 700,000 people have been displaced by the conflict in Amhara, and hundreds of thousands of children are out of school.

    Ethiopia's government has said its operations target "extremist armed groups" and rejected accusations of deliberately harming civilians. It has not responded to the organisation's request for comment.

    The conflict in Amhara began in August 2023, nine months after a peace agreement ended the two-year war in neighbouring Tigray, which killed hundreds of thousands of people.

    "The pattern of attacks in Amhara must be investigated independently," said the organisation's regional director. "Victims and their families have been waiting too long for justice."

    Background: The organisation interviewed 38 people, including survivors, witnesses and medical workers, and analysed satellite imagery and videos for this statement.
    """,
    g(
        "killed",
        30,
        "ethiopia",
        pop="civilians",
        q="lower",
        scope="event",
        as_of=None,
        by=None,
        cue="killed at least 30 civilians",
    ),
    g(
        "injured",
        24,
        "ethiopia",
        q="lower",
        scope="event",
        as_of=None,
        by=None,
        cue="wounded dozens of others",
        note="vague 'dozens' -> 24/lower.",
    ),
    g(
        "detained",
        2000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="authorities have arrested thousands of people",
        note="'buried 26 of the victims' is a subset of the 30 described by burial, not listed (debatable).",
    ),
    g(
        "detained",
        5,
        "ethiopia",
        pop="journalists",
        q="lower",
        scope="total",
        as_of=None,
        by="media freedom groups",
        cue="At least five journalists are among those detained",
    ),
    g(
        "killed",
        8,
        "ethiopia",
        pop="medics",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="killing of at least eight health workers",
        note="'12 health centres' are buildings.",
    ),
    g(
        "killed",
        2,
        "ethiopia",
        scope="event",
        as_of=None,
        by=None,
        cue="a nurse and two patients were shot dead",
        note="debatable: 'a nurse' (one person, no number) is not annotated; 'two patients' -> killed 2, population all.",
    ),
    g("hostages", 14, "ethiopia", scope="event", as_of=None, by=None, cue="fighters abducted 14 people"),
    g(
        "displaced",
        700000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of=None,
        by="un",
        cue="more than 700,000 people have been displaced",
    ),
    g(
        "killed",
        200000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="which killed hundreds of thousands of people",
        note="Tigray war toll, side ethiopia; vague 'hundreds of thousands' -> 200000/lower. 'out of school' children are not a metric; '38 people' interviewed are not casualties.",
    ),
)

PONT_SONDE = article(
    "i_haiti_pont_sonde_massacre_afp",
    "2024-10-05",
    """
    Haiti gang massacre toll rises to 115 as thousands flee Artibonite town

    Oct. 5, 2024 at 4:10 PM

    PORT-AU-PRINCE, Haiti (AFP) - The death toll from a gang attack on the central Haitian town of Pont-Sonde has risen to 115, a local official said Saturday, making it one of the deadliest massacres in the country's recent history.

    Gunmen from the Gran Grif gang stormed the town before dawn on Thursday, shooting residents in their homes and setting fire to houses and vehicles. Among the dead were 10 women and three infants, according to the UN human rights office, which had earlier put the toll at 70.

    Bertide Horace, a spokeswoman for the Saint-Marc commune, told AFP that 16 people had been seriously wounded and that dozens more were missing.

    The International Organization for Migration said more than 6,270 people had fled Pont-Sonde and nearby villages, most of them finding shelter with host families in Saint-Marc.

    Residents said the gang had killed two of its own members who tried to stop the attack. Police said they had arrested three suspected gang members on Friday.

    "They went house to house," said a 42-year-old man who escaped with his wife and children. "I heard shooting for four hours."

    Prime Minister Garry Conille called the massacre "a crime against the entire nation" and said reinforcements had been sent to the area. A Kenyan-led multinational security mission of around 400 police officers has struggled to contain the gangs, which control about 85 percent of the capital.

    At least 3,661 people were killed in Haiti in the first half of 2024 due to gang violence, according to the United Nations, and more than 700,000 people have been displaced across the country.

    The Gran Grif gang, one of the most powerful in the Artibonite region, has been blamed for a series of attacks on farmers and their families. At least 45 houses and 34 vehicles were burned in Thursday's attack.

    ljd/dga/bgs
    """,
    g(
        "killed",
        115,
        "haiti",
        scope="event",
        as_of="2024-10-03",
        by="local official",
        cue="has risen to 115",
        note="one attack on Thursday (counted back from Saturday 5 October) -> event dated to the attack, although the toll was given on the Saturday (debatable). Headline repeats it.",
    ),
    g(
        "killed",
        10,
        "haiti",
        pop="women",
        scope="event",
        as_of="2024-10-03",
        by="un human rights office",
        cue="Among the dead were 10 women",
    ),
    g(
        "killed",
        3,
        "haiti",
        pop="children",
        scope="event",
        as_of="2024-10-03",
        by="un human rights office",
        cue="three infants",
        note="infants -> children.",
    ),
    g(
        "killed",
        70,
        "haiti",
        scope="event",
        as_of="2024-10-03",
        by="un human rights office",
        cue="had earlier put the toll at 70",
        note="an earlier, superseded toll of the same attack: still a reported figure (debatable).",
    ),
    g(
        "injured",
        16,
        "haiti",
        scope="event",
        as_of="2024-10-03",
        by="saint-marc commune",
        cue="16 people had been seriously wounded",
    ),
    g(
        "missing",
        24,
        "haiti",
        q="lower",
        scope="event",
        as_of="2024-10-03",
        by="saint-marc commune",
        cue="dozens more were missing",
    ),
    g(
        "displaced",
        6270,
        "haiti",
        q="lower",
        scope="event",
        as_of="2024-10-05",
        by="iom",
        cue="more than 6,270 people had fled Pont-Sonde",
        note="'thousands flee' in the headline is the same flight (listed once).",
    ),
    g(
        "killed",
        2,
        "haiti",
        pop="combatants",
        scope="event",
        as_of="2024-10-03",
        by="residents",
        cue="killed two of its own members",
    ),
    g(
        "detained",
        3,
        "haiti",
        pop="combatants",
        scope="event",
        as_of="2024-10-04",
        by="police",
        cue="arrested three suspected gang members on Friday",
        note="suspected gang members -> combatants (debatable).",
    ),
    g(
        "killed",
        3661,
        "haiti",
        q="lower",
        scope="event",
        as_of="2024-06-30",
        by="un",
        cue="At least 3,661 people were killed in Haiti in the first half of 2024",
        note="a closed half-year window -> event dated to its last day (debatable). 'around 400 police officers' deployed, '85 percent', '45 houses', '34 vehicles', '42-year-old', 'four hours' are not figures.",
    ),
    g(
        "displaced",
        700000,
        "haiti",
        q="lower",
        scope="total",
        as_of="2024-10-05",
        by="un",
        cue="more than 700,000 people have been displaced",
    ),
)

KOMANDA = article(
    "i_drc_komanda_church_attack_un_news",
    "2025-07-28",
    """
    UN News

    Global perspective Human stories

    DR Congo: UN condemns 'horrific' attack on church in Ituri that killed dozens

    28 July 2025 Peace and Security

    The UN peacekeeping mission in the Democratic Republic of the Congo (MONUSCO) has strongly condemned an attack on a Catholic church in Komanda, Ituri province, in which at least 43 worshippers, including nine children, were killed during a night vigil early on Sunday.

    The assailants, believed to be fighters of the Allied Democratic Forces (ADF), an armed group that has pledged allegiance to ISIL, stormed the church grounds around 1 a.m. armed with guns and machetes, the mission said in a statement. Several homes and shops nearby were set on fire.

    Local civil society leaders told UN News that the toll could exceed 45, and that about 15 people remained missing. Seven others were wounded and taken to hospitals in Bunia, some 75 km away.

    The Congolese army said on Monday that it had captured two suspected ADF fighters near the site.

    Attacks on civilians mounting

    Earlier this month, at least five farmers were killed in their fields near Irumu by suspected ADF fighters, according to local authorities. The group has killed thousands of civilians in eastern DRC over the past decade.

    In neighbouring North Kivu, the UN human rights office said last week that at least 319 civilians, including 48 women and 19 children, were killed by M23 fighters and their allies in four villages of Rutshuru territory between 9 and 21 July.

    In Ituri alone, nearly 1.1 million people are displaced, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA), many of them living in overcrowded sites around Bunia.

    The attack comes weeks after a peace agreement between the DRC and Rwanda was signed in Washington on 27 June, and a declaration of principles between Kinshasa and the M23 was signed in Doha on 19 July.

    MONUSCO, which has around 11,000 uniformed personnel in the country, said it had deployed a rapid reaction force to Komanda and was supporting the evacuation of the wounded.

    "Targeting people at prayer is abhorrent," the mission said, calling for those responsible to be brought to justice.
    """,
    g(
        "killed",
        43,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-07-27",
        by="monusco",
        cue="at least 43 worshippers, including nine children, were killed",
        note="'early on Sunday' counted back from Monday 28 July; headline 'dozens' is the same toll (listed once).",
    ),
    g("killed", 9, DRC, pop="children", scope="event", as_of="2025-07-27", by="monusco", cue="including nine children"),
    g(
        "killed",
        45,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-07-27",
        by="civil society leaders",
        cue="the toll could exceed 45",
        note="debatable: a speculative higher toll ('could exceed') is still a reported figure; 'exceed' -> lower.",
    ),
    g(
        "missing",
        15,
        DRC,
        q="approx",
        scope="event",
        as_of="2025-07-27",
        by="civil society leaders",
        cue="about 15 people remained missing",
    ),
    g(
        "injured",
        7,
        DRC,
        scope="event",
        as_of="2025-07-27",
        by="civil society leaders",
        cue="Seven others were wounded",
        note="attribution carried from the previous sentence (debatable). '75 km', '1 a.m.' are not figures; 'Several homes' are buildings.",
    ),
    g(
        "detained",
        2,
        DRC,
        pop="combatants",
        scope="event",
        as_of="2025-07-28",
        by="congolese army",
        cue="captured two suspected ADF fighters",
    ),
    g(
        "killed",
        5,
        DRC,
        pop="civilians",
        q="lower",
        scope="event",
        as_of=None,
        by="local authorities",
        cue="at least five farmers were killed",
        note="debatable: farmers -> civilians; 'Earlier this month' names no day -> as_of null.",
    ),
    g(
        "killed",
        2000,
        DRC,
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-07-28",
        by=None,
        cue="killed thousands of civilians in eastern DRC",
        note="vague 'thousands' -> 2000/lower; 'over the past decade' -> a running toll.",
    ),
    g(
        "killed",
        319,
        DRC,
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-07-21",
        by="un human rights office",
        cue="at least 319 civilians, including 48 women and 19 children",
        note="'between 9 and 21 July' is a date span, not a range; dated to its last day. 'four villages' are places.",
    ),
    g("killed", 48, DRC, pop="women", scope="event", as_of="2025-07-21", by="un human rights office", cue="48 women"),
    g(
        "killed",
        19,
        DRC,
        pop="children",
        scope="event",
        as_of="2025-07-21",
        by="un human rights office",
        cue="19 children",
    ),
    g(
        "displaced",
        1100000,
        DRC,
        q="upper",
        scope="total",
        as_of="2025-07-28",
        by="ocha",
        cue="nearly 1.1 million people are displaced",
        note="'around 11,000 uniformed personnel' is a force size, not a figure.",
    ),
)

MOGADISHU = article(
    "i_somalia_convoy_bomb_regional_daily",
    "2025-03-19",
    """
    Al-Shabaab claims bomb attack on Somali president's convoy in Mogadishu

    Wednesday March 19, 2025

    By Our Correspondent

    MOGADISHU - Al-Shabaab militants have claimed responsibility for a roadside bomb that targeted the motorcade of President Hassan Sheikh Mohamud in Mogadishu on Tuesday morning, as the group steps up attacks near the capital.

    The president was unhurt, but at least four people were killed, including three soldiers from the presidential guard, a police officer at the scene said. Witnesses said several civilians were hurt when the blast shattered the windows of nearby shops.

    The explosion struck the convoy on its way from Villa Somalia to the airport, where the president was due to fly to Dhusamareb. Security forces sealed off the area and arrested more than 20 suspects in overnight raids, a police spokesman said on Wednesday.

    It was the second major attack in Mogadishu this month. On March 10, the militants fired seven mortar shells at the Aden Adde airport complex, which houses embassies and the African Union mission. No casualties were reported.

    Meanwhile, the Somali army said it had killed more than 130 al-Shabaab militants in operations in Middle Shabelle over the past week, a figure that could not be independently confirmed. Al-Shabaab, for its part, claimed to have killed dozens of government soldiers in an assault on a base near Adan Yabaal.

    The renewed fighting has driven more than 100,000 people from their homes in Middle Shabelle and Hiiraan regions since February, according to OCHA, many of them already displaced by drought.

    The African Union Support and Stabilisation Mission in Somalia (AUSSOM), which replaced the previous AU force in January, has about 11,000 troops in the country but faces a funding gap of more than $90 million.

    Al-Shabaab has been fighting to overthrow the government for more than 17 years. In October 2017, a truck bombing at Mogadishu's Zoobe junction killed more than 500 people, the deadliest attack in the country's history.

    Read also: Somali forces retake villages in Middle Shabelle

    (c) 2025 All rights reserved
    """,
    g(
        "killed",
        4,
        "somalia",
        q="lower",
        scope="event",
        as_of="2025-03-18",
        by="police",
        cue="at least four people were killed",
        note="'Tuesday' counted back from Wednesday 19 March; 'several civilians were hurt' is vague without a number word this contract counts (not annotated).",
    ),
    g(
        "killed",
        3,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2025-03-18",
        by="police",
        cue="including three soldiers from the presidential guard",
    ),
    g(
        "detained",
        20,
        "somalia",
        q="lower",
        scope="event",
        as_of="2025-03-19",
        by="police",
        cue="arrested more than 20 suspects in overnight raids",
    ),
    g(
        "projectiles",
        7,
        "somalia",
        scope="event",
        as_of="2025-03-10",
        by=None,
        cue="fired seven mortar shells at the Aden Adde airport",
    ),
    g(
        "killed",
        130,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-03-19",
        by="somali army",
        cue="killed more than 130 al-Shabaab militants",
    ),
    g(
        "killed",
        24,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-03-19",
        by="al-shabaab",
        cue="killed dozens of government soldiers",
        note="vague 'dozens' -> 24/lower; the assault has no day -> the report day (debatable).",
    ),
    g(
        "displaced",
        100000,
        "somalia",
        q="lower",
        scope="total",
        as_of="2025-03-19",
        by="ocha",
        cue="more than 100,000 people from their homes",
        note="'since February' -> a running count of this offensive's displacement, total (debatable). 'about 11,000 troops', '$90 million', '17 years' are not figures.",
    ),
    g(
        "killed",
        500,
        "somalia",
        q="lower",
        scope="event",
        as_of=None,
        by=None,
        cue="killed more than 500 people",
        note="the October 2017 Zoobe bombing: event with only a month named -> as_of null (debatable: 2017-10-14).",
    ),
)

ARTICLES = [CHOLERA, MYANMAR, AMHARA, PONT_SONDE, KOMANDA, MOGADISHU]
