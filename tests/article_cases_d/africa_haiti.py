"""Sudan, DR Congo, Ethiopia, Somalia, Haiti: humanitarian sites, a wire story, a Gulf daily, a US network."""

# ruff: noqa: E501

from __future__ import annotations

from . import DRC, article, g

SUDAN_PUB = "2024-06-12"
SUDAN = article(
    "d_sudan_el_fasher_siege",
    SUDAN_PUB,
    """
    El Fasher under siege: hospitals hit as RSF tightens ring around Darfur's last army-held city

    12 June 2024

    Medecins Sans Frontieres says the city's South Hospital has closed after a raid by paramilitary fighters

    Fighters from the Rapid Support Forces stormed the South Hospital in El Fasher on Saturday, opening fire and looting medical supplies, according to Medecins Sans Frontieres (MSF), which said the facility was the last in the city able to treat mass casualties.

    Since fighting erupted in the city on 10 May, the hospital had received 1,315 wounded patients, 208 of whom died of their injuries, MSF said.

    The World Health Organization (WHO) said at least seven health workers had been killed in El Fasher in the past month.

    An estimated 800,000 civilians remain trapped in El Fasher, the UN says. The International Organization for Migration (IOM) reported that more than 130,000 people had fled the city and surrounding areas since April.

    Across Sudan, the war between the army and the RSF, now in its 15th month, has displaced more than 10 million people inside the country, the largest displacement crisis in the world, and sent another 2 million fleeing abroad.

    Estimates of the death toll vary widely. ACLED, which monitors conflict, has recorded more than 16,650 fatalities, while the US special envoy for Sudan, Tom Perriello, has said some estimates run as high as 150,000.

    In Wad al-Noura, a village in Gezira state, RSF fighters killed more than 100 people, including 35 children, on 5 June, according to local activists.

    Aid agencies say at least 24 aid workers have been killed since the war began in April 2023, most of them Sudanese nationals.

    In the Zamzam camp near El Fasher, MSF estimated earlier this year that one child was dying every two hours.
    """,
    g(
        "injured",
        1315,
        "sudan",
        scope="total",
        as_of=SUDAN_PUB,
        by="msf",
        cue="the hospital had received 1,315 wounded patients",
        note="'since fighting erupted in the city' -> running toll of this battle -> total (debatable: event).",
    ),
    g("killed", 208, "sudan", scope="total", as_of=SUDAN_PUB, by="msf", cue="208 of whom died of their injuries"),
    g(
        "killed",
        7,
        "sudan",
        pop="medics",
        scope="event",
        as_of=SUDAN_PUB,
        by="who",
        q="lower",
        cue="at least seven health workers had been killed",
    ),
    g(
        "displaced",
        130000,
        "sudan",
        scope="total",
        as_of=SUDAN_PUB,
        by="iom",
        q="lower",
        cue="more than 130,000 people had fled the city",
        note="'800,000 civilians remain trapped' is not a FIGURES.md metric: not annotated.",
    ),
    g(
        "displaced",
        10000000,
        "sudan",
        scope="total",
        as_of=SUDAN_PUB,
        q="lower",
        cue="has displaced more than 10 million people inside the country",
    ),
    g(
        "displaced",
        2000000,
        "sudan",
        scope="total",
        as_of=SUDAN_PUB,
        cue="sent another 2 million fleeing abroad",
        note=(
            "refugees abroad of this war -> displaced; 'another 2 million' has no qualifier of its own ->"
            " exact. '15th month' is not a figure."
        ),
    ),
    g(
        "killed",
        16650,
        "sudan",
        scope="total",
        as_of=SUDAN_PUB,
        by="acled",
        q="lower",
        cue="recorded more than 16,650 fatalities",
    ),
    g(
        "killed",
        150000,
        "sudan",
        scope="total",
        as_of=SUDAN_PUB,
        by="us special envoy tom perriello",
        q="upper",
        cue="some estimates run as high as 150,000",
        note="'as high as' = an upper bound -> upper.",
    ),
    g(
        "killed",
        100,
        "sudan",
        scope="event",
        as_of="2024-06-05",
        by="local activists",
        q="lower",
        cue="RSF fighters killed more than 100 people",
    ),
    g(
        "killed",
        35,
        "sudan",
        pop="children",
        scope="event",
        as_of="2024-06-05",
        by="local activists",
        cue="including 35 children, on 5 June",
    ),
    g(
        "killed",
        24,
        "sudan",
        pop="aid_workers",
        scope="total",
        as_of=SUDAN_PUB,
        by="aid agencies",
        q="lower",
        cue="at least 24 aid workers have been killed",
        note="'one child was dying every two hours' is a rate, not a count: not annotated.",
    ),
)

