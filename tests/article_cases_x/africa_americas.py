"""Set X, Africa and the Americas: Sudan (2), DR Congo, Ethiopia, Haiti, Somalia - sitreps, timelines, wires.

RSF and army fighters, Fano and government troops, al-Shabaab and Somali soldiers are all counted on
their own country's side; projectiles fired by the RSF are ``sudan``, by al-Shabaab ``somalia``.
"""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, article, g
except ImportError:  # pragma: no cover
    from article_cases import DRC, article, g

ARTICLES = [
    article(
        "x_sudan_white_nile_flash_update",
        "2025-02-19",
        """
        SUDAN: Attacks on villages in Al Gitaina locality, White Nile State - Flash Update No. 1

        19 February 2025

        HIGHLIGHTS

        - Between 16 and 18 February, attacks by the Rapid Support Forces (RSF) on villages in Al Gitaina
          locality killed at least 200 people, according to the Emergency Lawyers, a Sudanese rights group.
        - The Ministry of Foreign Affairs has put the death toll at 433, including infants, and described the
          attacks as genocide.
        - An estimated 10,000 people were displaced from 17 villages between 16 and 18 February, according to
          the International Organization for Migration's Displacement Tracking Matrix (DTM).
        - Humanitarian access to the affected area remains extremely limited.

        SITUATION OVERVIEW

        The attacks began on 16 February in the villages of Al Kadaro and Al Khelwat, north of Ad Duwaim,
        shortly after the Sudanese Armed Forces (SAF) announced new advances in neighbouring Khartoum State.
        Survivors told partners that fighters on motorcycles and in pick-up trucks went from house to house,
        shooting men and boys and looting livestock, grain and vehicles. Some residents were killed as they
        tried to cross the Nile by boat.

        Local community leaders said at least 31 people went missing during the three days of attacks, most of
        them women and children. At least 15 women and girls were abducted by the attackers, according to the
        Sudan Doctors Network, which also reported that the main health centre in Al Kadaro had been looted.

        "They came at dawn and did not leave for three days," a 45-year-old teacher from Al Khelwat said by
        phone from Ad Duwaim. "We buried 40 of our neighbours in one day, without being able to wash them."

        On 14 February, two volunteers of the Sudanese Red Crescent Society were killed in Al Jabalain locality
        while distributing relief items. Humanitarian partners condemned the killings and recalled that aid
        workers are protected under international humanitarian law.

        RESPONSE

        Partners in Ad Duwaim and Kosti have distributed emergency shelter kits to about 1,400 households and
        set up two mobile clinics. The World Food Programme has dispatched 120 metric tonnes of food, enough
        for some 8,000 people for one month. Needs far exceed the resources available.

        CONTEXT

        Since the war between the SAF and the RSF began in April 2023, more than 12 million people have been
        forced from their homes, including about 3.5 million who have fled to neighbouring countries. The 2025
        Sudan Humanitarian Needs and Response Plan seeks US$4.2 billion to assist 20.9 million people.

        This update was prepared by OCHA with input from humanitarian partners. The next update will be issued
        as new information becomes available.
        """,
        g(
            "killed",
            200,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-02-18",
            by="emergency lawyers",
            cue="killed at least 200 people",
            note="closed window 'Between 16 and 18 February' -> event, as_of its last day.",
        ),
        g(
            "killed",
            433,
            "sudan",
            scope="event",
            as_of="2025-02-18",
            by="ministry of foreign affairs",
            cue="put the death toll at 433",
            note="another source's toll of the same attacks -> a figure of its own; 'infants' has no number.",
        ),
        g(
            "displaced",
            10000,
            "sudan",
            q="approx",
            scope="event",
            as_of="2025-02-18",
            by="iom",
            cue="An estimated 10,000 people were displaced from 17 villages",
            note="'17 villages' is not people; 'estimated' -> approx.",
        ),
        g(
            "missing",
            31,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-02-18",
            by="local community leaders",
            cue="at least 31 people went missing",
            note="'during the three days of attacks' -> the same window; 'most of them women and children' has "
            "no number.",
        ),
        g(
            "hostages",
            15,
            "sudan",
            pop="women",
            q="lower",
            scope="event",
            as_of="2025-02-18",
            by="sudan doctors network",
            cue="At least 15 women and girls were abducted",
            note="'women and girls' -> women (the main group named).",
        ),
        g(
            "killed",
            40,
            "sudan",
            scope="event",
            as_of="2025-02-18",
            by="teacher",
            cue="We buried 40 of our neighbours",
            note="a witness's own count inside a quote (one village, one day of the window; day not named -> the "
            "window's last day, debatable); reported_by = the quoted teacher.",
        ),
        g(
            "killed",
            2,
            "sudan",
            pop="aid_workers",
            scope="event",
            as_of="2025-02-14",
            by=None,
            cue="two volunteers of the Sudanese Red Crescent Society were killed",
        ),
        g(
            "displaced",
            12000000,
            "sudan",
            q="lower",
            scope="total",
            as_of="2025-02-19",
            by=None,
            cue="more than 12 million people have been forced from their homes",
        ),
        g(
            "displaced",
            3500000,
            "sudan",
            q="approx",
            scope="total",
            as_of="2025-02-19",
            by=None,
            cue="about 3.5 million who have fled to neighbouring countries",
            note="refugees of this war = displaced, a subgroup of the 12 million. Not figures: 1,400 households, 120 "
            "tonnes, 8,000 people fed, 20.9 million to assist, US$4.2 billion, '45-year-old', 'three days'.",
        ),
    ),
    article(
        "x_sudan_port_sudan_drones_week",
        "2025-05-09",
        """
        Drones pound Port Sudan for a sixth day as paramilitaries take war to the Red Sea

        PORT SUDAN, May 9, 2025 - Drones struck Port Sudan again on Friday, hitting a fuel depot near
        the southern port for the second time this week, as the Rapid Support Forces (RSF) pressed a campaign
        that has brought Sudan's two-year war to the city that had become the army-backed government's seat and
        the main hub for aid.

        The attacks began before dawn on Sunday, when drones struck the military section of the city's airport
        and a nearby warehouse. The army said its air defences shot down 11 drones that day. The RSF, which
        has not commented on the attacks, is believed to be using long-range drones supplied by foreign
        backers, something its allies deny.

        On Monday, drones hit the Flamingo naval base north of the city. On Tuesday, the main fuel depot, the
        airport's civilian terminal and a hotel close to the residence of army chief Abdel Fattah al-Burhan were
        struck. Authorities evacuated some 2,000 people living near the burning depot, where thick black smoke
        hung over the city for three days. No casualties have been reported in the Port Sudan strikes.

        The UN said the attacks had halted most flights into the city, which handles the bulk of humanitarian
        cargo entering Sudan, and warned that fuel shortages could cripple water pumping stations.

        Fighting elsewhere

        In North Darfur, RSF shelling of the Abu Shouk displacement camp near El Fasher killed eight people on
        Wednesday, the camp's Emergency Response Room said, raising an initial toll of five. At least 12 were
        wounded. The camp shelters hundreds of thousands of people who fled earlier fighting.

        On Thursday, shelling on a market in the Karari district of Omdurman killed nine people, including
        three children, the health ministry said.

        "Nowhere is safe any more, not even the Red Sea," said Amna, a 34-year-old teacher who fled Khartoum to
        Port Sudan in 2023 with her two daughters. "We left everything once. Where do we go now?"

        The war, which began in April 2023, has killed tens of thousands of people, although no reliable
        overall toll exists. Port Sudan, about 800 km from the capital, had been spared direct attacks until
        this week.

        Burhan said on Wednesday that the army would "defeat the aggression", and the government cut diplomatic
        ties with the United Arab Emirates, which it accuses of arming the RSF - a charge Abu Dhabi rejects.
        """,
        g(
            "projectiles",
            11,
            "sudan",
            scope="event",
            as_of="2025-05-04",
            by="sudanese army",
            cue="shot down 11 drones that day",
            note="the only count of Sunday's salvo -> a figure; launched by the RSF (Sudanese) -> sudan. 'on Sunday' "
            "counted back from Friday 9 May. 'sixth day', 'two-year war' are not figures.",
        ),
        g(
            "evacuated",
            2000,
            "sudan",
            q="approx",
            scope="event",
            as_of="2025-05-06",
            by=None,
            cue="evacuated some 2,000 people",
            note="'On Tuesday' -> 6 May; 'three days' is a duration.",
        ),
        g(
            "killed",
            8,
            "sudan",
            scope="event",
            as_of="2025-05-07",
            by="emergency response room",
            cue="killed eight people on Wednesday",
        ),
        g(
            "killed",
            5,
            "sudan",
            scope="event",
            as_of="2025-05-07",
            by="emergency response room",
            cue="raising an initial toll of five",
            note="the revised earlier toll of the same shelling (debatable).",
        ),
        g(
            "injured",
            12,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-05-07",
            by="emergency response room",
            cue="At least 12 were wounded",
        ),
        g(
            "displaced",
            200000,
            "sudan",
            q="lower",
            scope="total",
            as_of="2025-05-09",
            by=None,
            cue="shelters hundreds of thousands of people who fled",
            note="vague 'hundreds of thousands' -> 200,000 lower (the smallest it implies, by analogy with "
            "FIGURES' list).",
        ),
        g(
            "killed",
            9,
            "sudan",
            scope="event",
            as_of="2025-05-08",
            by="sudanese health ministry",
            cue="killed nine people, including",
            note="'On Thursday' -> 8 May.",
        ),
        g(
            "killed",
            3,
            "sudan",
            pop="children",
            scope="event",
            as_of="2025-05-08",
            by="sudanese health ministry",
            cue="including three children, the health ministry said",
        ),
        g(
            "killed",
            20000,
            "sudan",
            q="lower",
            scope="total",
            as_of="2025-05-09",
            by=None,
            cue="has killed tens of thousands of people",
            note="vague 'tens of thousands' -> 20,000 lower. '34-year-old', 'two daughters', '800 km' are not figures.",
        ),
    ),
    article(
        "x_drc_kivu_weekly",
        "2025-03-27",
        """
        Kivu weekly: clashes in Kalehe, a grenade in Uvira and an exodus that does not stop

        BUKAVU, 27 March 2025 - Our correspondents' round-up of the week in eastern Congo.

        Two months after the M23 rebels and their Rwandan backers took Goma, and six weeks after they entered
        Bukavu, fighting has not stopped in the hills of South Kivu. This week it was the turn of Kalehe
        territory, on the western shore of Lake Kivu.

        On Monday, fighting between M23 fighters and Wazalendo militias in the hills above Lake Kivu killed at
        least 17 people, 11 of them civilians, local civil society leaders said. Several villages were burned,
        and residents fled into the forest or across the lake by canoe.

        "We counted the bodies ourselves because nobody else will," said Delphin Birimbi, who heads a civil
        society group in Kalehe. "The rebels say they were all fighters. The women and children were not
        fighters."

        The following day, a grenade thrown into a crowd outside a bar in Uvira, the last large town in South
        Kivu still held by government forces and their allies, wounded five people. Police blamed "infiltrators"
        and arrested a suspect.

        In Bukavu, the M23 said on Tuesday that it had arrested 40 "saboteurs" accused of planning attacks on
        its positions, and paraded them in front of journalists at the provincial governor's office.

        The human cost

        The UN refugee agency, UNHCR, says more than 7 million people are now displaced inside Congo, the highest
        figure on record, and that about 100,000 have crossed into neighbouring Burundi since January. Camps in
        Burundi's Cibitoke province are well beyond capacity.

        The provincial government of South Kivu, now operating from Uvira, says more than 600 people remain
        missing in the province since the fall of Bukavu in mid-February.

        The UN says about 3,000 people were killed when the M23 captured Goma on 27 January, a figure the rebels
        dispute. Many of the bodies were buried in mass graves in the days that followed.

        Diplomacy

        Congo's President Felix Tshisekedi and Rwanda's Paul Kagame met in Doha last week, their first direct
        talks since the offensive began, and called for an "immediate and unconditional ceasefire". Talks
        between Kinshasa and the M23 planned for Luanda were cancelled at the last minute. The European Union
        has sanctioned three M23 commanders and two Rwandan army officers.

        Listen to our reports every evening at 7pm on 103.5 FM.
        """,
        g(
            "killed",
            17,
            DRC,
            q="lower",
            scope="event",
            as_of="2025-03-24",
            by="local civil society",
            cue="killed at least 17 people, 11 of them civilians",
            note="'On Monday' counted back from Thursday 27 March.",
        ),
        g(
            "killed",
            11,
            DRC,
            pop="civilians",
            scope="event",
            as_of="2025-03-24",
            by="local civil society",
            cue="11 of them civilians",
        ),
        g(
            "injured",
            5,
            DRC,
            scope="event",
            as_of="2025-03-25",
            by=None,
            cue="wounded five people",
            note="'The following day' after Monday -> Tuesday 25 March; 'a suspect' has no number.",
        ),
        g(
            "detained",
            40,
            DRC,
            scope="event",
            as_of="2025-03-25",
            by="m23",
            cue="it had arrested 40",
            note="'said on Tuesday' -> 25 March.",
        ),
        g(
            "displaced",
            7000000,
            DRC,
            q="lower",
            scope="total",
            as_of="2025-03-27",
            by="unhcr",
            cue="more than 7 million people are now displaced",
        ),
        g(
            "displaced",
            100000,
            DRC,
            q="approx",
            scope="total",
            as_of="2025-03-27",
            by="unhcr",
            cue="about 100,000 have crossed into neighbouring Burundi",
            note="refugees of this conflict = displaced, counted on the side they fled (drc); open 'since January' "
            "-> total.",
        ),
        g(
            "missing",
            600,
            DRC,
            q="lower",
            scope="total",
            as_of="2025-03-27",
            by="provincial government",
            cue="more than 600 people remain missing",
        ),
        g(
            "killed",
            3000,
            DRC,
            q="approx",
            scope="event",
            as_of="2025-01-27",
            by="un",
            cue="about 3,000 people were killed when the M23 captured Goma",
            note="historical battle toll with its date -> event, as_of 2025-01-27. 'three M23 commanders and two "
            "Rwandan army officers' sanctioned, '103.5 FM', '7pm' are not figures.",
        ),
    ),
    article(
        "x_ethiopia_amhara_rights_report",
        "2025-08-21",
        """
        Rights body documents 380 civilian deaths in Amhara as drone war grinds on

        ADDIS ABABA, Aug 21, 2025 - At least 380 civilians were killed in Ethiopia's Amhara region in the first
        six months of the year in drone strikes, shelling and extrajudicial killings by both government forces
        and Fano militias, the state-appointed Ethiopian Human Rights Commission (EHRC) said on Thursday.

        The commission's report, which covers the period between January and June 2025, said the real toll
        was probably higher because of restrictions on access and communications in much of the region, where
        the internet has been cut off for months at a time since fighting began two years ago.

        The deadliest single incident it recorded was a drone strike on a minibus near Debre Markos on 3 March,
        which killed 11 passengers, three of them children. The report said the vehicle had been hit on an open
        road, with no fighters nearby.

        The commission also documented the abduction of at least 40 passengers from a bus in North Wollo zone
        on 21 May by gunmen it identified as Fano members. Most were released after their families paid ransoms
        of up to 300,000 birr, it said.

        According to the commission, more than 1,200 people have been detained since fighting began in August
        2023, many of them without charge and in informal detention centres, including eight journalists. At
        least 60 are still held in a military camp in Awash Arba, some 250 km east of the capital.

        The government did not respond to requests for comment on the report. In a statement on Tuesday, the
        Ethiopian National Defence Force said it had killed between 250 and 300 Fano fighters in operations in
        East and West Gojjam on Monday and Tuesday, a claim that could not be independently verified. Fano
        spokesmen said their losses were far lower.

        The UN humanitarian office, OCHA, estimates that some 400,000 people are displaced in Amhara by the
        conflict, and that more than 4 million need food assistance.

        The Amhara conflict erupted months after the end of the 2020-2022 war in neighbouring Tigray, in which
        Fano militias fought alongside federal troops. That war killed as many as 600,000 people, according to
        the African Union's mediator, Olusegun Obasanjo.

        "Every family here has lost someone or has someone in prison," a resident of Bahir Dar, the regional
        capital, told us by phone, asking not to be named. "We are tired of both sides."

        Ethiopia is due to hold national elections in June 2026.
        """,
        g(
            "killed",
            380,
            "ethiopia",
            pop="civilians",
            q="lower",
            scope="event",
            as_of="2025-06-30",
            by="ehrc",
            cue="At least 380 civilians were killed",
            note="headline '380 civilian deaths' restates it: one figure. Closed window 'between January and June "
            "2025' -> event, as_of its last day (debatable).",
        ),
        g(
            "killed",
            11,
            "ethiopia",
            scope="event",
            as_of="2025-03-03",
            by="ehrc",
            cue="which killed 11 passengers",
            note="the report's incident, attributed to the commission.",
        ),
        g(
            "killed",
            3,
            "ethiopia",
            pop="children",
            scope="event",
            as_of="2025-03-03",
            by="ehrc",
            cue="three of them children",
        ),
        g(
            "hostages",
            40,
            "ethiopia",
            q="lower",
            scope="event",
            as_of="2025-05-21",
            by="ehrc",
            cue="the abduction of at least 40 passengers",
            note="'up to 300,000 birr' is money.",
        ),
        g(
            "detained",
            1200,
            "ethiopia",
            q="lower",
            scope="total",
            as_of="2025-08-21",
            by="ehrc",
            cue="more than 1,200 people have been detained",
        ),
        g(
            "detained",
            8,
            "ethiopia",
            pop="journalists",
            scope="total",
            as_of="2025-08-21",
            by="ehrc",
            cue="including eight journalists",
            note="subgroup of the 1,200, placed at the end of the sentence, far from its noun phrase.",
        ),
        g(
            "detained",
            60,
            "ethiopia",
            q="lower",
            scope="total",
            as_of="2025-08-21",
            by="ehrc",
            cue="At least 60 are still held",
            note="'some 250 km' is a distance.",
        ),
        g(
            "killed",
            250,
            "ethiopia",
            pop="combatants",
            q="range",
            high=300,
            scope="event",
            as_of="2025-08-19",
            by="ethiopian national defence force",
            cue="killed between 250 and 300 Fano fighters",
            note="'on Monday and Tuesday' -> window ending Tuesday 19 August.",
        ),
        g(
            "displaced",
            400000,
            "ethiopia",
            q="approx",
            scope="total",
            as_of="2025-08-21",
            by="ocha",
            cue="some 400,000 people are displaced",
            note="'more than 4 million need food assistance' is not a casualty figure.",
        ),
        g(
            "killed",
            600000,
            "ethiopia",
            q="upper",
            scope="total",
            as_of="2025-08-21",
            by="au mediator",
            cue="That war killed as many as 600,000 people",
            note="'as many as' -> upper; the final toll of a finished war -> total, as_of the day reported "
            "(debatable).",
        ),
    ),
    article(
        "x_haiti_mirebalais_html",
        "2025-04-04",
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta property="article:published_time" content="2025-04-04T14:20:00-04:00">
        <title>Gangs overrun Mirebalais as violence spreads beyond Port-au-Prince | Caribbean Times</title>
        </head>
        <body>
        <div class="topbar"><a href="/">Caribbean Times</a> <a href="/haiti">Haiti</a>
        <a href="/jamaica">Jamaica</a> <a href="/dr">Dominican Republic</a> <a href="/business">Business</a>
        <a href="/subscribe">Subscribe for $4.99 a month</a></div>
        <div class="story">
        <h1>Gangs overrun Mirebalais as violence spreads beyond Port-au-Prince</h1>
        <p class="dateline">Published April 4, 2025</p>
        <p>PORT-AU-PRINCE - Gangs from the Viv Ansanm coalition stormed the central town of Mirebalais on Monday,
        freeing 529 inmates from its prison, torching the police station and forcing the few officers on duty to
        flee. The UN said at least 10 people were killed in the attack.</p>
        <p>The International Organization for Migration said on Thursday that more than 5,900 people had fled
        Mirebalais and nearby Saut-d'Eau since Monday, many of them walking across the mountains toward Hinche.
        Nationwide, more than 1 million people are now displaced, the agency says, a record for the country.</p>
        <p>"The gangs came in at night and by the morning the town was theirs," said a teacher who reached the
        capital after a two-day journey. "There was no one to stop them."</p>
        <p>Mirebalais, about 60 km north-east of the capital on Route Nationale 3, controls the road to the
        Central Plateau and the border with the Dominican Republic. Its loss is a blow to the Kenyan-led
        Multinational Security Support mission, which has about 1,000 officers in the country, well short of
        the 2,500 it was meant to have.</p>
        <p>On Wednesday, police and the mission said they had killed 13 gang members in an operation in Kenscoff,
        in the hills above Port-au-Prince, where gangs have been advancing since January.</p>
        <p>Medecins Sans Frontieres said two of its nurses were wounded by stray bullets on Tuesday while
        travelling to its hospital in Carrefour, and that it was reviewing its activities in the area.</p>
        <p>According to the UN human rights office, at least 1,518 people were killed and at least 572 injured
        in gang-related violence between January and March, and at least 150 others were kidnapped for ransom.
        The office said it was "alarmed" by the spread of violence to towns that had so far been spared.</p>
        <p>Haiti's transitional presidential council has promised elections by February 2026. A UN appeal for
        $908 million for Haiti this year is less than 10 percent funded.</p>
        </div>
        <div class="related"><h3>Related</h3><ul><li>Five questions about the Kenyan-led mission</li>
        <li>Photos: 24 hours in Cite Soleil</li><li>Opinion: Haiti needs more than 2,500 police</li></ul></div>
        <footer><p>Caribbean Times. All rights reserved.</p><p>Newsroom: +1 876 555 0142</p></footer>
        </body>
        </html>
        """,
        g(
            "killed",
            10,
            "haiti",
            q="lower",
            scope="event",
            as_of="2025-03-31",
            by="un",
            cue="at least 10 people were killed in the attack",
            note="'on Monday' counted back from Friday 4 April. '529 inmates' freed from prison is not a casualty "
            "figure (escape, no metric).",
        ),
        g(
            "displaced",
            5900,
            "haiti",
            q="lower",
            scope="total",
            as_of="2025-04-03",
            by="iom",
            cue="more than 5,900 people had fled",
            note="open 'since Monday' running count -> total (debatable); 'said on Thursday' -> 3 April.",
        ),
        g(
            "displaced",
            1000000,
            "haiti",
            q="lower",
            scope="total",
            as_of="2025-04-04",
            by="iom",
            cue="more than 1 million people are now displaced",
        ),
        g(
            "killed",
            13,
            "haiti",
            pop="combatants",
            scope="event",
            as_of="2025-04-02",
            by="police",
            cue="killed 13 gang members",
            note="gang members = members of armed groups -> combatants.",
        ),
        g(
            "injured",
            2,
            "haiti",
            pop="medics",
            scope="event",
            as_of="2025-04-01",
            by="msf",
            cue="two of its nurses were wounded",
        ),
        g(
            "killed",
            1518,
            "haiti",
            q="lower",
            scope="event",
            as_of="2025-03-31",
            by="un human rights office",
            cue="at least 1,518 people were killed",
            note="closed window 'between January and March' -> event, as_of its last day (debatable).",
        ),
        g(
            "injured",
            572,
            "haiti",
            q="lower",
            scope="event",
            as_of="2025-03-31",
            by="un human rights office",
            cue="at least 572 injured",
        ),
        g(
            "hostages",
            150,
            "haiti",
            q="lower",
            scope="event",
            as_of="2025-03-31",
            by="un human rights office",
            cue="at least 150 others were kidnapped",
            note="kidnapped = hostages. Not figures: 60 km, 1,000 and 2,500 officers, $908 million, 10 percent, "
            "'24 hours', the subscription price and phone number.",
        ),
    ),
    article(
        "x_somalia_shabelle_undated",
        None,
        """
        Al-Shabaab overruns base in central Somalia as army hits back in Shabelle

        MOGADISHU (wire) - Al-Shabaab fighters overran a military base in Moqokori, in Somalia's Hiiraan region,
        before dawn, killing at least 17 soldiers, military officials said, the latest in a string of setbacks
        for government forces in the centre of the country.

        The militants attacked from three directions after a suicide car bomb breached the base's perimeter,
        a commander who escaped told reporters by phone. Residents said five civilians were also killed when
        the fighters set fire to shops in the town's market before withdrawing.

        The army said it later killed more than 70 militants in a counter-offensive backed by clan militias
        and air strikes by international partners, and had retaken the base. The figure could not be
        independently verified; al-Shabaab, for its part, claimed to have killed "dozens" of soldiers.

        The attack comes two months after al-Shabaab seized Adan Yabaal, a town in Middle Shabelle that had
        served as a forward base for the government's offensive. Aid agencies said about 30,000 people had fled
        Adan Yabaal and surrounding villages in the two weeks that followed its fall.

        In Mogadishu, at least seven mortar shells were fired at the area around Aden Adde international
        airport late on the same evening, police said. Three people were wounded in a nearby camp for displaced
        families. Security forces arrested 40 suspects in house-to-house searches in the Hodan and Hawl Wadag
        districts overnight.

        "They want to show that they can reach the capital whenever they like," a security analyst in
        Mogadishu said. "The government's offensive of 2022 has stalled, and people here feel it."

        Al-Shabaab, which has been fighting the federal government for more than 17 years, remains capable of
        large attacks in the capital. In October 2017, a truck bomb at the busy Zoobe junction killed 587
        people, the deadliest attack in the country's history.

        The African Union's mission in Somalia, AUSSOM, has about 11,000 troops in the country, but its funding
        remains uncertain. Ethiopia, Egypt, Kenya, Uganda and Djibouti are among its contributors.
        """,
        g(
            "killed",
            17,
            "somalia",
            pop="combatants",
            q="lower",
            scope="event",
            as_of=None,
            by="military officials",
            cue="killing at least 17 soldiers",
            note="undated article -> every as_of null. Somali government soldiers -> somalia.",
        ),
        g(
            "killed",
            5,
            "somalia",
            pop="civilians",
            scope="event",
            as_of=None,
            by="residents",
            cue="five civilians were also killed",
        ),
        g(
            "killed",
            70,
            "somalia",
            pop="combatants",
            q="lower",
            scope="event",
            as_of=None,
            by="somali army",
            cue="killed more than 70 militants",
            note="al-Shabaab militants are Somali -> somalia.",
        ),
        g(
            "killed",
            24,
            "somalia",
            pop="combatants",
            q="lower",
            scope="event",
            as_of=None,
            by="al-shabaab",
            cue='claimed to have killed "dozens" of soldiers',
            note="al-Shabaab's own claim for the same attack, vague 'dozens' -> 24 lower; a figure of its own because "
            "its source differs from the 17.",
        ),
        g(
            "displaced",
            30000,
            "somalia",
            q="approx",
            scope="event",
            as_of=None,
            by="aid agencies",
            cue="about 30,000 people had fled Adan Yabaal",
            note="closed window ('the two weeks that followed') -> event.",
        ),
        g(
            "projectiles",
            7,
            "somalia",
            q="lower",
            scope="event",
            as_of=None,
            by="police",
            cue="at least seven mortar shells were fired",
            note="fired by al-Shabaab (from context) -> somalia.",
        ),
        g("injured", 3, "somalia", scope="event", as_of=None, by="police", cue="Three people were wounded"),
        g("detained", 40, "somalia", scope="event", as_of=None, by=None, cue="Security forces arrested 40 suspects"),
        g(
            "killed",
            587,
            "somalia",
            scope="event",
            as_of=None,
            by=None,
            cue="killed 587",
            note="historical attack (October 2017); the undated article gives no as_of. '17 years', '11,000 troops', "
            "'three directions', '2022' are not figures.",
        ),
    ),
]
