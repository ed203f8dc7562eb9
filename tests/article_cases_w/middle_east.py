# ruff: noqa: E501
"""Set W, Middle East: Gaza (3), Israel (2), Lebanon (2), West Bank (1), from regional outlets.

A WAFA dispatch with "Martyred were fourteen (14) citizens", an OCHA situation update in Markdown,
an Al Mayadeen HTML page, a Times of Israel live blog, a Ynet breaking story, an L'Orient Today and a
Naharnet story, and an Anadolu wire on West Bank arrests. Paragraphs are one line each, as scraped.
"""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import article, g

ARTICLES = [
    article(
        "w_gaza_wafa_nuseirat_house",
        "2024-08-14",
        """
        14 martyrs, among them 5 children, as occupation aircraft bomb house in Nuseirat camp

        GAZA, August 14, 2024 (WAFA) - Martyred were fourteen (14) citizens, among them five children and three women, and others sustained injuries at dawn today, as the Israeli occupation aircraft targeted a residential house belonging to the Abu Shamala family in the Nuseirat camp, in the central Gaza Strip.

        Medical sources told WAFA that the bodies of the martyrs were transferred to Al-Awda Hospital in Nuseirat, while more than 30 wounded, some of them in critical condition, were admitted to the same hospital and to Al-Aqsa Martyrs Hospital in the city of Deir al-Balah.

        The sources added that civil defense crews are still searching for about ten citizens who remain missing under the rubble of the four-storey house, which was sheltering displaced families from Gaza City and the northern governorate, noting that the crews are working with primitive tools due to the lack of fuel and heavy machinery.

        Among the martyrs were the child Mohammad Abu Shamala, aged 4, and his sister Lana, aged 7, together with their mother and grandmother, according to relatives who spoke at the hospital.

        In the same context, the occupation artillery shelled the eastern areas of Khan Younis and the town of Bani Suheila, east of the city, while the occupation aircraft launched a series of raids on the Zeitoun neighbourhood, south-east of Gaza City, and on the vicinity of the Kuwait roundabout, without reports of casualties so far.

        Meanwhile, the Ministry of Health in Gaza announced in its daily statement that the occupation forces committed three massacres against families in the Gaza Strip during the past 24 hours, leaving 40 martyrs and 107 injuries that arrived at hospitals.

        The ministry said that the toll of the ongoing Israeli aggression since the seventh of October has risen to 39,965 martyrs and 92,294 injuries, the majority of them children and women, noting that a number of victims are still under the rubble and on the roads, as the occupation prevents ambulance and civil defense crews from reaching them.

        For its part, the Government Media Office said that more than 10,000 citizens are missing, most of them under the rubble of destroyed homes, and that the occupation has dropped more than 82,000 tons of explosives on the Strip since the beginning of the aggression.

        In the city of Deir al-Balah, which is overcrowded with displaced families, the municipality warned of the spread of diseases due to the accumulation of waste and the stopping of the sewage pumps, as the occupation continues to prevent the entry of fuel for the fifth consecutive day, which threatens the stopping of the water wells and the remaining generators of the hospitals.

        The director of Al-Aqsa Martyrs Hospital said that the hospital is working at three times its capacity, and that the wounded are lying on the floors of the corridors, appealing to the international institutions to provide the hospital with fuel, medicines and medical supplies urgently before "a real catastrophe" occurs.

        The Presidency of the State of Palestine condemned the massacre in Nuseirat, holding the occupation government fully responsible for it, and called on the international community and the UN Security Council to intervene immediately to stop the aggression and to provide international protection for our people.

        The occupation army claimed in a statement that its aircraft struck "a Hamas terrorist operating from a building in the central Gaza Strip", without providing any evidence, while the house, according to neighbours, contained only women, children and elderly displaced persons who had fled the bombardment of Gaza City ten months ago.
        """,
        g(
            "killed",
            14,
            "gaza",
            scope="event",
            as_of="2024-08-14",
            cue="Martyred were fourteen (14) citizens",
            note="headline '14 martyrs' and lead are one figure; lead in WAFA's own voice (the medical sources are quoted for the wounded) -> reported_by null",
        ),
        g("killed", 5, "gaza", pop="children", scope="event", as_of="2024-08-14", cue="among them five children"),
        g("killed", 3, "gaza", pop="women", scope="event", as_of="2024-08-14", cue="and three women"),
        g(
            "injured",
            30,
            "gaza",
            q="lower",
            scope="event",
            as_of="2024-08-14",
            by="medical sources",
            cue="more than 30 wounded",
        ),
        g(
            "missing",
            10,
            "gaza",
            q="approx",
            scope="event",
            as_of="2024-08-14",
            by="medical sources",
            cue="about ten citizens who remain missing",
            note="'The sources added' -> still the medical sources",
        ),
        g("killed", 40, "gaza", scope="event", as_of="2024-08-14", by="gaza health ministry", cue="leaving 40 martyrs"),
        g(
            "injured",
            107,
            "gaza",
            scope="event",
            as_of="2024-08-14",
            by="gaza health ministry",
            cue="107 injuries that arrived",
        ),
        g("killed", 39965, "gaza", scope="total", as_of="2024-08-14", by="gaza health ministry", cue="39,965 martyrs"),
        g(
            "injured",
            92294,
            "gaza",
            scope="total",
            as_of="2024-08-14",
            by="gaza health ministry",
            cue="92,294 injuries",
        ),
        g(
            "missing",
            10000,
            "gaza",
            q="lower",
            scope="total",
            as_of="2024-08-14",
            by="government media office",
            cue="more than 10,000 citizens are missing",
        ),
    ),
    article(
        "w_gaza_ocha_situation_update",
        "2025-04-10",
        """
        # Humanitarian Situation Update #279 | Gaza Strip

        **Published 10 April 2025**

        *The Humanitarian Situation Update is issued by the UN Office for the Coordination of Humanitarian Affairs (OCHA) every week. The next update will be published on 17 April.*

        ## Key figures

        According to the Ministry of Health (MoH) in Gaza:

        - Palestinians killed since the resumption of hostilities on 18 March: 1,482
        - Palestinians injured since 18 March: 3,688
        - Cumulative toll since 7 October 2023: 50,886 killed and 115,875 injured

        ## Key highlights

        - Some 400,000 people have been displaced again since 18 March, many of them for the third or fourth time, as "evacuation" orders and "no-go" zones now cover about 65 per cent of the Gaza Strip.
        - No humanitarian or commercial supplies have entered Gaza for more than five weeks, the longest such period since October 2023.
        - Only 22 of the 36 hospitals in Gaza remain partially functional; fuel stocks are expected to run out within weeks.

        ## Humanitarian developments

        Israeli bombardment from the air, land and sea continued to be reported across much of the Gaza Strip during the reporting period, resulting in civilian casualties, displacement and the destruction of homes and other civilian infrastructure.

        On 31 March, the Israeli military ordered an estimated 130,000 people in most of Rafah governorate to leave and move to Al Mawasi, one of the largest single orders since the ceasefire collapsed. Humanitarian partners report that families fled on foot or on donkey carts, with many unable to carry tents or water containers.

        On 6 April, two paramedics of the Palestine Red Crescent Society (PRCS) were killed when their ambulance was struck east of Khan Younis while responding to a call, PRCS said. The Society has called for an independent investigation and for the protection of medical missions.

        Children continue to bear the brunt of the violence. UNICEF reported on 31 March that at least 322 children had been killed since 18 March, most of them in displacement sites or damaged homes.

        According to MoH in Gaza, the cumulative toll since 7 October 2023 stands at 50,886 Palestinians killed and 115,875 injured. MoH notes that the number of killed includes bodies retrieved from under the rubble and in areas that were previously inaccessible.

        ## Water, sanitation and hygiene

        - Water production across the Gaza Strip has fallen to about 10 per cent of pre-war levels, after the main desalination plant in Deir al Balah was cut off from the electricity line on 9 March.
        - Solid waste is piling up in displacement sites, with an estimated 170,000 tonnes of waste accumulated in informal dumping sites, increasing the risk of disease outbreaks as temperatures rise.
        - Partners report that the stock of chlorine for water treatment will last for about two weeks at current consumption.

        ## Aid worker safety

        - At least 408 aid workers, including more than 280 UNRWA staff, have been killed in the Gaza Strip since October 2023.
        - Humanitarian movements continue to be impeded: of the 49 requests to coordinate missions submitted to the Israeli authorities between 1 and 7 April, 19 were denied and 11 were impeded.

        ## Food security and nutrition

        - All 25 bakeries supported by the World Food Programme (WFP) in the Gaza Strip closed on 31 March and 1 April after running out of flour and cooking gas.
        - The price of a 25-kilogramme bag of flour has risen by more than 400 per cent since early March.
        - Partners screened 16,000 children for acute malnutrition in the first week of April; the admission rate increased by 80 per cent compared with February.

        ## Funding

        The 2025 Flash Appeal for the Occupied Palestinian Territory requests US$4.07 billion to address the needs of 3 million people, including 2.1 million in Gaza. As of 9 April, donors had disbursed about $600 million.
        """,
        g(
            "killed",
            1482,
            "gaza",
            scope="total",
            as_of="2025-04-10",
            by="gaza health ministry",
            cue="killed since the resumption of hostilities on 18 March: 1,482",
            note="open-ended running toll 'since the resumption of hostilities on 18 March' read as a total (of the renewed offensive), as_of the update date",
        ),
        g(
            "injured",
            3688,
            "gaza",
            scope="total",
            as_of="2025-04-10",
            by="gaza health ministry",
            cue="injured since 18 March: 3,688",
            note="figure introduced by a colon in a bullet list under 'According to the Ministry of Health'",
        ),
        g(
            "displaced",
            400000,
            "gaza",
            q="approx",
            scope="total",
            as_of="2025-04-10",
            cue="Some 400,000 people have been displaced again",
            note="running count since 18 March -> total; OCHA's own voice",
        ),
        g(
            "evacuated",
            130000,
            "gaza",
            q="approx",
            scope="event",
            as_of="2025-03-31",
            cue="ordered an estimated 130,000 people",
            note="'ordered to leave' -> evacuated; the estimate is OCHA's, the order the military's -> reported_by null",
        ),
        g(
            "killed",
            2,
            "gaza",
            pop="medics",
            scope="event",
            as_of="2025-04-06",
            by="prcs",
            cue="two paramedics of the Palestine Red Crescent Society",
        ),
        g(
            "killed",
            322,
            "gaza",
            pop="children",
            q="lower",
            scope="total",
            as_of="2025-03-31",
            by="unicef",
            cue="at least 322 children had been killed since 18 March",
            note="reported on 31 March -> as_of that day",
        ),
        g(
            "killed",
            50886,
            "gaza",
            scope="total",
            as_of="2025-04-10",
            by="gaza health ministry",
            cue="50,886 killed and 115,875 injured",
            note="stated in the key figures and again in the body -> listed once",
        ),
        g(
            "injured",
            115875,
            "gaza",
            scope="total",
            as_of="2025-04-10",
            by="gaza health ministry",
            cue="and 115,875 injured",
        ),
        g(
            "killed",
            408,
            "gaza",
            pop="aid_workers",
            q="lower",
            scope="total",
            as_of="2025-04-10",
            cue="At least 408 aid workers",
        ),
        g(
            "killed",
            280,
            "gaza",
            pop="aid_workers",
            q="lower",
            scope="total",
            as_of="2025-04-10",
            cue="more than 280 UNRWA staff",
            note="subgroup of the 408 -> its own figure; UNRWA staff are aid workers",
        ),
    ),
    article(
        "w_gaza_almayadeen_mawasi_html",
        "2024-12-05",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta property="article:published_time" content="2024-12-05T08:30:00+03:00">
        <title>Israeli massacre in al-Mawasi tents kills 21 displaced, including 9 children | Al Mayadeen English</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <link rel="stylesheet" href="/assets/css/main.min.css?v=3.2.14">
        </head>
        <body>
        <header>
        <nav class="main-nav">
        <a href="/">Home</a> | <a href="/news">News</a> | <a href="/palestine">Palestine</a> | <a href="/lebanon">Lebanon</a> | <a href="/live">Live 24/7</a> | <a href="/opinion">Opinion</a> | <a href="/podcasts">Podcasts</a>
        </nav>
        </header>
        <main>
        <article>
        <h1>Israeli massacre in al-Mawasi tents kills 21 displaced, including 9 children</h1>
        <p class="byline">By Al Mayadeen English | Source: Al Mayadeen + Agencies | Published 5 December 2024</p>
        <p class="summary">The Israeli occupation bombed tents sheltering displaced Palestinians in the so-called "humanitarian zone" of al-Mawasi, west of Khan Younis, in a new massacre in the south of the Gaza Strip.</p>
        <p>At least 21 Palestinians, including nine children, were martyred late Wednesday when Israeli occupation warplanes bombed a cluster of tents housing displaced families in the al-Mawasi area, west of Khan Younis, the Palestinian Civil Defense said on Thursday.</p>
        <p>Dozens of others were wounded, many of them with severe burns, as the strikes set the tents ablaze, the Civil Defense added, noting that its crews worked through the night with their bare hands to pull victims from the sand and the melted plastic.</p>
        <p>Civil Defense spokesperson Mahmoud Basal told Al Mayadeen that the occupation "claims that al-Mawasi is a safe zone, yet it has turned it into a graveyard for the displaced." He said the area was struck with heavy bombs that left craters several metres deep.</p>
        <p>Al-Mawasi, a narrow strip of sand dunes along the Mediterranean coast, is now crammed with more than one million displaced people, according to the Khan Younis municipality, which warned that the lack of water, sanitation and fuel threatens a health catastrophe as winter sets in.</p>
        <p>The Ministry of Health in Gaza said on Thursday that the death toll of the Israeli aggression since October 7, 2023 has climbed to 44,580 martyrs, while the number of wounded rose to 105,739, the majority of them children and women.</p>
        <p>The Government Media Office announced that the number of journalists killed since the start of the genocide has risen to 193, following the killing of a photojournalist in an airstrike on Nuseirat refugee camp.</p>
        <p>In the north of the Strip, Israeli media reported on Thursday morning that three rockets were launched from the northern Gaza Strip towards the settlements of the so-called Gaza envelope, with sirens sounding in Sderot and Netiv HaAsara.</p>
        <p>The Israeli occupation army, for its part, admitted that two of its soldiers were seriously injured during battles in the Jabalia area, where the Palestinian Resistance said it targeted a Merkava tank with a Yassin-105 shell.</p>
        <p>The massacre comes as the Israeli occupation continues its siege of the northern Gaza Strip for the 60th day, amid international warnings of famine and the forced displacement of the remaining residents of Beit Lahia and Beit Hanoun.</p>
        </article>
        <aside class="most-read">
        <h3>Most Read</h3>
        <ul>
        <li><a href="/news/lebanon-ceasefire-violations">Lebanon ceasefire: Israel records over 50 violations in 72 hours</a></li>
        <li><a href="/news/oil-prices">Oil prices rise 2% as OPEC+ delays output hike to April</a></li>
        <li><a href="/news/syria-aleppo">Syrian army redeploys around Hama, 10 km from the city</a></li>
        </ul>
        </aside>
        </main>
        <footer>
        <p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy Policy</a> | <a href="/rss">RSS</a></p>
        <p>Follow us: 1.2M on X | 850K on Telegram</p>
        <p>&copy; 2024 Al Mayadeen English. All rights reserved.</p>
        </footer>
        </body>
        </html>
        """,
        g(
            "killed",
            21,
            "gaza",
            q="lower",
            scope="event",
            as_of="2024-12-04",
            by="palestinian civil defense",
            cue="At least 21 Palestinians, including nine children",
            note="'late Wednesday' -> 2024-12-04; title '21' is the same figure",
        ),
        g(
            "killed",
            9,
            "gaza",
            pop="children",
            scope="event",
            as_of="2024-12-04",
            by="palestinian civil defense",
            cue="including nine children",
        ),
        g(
            "injured",
            24,
            "gaza",
            q="lower",
            scope="event",
            as_of="2024-12-04",
            by="palestinian civil defense",
            cue="Dozens of others were wounded",
            note="vague 'dozens' -> 24/lower",
        ),
        g(
            "displaced",
            1000000,
            "gaza",
            q="lower",
            scope="total",
            as_of="2024-12-05",
            by="khan younis municipality",
            cue="more than one million displaced people",
        ),
        g("killed", 44580, "gaza", scope="total", as_of="2024-12-05", by="gaza health ministry", cue="44,580 martyrs"),
        g(
            "injured",
            105739,
            "gaza",
            scope="total",
            as_of="2024-12-05",
            by="gaza health ministry",
            cue="rose to 105,739",
        ),
        g(
            "killed",
            193,
            "gaza",
            pop="journalists",
            scope="total",
            as_of="2024-12-05",
            by="government media office",
            cue="has risen to 193",
        ),
        g(
            "projectiles",
            3,
            "gaza",
            scope="event",
            as_of="2024-12-05",
            by="israeli media",
            cue="three rockets were launched from the northern Gaza Strip",
        ),
        g(
            "injured",
            2,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2024-12-05",
            by="israeli army",
            cue="two of its soldiers were seriously injured",
            note="'The Israeli occupation army ... admitted' -> reported_by israeli army; no day named -> article date",
        ),
    ),
    article(
        "w_israel_toi_liveblog_north",
        "2024-11-12",
        """
        Hezbollah fires some 90 projectiles at north; IDF names 2 soldiers killed in south Lebanon

        Live updates | Tuesday, November 12, 2024

        By Times of Israel Staff

        8:42 am
        Some 90 projectiles fired at northern Israel in morning barrages, IDF says

        Some 90 projectiles were launched from Lebanon at northern Israel in several barrages since dawn, the Israeli military says, with most intercepted or falling in open areas. Hezbollah claims it targeted the Nahariya area and a base near Safed with "a large rocket salvo."

        Magen David Adom says its medics treated three people for light shrapnel wounds in Nahariya, and several others for acute anxiety. A building in the city's north sustained a direct hit.

        9:30 am
        IDF names two soldiers killed in southern Lebanon

        The Israel Defense Forces announces the deaths of two soldiers killed in fighting in southern Lebanon on Monday. They are Staff Sgt. Itai Lev, 20, from Haifa, and Sgt. Omer Ben-Shimon, 19, from Ashdod, both of the Golani Brigade's 13th Battalion. An officer of the same unit was seriously hurt in the incident, the army says.

        10:15 am
        Iraqi militia claims drone attack on Eilat

        The Islamic Resistance in Iraq, an umbrella group of Iran-backed militias, claims to have launched two drones at "a vital target" in Eilat. The IDF says a drone approaching from the east was intercepted over the Red Sea before it crossed into Israeli territory, and no sirens sounded.

        11:02 am
        Hostages Forum marks 403 days of captivity with rally in Tel Aviv

        The Hostages and Missing Families Forum says it will hold a rally tonight at 7:30 pm in the plaza outside the Tel Aviv Museum of Art, calling on the government to reach a deal "before it is too late."

        It is believed that 101 hostages remain in Gaza, including the bodies of at least 35 confirmed dead by the IDF. Hamas-led terrorists abducted 251 people to the Strip during the onslaught of October 7, 2023.

        12:20 pm
        Northern residents protest outside Kiryat Shmona city hall

        Demonstrators block the entrance to city hall in Kiryat Shmona, demanding that the government publish a plan to rebuild border towns before the school year resumes. Some 60,000 residents of northern Israel have been evacuated from their homes since October 2023, most of them to hotels and rented apartments in the center of the country.

        "We were promised it would take two weeks. It has been more than a year," says one protester, a mother of three from Metula.

        1:45 pm
        Lebanon's Health Ministry: 3,287 killed since October 2023

        Lebanon's Health Ministry says 3,287 people have been killed in Israeli attacks since October 8, 2023, without distinguishing between civilians and combatants. The IDF says it has killed over 2,500 Hezbollah operatives since the start of the war, including most of the group's senior command.

        2:10 pm
        Shekel steady as Bank of Israel holds rates

        The shekel trades at 3.74 to the dollar after the Bank of Israel left its benchmark rate at 4.5 percent for the seventh consecutive time, citing the economic uncertainty created by the war.

        3:40 pm
        Sirens sound in Upper Galilee; no injuries reported

        Rocket sirens sound in several communities in the Upper Galilee, including Kfar Giladi and Margaliot. The IDF says it is looking into the incident, and Magen David Adom says there are no reports of injuries.

        4:15 pm
        Katz visits troops on Lebanon border, vows northern residents will return

        Defense Minister Israel Katz, on his sixth day in office, visits the 36th Division near the border and says Israel will not agree to any arrangement "that does not guarantee the right of the residents of the north to return safely to their homes."

        "We will not return to the reality of October 6. Hezbollah will not return to the border fence," Katz says, standing next to Chief of Staff Herzi Halevi.

        4:50 pm
        First winter storm expected Thursday

        The Israel Meteorological Service forecasts the first winter storm of the season on Thursday, with up to 40 millimeters of rain in the north and a risk of flash floods in the Dead Sea area and the Arava. Temperatures are expected to drop to 14 degrees Celsius in Jerusalem.

        5:10 pm
        Hezbollah says it targeted troops massing near Marun al-Ras

        Hezbollah says its fighters targeted a gathering of Israeli troops near the Lebanese border village of Marun al-Ras with "a rocket salvo," in a statement on its Telegram channel. There is no immediate comment from the IDF, which says it has expanded the ground operation to a "second line" of villages in recent days.

        The terror group also releases footage it says shows an attack on a base near Acre, some 25 kilometers from the border, which the IDF says caused no damage.

        5:25 pm
        Ynet: Security cabinet to convene tonight on Lebanon truce proposal

        The security cabinet will meet tonight to discuss a US-drafted proposal for a 60-day ceasefire with Hezbollah, Ynet reports, quoting an unnamed official who says "significant gaps" remain over Israel's freedom of action in Lebanon.
        """,
        g(
            "projectiles",
            90,
            "lebanon",
            q="approx",
            scope="event",
            as_of="2024-11-12",
            by="israeli military",
            cue="Some 90 projectiles were launched from Lebanon",
            note="headline and entry title repeat the same figure; launched from Lebanon, claimed by Hezbollah -> lebanon",
        ),
        g(
            "injured",
            3,
            "israel",
            scope="event",
            as_of="2024-11-12",
            by="magen david adom",
            cue="treated three people for light shrapnel wounds",
            note="'several others for acute anxiety' has no number -> not a figure",
        ),
        g(
            "killed",
            2,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2024-11-11",
            by="idf",
            cue="deaths of two soldiers killed in fighting",
            note="'on Monday' -> 2024-11-11; headline '2 soldiers' same figure",
        ),
        g(
            "projectiles",
            2,
            "iraq",
            scope="event",
            as_of="2024-11-12",
            by="islamic resistance in iraq",
            cue="launched two drones",
            note="fired by an Iraqi militia -> side iraq",
        ),
        g(
            "hostages",
            101,
            "israel",
            scope="total",
            as_of="2024-11-12",
            cue="101 hostages remain in Gaza",
            note="hostages abducted from Israel -> israel; stated in the blog's own voice",
        ),
        g(
            "killed",
            35,
            "israel",
            q="lower",
            scope="total",
            as_of="2024-11-12",
            by="idf",
            cue="at least 35 confirmed dead by the IDF",
            note="dead hostages whose bodies are held: killed, a subgroup of the 101, confirmed by the IDF",
        ),
        g("hostages", 251, "israel", scope="event", as_of="2023-10-07", cue="abducted 251 people"),
        g(
            "evacuated",
            60000,
            "israel",
            q="approx",
            scope="total",
            as_of="2024-11-12",
            cue="Some 60,000 residents of northern Israel have been evacuated",
        ),
        g(
            "killed",
            3287,
            "lebanon",
            scope="total",
            as_of="2024-11-12",
            by="lebanese health ministry",
            cue="3,287 people have been killed",
            note="the entry title restates it after a colon -> listed once",
        ),
        g(
            "killed",
            2500,
            "lebanon",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2024-11-12",
            by="idf",
            cue="killed over 2,500 Hezbollah operatives",
        ),
    ),
    article(
        "w_israel_ynet_karmiel_attack",
        "2025-01-16",
        """
        Terror attack at Karmiel junction: One killed, six wounded in ramming and stabbing; terrorist neutralized

        January 16, 2025 | 11:52

        Elisha Ben Kimon, Hassan Shaalan

        One person was killed and six others were wounded Thursday morning in a combined ramming and stabbing attack at the entrance to Karmiel in the Galilee, Magen David Adom said. Among the wounded were two off-duty soldiers, one of them in serious condition.

        According to the initial investigation, the terrorist, a 24-year-old Palestinian from the village of Qabatiya near Jenin who was staying in Israel illegally, drove a stolen car into a crowded bus stop at around 7:40 am, then got out and stabbed passersby with a knife before a civilian security coordinator who was driving by shot and neutralized him.

        The man who was killed, in his 70s, was waiting for a bus to the industrial zone where he had worked for more than 30 years. His name has been cleared for publication by his family.

        MDA senior paramedic Yoni Peretz described the scene: "When we arrived we saw a chaotic scene, with wounded people lying at the bus stop and on the sidewalk. We gave them medical treatment and evacuated them to Galilee Medical Center in Nahariya and to Rambam in Haifa. One of the soldiers was fully conscious and told us he had tried to stop the terrorist."

        Later in the morning, security forces raided Qabatiya and detained four members of the terrorist's family, including his father and brothers, the IDF and the Shin Bet said in a joint statement. The statement added that the house of the terrorist would be mapped in preparation for its demolition.

        Police said the terrorist entered Israel through a breach in the security barrier in the Seam Zone, some 15 kilometers from the city of Afula, and had been working for several weeks at a construction site in the north without a permit. Police Commissioner Danny Levy arrived at the scene and said the force would step up enforcement against employers of illegal residents.

        Karmiel Mayor Moshe Koninsky said the city, home to some 50,000 residents, was "shocked but strong." "We will not let terror dictate our lives. The schools will open as usual tomorrow," he said.

        The attack is the third in northern Israel this month. Since the beginning of the war on October 7, 2023, 53 Israelis have been killed in terror attacks inside Israel and in the West Bank, according to Shin Bet data.

        In the West Bank, the IDF says it has arrested more than 6,000 wanted Palestinians since the start of the war, among them some 2,350 affiliated with Hamas, in near-nightly raids that have focused on the refugee camps of Jenin, Tulkarem and Nablus.

        Minister of National Security Itamar Ben Gvir called for the immediate expulsion of the terrorist's relatives, while opposition leader Yair Lapid said the government had "lost control of the seam line."
        """,
        g(
            "killed",
            1,
            "israel",
            scope="event",
            as_of="2025-01-16",
            by="magen david adom",
            cue="One person was killed and six others were wounded",
            note="headline 'One killed, six wounded' is the same figure",
        ),
        g(
            "injured",
            6,
            "israel",
            scope="event",
            as_of="2025-01-16",
            by="magen david adom",
            cue="six others were wounded Thursday",
        ),
        g(
            "injured",
            2,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-01-16",
            by="magen david adom",
            cue="two off-duty soldiers",
            note="subgroup of the six; off-duty soldiers still serve Israel -> combatants",
        ),
        g(
            "detained",
            4,
            "west-bank",
            scope="event",
            as_of="2025-01-16",
            by="idf and shin bet",
            cue="detained four members of the terrorist's family",
            note="side from context: the family lives in Qabatiya near Jenin -> west-bank",
        ),
        g(
            "killed",
            53,
            "israel",
            scope="total",
            as_of="2025-01-16",
            by="shin bet",
            cue="53 Israelis have been killed in terror attacks",
        ),
        g(
            "detained",
            6000,
            "west-bank",
            q="lower",
            scope="total",
            as_of="2025-01-16",
            by="idf",
            cue="arrested more than 6,000 wanted Palestinians",
        ),
        g(
            "detained",
            2350,
            "west-bank",
            pop="combatants",
            q="approx",
            scope="total",
            as_of="2025-01-16",
            by="idf",
            cue="some 2,350 affiliated with Hamas",
            note="subgroup of the 6,000; 'affiliated with Hamas' read as members of an armed group -> combatants",
        ),
    ),
    article(
        "w_lebanon_lorient_bint_jbeil_strike",
        "2025-05-20",
        """
        Two killed in Israeli drone strike on car near Bint Jbeil, Health Ministry says

        L'Orient Today staff

        May 20, 2025, 12:41 p.m.

        Two people were killed and one was injured on Tuesday morning when an Israeli drone struck a car on the road between Bint Jbeil and Aynata, in South Lebanon, the Health Ministry's Emergency Operations Center said in a statement.

        The Israeli Army said in a statement on X that it had "eliminated a Hezbollah terrorist who was working to rebuild the organization's infrastructure in the Bint Jbeil area." Hezbollah did not comment on the strike, and the identity of the second victim was not immediately known.

        A correspondent for L'Orient Today in the South said the car, a grey Kia, was completely burned, and that Civil Defense teams took more than an hour to extinguish the fire because of a second drone that continued to circle above the area.

        Residents of Bint Jbeil told L'Orient Today that drones had been flying at low altitude over the town since dawn. "We hear them day and night. People go to work, to the market, to funerals, and they do not know if they will come back," said a shopkeeper in the town's old souk, which was heavily damaged during the war.

        On Sunday, Israeli strikes on a motorcycle in Kfar Kila and on a house in Aitaroun killed three people, including a municipal employee, according to the ministry.

        The strikes come four days before municipal elections are held in the South and Nabatieh governorates, the last phase of the first local polls held in Lebanon since 2016. Several candidates in border villages have said they will campaign from Tyre or Nabatieh because their villages remain largely destroyed.

        Israel has carried out near-daily strikes in Lebanon despite the ceasefire that took effect on Nov. 27, and has kept troops at five hilltop positions inside Lebanese territory past the 60-day deadline for its withdrawal set in the agreement. Since the ceasefire took effect, more than 190 people have been killed by Israeli fire in Lebanon, according to an AFP tally based on Health Ministry figures.

        The Lebanese Army, which has deployed thousands of soldiers south of the Litani River under the terms of the truce, says it has dismantled more than 500 Hezbollah positions and weapons depots, and has repeatedly called on the "Mechanism" - the committee chaired by the United States that monitors the ceasefire - to pressure Israel.

        The war that began on Oct. 8, 2023, when Hezbollah opened a "support front" for Gaza, killed more than 4,000 people in Lebanon and displaced over 1.2 million at its height, according to the Lebanese authorities. According to the International Organization for Migration, about 88,000 people remain displaced, mostly from border villages that were flattened during the fighting.

        Lebanese officials say Israel is still holding at least 11 Lebanese prisoners, most of them captured during the ground offensive in the fall, and President Joseph Aoun raised the issue with US envoy Morgan Ortagus during her last visit to Beirut.

        In a statement, the Lebanese Foreign Ministry said it would file a new complaint with the UN Security Council over "the daily Israeli violations of Lebanese sovereignty," adding that Lebanon has recorded more than 3,000 Israeli violations by land, air and sea since the truce began. The UN peacekeeping force UNIFIL, which has some 10,000 troops in the South, has repeatedly called on both sides to respect their commitments.

        Hezbollah's secretary-general, Naim Qassem, said in a televised speech last week that the party had given the state "the chance to act through diplomacy," but warned that "patience has limits." The party, which lost much of its leadership during the war, has not claimed any attack on Israel since the ceasefire, except for one attack on the disputed Shebaa Farms in December.

        The World Bank estimated in March that reconstruction and recovery in Lebanon will cost about $11 billion, a sum that donors have conditioned on reforms and on the state's monopoly over arms.
        """,
        g(
            "killed",
            2,
            "lebanon",
            scope="event",
            as_of="2025-05-20",
            by="health ministry",
            cue="Two people were killed and one was injured",
            note="headline repeats the same figure",
        ),
        g(
            "injured",
            1,
            "lebanon",
            scope="event",
            as_of="2025-05-20",
            by="health ministry",
            cue="and one was injured on Tuesday",
        ),
        g(
            "killed",
            3,
            "lebanon",
            scope="event",
            as_of="2025-05-18",
            by="health ministry",
            cue="killed three people, including a municipal employee",
            note="'On Sunday' counted back from Tuesday 2025-05-20",
        ),
        g(
            "killed",
            190,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-05-20",
            by="afp tally",
            cue="more than 190 people have been killed by Israeli fire",
            note="open-ended toll 'since the ceasefire took effect' read as a running total",
        ),
        g(
            "killed",
            4000,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-05-20",
            by="lebanese authorities",
            cue="killed more than 4,000 people in Lebanon",
            note="toll of the whole (ended) war, reported today -> total with the article date",
        ),
        g(
            "displaced",
            1200000,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-05-20",
            by="lebanese authorities",
            cue="displaced over 1.2 million at its height",
            note="'at its height' names no day -> article date",
        ),
        g(
            "displaced",
            88000,
            "lebanon",
            q="approx",
            scope="total",
            as_of="2025-05-20",
            by="iom",
            cue="about 88,000 people remain displaced",
        ),
        g(
            "detained",
            11,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-05-20",
            by="lebanese officials",
            cue="at least 11 Lebanese prisoners",
        ),
    ),
    article(
        "w_lebanon_naharnet_baalbek_exodus",
        "2024-10-31",
        """
        Israeli strikes kill 52 in Baalbek-Hermel as residents flee evacuation order

        by Naharnet Newsdesk
        31 October 2024, 13:05

        Israeli strikes on the eastern Baalbek-Hermel region killed 52 people and wounded 72 others over the past 24 hours, the Health Ministry said Thursday, a day after the Israeli army ordered the entire population of the ancient city of Baalbek to leave.

        Baalbek governor Bachir Khodr told reporters that between 80,000 and 100,000 residents had evacuated the city and its surroundings since the order was issued Wednesday afternoon, describing "an exodus" toward Deir al-Ahmar, Hermel and the Christian villages of the northern Bekaa.

        "The roads were jammed for 30 kilometers. People left with nothing, some of them on foot, carrying their children," Khodr said, adding that the municipality had opened 14 schools as shelters but that they were "full within hours."

        Strikes overnight hit the towns of Douris, Ain Bourday and Budai, as well as the outskirts of the Roman temples, a UNESCO World Heritage site, sparking concern from the culture minister, who called on UNESCO to intervene to protect "a heritage that belongs to all humanity."

        On the southern front, Hezbollah said its fighters fired rocket barrages at Kiryat Shmona, Safed and the Galilee, and clashed with Israeli troops trying to advance toward the town of Khiam. The Israeli army said around 70 projectiles had crossed from Lebanon by Thursday afternoon, most of them intercepted.

        The ministry said the toll of Israeli attacks on Lebanon since October 2023 has reached 2,865 killed and 13,047 wounded. Among the dead are 178 health workers and rescuers, the ministry added, as Israeli strikes have hit ambulances, hospitals and civil defense centers across the South and the Bekaa.

        The government's emergency committee says almost 1.3 million people have been displaced since the escalation began in late September, most of them from the South, the Bekaa and Beirut's southern suburbs, with some 190,000 staying in collective shelters.

        In Beirut's southern suburbs, the Israeli army issued new warnings on Thursday morning for residents of six buildings in Haret Hreik and Burj al-Barajneh, which were struck shortly afterwards. Footage broadcast by local television channels showed a residential block collapsing in a cloud of dust near the Sayyed al-Shuhada complex.

        Caretaker Prime Minister Najib Mikati said after meeting US ambassador Lisa Johnson that he was "cautiously optimistic" that a ceasefire could be reached "within days," while stressing Lebanon's commitment to Resolution 1701.

        Israeli media reported that US envoy Amos Hochstein and White House adviser Brett McGurk were in Israel to discuss a proposal for a 60-day truce, during which the Israeli army would withdraw from the South and the Lebanese Army would deploy some 10,000 troops near the border.
        """,
        g(
            "killed",
            52,
            "lebanon",
            scope="event",
            as_of="2024-10-31",
            by="health ministry",
            cue="killed 52 people and wounded 72 others over the past 24 hours",
            note="headline repeats the same figure",
        ),
        g("injured", 72, "lebanon", scope="event", as_of="2024-10-31", by="health ministry", cue="wounded 72 others"),
        g(
            "evacuated",
            80000,
            "lebanon",
            q="range",
            high=100000,
            scope="event",
            as_of="2024-10-31",
            by="baalbek governor",
            cue="between 80,000 and 100,000 residents had evacuated",
            note="window from Wednesday's order to Thursday's statement -> event, as_of the day reported",
        ),
        g(
            "projectiles",
            70,
            "lebanon",
            q="approx",
            scope="event",
            as_of="2024-10-31",
            by="israeli army",
            cue="around 70 projectiles had crossed from Lebanon",
        ),
        g("killed", 2865, "lebanon", scope="total", as_of="2024-10-31", by="health ministry", cue="2,865 killed"),
        g("injured", 13047, "lebanon", scope="total", as_of="2024-10-31", by="health ministry", cue="13,047 wounded"),
        g(
            "killed",
            178,
            "lebanon",
            pop="medics",
            scope="total",
            as_of="2024-10-31",
            by="health ministry",
            cue="178 health workers and rescuers",
        ),
        g(
            "displaced",
            1300000,
            "lebanon",
            q="upper",
            scope="total",
            as_of="2024-10-31",
            by="government emergency committee",
            cue="almost 1.3 million people have been displaced",
            note="'almost' -> upper",
        ),
        g(
            "displaced",
            190000,
            "lebanon",
            q="approx",
            scope="total",
            as_of="2024-10-31",
            by="government emergency committee",
            cue="some 190,000 staying in collective shelters",
            note="subgroup of the displaced (sought shelter) -> its own figure; same clause as the committee's count",
        ),
    ),
    article(
        "w_westbank_anadolu_arrests",
        "2025-03-04",
        """
        Israeli army detains 25 Palestinians in West Bank raids: Prisoner groups

        Children, journalists among detainees, say Palestinian prisoner groups

        March 4, 2025

        RAMALLAH, West Bank (AA) - The Israeli army detained at least 25 Palestinians, including three children and two journalists, in overnight raids across the occupied West Bank, Palestinian prisoner groups said on Tuesday.

        In a joint statement, the Palestinian Prisoners' Society and the Commission of Detainees' Affairs said the arrests were concentrated in the cities of Hebron, Nablus and Bethlehem, adding that the raids were accompanied by "abuse, field interrogations and the destruction of homes' contents."

        The groups said the two journalists were detained from their homes in Nablus and their equipment was confiscated. One of them had been released in 2023 after spending 14 months in administrative detention.

        According to the statement, the number of Palestinians detained in the West Bank since Oct. 7, 2023, has risen to more than 15,700, a figure that includes those who were later released.

        More than 9,500 Palestinians are currently held in Israeli prisons, according to the two groups, which accuse the Israeli authorities of torture, starvation and medical neglect inside detention facilities.

        Separately, the Israeli army said two soldiers were lightly wounded on Monday by an explosive device during an operation in the town of Tammun, south of Tubas.

        The northern West Bank has been the target of a large-scale Israeli military operation since Jan. 21, which the army calls "Iron Wall." The operation, now in its sixth week, has displaced some 40,000 Palestinians from the Jenin, Tulkarem and Nur Shams refugee camps, according to the UN agency for Palestinian refugees (UNRWA).

        Israeli Defense Minister Israel Katz said last month that the troops would remain in the camps "for the coming year" and that residents would not be allowed to return, a statement condemned by the Palestinian Foreign Ministry as "a declaration of ethnic cleansing."

        At least 925 Palestinians, including 185 children, have been killed by Israeli army fire and settler attacks in the occupied West Bank since October 2023, according to the Palestinian Health Ministry.

        Witnesses in Hebron told Anadolu that Israeli soldiers stormed several homes in the Old City and in the town of Beit Ummar before dawn, searching them and interrogating residents in the streets for hours. In Bethlehem, troops raided the Dheisheh refugee camp and fired tear gas at youths who threw stones at military vehicles.

        The Palestinian Foreign Ministry called on the international community to "act urgently to stop the collective punishment of our people," while Palestinian Prime Minister Mohammad Mustafa warned during a visit to Cairo that the escalation in the West Bank "threatens to blow up the entire region."

        The International Court of Justice said in an advisory opinion last year that Israel's occupation of the Palestinian territories is illegal and called for the evacuation of all settlements in the West Bank and East Jerusalem.
        """,
        g(
            "detained",
            25,
            "west-bank",
            q="lower",
            scope="event",
            as_of="2025-03-04",
            by="palestinian prisoner groups",
            cue="detained at least 25 Palestinians",
            note="overnight raids reported Tuesday -> article date; headline repeats it",
        ),
        g(
            "detained",
            3,
            "west-bank",
            pop="children",
            scope="event",
            as_of="2025-03-04",
            by="palestinian prisoner groups",
            cue="including three children",
        ),
        g(
            "detained",
            2,
            "west-bank",
            pop="journalists",
            scope="event",
            as_of="2025-03-04",
            by="palestinian prisoner groups",
            cue="and two journalists",
            note="'the two journalists' in the third paragraph refers back to the same two -> not a new figure",
        ),
        g(
            "detained",
            15700,
            "west-bank",
            q="lower",
            scope="total",
            as_of="2025-03-04",
            by="palestinian prisoner groups",
            cue="has risen to more than 15,700",
        ),
        g(
            "detained",
            9500,
            "palestine",
            q="lower",
            scope="total",
            as_of="2025-03-04",
            by="palestinian prisoner groups",
            cue="More than 9,500 Palestinians are currently held",
            note="Palestinians held in Israeli prisons, from Gaza, the West Bank and elsewhere -> palestine (no narrower place)",
        ),
        g(
            "injured",
            2,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-03-03",
            by="israeli army",
            cue="two soldiers were lightly wounded on Monday",
        ),
        g(
            "displaced",
            40000,
            "west-bank",
            q="approx",
            scope="total",
            as_of="2025-03-04",
            by="unrwa",
            cue="displaced some 40,000 Palestinians",
        ),
        g(
            "killed",
            925,
            "west-bank",
            q="lower",
            scope="total",
            as_of="2025-03-04",
            by="palestinian health ministry",
            cue="At least 925 Palestinians",
        ),
        g(
            "killed",
            185,
            "west-bank",
            pop="children",
            scope="total",
            as_of="2025-03-04",
            by="palestinian health ministry",
            cue="including 185 children",
        ),
    ),
]