DRC_PUB = "2025-01-28"
CONGO = article(
    "d_drc_goma_falls",
    DRC_PUB,
    """
    M23 rebels seize most of Goma as bodies lie in streets and residents flee

    GOMA, Congo, Jan. 28, 2025 (AP) — Rwanda-backed M23 rebels took control of much of Goma on Tuesday, as fighting in eastern Congo's largest city left bodies in the streets and hospitals overwhelmed with wounded, residents and aid workers said.

    At least 17 people were killed on Sunday and Monday, and 367 were being treated for wounds, Congo's health ministry said, warning that the toll was expected to rise sharply.

    The U.N. said at least 500,000 people had been displaced since the start of the year by the rebel advance on Goma, many of them already living in camps after fleeing earlier fighting. Some 7 million people are displaced across Congo, according to the U.N., one of the largest humanitarian crises in the world.

    About 4,000 inmates escaped from Munzenze prison during the chaos on Sunday night, according to a U.N. official.

    World Vision said two of its staff were wounded by shrapnel on Monday when a shell hit their compound near the airport.

    Across the border, Rwanda said five civilians were killed and 35 wounded in the town of Gisenyi when shells fired from Congo landed there on Monday.

    In Kinshasa, protesters attacked several embassies on Tuesday, including those of Rwanda, France and the United States. Police said they had arrested dozens of people.

    M23 is one of more than 100 armed groups vying for control of eastern Congo's mineral wealth. U.N. experts estimate that some 4,000 Rwandan troops are fighting alongside the rebels, a charge Rwanda denies.

    Decades of conflict in the region have killed more than 6 million people since the 1990s, through violence, disease and hunger.

    Associated Press writers Jean-Yves Kamale in Kinshasa and Ignatius Ssuuna in Kigali contributed.
    """,
    g(
        "killed",
        17,
        DRC,
        scope="event",
        as_of="2025-01-27",
        by="congolese health ministry",
        q="lower",
        cue="At least 17 people were killed on Sunday and Monday",
        note="a two-day window: as_of its last day, Monday.",
    ),
    g(
        "injured",
        367,
        DRC,
        scope="event",
        as_of="2025-01-27",
        by="congolese health ministry",
        cue="367 were being treated for wounds",
    ),
    g(
        "displaced",
        500000,
        DRC,
        scope="total",
        as_of=DRC_PUB,
        by="un",
        q="lower",
        cue="at least 500,000 people had been displaced",
    ),
    g(
        "displaced",
        7000000,
        DRC,
        scope="total",
        as_of=DRC_PUB,
        by="un",
        q="approx",
        cue="Some 7 million people are displaced across Congo",
    ),
    g(
        "injured",
        2,
        DRC,
        pop="aid_workers",
        scope="event",
        as_of="2025-01-27",
        by="world vision",
        cue="two of its staff were wounded by shrapnel",
        note="'4,000 inmates escaped' is not a metric: not annotated.",
    ),
    g(
        "killed",
        5,
        "rwanda",
        pop="civilians",
        scope="event",
        as_of="2025-01-27",
        by="rwanda",
        cue="five civilians were killed and 35 wounded",
    ),
    g(
        "injured",
        35,
        "rwanda",
        pop="civilians",
        scope="event",
        as_of="2025-01-27",
        by="rwanda",
        cue="killed and 35 wounded in the town of Gisenyi",
        note="elliptical: 35 [civilians] wounded.",
    ),
    g(
        "detained",
        24,
        DRC,
        scope="event",
        as_of=DRC_PUB,
        by="police",
        q="lower",
        cue="they had arrested dozens of people",
    ),
    g(
        "killed",
        6000000,
        DRC,
        scope="total",
        as_of=DRC_PUB,
        q="lower",
        cue="have killed more than 6 million people since the 1990s",
        note="'100 armed groups' and '4,000 Rwandan troops' (deployed, not casualties) are not figures.",
    ),
)

