"""Gaza (a wire story on the school strike of August 2024; an NGO press release on the renewed bombardment of
March 2025), the West Bank (a regional daily on the Jenin operation, February 2025), Lebanon (a broadcaster on
23 September 2024) and Iran (an undated explainer on the twelve-day war of June 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

GAZA_SCHOOL = article(
    "l_gaza_tabiin_school_wire",
    "2024-08-10",
    """
    Israeli strike on Gaza school shelter kills more than 90, civil defence says

    Israel says it hit a Hamas command centre inside the compound

    By Yousef Darwish and Clara Weiss
    August 10, 2024 3:18 PM GMT+1 Updated 2 hours ago

    Palestinians inspect the site of the strike on the al-Tabi'in school in Gaza City. REUTERS/Staff

    CAIRO, Aug 10 (Reuters) - An Israeli air strike on a school housing displaced families in Gaza City killed more than 90 Palestinians on Saturday, including 11 children and six women, the enclave's civil defence agency said, one of the deadliest single strikes of the 10-month-old war.

    Civil defence spokesman Mahmoud Basal said rescuers were still searching for about 15 people believed to be under the rubble of the al-Tabi'in school, where families had gathered for dawn prayers in a ground-floor hall. Dozens more were wounded and taken to al-Ahli hospital, which doctors said was running out of beds.

    The Israeli military said its jets had struck "a Hamas military command centre" used by militants hiding inside the school and an adjoining mosque, and that at least 19 Hamas and Islamic Jihad fighters had been killed. It said it had used three precise munitions and that the toll published by Gaza authorities was exaggerated.

    Hamas called the military's account a "lie" meant to justify the killing of civilians.

    "We collected body parts in bags. We could not tell who was who," said Abu Anas, 52, whose nephew was among the dead. "There were no fighters here, only people who had nowhere else to go."

    Separately, Gaza health officials said a strike on a house in Khan Younis killed four people on Saturday afternoon.

    On Thursday the military ordered residents of parts of eastern Khan Younis to leave ahead of new operations, an order the United Nations said affected an estimated 75,000 people.

    The Gaza health ministry says at least 39,790 Palestinians have been killed and 92,000 wounded in the war, which began after Hamas-led gunmen attacked southern Israel on Oct. 7, killing about 1,200 people and taking some 250 hostages, according to Israeli tallies.

    Of the 111 hostages still held in Gaza, Israel says 39 are dead. The Israeli military says 330 of its soldiers have been killed in the Gaza ground offensive, which began in late October.

    The United Nations says about 1.9 million of Gaza's 2.3 million people have been displaced, many of them several times.

    Mediators from the United States, Egypt and Qatar have called on both sides to resume ceasefire talks on Aug. 15, in Doha or Cairo. Israel said it would send a delegation. Hamas said it was studying the invitation.

    (Reporting by Yousef Darwish in Cairo and Clara Weiss in Jerusalem; Editing by Tom Hale)

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
        cue="killed more than 90 Palestinians on Saturday",
        note="headline repeats it; the 'enclave's civil defence agency' -> reported_by 'gaza civil defence'.",
    ),
    g(
        "killed",
        11,
        "gaza",
        pop="children",
        scope="event",
        as_of="2024-08-10",
        by="gaza civil defence",
        cue="including 11 children and six women",
    ),
    g(
        "killed",
        6,
        "gaza",
        pop="women",
        scope="event",
        as_of="2024-08-10",
        by="gaza civil defence",
        cue="including 11 children and six women",
    ),
    g(
        "missing",
        15,
        "gaza",
        q="approx",
        scope="event",
        as_of="2024-08-10",
        by="gaza civil defence",
        cue="about 15 people believed to be under the rubble",
    ),
    g(
        "injured",
        24,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-08-10",
        by=None,
        cue="Dozens more were wounded",
        note="vague 'dozens' -> 24/lower; a new sentence with no attribution -> null (seed 004 convention).",
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
        cue="at least 19 Hamas and Islamic Jihad fighters had been killed",
    ),
    g(
        "projectiles",
        3,
        "israel",
        scope="event",
        as_of="2024-08-10",
        by="israeli military",
        cue="used three precise munitions",
        note="debatable: munitions dropped by jets counted as projectiles fired by Israel.",
    ),
    g(
        "killed",
        4,
        "gaza",
        scope="event",
        as_of="2024-08-10",
        by="gaza health officials",
        cue="a strike on a house in Khan Younis killed four people",
    ),
    g(
        "evacuated",
        75000,
        "gaza",
        q="approx",
        scope="event",
        as_of="2024-08-08",
        by="un",
        cue="an order the United Nations said affected an estimated 75,000 people",
        note="ordered to leave -> evacuated; 'On Thursday' counted back from Saturday 10 August.",
    ),
    g(
        "killed",
        39790,
        "gaza",
        q="lower",
        scope="total",
        as_of="2024-08-10",
        by="gaza health ministry",
        cue="at least 39,790 Palestinians have been killed",
    ),
    g(
        "injured",
        92000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2024-08-10",
        by="gaza health ministry",
        cue="and 92,000 wounded in the war",
        note="'at least' read as covering both numbers of the coordinated phrase (debatable: could be exact).",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by="israeli tallies",
        cue="killing about 1,200 people",
    ),
    g(
        "hostages",
        250,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by="israeli tallies",
        cue="taking some 250 hostages",
    ),
    g(
        "hostages",
        111,
        "israel",
        scope="total",
        as_of="2024-08-10",
        by=None,
        cue="Of the 111 hostages still held in Gaza",
    ),
    g(
        "killed",
        39,
        "israel",
        scope="total",
        as_of="2024-08-10",
        by="israel",
        cue="Israel says 39 are dead",
        note="dead hostages: killed, side israel (whose people), population all.",
    ),
    g(
        "killed",
        330,
        "israel",
        pop="combatants",
        scope="total",
        as_of="2024-08-10",
        by="israeli military",
        cue="330 of its soldiers have been killed",
    ),
    g(
        "displaced",
        1900000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2024-08-10",
        by="un",
        cue="about 1.9 million of Gaza's 2.3 million people have been displaced",
        note="2.3 million is the population, not a figure.",
    ),
)

