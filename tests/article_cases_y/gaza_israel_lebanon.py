"""Set Y, Gaza, Israel, Lebanon and the West Bank: eight articles as saved from the web."""

from __future__ import annotations

from . import article, g

GAZA_TENTS = article(
    "y_gaza_deir_balah_tents",
    "2024-10-10",
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>Israeli strike on tents in Deir al-Balah kills 11, including four children | World News</title>
    <meta name="description" content="Hospital officials say a strike on a tent camp for displaced families in
    central Gaza killed 11 people.">
    <meta property="og:type" content="article">
    <meta property="article:published_time" content="2024-10-10T08:42:00+01:00">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    </head>
    <body>
    <div class="cookie-banner">We use cookies to personalise content and ads and to analyse our traffic.
    <button>Accept all</button> <button>Manage preferences</button></div>
    <nav class="top-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a
    href="/world">World</a></li><li><a href="/middle-east">Middle East</a></li><li><a
    href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
    <div class="ticker"><span>BREAKING</span> Strike on Baalbek kills 7, Lebanese state media says &bull; Israel
    says 2 soldiers killed in Jabalia fighting</div>
    <main>
    <article>
    <h1>Israeli strike on tents in Deir al-Balah kills 11, including four children</h1>
    <div class="byline">By Nour Haddad, Middle East correspondent</div>
    <div class="dateline">Published 10 October 2024</div>
    <div class="share"><a href="#">Share</a> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
    <figure>
    <img src="/img/deir-balah-mourners.jpg" alt="">
    <figcaption>Mourners outside al-Aqsa Martyrs Hospital in Deir al-Balah, where the bodies of the 11 people killed
    in the strike were brought. Photo: Reuters</figcaption>
    </figure>
    <div class="para">An Israeli air strike on a cluster of tents sheltering displaced families in Deir al-Balah, in
    central Gaza, killed 11 people overnight, four of them children, according to officials at the nearby al-Aqsa
    Martyrs Hospital.</div>
    <div class="para">The strike hit shortly before midnight on Wednesday, the hospital said. At least 25 other
    people were wounded, some of them critically, and were taken to the hospital's overcrowded emergency ward, where
    patients were treated on the floor.</div>
    <div class="para">Residents said the tents stood about 200 metres from the hospital gate, on a strip of sand
    where several families from Beit Lahia had settled in the spring after being forced to move for the fourth or
    fifth time.</div>
    <div class="para">"We were asleep. There was a white light and then nothing," said Umm Khaled, 43, whose nephew
    was among the dead. "We came here because they told us it was safe."</div>
    <div class="para">The Israeli military said in a statement that it had carried out a "precise strike" on Hamas
    militants operating from a command centre embedded in the area, and that steps had been taken to reduce the risk
    of harming civilians. It did not comment on the number of casualties.</div>
    <h2>A toll that keeps rising</h2>
    <div class="para">The health ministry in Gaza says at least 42,065 Palestinians have been killed since the war
    began a year ago, and 97,886 wounded. The ministry does not distinguish between civilians and combatants but
    says more than half of the identified dead are women and children.</div>
    <div class="para">Gaza's civil defence agency estimates that some 10,000 people remain buried under the rubble
    of destroyed buildings, beyond the reach of its crews, which have lost most of their heavy equipment.</div>
    <div class="para">According to the United Nations, about 1.9 million of Gaza's 2.3 million people have been
    displaced, many of them several times. The UN says around 84 per cent of the territory has been placed under
    evacuation orders at some point.</div>
    <blockquote class="pull-quote">"Over 220 of our colleagues have now been killed in this war. Every one of them
    was helping people who had nowhere else to go." <cite>Philippe Lazzarini, UNRWA
    Commissioner-General</cite></blockquote>
    <div class="para">The war began when Hamas-led militants attacked southern Israel on October 7, killing about
    1,200 people and taking 251 hostages back to Gaza, according to Israeli tallies.</div>
    <h2>Key facts</h2>
    <ul>
    <li>11 people were killed in the overnight strike, including four children</li>
    <li>The tents housed families displaced from northern Gaza</li>
    <li>Al-Aqsa Martyrs Hospital is one of the last functioning hospitals in central Gaza</li>
    <li>Talks on a ceasefire have stalled since August</li>
    </ul>
    <div class="para">Mediators from Egypt and Qatar have been trying for months to broker a ceasefire and the
    release of the hostages, but negotiations have made little progress. US officials have said a deal remains
    possible before the end of the year.</div>
    <div class="updated">Updated 10 October 2024, 11:05 BST</div>
    </article>
    <aside class="related">
    <h3>Related</h3>
    <ul>
    <li><a href="/news/1">Polio vaccine campaign reaches 560,000 children in Gaza</a></li>
    <li><a href="/news/2">Lebanon death toll passes 2,100, health ministry says</a></li>
    <li><a href="/news/3">Families of 101 hostages still in Gaza rally in Tel Aviv</a></li>
    </ul>
    </aside>
    <aside class="most-read">
    <h3>Most read</h3>
    <ol>
    <li><a href="/news/4">Hurricane Milton: 3 million without power in Florida</a></li>
    <li><a href="/news/5">Storm leaves 16 dead across the state</a></li>
    </ol>
    </aside>
    </main>
    <footer><p>&copy; 2024 World News Network. All rights reserved.</p><p>Newsdesk: +44 20 7946 0321</p><p><a
    href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer>
    </body>
    </html>
    """,
    g(
        "killed",
        11,
        "gaza",
        scope="event",
        as_of="2024-10-09",
        by="al-aqsa martyrs hospital",
        cue="killed 11 people overnight",
        note="headline, caption, lead and key-facts list repeat one figure: stored once; 'shortly before midnight on "
        "Wednesday' -> 2024-10-09 (article is Thursday)",
    ),
    g(
        "killed",
        4,
        "gaza",
        pop="children",
        scope="event",
        as_of="2024-10-09",
        by="al-aqsa martyrs hospital",
        cue="four of them children",
    ),
    g(
        "injured",
        25,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-10-09",
        by="al-aqsa martyrs hospital",
        cue="At least 25 other people were wounded",
    ),
    g(
        "killed",
        42065,
        "gaza",
        q="lower",
        scope="total",
        as_of="2024-10-10",
        by="gaza health ministry",
        cue="at least 42,065 Palestinians have been killed",
    ),
    g(
        "injured",
        97886,
        "gaza",
        scope="total",
        as_of="2024-10-10",
        by="gaza health ministry",
        cue="and 97,886 wounded",
        note="'at least' is read as bounding only the killed figure",
    ),
    g(
        "missing",
        10000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2024-10-10",
        by="gaza civil defence",
        cue="some 10,000 people remain buried under the rubble",
    ),
    g(
        "displaced",
        1900000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2024-10-10",
        by="un",
        cue="about 1.9 million of Gaza's 2.3 million people have been displaced",
        note="2.3 million is the population, not a figure",
    ),
    g(
        "killed",
        220,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2024-10-10",
        by="unrwa",
        cue="Over 220 of our colleagues have now been killed",
        note="pull-quote (blockquote) figure counts like body text; UNRWA staff -> aid_workers",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        by="israel",
        cue="killing about 1,200 people",
        note="'according to Israeli tallies' -> israel",
    ),
    g(
        "hostages",
        251,
        "israel",
        scope="event",
        as_of="2023-10-07",
        by="israel",
        cue="taking 251 hostages back to Gaza",
    ),
)

GAZA_AID_WORKERS = article(
    "y_gaza_aid_workers_md",
    "2025-08-19",
    """
    # Gaza has become the deadliest place on earth to deliver aid, UN says on World Humanitarian Day

    *By Sara Lindqvist, humanitarian affairs reporter*

    *Published 19 August 2025*

    [Home](https://example.org/) / [World](https://example.org/world) / [Middle
    East](https://example.org/world/middle-east)

    More aid workers have been killed in Gaza than in any conflict since the United Nations began keeping records, the
    world body said on Tuesday as it marked World Humanitarian Day with a minute of silence in Geneva, New York and
    Amman.

    According to UN figures, at least 540 aid workers have been killed in the Gaza Strip since October 2023, including
    more than 370 United Nations staff, the vast majority of them employees of UNRWA, the agency for Palestinian
    refugees. Most were killed while off duty, at home or in shelters with their families.

    The latest deaths came on Sunday, when a strike on a car in Khan Younis killed three staff members of a local
    charity who had just finished distributing hygiene kits, according to the group.

    > "We have lost 14 colleagues from our organisation alone. Each time we send a team out, we do not know if they
    will
    > come back," said Mahmoud Saleh, director of the Al-Amal Relief Society, speaking by phone from Deir al-Balah.

    Israel says it does not target aid workers and accuses Hamas of using humanitarian facilities for military
    purposes,
    an accusation the UN and aid groups reject. The Israeli military said the Khan Younis strike targeted "a terrorist
    operative" and that the incident was under review.

    ## Health workers and journalists

    The toll among medical staff is even higher. The World Health Organization says more than 1,580 health workers
    have
    been killed in Gaza, and the group Healthcare Workers Watch says some 150 doctors, nurses and paramedics remain in
    Israeli detention, many held for months without charge.

    Journalists have also paid a heavy price. The Committee to Protect Journalists has counted at least 192
    journalists
    and media workers killed in Gaza, the highest toll it has recorded in any war since it was founded in 1981.

    Medical Aid for Palestinians said separately that 12 to 15 staff of its partner organisations were still
    unaccounted for, most of them in the north of the territory.

    ## The wider picture

    - Gaza's health ministry says more than 62,000 Palestinians have been killed since the war began
    - About 1,400 international and local UN personnel are still working inside the Strip
    - Aid groups say only a fraction of the 600 trucks a day needed are getting in
    - The UN-backed hunger monitor is due to publish a new assessment this week

    UN aid chief Tom Fletcher called for an independent investigation into every killing of a humanitarian worker.
    "Those who deliver aid are protected under international humanitarian law. This is not a request, it is an
    obligation," he said in a video message.

    Humanitarian officials say the danger is compounded by the collapse of public order. Convoys are regularly looted,
    and aid groups have had to suspend operations in some areas for days at a time. Some organisations have reduced
    their international staff to a minimum, leaving local employees, who are themselves displaced, to carry most of
    the
    risk.

    World Humanitarian Day is held every year on 19 August to mark the anniversary of the 2003 bombing of the UN
    headquarters in Baghdad, which killed 22 people, including the UN envoy Sergio Vieira de Mello.

    **Read more:**
    - [Sudan: aid worker killings reach new high in 2025](https://example.org/world/africa/sudan-aid-workers)
    - [Israel says 900 aid trucks entered Gaza last week](https://example.org/world/middle-east/aid-trucks)
    - [Explainer: who protects humanitarian workers?](https://example.org/explainers/ihl)

    *Share this article: [Facebook](https://facebook.com) | [X](https://x.com) | [WhatsApp](https://wa.me)*
    """,
    g(
        "killed",
        540,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-08-19",
        by="un",
        cue="at least 540 aid workers have been killed",
    ),
    g(
        "killed",
        370,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-08-19",
        by="un",
        cue="more than 370 United Nations staff",
        note="subgroup of the 540 -> its own figure",
    ),
    g(
        "killed",
        3,
        "gaza",
        pop="aid_workers",
        scope="event",
        as_of="2025-08-17",
        by="al-amal relief society",
        cue="killed three staff members of a local",
        note="'on Sunday' from Tuesday 19 Aug -> 17 Aug; 'according to "
        "the group' -> the charity, named only in the next paragraph (reported_by debatable: could be null)",
    ),
    g(
        "killed",
        14,
        "gaza",
        pop="aid_workers",
        scope="total",
        as_of="2025-08-19",
        by="al-amal relief society",
        cue="We have lost 14 colleagues",
    ),
    g(
        "killed",
        1580,
        "gaza",
        pop="medics",
        q="lower",
        scope="total",
        as_of="2025-08-19",
        by="who",
        cue="more than 1,580 health workers have",
    ),
    g(
        "detained",
        150,
        "gaza",
        pop="medics",
        q="approx",
        scope="total",
        as_of="2025-08-19",
        by="healthcare workers watch",
        cue="some 150 doctors, nurses and paramedics remain in",
    ),
    g(
        "killed",
        192,
        "gaza",
        pop="journalists",
        q="lower",
        scope="total",
        as_of="2025-08-19",
        by="cpj",
        cue="at least 192 journalists",
    ),
    g(
        "missing",
        12,
        "gaza",
        pop="aid_workers",
        q="range",
        high=15,
        scope="total",
        as_of="2025-08-19",
        by="medical aid for palestinians",
        cue="12 to 15 staff of its partner organisations",
    ),
    g(
        "killed",
        62000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-08-19",
        by="gaza health ministry",
        cue="more than 62,000 Palestinians have been killed",
    ),
    g(
        "killed",
        22,
        "iraq",
        scope="event",
        as_of="2003-08-19",
        cue="which killed 22 people",
        note="historic 2003 Baghdad bombing; the anniversary day is named (19 August 2003). 1,400 UN personnel and 600 "
        "trucks are not figures",
    ),
)

GAZA_RUBBLE = article(
    "y_gaza_rubble_recovery",
    "2025-10-16",
    """
    Gaza rescuers pull dozens of bodies from rubble as fragile ceasefire holds

    October 16, 2025

    GAZA CITY (Wire) - Civil defence crews in Gaza recovered the bodies of 43 people from the ruins of destroyed
    buildings over the past 24 hours, the agency said on Thursday, as the ceasefire that took effect last week allowed
    rescuers to reach neighbourhoods that had been cut off for months.

    Most of the bodies were found in Gaza City's Sheikh Radwan and Tel al-Hawa districts and in the eastern parts of
    Khan Younis, civil defence spokesman Mahmoud Basal said. Many were badly decomposed and could not be identified
    immediately.

    Advertisement

    Since the truce began on Friday, teams have retrieved more than 200 bodies, Basal said, working with shovels and
    bare hands because most of their bulldozers and excavators had been destroyed. The agency estimates that about
    9,500 people are still missing under the rubble across the territory.

    "Every day families come to us with a street name and a floor number, and we try," Basal said. "Some of these
    buildings were nine or ten storeys. Without machines, we need weeks for each one."

    Photo: Civil defence workers search a collapsed building in Gaza City. (AFP/Omar al-Qattaa)

    The recovered bodies are being added to the toll kept by the health ministry in the Hamas-run territory, which on
    Thursday said 67,938 people had been killed and 170,169 injured since the war began two years ago. The ministry
    says its figures include those whose bodies have been retrieved and identified.

    Violence has not stopped entirely. Israeli troops opened fire on people approaching the line to which the army has
    withdrawn in the Shujaiya neighbourhood on Tuesday, killing five, the civil defence said. The Israeli military
    said
    soldiers had fired at "suspects" who crossed the line and ignored calls to stop.

    Read more: What we know about the Palestinian prisoners freed under the deal

    Under the first phase of the agreement, Hamas on Monday freed the 20 living hostages it still held, and Israel
    released nearly 2,000 Palestinian prisoners and detainees. But the return of the remains of deceased hostages has
    been slower than Israel expected: the remains of 19 hostages are still held in Gaza, according to the Israeli
    government, which has accused Hamas of stalling.

    Hamas says it needs heavy equipment and more time to locate bodies buried under collapsed tunnels and buildings.
    Egypt has offered to send teams and machinery, a senior Egyptian official said, speaking on condition of
    anonymity.

    US President Donald Trump, whose 20-point plan underpins the truce, warned on Wednesday that the second phase,
    including Hamas's disarmament, must begin "very soon". Aid agencies said around 600 trucks a day were needed to
    meet basic needs, far more than the number entering so far.

    Share this article

    (Reporting by the Gaza newsroom; Editing by Mark Heinrich)
    """,
    g(
        "killed",
        43,
        "gaza",
        scope="event",
        as_of="2025-10-16",
        by="gaza civil defence",
        cue="recovered the bodies of 43 people",
        note="bodies recovered from rubble = dead; 'past 24 hours' -> article date; headline 'dozens of bodies' is the "
        "same figure, stored once",
    ),
    g(
        "killed",
        200,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-10-16",
        by="gaza civil defence",
        cue="teams have retrieved more than 200 bodies",
        note="running count since the truce began -> total (debatable: a multi-day window could be event)",
    ),
    g(
        "missing",
        9500,
        "gaza",
        q="approx",
        scope="total",
        as_of="2025-10-16",
        by="gaza civil defence",
        cue="about 9,500 people are still missing under the rubble",
    ),
    g(
        "killed",
        67938,
        "gaza",
        scope="total",
        as_of="2025-10-16",
        by="gaza health ministry",
        cue="said 67,938 people had been killed",
    ),
    g(
        "injured",
        170169,
        "gaza",
        scope="total",
        as_of="2025-10-16",
        by="gaza health ministry",
        cue="and 170,169 injured",
    ),
    g(
        "killed",
        5,
        "gaza",
        scope="event",
        as_of="2025-10-14",
        by="gaza civil defence",
        cue="killing five, the civil",
        note="'on Tuesday' from Thursday 16 Oct -> 14 Oct",
    ),
    g(
        "hostages",
        20,
        "israel",
        scope="event",
        as_of="2025-10-13",
        cue="freed the 20 living hostages",
        note="freed hostages counted as a hostages figure (debatable); 'on Monday' -> 13 Oct",
    ),
    g(
        "detained",
        2000,
        "palestine",
        q="upper",
        scope="event",
        as_of="2025-10-13",
        cue="released nearly 2,000 Palestinian prisoners and detainees",
        note="released prisoners counted as a detained figure, symmetric with the freed hostages (debatable); "
        "West Bank "
        "and Gaza detainees -> palestine; 'on Monday' -> 13 Oct",
    ),
    g(
        "hostages",
        19,
        "israel",
        scope="total",
        as_of="2025-10-16",
        by="israeli government",
        cue="the remains of 19 hostages are still held in Gaza",
        note="remains 'held in Gaza' -> hostages (debatable)",
    ),
)

ISRAEL_JUNCTION = article(
    "y_israel_junction_attack",
    "2025-03-24",
    """
    <html>
    <head>
    <title>Two killed, seven wounded in ramming and stabbing attack at northern junction &ndash; Israel News</title>
    <meta name="author" content="Yael Bar-On">
    <meta property="article:published_time" content="2025-03-24T10:12:00+02:00">
    <meta property="article:section" content="Israel News">
    </head>
    <body>
    <div id="consent">This site uses cookies. By continuing to browse you agree to our use of cookies.&nbsp;<a
    href="/cookies">Learn more</a></div>
    <header><a class="logo" href="/">The Northern Herald</a> <nav><a href="/israel">Israel</a> | <a
    href="/politics">Politics</a> | <a href="/security">Security</a> | <a href="/opinion">Opinion</a> | <a
    href="/subscribe">Subscribe</a></nav></header>
    <div class="live-strip">LIVE: 3 rockets fired from Lebanon toward Metula, IDF says &ndash; Sirens in the Galilee
    Panhandle</div>
    <article>
    <h1>Two killed, seven wounded in ramming and stabbing attack at northern junction</h1>
    <p class="sub">Assailant shot dead by armed civilian; Shin Bet arrests family members in West Bank village</p>
    <p class="meta">Yael Bar-On&nbsp;|&nbsp;<time datetime="2025-03-24T10:12">March 24, 2025, 10:12 AM</time></p>
    <p>Two people were killed and seven were wounded on Monday morning when a Palestinian assailant rammed his car
    into a bus stop at the Yagur junction and then got out and began stabbing passers-by, Magen David Adom said.</p>
    <p>The victims, a man in his 70s and a woman of 38, were pronounced dead at the scene. Among the seven wounded
    were two soldiers who had been waiting for a bus back to their base; one of them was listed in serious condition
    at Rambam Medical Center in Haifa.</p>
    <figure><img src="/images/yagur-junction.jpg"><figcaption>Police and paramedics at the Yagur junction on Monday
    morning&nbsp;(Photo: Fire and Rescue Services)</figcaption></figure>
    <p>&#8220;I heard the crash and then people screaming,&#8221; said a bus driver who asked not to be named.
    &#8220;A young man with a knife was running between the cars. Someone shot him, and it was over in less than a
    minute.&#8221;</p>
    <p>Police said the assailant, a 24-year-old from a village near Jenin, had entered Israel illegally. He was shot
    and killed by an armed civilian at the scene. Hamas praised the attack but did not claim it.</p>
    <p>The Shin Bet security service said forces had arrested three members of the attacker&#8217;s family in the
    village overnight, and that troops were preparing to map his home for demolition.</p>
    <blockquote>&#8220;This was a murderous attack on civilians going to work. We will reach everyone who helped
    him,&#8221; &ndash; Defence Minister Israel Katz</blockquote>
    <h2>Background</h2>
    <p>Since October 2023, Palestinian attacks in Israel and the West Bank have killed at least 80 Israelis,
    civilians and members of the security forces, according to Israeli figures.</p>
    <p>The attack came hours after the Houthis in Yemen fired two ballistic missiles at central Israel overnight,
    setting off air-raid sirens from Tel Aviv to Jerusalem. Both were intercepted, the military said.</p>
    <p>In Gaza, where Israel resumed its air strikes on March 18, more than 670 people have been killed since the
    fighting restarted, according to the health ministry in the Hamas-run territory. Israel says it is targeting
    Hamas militants and infrastructure.</p>
    <p>59 hostages are still held in Gaza, Israeli officials say, of whom fewer than half are believed to be
    alive.</p>
    <div class="share-bar"><a href="#">Share</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Copy
    link</a></div>
    </article>
    <section class="most-read"><h3>Most read</h3>
    <ul>
    <li><a href="/a/1">Poll: 69% of Israelis back a hostage deal</a></li>
    <li><a href="/a/2">Two soldiers seriously hurt in Tulkarem explosion</a></li>
    <li><a href="/a/3">Haifa port strike enters its 4th day</a></li>
    </ul>
    </section>
    <footer>&copy; 2025 The Northern Herald Ltd. 12 HaNamal St, Haifa&nbsp;&ndash; Tel: 04-855-1200</footer>
    </body>
    </html>
    """,
    g(
        "killed",
        2,
        "israel",
        scope="event",
        as_of="2025-03-24",
        by="magen david adom",
        cue="Two people were killed and seven were wounded",
    ),
    g(
        "injured",
        7,
        "israel",
        scope="event",
        as_of="2025-03-24",
        by="magen david adom",
        cue="Two people were killed and seven were wounded",
    ),
    g(
        "injured",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2025-03-24",
        cue="were two soldiers who had been waiting",
        note="subgroup of the seven wounded",
    ),
    g(
        "detained",
        3,
        "west-bank",
        scope="event",
        as_of="2025-03-24",
        by="shin bet",
        cue="had arrested three members",
        note="the village near Jenin -> west-bank; 'overnight' read as the night before the article (Monday)",
    ),
    g(
        "killed",
        80,
        "israel",
        q="lower",
        scope="total",
        as_of="2025-03-24",
        by="israel",
        cue="have killed at least 80 Israelis",
    ),
    g(
        "projectiles",
        2,
        "yemen",
        scope="event",
        as_of="2025-03-24",
        by="israeli military",
        cue="fired two ballistic missiles at central Israel",
        note="'overnight' before a Monday-morning article -> article date (debatable: could be 23 Mar).",
    ),
    g(
        "killed",
        670,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-24",
        by="gaza health ministry",
        cue="more than 670 people have been killed",
        note="running toll since strikes resumed -> total (debatable)",
    ),
    g(
        "hostages",
        59,
        "israel",
        scope="total",
        as_of="2025-03-24",
        by="israeli officials",
        cue="59 hostages are still held in Gaza",
        note="ticker '3 rockets' and most-read '2 soldiers' are other stories: not annotated",
    ),
)

ISRAEL_NORTH = article(
    "y_israel_north_residents",
    "2025-03-01",
    """
    A town still waiting: Kiryat Shmona's long road home

    Three months into the ceasefire with Hezbollah, most residents of Israel's northernmost city have not come back

    1 March 2025

    By Daniel Rosen, North correspondent

    Listen to this article - 6 min

    On the main street of Kiryat Shmona on a Friday morning, the only queue is outside the bakery. Most of the shops
    are shuttered, a few still with the notices their owners taped to the glass in October 2023: "Closed until further
    notice."

    The city of 22,000 was emptied in the first weeks of the war, when Hezbollah began firing across the border a day
    after the Hamas attack on southern Israel. Government figures show that about 60,000 residents of the north were
    evacuated from their homes during the fighting, most of them put up in hotels around the Sea of Galilee and in Tel
    Aviv at the state's expense.

    Since the ceasefire took hold at the end of November, families have been trickling back. Municipal officials
    estimate that roughly a third of the population has returned, but many say they will not bring their children home
    before the school year ends.

    Image: A building in Kiryat Shmona damaged by a Hezbollah rocket. Credit: Ayal Margolin

    "You cannot ask people to come back to a city with no school, no clinic and holes in the roof," said Avichai
    Stern,
    the mayor. According to the municipality, Hezbollah fired more than 1,100 rockets, missiles and drones at Kiryat
    Shmona alone over 14 months. Some 450 buildings were hit.

    Across the north, Hezbollah fire killed 45 civilians and more than 70 soldiers, and Galilee Medical Center in
    Nahariya alone treated more than 1,800 people wounded on the northern front. In the spring and summer of 2024,
    thousands of acres of forest and farmland burned after rocket strikes.

    Advertisement

    The government approved a five-year, 15 billion shekel plan to rebuild the border communities in February, but
    residents say the money is slow to arrive. Farmers in the kibbutzim along the border have missed two harvests;
    some say their orchards cannot be saved.

    The army says it is still operating from five hilltop positions inside southern Lebanon and will stay there until
    it is satisfied that Hezbollah has been pushed back from the border. On Thursday, the army said troops had killed
    two Hezbollah members who approached one of the positions, in what it called a violation of the truce.

    The situation on the other side of the frontier is no less bleak. Around 100,000 Lebanese remain displaced from
    the
    villages of the south, according to the International Organization for Migration, many of which were levelled.
    Lebanese authorities say more than 4,000 people were killed in Lebanon during the war.

    Back in Kiryat Shmona, Orna Levi, 61, has reopened her flower shop. Her son, a reservist, served 200 days in
    Lebanon. "Every morning I open the door and wait to see if anyone comes," she said. "Some days three people, some
    days nobody. But I am here."

    The first cabinet meeting to be held in the city since the war is scheduled for later this month.

    Read more: Northern schools to reopen in September, education ministry says

    Share this article
    """,
    g(
        "evacuated",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of="2025-03-01",
        by="israeli government",
        cue="about 60,000 residents of the north were evacuated",
        note="'Government figures show' -> israeli government; 22,000 is the city's population, not a figure; "
        "'roughly a third ... returned' is a share",
    ),
    g(
        "projectiles",
        1100,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2025-03-01",
        by="kiryat shmona municipality",
        cue="more than 1,100 rockets, missiles and drones",
        note="'Some 450 buildings were hit' is not about people",
    ),
    g(
        "killed",
        45,
        "israel",
        pop="civilians",
        scope="total",
        as_of="2025-03-01",
        cue="Hezbollah fire killed 45 civilians",
    ),
    g(
        "killed",
        70,
        "israel",
        pop="combatants",
        q="lower",
        scope="total",
        as_of="2025-03-01",
        cue="more than 70 soldiers",
    ),
    g(
        "injured",
        1800,
        "israel",
        q="lower",
        scope="total",
        as_of="2025-03-01",
        by="galilee medical center",
        cue="treated more than 1,800 people wounded on the northern front",
    ),
    g(
        "killed",
        2,
        "lebanon",
        pop="combatants",
        scope="event",
        as_of="2025-02-27",
        by="israeli military",
        cue="troops had killed two Hezbollah members",
        note="'On Thursday' counted back from Saturday 1 March -> 27 Feb; Hezbollah members -> lebanon",
    ),
    g(
        "displaced",
        100000,
        "lebanon",
        q="approx",
        scope="total",
        as_of="2025-03-01",
        by="iom",
        cue="Around 100,000 Lebanese remain displaced",
    ),
    g(
        "killed",
        4000,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2025-03-01",
        by="lebanese authorities",
        cue="more than 4,000 people were killed in Lebanon",
    ),
)

LEBANON_TYRE = article(
    "y_lebanon_tyre_strike",
    "2024-10-22",
    """
    <html>
    <head>
    <title>Israeli strike on building in Tyre district kills 12, ministry says - Levant Daily</title>
    <meta name="keywords" content="Lebanon, Israel, Hezbollah, Tyre, air strike">
    <meta name="date" content="2024-10-22">
    <meta name="description" content="Women and children among the dead as rescuers search for survivors.">
    </head>
    <body>
    <div class="gdpr">We value your privacy. We and our partners use cookies. <a href="/accept">I agree</a> <a
    href="/options">Options</a></div>
    <div class="menu"><a href="/">Levant Daily</a> <a href="/lebanon">Lebanon</a> <a href="/region">Region</a> <a
    href="/business">Business</a> <a href="/culture">Culture</a> <a href="/epaper">E-paper</a></div>
    <div class="container">
    <div class="article-header">
    <h1>Israeli strike on building in Tyre district kills 12, ministry says</h1>
    <span class="author">Rana Khoury</span>
    October 22, 2024
    <span class="readtime">4 min read</span>
    </div>
    <figure class="lead-image"><img src="/media/tyre-rubble.jpg"><figcaption>Civil defence workers search the rubble
    of the building in the Tyre district where 12 people died (Levant Daily/Ali Hashisho)</figcaption></figure>
    <div class="article-body">
    <p>SOUTHERN LEBANON - An Israeli air strike flattened a three-storey residential building in a village in the
    Tyre district late on Monday, killing 12 people, including three children and two women, Lebanon's health
    ministry said.
    <p>Another 23 people were wounded, the ministry said in a statement, adding that the toll was preliminary. Civil
    defence teams worked through the night with floodlights and said on Tuesday that they were still searching for
    four people believed to be trapped under the concrete.</p>
    </div>
    <p>Residents said the building housed two families who had fled villages closer to the border, and that it had
    received no warning before the strike. The Israeli military did not comment on the strike specifically but said
    its aircraft had hit "dozens of Hezbollah targets" in southern Lebanon overnight.</p>
    <blockquote>"We pulled out a girl of six alive after five hours. Her mother and her brothers did not make it." -
    a civil defence volunteer at the scene</blockquote>
    <h2>Ministry: toll since last year passes 2,400</h2>
    <p>The health ministry says Israeli attacks have killed 2,483 people in Lebanon and wounded 11,628 since the
    cross-border fighting began in October last year. Most of the deaths have come in the past four weeks, since
    Israel escalated its campaign and sent ground troops across the border.</p>
    <p>Among the dead are at least 163 health and rescue workers, according to the ministry, which has accused
    Israel of deliberately targeting ambulances and civil defence centres. Israel says Hezbollah uses ambulances to
    move fighters and weapons.</p>
    <p>The government estimates that 1.2 million people have been displaced by the fighting, many of them now
    sleeping in schools, on beaches or in cars in Beirut and the north. More than 400,000 people, most of them
    Syrians, have crossed into Syria, according to Lebanese officials.</p>
    <ul class="factbox">
    <li>12 killed in the strike, among them three children</li>
    <li>Rescuers still searching the rubble on Tuesday</li>
    <li>The Tyre district has been under repeated Israeli evacuation orders since September</li>
    </ul>
    </div></div>
    <p>Hezbollah said on Tuesday it had targeted Israeli troops near the border with rockets and drones. Diplomats
    in Beirut said a US envoy was expected in the capital this week to discuss a possible ceasefire.</p>
    <div class="tags">Tags: Lebanon | Israel | Hezbollah | South Lebanon</div>
    <div class="most-read"><h4>Most read</h4>
    <a href="/n/1">Hezbollah fires 135 rockets at Haifa bay</a><br>
    <a href="/n/2">Israeli army says 5 soldiers killed in south Lebanon</a><br>
    <a href="/n/3">Beirut airport: 40 flights cancelled</a>
    </div>
    <footer>Copyright &copy; 2024 Levant Daily SAL | Hamra Street, Beirut | +961 1 340 560</footer>
    </body>
    </html>
    """,
    g(
        "killed",
        12,
        "lebanon",
        scope="event",
        as_of="2024-10-21",
        by="lebanese health ministry",
        cue="killing 12 people, including three children",
        note="'late on Monday' from Tuesday 22 Oct -> 21 Oct; headline, caption and factbox repeat it: stored once",
    ),
    g(
        "killed",
        3,
        "lebanon",
        pop="children",
        scope="event",
        as_of="2024-10-21",
        by="lebanese health ministry",
        cue="including three children and two women",
    ),
    g(
        "killed",
        2,
        "lebanon",
        pop="women",
        scope="event",
        as_of="2024-10-21",
        by="lebanese health ministry",
        cue="three children and two women",
    ),
    g(
        "injured",
        23,
        "lebanon",
        scope="event",
        as_of="2024-10-21",
        by="lebanese health ministry",
        cue="Another 23 people were wounded",
    ),
    g(
        "missing",
        4,
        "lebanon",
        scope="event",
        as_of="2024-10-22",
        by="lebanese civil defence",
        cue="still searching for four people believed to be trapped",
        note="'trapped under the concrete' = under the rubble; as_of = the Tuesday they said it",
    ),
    g(
        "killed",
        2483,
        "lebanon",
        scope="total",
        as_of="2024-10-22",
        by="lebanese health ministry",
        cue="have killed 2,483 people in Lebanon",
    ),
    g(
        "injured",
        11628,
        "lebanon",
        scope="total",
        as_of="2024-10-22",
        by="lebanese health ministry",
        cue="wounded 11,628",
    ),
    g(
        "killed",
        163,
        "lebanon",
        pop="medics",
        q="lower",
        scope="total",
        as_of="2024-10-22",
        by="lebanese health ministry",
        cue="at least 163 health and rescue workers",
    ),
    g(
        "displaced",
        1200000,
        "lebanon",
        q="approx",
        scope="total",
        as_of="2024-10-22",
        by="lebanese government",
        cue="The government estimates that 1.2 million people have been displaced",
        note="'estimates' read as approx",
    ),
    g(
        "displaced",
        400000,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-10-22",
        by="lebanese officials",
        cue="More than 400,000 people, most of them Syrians, have crossed into Syria",
        note="people fleeing Lebanon into Syria = displaced; side lebanon (where they lived), though most are Syrian "
        "nationals (debatable). 'dozens of Hezbollah targets' are not people; the girl of six is an age",
    ),
)

LEBANON_CEASEFIRE = article(
    "y_lebanon_ceasefire_strikes",
    None,
    """
    Israeli strikes in south Lebanon kill two Hezbollah members as truce frays

    Analysis | Southern villagers say the ceasefire has brought quiet to northern Israel but not to them

    By our correspondent in Nabatieh

    An Israeli drone strike on a car on the road between Bint Jbeil and Aynata killed two Hezbollah members on
    Saturday, the group said, the latest in a string of near-daily attacks that have tested the ceasefire between
    Israel and Lebanon.

    Hezbollah named the two men in a statement and described them as "martyrs on the road to Jerusalem", its customary
    formula for fighters. The Israeli military said it had struck "two terrorists who were attempting to rebuild
    Hezbollah's infrastructure in southern Lebanon".

    A second strike, on a motorbike near the town of Qlayaa in the Marjayoun district, wounded four people, including
    a child, the health ministry said.

    Advertisement

    Israel says the strikes are aimed at preventing Hezbollah from rearming and that they are permitted under the
    terms of the truce, which was brokered by the United States and France. Lebanese officials say they are flagrant
    violations and have complained to the mechanism that monitors the agreement.

    The numbers have mounted steadily. The health ministry's count of people killed by Israeli fire since the truce
    began stands at more than 330. The UN human rights office says at least 71 of them were civilians, a figure it
    describes as conservative. Israel, for its part, says it has killed more than 250 Hezbollah operatives since the
    ceasefire, and that the group continues to move weapons south of the Litani river.

    The ceasefire ended 14 months of cross-border fighting, including an Israeli air and ground offensive in the
    autumn, that killed more than 4,000 people in Lebanon.

    Only once since the ceasefire have rockets been fired from Lebanon into Israel, when three rockets were launched
    toward the town of Metula. Hezbollah denied involvement, and the Lebanese army said it had found the launchers
    in a
    field north of the Litani. Israel responded with strikes on Beirut's southern suburbs.

    Read more: UNIFIL says its 10,000 peacekeepers will stay until the end of their mandate

    The return home has been slow. About 82,000 people remain displaced, the International Organization for Migration
    says, most of them from a strip of about 60 border villages that were heavily damaged or razed during the war. The
    World Bank has put the cost of reconstruction at 11 billion dollars.

    Beirut is also pressing Israel to release Lebanese nationals it has held since the fighting. The government says
    Israel is holding at least 11 Lebanese citizens, some of them captured during the ground offensive and some seized
    by troops since the ceasefire, including a shepherd taken near Kfarchouba.

    "We were told the war was over," said Hussein, a 52-year-old farmer from Houla who now rents a flat in Tyre. "But
    the drone is over our heads every day. My sons go to check on the olive trees and I wait by the phone until they
    come back."

    The Lebanese army, which has deployed some 10,000 troops to the south under the agreement, says it has taken over
    hundreds of Hezbollah positions and dismantled tunnels. Israel still holds five hilltop positions inside Lebanon.

    Share this article

    Image credit: Mahmoud Zayyat / AFP
    """,
    g(
        "killed",
        2,
        "lebanon",
        pop="combatants",
        scope="event",
        as_of=None,
        by="hezbollah",
        cue="killed two Hezbollah members",
        note="undated article -> every as_of null",
    ),
    g(
        "injured",
        4,
        "lebanon",
        scope="event",
        as_of=None,
        by="lebanese health ministry",
        cue="wounded four people, including",
    ),
    g(
        "killed",
        330,
        "lebanon",
        q="lower",
        scope="total",
        as_of=None,
        by="lebanese health ministry",
        cue="stands at more than 330",
        note="running toll since the truce -> total",
    ),
    g(
        "killed",
        71,
        "lebanon",
        pop="civilians",
        q="lower",
        scope="total",
        as_of=None,
        by="un human rights office",
        cue="at least 71 of them were civilians",
    ),
    g(
        "killed",
        250,
        "lebanon",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=None,
        by="israel",
        cue="it has killed more than 250 Hezbollah operatives",
    ),
    g(
        "killed",
        4000,
        "lebanon",
        q="lower",
        scope="total",
        as_of=None,
        cue="killed more than 4,000 people in Lebanon",
        note="toll of the 14-month war in the article's own voice; 14 months is a duration",
    ),
    g(
        "projectiles",
        3,
        "lebanon",
        scope="event",
        as_of=None,
        cue="three rockets were launched",
        note="fired from Lebanon, Hezbollah denied -> side lebanon (territory they were fired from)",
    ),
    g(
        "displaced",
        82000,
        "lebanon",
        q="approx",
        scope="total",
        as_of=None,
        by="iom",
        cue="About 82,000 people remain displaced",
        note="60 villages, 10,000 troops/peacekeepers, 11 billion dollars: not figures",
    ),
    g(
        "detained",
        11,
        "lebanon",
        q="lower",
        scope="total",
        as_of=None,
        by="lebanese government",
        cue="at least 11 Lebanese citizens",
    ),
)

WEST_BANK_TAMMUN = article(
    "y_west_bank_tammun_raid",
    "2025-07-15",
    """
    <html><head><title>Three killed, including two children, in Israeli raid on Tammun | Jenin Voice</title>
    <meta name="twitter:card" content="summary_large_image"></head>
    <body>
    <div class="topbar">Jenin Voice - Independent news from the northern West Bank | <a href="/ar">عربي</a> | <a
    href="/donate">Support us</a></div>
    <div class="nav"><a href="/">Home</a> - <a href="/local">Local</a> - <a href="/prisoners">Prisoners</a> - <a
    href="/settlements">Settlements</a> - <a href="/video">Video</a></div>
    <div class="urgent">URGENT: Gaza - 18 killed near aid distribution point in Rafah, civil defence says</div>
    <div class="post">
    <h1>Three killed, including two children, in Israeli raid on Tammun</h1>
    <div class="post-meta">Staff reporter<br>
    Tuesday, 15 July 2025
    <br>Tubas</div>
    <div class="post-content">
    Three Palestinians, including two children, were killed by Israeli fire during a raid on the town of Tammun,
    south of Tubas, at dawn on Tuesday, the Palestinian health ministry said.<br>
    <br>
    The ministry named the children as two cousins aged 15 and 16. The third victim, a 23-year-old man, was shot
    near the town's main mosque, witnesses said.<br>
    <br>
    At least six people were wounded by live ammunition, according to the Palestine Red Crescent Society, which said
    its crews were delayed for more than an hour at a military checkpoint at the entrance of the town.<br>
    <br>
    <img src="/uploads/tammun-raid.jpg"><br>
    <i>Israeli military vehicles in Tammun on Tuesday morning. (Jenin Voice)</i><br>
    <br>
    Troops detained about 20 people during the raid, including a former prisoner and several university students,
    the Palestinian Prisoners' Society said. Most were interrogated in the field and released by the afternoon.<br>
    <br>
    The Israeli military said its forces had opened fire at "terrorists who threw explosive devices" at troops
    during a counter-terrorism operation, and that one soldier was lightly wounded. It did not comment on the ages
    of those killed.<br>
    <br>
    <b>Months of raids</b><br>
    Tammun and the nearby Far'a refugee camp have been raided repeatedly since January, when the army launched a
    large-scale operation in the northern West Bank that it named "Iron Wall".<br>
    <br>
    UNRWA says around 40,000 Palestinians have been displaced from the Jenin, Tulkarem and Nur Shams refugee camps
    since the operation began, and that many homes in the camps have been demolished to widen roads for military
    vehicles.<br>
    <br>
    According to the UN humanitarian office, at least 964 Palestinians have been killed in the West Bank, including
    East Jerusalem, since October 2023, some 200 of them children. Most were killed by Israeli forces and some by
    settlers.<br>
    <br>
    The Palestinian Prisoners' Society says Israel is currently holding more than 10,800 Palestinians in its
    prisons, the highest number in decades.<br>
    <br>
    <blockquote>"They came at four in the morning with bulldozers. The children went out to see what was happening."
    - a resident of Tammun</blockquote>
    </div>
    <div class="share">Share: <a href="#">Facebook</a> | <a href="#">WhatsApp</a> | <a href="#">Telegram</a></div>
    </div>
    <div class="related"><b>Related</b><br>
    <a href="/r/1">Settlers torch 4 cars in Sinjil</a><br>
    <a href="/r/2">Tulkarem camp: 300 homes slated for demolition</a><br>
    <a href="/r/3">Prisoners' Society: 73 detainees have died in custody since the war began</a></div>
    <div class="footer">Jenin Voice 2025 | Contact: news@jeninvoice.example | Tel +970 4 250 1234</div>
    </body></html>
    """,
    g(
        "killed",
        3,
        "west-bank",
        scope="event",
        as_of="2025-07-15",
        by="palestinian health ministry",
        cue="Three Palestinians, including two children, were killed",
    ),
    g(
        "killed",
        2,
        "west-bank",
        pop="children",
        scope="event",
        as_of="2025-07-15",
        by="palestinian health ministry",
        cue="including two children, were killed",
        note="ages 15 and 16 and 23 are not figures",
    ),
    g(
        "injured",
        6,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2025-07-15",
        by="palestine red crescent society",
        cue="At least six people were wounded",
    ),
    g(
        "detained",
        20,
        "west-bank",
        q="approx",
        scope="event",
        as_of="2025-07-15",
        by="palestinian prisoners' society",
        cue="Troops detained about 20 people",
        note="'one soldier was lightly wounded' is a single person, no count: not annotated",
    ),
    g(
        "displaced",
        40000,
        "west-bank",
        q="approx",
        scope="total",
        as_of="2025-07-15",
        by="unrwa",
        cue="around 40,000 Palestinians have been displaced",
    ),
    g(
        "killed",
        964,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2025-07-15",
        by="ocha",
        cue="at least 964 Palestinians have been killed in the West Bank",
    ),
    g(
        "killed",
        200,
        "west-bank",
        pop="children",
        q="approx",
        scope="total",
        as_of="2025-07-15",
        by="ocha",
        cue="some 200 of them children",
    ),
    g(
        "detained",
        10800,
        "palestine",
        q="lower",
        scope="total",
        as_of="2025-07-15",
        by="palestinian prisoners' society",
        cue="more than 10,800 Palestinians in its prisons",
        note="Palestinians held by Israel with no narrower place (West Bank and Gaza detainees) -> palestine. "
        "The urgent "
        "banner (18 killed in Rafah) and Related links (4 cars, 300 homes, 73 detainees) are other stories",
    ),
)

ARTICLES = [
    GAZA_TENTS,
    GAZA_AID_WORKERS,
    GAZA_RUBBLE,
    ISRAEL_JUNCTION,
    ISRAEL_NORTH,
    LEBANON_TYRE,
    LEBANON_CEASEFIRE,
    WEST_BANK_TAMMUN,
]
