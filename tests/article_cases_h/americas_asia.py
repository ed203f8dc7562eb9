"""Haiti (an undated explainer on UN gang-violence figures) and Pakistan (a Karachi daily on the Jaffar
Express hijacking, March 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

HAITI = article(
    "h_haiti_gang_violence_undated",
    None,
    """
    Haiti's gang war: more than 1,600 killed in three months, UN says

    Violence spreads beyond the capital as armed groups push into the Centre and Artibonite departments

    Residents flee the Solino neighbourhood of Port-au-Prince with their belongings. Photo: Odelyn Joseph

    Gang violence killed at least 1,617 people and injured 580 others in Haiti between January and March, according to the latest quarterly report of the UN Integrated Office in Haiti (BINUH).

    The report says the violence is spreading beyond Port-au-Prince, where gangs now control about 85% of the capital, into towns such as Mirebalais and Saut-d'Eau, where more than 30 people were killed in a single attack on a police station and prison.

    In 2024 as a whole, at least 5,601 people were killed in gang-related violence, over 1,000 more than the year before, the UN said.

    Kidnapping remains a major source of income for the gangs. BINUH documented 185 kidnappings for ransom in the first quarter, most of them in the Artibonite and Ouest departments.

    So-called self-defence groups and vigilantes lynched more than 100 alleged gang members in the same period, the report said, sometimes with the involvement of police officers.

    The International Organization for Migration (IOM) says more than 1 million people are now displaced inside Haiti, triple the number of a year earlier, and many live in overcrowded sites in schools and churches.

    Two journalists were among those killed when gang members opened fire on reporters gathered for the planned reopening of the General Hospital in downtown Port-au-Prince on December 24.

    One of the worst massacres of the past year took place in Pont-Sondé in October, when members of the Gran Grif gang killed at least 115 people and forced around 6,000 residents to flee.

    The Kenya-led Multinational Security Support mission, with around 1,000 police officers deployed, has struggled to contain the violence, and funding pledges of $800 million have so far fallen short.

    Read more: What is the Multinational Security Support mission in Haiti?
    """,
    g(
        "killed",
        1617,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="binuh",
        cue="killed at least 1,617 people and injured 580",
        note="undated article: every as_of is null. 'between January and March' is a quarter, a window -> event. Headline 'more than 1,600' is the same figure rounded (not listed twice). '85%', '$800 million', 'around 1,000 police officers' (a deployment) are not figures.",
    ),
    g("injured", 580, "haiti", scope="event", as_of=None, by="binuh", cue="injured 580 others in Haiti"),
    g(
        "killed",
        30,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="binuh",
        cue="more than 30 people were killed in a single attack",
    ),
    g(
        "killed",
        5601,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="un",
        cue="at least 5,601 people were killed in gang-related violence",
        note="a calendar year is a window -> event (debatable: could be read as a total). 'over 1,000 more than the year before' is a difference, not a figure.",
    ),
    g(
        "hostages",
        185,
        "haiti",
        scope="event",
        as_of=None,
        by="binuh",
        cue="185 kidnappings for ransom in the first quarter",
        note="kidnappings counted by victims taken -> hostages (debatable: counts incidents).",
    ),
    g(
        "killed",
        100,
        "haiti",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=None,
        by="binuh",
        cue="lynched more than 100 alleged gang members",
        note="gang members are members of armed groups -> combatants.",
    ),
    g(
        "displaced",
        1000000,
        "haiti",
        q="lower",
        scope="total",
        as_of=None,
        by="iom",
        cue="more than 1 million people are now displaced",
    ),
    g(
        "killed",
        2,
        "haiti",
        pop="journalists",
        scope="event",
        as_of=None,
        by=None,
        cue="Two journalists were among those killed",
    ),
    g(
        "killed",
        115,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by=None,
        cue="killed at least 115 people and forced around 6,000",
    ),
    g(
        "displaced",
        6000,
        "haiti",
        q="approx",
        scope="event",
        as_of=None,
        by=None,
        cue="forced around 6,000 residents to flee",
    ),
)

JAFFAR = article(
    "h_pakistan_jaffar_express_hijack",
    "2025-03-12",
    """
    Security forces press operation as BLA holds Jaffar Express passengers in Bolan

    Saleem Shahid
    Published March 12, 2025 09:14am

    QUETTA: Security forces on Wednesday continued an operation to free passengers of the Jaffar Express, a day after militants of the banned Baloch Liberation Army (BLA) blew up the track and stormed the Peshawar-bound train in a mountainous area of the Bolan Pass.

    The train, with nine coaches, was carrying about 440 passengers when it was attacked near the Gudalar tunnel, around 160 kilometres from Quetta, on Tuesday afternoon.

    Security sources said that at least 16 militants had been killed and 104 passengers, including 17 injured, had been rescued by Tuesday night. The rescued passengers were shifted to Mach and later to Quetta by a relief train.

    The BLA, in a statement to the media, claimed that it was holding 182 hostages, most of them serving personnel of the army, police and other security agencies, and threatened to kill them if any rescue was attempted.

    Railway officials said at least six people, including the train driver, had been killed. Hospitals in Sibi and Quetta declared an emergency and received 37 wounded by Wednesday morning.

    Families of the passengers gathered at Quetta railway station, where a help desk was set up. Train services to and from Balochistan were suspended for the next three days.

    Balochistan has seen a surge in militant attacks. In November, a suicide bombing claimed by the BLA at the Quetta railway station killed 26 people, including 14 soldiers.

    According to the Centre for Research and Security Studies (CRSS), militant violence killed more than 1,600 people across Pakistan in 2024, the deadliest year in nearly a decade.

    Prime Minister Shehbaz Sharif condemned the attack and said the "cowardly acts" would not shake the nation's resolve. Interior Minister Mohsin Naqvi said the operation would continue "till the last terrorist is eliminated".
    """,
    g(
        "killed",
        16,
        "pakistan",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-03-11",
        by="security sources",
        cue="at least 16 militants had been killed",
        note="BLA militants are fighters in Pakistan -> pakistan, combatants; 'by Tuesday night' -> 2025-03-11. '440 passengers' were aboard (not hostages, not a casualty count); 'nine coaches', '160 kilometres', 'three days' are not figures. '104 passengers ... rescued' is not a metric.",
    ),
    g(
        "injured",
        17,
        "pakistan",
        scope="event",
        as_of="2025-03-11",
        by="security sources",
        cue="including 17 injured, had been rescued",
    ),
    g(
        "hostages",
        182,
        "pakistan",
        scope="event",
        as_of="2025-03-12",
        by="bla",
        cue="it was holding 182 hostages",
        note="'most of them serving personnel' has no number -> population all.",
    ),
    g(
        "killed",
        6,
        "pakistan",
        q="lower",
        scope="event",
        as_of="2025-03-12",
        by="railway officials",
        cue="at least six people, including the train driver, had been killed",
        note="the driver is one person within the six, not annotated.",
    ),
    g(
        "injured",
        37,
        "pakistan",
        scope="event",
        as_of="2025-03-12",
        by="hospitals in sibi and quetta",
        cue="received 37 wounded by Wednesday morning",
    ),
    g(
        "killed",
        26,
        "pakistan",
        scope="event",
        as_of=None,
        by=None,
        cue="killed 26 people, including 14 soldiers",
        note="'In November' (2024) names no day -> as_of null.",
    ),
    g("killed", 14, "pakistan", pop="combatants", scope="event", as_of=None, by=None, cue="including 14 soldiers"),
    g(
        "killed",
        1600,
        "pakistan",
        q="lower",
        scope="event",
        as_of=None,
        by="crss",
        cue="killed more than 1,600 people across Pakistan in 2024",
        note="a calendar year is a window -> event, no single day -> as_of null (debatable).",
    ),
)

ARTICLES = [HAITI, JAFFAR]
