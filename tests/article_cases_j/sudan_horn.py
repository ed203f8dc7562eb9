"""Sudan (an OCHA situation report on the fall of El Fasher, October 2025; a human-rights report summary on
the Gezira killings of January 2025 and the reprisals in South Sudan), Ethiopia (a wire story on a drone strike
in Amhara, July 2025) and Somalia (a Mogadishu outlet relaying an army statement, August 2024)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

EL_FASHER = article(
    "j_sudan_el_fasher_ocha_sitrep",
    "2025-10-30",
    """
    Sudan: El Fasher and Kordofan Crisis - Situation Report No. 2

    Source: OCHA
    Country: Sudan
    Date: 30 October 2025

    KEY FIGURES
    - 36,000+ people displaced from El Fasher since 26 October (IOM DTM)
    - 460 people reportedly killed at the Saudi Maternity Hospital
    - 5 Sudanese Red Crescent volunteers killed in Bara
    - 130,000 children estimated to remain inside El Fasher

    SITUATION OVERVIEW

    Following the takeover of El Fasher town, North Darfur, by the Rapid Support Forces (RSF) on 26 October, there are credible reports of mass killings of civilians, including people attempting to flee. The World Health Organization (WHO) said it was appalled by reports that more than 460 patients and companions were killed at the Saudi Maternity Hospital on 28 October. WHO has verified 185 attacks on health care in Sudan since April 2023.

    According to the International Organization for Migration (IOM) Displacement Tracking Matrix, more than 36,000 people fled El Fasher between 26 and 29 October, most of them towards Tawila, about 70 km to the west. Partners in Tawila report that some 4,500 new arrivals reached the town in the last 48 hours. Many arrived wounded or dehydrated, and at least 600 were treated for injuries.

    Humanitarian partners estimate that tens of thousands of civilians remain trapped in the town. UNICEF estimates that around 130,000 children are among them. Hundreds of people, including women and children, have reportedly been detained by armed men at checkpoints on the roads out of El Fasher, and families report that dozens of men were abducted for ransom.

    In North Kordofan, attacks on villages around Bara between 25 and 27 October killed at least 47 civilians, according to local authorities. Five volunteers of the Sudanese Red Crescent Society were killed while distributing aid in Bara on 27 October, and three others remain missing. An estimated 3,000 to 4,000 people have fled Bara towards El Obeid.

    HUMANITARIAN RESPONSE

    - WFP has reached 12,000 people in Tawila with emergency food rations since 27 October.
    - Health partners have deployed two mobile surgical teams to Tawila.
    - The Sudan Humanitarian Response Plan 2025 is 24 per cent funded, with US$1 billion received.

    Over 30.4 million people in Sudan need humanitarian assistance in 2025, and nearly 12 million have been displaced within the country or across borders since the war began in April 2023.
    """,
    g(
        "displaced",
        36000,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-29",
        by="iom",
        cue="more than 36,000 people fled El Fasher between 26 and 29 October",
        note="key-figures line '36,000+' is the same figure; a four-day window -> event, dated to its last day (debatable).",
    ),
    g(
        "killed",
        460,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-28",
        by="who",
        cue="more than 460 patients and companions were killed",
        note="key-figures line gives 460 without a qualifier; the body's 'more than' used. '185 attacks on health care' are attacks, not people.",
    ),
    g(
        "killed",
        5,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of="2025-10-27",
        by=None,
        cue="Five volunteers of the Sudanese Red Crescent Society were killed",
        note="Red Crescent volunteers -> aid_workers (debatable: could be medics).",
    ),
    g(
        "displaced",
        4500,
        "sudan",
        q="approx",
        scope="event",
        as_of="2025-10-30",
        by="partners in tawila",
        cue="some 4,500 new arrivals reached the town in the last 48 hours",
    ),
    g(
        "injured",
        600,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-30",
        by="partners in tawila",
        cue="at least 600 were treated for injuries",
    ),
    g(
        "killed",
        47,
        "sudan",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-10-27",
        by="local authorities",
        cue="killed at least 47 civilians",
    ),
    g(
        "missing",
        3,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of="2025-10-27",
        by=None,
        cue="and three others remain missing",
    ),
    g(
        "displaced",
        3000,
        "sudan",
        q="range",
        high=4000,
        scope="event",
        as_of="2025-10-30",
        by=None,
        cue="An estimated 3,000 to 4,000 people have fled Bara",
        note="'an estimated' with a range -> range wins.",
    ),
    g(
        "detained",
        200,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-30",
        by=None,
        cue="Hundreds of people, including women and children, have reportedly been detained",
        note="vague 'hundreds' -> 200/lower.",
    ),
    g(
        "hostages",
        24,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-30",
        by="families",
        cue="dozens of men were abducted for ransom",
        note="abducted for ransom -> hostages; vague 'dozens' -> 24/lower. 'tens of thousands ... remain trapped' and '130,000 children' inside the town are not a metric (trapped is not displaced): not annotated (debatable).",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="upper",
        scope="total",
        as_of="2025-10-30",
        by=None,
        cue="nearly 12 million have been displaced",
        note="'30.4 million people need assistance' is not a metric; '12,000 people' reached with food are not a figure.",
    ),
)

GEZIRA_REPORT = article(
    "j_sudan_gezira_rights_report",
    "2025-01-28",
    """
    Sudan: Army-Allied Forces Killed Civilians in Gezira State

    Reprisal Attacks on Sudanese Traders in South Sudan

    January 28, 2025 12:00AM EST

    (Nairobi) – Forces fighting alongside the Sudanese Armed Forces (SAF) killed at least 26 civilians, among them 3 children, in a village east of Wad Madani in Gezira state on January 11 and 12, 2025, Human Rights Watch said today. The killings followed the army's recapture of Wad Madani, the state capital, from the Rapid Support Forces (RSF).

    Human Rights Watch interviewed 19 witnesses and relatives of victims by phone, and analysed videos and satellite imagery. Witnesses described fighters going house to house, separating men from women and shooting men they accused of collaborating with the RSF. Many of the victims were South Sudanese nationals who had lived in Gezira for years.

    "They took my brother and four neighbours to the canal and shot them," said a 40-year-old farmer. "We buried them ourselves the next morning."

    The government of South Sudan said at least 29 of its citizens had been killed in Gezira. Sudanese authorities acknowledged "individual violations" and said an unspecified number of soldiers had been arrested.

    News of the killings set off violence against Sudanese nationals in South Sudan. Between January 16 and 18, crowds attacked shops and homes of Sudanese traders in Juba, Wau, Aweil and other towns. South Sudanese police said 16 Sudanese nationals were killed, and that more than 300 people had been arrested in connection with the violence. The government imposed a dusk-to-dawn curfew across the country.

    Several thousand Sudanese sought refuge at police stations, churches and the Sudanese embassy in Juba, and the UN refugee agency said about 1,200 Sudanese refugees returned to Sudan through the Renk border crossing in the following week.

    In Sudan, the RSF has also carried out grave abuses in Gezira since taking most of the state in late 2023, including the killing of at least 124 people in the village of Wad al-Noura in June 2024. Human Rights Watch documented the RSF's sexual violence against at least 40 women and girls in Gezira between December 2023 and March 2024.

    Since April 2023, the war has displaced more than 11 million people inside Sudan, and over 3 million have fled to neighbouring countries, including more than 900,000 to South Sudan.

    Human Rights Watch called on both parties to end attacks on civilians and urged the UN Human Rights Council to renew and strengthen the mandate of its fact-finding mission.

    "Those responsible for these killings should be held to account, whatever side they fight on," said Laetitia Bader, deputy Africa director at Human Rights Watch.
    """,
    g(
        "killed",
        26,
        "sudan",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-01-12",
        by="human rights watch",
        cue="killed at least 26 civilians, among them 3 children",
        note="a two-day massacre, dated to its last day (debatable). Victims killed in Sudan -> sudan, though many were South Sudanese nationals (debatable).",
    ),
    g(
        "killed",
        3,
        "sudan",
        pop="children",
        scope="event",
        as_of="2025-01-12",
        by="human rights watch",
        cue="among them 3 children",
    ),
    g(
        "killed",
        29,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-01-28",
        by="south sudan government",
        cue="at least 29 of its citizens had been killed in Gezira",
        note="debatable side: South Sudanese nationals killed in Sudan's Gezira -> sudan (the territory where they lived); could be south-sudan by nationality. '19 witnesses' interviewed and 'four neighbours' (a witness account) are not annotated; 'an unspecified number of soldiers' has no number.",
    ),
    g(
        "killed",
        16,
        "south-sudan",
        scope="event",
        as_of="2025-01-18",
        by="south sudan police",
        cue="16 Sudanese nationals were killed",
        note="debatable side: Sudanese killed in South Sudan -> south-sudan (territory where they lived).",
    ),
    g(
        "detained",
        300,
        "south-sudan",
        q="lower",
        scope="event",
        as_of="2025-01-18",
        by="south sudan police",
        cue="more than 300 people had been arrested",
    ),
    g(
        "displaced",
        2000,
        "south-sudan",
        q="lower",
        scope="event",
        as_of="2025-01-28",
        by=None,
        cue="Several thousand Sudanese sought refuge at police stations",
        note="'sought refuge' -> displaced; 'several thousand' -> 2000/lower (debatable, as in the Ukraine explainer).",
    ),
    g(
        "displaced",
        1200,
        "south-sudan",
        q="approx",
        scope="event",
        as_of="2025-01-28",
        by="unhcr",
        cue="about 1,200 Sudanese refugees returned to Sudan",
        note="debatable: refugees fleeing back across the border after the reprisals -> displaced from South Sudan.",
    ),
    g(
        "killed",
        124,
        "sudan",
        q="lower",
        scope="event",
        as_of="2024-06-30",
        by="human rights watch",
        cue="the killing of at least 124 people in the village of Wad al-Noura",
        note="'in June 2024' with no day -> last day of the month (debatable; the real day was 5 June).",
    ),
    g(
        "displaced",
        11000000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-01-28",
        by=None,
        cue="displaced more than 11 million people inside Sudan",
    ),
    g(
        "displaced",
        3000000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-01-28",
        by=None,
        cue="over 3 million have fled to neighbouring countries",
    ),
    g(
        "displaced",
        900000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-01-28",
        by=None,
        cue="more than 900,000 to South Sudan",
        note="sexual violence against '40 women and girls' is not a FIGURES.md metric: not annotated.",
    ),
)

AMHARA = article(
    "j_ethiopia_amhara_drone_wire",
    "2025-07-03",
    """
    Drone strike on a market in Ethiopia's Amhara region kills at least 30, witnesses and officials say

    By Associated Press
    Updated 4:12 PM GMT, July 3, 2025

    ADDIS ABABA, Ethiopia (AP) — A drone strike on a busy market in Ethiopia's Amhara region killed at least 30 civilians and wounded dozens, according to witnesses and a local health official, the latest in a string of deadly attacks as the federal army battles Fano militias.

    The strike hit the market in the town of Gendewuha on Tuesday morning, when hundreds of people had gathered to trade livestock, two witnesses told The Associated Press. One of them, a trader who gave only his first name, Getachew, said he helped carry 18 bodies to a nearby church.

    A health official at the district hospital, speaking on condition of anonymity for fear of reprisals, said the hospital had received 41 wounded people, 12 of them in critical condition, and that six children were among the dead.

    The government did not respond to requests for comment. Ethiopia's military has in the past said it targets only Fano fighters.

    The conflict in Amhara, Ethiopia's second most populous region, erupted in August 2023 when the government moved to disarm regional forces. The state-appointed Ethiopian Human Rights Commission said in a report last month that drone strikes and ground fighting killed at least 248 civilians in the region between January and May, and that hundreds more were detained under emergency measures.

    Fano spokesman Asres Mare said his fighters had killed or captured more than 100 federal soldiers in clashes near Debre Markos last week, a claim that could not be verified.

    The U.N. humanitarian office says more than 400,000 people have been displaced by fighting in Amhara, and some 1,500 schools remain closed. Aid workers have also been targeted: at least eight have been killed in the region since the conflict began, according to the U.N.

    The fighting in Amhara followed the two-year war in neighboring Tigray, which ended with a peace deal in November 2022. African Union envoy Olusegun Obasanjo has said as many as 600,000 people may have died in that war, from fighting, hunger and lack of health care.

    Hundreds of thousands of people from Tigray remain displaced more than two years after the deal, unable to return to areas held by forces from Amhara.
    """,
    g(
        "killed",
        30,
        "ethiopia",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-07-01",
        by="witnesses and a local health official",
        cue="killed at least 30 civilians and wounded dozens",
        note="'on Tuesday' counted back from Thursday 2025-07-03. Headline repeats 30, listed once; '18 bodies' one witness carried is a partial count (debatable, annotated below).",
    ),
    g(
        "injured",
        24,
        "ethiopia",
        q="lower",
        scope="event",
        as_of="2025-07-01",
        by="witnesses and a local health official",
        cue="and wounded dozens",
        note="vague 'dozens' -> 24/lower; the hospital's 41 below is another figure from another source.",
    ),
    g(
        "killed",
        18,
        "ethiopia",
        scope="event",
        as_of="2025-07-01",
        by="getachew",
        cue="he helped carry 18 bodies to a nearby church",
        note="debatable: a witness's partial count of bodies; reported_by is the named witness.",
    ),
    g(
        "injured",
        41,
        "ethiopia",
        scope="event",
        as_of="2025-07-01",
        by="health official",
        cue="the hospital had received 41 wounded people, 12 of them in critical condition",
    ),
    g(
        "injured",
        12,
        "ethiopia",
        scope="event",
        as_of="2025-07-01",
        by="health official",
        cue="12 of them in critical condition",
    ),
    g(
        "killed",
        6,
        "ethiopia",
        pop="children",
        scope="event",
        as_of="2025-07-01",
        by="health official",
        cue="six children were among the dead",
        note="'hundreds of people had gathered' at the market is not a metric.",
    ),
    g(
        "killed",
        248,
        "ethiopia",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-05-31",
        by="ethiopian human rights commission",
        cue="killed at least 248 civilians in the region between January and May",
        note="a five-month window -> event, dated to its last day (debatable).",
    ),
    g(
        "detained",
        200,
        "ethiopia",
        q="lower",
        scope="event",
        as_of="2025-05-31",
        by="ethiopian human rights commission",
        cue="hundreds more were detained under emergency measures",
    ),
    g(
        "killed",
        100,
        "ethiopia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-07-03",
        by="fano",
        cue="killed or captured more than 100 federal soldiers",
        note="debatable: 'killed or captured' with no split -> killed (the first metric named); 'last week' gives no day -> article date.",
    ),
    g(
        "displaced",
        400000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of="2025-07-03",
        by="un",
        cue="more than 400,000 people have been displaced by fighting in Amhara",
        note="'1,500 schools' are not people.",
    ),
    g(
        "killed",
        8,
        "ethiopia",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-07-03",
        by="un",
        cue="at least eight have been killed in the region",
    ),
    g(
        "killed",
        600000,
        "ethiopia",
        q="upper",
        scope="event",
        as_of="2022-11-30",
        by="olusegun obasanjo",
        cue="as many as 600,000 people may have died in that war",
        note="debatable: the finished Tigray war (2020-2022) as one past event dated to the peace deal month; 'as many as' -> upper.",
    ),
    g(
        "displaced",
        200000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of="2025-07-03",
        by=None,
        cue="Hundreds of thousands of people from Tigray remain displaced",
        note="'hundreds of thousands' -> 200000/lower (FIGURES.md lists 'hundreds' and 'tens of thousands'; the smallest the phrase implies is 200,000).",
    ),
)

SOMALIA = article(
    "j_somalia_army_statement_local",
    "2024-08-19",
    """
    Somali army says 70 al-Shabaab fighters killed in Middle Shabelle operation

    Monday August 19, 2024

    Mogadishu (HOL) - The Somali National Army (SNA) says it has killed more than 70 al-Shabaab militants, including two senior commanders, in a joint operation with local forces and international partners in the Middle Shabelle region.

    In a statement read on state television SNTV on Sunday night, Deputy Information Minister Abdirahman Yusuf Al-Adala said the operation targeted militant bases near the villages of Adan Yabaal and Ceel Dheer over the weekend. He said "dozens" of other fighters were wounded and that government forces had freed 11 civilians who were being held by the group.

    "The army will not stop until every village is liberated," he said, adding that troops had also seized three technical vehicles and a large quantity of weapons.

    The statement said that four soldiers were killed and seven others wounded during the fighting. Al-Shabaab, in a statement on one of its affiliated websites, claimed to have killed 25 government soldiers. Neither claim could be independently verified.

    The operation comes two weeks after al-Shabaab gunmen and a suicide bomber attacked Lido beach in Mogadishu on August 2, killing 37 people and injuring 212 others, according to government figures. Police said at the time that one attacker blew himself up, five gunmen were killed and one was captured alive.

    Residents of Adan Yabaal reached by phone said that hundreds of families had fled toward Jowhar and Mahadday ahead of the offensive. A local elder, Mohamed Hassan, said at least 3,000 people had arrived in Jowhar since Friday.

    Security forces in Mogadishu have also arrested 48 suspects in a sweep following the Lido beach attack, the national police said last week.

    According to the UN refugee agency, more than 3.8 million people are internally displaced in Somalia because of conflict and recurrent drought.

    The government launched its offensive against al-Shabaab in August 2022, with the stated aim of defeating the group within two years. The African Union mission, which has about 12,000 troops in the country, is due to be replaced by a new force in January.
    """,
    g(
        "killed",
        70,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-08-19",
        by="somali national army",
        cue="has killed more than 70 al-Shabaab militants",
        note="a weekend operation -> event, dated to the report (debatable). Headline repeats 70, listed once.",
    ),
    g(
        "killed",
        2,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-19",
        by="somali national army",
        cue="including two senior commanders",
    ),
    g(
        "injured",
        24,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-08-18",
        by="somali government",
        cue='He said "dozens" of other fighters were wounded',
        note="the minister spoke 'on Sunday night' -> 2024-08-18; 'Deputy Information Minister' -> somali government (debatable).",
    ),
    g(
        "hostages",
        11,
        "somalia",
        pop="civilians",
        scope="event",
        as_of="2024-08-18",
        by="somali government",
        cue="freed 11 civilians who were being held by the group",
        note="civilians held by an armed group and freed -> hostages (debatable).",
    ),
    g(
        "killed",
        4,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-19",
        by="somali national army",
        cue="four soldiers were killed and seven others wounded",
        note="'three technical vehicles' are not figures.",
    ),
    g(
        "injured",
        7,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-19",
        by="somali national army",
        cue="seven others wounded during the fighting",
    ),
    g(
        "killed",
        25,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-19",
        by="al-shabaab",
        cue="claimed to have killed 25 government soldiers",
    ),
    g(
        "killed",
        37,
        "somalia",
        scope="event",
        as_of="2024-08-02",
        by="somali government",
        cue="killing 37 people and injuring 212 others",
    ),
    g(
        "injured",
        212,
        "somalia",
        scope="event",
        as_of="2024-08-02",
        by="somali government",
        cue="injuring 212 others, according to government figures",
    ),
    g(
        "killed",
        5,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="five gunmen were killed and one was captured alive",
        note="'one attacker blew himself up' and 'one was captured' are single persons, not annotated (debatable).",
    ),
    g(
        "displaced",
        200,
        "somalia",
        q="lower",
        scope="event",
        as_of="2024-08-19",
        by="residents",
        cue="hundreds of families had fled toward Jowhar",
        note="debatable: 'hundreds of families' counts families, not people; annotated as 200/lower as the text's only count of the flight's size besides the elder's.",
    ),
    g(
        "displaced",
        3000,
        "somalia",
        q="lower",
        scope="event",
        as_of="2024-08-19",
        by="mohamed hassan",
        cue="at least 3,000 people had arrived in Jowhar since Friday",
    ),
    g(
        "detained",
        48,
        "somalia",
        scope="event",
        as_of="2024-08-19",
        by="police",
        cue="arrested 48 suspects in a sweep",
        note="'last week' names no day -> article date (debatable).",
    ),
    g(
        "displaced",
        3800000,
        "somalia",
        q="lower",
        scope="total",
        as_of="2024-08-19",
        by="unhcr",
        cue="more than 3.8 million people are internally displaced",
        note="'12,000 troops' is a force size, not a figure.",
    ),
)

ARTICLES = [EL_FASHER, GEZIRA_REPORT, AMHARA, SOMALIA]
