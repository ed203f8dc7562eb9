"""Set Y, Syria, Yemen, Iran, Ukraine, Russia and Myanmar: seven articles as saved from the web."""

from __future__ import annotations

from . import article, g

SYRIA_ORDNANCE = article(
    "y_syria_ordnance",
    "2025-05-13",
    """
    <!doctype html>
    <html>
    <head>
    <meta charset="utf-8">
    <title>Five children killed by unexploded shell in Idlib as ordnance toll passes 250 - Field Update</title>
    <meta name="date" content="2025-05-13">
    <meta name="robots" content="index, follow">
    </head>
    <body>
    <div class="cookie-notice">This website uses cookies to ensure you get the best experience. <a
    href="/privacy">Read our privacy policy</a> <button>OK</button></div>
    <div class="site-nav"><a href="/">Home</a> <a href="/where-we-work">Where we work</a> <a href="/what-we-do">What
    we do</a> <a href="/news">News &amp; stories</a> <a href="/donate" class="btn">Donate now</a></div>
    <div class="breadcrumb">Home &gt; News &amp; stories &gt; Syria</div>
    <div class="content">
    <div class="h1">Five children killed by unexploded shell in Idlib as ordnance toll passes 250</div>
    <div class="summary">Field update from our Syria mine action programme</div>
    <div class="p">Five children were killed and two others injured on Saturday when an unexploded artillery shell
    went off in a field near the village of Deir Sharqi, outside Maarat al-Numan in southern Idlib, our field teams
    reported.</div>
    <div class="p">The children, who were between eight and 13 years old, had been collecting scrap metal to sell,
    according to relatives. The two injured boys were taken to a hospital in Idlib city, where one underwent surgery
    to amputate his leg.</div>
    <div class="p">The accident is the deadliest single incident recorded by our teams this year. It comes as
    hundreds of thousands of people return to villages along the former front lines, which were littered with
    explosive remnants of war after 13 years of fighting.</div>
    <div class="figure"><img src="/media/idlib-field.jpg" alt="Field near Maarat al-Numan"><div class="caption">A
    field near Maarat al-Numan marked with red warning stones by our clearance team in April. &copy; Field Update /
    Omar Haj Kadour</div></div>
    <div class="h2">A deadly legacy</div>
    <div class="p">Since 8 December, when the former government fell, at least 249 people have been killed by
    landmines and unexploded ordnance across Syria, including 60 children, and another 379 have been injured,
    according to data compiled by our teams and partner organisations.</div>
    <div class="quote">"Every week we receive reports of between 10 and 15 new casualties. Most of them are farmers,
    shepherds and children. The contamination is everywhere: in olive groves, in schools, inside people's homes." -
    Rami Suleiman, programme coordinator</div>
    <div class="p">Our teams have cleared more than 1.8 million square metres of land since the start of the year
    and destroyed 4,300 items of explosive ordnance. But with only 12 clearance teams in the north-west, the task
    will take years.</div>
    <div class="h2">Key figures</div>
    <ul>
    <li>249 people killed and 379 injured by explosive ordnance since December</li>
    <li>1 in 4 victims is a child</li>
    <li>14 governorates reporting contamination</li>
    <li>7.4 million people still internally displaced, according to the UN</li>
    </ul>
    <div class="p">According to the United Nations, 7.4 million Syrians remain internally displaced and many of
    those returning find their homes destroyed or their land unsafe to farm. The war, which began with a crackdown
    on protests in 2011, killed more than half a million people, according to the Syrian Observatory for Human
    Rights.</div>
    <div class="p">We are calling on donors to fund an additional 20 clearance teams in 2025 and for all parties to
    share records of where mines were laid.</div>
    <div class="donate-box">A gift of $50 can fund risk education for a class of 30 children. <a href="/donate">Give
    today</a></div>
    </div>
    <div class="more-news"><div class="h3">More news</div>
    <a href="/news/sweida">Sweida clashes: 30 killed in two days of fighting</a>
    <a href="/news/lebanon">Lebanon: 3 deminers injured in Nabatieh</a>
    </div>
    <div class="footer">&copy; 2025 Field Update | Registered charity no. 1087654 | info@fieldupdate.example</div>
    </body>
    </html>
    """,
    g(
        "killed",
        5,
        "syria",
        pop="children",
        scope="event",
        as_of="2025-05-10",
        cue="Five children were killed",
        note="'on Saturday' from Tuesday 13 May -> 10 May; ages 8 and 13 are not figures",
    ),
    g(
        "injured",
        2,
        "syria",
        pop="children",
        scope="event",
        as_of="2025-05-10",
        cue="two others injured on Saturday",
        note="'two others' = two more children (the 'two injured boys')",
    ),
    g(
        "killed",
        249,
        "syria",
        q="lower",
        scope="total",
        as_of="2025-05-13",
        cue="at least 249 people have been killed by landmines",
        note="the NGO's page states its own data ('our teams') -> the article's own voice, reported_by null "
        "(debatable); repeated in the key-figures list, stored once",
    ),
    g(
        "killed",
        60,
        "syria",
        pop="children",
        scope="total",
        as_of="2025-05-13",
        cue="including 60 children",
        note="'at least' read as bounding only the 249",
    ),
    g(
        "injured",
        379,
        "syria",
        scope="total",
        as_of="2025-05-13",
        cue="another 379 have been injured",
        note="'between 10 and 15 new casualties' a week is a rate of combined casualties: not annotated",
    ),
    g(
        "displaced",
        7400000,
        "syria",
        scope="total",
        as_of="2025-05-13",
        by="un",
        cue="7.4 million Syrians remain internally displaced",
        note="'hundreds of thousands of people return' is a return, not displacement: not annotated",
    ),
    g(
        "killed",
        500000,
        "syria",
        q="lower",
        scope="total",
        as_of="2025-05-13",
        by="syrian observatory for human rights",
        cue="killed more than half a million people",
        note="'More news' links (30 killed, 3 deminers) are other stories",
    ),
)

