"""Set X, Europe and Asia: Ukraine (2), Russia, Myanmar - monthly report, at-a-glance round-up, HTML page, NGO piece.

Projectile counts: a number of drones or missiles launched is a figure (side = who fired); a number shot
down that is a subset of a stated launch count is not (as in the seed gold); a number downed that is
the only count of a salvo (Russia's defence ministry never gives launches) is a figure. "Lost N troops"
(killed and wounded together, no split) is not a figure.
"""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover
    from article_cases import article, g

ARTICLES = [
    article(
        "x_ukraine_hrmmu_monthly_may",
        "2025-06-10",
        """
        Protection of Civilians in Ukraine - Monthly update, May 2025

        United Nations Human Rights Monitoring Mission in Ukraine (HRMMU)

        Kyiv, 10 June 2025

        SUMMARY

        In May 2025, HRMMU verified that at least 183 civilians were killed and at least 1,133 injured in
        Ukraine. Civilian casualties were higher than in any month since September 2024, driven by intensified
        long-range attacks with drones and missiles on cities far from the front line and by short-range
        drones in frontline towns.

        Among the casualties were 16 children killed and 101 children injured. Ninety-two per cent of all
        civilian casualties occurred in territory controlled by the Government of Ukraine, and the rest in
        territory occupied by the Russian Federation.

        KEY INCIDENTS

        The deadliest single incident of the month took place on 17 May, when a Russian short-range drone
        struck a passenger bus near Bilopillia, Sumy region, killing nine civilians and injuring several
        others as they travelled towards the regional centre. The victims were aged between 18 and 83.

        On the night of 24 to 25 May, Russian armed forces launched more than 360 drones and missiles against
        cities across Ukraine, the largest combined attack since the full-scale invasion, according to the
        Ukrainian Air Force. Civilians were killed in Kyiv, Zhytomyr and Khmelnytskyi regions. The attacks
        continued on the following two nights.

        In Sumy region, where Russian forces advanced across the border in late May, regional authorities on
        28 May ordered the mandatory evacuation of 11 more settlements. About 1,200 residents were affected,
        according to the Sumy regional military administration.

        Short-range drones remained the leading cause of civilian casualties in frontline areas of Kherson,
        Donetsk and Dnipropetrovsk regions, where HRMMU documented repeated attacks on civilian vehicles,
        public transport and pedestrians, including people waiting for humanitarian aid.

        CUMULATIVE FIGURES

        Since the start of the full-scale armed attack by the Russian Federation, HRMMU has verified that
        13,341 civilians have been killed, including 706 children, and that 32,744 have been injured, as of
        31 May 2025. The actual numbers are likely considerably higher, as information from some locations,
        in particular occupied territory, is delayed or cannot be corroborated.

        METHODOLOGY

        HRMMU figures are based on information collected through interviews with victims and witnesses, site
        visits, and analysis of official records and open-source material. The Mission has monitored the human
        rights situation in Ukraine since March 2014 and currently deploys about 50 staff in Kyiv and five
        field offices. Each incident is verified against at least three independent sources before it is
        included.
        """,
        g(
            "killed",
            183,
            "ukraine",
            pop="civilians",
            q="lower",
            scope="event",
            as_of="2025-05-31",
            by="hrmmu",
            cue="at least 183 civilians were killed",
            note="closed window 'In May 2025' -> event, as_of the window's last day (debatable: the report date "
            "2025-06-10 is the other reading).",
        ),
        g(
            "injured",
            1133,
            "ukraine",
            pop="civilians",
            q="lower",
            scope="event",
            as_of="2025-05-31",
            by="hrmmu",
            cue="at least 1,133 injured",
        ),
        g(
            "killed",
            16,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-05-31",
            by="hrmmu",
            cue="16 children killed",
        ),
        g(
            "injured",
            101,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-05-31",
            by="hrmmu",
            cue="101 children injured",
            note="'Ninety-two per cent' is a percentage, not a count.",
        ),
        g(
            "killed",
            9,
            "ukraine",
            pop="civilians",
            scope="event",
            as_of="2025-05-17",
            by=None,
            cue="killing nine civilians",
            note="'injuring several others': 'several' is no number. 'aged between 18 and 83' are ages, not a range "
            "figure.",
        ),
        g(
            "projectiles",
            360,
            "russia",
            q="lower",
            scope="event",
            as_of="2025-05-25",
            by="ukrainian air force",
            cue="launched more than 360 drones and missiles",
            note="'the night of 24 to 25 May' -> the day the night ends (debatable); drones and missiles given as "
            "one number -> one figure; fired by Russia.",
        ),
        g(
            "evacuated",
            1200,
            "ukraine",
            q="approx",
            scope="event",
            as_of="2025-05-28",
            by="sumy regional military administration",
            cue="About 1,200 residents were affected",
            note="residents of settlements ordered to leave = evacuated; '11 more settlements' is not people.",
        ),
        g(
            "killed",
            13341,
            "ukraine",
            pop="civilians",
            scope="total",
            as_of="2025-05-31",
            by="hrmmu",
            cue="13,341 civilians have been killed",
            note="cumulative toll with its own date 'as of 31 May 2025' -> that day.",
        ),
        g(
            "killed",
            706,
            "ukraine",
            pop="children",
            scope="total",
            as_of="2025-05-31",
            by="hrmmu",
            cue="including 706 children",
        ),
        g(
            "injured",
            32744,
            "ukraine",
            pop="civilians",
            scope="total",
            as_of="2025-05-31",
            by="hrmmu",
            cue="32,744 have been injured",
            note="'50 staff', 'five field offices', 'three independent sources', '2014' are not figures.",
        ),
    ),
    article(
        "x_ukraine_at_a_glance_day_1231",
        "2025-07-08",
        """
        Russia-Ukraine war at a glance: what we know on day 1,231 of the invasion

        Tuesday 8 July 2025 01.45 BST

        Russia launched 101 drones and four missiles at Ukraine overnight, the Ukrainian air force said. It
        said 75 of the drones were shot down or electronically jammed, and that hits were recorded in six
        locations, including the port city of Odesa, where a high-rise building caught fire.

        Two people were killed and 13 wounded when Russian glide bombs hit the north-eastern city of Kharkiv
        late on Monday, regional governor Oleh Syniehubov said. Among the wounded was a seven-year-old girl.

        In the eastern city of Kostiantynivka, a Russian strike on a market on Monday morning killed three
        people and wounded five, regional prosecutors said. The city, about 20km from the front line, has
        been shelled almost daily for months.

        Russia's defence ministry said its air defences destroyed 48 Ukrainian drones over seven regions
        overnight. The acting governor of the Kursk region said a civilian was killed in the village of
        Tyotkino.

        Ukraine's general staff said Russian forces had lost 1,020 troops in the past day, and put Russia's
        losses since February 2022 at more than 1 million, figures that cannot be independently verified.

        Ukraine's coordination headquarters for the treatment of prisoners of war said more than 8,000
        Ukrainian servicemen remain in Russian captivity. The two sides exchanged prisoners several times in
        June under an agreement reached at talks in Istanbul.

        Officials in the Dnipropetrovsk region on Monday ordered the mandatory evacuation of families with
        children from 11 villages near the border with Donetsk region, a move that affects about 260
        children.

        Donald Trump said the US would send "more weapons, defensive weapons primarily" to Ukraine, days after
        the Pentagon paused some deliveries, including Patriot interceptors. Volodymyr Zelenskyy said he hoped
        to agree the purchase of 10 more Patriot systems.

        The EU is close to agreeing an 18th package of sanctions, which would lower the price cap on Russian
        oil to $45 a barrel, diplomats said.

        Russia's economy grew by just 1.4% in the first quarter, the slowest pace in two years, official data
        showed.
        """,
        g(
            "projectiles",
            101,
            "russia",
            scope="event",
            as_of="2025-07-08",
            by="ukrainian air force",
            cue="Russia launched 101 drones and four missiles",
            note="'overnight' in a piece of Tuesday 8 July -> that day; '75 of the drones were shot down' is a subset "
            "of the 101 (not annotated).",
        ),
        g(
            "projectiles",
            4,
            "russia",
            scope="event",
            as_of="2025-07-08",
            by="ukrainian air force",
            cue="101 drones and four missiles",
            note="drones and missiles given as two numbers -> two figures.",
        ),
        g(
            "killed",
            2,
            "ukraine",
            scope="event",
            as_of="2025-07-07",
            by="regional governor",
            cue="Two people were killed and 13 wounded",
            note="'late on Monday' -> 7 July; 'a seven-year-old girl' is an age.",
        ),
        g(
            "injured",
            13,
            "ukraine",
            scope="event",
            as_of="2025-07-07",
            by="regional governor",
            cue="killed and 13 wounded",
        ),
        g(
            "killed",
            3,
            "ukraine",
            scope="event",
            as_of="2025-07-07",
            by="regional prosecutors",
            cue="killed three people and wounded five",
        ),
        g(
            "injured",
            5,
            "ukraine",
            scope="event",
            as_of="2025-07-07",
            by="regional prosecutors",
            cue="and wounded five",
            note="'about 20km' is a distance.",
        ),
        g(
            "projectiles",
            48,
            "ukraine",
            scope="event",
            as_of="2025-07-08",
            by="russian defence ministry",
            cue="destroyed 48 Ukrainian drones",
            note="the only count of the Ukrainian salvo -> a figure; fired by Ukraine. 'a civilian was killed' "
            "has no number.",
        ),
        g(
            "detained",
            8000,
            "ukraine",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2025-07-08",
            by="coordination headquarters",
            cue="more than 8,000 Ukrainian servicemen remain in Russian captivity",
            note="prisoners of war = detained. Not annotated: 'lost 1,020 troops' and 'losses ... more than 1 "
            "million' (killed and wounded together, no split, FIGURES: skip).",
        ),
        g(
            "evacuated",
            260,
            "ukraine",
            pop="children",
            q="approx",
            scope="event",
            as_of="2025-07-07",
            by=None,
            cue="a move that affects about 260",
            note="ordered to leave = evacuated; '11 villages', '10 more Patriot systems', '$45', '1.4%' are not "
            "figures.",
        ),
    ),
    article(
        "x_russia_belgorod_weekend_html",
        "2025-01-20",
        """
        <html>
        <head>
        <title>Belgorod governor reports deadly weekend of Ukrainian drone attacks - NordNews</title>
        <meta name="description" content="Two killed in Shebekino, seven wounded in Grayvoron">
        </head>
        <body>
        <header><a href="/">NordNews</a>
        <nav><a href="/russia">Russia</a> <a href="/war">War</a> <a href="/economy">Economy</a>
        <a href="/opinion">Opinion</a> <a href="/en">EN</a> <a href="/ru">RU</a></nav></header>
        <article>
        <h1>Belgorod governor reports deadly weekend of Ukrainian drone attacks</h1>
        <p class="meta"><time datetime="2025-01-20T11:32:00+03:00">20 January 2025, 11:32</time> | Border regions</p>
        <p>Two people were killed and four wounded on Saturday when a Ukrainian drone struck a minibus on the
        outskirts of Shebekino, Belgorod regional governor Vyacheslav Gladkov said on Telegram, where his
        channel has more than 400,000 subscribers. The minibus was carrying workers to a meat-packing plant.</p>
        <p>On Sunday, seven people, including a 12-year-old girl, were wounded when shells hit a residential
        street in Grayvoron, a town of about 5,000 people some 2km from the border, Gladkov said. Three of them
        were taken to hospital in Belgorod.</p>
        <p>Russia's Defence Ministry said on Monday that air defences had intercepted and destroyed 47 Ukrainian
        drones overnight over the Belgorod, Kursk and Bryansk regions. It did not report casualties.</p>
        <p>Gladkov has said more than 250 civilians have been killed in the region by Ukrainian fire since
        February 2022. About 1,000 children from the Shebekino and Grayvoron districts remain evacuated to
        holiday camps in other regions, and schools in 11 border villages have switched to remote learning.</p>
        <p>In the neighbouring Kursk region, where Ukrainian troops have held a stretch of territory since
        August, acting governor Alexander Khinshtein said more than 120,000 people had been evacuated from
        border districts. He said the fate of "hundreds" of residents of the Sudzha district, which is under
        Ukrainian control, remained unknown.</p>
        <p>Separately, the FSB security service said it had detained three residents of Belgorod suspected of
        passing the coordinates of air defence units to Ukrainian intelligence. They face up to 20 years in
        prison on treason charges.</p>
        <p>The Kremlin said on Monday that President Vladimir Putin had discussed the situation in the border
        regions with the Security Council, and that a 9 billion rouble programme to repair damaged housing in
        the Belgorod region would be extended into 2026.</p>
        </article>
        <aside><h3>Most read</h3><ol><li>Rouble slides past 100 to the dollar</li><li>Five things to know
        about the new mortgage rules</li><li>Moscow metro to open 3 new stations</li></ol></aside>
        <footer><p>NordNews 2025. 18+. Editorial office: +7 495 000 00 00.</p>
        <p><a href="/about">About</a> | <a href="/ads">Advertising</a> | <a href="/rss">RSS</a></p></footer>
        </body>
        </html>
        """,
        g(
            "killed",
            2,
            "russia",
            scope="event",
            as_of="2025-01-18",
            by="belgorod governor",
            cue="Two people were killed and four wounded on Saturday",
            note="also in the meta description ('Two killed in Shebekino'): one figure. 'on Saturday' counted back "
            "from Monday 20 January. '400,000 subscribers' is not a casualty figure.",
        ),
        g(
            "injured",
            4,
            "russia",
            scope="event",
            as_of="2025-01-18",
            by="belgorod governor",
            cue="killed and four wounded on Saturday",
        ),
        g(
            "injured",
            7,
            "russia",
            scope="event",
            as_of="2025-01-19",
            by="belgorod governor",
            cue="seven people, including a 12-year-old girl, were wounded",
            note="'a 12-year-old girl' is an age, no count of children; 'Three of them were taken to hospital' is a "
            "subset by treatment, not annotated (debatable); 'about 5,000 people' is a town's population.",
        ),
        g(
            "projectiles",
            47,
            "ukraine",
            scope="event",
            as_of="2025-01-20",
            by="russian defence ministry",
            cue="destroyed 47 Ukrainian",
            note="the only count of the salvo -> a figure, side = who fired.",
        ),
        g(
            "killed",
            250,
            "russia",
            pop="civilians",
            q="lower",
            scope="total",
            as_of="2025-01-20",
            by="belgorod governor",
            cue="more than 250 civilians have been killed in the region",
            note="'Gladkov has said' (no day) -> the article date.",
        ),
        g(
            "evacuated",
            1000,
            "russia",
            pop="children",
            q="approx",
            scope="total",
            as_of="2025-01-20",
            by=None,
            cue="About 1,000 children from the Shebekino and Grayvoron districts remain evacuated",
        ),
        g(
            "evacuated",
            120000,
            "russia",
            q="lower",
            scope="total",
            as_of="2025-01-20",
            by="kursk governor",
            cue="more than 120,000 people had been evacuated",
        ),
        g(
            "missing",
            200,
            "russia",
            q="lower",
            scope="total",
            as_of="2025-01-20",
            by="kursk governor",
            cue='the fate of "hundreds" of residents',
            note="vague 'hundreds' whose fate is unknown = missing, 200 lower (debatable wording).",
        ),
        g(
            "detained",
            3,
            "russia",
            scope="event",
            as_of="2025-01-20",
            by="fsb",
            cue="detained three residents of Belgorod",
            note="'said it had detained' names no other day -> the article date. '20 years', '9 billion rouble', "
            "'11 border villages', footer numbers are not figures.",
        ),
    ),
    article(
        "x_myanmar_sagaing_airstrikes_undated",
        None,
        """
        Bombs on a monastery and a festival: a week of air strikes in Sagaing

        An investigation by our research team into two attacks on civilians in central Myanmar

        Myanmar's military has stepped up its use of air power against civilians in the Sagaing region, the
        heartland of the armed resistance to the 2021 coup, as it tries to retake territory ahead of elections
        it plans to hold in stages. Our researchers spoke to eleven survivors, relatives and rescue workers and
        reviewed photographs and video of two attacks in the space of a week.

        The monastery

        In the first attack, shortly after 1am, a military jet dropped a bomb on a Buddhist monastery in
        Lin Ta Lu village, Sagaing township, where about 150 people displaced by fighting in nearby villages
        had sought refuge. At least 23 people were killed, including four children, according to a local
        resistance fighter and a relief worker who helped bury the dead. Dozens more were injured, many of them
        seriously, and were carried on motorbikes to clinics run by volunteers.

        "We thought a monastery was the safest place," said a 40-year-old farmer who lost his wife in the
        strike. "Where else can we go now?"

        The festival

        Two days later, a motorised paraglider dropped two bombs on a crowd that had gathered for a
        candlelight vigil and festival in Chaung U township, killing between 18 and 24 people, according to
        local resistance groups. Survivors said the paraglider circled twice before the first bomb fell.
        Paramotors, cheap and slow but hard to detect, have become a common weapon of the military since 2024.

        A pattern of attacks

        The military denies targeting civilians and says it strikes "terrorist" positions. But the two attacks
        fit a pattern documented by rights groups. The Assistance Association for Political Prisoners (AAPP)
        says the military has arrested more than 29,500 people since it seized power, of whom more than 22,000
        remain in detention, and that it has killed at least 7,000.

        The UN refugee agency, UNHCR, estimates that more than 3.5 million people are now internally displaced
        across Myanmar, up from about 340,000 before the coup, most of them in Sagaing, Magway and Rakhine.

        Access for journalists and investigators remains severely restricted. Internet and phone lines have
        been cut in most of the region's 34 townships, and our team relied on satellite connections to reach
        witnesses. Names have been withheld for their safety.

        About this report: This investigation was produced with support from a media development fund. It
        draws on eleven interviews conducted remotely and on 63 photographs and videos verified by our team.
        """,
        g(
            "displaced",
            150,
            "myanmar",
            q="approx",
            scope="event",
            as_of=None,
            by=None,
            cue="about 150 people displaced by fighting",
            note="people displaced and sheltering at one monastery -> displaced, event (debatable). Undated -> "
            "as_of null.",
        ),
        g(
            "killed",
            23,
            "myanmar",
            q="lower",
            scope="event",
            as_of=None,
            by="local resistance fighter",
            cue="At least 23 people were killed, including four children",
            note="two sources named (a resistance fighter and a relief worker); the first one is kept.",
        ),
        g(
            "killed",
            4,
            "myanmar",
            pop="children",
            scope="event",
            as_of=None,
            by="local resistance fighter",
            cue="including four children",
        ),
        g(
            "injured",
            24,
            "myanmar",
            q="lower",
            scope="event",
            as_of=None,
            by=None,
            cue="Dozens more were injured",
            note="vague 'dozens' -> 24, lower.",
        ),
        g(
            "killed",
            18,
            "myanmar",
            q="range",
            high=24,
            scope="event",
            as_of=None,
            by="local resistance groups",
            cue="killing between 18 and 24 people",
        ),
        g(
            "detained",
            29500,
            "myanmar",
            q="lower",
            scope="total",
            as_of=None,
            by="aapp",
            cue="arrested more than 29,500 people",
        ),
        g(
            "detained",
            22000,
            "myanmar",
            q="lower",
            scope="total",
            as_of=None,
            by="aapp",
            cue="more than 22,000 remain in detention",
        ),
        g("killed", 7000, "myanmar", q="lower", scope="total", as_of=None, by="aapp", cue="killed at least 7,000"),
        g(
            "displaced",
            3500000,
            "myanmar",
            q="lower",
            scope="total",
            as_of=None,
            by="unhcr",
            cue="more than 3.5 million people are now internally displaced",
            note="the current count; the pre-coup count below is a figure of its own.",
        ),
        g(
            "displaced",
            340000,
            "myanmar",
            q="approx",
            scope="total",
            as_of=None,
            by="unhcr",
            cue="up from about 340,000 before the coup",
            note="the pre-coup displaced count (historic, debatable). 'eleven survivors', '63 photographs', 'twice', "
            "'1am', '2021', '2024' are not figures.",
        ),
    ),
]
