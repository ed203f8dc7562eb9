"""Sudan (an NGO press release on the Zamzam camp assault, April 2025), DR Congo (a ReliefWeb-style OCHA
update on Goma, February 2025), the Sahel (a wire story on Burkina Faso, Mali and Niger, May 2025) and Nigeria
(a Lagos daily on the Kuriga school abduction, March 2024)."""

# ruff: noqa: E501

from __future__ import annotations

from . import DRC, article, g

ZAMZAM = article(
    "h_sudan_zamzam_ngo_release",
    "2025-04-14",
    """
    Sudan: Survivors of Zamzam camp attack describe killings as thousands flee to Tawila

    Press release
    14 April 2025

    Médecins Sans Frontières (MSF) is calling on the Rapid Support Forces (RSF) and the Sudanese Armed Forces to protect civilians after a three-day assault on Zamzam displacement camp, North Darfur, which has left hundreds dead and forced a mass exodus towards Tawila.

    The RSF attack on Zamzam and nearby Abu Shouk camp, which began on Friday, has killed more than 400 people, according to the United Nations. Among the dead are nine staff members of the aid organisation Relief International, who were killed while running one of the last functioning clinics in the camp.

    Zamzam sheltered an estimated 500,000 people before the attack, many of whom had fled earlier fighting in El Fasher. The International Organization for Migration (IOM) estimates that between 280,000 and 400,000 people have now fled the camp.

    Our teams in Tawila, some 60 km west of El Fasher, have received at least 10,000 new arrivals since Saturday. Most walked for two days with little water.

    "People arrive exhausted and in shock. Many told us they saw relatives shot in front of them," said Marion Ramstein, MSF project coordinator in Tawila.

    Since Saturday, MSF teams in Tawila have treated more than 150 wounded people, most with gunshot wounds, 42 of them children. Dozens of people, mostly women and older people, are reported missing along the road from Zamzam, according to survivors.

    Famine was confirmed in Zamzam in August 2024. Before the attack, one child was dying every two hours in the camp, according to aid groups.

    Two years into the war between the Sudanese army and the RSF, tens of thousands of people have been killed and more than 12 million have been forced from their homes, making Sudan the world's largest displacement crisis.

    MSF calls on all parties to allow safe passage for civilians leaving El Fasher and unimpeded access for humanitarian aid.

    Notes to editors: MSF has worked in Sudan since 1979. Spokespeople are available in English, French and Arabic.
    """,
    g(
        "killed",
        400,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="un",
        cue="has killed more than 400 people, according to the United Nations",
        note="debatable scope: one three-day assault on a camp -> event, dated to the report day. 'hundreds dead' in the lead is the same toll and 'thousands flee' in the headline the same flight as the figures below (not listed again; debatable).",
    ),
    g(
        "killed",
        9,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of="2025-04-14",
        by="un",
        cue="nine staff members of the aid organisation Relief International",
        note="attribution carried from the previous sentence (debatable).",
    ),
    g(
        "displaced",
        500000,
        "sudan",
        q="approx",
        scope="total",
        as_of="2025-04-14",
        by=None,
        cue="Zamzam sheltered an estimated 500,000 people",
        note="debatable: people sheltering in a displacement camp are displaced (seed convention 'sought shelter'); a standing count before the attack.",
    ),
    g(
        "displaced",
        280000,
        "sudan",
        q="range",
        high=400000,
        scope="event",
        as_of="2025-04-14",
        by="iom",
        cue="between 280,000 and 400,000 people have now fled the camp",
    ),
    g(
        "displaced",
        10000,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="msf",
        cue="at least 10,000 new arrivals since Saturday",
        note="new arrivals fleeing Zamzam -> displaced; '60 km', 'two days' are not figures.",
    ),
    g(
        "injured",
        150,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="msf",
        cue="treated more than 150 wounded people",
    ),
    g("injured", 42, "sudan", pop="children", scope="event", as_of="2025-04-14", by="msf", cue="42 of them children"),
    g(
        "missing",
        24,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-04-14",
        by="survivors",
        cue="Dozens of people, mostly women and older people, are reported missing",
        note="vague 'dozens' -> 24/lower; 'mostly women' has no number. 'one child was dying every two hours' is a rate, not annotated.",
    ),
    g(
        "killed",
        20000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-04-14",
        by=None,
        cue="tens of thousands of people have been killed",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-04-14",
        by=None,
        cue="more than 12 million have been forced from their homes",
    ),
)