ETHIOPIA = article(
    "d_ethiopia_amhara_undated",
    None,
    """
    In Amhara, a forgotten war drives families from their homes

    Clashes between the federal army and Fano militias have closed schools and clinics across Ethiopia's second most populous region

    Fighting between Ethiopia's federal forces and Fano, a loose network of ethnic Amhara militias, has forced more than 150,000 people to flee their homes since the conflict began in August 2023, according to the UN's humanitarian office, OCHA.

    "They burned the clinic, then they burned the school," said Abebe, a 38-year-old farmer who walked for three days with his wife and five children to reach a camp outside Bahir Dar.

    In the town of Merawi, soldiers killed at least 45 civilians in house-to-house searches in late January, the Ethiopian Human Rights Commission (EHRC), a state-affiliated body, said. Witnesses interviewed by this reporter put the number close to 80.

    The EHRC said more than 1,000 people had been detained in Addis Ababa and Amhara under a state of emergency declared in August 2023, most of them ethnic Amhara, including at least four journalists.

    The World Health Organization recorded 62 attacks on health facilities in Amhara last year, in which at least 12 health workers were killed.

    Two aid workers from a local charity went missing on the road to Gondar this month, colleagues said.

    The region is still recovering from the two-year war in neighbouring Tigray, which ended with a peace deal in November 2022. Researchers at Ghent University have estimated that between 300,000 and 600,000 civilians died in that conflict, from violence, famine and lack of health care.

    More than 1 million people displaced by the Tigray war have yet to return home, OCHA says. The UN estimates that 21 million Ethiopians need humanitarian aid this year.
    """,
    g(
        "displaced",
        150000,
        "ethiopia",
        scope="total",
        as_of=None,
        by="ocha",
        q="lower",
        cue="forced more than 150,000 people to flee their homes",
        note="undated article -> as_of null. '38-year-old', 'three days', 'five children' are not figures.",
    ),
    g(
        "killed",
        45,
        "ethiopia",
        pop="civilians",
        scope="event",
        as_of=None,
        by="ethiopian human rights commission",
        q="lower",
        cue="soldiers killed at least 45 civilians",
    ),
    g(
        "killed",
        80,
        "ethiopia",
        pop="civilians",
        scope="event",
        as_of=None,
        by="witnesses",
        q="upper",
        cue="put the number close to 80",
        note="a second estimate of the same killings; 'close to' -> upper per the FIGURES.md table.",
    ),
    g(
        "detained",
        1000,
        "ethiopia",
        scope="total",
        as_of=None,
        by="ethiopian human rights commission",
        q="lower",
        cue="more than 1,000 people had been detained",
    ),
    g(
        "detained",
        4,
        "ethiopia",
        pop="journalists",
        scope="total",
        as_of=None,
        by="ethiopian human rights commission",
        q="lower",
        cue="including at least four journalists",
    ),
    g(
        "killed",
        12,
        "ethiopia",
        pop="medics",
        scope="event",
        as_of=None,
        by="world health organization",
        q="lower",
        cue="at least 12 health workers were killed",
        note="'last year' is a window, not the running toll -> event; '62 attacks' is not a figure.",
    ),
    g(
        "missing",
        2,
        "ethiopia",
        pop="aid_workers",
        scope="event",
        as_of=None,
        by="colleagues",
        cue="Two aid workers from a local charity went missing",
    ),
    g(
        "killed",
        300000,
        "ethiopia",
        pop="civilians",
        scope="total",
        as_of=None,
        by="ghent university researchers",
        q="range",
        high=600000,
        cue="between 300,000 and 600,000 civilians died",
        note="Tigray is a region of Ethiopia -> side ethiopia; the whole war's toll -> total.",
    ),
    g(
        "displaced",
        1000000,
        "ethiopia",
        scope="total",
        as_of=None,
        by="ocha",
        q="lower",
        cue="More than 1 million people displaced by the Tigray war",
        note="'21 million Ethiopians need humanitarian aid' is not a metric.",
    ),
)