GAZA_NGO = article(
    "l_gaza_march_bombardment_ngo_release",
    "2025-03-20",
    """
    Home | News | Press releases

    Gaza: renewed bombardment kills hundreds as hospitals are overwhelmed again

    Press release
    Published 20 March 2025

    Health Without Borders calls for an immediate return to the ceasefire and the unimpeded entry of medical supplies

    London/Ramallah - Since Israel resumed its bombardment of the Gaza Strip in the early hours of Tuesday 18 March, more than 500 Palestinians have been killed, among them at least 190 children, according to the Ministry of Health in Gaza. The ministry said more than 900 people have been injured.

    On Tuesday alone, at least 413 people were killed in strikes across the Strip, the highest toll of a single day since the early weeks of the war.

    Our team in Khan Younis reports that two of our paramedics were killed on Wednesday when the ambulance they were driving was hit near the Nasser Medical Complex. They were taking a wounded woman to the emergency department.

    "Our colleagues knew the risks, and they went out anyway," said Dr Lina Haddad, the organisation's medical coordinator in Gaza. "The emergency rooms are back to where they were a year ago: patients on the floor, no anaesthetics, surgeons operating by the light of mobile phones."

    The Gaza government media office said three journalists have been killed since Tuesday.

    At least 1,060 health workers have been killed in Gaza since October 2023, according to the ministry, and more than 160 remain in Israeli detention. The United Nations says 408 aid workers have been killed, including more than 280 UN staff, most of them employees of UNRWA.

    The Israeli military on Wednesday ordered residents of Beit Hanoun and parts of Khan Younis to move west, and the UN estimates that up to 100,000 people have been displaced again since Tuesday.

    During the first phase of the ceasefire, which began on 19 January and ended on 1 March, 33 Israeli hostages were handed over in exchange for nearly 2,000 Palestinian prisoners. The Israeli government says 59 hostages remain in Gaza, of whom it believes 24 are alive.

    The overall death toll in Gaza since October 2023 has passed 49,500, the ministry said on Thursday, with more than 112,000 wounded.

    Health Without Borders urges all parties to:
    - restore the ceasefire agreed in January;
    - protect health workers, ambulances and hospitals;
    - allow fuel and medical supplies into Gaza without delay.

    Notes to editors
    Health Without Borders has worked in Gaza and the West Bank since 2002 and supports 14 primary care clinics. For interviews, contact press@hwb.example.org.

    Share this page
    """,
    g(
        "killed",
        500,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-20",
        by="gaza health ministry",
        cue="more than 500 Palestinians have been killed",
        note="toll of the renewed offensive since 18 March (a window) -> event (debatable: could be read as a running total); the headline's 'kills hundreds' is the same figure.",
    ),
    g(
        "killed",
        190,
        "gaza",
        pop="children",
        q="lower",
        scope="event",
        as_of="2025-03-20",
        by="gaza health ministry",
        cue="among them at least 190 children",
    ),
    g(
        "injured",
        900,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-20",
        by="gaza health ministry",
        cue="more than 900 people have been injured",
    ),
    g(
        "killed",
        413,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-18",
        by=None,
        cue="On Tuesday alone, at least 413 people were killed",
    ),
    g(
        "killed",
        2,
        "gaza",
        pop="medics",
        scope="event",
        as_of="2025-03-19",
        by=None,
        cue="two of our paramedics were killed on Wednesday",
        note="the NGO's own report in its own release -> reported_by null.",
    ),
    g(
        "killed",
        3,
        "gaza",
        pop="journalists",
        scope="event",
        as_of="2025-03-20",
        by="gaza government media office",
        cue="three journalists have been killed since Tuesday",
    ),
    g(
        "killed",
        1060,
        "gaza",
        pop="medics",
        q="lower",
        scope="total",
        as_of="2025-03-20",
        by="gaza health ministry",
        cue="At least 1,060 health workers have been killed",
    ),
    g(
        "detained",
        160,
        "gaza",
        pop="medics",
        q="lower",
        scope="total",
        as_of="2025-03-20",
        by="gaza health ministry",
        cue="more than 160 remain in Israeli detention",
    ),
    g(
        "killed",
        408,
        "gaza",
        pop="aid_workers",
        scope="total",
        as_of="2025-03-20",
        by="un",
        cue="408 aid workers have been killed",
    ),
    g(
        "killed",
        280,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-03-20",
        by="un",
        cue="including more than 280 UN staff",
    ),
    g(
        "displaced",
        100000,
        "gaza",
        q="upper",
        scope="event",
        as_of="2025-03-20",
        by="un",
        cue="up to 100,000 people have been displaced again since Tuesday",
    ),
    g(
        "hostages",
        33,
        "israel",
        scope="event",
        as_of="2025-03-01",
        by=None,
        cue="33 Israeli hostages were handed over",
        note="debatable: hostages released in the ceasefire's first phase (a window ending 1 March) -> hostages, event.",
    ),
    g(
        "detained",
        2000,
        "palestine",
        q="upper",
        scope="event",
        as_of="2025-03-01",
        by=None,
        cue="nearly 2,000 Palestinian prisoners",
        note="debatable: prisoners released in the exchange, counted as detained; no narrower place -> palestine; 'nearly' -> upper.",
    ),
    g(
        "hostages",
        59,
        "israel",
        scope="total",
        as_of="2025-03-20",
        by="israeli government",
        cue="59 hostages remain in Gaza",
    ),
    g(
        "hostages",
        24,
        "israel",
        scope="total",
        as_of="2025-03-20",
        by="israeli government",
        cue="of whom it believes 24 are alive",
        note="subgroup of the 59 (those believed alive), kept as its own hostages figure (debatable).",
    ),
    g(
        "killed",
        49500,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-20",
        by="gaza health ministry",
        cue="has passed 49,500, the ministry said on Thursday",
    ),
    g(
        "injured",
        112000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-20",
        by="gaza health ministry",
        cue="with more than 112,000 wounded",
    ),
)

