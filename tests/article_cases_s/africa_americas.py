"""Set S, Africa and the Americas: an OCHA flash update on Kordofan and Darfur (Sudan), an HTML
broadcaster page on an ADF massacre in Ituri (DR Congo), a Reuters-style wire on Burkina Faso, Mali and
Niger, a northern Nigerian local paper (Zamfara, Borno, with Cameroon), an undated wire story on
al-Shabaab (Somalia, with Ethiopian troops), an HTML page on Haiti's gangs and an HTML page on Cabo
Delgado (Mozambique)."""

from __future__ import annotations

from . import DRC, article, g

ARTICLES = (
    article(
        "s_sudan_ocha_kordofan_flash",
        "2026-01-15",
        """
        SUDAN: Kordofan and Darfur - Flash Update No. 7
        15 January 2026

        This update is produced by OCHA Sudan in collaboration with humanitarian partners. It covers the
        period from 8 to 14 January. The next update will be issued on or around 22 January.

        HIGHLIGHTS
        - A drone strike on Kadugli's main market reportedly killed at least 24 civilians.
        - About 108,000 people have been displaced from El Fasher and surrounding areas since 26 October 2025.
        - Humanitarian access to Kadugli and Dilling in South Kordofan remains severely constrained.

        SITUATION OVERVIEW

        South Kordofan

        On 11 January, a drone strike on the main market in Kadugli town reportedly killed at least 24
        civilians, among them children, and injured more than 40 others, according to local authorities.
        The market had only recently reopened after weeks of closure. Kadugli and Dilling have been cut off by
        the Rapid Support Forces (RSF) and the SPLM-N (al-Hilu) for several months, and prices of sorghum and
        fuel have more than doubled since November.

        Partners warn that a ground assault on Kadugli could force up to 150,000 more people to flee a town
        whose residents have already been displaced several times.

        On 9 January, shelling hit Dilling Teaching Hospital, killing five health workers, according to the
        Sudan Doctors Network. The hospital, the only referral facility in the town, has suspended surgical
        services. WHO has verified 201 attacks on health care in Sudan since April 2023.

        West Kordofan

        Since the RSF took control of the headquarters of the Sudanese Armed Forces' 22nd Infantry Division in
        Babanusa on 6 January, between 15,000 and 20,000 people have fled the town, according to partners'
        estimates, most of them towards El Muglad and El Obeid. Many travelled on foot or by donkey cart along
        the 250 km route, and partners report that new arrivals in El Obeid are sleeping in the open.

        North Darfur

        The International Organization for Migration's Displacement Tracking Matrix (DTM) estimates that about
        108,000 people have been displaced from El Fasher and surrounding villages since the RSF took the city
        on 26 October 2025. Most have gone to Tawila, Kebkabiya and Melit, and a smaller number have crossed
        into Chad.

        Humanitarian partners report that thousands of people who fled El Fasher remain unaccounted for.
        Families arriving in Tawila continue to report relatives separated from them on the road. On 12
        January, RSF fighters reportedly detained dozens of men at checkpoints near Garni, on the road between
        El Fasher and Tawila, according to protection partners.

        The Security Council, in resolution 2736 (2024), demanded an end to the siege of El Fasher. OCHA
        reiterates the call on all parties to allow safe passage for civilians leaving the city.

        HUMANITARIAN RESPONSE

        Partners in El Obeid have distributed emergency shelter kits and hygiene items to newly arrived
        families and are trucking water to two gathering sites. A convoy of 18 trucks carrying food and
        nutrition supplies reached Tawila on 10 January, the first since mid-December, but no convoy has been
        able to reach Kadugli or Dilling since October. Partners are negotiating access through the
        Al Obeid-Dilling road with all parties.

        Cholera cases continue to be reported in Tawila and Kebkabiya, where partners have set up treatment
        centres. Measles vaccination for children under five in Tawila resumed on 12 January.

        HUMANITARIAN WORKERS

        Aid workers continue to pay a heavy price. Since the start of the conflict in April 2023, 128 aid
        workers have been killed in Sudan, the majority of them national staff working for national
        organizations and emergency response rooms.

        FUNDING

        The 2026 Sudan Humanitarian Needs and Response Plan, which seeks US$4.2 billion to assist 20.4 million
        of the 30.4 million people in need, is 3 per cent funded as of 14 January.

        For further information, please contact: OCHA Sudan, Public Information Unit.
        """,
        g(
            "killed",
            24,
            "sudan",
            scope="event",
            as_of="2026-01-11",
            by="local authorities",
            pop="civilians",
            q="lower",
            cue="reportedly killed at least 24 civilians, among them children, and injured",
            note="Kadugli, South Kordofan -> sudan. The HIGHLIGHTS bullet repeats it (listed once).",
        ),
        g(
            "injured",
            40,
            "sudan",
            scope="event",
            as_of="2026-01-11",
            by="local authorities",
            pop="civilians",
            q="lower",
            cue="injured more than 40 others",
            note="'40 others' beside '24 civilians' at a market -> civilians too (as the Kursk story's "
            "'31 civilians ... and 143 wounded').",
        ),
        g(
            "killed",
            5,
            "sudan",
            scope="event",
            as_of="2026-01-09",
            by="sudan doctors network",
            pop="medics",
            cue="killing five health workers",
            note="'201 attacks on health care' counts attacks, not people; 'up to 150,000 more people' is a "
            "warning about a possible assault (hypothetical): neither is annotated.",
        ),
        g(
            "displaced",
            15000,
            "sudan",
            scope="total",
            as_of="2026-01-15",
            by="humanitarian partners",
            q="range",
            high=20000,
            cue="between 15,000 and 20,000 people have fled the town",
            note="'Since ... 6 January' -> a running count, total as of the report date; '22nd Infantry "
            "Division' and '250 km' are not figures.",
        ),
        g(
            "displaced",
            108000,
            "sudan",
            scope="total",
            as_of="2026-01-15",
            by="iom",
            q="approx",
            cue="estimates that about 108,000 people have been displaced",
            note="the HIGHLIGHTS bullet repeats it. 'a smaller number have crossed into Chad' has no number.",
        ),
        g(
            "missing",
            2000,
            "sudan",
            scope="total",
            as_of="2026-01-15",
            by="humanitarian partners",
            q="lower",
            cue="thousands of people who fled El Fasher remain unaccounted for",
        ),
        g(
            "detained",
            24,
            "sudan",
            scope="event",
            as_of="2026-01-12",
            by="protection partners",
            q="lower",
            cue="RSF fighters reportedly detained dozens of men",
        ),
        g(
            "killed",
            128,
            "sudan",
            scope="total",
            as_of="2026-01-15",
            pop="aid_workers",
            cue="128 aid workers have been killed in Sudan",
            note="stated in the report's own voice -> reported_by null. Not annotated: 'resolution 2736 "
            "(2024)', 'US$4.2 billion', '20.4 million of the 30.4 million people in need' (people in need are "
            "not a casualty metric), '3 per cent', 'Flash Update No. 7'.",
        ),
    ),
    article(
        "s_drc_html_ituri_mabakese",
        "2025-09-10",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta property="article:published_time" content="2025-09-10T09:14:00+00:00">
        <title>DR Congo: ADF rebels kill at least 38 in night attack on Ituri village - Africa Today</title>
        </head>
        <body>
        <div class="header"><a href="/">Africa Today</a>
        <ul class="menu"><li><a href="/africa">Africa</a></li><li><a href="/great-lakes">Great Lakes</a></li>
        <li><a href="/podcasts">Podcasts</a></li><li><a href="/newsletter">Newsletter</a></li></ul></div>
        <article class="story">
        <h1>DR Congo: ADF rebels kill at least 38 in night attack on Ituri village</h1>
        <p class="author">By Patient Ligodi with agencies</p>
        <figure><img src="/img/ituri-village.jpg" alt="">
        <figcaption>Residents of Irumu territory gather at a displacement site near Komanda. &copy; AFP</figcaption>
        </figure>
        <p>Suspected Allied Democratic Forces (ADF) rebels killed at least 38 people, including 11 women, in
        an overnight attack on the village of Mabakese in Irumu territory, in the northeastern Congolese
        province of Ituri, local officials said on Tuesday.</p>
        <p>The assailants, armed with machetes and guns, arrived around 10 pm on Monday and went from house to
        house, according to residents. &ldquo;They tied people up before killing them. Some were burnt inside
        their houses,&rdquo; said Dieudonn&eacute; Malangay, a civil society leader in Irumu. He said the
        attackers abducted at least 15 people, among them teenagers, and took them into the forest to carry
        looted goods.</p>
        <p>Red Cross volunteers who spent Tuesday collecting bodies said six people were still missing. More
        than 20 houses and eight motorcycles were set on fire, and a health post was looted.</p>
        <p>The Congolese army (FARDC) said soldiers pursuing the attackers killed 13 ADF fighters on Tuesday
        in the forest near the Ituri river and freed some of the people who had been taken. Army spokesman
        Lt. Jules Ngongo said operations were continuing with the support of the Ugandan army under Operation
        Shujaa, launched in 2021.</p>
        <p>Residents said it was the third attack on villages in the area since June. &ldquo;The army
        comes after, never before,&rdquo; said a farmer who fled with his family to Komanda and asked that his
        name not be used. &ldquo;We are left to guard ourselves with sticks.&rdquo; Local leaders called on
        the provincial government to reinforce positions along the road between Komanda and Luna.</p>
        <p>Ituri has been under a &ldquo;state of siege&rdquo; since 2021, under which military officers
        have replaced civilian governors. Civil society groups say the measure has failed to curb the
        violence and have called for it to be lifted.</p>
        <h2>A string of massacres</h2>
        <p>The ADF, which began as a Ugandan rebel group in the 1990s and now operates from bases in eastern
        Congo, pledged allegiance to the Islamic State group in 2019. Its fighters have killed thousands of
        civilians in Beni territory and southern Ituri over the past decade, according to UN experts.</p>
        <p>On the night of July 27, ADF fighters killed more than 40 worshippers at a Catholic church in
        Komanda, about 60 km from Mabakese, in one of the deadliest attacks of the year.</p>
        <p>The violence in Ituri is separate from the conflict further south, where the Rwanda-backed M23
        rebels control the provincial capitals of Goma and Bukavu. In North Kivu, fighting between the M23 and
        pro-government Wazalendo militias around Masisi has displaced around 90,000 people since the start of
        August, according to the UN refugee agency UNHCR.</p>
        <p>Congo has one of the largest displacement crises in the world, and humanitarian funding for the
        east has been cut sharply this year. A peace framework signed in Doha between Kinshasa and the
        M23 has yet to produce a ceasefire on the ground.</p>
        <div class="related"><h3>Read more</h3><ul>
        <li><a href="/great-lakes/m23-doha">What is in the Doha framework between Kinshasa and the M23?</a></li>
        <li><a href="/great-lakes/monusco">MONUSCO's drawdown leaves a gap in Ituri</a></li></ul></div>
        </article>
        <footer><p>&copy; Africa Today. Reproduction prohibited.</p></footer>
        </body>
        </html>
        """,
        g(
            "killed",
            38,
            DRC,
            scope="event",
            as_of="2025-09-08",
            by="local officials",
            q="lower",
            cue="rebels killed at least 38 people, including 11 women",
            note="an attack 'around 10 pm on Monday' (overnight) -> dated Monday 2025-09-08 (article Wednesday "
            "2025-09-10); Irumu, Ituri -> DR Congo. The headline repeats the toll.",
        ),
        g(
            "killed",
            11,
            DRC,
            scope="event",
            as_of="2025-09-08",
            by="local officials",
            pop="women",
            cue="including 11 women",
        ),
        g(
            "hostages",
            15,
            DRC,
            scope="event",
            as_of="2025-09-08",
            by="irumu civil society",
            q="lower",
            cue="the attackers abducted at least 15 people",
            note="named civil society leader -> 'irumu civil society'.",
        ),
        g(
            "missing",
            6,
            DRC,
            scope="event",
            as_of="2025-09-08",
            by="red cross",
            cue="six people were still missing",
            note="missing from the Monday-night attack -> dated the attack, like its dead (the volunteers gave "
            "the count on Tuesday). 'More than 20 houses and eight motorcycles' are not figures.",
        ),
        g(
            "killed",
            13,
            DRC,
            scope="event",
            as_of="2025-09-09",
            by="congolese army",
            pop="combatants",
            cue="killed 13 ADF fighters on Tuesday",
            note="gazetteer: the ADF began as a Ugandan group but lives and fights in eastern Congo -> drc, not "
            "uganda.",
        ),
        g(
            "killed",
            2000,
            DRC,
            scope="total",
            as_of="2025-09-10",
            by="un experts",
            pop="civilians",
            q="lower",
            cue="Its fighters have killed thousands of civilians",
            note="vague 'thousands' -> 2000/lower; a running toll 'over the past decade' -> total.",
        ),
        g(
            "killed",
            40,
            DRC,
            scope="event",
            as_of="2025-07-27",
            q="lower",
            cue="killed more than 40 worshippers",
            note="earlier attack on a named night -> event dated 2025-07-27; '60 km' is a distance.",
        ),
        g(
            "displaced",
            90000,
            DRC,
            scope="total",
            as_of="2025-09-10",
            by="unhcr",
            q="approx",
            cue="has displaced around 90,000 people since the start of August",
        ),
    ),
    article(
        "s_sahel_wire_djibo",
        "2025-05-14",
        """
        Jihadists claim killing of 200 soldiers in Burkina Faso's Djibo as Sahel violence spreads

        DAKAR, May 14, 2025 (Reuters) - Al Qaeda-linked militants said they killed more than 200 soldiers in
        an attack on the northern Burkina Faso town of Djibo on Sunday, one of the deadliest assaults on the
        country's army since the military seized power in 2022.

        Two security sources and a local resident told Reuters that at least 100 people, most of them
        soldiers, were killed when hundreds of fighters from Jama'at Nusrat al-Islam wal-Muslimin (JNIM)
        attacked military positions, a counter-terrorism camp and the town's police station at dawn. The
        fighters held parts of the town for several hours before withdrawing, the sources said.

        Burkina Faso's government did not respond to a request for comment. State television said on Monday
        that the army had "neutralised dozens of terrorists" in counter-attacks around Djibo on Sunday and
        accused foreign media of spreading "propaganda" on behalf of the militants.

        Djibo, near the border with Mali, has been under a jihadist blockade for more than two years, and its
        population, swollen by people who fled surrounding villages, depends on military convoys and
        occasional helicopter drops for food.

        JNIM, which is also active in Mali and Niger, has stepped up attacks across the central Sahel this
        year and has begun operating in the coastal states of Benin and Togo.

        In Mali, a local official said at least 41 soldiers died when militants overran an army camp in
        Dioura, in the central Segou region, on Saturday. The Malian army said in a statement that it had
        repelled the attack and lost seven soldiers. JNIM said it had seized weapons and vehicles.

        In neighbouring Niger, gunmen killed 17 civilians, including four women, in the Tillaberi region late
        on Tuesday, the interior ministry said, blaming fighters from the Islamic State Sahel Province.

        More than 2,800 people have been killed in Burkina Faso since the start of the year, according to a
        tally by the Armed Conflict Location & Event Data project (ACLED). The government stopped publishing
        official displacement figures in 2023.

        Analysts say JNIM has shifted from hit-and-run raids to large, coordinated assaults on garrison towns,
        aimed at showing that the juntas cannot protect their own troops. "The pattern is to strike the
        places the state says it has secured," said a Sahel researcher at a European think-tank, who asked
        not to be named because of the sensitivity of the subject. "Each attack is also a message to the
        soldiers."

        The juntas that now rule Burkina Faso, Mali and Niger have expelled French troops, turned to Russia
        for security support and left the West African regional bloc ECOWAS to form the Alliance of Sahel
        States (AES). The AES has announced a 5,000-strong joint force, but analysts say it has yet to be
        deployed.

        Burkina Faso's leader, Captain Ibrahim Traore, 37, has survived several coup attempts since he took
        power in September 2022, and his government has suspended several foreign media outlets, including
        the BBC and Voice of America, over their reporting on alleged army abuses.

        (Reporting by Thiam Ndiaga in Dakar and Fadimata Kontao in Bamako; Writing by Portia Crowe; Editing by
        Aidan Lewis)
        """,
        g(
            "killed",
            200,
            "burkina-faso",
            scope="event",
            as_of="2025-05-11",
            by="jnim",
            pop="combatants",
            q="lower",
            cue="said they killed more than 200 soldiers",
            note="'on Sunday' counted back from Wednesday 2025-05-14; the headline repeats the claim.",
        ),
        g(
            "killed",
            100,
            "burkina-faso",
            scope="event",
            as_of="2025-05-11",
            by="security sources",
            q="lower",
            cue="at least 100 people, most of them soldiers, were killed",
            note="'most of them soldiers' has no number -> population all. 'hundreds of fighters' are the "
            "attackers, not casualties: not annotated.",
        ),
        g(
            "killed",
            24,
            "burkina-faso",
            scope="event",
            as_of="2025-05-11",
            by="burkina faso state television",
            pop="combatants",
            q="lower",
            cue='"neutralised dozens of terrorists"',
            note="'neutralised' = killed; JNIM fighters in Burkina Faso -> burkina-faso (the group spans "
            "three countries; the territory decides). Counter-attacks 'on Sunday'.",
        ),
        g(
            "killed",
            41,
            "mali",
            scope="event",
            as_of="2025-05-10",
            by="local official",
            pop="combatants",
            q="lower",
            cue="at least 41 soldiers died",
            note="'on Saturday' -> 2025-05-10.",
        ),
        g(
            "killed",
            7,
            "mali",
            scope="event",
            as_of="2025-05-10",
            by="malian army",
            pop="combatants",
            cue="lost seven soldiers",
            note="'lost seven soldiers' in a repelled attack = killed (the army's own count, conflicting with "
            "the official's 41; both kept).",
        ),
        g(
            "killed",
            17,
            "niger",
            scope="event",
            as_of="2025-05-13",
            by="niger interior ministry",
            pop="civilians",
            cue="gunmen killed 17 civilians, including four women",
            note="'late on Tuesday' = the day before Wednesday 2025-05-14.",
        ),
        g(
            "killed",
            4,
            "niger",
            scope="event",
            as_of="2025-05-13",
            by="niger interior ministry",
            pop="women",
            cue="including four women",
        ),
        g(
            "killed",
            2800,
            "burkina-faso",
            scope="total",
            as_of="2025-05-14",
            by="acled",
            q="lower",
            cue="More than 2,800 people have been killed in Burkina Faso since the start of the year",
            note="'since the start of the year' -> a running toll, total. Not annotated: '5,000-strong joint "
            "force', '37' (an age), years.",
        ),
    ),
    article(
        "s_nigeria_local_zamfara_borno",
        "2025-06-23",
        """
        THE NORTHERN LEDGER
        News | Politics | Business | Security | Sports

        Bandits abduct 46 in Zamfara as Boko Haram strikes again in Borno

        By Aminu Garba, Gusau, and Fatima Bukar, Maiduguri
        Monday, June 23, 2025

        Armed bandits abducted 46 people, including 13 women, and killed nine others in an attack on Kairu
        village in Maru Local Government Area of Zamfara State on Saturday night, residents and police said.

        The attackers, who arrived on more than 50 motorcycles, surrounded the village at about 11 pm and
        shot at residents who tried to flee, a community leader, Malam Sani Kairu, told The Northern Ledger
        by phone. "They went house to house. They took our wives, our daughters and our young men," he said.

        The Zamfara State Police Command spokesman, Yazid Abubakar, confirmed the attack and said tactical
        teams and soldiers had been deployed to the area. He did not give casualty figures. Residents said the
        kidnappers had already contacted some families to demand a ransom of N30 million for each group of
        captives.

        Maru is one of the 14 local government areas of Zamfara, and one of the worst hit by banditry in a
        crisis that has forced farmers off their land across the North-West. A local vigilante leader said
        at least 200 farmers in the area had paid "levies" to bandits to be allowed to plant this season.

        Zamfara's governor, Dauda Lawal, condemned the attack and said the state would not negotiate with
        "criminals who trade in human beings". He urged the federal government to deploy more troops to the
        state and to speed up the recruitment of the Community Protection Guards, a state-backed vigilance
        force created last year.

        Borno attacks

        In Borno State, suspected Boko Haram insurgents killed at least 15 civilians, most of them farmers,
        near Gwoza on Thursday, the state's Commissioner for Information, Usman Tar, said. The victims were
        attacked while working on their farms a few kilometres outside the town.

        On Friday night, a female suicide bomber killed 12 people at a crowded fish market in
        Konduga, about 38 km from Maiduguri, according to the Borno State Emergency Management Agency (SEMA).
        The military's Operation Hadin Kai said troops had cordoned off the area and were searching for
        accomplices.

        The Konduga blast was the deadliest suicide attack in Borno in more than a year. Security analysts
        say the insurgents, split between the Jama'atu Ahlis Sunna Lidda'awati wal-Jihad faction and the
        Islamic State West Africa Province, have regrouped in the Sambisa forest and on islands in Lake Chad.

        Across the border

        Across the border in Cameroon's Far North region, Boko Haram fighters killed four soldiers in an
        attack on an army post in Mayo-Tsanaga department on Sunday, a Cameroonian military source said.

        In Cameroon's English-speaking North-West region, separatist fighters on Wednesday abducted eight
        council workers in Bamenda, accusing them of collaborating with the government, local officials said.
        The separatist conflict in Cameroon's two Anglophone regions is now in its ninth year.

        Chibok, 11 years on

        The Zamfara abduction came in a week when families in Chibok marked another year since 276
        schoolgirls were abducted from their school on the night of April 14, 2014. Parents' representatives
        say the girls who have not returned must not be forgotten.
        """,
        g(
            "hostages",
            46,
            "nigeria",
            scope="event",
            as_of="2025-06-21",
            by="residents",
            cue="Armed bandits abducted 46 people, including 13 women",
            note="'abducted' -> hostages; 'on Saturday night' counted back from Monday 2025-06-23; 'residents "
            "and police said' -> the first-named source (the police gave no figures).",
        ),
        g(
            "hostages",
            13,
            "nigeria",
            scope="event",
            as_of="2025-06-21",
            by="residents",
            pop="women",
            cue="including 13 women",
        ),
        g(
            "killed",
            9,
            "nigeria",
            scope="event",
            as_of="2025-06-21",
            by="residents",
            cue="and killed nine others",
            note="not annotated: '50 motorcycles', 'N30 million', '14 local government areas', and 'at least "
            "200 farmers' who paid levies (a count of people, but not a casualty metric).",
        ),
        g(
            "killed",
            15,
            "nigeria",
            scope="event",
            as_of="2025-06-19",
            by="borno information commissioner",
            pop="civilians",
            q="lower",
            cue="killed at least 15 civilians, most of them farmers",
            note="Gwoza, Borno -> nigeria; 'on Thursday' -> 2025-06-19.",
        ),
        g(
            "killed",
            12,
            "nigeria",
            scope="event",
            as_of="2025-06-20",
            by="borno sema",
            cue="a female suicide bomber killed 12 people",
            note="'on Friday night' -> 2025-06-20; '38 km' is a distance.",
        ),
        g(
            "killed",
            4,
            "cameroon",
            scope="event",
            as_of="2025-06-22",
            by="cameroonian military source",
            pop="combatants",
            cue="Boko Haram fighters killed four soldiers",
            note="gazetteer: Far North region, Mayo-Tsanaga -> cameroon; soldiers serve Cameroon.",
        ),
        g(
            "hostages",
            8,
            "cameroon",
            scope="event",
            as_of="2025-06-18",
            by="local officials",
            cue="abducted eight council workers in Bamenda",
            note="Bamenda, North-West (Anglophone) region -> cameroon; 'on Wednesday' -> 2025-06-18.",
        ),
        g(
            "hostages",
            276,
            "nigeria",
            scope="event",
            as_of="2014-04-14",
            pop="children",
            cue="276 schoolgirls were abducted",
            note="historical abduction on a named night -> event dated 2014-04-14; schoolgirls -> children "
            "(debatable: some were 18). '11 years', 'ninth year' are durations.",
        ),
    ),
    article(
        "s_somalia_undated_wire_moqokori",
        None,
        """
        Al-Shabaab storms Somali army base, kills at least 17 soldiers

        MOGADISHU (AFP) - Al-Shabaab militants stormed a Somali army base in the central Hiran region before
        dawn on Saturday, killing at least 17 soldiers, a military officer told AFP, in the latest of a
        series of attacks that have pushed government forces back from areas they captured two years ago.

        The jihadists detonated two car bombs at the entrance of the base in Moqokori before dozens of
        fighters poured in, the officer said, asking not to be named because he was not authorised to speak
        to the media. "We fought for more than three hours. Reinforcements came too late," he said.

        Al-Shabaab said in a statement on one of its websites that its fighters had killed 47 soldiers and
        seized weapons and vehicles. The group routinely inflates its claims.

        The Ministry of Information said troops, backed by local clan militias, had retaken the base by
        midday and killed between 60 and 70 militants, including several commanders. The figure could not be
        independently verified.

        The Al-Qaeda-linked group has fought for nearly two decades to topple Somalia's internationally
        backed government. Its fighters were driven out of Mogadishu in 2011 but remain able to strike across
        the south and centre of the country.

        Separately, a roadside bomb killed four Ethiopian soldiers serving with the African Union mission,
        AUSSOM, near the town of Baidoa in South West State on Friday, a regional official said. Ethiopia is one
        of the largest contributors to the force, which has about 11,000 troops in Somalia and is struggling
        to secure funding after the United Nations declined to finance it through assessed contributions.

        In Mogadishu, police said at least six mortar rounds were fired late on Friday towards the Halane
        compound near the airport, which houses most foreign embassies and UN offices. Three civilians were
        wounded when one of the shells hit a house in the Wadajir district, police spokesman Abdifatah Aden
        Hassan said.

        Residents of Moqokori said many families had left for Beledweyne, the regional capital, fearing
        reprisals after the base was retaken. "When the army leaves, al-Shabaab comes to ask who helped the
        soldiers," said a local elder reached by phone.

        President Hassan Sheikh Mohamud, who declared "total war" on al-Shabaab after taking office for the
        second time, has struggled to hold on to gains made in 2022 and 2023 with the help of clan militias
        known as Macawisley. Analysts say the offensive stalled after the government diverted troops to a
        political dispute with the regional states of Jubaland and Puntland over a new electoral model.

        The violence is compounding a humanitarian crisis. Nearly 3.5 million Somalis have been displaced by
        conflict and recurring drought, according to the UN, and aid agencies say funding cuts have forced
        them to close hundreds of nutrition centres this year.

        Somalia's army, built up with Turkish, Qatari and US support, is due to take over full responsibility
        for security from the AU force, but the timeline has slipped repeatedly.

        str-amu/fb/ach
        """,
        g(
            "killed",
            17,
            "somalia",
            scope="event",
            as_of=None,
            by="somali military officer",
            pop="combatants",
            q="lower",
            cue="killing at least 17 soldiers, a military officer told AFP",
            note="undated wire: 'on Saturday' cannot be turned into a day -> as_of null throughout. The "
            "headline repeats the toll.",
        ),
        g(
            "killed",
            47,
            "somalia",
            scope="event",
            as_of=None,
            by="al-shabaab",
            pop="combatants",
            cue="its fighters had killed 47 soldiers",
        ),
        g(
            "killed",
            60,
            "somalia",
            scope="event",
            as_of=None,
            by="somali ministry of information",
            pop="combatants",
            q="range",
            high=70,
            cue="killed between 60 and 70 militants",
            note="al-Shabaab is a Somali group fighting in Somalia -> somalia. 'two car bombs' are not fired "
            "projectiles; 'dozens of fighters' are the attackers, not casualties: not annotated.",
        ),
        g(
            "killed",
            4,
            "ethiopia",
            scope="event",
            as_of=None,
            by="regional official",
            pop="combatants",
            cue="a roadside bomb killed four Ethiopian soldiers",
            note="soldiers belong to the party they serve: Ethiopian troops under AU command -> ethiopia, though "
            "they died in Somalia. '11,000 troops' is the force's size, not a casualty figure.",
        ),
        g(
            "projectiles",
            6,
            "somalia",
            scope="event",
            as_of=None,
            by="somali police",
            q="lower",
            cue="at least six mortar rounds were fired",
            note="no shooter named in the sentence; the paragraph follows the al-Shabaab story and al-Shabaab is "
            "the Somali party that shells the Halane compound -> side somalia.",
        ),
        g(
            "injured",
            3,
            "somalia",
            scope="event",
            as_of=None,
            by="somali police",
            pop="civilians",
            cue="Three civilians were wounded",
        ),
        g(
            "displaced",
            3500000,
            "somalia",
            scope="total",
            as_of=None,
            by="un",
            q="upper",
            cue="Nearly 3.5 million Somalis have been displaced",
            note="'Nearly' -> upper per FIGURES.md's table; displaced by conflict and drought together, kept as "
            "the conflict's displacement since the text gives no split. 'hundreds of nutrition centres' are "
            "centres, not people.",
        ),
    ),
    article(
        "s_haiti_html_mirebalais",
        "2025-04-09",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Gangs overrun Mirebalais, killing at least 19 | Caribbean Wire</title></head>
        <body>
        <time class="updated" datetime="2025-04-09T22:02:00Z">Updated April 9, 2025 at 6:02 p.m. EDT</time>
        <div class="topnav"><a href="/">Caribbean Wire</a> &middot; <a href="/haiti">Haiti</a> &middot;
        <a href="/dominican-republic">Dominican Republic</a> &middot; <a href="/region">Region</a></div>
        <h1>Gangs overrun Mirebalais, killing at least 19 as Haiti&#39;s crisis spreads beyond the capital</h1>
        <p class="byline">By Evens Sanon and Dánica Coto</p>
        <figure><img src="/photos/mirebalais.jpg" alt="">
        <figcaption>People fleeing Mirebalais arrive in Saut-d&#39;Eau on Tuesday. (Photo: Odelyn Joseph)</figcaption>
        </figure>
        <p>PORT-AU-PRINCE, Haiti &mdash; Gangs from the Viv Ansanm coalition stormed the central Haitian town
        of Mirebalais late on Monday, killing at least 19 people, among them two nurses at the town&#39;s
        university hospital, local officials said on Tuesday.</p>
        <p>The gunmen also attacked the town&#39;s prison and freed more than 500 inmates, according to the
        prison authority, and set fire to the police station and several homes along Route Nationale 3, the
        main road linking the capital to the Central Plateau.</p>
        <p>&ldquo;We hid under the beds with the patients who could not walk,&rdquo; said a nurse at the
        Hôpital Universitaire de Mirebalais, which had been one of the best-equipped hospitals in the country.
        She asked not to be named for fear of reprisals.</p>
        <p>The International Organization for Migration said on Tuesday that 5,900 people had fled Mirebalais
        and nearby Saut-d&#39;Eau since the attack. More than 1 million people are now displaced in Haiti, a
        record, the agency says, most of them in makeshift sites in schools and churches in Port-au-Prince.</p>
        <p>Mirebalais, about 50 km northeast of Port-au-Prince, had been spared much of the violence that has
        engulfed the capital, where gangs control an estimated 85 percent of the territory. Its capture gives
        the gangs control of a key route to the Dominican border.</p>
        <p>The UN human rights office says at least 1,617 people have been killed in gang violence so far
        this year, and that at least 175 people have been kidnapped. It has also documented killings of
        suspected gang members by so-called self-defence groups and by police.</p>
        <p>Haitian National Police said an operation with the Kenyan-led Multinational Security Support
        mission killed dozens of gang members in Kenscoff, a hillside suburb of the capital, on Tuesday. The
        mission, which has fewer than 1,000 personnel of the 2,500 originally planned, has struggled with
        funding and equipment shortages.</p>
        <p>Residents of Mirebalais who reached Saut-d&#39;Eau described gunmen going from street to street
        and calling out the names of people they accused of working with the police. &ldquo;They had a list,&rdquo;
        said a market vendor who fled with her three children. &ldquo;They knew who they were looking
        for.&rdquo;</p>
        <p>Haiti&#39;s Transitional Presidential Council, which is due to hand over power to elected leaders by
        February 7, 2026, met on Wednesday with police and army chiefs. Council member Fritz Alphonse Jean
        said the government would spend $13 million on new equipment for the police.</p>
        <p class="related">RELATED: Who are the Viv Ansanm gangs? | Kenyan police mission asks for more
        helicopters | Dominican Republic steps up deportations</p>
        <footer>&copy; Caribbean Wire. All rights reserved.</footer>
        </body></html>
        """,
        g(
            "killed",
            19,
            "haiti",
            scope="event",
            as_of="2025-04-07",
            by="local officials",
            q="lower",
            cue="killing at least 19 people, among them two nurses",
            note="'late on Monday' counted back from Wednesday 2025-04-09; the headline repeats the toll.",
        ),
        g(
            "killed",
            2,
            "haiti",
            scope="event",
            as_of="2025-04-07",
            by="local officials",
            pop="medics",
            cue="among them two nurses",
            note="'more than 500 inmates' freed from prison are escapees, not a casualty metric: not annotated.",
        ),
        g(
            "displaced",
            5900,
            "haiti",
            scope="event",
            as_of="2025-04-08",
            by="iom",
            cue="5,900 people had fled Mirebalais",
            note="displacement caused by one attack -> event; the count describes the day it was given ('said on "
            "Tuesday'), not the attack day.",
        ),
        g(
            "displaced",
            1000000,
            "haiti",
            scope="total",
            as_of="2025-04-09",
            by="iom",
            q="lower",
            cue="More than 1 million people are now displaced in Haiti",
        ),
        g(
            "killed",
            1617,
            "haiti",
            scope="total",
            as_of="2025-04-09",
            by="un human rights office",
            q="lower",
            cue="at least 1,617 people have been killed",
            note="'so far this year' -> a running toll, total.",
        ),
        g(
            "hostages",
            175,
            "haiti",
            scope="total",
            as_of="2025-04-09",
            by="un human rights office",
            q="lower",
            cue="at least 175 people have been kidnapped",
        ),
        g(
            "killed",
            24,
            "haiti",
            scope="event",
            as_of="2025-04-08",
            by="haitian national police",
            pop="combatants",
            q="lower",
            cue="killed dozens of gang members in Kenscoff",
            note="gang members = members of armed groups -> combatants; 'on Tuesday'. Not annotated: '85 "
            "percent', '50 km', 'fewer than 1,000 personnel of the 2,500' (mission size), '$13 million'.",
        ),
    ),
    article(
        "s_mozambique_html_cabo_delgado",
        "2025-10-28",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta property="article:published_time" content="2025-10-28T07:30:00+02:00">
        <title>Cabo Delgado: insurgent attacks surge as displaced families crowd into Pemba | Southern Post</title>
        </head>
        <body>
        <nav class="primary"><a href="/">Southern Post</a> | <a href="/mozambique">Mozambique</a> |
        <a href="/sadc">SADC</a> | <a href="/business">Business</a> | <a href="/subscribe">Subscribe</a></nav>
        <h1>Cabo Delgado: insurgent attacks surge as displaced families crowd into Pemba</h1>
        <p><em>Our correspondent in Pemba</em></p>
        <figure><img src="/img/pemba-camp.jpg" alt="">
        <figcaption>Women queue for water at a transit site on the outskirts of Pemba.</figcaption></figure>
        <p>Insurgents linked to the Islamic State group beheaded six Christian villagers in Mocímboa da Praia
        district last week, according to a claim the group published with photographs, the latest in a surge
        of attacks that has sent tens of thousands of people fleeing towards the provincial capital, Pemba.</p>
        <p>Some 107,000 people have been displaced by attacks in Cabo Delgado since the beginning of
        September, the International Organization for Migration (IOM) said, in the largest wave of
        displacement in the province since 2022. Many have walked for days along the N380 road, and transit
        sites in Metuge and Pemba are full.</p>
        <p>The insurgents, known locally as al-Shabaab although they have no operational link to the Somali
        group, have been fighting in Cabo Delgado since October 2017. According to a tally by the Armed
        Conflict Location &amp; Event Data project (ACLED), more than 6,200 people have been killed in the
        conflict, including about 2,500 civilians.</p>
        <p>Human Rights Watch said in a report this month that the insurgents had abducted at least 120
        children since January, using boys as porters and fighters and forcing girls into marriages. &ldquo;The
        children we spoke to described being made to watch executions,&rdquo; a researcher said.</p>
        <p>Rwandan troops, deployed in Cabo Delgado since 2021 to protect the Afungi peninsula where
        TotalEnergies is preparing to restart its $20 billion liquefied natural gas project, killed 15
        insurgents in an ambush near Macomia on Saturday, Rwanda&rsquo;s defence ministry said. Mozambique has
        asked Kigali to increase its contingent of about 4,000 soldiers and police.</p>
        <p>In Macomia, two aid workers with a local organisation that distributes food on behalf of UN agencies
        were killed on Sunday when their vehicle was ambushed on the road to Chai, colleagues said. Several UN
        agencies have suspended road missions in the district.</p>
        <p>In Pemba, families are sleeping in school classrooms and under trees near the transit sites.
        &ldquo;We ran when we heard the shooting at night. We did not take anything,&rdquo; said Amina
        Assane, who arrived from Ancuabe district with her mother and four children. &ldquo;Now we wait for
        food every day, and every day there is not enough.&rdquo;</p>
        <p>Aid groups say the response is badly underfunded. The World Food Programme has warned that it may
        have to cut rations for displaced families in the province from next month unless new money arrives.</p>
        <p>President Daniel Chapo, who took office in January after a disputed election and months of deadly
        protests, visited Pemba last month and promised that &ldquo;terrorism will not win&rdquo;. Residents
        say they need food and shelter more than speeches.</p>
        <p><a href="/mozambique">More on Mozambique</a> &middot; <a href="/newsletters">Sign up for our
        newsletter</a></p>
        <footer>Southern Post &copy; All rights reserved.</footer>
        </body>
        </html>
        """,
        g(
            "killed",
            6,
            "mozambique",
            scope="event",
            as_of=None,
            by="islamic state",
            pop="civilians",
            cue="beheaded six Christian villagers",
            note="'last week' names no day -> as_of null. Villagers -> civilians. The group's own claim -> "
            "reported_by 'islamic state'.",
        ),
        g(
            "displaced",
            107000,
            "mozambique",
            scope="total",
            as_of="2025-10-28",
            by="iom",
            q="approx",
            cue="Some 107,000 people have been displaced by attacks in Cabo Delgado",
            note="the lead's vague 'tens of thousands of people fleeing' is the same displacement, listed once "
            "with its number (as a headline 'dozens' beside the exact toll). 'N380' is a road.",
        ),
        g(
            "killed",
            6200,
            "mozambique",
            scope="total",
            as_of="2025-10-28",
            by="acled",
            q="lower",
            cue="more than 6,200 people have been killed in the conflict",
            note="gazetteer: Cabo Delgado's 'al-Shabaab' is not Somalia's -> mozambique.",
        ),
        g(
            "killed",
            2500,
            "mozambique",
            scope="total",
            as_of="2025-10-28",
            by="acled",
            pop="civilians",
            q="approx",
            cue="including about 2,500 civilians",
        ),
        g(
            "hostages",
            120,
            "mozambique",
            scope="total",
            as_of="2025-10-28",
            by="human rights watch",
            pop="children",
            q="lower",
            cue="had abducted at least 120 children since January",
        ),
        g(
            "killed",
            15,
            "mozambique",
            scope="event",
            as_of="2025-10-25",
            by="rwandan defence ministry",
            pop="combatants",
            cue="killed 15 insurgents in an ambush near Macomia on Saturday",
            note="insurgents fighting in Cabo Delgado -> mozambique; 'on Saturday' counted back from Tuesday "
            "2025-10-28. '$20 billion' and 'about 4,000 soldiers and police' (a deployment) are not figures.",
        ),
        g(
            "killed",
            2,
            "mozambique",
            scope="event",
            as_of="2025-10-26",
            by="colleagues",
            pop="aid_workers",
            cue="two aid workers with a local organisation",
        ),
    ),
)