SOMALIA_PUB = "2024-03-16"
SOMALIA = article(
    "d_somalia_syl_hotel",
    SOMALIA_PUB,
    """
    Al Shabaab siege of Mogadishu hotel ends after 13 hours

    Three soldiers among the dead; all five attackers killed, security officials say

    Somali security forces outside the SYL hotel near the presidential palace in Mogadishu on Friday. Reuters

    Somali security forces ended a 13-hour siege of a hotel near the presidential palace in Mogadishu on Friday, after Al Shabaab militants stormed the building on Thursday evening, killing three civilians and three soldiers, officials said.

    Twenty-seven people were wounded, including several government officials who had been meeting at the hotel, police spokesman Abdifatah Aden Hassan told reporters.

    The attack began with a suicide car bomb at the hotel gate. Security officials said all five attackers had been killed by the time the operation ended shortly before 11am.

    The Somali government says military operations launched in August 2022 have killed more than 3,000 Al Shabaab fighters, a figure that could not be independently verified.

    US Africa Command said it had carried out an air strike on Tuesday near Jilib that killed three militants.

    The group has carried out dozens of attacks in the capital. In October 2022, twin car bombs at the education ministry killed at least 121 people and wounded more than 300, the deadliest attack in the city since a 2017 truck bombing that killed 587 people.

    According to the UN, more than 3.8 million Somalis are internally displaced, many of them living in makeshift camps around Mogadishu and Baidoa after years of drought and conflict.

    The African Union force is due to withdraw its remaining 13,500 troops by the end of the year.

    Updated: March 16, 2024, 11:05 AM
    """,
    g(
        "killed",
        3,
        "somalia",
        pop="civilians",
        scope="event",
        as_of="2024-03-14",
        by="officials",
        cue="killing three civilians and three soldiers",
        note=(
            "the killings came when the hotel was stormed on Thursday -> as_of Thursday (debatable: "
            "Friday, when the siege ended). '13 hours' is not a figure."
        ),
    ),
    g(
        "killed",
        3,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-03-14",
        by="officials",
        cue="three civilians and three soldiers, officials said",
        note="also in the standfirst; listed once.",
    ),
    g(
        "injured",
        27,
        "somalia",
        scope="event",
        as_of="2024-03-14",
        by="police spokesman abdifatah aden hassan",
        cue="Twenty-seven people were wounded",
    ),
    g(
        "killed",
        5,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-03-15",
        by="security officials",
        cue="all five attackers had been killed",
        note=(
            "Al Shabaab attackers -> combatants, side somalia; killed 'by the time the operation ended' "
            "(Friday) -> as_of Friday (debatable: Thursday); also in the standfirst."
        ),
    ),
    g(
        "killed",
        3000,
        "somalia",
        pop="combatants",
        scope="total",
        as_of=SOMALIA_PUB,
        by="somali government",
        q="lower",
        cue="have killed more than 3,000 Al Shabaab fighters",
    ),
    g(
        "killed",
        3,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-03-12",
        by="us africa command",
        cue="air strike on Tuesday near Jilib that killed three militants",
    ),
    g(
        "killed",
        121,
        "somalia",
        scope="event",
        as_of=None,
        q="lower",
        cue="killed at least 121 people",
        note=(
            "'dozens of attacks' counts attacks, not people: not annotated. 'In October 2022' names no "
            "day -> as_of null."
        ),
    ),
    g("injured", 300, "somalia", scope="event", as_of=None, q="lower", cue="wounded more than 300"),
    g("killed", 587, "somalia", scope="event", as_of=None, cue="a 2017 truck bombing that killed 587 people"),
    g(
        "displaced",
        3800000,
        "somalia",
        scope="total",
        as_of=SOMALIA_PUB,
        by="un",
        q="lower",
        cue="more than 3.8 million Somalis are internally displaced",
        note="'13,500 troops' (deployed) is not a figure.",
    ),
)