YEMEN_UN_STAFF = article(
    "y_yemen_un_detentions",
    "2025-10-23",
    """
    Houthis detain more UN staff in Sanaa, raising number held to 59 - UN

    By Reuters-style wire staff

    Oct 23, 2025

    ADEN, Yemen, Oct 23 (Wire) - Yemen's Houthi movement has detained 12 more United Nations employees in the capital
    Sanaa, bringing to 59 the number of UN staff it is holding, a UN spokesperson said on Thursday, calling for their
    immediate release.

    Houthi security forces raided the homes of the staff members, most of them Yemeni nationals working for the World
    Food Programme and UNICEF, on Sunday, the spokesperson said. A further 23 employees of non-governmental
    organisations, civil society groups and diplomatic missions are also being held, the UN says.

    The Houthis, who control Sanaa and most of Yemen's populous north, have accused some UN staff of spying for Israel
    and the United States, accusations the UN has rejected as baseless. The group's leader, Abdul Malik al-Houthi,
    said
    in a televised speech last week that "spy cells" had helped Israel target the movement's leaders.

    Advertisement

    The detentions have forced the UN to relocate its resident coordinator's office to Aden and to scale back work in
    Houthi-held areas, where the bulk of Yemen's 19.5 million people in need of aid live.

    Israeli strikes on Sanaa on September 10 killed 46 people and wounded 165, according to the Houthi-run health
    ministry. An earlier strike in August killed the Houthi-run government's prime minister and several ministers.

    The Houthis say they have fired more than 90 ballistic missiles and drones at Israel since March in what they
    describe as solidarity with Palestinians in Gaza, and attacked dozens of commercial ships in the Red Sea. They
    paused attacks after the Gaza ceasefire took effect this month.

    Rights groups said between 50 and 70 people were arrested in Sanaa on September 26, the anniversary of the 1962
    revolution that ended the imamate, after they gathered to wave the republican flag, a practice the Houthis have
    banned.

    Read more: Yemen's rial hits record low as central bank feud deepens

    Yemen's decade-long war has left some 4.8 million people internally displaced, according to the UN, and pushed
    much of the population to the brink of famine. The Saudi-led coalition intervened in 2015 after the Houthis seized
    Sanaa.

    UN Secretary-General Antonio Guterres "strongly condemns" the detentions and is in contact with regional
    governments about the case, his spokesperson said. Some UN staff detained by the Houthis in earlier
    crackdowns have never been released.

    (Reporting by Mohammed Ghobari in Aden; Additional reporting by Emma Farge in Geneva; Editing by Alison Williams)
    """,
    g(
        "detained",
        59,
        "yemen",
        pop="aid_workers",
        scope="total",
        as_of="2025-10-23",
        by="un",
        cue="bringing to 59 the number of UN staff",
        note="UN staff -> aid_workers; mostly Yemeni nationals held in Yemen -> yemen; headline repeats it",
    ),
    g(
        "detained",
        12,
        "yemen",
        pop="aid_workers",
        scope="event",
        as_of="2025-10-19",
        by="un",
        cue="detained 12 more United Nations employees",
        note="raids 'on Sunday' -> 19 Oct (article is Thursday)",
    ),
    g(
        "detained",
        23,
        "yemen",
        pop="aid_workers",
        scope="total",
        as_of="2025-10-23",
        by="un",
        cue="A further 23 employees of non-governmental",
        note="NGO, civil society and diplomatic-mission staff: aid_workers is the nearest population (debatable: all)",
    ),
    g(
        "killed",
        46,
        "yemen",
        scope="event",
        as_of="2025-09-10",
        by="houthi-run health ministry",
        cue="killed 46 people and wounded 165",
    ),
    g(
        "injured",
        165,
        "yemen",
        scope="event",
        as_of="2025-09-10",
        by="houthi-run health ministry",
        cue="killed 46 people and wounded 165",
        note="19.5 million people in need is not a metric; 'several ministers' has no number",
    ),
    g(
        "projectiles",
        90,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-10-23",
        by="houthis",
        cue="more than 90 ballistic missiles and drones",
        note="running count since March -> total; 'dozens of commercial ships' are not people",
    ),
    g(
        "detained",
        50,
        "yemen",
        q="range",
        high=70,
        scope="event",
        as_of="2025-09-26",
        by="rights groups",
        cue="between 50 and 70 people were arrested",
    ),
    g(
        "displaced",
        4800000,
        "yemen",
        q="approx",
        scope="total",
        as_of="2025-10-23",
        by="un",
        cue="some 4.8 million people internally displaced",
    ),
)

