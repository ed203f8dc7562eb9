"""Myanmar (a wire story on a school air strike, May 2025), Sudan (UN News on the El Fasher hospital attack,
January 2025), DR Congo (a wire story on the fall of Goma, January 2025), Ethiopia (an agency story on a drone
strike in Amhara, March 2025), Somalia (a broadcaster on the Lido beach attack, August 2024) and Haiti (an
undated UN explainer on gang violence)."""

# ruff: noqa: E501

from __future__ import annotations

from . import DRC, article, g

MYANMAR = article(
    "m_myanmar_school_airstrike_wire",
    "2025-05-12",
    """
    Myanmar military airstrike on school kills 22, including 20 children, opposition says

    By GRANT PECK
    Updated 11:05 AM GMT, May 12, 2025

    BANGKOK (AP) — An airstrike by Myanmar's military on a school in the country's central Sagaing region killed 22 people, including 20 children and two teachers, the opposition National Unity Government said Monday, despite a ceasefire declared after a devastating earthquake in March.

    The strike hit the village of Oe Htein Kwin in Tabayin township at around 10 a.m. while classes were in session, according to a teacher and a member of a local resistance group. About 50 other people were wounded, several of them seriously, the NUG's education ministry said.

    Myanmar's military government denied it had bombed the school, calling the reports "fake news."

    A resident who helped with the rescue, speaking on condition of anonymity for fear of reprisals, said the bodies of children were scattered across the compound. "There were 15 or 16 classrooms, and most of them collapsed," he said.

    The military has been fighting a nationwide armed resistance since it seized power from the elected government of Aung San Suu Kyi in February 2021. It has increasingly used air power against opposition forces, often hitting civilians.

    According to the Assistance Association for Political Prisoners, which keeps a detailed tally, security forces have killed more than 6,500 civilians since the takeover and arrested more than 29,000 people, of whom about 22,000 remain in detention.

    The U.N. estimates that more than 3.5 million people have been displaced by the fighting.

    The ceasefire was declared after the March 28 earthquake, which killed more than 3,700 people and caused widespread damage in Sagaing and Mandalay. The U.N. human rights office said the army had carried out at least 243 attacks since the ceasefire, including 171 airstrikes.

    Copyright 2025 The Associated Press. All Rights Reserved.
    """,
    g(
        "killed",
        22,
        "myanmar",
        scope="event",
        as_of="2025-05-12",
        by="national unity government",
        cue="killed 22 people, including 20 children and two teachers",
        note="'two teachers' has no population slug and is inside the 22 -> not annotated separately. The strike's day is not named -> article date.",
    ),
    g(
        "killed",
        20,
        "myanmar",
        pop="children",
        scope="event",
        as_of="2025-05-12",
        by="national unity government",
        cue="including 20 children",
    ),
    g(
        "injured",
        50,
        "myanmar",
        q="approx",
        scope="event",
        as_of="2025-05-12",
        by="nug education ministry",
        cue="About 50 other people were wounded",
    ),
    g(
        "killed",
        6500,
        "myanmar",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-05-12",
        by="assistance association for political prisoners",
        cue="have killed more than 6,500 civilians since the takeover",
    ),
    g(
        "detained",
        29000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2025-05-12",
        by="assistance association for political prisoners",
        cue="arrested more than 29,000 people",
    ),
    g(
        "detained",
        22000,
        "myanmar",
        q="approx",
        scope="total",
        as_of="2025-05-12",
        by="assistance association for political prisoners",
        cue="about 22,000 remain in detention",
        note="those still held, a subset of the 29,000 arrested -> its own figure.",
    ),
    g(
        "displaced",
        3500000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2025-05-12",
        by="un",
        cue="more than 3.5 million people have been displaced",
    ),
    g(
        "killed",
        3700,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-03-28",
        cue="the March 28 earthquake, which killed more than 3,700",
        note="DEBATABLE: a natural-disaster toll, but a number of people killed the text reports -> annotated.",
    ),
)

