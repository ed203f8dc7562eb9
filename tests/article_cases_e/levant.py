"""Gaza (a wire story and an undated Gulf daily on the same day), a Lebanon live blog, a West Bank sitrep, Syria."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

G1 = "2025-07-15"
GAZA_WIRE = article(
    "e_gaza_aid_queues_wire",
    G1,
    """
    Israeli fire kills at least 52 in Gaza, many near food queues

    DEIR AL-BALAH, Gaza Strip, July 15, 2025 (AP) — Israeli strikes and gunfire killed at least 52 Palestinians across the Gaza Strip on Tuesday, hospital officials said, among them 14 people who were waiting for flour near a distribution point west of Rafah.

    A strike on a school-turned-shelter in Gaza City overnight killed 11 people, including a woman and four of her children, according to the Palestinian Civil Defence. It said its crews were still searching for two people believed to be trapped under the rubble.

    The Health Ministry in Gaza said the overall toll since the war began had climbed to 58,479 dead and 139,355 wounded. The ministry, part of the Hamas-run government, does not separate civilians from fighters but says women and children make up more than half of the dead. Its figures are considered broadly reliable by U.N. agencies.

    The government media office in Gaza said a freelance photographer killed in Khan Younis on Monday brought to 228 the number of journalists killed since October 2023.

    The U.N. human rights office said it had recorded at least 875 killings of people seeking food since May 27, 674 of them in the vicinity of sites run by the Gaza Humanitarian Foundation, an Israeli- and U.S.-backed group. The foundation disputes the figures and says its own sites are safe.

    The Israeli military said it had struck more than 120 targets over the past day, including militant cells and weapons depots. It said two soldiers were killed in fighting in the northern town of Beit Hanoun on Monday, bringing to 449 the number of troops killed since the start of the ground offensive, according to military figures.

    Ceasefire talks in Doha, now in their second week, have stalled over the extent of any Israeli pullback. Hamas still holds 50 hostages, fewer than half of whom are believed to be alive.

    The war began when Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing about 1,200 people, mostly civilians, and abducting 251.

    The offensive has destroyed large swaths of the territory and displaced around 90% of its roughly 2.1 million people, many of them several times.

    Associated Press writer Wafaa Shurafa contributed from Deir al-Balah.
    """,
    g(
        "killed",
        52,
        "gaza",
        q="lower",
        scope="event",
        as_of=G1,
        by="hospital officials",
        cue="killed at least 52 Palestinians across the Gaza Strip on Tuesday",
        note="also in the headline; listed once.",
    ),
    g(
        "killed",
        14,
        "gaza",
        scope="event",
        as_of=G1,
        by="hospital officials",
        cue="among them 14 people who were waiting for flour",
        note="subset of the 52 with no population of its own -> its own figure, population all.",
    ),
    g(
        "killed",
        11,
        "gaza",
        scope="event",
        as_of=G1,
        by="palestinian civil defence",
        cue="overnight killed 11 people",
        note="bare 'overnight' = the night ending on the article date.",
    ),
    g(
        "killed",
        4,
        "gaza",
        pop="children",
        scope="event",
        as_of=G1,
        by="palestinian civil defence",
        cue="four of her children",
        note="'a woman' is not a number: only the children are a figure.",
    ),
    g(
        "missing",
        2,
        "gaza",
        scope="event",
        as_of=G1,
        by="palestinian civil defence",
        cue="two people believed to be trapped under the rubble",
    ),
    g("killed", 58479, "gaza", scope="total", as_of=G1, by="gaza health ministry", cue="climbed to 58,479 dead"),
    g(
        "injured",
        139355,
        "gaza",
        scope="total",
        as_of=G1,
        by="gaza health ministry",
        cue="139,355 wounded",
        note="'more than half' of the dead is a share, not a count.",
    ),
    g(
        "killed",
        228,
        "gaza",
        pop="journalists",
        scope="total",
        as_of=G1,
        by="government media office",
        cue="brought to 228 the number of journalists killed",
        note="the single named-less photographer killed on Monday is not a number.",
    ),
    g(
        "killed",
        875,
        "gaza",
        q="lower",
        scope="total",
        as_of=G1,
        by="un human rights office",
        cue="at least 875 killings of people seeking food since May 27",
        note="'since May 27' -> running toll of the aid-site killings -> total.",
    ),
    g(
        "killed",
        674,
        "gaza",
        scope="total",
        as_of=G1,
        by="un human rights office",
        cue="674 of them in the vicinity of sites",
    ),
    g(
        "killed",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2025-07-14",
        by="israeli military",
        cue="two soldiers were killed in fighting in the northern town of Beit Hanoun on Monday",
        note="'more than 120 targets' is not a figure.",
    ),
    g(
        "killed",
        449,
        "israel",
        pop="combatants",
        scope="total",
        as_of=G1,
        by="israeli military",
        cue="bringing to 449 the number of troops killed",
        note="'according to military figures' = the Israeli military named in the sentence before.",
    ),
    g(
        "hostages",
        50,
        "israel",
        scope="total",
        as_of=G1,
        by=None,
        cue="Hamas still holds 50 hostages",
        note="'fewer than half' is not a number.",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by=None,
        cue="killing about 1,200 people, mostly civilians",
    ),
    g(
        "hostages",
        251,
        "israel",
        scope="event",
        as_of="2023-10-07",
        by=None,
        cue="and abducting 251",
        note="'90% of its roughly 2.1 million people' is a share of the population, not a displaced count.",
    ),
)

GAZA_GULF = article(
    "e_gaza_aid_queues_gulf",
    None,
    """
    Skip to main content
    Gaza: Dozens killed as queues for food turn deadly

    Families sheltering in a Gaza City school among the dead as ceasefire talks stall in Doha

    Gaza: More than 50 Palestinians were killed by Israeli bombardment and gunfire across the Gaza Strip in a single day, medical sources in the enclave said, including 14 people who were shot while queuing for flour near an aid hub in the south of the territory.

    In Gaza City, an air strike hit the Mustafa Hafez school, where displaced families had taken refuge, killing 11 people, among them four children, civil defence spokesman Mahmoud Bassal said. Rescuers were digging with their hands, he added, as the agency has almost no working heavy machinery left.

    The Palestinian Red Crescent said its field hospital in Al Mawasi had received dozens of wounded within hours, most with gunshot injuries.

    "People go to get a bag of flour and come back in a shroud," said Umm Khaled, 41, whose nephew was among those killed near the aid hub.

    OHCHR spokesman Thameen Al Kheetan told reporters in Geneva that 875 people had been killed while trying to get food since late May, most of them near sites operated by the US-backed Gaza Humanitarian Foundation.

    The Gaza health ministry put the overall death toll at 58,479 since October 2023, with more than 139,000 people wounded. Thousands more are believed to lie under the rubble of destroyed homes.

    The Israeli army said two reservists were killed in Beit Hanoun, in the north of the Strip, and that its forces had "eliminated terrorists" in the area.

    Negotiators in the Qatari capital are discussing a 60-day truce under which Hamas would free some of the roughly 50 captives still in Gaza in exchange for Palestinian prisoners. Egyptian and Qatari mediators said gaps remained over maps of Israeli troop deployments.

    The UN says nearly every one of the territory's residents now faces acute food insecurity, with famine conditions reported in the north.

    Jordan, the UAE and Egypt have resumed airdrops of food over the Strip, though aid agencies say the drops are costly and cannot replace land crossings.
    """,
    g(
        "killed",
        50,
        "gaza",
        q="lower",
        scope="event",
        as_of=None,
        by="medical sources",
        cue="More than 50 Palestinians were killed by Israeli bombardment",
        note="the same day's toll as the wire story's 'at least 52'; undated article -> as_of null.",
    ),
    g(
        "killed",
        14,
        "gaza",
        scope="event",
        as_of=None,
        by="medical sources",
        cue="including 14 people who were shot while queuing for flour",
    ),
    g(
        "killed",
        11,
        "gaza",
        scope="event",
        as_of=None,
        by="civil defence spokesman mahmoud bassal",
        cue="killing 11 people, among them four children",
    ),
    g(
        "killed",
        4,
        "gaza",
        pop="children",
        scope="event",
        as_of=None,
        by="civil defence spokesman mahmoud bassal",
        cue="among them four children, civil defence spokesman",
    ),
    g(
        "injured",
        24,
        "gaza",
        q="lower",
        scope="event",
        as_of=None,
        by="palestinian red crescent",
        cue="had received dozens of wounded within hours",
        note="vague 'dozens' -> 24/lower. Age 41 is not a figure.",
    ),
    g(
        "killed",
        875,
        "gaza",
        scope="total",
        as_of=None,
        by="ohchr",
        cue="875 people had been killed while trying to get food since late May",
        note="OHCHR = the UN human rights office; attribution by acronym kept as written.",
    ),
    g(
        "killed",
        58479,
        "gaza",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="put the overall death toll at 58,479",
    ),
    g(
        "injured",
        139000,
        "gaza",
        q="lower",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="more than 139,000 people wounded",
    ),
    g(
        "missing",
        2000,
        "gaza",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="Thousands more are believed to lie under the rubble",
        note="vague 'thousands' under the rubble -> missing 2000/lower.",
    ),
    g(
        "killed",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of=None,
        by="israeli army",
        cue="two reservists were killed in Beit Hanoun",
    ),
    g(
        "hostages",
        50,
        "israel",
        q="approx",
        scope="total",
        as_of=None,
        by=None,
        cue="roughly 50 captives still in Gaza",
        note="'60-day truce' is a duration.",
    ),
)

L1 = "2024-10-02"
LEBANON_LIVE = article(
    "e_lebanon_live_blog",
    L1,
    """
    Middle East crisis live: Israel says eight soldiers killed in south Lebanon

    Israel-Hezbollah war

    Last updated: 2 October 2024 at 23:40 BST

    23:05 BST
    Israeli army announces first deaths of Lebanon ground operation

    The Israeli military has announced that eight soldiers were killed in ground fighting in southern Lebanon on Wednesday, the first losses it has acknowledged since troops crossed the border for what it calls limited, localised raids.

    21:40 BST
    Lebanon health ministry: 46 killed in past 24 hours

    Israeli strikes killed 46 people and wounded 85 across Lebanon over the past 24 hours, the Lebanese health ministry said in its evening statement. The ministry said the total killed since October last year had reached 1,974, including 127 children, with 9,384 people wounded.

    19:15 BST
    Hezbollah claims barrage towards Haifa bay

    Hezbollah said it had fired a salvo of Fadi 1 rockets at an intelligence base near Haifa. The Israeli military said about 30 projectiles crossed from Lebanon during the evening, some of which were intercepted and the rest fell in open areas.

    17:50 BST
    Displacement figures

    The UN migration agency, IOM, now counts more than 346,000 people displaced inside Lebanon, while the Lebanese government estimates that between 1 million and 1.2 million people have fled their homes. Syrian authorities said more than 100,000 people, most of them Syrians, had crossed from Lebanon into Syria over the past week.

    15:20 BST
    New evacuation orders

    The Israeli military's Arabic-language spokesperson has told residents of 24 more villages in south Lebanon to move north of the Awali river, about 60km from the border.

    13:05 BST
    Israel assesses damage from Iranian attack

    Magen David Adom said two people in Tel Aviv were lightly hurt by shrapnel during Tuesday night's Iranian attack, in which about 180 ballistic missiles were fired at Israel, according to the Israeli military. In the north, some 60,000 residents remain evacuated from their homes near the Lebanese border, almost a year after they first left.

    11:30 BST
    Strike on central Beirut

    An Israeli strike on a residential building in Beirut's Bachoura district overnight killed nine people and wounded 14, Lebanon's civil defence said. It was the first strike so close to the city centre since the fighting began.

    09:00 BST
    Welcome

    Good morning and welcome to our continuing coverage of the war between Israel and Hezbollah, now entering its second week of intensified strikes.
    """,
    g(
        "killed",
        8,
        "israel",
        pop="combatants",
        scope="event",
        as_of=L1,
        by="israeli military",
        cue="eight soldiers were killed in ground fighting in southern Lebanon on Wednesday",
        note="also in the headline; listed once.",
    ),
    g(
        "killed",
        46,
        "lebanon",
        scope="event",
        as_of=L1,
        by="lebanese health ministry",
        cue="Israeli strikes killed 46 people",
        note="'in the past 24 hours' -> event ending on the article date; the entry heading repeats it.",
    ),
    g(
        "injured",
        85,
        "lebanon",
        scope="event",
        as_of=L1,
        by="lebanese health ministry",
        cue="wounded 85 across Lebanon",
    ),
    g("killed", 1974, "lebanon", scope="total", as_of=L1, by="lebanese health ministry", cue="had reached 1,974"),
    g(
        "killed",
        127,
        "lebanon",
        pop="children",
        scope="total",
        as_of=L1,
        by="lebanese health ministry",
        cue="including 127 children",
    ),
    g(
        "injured",
        9384,
        "lebanon",
        scope="total",
        as_of=L1,
        by="lebanese health ministry",
        cue="with 9,384 people wounded",
    ),
    g(
        "projectiles",
        30,
        "lebanon",
        q="approx",
        scope="event",
        as_of=L1,
        by="israeli military",
        cue="about 30 projectiles crossed from Lebanon",
        note="'Fadi 1' is a rocket model, not a count.",
    ),
    g(
        "displaced",
        346000,
        "lebanon",
        q="lower",
        scope="total",
        as_of=L1,
        by="iom",
        cue="more than 346,000 people displaced inside Lebanon",
    ),
    g(
        "displaced",
        1000000,
        "lebanon",
        q="range",
        high=1200000,
        scope="total",
        as_of=L1,
        by="lebanese government",
        cue="between 1 million and 1.2 million people have fled their homes",
    ),
    g(
        "displaced",
        100000,
        "lebanon",
        q="lower",
        scope="event",
        as_of=L1,
        by="syrian authorities",
        cue="more than 100,000 people, most of them Syrians, had crossed from Lebanon into Syria",
        note="people who fled Lebanon (where they lived) -> side lebanon though most are Syrian nationals; 'over the past week' is a window ending on the article date -> event (debatable).",
    ),
    g(
        "injured",
        2,
        "israel",
        scope="event",
        as_of="2024-10-01",
        by="magen david adom",
        cue="two people in Tel Aviv were lightly hurt by shrapnel",
        note="'Tuesday night' before Wednesday 2 Oct.",
    ),
    g(
        "projectiles",
        180,
        "iran",
        q="approx",
        scope="event",
        as_of="2024-10-01",
        by="israeli military",
        cue="about 180 ballistic missiles were fired at Israel",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of=L1,
        by=None,
        cue="some 60,000 residents remain evacuated",
        note="'24 more villages' and '60km' are not figures.",
    ),
    g("killed", 9, "lebanon", scope="event", as_of=L1, by="lebanese civil defence", cue="overnight killed nine people"),
    g(
        "injured",
        14,
        "lebanon",
        scope="event",
        as_of=L1,
        by="lebanese civil defence",
        cue="wounded 14, Lebanon's civil defence said",
    ),
)

W1 = "2025-08-20"
WB_END = "2025-08-18"
WEST_BANK = article(
    "e_west_bank_sitrep",
    W1,
    """
    Humanitarian Situation Update #311 | West Bank

    Published: 20 August 2025

    Key highlights

    Between 12 and 18 August, Israeli forces killed six Palestinians in the West Bank, including two children, in three separate incidents in Jenin, Nablus and Hebron governorates.

    Settlers carried out 31 attacks resulting in casualties or property damage during the reporting period, injuring 18 Palestinians. Olive trees, vehicles and water tanks were also damaged.

    The Israeli authorities demolished 14 Palestinian-owned structures in Area C and East Jerusalem citing the lack of Israeli-issued building permits, displacing 41 people, among them 19 children.

    Casualties since 7 October 2023

    Since 7 October 2023, 1,009 Palestinians, including 213 children, have been killed in the West Bank, including East Jerusalem, by Israeli forces or settlers, and about 7,300 others injured. In the same period, 36 Israelis, including 22 members of Israeli forces, were killed in the West Bank or in Israel in attacks by West Bank Palestinians.

    Northern West Bank

    Some 32,000 residents of Jenin, Tulkarm and Nur Shams refugee camps remain displaced as a result of the Israeli operation that began in January 2025, the longest such displacement since 1967. Access to the camps remains restricted, and UNRWA reports that about 1,460 shelters have been damaged.

    Detention

    According to the Palestinian Prisoners' Society, more than 10,800 Palestinians are currently held in Israeli prisons, including about 450 children and some 3,600 administrative detainees held without charge or trial.

    Movement

    OCHA recorded 849 obstacles, including checkpoints, road gates and earth mounds, restricting Palestinian movement across the West Bank as of August.

    Funding

    The 2025 Flash Appeal, which requests US$4 billion, is 27 per cent funded.

    All figures are OCHA-verified unless otherwise indicated and reflect data available as of 18 August 2025.
    """,
    g(
        "killed",
        6,
        "west-bank",
        scope="event",
        as_of=WB_END,
        by=None,
        cue="Israeli forces killed six Palestinians in the West Bank",
        note="a weekly window -> event, as_of its last day; the agency's own voice -> reported_by null.",
    ),
    g(
        "killed",
        2,
        "west-bank",
        pop="children",
        scope="event",
        as_of=WB_END,
        by=None,
        cue="including two children, in three separate incidents",
    ),
    g(
        "injured",
        18,
        "west-bank",
        scope="event",
        as_of=WB_END,
        by=None,
        cue="injuring 18 Palestinians",
        note="31 attacks is a count of incidents, not of people.",
    ),
    g(
        "displaced",
        41,
        "west-bank",
        scope="event",
        as_of=WB_END,
        by=None,
        cue="displacing 41 people",
        note="14 structures are buildings, not people.",
    ),
    g("displaced", 19, "west-bank", pop="children", scope="event", as_of=WB_END, by=None, cue="among them 19 children"),
    g(
        "killed",
        1009,
        "west-bank",
        scope="total",
        as_of=W1,
        by=None,
        cue="1,009 Palestinians, including 213 children, have been killed",
    ),
    g(
        "killed",
        213,
        "west-bank",
        pop="children",
        scope="total",
        as_of=W1,
        by=None,
        cue="including 213 children, have been killed",
    ),
    g("injured", 7300, "west-bank", q="approx", scope="total", as_of=W1, by=None, cue="about 7,300 others injured"),
    g(
        "killed",
        36,
        "israel",
        scope="total",
        as_of=W1,
        by=None,
        cue="36 Israelis, including 22 members of Israeli forces",
    ),
    g(
        "killed",
        22,
        "israel",
        pop="combatants",
        scope="total",
        as_of=W1,
        by=None,
        cue="including 22 members of Israeli forces",
    ),
    g(
        "displaced",
        32000,
        "west-bank",
        q="approx",
        scope="total",
        as_of=W1,
        by=None,
        cue="Some 32,000 residents of Jenin, Tulkarm and Nur Shams refugee camps remain displaced",
        note="1,460 shelters are buildings; 1967 is a year.",
    ),
    g(
        "detained",
        10800,
        "palestine",
        q="lower",
        scope="total",
        as_of=W1,
        by="palestinian prisoners' society",
        cue="more than 10,800 Palestinians are currently held in Israeli prisons",
        note="prisoners from the West Bank and Gaza, no narrower place -> palestine.",
    ),
    g(
        "detained",
        450,
        "palestine",
        pop="children",
        q="approx",
        scope="total",
        as_of=W1,
        by="palestinian prisoners' society",
        cue="including about 450 children",
    ),
    g(
        "detained",
        3600,
        "palestine",
        q="approx",
        scope="total",
        as_of=W1,
        by="palestinian prisoners' society",
        cue="some 3,600 administrative detainees",
        note="849 obstacles, US$4 billion and 27 per cent are not figures.",
    ),
)

S1 = "2025-07-17"
SYRIA = article(
    "e_syria_sweida_broadsheet",
    S1,
    """
    Sweida death toll nears 600 as Syrian troops withdraw from Druze city

    Monitor says civilians among hundreds killed in four days of clashes, as Israel's strikes on Damascus draw condemnation

    Middle East correspondent
    Thu 17 Jul 2025 18.02 BST

    Syrian government forces began pulling out of the southern city of Sweida on Thursday after four days of fighting between Druze militias, Bedouin tribal fighters and state security forces that a war monitor said had killed almost 600 people.

    The Syrian Observatory for Human Rights, a UK-based monitor with a network of sources inside the country, said at least 594 people had been killed since the clashes erupted on Sunday. They included 154 Druze civilians, 83 of whom it said had been summarily executed by government forces, and 146 Druze fighters. It said 257 members of the security forces and 18 Bedouin fighters had also died.

    Residents described bodies lying in the streets of the city, whose pre-war population was about 150,000, and said water and power had been cut for days. A 73-year-old sheikh was filmed being humiliated by men in military uniform, footage that has circulated widely on social media.

    Israel, which has a sizeable Druze minority of its own, said it had intervened to protect the community. Israeli strikes on the defence ministry compound and near the presidential palace in Damascus on Wednesday killed three people and wounded 34, according to Syria's health ministry.

    The UN's migration agency, IOM, said about 80,000 people had been displaced by the violence, many of them sheltering in villages in the countryside of Sweida and neighbouring Deraa province. Local groups said hundreds of people were still missing.

    The clashes are the deadliest since March, when violence on the Mediterranean coast killed about 1,500 people, most of them Alawite civilians, according to the observatory.

    President Ahmed al-Sharaa, whose Islamist-led forces toppled Bashar al-Assad in December, said in a televised address that the protection of the Druze was a "priority" and that local factions and sheikhs would take over security.

    Syria's civil war, which began with the crackdown on protests in 2011, killed more than half a million people and forced roughly half the pre-war population from their homes.

    The US envoy, Tom Barrack, said Washington had worked with all sides to reach a ceasefire, the third announced this week.
    """,
    g(
        "killed",
        594,
        "syria",
        q="lower",
        scope="total",
        as_of=S1,
        by="syrian observatory for human rights",
        cue="at least 594 people had been killed since the clashes erupted on Sunday",
        note="headline 'nears 600' and lead 'almost 600' restate the same toll; listed once with the body value. 'since ... Sunday' -> running toll of the crisis -> total.",
    ),
    g(
        "killed",
        154,
        "syria",
        pop="civilians",
        scope="total",
        as_of=S1,
        by="syrian observatory for human rights",
        cue="They included 154 Druze civilians",
    ),
    g(
        "killed",
        83,
        "syria",
        pop="civilians",
        scope="total",
        as_of=S1,
        by="syrian observatory for human rights",
        cue="83 of whom it said had been summarily executed",
    ),
    g(
        "killed",
        146,
        "syria",
        pop="combatants",
        scope="total",
        as_of=S1,
        by="syrian observatory for human rights",
        cue="and 146 Druze fighters",
    ),
    g(
        "killed",
        257,
        "syria",
        pop="combatants",
        scope="total",
        as_of=S1,
        by="syrian observatory for human rights",
        cue="257 members of the security forces",
    ),
    g(
        "killed",
        18,
        "syria",
        pop="combatants",
        scope="total",
        as_of=S1,
        by="syrian observatory for human rights",
        cue="18 Bedouin fighters had also died",
        note="pre-war population 150,000 and age 73 are not figures.",
    ),
    g(
        "killed",
        3,
        "syria",
        scope="event",
        as_of="2025-07-16",
        by="syrian health ministry",
        cue="in Damascus on Wednesday killed three people",
    ),
    g(
        "injured",
        34,
        "syria",
        scope="event",
        as_of="2025-07-16",
        by="syrian health ministry",
        cue="wounded 34, according to Syria's health ministry",
    ),
    g(
        "displaced",
        80000,
        "syria",
        q="approx",
        scope="total",
        as_of=S1,
        by="iom",
        cue="about 80,000 people had been displaced by the violence",
    ),
    g(
        "missing",
        200,
        "syria",
        q="lower",
        scope="total",
        as_of=S1,
        by="local groups",
        cue="hundreds of people were still missing",
    ),
    g(
        "killed",
        1500,
        "syria",
        q="approx",
        scope="event",
        as_of=None,
        by="syrian observatory for human rights",
        cue="killed about 1,500 people, most of them Alawite civilians",
        note="one episode in March, no day -> as_of null; 'most of them' has no number.",
    ),
    g(
        "killed",
        500000,
        "syria",
        q="lower",
        scope="total",
        as_of=S1,
        by=None,
        cue="killed more than half a million people",
        note="whole-war toll -> total; 'half the pre-war population' is a share, not a count.",
    ),
)

ARTICLES = [GAZA_WIRE, GAZA_GULF, LEBANON_LIVE, WEST_BANK, SYRIA]