WEST_BANK = article(
    "l_west_bank_jenin_operation_daily",
    "2025-02-05",
    """
    Jenin camp emptied as Israel's 'Iron Wall' operation enters third week

    Residents say they do not know when, or whether, they will be allowed to return

    By Rami Khoury, Ramallah
    Wed 5 Feb 2025 14.20 GMT

    An Israeli bulldozer clears a road in Jenin refugee camp. Photo: WAFA

    Israeli forces have killed at least 25 Palestinians in Jenin governorate since the military operation there began on 21 January, the Palestinian health ministry said on Wednesday, as troops widened the offensive to the camps of Tulkarm and Nur Shams.

    An Israeli drone strike on Tuesday evening killed two Palestinians in the village of Tammun, south of Jenin, the ministry said. Medics said 12 people were wounded during a raid on Tulkarm on Wednesday morning.

    The Israeli military said its forces had killed more than 50 "terrorists" across the northern West Bank since the start of the operation and arrested about 100 wanted suspects. It did not give a breakdown.

    One Israeli soldier was killed and eight others were wounded when a gunman opened fire at the Tayasir checkpoint on Tuesday, the military said. The attacker was shot dead.

    UNRWA, the UN agency for Palestinian refugees, said about 40,000 people had been forced from the Jenin, Tulkarm and Nur Shams camps, the largest displacement in the territory since 1967.

    "They told us over loudspeakers to leave within an hour," said Umm Khaled, 61, who now sleeps with her grandchildren in a mosque in Jenin city. "We took nothing. We thought it would be two days."

    The operation, which Israel calls Iron Wall, began two days after the ceasefire in Gaza took effect. Israeli officials say it is aimed at armed groups that have grown in the camps, and that it will last "as long as necessary".

    According to the United Nations, at least 870 Palestinians, about 180 of them children, have been killed in the West Bank since October 7, 2023, by Israeli forces or settlers. Over the same period, 32 Israelis have been killed in the West Bank or in Israel in attacks by West Bank Palestinians, the UN says.

    Palestinian prisoners' groups say more than 14,500 people have been arrested in the West Bank since the war began.

    Municipal engineers in Jenin estimate that more than 100 homes in the camp have been destroyed or badly damaged, and that water and electricity networks will take months to repair.

    Related: Settlers torch cars in villages near Nablus

    Copyright 2025 The Levant Daily. All rights reserved.
    """,
    g(
        "killed",
        25,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2025-02-05",
        by="palestinian health ministry",
        cue="killed at least 25 Palestinians in Jenin governorate since the military operation",
        note="toll of one operation (a window) -> event (debatable).",
    ),
    g(
        "killed",
        2,
        "west-bank",
        scope="event",
        as_of="2025-02-04",
        by="palestinian health ministry",
        cue="killed two Palestinians in the village of Tammun",
    ),
    g(
        "injured",
        12,
        "west-bank",
        scope="event",
        as_of="2025-02-05",
        by="medics",
        cue="Medics said 12 people were wounded",
    ),
    g(
        "killed",
        50,
        "west-bank",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-02-05",
        by="israeli military",
        cue='killed more than 50 "terrorists" across the northern West Bank',
    ),
    g(
        "detained",
        100,
        "west-bank",
        q="approx",
        scope="event",
        as_of="2025-02-05",
        by="israeli military",
        cue="arrested about 100 wanted suspects",
    ),
    g(
        "killed",
        1,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2025-02-04",
        by="israeli military",
        cue="One Israeli soldier was killed",
        note="'The attacker was shot dead' is one person, no count: not annotated.",
    ),
    g(
        "injured",
        8,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2025-02-04",
        by="israeli military",
        cue="eight others were wounded",
    ),
    g(
        "displaced",
        40000,
        "west-bank",
        q="approx",
        scope="event",
        as_of="2025-02-05",
        by="unrwa",
        cue="about 40,000 people had been forced from the Jenin, Tulkarm and Nur Shams camps",
        note="displacement by this operation -> event (debatable).",
    ),
    g(
        "killed",
        870,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2025-02-05",
        by="un",
        cue="at least 870 Palestinians, about 180 of them children",
    ),
    g(
        "killed",
        180,
        "west-bank",
        pop="children",
        q="approx",
        scope="total",
        as_of="2025-02-05",
        by="un",
        cue="about 180 of them children",
    ),
    g(
        "killed",
        32,
        "israel",
        scope="total",
        as_of="2025-02-05",
        by="un",
        cue="32 Israelis have been killed in the West Bank or in Israel",
    ),
    g(
        "detained",
        14500,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2025-02-05",
        by="palestinian prisoners' groups",
        cue="more than 14,500 people have been arrested in the West Bank",
    ),
)