IRAN_AFTERMATH = article(
    "y_iran_war_aftermath_md",
    "2025-07-22",
    """
    # A month after the 12-day war, Iran counts its dead - and its detainees

    **Official tolls, rights groups' counts and a wave of arrests: what we know about the human cost of June's war**

    *Explainer | 7 min read*

    *22 July 2025*

    [Middle East](https://example.net/middle-east) · [Iran](https://example.net/tags/iran) ·
    [Israel](https://example.net/tags/israel)

    When Israel launched its surprise air campaign against Iran on 13 June, targeting nuclear sites, missile bases and
    senior commanders, few expected the fighting to end within two weeks. A ceasefire brokered by the United States
    took
    hold on 24 June. A month later, the two countries are still counting the cost.

    ## How many died in Iran?

    Iran's Foundation of Martyrs and Veterans Affairs says 1,062 people were killed in Israeli and US strikes. The
    figure has been revised several times and the government has not published a breakdown by name.

    The US-based rights group HRANA, which compiles cases from local reports, has counted 1,190 dead. Among them, it
    says, were 436 civilians and 435 members of the armed forces, with the rest unidentified. Iran's health ministry
    has put the number of wounded at more than 5,600.

    > "Many of the victims were killed in their homes in Tehran, in residential buildings where commanders or
    > scientists lived," an HRANA researcher told us. "Families are still waiting for death certificates."

    The deadliest single strike hit Evin prison in Tehran on 23 June, killing 79 people, among them prisoners, guards,
    relatives visiting inmates and staff of the administrative offices, according to Iran's judiciary.

    ## And in Israel?

    Iran responded with waves of missiles and drones. According to the Israeli military, Iran fired some 550 ballistic
    missiles and around 1,000 drones at Israel during the 12 days. Most were intercepted, but missiles hit residential
    buildings in Tel Aviv, Bat Yam, Rehovot and Beersheba, as well as the Soroka hospital.

    Israeli authorities say 28 people were killed in Israel, all but one of them civilians.

    ## The arrests

    Inside Iran, the war was followed by one of the largest security sweeps in years. A police spokesman said last
    week
    that about 21,000 people had been detained during the war, many of them accused of filming sensitive sites or
    collaborating with Israel. Several men convicted of spying for Israel have been executed since mid-June.

    Rights groups say Kurdish, Baluch and Baha'i communities have been disproportionately targeted, and that detainees
    have been denied access to lawyers.

    ### Key numbers at a glance

    - **1,062** killed in Iran (official)
    - **1,190** killed in Iran (HRANA), including **436** civilians
    - **28** killed in Israel
    - **~21,000** detained in Iran during the war

    ## What next?

    Diplomats say talks on Iran's nuclear programme could resume in the autumn, but Tehran has suspended cooperation
    with
    the International Atomic Energy Agency, whose inspectors left the country this month. Iran says it will not give
    up
    enrichment, which it insists is for peaceful purposes.

    *Related: [Inside the 12 days: how Israel's air campaign unfolded](https://example.net/iran-israel-timeline) ·
    [Iran executes 3 more men accused of spying](https://example.net/iran-executions)*
    """,
    g(
        "killed",
        1062,
        "iran",
        scope="total",
        as_of="2025-07-22",
        by="foundation of martyrs",
        cue="says 1,062 people were killed",
        note="toll of the (ended) war -> total, as_of article date; repeated in the key-numbers list, stored once",
    ),
    g("killed", 1190, "iran", scope="total", as_of="2025-07-22", by="hrana", cue="has counted 1,190 dead"),
    g("killed", 436, "iran", pop="civilians", scope="total", as_of="2025-07-22", by="hrana", cue="were 436 civilians"),
    g(
        "killed",
        435,
        "iran",
        pop="combatants",
        scope="total",
        as_of="2025-07-22",
        by="hrana",
        cue="435 members of the armed forces",
    ),
    g(
        "injured",
        5600,
        "iran",
        q="lower",
        scope="total",
        as_of="2025-07-22",
        by="iranian health ministry",
        cue="more than 5,600",
    ),
    g("killed", 79, "iran", scope="event", as_of="2025-06-23", by="iranian judiciary", cue="killing 79 people"),
    g(
        "projectiles",
        550,
        "iran",
        q="approx",
        scope="total",
        as_of="2025-07-22",
        by="israeli military",
        cue="some 550 ballistic missiles",
        note="fired over the whole 12-day war -> total (debatable: a closed window could be event)",
    ),
    g(
        "projectiles",
        1000,
        "iran",
        q="approx",
        scope="total",
        as_of="2025-07-22",
        by="israeli military",
        cue="around 1,000 drones",
    ),
    g(
        "killed",
        28,
        "israel",
        scope="total",
        as_of="2025-07-22",
        by="israeli authorities",
        cue="28 people were killed in Israel",
        note="'all but one of them civilians' gives no number: no civilians figure",
    ),
    g(
        "detained",
        21000,
        "iran",
        q="approx",
        scope="total",
        as_of="2025-07-22",
        by="iranian police",
        cue="about 21,000 people had been detained",
        note="'said last week' -> as_of kept at the article date (the week is not a day). 'Several men ... executed' "
        "has no number",
    ),
)

