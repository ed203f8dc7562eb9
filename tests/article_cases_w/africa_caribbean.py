# ruff: noqa: E501
"""Set W, Africa and the Caribbean: Sudan (2), DR Congo, Ethiopia, Haiti and Somalia.

A Radio Dabanga report and a SUNA dispatch on Sudan, an Actualite.cd story translated from French
("eighteen (18) civilians", "neutralised"), undated Addis Standard and Ayibopost pieces, and a Garowe
Online HTML page.
"""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, article, g

ARTICLES = [
    article(
        "w_sudan_dabanga_abu_shouk_shelling",
        "2025-06-12",
        """
        RSF shelling of Abu Shouk camp kills 11; 17 abducted on El Fasher-Tawila road

        June 12, 2025

        EL FASHER / TAWILA - At least 11 people, among them three women, were killed and 20 others injured when the Rapid Support Forces (RSF) shelled Abu Shouk camp for the displaced, north of El Fasher, capital of North Darfur, on Wednesday, the El Fasher Resistance Committees reported.

        The committees said in a statement that the RSF fired more than 40 artillery shells into the camp's northern and western blocks, hitting a water point where women and children were queuing, as well as a Koranic school (khalwa).

        The Sudan Doctors Network said that two medical staff were among the dead, a nurse and a medical assistant who had been working at a makeshift clinic in the camp. The network condemned "the systematic targeting of health workers and health facilities" by the RSF and called on the international community to pressure the group's leadership.

        A camp resident told Radio Dabanga that the shelling started at around 6 am and continued for more than five hours. "People have nowhere to go. Those who try to leave are stopped on the road, and those who stay are killed in their shelters," she said.

        Separately, relatives told Radio Dabanga that RSF fighters abducted 17 people who were fleeing from El Fasher towards Tawila on Tuesday, near the village of Shagra. The abductors demanded ransoms of up to SDG 5 million (about $2,000) for each person, one relative said.

        The Emergency Lawyers, a group of Sudanese lawyers that documents violations against civilians, said the shelling of Abu Shouk "amounts to a war crime," noting that the camp has been shelled repeatedly since the RSF tightened its siege on the city. The group called for the UN fact-finding mission to be given access to North Darfur.

        The RSF did not comment on the attack. The paramilitary group has in the past accused the army and its allies of using displacement camps as military positions, an accusation that camp leaders reject.

        El Fasher, the last major city in Darfur still held by the Sudanese Armed Forces (SAF) and the allied joint forces of the armed movements, has been under RSF siege for more than a year. The city's markets have been almost empty for weeks, and the price of a sack of millet has tripled since March.

        Tawila, some 60 kilometres west of El Fasher, now hosts an estimated 600,000 displaced people, according to Médecins Sans Frontières (MSF), many of whom arrived after the RSF took control of Zamzam camp in April. MSF warned that the town's water supply covers less than a third of the needs.

        Aid agencies say convoys carrying food and medicine to El Fasher have been blocked for months. The World Food Programme said last week that a convoy of 15 trucks had been waiting in Tawila for security guarantees, and that famine conditions have been confirmed in Abu Shouk and Zamzam since last year.

        The war between the SAF and the RSF, which broke out in April 2023, has killed tens of thousands of people and displaced more than 12 million, making Sudan the world's largest displacement crisis, according to the UN.
        """,
        g(
            "killed",
            11,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-06-11",
            by="el fasher resistance committees",
            cue="At least 11 people, among them three women",
            note="'on Wednesday' -> 2025-06-11; headline repeats it",
        ),
        g(
            "killed",
            3,
            "sudan",
            pop="women",
            scope="event",
            as_of="2025-06-11",
            by="el fasher resistance committees",
            cue="among them three women",
        ),
        g(
            "injured",
            20,
            "sudan",
            scope="event",
            as_of="2025-06-11",
            by="el fasher resistance committees",
            cue="20 others injured",
        ),
        g(
            "projectiles",
            40,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-06-11",
            by="el fasher resistance committees",
            cue="fired more than 40 artillery shells",
            note="fired by the RSF, a Sudanese party -> sudan",
        ),
        g(
            "killed",
            2,
            "sudan",
            pop="medics",
            scope="event",
            as_of="2025-06-11",
            by="sudan doctors network",
            cue="two medical staff were among the dead",
            note="side and day from the previous paragraphs (the Abu Shouk shelling)",
        ),
        g(
            "hostages",
            17,
            "sudan",
            scope="event",
            as_of="2025-06-10",
            by="relatives",
            cue="abducted 17 people",
            note="'abducted' -> hostages; 'on Tuesday' -> 2025-06-10",
        ),
        g(
            "displaced",
            600000,
            "sudan",
            q="approx",
            scope="total",
            as_of="2025-06-12",
            by="msf",
            cue="an estimated 600,000 displaced people",
        ),
        g(
            "killed",
            20000,
            "sudan",
            q="lower",
            scope="total",
            as_of="2025-06-12",
            by="un",
            cue="has killed tens of thousands of people",
            note="vague 'tens of thousands' -> 20000/lower; the sentence-final 'according to the UN' covers both tolls",
        ),
        g(
            "displaced",
            12000000,
            "sudan",
            q="lower",
            scope="total",
            as_of="2025-06-12",
            by="un",
            cue="displaced more than 12 million",
        ),
    ),
    article(
        "w_sudan_suna_kosti_drones",
        "2025-05-28",
        """
        Air defences down 11 hostile drones over Kosti; three citizens martyred by debris

        Kosti, May 28, 2025 (SUNA) - The air defences of the Armed Forces in the White Nile State shot down at dawn today 11 hostile drones launched by the terrorist Rapid Support Militia towards vital and civilian facilities in the city of Kosti, a military source told SUNA.

        The Wali (Governor) of the White Nile State, Gamar Eddin Fadul, said in a press statement that the debris of the downed drones fell on a residential neighbourhood near the Kosti river port, causing the martyrdom of three citizens and the injury of nine others, among them two children, as per the Ministry of Health in the state, who were transferred to Kosti Teaching Hospital for the necessary treatment.

        The Wali affirmed that the situation in the city is stable and that the power and water services are operating normally, praising the vigilance of the air defences and the steadfastness of the citizens, and calling on them to report any suspicious movements to the competent authorities.

        Meanwhile, the joint security forces in the state arrested 7 collaborators of the rebel militia in the Um Ramad area, who were providing the militia with information and coordinates of military and civilian sites, the Police Information Office said in a statement.

        In North Kordofan State, the official spokesman of the Armed Forces, Brigadier General Nabil Abdallah, said in a statement that the forces of the 5th Infantry Division (Al-Haggana) neutralised more than 150 militia elements and seized 23 combat vehicles with their full equipment in battles west of El Obeid on Tuesday.

        He added that the forces are continuing their advance to clear the remaining pockets of the militia in the Kordofan region, and that "the citizens will soon return to their villages in safety."

        The Commissioner of the Humanitarian Aid Commission (HAC) in the White Nile State said that the state hosts about 230,000 displaced people in 96 shelter centres and host communities, who arrived from Khartoum, Gezira and Kordofan states, calling on the national and international organizations to increase their support, especially in food, shelter and health.

        The rebel militia has repeatedly targeted Kosti, Port Sudan, Atbara and Merowe with strategic drones since the beginning of this year, focusing on power stations, fuel depots and airports, in what the government describes as a policy of "punishing the Sudanese people" after its defeat in Khartoum and Gezira.
        """,
        g(
            "projectiles",
            11,
            "sudan",
            scope="event",
            as_of="2025-05-28",
            by="military source",
            cue="11 hostile drones launched by the terrorist Rapid Support Militia",
            note="drones of the RSF, a Sudanese party -> sudan; only the downed count is given -> taken as the count launched",
        ),
        g(
            "killed",
            3,
            "sudan",
            scope="event",
            as_of="2025-05-28",
            by="health ministry",
            cue="martyrdom of three citizens",
            note="said by the Wali 'as per the Ministry of Health in the state' -> the ministry is the original source; headline repeats it",
        ),
        g("injured", 9, "sudan", scope="event", as_of="2025-05-28", by="health ministry", cue="injury of nine others"),
        g(
            "injured",
            2,
            "sudan",
            pop="children",
            scope="event",
            as_of="2025-05-28",
            by="health ministry",
            cue="among them two children, as per",
        ),
        g(
            "detained",
            7,
            "sudan",
            scope="event",
            as_of="2025-05-28",
            by="police information office",
            cue="arrested 7 collaborators",
        ),
        g(
            "killed",
            150,
            "sudan",
            pop="combatants",
            q="lower",
            scope="event",
            as_of="2025-05-27",
            by="sudanese armed forces",
            cue="neutralised more than 150 militia elements",
            note="'neutralised' read as killed; RSF fighters -> sudan/combatants; 'on Tuesday' -> 2025-05-27; the army spokesman speaks for the SAF",
        ),
        g(
            "displaced",
            230000,
            "sudan",
            q="approx",
            scope="total",
            as_of="2025-05-28",
            by="humanitarian aid commission",
            cue="about 230,000 displaced people",
            note="'96 shelter centres' is not a figure",
        ),
    ),
    article(
        "w_drc_actualite_lubero_adf",
        "2024-06-13",
        """
        Lubero: at least 18 civilians killed in an ADF incursion in Bapere chiefdom, civil society denounces

        Published on June 13, 2024 at 10:21

        At least eighteen (18) civilians, among them four women, were killed on Tuesday night in an incursion attributed to the ADF rebels in the village of Mamove-Kalunguta, Bapere chiefdom, in Lubero territory (North Kivu), according to the local civil society.

        "The assailants entered the village around 9 p.m., they killed with machetes and firearms. Until now we have counted 18 bodies, but the searches continue because twelve people are still missing in the bush," declared to ACTUALITE.CD Samuel Kagheni Muhindo, president of the civil society of Bapere.

        According to the same source, seven (7) people, among them a nurse of the health centre, were taken hostage by the assailants, who also burned 23 houses and looted the medicines of the health centre.

        Contacted by ACTUALITE.CD, the spokesperson of the Sokola 1 Grand Nord operations, Captain Anthony Mualushayi, confirmed the attack and indicated that the FARDC, in pursuit of the enemy, "neutralised five ADF terrorists and arrested three of their collaborators" in the forest near Manzanzaba. He assures that the army is going to reinforce its positions in the zone to permit the return of the populations.

        This new massacre provoked a massive displacement of populations. More than 6,000 people have fled towards Manguredjipa and Butembo, according to the humanitarian actors on the ground, who fear a humanitarian crisis in a zone already hosting thousands of displaced persons from previous attacks.

        Since the beginning of the year, the ADF have killed more than 500 civilians in the territories of Beni and Lubero, according to MONUSCO, the United Nations mission in the DRC.

        The ADF, an armed group of Ugandan origin that pledged allegiance to the Islamic State, has been active in the east of the DRC since the 1990s. The joint operations of the FARDC and the UPDF (Ugandan army), launched under the name "Shujaa", have not succeeded to stop the massacres, which now affect the southern part of Lubero and the Mambasa territory in Ituri.

        The provincial deputy of Lubero, Jean-Paul Ngahangondi, asked the government to "send more troops and to take care of the victims", deploring that "the population of Bapere is abandoned to its sad fate for more than 5 years."
        """,
        g(
            "killed",
            18,
            DRC,
            pop="civilians",
            q="lower",
            scope="event",
            as_of="2024-06-11",
            by="civil society",
            cue="At least eighteen (18) civilians",
            note="'on Tuesday night' -> 2024-06-11; the quoted '18 bodies' and the headline are the same figure",
        ),
        g(
            "killed",
            4,
            DRC,
            pop="women",
            scope="event",
            as_of="2024-06-11",
            by="civil society",
            cue="among them four women",
        ),
        g(
            "missing",
            12,
            DRC,
            scope="event",
            as_of="2024-06-11",
            by="civil society",
            cue="twelve people are still missing",
            note="missing since Tuesday's attack -> the attack's day, like the dead and the hostages",
        ),
        g(
            "hostages",
            7,
            DRC,
            scope="event",
            as_of="2024-06-11",
            by="civil society",
            cue="seven (7) people, among them a nurse",
        ),
        g(
            "killed",
            5,
            DRC,
            pop="combatants",
            scope="event",
            as_of="2024-06-13",
            by="fardc",
            cue="neutralised five ADF terrorists",
            note="ADF fighters operate and live in the DRC -> drc; 'neutralised' read as killed; day of the pursuit not given -> article date",
        ),
        g(
            "detained",
            3,
            DRC,
            scope="event",
            as_of="2024-06-13",
            by="fardc",
            cue="arrested three of their collaborators",
        ),
        g(
            "displaced",
            6000,
            DRC,
            q="lower",
            scope="event",
            as_of="2024-06-13",
            by="humanitarian actors",
            cue="More than 6,000 people have fled",
            note="flight over the days after the attack, no day named -> article date",
        ),
        g(
            "displaced",
            2000,
            DRC,
            q="lower",
            scope="total",
            as_of="2024-06-13",
            by="humanitarian actors",
            cue="thousands of displaced persons from previous attacks",
            note="vague 'thousands' -> 2000/lower; the standing displaced population of the zone -> total",
        ),
        g(
            "killed",
            500,
            DRC,
            pop="civilians",
            q="lower",
            scope="total",
            as_of="2024-06-13",
            by="monusco",
            cue="killed more than 500 civilians",
            note="open-ended 'since the beginning of the year' read as a running total",
        ),
    ),
    article(
        "w_ethiopia_addis_standard_debark_drone",
        None,
        """
        Residents say drone strike on market in North Gondar killed 14 civilians; EHRC calls for investigation

        Addis Abeba - At least 14 civilians, including three children, were killed and more than 20 others wounded when a drone strike hit a crowded weekly market in Debark woreda of the North Gondar zone, Amhara region, residents told Addis Standard.

        A resident who asked not to be named for security reasons said the strike hit the market around midday on Saturday, when farmers from the surrounding kebeles had come to sell grain and livestock. "We collected the bodies with our hands. Among them were a mother and her baby," he said.

        A health official at Debark Hospital, who spoke on condition of anonymity, said the hospital received 23 wounded people, "many of them with burns and shrapnel wounds," and that several of them were referred to the University of Gondar Comprehensive Specialized Hospital because of the lack of blood and medical supplies.

        Another resident, a teacher, said drones had been seen over the area for three days before the strike. "There were no fighters in the market. There were only farmers, women selling injera and children who came with their parents," he said. "Now nobody will go to the market. People are afraid to gather anywhere."

        Mobile internet has been cut in most of the Amhara region, and Addis Standard could not independently verify the accounts of residents, which were collected by telephone from the town of Gondar, some 100 kilometres to the south.

        The Ethiopian National Defense Force (ENDF) and the federal government did not respond to requests for comment. The government has previously said its operations target "extremist" elements of the Fano militia, which has been fighting federal forces in the region for more than two years.

        Regional security officials, in a statement broadcast on the Amhara Media Corporation (AMC), claimed that joint forces had "neutralised" more than 300 "extremists" in operations in the North Gondar and Wag Hemra zones over the past week, and had "freed" several woredas from the militia.

        The Ethiopian Human Rights Commission (EHRC) called for an "independent, impartial and prompt investigation" into the strike, and said it had documented the arrest of more than 5,000 people across the country since the declaration of the state of emergency, many of them ethnic Amharas detained in Addis Abeba.

        According to the UN Office for the Coordination of Humanitarian Affairs (OCHA), at least three aid workers have been killed in Amhara since the conflict began, and humanitarian access to much of the region remains restricted due to insecurity and road blockades.

        Local officials in Debark said the fighting in the surrounding areas had forced about 30,000 people to flee their homes in recent weeks, many of whom are sheltering in schools and churches in the town, where prices of teff and fuel have doubled.

        Calls for dialogue between the federal government and the Fano have so far produced no result. The National Dialogue Commission said in its latest report that armed groups in Amhara had refused to take part in its consultations, while the Fano factions remain divided over their leadership and demands.

        The conflict in Amhara erupted less than a year after the Pretoria agreement ended the two-year war in Tigray, which the African Union's High Representative for the Horn of Africa, Olusegun Obasanjo, said may have killed up to 600,000 people.
        """,
        g(
            "killed",
            14,
            "ethiopia",
            pop="civilians",
            q="lower",
            scope="event",
            as_of=None,
            by="residents",
            cue="At least 14 civilians, including three children",
            note="undated article -> every as_of null; headline repeats it",
        ),
        g(
            "killed",
            3,
            "ethiopia",
            pop="children",
            scope="event",
            as_of=None,
            by="residents",
            cue="including three children",
        ),
        g(
            "injured",
            20,
            "ethiopia",
            q="lower",
            scope="event",
            as_of=None,
            by="residents",
            cue="more than 20 others wounded",
        ),
        g(
            "injured",
            23,
            "ethiopia",
            scope="event",
            as_of=None,
            by="health official",
            cue="received 23 wounded people",
            note="another source's count of the same wounded -> a figure of its own",
        ),
        g(
            "killed",
            300,
            "ethiopia",
            pop="combatants",
            q="lower",
            scope="event",
            as_of=None,
            by="regional security officials",
            cue='"neutralised" more than 300',
            note="Fano fighters -> ethiopia/combatants; 'neutralised' read as killed; 'over the past week' -> event",
        ),
        g(
            "detained",
            5000,
            "ethiopia",
            q="lower",
            scope="total",
            as_of=None,
            by="ehrc",
            cue="arrest of more than 5,000 people",
        ),
        g(
            "killed",
            3,
            "ethiopia",
            pop="aid_workers",
            q="lower",
            scope="total",
            as_of=None,
            by="ocha",
            cue="at least three aid workers",
        ),
        g(
            "displaced",
            30000,
            "ethiopia",
            q="approx",
            scope="event",
            as_of=None,
            by="local officials",
            cue="forced about 30,000 people to flee",
            note="'in recent weeks' -> a window -> event",
        ),
        g(
            "killed",
            600000,
            "ethiopia",
            q="upper",
            scope="total",
            as_of=None,
            by="african union",
            cue="may have killed up to 600,000 people",
            note="Tigray is in Ethiopia -> ethiopia; toll of the whole (ended) war -> total; Obasanjo is the AU's envoy",
        ),
    ),
    article(
        "w_haiti_ayibopost_mirebalais",
        None,
        """
        In Mirebalais, residents count their dead after the gang attack

        By Wethersen Joseph (translated from French)

        MIREBALAIS - The bodies lay for two days in the streets of Mirebalais before the families could bury them. At least 25 people were killed, among them two soldiers of the Armed Forces of Haiti (FAd'H), during the attack launched by the gangs of the Viv Ansanm coalition on this commune of the Centre department, according to a count by the local authorities that AyiboPost was able to consult.

        "We heard the shots from 3 o'clock in the morning. They came from the side of Saut-d'Eau, they were many, with heavy weapons," says a 45-year-old merchant who fled with her children towards Hinche. "I left everything: my house, my stock, my animals."

        According to the International Organization for Migration (IOM), some 5,000 people fled Mirebalais and the surrounding localities in the first days after the attack, towards Hinche, Lascahobas and Thomassique. Many are living in public squares and schools, without water nor food.

        The gangs also took at least eight people hostage, among them a child and a nun of a local congregation. Families told AyiboPost that the kidnappers are demanding ransoms of 500,000 gourdes for each person, a sum that nobody in the neighbourhood can pay.

        The Haitian National Police (PNH) said in a press note that its units, supported by the FAd'H, had "neutralised about a dozen bandits" during a counter-offensive, and had retaken control of the police station and of the hospital. Residents interviewed by AyiboPost however affirm that the gangs still control several neighbourhoods and the road to Saut-d'Eau.

        At the entrance of the Saint-Nicolas hospital, nurses say they worked without electricity for most of the first night. "We received people with gunshot wounds, children with burns, old people who could not walk. We did what we could with what we had," says a nurse, who asked that her name not be published because she fears reprisals.

        For Jean-Robert, a teacher of 52 years, the State abandoned the town. "We called for help for weeks. We warned that the gangs were coming down from Mirebalais' mountains. Nobody listened," he says.

        The attack on Mirebalais is part of an expansion of the gangs beyond the capital, towards the Artibonite and the Centre, two departments that are essential for the food supply of Port-au-Prince. The national road number 3, which links the capital to the Central Plateau, is now almost impassable.

        According to the Integrated Office of the United Nations in Haiti (BINUH), at least 5,601 people were killed and 2,212 injured in gang violence last year, an increase of more than 20% compared to the year before. IOM estimates that more than one million people are now displaced in Haiti, half of them children.

        For the displaced families who arrived in Hinche, the greatest worry is the rainy season. In the courtyard of a school transformed into a shelter, some twenty families share two latrines and a single water tank filled every two days by a truck of the town hall. "We sleep on cardboard. When it rains, the water enters everywhere," says Marie-Claude, who arrived with her mother and her nephews.

        The Multinational Security Support mission led by Kenya, which counts fewer than 1,000 police officers of the 2,500 promised, has not been deployed in the Centre department.
        """,
        g(
            "killed",
            25,
            "haiti",
            q="lower",
            scope="event",
            as_of=None,
            by="local authorities",
            cue="At least 25 people were killed",
            note="undated article -> every as_of null",
        ),
        g(
            "killed",
            2,
            "haiti",
            pop="combatants",
            scope="event",
            as_of=None,
            by="local authorities",
            cue="two soldiers of the Armed Forces of Haiti",
            note="subgroup of the 25; Haitian soldiers -> haiti/combatants",
        ),
        g(
            "displaced",
            5000,
            "haiti",
            q="approx",
            scope="event",
            as_of=None,
            by="iom",
            cue="some 5,000 people fled Mirebalais",
        ),
        g(
            "hostages",
            8,
            "haiti",
            q="lower",
            scope="event",
            as_of=None,
            cue="took at least eight people hostage",
            note="stated in AyiboPost's own voice; the families are quoted for the ransom only",
        ),
        g(
            "killed",
            12,
            "haiti",
            pop="combatants",
            q="approx",
            scope="event",
            as_of=None,
            by="haitian national police",
            cue="neutralised about a dozen bandits",
            note="'about a dozen' -> 12/approx; gang members live in Haiti -> haiti/combatants",
        ),
        g(
            "killed",
            5601,
            "haiti",
            q="lower",
            scope="event",
            as_of=None,
            by="binuh",
            cue="at least 5,601 people were killed",
            note="a closed window ('last year') -> event; undated -> as_of null",
        ),
        g("injured", 2212, "haiti", scope="event", as_of=None, by="binuh", cue="2,212 injured in gang violence"),
        g(
            "displaced",
            1000000,
            "haiti",
            q="lower",
            scope="total",
            as_of=None,
            by="iom",
            cue="more than one million people are now displaced",
            note="'half of them children' is a fraction -> no children figure",
        ),
    ),
    article(
        "w_somalia_garowe_middle_shabelle_html",
        "2024-09-09",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta property="article:published_time" content="2024-09-09T14:20:00+03:00">
        <title>Somali forces kill 47 Al-Shabaab militants in Middle Shabelle operation - Garowe Online</title>
        <link rel="stylesheet" href="/static/css/style.css?v=2.8">
        </head>
        <body>
        <nav>
        <a href="/">Home</a> | <a href="/news/somalia">Somalia</a> | <a href="/news/puntland">Puntland</a> | <a href="/news/somaliland">Somaliland</a> | <a href="/news/africa">Africa</a> | <a href="/news/world">World</a> | <a href="/opinion">Opinion</a> | <a href="/contact">Contact</a>
        </nav>
        <article>
        <h1>Somali forces kill 47 Al-Shabaab militants in Middle Shabelle operation</h1>
        <p class="meta">Monday September 9, 2024 in Latest News by Garowe Online Staff</p>
        <p>MOGADISHU, Somalia - The Somali National Army (SNA) said it killed 47 Al-Shabaab militants, including two senior commanders, in an operation backed by local Macawisley clan militias in the Adan Yabaal district of Middle Shabelle region on Sunday.</p>
        <p>Deputy Information Minister Abdirahman Yusuf Al-Adala told state media that the operation targeted Al-Shabaab hideouts near the villages of Qayib and Ceel Dheere, and that the army had also destroyed several "technicals", weapons caches and a bomb-making facility.</p>
        <p>Al-Shabaab, through its affiliated Radio Andalus, claimed its fighters killed 19 soldiers in the clashes and seized weapons. Such claims by both sides are often exaggerated, and the figures could not be independently verified.</p>
        <p>Local elders in Adan Yabaal told Garowe Online that four civilians, among them a woman selling tea, were killed in the crossfire, and accused both sides of ignoring the presence of nomadic families in the area.</p>
        <p>In Mogadishu, Al-Shabaab fighters fired five mortar shells at the area around Aden Adde International Airport on Monday morning, injuring three civilians in the nearby Wadajir district, police said. Some of the shells landed inside the Halane base, which hosts the UN and several foreign embassies.</p>
        <p>The National Intelligence and Security Agency (NISA) said it had detained 12 suspects in connection with the mortar attack during security operations in the Wadajir and Hodan districts.</p>
        <p>The government of President Hassan Sheikh Mohamud launched its "total war" against Al-Shabaab two years ago, but the offensive has stalled in recent months as the African Union mission prepares to hand over to a new force with about 11,000 troops, whose funding remains uncertain.</p>
        <p>According to the UN refugee agency UNHCR, more than 3.5 million Somalis are internally displaced due to conflict, drought and floods, most of them living in informal settlements around Mogadishu and Baidoa.</p>
        </article>
        <aside>
        <h3>Trending</h3>
        <ul>
        <li><a href="/news/puntland/puntland-budget">Puntland approves $98 million budget for fiscal year</a></li>
        <li><a href="/news/somalia/election-model">Parliament passes one-person, one-vote bill with 230 votes</a></li>
        </ul>
        </aside>
        <footer>
        <p>Garowe Online &copy; 2024 | Contact: info@garoweonline.com | Tel: +252 90 779 4000</p>
        <p><a href="/about">About</a> | <a href="/privacy">Privacy</a> | <a href="/advertise">Advertise</a></p>
        </footer>
        </body>
        </html>
        """,
        g(
            "killed",
            47,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2024-09-08",
            by="somali national army",
            cue="said it killed 47 Al-Shabaab militants",
            note="'on Sunday' -> 2024-09-08; Al-Shabaab fighters -> somalia/combatants; title repeats it",
        ),
        g(
            "killed",
            2,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2024-09-08",
            by="somali national army",
            cue="including two senior commanders",
        ),
        g(
            "killed",
            19,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2024-09-08",
            by="al-shabaab",
            cue="killed 19 soldiers in the clashes",
            note="Somali soldiers; day from the operation of the first paragraph",
        ),
        g(
            "killed",
            4,
            "somalia",
            pop="civilians",
            scope="event",
            as_of="2024-09-08",
            by="local elders",
            cue="four civilians, among them a woman",
        ),
        g(
            "projectiles",
            5,
            "somalia",
            scope="event",
            as_of="2024-09-09",
            by="police",
            cue="fired five mortar shells",
            note="fired by Al-Shabaab -> somalia; 'Monday morning' = article date",
        ),
        g(
            "injured",
            3,
            "somalia",
            pop="civilians",
            scope="event",
            as_of="2024-09-09",
            by="police",
            cue="injuring three civilians",
        ),
        g("detained", 12, "somalia", scope="event", as_of="2024-09-09", by="nisa", cue="detained 12 suspects"),
        g(
            "displaced",
            3500000,
            "somalia",
            q="lower",
            scope="total",
            as_of="2024-09-09",
            by="unhcr",
            cue="more than 3.5 million Somalis are internally displaced",
        ),
    ),
]
