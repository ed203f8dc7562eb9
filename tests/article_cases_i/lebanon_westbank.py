"""Lebanon: a broadcaster on the pager and walkie-talkie blasts (September 2024) and a live blog on the
day the ceasefire took effect (November 2024); the West Bank: an OCHA humanitarian update on the northern
camps operation (February 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

PAGERS = article(
    "i_lebanon_walkie_talkie_blasts_broadcaster",
    "2024-09-19",
    """
    Lebanon: Walkie-talkie blasts kill 20 a day after pager attack

    19 September 2024

    Share

    By Nadia Karam, in Beirut

    A second wave of explosions has hit Lebanon, with hand-held radios used by Hezbollah members blowing up in homes, cars and at a funeral.

    At least 20 people were killed and more than 450 injured when the walkie-talkies exploded across the south of the country, the Bekaa valley and Beirut's southern suburbs on Wednesday afternoon, the health ministry said.

    It came a day after thousands of pagers detonated almost simultaneously, killing 12 people, including two children, and wounding about 2,800.

    Health Minister Firass Abiad told reporters on Thursday that many of the wounded had lost eyes or hands, and that some 300 people hurt in the pager blasts remained in a critical condition.

    Hezbollah said 25 of its members were among those killed in the two waves of attacks, and vowed to retaliate.

    Israel has not commented on the blasts, but Defence Minister Yoav Gallant said the war was entering "a new phase" as troops and resources were shifted to the northern border.

    On Thursday, Hezbollah fired about 30 rockets at northern Israel, the Israeli military said. There were no reports of injuries.

    Lebanese security officials said the pagers had been ordered from a company in Taiwan about five months ago and each was fitted with up to three grams of explosive.

    Beirut hospitals appealed for blood donors, and hundreds of people queued outside blood banks across the country. Iran's ambassador to Lebanon, Mojtaba Amani, was among those hurt.

    Since the war in Gaza began in October, Hezbollah and Israel have exchanged fire almost daily. More than 600 people have been killed in Lebanon, most of them fighters, while 24 Israeli soldiers and 26 civilians have been killed on the Israeli side.

    Israel wants to return some 60,000 residents who were evacuated from northern communities nearly a year ago. The UN says more than 110,000 people have been displaced from southern Lebanon.

    Lebanon's caretaker government has called on the UN Security Council to condemn what it described as "Israeli cyber-aggression".

    Related Topics
    Hezbollah
    Lebanon
    Israel-Gaza war
    """,
    g(
        "killed",
        20,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-09-18",
        by="lebanese health ministry",
        cue="At least 20 people were killed",
        note="headline 'kill 20' is the same figure (listed once).",
    ),
    g(
        "injured",
        450,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-09-18",
        by="lebanese health ministry",
        cue="more than 450 injured",
    ),
    g(
        "killed",
        12,
        "lebanon",
        scope="event",
        as_of="2024-09-17",
        by=None,
        cue="killing 12 people",
        note="'a day after' the Wednesday blasts -> Tuesday 17 September; 'thousands of pagers' counts devices, not people.",
    ),
    g("killed", 2, "lebanon", pop="children", scope="event", as_of="2024-09-17", by=None, cue="including two children"),
    g("injured", 2800, "lebanon", q="approx", scope="event", as_of="2024-09-17", by=None, cue="wounding about 2,800"),
    g(
        "injured",
        300,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-09-17",
        by="lebanese health ministry",
        cue="some 300 people hurt in the pager blasts remained in a critical condition",
        note="debatable: the critically hurt are a subset of the pager wounded, same metric; dated to the blast day. by: the health minister -> his ministry.",
    ),
    g(
        "killed",
        25,
        "lebanon",
        pop="combatants",
        scope="event",
        as_of="2024-09-18",
        by="hezbollah",
        cue="Hezbollah said 25 of its members were among those killed",
        note="two days of blasts -> one window, event, dated to its last day (debatable).",
    ),
    g(
        "projectiles",
        30,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-09-19",
        by="israeli military",
        cue="Hezbollah fired about 30 rockets",
    ),
    g(
        "killed",
        600,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-09-19",
        by=None,
        cue="More than 600 people have been killed in Lebanon",
        note="'hundreds of people queued' for blood donation is not a casualty figure; 'three grams', 'five months' are not figures.",
    ),
    g("killed", 24, "israel", pop="combatants", scope="total", as_of="2024-09-19", by=None, cue="24 Israeli soldiers"),
    g(
        "killed",
        26,
        "israel",
        pop="civilians",
        scope="total",
        as_of="2024-09-19",
        by=None,
        cue="26 civilians have been killed on the Israeli side",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-09-19",
        by=None,
        cue="some 60,000 residents who were evacuated",
    ),
    g(
        "displaced",
        110000,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-09-19",
        by="un",
        cue="more than 110,000 people have been displaced",
    ),
)

CEASEFIRE = article(
    "i_lebanon_ceasefire_day_live_blog",
    "2024-11-27",
    """
    Live: Israel-Hezbollah ceasefire takes effect as displaced Lebanese head home

    Last updated: 27 Nov 2024 08:05 GMT

    Key points
    - Truce between Israel and Hezbollah in force since 04:00 local time
    - Lebanon says more than 3,800 killed since October 2023
    - Israeli army warns residents not to return to southern villages yet

    08:05 GMT - Cars packed with families clog roads to the south

    Thousands of displaced people have begun heading back to southern Lebanon and the Bekaa valley, our correspondent in Sidon reports, despite warnings from the Israeli army. The Lebanese government estimates that more than 1.2 million people were forced from their homes during the war.

    07:40 GMT - Lebanon's health ministry releases final pre-truce toll

    The ministry says 3,823 people have been killed and 15,859 wounded in Israeli attacks since October 8, 2023. Israeli strikes on Tuesday alone killed at least 42 people, it said, as Israel pounded Beirut's southern suburbs in the final hours before the truce.

    07:15 GMT - Israeli army detains suspects near border

    The Israeli military says its troops detained four people who approached forces in southern Lebanon after the ceasefire came into force. It did not say whether they were Hezbollah members.

    06:50 GMT - Northern Israel residents wary

    About 60,000 Israelis remain displaced from the north. Israeli authorities say 45 civilians and more than 70 soldiers have been killed in the north and the occupied Golan Heights since the fighting began. Hezbollah fired more than 250 rockets and drones at Israel on Sunday, one of the heaviest barrages of the war, the military said.

    06:20 GMT - Recap: Journalists among the dead

    Lebanon's information ministry says at least 40 journalists and media workers have been killed since October 2023, including three who died in a strike on a guesthouse in Hasbaya on October 25.

    05:55 GMT - Dozens still missing after Baalbek strikes

    Civil defence teams in Baalbek say dozens of people are still missing under rubble after strikes last week. The agency says it has lost 13 of its own rescuers since September.

    05:30 GMT - What the deal says

    Under the 13-point agreement brokered by the US and France, Israeli troops will withdraw from southern Lebanon within 60 days, while Lebanese army soldiers deploy south of the Litani river, about 30km from the border.
    """,
    g(
        "displaced",
        2000,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-11-27",
        by=None,
        cue="Thousands of displaced people have begun heading back",
        note="debatable: vague 'thousands' -> 2000/lower; displaced people going home are still counted as displaced.",
    ),
    g(
        "displaced",
        1200000,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-11-27",
        by="lebanese government",
        cue="more than 1.2 million people were forced from their homes",
    ),
    g(
        "killed",
        3823,
        "lebanon",
        scope="total",
        as_of="2024-11-27",
        by="lebanese health ministry",
        cue="3,823 people have been killed",
        note="the key point 'more than 3,800 killed' is the same toll rounded (listed once).",
    ),
    g(
        "injured",
        15859,
        "lebanon",
        scope="total",
        as_of="2024-11-27",
        by="lebanese health ministry",
        cue="15,859 wounded",
    ),
    g(
        "killed",
        42,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-11-26",
        by="lebanese health ministry",
        cue="Israeli strikes on Tuesday alone killed at least 42 people",
    ),
    g(
        "detained",
        4,
        "lebanon",
        scope="event",
        as_of="2024-11-27",
        by="israeli military",
        cue="troops detained four people",
    ),
    g(
        "displaced",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-11-27",
        by=None,
        cue="About 60,000 Israelis remain displaced",
    ),
    g(
        "killed",
        45,
        "israel",
        pop="civilians",
        scope="total",
        as_of="2024-11-27",
        by="israeli authorities",
        cue="45 civilians",
    ),
    g(
        "killed",
        70,
        "israel",
        pop="combatants",
        q="lower",
        scope="total",
        as_of="2024-11-27",
        by="israeli authorities",
        cue="more than 70 soldiers have been killed",
    ),
    g(
        "projectiles",
        250,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-11-24",
        by="israeli military",
        cue="Hezbollah fired more than 250 rockets and drones",
        note="rockets and drones together -> one figure; 'Sunday' counted back from Wednesday 27 November.",
    ),
    g(
        "killed",
        40,
        "lebanon",
        pop="journalists",
        q="lower",
        scope="total",
        as_of="2024-11-27",
        by="lebanese information ministry",
        cue="at least 40 journalists and media workers",
    ),
    g(
        "killed",
        3,
        "lebanon",
        pop="journalists",
        scope="event",
        as_of="2024-10-25",
        by="lebanese information ministry",
        cue="including three who died in a strike on a guesthouse",
    ),
    g(
        "missing",
        24,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-11-27",
        by="civil defence",
        cue="dozens of people are still missing under rubble",
        note="vague 'dozens' -> 24/lower; strikes 'last week' -> a window, dated to the report day (debatable).",
    ),
    g(
        "killed",
        13,
        "lebanon",
        pop="medics",
        scope="total",
        as_of="2024-11-27",
        by="civil defence",
        cue="it has lost 13 of its own rescuers",
        note="debatable: civil defence rescuers -> medics (first responders); 'lost' = killed. '13-point', '60 days', '30km', '04:00' are not figures.",
    ),
)

WEST_BANK = article(
    "i_westbank_northern_camps_ocha",
    "2025-02-13",
    """
    West Bank: Humanitarian Situation Update #258 | Northern West Bank

    Format: Situation Report
    Source: OCHA
    Published: 13 Feb 2025

    Key Highlights

    The Israeli operation in the northern West Bank, launched on 21 January in Jenin and later extended to Tulkarm, Nur Shams and Far'a refugee camps, has entered its fourth week. About 40,000 Palestinians have been displaced from the four camps, the largest displacement in the West Bank since 1967.

    Between 21 January and 10 February, Israeli forces killed 51 Palestinians in the northern West Bank, including seven children and two women. Among those killed were at least 20 people identified by Palestinian armed groups as their members.

    Two Israeli soldiers were killed and eight were injured in an attack by a Palestinian gunman on a military post near Tammun on 4 February. The assailant was shot dead.

    Israeli forces detained more than 380 Palestinians across the northern governorates during the same period, according to the Palestinian Prisoners Society.

    Humanitarian response

    Since the start of the operation, the Palestine Red Crescent Society (PRCS) has reported that at least 14 of its ambulances were obstructed. Two paramedics were injured by live ammunition in Jenin on 28 January.

    UNRWA reports that its services in Jenin camp have been suspended and that 15,000 students cannot reach their schools. About 3,000 families are being hosted in public buildings in Jenin city and surrounding villages.

    Settler violence continued elsewhere in the West Bank: between 4 and 10 February, 31 Palestinians were injured by settlers, most of them in the Ramallah and Nablus governorates.

    Context

    In 2024, 491 Palestinians were killed in the West Bank, including East Jerusalem, by Israeli forces or settlers, making it the deadliest year for West Bank Palestinians since OCHA began recording casualties in 2005.

    The humanitarian community continues to call for the protection of civilians and civilian infrastructure, and for unimpeded access to people in need.

    For further information, please contact: ochaopt@un.org
    """,
    g(
        "displaced",
        40000,
        "west-bank",
        q="approx",
        scope="total",
        as_of="2025-02-13",
        by="ocha",
        cue="About 40,000 Palestinians have been displaced from the four camps",
        note="standing count of the operation's displaced -> total (debatable: one operation could be called an event). OCHA's own voice -> by 'ocha', as the earlier OCHA updates were annotated. 'fourth week', '1967' are not figures.",
    ),
    g(
        "killed",
        51,
        "west-bank",
        scope="event",
        as_of="2025-02-10",
        by="ocha",
        cue="Israeli forces killed 51 Palestinians in the northern West Bank",
        note="a dated window '21 January and 10 February' -> event, dated to its last day; the dates are not a range.",
    ),
    g(
        "killed",
        7,
        "west-bank",
        pop="children",
        scope="event",
        as_of="2025-02-10",
        by="ocha",
        cue="including seven children",
    ),
    g("killed", 2, "west-bank", pop="women", scope="event", as_of="2025-02-10", by="ocha", cue="and two women"),
    g(
        "killed",
        20,
        "west-bank",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-02-10",
        by="palestinian armed groups",
        cue="at least 20 people identified by Palestinian armed groups as their members",
    ),
    g(
        "killed",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2025-02-04",
        by="ocha",
        cue="Two Israeli soldiers were killed",
    ),
    g(
        "injured",
        8,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2025-02-04",
        by="ocha",
        cue="eight were injured in an attack",
        note="'The assailant was shot dead' is one person with no number (not annotated).",
    ),
    g(
        "detained",
        380,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2025-02-10",
        by="palestinian prisoners society",
        cue="detained more than 380 Palestinians",
    ),
    g(
        "injured",
        2,
        "west-bank",
        pop="medics",
        scope="event",
        as_of="2025-01-28",
        by="prcs",
        cue="Two paramedics were injured by live ammunition",
        note="'14 of its ambulances' are vehicles; '15,000 students', '3,000 families' hosted are not casualty metrics (debatable for the families: hosted after displacement, but counted in families) -> not annotated.",
    ),
    g(
        "injured",
        31,
        "west-bank",
        scope="event",
        as_of="2025-02-10",
        by="ocha",
        cue="31 Palestinians were injured by settlers",
    ),
    g(
        "killed",
        491,
        "west-bank",
        scope="event",
        as_of="2024-12-31",
        by="ocha",
        cue="In 2024, 491 Palestinians were killed in the West Bank",
        note="debatable: a calendar-year toll is a closed window -> event, dated to its last day.",
    ),
)

ARTICLES = [PAGERS, CEASEFIRE, WEST_BANK]