LEBANON = article(
    "l_lebanon_september_23_broadcaster",
    "2024-09-24",
    """
    Lebanon counts its dead after deadliest day since the civil war

    Health ministry raises toll from Monday's Israeli strikes as families flee the south

    Published On 24 Sep 2024

    Cars queue on the coastal highway near Sidon as families flee the south, September 23, 2024. [AFP]

    Israeli strikes across southern and eastern Lebanon on Monday killed 558 people, including 50 children and 94 women, Lebanon's health minister Firass Abiad said on Tuesday, revising an earlier toll of 492. More than 1,835 people were wounded, he said, and four paramedics were among the dead.

    It was the deadliest day in Lebanon since the end of the 1975-1990 civil war.

    Tens of thousands of people fled the south on Monday, jamming the highway to Beirut for more than 12 hours. The UN refugee agency said more than 16,500 people were staying in 89 shelters opened by the authorities in schools and public buildings.

    The Israeli military said it had struck about 1,600 Hezbollah targets on Monday, including rocket launchers hidden in homes. On Tuesday it said Hezbollah had fired about 55 rockets at northern Israel in the morning, some of them towards the Haifa area.

    Hezbollah said it had launched dozens of rockets at the Rafael defence company's facilities north of Haifa. Israel's ambulance service, Magen David Adom, said three people were lightly hurt by shrapnel in Kiryat Bialik.

    The escalation follows a week of attacks that shook Hezbollah. On 17 and 18 September, pagers and walkie-talkies used by its members exploded across Lebanon, killing 39 people and wounding about 3,000. Israel has not claimed the attacks.

    Hezbollah has named more than 400 fighters killed since it began firing at Israel in October last year in support of Hamas. Some 50 Israeli soldiers and civilians have been killed in the north and in the occupied Golan Heights over the same period.

    Israeli officials say around 60,000 residents of northern Israel have been evacuated from their homes since October. Returning them safely is now an official war goal, Prime Minister Benjamin Netanyahu's office said last week.

    "We were sleeping when the first strike hit the building next to us," said Hussein, 34, who drove his family from Nabatieh to Beirut. "It took us ten hours. My children still do not understand why we left."

    UN Secretary-General Antonio Guterres said he was alarmed by the escalation and warned that Lebanon could become "another Gaza".

    SOURCE: AL JAZEERA AND NEWS AGENCIES
    """,
    g(
        "killed",
        558,
        "lebanon",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="on Monday killed 558 people",
    ),
    g(
        "killed",
        50,
        "lebanon",
        pop="children",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="including 50 children and 94 women",
    ),
    g(
        "killed",
        94,
        "lebanon",
        pop="women",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="including 50 children and 94 women",
    ),
    g(
        "killed",
        492,
        "lebanon",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="revising an earlier toll of 492",
        note="a superseded toll of the same day, still a reported number (debatable).",
    ),
    g(
        "injured",
        1835,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="More than 1,835 people were wounded",
    ),
    g(
        "killed",
        4,
        "lebanon",
        pop="medics",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="four paramedics were among the dead",
    ),
    g(
        "displaced",
        20000,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-09-23",
        by=None,
        cue="Tens of thousands of people fled the south on Monday",
    ),
    g(
        "displaced",
        16500,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-09-24",
        by="unhcr",
        cue="more than 16,500 people were staying in 89 shelters",
        note="people in shelters -> displaced; a standing count -> total (debatable); '89 shelters' is not a figure.",
    ),
    g(
        "projectiles",
        55,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-09-24",
        by="israeli military",
        cue="Hezbollah had fired about 55 rockets",
    ),
    g(
        "projectiles",
        24,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-09-24",
        by="hezbollah",
        cue="launched dozens of rockets at the Rafael",
        note="vague 'dozens' -> 24/lower; dated to Tuesday with the salvo it answers (debatable).",
    ),
    g(
        "injured",
        3,
        "israel",
        scope="event",
        as_of="2024-09-24",
        by="magen david adom",
        cue="three people were lightly hurt",
    ),
    g(
        "killed",
        39,
        "lebanon",
        scope="event",
        as_of="2024-09-18",
        by=None,
        cue="killing 39 people and wounding about 3,000",
        note="two-day attack dated to its last day (debatable).",
    ),
    g("injured", 3000, "lebanon", q="approx", scope="event", as_of="2024-09-18", by=None, cue="wounding about 3,000"),
    g(
        "killed",
        400,
        "lebanon",
        pop="combatants",
        q="lower",
        scope="total",
        as_of="2024-09-24",
        by="hezbollah",
        cue="Hezbollah has named more than 400 fighters killed",
    ),
    g(
        "killed",
        50,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-09-24",
        by=None,
        cue="Some 50 Israeli soldiers and civilians have been killed",
        note="soldiers and civilians together -> population all.",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-09-24",
        by="israeli officials",
        cue="around 60,000 residents of northern Israel have been evacuated",
    ),
)