SUDAN = article(
    "m_sudan_el_fasher_hospital_un_news",
    "2025-01-26",
    """
    Sudan: WHO chief condemns 'appalling' attack on last functioning hospital in El Fasher

    26 January 2025 Peace and Security

    An attack on the Saudi Teaching Maternal Hospital in El Fasher, the capital of Sudan's North Darfur state, has killed 67 people and injured 19 others, the head of the World Health Organization (WHO) said on Sunday.

    Tedros Adhanom Ghebreyesus said the hospital, the only functioning public hospital in the besieged city, was struck on Friday while it was full of patients receiving care. He called for the immediate cessation of all attacks on health care in Sudan.

    "Sudan's people are suffering enough," he wrote on social media.

    The hospital was treating around 130 patients at the time. Local officials blamed a drone attack by the paramilitary Rapid Support Forces (RSF), which has besieged El Fasher since May.

    Attacks on health

    Since the war between the Sudanese Armed Forces and the RSF erupted in April 2023, WHO has verified more than 150 attacks on health care in the country, which have killed between 300 and 320 health workers and patients.

    On Saturday, RSF shelling on the nearby Abu Shouk camp killed at least eight people, according to the camp's emergency response room, a volunteer group. The war has killed more than 28,700 people, according to the conflict monitor ACLED, a figure that aid groups say is a significant undercount.

    The Sudan Doctors Network said on Saturday that RSF fighters had abducted at least 15 medical staff in North Darfur since December, and that their fate was unknown.

    Displacement crisis

    More than 12 million people have been forced to flee their homes, including some 3.5 million who have crossed into neighbouring countries as refugees, according to the International Organization for Migration (IOM).

    Famine has been confirmed in five areas, including the Zamzam camp near El Fasher, and 24.6 million people face acute hunger. UNICEF said children were being killed or maimed "at an alarming rate."
    """,
    g(
        "killed",
        67,
        "sudan",
        scope="event",
        as_of="2025-01-24",
        by="who",
        cue="has killed 67 people and injured 19 others",
        note="the attack was 'on Friday' -> 2025-01-24 (the article is dated Sunday).",
    ),
    g("injured", 19, "sudan", scope="event", as_of="2025-01-24", by="who", cue="injured 19 others"),
    g(
        "killed",
        300,
        "sudan",
        q="range",
        high=320,
        scope="total",
        as_of="2025-01-26",
        by="who",
        cue="killed between 300 and 320 health workers and patients",
        note="health workers AND patients -> population all (debatable: medics).",
    ),
    g(
        "killed",
        8,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-01-25",
        by="emergency response room",
        cue="killed at least eight people, according to the camp's",
    ),
    g(
        "killed",
        28700,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-01-26",
        by="acled",
        cue="The war has killed more than 28,700 people",
    ),
    g(
        "hostages",
        15,
        "sudan",
        pop="medics",
        q="lower",
        scope="event",
        as_of="2025-01-25",
        by="sudan doctors network",
        cue="abducted at least 15 medical staff",
        note="abducted -> hostages; window since December -> event; 'said on Saturday' -> 2025-01-25.",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-01-26",
        by="iom",
        cue="More than 12 million people have been forced to flee",
    ),
    g(
        "displaced",
        3500000,
        "sudan",
        q="approx",
        scope="total",
        as_of="2025-01-26",
        by="iom",
        cue="some 3.5 million who have crossed into neighbouring countries",
        note="refugees abroad, a subset of the 12 million -> its own figure.",
    ),
)

