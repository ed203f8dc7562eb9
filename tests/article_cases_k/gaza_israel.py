"""Gaza (a wire story on the school-shelter strike of August 2024, a live blog on the ministry's toll in
March 2025, an undated UN-agency briefing on hunger and aid seekers) and Israel (a Jerusalem daily on the
first hostage release of the January 2025 ceasefire).

Not annotated: '10 months of war', 'nine in 10 of the population' (a share), '12,000 children under five
... acutely malnourished' (malnutrition is not a FIGURES.md metric; the deaths from it are annotated),
'62,000 tonnes', '86 per cent', 'thousands of people watched the handover' (not casualties), '471 days',
'the death of a UN staff member' and 'a photographer was killed' (one unnamed person with no number:
like the seeds' single named killings, not coded as 1). Headline restatements with the same value are
listed once; a headline with a different value ('passes 50,000' vs 50,021) is its own figure."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

SCHOOL = article(
    "k_gaza_school_shelter_wire",
    "2024-08-10",
    """
    Israeli strike on Gaza school shelter kills at least 90, civil defence says

    By Nidal Hamdan and Rami Ayyub
    August 10, 2024 4:52 PM GMT+3

    CAIRO/JERUSALEM, Aug 10 (Reuters) - An Israeli strike on a school housing displaced families in Gaza City killed at least 90 people as they gathered for dawn prayers on Saturday, the Gaza civil defence agency said, one of the deadliest single attacks in more than 10 months of war.

    Civil defence spokesperson Mahmoud Basal said the dead included 11 children and six women, and that dozens more were wounded, many of them with severe burns. Rescuers were still searching for around 10 people believed trapped under the rubble of the two-storey prayer hall, he said.

    The al-Tabi'in school in the Daraj neighbourhood had been sheltering some 2,400 displaced people, most of whom had fled the north of the enclave earlier in the war, according to the school's administrators.

    Footage obtained by Reuters showed bodies wrapped in blankets laid out in the courtyard and relatives searching through torn prayer mats and burnt mattresses.

    "We were praying, and then the ceiling came down on us," said Abu Wasim, 45, who had been praying in the back row.

    The Israeli military said its aircraft had carried out a "precise strike" on a Hamas command centre embedded in the school and that at least 19 Hamas and Islamic Jihad militants operating from the compound had been killed. It said the casualty figures released by Gaza authorities were "inflated" and did not match the munitions used.

    Reuters could not independently verify either account.

    The strike came two days after Israeli strikes on two other schools in Gaza City killed at least 18 people on Thursday, according to the civil defence agency. Israel has said Hamas fighters use schools and shelters as cover, which the group denies.

    Egypt, Qatar and the United States on Thursday called on both sides to resume ceasefire talks on Aug. 15.

    Israel's campaign in Gaza has killed nearly 40,000 Palestinians, according to the Gaza health ministry, which does not distinguish between civilians and combatants. The United Nations says around 1.9 million people, nine in 10 of the population, have been displaced.

    The war was triggered by the Hamas-led attack on southern Israel on Oct. 7, in which about 1,200 people were killed and some 250 taken hostage, according to Israeli tallies. Israel's military says 329 of its soldiers have been killed since it launched its ground operation in Gaza.

    (Reporting by Nidal Hamdan in Cairo and Rami Ayyub in Jerusalem; Editing by Andrew Heavens)

    Our Standards: The Thomson Reuters Trust Principles.
    """,
    g(
        "killed",
        90,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-08-10",
        by="gaza civil defence",
        cue="killed at least 90 people as they gathered",
        note="same figure as the headline's 'at least 90'; listed once.",
    ),
    g(
        "killed",
        11,
        "gaza",
        pop="children",
        scope="event",
        as_of="2024-08-10",
        by="gaza civil defence",
        cue="the dead included 11 children",
    ),
    g(
        "killed",
        6,
        "gaza",
        pop="women",
        scope="event",
        as_of="2024-08-10",
        by="gaza civil defence",
        cue="and six women",
    ),
    g(
        "injured",
        24,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-08-10",
        by="gaza civil defence",
        cue="dozens more were wounded",
        note="vague 'dozens' -> 24/lower.",
    ),
    g(
        "missing",
        10,
        "gaza",
        q="approx",
        scope="event",
        as_of="2024-08-10",
        by="gaza civil defence",
        cue="searching for around 10 people believed trapped under the rubble",
    ),
    g(
        "displaced",
        2400,
        "gaza",
        q="approx",
        scope="event",
        as_of="2024-08-10",
        by="school's administrators",
        cue="sheltering some 2,400 displaced people",
        note="debatable scope: the people sheltering in this one school at the time of the strike -> event (not the war's running displacement).",
    ),
    g(
        "killed",
        19,
        "gaza",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-08-10",
        by="israeli military",
        cue="at least 19 Hamas and Islamic Jihad militants",
    ),
    g(
        "killed",
        18,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-08-08",
        by="gaza civil defence",
        cue="killed at least 18 people on Thursday",
        note="'two days after', 'on Thursday' -> 2024-08-08.",
    ),
    g(
        "killed",
        40000,
        "gaza",
        q="upper",
        scope="total",
        as_of="2024-08-10",
        by="gaza health ministry",
        cue="has killed nearly 40,000 Palestinians",
    ),
    g(
        "displaced",
        1900000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2024-08-10",
        by="un",
        cue="around 1.9 million people, nine in 10 of the population",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by="israeli tallies",
        cue="in which about 1,200 people were killed",
    ),
    g(
        "hostages",
        250,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by="israeli tallies",
        cue="some 250 taken hostage",
    ),
    g(
        "killed",
        329,
        "israel",
        pop="combatants",
        scope="total",
        as_of="2024-08-10",
        by="israeli military",
        cue="329 of its soldiers have been killed",
    ),
)

TOLL_LIVE = article(
    "k_gaza_toll_live_blog",
    "2025-03-23",
    """
    Live: Gaza death toll passes 50,000 as Israeli strikes continue

    The Health Ministry says more than 15,600 children are among those killed since October 2023.

    By Al Jazeera Staff
    Published On 23 Mar 2025

    These are the latest updates

    23 Mar 2025 - 18:40 GMT
    Gaza Health Ministry: 50,021 killed since start of the war

    The Ministry of Health in Gaza says at least 50,021 Palestinians have been killed and 113,274 wounded in Israel's war on the enclave since October 7, 2023.

    In a statement, the ministry said that among the dead were more than 15,600 children and some 8,500 women. It said the toll did not include thousands of people still missing under the rubble, whose number it previously estimated at 11,000.

    23 Mar 2025 - 17:55 GMT
    673 killed since Israel resumed its assault

    The ministry says 673 Palestinians have been killed and 1,233 injured since Israel broke the ceasefire with a wave of air strikes on Tuesday.

    In the past 24 hours alone, 41 bodies were brought to hospitals, it said.

    23 Mar 2025 - 16:20 GMT
    Red Crescent loses contact with paramedics in Rafah

    The Palestine Red Crescent Society (PRCS) says it has lost contact with nine of its paramedics since their ambulances came under Israeli fire in Tel al-Sultan in Rafah early this morning.

    "We hold the occupation fully responsible for their lives," the PRCS said. One other medic was wounded and taken to hospital, it added.

    23 Mar 2025 - 15:02 GMT
    Rockets fired at central Israel

    The Israeli military says three projectiles were launched from the Gaza Strip towards central Israel. It said they were intercepted or fell in open areas. Hamas's armed wing, the Qassam Brigades, claimed the attack.

    23 Mar 2025 - 14:10 GMT
    Journalists among those killed

    The Government Media Office in Gaza says 208 journalists have been killed since the war began, after a photographer was killed in Khan Younis on Saturday.

    23 Mar 2025 - 13:30 GMT
    UN: Staff member killed in Deir el-Balah

    UN Secretary-General Antonio Guterres says he is "shocked and saddened" by the death of a UN staff member in Deir el-Balah last week. More than 280 UN staff have been killed in Gaza since October 2023, the UN says, most of them working for UNRWA.

    23 Mar 2025 - 12:45 GMT
    Israel orders residents of Rafah's Tel al-Sultan to leave

    The Israeli army has ordered residents of Tel al-Sultan to move to al-Mawasi. The UN's humanitarian office, OCHA, says about 124,000 people have been displaced again in the past five days.
    """,
    g(
        "killed",
        50000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-23",
        by=None,
        cue="Gaza death toll passes 50,000",
        note="headline 'passes 50,000' (lower, own voice) is a rounding of the body's 50,021; it is kept as its own figure because the value differs (debatable).",
    ),
    g(
        "killed",
        50021,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-23",
        by="gaza health ministry",
        cue="at least 50,021 Palestinians have been killed",
        note="also in the entry heading ('50,021 killed'); listed once with the body's 'at least'.",
    ),
    g(
        "injured",
        113274,
        "gaza",
        scope="total",
        as_of="2025-03-23",
        by="gaza health ministry",
        cue="113,274 wounded in Israel's war",
    ),
    g(
        "killed",
        15600,
        "gaza",
        pop="children",
        q="lower",
        scope="total",
        as_of="2025-03-23",
        by="gaza health ministry",
        cue="among the dead were more than 15,600 children",
        note="stated in the standfirst too; listed once.",
    ),
    g(
        "killed",
        8500,
        "gaza",
        pop="women",
        q="approx",
        scope="total",
        as_of="2025-03-23",
        by="gaza health ministry",
        cue="some 8,500 women",
    ),
    g(
        "missing",
        11000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2025-03-23",
        by="gaza health ministry",
        cue="whose number it previously estimated at 11,000",
        note="'thousands of people still missing' is the same figure, given a number in the same sentence -> one figure; 'estimated' -> approx; as_of kept at the article date (the earlier estimate's day is not named).",
    ),
    g(
        "killed",
        673,
        "gaza",
        scope="event",
        as_of="2025-03-23",
        by="gaza health ministry",
        cue="673 Palestinians have been killed and 1,233 injured",
        note="debatable scope: a window (since the ceasefire broke on Tuesday) -> event, as for 'in the past N days'.",
    ),
    g(
        "injured",
        1233,
        "gaza",
        scope="event",
        as_of="2025-03-23",
        by="gaza health ministry",
        cue="and 1,233 injured since Israel broke the ceasefire",
    ),
    g(
        "killed",
        41,
        "gaza",
        scope="event",
        as_of="2025-03-23",
        by="gaza health ministry",
        cue="41 bodies were brought to hospitals",
    ),
    g(
        "missing",
        9,
        "gaza",
        pop="medics",
        scope="event",
        as_of="2025-03-23",
        by="palestine red crescent society",
        cue="lost contact with nine of its paramedics",
        note="'lost contact with' = missing.",
    ),
    g(
        "injured",
        1,
        "gaza",
        pop="medics",
        scope="event",
        as_of="2025-03-23",
        by="palestine red crescent society",
        cue="One other medic was wounded",
    ),
    g(
        "projectiles",
        3,
        "gaza",
        scope="event",
        as_of="2025-03-23",
        by="israeli military",
        cue="three projectiles were launched from the Gaza Strip",
    ),
    g(
        "killed",
        208,
        "gaza",
        pop="journalists",
        scope="total",
        as_of="2025-03-23",
        by="gaza government media office",
        cue="208 journalists have been killed since the war began",
    ),
    g(
        "killed",
        280,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-03-23",
        by="un",
        cue="More than 280 UN staff have been killed in Gaza",
    ),
    g(
        "displaced",
        124000,
        "gaza",
        q="approx",
        scope="event",
        as_of="2025-03-23",
        by="ocha",
        cue="about 124,000 people have been displaced again in the past five days",
    ),
)

HUNGER = article(
    "k_gaza_hunger_un_briefing",
    None,
    """
    Gaza: Hunger deaths mount as aid seekers are shot near distribution sites

    UN agencies warn that starvation and violence around food convoys are killing people every day

    Press briefing notes | Geneva

    Spokespeople for the World Food Programme, UNICEF and the Office of the High Commissioner for Human Rights briefed journalists in Geneva on the situation in the Gaza Strip.

    Hunger

    The Gaza Ministry of Health reports that 271 people, including 112 children, have now died of malnutrition and starvation since the start of the war. Most of these deaths have been recorded in recent weeks.

    UNICEF said that in July alone more than 12,000 children under five were identified as acutely malnourished, the highest monthly figure ever recorded in the Strip. "Children are wasting away in front of our eyes," said spokesperson James Elder.

    WFP said that only a fraction of the 62,000 tonnes of food it needs each month was entering Gaza, and that convoys were routinely stopped by crowds of desperate people before reaching warehouses.

    Aid seekers

    OHCHR said that it had recorded at least 1,760 Palestinians killed while seeking food since 27 May, of whom 994 were killed in the vicinity of the sites run by the Gaza Humanitarian Foundation and 766 along the routes of supply convoys. Thousands more have been injured, the office said.

    "Most of these killings appear to have been committed by the Israeli military," spokesperson Thameen Al-Kheetan said. Israel has said its troops fire warning shots and that the numbers are exaggerated.

    Aid workers

    Humanitarian workers themselves are not spared. At least 360 aid workers have been killed in Gaza since October 2023, including more than 180 staff of UNRWA, the UN agency for Palestine refugees. Two WFP contractors were detained for several hours at a checkpoint last week before being released.

    Displacement

    Since the collapse of the ceasefire in March, some 760,000 people have been displaced again, many of them several times over, OCHA figures show. Around 86 per cent of the Strip's territory is now either militarised or under displacement orders.

    The agencies repeated their call for an immediate ceasefire, the release of all hostages and unimpeded humanitarian access at scale, through all crossings.

    For more information, please contact the UN Information Service in Geneva.
    """,
    g(
        "killed",
        271,
        "gaza",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="271 people, including 112 children, have now died of malnutrition",
        note="deaths from starvation are deaths of the conflict -> killed.",
    ),
    g(
        "killed",
        112,
        "gaza",
        pop="children",
        scope="total",
        as_of=None,
        by="gaza health ministry",
        cue="including 112 children",
    ),
    g(
        "killed",
        1760,
        "gaza",
        q="lower",
        scope="total",
        as_of=None,
        by="ohchr",
        cue="at least 1,760 Palestinians killed while seeking food since 27 May",
        note="debatable scope: a running count that keeps growing ('since 27 May') -> total.",
    ),
    g("killed", 994, "gaza", scope="total", as_of=None, by="ohchr", cue="994 were killed in the vicinity of the sites"),
    g("killed", 766, "gaza", scope="total", as_of=None, by="ohchr", cue="766 along the routes of supply convoys"),
    g(
        "injured",
        2000,
        "gaza",
        q="lower",
        scope="total",
        as_of=None,
        by="ohchr",
        cue="Thousands more have been injured",
        note="vague 'thousands' -> 2000/lower.",
    ),
    g(
        "killed",
        360,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="At least 360 aid workers have been killed in Gaza",
    ),
    g(
        "killed",
        180,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="including more than 180 staff of UNRWA",
    ),
    g(
        "detained",
        2,
        "gaza",
        pop="aid_workers",
        scope="event",
        as_of=None,
        by=None,
        cue="Two WFP contractors were detained",
        note="'last week' cannot be dated in an undated text -> as_of null; no source named in the sentence -> null, like the aid-worker toll beside it.",
    ),
    g(
        "displaced",
        760000,
        "gaza",
        q="approx",
        scope="total",
        as_of=None,
        by="ocha",
        cue="some 760,000 people have been displaced again",
    ),
)

HOSTAGES = article(
    "k_israel_hostage_release_daily",
    "2025-01-19",
    """
    'Mom, I'm home': Three hostages freed as Gaza ceasefire takes hold

    Romi Gonen, Emily Damari and Doron Steinbrecher handed to Red Cross in Gaza City after 471 days in captivity; Israel to release 90 Palestinian prisoners

    By Times Staff
    19 January 2025, 11:48 pm

    Three Israeli women held hostage in Gaza since the October 7 massacre were returned to Israel on Sunday evening, hours after a ceasefire between Israel and Hamas came into effect following a delay of nearly three hours.

    Romi Gonen, 24, Emily Damari, 28, and Doron Steinbrecher, 31, were handed over to the International Committee of the Red Cross in Gaza City's Saraya Square amid crowds of Hamas gunmen, and were brought to an army post near Re'im, where they were reunited with their mothers.

    Doctors at Sheba Medical Center said the three were in stable condition. Damari lost two fingers when she was shot during her abduction from Kfar Aza.

    In exchange, Israel is set to release 90 Palestinian security prisoners from Ofer Prison overnight, all of them women and minors, according to a list published by the Justice Ministry.

    Under the first phase of the agreement, which is to last 42 days, Hamas is to free 33 hostages in exchange for some 1,900 Palestinian prisoners and detainees.

    After Sunday's release, 94 of the 251 people abducted on October 7, 2023, remain in Gaza, including at least 34 whose deaths have been confirmed by the IDF.

    The ceasefire's start was delayed after Hamas failed to hand over the names of the first three hostages on time. In the interval, the IDF carried out strikes in Gaza that the territory's civil defence said killed 19 people.

    Shortly before the truce came into force, sirens sounded in the south, and the military said two rockets had been launched from northern Gaza, causing no injuries.

    In Tel Aviv's Hostages Square, thousands of people watched the handover on giant screens. "We waited 471 days for this moment," said one of them.

    Prime Minister Benjamin Netanyahu said in a statement that Israel "reserves the right to resume fighting" if the second phase of talks fails.
    """,
    g(
        "hostages",
        3,
        "israel",
        pop="women",
        scope="event",
        as_of="2025-01-19",
        by=None,
        cue="Three Israeli women held hostage in Gaza",
        note="freed hostages are counted as hostages (the people the count is about); also in the headline, listed once. Three women counted -> population women.",
    ),
    g(
        "detained",
        90,
        "palestine",
        scope="event",
        as_of="2025-01-19",
        by="justice ministry",
        cue="release 90 Palestinian security prisoners from Ofer Prison",
        note="prisoners held in Israel with no narrower place -> palestine; also in the standfirst, listed once.",
    ),
    g(
        "hostages",
        33,
        "israel",
        scope="event",
        as_of="2025-01-19",
        by=None,
        cue="Hamas is to free 33 hostages",
        note="debatable: a count of hostages due for release in the first phase; annotated as a count of people held.",
    ),
    g(
        "detained",
        1900,
        "palestine",
        q="approx",
        scope="event",
        as_of="2025-01-19",
        by=None,
        cue="some 1,900 Palestinian prisoners and detainees",
    ),
    g("hostages", 94, "israel", scope="total", as_of="2025-01-19", by=None, cue="94 of the 251 people abducted"),
    g(
        "hostages",
        251,
        "israel",
        scope="event",
        as_of="2023-10-07",
        by=None,
        cue="251 people abducted on October 7, 2023",
    ),
    g(
        "killed",
        34,
        "israel",
        q="lower",
        scope="total",
        as_of="2025-01-19",
        by="idf",
        cue="at least 34 whose deaths have been confirmed by the IDF",
        note="hostages confirmed dead -> killed, side israel.",
    ),
    g(
        "killed",
        19,
        "gaza",
        scope="event",
        as_of="2025-01-19",
        by="gaza civil defence",
        cue="civil defence said killed 19 people",
    ),
    g(
        "projectiles",
        2,
        "gaza",
        scope="event",
        as_of="2025-01-19",
        by="israeli military",
        cue="two rockets had been launched from northern Gaza",
    ),
)

ARTICLES = [SCHOOL, TOLL_LIVE, HUNGER, HOSTAGES]