HAITI_PUB = "2024-04-22"
HAITI = article(
    "d_haiti_first_quarter",
    HAITI_PUB,
    """
    Haiti gang violence killed 1,660 people in first three months of the year, UN says

    By Caroline Flores and Evens Sanon
    Published April 22, 2024, 10:15 AM EDT

    At least 1,660 people were killed in gang violence in Haiti in the first three months of this year, the United Nations said, as a transitional council prepared to take power in Port-au-Prince. Another 845 were injured.

    The UN Integrated Office in Haiti (BINUH) said gangs had also kidnapped 438 people over the same period, many of them for ransom.

    Fighting since late February, when gangs led by former police officer Jimmy "Barbecue" Cherizier launched coordinated attacks on police stations and prisons, has driven more than 95,000 people out of the capital, according to the International Organization for Migration (IOM). Nationwide, about 360,000 Haitians are internally displaced, the IOM says.

    UNICEF said at least 30 children had been killed in March alone.

    On Saturday, gunmen attacked the suburb of Gressier, killing at least 10 people, including two police officers, local authorities said. About 1,500 residents of nearby Cabaret were evacuated on Sunday after gangs threatened to attack the town, according to the civil protection agency.

    About 4,000 inmates were freed when gangs stormed the country's two largest prisons in early March.

    Kenya has pledged 1,000 police officers to lead a UN-backed multinational security mission, but its deployment has been delayed by court challenges in Nairobi.

    "People are being killed in their homes and in the streets," said a resident of the Solino neighbourhood, who asked not to be named. "We have nowhere left to go."

    The country has not held an election since 2016, and its last president, Jovenel Moise, was assassinated in July 2021.
    """,
    g(
        "killed",
        1660,
        "haiti",
        scope="event",
        as_of="2024-03-31",
        by="un",
        q="lower",
        cue="At least 1,660 people were killed in gang violence",
        note=(
            "a closed window (the first quarter), not the running toll -> event, as_of its last day "
            "(debatable); also in the headline, listed once."
        ),
    ),
    g("injured", 845, "haiti", scope="event", as_of="2024-03-31", by="un", cue="Another 845 were injured"),
    g(
        "hostages",
        438,
        "haiti",
        scope="event",
        as_of="2024-03-31",
        by="binuh",
        cue="gangs had also kidnapped 438 people",
        note="kidnapped = abducted -> hostages.",
    ),
    g(
        "displaced",
        95000,
        "haiti",
        scope="total",
        as_of=HAITI_PUB,
        by="iom",
        q="lower",
        cue="has driven more than 95,000 people out of the capital",
    ),
    g(
        "displaced",
        360000,
        "haiti",
        scope="total",
        as_of=HAITI_PUB,
        by="iom",
        q="approx",
        cue="about 360,000 Haitians are internally displaced",
    ),
    g(
        "killed",
        30,
        "haiti",
        pop="children",
        scope="event",
        as_of="2024-03-31",
        by="unicef",
        q="lower",
        cue="at least 30 children had been killed in March alone",
    ),
    g(
        "killed",
        10,
        "haiti",
        scope="event",
        as_of="2024-04-20",
        by="local authorities",
        q="lower",
        cue="killing at least 10 people, including two police officers",
    ),
    g(
        "killed",
        2,
        "haiti",
        pop="combatants",
        scope="event",
        as_of="2024-04-20",
        by="local authorities",
        cue="including two police officers",
        note=(
            "police as armed security forces -> combatants (debatable: FIGURES.md lists soldiers and "
            "fighters, not police)."
        ),
    ),
    g(
        "evacuated",
        1500,
        "haiti",
        scope="event",
        as_of="2024-04-21",
        by="civil protection agency",
        q="approx",
        cue="About 1,500 residents of nearby Cabaret were evacuated",
        note="'4,000 inmates were freed', '1,000 police officers' (pledged), 'since 2016' are not figures.",
    ),
)

ARTICLES = [SUDAN, CONGO, ETHIOPIA, SOMALIA, HAITI]
