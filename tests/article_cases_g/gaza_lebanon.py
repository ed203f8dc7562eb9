"""Gaza (a wire story in March 2024, the October 2025 hostage release, an undated analysis), the West Bank
(an Israeli daily in January 2025) and Lebanon (a live blog in October 2024)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

G1 = "2024-03-02"
GAZA_WIRE = article(
    "g_gaza_toll_passes_30000_wire",
    G1,
    """
    Gaza death toll passes 30,000 as families bury aid queue victims

    By Nidal Hamdan and Emily Rowe

    March 2, 2024 3:27 PM GMT+2

    Summary
    Health ministry says 30,320 killed since October
    Dozens of children have died of hunger, officials say
    Ceasefire talks resume in Cairo

    CAIRO, March 2 (Reuters) - The number of Palestinians killed in nearly five months of Israeli military operations in Gaza has risen to 30,320, the enclave's health ministry said on Saturday, with another 71,533 people wounded.

    The ministry said 92 people had been killed and 156 injured in the previous 24 hours, as Israeli air strikes hit homes in Rafah and Deir al-Balah and tanks pushed into the eastern outskirts of Khan Younis.

    In Gaza City, families were still burying the dead from Thursday's chaotic scene on Harun al-Rashid street, where Palestinian health officials said 118 people were killed and 760 wounded when Israeli troops opened fire as crowds surged toward a convoy of aid trucks.

    The Israeli military said most of those who died had been trampled or run over, and that troops had fired at a "limited" number of people they believed posed a threat. It said around 30 trucks were in the convoy.

    A doctor at al-Awda hospital, who asked not to be named, said staff had treated more than 160 patients from the scene, many of them with gunshot wounds.

    Read more:
    UN calls for independent investigation into deaths at Gaza aid convoy
    Biden says US will airdrop food into Gaza

    The health ministry said separately that at least 15 children had died of malnutrition and dehydration at Kamal Adwan hospital in northern Gaza over the past week. The World Food Programme says a quarter of Gaza's population is one step away from famine.

    About 7,000 people are believed to be missing under the rubble, according to the ministry, which does not distinguish between civilians and combatants in its count.

    Most of Gaza's 2.3 million people have been driven from their homes. The United Nations says about 1.5 million displaced people are now crammed into Rafah, on the border with Egypt, where Israel has said it plans to send in ground forces.

    Israel launched its campaign after Hamas-led fighters stormed southern Israel on Oct. 7, killing 1,200 people and taking 253 hostages, according to Israeli tallies. Israel says 130 hostages are still being held in Gaza. The Israeli military says 242 of its soldiers have been killed since the ground offensive began on Oct. 27.

    Negotiators from Qatar, Egypt and the United States are trying to broker a six-week truce before the start of Ramadan, around March 10.

    Reporting by Nidal Hamdan in Cairo and Emily Rowe in Jerusalem; Editing by William Maclean

    Our Standards: The Thomson Reuters Trust Principles.
    """,
    g(
        "killed",
        30320,
        "gaza",
        scope="total",
        as_of=G1,
        by="gaza health ministry",
        cue="has risen to 30,320",
        note="headline 'passes 30,000' and summary '30,320 killed' are the same figure, listed once (the body's exact number).",
    ),
    g(
        "injured",
        71533,
        "gaza",
        scope="total",
        as_of=G1,
        by="gaza health ministry",
        cue="with another 71,533 people wounded",
    ),
    g("killed", 92, "gaza", scope="event", as_of=G1, by="gaza health ministry", cue="92 people had been killed"),
    g(
        "injured",
        156,
        "gaza",
        scope="event",
        as_of=G1,
        by="gaza health ministry",
        cue="156 injured in the previous 24 hours",
    ),
    g(
        "killed",
        118,
        "gaza",
        scope="event",
        as_of="2024-02-29",
        by="palestinian health officials",
        cue="118 people were killed",
    ),
    g(
        "injured",
        760,
        "gaza",
        scope="event",
        as_of="2024-02-29",
        by="palestinian health officials",
        cue="760 wounded when Israeli troops opened fire",
    ),
    g(
        "injured",
        160,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-02-29",
        by="al-awda hospital doctor",
        cue="treated more than 160 patients from the scene",
        note="patients with wounds treated from Thursday's scene -> injured, event of 2024-02-29 (a subset/overlap of the 760; debatable whether annotators would count treated patients). 'around 30 trucks' is not a figure.",
    ),
    g(
        "killed",
        15,
        "gaza",
        pop="children",
        q="lower",
        scope="event",
        as_of=G1,
        by="gaza health ministry",
        cue="at least 15 children had died of malnutrition",
        note="deaths from hunger are 'died' -> killed; 'over the past week' -> event. The summary line 'Dozens of children have died of hunger' is the same claim restated vaguely -> not a separate figure (debatable: 24/lower would be defensible).",
    ),
    g(
        "missing",
        7000,
        "gaza",
        q="approx",
        scope="total",
        as_of=G1,
        by="gaza health ministry",
        cue="About 7,000 people are believed to be missing",
    ),
    g(
        "displaced",
        1500000,
        "gaza",
        q="approx",
        scope="total",
        as_of=G1,
        by="un",
        cue="about 1.5 million displaced people are now crammed into Rafah",
        note="'Most of Gaza's 2.3 million people' is a population, not a count of displaced; 'a quarter' is a share.",
    ),
    g(
        "killed",
        1200,
        "israel",
        scope="event",
        as_of="2023-10-07",
        by="israeli tallies",
        cue="killing 1,200 people and taking 253 hostages",
    ),
    g("hostages", 253, "israel", scope="event", as_of="2023-10-07", by="israeli tallies", cue="taking 253 hostages"),
    g(
        "hostages",
        130,
        "israel",
        scope="total",
        as_of=G1,
        by="israel",
        cue="Israel says 130 hostages are still being held",
    ),
    g(
        "killed",
        242,
        "israel",
        pop="combatants",
        scope="total",
        as_of=G1,
        by="israeli military",
        cue="242 of its soldiers have been killed",
        note="'since the ground offensive began on Oct. 27' is the war's ground campaign -> total.",
    ),
)

WB1 = "2025-01-22"
WEST_BANK = article(
    "g_west_bank_jenin_operation_daily",
    WB1,
    """
    Israeli troops press Jenin offensive for second day as PA says 10 killed

    IDF says it hit 'dozens' of targets and detained 35 suspects; two soldiers lightly hurt by roadside bomb

    By Emanuel Fabian

    22 January 2025, 1:15 pm

    Israeli forces on Wednesday pressed on with a large-scale counterterrorism operation in the northern West Bank city of Jenin, a day after launching the offensive with drone strikes and a ground incursion into the city's refugee camp.

    The Palestinian Authority's Health Ministry said 10 Palestinians had been killed and at least 40 wounded since the start of the operation on Tuesday. It did not say how many of them were gunmen.

    The Israel Defense Forces said its troops had killed at least six gunmen and struck "dozens" of terror targets, including explosives labs and observation posts, and that 35 wanted suspects had been detained for questioning by the Shin Bet.

    Two soldiers were lightly wounded when an explosive device went off near their armored vehicle on the outskirts of the camp, the military said.

    The operation, dubbed "Iron Wall," was launched days after the ceasefire in Gaza took effect on Sunday, under which three hostages were freed in exchange for 90 Palestinian security prisoners, most of them from the West Bank and East Jerusalem.

    The Jenin camp, about one square kilometer in size, is home to around 14,000 people. The UN agency for Palestinian refugees, UNRWA, said up to 3,000 residents had left the camp by Wednesday morning, many of them on foot after soldiers called on them over loudspeakers to leave.

    Related: Settlers torch homes, cars in two Palestinian villages near Qalqilya

    Palestinian Authority security forces had been waging their own six-week campaign against gunmen in the camp before the IDF moved in. Six PA officers were killed in that fighting, according to the PA.

    Since the October 7, 2023, Hamas-led massacre, at least 850 Palestinians have been killed in the West Bank by Israeli troops or settlers, according to the PA Health Ministry. Many of them were gunmen killed in clashes, though some were stone-throwers and bystanders.

    During the same period, at least 30 Israelis, including members of the security forces, have been killed in Palestinian attacks in the West Bank and Israel, according to Israeli figures.

    Defense Minister Israel Katz said the army would "act powerfully" in Jenin to ensure the camp "does not return to what it was."

    Read more in the live blog
    """,
    g(
        "killed",
        10,
        "west-bank",
        scope="event",
        as_of=WB1,
        by="palestinian health ministry",
        cue="10 Palestinians had been killed",
        note="'since the start of the operation on Tuesday' is one operation's window inside a longer conflict -> event (debatable: total of the operation). Headline 'PA says 10 killed' is the same figure.",
    ),
    g(
        "injured",
        40,
        "west-bank",
        q="lower",
        scope="event",
        as_of=WB1,
        by="palestinian health ministry",
        cue="at least 40 wounded since the start of the operation",
    ),
    g(
        "killed",
        6,
        "west-bank",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=WB1,
        by="israeli military",
        cue="killed at least six gunmen",
    ),
    g(
        "detained",
        35,
        "west-bank",
        scope="event",
        as_of=WB1,
        by="israeli military",
        cue="35 wanted suspects had been detained",
        note="'dozens of terror targets' counts targets, not people -> not a figure.",
    ),
    g(
        "injured",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of=WB1,
        by="israeli military",
        cue="Two soldiers were lightly wounded",
    ),
    g(
        "hostages",
        3,
        "israel",
        scope="event",
        as_of="2025-01-19",
        cue="three hostages were freed",
        note="hostages released on Sunday -> hostages (count of captives), event; no attribution.",
    ),
    g(
        "detained",
        90,
        "palestine",
        scope="event",
        as_of="2025-01-19",
        cue="in exchange for 90 Palestinian security prisoners",
        note="released prisoners are a count of detained people; 'from the West Bank and East Jerusalem' is 'most of them', so palestine (west-bank defensible).",
    ),
    g(
        "displaced",
        3000,
        "west-bank",
        q="upper",
        scope="event",
        as_of=WB1,
        by="unrwa",
        cue="up to 3,000 residents had left the camp",
        note="'home to around 14,000 people' is the camp's population, not a figure.",
    ),
    g(
        "killed",
        6,
        "west-bank",
        pop="combatants",
        scope="event",
        as_of=WB1,
        by="palestinian authority",
        cue="Six PA officers were killed in that fighting",
        note="PA security officers -> combatants, side west-bank; the six-week PA campaign is one operation -> event; no day named, so as_of the article date (debatable).",
    ),
    g(
        "killed",
        850,
        "west-bank",
        q="lower",
        scope="total",
        as_of=WB1,
        by="palestinian health ministry",
        cue="at least 850 Palestinians have been killed in the West Bank",
    ),
    g(
        "killed",
        30,
        "israel",
        q="lower",
        scope="total",
        as_of=WB1,
        by="israeli figures",
        cue="at least 30 Israelis, including members of the security forces",
    ),
)

L1 = "2024-10-03"
LEBANON_LIVE = article(
    "g_lebanon_live_blog_october",
    L1,
    """
    Middle East crisis live: Israeli strike on central Beirut kills six as ground fighting in south Lebanon intensifies

    Thu 3 Oct 2024 05.30 BST

    Updated at 09.42 BST

    Key events
    Israeli strike on central Beirut
    Lebanon health ministry updates toll
    Eight Israeli soldiers killed in south Lebanon

    09.42 BST
    Israeli strike on central Beirut kills six, says health ministry

    An Israeli strike on a building in the Bachoura neighbourhood of central Beirut overnight killed at least six people, Lebanon's health ministry said, and seven others were wounded. It is the closest strike to the city centre since the escalation began last month.

    Among the dead were two paramedics from a civil defence centre that operated in the building, the ministry said.

    09.15 BST
    Lebanon's health ministry says 1,974 people have been killed in Israeli attacks since last October, including 127 children, and 9,384 wounded. The ministry said 46 people were killed and 85 wounded in the past 24 hours.

    The figures do not distinguish between civilians and fighters. Hezbollah rarely publishes its own losses now.

    08.50 BST
    Israel says eight soldiers killed in southern Lebanon

    The Israeli military confirmed on Wednesday that eight soldiers were killed in ground combat with Hezbollah fighters in southern Lebanon, its first losses since the ground incursion began on Monday night.

    08.20 BST
    About 240 projectiles crossed from Lebanon into Israel on Wednesday, the Israeli military said. Sirens sounded as far south as Haifa and the lower Galilee, and a man was lightly hurt by shrapnel in Kiryat Shmona, according to Magen David Adom.

    Around 60,000 Israelis remain evacuated from communities along the northern border, almost a year after they left.

    07.55 BST
    UN: more than 1.2 million displaced in Lebanon

    The UN refugee agency says more than 1.2 million people have been displaced inside Lebanon, and that some 300,000 people, most of them Syrians, have crossed into Syria in the past 10 days.

    The Israeli military has told residents of more than 20 villages in southern Lebanon to leave their homes and head north of the Awali river.

    07.10 BST
    Iran missile attack: what we know

    Israel said Iran fired about 180 ballistic missiles at it on Tuesday night, most of which were intercepted. One man, a Palestinian from Gaza working in the West Bank city of Jericho, was killed by falling debris.

    Iran said the attack was in retaliation for the killing of Hezbollah leader Hassan Nasrallah in Beirut on Friday.
    """,
    g(
        "killed",
        6,
        "lebanon",
        q="lower",
        scope="event",
        as_of=L1,
        by="lebanese health ministry",
        cue="killed at least six people",
        note="'overnight' before the Thursday blog -> article date (2024-10-02 defensible). Headline/summary 'kills six' is the same figure.",
    ),
    g("injured", 7, "lebanon", scope="event", as_of=L1, by="lebanese health ministry", cue="seven others were wounded"),
    g(
        "killed",
        2,
        "lebanon",
        pop="medics",
        scope="event",
        as_of=L1,
        by="lebanese health ministry",
        cue="two paramedics from a civil defence centre",
    ),
    g(
        "killed",
        1974,
        "lebanon",
        scope="total",
        as_of=L1,
        by="lebanese health ministry",
        cue="1,974 people have been killed",
    ),
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
    g("injured", 9384, "lebanon", scope="total", as_of=L1, by="lebanese health ministry", cue="and 9,384 wounded"),
    g("killed", 46, "lebanon", scope="event", as_of=L1, by="lebanese health ministry", cue="46 people were killed"),
    g(
        "injured",
        85,
        "lebanon",
        scope="event",
        as_of=L1,
        by="lebanese health ministry",
        cue="85 wounded in the past 24 hours",
    ),
    g(
        "killed",
        8,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2024-10-02",
        by="israeli military",
        cue="eight soldiers were killed in ground combat",
    ),
    g(
        "projectiles",
        240,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-10-02",
        by="israeli military",
        cue="About 240 projectiles crossed from Lebanon",
        note="'a man was lightly hurt' is one unnamed person with an article, not a count -> not annotated (debatable: injured=1).",
    ),
    g("evacuated", 60000, "israel", q="approx", scope="total", as_of=L1, cue="Around 60,000 Israelis remain evacuated"),
    g(
        "displaced",
        1200000,
        "lebanon",
        q="lower",
        scope="total",
        as_of=L1,
        by="unhcr",
        cue="more than 1.2 million people have been displaced inside Lebanon",
    ),
    g(
        "displaced",
        300000,
        "lebanon",
        q="approx",
        scope="event",
        as_of=L1,
        by="unhcr",
        cue="some 300,000 people, most of them Syrians, have crossed into Syria",
        note="people fleeing Lebanon (mostly Syrian refugees living there) -> side lebanon (where they lived); 'in the past 10 days' -> event. 'more than 20 villages' counts villages, not people.",
    ),
    g(
        "projectiles",
        180,
        "iran",
        q="approx",
        scope="event",
        as_of="2024-10-01",
        by="israel",
        cue="Iran fired about 180 ballistic missiles",
    ),
    g(
        "killed",
        1,
        "gaza",
        scope="event",
        as_of="2024-10-01",
        cue="One man, a Palestinian from Gaza working in the West Bank city of Jericho, was killed",
        note="'One man' is a count of one; side gaza (where he is from) vs west-bank (where he was killed) is debatable; the single named killing of Nasrallah is not a count.",
    ),
)

G2 = "2025-10-13"
HOSTAGE_RELEASE = article(
    "g_gaza_hostages_freed_gulf_daily",
    G2,
    """
    Last 20 living hostages freed as almost 2,000 Palestinian prisoners return home

    Crowds gather in Tel Aviv's Hostages Square and in Khan Younis as Gaza ceasefire enters fourth day

    Released Palestinian prisoners are greeted by relatives in Ramallah on Monday. AFP

    Live updates: Follow the latest on Gaza ceasefire

    Hamas on Monday handed over all 20 living hostages still held in Gaza to the Red Cross, as Israel began releasing almost 2,000 Palestinian prisoners and detainees under the first phase of the US-brokered ceasefire deal.

    The hostages were transferred in two groups, seven in the morning from Gaza City and 13 later from Khan Younis, before being flown to hospitals in central Israel to be reunited with their families.

    Buses carrying freed Palestinians arrived in Ramallah and at the Nasser Medical Complex in Khan Younis. Israel's prison service said it had released 250 prisoners serving life or long sentences and about 1,700 detainees held from Gaza without charge during the war.

    Hamas is also expected to return the remains of 28 hostages who died in captivity, though mediators have warned it could take time to locate them all. Four coffins were handed over on Monday evening.

    The ceasefire, which took effect on Friday, has brought the first sustained pause in fighting in months. Gaza's civil defence said its crews had recovered 135 bodies from under the rubble since Friday, most of them in Gaza City and Khan Younis.

    About 9,500 people are still missing under the rubble, the civil defence said.

    Gaza's Health Ministry has recorded 67,869 deaths and 170,105 injuries in two years of war. The UN estimates that about 1.9 million people, 90 per cent of the population, remain displaced.

    Read more
    What the Gaza ceasefire deal says about prisoners, aid and withdrawal

    The war began when Hamas-led militants attacked southern Israel on October 7, 2023, killing about 1,200 people and abducting 251 others. The Israeli military says 466 soldiers have been killed in the Gaza ground campaign since October 27 that year.

    US President Donald Trump, who landed in Israel on Monday morning, told the Knesset the day marked "the historic dawn of a new Middle East".

    Updated: October 13, 2025, 6:40 PM
    """,
    g(
        "hostages",
        20,
        "israel",
        scope="event",
        as_of=G2,
        cue="handed over all 20 living hostages",
        note="headline 'Last 20 living hostages freed' is the same figure.",
    ),
    g(
        "hostages",
        7,
        "israel",
        scope="event",
        as_of=G2,
        cue="seven in the morning from Gaza City",
        note="the two transfer groups are parts of the 20, each its own figure like any place subset (debatable).",
    ),
    g("hostages", 13, "israel", scope="event", as_of=G2, cue="13 later from Khan Younis"),
    g(
        "detained",
        2000,
        "palestine",
        q="upper",
        scope="event",
        as_of=G2,
        cue="releasing almost 2,000 Palestinian prisoners and detainees",
        note="'almost' -> upper; headline repeats it. Prisoners released -> detained, side palestine (West Bank and Gaza together).",
    ),
    g(
        "detained",
        250,
        "palestine",
        scope="event",
        as_of=G2,
        by="israel prison service",
        cue="released 250 prisoners serving life",
    ),
    g(
        "detained",
        1700,
        "gaza",
        q="approx",
        scope="event",
        as_of=G2,
        by="israel prison service",
        cue="about 1,700 detainees held from Gaza",
    ),
    g(
        "killed",
        28,
        "israel",
        scope="total",
        as_of=G2,
        cue="the remains of 28 hostages who died in captivity",
        note="dead hostages -> killed (hostages defensible: they are still held). 'Four coffins' counts coffins -> not annotated (debatable).",
    ),
    g(
        "killed",
        135,
        "gaza",
        scope="event",
        as_of=G2,
        by="gaza civil defence",
        cue="recovered 135 bodies from under the rubble since Friday",
        note="bodies recovered since the ceasefire began -> killed, event (window since Friday); the deaths happened earlier, debatable.",
    ),
    g(
        "missing",
        9500,
        "gaza",
        q="approx",
        scope="total",
        as_of=G2,
        by="gaza civil defence",
        cue="About 9,500 people are still missing",
    ),
    g("killed", 67869, "gaza", scope="total", as_of=G2, by="gaza health ministry", cue="has recorded 67,869 deaths"),
    g(
        "injured",
        170105,
        "gaza",
        scope="total",
        as_of=G2,
        by="gaza health ministry",
        cue="170,105 injuries in two years of war",
    ),
    g(
        "displaced",
        1900000,
        "gaza",
        q="approx",
        scope="total",
        as_of=G2,
        by="un",
        cue="about 1.9 million people, 90 per cent of the population, remain displaced",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        cue="killing about 1,200 people and abducting 251 others",
    ),
    g("hostages", 251, "israel", scope="event", as_of="2023-10-07", cue="abducting 251 others"),
    g(
        "killed",
        466,
        "israel",
        pop="combatants",
        scope="total",
        as_of=G2,
        by="israeli military",
        cue="466 soldiers have been killed in the Gaza ground campaign",
    ),
)

GAZA_ANALYSIS = article(
    "g_gaza_counting_the_dead_analysis",
    None,
    """
    Analysis: The people who count Gaza's dead are running out of ways to do it

    Hospitals have collapsed, morgues overflow and the registrars are themselves on the casualty lists. What is left of the system still produces a number every day.

    By Ruth Michaelson

    Every morning at about nine, a spokesman for Gaza's health ministry posts a short statement on Telegram. It gives two numbers, the dead and the wounded, and a third that has grown steadily more important: bodies that reached hospitals in the last 24 hours. The latest put the toll at more than 60,000 killed, of whom about 18,000 were children and around 12,400 women.

    Israel disputes the figures, noting that the ministry is part of a Hamas-run administration and does not separate fighters from civilians. The Israeli army says it has killed some 20,000 militants, a figure Hamas rejects and which no one outside the army has been able to check.

    Researchers who have tested the ministry's lists against other sources have mostly found them, if anything, too low. A study in The Lancet estimated 64,260 deaths from traumatic injuries in the first nine months of the war alone, about 41 per cent more than the ministry had reported at the time.

    The counters themselves have not been spared. The World Health Organization puts the number of health workers killed at more than 1,500, among them doctors who kept registers of the dead until the day they joined them. UNRWA says 370 of its staff have been killed, the highest toll in the UN's history.

    In March, 15 emergency workers were killed near Rafah when their convoy came under fire, among them eight Palestine Red Crescent paramedics. Their bodies were found a week later in a shallow grave, alongside their crushed ambulances.

    Journalists, the other people whose work is to record, have fared no better. The Committee to Protect Journalists has documented at least 170 Palestinian journalists killed in Gaza, more than in any conflict since it began keeping records in 1992.

    The hospitals that fed the ministry's database have been emptied one by one. When Israeli troops raided Kamal Adwan hospital in the north, they detained its director, Dr Hussam Abu Safiya, and some 240 other people, including patients and staff, according to the ministry. Dr Abu Safiya is still held without charge.

    Two officials who worked on the lists, speaking on condition of anonymity, said about 11,000 people were still recorded as missing, many of them presumed to be under the rubble of some 300,000 destroyed or damaged homes.

    None of this means the numbers are exact. But the names, ages and ID numbers published in the ministry's lists, more than 1,000 pages of them, are the closest thing the world has to a record of who died.

    This article is part of our series on the war's second year.
    """,
    g(
        "killed",
        60000,
        "gaza",
        q="lower",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="put the toll at more than 60,000 killed",
        note="undated article: every as_of is null.",
    ),
    g(
        "killed",
        18000,
        "gaza",
        pop="children",
        q="approx",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="of whom about 18,000 were children",
    ),
    g(
        "killed",
        12400,
        "gaza",
        pop="women",
        q="approx",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="around 12,400 women",
    ),
    g(
        "killed",
        20000,
        "gaza",
        pop="combatants",
        q="approx",
        scope="total",
        as_of=None,
        by="israeli army",
        cue="it has killed some 20,000 militants",
    ),
    g(
        "killed",
        64260,
        "gaza",
        q="approx",
        scope="event",
        as_of=None,
        by="the lancet",
        cue="estimated 64,260 deaths from traumatic injuries",
        note="an estimate for a window ('first nine months') -> event (debatable: total); '41 per cent' is a share.",
    ),
    g(
        "killed",
        1500,
        "gaza",
        pop="medics",
        q="lower",
        scope="total",
        as_of=None,
        by="who",
        cue="health workers killed at more than 1,500",
    ),
    g(
        "killed",
        370,
        "gaza",
        pop="aid_workers",
        scope="total",
        as_of=None,
        by="unrwa",
        cue="UNRWA says 370 of its staff have been killed",
    ),
    g(
        "killed",
        15,
        "gaza",
        pop="medics",
        scope="event",
        as_of=None,
        cue="15 emergency workers were killed near Rafah",
        note="emergency workers (paramedics, civil defence, a UN staffer) -> medics, debatable (all would be defensible); 'In March' names no day, and the article is undated anyway.",
    ),
    g("killed", 8, "gaza", pop="medics", scope="event", as_of=None, cue="eight Palestine Red Crescent paramedics"),
    g(
        "killed",
        170,
        "gaza",
        pop="journalists",
        q="lower",
        scope="total",
        as_of=None,
        by="committee to protect journalists",
        cue="at least 170 Palestinian journalists killed in Gaza",
        note="'1992' is a year.",
    ),
    g(
        "detained",
        240,
        "gaza",
        q="approx",
        scope="event",
        as_of=None,
        by="gaza health ministry",
        cue="some 240 other people, including patients and staff",
        note="the named director is a single person, not annotated.",
    ),
    g(
        "missing",
        11000,
        "gaza",
        q="approx",
        scope="total",
        as_of=None,
        by="gaza health officials",
        cue="about 11,000 people were still recorded as missing",
        note="'two officials ... speaking on condition of anonymity' -> reported_by 'gaza health officials' (debatable: null). '300,000 ... homes' and '1,000 pages' are not figures.",
    ),
)

ARTICLES = [GAZA_WIRE, WEST_BANK, LEBANON_LIVE, HOSTAGE_RELEASE, GAZA_ANALYSIS]
