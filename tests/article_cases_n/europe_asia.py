"""Ukraine (a Kyiv daily on an overnight attack, April 2025), Russia (a wire story on drones and the Kursk
region, January 2025), Myanmar (a broadcaster on an air strike in Sagaing, February 2025) and Pakistan with
Afghanistan (a Peshawar daily on a checkpoint attack, December 2024)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

D6 = "2025-04-03"  # a Thursday
UKRAINE = article(
    "n06_ukraine_overnight_attack_kyiv_daily",
    D6,
    """
    Russia launches 212 drones, nine missiles in overnight attack; five killed in Kharkiv

    Kyiv Ledger | War
    April 3, 2025, 11:20 am
    By Oksana Melnyk

    Russia attacked Ukraine overnight with 212 attack and decoy drones and nine missiles, Ukraine's Air Force said on Thursday, in one of the largest combined strikes in weeks. Air defence units shot down 131 drones and six missiles, while another 64 drones were "lost" to electronic warfare without causing damage, the Air Force said.

    Kharkiv took the heaviest blow. Drones struck residential buildings and a shopping centre in the city's Kyivskyi district, killing at least five people and wounding 32, the regional governor said. Among the wounded were three children, the youngest a 4-month-old baby.

    "The city shook for two hours," said Serhii, 61, a resident who asked that his surname not be used. "I counted the explosions and stopped at twenty."

    On Wednesday evening, a guided aerial bomb hit an apartment building in Zaporizhzhia, killing two people and injuring 18, the Zaporizhzhia regional administration said. Rescuers worked through the night to reach residents on the upper floors of the nine-storey block.

    Evacuations in Donetsk region

    In Donetsk region, 246 people, including 31 children, were evacuated from front-line communities in the past 24 hours, the Donetsk regional administration said, as Russian forces pressed towards Pokrovsk and Kostiantynivka. A mandatory evacuation of families with children has been in force in parts of the region since last summer, although officials say about 600 children still live in the area.

    The toll of the war

    The UN Human Rights Monitoring Mission in Ukraine says at least 12,900 civilians have been killed since Russia's full-scale invasion in February 2022, including nearly 680 children. Reporters Without Borders counts 13 journalists killed while reporting in Ukraine over the same period.

    Ukraine's General Staff said on Thursday that Russia had lost 1,230 troops killed or wounded in the past day, figures that cannot be independently verified. Moscow does not disclose its losses.

    The president's office said Russia had launched more than 1,460 drones and 74 missiles at Ukraine over the past week, and urged allies to speed up deliveries of air defence systems.

    Diplomacy stalls

    The overnight attack came days after negotiators discussed a proposed 30-day moratorium on strikes against energy infrastructure. Kyiv says Moscow has violated the arrangement repeatedly; the Kremlin accuses Ukraine of the same.

    "They talk about peace in the daytime and send drones at night," Kharkiv's mayor wrote on Telegram, posting photos of a burnt-out tram depot.

    Read also: How Ukraine's interceptor drones are changing the air war
    """,
    g(
        "projectiles",
        212,
        "russia",
        scope="event",
        as_of=D6,
        by="ukrainian air force",
        cue="212 attack and decoy drones",
        note="headline and lead are one figure. 'shot down 131 drones and six missiles' and '64 drones were lost' are NOT annotated: they count interceptions, not projectiles fired (subsets of the 212 and 9).",
    ),
    g(
        "projectiles",
        9,
        "russia",
        scope="event",
        as_of=D6,
        by="ukrainian air force",
        cue="and nine missiles, Ukraine's Air Force said",
    ),
    g(
        "killed",
        5,
        "ukraine",
        scope="event",
        as_of=D6,
        by="kharkiv regional governor",
        q="lower",
        cue="killing at least five people and wounding 32",
    ),
    g(
        "injured",
        32,
        "ukraine",
        scope="event",
        as_of=D6,
        by="kharkiv regional governor",
        cue="wounding 32",
        note="'at least' is read as bounding only the five killed.",
    ),
    g(
        "injured",
        3,
        "ukraine",
        scope="event",
        as_of=D6,
        by="kharkiv regional governor",
        pop="children",
        cue="Among the wounded were three children",
        note="'4-month-old', 'two hours', 'twenty' (explosions) are not figures.",
    ),
    g(
        "killed",
        2,
        "ukraine",
        scope="event",
        as_of="2025-04-02",
        by="zaporizhzhia regional administration",
        cue="killing two people and injuring 18",
        note="'On Wednesday evening' -> 2025-04-02.",
    ),
    g(
        "injured",
        18,
        "ukraine",
        scope="event",
        as_of="2025-04-02",
        by="zaporizhzhia regional administration",
        cue="injuring 18",
    ),
    g(
        "evacuated",
        246,
        "ukraine",
        scope="event",
        as_of=D6,
        by="donetsk regional administration",
        cue="246 people, including 31 children, were evacuated",
    ),
    g(
        "evacuated",
        31,
        "ukraine",
        scope="event",
        as_of=D6,
        by="donetsk regional administration",
        pop="children",
        cue="including 31 children, were evacuated",
        note="'about 600 children still live in the area' is not a figure (not evacuated, not a casualty).",
    ),
    g(
        "killed",
        12900,
        "ukraine",
        scope="total",
        as_of=D6,
        by="un human rights monitoring mission",
        pop="civilians",
        q="lower",
        cue="at least 12,900 civilians have been killed",
    ),
    g(
        "killed",
        680,
        "ukraine",
        scope="total",
        as_of=D6,
        by="un human rights monitoring mission",
        pop="children",
        q="upper",
        cue="including nearly 680 children",
    ),
    g(
        "killed",
        13,
        "ukraine",
        scope="total",
        as_of=D6,
        by="reporters without borders",
        pop="journalists",
        cue="13 journalists killed while reporting",
    ),
    g(
        "killed",
        1230,
        "russia",
        scope="event",
        as_of=D6,
        by="ukrainian general staff",
        pop="combatants",
        cue="lost 1,230 troops killed or wounded",
        note="combined 'killed or wounded' with no split: FIGURES.md says killed if it says killed -> killed (debatable); window 'in the past day' -> event.",
    ),
    g(
        "projectiles",
        1460,
        "russia",
        scope="event",
        as_of=D6,
        by="ukrainian presidential office",
        q="lower",
        cue="more than 1,460 drones and 74 missiles",
        note="window 'over the past week' -> event, article date.",
    ),
    g(
        "projectiles",
        74,
        "russia",
        scope="event",
        as_of=D6,
        by="ukrainian presidential office",
        cue="74 missiles at Ukraine over the past week",
        note="'30-day moratorium' is not a figure.",
    ),
)

D7 = "2025-01-28"  # a Tuesday
RUSSIA = article(
    "n07_russia_drones_kursk_wire",
    D7,
    """
    Ukrainian drones hit fuel depot in Russia's Bryansk region; two killed in Belgorod

    Northline News
    Jan 28, 2025 | 9:45 AM GMT
    By Dmitri Lazarev and Claire Whitcombe

    MOSCOW/KYIV (Northline) - Ukraine attacked Russia with at least 104 drones overnight, Russia's defence ministry said on Tuesday, adding that all of them had been destroyed over 10 regions, including Bryansk, Kursk and Moscow.

    A fire broke out at a fuel depot in Bryansk region after debris fell on the site, the regional governor said, without giving details of the damage. Ukraine's General Staff said its forces had struck the depot, which it said supplied Russian units fighting in the Kursk region, where Ukrainian troops have held a strip of territory since August.

    In the neighbouring Belgorod region, Ukrainian shelling and drone attacks killed two people and wounded 14 on Monday, including a child, the Belgorod governor said on Telegram. Among the dead was a 67-year-old woman whose car was hit by a drone near the town of Shebekino, about 6 km from the border.

    About 112,000 residents of Kursk border districts remain evacuated from their homes, the region's acting governor said on Monday, and many are housed in temporary accommodation centres in Kursk and Kurchatov. Russian officials say at least 100 civilians have been killed in the Kursk region since the incursion began.

    Ukraine's military says it has captured more than 900 Russian soldiers in the Kursk region, many of whom Kyiv hopes to exchange for Ukrainian prisoners of war. Ukrainian military intelligence estimates that about 1,000 North Korean troops sent to fight alongside Russian forces in Kursk have been killed.

    Separately, the Federal Security Service (FSB) said it had detained three Russian citizens in the Moscow region suspected of plotting to blow up a railway line on the orders of Ukrainian intelligence. It published video of the arrests.

    In Ukraine, Russia launched 81 drones and three ballistic missiles overnight, Ukraine's Air Force said, adding that 47 drones had been shot down. There were no immediate reports of casualties.

    Kyiv's long-range drone campaign against refineries and fuel depots has intensified since the autumn. Analysts estimate that strikes have at times taken as much as 10 per cent of Russia's refining capacity offline.

    A Kremlin spokesman said on Tuesday that any talks on ending the war would have to take into account "the realities on the ground", and declined to comment on the drone attacks.

    (Reporting by Dmitri Lazarev in Moscow and Claire Whitcombe in Kyiv; Editing by Anna Perlman)
    """,
    g(
        "projectiles",
        104,
        "ukraine",
        scope="event",
        as_of=D7,
        by="russian defence ministry",
        q="lower",
        cue="attacked Russia with at least 104 drones overnight",
        note="projectiles take the side that fired them; '10 regions' is not a figure.",
    ),
    g(
        "killed",
        2,
        "russia",
        scope="event",
        as_of="2025-01-27",
        by="belgorod governor",
        cue="killed two people and wounded 14 on Monday",
        note="'including a child' and 'a 67-year-old woman' are single unnumbered people, not figures.",
    ),
    g("injured", 14, "russia", scope="event", as_of="2025-01-27", by="belgorod governor", cue="wounded 14 on Monday"),
    g(
        "evacuated",
        112000,
        "russia",
        scope="total",
        as_of="2025-01-27",
        by="kursk acting governor",
        q="approx",
        cue="About 112,000 residents of Kursk border districts remain evacuated",
        note="'remain evacuated' -> running total; 'said on Monday' -> 2025-01-27.",
    ),
    g(
        "killed",
        100,
        "russia",
        scope="total",
        as_of=D7,
        by="russian officials",
        pop="civilians",
        q="lower",
        cue="at least 100 civilians have been killed in the Kursk region",
    ),
    g(
        "detained",
        900,
        "russia",
        scope="total",
        as_of=D7,
        by="ukrainian military",
        pop="combatants",
        q="lower",
        cue="captured more than 900 Russian soldiers",
        note="captured soldiers = prisoners taken -> detained.",
    ),
    g(
        "killed",
        1000,
        "north-korea",
        scope="total",
        as_of=D7,
        by="ukrainian military intelligence",
        pop="combatants",
        q="approx",
        cue="about 1,000 North Korean troops",
        note="soldiers belong to the party they serve -> north-korea, though they fight for Russia (debatable).",
    ),
    g("detained", 3, "russia", scope="event", as_of=D7, by="fsb", cue="detained three Russian citizens"),
    g(
        "projectiles",
        81,
        "russia",
        scope="event",
        as_of=D7,
        by="ukrainian air force",
        cue="Russia launched 81 drones",
        note="'47 drones had been shot down' is an interception count, not annotated.",
    ),
    g(
        "projectiles",
        3,
        "russia",
        scope="event",
        as_of=D7,
        by="ukrainian air force",
        cue="three ballistic missiles overnight",
    ),
)

D8 = "2025-02-20"  # a Thursday
MYANMAR = article(
    "n08_myanmar_sagaing_airstrike_broadcaster",
    D8,
    """
    Myanmar: Air strike on Sagaing village kills at least 27, residents say

    20 February 2025
    Share · Save

    Khin Lay and Mark Dalton
    World Service Asia-Pacific

    A Myanmar military air strike on a village in the central Sagaing region has killed at least 27 people, including nine children, according to residents and a local resistance group.

    A jet dropped two bombs on Kyun Taw village in Kanbalu township at about 10:30 on Tuesday morning, as villagers gathered in a monastery compound for a novice ordination ceremony, witnesses told us. Between 30 and 40 people were wounded, and about 15 are still missing, residents said.

    "We buried them in the evening because there was nowhere to keep the bodies," said a 38-year-old farmer who lost his wife and mother. He asked not to be named for fear of reprisals.

    After the strike, about 3,000 villagers fled into forests and neighbouring villages, fearing further attacks, according to a local aid group that is distributing rice and tarpaulins.

    The military, which seized power in a coup in February 2021, did not respond to requests for comment. State media reported on Wednesday that the army had repelled "terrorist" attacks in Kanbalu and killed dozens of members of the People's Defence Force (PDF), the loose network of armed groups opposed to military rule.

    The local PDF battalion said its fighters had killed 12 junta soldiers in an ambush on a military convoy on Monday, losing three of its own members.

    Four years of conflict

    The Assistance Association for Political Prisoners (AAPP), a monitoring group, says security forces have killed at least 6,200 civilians since the coup, and that more than 21,000 people remain in detention.

    The UN says more than 3.5 million people are displaced across the country. Neighbouring Bangladesh also hosts nearly one million Rohingya refugees, most of whom fled a military crackdown in 2017.

    Air strikes have become more frequent as the military has lost ground to ethnic armed groups and resistance forces along its borders. One monitoring group recorded more than 1,200 air strikes in the past year, many of them on schools, clinics and religious buildings.

    Related topics: Myanmar · Asia · Conflict
    """,
    g(
        "killed",
        27,
        "myanmar",
        scope="event",
        as_of="2025-02-18",
        by="residents",
        q="lower",
        cue="has killed at least 27 people",
        note="the strike was 'on Tuesday' -> 2025-02-18; headline and lead are one figure; attributed to 'residents and a local resistance group' -> residents.",
    ),
    g(
        "killed",
        9,
        "myanmar",
        scope="event",
        as_of="2025-02-18",
        by="residents",
        pop="children",
        cue="including nine children",
    ),
    g(
        "injured",
        30,
        "myanmar",
        scope="event",
        as_of="2025-02-18",
        by="residents",
        q="range",
        high=40,
        cue="Between 30 and 40 people were wounded",
    ),
    g(
        "missing",
        15,
        "myanmar",
        scope="event",
        as_of="2025-02-18",
        by="residents",
        q="approx",
        cue="about 15 are still missing",
    ),
    g(
        "displaced",
        3000,
        "myanmar",
        scope="event",
        as_of="2025-02-18",
        by="local aid group",
        q="approx",
        cue="about 3,000 villagers fled into forests",
        note="flight after this strike -> event, the strike's day.",
    ),
    g(
        "killed",
        24,
        "myanmar",
        scope="event",
        as_of="2025-02-19",
        by="state media",
        pop="combatants",
        q="lower",
        cue="killed dozens of members of the People's Defence Force",
        note="vague 'dozens' -> 24/lower; 'reported on Wednesday' -> 2025-02-19 (no other day given for the fighting).",
    ),
    g(
        "killed",
        12,
        "myanmar",
        scope="event",
        as_of="2025-02-17",
        by="people's defence force",
        pop="combatants",
        cue="killed 12 junta soldiers",
        note="'on Monday' -> 2025-02-17; junta soldiers and PDF fighters are both myanmar.",
    ),
    g(
        "killed",
        3,
        "myanmar",
        scope="event",
        as_of="2025-02-17",
        by="people's defence force",
        pop="combatants",
        cue="losing three of its own members",
    ),
    g(
        "killed",
        6200,
        "myanmar",
        scope="total",
        as_of=D8,
        by="aapp",
        pop="civilians",
        q="lower",
        cue="killed at least 6,200 civilians since the coup",
    ),
    g(
        "detained",
        21000,
        "myanmar",
        scope="total",
        as_of=D8,
        by="aapp",
        q="lower",
        cue="more than 21,000 people remain in detention",
    ),
    g(
        "displaced",
        3500000,
        "myanmar",
        scope="total",
        as_of=D8,
        by="un",
        q="lower",
        cue="more than 3.5 million people are displaced",
    ),
    g(
        "displaced",
        1000000,
        "myanmar",
        scope="total",
        as_of=D8,
        q="upper",
        cue="nearly one million Rohingya refugees",
        note="refugees from Myanmar hosted in Bangladesh -> displaced, side myanmar (their conflict), though they fled an earlier crackdown (debatable); '1,200 air strikes' counts strikes, not projectiles or people.",
    ),
)

D9 = "2024-12-05"  # a Thursday
PAKISTAN = article(
    "n09_pakistan_bannu_checkpoint_daily",
    D9,
    """
    12 soldiers martyred as militants storm Bannu checkpoint; 16 attackers killed, says ISPR

    The Frontier Tribune
    Zahid Afridi
    Peshawar | Published December 5, 2024

    PESHAWAR: Twelve security personnel were martyred and 16 militants killed when a group of attackers stormed a joint checkpoint of the army and the Frontier Corps in Bannu district late on Wednesday, the military's media wing said on Thursday.

    According to the Inter-Services Public Relations (ISPR), the militants first rammed an explosives-laden vehicle into the outer wall of the post, causing part of a residential block to collapse, before opening fire with automatic weapons. Six other soldiers and two civilians were injured and shifted to the Combined Military Hospital, Bannu.

    The ISPR described the attackers as "khawarij", the term the state uses for the banned Tehreek-e-Taliban Pakistan, and said they had used Afghan soil to plan the assault. The provincial government announced compensation of Rs10 million for the family of each martyred soldier.

    Bannu police said they had arrested 14 suspected facilitators in raids across the district on Thursday. Separately, militants abducted five workers of a private construction company from a road project in Lakki Marwat on Sunday, the Lakki Marwat police said, adding that a search operation was under way.

    Khyber Pakhtunkhwa has borne the brunt of a surge in militant violence since the Afghan Taliban returned to power in 2021. The Centre for Research and Security Studies (CRSS), an Islamabad-based think tank, has recorded more than 1,600 deaths in militant violence across the country in 2024 so far, including some 680 security personnel.

    In Khyber district, nearly 18,000 residents have been displaced from the Tirah valley by fighting between security forces and militants, the district administration said. Many are living with relatives in Bara and Peshawar.

    Tensions with Kabul have also risen. Afghan Taliban officials said Pakistani shelling in Khost province on Tuesday killed three civilians, including a woman, and wounded seven others. The Foreign Office in Islamabad did not comment on the claim but said Pakistan "reserves the right to respond" to attacks launched from across the 2,640-kilometre border.

    Funeral prayers for the martyred soldiers were offered at Bannu Cantonment, attended by the corps commander and senior civil officials. The chief minister said the "sacrifices of our brave sons will not go in vain".
    """,
    g(
        "killed",
        12,
        "pakistan",
        scope="event",
        as_of="2024-12-04",
        by="ispr",
        pop="combatants",
        cue="Twelve security personnel were martyred",
        note="headline '12 soldiers martyred' is the same figure; 'martyred' = killed; 'late on Wednesday' -> 2024-12-04.",
    ),
    g(
        "killed",
        16,
        "pakistan",
        scope="event",
        as_of="2024-12-04",
        by="ispr",
        pop="combatants",
        cue="16 militants killed",
        note="TTP militants -> pakistan (the group's country), though ISPR says they planned from Afghan soil.",
    ),
    g(
        "injured",
        6,
        "pakistan",
        scope="event",
        as_of="2024-12-04",
        by="ispr",
        pop="combatants",
        cue="Six other soldiers and two civilians were injured",
    ),
    g(
        "injured",
        2,
        "pakistan",
        scope="event",
        as_of="2024-12-04",
        by="ispr",
        pop="civilians",
        cue="two civilians were injured",
    ),
    g(
        "detained",
        14,
        "pakistan",
        scope="event",
        as_of=D9,
        by="bannu police",
        cue="arrested 14 suspected facilitators",
        note="'Rs10 million' is money.",
    ),
    g(
        "hostages",
        5,
        "pakistan",
        scope="event",
        as_of="2024-12-01",
        by="lakki marwat police",
        cue="abducted five workers",
        note="'on Sunday' -> 2024-12-01.",
    ),
    g(
        "killed",
        1600,
        "pakistan",
        scope="total",
        as_of=D9,
        by="crss",
        q="lower",
        cue="more than 1,600 deaths in militant violence",
        note="'in 2024 so far' -> a running toll ('so far') -> total.",
    ),
    g(
        "killed",
        680,
        "pakistan",
        scope="total",
        as_of=D9,
        by="crss",
        pop="combatants",
        q="approx",
        cue="some 680 security personnel",
    ),
    g(
        "displaced",
        18000,
        "pakistan",
        scope="total",
        as_of=D9,
        by="khyber district administration",
        q="upper",
        cue="nearly 18,000 residents have been displaced from the Tirah valley",
    ),
    g(
        "killed",
        3,
        "afghanistan",
        scope="event",
        as_of="2024-12-03",
        by="afghan taliban officials",
        pop="civilians",
        cue="killed three civilians, including a woman",
        note="'on Tuesday' -> 2024-12-03; 'a woman' is a single unnumbered person, not a figure.",
    ),
    g(
        "injured",
        7,
        "afghanistan",
        scope="event",
        as_of="2024-12-03",
        by="afghan taliban officials",
        cue="wounded seven others",
        note="'2,640-kilometre border' is a distance.",
    ),
)

ARTICLES = [UKRAINE, RUSSIA, MYANMAR, PAKISTAN]
