"""Set Q, Africa and the Americas: an OCHA flash update on Sudan, an AP story from Goma, a Horn of Africa
agency digest (Ethiopia and Somalia), an NGO press release on Nigeria, Burkina Faso and Mali, and a
Haitian daily."""

from __future__ import annotations

from . import article, g

ARTICLES = (
    article(
        "q_sudan_ocha_zamzam",
        "2025-04-16",
        """
        SUDAN: Attacks on Zamzam IDP Camp and El Fasher, North Darfur - Flash Update No. 2

        Last updated: 16 Apr 2025

        HIGHLIGHTS
        - Between 300 and 400 people were reportedly killed in attacks on Zamzam and Abu Shouk camps and El
          Fasher town between 11 and 13 April.
        - An estimated 400,000 people have fled Zamzam, according to IOM.
        - Nine staff of Relief International were killed when the organization's clinic in Zamzam came under
          attack.

        SITUATION OVERVIEW
        On 11 April, the Rapid Support Forces (RSF) launched a large-scale ground assault on Zamzam camp, which
        had been hosting an estimated 500,000 internally displaced people, and on Abu Shouk camp and El Fasher
        town. Preliminary reports received by the UN indicate that between 300 and 400 people were killed over
        the three days of attacks, including at least 23 children. Aid partners reported more than 250 people
        injured, many with gunshot wounds, who were treated at the few facilities still operating in El Fasher.

        Relief International said nine of its staff, among them six health workers, were killed on 11 April
        while running the last functioning health post in the camp.

        According to the International Organization for Migration (IOM) Displacement Tracking Matrix (DTM), an
        estimated 400,000 people fled Zamzam between 11 and 13 April. As of today, at least 150,000 of them have
        reached Tawila, about 60 km west of El Fasher, where water, shelter and latrines are critically short.
        Others have sought refuge in El Fasher town itself, which remains besieged.

        The RSF said on 13 April that it had taken full control of the camp and had detained dozens of what it
        called "mercenaries" and members of allied armed groups. Their whereabouts remain unknown.

        Elsewhere, on 14 April, RSF artillery shelling of residential areas of El Obeid, North Kordofan, killed
        five civilians, according to local authorities. In the early hours of 15 April, the RSF launched 11
        drones at the power station in Kosti, White Nile State, causing a blackout across the city, the state
        authorities said.

        HUMANITARIAN RESPONSE
        Partners have scaled up water trucking in Tawila to 1.2 million litres a day and opened two additional
        health posts. WFP has delivered food for 60,000 people, and UNICEF is screening children under 5 for
        malnutrition on arrival.

        Humanitarian access to El Fasher remains blocked. The UN Resident and Humanitarian Coordinator calls on
        all parties to allow the safe passage of civilians and the unimpeded delivery of aid.

        CONTEXT
        Since the conflict began on 15 April 2023, more than 12 million people have been forced from their
        homes, including nearly 4 million who have crossed into neighbouring countries, making Sudan the world's
        largest displacement crisis. At least 30.4 million people need humanitarian assistance in 2025, while
        the US$4.2 billion Humanitarian Response Plan is only 6.6 per cent funded.

        For further information, please contact: OCHA Sudan, ochasudan@un.org
        """,
        g(
            "killed",
            300,
            "sudan",
            scope="event",
            as_of="2025-04-13",
            by="un",
            q="range",
            high=400,
            cue="between 300 and 400 people were killed over the three days",
            note="a three-day window (11-13 April) -> event, as_of its last day; the highlight repeats it, listed "
            "once; 'Preliminary reports received by the UN' -> un.",
        ),
        g(
            "killed",
            23,
            "sudan",
            scope="event",
            as_of="2025-04-13",
            by="un",
            pop="children",
            q="lower",
            cue="including at least 23 children",
        ),
        g(
            "injured",
            250,
            "sudan",
            scope="event",
            as_of="2025-04-13",
            by="aid partners",
            q="lower",
            cue="more than 250 people injured",
        ),
        g(
            "killed",
            9,
            "sudan",
            scope="event",
            as_of="2025-04-11",
            by="relief international",
            pop="aid_workers",
            cue="nine of its staff, among them six health workers, were killed",
            note="NGO staff -> aid_workers; the highlight repeats it.",
        ),
        g(
            "killed",
            6,
            "sudan",
            scope="event",
            as_of="2025-04-11",
            by="relief international",
            pop="medics",
            cue="among them six health workers",
            note="subgroup of the nine aid workers -> its own figure.",
        ),
        g(
            "displaced",
            400000,
            "sudan",
            scope="event",
            as_of="2025-04-13",
            by="iom",
            q="approx",
            cue="an estimated 400,000 people fled Zamzam between 11 and 13 April",
            note="flight during the three-day assault -> event, as_of its last day.",
        ),
        g(
            "displaced",
            500000,
            "sudan",
            scope="total",
            as_of="2025-04-16",
            q="approx",
            cue="hosting an estimated 500,000 internally displaced people",
            note="a standing count of the camp's displaced before the assault -> total; no day named -> article "
            "date (as with the 700,000 around Goma in q_drc_ap_goma); OCHA's own voice -> reported_by null.",
        ),
        g(
            "displaced",
            150000,
            "sudan",
            scope="event",
            as_of="2025-04-16",
            by="iom",
            q="lower",
            cue="at least 150,000 of them have reached Tawila",
            note="'As of today' -> article date.",
        ),
        g(
            "detained",
            24,
            "sudan",
            scope="event",
            as_of="2025-04-13",
            by="rsf",
            pop="combatants",
            q="lower",
            cue="had detained dozens of what it called",
            note="vague 'dozens' -> 24/lower; the RSF calls them mercenaries and armed-group members -> combatants.",
        ),
        g(
            "killed",
            5,
            "sudan",
            scope="event",
            as_of="2025-04-14",
            by="local authorities",
            pop="civilians",
            cue="killed five civilians",
        ),
        g(
            "projectiles",
            11,
            "sudan",
            scope="event",
            as_of="2025-04-15",
            by="state authorities",
            cue="the RSF launched 11 drones",
            note="fired by the RSF, a Sudanese party -> sudan.",
        ),
        g(
            "displaced",
            12000000,
            "sudan",
            scope="total",
            as_of="2025-04-16",
            q="lower",
            cue="more than 12 million people have been forced from their homes",
        ),
        g(
            "displaced",
            4000000,
            "sudan",
            scope="total",
            as_of="2025-04-16",
            q="upper",
            cue="nearly 4 million who have crossed into neighbouring countries",
            note="refugees of this war -> displaced; 'nearly' -> upper. '30.4 million people need humanitarian "
            "assistance', '60,000 people' fed and 'under 5' are not FIGURES.md metrics.",
        ),
    ),
    article(
        "q_drc_ap_goma",
        "2025-01-29",
        """
        Congo vows to retake Goma as M23 rebels push south and the death toll climbs

        By JUSTIN KABUMBA and RUTH ALONGA
        Updated 2:05 PM GMT+1, January 29, 2025

        GOMA, Congo (AP) - Congo's president vowed Wednesday to retake the eastern city of Goma from Rwanda-backed
        rebels, as fighters of the M23 group pushed south toward the provincial capital of South Kivu and bodies
        still lay in the streets of the city they seized earlier this week.

        Fighting in and around Goma since Sunday has killed at least 100 people and wounded almost 1,000, the
        U.N. said, adding that hospitals were overwhelmed and running out of supplies.

        The M23 rebels, who are backed by about 4,000 troops from neighboring Rwanda according to U.N. experts,
        seized most of Goma, a city of some 2 million people, on Monday. Gunfire could still be heard Wednesday
        near the airport, which remains closed.

        M23 spokesman Lawrence Kanyuka said in a statement that more than 1,200 Congolese soldiers had
        surrendered and were being held at a stadium in the city. The claim could not be independently
        verified.

        In a televised address late Tuesday, President Felix Tshisekedi said a "vigorous and coordinated
        response" was underway, and accused the international community of silence in the face of Rwanda's
        "aggression."

        South Africa's military said nine of its soldiers, serving with a regional force and with the U.N.
        peacekeeping mission, had been killed in clashes with the rebels, while Malawi said three of its
        peacekeepers had died. Uruguay said one of its soldiers was killed.

        Across the border in Rwanda, authorities said five people were killed and 35 wounded in the town of
        Gisenyi on Monday by shells fired from Congo. Rwanda denies backing the M23, despite evidence
        gathered by U.N. experts.

        In the capital, Kinshasa, protesters on Tuesday attacked several embassies, including those of France,
        Belgium and the United States, accusing Western countries of failing to stop Rwanda.

        The U.N. refugee agency said camps around Goma that had sheltered about 700,000 displaced people
        emptied as residents fled the fighting, some heading back to villages now under M23 control. More than
        6.5 million people are displaced across Congo, one of the largest such populations in the world.

        The M23 is one of about 100 armed groups vying for a foothold in mineral-rich eastern Congo, which holds
        vast deposits of coltan, gold and tin. The group first captured Goma in 2012 but withdrew after
        international pressure.

        ___

        Associated Press writer Jean-Yves Kamale in Kinshasa contributed to this report.
        """,
        g(
            "killed",
            100,
            "drc",
            scope="event",
            as_of="2025-01-29",
            by="un",
            q="lower",
            cue="has killed at least 100 people and wounded almost 1,000",
            note="fighting 'since Sunday' (a window) -> event on the article date.",
        ),
        g(
            "injured",
            1000,
            "drc",
            scope="event",
            as_of="2025-01-29",
            by="un",
            q="upper",
            cue="wounded almost 1,000",
            note="'about 4,000 troops' present and 'a city of some 2 million people' are not FIGURES.md metrics.",
        ),
        g(
            "detained",
            1200,
            "drc",
            scope="event",
            as_of="2025-01-29",
            by="m23",
            pop="combatants",
            q="lower",
            cue="more than 1,200 Congolese soldiers had surrendered and were being held",
            note="soldiers held by the rebels -> detained; Congolese army -> drc; M23 is a name, not a figure.",
        ),
        g(
            "killed",
            9,
            "south-africa",
            scope="event",
            as_of="2025-01-29",
            by="south african military",
            pop="combatants",
            cue="nine of its soldiers",
            note="soldiers belong to the party they serve -> south-africa; killed in the Goma fighting with no day "
            "named -> event, as_of the article date.",
        ),
        g(
            "killed",
            3,
            "malawi",
            scope="event",
            as_of="2025-01-29",
            by="malawi",
            pop="combatants",
            cue="three of its peacekeepers had died",
        ),
        g(
            "killed",
            1,
            "uruguay",
            scope="event",
            as_of="2025-01-29",
            by="uruguay",
            pop="combatants",
            cue="one of its soldiers was killed",
        ),
        g(
            "killed",
            5,
            "rwanda",
            scope="event",
            as_of="2025-01-27",
            by="rwandan authorities",
            cue="five people were killed and 35 wounded in the town of Gisenyi on Monday",
        ),
        g(
            "injured",
            35,
            "rwanda",
            scope="event",
            as_of="2025-01-27",
            by="rwandan authorities",
            cue="five people were killed and 35 wounded",
        ),
        g(
            "displaced",
            700000,
            "drc",
            scope="total",
            as_of="2025-01-29",
            by="unhcr",
            q="approx",
            cue="sheltered about 700,000 displaced people",
        ),
        g(
            "displaced",
            6500000,
            "drc",
            scope="total",
            as_of="2025-01-29",
            q="lower",
            cue="More than 6.5 million people are displaced across Congo",
            note="'about 100 armed groups' counts groups, not people.",
        ),
    ),
    article(
        "q_horn_digest_tigray_somalia",
        "2025-02-20",
        """
        HORN OF AFRICA DIGEST: Tigray's displaced still waiting to go home; Somali forces step up offensives

        February 20, 2025

        ADDIS ABABA / MOGADISHU (HPA) - More than two years after the Pretoria peace agreement ended the war in
        northern Ethiopia, about 1 million people displaced by the fighting still live in camps and host
        communities in Tigray, the region's interim administration said on Tuesday.

        Officials said returns to western Tigray, which remains under the control of Amhara forces, had
        stalled, and that aid cuts had left many families in the camps around Shire and Mekelle with rations
        for only half the month. The 2020-2022 war killed as many as 600,000 people, according to African Union
        mediator Olusegun Obasanjo.

        In neighbouring Amhara, the Ethiopian National Defence Force said it had killed more than 300 Fano
        militiamen in operations in the Gojjam and Gondar zones over the past week. A Fano spokesman dismissed
        the figure and claimed the militia had captured 47 government soldiers in the same period. Neither
        claim could be independently verified, as internet access in much of the region remains restricted.

        SOMALIA

        In Mogadishu, an al-Shabaab suicide bomber struck a military training camp on Tuesday, killing at
        least 10 soldiers and wounding 15 people, among them two journalists who were covering a graduation
        ceremony, a military official told HPA.

        The Somali army said its forces, backed by local clan militias known as macawisley, killed 70
        al-Shabaab fighters in Middle Shabelle on Sunday, including two senior commanders. The group said in a
        statement on its radio station that it had repelled the attack.

        In the semi-autonomous Puntland region, security forces say they have killed between 150 and 200
        Islamic State fighters since launching an offensive in the Cal Miskaad mountains in late December, and
        captured dozens, including foreign fighters. US Africa Command said it had carried out three air strikes
        in support of the operation this month.

        Drought and conflict have left an estimated 3.5 million Somalis internally displaced, according to the
        government's disaster management agency, which warned that the Gu rains, due in April, were forecast to
        be below average for a third consecutive season.

        IN BRIEF

        - Ethiopia and Somalia agreed to restore full diplomatic relations following the Ankara declaration of
          December 2024.
        - The African Union Support and Stabilization Mission in Somalia (AUSSOM) remains short of the
          US$190 million it needs for its first year.
        - Eritrea marked the 35th anniversary of the Massawa battle on 10 February.
        """,
        g(
            "displaced",
            1000000,
            "ethiopia",
            scope="total",
            as_of="2025-02-18",
            by="tigray interim administration",
            q="approx",
            cue="about 1 million people displaced by the fighting",
            note="a standing count of the war's displaced -> total; 'said on Tuesday' -> 2025-02-18.",
        ),
        g(
            "killed",
            600000,
            "ethiopia",
            scope="total",
            as_of="2025-02-20",
            by="olusegun obasanjo",
            q="upper",
            cue="killed as many as 600,000 people",
            note="toll of the whole (ended) war -> total, as_of the article date; 'as many as' = up to -> upper; "
            "'2020-2022' is a year span, not a range.",
        ),
        g(
            "killed",
            300,
            "ethiopia",
            scope="event",
            as_of="2025-02-20",
            by="ethiopian national defence force",
            pop="combatants",
            q="lower",
            cue="killed more than 300 Fano militiamen",
            note="Fano is an Ethiopian militia -> ethiopia; 'over the past week' window -> event.",
        ),
        g(
            "detained",
            47,
            "ethiopia",
            scope="event",
            as_of="2025-02-20",
            by="fano",
            pop="combatants",
            cue="captured 47 government soldiers",
        ),
        g(
            "killed",
            10,
            "somalia",
            scope="event",
            as_of="2025-02-18",
            by="military official",
            pop="combatants",
            q="lower",
            cue="killing at least 10 soldiers",
        ),
        g(
            "injured",
            15,
            "somalia",
            scope="event",
            as_of="2025-02-18",
            by="military official",
            cue="wounding 15 people",
        ),
        g(
            "injured",
            2,
            "somalia",
            scope="event",
            as_of="2025-02-18",
            by="military official",
            pop="journalists",
            cue="among them two journalists",
        ),
        g(
            "killed",
            70,
            "somalia",
            scope="event",
            as_of="2025-02-16",
            by="somali army",
            pop="combatants",
            cue="killed 70 al-Shabaab fighters",
            note="'on Sunday' -> 2025-02-16; 'two senior commanders' is a subgroup of the 70 but commanders are "
            "combatants like the rest -> see next figure.",
        ),
        g(
            "killed",
            2,
            "somalia",
            scope="event",
            as_of="2025-02-16",
            by="somali army",
            pop="combatants",
            cue="including two senior commanders",
        ),
        g(
            "killed",
            150,
            "somalia",
            scope="total",
            as_of="2025-02-20",
            by="puntland security forces",
            pop="combatants",
            q="range",
            high=200,
            cue="killed between 150 and 200 Islamic State fighters",
            note="running toll of the offensive since December -> total; IS fighters in Puntland -> somalia.",
        ),
        g(
            "detained",
            24,
            "somalia",
            scope="total",
            as_of="2025-02-20",
            by="puntland security forces",
            pop="combatants",
            q="lower",
            cue="and captured dozens, including foreign fighters",
            note="vague 'dozens' -> 24/lower; 'three air strikes' counts strikes, not projectiles.",
        ),
        g(
            "displaced",
            3500000,
            "somalia",
            scope="total",
            as_of="2025-02-20",
            by="disaster management agency",
            q="approx",
            cue="an estimated 3.5 million Somalis internally displaced",
        ),
    ),
    article(
        "q_sahel_ngo_release",
        "2024-06-14",
        """
        Nigeria and Burkina Faso: Children bearing the brunt as attacks surge, warns Save the Children

        Press release | 14 June 2024

        ABUJA/OUAGADOUGOU - Children in north-east Nigeria and Burkina Faso are paying an unbearable price for
        a surge in attacks by armed groups, Save the Children warned today, as it called on donors to close a
        funding gap that has already forced the closure of dozens of its learning centres.

        In Borno State, a suicide bombing at a busy market in Konduga on Saturday killed at least 32 people and
        injured more than 40, according to the Borno State Emergency Management Agency (SEMA). At least six of
        the dead were children.

        On 24 May, gunmen abducted more than 100 people, including at least 20 women and dozens of children,
        from Kuchi village in Niger State, local officials said. Most of them are still being held, and
        families have been asked to pay ransoms of up to 50 million naira.

        "Children are being killed in markets and taken from their beds at night. No child should have to live
        like this," said Famari Barro, Save the Children's Country Director in Nigeria. "We cannot keep
        reaching them with 20 per cent of the money we need."

        Some 2.3 million people are displaced across Borno, Adamawa and Yobe states, many of them in
        overcrowded camps where Save the Children runs nutrition and child protection programmes. In May
        alone, our teams screened more than 15,000 children under five for malnutrition.

        In Burkina Faso, the al-Qaeda-linked group JNIM said it killed more than 100 soldiers in an attack on
        an army base in Mansila on Tuesday, and took seven soldiers prisoner. The army has not commented. The
        government has not published updated displacement figures since March 2023, when it counted more than
        2 million internally displaced people, nearly 60 per cent of them children.

        Nearly 5,300 schools remain closed in Burkina Faso because of insecurity, affecting close to one
        million children.

        In neighbouring Mali, two staff members of one of our partner organisations were killed on 3 June when
        their vehicle struck an explosive device near Menaka. Save the Children has temporarily suspended
        movements in the area.

        Save the Children is calling on:
        - all parties to protect children and civilian infrastructure, including schools and health centres;
        - donors to fully fund the 2024 humanitarian response plans for Nigeria, Burkina Faso and Mali, which
          are less than a quarter funded;
        - governments in the region to guarantee safe access for humanitarian workers.

        ENDS

        For more information, please contact media@savethechildren.org. Save the Children has worked in
        Nigeria since 2001 and in Burkina Faso since 1982.
        """,
        g(
            "killed",
            32,
            "nigeria",
            scope="event",
            as_of="2024-06-08",
            by="borno state emergency management agency",
            q="lower",
            cue="killed at least 32 people",
            note="'on Saturday' -> 2024-06-08.",
        ),
        g(
            "injured",
            40,
            "nigeria",
            scope="event",
            as_of="2024-06-08",
            by="borno state emergency management agency",
            q="lower",
            cue="injured more than 40",
        ),
        g(
            "killed",
            6,
            "nigeria",
            scope="event",
            as_of="2024-06-08",
            by="borno state emergency management agency",
            pop="children",
            q="lower",
            cue="At least six of the dead were children",
        ),
        g(
            "hostages",
            100,
            "nigeria",
            scope="event",
            as_of="2024-05-24",
            by="local officials",
            q="lower",
            cue="gunmen abducted more than 100 people",
        ),
        g(
            "hostages",
            20,
            "nigeria",
            scope="event",
            as_of="2024-05-24",
            by="local officials",
            pop="women",
            q="lower",
            cue="including at least 20 women",
        ),
        g(
            "hostages",
            24,
            "nigeria",
            scope="event",
            as_of="2024-05-24",
            by="local officials",
            pop="children",
            q="lower",
            cue="and dozens of children",
            note="vague 'dozens' inside a subgroup -> 24/lower; 50 million naira is money.",
        ),
        g(
            "displaced",
            2300000,
            "nigeria",
            scope="total",
            as_of="2024-06-14",
            q="approx",
            cue="Some 2.3 million people are displaced",
            note="'screened more than 15,000 children under five' is not a FIGURES.md metric.",
        ),
        g(
            "killed",
            100,
            "burkina-faso",
            scope="event",
            as_of="2024-06-11",
            by="jnim",
            pop="combatants",
            q="lower",
            cue="killed more than 100 soldiers",
            note="'on Tuesday' -> 2024-06-11.",
        ),
        g(
            "detained",
            7,
            "burkina-faso",
            scope="event",
            as_of="2024-06-11",
            by="jnim",
            pop="combatants",
            cue="took seven soldiers prisoner",
        ),
        g(
            "displaced",
            2000000,
            "burkina-faso",
            scope="total",
            as_of="2024-06-14",
            by="burkina faso government",
            q="lower",
            cue="more than 2 million internally displaced people",
            note="last counted in March 2023 (no day) -> as_of the article date, as in the seeds; '60 per cent' "
            "is a percentage; 5,300 schools and 'one million children' affected are not metrics.",
        ),
        g(
            "killed",
            2,
            "mali",
            scope="event",
            as_of="2024-06-03",
            pop="aid_workers",
            cue="two staff members of one of our partner organisations were killed",
            note="partner humanitarian staff -> aid_workers; the NGO's own voice -> reported_by null.",
        ),
    ),
    article(
        "q_haiti_daily_kenscoff",
        "2025-05-08",
        """
        Kenscoff attack leaves eight dead as UN report counts 1,617 killed in first quarter

        Port-au-Prince | May 8, 2025

        Armed men from the Viv Ansanm gang coalition stormed several neighbourhoods of Kenscoff, in the hills
        above the capital, on Tuesday, killing at least eight people and forcing some 1,500 residents to flee
        their homes, the town's mayor, Massillon Jean, said on Wednesday.

        "They came through the ravines at dawn and burned everything in their way," the mayor told our
        newspaper by telephone, adding that police reinforcements arrived only in the afternoon.

        The attack came as the UN human rights office (OHCHR) reported that at least 1,617 people were killed
        in gang-related violence across Haiti between January and March, and a further 580 were injured. About
        20% of those killed died in operations by the security forces, the report said. At least 175 people
        were kidnapped for ransom over the same period, most of them in the West and Artibonite departments.

        Police said a drone strike in the Cite Soleil neighbourhood on Monday killed 11 gang members, including
        a lieutenant of the gang leader Jimmy "Barbecue" Cherizier. A task force set up by the prime minister's
        office has launched dozens of explosive drones against gang positions since March, according to police
        sources.

        On Sunday, Doctors Without Borders (MSF) evacuated about 30 patients and staff from its Turgeau
        emergency centre after bullets struck the building during a gunfight nearby. "We cannot treat people
        under fire," said the head of mission.

        The violence continues to hit journalists. On December 24, two journalists were killed and seven others
        wounded when gunmen opened fire during the planned reopening of the General Hospital, which had been
        closed since February 2024.

        More than 1 million people are now internally displaced in Haiti, according to the latest figures from
        the International Organization for Migration (IOM), three times as many as a year ago. Nearly 5.7
        million people face acute food insecurity.

        The Kenya-led Multinational Security Support mission, which has fewer than 1,000 personnel of the
        2,500 originally pledged, has struggled to contain the gangs, which control about 90% of the capital.
        The UN Security Council is due to discuss the mission's future this month, and Washington has pledged
        a further US$40 million.

        Meanwhile, traffic on National Route 2 remains cut near Kenscoff, and several schools in Petion-Ville
        closed their doors on Wednesday as a precaution.
        """,
        g(
            "killed",
            8,
            "haiti",
            scope="event",
            as_of="2025-05-06",
            by="massillon jean",
            q="lower",
            cue="killing at least eight people",
            note="'on Tuesday' -> 2025-05-06; the headline repeats it.",
        ),
        g(
            "displaced",
            1500,
            "haiti",
            scope="event",
            as_of="2025-05-06",
            by="massillon jean",
            q="approx",
            cue="forcing some 1,500 residents to flee",
        ),
        g(
            "killed",
            1617,
            "haiti",
            scope="event",
            as_of="2025-03-31",
            by="un human rights office",
            q="lower",
            cue="at least 1,617 people were killed",
            note="a January-March window -> event, as_of its last day; the headline repeats it; '20%' is a percentage.",
        ),
        g(
            "injured",
            580,
            "haiti",
            scope="event",
            as_of="2025-03-31",
            by="un human rights office",
            cue="a further 580 were injured",
        ),
        g(
            "hostages",
            175,
            "haiti",
            scope="event",
            as_of="2025-03-31",
            by="un human rights office",
            q="lower",
            cue="At least 175 people were kidnapped for ransom",
        ),
        g(
            "killed",
            11,
            "haiti",
            scope="event",
            as_of="2025-05-05",
            by="police",
            pop="combatants",
            cue="killed 11 gang members",
        ),
        g(
            "projectiles",
            24,
            "haiti",
            scope="total",
            as_of="2025-05-08",
            by="police sources",
            q="lower",
            cue="launched dozens of explosive drones",
            note="fired by the government task force -> haiti; running count 'since March' -> total.",
        ),
        g(
            "evacuated",
            30,
            "haiti",
            scope="event",
            as_of="2025-05-04",
            by="msf",
            q="approx",
            cue="evacuated about 30 patients and staff",
        ),
        g(
            "killed",
            2,
            "haiti",
            scope="event",
            as_of="2024-12-24",
            pop="journalists",
            cue="two journalists were killed and seven others wounded",
            note="'On December 24' before a May 2025 article -> 2024-12-24.",
        ),
        g("injured", 7, "haiti", scope="event", as_of="2024-12-24", pop="journalists", cue="seven others wounded"),
        g(
            "displaced",
            1000000,
            "haiti",
            scope="total",
            as_of="2025-05-08",
            by="iom",
            q="lower",
            cue="More than 1 million people are now internally displaced",
            note="'5.7 million' facing hunger and the mission's 1,000/2,500 personnel are not FIGURES.md metrics.",
        ),
    ),
)