GOMA = article(
    "h_drc_goma_ocha_update",
    "2025-02-07",
    """
    Democratic Republic of the Congo: North and South Kivu - Flash Update No. 5

    Format: Situation Report
    Source: OCHA
    Published: 7 Feb 2025

    HIGHLIGHTS

    During the fighting for Goma between 26 and 30 January, at least 2,900 people were killed, according to preliminary figures compiled by health authorities and humanitarian partners. More than 2,800 injured people were treated in health facilities in the city.

    Some 350,000 displaced people who had been living in sites around Goma have been left without shelter after the sites were emptied. An estimated 500,000 people have been newly displaced in North and South Kivu since the start of January.

    The ICRC reports that hundreds of people remain missing, and its teams have received more than 1,200 requests from families searching for relatives.

    SITUATION OVERVIEW

    Since M23 fighters took control of Goma, the bodies of the dead have been collected by the Congolese Red Cross and humanitarian partners, and morgues in the city are overwhelmed. The health cluster reports that at least eight health workers are among the dead.

    At least 13 South African soldiers serving with the SADC and UN missions were killed in the fighting for Goma, according to the South African government.

    During a mass escape from Munzenze prison on 27 January, more than 4,000 inmates fled. The UN has received reports of sexual violence against at least 165 women in the prison.

    Humanitarian partners have recorded 600 suspected cholera cases in Goma since the end of January. Water supply to the city was restored on 2 February, after about a week of interruption.

    In South Kivu, fighting moved to within 20 km of Bukavu this week. Local authorities report that some 10,000 people fled the Kalehe area towards Bukavu on 5 and 6 February.

    Humanitarian access to Goma airport remains closed, and 25 aid flights have been cancelled since 26 January.

    For further information, please contact the OCHA DRC office.
    """,
    g(
        "killed",
        2900,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-01-30",
        by="health authorities and humanitarian partners",
        cue="at least 2,900 people were killed",
        note="'between 26 and 30 January' is a date span, not a range; one battle -> event, dated to its last day (debatable).",
    ),
    g(
        "injured",
        2800,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-01-30",
        by="health authorities and humanitarian partners",
        cue="More than 2,800 injured people were treated",
    ),
    g(
        "displaced",
        350000,
        DRC,
        q="approx",
        scope="total",
        as_of="2025-02-07",
        by="ocha",
        cue="Some 350,000 displaced people who had been living in sites",
    ),
    g(
        "displaced",
        500000,
        DRC,
        q="approx",
        scope="total",
        as_of="2025-02-07",
        by="ocha",
        cue="An estimated 500,000 people have been newly displaced",
    ),
    g(
        "missing",
        200,
        DRC,
        q="lower",
        scope="total",
        as_of="2025-02-07",
        by="icrc",
        cue="hundreds of people remain missing",
        note="vague 'hundreds' -> 200/lower; '1,200 requests' count requests, not people.",
    ),
    g(
        "killed",
        8,
        DRC,
        pop="medics",
        q="lower",
        scope="event",
        as_of="2025-01-30",
        by="health cluster",
        cue="at least eight health workers are among the dead",
        note="part of the Goma battle toll -> event, same day as it.",
    ),
    g(
        "killed",
        13,
        "south-africa",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-01-30",
        by="south african government",
        cue="At least 13 South African soldiers",
        note="soldiers belong to the party they serve -> south-africa; 'in the fighting for Goma' -> event, dated like the battle toll (debatable).",
    ),
    g(
        "displaced",
        10000,
        DRC,
        q="approx",
        scope="event",
        as_of="2025-02-06",
        by="local authorities",
        cue="some 10,000 people fled the Kalehe area",
        note="'on 5 and 6 February' -> dated to the last day. '4,000 inmates fled' (prison escape), '165 women' (sexual violence, no FIGURES.md metric), '600 ... cholera cases', '20 km', '25 aid flights' are not figures.",
    ),
)