UKRAINE_KHARKIV = article(
    "y_ukraine_kharkiv_drones",
    "2024-11-14",
    """
    <html lang="en">
    <head>
    <title>Russian drones and missiles hit Kharkiv overnight, killing four - Kyiv Courier</title>
    <meta property="article:published_time" content="2024-11-14T09:30:00+02:00">
    <meta property="og:site_name" content="Kyiv Courier">
    <link rel="canonical" href="https://kyivcourier.example/news/kharkiv-attack">
    </head>
    <body>
    <div class="cookies">Kyiv Courier uses cookies for analytics and advertising. <a href="/cookies">Settings</a> <a
    href="/ok">Accept</a></div>
    <nav><ul><li><a href="/">Main</a></li><li><a href="/war">War</a></li><li><a
    href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a
    href="/opinion">Opinion</a></li><li><a href="/uk">UA</a></li></ul></nav>
    <div class="breaking">Latest: Russia says it downed 37 Ukrainian drones over Kursk and Bryansk | Zelensky meets
    EU envoys in Kyiv</div>
    <article>
    <h1>Russian drones and missiles hit Kharkiv overnight, killing four</h1>
    <p class="lead">Five children are among the 31 people injured, regional governor says</p>
    <p class="byline">By Iryna Kovalenko | Kharkiv</p>
    <figure><img src="/img/kharkiv-fire.jpg"><figcaption>Firefighters put out a blaze at a nine-storey apartment
    block in Kharkiv's Saltivskyi district, where four people died. Photo: Kharkiv Regional Military
    Administration</figcaption></figure>
    <p>Russia attacked Kharkiv overnight with drones and ballistic missiles, killing four people and injuring 31,
    including five children, Kharkiv regional governor Oleh Syniehubov said on Thursday.</p>
    <p>A drone struck the upper floors of a nine-storey residential building in the Saltivskyi district shortly
    after 2 a.m., setting off a fire that spread across three floors. The bodies of an elderly couple were found in
    a burnt-out apartment on the eighth floor. A missile hit an industrial site in the Kholodnohirskyi district, the
    governor said.</p>
    <p>Rescuers worked until morning to reach people trapped on the upper floors. The injured children were aged
    between four and 15, according to the city's health department; a 10-year-old girl is in serious condition.</p>
    <blockquote>"We have evacuated 60 residents from the damaged building. Those who have nowhere to go will be
    placed in temporary housing today." &mdash; Ihor Terekhov, mayor of Kharkiv</blockquote>
    <h2>Air force: 112 drones launched</h2>
    <p>Across the country, Russia launched 112 Shahed-type attack drones and four Iskander-M ballistic missiles
    overnight, Ukraine's air force said. Air defences shot down 85 of the drones, while 23 were "lost", a term the
    military uses for drones brought down by electronic jamming.</p>
    <p>Falling debris damaged houses in the Kyiv and Sumy regions, officials said, but no casualties were reported
    there.</p>
    <p>Kharkiv, Ukraine's second-largest city with a pre-war population of 1.4 million, lies about 30 kilometres
    from the Russian border and has been hit almost daily since Russian troops launched an offensive in the north of
    the region in May.</p>
    <h2>Civilian toll</h2>
    <p>The UN human rights monitoring mission in Ukraine has verified that at least 12,162 civilians have been
    killed since Russia's full-scale invasion in February 2022, including 659 children. It says the true figures are
    likely considerably higher.</p>
    <ul class="summary">
    <li>4 killed, 31 injured in Kharkiv</li>
    <li>112 drones and 4 missiles launched across Ukraine</li>
    <li>Kharkiv has a pre-war population of 1.4 million</li>
    </ul>
    <p>President Volodymyr Zelensky renewed his appeal to Western partners for more air defence systems, saying
    Russia had launched more than 2,000 drones at Ukraine in the past month alone.</p>
    <div class="share">Share: <a href="#">Facebook</a> <a href="#">Telegram</a> <a href="#">X</a></div>
    </article>
    <aside><h3>Read also</h3>
    <ul><li><a href="/n/1">Sumy: 2 killed as guided bomb hits school</a></li>
    <li><a href="/n/2">Ukraine brings home 95 prisoners of war in latest swap</a></li>
    <li><a href="/n/3">Energy ministry: 8 hours of outages expected in Kyiv</a></li></ul>
    </aside>
    <footer>&copy; 2015-2024 Kyiv Courier. 4 Khreshchatyk St, Kyiv, 01001. Tel. +380 44 123 4567</footer>
    </body>
    </html>
    """,
    g(
        "killed",
        4,
        "ukraine",
        scope="event",
        as_of="2024-11-14",
        by="kharkiv regional governor",
        cue="killing four people and injuring 31",
        note="overnight attack reported on the article day -> as_of article date; headline/caption/summary repeat it",
    ),
    g(
        "injured",
        31,
        "ukraine",
        scope="event",
        as_of="2024-11-14",
        by="kharkiv regional governor",
        cue="killing four people and injuring 31",
    ),
    g(
        "injured",
        5,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2024-11-14",
        by="kharkiv regional governor",
        cue="including five children, Kharkiv",
        note="ages four to 15 and the 10-year-old girl are not figures",
    ),
    g(
        "evacuated",
        60,
        "ukraine",
        scope="event",
        as_of="2024-11-14",
        by="kharkiv mayor",
        cue="We have evacuated 60 residents",
    ),
    g(
        "projectiles",
        112,
        "russia",
        scope="event",
        as_of="2024-11-14",
        by="ukrainian air force",
        cue="launched 112 Shahed-type attack drones",
        note="85 shot down and 23 'lost' are parts of the 112: not separate figures (debatable)",
    ),
    g(
        "projectiles",
        4,
        "russia",
        scope="event",
        as_of="2024-11-14",
        by="ukrainian air force",
        cue="four Iskander-M ballistic missiles",
    ),
    g(
        "killed",
        12162,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2024-11-14",
        by="un",
        cue="at least 12,162 civilians have been killed",
    ),
    g(
        "killed",
        659,
        "ukraine",
        pop="children",
        scope="total",
        as_of="2024-11-14",
        by="un",
        cue="including 659 children",
    ),
    g(
        "projectiles",
        2000,
        "russia",
        q="lower",
        scope="event",
        as_of="2024-11-14",
        by="zelensky",
        cue="more than 2,000 drones at Ukraine in the past month",
        note="'in the past month' is a window -> event, as_of the article date (debatable)",
    ),
)

