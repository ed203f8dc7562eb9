"""Set R, Africa and the Americas: an OCHA flash update on El Fasher and Kordofan (Sudan), a Juba radio
station's story (South Sudan), an HTML broadcaster page on Goma (DR Congo), an AFP-style wire story on
Amhara (Ethiopia), an undated wire story on al-Shabaab (Somalia), a Haitian daily on Pont-Sondé, a
broadcaster's page on Catatumbo (Colombia) and a Reuters-style story on school abductions (Nigeria,
with Burkina Faso)."""

from __future__ import annotations

from . import DRC, article, g

ARTICLES = (
    article(
        "r_sudan_ocha_flash_update_el_fasher",
        "2025-11-03",
        """
        SUDAN: Humanitarian impact of the fall of El Fasher and fighting in Kordofan
        Flash Update No. 4

        Publication date: 3 November 2025

        This update is produced by OCHA Sudan in collaboration with humanitarian partners. It covers the
        period from 29 October to 2 November. The next update will be issued in about one week.

        HIGHLIGHTS
        • More than 82,000 people have been displaced from El Fasher and surrounding villages since 26
          October, according to IOM's Displacement Tracking Matrix (DTM).
        • WHO reports that more than 460 patients and their companions were killed at the Saudi Maternity
          Hospital in El Fasher on 28 October.
        • Partners remain gravely concerned about thousands of civilians who remain unaccounted for.
        • Access to El Fasher remains impossible; the humanitarian response plan is 25 per cent funded.

        SITUATION OVERVIEW
        Since the Rapid Support Forces (RSF) took control of El Fasher on 26 October, people arriving in
        Tawila, Kebkabiya and Mellit have described killings, sexual violence and looting along the roads out
        of the city. Many arrive exhausted and dehydrated after walking for several days, and partners report
        high rates of acute malnutrition among children screened on arrival.

        WHO has also reported that six health workers, including doctors and a nurse, were abducted by armed
        men in El Fasher on 27 October. Their whereabouts are unknown.

        In North Kordofan, fighting for the town of Bara continues to drive displacement. Local sources
        reported that between 45 and 60 civilians were killed in Bara on 25 October, when the RSF took control
        of the town. The Sudanese Red Crescent Society said five of its volunteers were killed in Bara two
        days later while helping to bury the dead. According to IOM DTM, approximately 36,800 people were
        displaced from Bara and surrounding villages between 26 and 31 October, most of them towards El Obeid.

        Across Sudan, nearly 12 million people remain displaced, inside the country and across its borders,
        making it the largest displacement crisis in the world.

        Conditions in Tawila, which was already hosting large numbers of people who fled earlier attacks on
        El Fasher and the Zamzam camp, are severely stretched. Partners report shortages of shelter materials,
        latrines and clean water, and the price of a jerrycan of water has tripled in the local market. New
        arrivals are being hosted in schools and in makeshift gathering sites on the edge of the town.

        Access remains the main obstacle to the response. No humanitarian convoy has reached El Fasher since
        the RSF took the city, and the roads from Tawila and Mellit are insecure. The Humanitarian
        Coordinator has called on the parties to allow safe passage for civilians who want to leave and for
        aid to reach those who remain, in line with their obligations under international humanitarian law.

        HUMANITARIAN RESPONSE
        • Health: Partners have deployed two mobile clinics to Tawila and are supporting the main referral
          hospital with trauma kits for up to 500 patients.
        • Food security: WFP has distributed emergency rations to new arrivals in Tawila and Tina.
        • Protection: Partners are setting up help desks to register separated children and to trace
          families.

        FUNDING
        The 2025 Sudan Humanitarian Needs and Response Plan seeks US$4.2 billion. OCHA urges donors to
        release funds quickly so that partners can scale up in North Darfur and the Kordofan states.

        For further information, please contact: OCHA Sudan, ochasudan@un.org
        """,
        g(
            "displaced",
            82000,
            "sudan",
            scope="total",
            as_of="2025-11-03",
            by="iom",
            q="lower",
            cue="More than 82,000 people have been displaced from El Fasher",
            note="running count since the fall of El Fasher (the crisis the update covers) -> total.",
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
        ),
        g(
            "missing",
            2000,
            "sudan",
            scope="total",
            as_of="2025-11-03",
            pop="civilians",
            q="lower",
            cue="thousands of civilians who remain unaccounted for",
            note="vague 'thousands' -> 2000/lower; OCHA's own voice -> reported_by null.",
        ),
        g(
            "hostages",
            6,
            "sudan",
            scope="event",
            as_of="2025-10-27",
            by="who",
            pop="medics",
            cue="six health workers, including doctors and a nurse, were abducted",
        ),
        g(
            "killed",
            45,
            "sudan",
            scope="event",
            as_of="2025-10-25",
            by="local sources",
            pop="civilians",
            q="range",
            high=60,
            cue="between 45 and 60 civilians were killed in Bara",
        ),
        g(
            "killed",
            5,
            "sudan",
            scope="event",
            as_of="2025-10-27",
            by="sudanese red crescent society",
            pop="aid_workers",
            cue="five of its volunteers were killed in Bara two days later",
            note="Red Crescent volunteers -> aid_workers; 'two days later' than 25 October -> 2025-10-27.",
        ),
        g(
            "displaced",
            36800,
            "sudan",
            scope="event",
            as_of="2025-10-31",
            by="iom",
            q="approx",
            cue="approximately 36,800 people were displaced from Bara",
            note="a closed window ('between 26 and 31 October') -> event, dated by its last day.",
        ),
        g(
            "displaced",
            12000000,
            "sudan",
            scope="total",
            as_of="2025-11-03",
            q="upper",
            cue="nearly 12 million people remain displaced",
            note="'nearly' -> upper per the FIGURES.md table. 'trauma kits for up to 500 patients' is a supply "
            "capacity, not a count of injured people.",
        ),
    ),
    article(
        "r_south_sudan_radio_upper_nile",
        "2025-03-18",
        """
        Radio Nile 98.4 FM | News | Upper Nile

        Air strikes kill at least 20 in Upper Nile as thousands flee into Ethiopia

        By Deng Malual

        Published: 18 March 2025

        JUBA – At least 20 people, including women and children, were killed on Sunday when government
        aircraft bombed villages in Nasir and Ulang counties in Upper Nile State, an opposition-appointed
        county commissioner told Radio Nile.

        Commissioner Gatluak Lam Puok said the bombs fell on a cattle camp and a market near the Sobat river.
        Medecins Sans Frontieres said its team in Ulang treated 35 wounded people on Sunday, many of them with
        severe burns.

        Government spokesman Michael Makuei confirmed that the air force had carried out what he called
        "targeted operations" against the White Army, a youth militia from the Nuer community, but denied that
        civilians had been hit.

        The bombing followed the March 7 attack on a UN helicopter sent to evacuate soldiers from Nasir after
        the White Army overran the army's garrison there. The army said a general and 27 other soldiers were
        killed in the attack, along with a member of the helicopter crew. The UN mission in South Sudan,
        UNMISS, called the attack "abhorrent" and "potentially a war crime".

        Some 10,000 people have crossed into Ethiopia's Gambella region since early March, the UN refugee
        agency UNHCR said on Monday. Local authorities estimate that between 50,000 and 60,000 people have
        been displaced within Nasir and Ulang counties.

        In Juba, security forces have detained at least 20 officials and military officers allied to First
        Vice-President Riek Machar since the fighting broke out, including the petroleum minister and the
        deputy army chief. Machar's SPLM-IO party says the arrests threaten the 2018 peace agreement that
        ended five years of civil war.

        The crisis is adding to the pressure on a country already hosting more than 1 million people who
        have fled the war in neighbouring Sudan since April 2023, according to UNHCR.

        Related stories:
        - Machar's house surrounded by troops, party says
        - Nasir residents describe night the garrison fell
        - Aid agencies suspend operations in Ulang
        """,
        g(
            "killed",
            20,
            "south-sudan",
            scope="event",
            as_of="2025-03-16",
            by="county commissioner",
            q="lower",
            cue="At least 20 people, including women and children, were killed on Sunday",
            note="'on Sunday' counted back from Tuesday 18 March -> 2025-03-16; 'including women and children' "
            "has no numbers. The headline restates the toll. '98.4 FM' is not a figure.",
        ),
        g(
            "injured",
            35,
            "south-sudan",
            scope="event",
            as_of="2025-03-16",
            by="msf",
            cue="treated 35 wounded people on Sunday",
        ),
        g(
            "killed",
            27,
            "south-sudan",
            scope="event",
            as_of="2025-03-07",
            by="south sudanese army",
            pop="combatants",
            cue="a general and 27 other soldiers were killed",
            note="the general and the crew member are single people with no number -> only the 27 is counted.",
        ),
        g(
            "displaced",
            10000,
            "south-sudan",
            scope="total",
            as_of="2025-03-17",
            by="unhcr",
            q="approx",
            cue="Some 10,000 people have crossed into Ethiopia",
            note="refugees of this crisis -> displaced, side of the country they fled; 'said on Monday' -> "
            "2025-03-17. The headline's 'thousands flee into Ethiopia' restates it -> listed once.",
        ),
        g(
            "displaced",
            50000,
            "south-sudan",
            scope="total",
            as_of="2025-03-18",
            by="local authorities",
            q="range",
            high=60000,
            cue="between 50,000 and 60,000 people have been displaced",
        ),
        g(
            "detained",
            20,
            "south-sudan",
            scope="total",
            as_of="2025-03-18",
            q="lower",
            cue="detained at least 20 officials and military officers",
            note="officials and officers arrested, not captured fighters -> population all.",
        ),
        g(
            "displaced",
            1000000,
            "sudan",
            scope="total",
            as_of="2025-03-18",
            by="unhcr",
            q="lower",
            cue="more than 1 million people who have fled the war in neighbouring Sudan",
            note="people who fled Sudan's war -> side sudan, though they are in South Sudan.",
        ),
    ),
    article(
        "r_drc_goma_html",
        "2025-02-04",
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta property="article:published_time" content="2025-02-04T17:20:00+00:00">
        <title>Goma: UN says at least 2,900 bodies recovered after M23 takeover &ndash; Continental 24</title>
        </head>
        <body>
        <div class="topbar"><a href="/">Continental 24</a> &middot; <a href="/africa">Africa</a> &middot;
        <a href="/live">Live TV</a> &middot; <a href="/fr">Fran&ccedil;ais</a></div>
        <article>
        <h1>Goma: UN says at least 2,900 bodies recovered after M23 takeover</h1>
        <p class="byline">By Patrick Mbuyi in Kinshasa &amp; Claire Dufresne in Kigali &ndash; Published on
        04/02/2025 &ndash; 17:20</p>
        <figure><img src="/img/goma-morgue.jpg" alt="">
        <figcaption>Red Cross workers prepare graves in Goma, eastern DR Congo.&nbsp;&copy; Continental 24</figcaption>
        </figure>
        <p>At least 2,900 bodies have been recovered from the streets and morgues of Goma since fighters of
        the Rwanda-backed M23 group seized the eastern Congolese city last week, the United Nations said on
        Tuesday, making the battle one of the deadliest episodes in the region in decades.</p>
        <p>&ldquo;Bodies are still being collected,&rdquo; a UN spokesperson told reporters in Geneva, adding
        that many had been buried in haste because the city&rsquo;s morgues had no electricity.</p>
        <p>The International Committee of the Red Cross said hospitals it supports in Goma had admitted more
        than 2,000 wounded people since the fighting reached the city, many of them with gunshot and shrapnel
        wounds.</p>
        <p>Foreign troops also paid a heavy price. Fourteen South African soldiers and three from Malawi,
        serving with a southern African regional force and the UN mission, were killed as the M23 advanced
        on the city, their governments said.</p>
        <p>The M23 said roughly 1,200 government soldiers and allied militiamen had surrendered and were being
        held at the city&rsquo;s football stadium, from where they would be sent for &ldquo;re-education&rdquo;.
        Thousands of inmates escaped from Goma&rsquo;s Munzenze prison as the rebels entered the city.</p>
        <p>More than 700,000 people have been displaced in North and South Kivu since the start of the year,
        according to the UN refugee agency, many of them for the second or third time.</p>
        <p>The rebels, who announced a unilateral ceasefire on Monday, have said they intend to march on
        Bukavu, the capital of South Kivu, about 100 km to the south, and even on Kinshasa, some 1,600 km away.</p>
        <p>Rwanda denies arming the M23 and says its priority is to root out the FDLR, a militia founded by
        Hutu extremists who took part in the 1994 genocide in Rwanda, in which about 800,000 people were
        killed, most of them Tutsis.</p>
        <aside><h3>Related</h3><ul>
        <li><a href="/africa/m23-explainer">Who are the M23 rebels?</a></li>
        <li><a href="/africa/bukavu-fears">Bukavu residents brace for the fighting</a></li>
        </ul></aside>
        </article>
        <footer>Continental 24 &middot; Terms of use &middot; Cookies &middot; Contact</footer>
        </body>
        </html>
        """,
        g(
            "killed",
            2900,
            DRC,
            scope="total",
            as_of="2025-02-04",
            by="un",
            q="lower",
            cue="At least 2,900 bodies have been recovered",
            note="bodies recovered = dead; the running count of the Goma crisis -> total; 'said on Tuesday' = "
            "the article date. The headline restates it.",
        ),
        g(
            "injured",
            2000,
            DRC,
            scope="total",
            as_of="2025-02-04",
            by="icrc",
            q="lower",
            cue="admitted more than 2,000 wounded people",
        ),
        g(
            "killed",
            14,
            "south-africa",
            scope="total",
            as_of="2025-02-04",
            by="their governments",
            pop="combatants",
            cue="Fourteen South African soldiers",
            note="soldiers belong to the party they serve -> south-africa; spelled-out number.",
        ),
        g(
            "killed",
            3,
            "malawi",
            scope="total",
            as_of="2025-02-04",
            by="their governments",
            pop="combatants",
            cue="three from Malawi",
        ),
        g(
            "detained",
            1200,
            DRC,
            scope="total",
            as_of="2025-02-04",
            by="m23",
            pop="combatants",
            q="approx",
            cue="roughly 1,200 government soldiers and allied militiamen had surrendered and were being held",
            note="surrendered and held = detained. 'Thousands of inmates escaped' is not a FIGURES.md metric.",
        ),
        g(
            "displaced",
            700000,
            DRC,
            scope="total",
            as_of="2025-02-04",
            by="unhcr",
            q="lower",
            cue="More than 700,000 people have been displaced in North and South Kivu",
        ),
        g(
            "killed",
            800000,
            "rwanda",
            scope="event",
            as_of=None,
            q="approx",
            cue="in which about 800,000 people were killed",
            note="the 1994 genocide, a historical event with only a year -> as_of null.",
        ),
    ),
    article(
        "r_ethiopia_amhara_drone_wire",
        "2023-08-16",
        """
        Ethiopia drone strike on Amhara town kills at least 26: hospital official

        16 Aug 2023, 14:32 GMT

        Addis Ababa (AFP) – A drone strike on the main square of a town in Ethiopia's Amhara region killed
        at least 26 people on Sunday, a hospital official said Wednesday, as fighting between the army and a
        local militia entered its second month.

        The strike hit Finote Selam, a town of about 50,000 people some 170 kilometres from the regional
        capital Bahir Dar, during the afternoon, when the square was crowded with traders and minibuses.

        "We received 26 bodies and more than 55 wounded. Some of them had lost limbs," an official at the
        town's hospital told AFP by telephone, asking not to be named for security reasons. Internet access
        in the region has been cut since early August, making it hard to verify information.

        The government did not comment on the strike. It declared a six-month state of emergency in Amhara on
        August 4 after clashes between federal forces and the Fano militia spread to several towns, including
        Gondar and the UNESCO-listed pilgrimage site of Lalibela.

        The UN human rights office said on Friday that at least 183 people had been killed in Amhara since
        the clashes escalated in July, and that more than 1,000 people had been arrested under the state of
        emergency, many of them young Amhara men accused of supporting Fano.

        A Fano spokesman said in an audio message that its fighters had killed hundreds of federal soldiers
        since the start of the fighting, a claim that could not be verified.

        Fano fought alongside the federal army during the two-year war in neighbouring Tigray, which ended with
        a peace deal in Pretoria in November 2022. That conflict killed an estimated 600,000 people, according
        to the African Union's chief mediator, former Nigerian president Olusegun Obasanjo. More than 1
        million people in Tigray are still displaced.

        Many Amhara nationalists felt betrayed by the deal and by the government's decision in April to
        disband regional special forces and fold them into the national army and police.

        bur-ho/dp
        """,
        g(
            "killed",
            26,
            "ethiopia",
            scope="event",
            as_of="2023-08-13",
            by="hospital official",
            q="lower",
            cue="killed at least 26 people on Sunday",
            note="'on Sunday' counted back from Wednesday 16 August -> 2023-08-13; the quote '26 bodies' and the "
            "headline restate it. 'a town of about 50,000 people' is a population, not a figure.",
        ),
        g(
            "injured",
            55,
            "ethiopia",
            scope="event",
            as_of="2023-08-13",
            by="hospital official",
            q="lower",
            cue="more than 55 wounded",
        ),
        g(
            "killed",
            183,
            "ethiopia",
            scope="total",
            as_of="2023-08-11",
            by="un human rights office",
            q="lower",
            cue="at least 183 people had been killed in Amhara",
            note="running toll of the Amhara crisis -> total; 'said on Friday' -> 2023-08-11.",
        ),
        g(
            "detained",
            1000,
            "ethiopia",
            scope="total",
            as_of="2023-08-11",
            by="un human rights office",
            q="lower",
            cue="more than 1,000 people had been arrested",
        ),
        g(
            "killed",
            200,
            "ethiopia",
            scope="total",
            as_of="2023-08-16",
            by="fano",
            pop="combatants",
            q="lower",
            cue="killed hundreds of federal soldiers",
            note="vague 'hundreds' -> 200/lower; the day of the claim is not given -> the article date.",
        ),
        g(
            "killed",
            600000,
            "ethiopia",
            scope="total",
            as_of="2023-08-16",
            by="african union mediator",
            q="approx",
            cue="That conflict killed an estimated 600,000 people",
            note="the toll of the finished Tigray war, restated now -> total dated by the article.",
        ),
        g(
            "displaced",
            1000000,
            "ethiopia",
            scope="total",
            as_of="2023-08-16",
            q="lower",
            cue="More than 1 million people in Tigray are still displaced",
        ),
    ),
    article(
        "r_somalia_shabaab_base_undated",
        None,
        """
        Al-Shabaab overruns army base in central Somalia as offensive falters

        MOGADISHU — Al-Shabaab militants overran a Somali army base in the Middle Shabelle region before
        dawn, killing at least 15 soldiers, a military officer said, in the latest setback for a government
        offensive that was meant to drive the Islamist group out of central Somalia.

        The attack began with a suicide car bomb at the gate of the base near the town of Adan Yabaal,
        followed by an assault by dozens of fighters, the officer said, asking not to be named because he
        was not authorised to speak to the media. "They came from three sides. Our men fought until the
        ammunition ran out," he said.

        Al-Shabaab, in a statement carried by its Andalus radio station, claimed to have killed 47 soldiers
        and seized weapons and vehicles. The group often exaggerates the toll of its attacks, while the
        government tends to play down its losses.

        The information ministry said later that the army, backed by air strikes, had retaken the base and
        killed more than 70 militants in a counter-offensive. Dozens of soldiers were still unaccounted for,
        two officers told this agency.

        In a separate attack, militants fired at least six mortar shells at a base used by the African Union
        mission near Sabiid, wounding three Ugandan soldiers, the mission said in a statement.

        Residents of villages along the Shabelle river said al-Shabaab fighters had abducted at least a
        dozen clan elders accused of supporting the government's allied militias, known as macawisley.

        The renewed fighting has displaced an estimated 40,000 people in Middle Shabelle, according to the UN
        humanitarian agency OCHA, many of whom have fled to camps on the outskirts of Mogadishu, about 130 km
        to the south.

        President Hassan Sheikh Mohamud launched what he called "total war" against al-Shabaab after taking
        office for a second time, and government forces and clan militias recaptured large areas in the first
        months of the campaign. But the gains have been eroded as the African Union has drawn down its
        troops and the group has exploited divisions between Mogadishu and the federal states.

        Related:
        Somalia's president visits troops on the Hiiraan front
        Drought and conflict push families into Mogadishu camps
        AU mission faces funding gap as troop mandate ends
        """,
        g(
            "killed",
            15,
            "somalia",
            scope="event",
            as_of=None,
            by="military officer",
            pop="combatants",
            q="lower",
            cue="killing at least 15 soldiers",
            note="undated article -> every as_of null. 'dozens of fighters' attacking is a count of attackers, "
            "not of victims -> not annotated.",
        ),
        g(
            "killed",
            47,
            "somalia",
            scope="event",
            as_of=None,
            by="al-shabaab",
            pop="combatants",
            cue="claimed to have killed 47 soldiers",
        ),
        g(
            "killed",
            70,
            "somalia",
            scope="event",
            as_of=None,
            by="somali information ministry",
            pop="combatants",
            q="lower",
            cue="killed more than 70 militants",
            note="al-Shabaab fighters are Somali -> somalia, like the soldiers.",
        ),
        g(
            "missing",
            24,
            "somalia",
            scope="event",
            as_of=None,
            by="military officers",
            pop="combatants",
            q="lower",
            cue="Dozens of soldiers were still unaccounted for",
        ),
        g(
            "projectiles",
            6,
            "somalia",
            scope="event",
            as_of=None,
            by="african union mission",
            q="lower",
            cue="fired at least six mortar shells",
            note="fired by al-Shabaab -> somalia.",
        ),
        g(
            "injured",
            3,
            "uganda",
            scope="event",
            as_of=None,
            by="african union mission",
            pop="combatants",
            cue="wounding three Ugandan soldiers",
            note="soldiers belong to the party they serve -> uganda.",
        ),
        g(
            "hostages",
            12,
            "somalia",
            scope="event",
            as_of=None,
            by="residents",
            q="lower",
            cue="abducted at least a dozen clan elders",
            note="'a dozen' -> 12.",
        ),
        g(
            "displaced",
            40000,
            "somalia",
            scope="event",
            as_of=None,
            by="ocha",
            q="approx",
            cue="displaced an estimated 40,000 people in Middle Shabelle",
            note="displacement by 'the renewed fighting' (this round), not the whole war -> event; debatable.",
        ),
    ),
    article(
        "r_haiti_daily_pont_sonde",
        "2024-10-07",
        """
        LE COURRIER DE PORT-AU-PRINCE — English edition
        Nation | Artibonite | Sports | Culture | Opinion

        Pont-Sondé toll climbs as families bury their dead

        By Jean-Robert Pierre-Louis

        PORT-AU-PRINCE, October 7, 2024 — The number of people killed in Thursday's gang attack on the
        farming town of Pont-Sondé has risen to at least 115, the UN human rights office said, making it one
        of the deadliest single massacres in Haiti in recent years.

        Local officials had initially counted some 70 dead after gunmen from the Gran Grif gang swept through
        the town before dawn, shooting people in their homes and setting houses and cars on fire. Among the
        victims were at least 10 women and three babies, the mayor of Saint-Marc told Le Courrier.

        At least 16 people were wounded, two of them members of the gang who were caught by residents and
        handed over to the police, according to the commune's civil protection office. The injured were taken
        to the Saint-Nicolas hospital in Saint-Marc, which says it is short of blood and of surgeons.

        "They came at three in the morning. By six, the town was finished," said Wilner, 54, a rice farmer
        who hid with his wife in a canal. He said he had lost a brother and a cousin.

        More than 6,270 people fled Pont-Sondé and nearby villages in the hours after the attack, according to
        the International Organization for Migration, most of them to Saint-Marc, where they are sleeping in
        schools, churches and a sports hall on Rue 17.

        Gran Grif, led by Luckson Elan, controls much of the lower Artibonite valley and has repeatedly
        attacked farmers it accuses of supporting local self-defence groups. In a video posted on social
        media, a man presenting himself as a gang spokesman said the attack was revenge for the killing of
        gang members by a vigilante group.

        On the national highway, Route Nationale 1, gangs are still holding seven members of a church choir
        who were kidnapped from a bus last week. Their families say the kidnappers are demanding $50,000 for
        each of them.

        The Haitian National Police said on Saturday that they had arrested 12 suspected Gran Grif members in
        an operation near Liancourt. Police spokesman Garry Desrosiers said officers from the Kenya-led
        Multinational Security Support mission, which has about 400 officers in the country, had taken part.

        Prime Minister Garry Conille travelled to Saint-Marc on Friday and promised that the state would
        "retake every inch" of the Artibonite. Many residents said they had heard such promises before.

        Lire aussi : Artibonite : les paysans abandonnent leurs rizières
        """,
        g(
            "killed",
            115,
            "haiti",
            scope="event",
            as_of="2024-10-03",
            by="un human rights office",
            q="lower",
            cue="has risen to at least 115",
            note="one attack 'on Thursday' -> event dated 2024-10-03 (counted back from Monday 7 October).",
        ),
        g(
            "killed",
            70,
            "haiti",
            scope="event",
            as_of="2024-10-03",
            by="local officials",
            q="approx",
            cue="initially counted some 70 dead",
            note="an earlier count of the same attack from another source -> its own figure.",
        ),
        g(
            "killed",
            10,
            "haiti",
            scope="event",
            as_of="2024-10-03",
            by="saint-marc mayor",
            pop="women",
            q="lower",
            cue="at least 10 women",
        ),
        g(
            "killed",
            3,
            "haiti",
            scope="event",
            as_of="2024-10-03",
            by="saint-marc mayor",
            pop="children",
            cue="three babies",
            note="babies -> children. The farmer's 'a brother and a cousin' are single people, no count.",
        ),
        g(
            "injured",
            16,
            "haiti",
            scope="event",
            as_of="2024-10-03",
            by="civil protection office",
            q="lower",
            cue="At least 16 people were wounded",
        ),
        g(
            "injured",
            2,
            "haiti",
            scope="event",
            as_of="2024-10-03",
            by="civil protection office",
            pop="combatants",
            cue="two of them members of the gang",
            note="gang members = members of an armed group -> combatants; subgroup of the 16.",
        ),
        g(
            "displaced",
            6270,
            "haiti",
            scope="event",
            as_of="2024-10-03",
            by="iom",
            q="lower",
            cue="More than 6,270 people fled Pont-Sondé",
            note="'in the hours after the attack' -> event of the attack day. 'Rue 17' is an address.",
        ),
        g(
            "hostages",
            7,
            "haiti",
            scope="event",
            as_of="2024-10-07",
            cue="still holding seven members of a church choir",
            note="one kidnapping -> event; the count says who is held now -> the article date. '$50,000' is money.",
        ),
        g(
            "detained",
            12,
            "haiti",
            scope="event",
            as_of="2024-10-05",
            by="haitian national police",
            pop="combatants",
            cue="arrested 12 suspected Gran Grif members",
            note="'said on Saturday' -> 2024-10-05; 'about 400 officers' of the mission is a deployment, not a figure.",
        ),
    ),
    article(
        "r_colombia_catatumbo_broadcaster",
        "2025-01-21",
        """
        Americas

        Colombia's Catatumbo: dozens dead and tens of thousands displaced as ELN turns on FARC dissidents

        By Camila Restrepo, Bogotá correspondent

        Published 21 January 2025

        [Photo: Families displaced from Tibú wait for food at a sports centre in Cúcuta. Credit: Reuters]

        Some 80 people have been killed since fighters of the ELN guerrilla group launched an offensive on
        Thursday against a rival faction of former FARC rebels in the Catatumbo region, near the border with
        Venezuela, according to the governor of Norte de Santander province, William Villamizar.

        The violence has caused one of the largest displacements Colombia has seen in years. The national
        Ombudsman's Office said on Monday that more than 36,000 people had fled their homes in the towns of
        Tibú, Teorama, El Tarra and Ocaña, most of them for the city of Cúcuta, the provincial capital. The
        UN children's agency Unicef says at least 9,000 of those displaced are children.

        The Ombudsman's Office also said that at least 18 people had been kidnapped, among them community
        leaders, and warned that armed men were going house to house with lists of names.

        The army said it had evacuated more than 500 people by helicopter, many of them former FARC fighters
        who laid down their arms under the 2016 peace deal and who say the ELN regards them as targets.

        "They told us we had 24 hours to leave or we would be next," said one of them, a 38-year-old
        former combatant who now grows cacao, speaking at a military base in Cúcuta.

        President Gustavo Petro suspended peace talks with the ELN on Friday, accusing the group of "war
        crimes", and on Monday declared a state of internal commotion, which lets the government rule by
        decree in the region for 90 days. Police in Cúcuta said on Monday that they had arrested three
        suspected ELN members.

        The Catatumbo, one of the world's largest coca-growing areas, has been disputed by armed groups for
        decades. The country's truth commission estimates that more than 450,000 people were killed in
        Colombia's armed conflict between 1985 and 2018.

        Read more:
        Who are the ELN?
        Petro's 'total peace' plan under strain
        """,
        g(
            "killed",
            80,
            "colombia",
            scope="total",
            as_of="2025-01-21",
            by="norte de santander governor",
            q="approx",
            cue="Some 80 people have been killed since fighters of the ELN",
            note="running toll of the Catatumbo crisis ('since ... Thursday') -> total. The headline's 'dozens "
            "dead and tens of thousands displaced' restates the 80 and the 36,000 -> not separate figures.",
        ),
        g(
            "displaced",
            36000,
            "colombia",
            scope="total",
            as_of="2025-01-20",
            by="ombudsman's office",
            q="lower",
            cue="more than 36,000 people had fled their homes",
            note="'said on Monday' -> 2025-01-20.",
        ),
        g(
            "displaced",
            9000,
            "colombia",
            scope="total",
            as_of="2025-01-21",
            by="unicef",
            pop="children",
            q="lower",
            cue="at least 9,000 of those displaced are children",
        ),
        g(
            "hostages",
            18,
            "colombia",
            scope="total",
            as_of="2025-01-20",
            by="ombudsman's office",
            q="lower",
            cue="at least 18 people had been kidnapped",
            note="'also said' continues the Monday statement -> 2025-01-20.",
        ),
        g(
            "evacuated",
            500,
            "colombia",
            scope="total",
            as_of="2025-01-21",
            by="colombian army",
            q="lower",
            cue="evacuated more than 500 people by helicopter",
            note="the evacuees are former FARC fighters who disarmed in 2016 -> population all, not combatants.",
        ),
        g(
            "detained",
            3,
            "colombia",
            scope="event",
            as_of="2025-01-20",
            by="police",
            pop="combatants",
            cue="arrested three suspected ELN members",
        ),
        g(
            "killed",
            450000,
            "colombia",
            scope="total",
            as_of="2025-01-21",
            by="truth commission",
            q="lower",
            cue="more than 450,000 people were killed in Colombia's armed conflict",
            note="'between 1985 and 2018' are years; the estimate is stated in the present -> dated by the article.",
        ),
    ),
    article(
        "r_nigeria_school_abductions_wire",
        "2025-11-24",
        """
        Nigeria closes boarding schools as search for abducted pupils widens

        By Abraham Okoro and Fatima Bello

        Nov 24, 2025, 2:10 PM GMT+1

        ABUJA, Nov 24 (Reuters) - Nigeria ordered dozens of boarding schools in the north closed on Monday
        and deployed extra troops and police to search for hundreds of children abducted in a week of attacks
        that has revived memories of the kidnapping of the Chibok schoolgirls.

        Gunmen stormed St. Mary's Catholic school in Papiri, Niger state, before dawn on Friday and took away
        303 pupils and 12 teachers, the Christian Association of Nigeria (CAN) said. The association said on
        Sunday that 50 of the pupils had escaped and returned to their families, leaving 253 pupils and the 12
        teachers in captivity.

        "We are appealing to the kidnappers to release our children. Some of them are only eight years old,"
        said the Catholic bishop of Kontagora, whose diocese runs the school.

        The Papiri raid came days after gunmen abducted 25 schoolgirls from a government secondary school in
        Maga, in neighbouring Kebbi state, on Monday last week, killing the school's vice principal, and after
        an attack on a church service in Eruku, Kwara state, on Tuesday last week in which two worshippers
        were killed and 38 others were abducted. Police said on Sunday that the 38 had been freed.

        No group has claimed responsibility for the abductions. Security analysts say armed gangs known
        locally as bandits, who kidnap for ransom, operate across the northwest and north-central states,
        while jihadist groups are active in the northeast.

        President Bola Tinubu cancelled a trip to the G20 summit in South Africa to deal with the crisis and
        ordered the recruitment of 20,000 additional police officers. The federal government said 47 federal
        unity colleges would stay closed until further notice.

        Amnesty International says at least 10,217 people have been killed by gunmen in Nigeria since Tinubu
        took office in May 2023, a figure the government disputes.

        Across the Sahel, jihadist violence has spread from Mali and Burkina Faso towards the coastal states
        of West Africa. In Burkina Faso, al Qaeda-linked JNIM said it killed more than 100 soldiers when it
        overran army positions in the northern town of Djibo on May 11.

        (Reporting by Abraham Okoro in Abuja and Fatima Bello in Minna; Writing by Tim Cocks; Editing by Alex
        Richardson)
        """,
        g(
            "hostages",
            200,
            "nigeria",
            scope="event",
            as_of="2025-11-24",
            pop="children",
            q="lower",
            cue="hundreds of children abducted in a week of attacks",
            note="vague 'hundreds' -> 200/lower; an aggregate over a week (Papiri and Maga) that no single body "
            "figure restates -> its own figure, a window ending on the article date. Debatable: could be read "
            "as a summary of the counts below. 'dozens of boarding schools' counts schools, not people.",
        ),
        g(
            "hostages",
            303,
            "nigeria",
            scope="event",
            as_of="2025-11-21",
            by="christian association of nigeria",
            pop="children",
            cue="took away 303 pupils and 12 teachers",
            note="pupils of a primary and secondary school -> children; 'on Friday' counted back from Monday 24 "
            "November -> 2025-11-21.",
        ),
        g(
            "hostages",
            12,
            "nigeria",
            scope="event",
            as_of="2025-11-21",
            by="christian association of nigeria",
            cue="303 pupils and 12 teachers",
            note="teachers are adults -> population all; restated in 'the 12 teachers in captivity'.",
        ),
        g(
            "hostages",
            253,
            "nigeria",
            scope="event",
            as_of="2025-11-23",
            by="christian association of nigeria",
            pop="children",
            cue="leaving 253 pupils",
            note="those still held after '50 of the pupils had escaped' (escaped is no FIGURES.md metric); the "
            "count the association gave 'on Sunday' -> 2025-11-23.",
        ),
        g(
            "hostages",
            25,
            "nigeria",
            scope="event",
            as_of="2025-11-17",
            pop="children",
            cue="abducted 25 schoolgirls",
            note="'on Monday last week' -> 2025-11-17; secondary-school girls -> children.",
        ),
        g(
            "killed",
            2,
            "nigeria",
            scope="event",
            as_of="2025-11-18",
            cue="two worshippers were killed",
            note="'on Tuesday last week' -> 2025-11-18.",
        ),
        g(
            "hostages",
            38,
            "nigeria",
            scope="event",
            as_of="2025-11-18",
            cue="38 others were abducted",
            note="'the 38 had been freed' restates the same people.",
        ),
        g(
            "killed",
            10217,
            "nigeria",
            scope="total",
            as_of="2025-11-24",
            by="amnesty international",
            q="lower",
            cue="at least 10,217 people have been killed by gunmen in Nigeria",
        ),
        g(
            "killed",
            100,
            "burkina-faso",
            scope="event",
            as_of="2025-05-11",
            by="jnim",
            pop="combatants",
            q="lower",
            cue="killed more than 100 soldiers",
        ),
    ),
)
