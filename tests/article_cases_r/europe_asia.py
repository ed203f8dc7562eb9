"""Set R, Europe and Asia: an AFP story on a Russian strike on Kyiv, a Markdown story from an exiled
Russian outlet on the Kursk incursion, an HTML broadcaster page on a Myanmar air strike, a Pakistani
military press release on the May 2025 clashes with India and an undated Markdown explainer on the
Pakistan-Afghanistan border fighting."""

from __future__ import annotations

from . import article, g

ARTICLES = (
    article(
        "r_ukraine_afp_kyiv_overnight",
        "2025-08-28",
        """
        Russian strike on Kyiv kills 21 including four children

        Published on: 28/08/2025 - 11:04  Modified: 28/08/2025 - 15:37

        Kyiv (AFP) – A massive overnight Russian missile and drone attack on Kyiv killed at least 21 people,
        including four children, and damaged the buildings of the EU delegation and the British Council,
        Ukrainian officials said Thursday.

        Explosions shook the capital for hours from around 2:00 am, and AFP journalists saw several
        residential buildings ablaze at dawn. A five-storey apartment block in the eastern Darnytskyi district
        was cut in two by a direct hit, leaving a gaping hole from the roof to the ground floor.

        "At least 21 people have been killed, among them four children. The youngest was two years old,"
        said Tymur Tkachenko, head of the Kyiv military administration, on Telegram.

        More than 50 people were wounded, Interior Minister Ihor Klymenko said, adding that up to 10 people
        could still be trapped under the rubble of the Darnytskyi building. Rescuers with sniffer dogs were
        searching the debris as relatives waited behind a police cordon.

        The State Emergency Service said around 100 residents had been evacuated from neighbouring buildings
        because of the risk of collapse.

        Ukraine's air force said Russia had launched 598 drones and 31 ballistic and cruise missiles across
        the country overnight, of which 563 drones and 26 missiles had been shot down or jammed. Kyiv was the
        main target.

        President Volodymyr Zelensky called the attack a "clear answer" to diplomatic efforts by US President
        Donald Trump. "Russia chooses ballistics over the negotiating table," he wrote on social media, and
        called on Europe and the United States to respond with new sanctions.

        EU chief Ursula von der Leyen said the EU delegation building had been damaged by the blast wave but
        that no staff had been hurt. Britain summoned the Russian ambassador in London.

        Russia's defence ministry said it had carried out a "massive strike with high-precision long-range
        weapons" on Ukrainian military-industrial sites and air bases and that "all designated targets were
        hit".

        The attack was one of the deadliest on Kyiv since Russia launched its full-scale invasion in February
        2022. UN monitors say at least 13,900 civilians have been killed across Ukraine since then, most of
        them in Russian strikes on towns and cities far from the 1,000-kilometre front line.

        Read more: Zelensky and Trump to meet again as peace push stalls

        bur-os/jbr
        """,
        g(
            "killed",
            21,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            by="kyiv military administration",
            q="lower",
            cue="killed at least 21 people",
            note="the lead's 'Ukrainian officials said' is made specific by Tkachenko's quote; headline and quote "
            "restate the same toll -> listed once.",
        ),
        g(
            "killed",
            4,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            by="kyiv military administration",
            pop="children",
            cue="including four children",
            note="'The youngest was two years old' is an age, not a figure.",
        ),
        g(
            "injured",
            50,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            by="ukrainian interior minister",
            q="lower",
            cue="More than 50 people were wounded",
        ),
        g(
            "missing",
            10,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            by="ukrainian interior minister",
            q="upper",
            cue="up to 10 people could still be trapped under the rubble",
        ),
        g(
            "evacuated",
            100,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            by="state emergency service",
            q="approx",
            cue="around 100 residents had been evacuated",
        ),
        g(
            "projectiles",
            598,
            "russia",
            scope="event",
            as_of="2025-08-28",
            by="ukrainian air force",
            cue="launched 598 drones",
            note="'563 drones and 26 missiles had been shot down' is a subset of the launched salvo -> not annotated.",
        ),
        g(
            "projectiles",
            31,
            "russia",
            scope="event",
            as_of="2025-08-28",
            by="ukrainian air force",
            cue="31 ballistic and cruise missiles",
        ),
        g(
            "killed",
            13900,
            "ukraine",
            scope="total",
            as_of="2025-08-28",
            by="un monitors",
            pop="civilians",
            q="lower",
            cue="at least 13,900 civilians have been killed across Ukraine",
        ),
    ),
    article(
        "r_russia_kursk_markdown",
        "2024-08-14",
        """
        # Kursk evacuations top 121,000 as Ukrainian troops dig in

        *By Yulia Sergeyeva · The Baltic Correspondent*

        Published: 14 August 2024

        **RIGA** — More than 121,000 people have left or been evacuated from the border districts of Russia's
        Kursk region since Ukrainian forces crossed the frontier on August 6, the region's acting governor
        Alexei Smirnov said on Wednesday, as Moscow struggled for a second week to push the invaders back.

        Smirnov told a government meeting broadcast on state television that 12 civilians had been killed in
        the region since the incursion began and 121 injured, including 10 children. Residents who reached
        Kursk city described leaving in a hurry, some on foot, with shells landing behind them.

        > "We drove out on the fourth day with what we could carry. The neighbours stayed for their cows,"
        > a woman from Sudzha district told our correspondent at a temporary shelter.

        ## The fighting

        Ukraine's commander-in-chief Oleksandr Syrskyi said on Tuesday his forces now controlled about 1,000
        square kilometres of Russian territory and 74 settlements, and had taken more than 100 Russian
        servicemen prisoner. Kyiv hopes to exchange them for Ukrainian soldiers held in Russia.

        Russia's defence ministry gave no figure for its own casualties. It put Ukrainian losses in the Kursk
        direction at up to 2,030 troops and said its air defences had destroyed 117 Ukrainian drones overnight,
        most of them over the Kursk, Belgorod and Voronezh regions.

        **Read more:** [How conscripts ended up on the Kursk front](https://example.org/kursk-conscripts)

        ## Across the border

        In Ukraine, the Sumy regional administration said on Tuesday it had ordered about 20,000 people to
        leave communities within a strip along the border, citing intensified Russian shelling in response to
        the offensive.

        Analysts say the operation is aimed at forcing Russia to pull troops from eastern Ukraine, where its
        forces have been advancing on the logistics hub of Pokrovsk. So far there are few signs that Moscow has
        done so.

        ---

        *The Baltic Correspondent is an independent Russian newsroom based in Riga. Support our work.*
        """,
        g(
            "evacuated",
            121000,
            "russia",
            scope="total",
            as_of="2024-08-14",
            by="kursk acting governor",
            q="lower",
            cue="More than 121,000 people have left or been evacuated",
            note="running count of the incursion crisis ('since ... August 6') -> total; 'said on Wednesday' = "
            "the article date. The headline restates it.",
        ),
        g(
            "killed",
            12,
            "russia",
            scope="total",
            as_of="2024-08-14",
            by="kursk acting governor",
            pop="civilians",
            cue="12 civilians had been killed",
        ),
        g(
            "injured",
            121,
            "russia",
            scope="total",
            as_of="2024-08-14",
            by="kursk acting governor",
            pop="civilians",
            cue="and 121 injured, including 10 children",
            note="'12 civilians had been killed ... and 121 injured' -> the injured are civilians too.",
        ),
        g(
            "injured",
            10,
            "russia",
            scope="total",
            as_of="2024-08-14",
            by="kursk acting governor",
            pop="children",
            cue="including 10 children",
            note="attaches to the injured (the nearer group); debatable, could cover killed and injured.",
        ),
        g(
            "detained",
            100,
            "russia",
            scope="total",
            as_of="2024-08-13",
            by="ukrainian army chief",
            pop="combatants",
            q="lower",
            cue="taken more than 100 Russian servicemen prisoner",
            note="prisoners of war taken = detained; 'said on Tuesday' -> 2024-08-13.",
        ),
        g(
            "projectiles",
            117,
            "ukraine",
            scope="event",
            as_of="2024-08-14",
            by="russian defence ministry",
            cue="destroyed 117 Ukrainian drones overnight",
            note="the only count of the drones Ukraine launched (a downed count, no launched total to be a subset "
            "of) -> annotated as projectiles fired by Ukraine, exact. 'Ukrainian losses ... up to 2,030 troops' "
            "is a combined loss figure without 'killed' -> skipped per FIGURES.md.",
        ),
        g(
            "evacuated",
            20000,
            "ukraine",
            scope="event",
            as_of="2024-08-13",
            by="sumy regional administration",
            q="approx",
            cue="ordered about 20,000 people to leave communities",
            note="'ordered to leave' = evacuated; one order given 'on Tuesday' -> event 2024-08-13.",
        ),
    ),
    article(
        "r_myanmar_sagaing_school_html",
        "2025-05-12",
        """
        <html>
        <head>
        <title>Myanmar air strike on village school kills 22, most of them children | Mekong News Network</title>
        </head>
        <body>
        <header class="site-header"><a class="logo" href="/">Mekong News Network</a>
        <nav><ul><li><a href="/news">News</a></li><li><a href="/asia">Asia</a></li>
        <li><a href="/myanmar">Myanmar</a></li><li><a href="/video">Video</a></li>
        <li><a href="/podcasts">Podcasts</a></li></ul></nav></header>
        <main>
        <h1>Myanmar air strike on village school kills 22, most of them children</h1>
        <div class="meta"><span class="author">By Aung Thura Kyaw</span></div>
        <p class="updated">Updated <time datetime="2025-05-12T21:40:00+06:30">12 May 2025, 21:40 MMT</time></p>
        <figure><img src="/media/sagaing-school.jpg" alt="">
        <figcaption>Villagers gather beside the damaged school building in Sagaing region on Monday. Photo:
        handout via a local aid group</figcaption></figure>
        <p>A Myanmar military air strike hit a school in a village in the central Sagaing region on Monday
        morning, killing 22 people, 20 of them children, residents and a local official of the opposition
        National Unity Government said.</p>
        <p>A fighter jet dropped a bomb on the school shortly after classes began at around 10 am, residents
        said. More than 50 others were wounded, according to an aid worker who helped carry the injured to a
        clinic in a neighbouring village. Five pupils were still unaccounted for on Monday evening.</p>
        <p>&ldquo;The children were sitting in their classroom. There was no fighting near the village,&rdquo;
        said a teacher who survived with a broken arm and asked not to be named for fear of reprisals.</p>
        <p>The military government&rsquo;s information team did not respond to requests for comment. State
        media said earlier in the day that troops had come under attack from &ldquo;terrorists&rdquo; in the
        area.</p>
        <p>The strike came despite a ceasefire declared by the military after the 7.7-magnitude earthquake on
        March 28 that killed more than 3,700 people, mostly in Sagaing and Mandalay. Rights groups say the
        army has continued to bomb areas held by the resistance, including some hit by the quake.</p>
        <p>In western Rakhine state, the Arakan Army said on Sunday that it had killed dozens of junta soldiers
        while capturing an outpost near the town of Gwa.</p>
        <p>More than 3.5 million people have been displaced across Myanmar since the military seized power in
        a coup in February 2021, according to the United Nations. The Assistance Association for Political
        Prisoners, which tracks arrests, says more than 29,000 people have been detained by the junta since
        the coup.</p>
        <p class="readmore">Read more: <a href="/myanmar/earthquake-aid">Quake survivors still wait for aid in
        Mandalay</a></p>
        </main>
        <footer><p>Mekong News Network &middot; About us &middot; Contact &middot; Advertise</p></footer>
        </body>
        </html>
        """,
        g(
            "killed",
            22,
            "myanmar",
            scope="event",
            as_of="2025-05-12",
            by="residents",
            cue="killing 22 people, 20 of them children",
            note="'residents and a local official of the ... National Unity Government' -> the first-named.",
        ),
        g(
            "killed",
            20,
            "myanmar",
            scope="event",
            as_of="2025-05-12",
            by="residents",
            pop="children",
            cue="20 of them children",
        ),
        g(
            "injured",
            50,
            "myanmar",
            scope="event",
            as_of="2025-05-12",
            by="aid worker",
            q="lower",
            cue="More than 50 others were wounded",
        ),
        g(
            "missing",
            5,
            "myanmar",
            scope="event",
            as_of="2025-05-12",
            pop="children",
            cue="Five pupils were still unaccounted for",
            note="pupils of a village school -> children.",
        ),
        g(
            "killed",
            3700,
            "myanmar",
            scope="event",
            as_of="2025-03-28",
            q="lower",
            cue="earthquake on March 28 that killed more than 3,700 people",
            note="FIGURES.md does not restrict figures to conflict deaths ('one number a text reports about "
            "people'), so the quake toll is annotated; debatable. '7.7-magnitude' is not a figure.",
        ),
        g(
            "killed",
            24,
            "myanmar",
            scope="event",
            as_of="2025-05-11",
            by="arakan army",
            pop="combatants",
            q="lower",
            cue="killed dozens of junta soldiers",
            note="vague 'dozens' -> 24/lower; 'said on Sunday' -> 2025-05-11 (the day of the claim; the capture "
            "itself is undated).",
        ),
        g(
            "displaced",
            3500000,
            "myanmar",
            scope="total",
            as_of="2025-05-12",
            by="un",
            q="lower",
            cue="More than 3.5 million people have been displaced across Myanmar",
        ),
        g(
            "detained",
            29000,
            "myanmar",
            scope="total",
            as_of="2025-05-12",
            by="assistance association for political prisoners",
            q="lower",
            cue="more than 29,000 people have been detained",
        ),
    ),
    article(
        "r_pakistan_ispr_press_release",
        "2025-05-08",
        """
        INTER SERVICES PUBLIC RELATIONS
        PRESS RELEASE

        No PR-61/2025-ISPR
        Rawalpindi
        May 8, 2025

        Indian Aggression: Pakistan Armed Forces Neutralise Drones, Respond Befittingly to LoC Violations

        1. In continuation of its cowardly aggression, India launched 25 Harop drones on the night of 7/8 May
        at multiple locations including Lahore, Gujranwala, Chakwal, Attock, Bahawalpur, Miano, Chhor and the
        outskirts of Karachi. Pakistan Armed Forces employed technical and weapon means to neutralise all of
        them. Debris of the drones is being collected from various locations.

        2. One civilian embraced shahadat near Lahore due to falling debris, while four soldiers sustained
        minor injuries during the engagement at a military installation.

        3. It is reiterated that the Indian missile strikes on the night of 6/7 May against civilian areas in
        Muridke, Bahawalpur, Kotli and Muzaffarabad martyred 31 innocent civilians, including women and
        children, and injured 57. Two mosques and a dispensary were also damaged.

        4. Along the Line of Control, Indian troops resorted to unprovoked firing on civilian populations in
        the Neelum, Leepa and Bagh sectors. In a befitting response on 7 May, Pakistan Army targeted Indian
        posts and battalion headquarters, killing between 40 and 50 Indian soldiers and destroying several
        posts, including Brigade Headquarters Dudhnial.

        5. As a precautionary measure, the civil administration, with the assistance of Pakistan Army, has
        evacuated more than 2,000 residents from villages in the Neelum and Leepa valleys to safer locations.
        Relief camps have been established and medical teams are deployed.

        6. The Pahalgam incident of 22 April, in which 26 people, most of them tourists, lost their lives, is
        being used by India as a pretext for aggression without providing any evidence. Pakistan has
        offered a neutral, transparent and credible investigation.

        7. Pakistan Armed Forces remain fully prepared and vigilant to defend the territorial integrity of the
        country. Any further misadventure will be responded to with full force.

        *****
        """,
        g(
            "projectiles",
            25,
            "india",
            scope="event",
            as_of="2025-05-08",
            cue="India launched 25 Harop drones",
            note="a military press release stating numbers in its own voice -> reported_by null. 'the night of "
            "7/8 May' -> dated by the day the night ends (also the release date).",
        ),
        g(
            "killed",
            1,
            "pakistan",
            scope="event",
            as_of="2025-05-08",
            pop="civilians",
            cue="One civilian embraced shahadat",
            note="'embraced shahadat' (martyrdom) = killed.",
        ),
        g(
            "injured",
            4,
            "pakistan",
            scope="event",
            as_of="2025-05-08",
            pop="combatants",
            cue="four soldiers sustained minor injuries",
        ),
        g(
            "killed",
            31,
            "pakistan",
            scope="event",
            as_of="2025-05-07",
            pop="civilians",
            cue="martyred 31 innocent civilians",
            note="'the night of 6/7 May' -> 2025-05-07; 'including women and children' has no numbers.",
        ),
        g(
            "injured",
            57,
            "pakistan",
            scope="event",
            as_of="2025-05-07",
            pop="civilians",
            cue="and injured 57",
            note="the 57 injured are the same civilian victims as the 31 killed -> civilians.",
        ),
        g(
            "killed",
            40,
            "india",
            scope="event",
            as_of="2025-05-07",
            pop="combatants",
            q="range",
            high=50,
            cue="killing between 40 and 50 Indian soldiers",
            note="'Brigade Headquarters Dudhnial' and 'battalion headquarters' are units, not figures.",
        ),
        g(
            "evacuated",
            2000,
            "pakistan",
            scope="total",
            as_of="2025-05-08",
            q="lower",
            cue="evacuated more than 2,000 residents",
            note="a running count ('has evacuated') of the crisis -> total.",
        ),
        g(
            "killed",
            26,
            "india",
            scope="event",
            as_of="2025-04-22",
            cue="26 people, most of them tourists, lost their lives",
            note="Pahalgam attack in Indian-administered Kashmir -> side india; 'people' -> population all.",
        ),
    ),
    article(
        "r_afghanistan_pakistan_explainer_md",
        None,
        """
        ## Explainer: Why are Pakistan and Afghanistan fighting on their border?

        *South Asia Desk · 6 min read*

        The worst fighting in years between Pakistan and Afghanistan's Taliban government has left soldiers
        and civilians dead on both sides of their long, disputed frontier and shattered what was left of a
        once-close relationship. Here is what we know.

        ### What happened?

        Pakistan's military said 23 of its soldiers were killed and 29 wounded in a night of fighting at
        several points along the 2,600-km border, known as the Durand Line, after Afghan forces attacked its
        posts. It said its troops had killed more than 200 Taliban and "affiliated terrorists" in response and
        captured 19 Afghan border posts.

        The Taliban administration's chief spokesman, Zabihullah Mujahid, gave a very different account. He
        told reporters in Kabul that 58 Pakistani soldiers had been killed and that nine Afghan fighters had
        died, and said the operation was retaliation for Pakistani air strikes on Kabul and on a market in
        Paktika province earlier in the week.

        ### Were civilians hurt?

        Yes. The UN Assistance Mission in Afghanistan (UNAMA) said at least 37 civilians were killed and 425
        wounded on the Afghan side of the border when fighting flared again near Spin Boldak a few days later.
        Many of the victims were hit by mortar fire in residential areas, the mission said.

        On the Pakistani side, thousands of people fled villages in the Kurram and Bajaur districts, local
        officials said, and border crossings at Torkham and Chaman were closed to traffic and trade.

        ### Why now?

        Islamabad accuses the Taliban of sheltering the Pakistani Taliban, or Tehreek-e-Taliban Pakistan
        (TTP), which has stepped up attacks on soldiers and police in Khyber Pakhtunkhwa and Balochistan since
        the Taliban returned to power in Kabul. The Taliban deny the charge and say Pakistan's security
        problems are of its own making.

        Relations have also been strained by Pakistan's campaign to expel undocumented Afghans, which the
        Taliban say has been carried out with little notice and much cruelty.

        ### What happens next?

        Qatar and Turkey brokered a ceasefire in Doha, and the two sides agreed to meet again to set up a
        mechanism to monitor it. But analysts say the truce is fragile: neither side has moved on the core
        issue of the TTP, and Pakistan has warned that it will strike again if attacks from Afghan soil
        continue.

        **Related:** [Who are the Pakistani Taliban?](https://example.com/ttp-explainer) ·
        [Torkham traders count their losses](https://example.com/torkham-trade)
        """,
        g(
            "killed",
            23,
            "pakistan",
            scope="event",
            as_of=None,
            by="pakistani military",
            pop="combatants",
            cue="23 of its soldiers were killed",
            note="undated explainer -> every as_of null; one night's fighting -> event.",
        ),
        g(
            "injured",
            29,
            "pakistan",
            scope="event",
            as_of=None,
            by="pakistani military",
            pop="combatants",
            cue="and 29 wounded",
        ),
        g(
            "killed",
            200,
            "afghanistan",
            scope="event",
            as_of=None,
            by="pakistani military",
            pop="combatants",
            q="lower",
            cue='killed more than 200 Taliban and "affiliated terrorists"',
            note="'19 Afghan border posts' are not people.",
        ),
        g(
            "killed",
            58,
            "pakistan",
            scope="event",
            as_of=None,
            by="taliban",
            pop="combatants",
            cue="58 Pakistani soldiers had been killed",
        ),
        g(
            "killed",
            9,
            "afghanistan",
            scope="event",
            as_of=None,
            by="taliban",
            pop="combatants",
            cue="nine Afghan fighters had died",
        ),
        g(
            "killed",
            37,
            "afghanistan",
            scope="event",
            as_of=None,
            by="unama",
            pop="civilians",
            q="lower",
            cue="at least 37 civilians were killed",
        ),
        g(
            "injured",
            425,
            "afghanistan",
            scope="event",
            as_of=None,
            by="unama",
            pop="civilians",
            cue="and 425 wounded on the Afghan side",
        ),
        g(
            "displaced",
            2000,
            "pakistan",
            scope="event",
            as_of=None,
            by="local officials",
            q="lower",
            cue="thousands of people fled villages in the Kurram and Bajaur districts",
        ),
    ),
)