UKRAINE_DONETSK = article(
    "y_ukraine_donetsk_evacuation",
    "2025-08-12",
    """
    Donetsk region orders families with children to leave 11 more villages as Russian troops advance

    Tuesday 12 August 2025

    Europe Desk

    Authorities in Ukraine's eastern Donetsk region have ordered the mandatory evacuation of families with children
    from 11 more villages near the towns of Dobropillia and Druzhkivka, as Russian forces push north of the embattled
    city of Pokrovsk.

    The order affects about 1,150 children, the Donetsk regional military administration said on Tuesday. Families
    who refuse to leave will be visited by police and social workers; parents cannot be forced out, but officials can
    remove children to safety if their lives are in danger.

    "Staying is not an option any more," the regional governor, Vadym Filashkin, said in a video address. "Every day
    the shelling gets closer. I ask everyone who can to go now, while the roads are still open."

    Image: A volunteer helps an elderly woman onto an evacuation bus in Druzhkivka. (Photo credit: Anatolii Stepanov)

    Since the beginning of the year, more than 40,000 residents have been evacuated from the Ukrainian-held part of
    the region, Filashkin said. About 218,000 people still live there, down from more than 1.6 million before Russia's
    full-scale invasion.

    Over the past 24 hours, Russian attacks killed six civilians and wounded 14 across the region, the governor said,
    most of them in Kostiantynivka and Druzhkivka. On Monday, a guided aerial bomb hit a residential street in
    Kostiantynivka, killing two people.

    Advertisement

    Russian troops have advanced about 10 kilometres in a narrow salient north-east of Pokrovsk in recent days,
    according to Ukrainian military analysts, threatening one of the main roads that supply the Ukrainian garrison.
    The army's commander-in-chief, Oleksandr Syrskyi, said reinforcements had been sent to the area.

    Ukraine's General Staff said on Tuesday that Russia had lost 1,030 troops killed and wounded in the past day, a
    figure that cannot be independently verified. Moscow does not publish its losses.

    The evacuations are adding to a displacement crisis that has strained towns in central and western Ukraine. The
    International Organization for Migration says about 3.7 million people are internally displaced in Ukraine, while
    millions more have fled abroad.

    Families of soldiers are also struggling with uncertainty. Ukraine's commissioner for missing persons says some
    70,000 people, most of them servicemen, are officially listed as missing in connection with the war.

    In Druzhkivka, Svitlana, 34, was packing for the second time in three years. "In 2022 we went to Dnipro and came
    back after six months," she said. "This time I don't think we will come back."

    The Kremlin said on Monday that it was ready to discuss a ceasefire only on its own terms, days before a planned
    summit between US President Donald Trump and Russian President Vladimir Putin.

    Read more: Ukraine and Russia swap 84 prisoners each in UAE-brokered exchange

    Share this article
    """,
    g(
        "evacuated",
        1150,
        "ukraine",
        pop="children",
        q="approx",
        scope="event",
        as_of="2025-08-12",
        by="donetsk regional military administration",
        cue="affects about 1,150 children",
        note="mandatory evacuation order = 'ordered to leave'; 11 villages are not people",
    ),
    g(
        "evacuated",
        40000,
        "ukraine",
        q="lower",
        scope="total",
        as_of="2025-08-12",
        by="donetsk governor",
        cue="more than 40,000 residents have been evacuated",
        note="year-to-date running count -> total (debatable); 218,000 residents and 1.6 million pre-war are "
        "populations, not figures",
    ),
    g(
        "killed",
        6,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of="2025-08-12",
        by="donetsk governor",
        cue="killed six civilians and wounded 14",
    ),
    g(
        "injured",
        14,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of="2025-08-12",
        by="donetsk governor",
        cue="killed six civilians and wounded 14",
    ),
    g(
        "killed",
        2,
        "ukraine",
        scope="event",
        as_of="2025-08-11",
        cue="Kostiantynivka, killing two people",
        note="'On Monday' from Tuesday 12 Aug -> 11 Aug; stated in the article's voice; '1,030 troops killed and "
        "wounded' is a combined casualty count: not annotated",
    ),
    g(
        "displaced",
        3700000,
        "ukraine",
        q="approx",
        scope="total",
        as_of="2025-08-12",
        by="iom",
        cue="about 3.7 million people are internally displaced",
        note="'millions more have fled abroad' has no digit and 'millions' is not one of the vague words: "
        "not annotated",
    ),
    g(
        "missing",
        70000,
        "ukraine",
        q="approx",
        scope="total",
        as_of="2025-08-12",
        by="ukrainian commissioner for missing persons",
        cue="70,000 people, most of them servicemen",
        note="the 84 prisoners in the Read more link belong to another story",
    ),
)

