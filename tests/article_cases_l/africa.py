"""Sudan (a broadcaster on the Zamzam camp assault, April 2025), South Sudan (a Juba outlet on the Nasir crisis,
March 2025), Ethiopia (a human-rights commission press release on Amhara, March 2024), Somalia (a Puntland
outlet on the Cal Miskaad offensive, February 2025), Nigeria (a wire story on the Kuriga school kidnapping,
March 2024) and Mozambique (an undated long-form feature on Cabo Delgado)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

SUDAN = article(
    "l_sudan_zamzam_camp_broadcaster",
    "2025-04-14",
    """
    Sudan war: Hundreds killed as RSF storms Zamzam displacement camp

    14 April 2025

    Share
    Save

    By Amira Osman, BBC News, Nairobi

    Satellite images show fires across the Zamzam camp, south of El Fasher. Maxar Technologies

    More than 400 people have been killed in attacks by the paramilitary Rapid Support Forces (RSF) on the Zamzam and Abu Shouk displacement camps and on the city of El Fasher since Friday, the UN says, including at least 20 children.

    Nine staff members of the aid group Relief International, including doctors and drivers, were killed on Friday when fighters overran the clinic it runs in Zamzam, the organisation said.

    The UN's migration agency, IOM, said as many as 400,000 people may have fled Zamzam, once Sudan's largest camp for people displaced by the war in Darfur. Aid workers in the town of Tawila, about 60km (37 miles) to the west, said between 10,000 and 15,000 people had arrived there since Saturday, many of them on foot.

    "We walked for two days without water. My mother could not continue," said Fatima, 29, who reached Tawila with her three-year-old son. Medical charity MSF said it had treated about 140 wounded people in Tawila, most of them with gunshot wounds.

    Residents said dozens of women and girls had been abducted by RSF fighters during the assault. The RSF denied targeting civilians and said it had "liberated" the camp from army-allied militias.

    Sudan's army said it had repelled an attack on El Fasher and killed dozens of RSF fighters. The Sudan Doctors Network said at least 12 health workers had been killed in North Darfur since the start of the month.

    El Fasher is the army's last stronghold in Darfur and has been under RSF siege since May last year. Famine was confirmed in Zamzam in August.

    The war, which began on 15 April 2023, has killed tens of thousands of people and displaced more than 12 million, according to the UN, in what it calls the world's largest humanitarian crisis. Nearly 25 million people face acute hunger.

    A conference on Sudan opens in London on Tuesday, the second anniversary of the war. Neither the army nor the RSF has been invited.

    More on this story
    Sudan's army retakes presidential palace in Khartoum
    """,
    g(
        "killed",
        400,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="un",
        cue="More than 400 people have been killed",
        note="attacks since Friday (a window) -> event; the headline's 'Hundreds killed' is the same figure.",
    ),
    g(
        "killed",
        20,
        "sudan",
        pop="children",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="un",
        cue="including at least 20 children",
    ),
    g(
        "killed",
        9,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of="2025-04-11",
        by="relief international",
        cue="Nine staff members of the aid group Relief International",
        note="aid-group staff including doctors -> aid_workers (debatable: medics).",
    ),
    g(
        "displaced",
        400000,
        "sudan",
        q="upper",
        scope="event",
        as_of="2025-04-14",
        by="iom",
        cue="as many as 400,000 people may have fled Zamzam",
        note="'as many as' -> upper.",
    ),
    g(
        "displaced",
        10000,
        "sudan",
        q="range",
        high=15000,
        scope="event",
        as_of="2025-04-14",
        by="aid workers in tawila",
        cue="between 10,000 and 15,000 people had arrived there",
    ),
    g(
        "injured",
        140,
        "sudan",
        q="approx",
        scope="event",
        as_of="2025-04-14",
        by="msf",
        cue="treated about 140 wounded people",
    ),
    g(
        "hostages",
        24,
        "sudan",
        pop="women",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="residents",
        cue="dozens of women and girls had been abducted",
        note="abducted -> hostages; 'women and girls' -> women (debatable); vague 'dozens' -> 24/lower.",
    ),
    g(
        "killed",
        24,
        "sudan",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="sudanese army",
        cue="killed dozens of RSF fighters",
        note="RSF fighters are Sudanese -> sudan.",
    ),
    g(
        "killed",
        12,
        "sudan",
        pop="medics",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="sudan doctors network",
        cue="at least 12 health workers had been killed in North Darfur",
    ),
    g(
        "killed",
        20000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-04-14",
        by="un",
        cue="has killed tens of thousands of people",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-04-14",
        by="un",
        cue="displaced more than 12 million",
        note="'Nearly 25 million people face acute hunger' is not a metric: not annotated.",
    ),
)

SOUTH_SUDAN = article(
    "l_south_sudan_nasir_crisis_juba",
    "2025-03-10",
    """
    Makuei: 27 SSPDF soldiers killed in Nasir as government vows to 'hold perpetrators accountable'

    JUBA, 10 March 2025 - The government has confirmed that 27 soldiers of the South Sudan People's Defence Forces (SSPDF), including the commander of the Nasir garrison, were killed last week when the White Army militia overran the base and attacked a UN helicopter sent to evacuate them.

    Information Minister Michael Makuei told journalists in Juba on Monday that the attack on Friday was "an act of rebellion" carried out with the support of forces loyal to First Vice President Riek Machar, a charge Machar's SPLM-IO denies.

    A UN crew member was killed in the attack on the helicopter and others were seriously injured, the UN mission in South Sudan (UNMISS) said.

    The army said it had killed dozens of White Army fighters in fighting around Nasir and Ulang. Local officials in Nasir county said government airstrikes on Saturday and Sunday killed at least 21 civilians, including women and children. Médecins Sans Frontières said its hospital in Ulang had treated 18 wounded people since Friday.

    At least 20 officials and military officers allied to Machar, including the petroleum minister and the deputy army chief, have been detained in Juba since last week, according to the SPLM-IO.

    UNHCR said about 10,000 people had crossed into Ethiopia's Gambella region, while some 50,000 others were displaced within Upper Nile state. Witnesses said a force of some 6,000 armed youths was still gathered near Nasir.

    "We are seeing a dangerous regression that could wipe out years of hard-won progress," the head of UNMISS, Nicholas Haysom, said in a statement.

    The country's 2013-2018 civil war, fought largely along ethnic lines between forces loyal to President Salva Kiir and to Machar, killed an estimated 400,000 people before a peace deal was signed in 2018.

    Upper Nile is also the centre of a cholera outbreak that has killed more than 600 people across the country since September, according to the ministry of health.

    Uganda said on Sunday it had deployed special forces to Juba at the request of the government.

    Share this: Facebook | X | WhatsApp
    """,
    g(
        "killed",
        27,
        "south-sudan",
        pop="combatants",
        scope="event",
        as_of="2025-03-07",
        by="south sudanese government",
        cue="27 soldiers of the South Sudan People's Defence Forces",
        note="headline repeats it; the attack was 'on Friday' -> 2025-03-07. The killed UN crew member is a single person, no count.",
    ),
    g(
        "killed",
        24,
        "south-sudan",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-03-10",
        by="sspdf",
        cue="killed dozens of White Army fighters",
        note="vague 'dozens' -> 24/lower; fighting on several days -> dated to the report.",
    ),
    g(
        "killed",
        21,
        "south-sudan",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-03-09",
        by="nasir county officials",
        cue="killed at least 21 civilians",
        note="'on Saturday and Sunday' dated to its last day (debatable).",
    ),
    g(
        "injured",
        18,
        "south-sudan",
        scope="event",
        as_of="2025-03-10",
        by="msf",
        cue="had treated 18 wounded people since Friday",
    ),
    g(
        "detained",
        20,
        "south-sudan",
        q="lower",
        scope="event",
        as_of="2025-03-10",
        by="splm-io",
        cue="At least 20 officials and military officers allied to Machar",
    ),
    g(
        "displaced",
        10000,
        "south-sudan",
        q="approx",
        scope="event",
        as_of="2025-03-10",
        by="unhcr",
        cue="about 10,000 people had crossed into Ethiopia's Gambella region",
    ),
    g(
        "displaced",
        50000,
        "south-sudan",
        q="approx",
        scope="event",
        as_of="2025-03-10",
        by="unhcr",
        cue="some 50,000 others were displaced within Upper Nile state",
        note="'a force of some 6,000 armed youths' is a strength, not a figure.",
    ),
    g(
        "killed",
        400000,
        "south-sudan",
        q="approx",
        scope="total",
        as_of="2025-03-10",
        by=None,
        cue="killed an estimated 400,000 people",
        note="toll of a past war (2013-2018) -> total, as_of the article date (debatable).",
    ),
    g(
        "killed",
        600,
        "south-sudan",
        q="lower",
        scope="total",
        as_of="2025-03-10",
        by="south sudanese health ministry",
        cue="cholera outbreak that has killed more than 600 people",
        note="disease deaths of a crisis, still a reported killed toll (debatable).",
    ),
)

ETHIOPIA = article(
    "l_ethiopia_merawi_ehrc_release",
    "2024-03-05",
    """
    Ethiopian Human Rights Commission (EHRC)

    Amhara Region: Civilians killed in Merawi town must be accounted for

    Press Release
    Addis Ababa, March 5, 2024

    The Ethiopian Human Rights Commission (EHRC) has concluded a preliminary investigation into the killings of civilians in Merawi town, West Gojjam Zone, Amhara Region, on January 29, 2024.

    The Commission has established that members of the government security forces killed at least 45 civilians in house-to-house searches that followed an armed clash with Fano militia fighters in the early hours of that day. Residents who spoke to the Commission said the number of victims could be more than 80. Among the victims identified by the Commission were eight women. At least 15 people were wounded.

    Witnesses told the Commission that men were taken from their homes, accused of supporting Fano, and shot in the street. Bodies were left unburied for up to two days.

    The Commission also documented abuses by Fano fighters. In North Shewa Zone, Fano members killed 12 civilians in two villages in February and abducted more than 30 people for ransom, according to residents and local officials.

    Since the declaration of the state of emergency in August 2023, the Commission has received reports of the arbitrary detention of thousands of people in Amhara Region and in Addis Ababa, most of them ethnic Amhara young men. Two health workers who treated wounded people in Merawi were among those detained.

    The Commission has also verified reports that drone strikes killed at least 248 civilians in Amhara between August 2023 and January 2024, including strikes on public transport and markets.

    According to the UN Office for the Coordination of Humanitarian Affairs (OCHA), some 770,000 people remain displaced in Amhara Region.

    The Commission calls on:
    1. The federal government to conduct a prompt, independent and effective investigation and to bring those responsible to justice;
    2. All parties to the conflict to respect international humanitarian law and to protect civilians;
    3. The federal government to release all persons detained without charge and to lift restrictions on humanitarian access.

    The state of emergency, extended by parliament in February for four more months, gives security forces broad powers of arrest without a court warrant.

    -END-
    """,
    g(
        "killed",
        45,
        "ethiopia",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2024-01-29",
        by=None,
        cue="killed at least 45 civilians",
        note="the Commission's own finding in its own release -> reported_by null.",
    ),
    g(
        "killed",
        80,
        "ethiopia",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2024-01-29",
        by="residents",
        cue="the number of victims could be more than 80",
    ),
    g(
        "killed",
        8,
        "ethiopia",
        pop="women",
        scope="event",
        as_of="2024-01-29",
        by=None,
        cue="Among the victims identified by the Commission were eight women",
    ),
    g(
        "injured",
        15,
        "ethiopia",
        q="lower",
        scope="event",
        as_of="2024-01-29",
        by=None,
        cue="At least 15 people were wounded",
    ),
    g(
        "killed",
        12,
        "ethiopia",
        pop="civilians",
        scope="event",
        as_of="2024-02-29",
        by="residents and local officials",
        cue="Fano members killed 12 civilians in two villages in February",
        note="'in February' with no day -> last day of the month (debatable).",
    ),
    g(
        "hostages",
        30,
        "ethiopia",
        q="lower",
        scope="event",
        as_of="2024-02-29",
        by="residents and local officials",
        cue="abducted more than 30 people for ransom",
    ),
    g(
        "detained",
        2000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of="2024-03-05",
        by=None,
        cue="arbitrary detention of thousands of people",
        note="vague 'thousands' -> 2000/lower; since the emergency began -> running total.",
    ),
    g(
        "detained",
        2,
        "ethiopia",
        pop="medics",
        scope="event",
        as_of="2024-03-05",
        by=None,
        cue="Two health workers who treated wounded people in Merawi",
    ),
    g(
        "killed",
        248,
        "ethiopia",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2024-01-31",
        by=None,
        cue="drone strikes killed at least 248 civilians",
        note="a window August 2023-January 2024 -> event, dated to its last day (debatable).",
    ),
    g(
        "displaced",
        770000,
        "ethiopia",
        q="approx",
        scope="total",
        as_of="2024-03-05",
        by="ocha",
        cue="some 770,000 people remain displaced",
    ),
)

SOMALIA = article(
    "l_somalia_puntland_cal_miskaad_outlet",
    "2025-02-18",
    """
    Garowe Online
    February 18, 2025

    Puntland says over 150 ISIS fighters killed in Cal Miskaad offensive

    BOSASO, Somalia - Puntland forces have killed more than 150 ISIS fighters, including 11 commanders, since launching an offensive against the group's bases in the Cal Miskaad mountains of Bari region in late December, the regional defence ministry said on Tuesday.

    At least 17 Puntland soldiers have been killed and more than 40 wounded in the operation, known as Hilaac, the ministry said in a statement. It said troops had captured more than 50 militants, among them fighters from Ethiopia, Morocco and Tanzania.

    Military officials said ISIS fighters had used at least seven explosive-laden drones against Puntland positions near Dhasan this month, a tactic rarely seen in Somalia. Five civilians were injured when a drone hit a water point on Sunday, local elders said.

    The offensive began days after an ISIS suicide attack on a military base in Dharjaale on December 31 killed 22 soldiers. The group, led by Abdulqadir Mumin, is believed to have up to 1,000 fighters, many of them foreigners.

    The United States Africa Command (AFRICOM) said it had carried out several airstrikes in support of the operation, killing "multiple" ISIS operatives. AFRICOM does not usually give figures.

    The UN says about 12,000 people have been displaced from villages in the Cal Miskaad area since the fighting began, and aid agencies say they are struggling to reach them because of landmines on the roads.

    Puntland President Said Abdullahi Deni visited wounded soldiers in Bosaso on Monday and said the operation would continue "until the last terrorist is removed from our mountains".

    Puntland has been at odds with the federal government in Mogadishu, which it accuses of failing to support the campaign.

    Related Stories
    - Al-Shabaab claims attack on army base in Middle Shabelle
    - Drought: 4.4 million Somalis face food shortages, UN warns
    """,
    g(
        "killed",
        150,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-02-18",
        by="puntland defence ministry",
        cue="killed more than 150 ISIS fighters",
        note="ISIS-Somalia fighters -> somalia; the offensive since late December is a window -> event (debatable).",
    ),
    g(
        "killed",
        11,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2025-02-18",
        by="puntland defence ministry",
        cue="including 11 commanders",
    ),
    g(
        "killed",
        17,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-02-18",
        by="puntland defence ministry",
        cue="At least 17 Puntland soldiers have been killed",
    ),
    g(
        "injured",
        40,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-02-18",
        by="puntland defence ministry",
        cue="more than 40 wounded in the operation",
    ),
    g(
        "detained",
        50,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-02-18",
        by="puntland defence ministry",
        cue="captured more than 50 militants",
    ),
    g(
        "projectiles",
        7,
        "somalia",
        q="lower",
        scope="event",
        as_of="2025-02-18",
        by="military officials",
        cue="at least seven explosive-laden drones",
        note="drones launched by ISIS-Somalia -> side somalia.",
    ),
    g(
        "injured",
        5,
        "somalia",
        pop="civilians",
        scope="event",
        as_of="2025-02-16",
        by="local elders",
        cue="Five civilians were injured when a drone hit",
    ),
    g(
        "killed",
        22,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-12-31",
        by=None,
        cue="on December 31 killed 22 soldiers",
        note="'up to 1,000 fighters' is a strength, not a figure; '4.4 million Somalis face food shortages' is not a metric.",
    ),
    g(
        "displaced",
        12000,
        "somalia",
        q="approx",
        scope="total",
        as_of="2025-02-18",
        by="un",
        cue="about 12,000 people have been displaced",
    ),
)

NIGERIA = article(
    "l_nigeria_kuriga_kidnapping_wire",
    "2024-03-08",
    """
    Gunmen abduct 287 pupils from school in northern Nigeria, the second mass kidnapping in a week

    By Chinedu Okafor
    Associated Press
    March 8, 2024 at 6:02 p.m. GMT+1

    ABUJA, Nigeria (AP) - Gunmen on motorcycles stormed a school in Nigeria's northwestern Kaduna state on Thursday and abducted 287 pupils, a teacher at the school said on Friday, the country's largest mass kidnapping from a school in years.

    The attack in the town of Kuriga happened as pupils gathered for morning assembly, said the teacher, Sani Abdullahi. A school staff member was killed, residents said. Kaduna Governor Uba Sani visited the town on Friday and promised that "every single child" would be brought back.

    It was the second mass abduction in Nigeria in less than a week. Last week, suspected Islamic extremists abducted more than 200 people, mostly women and children, who had gone to gather firewood near a displacement camp in Gamboru Ngala in northeastern Borno state, according to the United Nations.

    No group claimed responsibility for Thursday's kidnapping. Such attacks in the northwest are usually carried out by armed gangs seeking ransom.

    "We ran into the bush, but they caught many of the children," said Aminu Ibrahim, whose daughters were taken. "We have heard nothing since."

    Mass kidnappings of students became notorious in 2014, when Boko Haram militants seized 276 schoolgirls from their dormitory in Chibok on the night of April 14, 2014. About 90 of them are believed to be still held, a decade later.

    UNICEF says more than 1,680 students have been abducted in Nigeria since the Chibok kidnapping.

    In December, a military drone strike on Tudun Biri village in Kaduna state killed at least 85 civilians who were celebrating a religious festival, an attack the army said was a mistake.

    The conflict with Boko Haram and its offshoot in the northeast has killed more than 35,000 people and displaced more than 2 million since 2009, according to the U.N.

    Associated Press writer Haruna Umar in Maiduguri contributed to this report.

    Copyright 2024 The Associated Press. All Rights Reserved.
    """,
    g(
        "hostages",
        287,
        "nigeria",
        pop="children",
        scope="event",
        as_of="2024-03-07",
        by="a teacher at the school",
        cue="abducted 287 pupils, a teacher at the school said",
        note="pupils -> children; abducted -> hostages; headline repeats it.",
    ),
    g(
        "hostages",
        200,
        "nigeria",
        q="lower",
        scope="event",
        as_of="2024-03-08",
        by="un",
        cue="abducted more than 200 people, mostly women and children",
        note="'Last week' with no day -> dated to the article (debatable); 'mostly women and children' has no number.",
    ),
    g(
        "hostages",
        276,
        "nigeria",
        pop="children",
        scope="event",
        as_of="2014-04-14",
        by=None,
        cue="seized 276 schoolgirls",
        note="historical event with its day stated -> as_of 2014-04-14; schoolgirls -> children.",
    ),
    g(
        "hostages",
        90,
        "nigeria",
        pop="women",
        q="approx",
        scope="total",
        as_of="2024-03-08",
        by=None,
        cue="About 90 of them are believed to be still held",
        note="the Chibok girls, now adults -> women (debatable: children).",
    ),
    g(
        "hostages",
        1680,
        "nigeria",
        pop="children",
        q="lower",
        scope="total",
        as_of="2024-03-08",
        by="unicef",
        cue="more than 1,680 students have been abducted",
        note="students -> children (debatable).",
    ),
    g(
        "killed",
        85,
        "nigeria",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2023-12-31",
        by=None,
        cue="killed at least 85 civilians",
        note="'In December' with no day -> last day of the month (debatable; the strike was 3 December 2023).",
    ),
    g(
        "killed",
        35000,
        "nigeria",
        q="lower",
        scope="total",
        as_of="2024-03-08",
        by="un",
        cue="has killed more than 35,000 people",
    ),
    g(
        "displaced",
        2000000,
        "nigeria",
        q="lower",
        scope="total",
        as_of="2024-03-08",
        by="un",
        cue="displaced more than 2 million since 2009",
    ),
)

MOZAMBIQUE = article(
    "l_mozambique_cabo_delgado_feature",
    None,
    """
    Long read

    The war nobody counts: eight years of insurgency in Cabo Delgado

    In Mozambique's far north, an Islamic State-linked insurgency has outlasted foreign troops, gas companies and the world's attention. Residents are learning to live with it.

    Words by Helena Duarte | Photographs by Tomas Mabunda

    The women of Ancuabe start walking to their fields before dawn, in groups, and they are home before the sun is high. "If you are alone, they take you," says Amina, 34, who fled her village with her children in 2020 and came back last year. "Nobody is really back. We are just here."

    Since the first attack on a police station in Mocímboa da Praia in October 2017, the insurgents known locally as al-Shabaab, though unrelated to the Somali group, have killed more than 6,000 people, according to the monitoring group ACLED, about 2,500 of them civilians. At the peak of the violence more than 1 million people were displaced across Cabo Delgado and neighbouring provinces.

    The attack that made the world notice came in March 2021, when fighters overran the town of Palma, next to the site of a $20 billion liquefied natural gas project. Dozens of people were killed, some of them foreign contractors, and the navy and private boats evacuated some 1,400 people from the beaches. The company suspended the project.

    Rwandan troops arrived that summer and retook the main towns. But the insurgency adapted, splitting into small mobile units. In May 2024 more than 100 fighters briefly occupied the district capital of Macomia, looting food and medicines. Later that year, insurgents killed 11 villagers in a raid in Mocímboa da Praia district and, in an ambush near Mbau, killed at least 20 soldiers.

    Children bear much of the cost. Human Rights Watch says the insurgents abducted at least 120 children in 2024 alone, using the boys as fighters and forcing the girls into marriage. Families say at least 60 people taken in raids are still missing.

    Médecins Sans Frontières, one of the few international groups still working in the interior, says its teams treated nearly 300 people wounded by violence in a single year, most of them with machete and gunshot wounds.

    "There is no front line," a Mozambican officer in Macomia told me. "They are fishermen in the morning and fighters at night."

    The government says the situation is under control, and many of the displaced have gone home. Yet each new raid sends families running again, to the coast, to the towns, or into the bush, where there are no clinics and no schools.

    Amina's eldest son, 15, does not go to school any more. He sells charcoal by the road. "He is safer near me," she says.

    This article was supported by a grant from a journalism fund. Read more long reads.
    """,
    g(
        "killed",
        6000,
        "mozambique",
        q="lower",
        scope="total",
        as_of=None,
        by="acled",
        cue="have killed more than 6,000 people",
        note="undated article -> as_of null for every figure.",
    ),
    g(
        "killed",
        2500,
        "mozambique",
        pop="civilians",
        q="approx",
        scope="total",
        as_of=None,
        by="acled",
        cue="about 2,500 of them civilians",
    ),
    g(
        "displaced",
        1000000,
        "mozambique",
        q="lower",
        scope="total",
        as_of=None,
        by=None,
        cue="more than 1 million people were displaced",
        note="a peak count, still the conflict's displacement toll -> total.",
    ),
    g(
        "killed",
        24,
        "mozambique",
        q="lower",
        scope="event",
        as_of=None,
        by=None,
        cue="Dozens of people were killed",
        note="vague 'dozens' -> 24/lower.",
    ),
    g(
        "evacuated",
        1400,
        "mozambique",
        q="approx",
        scope="event",
        as_of=None,
        by=None,
        cue="evacuated some 1,400 people from the beaches",
        note="'more than 100 fighters' who occupied Macomia is a strength, not a figure; '$20 billion' is money.",
    ),
    g("killed", 11, "mozambique", scope="event", as_of=None, by=None, cue="insurgents killed 11 villagers"),
    g(
        "killed",
        20,
        "mozambique",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=None,
        by=None,
        cue="killed at least 20 soldiers",
    ),
    g(
        "hostages",
        120,
        "mozambique",
        pop="children",
        q="lower",
        scope="event",
        as_of=None,
        by="human rights watch",
        cue="abducted at least 120 children in 2024 alone",
        note="a one-year window -> event (debatable).",
    ),
    g(
        "missing",
        60,
        "mozambique",
        q="lower",
        scope="total",
        as_of=None,
        by="families",
        cue="at least 60 people taken in raids are still missing",
    ),
    g(
        "injured",
        300,
        "mozambique",
        q="upper",
        scope="event",
        as_of=None,
        by="msf",
        cue="treated nearly 300 people wounded by violence in a single year",
        note="'nearly' -> upper; a one-year window -> event.",
    ),
)

ARTICLES = [SUDAN, SOUTH_SUDAN, ETHIOPIA, SOMALIA, NIGERIA, MOZAMBIQUE]
