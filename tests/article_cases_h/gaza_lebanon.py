"""Gaza, Israel, Lebanon and the West Bank: a wire story on an aid-site shooting (July 2025), a live blog of
the 23 September 2024 strikes on Lebanon, a regional daily on the August 2024 West Bank raids, a broadcaster
on the January 2025 ceasefire and hostage release, and a UN agency situation report (December 2024)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

AID_SITE = article(
    "h_gaza_aid_site_shooting_wire",
    "2025-07-19",
    """
    Israeli fire kills 34 Palestinians seeking aid in Gaza, health officials say

    By Nidal Haddad and Maya Lerner

    July 19, 2025 6:41 PM GMT+3 Updated 2 hours ago

    Palestinians carry bags of flour they collected near a distribution point in Rafah, southern Gaza Strip. REUTERS/Stringer

    CAIRO/JERUSALEM, July 19 (Reuters) - Israeli forces opened fire on crowds of Palestinians heading to an aid distribution site in southern Gaza on Saturday, killing at least 34 people and wounding nearly 100 others, local health officials and witnesses said.

    Medics at Nasser Hospital in Khan Younis said 27 of the dead had been brought in from the area around a Gaza Humanitarian Foundation (GHF) site in Rafah, where thousands of people had gathered before dawn, about 1.5 km from the gates.

    The Israeli military said its troops had fired warning shots at suspects who approached them and that it was aware of reports of casualties, which were being reviewed. GHF said there had been no incidents at its sites.

    Separately, an airstrike on a house in Gaza City's Sheikh Radwan neighbourhood killed four people, including three children, the Gaza Civil Defence said.

    Gaza's health ministry said on Saturday that 116 people had been killed across the enclave in the past 24 hours, bringing the total death toll since October 2023 to 58,765, with 140,485 wounded.

    The U.N. human rights office said this week it had recorded at least 875 killings of people seeking food since late May, when the U.S.-backed GHF began operating with four distribution sites.

    Hunger is also taking a growing toll. Two more people, including one child, died of malnutrition in the past day, bringing the number of hunger-related deaths since the war began to 86, including 76 children, the ministry said.

    Talks in Doha on a 60-day ceasefire have stalled over the extent of Israeli troop withdrawals. Israel says 50 hostages are still held in Gaza, of whom around 20 are believed to be alive.

    The war began when Hamas-led gunmen attacked southern Israel on October 7, 2023, killing some 1,200 people and taking 251 hostages, according to Israeli tallies. The Israeli military says 454 of its soldiers have been killed since the start of the ground operation in Gaza.

    The enclave of 2.1 million people has been reduced to ruins, and U.N. agencies say supplies of fuel and medicine are close to running out after more than 21 months of war.

    Reporting by Nidal Haddad in Cairo and Maya Lerner in Jerusalem; Editing by Tom Hale

    Our Standards: The Thomson Reuters Trust Principles.
    """,
    g(
        "killed",
        34,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-07-19",
        by="local health officials",
        cue="killing at least 34 people and wounding nearly 100",
        note="headline repeats 34. 'thousands of people had gathered' is a crowd, not a casualty count; '1.5 km', 'four distribution sites', '60-day', '2.1 million people' (population), '21 months' are not figures.",
    ),
    g(
        "injured",
        100,
        "gaza",
        q="upper",
        scope="event",
        as_of="2025-07-19",
        by="local health officials",
        cue="wounding nearly 100 others",
    ),
    g(
        "killed",
        27,
        "gaza",
        scope="event",
        as_of="2025-07-19",
        by="medics at nasser hospital",
        cue="said 27 of the dead had been brought in",
        note="a part of the 34 (by place, not population) kept as its own figure.",
    ),
    g(
        "killed",
        4,
        "gaza",
        scope="event",
        as_of="2025-07-19",
        by="gaza civil defence",
        cue="killed four people, including three children",
    ),
    g(
        "killed",
        3,
        "gaza",
        pop="children",
        scope="event",
        as_of="2025-07-19",
        by="gaza civil defence",
        cue="including three children, the Gaza Civil Defence said",
    ),
    g(
        "killed",
        116,
        "gaza",
        scope="event",
        as_of="2025-07-19",
        by="gaza health ministry",
        cue="116 people had been killed across the enclave in the past 24 hours",
    ),
    g(
        "killed",
        58765,
        "gaza",
        scope="total",
        as_of="2025-07-19",
        by="gaza health ministry",
        cue="total death toll since October 2023 to 58,765",
    ),
    g(
        "injured",
        140485,
        "gaza",
        scope="total",
        as_of="2025-07-19",
        by="gaza health ministry",
        cue="with 140,485 wounded",
    ),
    g(
        "killed",
        875,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-07-19",
        by="un human rights office",
        cue="recorded at least 875 killings of people seeking food since late May",
        note="debatable scope: a running count since a start date (late May) is read as a total, like 'since October 7'; 'this week' names no day, so as_of = article date.",
    ),
    g(
        "killed",
        2,
        "gaza",
        scope="event",
        as_of="2025-07-19",
        by="gaza health ministry",
        cue="Two more people, including one child, died of malnutrition",
        note="famine deaths are deaths -> killed.",
    ),
    g(
        "killed",
        1,
        "gaza",
        pop="children",
        scope="event",
        as_of="2025-07-19",
        by="gaza health ministry",
        cue="including one child, died of malnutrition",
    ),
    g(
        "killed",
        86,
        "gaza",
        scope="total",
        as_of="2025-07-19",
        by="gaza health ministry",
        cue="hunger-related deaths since the war began to 86",
    ),
    g(
        "killed",
        76,
        "gaza",
        pop="children",
        scope="total",
        as_of="2025-07-19",
        by="gaza health ministry",
        cue="to 86, including 76 children",
    ),
    g(
        "hostages",
        50,
        "israel",
        scope="total",
        as_of="2025-07-19",
        by="israel",
        cue="Israel says 50 hostages are still held in Gaza",
    ),
    g(
        "hostages",
        20,
        "israel",
        q="approx",
        scope="total",
        as_of="2025-07-19",
        by="israel",
        cue="of whom around 20 are believed to be alive",
        note="the living part of the 50 hostages; still hostages -> hostages, approx.",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by="israeli tallies",
        cue="killing some 1,200 people and taking 251 hostages",
    ),
    g("hostages", 251, "israel", scope="event", as_of="2023-10-07", by="israeli tallies", cue="taking 251 hostages"),
    g(
        "killed",
        454,
        "israel",
        pop="combatants",
        scope="total",
        as_of="2025-07-19",
        by="israeli military",
        cue="454 of its soldiers have been killed",
    ),
)

LEBANON_LIVE = article(
    "h_lebanon_strikes_live_blog",
    "2024-09-23",
    """
    Israel-Hezbollah live: Lebanon says hundreds killed in Israeli strikes as thousands flee south

    Last updated: 23 September 2024 21:40 BST

    Key events
    Lebanon's health ministry gives new toll
    Tens of thousands flee southern Lebanon
    Hezbollah fires rockets at northern Israel

    21:35 BST
    Lebanon's health ministry says 492 people have been killed in today's Israeli strikes, including 35 children and 58 women, and 1,645 wounded. It is by far the deadliest day in Lebanon since the 2006 war.

    The ministry said four paramedics of the Islamic Health Committee were among the dead.

    20:12 BST
    The Israeli military says it has struck about 1,300 Hezbollah targets since the morning, in southern Lebanon, the Bekaa valley and, for the first time in this round of fighting, near the city of Byblos.

    18:47 BST
    Tens of thousands of people have fled southern Lebanon towards Sidon and Beirut, Lebanon's disaster management unit said. Traffic on the coastal highway north of Tyre was at a standstill for hours, and schools in Beirut are being opened as shelters.

    17:05 BST
    Hezbollah says it has fired dozens of rockets at Israeli military sites, including the Rafael defence complex north of Haifa.

    The Israeli military said about 35 projectiles crossed from Lebanon in the afternoon, most of which were intercepted. Two people were lightly injured by shrapnel in the Haifa area, the Magen David Adom rescue service said.

    15:30 BST
    Israel's Home Front Command has extended restrictions on gatherings to Haifa and the lower Galilee. About 60,000 residents of northern Israel have been evacuated from their homes since October and have not been able to return.

    13:58 BST
    Lebanese residents described receiving recorded phone messages telling them to leave. The state telecoms company Ogero said it had logged more than 80,000 such calls.

    11:20 BST
    A quick recap: the pager explosions of last Tuesday killed 12 people and wounded nearly 2,800 across Lebanon, many of them Hezbollah members. Hezbollah blamed Israel, which has not commented.

    The cross-border exchanges since October had already killed more than 600 people in Lebanon, most of them Hezbollah fighters, and around 50 soldiers and civilians in Israel, according to a Reuters tally.

    09:05 BST
    Good morning and welcome to our coverage. Israel's military spokesperson has told residents of southern Lebanon and the Bekaa to move away from buildings used by Hezbollah "for their own safety".
    """,
    g(
        "killed",
        492,
        "lebanon",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health ministry",
        cue="492 people have been killed in today's Israeli strikes",
        note="'hundreds killed' in the headline is the same figure; not listed twice. BST times, '2006 war', '1,300 Hezbollah targets' and '80,000 such calls' are not figures.",
    ),
    g(
        "killed",
        35,
        "lebanon",
        pop="children",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health ministry",
        cue="including 35 children and 58 women",
    ),
    g(
        "killed",
        58,
        "lebanon",
        pop="women",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health ministry",
        cue="35 children and 58 women",
    ),
    g(
        "injured",
        1645,
        "lebanon",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health ministry",
        cue="and 1,645 wounded",
    ),
    g(
        "killed",
        4,
        "lebanon",
        pop="medics",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health ministry",
        cue="four paramedics of the Islamic Health Committee were among the dead",
    ),
    g(
        "displaced",
        20000,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-09-23",
        by="lebanon's disaster management unit",
        cue="Tens of thousands of people have fled southern Lebanon",
        note="vague 'tens of thousands' -> 20000/lower; one day's flight -> event. Also in the headline as 'thousands flee' (not a separate figure).",
    ),
    g(
        "projectiles",
        24,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-09-23",
        by="hezbollah",
        cue="fired dozens of rockets at Israeli military sites",
    ),
    g(
        "projectiles",
        35,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-09-23",
        by="israeli military",
        cue="about 35 projectiles crossed from Lebanon",
    ),
    g(
        "injured",
        2,
        "israel",
        scope="event",
        as_of="2024-09-23",
        by="magen david adom",
        cue="Two people were lightly injured by shrapnel",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-09-23",
        by=None,
        cue="About 60,000 residents of northern Israel have been evacuated",
    ),
    g(
        "killed",
        12,
        "lebanon",
        scope="event",
        as_of="2024-09-17",
        by=None,
        cue="the pager explosions of last Tuesday killed 12 people",
        note="'last Tuesday' counted back from Monday 23 September -> 2024-09-17.",
    ),
    g(
        "injured",
        2800,
        "lebanon",
        q="upper",
        scope="event",
        as_of="2024-09-17",
        by=None,
        cue="wounded nearly 2,800 across Lebanon",
    ),
    g(
        "killed",
        600,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-09-23",
        by="reuters tally",
        cue="had already killed more than 600 people in Lebanon",
        note="the standing toll before the day's strikes; as_of = the article date (no other day named).",
    ),
    g(
        "killed",
        50,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-09-23",
        by="reuters tally",
        cue="around 50 soldiers and civilians in Israel",
        note="one figure for 'soldiers and civilians' together -> population all.",
    ),
)

WEST_BANK = article(
    "h_westbank_northern_raids_daily",
    "2024-08-28",
    """
    At least 10 Palestinians killed as Israel launches largest West Bank raids in years

    Published: 28 August 2024 - 17:45

    Updated: 28 August 2024 - 20:10

    Israeli military bulldozers tear up a street in the Nur Shams refugee camp near Tulkarm. (AFP)

    RAMALLAH: Israeli forces killed at least 10 Palestinians in simultaneous raids on Jenin, Tulkarm and Tubas in the occupied West Bank on Wednesday, the Palestinian health ministry said, in what the military described as its biggest operation in the territory in more than a year.

    The Israeli military said nine militants had been killed, five of them in an airstrike on a car in the Far'a refugee camp near Tubas. It said the operation, involving hundreds of troops backed by drones and at least 20 armoured bulldozers, was aimed at "Iran-backed terror infrastructure".

    The Palestine Red Crescent said its crews had treated 15 wounded people and accused troops of blocking ambulances from reaching Jenin's government hospital, which was surrounded for several hours.

    The Palestinian Prisoners' Society said at least 25 people had been detained across the northern West Bank since dawn, among them several former prisoners released in November.

    Residents of the Jenin camp, home to some 24,000 people, said hundreds of them had fled to nearby villages as bulldozers ripped up roads and water pipes. Israel's foreign minister said the army should deal with the threat "just as we deal with the terror infrastructure in Gaza, including the temporary evacuation of Palestinian residents".

    The Palestinian presidency called the raids a dangerous escalation and said it would appeal to the UN Security Council.

    Violence in the West Bank has surged since the Hamas attack on southern Israel on October 7. At least 652 Palestinians have been killed in the territory since then, including about 150 children, according to the health ministry in Ramallah.

    Attacks by Palestinians have killed at least 30 Israelis in the West Bank and Israel in the same period, according to Israeli figures.

    The operation, which the army named "Summer Camps", is expected to last several days.
    """,
    g(
        "killed",
        10,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2024-08-28",
        by="palestinian health ministry",
        cue="Israeli forces killed at least 10 Palestinians in simultaneous raids",
        note="headline repeats 10. 'hundreds of troops', '20 armoured bulldozers', 'some 24,000 people' (the camp's population) are not figures.",
    ),
    g(
        "killed",
        9,
        "west-bank",
        pop="combatants",
        scope="event",
        as_of="2024-08-28",
        by="israeli military",
        cue="nine militants had been killed",
    ),
    g(
        "killed",
        5,
        "west-bank",
        pop="combatants",
        scope="event",
        as_of="2024-08-28",
        by="israeli military",
        cue="five of them in an airstrike on a car",
    ),
    g(
        "injured",
        15,
        "west-bank",
        scope="event",
        as_of="2024-08-28",
        by="palestine red crescent",
        cue="treated 15 wounded people",
    ),
    g(
        "detained",
        25,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2024-08-28",
        by="palestinian prisoners' society",
        cue="at least 25 people had been detained",
    ),
    g(
        "displaced",
        200,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2024-08-28",
        by="residents",
        cue="hundreds of them had fled to nearby villages",
        note="vague 'hundreds' -> 200/lower.",
    ),
    g(
        "killed",
        652,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2024-08-28",
        by="palestinian health ministry",
        cue="At least 652 Palestinians have been killed in the territory",
    ),
    g(
        "killed",
        150,
        "west-bank",
        pop="children",
        q="approx",
        scope="total",
        as_of="2024-08-28",
        by="palestinian health ministry",
        cue="including about 150 children",
    ),
    g(
        "killed",
        30,
        "israel",
        q="lower",
        scope="total",
        as_of="2024-08-28",
        by="israeli figures",
        cue="killed at least 30 Israelis in the West Bank and Israel",
    ),
)

CEASEFIRE = article(
    "h_gaza_ceasefire_hostages_broadcaster",
    "2025-01-19",
    """
    Three Israeli hostages freed as Gaza ceasefire takes hold

    Published 19 January 2025

    Share
    Save

    Crowds in Tel Aviv's "Hostages Square" watched the handover live on a giant screen

    Three Israeli women held in Gaza for 471 days have been handed over to the Red Cross and are back in Israel, on the first day of a ceasefire between Israel and Hamas.

    The release came hours after the truce took effect at 11:15 local time (09:15 GMT), nearly three hours later than planned because of a dispute over the list of names. Gaza's civil defence agency said 19 people were killed in Israeli strikes in the hours before it began.

    In return, Israel is due to free 90 Palestinian prisoners from its jails overnight, 69 of them women, according to a list published by the Israeli justice ministry.

    Under the first, six-week phase of the deal, 33 hostages are to be released in exchange for about 1,900 Palestinian prisoners and detainees. Israel says 94 hostages remain in Gaza, and officials believe many of them are no longer alive.

    Read more: What we know about the Gaza ceasefire deal

    In Gaza, thousands of people took to the streets to celebrate. Hundreds of thousands of displaced Palestinians are expected to begin heading back to the north of the territory in the coming days. The UN says about 1.9 million people, roughly 90% of the population, have been displaced during the war.

    Aid lorries also began entering the strip. The UN said 630 trucks crossed on Sunday, well above the target of 600 a day.

    More than 46,900 Palestinians have been killed in Gaza since the war began, according to the territory's Hamas-run health ministry, and more than 110,000 wounded. The Gaza government media office says 204 journalists are among the dead.

    The Israeli military says 405 soldiers have been killed in its ground campaign in Gaza.

    The deal, mediated by Qatar, Egypt and the United States, was agreed after 15 months of war and more than a year of on-off negotiations.
    """,
    g(
        "hostages",
        3,
        "israel",
        pop="women",
        scope="event",
        as_of="2025-01-19",
        by=None,
        cue="Three Israeli women held in Gaza for 471 days",
        note="debatable: a count of hostages released that day; the people counted are hostages -> hostages, population women. Headline 'Three Israeli hostages' is the same figure. '471 days', '11:15', '09:15 GMT', 'six-week', '15 months', '630 trucks', '600 a day', '90%' are not figures.",
    ),
    g(
        "killed",
        19,
        "gaza",
        scope="event",
        as_of="2025-01-19",
        by="gaza civil defence",
        cue="19 people were killed in Israeli strikes",
    ),
    g(
        "detained",
        90,
        "palestine",
        scope="event",
        as_of="2025-01-19",
        by="israeli justice ministry",
        cue="free 90 Palestinian prisoners from its jails",
        note="debatable: prisoners to be released are people detained -> detained; Palestinian prisoners from Israeli jails (mostly West Bank, Jerusalem) -> palestine.",
    ),
    g(
        "detained",
        69,
        "palestine",
        pop="women",
        scope="event",
        as_of="2025-01-19",
        by="israeli justice ministry",
        cue="69 of them women",
    ),
    g(
        "hostages",
        33,
        "israel",
        scope="event",
        as_of="2025-01-19",
        by=None,
        cue="33 hostages are to be released",
        note="debatable: hostages due for release in phase one; event (one deal phase).",
    ),
    g(
        "detained",
        1900,
        "palestine",
        q="approx",
        scope="event",
        as_of="2025-01-19",
        by=None,
        cue="about 1,900 Palestinian prisoners and detainees",
    ),
    g(
        "hostages",
        94,
        "israel",
        scope="total",
        as_of="2025-01-19",
        by="israel",
        cue="Israel says 94 hostages remain in Gaza",
    ),
    g(
        "displaced",
        200000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-01-19",
        by=None,
        cue="Hundreds of thousands of displaced Palestinians are expected",
        note="'hundreds of thousands' read like 'hundreds' -> 200000/lower (debatable: the vague list in FIGURES.md stops at 'tens of thousands'). 'thousands of people took to the streets' are celebrants, not a figure.",
    ),
    g(
        "displaced",
        1900000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2025-01-19",
        by="un",
        cue="about 1.9 million people, roughly 90% of the population",
    ),
    g(
        "killed",
        46900,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-01-19",
        by="gaza health ministry",
        cue="More than 46,900 Palestinians have been killed in Gaza",
    ),
    g(
        "injured",
        110000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-01-19",
        by="gaza health ministry",
        cue="more than 110,000 wounded",
    ),
    g(
        "killed",
        204,
        "gaza",
        pop="journalists",
        scope="total",
        as_of="2025-01-19",
        by="gaza government media office",
        cue="204 journalists are among the dead",
    ),
    g(
        "killed",
        405,
        "israel",
        pop="combatants",
        scope="total",
        as_of="2025-01-19",
        by="israeli military",
        cue="405 soldiers have been killed in its ground campaign",
    ),
)

UNRWA = article(
    "h_gaza_unrwa_situation_report",
    "2024-12-12",
    """
    UNRWA Situation Report #151 on the Humanitarian Crisis in the Gaza Strip and the West Bank, including East Jerusalem

    12 December 2024

    All information is valid as of the date of the report, unless stated otherwise.

    Key Highlights

    According to the Ministry of Health in Gaza, between 7 October 2023 and 11 December 2024, at least 44,805 Palestinians were killed and 106,257 injured.

    As of 11 December, the total number of UNRWA team members killed since the start of the war is 258. More than 50 UNRWA staff members have been detained by Israeli forces, and some have reported ill-treatment while in detention.

    Up to 1.9 million people, or nine in ten people across the Gaza Strip, are internally displaced, many of them repeatedly. Since 6 October, about 130,000 people have been displaced from North Gaza governorate to Gaza City, where conditions in overcrowded shelters are dire.

    UNRWA installations have been hit 205 times since the start of the war. At least 563 people sheltering in them have been killed and more than 1,790 injured.

    Humanitarian Response

    An estimated 98,000 internally displaced people are sheltering in 98 UNRWA facilities across the Strip. UNRWA teams carried out 21,000 medical consultations over the reporting period.

    The average number of aid trucks entering Gaza fell to 65 per day in November, the lowest since October 2023. Commercial goods remain scarce, and the price of a 25 kg sack of flour reached USD 200 in Deir al-Balah.

    The World Health Organization (WHO) reports that at least 1,057 health workers have been killed in Gaza since October 2023.

    West Bank

    Between 7 October 2023 and 9 December 2024, 798 Palestinians, including 171 children, were killed in the West Bank, including East Jerusalem, according to OCHA. Over 6,500 Palestinians were injured in the same period.

    Military operations in the northern West Bank have displaced 4,400 people from refugee camps since the start of 2024.

    Footnote: UNRWA situation reports are published weekly. Figures from the Ministry of Health in Gaza have not been independently verified by the UN.
    """,
    g(
        "killed",
        44805,
        "gaza",
        q="lower",
        scope="total",
        as_of="2024-12-11",
        by="gaza health ministry",
        cue="at least 44,805 Palestinians were killed",
        note="'between 7 October 2023 and 11 December 2024' is a date span, not a range; the toll is dated to the day named, 11 December (debatable: the report date is 12 December).",
    ),
    g(
        "injured",
        106257,
        "gaza",
        scope="total",
        as_of="2024-12-11",
        by="gaza health ministry",
        cue="and 106,257 injured",
    ),
    g(
        "killed",
        258,
        "gaza",
        pop="aid_workers",
        scope="total",
        as_of="2024-12-11",
        by="unrwa",
        cue="UNRWA team members killed since the start of the war is 258",
    ),
    g(
        "detained",
        50,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2024-12-12",
        by="unrwa",
        cue="More than 50 UNRWA staff members have been detained",
    ),
    g(
        "displaced",
        1900000,
        "gaza",
        q="upper",
        scope="total",
        as_of="2024-12-12",
        by="unrwa",
        cue="Up to 1.9 million people, or nine in ten people",
        note="'nine in ten' is a share, not a figure.",
    ),
    g(
        "displaced",
        130000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2024-12-12",
        by="unrwa",
        cue="about 130,000 people have been displaced from North Gaza",
        note="debatable scope: running count since 6 October -> total.",
    ),
    g(
        "killed",
        563,
        "gaza",
        q="lower",
        scope="total",
        as_of="2024-12-12",
        by="unrwa",
        cue="At least 563 people sheltering in them have been killed",
        note="'hit 205 times' counts strikes on buildings, not people.",
    ),
    g("injured", 1790, "gaza", q="lower", scope="total", as_of="2024-12-12", by="unrwa", cue="more than 1,790 injured"),
    g(
        "displaced",
        98000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2024-12-12",
        by="unrwa",
        cue="An estimated 98,000 internally displaced people are sheltering",
        note="'98 UNRWA facilities' (buildings), '21,000 medical consultations', '65 per day' (trucks), '25 kg', 'USD 200' are not figures.",
    ),
    g(
        "killed",
        1057,
        "gaza",
        pop="medics",
        q="lower",
        scope="total",
        as_of="2024-12-12",
        by="who",
        cue="at least 1,057 health workers have been killed",
    ),
    g(
        "killed",
        798,
        "west-bank",
        scope="total",
        as_of="2024-12-09",
        by="ocha",
        cue="798 Palestinians, including 171 children, were killed",
    ),
    g(
        "killed",
        171,
        "west-bank",
        pop="children",
        scope="total",
        as_of="2024-12-09",
        by="ocha",
        cue="including 171 children, were killed",
    ),
    g(
        "injured",
        6500,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2024-12-09",
        by="ocha",
        cue="Over 6,500 Palestinians were injured in the same period",
        note="'the same period' ends on 9 December -> as_of 2024-12-09; attribution carried over from the previous sentence (debatable).",
    ),
    g(
        "displaced",
        4400,
        "west-bank",
        scope="total",
        as_of="2024-12-12",
        by="unrwa",
        cue="displaced 4,400 people from refugee camps",
    ),
)

ARTICLES = [AID_SITE, LEBANON_LIVE, WEST_BANK, CEASEFIRE, UNRWA]