RUSSIA_BELGOROD = article(
    "y_russia_belgorod",
    "2026-01-14",
    """
    Two killed in Belgorod region as Ukrainian drones hit border villages

    Governor says 2,300 residents remain evacuated from frontline districts

    January 14, 2026

    Subscribe to our Telegram channel to get the news first

    Ukrainian drone attacks on the Belgorod region over the past day killed two civilians and injured nine, including
    a child, regional governor Vyacheslav Gladkov said on Wednesday, as Kyiv kept up pressure on Russia's border areas
    while talks on a ceasefire stalled.

    One of the dead was a 58-year-old tractor driver whose vehicle was hit by an FPV drone near the village of
    Zhuravlevka; the other was killed in Shebekino when a drone struck a car park, Gladkov wrote on Telegram.

    Russia's defence ministry said its air defence systems had destroyed 96 Ukrainian drones overnight over nine
    regions, including Belgorod, Kursk, Bryansk and the Moscow region. Flights at two Moscow airports were briefly
    suspended.

    Kyiv does not usually comment on attacks on Russian territory, but says it targets military and energy facilities
    in response to Russia's strikes on Ukrainian cities. Ukraine's air force said Russia had launched 120 drones at
    Ukraine overnight.

    Advertisement

    Gladkov said about 2,300 residents of border villages in the Graivoron, Krasnaya Yaruga and Shebekino districts
    remain evacuated and are living in temporary accommodation centres in Belgorod and Stary Oskol. Schools in 12
    border villages have been closed since September and lessons have moved online.

    Since 2022, more than 250 civilians have been killed in the region by Ukrainian shelling and drone strikes,
    according to Gladkov. The region of 1.5 million people has been the Russian area most exposed to the war outside
    the occupied territories.

    During Ukraine's incursion into the neighbouring Kursk region in the summer of 2024, about 150,000 people were
    evacuated. Moscow declared the region fully retaken in April of last year, but some border villages remain empty.

    The FSB security service said on Tuesday it had detained three people in Belgorod suspected of passing the
    coordinates of military sites to Ukrainian intelligence. It published a video of the arrests. The three, who face
    treason charges, could be sentenced to life in prison.

    Residents of Shebekino say the drones have become the main danger. "Before it was shells, now it is drones all
    day," said Nadezhda, 44, a nurse. "We don't go outside without looking at the sky."

    Read more: Russia's regions spend 14 billion roubles on anti-drone nets

    Photo: A car damaged in a drone strike in Shebekino. Source: Belgorod governor's Telegram channel

    Share
    """,
    g(
        "killed",
        2,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2026-01-14",
        by="belgorod governor",
        cue="killed two civilians and injured nine",
        note="'over the past day' -> article date; headline repeats it",
    ),
    g(
        "injured",
        9,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2026-01-14",
        by="belgorod governor",
        cue="killed two civilians and injured nine",
        note="'civilians' shared by both verbs (debatable: could be all); 'including a child' has no number",
    ),
    g(
        "projectiles",
        96,
        "ukraine",
        scope="event",
        as_of="2026-01-14",
        by="russian defence ministry",
        cue="destroyed 96 Ukrainian drones overnight",
        note="the only count of the drones Ukraine launched is the number destroyed: annotated as the projectiles "
        "figure, fired by Ukraine (debatable: an interception count)",
    ),
    g(
        "projectiles",
        120,
        "russia",
        scope="event",
        as_of="2026-01-14",
        by="ukrainian air force",
        cue="Russia had launched 120 drones at",
    ),
    g(
        "evacuated",
        2300,
        "russia",
        q="approx",
        scope="total",
        as_of="2026-01-14",
        by="belgorod governor",
        cue="about 2,300 residents of border villages",
        note="subheading repeats it; 12 villages are not people",
    ),
    g(
        "killed",
        250,
        "russia",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2026-01-14",
        by="belgorod governor",
        cue="more than 250 civilians have been killed",
    ),
    g(
        "evacuated",
        150000,
        "russia",
        q="approx",
        scope="event",
        as_of=None,
        cue="about 150,000 people were evacuated",
        note="Kursk incursion, 'summer of 2024': no day named -> as_of null; region population 1.5 million is not a "
        "figure",
    ),
    g(
        "detained",
        3,
        "russia",
        scope="event",
        as_of="2026-01-13",
        by="fsb",
        cue="it had detained three people",
        note="'on Tuesday' from Wednesday 14 Jan -> 13 Jan",
    ),
)

