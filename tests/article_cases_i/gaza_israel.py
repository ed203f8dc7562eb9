"""Gaza: an AP-style wire story on the Rafah offensive (May 2024), a Gulf daily on the Nuseirat raid (June
2024) and an undated explainer on the collapse of the ceasefire (March 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

RAFAH = article(
    "i_gaza_rafah_exodus_wire",
    "2024-05-18",
    """
    Nearly 800,000 people have fled Rafah since Israel's offensive began, UN agency says

    By Wafaa Shurafa and Samy Magdy
    Updated 4:31 PM GMT+3, May 18, 2024

    RAFAH, Gaza Strip (AP) — Nearly 800,000 Palestinians have fled the southern Gaza city of Rafah since Israel launched its military operation there on May 6, the U.N. agency for Palestinian refugees said Saturday, as heavy fighting also raged in the north of the territory.

    More than 1.3 million people had crowded into Rafah before the operation, most of them already displaced from elsewhere in Gaza. Many are now sheltering in tents along the coast near Muwasi, where aid groups say there is little water and no sanitation.

    Israeli strikes overnight and on Saturday killed at least 27 people in central Gaza, including 10 children and four women, according to officials at Al-Aqsa Martyrs Hospital in Deir al-Balah, where the bodies were brought. An Associated Press reporter counted the bodies at the hospital.

    In the northern town of Jabaliya, the Israeli military said troops had killed dozens of militants in close-quarters fighting over the past day. It said five soldiers were killed on Wednesday when an Israeli tank mistakenly fired on a building where they were stationed. Seven other soldiers were wounded, two of them seriously.

    Hamas' armed wing said it fired eight rockets from Rafah toward Israeli communities on Friday. The military said most were intercepted.

    Gaza's Health Ministry says at least 35,386 Palestinians have been killed in the war and 79,366 wounded. Its count does not distinguish between civilians and combatants.

    The war began when Hamas-led militants stormed into southern Israel on Oct. 7, killing around 1,200 people and taking roughly 250 hostages. Israel says about 100 hostages are still held in Gaza, along with the remains of more than 30 others.

    The Rafah crossing with Egypt has been closed since Israeli forces seized it on May 7. The U.N. says only a trickle of fuel has entered since then, and around 1,100 trucks of aid reached Gaza through the Kerem Shalom crossing in the first 10 days of the operation, far below the 500 a day aid groups say are needed.

    "There is nowhere safe to go," said Umm Mohammed, 43, who left Rafah with her six children on Thursday and is now living in a tent in Deir al-Balah.

    Magdy reported from Cairo. Associated Press writer Julia Frankel in Jerusalem contributed to this report.

    Follow AP's coverage of the war at https://apnews.com/hub/israel-hamas-war
    """,
    g(
        "displaced",
        800000,
        "gaza",
        q="upper",
        scope="event",
        as_of="2024-05-18",
        by="unrwa",
        cue="Nearly 800,000 Palestinians have fled the southern Gaza city of Rafah",
        note="headline and lead are one figure (listed once). Flight from one city since the operation began on May 6 -> a window, event (debatable: could be read as a running total). 'Nearly' -> upper per the table.",
    ),
    g(
        "displaced",
        1300000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2024-05-18",
        by=None,
        cue="More than 1.3 million people had crowded into Rafah",
        note="debatable: people crowded into Rafah, 'most of them already displaced' -> displaced (seed convention 'sought shelter'), a standing count, as_of the article date although it describes the time before May 6.",
    ),
    g(
        "killed",
        27,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-05-18",
        by="al-aqsa martyrs hospital",
        cue="killed at least 27 people in central Gaza",
    ),
    g(
        "killed",
        10,
        "gaza",
        pop="children",
        scope="event",
        as_of="2024-05-18",
        by="al-aqsa martyrs hospital",
        cue="including 10 children",
    ),
    g(
        "killed",
        4,
        "gaza",
        pop="women",
        scope="event",
        as_of="2024-05-18",
        by="al-aqsa martyrs hospital",
        cue="and four women",
    ),
    g(
        "killed",
        24,
        "gaza",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-05-18",
        by="israeli military",
        cue="troops had killed dozens of militants",
        note="vague 'dozens' -> 24/lower; 'over the past day' -> event on the article date.",
    ),
    g(
        "killed",
        5,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2024-05-15",
        by="israeli military",
        cue="five soldiers were killed on Wednesday",
        note="'Wednesday' counted back from Saturday 18 May.",
    ),
    g(
        "injured",
        7,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2024-05-15",
        by="israeli military",
        cue="Seven other soldiers were wounded",
        note="'two of them seriously' is a subset with no new population -> not listed (debatable).",
    ),
    g(
        "projectiles",
        8,
        "gaza",
        scope="event",
        as_of="2024-05-17",
        by="hamas",
        cue="fired eight rockets from Rafah",
        note="by = Hamas' armed wing, shortened to 'hamas'.",
    ),
    g(
        "killed",
        35386,
        "gaza",
        q="lower",
        scope="total",
        as_of="2024-05-18",
        by="gaza health ministry",
        cue="at least 35,386 Palestinians have been killed",
    ),
    g(
        "injured",
        79366,
        "gaza",
        q="lower",
        scope="total",
        as_of="2024-05-18",
        by="gaza health ministry",
        cue="and 79,366 wounded",
        note="debatable: 'at least' read as governing both numbers of the coordinated phrase.",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by=None,
        cue="killing around 1,200 people",
    ),
    g(
        "hostages",
        250,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by=None,
        cue="taking roughly 250 hostages",
    ),
    g(
        "hostages",
        100,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-05-18",
        by="israel",
        cue="about 100 hostages are still held in Gaza",
    ),
    g(
        "hostages",
        30,
        "israel",
        q="lower",
        scope="total",
        as_of="2024-05-18",
        by="israel",
        cue="along with the remains of more than 30 others",
        note="debatable: dead hostages whose bodies are held in Gaza -> hostages (held in Gaza), not a new killed figure. '1,100 trucks', '500 a day', '10 days', 'six children', '43' are not figures.",
    ),
)

NUSEIRAT = article(
    "i_gaza_nuseirat_raid_gulf_daily",
    "2024-06-09",
    """
    Home | World | Middle East

    Nuseirat raid death toll rises to 274, Gaza ministry says

    Four hostages freed in Israeli operation that left central Gaza camp in ruins

    Published: 09 June 2024 11:02 AM

    By Staff Reporter with agencies

    A boy walks past the rubble of buildings in Nuseirat refugee camp in central Gaza on Sunday. AFP

    Dubai: Gaza's Health Ministry said on Sunday that 274 Palestinians, including 64 children and 57 women, were killed and 698 wounded in Saturday's Israeli operation in the Nuseirat refugee camp, during which Israeli special forces rescued four hostages.

    The Israeli military put the number of Palestinians killed at "under 100", and said it did not know how many of them were civilians. It said its forces came under heavy fire as they extracted the hostages from two apartments in the crowded camp in daylight.

    The four, three men and a woman, were abducted from the Nova music festival on October 7. They were flown by helicopter to a hospital in central Israel, where they were reunited with their families.

    Doctors Without Borders said its teams at Al-Aqsa Martyrs Hospital received dozens of wounded people within an hour, many of them children, and described the scene as "a bloodbath".

    Abu Obeida, spokesman for the Qassam Brigades, claimed that three hostages, including an American, had been killed in the Israeli raid. The claim could not be verified.

    Some 120 hostages remain in Gaza, of whom Israel believes at least 40 are dead.

    The ministry said that the overall toll from eight months of war had risen to 37,084 killed and 84,494 wounded since October 7.

    The raid came as US Secretary of State Antony Blinken prepared for his eighth visit to the region since the war began, pressing a three-phase ceasefire plan that would see a six-week pause in fighting and an exchange of hostages for Palestinian prisoners.

    Israeli war cabinet member Benny Gantz, meanwhile, announced his resignation from the government, a move that had been delayed by a day because of the rescue operation.

    The UN's humanitarian office said 1.7 million people in Gaza are now living in areas under evacuation orders, and that more than 50,000 children require treatment for acute malnutrition.

    Read more: Blinken heads to Middle East as ceasefire push intensifies

    Copyright 2024 Gulf News Media. All rights reserved.
    """,
    g(
        "killed",
        274,
        "gaza",
        scope="event",
        as_of="2024-06-08",
        by="gaza health ministry",
        cue="274 Palestinians, including 64 children and 57 women, were killed",
        note="headline repeats the 274 (listed once); 'Saturday's' operation counted back from Sunday 9 June.",
    ),
    g(
        "killed",
        64,
        "gaza",
        pop="children",
        scope="event",
        as_of="2024-06-08",
        by="gaza health ministry",
        cue="including 64 children",
    ),
    g(
        "killed",
        57,
        "gaza",
        pop="women",
        scope="event",
        as_of="2024-06-08",
        by="gaza health ministry",
        cue="and 57 women",
    ),
    g(
        "injured",
        698,
        "gaza",
        scope="event",
        as_of="2024-06-08",
        by="gaza health ministry",
        cue="were killed and 698 wounded",
    ),
    g(
        "hostages",
        4,
        "israel",
        scope="event",
        as_of="2024-06-08",
        by="gaza health ministry",
        cue="rescued four hostages",
        note="debatable twice: rescued hostages are still a hostages count (people held in Gaza until the raid); the clause sits in the ministry's sentence, hence by = gaza health ministry (a reader may say null). 'The four, three men and a woman' restates them (not listed).",
    ),
    g(
        "killed",
        100,
        "gaza",
        q="upper",
        scope="event",
        as_of="2024-06-08",
        by="israeli military",
        cue='killed at "under 100"',
        note="'under' -> upper.",
    ),
    g(
        "injured",
        24,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-06-08",
        by="doctors without borders",
        cue="received dozens of wounded people within an hour",
        note="vague 'dozens' -> 24/lower; a separate report, not merged with the 698.",
    ),
    g(
        "killed",
        3,
        "israel",
        scope="event",
        as_of="2024-06-08",
        by="qassam brigades",
        cue="three hostages, including an American, had been killed",
        note="hostages killed -> killed, side israel (hostages taken from Israel). 'an American' is one person by nationality, not a figure.",
    ),
    g(
        "hostages",
        120,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-06-09",
        by=None,
        cue="Some 120 hostages remain in Gaza",
    ),
    g(
        "killed",
        40,
        "israel",
        q="lower",
        scope="total",
        as_of="2024-06-09",
        by="israel",
        cue="Israel believes at least 40 are dead",
        note="debatable: hostages believed dead -> killed (a subgroup of the 120 with a different metric).",
    ),
    g(
        "killed",
        37084,
        "gaza",
        scope="total",
        as_of="2024-06-09",
        by="gaza health ministry",
        cue="had risen to 37,084 killed",
    ),
    g(
        "injured",
        84494,
        "gaza",
        scope="total",
        as_of="2024-06-09",
        by="gaza health ministry",
        cue="and 84,494 wounded since October 7",
    ),
    g(
        "evacuated",
        1700000,
        "gaza",
        scope="total",
        as_of="2024-06-09",
        by="un",
        cue="1.7 million people in Gaza are now living in areas under evacuation orders",
        note="debatable: people in areas under evacuation orders -> evacuated ('ordered to leave'). '50,000 children require treatment for acute malnutrition' is not a metric of the contract (not annotated).",
    ),
)

COLLAPSE = article(
    "i_gaza_ceasefire_collapse_explainer_undated",
    None,
    """
    Explainer: How Gaza's ceasefire fell apart, and what it has cost

    What was agreed, who was freed and how many have died since the bombs returned

    Israel resumed its bombardment of Gaza before dawn on Tuesday with a wave of strikes that health officials said killed more than 400 people, including at least 183 children, the deadliest day in the territory since the early weeks of the war. Here is what we know.

    What did the ceasefire achieve?

    The truce took effect on January 19 after more than 15 months of war. In its first phase, which lasted 42 days, 33 Israeli hostages were handed over, eight of them dead, in exchange for about 1,800 Palestinian prisoners and detainees held in Israeli jails. Five Thai nationals were also freed outside the deal.

    Hundreds of thousands of displaced Palestinians walked back to the north of the strip in the days after the truce began, many finding their homes destroyed.

    How many hostages remain?

    Israel says 59 hostages are still held in Gaza, of whom 24 are believed to be alive.

    What is the toll of the war?

    Gaza's Health Ministry says more than 49,000 Palestinians have been killed since October 2023, and over 112,000 wounded. It says thousands more are missing under the rubble.

    The UN says more than 280 staff of its Palestinian refugee agency, UNRWA, have been killed. The World Health Organization has recorded the deaths of over 1,000 health workers, and the Committee to Protect Journalists counts about 170 journalists and media workers killed.

    What happens now?

    Israel has ordered residents of Beit Hanoun, Khuza'a and parts of eastern Khan Younis to leave their homes. The UN said about 124,000 people were displaced in the first week after the bombing resumed.

    Israel says it will keep up the pressure until Hamas frees the remaining hostages; Hamas says it will only do so under the terms of the January agreement, which envisaged a second phase with a permanent end to the war.

    Egypt and Qatar, which mediated the first deal together with the United States, are working on a new proposal.

    Related: Gaza ceasefire timeline, from the first talks to the truce

    Sign up for our Middle East newsletter
    """,
    g(
        "killed",
        400,
        "gaza",
        q="lower",
        scope="event",
        as_of=None,
        by="health officials",
        cue="killed more than 400 people",
    ),
    g(
        "killed",
        183,
        "gaza",
        pop="children",
        q="lower",
        scope="event",
        as_of=None,
        by="health officials",
        cue="including at least 183 children",
    ),
    g(
        "hostages",
        33,
        "israel",
        scope="event",
        as_of=None,
        by=None,
        cue="33 Israeli hostages were handed over",
        note="debatable: hostages released in phase one -> a hostages count over a 42-day window (event). 'eight of them dead' is a subgroup with metric killed, listed next. '15 months', '42 days' are durations.",
    ),
    g(
        "killed",
        8,
        "israel",
        scope="event",
        as_of=None,
        by=None,
        cue="eight of them dead",
        note="debatable: dead hostages handed over -> killed.",
    ),
    g(
        "detained",
        1800,
        "palestine",
        q="approx",
        scope="event",
        as_of=None,
        by=None,
        cue="about 1,800 Palestinian prisoners and detainees",
        note="Palestinian prisoners released in the exchange: detained, side palestine (no narrower place said).",
    ),
    g(
        "hostages",
        5,
        "thailand",
        scope="event",
        as_of=None,
        by=None,
        cue="Five Thai nationals were also freed",
        note="debatable: Thai hostages -> side thailand (their nationality; a reader may say israel, where they were taken from).",
    ),
    g(
        "displaced",
        200000,
        "gaza",
        q="lower",
        scope="event",
        as_of=None,
        by=None,
        cue="Hundreds of thousands of displaced Palestinians walked back",
        note="debatable: vague 'hundreds of thousands' -> 200000/lower; displaced people returning north, still a count of the displaced.",
    ),
    g("hostages", 59, "israel", scope="total", as_of=None, by="israel", cue="59 hostages are still held in Gaza"),
    g(
        "hostages",
        24,
        "israel",
        scope="total",
        as_of=None,
        by="israel",
        cue="24 are believed to be alive",
        note="subgroup of the 59 believed alive, same metric (debatable).",
    ),
    g(
        "killed",
        49000,
        "gaza",
        q="lower",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="more than 49,000 Palestinians have been killed",
    ),
    g(
        "injured",
        112000,
        "gaza",
        q="lower",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="over 112,000 wounded",
    ),
    g(
        "missing",
        2000,
        "gaza",
        q="lower",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="thousands more are missing under the rubble",
        note="vague 'thousands' -> 2000/lower.",
    ),
    g(
        "killed",
        280,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of=None,
        by="un",
        cue="more than 280 staff of its Palestinian refugee agency",
    ),
    g(
        "killed",
        1000,
        "gaza",
        pop="medics",
        q="lower",
        scope="total",
        as_of=None,
        by="who",
        cue="deaths of over 1,000 health workers",
    ),
    g(
        "killed",
        170,
        "gaza",
        pop="journalists",
        q="approx",
        scope="total",
        as_of=None,
        by="committee to protect journalists",
        cue="about 170 journalists and media workers killed",
    ),
    g(
        "displaced",
        124000,
        "gaza",
        q="approx",
        scope="event",
        as_of=None,
        by="un",
        cue="about 124,000 people were displaced in the first week",
    ),
)

ARTICLES = [RAFAH, NUSEIRAT, COLLAPSE]