SAHEL = article(
    "h_sahel_burkina_djibo_wire",
    "2025-05-13",
    """
    Jihadists kill more than 100 in attack on Burkina Faso town, sources say

    May 13, 2025 4:12 PM UTC

    By Reuters Staff

    DAKAR, May 13 (Reuters) - Al Qaeda-linked militants killed more than 100 people, most of them soldiers, in an attack on the town of Djibo in northern Burkina Faso on Sunday, two security sources and a local resident said.

    Fighters from Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked several sites at once at about 6 a.m., including a military camp and the police station, before moving into the town, the sources said.

    JNIM said in a statement that it had killed 200 soldiers and seized weapons and vehicles. Reuters could not verify the claim. Burkina Faso's military junta did not respond to a request for comment.

    Djibo, a town of about 300,000 people, has been under blockade by jihadists for nearly three years and is swollen by tens of thousands of people displaced from surrounding villages.

    In neighbouring Mali, gunmen killed at least 41 soldiers in an attack on an army camp in Dioura last Saturday, according to two local officials. The army said it had repelled the attack and killed 12 assailants.

    In Niger, attackers killed 44 civilians at prayer in a mosque in the village of Fambita in March, the government said at the time.

    Violence linked to al Qaeda and Islamic State affiliates has killed thousands of people across the three juntas' countries and displaced more than 2 million in Burkina Faso alone.

    In January 2023, jihadists abducted about 50 women who were foraging for food near Arbinda, in one of the most high-profile kidnappings in the region. They were freed days later.

    The three countries left the West African regional bloc ECOWAS in January and formed their own Alliance of Sahel States, with a joint force of 5,000 troops.

    Reporting by Dakar newsroom; Writing by Anna Pujol; Editing by Hugh Lawson
    """,
    g(
        "killed",
        100,
        "burkina-faso",
        q="lower",
        scope="event",
        as_of="2025-05-11",
        by="security sources",
        cue="killed more than 100 people, most of them soldiers",
        note="headline repeats it; 'on Sunday' counted back from Tuesday 13 May -> 2025-05-11; 'most of them soldiers' has no number. Reporters' attribution 'two security sources and a local resident' shortened (debatable).",
    ),
    g(
        "killed",
        200,
        "burkina-faso",
        pop="combatants",
        scope="event",
        as_of="2025-05-11",
        by="jnim",
        cue="it had killed 200 soldiers",
    ),
    g(
        "displaced",
        20000,
        "burkina-faso",
        q="lower",
        scope="total",
        as_of="2025-05-13",
        by=None,
        cue="swollen by tens of thousands of people displaced",
        note="'a town of about 300,000 people' is a population, not a figure; '6 a.m.', 'three years' are not figures.",
    ),
    g(
        "killed",
        41,
        "mali",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-05-10",
        by="local officials",
        cue="killed at least 41 soldiers in an attack on an army camp",
        note="'last Saturday' from Tuesday 13 May -> 2025-05-10.",
    ),
    g(
        "killed",
        12,
        "mali",
        pop="combatants",
        scope="event",
        as_of="2025-05-10",
        by="malian army",
        cue="killed 12 assailants",
        note="assailants are fighters -> combatants; in Mali -> mali (debatable: the attackers' side could be unknown).",
    ),
    g(
        "killed",
        44,
        "niger",
        pop="civilians",
        scope="event",
        as_of=None,
        by="niger government",
        cue="attackers killed 44 civilians at prayer",
        note="'in March' names no day -> as_of null.",
    ),
    g(
        "killed",
        2000,
        "unknown",
        q="lower",
        scope="total",
        as_of="2025-05-13",
        by=None,
        cue="has killed thousands of people across the three",
        note="vague 'thousands' -> 2000/lower; people of three countries -> unknown (debatable).",
    ),
    g(
        "displaced",
        2000000,
        "burkina-faso",
        q="lower",
        scope="total",
        as_of="2025-05-13",
        by=None,
        cue="displaced more than 2 million in Burkina Faso alone",
    ),
    g(
        "hostages",
        50,
        "burkina-faso",
        pop="women",
        q="approx",
        scope="event",
        as_of=None,
        by=None,
        cue="abducted about 50 women who were foraging",
        note="'January 2023' names no day -> as_of null. '5,000 troops' is a force size, not a figure.",
    ),
)