DRC_GOMA = article(
    "m_drc_goma_falls_wire",
    "2025-01-30",
    """
    At least 700 killed in Goma fighting as M23 rebels push south, UN says

    By Reuters
    January 30, 2025 7:32 PM GMT+1

    A man rides a motorbike past the bodies of people killed in clashes between M23 rebels and Congolese forces in Goma, January 29, 2025. REUTERS/Arlette Bashizi Purchase Licensing Rights

    GENEVA/GOMA, Jan 30 (Reuters) - At least 700 people have been killed and about 2,800 injured in fighting in and around the eastern Congolese city of Goma since Sunday, a U.N. spokesperson said on Thursday, citing Congolese government figures.

    The Rwanda-backed M23 rebels, who seized most of Goma this week in a major escalation of a conflict rooted in the aftermath of Rwanda's 1994 genocide, were advancing on Thursday towards Bukavu, the capital of South Kivu province.

    Seventeen foreign soldiers, including 13 South Africans, have been killed in the fighting since last week, according to their governments. South Africa's President Cyril Ramaphosa blamed M23 and Rwandan troops for the deaths.

    The M23 said it had taken more than 1,200 government soldiers prisoner in Goma and would hand them to the International Committee of the Red Cross. Around 280 Romanian mercenaries who had fought alongside the army left through Rwanda.

    Morgues in Goma were overwhelmed, and the World Health Organization warned of a risk that the mpox and cholera outbreaks would spread. More than 4,000 inmates escaped from Munzenze prison as the rebels entered the city.

    The U.N. refugee agency said more than 400,000 people had been displaced in North and South Kivu since the beginning of the year. Some 7 million people are displaced in Congo overall, one of the world's largest humanitarian crises.

    Congo's army said on Wednesday it had killed dozens of rebels in counterattacks near Sake.

    (Reporting by Emma Farge in Geneva and Ayen Bior in Goma; Writing by Sofia Christensen; Editing by Alison Williams)
    """,
    g(
        "killed",
        700,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-01-30",
        by="un",
        cue="At least 700 people have been killed and about 2,800 injured",
        note="window since Sunday -> event; reported_by: the UN, which cites the government (debatable: 'congolese government'). Headline '700' is the same figure.",
    ),
    g("injured", 2800, DRC, q="approx", scope="event", as_of="2025-01-30", by="un", cue="about 2,800 injured"),
    g(
        "killed",
        17,
        "unknown",
        pop="combatants",
        scope="event",
        as_of="2025-01-30",
        by="their governments",
        cue="Seventeen foreign soldiers, including 13 South Africans",
        note="peacekeepers of several countries -> side unknown.",
    ),
    g(
        "killed",
        13,
        "south-africa",
        pop="combatants",
        scope="event",
        as_of="2025-01-30",
        by="their governments",
        cue="including 13 South Africans",
    ),
    g(
        "detained",
        1200,
        DRC,
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-01-30",
        by="m23",
        cue="taken more than 1,200 government soldiers prisoner",
    ),
    g(
        "displaced",
        400000,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-01-30",
        by="unhcr",
        cue="more than 400,000 people had been displaced in North and South Kivu",
        note="window since the start of the year -> event.",
    ),
    g(
        "displaced",
        7000000,
        DRC,
        q="approx",
        scope="total",
        as_of="2025-01-30",
        cue="Some 7 million people are displaced in Congo",
    ),
    g(
        "killed",
        24,
        "drc",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-01-29",
        by="congolese army",
        cue="it had killed dozens of rebels",
        note="M23 rebels are Congolese -> side drc (debatable: rwanda-backed); vague 'dozens' -> 24/lower; said on Wednesday.",
    ),
)

ETHIOPIA = article(
    "m_ethiopia_amhara_drone_strike_agency",
    "2025-03-07",
    """
    Drone strike on Ethiopia market kills at least 30 civilians: witnesses

    Published on March 7, 2025, 11:20 AM

    Addis Ababa (AFP) – A drone strike on a busy market in Ethiopia's Amhara region killed at least 30 civilians on Wednesday, a local official and witnesses told AFP, as fighting between the army and Fano militiamen intensified.

    The strike hit the market in the town of Bure, in the West Gojjam zone, around midday, when hundreds of people were shopping, according to a resident who asked not to be named for security reasons.

    "I counted 31 bodies. Dozens more were wounded, many of them women and children," he said. A local official, who also asked for anonymity, said between 40 and 50 people had been treated at the town's health centre.

    The Ethiopian army did not respond to a request for comment. State media reported on Thursday that the army had killed more than 300 Fano "extremists" and captured 90 in operations in Amhara over the past week.

    In the regional capital Bahir Dar, residents said dozens of young men had been arrested in house-to-house searches on Tuesday, accused of supporting Fano. The government has not commented on the arrests.

    Access to Amhara, Ethiopia's second most populous region, is severely restricted and internet connections are frequently cut, making it difficult to verify information independently.

    The UN rights office said last year it had documented at least 748 civilians killed in Amhara in the first half of 2024, many of them in drone strikes.

    Fighting in Amhara erupted in August 2023 after the federal government moved to disband regional special forces. It has displaced tens of thousands of people, and thousands have been detained under a state of emergency.

    The Amhara conflict broke out less than a year after the end of a two-year war in neighbouring Tigray, which the African Union estimates killed around 600,000 people.

    bur/ah/sbk

    © Agence France-Presse
    """,
    g(
        "killed",
        30,
        "ethiopia",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-03-05",
        by="local official",
        cue="killed at least 30 civilians on Wednesday",
        note="attributed to 'a local official and witnesses' -> 'local official' (debatable). Headline is the same figure.",
    ),
    g("killed", 31, "ethiopia", scope="event", as_of="2025-03-05", by="resident", cue="I counted 31 bodies"),
    g(
        "injured",
        24,
        "ethiopia",
        q="lower",
        scope="event",
        as_of="2025-03-05",
        by="resident",
        cue="Dozens more were wounded",
    ),
    g(
        "injured",
        40,
        "ethiopia",
        q="range",
        high=50,
        scope="event",
        as_of="2025-03-05",
        by="local official",
        cue="between 40 and 50 people had been treated",
        note="DEBATABLE: 'treated at the health centre' = injured.",
    ),
    g(
        "killed",
        300,
        "ethiopia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-03-06",
        by="state media",
        cue="the army had killed more than 300 Fano",
        note="past week -> event, dated to 'on Thursday' when reported.",
    ),
    g(
        "detained",
        90,
        "ethiopia",
        pop="combatants",
        scope="event",
        as_of="2025-03-06",
        by="state media",
        cue="and captured 90 in operations",
    ),
    g(
        "detained",
        24,
        "ethiopia",
        q="lower",
        scope="event",
        as_of="2025-03-04",
        by="residents",
        cue="dozens of young men had been arrested",
    ),
    g(
        "killed",
        748,
        "ethiopia",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-03-07",
        by="un rights office",
        cue="at least 748 civilians killed in Amhara",
        note="window (first half of 2024) -> event; no day named -> article date (debatable).",
    ),
    g(
        "displaced",
        20000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of="2025-03-07",
        cue="displaced tens of thousands of people",
    ),
    g("detained", 2000, "ethiopia", q="lower", scope="total", as_of="2025-03-07", cue="thousands have been detained"),
    g(
        "killed",
        600000,
        "ethiopia",
        q="approx",
        scope="total",
        as_of="2025-03-07",
        by="african union",
        cue="killed around 600,000 people",
        note="final toll of the ended Tigray war -> total, as_of article date (debatable).",
    ),
)

