"""Gaza (a wire story on strikes in Khan Younis, May 2025), Lebanon and Israel (a broadcaster's live page,
August 2024), the West Bank (an Israeli daily on the northern operation, February 2025), Yemen and Iran (an
undated Markdown explainer) and Syria (an NGO press release on the coastal violence, March 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

D1 = "2025-05-14"  # a Wednesday
GAZA = article(
    "n01_gaza_khan_younis_wire",
    D1,
    """
    Israeli strikes kill at least 38 in southern Gaza as evacuation orders widen

    By Tariq Mansour and Helen Varga | Levant Wire Service
    Published May 14, 2025 4:12 PM GMT+3

    KHAN YOUNIS, Gaza Strip (LWS) — Israeli air strikes on tents and homes in and around Khan Younis killed at least 38 Palestinians overnight and into Wednesday, including 11 children and seven women, officials at Nasser Hospital said, as the military ordered residents of a dozen more neighbourhoods to move west.

    The hospital said it had received more than 70 wounded, several of them in critical condition, and that its two remaining operating theatres were working around the clock on generators fuelled by a dwindling stock of diesel.

    In the Bani Suheila area east of the city, rescuers from the Gaza civil defence agency were still digging with shovels and bare hands for about 15 people believed to be trapped under the rubble of a four-storey building that was flattened shortly after 2 a.m.

    "We hear nothing now. Yesterday we could still hear a child," said Mahmoud Abu Rish, 46, a neighbour who joined the search. "There is no machinery, no fuel, nothing."

    The Israeli military said it had struck "terrorist infrastructure" and Hamas militants operating in the area, and accused the group of using civilian buildings as cover. It did not comment on specific strikes. It said two rockets were fired from northern Gaza towards Ashkelon on Tuesday evening and fell in open areas.

    Evacuation maps posted by the army's Arabic-language spokesman covered 12 districts of eastern Khan Younis and Bani Suheila. The UN humanitarian office, OCHA, estimated that roughly 100,000 people had been ordered to leave, many of them for the second or third time this year.

    OCHA says about 1.9 million people, some 90 per cent of Gaza's population, have been displaced since the war began. Shelters in al-Mawasi, a strip of sand dunes barely 1.5 km wide in places, are already full.

    Gaza's health ministry said 87 bodies had been brought to hospitals across the territory in the past 24 hours, bringing the toll since October 2023 to at least 52,900 Palestinians killed and more than 119,400 wounded. The ministry does not distinguish between civilians and combatants.

    Among those killed on Wednesday was a freelance photographer working for a local news site, bringing to at least 212 the number of journalists killed in Gaza since the war began, according to the Gaza government media office. UNRWA, the UN agency for Palestinian refugees, says more than 290 of its staff have been killed.

    Read more: Aid trucks wait at Kerem Shalom as talks on new mechanism stall

    The war began when Hamas-led militants attacked southern Israel on October 7, 2023, killing about 1,200 people and taking 251 hostages back to Gaza. Israel says 58 hostages remain in the territory, fewer than half of whom are believed to be alive.

    Mediators from Egypt and Qatar met Hamas negotiators in Doha on Tuesday, a source briefed on the talks said, but there was no sign of a breakthrough. A proposal circulated last week would see a 60-day truce and the phased release of hostages in exchange for Palestinian prisoners.

    Families of hostages held a rally in Tel Aviv on Tuesday night, urging the government to accept a deal. "Every day that passes is a death sentence," said one protester, whose cousin has been held for 585 days.

    (Reporting by Tariq Mansour in Khan Younis and Helen Varga in Jerusalem; editing by Paul Serrano)
    """,
    g(
        "killed",
        38,
        "gaza",
        scope="event",
        as_of=D1,
        by="nasser hospital",
        q="lower",
        cue="killed at least 38 Palestinians overnight",
        note="headline and lead are the same figure; 'overnight and into Wednesday' -> the article date.",
    ),
    g("killed", 11, "gaza", scope="event", as_of=D1, by="nasser hospital", pop="children", cue="including 11 children"),
    g("killed", 7, "gaza", scope="event", as_of=D1, by="nasser hospital", pop="women", cue="and seven women"),
    g(
        "injured",
        70,
        "gaza",
        scope="event",
        as_of=D1,
        by="nasser hospital",
        q="lower",
        cue="received more than 70 wounded",
    ),
    g(
        "missing",
        15,
        "gaza",
        scope="event",
        as_of=D1,
        by="gaza civil defence",
        q="approx",
        cue="about 15 people believed to be trapped under the rubble",
        note="trapped under the rubble = missing; 'rescuers from the Gaza civil defence agency' are the source of the count.",
    ),
    g(
        "projectiles",
        2,
        "gaza",
        scope="event",
        as_of="2025-05-13",
        by="israeli military",
        cue="two rockets were fired from northern Gaza",
        note="'on Tuesday evening' -> the day before the article date.",
    ),
    g(
        "evacuated",
        100000,
        "gaza",
        scope="event",
        as_of=D1,
        by="ocha",
        q="approx",
        cue="roughly 100,000 people had been ordered to leave",
        note="'ordered to leave' = evacuated (FIGURES.md); one set of orders -> event. '12 districts' is not a figure.",
    ),
    g(
        "displaced",
        1900000,
        "gaza",
        scope="total",
        as_of=D1,
        by="ocha",
        q="approx",
        cue="about 1.9 million people",
        note="'90 per cent' is a percentage, not a figure.",
    ),
    g(
        "killed",
        87,
        "gaza",
        scope="event",
        as_of=D1,
        by="gaza health ministry",
        cue="87 bodies had been brought to hospitals",
        note="window 'in the past 24 hours' -> event, article date.",
    ),
    g(
        "killed",
        52900,
        "gaza",
        scope="total",
        as_of=D1,
        by="gaza health ministry",
        q="lower",
        cue="at least 52,900 Palestinians killed",
    ),
    g(
        "injured",
        119400,
        "gaza",
        scope="total",
        as_of=D1,
        by="gaza health ministry",
        q="lower",
        cue="more than 119,400 wounded",
    ),
    g(
        "killed",
        212,
        "gaza",
        scope="total",
        as_of=D1,
        by="gaza government media office",
        pop="journalists",
        q="lower",
        cue="at least 212 the number of journalists killed",
        note="the single freelance photographer (no number) is not annotated separately.",
    ),
    g(
        "killed",
        290,
        "gaza",
        scope="total",
        as_of=D1,
        by="unrwa",
        pop="aid_workers",
        q="lower",
        cue="more than 290 of its staff have been killed",
        note="UNRWA staff = aid workers.",
    ),
    g(
        "killed",
        1200,
        "israel",
        scope="event",
        as_of="2023-10-07",
        q="approx",
        cue="killing about 1,200 people",
        note="historical October 7 attack -> event, as_of 2023-10-07, article's own voice.",
    ),
    g("hostages", 251, "israel", scope="event", as_of="2023-10-07", cue="taking 251 hostages back to Gaza"),
    g(
        "hostages",
        58,
        "israel",
        scope="total",
        as_of=D1,
        by="israel",
        cue="Israel says 58 hostages remain",
        note="'fewer than half of whom' is a fraction, not a figure; '585 days' and '60-day truce' are durations.",
    ),
)

D2 = "2024-08-21"  # a Wednesday
LEBANON = article(
    "n02_lebanon_israel_live",
    D2,
    """
    LIVE: Israel pounds south Lebanon after Hezbollah rocket barrages on Galilee

    Meridian News | Middle East live
    Last updated: 21 August 2024 18:40 BST

    By Nadia Okonjo, Ben Carrow and Rana Haddad

    Key points
    • Lebanon's health ministry says six killed, including three children, in strike on house near Nabatieh
    • Hezbollah says it fired dozens of Katyusha rockets at army positions in the Galilee and the Golan
    • Two paramedics killed in strike on rescue centre, rescue group says
    • About 60,000 residents of northern Israel remain evacuated from their homes

    18:40
    Israeli military: about 55 projectiles crossed from Lebanon today

    The Israeli military says about 55 projectiles crossed from Lebanon into northern Israel over the course of Wednesday, most of them in two barrages in the early afternoon. Some were intercepted and the rest fell in open areas, it said.

    17:55
    Two lightly hurt in Kiryat Shmona

    Magen David Adom paramedics treated two people who were lightly hurt by shrapnel in Kiryat Shmona, the rescue service said. Sirens sounded in the town 14 times today, according to the Home Front Command app.

    16:20
    Paramedics killed in strike on rescue centre

    Two paramedics of the Islamic Health Committee, a rescue service affiliated with Hezbollah, were killed when an Israeli drone struck their centre in the village of Froun, the group said. The Israeli military said it had targeted "a Hezbollah military structure".

    Lebanon's health ministry says at least 25 health workers have been killed in Israeli attacks since October.

    15:05
    Hezbollah claims barrage

    In a statement, Hezbollah said it had launched dozens of Katyusha rockets at Israeli army positions in the Galilee and the occupied Golan Heights "in response to the massacre in Nabatieh".

    13:10
    Six killed near Nabatieh, ministry says

    An Israeli strike on a two-storey house in the village of Kfar Roummane near Nabatieh killed six people, including three children, and wounded 11 others, Lebanon's health ministry said. Footage broadcast by local television showed rescuers carrying a girl from the rubble.

    The Israeli military said it struck a Hezbollah weapons depot in the area.

    11:30
    Context: ten months of cross-border fire

    Hezbollah began firing at Israel on October 8, a day after the Hamas attack on southern Israel, saying it was acting in support of Gaza. The exchanges have since become almost daily.

    Hezbollah has announced the deaths of 390 of its fighters since then. On the Israeli side, 22 soldiers and 26 civilians have been killed, according to Israeli authorities.

    The International Organization for Migration counts nearly 110,000 people displaced from southern Lebanon, while about 60,000 residents of northern Israel remain evacuated, many of them living in hotels paid for by the government.

    A US envoy visited Beirut last week to press for a diplomatic arrangement that would push Hezbollah fighters some 8 km back from the border.

    09:45
    Overnight strikes in the south

    Israeli jets struck what the military called Hezbollah targets in at least five villages in southern Lebanon overnight. Lebanon's state news agency reported no casualties.
    """,
    g(
        "projectiles",
        55,
        "lebanon",
        scope="event",
        as_of=D2,
        by="israeli military",
        q="approx",
        cue="about 55 projectiles crossed from Lebanon",
        note="headline and body are one figure; 'crossed from Lebanon' -> fired from Lebanon.",
    ),
    g(
        "injured",
        2,
        "israel",
        scope="event",
        as_of=D2,
        by="magen david adom",
        cue="treated two people who were lightly hurt",
        note="'14 times' (sirens) is not a figure.",
    ),
    g(
        "killed",
        2,
        "lebanon",
        scope="event",
        as_of=D2,
        by="islamic health committee",
        pop="medics",
        cue="Two paramedics of the Islamic Health Committee",
        note="same figure as the key point 'Two paramedics killed'.",
    ),
    g(
        "killed",
        25,
        "lebanon",
        scope="total",
        as_of=D2,
        by="lebanese health ministry",
        pop="medics",
        q="lower",
        cue="at least 25 health workers have been killed",
    ),
    g(
        "projectiles",
        24,
        "lebanon",
        scope="event",
        as_of=D2,
        by="hezbollah",
        q="lower",
        cue="launched dozens of Katyusha rockets",
        note="vague 'dozens' -> 24/lower; Hezbollah's own claim, kept apart from the military's 55 (another source); key point repeats it.",
    ),
    g(
        "killed",
        6,
        "lebanon",
        scope="event",
        as_of=D2,
        by="lebanese health ministry",
        cue="near Nabatieh killed six people",
    ),
    g(
        "killed",
        3,
        "lebanon",
        scope="event",
        as_of=D2,
        by="lebanese health ministry",
        pop="children",
        cue="including three children, and wounded",
    ),
    g("injured", 11, "lebanon", scope="event", as_of=D2, by="lebanese health ministry", cue="wounded 11 others"),
    g(
        "killed",
        390,
        "lebanon",
        scope="total",
        as_of=D2,
        by="hezbollah",
        pop="combatants",
        cue="deaths of 390 of its fighters",
    ),
    g(
        "killed",
        22,
        "israel",
        scope="total",
        as_of=D2,
        by="israeli authorities",
        pop="combatants",
        cue="22 soldiers and 26 civilians have been killed",
    ),
    g(
        "killed",
        26,
        "israel",
        scope="total",
        as_of=D2,
        by="israeli authorities",
        pop="civilians",
        cue="26 civilians have been killed",
    ),
    g(
        "displaced",
        110000,
        "lebanon",
        scope="total",
        as_of=D2,
        by="iom",
        q="upper",
        cue="nearly 110,000 people displaced from southern Lebanon",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        scope="total",
        as_of=D2,
        q="approx",
        cue="about 60,000 residents of northern Israel remain evacuated",
        note="stated twice (key point and context), one figure; the article's own voice. '8 km' and 'five villages' are not figures.",
    ),
)

D3 = "2025-02-11"  # a Tuesday
WEST_BANK = article(
    "n03_west_bank_northern_operation",
    D3,
    """
    IDF expands northern West Bank operation; three killed in drone strike near Tulkarem

    Security forces say 23 wanted suspects detained in overnight raids; UNRWA says camps have emptied

    By Yael Shimoni | The Jerusalem Courier
    Published: February 11, 2025 19:05
    Updated: February 11, 2025 21:30

    An Israeli drone strike killed three members of an armed cell near the Nur Shams refugee camp east of Tulkarem on Monday night, the military said, as troops pushed deeper into camps in the northern West Bank in the fourth week of an operation it has called "Iron Wall".

    The IDF said the three had been planning a shooting attack on Israeli communities along the security barrier and that one of them had been wanted since 2023. The Palestinian health ministry confirmed three deaths but did not say whether the men were armed.

    In overnight raids in Jenin, Tubas and Qabatiya, troops and Border Police officers detained 23 wanted suspects and seized weapons and explosives, the military said on Tuesday morning. Two soldiers were lightly injured on Sunday when an explosive device was detonated under their armoured vehicle in Tamun, it added.

    Since the operation began on January 21, the IDF says it has killed more than 35 terrorists and arrested some 380 wanted suspects. The Palestinian health ministry says at least 50 Palestinians have been killed in the northern West Bank over the same period, among them a 2-year-old girl shot in her home in Jenin.

    UNRWA, which runs schools and clinics in the camps, said around 40,000 residents of the Jenin, Tulkarem and Nur Shams camps had been displaced, calling it the largest displacement in the West Bank since 1967. The defence minister said last week that troops would remain in the camps "for the coming months" and that residents would not be allowed to return for now.

    Bulldozers have torn up roads in Jenin camp, and residents describe whole alleys demolished. "We left with our clothes on our backs and thought it would be for two days," said Umm Khaled, 58, now staying with relatives in the nearby village of Burqin.

    Violence has also risen further south. On Monday, settlers set fire to two cars and a barn in the village of Sinjil, and the Palestinian Red Crescent said its teams treated 12 people injured in the clashes that followed, most of them for tear gas inhalation.

    According to OCHA, 900 Palestinians have been killed in the West Bank, including East Jerusalem, since October 7, 2023, including about 180 children. The Palestinian Prisoners' Society says more than 14,500 Palestinians have been arrested across the territory over the same period, a figure that includes people later released.

    The security cabinet is due to discuss the operation on Wednesday. Opposition lawmakers have questioned how long reservists can be kept in the camps while the army is also stretched on the Lebanese and Syrian fronts.

    Related: Settler violence reports rose 30% in 2024, UN office says
    """,
    g(
        "killed",
        3,
        "west-bank",
        scope="event",
        as_of="2025-02-10",
        by="idf",
        pop="combatants",
        cue="killed three members of an armed cell",
        note="'on Monday night' -> the day before the article; 'members of an armed cell' -> combatants (the military's description; the ministry's 'three deaths' is the same figure).",
    ),
    g(
        "detained",
        23,
        "west-bank",
        scope="event",
        as_of=D3,
        by="idf",
        cue="detained 23 wanted suspects",
        note="subtitle and body are one figure; raids overnight into Tuesday -> the article date.",
    ),
    g(
        "injured",
        2,
        "israel",
        scope="event",
        as_of="2025-02-09",
        by="idf",
        pop="combatants",
        cue="Two soldiers were lightly injured on Sunday",
    ),
    g(
        "killed",
        35,
        "west-bank",
        scope="total",
        as_of=D3,
        by="idf",
        pop="combatants",
        q="lower",
        cue="killed more than 35 terrorists",
        note="'since the operation began' -> scope total (running toll of the ongoing operation, the crisis reported on); debatable (could be read as a window -> event); as_of is the article date either way.",
    ),
    g(
        "detained",
        380,
        "west-bank",
        scope="total",
        as_of=D3,
        by="idf",
        q="approx",
        cue="arrested some 380 wanted suspects",
        note="same scope decision as the 35.",
    ),
    g(
        "killed",
        50,
        "west-bank",
        scope="total",
        as_of=D3,
        by="palestinian health ministry",
        q="lower",
        cue="at least 50 Palestinians have been killed in the northern West Bank",
        note="the 2-year-old girl is a single person with an age, not a figure.",
    ),
    g(
        "displaced",
        40000,
        "west-bank",
        scope="total",
        as_of=D3,
        by="unrwa",
        q="approx",
        cue="around 40,000 residents of the Jenin, Tulkarem and Nur Shams camps had been displaced",
    ),
    g(
        "injured",
        12,
        "west-bank",
        scope="event",
        as_of="2025-02-10",
        by="palestinian red crescent",
        cue="treated 12 people injured",
        note="'On Monday' -> 2025-02-10; 'two cars' is not a figure.",
    ),
    g(
        "killed",
        900,
        "west-bank",
        scope="total",
        as_of=D3,
        by="ocha",
        cue="900 Palestinians have been killed in the West Bank",
    ),
    g(
        "killed",
        180,
        "west-bank",
        scope="total",
        as_of=D3,
        by="ocha",
        pop="children",
        q="approx",
        cue="including about 180 children",
    ),
    g(
        "detained",
        14500,
        "west-bank",
        scope="total",
        as_of=D3,
        by="palestinian prisoners' society",
        q="lower",
        cue="more than 14,500 Palestinians have been arrested",
        note="'30%' in the related link is a percentage.",
    ),
)

YEMEN_IRAN = article(
    "n04_houthis_iran_explainer",
    None,
    """
    # Explainer: the long-range war between Israel, the Houthis and Iran

    **Missiles, drones and retaliatory strikes: what has been fired, and at what cost**

    *By Owen Aldridge, Defence and Security Correspondent*

    > Share this article · 7 min read

    ---

    Israel's war with Hamas has drawn in two adversaries far from Gaza: Yemen's Houthi movement, some 2,000 km away, and Iran, the power behind both. This explainer sets out what is known about the exchanges, and why the numbers are so hard to pin down.

    ## Who are the Houthis?

    The Houthis, who call themselves Ansar Allah, seized Sanaa in 2014 and now control the areas where most of Yemen's population lives. A decade of war with a Saudi-led coalition has left more than 4.5 million Yemenis displaced, according to the UN, and the country dependent on aid.

    ## What have they fired at Israel?

    Since late 2023 the Houthis have fired at Israel almost every week, saying they act in solidarity with Gaza. The Israeli military says the group has launched more than 200 ballistic missiles and about 170 drones at Israeli territory. Most were intercepted or fell short, but a drone that slipped through air defences and hit an apartment block in Tel Aviv killed one man and wounded 10 others.

    At sea, the group has attacked dozens of merchant ships. The crew of the car carrier Galaxy Leader, 25 seafarers from five countries, were held captive in Yemen for more than a year before being released.

    ## How has Israel responded?

    Israeli jets have struck the port of Hodeidah, power stations and Sanaa's international airport. The Houthis say those strikes have killed dozens of people. A separate US air campaign hit hundreds of targets; one strike on a fuel terminal on the Red Sea coast killed at least 70 people, the Houthi-run health ministry said.

    ## And Iran?

    Iran launched more than 300 drones and missiles in its first direct attack on Israel, almost all of which were shot down with help from the US, Britain and Jordan. A second salvo of about 180 ballistic missiles followed months later.

    The exchanges culminated in 12 days of open war. The Israeli military says Iran fired about 550 ballistic missiles and more than 1,000 drones during those 12 days. Iranian missiles killed 28 people in Israel.

    Iranian officials say Israeli strikes killed more than 1,000 people in Iran, including senior commanders and nuclear scientists, and the authorities later said they had arrested hundreds of people accused of spying for Israel.

    ## Why are the numbers so uncertain?

    Neither the Houthis nor Iran publish full casualty data, and Israel's military censor restricts reporting of where missiles land. Figures on all sides are often revised weeks later, and independent verification is rarely possible. Interception rates quoted by officials, often above 90%, are also disputed by analysts.

    **Read next:** What is the "axis of resistance", and who is in it?
    """,
    g(
        "displaced",
        4500000,
        "yemen",
        scope="total",
        as_of=None,
        by="un",
        q="lower",
        cue="more than 4.5 million Yemenis displaced",
        note="undated article: every as_of is null.",
    ),
    g(
        "projectiles",
        200,
        "yemen",
        scope="total",
        as_of=None,
        by="israeli military",
        q="lower",
        cue="more than 200 ballistic missiles",
    ),
    g(
        "projectiles",
        170,
        "yemen",
        scope="total",
        as_of=None,
        by="israeli military",
        q="approx",
        cue="about 170 drones at Israeli territory",
    ),
    g(
        "killed",
        1,
        "israel",
        scope="event",
        as_of=None,
        cue="killed one man and wounded 10 others",
        note="'one man' is a stated count ('one'), unlike an unnumbered single person.",
    ),
    g("injured", 10, "israel", scope="event", as_of=None, cue="wounded 10 others"),
    g(
        "hostages",
        25,
        "unknown",
        scope="event",
        as_of=None,
        cue="25 seafarers from five countries",
        note="held captive = hostages; the crew come from five countries, none named -> side unknown. 'dozens of merchant ships' counts ships, not people.",
    ),
    g(
        "killed",
        24,
        "yemen",
        scope="total",
        as_of=None,
        by="houthis",
        q="lower",
        cue="The Houthis say those strikes have killed dozens of people",
        note="running toll of Israel's strikes on Yemen -> total; 'hundreds of targets' is not a figure.",
    ),
    g(
        "killed",
        70,
        "yemen",
        scope="event",
        as_of=None,
        by="houthi-run health ministry",
        q="lower",
        cue="killed at least 70 people, the Houthi-run health ministry said",
    ),
    g(
        "projectiles",
        300,
        "iran",
        scope="event",
        as_of=None,
        q="lower",
        cue="Iran launched more than 300 drones and missiles",
        note="one combined figure ('drones and missiles' with one number).",
    ),
    g("projectiles", 180, "iran", scope="event", as_of=None, q="approx", cue="about 180 ballistic missiles"),
    g(
        "projectiles",
        550,
        "iran",
        scope="total",
        as_of=None,
        by="israeli military",
        q="approx",
        cue="about 550 ballistic missiles",
        note="the toll of the whole 12-day war -> total ('in the war'); debatable (a 12-day window could be read as event).",
    ),
    g(
        "projectiles",
        1000,
        "iran",
        scope="total",
        as_of=None,
        by="israeli military",
        q="lower",
        cue="more than 1,000 drones during those 12 days",
    ),
    g(
        "killed",
        28,
        "israel",
        scope="total",
        as_of=None,
        cue="Iranian missiles killed 28 people in Israel",
        note="its own sentence, in the article's voice; the war's toll -> total.",
    ),
    g(
        "killed",
        1000,
        "iran",
        scope="total",
        as_of=None,
        by="iranian officials",
        q="lower",
        cue="killed more than 1,000 people in Iran",
    ),
    g(
        "detained",
        200,
        "iran",
        scope="total",
        as_of=None,
        by="iranian officials",
        q="lower",
        cue="arrested hundreds of people accused of spying",
        note="vague 'hundreds' -> 200/lower; 'the authorities' in the same sentence as 'Iranian officials' -> iranian officials; arrests tied to the war -> total (debatable).",
    ),
)

D5 = "2025-03-12"  # a Wednesday
SYRIA = article(
    "n05_syria_coast_ngo_release",
    D5,
    """
    PRESS RELEASE

    Levant Health Alliance: medical teams overwhelmed as violence grips Syria's coast

    Latakia / Gaziantep, 12 March 2025 — For immediate release

    The Levant Health Alliance (LHA), a network of Syrian doctors and nurses supporting 41 clinics and three hospitals in northern and western Syria, today called for an independent investigation and unhindered humanitarian access after six days of killings in the coastal governorates of Latakia and Tartus.

    Since Thursday, facilities supported by LHA in the two governorates have received the bodies of at least 140 people, including 18 children and 21 women. Our teams have treated between 300 and 350 wounded, many with gunshot injuries to the head and chest.

    Two of our nurses, both from Jableh, were killed on Saturday while travelling to the city's national hospital to start their shift. "They knew the risk and went anyway," said Dr Rania Haidar, LHA's medical director. "Health workers must never be targets, whoever is fighting."

    The violence began on Thursday with coordinated attacks on security forces by gunmen loyal to the former government. The Defence Ministry said 14 members of the security forces were killed in those first ambushes. Reprisal killings followed in Alawite villages, according to survivors who spoke to our staff.

    Families have reported dozens of relatives missing, and our psychosocial teams are receiving calls from people who have no news of husbands and sons taken from their homes. The interim authorities said on Monday that they had detained more than 30 people suspected of violations against civilians and referred them to a fact-finding committee.

    Displacement

    An estimated 25,000 people have fled their homes for the mountains and nearby towns, according to local coordination committees, and more than 9,000 have crossed into northern Lebanon, according to UNHCR. Many are sleeping in mosques, churches and schools, and our mobile teams report cases of diarrhoea among children.

    Background

    Syria's 14-year war killed more than 500,000 people before the fall of the former government in December. More than 7 million Syrians remain internally displaced, according to the UN. LHA has appealed for US$3.2 million to keep its clinics open through June.

    Our demands

    - Immediate protection of health facilities, ambulances and medical personnel.
    - Safe passage for the wounded and for civilians wishing to leave.
    - An independent investigation into all killings since 6 March.

    About the Levant Health Alliance

    LHA was founded in 2013 and employs more than 1,200 staff in Syria and Türkiye. It is funded by private donors and institutional partners.

    Media contact: LHA communications office, Gaziantep
    """,
    g(
        "killed",
        140,
        "syria",
        scope="event",
        as_of=D5,
        q="lower",
        cue="received the bodies of at least 140 people",
        note="window 'since Thursday' (the six days of coastal violence) -> event, article date; stated in the NGO's own voice -> reported_by null.",
    ),
    g("killed", 18, "syria", scope="event", as_of=D5, pop="children", cue="including 18 children"),
    g("killed", 21, "syria", scope="event", as_of=D5, pop="women", cue="and 21 women"),
    g("injured", 300, "syria", scope="event", as_of=D5, q="range", high=350, cue="between 300 and 350 wounded"),
    g(
        "killed",
        2,
        "syria",
        scope="event",
        as_of="2025-03-08",
        pop="medics",
        cue="Two of our nurses",
        note="'on Saturday' -> 2025-03-08.",
    ),
    g(
        "killed",
        14,
        "syria",
        scope="event",
        as_of="2025-03-06",
        by="syrian defence ministry",
        pop="combatants",
        cue="14 members of the security forces were killed",
        note="'those first ambushes' were on Thursday -> 2025-03-06.",
    ),
    g("missing", 24, "syria", scope="event", as_of=D5, by="families", q="lower", cue="dozens of relatives missing"),
    g(
        "detained",
        30,
        "syria",
        scope="event",
        as_of="2025-03-10",
        by="syrian interim authorities",
        q="lower",
        cue="detained more than 30 people",
        note="'said on Monday' -> 2025-03-10.",
    ),
    g(
        "displaced",
        25000,
        "syria",
        scope="event",
        as_of=D5,
        by="local coordination committees",
        q="approx",
        cue="An estimated 25,000 people have fled their homes",
        note="flight from this wave of violence -> event (debatable).",
    ),
    g(
        "displaced",
        9000,
        "syria",
        scope="event",
        as_of=D5,
        by="unhcr",
        q="lower",
        cue="more than 9,000 have crossed into northern Lebanon",
        note="refugees of this violence -> displaced, side syria (whose people they are).",
    ),
    g(
        "killed",
        500000,
        "syria",
        scope="total",
        as_of=D5,
        q="lower",
        cue="killed more than 500,000 people",
        note="the war's toll, own voice; '14-year' and 'US$3.2 million' are not figures; '1,200 staff' are not casualties.",
    ),
    g(
        "displaced",
        7000000,
        "syria",
        scope="total",
        as_of=D5,
        by="un",
        q="lower",
        cue="More than 7 million Syrians remain internally displaced",
    ),
)

ARTICLES = [GAZA, LEBANON, WEST_BANK, YEMEN_IRAN, SYRIA]
