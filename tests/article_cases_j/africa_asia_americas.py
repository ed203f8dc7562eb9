"""DR Congo (an explainer with a numbers section on the June 2025 peace deal), Myanmar (an exile outlet on a
junta airstrike and political prisoners, May 2025), Haiti (an undated broadcaster story on gang violence) and
Nigeria (a Lagos daily on the Yelwata killings in Benue, June 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import DRC, article, g

DRC_EXPLAINER = article(
    "j_drc_peace_deal_explainer",
    "2025-06-27",
    """
    Explainer: What is in the DR Congo-Rwanda peace deal, and will it end the fighting?

    27 June 2025

    The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday, aimed at ending three decades of conflict in eastern Congo that escalated this year when M23 rebels seized the cities of Goma and Bukavu.

    What does the deal say?

    Rwanda commits to withdrawing its troops from Congolese territory within 90 days, and Congo to ending support for the FDLR, a militia founded by Hutu extremists linked to the 1994 genocide. A joint security committee will be set up within 30 days. The M23, which is not a party to the deal, is negotiating separately with Kinshasa in Doha.

    How deadly has the fighting been?

    Congo's prime minister, Judith Suminwa, told the UN Human Rights Council in February that more than 7,000 people had been killed since January. The UN has put the death toll from the battle for Goma alone at about 3,000.

    Fighting has continued in the Kivus since the rebels took Bukavu in February. Local civil society groups say at least 52 civilians were killed in attacks by the CODECO militia in Ituri province this month, and the UN peacekeeping mission said that one of its peacekeepers was killed near Bunia last week.

    Who has been forced from their homes?

    About 7 million people are internally displaced in Congo, one of the largest such crises in the world, according to the International Organization for Migration. Since January, more than 100,000 Congolese have crossed into Burundi and Uganda, the UN refugee agency says.

    Rights groups have also documented mass arrests. Amnesty International says M23 has detained dozens of people accused of supporting the government, holding some in shipping containers.

    The numbers

    7,000+ killed since January (Congolese government)
    7 million internally displaced (IOM)
    100,000+ refugees in neighbouring countries since January (UNHCR)
    1,300 km length of the border region covered by the deal's monitoring plan
    $1 billion pledged in regional investment

    Will it hold?

    Previous deals, including a 2013 accord and a ceasefire signed in Luanda in 2024, collapsed within months. "Paper does not stop bullets," said Josaphat Musamba, a researcher in Bukavu. Analysts note that the M23 still controls most of North and South Kivu, and that the deal contains no timetable for its withdrawal.
    """,
    g(
        "killed",
        7000,
        DRC,
        q="lower",
        scope="total",
        as_of="2025-06-27",
        by="judith suminwa",
        cue="more than 7,000 people had been killed since January",
        note="repeated in 'The numbers' ('7,000+', attributed to the Congolese government), listed once. Debatable as_of: said 'in February', kept at the article date as a running toll.",
    ),
    g(
        "killed",
        3000,
        DRC,
        q="approx",
        scope="event",
        as_of="2025-06-27",
        by="un",
        cue="the death toll from the battle for Goma alone at about 3,000",
        note="one battle -> event; no day named -> article date (debatable).",
    ),
    g(
        "killed",
        52,
        DRC,
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-06-27",
        by="local civil society groups",
        cue="at least 52 civilians were killed in attacks by the CODECO militia",
        note="'this month' -> a window, event, article date.",
    ),
    g(
        "killed",
        1,
        "unknown",
        pop="combatants",
        scope="event",
        as_of="2025-06-27",
        by="un",
        cue="one of its peacekeepers was killed near Bunia",
        note="debatable: 'one of its peacekeepers' is a count of one; nationality not said -> unknown.",
    ),
    g(
        "displaced",
        7000000,
        DRC,
        q="approx",
        scope="total",
        as_of="2025-06-27",
        by="iom",
        cue="About 7 million people are internally displaced in Congo",
        note="repeated in 'The numbers', listed once.",
    ),
    g(
        "displaced",
        100000,
        DRC,
        q="lower",
        scope="total",
        as_of="2025-06-27",
        by="unhcr",
        cue="more than 100,000 Congolese have crossed into Burundi and Uganda",
        note="repeated in 'The numbers', listed once; '1,300 km', '$1 billion', '90 days' are not figures.",
    ),
    g(
        "detained",
        24,
        DRC,
        q="lower",
        scope="total",
        as_of="2025-06-27",
        by="amnesty international",
        cue="M23 has detained dozens of people",
    ),
)

MYANMAR = article(
    "j_myanmar_airstrike_exile_outlet",
    "2025-05-13",
    """
    Junta airstrike on Sagaing school kills 22, including 20 children

    Tuesday, May 13, 2025 - 11:45

    A junta airstrike on a village school in Sagaing Region's Depayin Township on Monday morning killed at least 22 people, 20 of them students, and injured more than 100 others, according to local resistance officials and teachers at the school.

    A Myanmar Air Force jet dropped two bombs on the school compound in Ohe Htein Twin village at around 10 am while classes were under way, residents said. Two teachers were among the dead. "The children were between four and 15 years old. Some bodies could not be identified," said a teacher who survived.

    A local rescue group said at least five people were still missing on Monday night and that 38 of the injured had been taken to clinics in neighbouring townships. Residents said some 1,500 villagers had fled into the forest for fear of further strikes.

    The junta has not commented. Its spokesman has previously denied targeting civilians and said air force operations were aimed at "terrorist groups", its term for the People's Defence Forces.

    The attack came despite a ceasefire the regime announced after the March 28 earthquake that killed more than 3,700 people in central Myanmar. Since the quake, the military has carried out at least 243 air and drone strikes that killed 200 civilians, according to the monitoring group Myanmar Witness.

    In the four years since the 2021 coup, at least 6,500 civilians have been killed by junta forces, the Assistance Association for Political Prisoners (AAPP) says, and more than 22,000 people remain in detention. The UN estimates that more than 3.5 million people have been displaced inside the country.

    Rights groups say the regime has also stepped up arrests under the conscription law. The AAPP recorded the arrest of more than 150 young men in Yangon and Mandalay in April alone, many of whom were later sent to military training.

    The Irrawaddy has been unable to independently verify the casualty figures.
    """,
    g(
        "killed",
        22,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-05-12",
        by="local resistance officials and teachers",
        cue="killed at least 22 people, 20 of them students",
        note="'on Monday' -> 2025-05-12. Headline 'kills 22, including 20 children' repeats both, listed once.",
    ),
    g(
        "killed",
        20,
        "myanmar",
        pop="children",
        scope="event",
        as_of="2025-05-12",
        by="local resistance officials and teachers",
        cue="20 of them students",
        note="students -> children (the headline says 'children'; ages 4 to 15).",
    ),
    g(
        "injured",
        100,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-05-12",
        by="local resistance officials and teachers",
        cue="injured more than 100 others",
    ),
    g(
        "killed",
        2,
        "myanmar",
        scope="event",
        as_of="2025-05-12",
        by="residents",
        cue="Two teachers were among the dead",
        note="teachers are not a FIGURES.md population -> all (debatable: subset of the 22). 'two bombs' dropped by a jet: aircraft bombs are not in the projectiles list (rockets, missiles, shells, drones) -> not annotated (debatable).",
    ),
    g(
        "missing",
        5,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-05-12",
        by="local rescue group",
        cue="at least five people were still missing on Monday night",
    ),
    g(
        "injured",
        38,
        "myanmar",
        scope="event",
        as_of="2025-05-12",
        by="local rescue group",
        cue="38 of the injured had been taken to clinics",
    ),
    g(
        "displaced",
        1500,
        "myanmar",
        q="approx",
        scope="event",
        as_of="2025-05-13",
        by="residents",
        cue="some 1,500 villagers had fled into the forest",
    ),
    g(
        "killed",
        200,
        "myanmar",
        pop="civilians",
        scope="total",
        as_of="2025-05-13",
        by="myanmar witness",
        cue="at least 243 air and drone strikes that killed 200 civilians",
        note="'243 air and drone strikes' are attacks, not projectiles.",
    ),
    g(
        "killed",
        3700,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-03-28",
        by=None,
        cue="the March 28 earthquake that killed more than 3,700 people",
        note="debatable: a natural disaster's toll; FIGURES.md counts any number reported about people killed, so it is annotated (event, the quake's day).",
    ),
    g(
        "killed",
        6500,
        "myanmar",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-05-13",
        by="aapp",
        cue="at least 6,500 civilians have been killed by junta forces",
    ),
    g(
        "detained",
        22000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2025-05-13",
        by="aapp",
        cue="more than 22,000 people remain in detention",
    ),
    g(
        "displaced",
        3500000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2025-05-13",
        by="un",
        cue="more than 3.5 million people have been displaced",
    ),
    g(
        "detained",
        150,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-04-30",
        by="aapp",
        cue="the arrest of more than 150 young men",
        note="'in April alone' -> a past month, event, dated to its last day (debatable).",
    ),
)

HAITI = article(
    "j_haiti_gang_violence_broadcaster",
    None,
    """
    Haiti: gangs kill dozens in attack on town north of Port-au-Prince, UN says

    Share
    Save

    Gang members armed with automatic weapons attacked the town of Pont-Sondé in Haiti's Artibonite department before dawn, killing at least 115 people, including 10 women and three infants, the UN's human rights office said.

    The Gran Grif gang stormed homes and set fire to houses and vehicles, local officials said. Survivors described gunmen shooting people in their beds. At least 16 people were seriously wounded, and more than 6,270 residents fled to nearby towns, according to the International Organization for Migration.

    "They came at 3 in the morning. I ran with my two children through the rice fields," one woman told a local radio station. "My husband stayed behind. I still do not know where he is."

    Local authorities said about 50 people were missing after the attack, and that gang members had kidnapped between 10 and 20 residents, including several women.

    Two members of the Kenyan-led security support mission were injured in an ambush while patrolling Artibonite, the mission said, without giving details.

    The UN says gang violence across Haiti killed 5,601 people last year, more than 1,000 more than the year before, and that some 2,212 others were injured. Kidnappings are also rising: the UN recorded 1,494 people kidnapped for ransom during the year.

    More than a million people are now displaced in Haiti, according to the IOM, nearly half of them children. Many live in crowded school buildings and public squares in the capital, where gangs control an estimated 85 per cent of territory.

    The government said the national police, with about 10,000 active officers, had arrested 41 suspected gang members across the country during the past week, and killed 12 others in clashes in Croix-des-Bouquets.

    The Kenyan-led mission has fewer than 1,000 personnel deployed of the 2,500 originally pledged.

    Haiti has had no elected leaders since the assassination of President Jovenel Moïse in 2021.
    """,
    g(
        "killed",
        115,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="un human rights office",
        cue="killing at least 115 people, including 10 women and three infants",
        note="undated article -> every as_of null. Headline 'dozens' is the same attack, listed once (debatable).",
    ),
    g(
        "killed",
        10,
        "haiti",
        pop="women",
        scope="event",
        as_of=None,
        by="un human rights office",
        cue="including 10 women and three infants",
    ),
    g(
        "killed",
        3,
        "haiti",
        pop="children",
        scope="event",
        as_of=None,
        by="un human rights office",
        cue="three infants",
    ),
    g(
        "injured",
        16,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="iom",
        cue="At least 16 people were seriously wounded",
        note="debatable reported_by: 'according to the IOM' closes the sentence after; read as covering both clauses.",
    ),
    g(
        "displaced",
        6270,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="iom",
        cue="more than 6,270 residents fled to nearby towns",
    ),
    g(
        "missing",
        50,
        "haiti",
        q="approx",
        scope="event",
        as_of=None,
        by="local authorities",
        cue="about 50 people were missing after the attack",
    ),
    g(
        "hostages",
        10,
        "haiti",
        q="range",
        high=20,
        scope="event",
        as_of=None,
        by="local authorities",
        cue="kidnapped between 10 and 20 residents",
        note="kidnapped -> hostages; 'several women' has no number.",
    ),
    g(
        "injured",
        2,
        "unknown",
        pop="combatants",
        scope="event",
        as_of=None,
        by="mss",
        cue="Two members of the Kenyan-led security support mission were injured",
        note="debatable side: mission members' nationality not said (mostly Kenyan) -> unknown; 'the mission' -> mss.",
    ),
    g(
        "killed",
        5601,
        "haiti",
        scope="event",
        as_of=None,
        by="un",
        cue="gang violence across Haiti killed 5,601 people last year",
        note="'last year' is a past window -> event; undated, so no day. 'more than 1,000 more than the year before' is a difference, not a figure.",
    ),
    g("injured", 2212, "haiti", q="approx", scope="event", as_of=None, by="un", cue="some 2,212 others were injured"),
    g(
        "hostages",
        1494,
        "haiti",
        scope="event",
        as_of=None,
        by="un",
        cue="1,494 people kidnapped for ransom during the year",
    ),
    g(
        "displaced",
        1000000,
        "haiti",
        q="lower",
        scope="total",
        as_of=None,
        by="iom",
        cue="More than a million people are now displaced in Haiti",
        note="'nearly half of them children' is a share; '85 per cent' of territory, '10,000 active officers', '1,000 personnel' and '2,500 pledged' are not figures.",
    ),
    g(
        "detained",
        41,
        "haiti",
        scope="event",
        as_of=None,
        by="haiti government",
        cue="had arrested 41 suspected gang members",
    ),
    g(
        "killed",
        12,
        "haiti",
        pop="combatants",
        scope="event",
        as_of=None,
        by="haiti government",
        cue="and killed 12 others in clashes in Croix-des-Bouquets",
    ),
)

NIGERIA = article(
    "j_nigeria_benue_yelwata_daily",
    "2025-06-16",
    """
    Benue: Death toll in Yelwata attack rises to 100 as Tinubu orders arrest of killers

    By Emmanuel Ede, Makurdi
    June 16, 2025 Updated 7:05 am

    The death toll from Friday night's attack on Yelwata community in Guma Local Government Area of Benue State has risen to 100, the state government confirmed on Sunday, as President Bola Tinubu ordered security agencies to arrest the perpetrators.

    Gunmen suspected to be herders stormed the community at about 10:30 pm on Friday, shooting residents and setting houses ablaze, witnesses said. Many of the victims were displaced farmers sheltering in the market square.

    Amnesty International Nigeria said on Saturday that about 200 people had been killed and that scores were missing, adding that many families were burnt in their homes. The police put the figure at 43 dead on Saturday, before bodies were recovered from burnt buildings.

    The chairman of Guma LGA, Mike Uba, said 58 people were receiving treatment at the Federal Medical Centre and Benue State University Teaching Hospital in Makurdi, and that a police officer was among those killed.

    The Benue State Emergency Management Agency said more than 3,000 people had fled to Daudu and Makurdi since the attack, adding to the estimated 500,000 people already displaced in the state by years of attacks.

    In a separate incident on Sunday, gunmen abducted 13 travellers, including two women, on the Otukpo-Enugu highway, police spokesperson Catherine Anene said.

    Tinubu, in a statement by his spokesman, Bayo Onanuga, condemned the "senseless bloodshed" and directed the Inspector-General of Police to deploy additional personnel. Police said 12 suspects had been arrested as of Sunday evening.

    The Nigerian Catholic bishops' conference said in April that more than 500 people had been killed in Benue and Plateau states since January.

    Nigeria's food basket state has witnessed repeated clashes between farmers and herders over land and water, which Amnesty says have killed more than 10,000 people in central Nigeria since 2017.
    """,
    g(
        "killed",
        100,
        "nigeria",
        scope="event",
        as_of="2025-06-13",
        by="benue state government",
        cue="has risen to 100, the state government confirmed on Sunday",
        note="'Friday night' -> 2025-06-13 (debatable: the toll was confirmed on Sunday 2025-06-15). Headline repeats 100, listed once.",
    ),
    g(
        "killed",
        200,
        "nigeria",
        q="approx",
        scope="event",
        as_of="2025-06-13",
        by="amnesty international nigeria",
        cue="about 200 people had been killed",
    ),
    g(
        "missing",
        40,
        "nigeria",
        q="lower",
        scope="event",
        as_of="2025-06-13",
        by="amnesty international nigeria",
        cue="scores were missing",
        note="debatable: 'scores' is not one of FIGURES.md's vague words; by their rule (the smallest the word implies) two score -> 40/lower.",
    ),
    g(
        "killed",
        43,
        "nigeria",
        scope="event",
        as_of="2025-06-13",
        by="police",
        cue="The police put the figure at 43 dead on Saturday",
    ),
    g(
        "injured",
        58,
        "nigeria",
        scope="event",
        as_of="2025-06-13",
        by="mike uba",
        cue="58 people were receiving treatment",
    ),
    g(
        "displaced",
        3000,
        "nigeria",
        q="lower",
        scope="event",
        as_of="2025-06-16",
        by="benue state emergency management agency",
        cue="more than 3,000 people had fled to Daudu and Makurdi",
    ),
    g(
        "displaced",
        500000,
        "nigeria",
        q="approx",
        scope="total",
        as_of="2025-06-16",
        by="benue state emergency management agency",
        cue="the estimated 500,000 people already displaced in the state",
    ),
    g(
        "hostages",
        13,
        "nigeria",
        scope="event",
        as_of="2025-06-15",
        by="police",
        cue="gunmen abducted 13 travellers, including two women",
    ),
    g(
        "hostages",
        2,
        "nigeria",
        pop="women",
        scope="event",
        as_of="2025-06-15",
        by="police",
        cue="including two women, on the Otukpo-Enugu highway",
    ),
    g(
        "detained",
        12,
        "nigeria",
        scope="event",
        as_of="2025-06-15",
        by="police",
        cue="12 suspects had been arrested as of Sunday evening",
    ),
    g(
        "killed",
        500,
        "nigeria",
        q="lower",
        scope="total",
        as_of="2025-04-30",
        by="nigerian catholic bishops' conference",
        cue="more than 500 people had been killed in Benue and Plateau states",
        note="said 'in April' with no day -> as_of the month's last day (debatable). 'a police officer was among those killed' is one person, not annotated.",
    ),
    g(
        "killed",
        10000,
        "nigeria",
        q="lower",
        scope="total",
        as_of="2025-06-16",
        by="amnesty international",
        cue="have killed more than 10,000 people in central Nigeria since 2017",
    ),
)

ARTICLES = [DRC_EXPLAINER, MYANMAR, HAITI, NIGERIA]
