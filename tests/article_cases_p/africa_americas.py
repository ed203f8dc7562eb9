"""Set P, Africa and the Americas: an OCHA flash update (Sudan and South Sudan), a wire story (DR Congo), a
broadcaster's Africa live page with timestamps (Nigeria, Mozambique, Ethiopia, Somalia, Cameroon), a local
daily (Haiti) and a wire story (Colombia).

Not annotated, on purpose: people "in need", escaped inmates, troop deployments (including the "between
3,000 and 4,000" Rwandan troops), released hostages, funding, percentages, flash-update numbers, years,
ages, durations and distances.
"""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, article, g

D_SDN = "2025-11-02"  # Sunday
D_DRC = "2025-02-28"  # Friday
D_AFR = "2025-04-16"  # Wednesday
D_HTI = "2025-04-02"  # Wednesday
D_COL = "2025-01-23"  # Thursday

ARTICLES = [
    article(
        "p_sudan_ocha",
        D_SDN,
        """
        SUDAN: El Fasher and Kordofan Crises - Flash Update No. 3
        Date: 2 November 2025

        HIGHLIGHTS
        - More than 81,000 people have fled El Fasher town and surrounding areas since 26 October, according
          to IOM's Displacement Tracking Matrix (DTM).
        - WHO has verified reports that more than 460 patients and their companions were killed at the Saudi
          Maternity Hospital in El Fasher on 28 October.
        - Humanitarian partners in Tawila report about 6,000 new arrivals in the past 48 hours.

        SITUATION OVERVIEW
        Since the Rapid Support Forces (RSF) took control of El Fasher on 26 October, civilians have continued
        to flee towards Tawila, Kebkabiya and Mellit, many of them on foot. Survivors arriving in Tawila
        describe killings along the roads and say hundreds of men were detained at checkpoints around Garni.
        Thousands of people remain unaccounted for. WHO also reported that six health workers had been
        abducted in El Fasher since the takeover.

        In North Kordofan, at least 47 people were killed in RSF attacks on villages around Bara on 27
        October, among them five volunteers of the Sudanese Red Crescent Society. On 29 October, a drone
        strike hit a funeral gathering in El Obeid, killing some 40 people, according to local authorities.
        The humanitarian community condemns all attacks on civilians and aid workers.

        SOUTH SUDAN
        In neighbouring South Sudan, UNHCR reports that almost 1.2 million people have crossed from Sudan since
        April 2023, the majority of them South Sudanese returnees. Reception centres in Renk are operating at
        three times their capacity.

        In Upper Nile State, fighting between the South Sudan People's Defence Forces (SSPDF) and armed youth
        in Nasir and Ulang counties has displaced an estimated 63,000 people since March. Aerial bombardment
        in Ulang County on 30 October reportedly killed at least 21 civilians, including 9 children. On
        Friday, partners evacuated 14 humanitarian staff from Nasir as a precaution.

        HUMANITARIAN RESPONSE
        Partners in Tawila are distributing high-energy biscuits, water and shelter materials, and three
        mobile clinics are operating at the main gathering sites. Cholera cases have been reported in four
        localities of North Darfur.

        FUNDING
        The 2025 Sudan Humanitarian Needs and Response Plan, seeking US$4.2 billion to assist 20.9 million
        people, is 25 per cent funded. OCHA urges donors to disburse pledges without delay.

        For further information, please contact: ocha-sudan@un.org
        """,
        g(
            "displaced",
            81000,
            "sudan",
            scope="total",
            as_of=D_SDN,
            by="iom",
            q="lower",
            cue="More than 81,000 people have fled El Fasher town",
            note="running count 'since 26 October' -> total.",
        ),
        g(
            "killed",
            460,
            "sudan",
            scope="event",
            as_of="2025-10-28",
            by="who",
            q="lower",
            cue="more than 460 patients and their companions were killed",
            note="one attack on a named day, reported days later -> event, as_of 2025-10-28.",
        ),
        g(
            "displaced",
            6000,
            "sudan",
            scope="event",
            as_of=D_SDN,
            by="humanitarian partners",
            q="approx",
            cue="about 6,000 new arrivals in the past 48 hours",
            note="new arrivals of people fleeing = displaced; a 48-hour window -> event.",
        ),
        g(
            "detained",
            200,
            "sudan",
            scope="total",
            as_of=D_SDN,
            by="survivors",
            q="lower",
            cue="hundreds of men were detained at checkpoints",
            note="vague 'hundreds' -> 200/lower.",
        ),
        g(
            "missing",
            2000,
            "sudan",
            scope="total",
            as_of=D_SDN,
            q="lower",
            cue="Thousands of people remain unaccounted for",
            note="vague 'thousands' -> 2000/lower; the release's own voice -> null.",
        ),
        g(
            "hostages",
            6,
            "sudan",
            pop="medics",
            scope="total",
            as_of=D_SDN,
            by="who",
            cue="six health workers had been abducted in El Fasher since the takeover",
        ),
        g(
            "killed",
            47,
            "sudan",
            scope="event",
            as_of="2025-10-27",
            q="lower",
            cue="at least 47 people were killed in RSF attacks on villages around Bara",
        ),
        g(
            "killed",
            5,
            "sudan",
            pop="aid_workers",
            scope="event",
            as_of="2025-10-27",
            cue="among them five volunteers of the Sudanese Red Crescent Society",
            note="Red Crescent volunteers -> aid_workers; subgroup of the 47.",
        ),
        g(
            "killed",
            40,
            "sudan",
            scope="event",
            as_of="2025-10-29",
            by="local authorities",
            q="approx",
            cue="killing some 40 people, according to local authorities",
        ),
        g(
            "displaced",
            1200000,
            "sudan",
            scope="total",
            as_of=D_SDN,
            by="unhcr",
            q="upper",
            cue="almost 1.2 million people have crossed from Sudan since April 2023",
            note="people who fled Sudan's war (refugees and South Sudanese returnees who lived in Sudan) -> "
            "sudan; 'almost' -> upper.",
        ),
        g(
            "displaced",
            63000,
            "south-sudan",
            scope="total",
            as_of=D_SDN,
            q="approx",
            cue="has displaced an estimated 63,000 people since March",
            note="'an estimated' -> approx.",
        ),
        g(
            "killed",
            21,
            "south-sudan",
            pop="civilians",
            scope="event",
            as_of="2025-10-30",
            q="lower",
            cue="reportedly killed at least 21 civilians, including 9 children",
        ),
        g("killed", 9, "south-sudan", pop="children", scope="event", as_of="2025-10-30", cue="including 9 children"),
        g(
            "evacuated",
            14,
            "south-sudan",
            pop="aid_workers",
            scope="event",
            as_of="2025-10-31",
            cue="partners evacuated 14 humanitarian staff from Nasir",
            note="'On Friday' counted back from Sunday 2 November -> 2025-10-31; staff working in South Sudan "
            "-> south-sudan. '20.9 million people' to assist and 'three mobile clinics' are not figures.",
        ),
    ),
    article(
        "p_drc_wire",
        D_DRC,
        """
        Blasts at M23 rally in Congo's Bukavu kill 11, rebels say

        By Reuters
        February 28, 2025 6:12 PM GMT+1

        BUKAVU, Democratic Republic of Congo, Feb 28 (Reuters) - Two explosions tore through a rally held by
        M23 rebel leaders in the eastern Congolese city of Bukavu on Thursday, killing at least 11 people and
        injuring 65, the leader of the rebel alliance that includes M23, Corneille Nangaa, said on Friday.

        A doctor at Bukavu's general hospital told Reuters that "between 15 and 20" bodies had been brought
        to the morgue by Thursday evening, many of them children who had gathered near the stage.

        Nangaa blamed the government in Kinshasa for the attack and said grenades of the type used by the
        Burundian army had been thrown into the crowd. President Felix Tshisekedi called the blasts a
        "heinous terrorist act" carried out by "a foreign army" operating illegally on Congolese soil.

        The Rwanda-backed rebels seized Goma, the largest city in eastern Congo, in late January and took
        Bukavu, the second largest, in mid-February with little resistance.

        Prime Minister Judith Suminwa told the U.N. Human Rights Council in Geneva this week that more than
        7,000 people had been killed in the east since January. In Goma alone, some 2,900 bodies have been
        collected since the city fell, according to the United Nations.

        About 350,000 people who had been sheltering in camps around Goma have been left without shelter
        after the camps were dismantled, the U.N. refugee agency UNHCR said, and more than 40,000 Congolese
        have fled into Burundi since mid-February.

        South Africa says 14 of its soldiers have been killed in eastern Congo this year, most of them in the
        fighting for Goma.

        Congo's army said on Friday it had detained some 70 soldiers who deserted their positions in Uvira,
        on the shores of Lake Tanganyika, and accused them of looting shops.

        U.N. experts estimate that between 3,000 and 4,000 Rwandan troops are operating alongside M23 in
        eastern Congo. Rwanda denies backing the group and says its forces act in self-defence.

        About 4,000 inmates escaped from Goma's Munzenze prison when the rebels entered the city, and
        hundreds more broke out of the central prison in Bukavu.

        (Reporting by Reuters staff in Bukavu and Kinshasa; Writing by Sofia Christensen; Editing by Alex
        Richardson)
        """,
        g(
            "killed",
            11,
            DRC,
            scope="event",
            as_of="2025-02-27",
            by="m23",
            q="lower",
            cue="killing at least 11 people and injuring 65",
            note="Nangaa leads the alliance that includes M23 -> 'm23'; 'on Thursday' -> 2025-02-27.",
        ),
        g("injured", 65, DRC, scope="event", as_of="2025-02-27", by="m23", cue="injuring 65"),
        g(
            "killed",
            15,
            DRC,
            scope="event",
            as_of="2025-02-27",
            by="bukavu hospital doctor",
            q="range",
            high=20,
            cue='"between 15 and 20" bodies had been brought',
            note="bodies brought to the morgue -> killed; a range -> value 15, high 20; 'many of them "
            "children' has no number.",
        ),
        g(
            "killed",
            7000,
            DRC,
            scope="total",
            as_of=D_DRC,
            by="congolese prime minister",
            q="lower",
            cue="more than 7,000 people had been killed in the east since January",
            note="'this week' -> the toll as reported, as_of the article date.",
        ),
        g(
            "killed",
            2900,
            DRC,
            scope="total",
            as_of=D_DRC,
            by="un",
            q="approx",
            cue="some 2,900 bodies have been collected since the city fell",
        ),
        g(
            "displaced",
            350000,
            DRC,
            scope="total",
            as_of=D_DRC,
            by="unhcr",
            q="approx",
            cue="About 350,000 people who had been sheltering in camps around Goma",
        ),
        g(
            "displaced",
            40000,
            DRC,
            scope="total",
            as_of=D_DRC,
            by="unhcr",
            q="lower",
            cue="more than 40,000 Congolese have fled into Burundi",
        ),
        g(
            "killed",
            14,
            "south-africa",
            pop="combatants",
            scope="total",
            as_of=D_DRC,
            by="south africa",
            cue="South Africa says 14 of its soldiers have been killed",
            note="soldiers belong to the party they serve -> south-africa; 'this year' running toll -> total.",
        ),
        g(
            "detained",
            70,
            DRC,
            pop="combatants",
            scope="event",
            as_of=D_DRC,
            by="congolese army",
            q="approx",
            cue="detained some 70 soldiers who deserted",
            note="Congolese soldiers -> drc. The '3,000 and 4,000 Rwandan troops' are a deployment, 'about "
            "4,000 inmates escaped' and 'hundreds more broke out' are escapes: not FIGURES.md metrics.",
        ),
    ),
    article(
        "p_africa_live",
        D_AFR,
        """
        Africa Live: Somalia base attack, Amhara drone strike and Cabo Delgado displacement

        Wednesday 16 April 2025

        15:12 GMT
        Nigeria: Gunmen kill farmers near Maiduguri
        Suspected jihadists killed at least 20 farmers working in their fields near Maiduguri on Tuesday, a
        local militia leader told the BBC. Four women were also abducted, he said.
        Borno state has seen a surge of attacks this year. The UN says more than two million people remain
        displaced in Nigeria's north-east, 16 years after the Boko Haram insurgency began.

        13:40 GMT
        Mozambique: 57,000 flee insurgent raids in a week
        More than 57,000 people have fled their homes in Cabo Delgado province in the past week after a wave
        of insurgent attacks on villages in Muidumbe and Macomia districts, the International Organization
        for Migration (IOM) says.
        Residents said insurgents beheaded six people in Mocímboa da Praia district on Sunday.
        Human Rights Watch says the Islamic State-linked group has abducted at least 120 children so far this
        year, using the boys as fighters and forcing girls into "marriages".

        11:05 GMT
        Ethiopia: Drone strike on Amhara market
        A drone strike on a busy market in Amhara's North Gondar zone killed at least 30 civilians, among them
        eight children, on Monday, a health official told the BBC.
        Ethiopia's military says it has killed more than 300 Fano militia fighters in operations over the past
        two weeks. The Ethiopian Human Rights Commission has said hundreds of people have been detained in the
        region under emergency measures.

        09:30 GMT
        Somalia: Al-Shabaab overruns army base
        Al-Shabaab fighters overran a military base in Somalia's Middle Shabelle region early on Tuesday.
        A Somali army officer told the BBC that at least 17 soldiers had been killed; al-Shabaab said it had
        killed 47. The defence ministry said troops backed by air strikes had killed "more than 60" militants
        in a counter-offensive.
        Thousands of residents fled nearby villages on Tuesday, fearing further fighting, local elders said.

        08:00 GMT
        Cameroon: Bus passengers kidnapped
        Separatist fighters in Cameroon's Anglophone North-West region abducted about 40 passengers from a bus
        near Bamenda on Monday, the regional governor said.
        The conflict between the army and separatists has killed more than 6,500 people since 2017, according
        to the International Crisis Group.

        07:45 GMT
        Good morning
        Welcome to the BBC Africa Live page, where we bring you the latest news from around the continent.
        Call our WhatsApp line on +44 7555 010 203 to tell us what is happening where you are.
        """,
        g(
            "killed",
            20,
            "nigeria",
            pop="civilians",
            scope="event",
            as_of="2025-04-15",
            by="local militia leader",
            q="lower",
            cue="killed at least 20 farmers working in their fields",
            note="farmers -> civilians (not a FIGURES.md subgroup of its own); 'on Tuesday' -> 2025-04-15.",
        ),
        g(
            "hostages",
            4,
            "nigeria",
            pop="women",
            scope="event",
            as_of="2025-04-15",
            by="local militia leader",
            cue="Four women were also abducted, he said",
        ),
        g(
            "displaced",
            2000000,
            "nigeria",
            scope="total",
            as_of=D_AFR,
            by="un",
            q="lower",
            cue="more than two million people remain displaced",
            note="spelled-out 'two million' -> 2000000; '16 years' is a duration.",
        ),
        g(
            "displaced",
            57000,
            "mozambique",
            scope="event",
            as_of=D_AFR,
            by="iom",
            q="lower",
            cue="More than 57,000 people have fled their homes in Cabo Delgado province in the past week",
            note="a one-week window -> event; the entry's headline repeats it.",
        ),
        g(
            "killed",
            6,
            "mozambique",
            scope="event",
            as_of="2025-04-13",
            by="residents",
            cue="insurgents beheaded six people",
            note="beheaded -> killed; 'on Sunday' -> 2025-04-13.",
        ),
        g(
            "hostages",
            120,
            "mozambique",
            pop="children",
            scope="total",
            as_of=D_AFR,
            by="human rights watch",
            q="lower",
            cue="abducted at least 120 children so far this year",
            note="'so far this year' read as a running toll -> total (FIGURES.md's 'so far' cue).",
        ),
        g(
            "killed",
            30,
            "ethiopia",
            pop="civilians",
            scope="event",
            as_of="2025-04-14",
            by="health official",
            q="lower",
            cue="killed at least 30 civilians, among them eight children, on Monday",
        ),
        g(
            "killed",
            8,
            "ethiopia",
            pop="children",
            scope="event",
            as_of="2025-04-14",
            by="health official",
            cue="among them eight children",
        ),
        g(
            "killed",
            300,
            "ethiopia",
            pop="combatants",
            scope="event",
            as_of=D_AFR,
            by="ethiopian military",
            q="lower",
            cue="killed more than 300 Fano militia fighters",
            note="a two-week window -> event, as_of the page date; Fano fighters -> ethiopia.",
        ),
        g(
            "detained",
            200,
            "ethiopia",
            scope="total",
            as_of=D_AFR,
            by="ethiopian human rights commission",
            q="lower",
            cue="hundreds of people have been detained in the region",
        ),
        g(
            "killed",
            17,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2025-04-15",
            by="somali army officer",
            q="lower",
            cue="at least 17 soldiers had been killed",
        ),
        g(
            "killed",
            47,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2025-04-15",
            by="al-shabaab",
            cue="al-Shabaab said it had killed 47",
            note="the group's own claim about the same soldiers (another source) -> its own figure.",
        ),
        g(
            "killed",
            60,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2025-04-15",
            by="somali defence ministry",
            q="lower",
            cue='had killed "more than 60" militants',
            note="al-Shabaab militants killed in Somalia -> somalia; counter-offensive dated with the attack "
            "(no other day named).",
        ),
        g(
            "displaced",
            2000,
            "somalia",
            scope="event",
            as_of="2025-04-15",
            by="local elders",
            q="lower",
            cue="Thousands of residents fled nearby villages on Tuesday",
        ),
        g(
            "hostages",
            40,
            "cameroon",
            scope="event",
            as_of="2025-04-14",
            by="north-west regional governor",
            q="approx",
            cue="abducted about 40 passengers from a bus",
        ),
        g(
            "killed",
            6500,
            "cameroon",
            scope="total",
            as_of=D_AFR,
            by="international crisis group",
            q="lower",
            cue="has killed more than 6,500 people since 2017",
            note="the WhatsApp number and timestamps are not figures.",
        ),
    ),
    article(
        "p_haiti_daily",
        D_HTI,
        """
        Gangs overrun Mirebalais, free inmates; at least 15 dead

        Published: 2 April 2025

        PORT-AU-PRINCE – Armed gangs of the Viv Ansanm coalition stormed the central town of Mirebalais on
        Monday, freeing more than 500 inmates from the civil prison and killing at least 15 people, among them
        two soldiers of the Armed Forces of Haiti (FAd'H), police sources said.

        Witnesses said the attackers went house to house and kidnapped at least 12 residents, including five
        women, before setting fire to the police station and the town hall.

        The International Organization for Migration said on Tuesday that more than 5,900 people had fled
        Mirebalais and surrounding areas in the previous 48 hours, bringing the number of internally displaced
        people in Haiti to more than one million.

        Around 300 patients and staff were evacuated from the Mirebalais University Hospital on Monday night,
        said Partners In Health, which runs the 300-bed facility. The hospital, one of the best equipped in the
        country, has suspended all services.

        Mirebalais lies on National Road 3, about 50 kilometres north-east of the capital, and controls the
        route to the Central Plateau and the border with the Dominican Republic.

        Prime Minister Alix Didier Fils-Aimé called an emergency meeting of the Transitional Presidential
        Council on Tuesday. The Kenya-led Multinational Security Support mission, which has about 1,000
        personnel in Haiti, said it was sending reinforcements.

        According to the UN human rights office (OHCHR), at least 1,086 people have been killed and 394
        injured in gang-related violence so far this year. Among those killed were 52 women and 19 children.

        The violence has also targeted the press. Two journalists were killed on 24 December when gang members
        opened fire at the reopening of the State University Hospital in downtown Port-au-Prince.

        Police said they had arrested 27 suspected gang members in Port-au-Prince on Sunday, and seized 14
        firearms and more than 3,000 rounds of ammunition.

        Tel: 2812-4545 / redaction@journal.example.ht
        """,
        g(
            "killed",
            15,
            "haiti",
            scope="event",
            as_of="2025-03-31",
            by="police sources",
            q="lower",
            cue="killing at least 15 people, among them two soldiers",
            note="'more than 500 inmates' freed are not a FIGURES.md metric; 'on Monday' -> 2025-03-31.",
        ),
        g(
            "killed",
            2,
            "haiti",
            pop="combatants",
            scope="event",
            as_of="2025-03-31",
            by="police sources",
            cue="two soldiers of the Armed Forces of Haiti",
        ),
        g(
            "hostages",
            12,
            "haiti",
            scope="event",
            as_of="2025-03-31",
            by="witnesses",
            q="lower",
            cue="kidnapped at least 12 residents, including five women",
            note="kidnapped -> hostages.",
        ),
        g(
            "hostages",
            5,
            "haiti",
            pop="women",
            scope="event",
            as_of="2025-03-31",
            by="witnesses",
            cue="including five women",
        ),
        g(
            "displaced",
            5900,
            "haiti",
            scope="event",
            as_of="2025-04-01",
            by="iom",
            q="lower",
            cue="more than 5,900 people had fled Mirebalais",
            note="a 48-hour window stated on Tuesday -> event, as_of 2025-04-01.",
        ),
        g(
            "displaced",
            1000000,
            "haiti",
            scope="total",
            as_of="2025-04-01",
            by="iom",
            q="lower",
            cue="to more than one million",
            note="total as reported 'on Tuesday' -> 2025-04-01; spelled-out 'one million'.",
        ),
        g(
            "evacuated",
            300,
            "haiti",
            scope="event",
            as_of="2025-03-31",
            by="partners in health",
            q="approx",
            cue="Around 300 patients and staff were evacuated",
            note="'Monday night' -> 2025-03-31; '300-bed' is a capacity, not a figure.",
        ),
        g(
            "killed",
            1086,
            "haiti",
            scope="total",
            as_of=D_HTI,
            by="ohchr",
            q="lower",
            cue="at least 1,086 people have been killed and 394",
            note="'so far this year' -> a running toll, total (FIGURES.md's 'so far').",
        ),
        g("injured", 394, "haiti", scope="total", as_of=D_HTI, by="ohchr", cue="394 injured in gang-related violence"),
        g(
            "killed",
            52,
            "haiti",
            pop="women",
            scope="total",
            as_of=D_HTI,
            by="ohchr",
            cue="Among those killed were 52 women and 19 children",
            note="attribution carried from the previous sentence (same OHCHR data).",
        ),
        g(
            "killed",
            19,
            "haiti",
            pop="children",
            scope="total",
            as_of=D_HTI,
            by="ohchr",
            cue="52 women and 19 children",
        ),
        g(
            "killed",
            2,
            "haiti",
            pop="journalists",
            scope="event",
            as_of="2024-12-24",
            cue="Two journalists were killed on 24 December",
            note="'24 December' before an April article -> 2024-12-24.",
        ),
        g(
            "detained",
            27,
            "haiti",
            pop="combatants",
            scope="event",
            as_of="2025-03-30",
            by="police",
            cue="arrested 27 suspected gang members",
            note="gang members = members of armed groups -> combatants; 'on Sunday' -> 2025-03-30. '14 "
            "firearms', '3,000 rounds', 'National Road 3', '1,000 personnel' and the phone number are "
            "not figures.",
        ),
    ),
    article(
        "p_colombia_wire",
        D_COL,
        """
        Colombia's Catatumbo displacement tops 48,000 as army airlifts civilians

        CÚCUTA, Colombia (AP)
        Published Jan. 23, 2025, 4:12 PM

        The number of people displaced by fighting between ELN guerrillas and dissidents of the former FARC
        in Colombia's northeastern Catatumbo region has risen to more than 48,000, the government's Victims'
        Unit said Thursday, the largest single displacement the country has recorded in decades.

        About 32,000 of the displaced have arrived in the city of Cúcuta, where sports halls and schools have
        been turned into shelters, while some 1,800 crossed the border into Venezuela, the Norte de Santander
        governor's office said.

        The Ombudsman's Office said at least 80 people had been killed since the ELN launched its offensive
        last week, among them a community leader, his wife and their 10-month-old son.

        Defense Minister Iván Velásquez said Wednesday that the army had evacuated 1,150 people by helicopter
        from rural areas of Tibú, Teorama and El Tarra since the weekend. Some 5,000 troops have been sent to
        the region.

        Between 20 and 30 people remain missing, according to local officials, and the ELN is believed to be
        holding at least 26 people, among them five soldiers, the Ombudsman's Office said.

        Troops have captured nine ELN fighters in the region, the army said. The hospital in Tibú has treated
        dozens of wounded, its director told local radio.

        President Gustavo Petro suspended peace talks with the ELN and declared a 90-day "state of internal
        commotion" under Decree 0062, allowing the government to issue emergency decrees without approval
        from Congress.

        The ELN, founded in 1964, has about 6,000 members and is the country's largest remaining guerrilla
        group. It accuses the FARC dissidents of the 33rd Front of attacking civilians who refuse to
        cooperate with them in the coca-growing region, which lies along 400 kilometers of border with
        Venezuela.

        Catatumbo produces about 15% of Colombia's coca, according to U.N. estimates.

        Petro, a former guerrilla who took office in 2022 promising "total peace", has seen talks with several
        armed groups stall.
        """,
        g(
            "displaced",
            48000,
            "colombia",
            scope="total",
            as_of=D_COL,
            by="victims' unit",
            q="lower",
            cue="has risen to more than 48,000",
            note="headline 'tops 48,000' is the same figure; 'Thursday' = the article date.",
        ),
        g(
            "displaced",
            32000,
            "colombia",
            scope="total",
            as_of=D_COL,
            by="norte de santander governor's office",
            q="approx",
            cue="About 32,000 of the displaced have arrived in the city of Cúcuta",
        ),
        g(
            "displaced",
            1800,
            "colombia",
            scope="total",
            as_of=D_COL,
            by="norte de santander governor's office",
            q="approx",
            cue="some 1,800 crossed the border into Venezuela",
        ),
        g(
            "killed",
            80,
            "colombia",
            scope="total",
            as_of=D_COL,
            by="ombudsman's office",
            q="lower",
            cue="at least 80 people had been killed since the ELN launched its offensive",
            note="'since the offensive began' -> a running toll of the crisis, total; '10-month-old' is an age.",
        ),
        g(
            "evacuated",
            1150,
            "colombia",
            scope="total",
            as_of="2025-01-22",
            by="colombian defense minister",
            cue="the army had evacuated 1,150 people by helicopter",
            note="running count 'since the weekend' stated on Wednesday -> total, as_of 2025-01-22.",
        ),
        g(
            "missing",
            20,
            "colombia",
            scope="total",
            as_of=D_COL,
            by="local officials",
            q="range",
            high=30,
            cue="Between 20 and 30 people remain missing",
        ),
        g(
            "hostages",
            26,
            "colombia",
            scope="total",
            as_of=D_COL,
            by="ombudsman's office",
            q="lower",
            cue="holding at least 26 people, among them five soldiers",
        ),
        g(
            "hostages",
            5,
            "colombia",
            pop="combatants",
            scope="total",
            as_of=D_COL,
            by="ombudsman's office",
            cue="among them five soldiers",
            note="Colombian soldiers -> colombia, combatants.",
        ),
        g(
            "detained",
            9,
            "colombia",
            pop="combatants",
            scope="total",
            as_of=D_COL,
            by="colombian army",
            cue="Troops have captured nine ELN fighters",
        ),
        g(
            "injured",
            24,
            "colombia",
            scope="total",
            as_of=D_COL,
            by="tibú hospital director",
            q="lower",
            cue="treated dozens of wounded",
            note="vague 'dozens' -> 24/lower. '5,000 troops', '6,000 members', '90-day', 'Decree 0062', "
            "'33rd Front', '400 kilometers' and '15%' are not figures.",
        ),
    ),
]
