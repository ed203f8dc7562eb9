"""Sudan (an OCHA flash update on El Fasher, July 2025), DR Congo (a wire story on an ADF attack, September
2025), Somalia (a broadcaster on an al-Shabaab assault and a Mogadishu bombing, April 2025), Ethiopia (a news
agency on a drone strike in Amhara, January 2025), Haiti (an undated, hard-wrapped plain-text feature) and
Burkina Faso with Mali (an NGO press release on the Sahel, May 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

D10 = "2025-07-09"  # a Wednesday
SUDAN = article(
    "n10_sudan_el_fasher_ocha_flash_update",
    D10,
    """
    SUDAN
    North Darfur: Attacks on El Fasher and Abu Shouk
    Flash Update No. 7
    Published: 9 July 2025

    This update is produced by OCHA Sudan in collaboration with humanitarian partners. The next update will be issued in about one week.

    HIGHLIGHTS
    • At least 62 civilians killed in El Fasher town and Abu Shouk camp in the past 72 hours, according to local health sources.
    • An estimated 9,500 people displaced from Abu Shouk since Sunday; most are heading to Tawila.
    • Two aid workers killed on 6 July, bringing to at least 110 the number of aid workers killed in Sudan since April 2023.

    SITUATION OVERVIEW
    Heavy shelling and ground attacks by the Rapid Support Forces (RSF) on El Fasher, the capital of North Darfur, and on Abu Shouk camp for internally displaced people continued for a fourth consecutive day. Local health sources report that at least 62 civilians were killed in the past 72 hours and that hospitals received 80-100 wounded people, many of them women and children.

    On 7 July, shelling of a market in Abu Shouk killed 15 people, including six children, according to the camp's emergency response room. Families also reported that 23 people, most of them men, were missing after armed men entered the camp's eastern sector. Local monitors said RSF fighters detained dozens of men at checkpoints on the road to Tawila.

    The Sudanese Armed Forces (SAF) said it had killed more than 100 RSF fighters while repelling an assault on the town's south-western defences. These figures could not be independently verified.

    DISPLACEMENT
    An estimated 9,500 people have been displaced from Abu Shouk since Sunday, according to IOM's Displacement Tracking Matrix. Most are walking the 60 km to Tawila, where partners report severe shortages of water, shelter and latrines.

    Across Sudan, more than 12 million people have been forcibly displaced since April 2023, including about 3.9 million people who have crossed into neighbouring countries.

    SAFETY OF AID WORKERS
    On 6 July, two national staff of a partner NGO were killed when their vehicle was hit by shelling near Abu Shouk market. At least 110 aid workers have been killed in Sudan since April 2023, the vast majority of them Sudanese nationals. WHO has recorded at least 38 health workers killed in North Darfur since the war began.

    FOOD SECURITY AND FUNDING
    About 638,000 people in North Darfur face catastrophic hunger (IPC Phase 5). The 2025 Sudan Humanitarian Needs and Response Plan, which seeks US$4.2 billion, is 13 per cent funded.

    For further information, please contact: Leila Osman, Public Information Officer, OCHA Sudan
    """,
    g(
        "killed",
        62,
        "sudan",
        scope="event",
        as_of=D10,
        by="local health sources",
        pop="civilians",
        q="lower",
        cue="at least 62 civilians were killed in the past 72 hours",
        note="stated in the highlights and the overview, one figure; window 'in the past 72 hours' -> event, the update's date.",
    ),
    g(
        "injured",
        80,
        "sudan",
        scope="event",
        as_of=D10,
        by="local health sources",
        q="range",
        high=100,
        cue="80-100 wounded people",
        note="'many of them women and children' has no number.",
    ),
    g(
        "killed",
        15,
        "sudan",
        scope="event",
        as_of="2025-07-07",
        by="emergency response room",
        cue="killed 15 people, including six children",
    ),
    g(
        "killed",
        6,
        "sudan",
        scope="event",
        as_of="2025-07-07",
        by="emergency response room",
        pop="children",
        cue="including six children",
    ),
    g("missing", 23, "sudan", scope="event", as_of=D10, by="families", cue="23 people, most of them men, were missing"),
    g(
        "detained",
        24,
        "sudan",
        scope="event",
        as_of=D10,
        by="local monitors",
        q="lower",
        cue="detained dozens of men at checkpoints",
    ),
    g(
        "killed",
        100,
        "sudan",
        scope="event",
        as_of=D10,
        by="sudanese armed forces",
        pop="combatants",
        q="lower",
        cue="killed more than 100 RSF fighters",
        note="RSF fighters are Sudanese -> sudan.",
    ),
    g(
        "displaced",
        9500,
        "sudan",
        scope="event",
        as_of=D10,
        by="iom",
        q="approx",
        cue="An estimated 9,500 people have been displaced from Abu Shouk since Sunday",
        note="window 'since Sunday' -> event; highlights repeat it; '60 km' is a distance.",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        scope="total",
        as_of=D10,
        q="lower",
        cue="more than 12 million people have been forcibly displaced",
        note="OCHA's own voice -> reported_by null.",
    ),
    g(
        "displaced",
        3900000,
        "sudan",
        scope="total",
        as_of=D10,
        q="approx",
        cue="about 3.9 million people who have crossed into neighbouring countries",
        note="refugees abroad, a subset of the 12 million, is its own figure.",
    ),
    g(
        "killed",
        2,
        "sudan",
        scope="event",
        as_of="2025-07-06",
        pop="aid_workers",
        cue="two national staff of a partner NGO were killed",
    ),
    g(
        "killed",
        110,
        "sudan",
        scope="total",
        as_of=D10,
        pop="aid_workers",
        q="lower",
        cue="At least 110 aid workers have been killed in Sudan",
    ),
    g(
        "killed",
        38,
        "sudan",
        scope="total",
        as_of=D10,
        by="who",
        pop="medics",
        q="lower",
        cue="at least 38 health workers killed in North Darfur",
        note="'638,000 people ... face catastrophic hunger' is not a FIGURES.md metric; 'US$4.2 billion' and '13 per cent' are not figures.",
    ),
)

D11 = "2025-09-30"  # a Tuesday
DRC = article(
    "n11_drc_adf_funeral_attack_wire",
    D11,
    """
    Suspected ADF rebels kill dozens at funeral in eastern Congo

    Equator Press
    Sept 30, 2025 14:05 GMT
    By Jean-Paul Mbuyi and Sarah Lindqvist

    BENI, Democratic Republic of Congo (Equator Press) — Suspected Allied Democratic Forces (ADF) rebels killed at least 43 people at a funeral gathering in Lubero territory in Congo's North Kivu province on Sunday night, an army spokesman said on Tuesday.

    The attackers, armed with guns and machetes, surrounded mourners in the village of Kivika shortly after 9 p.m., said Lieutenant Marc Elongo, spokesman for army operations in the area. Among the dead were nine women and six children, according to the president of Lubero civil society, who said several other people were still unaccounted for.

    Another 15 people were wounded and taken to hospital in Butembo, about 60 km to the south, and the attackers abducted about 20 people whom they forced to carry looted goods into the forest, the civil society leader said.

    Troops who reached the village on Monday morning killed seven of the assailants and captured two, Elongo said.

    "We counted the bodies one by one, and then we stopped counting," said Kavira, 29, who hid in a banana plantation with her two daughters. "My uncle and his wife are among them."

    Hundreds of residents fled to Butembo and nearby Musienene on Monday, local officials said. The UN peacekeeping mission, MONUSCO, said it had evacuated about 250 civilians to its base in the area on Monday.

    The ADF, which originated in Uganda in the 1990s and has pledged allegiance to the Islamic State group, has killed more than 6,000 civilians in eastern Congo since 2017, according to UN experts. Congo and Uganda have conducted joint military operations against the group since late 2021, but attacks have continued.

    The violence in the north of the province is separate from the conflict further south, where M23 rebels, backed by Rwanda according to UN experts, seized the cities of Goma and Bukavu early this year. Congo has about 7 million internally displaced people, according to the International Organization for Migration (IOM).

    A US-brokered peace framework between Congo and Rwanda signed earlier this year has yet to end the fighting in the east.

    (Reporting by Jean-Paul Mbuyi in Beni; writing by Sarah Lindqvist; editing by Tom Ashby)
    """,
    g(
        "killed",
        43,
        "drc",
        scope="event",
        as_of="2025-09-28",
        by="congolese army",
        q="lower",
        cue="killed at least 43 people at a funeral gathering",
        note="the headline's 'dozens' is the same toll -> one figure (43/lower from the body); 'on Sunday night' -> 2025-09-28; 'an army spokesman' -> congolese army.",
    ),
    g(
        "killed",
        9,
        "drc",
        scope="event",
        as_of="2025-09-28",
        by="lubero civil society",
        pop="women",
        cue="nine women and six children",
    ),
    g(
        "killed",
        6,
        "drc",
        scope="event",
        as_of="2025-09-28",
        by="lubero civil society",
        pop="children",
        cue="six children, according to the president of Lubero civil society",
        note="'several other people were still unaccounted for' has no number -> no missing figure.",
    ),
    g(
        "injured",
        15,
        "drc",
        scope="event",
        as_of="2025-09-28",
        by="lubero civil society",
        cue="Another 15 people were wounded",
    ),
    g(
        "hostages",
        20,
        "drc",
        scope="event",
        as_of="2025-09-28",
        by="lubero civil society",
        q="approx",
        cue="abducted about 20 people",
    ),
    g(
        "killed",
        7,
        "drc",
        scope="event",
        as_of="2025-09-29",
        by="congolese army",
        pop="combatants",
        cue="killed seven of the assailants",
        note="ADF fighters operating in Congo -> drc (the group originated in Uganda; debatable).",
    ),
    g(
        "detained",
        2,
        "drc",
        scope="event",
        as_of="2025-09-29",
        by="congolese army",
        pop="combatants",
        cue="and captured two, Elongo said",
        note="captured = detained; 'her two daughters' is not a figure.",
    ),
    g(
        "displaced",
        200,
        "drc",
        scope="event",
        as_of="2025-09-29",
        by="local officials",
        q="lower",
        cue="Hundreds of residents fled to Butembo",
        note="vague 'hundreds' -> 200/lower.",
    ),
    g(
        "evacuated",
        250,
        "drc",
        scope="event",
        as_of="2025-09-29",
        by="monusco",
        pop="civilians",
        q="approx",
        cue="evacuated about 250 civilians",
    ),
    g(
        "killed",
        6000,
        "drc",
        scope="total",
        as_of=D11,
        by="un experts",
        pop="civilians",
        q="lower",
        cue="killed more than 6,000 civilians in eastern Congo since 2017",
    ),
    g(
        "displaced",
        7000000,
        "drc",
        scope="total",
        as_of=D11,
        by="iom",
        q="approx",
        cue="about 7 million internally displaced people",
    ),
)

D12 = "2025-04-22"  # a Tuesday
SOMALIA = article(
    "n12_somalia_shabelle_broadcaster",
    D12,
    """
    Somalia: al-Shabaab overruns army base in Middle Shabelle, killing at least 17 soldiers

    Horn Service | Africa
    22 April 2025, 14:10 EAT
    By Abdiqani Farah, Mogadishu

    Al-Shabaab fighters overran a Somali National Army base near the town of Mahaday in Middle Shabelle region on Monday, killing at least 17 soldiers, a military officer told the Horn Service.

    The attack began before dawn with two suicide car bombs at the gates, followed by an assault by hundreds of fighters, according to the officer, a captain who asked not to be named because he was not authorised to speak to the media. "We fought for four hours before we ran out of ammunition," he said. "Up to 30 of our men were wounded and some are still missing."

    The information ministry said more than 70 militants had been killed in the fighting and in air strikes that followed. Al-Shabaab, on its Andalus radio station, claimed to have killed 45 soldiers. Neither claim could be verified.

    The group also abducted nine clan elders from a nearby village who had mobilised local militias against it, residents said.

    Bombing in the capital

    On Saturday, a suicide bomber blew himself up near a busy tea shop in Mogadishu's Hodan district, killing six people and wounding 11, police said. Two journalists from a local television station were among the wounded. Police said on Sunday they had arrested 40 suspects in security sweeps across the capital.

    The attacks are part of an offensive that has pushed government forces out of several towns they captured in 2022 and 2023. The UN refugee agency said about 55,000 people had fled their homes in Middle and Lower Shabelle in the past month.

    Nationwide, about 3.5 million Somalis are displaced by conflict and recurrent drought, according to the UN, and aid agencies warn that funding cuts have forced the closure of nutrition centres.

    The African Union's new mission in Somalia, AUSSOM, has about 11,000 troops in the country, but several contributing states have yet to confirm their deployments. US Africa Command said on Sunday it had carried out an air strike against al-Shabaab near Mahaday, killing "several" militants.

    Somalia's president chaired an emergency security meeting on Monday night and called on the public to support the army.
    """,
    g(
        "killed",
        17,
        "somalia",
        scope="event",
        as_of="2025-04-21",
        by="military officer",
        pop="combatants",
        q="lower",
        cue="killing at least 17 soldiers",
        note="headline and lead are one figure; 'on Monday' -> 2025-04-21. 'hundreds of fighters' counts attackers, not casualties; 'two suicide car bombs' are not fired projectiles.",
    ),
    g(
        "injured",
        30,
        "somalia",
        scope="event",
        as_of="2025-04-21",
        by="military officer",
        pop="combatants",
        q="upper",
        cue="Up to 30 of our men were wounded",
        note="'some are still missing' has no number.",
    ),
    g(
        "killed",
        70,
        "somalia",
        scope="event",
        as_of="2025-04-21",
        by="somali information ministry",
        pop="combatants",
        q="lower",
        cue="more than 70 militants had been killed",
    ),
    g(
        "killed",
        45,
        "somalia",
        scope="event",
        as_of="2025-04-21",
        by="al-shabaab",
        pop="combatants",
        cue="claimed to have killed 45 soldiers",
        note="a conflicting claim about the same attack -> its own figure.",
    ),
    g("hostages", 9, "somalia", scope="event", as_of="2025-04-21", by="residents", cue="abducted nine clan elders"),
    g(
        "killed",
        6,
        "somalia",
        scope="event",
        as_of="2025-04-19",
        by="somali police",
        cue="killing six people and wounding 11",
        note="'On Saturday' -> 2025-04-19.",
    ),
    g("injured", 11, "somalia", scope="event", as_of="2025-04-19", by="somali police", cue="wounding 11, police said"),
    g(
        "injured",
        2,
        "somalia",
        scope="event",
        as_of="2025-04-19",
        pop="journalists",
        cue="Two journalists from a local television station were among the wounded",
    ),
    g(
        "detained",
        40,
        "somalia",
        scope="event",
        as_of="2025-04-20",
        by="somali police",
        cue="arrested 40 suspects",
        note="'said on Sunday' -> 2025-04-20.",
    ),
    g(
        "displaced",
        55000,
        "somalia",
        scope="event",
        as_of=D12,
        by="unhcr",
        q="approx",
        cue="about 55,000 people had fled their homes",
        note="window 'in the past month' -> event.",
    ),
    g(
        "displaced",
        3500000,
        "somalia",
        scope="total",
        as_of=D12,
        by="un",
        q="approx",
        cue="about 3.5 million Somalis are displaced",
        note="'11,000 troops' are not casualties; 'several' militants is not a figure.",
    ),
)

D13 = "2025-01-15"  # a Wednesday
ETHIOPIA = article(
    "n13_ethiopia_amhara_drone_agency",
    D13,
    """
    Drone strike on Amhara market kills 31, residents and health official say

    ADDIS ABABA, Jan. 15, 2025 -- (East Africa News Agency)

    A drone strike on a busy market in Ethiopia's Amhara region killed 31 people, including seven children, residents and a health official said on Wednesday, in one of the deadliest incidents in the 18-month conflict between federal forces and Fano militias.

    The strike hit the weekly market in a town in North Wollo zone at around 11 a.m. on Monday, when traders from surrounding villages had gathered to sell grain and livestock. Dozens of people were wounded, a health official at the local hospital said, asking not to be named for security reasons. Two nurses who had been shopping at the market were among the dead.

    "I saw a flash and then there was smoke everywhere. People were lying on the ground among the goats," said a trader, 44, reached by phone. Internet access in much of the region has been cut since August 2023.

    The government did not comment on the strike. State media said on Tuesday that the Ethiopian National Defence Force had "neutralised" Fano "extremists" in the area. A Fano spokesman said its fighters had killed more than 120 government soldiers in the past three days of fighting around the town. Neither side's claims could be verified.

    Authorities in the regional capital Bahir Dar detained about 150 young men in overnight sweeps on Sunday, rights groups said. Three staff of a local aid organisation were abducted by gunmen on the road between Gondar and Bahir Dar on the same day, the organisation said. The UN said it had evacuated 22 international staff from Gondar to Addis Ababa as a precaution.

    The conflict in Amhara has displaced nearly 700,000 people, according to the UN humanitarian office OCHA, and has left more than 4 million children out of school.

    Fano, a loose network of Amhara militias, fought alongside federal troops during the 2020-2022 war in the northern Tigray region, which killed an estimated 600,000 people, according to African Union mediators. The alliance broke down after the peace deal that ended that war, which Fano leaders said had ignored Amhara territorial claims.

    The Ethiopian Human Rights Commission has repeatedly called on all parties to stop using drones in populated areas.
    """,
    g(
        "killed",
        31,
        "ethiopia",
        scope="event",
        as_of="2025-01-13",
        by="residents",
        cue="killed 31 people, including seven children",
        note="the strike was 'on Monday' -> 2025-01-13; attributed to 'residents and a health official' -> residents.",
    ),
    g(
        "killed",
        7,
        "ethiopia",
        scope="event",
        as_of="2025-01-13",
        by="residents",
        pop="children",
        cue="including seven children",
    ),
    g(
        "injured",
        24,
        "ethiopia",
        scope="event",
        as_of="2025-01-13",
        by="health official",
        q="lower",
        cue="Dozens of people were wounded",
        note="vague 'dozens' -> 24/lower.",
    ),
    g(
        "killed",
        2,
        "ethiopia",
        scope="event",
        as_of="2025-01-13",
        pop="medics",
        cue="Two nurses who had been shopping at the market were among the dead",
        note="subgroup of the 31; '18-month conflict', '11 a.m.', '44' are not figures.",
    ),
    g(
        "killed",
        120,
        "ethiopia",
        scope="event",
        as_of=D13,
        by="fano",
        pop="combatants",
        q="lower",
        cue="killed more than 120 government soldiers",
        note="window 'in the past three days' -> event, article date. 'neutralised' has no number and is not annotated.",
    ),
    g(
        "detained",
        150,
        "ethiopia",
        scope="event",
        as_of="2025-01-12",
        by="rights groups",
        q="approx",
        cue="detained about 150 young men",
        note="'on Sunday' -> 2025-01-12.",
    ),
    g(
        "hostages",
        3,
        "ethiopia",
        scope="event",
        as_of="2025-01-12",
        by="aid organisation",
        pop="aid_workers",
        cue="Three staff of a local aid organisation were abducted",
        note="abducted = hostages; 'on the same day' -> Sunday.",
    ),
    g(
        "evacuated",
        22,
        "ethiopia",
        scope="event",
        as_of=D13,
        by="un",
        pop="aid_workers",
        cue="evacuated 22 international staff",
        note="UN staff = aid workers; the people counted are in Ethiopia -> ethiopia.",
    ),
    g(
        "displaced",
        700000,
        "ethiopia",
        scope="total",
        as_of=D13,
        by="ocha",
        q="upper",
        cue="displaced nearly 700,000 people",
        note="'4 million children out of school' is not a FIGURES.md metric.",
    ),
    g(
        "killed",
        600000,
        "ethiopia",
        scope="total",
        as_of=D13,
        by="african union mediators",
        q="approx",
        cue="killed an estimated 600,000 people",
        note="toll of the (ended) Tigray war -> total ('in the war'), as_of the article date (debatable).",
    ),
)

HAITI = article(
    "n14_haiti_gangs_feature_plaintext",
    None,
    """
    HAITI: LIVING BETWEEN THE GANGS
    A feature from the Caribbean desk

    By Marie-Claude Jean-Baptiste

    PORT-AU-PRINCE -- The bus station in Carrefour used to be the
    loudest place in the city. Drivers shouted destinations, vendors
    sold fried plantain and cold drinks, and tap-taps painted with
    saints and footballers left for the south every few minutes.
    Today the station is silent. The road out of the capital runs
    through territory held by armed groups, and few drivers risk it.

    "I used to make four trips a week," said Jonas, 52, who has driven
    the route for 20 years. "Now I sit here and wait."

    More than 1.3 million Haitians have been displaced by gang violence,
    according to the International Organization for Migration, among
    them at least 680,000 children, UNICEF says. Many live in schools,
    churches and empty government buildings, where cholera and hunger
    spread quickly.

    In the first half of the year alone, the UN human rights office
    recorded at least 3,100 people killed and nearly 1,100 injured in
    gang-related violence, and some 600 kidnapped for ransom. In one
    attack on a farming town in the Artibonite valley, gunmen killed
    between 70 and 90 people, according to local officials, many of
    them older residents who could not run.

    The police, backed by a Kenyan-led multinational mission of about
    1,000 officers, have struck back. In a single operation in Delmas,
    police said they killed dozens of suspected gang members. Rights
    groups say vigilante "self-defence" brigades have also lynched
    suspects in the street.

    Health care has become a target. When gangs overran the central
    town of Mirebalais, the hospital evacuated 45 patients and staff
    by road, and two nurses were killed in the crossfire, the
    hospital's director said. About 500 inmates escaped from the
    town's prison the same night.

    Journalists, too, work under fire. Three reporters were wounded
    by gunfire while covering the reopening of a school in the
    capital's downtown, where the national palace still stands empty.

    For drivers like Jonas, the arithmetic is simple. A trip south
    that once cost 1,500 gourdes now costs triple, when it is possible
    at all. "The gangs have a price for everything," he said. "For
    the road, for the market, for your life."

    Haiti, a country of about 11.7 million people, has not held an
    election since 2016. A transitional council has promised a vote,
    but few in Carrefour believe it will happen soon.
    """,
    g(
        "displaced",
        1300000,
        "haiti",
        scope="total",
        as_of=None,
        by="iom",
        q="lower",
        cue="More than 1.3 million Haitians have been displaced",
        note="undated article: every as_of is null.",
    ),
    g(
        "displaced",
        680000,
        "haiti",
        scope="total",
        as_of=None,
        by="unicef",
        pop="children",
        q="lower",
        cue="at least 680,000 children, UNICEF says",
    ),
    g(
        "killed",
        3100,
        "haiti",
        scope="event",
        as_of=None,
        by="un human rights office",
        q="lower",
        cue="at least 3,100 people killed",
        note="window 'in the first half of the year' -> event.",
    ),
    g(
        "injured",
        1100,
        "haiti",
        scope="event",
        as_of=None,
        by="un human rights office",
        q="upper",
        cue="nearly 1,100 injured",
    ),
    g(
        "hostages",
        600,
        "haiti",
        scope="event",
        as_of=None,
        by="un human rights office",
        q="approx",
        cue="some 600 kidnapped for ransom",
        note="kidnapped = hostages.",
    ),
    g(
        "killed",
        70,
        "haiti",
        scope="event",
        as_of=None,
        by="local officials",
        q="range",
        high=90,
        cue="between 70 and 90 people",
    ),
    g(
        "killed",
        24,
        "haiti",
        scope="event",
        as_of=None,
        by="haitian police",
        pop="combatants",
        q="lower",
        cue="killed dozens of suspected gang members",
        note="gang members -> combatants; '1,000 officers' are not casualties.",
    ),
    g(
        "evacuated",
        45,
        "haiti",
        scope="event",
        as_of=None,
        by="hospital director",
        cue="evacuated 45 patients and staff",
        note="'the hospital's director said' closes the sentence and covers both clauses. '500 inmates escaped' is not a FIGURES.md metric.",
    ),
    g(
        "killed",
        2,
        "haiti",
        scope="event",
        as_of=None,
        by="hospital director",
        pop="medics",
        cue="two nurses were killed in the crossfire",
    ),
    g(
        "injured",
        3,
        "haiti",
        scope="event",
        as_of=None,
        pop="journalists",
        cue="Three reporters were wounded",
        note="'four trips', '20 years', '1,500 gourdes', '11.7 million people' (population) are not figures.",
    ),
)

D15 = "2025-05-27"  # a Tuesday
SAHEL = article(
    "n15_sahel_burkina_mali_ngo_release",
    D15,
    """
    Sahel Relief Coalition — Press release

    Burkina Faso and Mali: escalating attacks leave civilians and aid workers exposed

    Dakar, 27 May 2025 – The Sahel Relief Coalition, a group of 14 humanitarian organisations working in Burkina Faso, Mali and Niger, today condemned a wave of attacks on civilians, aid workers and health facilities across the central Sahel, and called on all parties to respect international humanitarian law.

    On Sunday, fighters from the al-Qaeda-linked group JNIM attacked a military post and the weekly market in Diapaga, in eastern Burkina Faso, killing at least 60 people, including 34 soldiers and members of the Volunteers for the Defence of the Homeland (VDP), according to local sources contacted by our members. About 40 wounded are being treated at the regional hospital in Fada N'Gourma, where medical staff report shortages of blood and surgical supplies.

    This morning, a clearly marked vehicle belonging to one of our member organisations was ambushed on the road between Diapaga and Kantchari, killing three aid workers. As a precaution, member organisations have evacuated 14 staff from the area.

    "Our colleagues were driving to a nutrition centre for children," said Aminata Sow, the coalition's regional coordinator. "There is no justification, none, for attacking humanitarian workers."

    Burkina Faso has more than 2 million internally displaced people, although the authorities have not published updated figures since 2023. More than 5,000 schools remain closed.

    In neighbouring Mali, a drone strike on a wedding celebration in the Timbuktu region on 20 May killed at least 13 civilians, among them five children, according to local officials. On Friday, soldiers and foreign fighters detained some 30 civilians at a livestock market near Niono, relatives told our members; their whereabouts are unknown.

    On Saturday, JNIM fighters abducted dozens of passengers from buses on the road between Bamako and Kayes, according to transport unions. More than 290,000 Malians are living as refugees in neighbouring countries, according to UNHCR.

    The coalition calls on:
    - all armed actors to stop attacks on civilians, markets, health facilities and humanitarian staff;
    - the authorities of Burkina Faso and Mali to allow independent investigations into the Diapaga and Timbuktu incidents;
    - donors to fund the 2025 humanitarian response plans, which are less than 15 per cent funded.

    About the Sahel Relief Coalition: founded in 2020, the coalition brings together national and international NGOs employing some 6,000 staff in the region.

    Media contact: communications@sahelrelief.example
    """,
    g(
        "killed",
        60,
        "burkina-faso",
        scope="event",
        as_of="2025-05-25",
        by="local sources",
        q="lower",
        cue="killing at least 60 people",
        note="'On Sunday' -> 2025-05-25.",
    ),
    g(
        "killed",
        34,
        "burkina-faso",
        scope="event",
        as_of="2025-05-25",
        by="local sources",
        pop="combatants",
        cue="including 34 soldiers and members of the Volunteers",
        note="soldiers and VDP auxiliaries as one number -> one combatants figure.",
    ),
    g(
        "injured",
        40,
        "burkina-faso",
        scope="event",
        as_of="2025-05-25",
        q="approx",
        cue="About 40 wounded are being treated",
        note="the wounded of Sunday's attack -> its day; NGO's own voice -> null.",
    ),
    g(
        "killed",
        3,
        "burkina-faso",
        scope="event",
        as_of=D15,
        pop="aid_workers",
        cue="killing three aid workers",
        note="'This morning' -> the release's date.",
    ),
    g(
        "evacuated",
        14,
        "burkina-faso",
        scope="event",
        as_of=D15,
        pop="aid_workers",
        cue="evacuated 14 staff from the area",
        note="NGO staff = aid workers.",
    ),
    g(
        "displaced",
        2000000,
        "burkina-faso",
        scope="total",
        as_of=D15,
        q="lower",
        cue="more than 2 million internally displaced people",
        note="'5,000 schools' is not a figure about people.",
    ),
    g(
        "killed",
        13,
        "mali",
        scope="event",
        as_of="2025-05-20",
        by="local officials",
        pop="civilians",
        q="lower",
        cue="killed at least 13 civilians",
    ),
    g(
        "killed",
        5,
        "mali",
        scope="event",
        as_of="2025-05-20",
        by="local officials",
        pop="children",
        cue="among them five children",
    ),
    g(
        "detained",
        30,
        "mali",
        scope="event",
        as_of="2025-05-23",
        by="relatives",
        pop="civilians",
        q="approx",
        cue="detained some 30 civilians",
        note="'On Friday' -> 2025-05-23.",
    ),
    g(
        "hostages",
        24,
        "mali",
        scope="event",
        as_of="2025-05-24",
        by="transport unions",
        q="lower",
        cue="abducted dozens of passengers",
        note="'On Saturday' -> 2025-05-24; vague 'dozens' -> 24/lower.",
    ),
    g(
        "displaced",
        290000,
        "mali",
        scope="total",
        as_of=D15,
        by="unhcr",
        q="lower",
        cue="More than 290,000 Malians are living as refugees",
        note="refugees of the conflict -> displaced; '14 humanitarian organisations', '15 per cent', '6,000 staff' are not figures.",
    ),
)

ARTICLES = [SUDAN, DRC, SOMALIA, ETHIOPIA, HAITI, SAHEL]
