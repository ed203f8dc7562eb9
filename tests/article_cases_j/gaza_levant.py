"""Gaza (a wire story on the March 2025 collapse of the truce; a live blog on the October 2025 hostage and
prisoner releases), Lebanon (a British daily on the eve of the November 2024 ceasefire) and the West Bank
(a broadcaster on the January 2025 Jenin raid)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

GAZA_WIRE = article(
    "j_gaza_truce_collapse_wire",
    "2025-03-19",
    """
    Israeli strikes kill dozens more in Gaza as ceasefire unravels

    Health officials say the toll from two days of bombardment has passed 470

    Palestinians inspect a destroyed house in Deir al-Balah on Wednesday. (AP Photo/Abdel Kareem Hana)

    DEIR AL-BALAH, Gaza Strip (AP) — Israeli airstrikes killed at least 38 people across the Gaza Strip overnight and into Wednesday, hospital officials said, a day after the heaviest bombardment since a ceasefire took hold in January.

    Tuesday's wave of strikes killed more than 430 Palestinians, including 183 children, according to Gaza's Health Ministry, making it one of the deadliest days of the 17-month war. The ministry said Wednesday that the toll from the two days had passed 470 and that more than 560 people had been wounded.

    At Nasser Hospital in Khan Younis, staff said they received the bodies of 11 members of one family, among them four women, after a strike on a house in the town's east before dawn.

    "We were sleeping. The ceiling fell on all of us," said Amal Abu Daqqa, 34, whose two sons were pulled alive from the rubble. Rescuers said about a dozen people were still missing under the collapsed building.

    The Israeli military said it struck "dozens of terror targets" and that three projectiles were fired from northern Gaza toward Israel on Wednesday, one of which was intercepted. No injuries were reported.

    The military also ordered residents of Beit Hanoun and several neighborhoods east of Khan Younis to leave their homes and head to shelters in the west. The U.N. humanitarian office said about 40,000 people had fled those areas since Tuesday, many of them carrying belongings on donkey carts.

    Hamas is still holding 59 hostages, around 24 of whom Israel believes are alive. Families of the captives accused Prime Minister Benjamin Netanyahu of abandoning them by resuming the war.

    During the ceasefire's first phase, militants freed 33 hostages, eight of them dead, in exchange for nearly 2,000 Palestinian prisoners.

    The war began when Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing some 1,200 people, mostly civilians, and abducting 251. Israel's offensive has since killed more than 49,000 Palestinians, according to the Health Ministry, which does not distinguish between civilians and combatants but says women and children make up more than half the dead.

    The offensive has displaced around 90% of Gaza's population of 2.3 million, often multiple times, and destroyed vast areas of the territory. Israel has blocked all food, fuel and medicine from entering for more than two weeks.

    ___

    Associated Press writers Wafaa Shurafa in Deir al-Balah and Josef Federman in Jerusalem contributed.

    Updated: March 19, 2025, 8:12 PM
    """,
    g(
        "killed",
        38,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-19",
        by="hospital officials",
        cue="Israeli airstrikes killed at least 38 people",
        note="'overnight and into Wednesday' -> one window, event, dated to the article day.",
    ),
    g(
        "killed",
        430,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-18",
        by="gaza health ministry",
        cue="Tuesday's wave of strikes killed more than 430 Palestinians",
        note="'Tuesday' counted back from Wednesday 2025-03-19.",
    ),
    g(
        "killed",
        183,
        "gaza",
        pop="children",
        scope="event",
        as_of="2025-03-18",
        by="gaza health ministry",
        cue="including 183 children",
    ),
    g(
        "killed",
        470,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-19",
        by="gaza health ministry",
        cue="the toll from the two days had passed 470",
        note="debatable scope: a two-day window of strikes -> event, not the war's running toll. The headline's 'passed 470' is the same figure, listed once; headline 'dozens more' is the 38, not listed again.",
    ),
    g(
        "injured",
        560,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-19",
        by="gaza health ministry",
        cue="more than 560 people had been wounded",
    ),
    g(
        "killed",
        11,
        "gaza",
        scope="event",
        as_of="2025-03-19",
        by="nasser hospital",
        cue="the bodies of 11 members of one family",
        note="as_of: the strike was 'before dawn' on the article day (debatable: could be read as the night before). reported_by from 'staff said' at Nasser Hospital.",
    ),
    g(
        "killed",
        4,
        "gaza",
        pop="women",
        scope="event",
        as_of="2025-03-19",
        by="nasser hospital",
        cue="among them four women",
    ),
    g(
        "missing",
        12,
        "gaza",
        q="approx",
        scope="event",
        as_of="2025-03-19",
        by="rescuers",
        cue="about a dozen people were still missing under the collapsed building",
        note="'about a dozen' -> 12/approx (a dozen is a number, not the vague 'dozens'). 'two sons pulled alive' is not a figure; '34' is an age.",
    ),
    g(
        "projectiles",
        3,
        "gaza",
        scope="event",
        as_of="2025-03-19",
        by="israeli military",
        cue="three projectiles were fired from northern Gaza",
        note="'one of which was intercepted' is a subset, not annotated (seed convention). 'dozens of terror targets' are targets, not people.",
    ),
    g(
        "displaced",
        40000,
        "gaza",
        q="approx",
        scope="event",
        as_of="2025-03-19",
        by="un",
        cue="about 40,000 people had fled those areas since Tuesday",
        note="people who fled after evacuation orders: the text says 'fled' -> displaced, not evacuated (debatable). U.N. humanitarian office -> 'un'.",
    ),
    g("hostages", 59, "israel", scope="total", as_of="2025-03-19", by=None, cue="Hamas is still holding 59 hostages"),
    g(
        "hostages",
        24,
        "israel",
        q="approx",
        scope="total",
        as_of="2025-03-19",
        by="israel",
        cue="around 24 of whom Israel believes are alive",
        note="subgroup (living hostages) of the 59 -> its own figure, population all.",
    ),
    g(
        "hostages",
        33,
        "israel",
        scope="event",
        as_of="2025-03-19",
        by=None,
        cue="militants freed 33 hostages",
        note="debatable: hostages freed during the first phase still count as hostages (a past window with no day named -> event, article date).",
    ),
    g(
        "hostages",
        8,
        "israel",
        scope="event",
        as_of="2025-03-19",
        by=None,
        cue="eight of them dead",
        note="debatable: the bodies among the freed hostages; kept as a hostages subgroup, not a killed toll.",
    ),
    g(
        "detained",
        2000,
        "palestine",
        q="upper",
        scope="event",
        as_of="2025-03-19",
        by=None,
        cue="nearly 2,000 Palestinian prisoners",
        note="released prisoners -> detained (people who were held); 'Palestinian' with no narrower place -> palestine; 'nearly' -> upper.",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by=None,
        cue="killing some 1,200 people, mostly civilians",
        note="historical October 7 toll -> event, as_of 2023-10-07; 'mostly civilians' has no number.",
    ),
    g("hostages", 251, "israel", scope="event", as_of="2023-10-07", by=None, cue="and abducting 251"),
    g(
        "killed",
        49000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-19",
        by="gaza health ministry",
        cue="killed more than 49,000 Palestinians",
        note="'more than half the dead' is a share, not a count; '90%' and '2.3 million' population are not figures.",
    ),
)

GAZA_LIVE = article(
    "j_gaza_hostage_release_live",
    "2025-10-13",
    """
    Live: All 20 living hostages freed as Israel releases Palestinian prisoners

    Last updated 13 October 2025, 15:20 GMT

    Key points
    Hamas hands over all 20 living hostages to the Red Cross in two groups
    Israel releases 1,968 Palestinian prisoners and detainees
    Bodies of only four of the 28 dead hostages returned so far

    15:20 GMT
    Buses carrying freed prisoners have arrived in Khan Younis, where thousands of people gathered outside Nasser Hospital. Of the 1,968 released, 250 were serving long or life sentences and 1,718 had been detained in Gaza during the war without charge, according to the Palestinian Prisoners' Society.

    14:42 GMT
    The Israeli military says the bodies of four deceased hostages have been transferred by the Red Cross. That leaves 24 bodies still in Gaza. Hamas says locating the remaining dead will take time because many are buried under rubble.

    13:55 GMT
    Gaza civil defence says its crews have recovered 135 bodies from the rubble in Gaza City and the north since the ceasefire took effect on Friday. It estimates that some 9,500 people are still missing under destroyed buildings across the territory.

    13:10 GMT
    More than 500,000 people have returned to northern Gaza since Friday, according to the UN, travelling on foot along the coastal road. Many found their homes destroyed.

    12:30 GMT
    Gaza's health ministry has updated its toll: at least 67,806 Palestinians have been killed and 170,066 wounded since October 2023. The ministry says 19 bodies were brought to hospitals in the past 24 hours, most of them recovered from under rubble.

    11:45 GMT
    The second group of 13 hostages has crossed into Israel, the military confirms. The first seven were handed over at dawn near Netzarim. All are being taken to hospitals for checks.

    10:05 GMT
    Our correspondent in Tel Aviv describes tens of thousands of people in Hostages Square watching the handover on giant screens. "Two years, and they are home," one woman shouted.

    09:20 GMT
    A reminder of the numbers: 251 people were abducted during the Hamas-led attack of 7 October 2023, which killed about 1,200 people in Israel. Before today, 148 hostages had been returned alive, most in earlier truces, and eight had been rescued by Israeli forces.

    08:40 GMT
    The Committee to Protect Journalists says at least 197 journalists and media workers have been killed in Gaza since the war began, the deadliest conflict for the press it has recorded.
    """,
    g(
        "hostages",
        20,
        "israel",
        scope="event",
        as_of="2025-10-13",
        by=None,
        cue="hands over all 20 living hostages",
        note="one figure in the headline and key points; the 11:45 entry's 13 and 7 are the two groups (below).",
    ),
    g(
        "detained",
        1968,
        "palestine",
        scope="event",
        as_of="2025-10-13",
        by=None,
        cue="Israel releases 1,968 Palestinian prisoners and detainees",
        note="released prisoners -> detained; 'Palestinian' with no narrower place -> palestine (the 1,718 below are from Gaza).",
    ),
    g(
        "hostages",
        28,
        "israel",
        scope="total",
        as_of="2025-10-13",
        by=None,
        cue="of the 28 dead hostages",
        note="debatable metric: dead hostages whose bodies are held stay hostages (not a killed toll); 'four of the 28' returned is listed below.",
    ),
    g(
        "hostages",
        4,
        "israel",
        scope="event",
        as_of="2025-10-13",
        by="israeli military",
        cue="the bodies of four deceased hostages have been transferred",
        note="key point 'only four' and the 14:42 entry are one figure.",
    ),
    g(
        "detained",
        250,
        "palestine",
        scope="event",
        as_of="2025-10-13",
        by="palestinian prisoners' society",
        cue="250 were serving long or life sentences",
    ),
    g(
        "detained",
        1718,
        "gaza",
        scope="event",
        as_of="2025-10-13",
        by="palestinian prisoners' society",
        cue="1,718 had been detained in Gaza during the war",
    ),
    g(
        "hostages",
        24,
        "israel",
        scope="total",
        as_of="2025-10-13",
        by="israeli military",
        cue="That leaves 24 bodies still in Gaza",
    ),
    g(
        "killed",
        135,
        "gaza",
        scope="event",
        as_of="2025-10-13",
        by="gaza civil defence",
        cue="recovered 135 bodies from the rubble",
        note="bodies recovered since the ceasefire (a window) -> killed, event.",
    ),
    g(
        "missing",
        9500,
        "gaza",
        q="approx",
        scope="total",
        as_of="2025-10-13",
        by="gaza civil defence",
        cue="some 9,500 people are still missing under destroyed buildings",
    ),
    g(
        "killed",
        67806,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-10-13",
        by="gaza health ministry",
        cue="at least 67,806 Palestinians have been killed",
    ),
    g(
        "injured",
        170066,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-10-13",
        by="gaza health ministry",
        cue="and 170,066 wounded since October 2023",
        note="'at least' read as covering both numbers of the pair (debatable).",
    ),
    g(
        "killed",
        19,
        "gaza",
        scope="event",
        as_of="2025-10-13",
        by="gaza health ministry",
        cue="19 bodies were brought to hospitals in the past 24 hours",
    ),
    g(
        "hostages",
        13,
        "israel",
        scope="event",
        as_of="2025-10-13",
        by="israeli military",
        cue="The second group of 13 hostages",
    ),
    g(
        "hostages",
        7,
        "israel",
        scope="event",
        as_of="2025-10-13",
        by=None,
        cue="The first seven were handed over at dawn",
        note="'the military confirms' governs the previous sentence only (debatable).",
    ),
    g(
        "hostages",
        251,
        "israel",
        scope="event",
        as_of="2023-10-07",
        by=None,
        cue="251 people were abducted during the Hamas-led attack",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by=None,
        cue="which killed about 1,200 people in Israel",
    ),
    g(
        "hostages",
        148,
        "israel",
        scope="total",
        as_of="2025-10-13",
        by=None,
        cue="148 hostages had been returned alive",
        note="debatable: returned hostages counted as hostages; running count -> total.",
    ),
    g(
        "hostages",
        8,
        "israel",
        scope="total",
        as_of="2025-10-13",
        by=None,
        cue="eight had been rescued by Israeli forces",
    ),
    g(
        "killed",
        197,
        "gaza",
        pop="journalists",
        q="lower",
        scope="total",
        as_of="2025-10-13",
        by="committee to protect journalists",
        cue="at least 197 journalists and media workers have been killed",
    ),
)

LEBANON = article(
    "j_lebanon_ceasefire_eve_daily",
    "2024-11-26",
    """
    Israel pounds Beirut hours before Lebanon ceasefire vote as Hezbollah fires rockets

    Strikes on the capital's southern suburbs kill at least 10 as Israeli cabinet meets to approve US-brokered deal

    Smoke rises over Dahiyeh after an Israeli strike on Tuesday. Photograph: Anadolu/Getty Images

    Tue 26 Nov 2024 21.05 GMT

    Israel carried out its most intense wave of strikes on central Beirut and its southern suburbs on Tuesday, killing at least 10 people in the capital, Lebanon's health ministry said, as the Israeli security cabinet met to approve a ceasefire with Hezbollah.

    The Israeli military said it had hit about 20 targets in the city within two minutes, after issuing evacuation warnings for more than a dozen buildings. Thousands of residents fled toward the mountains and the north, jamming the coastal highway.

    Hezbollah fired about 250 rockets and drones at northern and central Israel on Sunday, the Israeli military said, in one of the heaviest barrages of the war. On Tuesday, sirens sounded in Nahariya and Kiryat Shmona, and the army said around 15 projectiles had crossed from Lebanon, most of them intercepted.

    The health ministry said in its latest tally that Israeli attacks had killed 3,768 people in Lebanon since October 2023, including at least 226 health workers, and wounded 15,699. It does not distinguish between civilians and fighters. The ministry said on Monday that 31 people had been killed across the country in the previous 24 hours.

    Lebanese authorities estimate that more than 1.2 million people have been driven from their homes, many of them now sleeping in schools and on the seafront in Beirut. About 560,000 people, most of them Syrians, have crossed into Syria, according to the UN refugee agency.

    In Israel, about 60,000 residents of northern communities have been evacuated for more than a year. Israeli authorities say 45 civilians and 73 soldiers have been killed in the north, the occupied Golan Heights and in fighting in southern Lebanon.

    The deal, mediated by the US and France, would begin with a 60-day truce during which Israeli troops would withdraw from southern Lebanon and the Lebanese army would deploy some 5,000 soldiers in the border area.

    "We will enforce the agreement with full force," Benjamin Netanyahu said in a televised address. Lebanon's caretaker prime minister, Najib Mikati, urged the international community to ensure Israel honoured it.

    The UN special coordinator for Lebanon, Jeanine Hennis-Plasschaert, said the country's children had paid a terrible price, with more than 240 killed in the last two months alone, according to Unicef.

    This article was amended on 27 November 2024 to correct the number of rockets fired on Sunday.
    """,
    g(
        "killed",
        10,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-11-26",
        by="lebanon health ministry",
        cue="killing at least 10 people in the capital",
        note="the standfirst's 'kill at least 10' is the same figure, listed once. '20 targets', 'a dozen buildings', 'two minutes' are not figures.",
    ),
    g(
        "displaced",
        2000,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-11-26",
        by=None,
        cue="Thousands of residents fled toward the mountains",
        note="vague 'thousands' -> 2000/lower.",
    ),
    g(
        "projectiles",
        250,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-11-24",
        by="israeli military",
        cue="Hezbollah fired about 250 rockets and drones",
        note="'on Sunday' counted back from Tuesday 2024-11-26.",
    ),
    g(
        "projectiles",
        15,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-11-26",
        by="israeli military",
        cue="around 15 projectiles had crossed from Lebanon",
        note="'the army' -> israeli military; 'most of them intercepted' has no number.",
    ),
    g(
        "killed",
        3768,
        "lebanon",
        scope="total",
        as_of="2024-11-26",
        by="lebanon health ministry",
        cue="had killed 3,768 people in Lebanon since October 2023",
    ),
    g(
        "killed",
        226,
        "lebanon",
        pop="medics",
        q="lower",
        scope="total",
        as_of="2024-11-26",
        by="lebanon health ministry",
        cue="including at least 226 health workers",
    ),
    g(
        "injured",
        15699,
        "lebanon",
        scope="total",
        as_of="2024-11-26",
        by="lebanon health ministry",
        cue="and wounded 15,699",
    ),
    g(
        "killed",
        31,
        "lebanon",
        scope="event",
        as_of="2024-11-25",
        by="lebanon health ministry",
        cue="31 people had been killed across the country in the previous 24 hours",
        note="said 'on Monday' -> 2024-11-25.",
    ),
    g(
        "displaced",
        1200000,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-11-26",
        by="lebanese authorities",
        cue="more than 1.2 million people have been driven from their homes",
    ),
    g(
        "displaced",
        560000,
        "lebanon",
        q="approx",
        scope="total",
        as_of="2024-11-26",
        by="unhcr",
        cue="About 560,000 people, most of them Syrians, have crossed into Syria",
        note="debatable side: people fleeing Lebanon (mostly Syrian nationals) -> lebanon, where they were displaced from; 'UN refugee agency' -> unhcr.",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-11-26",
        by=None,
        cue="about 60,000 residents of northern communities have been evacuated",
    ),
    g(
        "killed",
        45,
        "israel",
        pop="civilians",
        scope="total",
        as_of="2024-11-26",
        by="israeli authorities",
        cue="45 civilians and 73 soldiers have been killed",
    ),
    g(
        "killed",
        73,
        "israel",
        pop="combatants",
        scope="total",
        as_of="2024-11-26",
        by="israeli authorities",
        cue="45 civilians and 73 soldiers",
    ),
    g(
        "killed",
        240,
        "lebanon",
        pop="children",
        q="lower",
        scope="total",
        as_of="2024-11-26",
        by="unicef",
        cue="with more than 240 killed in the last two months alone",
        note="debatable scope: 'the last two months' is a window, but the count is the running toll of the escalation -> total. Attribution chain UN coordinator citing Unicef -> unicef. '5,000 soldiers' deployed and '60-day' are not figures.",
    ),
)

WEST_BANK = article(
    "j_west_bank_jenin_raid_broadcaster",
    "2025-01-23",
    """
    Israeli raid on Jenin enters third day as families flee refugee camp

    Palestinian health officials say 12 people killed since Tuesday, as Israeli forces bulldoze roads and detain dozens.

    By Al Jazeera Staff
    Published On 23 Jan 2025

    Israeli forces have pressed on with a large-scale military operation in the occupied West Bank city of Jenin and its refugee camp for a third day, with Palestinian health officials reporting that at least 12 people have been killed and 40 wounded since the assault began on Tuesday.

    The Palestinian Ministry of Health said on Thursday that the dead included a 16-year-old boy, who was shot near the camp entrance on Wednesday evening. A second child, aged 13, was among two people killed in a drone strike on a car, according to the Palestinian Red Crescent.

    The Israeli army says the operation, dubbed "Iron Wall", targets armed groups. It said its forces had killed at least 10 "terrorists" and arrested more than 35 wanted persons, and that they had struck more than 10 targets from the air.

    Jenin's governor, Kamal Abu al-Rub, told Al Jazeera that between 2,000 and 3,000 residents had left the camp since Tuesday, many of them on foot, after the army used loudspeakers on drones to order people out.

    "They told us to go, so we went with nothing," said Umm Mahmoud, who walked out with her five grandchildren. "We do not know if we will have a house when we come back."

    The UN agency for Palestinian refugees, UNRWA, said the camp was home to about 24,000 people before the raid and that its services there had been suspended.

    Palestinian prisoners' groups said Israeli forces had detained about 50 people across the West Bank overnight, including 14 in the Jenin area and four journalists in Nablus and Tubas, who were later released.

    The operation came days after a ceasefire in Gaza took effect, and after a weeks-long raid on the camp by Palestinian Authority security forces in which at least 16 people, including six members of the PA forces, were killed.

    According to the UN humanitarian office, OCHA, Israeli forces and settlers have killed more than 860 Palestinians in the West Bank, including occupied East Jerusalem, since October 7, 2023, among them at least 170 children. More than 6,700 Palestinians have been injured in that period.

    Israeli officials say 29 Israelis, including soldiers, have been killed in Palestinian attacks in the West Bank and Israel over the same period.

    SOURCE: Al Jazeera and news agencies
    """,
    g(
        "killed",
        12,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2025-01-23",
        by="palestinian health ministry",
        cue="at least 12 people have been killed and 40 wounded since the assault began",
        note="one multi-day raid -> event, dated to the report day; the standfirst's '12 people killed' is the same figure.",
    ),
    g(
        "injured",
        40,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2025-01-23",
        by="palestinian health ministry",
        cue="12 people have been killed and 40 wounded",
        note="'at least' read as covering both (debatable).",
    ),
    g(
        "killed",
        2,
        "west-bank",
        scope="event",
        as_of="2025-01-23",
        by="palestinian red crescent",
        cue="among two people killed in a drone strike on a car",
        note="the single boy (16) and child (13) are ages, not counts; no children figure annotated (debatable). No day named for the drone strike -> article date.",
    ),
    g(
        "killed",
        10,
        "west-bank",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-01-23",
        by="israeli military",
        cue='killed at least 10 "terrorists"',
        note="'terrorists' as the army calls them -> combatants; subset of the raid's dead, from another source.",
    ),
    g(
        "detained",
        35,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2025-01-23",
        by="israeli military",
        cue="arrested more than 35 wanted persons",
        note="the standfirst's 'detain dozens' is the same arrests (not listed again; debatable). '10 targets' are not people.",
    ),
    g(
        "displaced",
        2000,
        "west-bank",
        q="range",
        high=3000,
        scope="event",
        as_of="2025-01-23",
        by="jenin governor",
        cue="between 2,000 and 3,000 residents had left the camp since Tuesday",
    ),
    g(
        "detained",
        50,
        "west-bank",
        q="approx",
        scope="event",
        as_of="2025-01-23",
        by="palestinian prisoners' groups",
        cue="detained about 50 people across the West Bank overnight",
        note="'overnight' -> the night ending on the article day.",
    ),
    g(
        "detained",
        14,
        "west-bank",
        scope="event",
        as_of="2025-01-23",
        by="palestinian prisoners' groups",
        cue="including 14 in the Jenin area",
    ),
    g(
        "detained",
        4,
        "west-bank",
        pop="journalists",
        scope="event",
        as_of="2025-01-23",
        by="palestinian prisoners' groups",
        cue="four journalists in Nablus and Tubas",
    ),
    g(
        "killed",
        16,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2025-01-23",
        by=None,
        cue="at least 16 people, including six members of the PA forces, were killed",
        note="the earlier PA raid, no day named -> article date (debatable).",
    ),
    g(
        "killed",
        6,
        "west-bank",
        pop="combatants",
        scope="event",
        as_of="2025-01-23",
        by=None,
        cue="including six members of the PA forces",
    ),
    g(
        "killed",
        860,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2025-01-23",
        by="ocha",
        cue="have killed more than 860 Palestinians in the West Bank",
    ),
    g(
        "killed",
        170,
        "west-bank",
        pop="children",
        q="lower",
        scope="total",
        as_of="2025-01-23",
        by="ocha",
        cue="among them at least 170 children",
    ),
    g(
        "injured",
        6700,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2025-01-23",
        by="ocha",
        cue="More than 6,700 Palestinians have been injured",
        note="attribution carried from the previous sentence.",
    ),
    g(
        "killed",
        29,
        "israel",
        scope="total",
        as_of="2025-01-23",
        by="israeli officials",
        cue="29 Israelis, including soldiers, have been killed",
        note="'about 24,000 people' living in the camp is a population, not displaced; 'five grandchildren' not a figure.",
    ),
)

ARTICLES = [GAZA_WIRE, GAZA_LIVE, LEBANON, WEST_BANK]
