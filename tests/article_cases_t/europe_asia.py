"""Set T, Europe and Asia: Ukraine (2), Russia, Myanmar."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover
    from article_cases import article, g

ARTICLES = [
    article(
        "t_ukraine_kyiv_drone_missile_html",
        "2025-07-31",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="date" content="2025-07-31">
        <title>Russian drone and missile attack on Kyiv kills at least 16, injures 155 - The Kyiv Chronicle</title>
        </head>
        <body>
        <nav class="main-menu">
        <ul><li><a href="/">Home</a></li><li><a href="/war">War</a></li><li><a href="/politics">Politics</a></li>
        <li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li><li><a
        href="/support">Support us</a></li></ul>
        </nav>
        <article>
        <h1>Russian drone and missile attack on Kyiv kills at least 16, injures 155</h1>
        <div class="byline">
        <span class="author">by Olena Marchenko</span>
        <time datetime="2025-07-31T18:52:00+03:00">July 31, 2025 6:52 PM</time>
        <span class="read-time">4 min read</span>
        </div>
        <p>Russia attacked Kyiv overnight with a massive drone and missile barrage, killing at least 16 people,
        including a six-year-old boy, and injuring 155, according to the State Emergency Service.</p>
        <p>Among the injured were 16 children, the service said. It was the highest number of children hurt in a
        single attack on the capital since the start of the full-scale invasion.</p>
        <p>Russia launched 309 Shahed-type attack drones and decoys and eight Iskander-K cruise missiles, Ukraine's
        Air Force said. Air defenses shot down or jammed 288 of the drones and three of the missiles, it said, while
        the rest hit 27 locations, mainly in Kyiv.</p>
        <p>The heaviest damage was in the Sviatoshynskyi district, where a missile struck a nine-story apartment
        block, collapsing an entire entrance. Rescuers worked through the day to clear the rubble with cranes and by
        hand. By evening, up to 10 people were still believed to be trapped under the debris, Interior Minister Ihor
        Klymenko said.</p>
        <p>"We heard the drone buzzing over the roof, then the whole building shook," said Natalia, 58, who lives on
        the fourth floor of a neighboring block. "My neighbors from the seventh floor are still there."</p>
        <p>Two paramedics were injured when a drone struck near their ambulance as they responded to an earlier hit
        in the Solomianskyi district, the Health Ministry said.</p>
        <p>Fires broke out in at least six districts of the city. A kindergarten, a university building and dozens
        of cars were damaged, Kyiv Mayor Vitali Klitschko wrote on Telegram, and the city declared Aug. 1 a day of
        mourning.</p>
        <p>President Volodymyr Zelensky called for more air defense systems and for new sanctions on Russia's oil
        revenue. "Today the world again saw Russia's answer to our desire for peace," he wrote. He said Russia had
        launched more than 3,800 drones against Ukraine in July alone.</p>
        <p>The attack came days after U.S. President Donald Trump shortened his deadline for Moscow to agree to a
        ceasefire to "10 or 12 days," threatening secondary tariffs on buyers of Russian oil.</p>
        <p>According to the UN Human Rights Monitoring Mission in Ukraine, at least 13,580 civilians have been
        killed since February 2022, including 716 children. The mission said that June was the deadliest month for
        civilians in three years.</p>
        <p class="tags">Tags: Kyiv, Russian attacks, Shahed drones, air defense</p>
        </article>
        <section class="membership">
        <h3>Independent journalism needs you</h3>
        <p>Join 22,000 members who keep us free. Become a member from $5 a month.</p>
        </section>
        <footer>
        <p><a href="/about">About</a> | <a href="/team">Our team</a> | <a href="/jobs">Jobs</a> | <a
        href="/advertise">Advertise</a></p>
        <p>Most read: Ukraine's economy grew 1.2% in the second quarter | 5 things to know about the new
        mobilization rules</p>
        <p>&copy; 2025 The Kyiv Chronicle. All rights reserved.</p>
        </footer>
        </body>
        </html>
        """,
        g(
            "killed",
            16,
            "ukraine",
            q="lower",
            scope="event",
            as_of="2025-07-31",
            by="state emergency service",
            cue="killing at least 16 people",
            note="headline repeats both figures; 'a six-year-old boy' is one person",
        ),
        g(
            "injured",
            155,
            "ukraine",
            scope="event",
            as_of="2025-07-31",
            by="state emergency service",
            cue="and injuring 155",
        ),
        g(
            "injured",
            16,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-07-31",
            by="state emergency service",
            cue="Among the injured were 16 children",
        ),
        g(
            "projectiles",
            309,
            "russia",
            scope="event",
            as_of="2025-07-31",
            by="ukrainian air force",
            cue="Russia launched 309 Shahed-type attack drones",
            note="'shot down or jammed 288 ... three' are interceptions, not launches: not annotated",
        ),
        g(
            "projectiles",
            8,
            "russia",
            scope="event",
            as_of="2025-07-31",
            by="ukrainian air force",
            cue="eight Iskander-K cruise missiles",
        ),
        g(
            "missing",
            10,
            "ukraine",
            q="upper",
            scope="event",
            as_of="2025-07-31",
            by="interior minister",
            cue="up to 10 people were still believed to be trapped",
        ),
        g(
            "injured",
            2,
            "ukraine",
            pop="medics",
            scope="event",
            as_of="2025-07-31",
            by="ukrainian health ministry",
            cue="Two paramedics were injured",
        ),
        g(
            "projectiles",
            3800,
            "russia",
            q="lower",
            scope="event",
            as_of="2025-07-31",
            by="zelensky",
            cue="more than 3,800 drones against Ukraine in July alone",
            note="a one-month window, not the war's toll -> event; as_of the article date (end of the window)",
        ),
        g(
            "killed",
            13580,
            "ukraine",
            pop="civilians",
            q="lower",
            scope="total",
            as_of="2025-07-31",
            by="un human rights monitoring mission",
            cue="at least 13,580 civilians have been killed",
        ),
        g(
            "killed",
            716,
            "ukraine",
            pop="children",
            scope="total",
            as_of="2025-07-31",
            by="un human rights monitoring mission",
            cue="including 716 children",
            note="'22,000 members' in the footer is not a figure",
        ),
    ),
    article(
        "t_ukraine_sumy_palm_sunday",
        "2025-04-14",
        """
        Russia says Sumy missile strike targeted commanders as Ukraine mourns 35 dead

        By Reuters
        April 14, 2025 12:31 PM GMT+3

        KYIV, April 14 (Reuters) - Russia's Defence Ministry said on Monday that its missile strike on the Ukrainian
        city of Sumy had targeted a meeting of Ukrainian commanders and killed more than 60 servicemen, as Ukraine
        held a day of mourning for the 35 people killed in the Palm Sunday attack.

        Two Iskander-M ballistic missiles struck the city centre at about 10:15 a.m. on Sunday, as people were
        heading to church services, hitting a street near the regional university and a conference centre, Ukrainian
        officials said. A trolleybus and several cars were engulfed in flames.

        The State Emergency Service said the death toll had reached 35, including two children, and that 117 people
        were wounded, among them 15 children. It was the deadliest single attack on civilians in Ukraine this year.

        Ukrainian officials rejected Moscow's account. "There were no military targets there, only people going to
        church," Sumy's acting mayor said in a video address. The Defence Ministry in Moscow did not provide
        evidence for its claim.

        President Volodymyr Zelenskiy said the strike showed that Russia was not interested in peace and urged
        Washington to respond firmly. U.S. envoy Keith Kellogg said the attack "crossed any line of decency."

        The strike on Sumy came 10 days after a Russian missile hit a residential area near a playground in
        Zelenskiy's hometown of Kryvyi Rih on April 4, killing 20 people, nine of them children. Russia said it had
        struck a gathering of unit commanders and Western instructors at a restaurant in that city too.

        Sumy, which lies about 30 km (19 miles) from the Russian border, has been under mounting pressure since
        Ukrainian forces were pushed out of most of Russia's Kursk region last month. Regional authorities on Monday
        ordered the mandatory evacuation of children from 11 more villages near the border.

        About 56,000 people have been evacuated from the region's border communities since last summer, the regional
        military administration said.

        Russian forces have stepped up attacks on Ukrainian cities even as the United States presses both sides to
        agree a ceasefire. Moscow and Kyiv agreed in March to a 30-day moratorium on strikes on energy facilities,
        but each has accused the other of violating it.

        The Kremlin says it is open to a ceasefire but has set conditions that Kyiv and its European allies say
        amount to demands for capitulation, including a halt to Western arms deliveries and Ukrainian mobilisation.

        (Reporting by Reuters staff; Writing by the Kyiv bureau; Editing by the Europe desk)
        """,
        g(
            "killed",
            60,
            "ukraine",
            pop="combatants",
            q="lower",
            scope="event",
            as_of="2025-04-13",
            by="russian defence ministry",
            cue="killed more than 60 servicemen",
            note="Ukrainian soldiers -> side ukraine, though Russia reports them",
        ),
        g(
            "killed",
            35,
            "ukraine",
            scope="event",
            as_of="2025-04-13",
            by="state emergency service",
            cue="the death toll had reached 35",
            note="also in the headline and the lead; listed once",
        ),
        g(
            "projectiles",
            2,
            "russia",
            scope="event",
            as_of="2025-04-13",
            by="ukrainian officials",
            cue="Two Iskander-M ballistic missiles struck",
        ),
        g(
            "killed",
            2,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-04-13",
            by="state emergency service",
            cue="including two children, and that 117",
        ),
        g(
            "injured",
            117,
            "ukraine",
            scope="event",
            as_of="2025-04-13",
            by="state emergency service",
            cue="117 people were wounded",
        ),
        g(
            "injured",
            15,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-04-13",
            by="state emergency service",
            cue="among them 15 children",
        ),
        g(
            "killed",
            20,
            "ukraine",
            scope="event",
            as_of="2025-04-04",
            by=None,
            cue="killing 20 people, nine of them children",
        ),
        g(
            "killed",
            9,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-04-04",
            by=None,
            cue="nine of them children",
        ),
        g(
            "evacuated",
            56000,
            "ukraine",
            q="approx",
            scope="total",
            as_of="2025-04-14",
            by="sumy regional military administration",
            cue="About 56,000 people have been evacuated",
            note="running count 'since last summer' -> total; '11 more villages' is not a figure",
        ),
    ),
    article(
        "t_russia_drones_kursk_missing",
        "2025-07-08",
        """
        Ukrainian Drone Attacks Disrupt Moscow Flights as Kursk Families Still Search for Missing Relatives

        July 8, 2025
        The Moscow Times

        Russia's Defense Ministry said Tuesday that air defenses had intercepted and destroyed 120 Ukrainian drones
        over Russian regions overnight, most of them over areas bordering Ukraine, in the latest attack to disrupt
        flights at Moscow's airports.

        Sheremetyevo and Vnukovo airports suspended departures for several hours, and more than 130 flights were
        delayed or canceled, according to the Association of Tour Operators. Passengers posted videos of crowded
        terminals and queues stretching out of the buildings.

        In the Lipetsk region, three people, including a teenager, were injured when debris from a downed drone fell
        on a residential street, Governor Igor Artamonov said.

        In the neighboring Kursk region, a Ukrainian drone struck a car near the border town of Rylsk on Monday,
        killing two civilians, acting governor Alexander Khinshtein wrote on Telegram.

        Nearly a year after Ukrainian troops crossed into the Kursk region, hundreds of families are still trying to
        find out what happened to relatives who disappeared during the occupation of the Sudzha district. More than
        600 residents are still listed as missing, the region's human rights ombudsman said on Friday, and some are
        believed to have been taken to Ukraine.

        "My mother refused to leave her house. The last time I spoke to her was on August 8, and since then there
        has been nothing," said one woman from the village of Gogolevka, who asked not to be named. Khinshtein, who
        met relatives of the missing last week, promised that the search would continue.

        Some 150,000 people were evacuated from the region's border districts during the incursion. Moscow declared
        in April that the region had been fully recaptured, but many residents have not been able to return to homes
        that were destroyed or remain within range of Ukrainian artillery and drones.

        In the Belgorod region, Governor Vyacheslav Gladkov said on Sunday that almost 1,100 children from the
        Shebekino and Graivoron districts had been evacuated to summer camps further from the border as shelling
        intensified.

        Separately, the Federal Security Service (FSB) said on Tuesday it had detained three people in the Bryansk
        region suspected of preparing sabotage attacks on railways on the instructions of Ukrainian intelligence.
        Under Russian law, they face up to 20 years in prison.

        Russia does not publish its military losses. The independent outlet Mediazona, working with the BBC Russian
        Service and volunteers, has confirmed the names of more than 111,000 Russian soldiers killed since February
        2022, a figure it says is far below the real toll.

        Peace talks between the two sides in Istanbul have so far produced only prisoner exchanges and the return of
        soldiers' bodies. A third round has not yet been scheduled.
        """,
        g(
            "projectiles",
            120,
            "ukraine",
            scope="event",
            as_of="2025-07-08",
            by="russian defence ministry",
            cue="intercepted and destroyed 120 Ukrainian drones",
            note="Russia reports only interceptions; this is its count of drones launched at it -> side ukraine",
        ),
        g(
            "injured",
            3,
            "russia",
            scope="event",
            as_of="2025-07-08",
            by="lipetsk governor",
            cue="three people, including a teenager, were injured",
        ),
        g(
            "killed",
            2,
            "russia",
            pop="civilians",
            scope="event",
            as_of="2025-07-07",
            by="kursk governor",
            cue="killing two civilians",
        ),
        g(
            "missing",
            600,
            "russia",
            q="lower",
            scope="total",
            as_of="2025-07-04",
            by="kursk human rights ombudsman",
            cue="More than 600 residents are still listed as missing",
            note="'said on Friday' counted back from Tuesday 8 July",
        ),
        g(
            "evacuated",
            150000,
            "russia",
            q="approx",
            scope="total",
            as_of="2025-07-08",
            cue="Some 150,000 people were evacuated",
            note="the incursion's standing toll, no day given -> total, article date",
        ),
        g(
            "evacuated",
            1100,
            "russia",
            pop="children",
            q="upper",
            scope="event",
            as_of="2025-07-06",
            by="belgorod governor",
            cue="almost 1,100 children from the Shebekino",
            note="'almost' -> upper; one evacuation reported on Sunday",
        ),
        g(
            "detained",
            3,
            "russia",
            scope="event",
            as_of="2025-07-08",
            by="fsb",
            cue="it had detained three people in the Bryansk region",
        ),
        g(
            "killed",
            111000,
            "russia",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2025-07-08",
            by="mediazona",
            cue="more than 111,000 Russian soldiers killed",
            note="'130 flights', '20 years', 'hundreds of families' are not figures",
        ),
    ),
    article(
        "t_myanmar_monastery_airstrike",
        "2025-07-12",
        """
        Myanmar military airstrike on monastery sheltering displaced villagers kills at least 23

        Published July 12, 2025

        BANGKOK (AP) — An airstrike by Myanmar's military on a Buddhist monastery in the country's northwestern
        Sagaing region killed at least 23 people, including four children, and wounded more than 30 others, a local
        resistance group said Saturday.

        The attack took place at about 1 a.m. on Friday in Lin Ta Lu village in Sagaing township, where more than
        150 people from nearby villages had been sheltering in the monastery compound after fleeing fighting in the
        area, a resident said. He spoke on condition of anonymity for fear of reprisals by the military.

        "The jet dropped a bomb directly on the hall where people were sleeping. Many of the dead were old people
        and children who could not run," he said, adding that villagers buried the dead the same day.

        The military government did not respond to requests for comment. State media have previously described such
        reports as "fake news" spread by "terrorist" groups, the term the military uses for its armed opponents.

        Myanmar has been in turmoil since the army seized power from Aung San Suu Kyi's elected government on Feb.
        1, 2021, triggering nationwide protests that security forces crushed with lethal force. Many opponents of
        military rule then took up arms, and large parts of the country are now engulfed in conflict.

        The army has increasingly relied on airstrikes as it has lost ground to ethnic armed groups and
        pro-democracy militias known as People's Defense Forces. The Sagaing region, a stronghold of resistance to
        the military, has been among the hardest hit.

        The Assistance Association for Political Prisoners, a rights group that tracks killings and arrests by the
        authorities, says security forces have killed more than 6,900 people and arrested over 29,600 since the
        takeover. About 22,000 remain in detention, it says.

        More than 3.5 million people have been displaced across the country, according to the U.N.

        Fighting has continued despite a ceasefire the military declared after a devastating earthquake in March,
        which hit central Myanmar, including Sagaing, and damaged more than 2,000 monasteries and pagodas.

        In neighboring Magway region, a People's Defense Force unit said its fighters had killed about 40 soldiers
        in an ambush on a military convoy on Wednesday. The claim could not be independently verified.

        The military has promised to hold a general election in December, which critics say will be neither free nor
        fair. Several of the country's main parties, including Suu Kyi's National League for Democracy, have been
        dissolved, and the 80-year-old former leader remains in prison.
        """,
        g(
            "killed",
            23,
            "myanmar",
            q="lower",
            scope="event",
            as_of="2025-07-11",
            by="local resistance group",
            cue="killed at least 23 people, including four children",
            note="headline repeats it",
        ),
        g(
            "killed",
            4,
            "myanmar",
            pop="children",
            scope="event",
            as_of="2025-07-11",
            by="local resistance group",
            cue="including four children",
        ),
        g(
            "injured",
            30,
            "myanmar",
            q="lower",
            scope="event",
            as_of="2025-07-11",
            by="local resistance group",
            cue="wounded more than 30 others",
        ),
        g(
            "displaced",
            150,
            "myanmar",
            q="lower",
            scope="event",
            as_of="2025-07-11",
            by="resident",
            cue="more than 150 people from nearby villages had been sheltering",
            note="people sheltering at one site after fleeing -> displaced; a snapshot -> event",
        ),
        g(
            "killed",
            6900,
            "myanmar",
            q="lower",
            scope="total",
            as_of="2025-07-12",
            by="assistance association for political prisoners",
            cue="killed more than 6,900 people",
        ),
        g(
            "detained",
            29600,
            "myanmar",
            q="lower",
            scope="total",
            as_of="2025-07-12",
            by="assistance association for political prisoners",
            cue="arrested over 29,600 since the takeover",
        ),
        g(
            "detained",
            22000,
            "myanmar",
            q="approx",
            scope="total",
            as_of="2025-07-12",
            by="assistance association for political prisoners",
            cue="About 22,000 remain in detention",
        ),
        g(
            "displaced",
            3500000,
            "myanmar",
            q="lower",
            scope="total",
            as_of="2025-07-12",
            by="un",
            cue="More than 3.5 million people have been displaced",
        ),
        g(
            "killed",
            40,
            "myanmar",
            pop="combatants",
            q="approx",
            scope="event",
            as_of="2025-07-09",
            by="people's defense force",
            cue="killed about 40 soldiers in an ambush",
            note="junta soldiers -> myanmar; 'on Wednesday' counted back from Saturday 12 July",
        ),
    ),
]