MYANMAR_MAGWAY = article(
    "y_myanmar_magway_airstrike",
    "2024-09-20",
    """
    <html>
    <head>
    <meta charset="utf-8">
    <title>Junta airstrike on Magway village kills 18, including six children | Irrawaddy Monitor</title>
    <meta itemprop="datePublished" content="2024-09-20">
    <meta name="description" content="A military jet bombed a village in Magway region, where displaced families had
    sought refuge at a monastery.">
    </head>
    <body>
    <div class="cookie">We use cookies to improve your experience. <a href="#">Accept</a></div>
    <div class="header"><a href="/">Irrawaddy Monitor</a> <span>Independent journalism on Myanmar since
    2021</span></div>
    <ul class="menu"><li><a href="/news">News</a></li><li><a href="/conflict">Conflict</a></li><li><a
    href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/burmese">Burmese
    edition</a></li></ul>
    <div class="ticker">Rakhine: AA says it captured 2 junta bases in Maungdaw | Kachin: 5 killed in artillery
    strike on Bhamo</div>
    <div class="article">
    <h1>Junta airstrike on Magway village kills 18, including six children</h1>
    <p class="meta">By Monitor Staff</p>
    <p class="meta"><time datetime="2024-09-20T16:45:00+06:30">20 September 2024</time></p>
    <p><strong>MAGWAY</strong> - A military jet bombed a village in Myanmar's central Magway region on Thursday
    afternoon, killing 18 people, six of them children, according to a local rescue team that helped recover the
    bodies.</p>
    <p>The strike hit a monastery compound and nearby houses in the village of Let Pan Hla in Pauk township, where
    families who had fled fighting in neighbouring villages had sought refuge, residents said. More than 30 people
    were injured, some of them seriously, and at least seven villagers were still missing on Friday.</p>
    <figure><img src="/photos/pauk.jpg"><figcaption>Villagers search the ruins of the monastery compound in Pauk
    township on Friday. Photo supplied by the Pauk rescue team</figcaption></figure>
    <p>"The jet came twice. The first bomb hit the monastery hall where the children were studying," said a member
    of the rescue team, who asked not to be named for fear of reprisals. "We buried 14 people this morning. We are
    still looking for the others."</p>
    <p>The military council did not respond to requests for comment. State media said troops had carried out
    "clearance operations" against "terrorists" of the People's Defence Force in Pauk township but did not mention
    an airstrike.</p>
    <h2>Air war</h2>
    <p>The junta has increasingly relied on air power since it lost control of large parts of the country's
    borderlands to ethnic armed groups and resistance forces after a coordinated offensive began last October.
    Magway, a mostly Bamar region that was once considered a military heartland, has become one of the main
    battlegrounds.</p>
    <p>More than 3.4 million people are now displaced across Myanmar, according to the UN, the majority of them
    since the coup of February 2021.</p>
    <p>The Assistance Association for Political Prisoners (AAPP), a rights group that tracks killings and arrests,
    says security forces have killed more than 5,700 civilians since the coup. It says more than 27,000 people have
    been arrested, of whom about 20,700 remain in detention.</p>
    <ul>
    <li>18 killed, more than 30 injured in Pauk township</li>
    <li>3.4 million displaced nationwide (UN)</li>
    <li>Magway has a population of about 3.9 million</li>
    </ul>
    <p>The junta says it will hold elections next year, a plan opposition groups and Western governments have
    dismissed as a sham.</p>
    </div>
    <div class="tags">Tags: Magway, airstrike, Pauk, PDF</div>
    <div class="popular"><h3>Popular</h3>
    <p><a href="/p/1">Floods kill 226 as typhoon remnants sweep Myanmar</a></p>
    <p><a href="/p/2">Over 1,000 conscripts sent to Rakhine front</a></p>
    </div>
    <footer>&copy; 2024 Irrawaddy Monitor. All rights reserved.</footer>
    </body>
    </html>
    """,
    g(
        "killed",
        18,
        "myanmar",
        scope="event",
        as_of="2024-09-19",
        by="local rescue team",
        cue="killing 18 people, six of them children",
        note="'on Thursday' from Friday 20 Sept -> 19 Sept; headline and list repeat it. 'We buried 14 people' is a "
        "part of the 18 (burials, not a new count): not annotated (debatable)",
    ),
    g(
        "killed",
        6,
        "myanmar",
        pop="children",
        scope="event",
        as_of="2024-09-19",
        by="local rescue team",
        cue="six of them children",
    ),
    g(
        "injured",
        30,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2024-09-19",
        cue="More than 30 people were injured",
        note="'residents said' follows the previous clause; attribution of the injured left null (debatable)",
    ),
    g(
        "missing",
        7,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2024-09-20",
        cue="at least seven villagers were still missing",
        note="missing 'on Friday' = article date",
    ),
    g(
        "displaced",
        3400000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2024-09-20",
        by="un",
        cue="More than 3.4 million people are now displaced",
    ),
    g(
        "killed",
        5700,
        "myanmar",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2024-09-20",
        by="aapp",
        cue="killed more than 5,700 civilians since the coup",
    ),
    g(
        "detained",
        27000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2024-09-20",
        by="aapp",
        cue="more than 27,000 people have been arrested",
    ),
    g(
        "detained",
        20700,
        "myanmar",
        q="approx",
        scope="total",
        as_of="2024-09-20",
        by="aapp",
        cue="about 20,700 remain in detention",
        note="subset of the 27,000 -> its own figure; ticker (2 bases, 5 killed) and Popular links are other stories",
    ),
)

ARTICLES = [
    SYRIA_ORDNANCE,
    YEMEN_UN_STAFF,
    IRAN_AFTERMATH,
    UKRAINE_KHARKIV,
    UKRAINE_DONETSK,
    RUSSIA_BELGOROD,
    MYANMAR_MAGWAY,
]
