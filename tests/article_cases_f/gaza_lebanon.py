"""Gaza in December 2023 (wire), January 2025 hostage release (Israeli daily), one August 2024 strike told by a wire and an
undated Gulf daily, and a Lebanon live page from September 2024."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

D1 = "2023-12-20"
GAZA_DEC = article(
    "f_gaza_december_toll_wire",
    D1,
    """
    Skip to main content

    Gaza death toll passes 20,000 as Israel presses offensive in the south

    Strikes on Rafah and Jabalia kill dozens overnight; health officials say thousands remain under rubble

    A boy carries a water container past a destroyed building in Rafah, southern Gaza Strip, Wednesday, Dec. 20, 2023. (AP Photo/Fatima Shbair)

    RAFAH, Gaza Strip, Dec. 20, 2023 (AP) — The Health Ministry in Hamas-run Gaza said Wednesday that more than 20,000 Palestinians have been killed in the territory since the war began, a grim milestone reached as Israeli troops pushed deeper into the south.

    The ministry said the dead included some 8,000 children and at least 6,200 women, and that 52,600 people had been wounded. It does not distinguish between civilians and combatants.

    An airstrike on a family home in Rafah overnight killed 16 people, including five children, according to the director of the Abu Youssef al-Najjar hospital, where the bodies were taken.

    In Jabalia, in the north, residents said strikes on Tuesday night flattened a row of three-story houses. Civil defence crews said they had pulled 12 bodies from the debris and were still searching for dozens of people believed to be trapped.

    The ministry estimates that about 7,000 more people are missing under the rubble across the territory.

    The Israeli military said Wednesday that 134 soldiers had been killed since the start of the ground operation in late October, including two killed in southern Gaza on Monday. It said troops had killed "more than 8,000 terrorists" since the war began, a figure it has not backed with evidence.

    Militants in Gaza fired about 20 rockets toward Israel on Wednesday, most of them intercepted, the military said. There were no reports of injuries.

    Hamas-led militants killed about 1,200 people in the Oct. 7 attack on southern Israel and took roughly 240 hostages. Many were freed during last month's weeklong truce in exchange for Palestinian prisoners, and Israel says 129 remain in Gaza, though not all are believed to be alive.

    The U.N. says about 1.9 million people — some 85% of Gaza's population — have been driven from their homes, many of them several times. Only nine of the territory's 36 hospitals are even partially functioning, according to the World Health Organization.

    A Hamas delegation led by Ismail Haniyeh arrived in Cairo for talks on a new truce, the group said, the 61-year-old leader's first visit to Egypt since early November.

    Associated Press writers Najib Jobain in Rafah and Tia Goldenberg in Tel Aviv contributed to this report.
    """,
    g(
        "killed",
        20000,
        "gaza",
        q="lower",
        scope="total",
        as_of=D1,
        by="gaza health ministry",
        cue="more than 20,000 Palestinians have been killed",
        note="headline 'passes 20,000' is the same figure; listed once.",
    ),
    g(
        "killed",
        24,
        "gaza",
        q="lower",
        scope="event",
        as_of=D1,
        cue="kill dozens overnight",
        note="standfirst: vague 'dozens' sums the Rafah and Jabalia strikes (16 + 12); no single body figure restates it -> its own figure.",
    ),
    g(
        "killed",
        8000,
        "gaza",
        pop="children",
        q="approx",
        scope="total",
        as_of=D1,
        by="gaza health ministry",
        cue="some 8,000 children",
    ),
    g(
        "killed",
        6200,
        "gaza",
        pop="women",
        q="lower",
        scope="total",
        as_of=D1,
        by="gaza health ministry",
        cue="at least 6,200 women",
    ),
    g(
        "injured",
        52600,
        "gaza",
        scope="total",
        as_of=D1,
        by="gaza health ministry",
        cue="52,600 people had been wounded",
    ),
    g(
        "killed",
        16,
        "gaza",
        scope="event",
        as_of=D1,
        by="hospital director",
        cue="overnight killed 16 people",
        note="attributed to the director of the hospital; bare 'overnight' = the article date.",
    ),
    g(
        "killed",
        5,
        "gaza",
        pop="children",
        scope="event",
        as_of=D1,
        by="hospital director",
        cue="including five children",
    ),
    g(
        "killed",
        12,
        "gaza",
        scope="event",
        as_of="2023-12-19",
        by="civil defence",
        cue="pulled 12 bodies from the debris",
        note="bodies pulled after the Tuesday-night strikes -> killed, as_of Tuesday 2023-12-19.",
    ),
    g(
        "missing",
        24,
        "gaza",
        q="lower",
        scope="event",
        as_of="2023-12-19",
        by="civil defence",
        cue="searching for dozens of people believed to be trapped",
        note="vague 'dozens' -> 24/lower; tied to the Tuesday-night strikes (as_of debatable: the search is ongoing on the article date).",
    ),
    g(
        "missing",
        7000,
        "gaza",
        q="approx",
        scope="total",
        as_of=D1,
        by="gaza health ministry",
        cue="about 7,000 more people are missing",
        note="standfirst 'thousands remain under rubble' restates this figure.",
    ),
    g(
        "killed",
        134,
        "israel",
        pop="combatants",
        scope="total",
        as_of=D1,
        by="israeli military",
        cue="134 soldiers had been killed",
    ),
    g(
        "killed",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2023-12-18",
        by="israeli military",
        cue="including two killed in southern Gaza on Monday",
        note="'Monday' counted back from Wednesday 2023-12-20.",
    ),
    g(
        "killed",
        8000,
        "gaza",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=D1,
        by="israeli military",
        cue="more than 8,000 terrorists",
    ),
    g(
        "projectiles",
        20,
        "gaza",
        q="approx",
        scope="event",
        as_of=D1,
        by="israeli military",
        cue="fired about 20 rockets toward Israel",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        cue="killed about 1,200 people in the Oct. 7 attack",
    ),
    g("hostages", 240, "israel", q="approx", scope="event", as_of="2023-10-07", cue="took roughly 240 hostages"),
    g("hostages", 129, "israel", scope="total", as_of=D1, by="israel", cue="Israel says 129 remain in Gaza"),
    g(
        "displaced",
        1900000,
        "gaza",
        q="approx",
        scope="total",
        as_of=D1,
        by="un",
        cue="about 1.9 million people",
        note="'85%' and '9 of 36 hospitals' are not figures.",
    ),
)

D2 = "2025-01-20"
HOSTAGES_JAN = article(
    "f_hostages_first_release_daily",
    D2,
    """
    Three hostages home after 471 days as ceasefire takes hold; 90 Palestinian prisoners freed

    Romi Gonen, Emily Damari and Doron Steinbrecher reunited with their mothers at Sheba Medical Center; IDF says it is preparing for next handover on Saturday

    By TOI Staff and Agencies
    20 January 2025, 1:15 am

    Released hostage Emily Damari, center, is greeted by her mother at an army base near Re'im, January 19, 2025. (IDF)

    Three Israeli women held by Hamas in Gaza since October 7, 2023, were returned to Israel on Sunday, the first of 33 hostages due to be freed during the 42-day first phase of the ceasefire that took effect that morning.

    Romi Gonen, 24, Emily Damari, 28, and Doron Steinbrecher, 31, were handed to Red Cross officials in Gaza City and brought across the border by IDF troops. Doctors at Sheba said all three were in stable condition.

    Hours later, Israel's Prison Service said it had released 90 Palestinian security prisoners from Ofer Prison in the West Bank, most of them women and minors. The Palestinian Prisoners' Club said 69 of those released were women and 21 were teenage boys.

    With Sunday's release, 94 of the 251 hostages abducted on October 7 remain in Gaza, including at least 34 whom the IDF has confirmed dead. Israel has not yet received a list of which of the 33 are alive.

    The truce came into force at 11:15 a.m., nearly three hours late, after Hamas was slow to submit the names of the first women to be released. In the delay, IDF strikes killed 19 people across the Strip, according to Gaza's civil defence agency.

    The Hamas-run health ministry in Gaza says 46,913 people have been killed in the Strip in more than 15 months of fighting, a figure that cannot be independently verified and that does not distinguish between civilians and combatants. Israel says it has killed some 17,000 operatives.

    The IDF says 405 soldiers have been killed in the ground offensive in Gaza.

    Crowds gathered at Hostages Square in Tel Aviv to watch the handover on giant screens. In Gaza, tens of thousands of displaced Palestinians began walking north along the coastal road on Sunday, although troops are not due to let people cross the Netzarim corridor for another week.

    The next release, of four women, is scheduled for Saturday, officials said.
    """,
    g(
        "hostages",
        3,
        "israel",
        pop="women",
        scope="event",
        as_of="2025-01-19",
        cue="Three Israeli women held by Hamas",
        note="freed hostages are counted as hostages; headline 'Three hostages home' is the same figure; women -> population women; 'on Sunday' -> 2025-01-19.",
    ),
    g(
        "hostages",
        33,
        "israel",
        scope="event",
        as_of=D2,
        cue="the first of 33 hostages due to be freed",
        note="scheduled releases of the first phase (debatable whether a plan is a figure; it counts held people) -> event (the phase is a window); later 'which of the 33' is the same figure.",
    ),
    g(
        "detained",
        90,
        "palestine",
        scope="event",
        as_of="2025-01-19",
        by="israel prison service",
        cue="released 90 Palestinian security prisoners",
        note="released prisoners -> detained; Palestinians from Ofer with no narrower place -> palestine; headline repeats.",
    ),
    g(
        "detained",
        69,
        "palestine",
        pop="women",
        scope="event",
        as_of="2025-01-19",
        by="palestinian prisoners' club",
        cue="69 of those released were women",
    ),
    g(
        "detained",
        21,
        "palestine",
        pop="children",
        scope="event",
        as_of="2025-01-19",
        by="palestinian prisoners' club",
        cue="21 were teenage boys",
        note="teenage boys = minors -> children.",
    ),
    g(
        "hostages",
        94,
        "israel",
        scope="total",
        as_of=D2,
        cue="94 of the 251 hostages abducted on October 7 remain in Gaza",
    ),
    g("hostages", 251, "israel", scope="event", as_of="2023-10-07", cue="of the 251 hostages abducted on October 7"),
    g(
        "killed",
        34,
        "israel",
        q="lower",
        scope="total",
        as_of=D2,
        by="israeli military",
        cue="at least 34 whom the IDF has confirmed dead",
        note="hostages confirmed dead -> killed, side israel; IDF -> israeli military.",
    ),
    g(
        "killed",
        19,
        "gaza",
        scope="event",
        as_of="2025-01-19",
        by="gaza civil defence",
        cue="IDF strikes killed 19 people across the Strip",
    ),
    g(
        "killed",
        46913,
        "gaza",
        scope="total",
        as_of=D2,
        by="gaza health ministry",
        cue="46,913 people have been killed",
    ),
    g(
        "killed",
        17000,
        "gaza",
        pop="combatants",
        q="approx",
        scope="total",
        as_of=D2,
        by="israel",
        cue="killed some 17,000 operatives",
    ),
    g(
        "killed",
        405,
        "israel",
        pop="combatants",
        scope="total",
        as_of=D2,
        by="israeli military",
        cue="405 soldiers have been killed in the ground offensive",
    ),
    g(
        "displaced",
        20000,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-01-19",
        cue="tens of thousands of displaced Palestinians began walking north",
        note="vague 'tens of thousands' -> 20000/lower; the displaced on the move on Sunday -> event (debatable).",
    ),
    g(
        "hostages",
        4,
        "israel",
        pop="women",
        scope="event",
        as_of=D2,
        cue="The next release, of four women",
        note="a scheduled release (debatable); as_of = article date since it describes the plan as of now.",
    ),
)

# Two outlets, same day, same strike: the wire copy is dated, the Gulf daily's scrape is not.
D3 = "2024-08-10"
STATEMENT = "The strike targeted a Hamas command and control centre embedded inside the school, which was used by terrorists to plan and carry out attacks, and at least 19 Hamas and Islamic Jihad terrorists were eliminated"
PAIR_WIRE = article(
    "f_gaza_school_strike_wire",
    D3,
    f"""
    Israeli strike on Gaza City school shelter kills at least 90, civil defence says

    By Nidal al-Mughrabi and Maayan Lubell

    August 10, 2024 11:40 AM GMT+3 Updated 3 hours ago

    CAIRO/JERUSALEM, Aug 10 (Reuters) - An Israeli strike on a school sheltering displaced families in Gaza City killed at least 90 Palestinians during dawn prayers on Saturday, Gaza's civil defence agency said, one of the deadliest single strikes of the 10-month war.

    Civil defence spokesman Mahmoud Basal said the dead included 11 children and six women, and that rescuers had not yet identified many of the remains. At least 47 people were wounded, he said.

    The Israeli military disputed the toll. "{STATEMENT}," it said in a statement, adding that it had used precise munitions.

    Hamas said in a statement that no armed men had been inside the Al-Tabi'in school, which it said was housing about 2,400 people.

    Egypt and Qatar, which with the United States are trying to broker a ceasefire, condemned the strike.

    Gaza health ministry figures show at least 39,790 Palestinians have been killed since the war began. Israel's offensive was launched after Hamas-led gunmen attacked southern Israel on Oct. 7, killing about 1,200 people and abducting about 250 others, according to Israeli tallies.

    Elsewhere in Gaza, medics said two people were killed on Friday night in an airstrike on a house in Khan Younis, where the military has ordered the evacuation of residents from several neighbourhoods. The United Nations estimated that about 60,000 people had fled Khan Younis since Thursday.

    (Reporting by Nidal al-Mughrabi in Cairo and Maayan Lubell in Jerusalem; Editing by Frances Kerry)
    """,
    g(
        "killed",
        90,
        "gaza",
        q="lower",
        scope="event",
        as_of=D3,
        by="gaza civil defence",
        cue="killed at least 90 Palestinians during dawn prayers on Saturday",
        note="headline repeats.",
    ),
    g(
        "killed",
        11,
        "gaza",
        pop="children",
        scope="event",
        as_of=D3,
        by="gaza civil defence",
        cue="the dead included 11 children",
    ),
    g("killed", 6, "gaza", pop="women", scope="event", as_of=D3, by="gaza civil defence", cue="and six women"),
    g(
        "injured",
        47,
        "gaza",
        q="lower",
        scope="event",
        as_of=D3,
        by="gaza civil defence",
        cue="At least 47 people were wounded",
    ),
    g(
        "killed",
        19,
        "gaza",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=D3,
        by="israeli military",
        cue="at least 19 Hamas and Islamic Jihad terrorists were eliminated",
    ),
    g(
        "displaced",
        2400,
        "gaza",
        q="approx",
        scope="event",
        as_of=D3,
        by="hamas",
        cue="housing about 2,400 people",
        note="displaced families sheltering in the school -> displaced (debatable).",
    ),
    g(
        "killed",
        39790,
        "gaza",
        q="lower",
        scope="total",
        as_of=D3,
        by="gaza health ministry",
        cue="at least 39,790 Palestinians have been killed",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by="israel",
        cue="killing about 1,200 people",
        note="'according to Israeli tallies' -> israel.",
    ),
    g(
        "hostages",
        250,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by="israel",
        cue="abducting about 250 others",
    ),
    g(
        "killed",
        2,
        "gaza",
        scope="event",
        as_of="2024-08-09",
        by="medics",
        cue="two people were killed on Friday night",
    ),
    g(
        "displaced",
        60000,
        "gaza",
        q="approx",
        scope="event",
        as_of=D3,
        by="un",
        cue="about 60,000 people had fled Khan Younis since Thursday",
        note="'fled' -> displaced; a window since Thursday -> event.",
    ),
)

PAIR_GULF = article(
    "f_gaza_school_strike_gulf",
    None,
    f"""
    Live updates: Follow the latest on Israel-Gaza

    'Bodies in pieces': Gaza school massacre during dawn prayers draws Arab outrage

    Civil defence says dozens killed at Al Tabi'in school in Gaza city's Al Daraj neighbourhood

    Palestinians inspect the site of the Israeli strike on the Al Tabi'in school in Gaza city. Reuters

    Rescuers in Gaza city were still pulling bodies from the rubble of a school compound on Saturday evening, hours after an Israeli strike hit its prayer hall as displaced families gathered for dawn prayers.

    Gaza's Civil Defence said more than 90 people were killed, among them 11 children and six women. Its spokesman, Mahmoud Basal, told The National that teams were struggling to identify victims "because the bodies are in pieces". The Government Media Office in Gaza put the toll at more than 100.

    The Israeli army said it had hit militants. "{STATEMENT}," it said.

    The Al Tabi'in school is one of dozens of schools in Gaza that have been turned into shelters since the war began in October. More than 1.9 million people, nearly 90 per cent of the enclave's population, have been displaced, according to the UN.

    Jordan, Egypt, Saudi Arabia and the UAE condemned the attack. The UAE's Ministry of Foreign Affairs said it "strongly condemns" the targeting of civilians and called for an immediate ceasefire.

    Saturday's strike was at least the fifth on a school in Gaza city in eight days. An attack on two schools on Thursday killed at least 18 people, Palestinian medics said.

    The total death toll in Gaza since October has risen to 39,790, with 92,002 injured, the Health Ministry said. Thousands more are believed to be buried under the rubble.

    In the occupied West Bank, Israeli forces killed five people in a drone strike near Tubas on Saturday, the Palestinian Health Ministry said, bringing to more than 600 the number of Palestinians killed there since October 7.

    Hamas, which has been holding about 115 hostages in Gaza, said the strike showed Israel was not serious about a deal.
    """,
    g(
        "killed",
        90,
        "gaza",
        q="lower",
        scope="event",
        as_of=None,
        by="gaza civil defence",
        cue="more than 90 people were killed",
        note="undated page: every as_of null. Headline 'dozens killed' restates this figure (not a separate vague figure).",
    ),
    g(
        "killed",
        11,
        "gaza",
        pop="children",
        scope="event",
        as_of=None,
        by="gaza civil defence",
        cue="among them 11 children",
    ),
    g("killed", 6, "gaza", pop="women", scope="event", as_of=None, by="gaza civil defence", cue="and six women"),
    g(
        "killed",
        100,
        "gaza",
        q="lower",
        scope="event",
        as_of=None,
        by="gaza government media office",
        cue="put the toll at more than 100",
    ),
    g(
        "killed",
        19,
        "gaza",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=None,
        by="israeli military",
        cue="at least 19 Hamas and Islamic Jihad terrorists were eliminated",
    ),
    g("displaced", 1900000, "gaza", q="lower", scope="total", as_of=None, by="un", cue="More than 1.9 million people"),
    g(
        "killed",
        18,
        "gaza",
        q="lower",
        scope="event",
        as_of=None,
        by="palestinian medics",
        cue="killed at least 18 people",
    ),
    g("killed", 39790, "gaza", scope="total", as_of=None, by="gaza health ministry", cue="has risen to 39,790"),
    g("injured", 92002, "gaza", scope="total", as_of=None, by="gaza health ministry", cue="with 92,002 injured"),
    g(
        "missing",
        2000,
        "gaza",
        q="lower",
        scope="total",
        as_of=None,
        cue="Thousands more are believed to be buried under the rubble",
        note="vague 'thousands' -> 2000/lower; under the rubble -> missing.",
    ),
    g(
        "killed",
        5,
        "west-bank",
        scope="event",
        as_of=None,
        by="palestinian health ministry",
        cue="killed five people in a drone strike near Tubas",
    ),
    g(
        "killed",
        600,
        "west-bank",
        q="lower",
        scope="total",
        as_of=None,
        by="palestinian health ministry",
        cue="more than 600 the number of Palestinians killed there",
    ),
    g("hostages", 115, "israel", q="approx", scope="total", as_of=None, cue="holding about 115 hostages in Gaza"),
)

D4 = "2024-09-24"
LEBANON_LIVE = article(
    "f_lebanon_escalation_live",
    D4,
    """
    Israel strikes Lebanon live: Death toll rises to 558, Hezbollah fires rockets at Haifa

    Lebanon's health ministry says 50 children among the dead as tens of thousands flee the south.

    Published On 24 Sep 2024

    This live page is now closed.

    24 Sep 2024 - 22:05 GMT
    Lebanon's health minister updates toll

    Health Minister Firass Abiad says 558 people have been killed in Israeli attacks since Monday morning, including 50 children and 94 women. He said 1,835 people had been wounded.

    The toll is the highest for a single day in Lebanon since the end of the 1975-1990 civil war.

    24 Sep 2024 - 19:40 GMT
    UNHCR: Thousands crossing into Syria

    The UN refugee agency says "thousands" of people, both Lebanese and Syrians, have crossed from Lebanon into Syria over the past 24 hours. Lebanon's foreign minister said earlier that as many as half a million people may have been displaced.

    24 Sep 2024 - 17:15 GMT
    Hezbollah says it targeted Israeli bases

    Hezbollah says it fired salvos of Fadi-1 and Fadi-2 rockets at the Atlit naval base south of Haifa and at an explosives factory in Zichron Yaakov. The Israeli army said about 55 projectiles crossed from Lebanon on Tuesday afternoon, most of which were intercepted.

    Israeli emergency service Magen David Adom said two people were lightly hurt by shrapnel in the north.

    24 Sep 2024 - 15:30 GMT
    Strike on Beirut's southern suburbs

    An Israeli strike hit a building in the Ghobeiry area of Beirut's southern suburbs. Lebanese health ministry said six people were killed and 15 wounded. The Israeli army said it targeted Ibrahim Kobeisi, the head of Hezbollah's missile and rocket force.

    Separately, two journalists from Al Jadeed TV were wounded when a strike hit near their car outside Marjayoun, the channel said.

    24 Sep 2024 - 11:00 GMT
    'We left with nothing'

    Al Jazeera's Zeina Khodr, reporting from Sidon, says schools in the city are overwhelmed. "Some 2,000 people are sleeping in this one school alone, and more families are arriving every hour," she said. Lebanese authorities say they have opened 89 shelters.

    24 Sep 2024 - 08:20 GMT
    Israel's army says 1,600 targets struck

    The Israeli military says its fighter jets struck about 1,600 Hezbollah targets on Monday and overnight. It said Hezbollah had launched some 9,000 rockets and drones at Israel since October 8. More than 60,000 residents of northern Israel have been evacuated from their homes for nearly a year.

    Read more: Why is Israel escalating against Hezbollah?
    """,
    g(
        "killed",
        558,
        "lebanon",
        scope="event",
        as_of=D4,
        by="lebanese health ministry",
        cue="558 people have been killed in Israeli attacks since Monday morning",
        note="a two-day window (since Monday) -> event; headline repeats.",
    ),
    g(
        "killed",
        50,
        "lebanon",
        pop="children",
        scope="event",
        as_of=D4,
        by="lebanese health ministry",
        cue="including 50 children",
        note="standfirst repeats.",
    ),
    g("killed", 94, "lebanon", pop="women", scope="event", as_of=D4, by="lebanese health ministry", cue="and 94 women"),
    g(
        "injured",
        1835,
        "lebanon",
        scope="event",
        as_of=D4,
        by="lebanese health ministry",
        cue="1,835 people had been wounded",
    ),
    g(
        "displaced",
        20000,
        "lebanon",
        q="lower",
        scope="event",
        as_of=D4,
        cue="tens of thousands flee the south",
        note="standfirst, own voice; vague -> 20000/lower.",
    ),
    g(
        "displaced",
        2000,
        "lebanon",
        q="lower",
        scope="event",
        as_of=D4,
        by="unhcr",
        cue='"thousands" of people, both Lebanese and Syrians, have crossed',
        note="people fleeing into Syria -> displaced; mixed nationalities fleeing Lebanon -> lebanon (debatable).",
    ),
    g(
        "displaced",
        500000,
        "lebanon",
        q="upper",
        scope="event",
        as_of=D4,
        by="lebanese foreign minister",
        cue="as many as half a million people may have been displaced",
        note="'as many as' -> upper.",
    ),
    g(
        "projectiles",
        55,
        "lebanon",
        q="approx",
        scope="event",
        as_of=D4,
        by="israeli military",
        cue="about 55 projectiles crossed from Lebanon",
    ),
    g(
        "injured",
        2,
        "israel",
        scope="event",
        as_of=D4,
        by="magen david adom",
        cue="two people were lightly hurt by shrapnel",
    ),
    g(
        "killed",
        6,
        "lebanon",
        scope="event",
        as_of=D4,
        by="lebanese health ministry",
        cue="six people were killed and 15 wounded",
    ),
    g(
        "injured",
        15,
        "lebanon",
        scope="event",
        as_of=D4,
        by="lebanese health ministry",
        cue="six people were killed and 15 wounded",
    ),
    g(
        "injured",
        2,
        "lebanon",
        pop="journalists",
        scope="event",
        as_of=D4,
        by="al jadeed",
        cue="two journalists from Al Jadeed TV were wounded",
    ),
    g(
        "displaced",
        2000,
        "lebanon",
        q="approx",
        scope="event",
        as_of=D4,
        by="al jazeera",
        cue="Some 2,000 people are sleeping in this one school",
        note="people sheltering in a school -> displaced; quoted reporter -> al jazeera (debatable).",
    ),
    g(
        "projectiles",
        9000,
        "lebanon",
        q="approx",
        scope="total",
        as_of=D4,
        by="israeli military",
        cue="launched some 9,000 rockets and drones",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        q="lower",
        scope="total",
        as_of=D4,
        cue="More than 60,000 residents of northern Israel have been evacuated",
        note="'1,600 targets', '89 shelters' and 'nearly a year' are not figures.",
    ),
)

ARTICLES = [GAZA_DEC, HOSTAGES_JAN, PAIR_WIRE, PAIR_GULF, LEBANON_LIVE]