KURIGA = article(
    "h_nigeria_kuriga_abduction_daily",
    "2024-03-08",
    """
    Kaduna: Bandits abduct 287 pupils, teachers in Kuriga school attack

    Friday, March 8, 2024

    By Godwin Okafor, Kaduna

    Gunmen suspected to be bandits on Thursday morning abducted at least 287 pupils and teachers from the LEA Primary and Government Secondary School, Kuriga, in the Chikun Local Government Area of Kaduna State.

    The headmaster of the school, Sani Abdullahi, told Governor Uba Sani during a visit to the community that 187 of those taken were from the secondary section, while 100 were pupils of the primary school.

    He said the attackers, who came on motorcycles at about 8 a.m. shortly after the assembly, had ordered the children into the bush. Twenty-five pupils later escaped and returned home.

    One member of staff was shot dead during the attack, residents said.

    The state police command said tactical teams, soldiers and local vigilantes had been deployed to comb the forests around Kuriga, which borders Niger State, and that the area had been cordoned off.

    Governor Sani assured parents that security agencies were working to bring the children back safely. "Every child will be brought back," he said.

    The Kuriga abduction is the latest in a string of mass kidnappings in the North. On February 29, suspected Boko Haram insurgents abducted more than 200 people, mostly women and children, from camps for displaced people in Gamboru Ngala, Borno State, according to the UN.

    Since the abduction of 276 schoolgirls from Chibok in April 2014, nearly 100 of whom are still missing, more than 1,400 students have been kidnapped from schools in Nigeria, according to UNICEF.

    Security analysts say ransom payments of up to N100 million have turned kidnapping into a lucrative business in the North-West.

    Copyright PUNCH.
    All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or in part without prior express written consent from PUNCH.
    """,
    g(
        "hostages",
        287,
        "nigeria",
        q="lower",
        scope="event",
        as_of="2024-03-07",
        by=None,
        cue="abducted at least 287 pupils and teachers",
        note="'on Thursday' counted back from Friday 8 March -> 2024-03-07. Pupils and teachers together -> population all. Headline repeats 287.",
    ),
    g(
        "hostages",
        187,
        "nigeria",
        scope="event",
        as_of="2024-03-07",
        by="headmaster",
        cue="187 of those taken were from the secondary section",
        note="secondary students and teachers are not split -> population all.",
    ),
    g(
        "hostages",
        100,
        "nigeria",
        pop="children",
        scope="event",
        as_of="2024-03-07",
        by="headmaster",
        cue="100 were pupils of the primary school",
        note="primary pupils -> children. 'Twenty-five pupils later escaped' counts escapes, not a metric -> not annotated (debatable).",
    ),
    g(
        "killed",
        1,
        "nigeria",
        scope="event",
        as_of="2024-03-07",
        by="residents",
        cue="One member of staff was shot dead",
        note="debatable: 'One member of staff' is a count (spelled number), unlike a single named person.",
    ),
    g(
        "hostages",
        200,
        "nigeria",
        q="lower",
        scope="event",
        as_of="2024-02-29",
        by="un",
        cue="abducted more than 200 people, mostly women and children",
        note="'mostly women and children' has no number.",
    ),
    g(
        "hostages",
        276,
        "nigeria",
        pop="children",
        scope="event",
        as_of=None,
        by=None,
        cue="the abduction of 276 schoolgirls from Chibok",
        note="schoolgirls -> children (debatable: women); 'April 2014' names no day -> as_of null.",
    ),
    g(
        "missing",
        100,
        "nigeria",
        pop="children",
        q="upper",
        scope="total",
        as_of="2024-03-08",
        by=None,
        cue="nearly 100 of whom are still missing",
        note="the Chibok girls still missing, now adults; population kept as the counted group (schoolgirls) -> children (debatable).",
    ),
    g(
        "hostages",
        1400,
        "nigeria",
        q="lower",
        scope="total",
        as_of="2024-03-08",
        by="unicef",
        cue="more than 1,400 students have been kidnapped",
    ),
)

ARTICLES = [ZAMZAM, GOMA, SAHEL, KURIGA]
