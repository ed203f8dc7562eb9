"""Set Y, Sudan, DR Congo, Ethiopia, Somalia and Haiti: six articles as saved from the web."""

from __future__ import annotations

from . import DRC, article, g

SUDAN_KORDOFAN = article(
    "y_sudan_kordofan_drone",
    "2026-02-09",
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <title>Sudan: Flash Update No. 4 - Drone strike on market in North Kordofan | ReliefHub</title>
    <meta name="dcterms.date" content="2026-02-09">
    <meta name="source" content="UN Office for the Coordination of Humanitarian Affairs">
    </head>
    <body>
    <div class="cookie-consent">ReliefHub uses cookies. Essential cookies are always on. <a
    href="/cookie-policy">Cookie policy</a> <button>Accept</button></div>
    <div class="nav-wrapper"><div class="nav"><a href="/">ReliefHub</a> <a href="/updates">Updates</a> <a
    href="/countries">Countries</a> <a href="/disasters">Disasters</a> <a href="/jobs">Jobs</a> <a
    href="/training">Training</a></div></div>
    <div class="page">
    <div class="report-title">Sudan: Flash Update No. 4 - Drone strike on market in North Kordofan</div>
    <div class="report-meta">Format: Situation Report | Source: OCHA | Posted: 9 Feb 2026 | Originally published: 9
    Feb 2026</div>
    <div class="report-meta">Country: Sudan | Language: English</div>
    <div class="section-title">HIGHLIGHTS</div>
    <ul>
    <li>At least 40 civilians killed in a drone strike on a market on Saturday</li>
    <li>Between 3,500 and 4,000 people displaced from the area in three days</li>
    <li>11.6 million people remain internally displaced across Sudan</li>
    <li>More than 4 million refugees have fled to neighbouring countries</li>
    <li>122 aid workers killed since April 2023, most of them Sudanese nationals</li>
    </ul>
    <div class="section-title">SITUATION OVERVIEW</div>
    <div class="text">On Saturday, a drone strike hit a crowded weekly market in the town of Um Sumeima, west of El
    Obeid in North Kordofan State, killing at least 40 civilians and injuring dozens of others, according to local
    authorities. Among those killed were two volunteers of the local Emergency Response Room who were distributing
    food at the market.</div>
    <div class="text">The injured were taken to hospitals in El Obeid, which are operating beyond capacity and face
    shortages of blood, surgical supplies and fuel for generators. Partners report that the main teaching hospital
    received more than 90 patients within six hours.</div>
    <div class="text">The attack follows weeks of intensified hostilities in North and West Kordofan, including
    drone strikes and shelling on towns along the road between El Obeid and Bara. Both parties to the conflict have
    used drones against populated areas.</div>
    <div class="figure"><img src="/img/kordofan-market.jpg"><div class="caption">The market in Um Sumeima after the
    strike. &copy; ERR North Kordofan</div></div>
    <div class="section-title">DISPLACEMENT</div>
    <div class="text">According to IOM's Displacement Tracking Matrix (DTM), between 3,500 and 4,000 people fled Um
    Sumeima and surrounding villages between Saturday and Monday, mostly towards El Obeid. Many are staying with
    host families or in public buildings; about 60 per cent are children.</div>
    <div class="quote">"Attacks on civilians in Kordofan have killed more than 450 people since the start of the
    year. Markets, schools and health facilities must never be targets." - UN Resident and Humanitarian Coordinator
    for Sudan</div>
    <div class="section-title">HUMANITARIAN RESPONSE</div>
    <div class="text">Humanitarian partners have dispatched 12 trucks of medical supplies and food from Port Sudan.
    WFP plans to reach 25,000 people in El Obeid with emergency food assistance in the coming week. Access remains
    constrained by insecurity and by administrative delays.</div>
    <div class="text">Across Sudan, 11.6 million people remain internally displaced and more than 4 million have
    fled to neighbouring countries since the war between the Sudanese Armed Forces and the Rapid Support Forces
    began in April 2023. At least 122 aid workers have been killed since then, most of them national staff and
    volunteers.</div>
    <div class="text">The 2026 Humanitarian Response Plan for Sudan, which seeks 4.2 billion dollars to assist 20.9
    million people, is 3 per cent funded.</div>
    <div class="attachments"><a href="/files/flash-update-4.pdf">Download report (PDF | 412.5 KB)</a></div>
    </div>
    <div class="related-content"><div class="section-title">Related content</div>
    <a href="/r/1">Sudan: El Fasher - 1,500 people arrive in Tawila in 48 hours</a><br>
    <a href="/r/2">Chad: 20,000 new arrivals from Darfur since January</a>
    </div>
    <div class="footer">ReliefHub is a service provided by a humanitarian information network. &copy; 2026 | Help |
    Terms | Contact +41 22 917 1234</div>
    </body>
    </html>
    """,
    g(
        "killed",
        40,
        "sudan",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2026-02-07",
        by="local authorities",
        cue="killing at least 40 civilians",
        note="'On Saturday' from Monday 9 Feb -> 7 Feb; the highlights list repeats it",
    ),
    g(
        "injured",
        24,
        "sudan",
        q="lower",
        scope="event",
        as_of="2026-02-07",
        by="local authorities",
        cue="injuring dozens of others",
        note="vague 'dozens' -> 24/lower",
    ),
    g(
        "killed",
        2,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of="2026-02-07",
        cue="two volunteers of the local Emergency Response Room",
        note="ERR volunteers distributing food -> aid_workers; subgroup of the 40. '90 patients' at a hospital are "
        "not counted as injured (patients; debatable)",
    ),
    g(
        "displaced",
        3500,
        "sudan",
        q="range",
        high=4000,
        scope="event",
        as_of="2026-02-09",
        by="iom",
        cue="between 3,500 and 4,000 people fled",
        note="three-day window ending on the Monday of the update -> event, as_of 9 Feb (debatable)",
    ),
    g(
        "killed",
        450,
        "sudan",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2026-02-09",
        by="un humanitarian coordinator",
        cue="have killed more than 450 people since the start of the year",
        note="'attacks on civilians ... have killed' -> civilians (debatable: all); year-to-date running toll -> total",
    ),
    g(
        "displaced",
        11600000,
        "sudan",
        scope="total",
        as_of="2026-02-09",
        by="ocha",
        cue="11.6 million people remain internally displaced",
    ),
    g(
        "displaced",
        4000000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2026-02-09",
        by="ocha",
        cue="more than 4 million have fled to neighbouring countries",
        note="refugees of this conflict -> displaced",
    ),
    g(
        "killed",
        122,
        "sudan",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2026-02-09",
        by="ocha",
        cue="At least 122 aid workers have been killed",
        note="OCHA's own report -> reported_by ocha (the page names its source). 25,000 to be reached with food and "
        "20.9 million people targeted are not metrics",
    ),
)

SUDAN_GEZIRA = article(
    "y_sudan_gezira_villages",
    None,
    """
    RSF fighters kill at least 62 in attack on Gezira villages, doctors say

    Women and girls abducted; thousands flee towards Rufaa

    PORT SUDAN (Wire) - Fighters of Sudan's paramilitary Rapid Support Forces stormed three villages east of Wad
    Madani
    in Gezira state, killing at least 62 people, including nine women and 14 children, a medical group said.

    The Sudan Doctors Network, which tracks casualties across the country, said the attackers arrived on motorcycles
    and in pickup trucks mounted with machine guns, looted homes and shops and opened fire on residents who tried to
    stop them from taking their livestock. Hundreds of people were wounded, the group said.

    "They went from house to house. Those who resisted were shot," said a man from one of the villages, reached by
    phone
    from Rufaa, who asked that his name not be used. He said he had buried three of his relatives.

    Advertisement

    The network said the fighters also abducted dozens of women and girls, whose fate is unknown. The RSF, which has
    been accused by the United Nations of widespread sexual violence during the war, did not respond to a request for
    comment. It has in the past denied targeting civilians and blamed such attacks on "rogue elements".

    About 14,000 people fled the area towards Rufaa and Tamboul, the International Organization for Migration said,
    many of them on foot. The agency said most were women, children and elderly people who had arrived with nothing.

    The attack recalled an assault on the village of Wad al-Nura last year, in which more than 100 people were killed,
    one of the deadliest single incidents of the war at the time.

    Photo: Displaced families rest under a tree near Tamboul. Credit: Social media / handout

    Gezira, once Sudan's breadbasket, has been fought over since the RSF swept into Wad Madani in the war's first
    year. The army retook the state capital this year, but RSF units remain active in the east of the state and have
    carried out reprisal attacks on villages they accuse of supporting the army.

    The war between the army and the RSF, which erupted over plans to merge the two forces, has killed tens of
    thousands of people. Some estimates are far higher: the former US envoy for Sudan has said that
    up to 150,000 people may have died. More than 12 million people have been driven from their homes, making it the
    world's largest displacement crisis.

    Read more: Famine spreads to five new areas, UN-backed monitor says

    Aid groups say access to Gezira remains difficult and that medical facilities in Rufaa, a town of some 50,000
    people, are overwhelmed. Medecins Sans Frontieres said it had sent a surgical team of six to the town's hospital.

    Share this article
    """,
    g(
        "killed",
        62,
        "sudan",
        q="lower",
        scope="event",
        as_of=None,
        by="sudan doctors network",
        cue="killing at least 62 people",
        note="undated article -> every as_of null; headline repeats it",
    ),
    g(
        "killed",
        9,
        "sudan",
        pop="women",
        scope="event",
        as_of=None,
        by="sudan doctors network",
        cue="including nine women and 14 children",
    ),
    g(
        "killed",
        14,
        "sudan",
        pop="children",
        scope="event",
        as_of=None,
        by="sudan doctors network",
        cue="nine women and 14 children",
    ),
    g(
        "injured",
        200,
        "sudan",
        q="lower",
        scope="event",
        as_of=None,
        by="sudan doctors network",
        cue="Hundreds of people were wounded",
        note="vague 'hundreds' -> 200/lower",
    ),
    g(
        "hostages",
        24,
        "sudan",
        pop="women",
        q="lower",
        scope="event",
        as_of=None,
        by="sudan doctors network",
        cue="abducted dozens of women and girls",
        note="abducted = hostages; 'women and girls' -> women (debatable: girls are children)",
    ),
    g(
        "displaced",
        14000,
        "sudan",
        q="approx",
        scope="event",
        as_of=None,
        by="iom",
        cue="About 14,000 people fled the area",
        note="subheading 'thousands flee' is the same figure, stored once; 'buried three of his relatives' is part of "
        "the 62 (debatable)",
    ),
    g(
        "killed",
        100,
        "sudan",
        q="lower",
        scope="event",
        as_of=None,
        cue="more than 100 people were killed",
        note="historic Wad al-Nura attack, 'last year' in an undated text -> as_of null",
    ),
    g(
        "killed",
        20000,
        "sudan",
        q="lower",
        scope="total",
        as_of=None,
        cue="has killed tens of thousands of people",
        note="vague 'tens of thousands' -> 20000/lower",
    ),
    g(
        "killed",
        150000,
        "sudan",
        q="upper",
        scope="total",
        as_of=None,
        by="former us envoy for sudan",
        cue="up to 150,000 people may have died",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="lower",
        scope="total",
        as_of=None,
        cue="More than 12 million people have been driven from their homes",
        note="Rufaa's 50,000 population and the team of six are not figures",
    ),
)

DRC_LUBERO = article(
    "y_drc_lubero_adf",
    "2025-09-11",
    """
    # ADF rebels kill dozens in night attack on Lubero village, abduct at least 20

    *Great Lakes Report - September 11, 2025*

    Suspected fighters of the Allied Democratic Forces (ADF), an Islamic State-affiliated armed group, killed at
    least 38 people in an attack on a village in Lubero territory, in Congo's North Kivu province, on Monday night,
    local officials said.

    The assailants arrived around 9 p.m. as residents were gathered for a funeral wake in the village of Ntoyo,
    according to Macaire Sivikunula, a local administrator. They attacked people with machetes and guns and set fire
    to
    houses and motorbikes before withdrawing into the forest.

    > "They tied people's hands and killed them one by one. We have counted the bodies ourselves, we are still finding
    > more in the fields," said Samuel Kakule, a civil society leader in the area.

    A local civil society group put the toll at between 45 and 52, saying several bodies had been found in the bush on
    Wednesday. At least 20 people were abducted, among them teenagers who are often forced to carry looted goods or
    to join the group, and dozens of residents were still unaccounted for on Thursday.

    ## Army response

    The Congolese army said it had killed nine ADF fighters in a counter-offensive on Tuesday and recovered weapons.
    An army spokesman for the Sokola 1 operation said troops backed by Ugandan forces were pursuing the attackers.

    Uganda and Congo have been conducting joint operations against the ADF since 2021, but the group has dispersed
    into
    smaller units and stepped up attacks on civilians in Lubero and in neighbouring Ituri province.

    More than 5,000 people fled Ntoyo and surrounding villages towards the towns of Butembo and Lubero after the
    attack, according to the local administration.

    ## Background

    - The ADF, originally a Ugandan rebel group, has been based in eastern Congo since the 1990s
    - The M23 rebel group, backed by Rwanda, seized Goma and Bukavu early this year
    - Fighting for Goma in January killed some 3,000 people, according to the UN
    - About 7 million people are displaced in Congo, the UN says, one of the largest such crises in the world

    UN peacekeepers of MONUSCO, whose mandate covers North Kivu, said they had sent a patrol to the area. The mission
    has some 11,000 troops in the country and is gradually withdrawing.

    [Read more: Congo and M23 sign declaration of principles in Doha](https://example.com/drc-doha)

    [Read more: Ituri: 9 killed in CODECO attack on displacement camp](https://example.com/ituri-codeco)

    *Photo: Residents gather near burnt houses in Ntoyo. (Great Lakes Report)*
    """,
    g(
        "killed",
        38,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-09-08",
        by="local officials",
        cue="killed at least 38 people",
        note="'on Monday night' from Thursday 11 Sept -> 8 Sept; headline 'dozens' is the same figure",
    ),
    g(
        "killed",
        45,
        DRC,
        q="range",
        high=52,
        scope="event",
        as_of="2025-09-08",
        by="civil society group",
        cue="between 45 and 52",
        note="a second source's count of the same attack -> its own figure",
    ),
    g(
        "hostages",
        20,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-09-08",
        by="civil society group",
        cue="At least 20 people were abducted",
        note="the sentence continues the civil society group's account (debatable: could be local officials)",
    ),
    g(
        "missing",
        24,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-09-11",
        by="civil society group",
        cue="dozens of residents were still unaccounted for on Thursday",
        note="vague 'dozens' -> 24/lower; as_of the day they were still missing",
    ),
    g(
        "killed",
        9,
        DRC,
        pop="combatants",
        scope="event",
        as_of="2025-09-09",
        by="congolese army",
        cue="killed nine ADF fighters",
        note="ADF fighters operate from Congo -> drc (their party has no slug)",
    ),
    g(
        "displaced",
        5000,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-09-08",
        by="local administration",
        cue="More than 5,000 people fled Ntoyo",
        note="flight 'after the attack' dated to the attack (debatable)",
    ),
    g(
        "killed",
        3000,
        DRC,
        q="approx",
        scope="event",
        as_of=None,
        by="un",
        cue="killed some 3,000 people",
        note="Goma fighting 'in January': no day named -> as_of null",
    ),
    g(
        "displaced",
        7000000,
        DRC,
        q="approx",
        scope="total",
        as_of="2025-09-11",
        by="un",
        cue="About 7 million people are displaced in Congo",
        note="MONUSCO's 11,000 troops is not a figure; the CODECO link is another story",
    ),
)

ETHIOPIA_AMHARA = article(
    "y_ethiopia_amhara_drone",
    "2024-03-04",
    """
    Ethiopia: Drone strike on Amhara market kills at least 14 civilians, including two health workers

    Horn Rights Monitor - News release

    March 4, 2024

    Share: Facebook | X | Email | Print

    A drone strike on a busy market in the North Shewa zone of Ethiopia's Amhara region killed at least 14 civilians,
    among them two health workers, on Friday, according to local health officials and witnesses interviewed by Horn
    Rights Monitor.

    The strike hit the Friday market in the town of Majete at around 11 a.m., when hundreds of people from surrounding
    villages had gathered to buy and sell grain and livestock. Around 30 people were injured, some of whom had to be
    carried for hours on stretchers to the nearest functioning health centre because roads were blocked.

    The two health workers, a nurse and a pharmacist at the town's health centre, had gone to the market during their
    lunch break, a colleague said. "They were buying coffee for the staff. We found them next to each other," she told
    us.

    Photo: The market square in Majete after the strike. Image provided to Horn Rights Monitor

    Witnesses said there had been no fighting in the town at the time. Fano militiamen had been present in the area in
    the preceding days but had left, residents said. The federal government did not respond to our questions about the
    strike. It has previously said it targets only armed groups.

    The Ethiopian army said on Sunday it had killed more than 100 Fano militants in operations in North Wollo and
    North Shewa, a claim that could not be independently verified.

    Mass arrests

    The strike comes amid a wave of arrests in the region. Since the government declared a state of emergency in
    August last year, thousands of people have been detained, many of them young Amhara men held in makeshift camps
    without charge. On Tuesday, security forces detained more than 300 people in Bahir Dar in house-to-house searches,
    according to residents and relatives.

    Fighting between the federal army and Fano, a loose network of Amhara militias that fought alongside the army
    during the Tigray war, has displaced about 700,000 people in Amhara, according to the UN humanitarian office, and
    cut off much of the region from aid.

    The 2020-2022 war in Tigray killed up to 600,000 people, according to estimates cited by African Union mediators,
    though no official count has been published.

    Horn Rights Monitor calls on all parties to stop attacks on markets, health facilities and other civilian objects,
    and on the government to allow independent investigators into the region. The state of emergency, extended by
    parliament for four months in February, gives security forces sweeping powers to detain suspects without a court
    order.

    Related: Ethiopia - 45 civilians killed in Bahir Dar, rights commission says (report)

    Contact: press@hornrights.example | +254 20 765 4321
    """,
    g(
        "killed",
        14,
        "ethiopia",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2024-03-01",
        by="local health officials",
        cue="killed at least 14 civilians",
        note="'on Friday' from Monday 4 March -> 1 March; headline repeats it",
    ),
    g(
        "killed",
        2,
        "ethiopia",
        pop="medics",
        scope="event",
        as_of="2024-03-01",
        by="local health officials",
        cue="among them two health workers, on Friday",
    ),
    g(
        "injured",
        30,
        "ethiopia",
        q="approx",
        scope="event",
        as_of="2024-03-01",
        cue="Around 30 people were injured",
        note="'hundreds of people ... had gathered' at the market are not a metric: not annotated",
    ),
    g(
        "killed",
        100,
        "ethiopia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-03-03",
        by="ethiopian army",
        cue="killed more than 100 Fano militants",
        note="claim made 'on Sunday' about operations with no day named -> as_of the Sunday (debatable); Fano -> "
        "ethiopia",
    ),
    g(
        "detained",
        2000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of="2024-03-04",
        cue="thousands of people have been detained",
        note="vague 'thousands' -> 2000/lower; running count since the state of emergency -> total; page's own voice",
    ),
    g(
        "detained",
        300,
        "ethiopia",
        q="lower",
        scope="event",
        as_of="2024-02-27",
        by="residents",
        cue="detained more than 300 people in Bahir Dar",
        note="'On Tuesday' counted back from Monday 4 March -> 27 Feb",
    ),
    g(
        "displaced",
        700000,
        "ethiopia",
        q="approx",
        scope="total",
        as_of="2024-03-04",
        by="ocha",
        cue="has displaced about 700,000 people in Amhara",
    ),
    g(
        "killed",
        600000,
        "ethiopia",
        q="upper",
        scope="total",
        as_of="2024-03-04",
        by="african union mediators",
        cue="killed up to 600,000 people",
        note="Tigray is part of Ethiopia -> ethiopia; toll of a past war reported today -> total, as_of article date. "
        "The Related link (45 civilians) is another story",
    ),
)

HAITI_GANGS = article(
    "y_haiti_gang_attack",
    "2023-10-31",
    """
    <html>
    <head>
    <title>Gang attack on Carrefour-Feuilles leaves at least 17 dead, 12 kidnapped - Caribbean Post</title>
    <meta name="og:title" content="Gang attack on Carrefour-Feuilles leaves at least 17 dead">
    <meta name="pubdate" content="20231031">
    <meta property="article:published_time" content="2023-10-31T07:50:00-04:00">
    </head>
    <body>
    <div id="cookie-bar">Caribbean Post uses cookies to give you the best experience. By clicking "Accept" you
    consent to all cookies. <a>Accept</a> <a>Reject</a> <a>Settings</a></div>
    <div class="masthead">CARIBBEAN POST <span class="tagline">News from Haiti, the Dominican Republic and the
    region</span></div>
    <div class="menu"><a href="/haiti">Haiti</a> | <a href="/dr">Dominican Republic</a> | <a
    href="/caricom">Caricom</a> | <a href="/diaspora">Diaspora</a> | <a href="/kreyol">Kreyol</a></div>
    <div class="ticker">JUST IN: Dominican Republic keeps border closed for 6th week | Port-au-Prince airport
    reopens after 3 days</div>
    <div class="story">
    <h1>Gang attack on Carrefour-Feuilles leaves at least 17 dead, 12 kidnapped</h1>
    <div class="byline">By Jean-Robert Pierre, Port-au-Prince</div>
    <time datetime="2023-10-31T07:50:00-04:00">October 31, 2023 7:50 AM</time>
    <figure><img src="/img/carrefour-feuilles.jpg" alt=""><figcaption>Residents fleeing Carrefour-Feuilles carry
    their belongings along Avenue Poupelard on Monday. (Caribbean Post/Odelyn Joseph)</figcaption></figure>
    <p>Armed gang members stormed the Carrefour-Feuilles neighbourhood of Port-au-Prince on Sunday, killing at least
    17 people, including two children, and setting dozens of homes on fire, Haiti's civil protection office
    said.</p>
    <p>About 20 people were wounded, many by stray bullets as they tried to flee, and at least 12 residents were
    kidnapped, among them a nun who ran a school in the neighbourhood, according to the office and local human
    rights groups.</p>
    <p>Witnesses said the attackers, believed to belong to the Grand Ravine gang, arrived on foot and on motorcycles
    before dawn and went from street to street. Police officers who responded were forced to retreat after a
    gunfight that lasted several hours.</p>
    <blockquote><p>"We heard shooting all night. In the morning we took the children and ran with only the clothes
    we had on." - Marie-Claude, 52, now sleeping at a school in Delmas</p></blockquote>
    <p>More than 5,000 people fled the neighbourhood on Sunday and Monday, the International Organization for
    Migration said, most of them to makeshift sites in schools, churches and a sports centre.</p>
    <h2>A year of violence</h2>
    <p>Gangs now control an estimated 80 per cent of the capital. The UN says 3,156 people have been killed in gang
    violence so far this year and 1,284 kidnapped, figures that already exceed those for the whole of last year.</p>
    <p>Nearly 200,000 Haitians have been displaced by the violence, according to the IOM, more than half of them in
    the Port-au-Prince metropolitan area.</p>
    <ul>
    <li>At least 17 killed in Carrefour-Feuilles on Sunday</li>
    <li>Gangs control about 80% of Port-au-Prince</li>
    <li>A Kenyan-led police mission of 1,000 officers has been approved by the UN Security Council</li>
    </ul>
    <p>The UN Security Council this month approved a multinational security support mission led by Kenya, which has
    offered 1,000 police officers. A Kenyan court has temporarily blocked the deployment, and no date has been set
    for the first officers to arrive.</p>
    <p>Prime Minister Ariel Henry called on residents to remain calm and said the police would retake the area "in
    the coming days".</p>
    <div class="share">Share this story: <a>WhatsApp</a> <a>Facebook</a> <a>X</a></div>
    </div>
    <div class="sidebar"><h3>Most popular</h3>
    <ol><li><a>Cholera cases rise to 450 in Cite Soleil</a></li><li><a>Gangs free 2 US missionaries after 4
    weeks</a></li><li><a>Fuel price rises by 20%</a></li></ol></div>
    <footer>Caribbean Post &copy; 2023 | Miami - Port-au-Prince | Tips: +1 305 555 0182</footer>
    </body>
    </html>
    """,
    g(
        "killed",
        17,
        "haiti",
        q="lower",
        scope="event",
        as_of="2023-10-29",
        by="haitian civil protection",
        cue="killing at least 17 people, including two children",
        note="'on Sunday' from Tuesday 31 Oct -> 29 Oct; headline and list repeat it",
    ),
    g(
        "killed",
        2,
        "haiti",
        pop="children",
        scope="event",
        as_of="2023-10-29",
        by="haitian civil protection",
        cue="including two children, and setting",
    ),
    g(
        "injured",
        20,
        "haiti",
        q="approx",
        scope="event",
        as_of="2023-10-29",
        by="haitian civil protection",
        cue="About 20 people were wounded",
        note="'according to the office and local human rights groups' -> the office",
    ),
    g(
        "hostages",
        12,
        "haiti",
        q="lower",
        scope="event",
        as_of="2023-10-29",
        by="haitian civil protection",
        cue="at least 12 residents were kidnapped",
        note="kidnapped = hostages; headline repeats it",
    ),
    g(
        "displaced",
        5000,
        "haiti",
        q="lower",
        scope="event",
        as_of="2023-10-30",
        by="iom",
        cue="More than 5,000 people fled the neighbourhood",
        note="'on Sunday and Monday' -> the Monday that closes the window (debatable)",
    ),
    g(
        "killed",
        3156,
        "haiti",
        scope="total",
        as_of="2023-10-31",
        by="un",
        cue="3,156 people have been killed in gang violence so far this year",
    ),
    g("hostages", 1284, "haiti", scope="total", as_of="2023-10-31", by="un", cue="and 1,284 kidnapped"),
    g(
        "displaced",
        200000,
        "haiti",
        q="upper",
        scope="total",
        as_of="2023-10-31",
        by="iom",
        cue="Nearly 200,000 Haitians have been displaced",
        note="1,000 Kenyan police officers and 80 per cent are not figures; ticker and Most popular (450 cholera "
        "cases, 2 missionaries) are other stories",
    ),
)

SOMALIA_SHABELLE = article(
    "y_somalia_shabelle_base",
    None,
    """
    # Al-Shabaab storms army base in Middle Shabelle, killing at least 11 soldiers

    *Horn Dispatch · Mogadishu bureau · 5 min read*

    Al-Shabaab fighters attacked a Somali army base near the town of Mahaday in the Middle Shabelle region before
    dawn, killing at least 11 soldiers, military officials said, in the latest of a series of assaults that have
    reversed some of the government's gains of the past two years.

    The militants first detonated a car bomb at the gate of the base and then stormed it from two sides, a Somali
    army officer told Horn Dispatch by phone. "They were more than 200. We fought until reinforcements came from
    Jowhar," said the officer, who asked not to be named because he was not authorised to speak to the media.

    Al-Shabaab said in a statement on its Andalus radio station that its fighters had killed 27 soldiers and seized
    weapons and vehicles. The group often inflates its figures, while the government tends to play down its losses.

    ## Army claims counter-attack

    The Somali army said it had killed "more than 40" militants in the fighting and in a counter-attack launched
    with air support from international partners. Neither side's claims could be independently verified.

    The militants also fired at least six mortar shells at a market in Mahaday, the district commissioner said.
    Five civilians were hurt, some of them seriously.

    > "The people of Mahaday are caught between the two sides. When the army leaves, al-Shabaab comes back and
    punishes
    > those who cooperated," said a local elder.

    Residents said the group had abducted nine clan elders from villages near the town in the days before the attack,
    accusing them of mobilising clan militias against it.

    ## A hard-won offensive unravels

    - The government launched a major offensive against al-Shabaab with clan militias in 2022
    - Many of the towns it took in Middle Shabelle and Hiraan have since been lost again
    - Between 15,000 and 20,000 people have fled fighting in Middle and Lower Shabelle in the past month, according to
      the UN refugee agency
    - The African Union mission, now known as AUSSOM, has about 11,000 troops in the country

    African Union troops have also paid a heavy price. In one of the deadliest attacks on the mission, al-Shabaab
    overran a base in Buulo Mareer in 2023, killing 54 Ugandan soldiers, according to Uganda's president.

    The United States, which has carried out dozens of air strikes in Somalia this year, said in a statement that it
    remained committed to supporting the Somali government against al-Shabaab and the local Islamic State affiliate.

    *Tags: Somalia, al-Shabaab, Middle Shabelle, security*

    [Read more: Mogadishu airport hit by mortar fire, 3 injured](https://example.org/somalia/mortars)
    """,
    g(
        "killed",
        11,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=None,
        by="military officials",
        cue="killing at least 11 soldiers",
        note="undated article -> every as_of null; headline repeats it",
    ),
    g(
        "killed",
        27,
        "somalia",
        pop="combatants",
        scope="event",
        as_of=None,
        by="al-shabaab",
        cue="had killed 27 soldiers",
        note="the attackers' competing claim for the same soldiers -> its own figure",
    ),
    g(
        "killed",
        40,
        "somalia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=None,
        by="somali army",
        cue='killed "more than 40" militants',
        note="al-Shabaab fighters are Somali and fight in Somalia -> somalia (their party has no slug); 'more than "
        "200' attackers is not a metric",
    ),
    g(
        "projectiles",
        6,
        "somalia",
        q="lower",
        scope="event",
        as_of=None,
        by="district commissioner",
        cue="at least six mortar shells",
        note="fired by al-Shabaab -> somalia",
    ),
    g(
        "injured",
        5,
        "somalia",
        pop="civilians",
        scope="event",
        as_of=None,
        by="district commissioner",
        cue="Five civilians were hurt",
    ),
    g("hostages", 9, "somalia", scope="event", as_of=None, by="residents", cue="abducted nine clan elders"),
    g(
        "displaced",
        15000,
        "somalia",
        q="range",
        high=20000,
        scope="event",
        as_of=None,
        by="unhcr",
        cue="Between 15,000 and 20,000 people have fled fighting",
        note="'in the past month' is a window -> event",
    ),
    g(
        "killed",
        54,
        "uganda",
        pop="combatants",
        scope="event",
        as_of=None,
        by="ugandan president",
        cue="killing 54 Ugandan soldiers",
        note="AU troops belong to the party they serve -> uganda; 11,000 AUSSOM troops and 'dozens of air strikes' are "
        "not figures; the mortar link (3 injured) is another story",
    ),
)

ARTICLES = [
    SUDAN_KORDOFAN,
    SUDAN_GEZIRA,
    DRC_LUBERO,
    ETHIOPIA_AMHARA,
    HAITI_GANGS,
    SOMALIA_SHABELLE,
]