SOMALIA = article(
    "m_somalia_lido_beach_broadcaster",
    "2024-08-03",
    """
    Al-Shabaab attack on Mogadishu beach kills 32, police say

    Gunmen and a suicide bomber targeted a popular restaurant on Lido beach on Friday night.

    Published On 3 Aug 2024

    At least 32 people were killed and 63 wounded when al-Shabaab fighters attacked a beachside restaurant in Somalia's capital, Mogadishu, on Friday evening, police said.

    Police spokesman Abdifatah Aden Hassan said one attacker blew himself up, three were shot dead by security forces and a fifth was captured alive. A soldier was also killed in the exchange of fire.

    Witnesses said the attackers opened fire on dozens of families who had gathered at the Beach View restaurant on the weekend evening. "People were running into the water to escape the bullets," said Mohamed Ali, who was at a nearby hotel.

    Doctors at Madina hospital said they were treating 40 of the wounded, some of them children. President Hassan Sheikh Mohamud condemned the attack and said the government would "not be deterred" from its offensive against the group.

    In a separate operation, the Somali army said it had killed more than 40 al-Shabaab fighters in an air strike in the Middle Shabelle region on Thursday.

    The al-Qaeda-linked group claimed responsibility in a statement on its radio station.

    Lido beach has been attacked several times. In June 2023, six people were killed in a siege of the Pearl Beach hotel. The country's deadliest attack, a truck bombing at Zobe junction on October 14, 2017, killed more than 500 people.

    Al-Shabaab has been fighting the federal government for more than 16 years. The African Union mission, which has about 12,000 troops in the country, is due to be replaced by a new force next year.

    Almost 3.9 million Somalis are internally displaced by conflict and drought, according to the UN.

    SOURCE: AL JAZEERA AND NEWS AGENCIES
    """,
    g(
        "killed",
        32,
        "somalia",
        q="lower",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="At least 32 people were killed and 63 wounded",
        note="Friday -> 2024-08-02; headline is the same figure.",
    ),
    g("injured", 63, "somalia", scope="event", as_of="2024-08-02", by="police", cue="and 63 wounded when al-Shabaab"),
    g(
        "killed",
        3,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="three were shot dead by security forces",
        note="'a soldier' (an article, not a number word) -> not annotated (debatable).",
    ),
    g(
        "killed",
        1,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="one attacker blew himself up",
        note="DEBATABLE: a suicide bomber's death ('blew himself up') -> killed 1, like 'at least one civilian' in the seed gold.",
    ),
    g(
        "detained",
        1,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-08-02",
        by="police",
        cue="a fifth was captured alive",
        note="DEBATABLE: 'a fifth' attacker captured -> detained 1.",
    ),
    g(
        "injured",
        40,
        "somalia",
        scope="event",
        as_of="2024-08-02",
        by="madina hospital",
        cue="they were treating 40 of the wounded",
        note="DEBATABLE: a subset of the 63 wounded (one hospital's share), kept as its own figure.",
    ),
    g(
        "killed",
        40,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-08-01",
        by="somali army",
        cue="killed more than 40 al-Shabaab fighters",
    ),
    g(
        "killed",
        6,
        "somalia",
        scope="event",
        as_of="2023-06-15",
        cue="In June 2023, six people were killed",
        note="DEBATABLE as_of: only the month is named; dated to its middle (2023-06-15).",
    ),
    g("killed", 500, "somalia", q="lower", scope="event", as_of="2017-10-14", cue="killed more than 500 people"),
    g(
        "displaced",
        3900000,
        "somalia",
        q="upper",
        scope="total",
        as_of="2024-08-03",
        by="un",
        cue="Almost 3.9 million Somalis are internally displaced",
    ),
)