IRAN = article(
    "l_iran_twelve_day_war_explainer",
    None,
    """
    Explainer

    The twelve-day war: what we know about the toll in Iran and Israel

    Counting the dead of the June war between Israel and Iran is still a work in progress. Here is what the main sources say, and why their numbers differ.

    By Mina Farahani, Middle East analyst

    How many people were killed in Iran?

    Iran's health ministry says 610 people were killed and more than 4,700 injured in Israeli strikes between 13 and 24 June. A government spokeswoman later said 49 women and 13 children were among the dead.

    The US-based rights group HRANA, which cross-checks local reports, gives a higher count: 1,190 people killed, including 436 civilians and 435 members of the security forces. It could not identify the rest.

    The single deadliest strike hit Tehran's Evin prison, where 79 people were killed, according to Iran's judiciary, among them inmates, visiting relatives and guards. On the first night of the campaign, Israel said it had killed at least 20 senior commanders, including the heads of the armed forces and the Revolutionary Guards.

    What about Israel?

    In Israel, 28 people were killed by Iranian missiles and more than 3,000 were injured, according to Israeli officials. Israel's tax authority said more than 10,000 people were evacuated from homes damaged in the strikes, most of them in Tel Aviv, Bat Yam and Beersheba.

    How many missiles did Iran fire?

    The Israeli military says Iran fired about 550 ballistic missiles and roughly 1,000 drones at Israel. Most were intercepted, but the missiles that got through caused the heaviest damage to Israeli cities since 1948.

    On 23 June, after US bombers struck three nuclear sites, Iran launched 14 missiles at the Al Udeid air base in Qatar. Nobody was hurt.

    Did people flee?

    Hundreds of thousands of Tehran residents left the capital in the first week, jamming roads to the Caspian coast, according to Iranian media. Many returned after the ceasefire of 24 June.

    What happened after the ceasefire?

    Iranian authorities say they arrested more than 700 people accused of spying for Israel during and after the war. Rights groups fear a new wave of executions.

    Why do the numbers differ?

    Iran's official figures do not distinguish between civilians and military personnel, and the government restricted reporting from strike sites. HRANA's count relies on names and local reports, which take time to verify. Both are likely to rise.

    Sign up for our weekly newsletter on the Middle East.
    """,
    g(
        "killed",
        610,
        "iran",
        scope="total",
        as_of=None,
        by="iranian health ministry",
        cue="Iran's health ministry says 610 people were killed",
    ),
    g(
        "injured",
        4700,
        "iran",
        q="lower",
        scope="total",
        as_of=None,
        by="iranian health ministry",
        cue="more than 4,700 injured",
    ),
    g(
        "killed",
        49,
        "iran",
        pop="women",
        scope="total",
        as_of=None,
        by="iranian government",
        cue="49 women and 13 children were among the dead",
    ),
    g(
        "killed",
        13,
        "iran",
        pop="children",
        scope="total",
        as_of=None,
        by="iranian government",
        cue="49 women and 13 children were among the dead",
    ),
    g(
        "killed",
        1190,
        "iran",
        scope="total",
        as_of=None,
        by="hrana",
        cue="1,190 people killed, including 436 civilians",
    ),
    g("killed", 436, "iran", pop="civilians", scope="total", as_of=None, by="hrana", cue="including 436 civilians"),
    g(
        "killed",
        435,
        "iran",
        pop="combatants",
        scope="total",
        as_of=None,
        by="hrana",
        cue="435 members of the security forces",
    ),
    g("killed", 79, "iran", scope="event", as_of=None, by="iranian judiciary", cue="where 79 people were killed"),
    g(
        "killed",
        20,
        "iran",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=None,
        by="israel",
        cue="killed at least 20 senior commanders",
        note="undated article -> as_of null for every figure.",
    ),
    g(
        "killed",
        28,
        "israel",
        scope="total",
        as_of=None,
        by="israeli officials",
        cue="28 people were killed by Iranian missiles",
    ),
    g(
        "injured",
        3000,
        "israel",
        q="lower",
        scope="total",
        as_of=None,
        by="israeli officials",
        cue="more than 3,000 were injured",
    ),
    g(
        "evacuated",
        10000,
        "israel",
        q="lower",
        scope="total",
        as_of=None,
        by="israeli tax authority",
        cue="more than 10,000 people were evacuated from homes",
        note="evacuated from damaged homes -> evacuated (could be displaced).",
    ),
    g(
        "projectiles",
        550,
        "iran",
        q="approx",
        scope="total",
        as_of=None,
        by="israeli military",
        cue="about 550 ballistic missiles",
    ),
    g(
        "projectiles",
        1000,
        "iran",
        q="approx",
        scope="total",
        as_of=None,
        by="israeli military",
        cue="roughly 1,000 drones",
    ),
    g(
        "projectiles",
        14,
        "iran",
        scope="event",
        as_of=None,
        by=None,
        cue="Iran launched 14 missiles at the Al Udeid air base",
        note="'three nuclear sites' are not a figure; 'Nobody was hurt' is not annotated.",
    ),
    g(
        "displaced",
        200000,
        "iran",
        q="lower",
        scope="event",
        as_of=None,
        by="iranian media",
        cue="Hundreds of thousands of Tehran residents left the capital",
        note="'hundreds of thousands' -> smallest implied 200000/lower (extends FIGURES.md's vague list).",
    ),
    g(
        "detained",
        700,
        "iran",
        q="lower",
        scope="total",
        as_of=None,
        by="iranian authorities",
        cue="arrested more than 700 people",
    ),
)

ARTICLES = [GAZA_SCHOOL, GAZA_NGO, WEST_BANK, LEBANON, IRAN]