HAITI = article(
    "m_haiti_gang_violence_un_explainer",
    None,
    """
    Haiti: What you need to know about the gang crisis

    Armed gangs now control most of the capital, Port-au-Prince, and are expanding into rural areas. UN News explains the scale of the crisis.

    How many people have been killed?

    At least 5,601 people were killed in gang-related violence across Haiti last year, according to the UN human rights office, OHCHR. Another 2,212 were injured and 1,494 kidnapped.

    In one of the worst attacks, at least 207 people were killed in December in the Wharf Jérémie neighbourhood of Cité Soleil, after a gang leader accused residents of witchcraft in the death of his son. In October, gang members killed between 110 and 120 people in Pont-Sondé, in the Artibonite department.

    Two journalists were killed and seven wounded when gangs opened fire on reporters covering the reopening of the General Hospital on 24 December.

    How many people have fled?

    Around 60,000 people fled their homes in the capital in the first two weeks of March alone, the IOM said, as gangs attacked the neighbourhoods of Kenscoff and Mirebalais.

    More than 1 million people are now displaced within Haiti, some 500,000 of them children, according to the International Organization for Migration (IOM). Many live in overcrowded schools and churches.

    What is being done?

    A Kenyan-led Multinational Security Support mission, authorised by the Security Council in 2023, has deployed about 1,000 officers, well below the 2,500 planned. Haitian police, who number fewer than 10,000 for a population of 11 million, say they have arrested hundreds of suspected gang members.

    Humanitarian access is shrinking. In November, Médecins Sans Frontières suspended its work in Port-au-Prince after police officers and armed vigilantes stopped one of its ambulances and executed at least two patients.

    The UN has appealed for $908 million for humanitarian aid this year, but the plan is less than 10 per cent funded.

    "The people of Haiti cannot wait," said UN Secretary-General António Guterres.

    Related stories
    Haiti: Gang violence pushes displacement to record high
    """,
    g(
        "killed",
        5601,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="ohchr",
        cue="At least 5,601 people were killed",
        note="'last year' is a window -> event (debatable: total); undated -> as_of null.",
    ),
    g("injured", 2212, "haiti", scope="event", as_of=None, by="ohchr", cue="Another 2,212 were injured"),
    g("hostages", 1494, "haiti", scope="event", as_of=None, by="ohchr", cue="1,494 kidnapped"),
    g("killed", 207, "haiti", q="lower", scope="event", as_of=None, cue="at least 207 people were killed in December"),
    g(
        "killed",
        110,
        "haiti",
        q="range",
        high=120,
        scope="event",
        as_of=None,
        cue="killed between 110 and 120 people in Pont-Sondé",
    ),
    g(
        "killed",
        2,
        "haiti",
        pop="journalists",
        scope="event",
        as_of=None,
        cue="Two journalists were killed and seven wounded",
    ),
    g(
        "injured",
        7,
        "haiti",
        pop="journalists",
        scope="event",
        as_of=None,
        cue="and seven wounded when gangs opened fire",
        note="DEBATABLE: 'Two journalists were killed and seven wounded' read as seven journalists wounded (population all is possible).",
    ),
    g(
        "displaced",
        60000,
        "haiti",
        q="approx",
        scope="event",
        as_of=None,
        by="iom",
        cue="Around 60,000 people fled their homes",
    ),
    g(
        "killed",
        2,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        cue="executed at least two patients",
        note="stated in the explainer's own voice -> reported_by null (debatable: msf, whose ambulance it was).",
    ),
    g(
        "displaced",
        1000000,
        "haiti",
        q="lower",
        scope="total",
        as_of=None,
        by="iom",
        cue="More than 1 million people are now displaced",
    ),
    g(
        "displaced",
        500000,
        "haiti",
        pop="children",
        q="approx",
        scope="total",
        as_of=None,
        by="iom",
        cue="some 500,000 of them children",
    ),
    g(
        "detained",
        200,
        "haiti",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=None,
        by="haitian police",
        cue="they have arrested hundreds of suspected gang members",
    ),
)

ARTICLES = [MYANMAR, SUDAN, DRC_GOMA, ETHIOPIA, SOMALIA, HAITI]
