"""Set T, Middle East: Gaza (3), Israel, Lebanon (2), West Bank, Yemen, Iran, Syria."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover
    from article_cases import article, g

ARTICLES = [
    article(
        "t_gaza_school_shelter_strike",
        "2024-08-10",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Israeli strike on Gaza City school shelter kills at least 90 at dawn prayers | Middle East News</title>
        <meta property="article:published_time" content="2024-08-10T11:32:00Z">
        <link rel="stylesheet" href="/assets/css/main.4f2a91.css">
        </head>
        <body>
        <header>
        <nav class="top-nav">
        <a href="/">Home</a>
        <a href="/news/">News</a>
        <a href="/middle-east/">Middle East</a>
        <a href="/explained/">Explained</a>
        <a href="/opinion/">Opinion</a>
        <a href="/sport/">Sport</a>
        <a href="/video/">Video</a>
        </nav>
        </header>
        <main>
        <article>
        <h1>Israeli strike on Gaza City school shelter kills at least 90 at dawn prayers</h1>
        <p class="standfirst">Rescuers say many of the dead were displaced families who had sought refuge at
        al-Tabi'in school in the al-Daraj neighbourhood.</p>
        <p class="meta">Published on 10 August 2024</p>
        <p>At least 90 Palestinians were killed when Israeli missiles struck a school sheltering displaced families
        in Gaza City as worshippers gathered for dawn prayers on Saturday, according to Gaza's Civil Defence
        agency.</p>
        <p>Civil Defence spokesman Mahmoud Basal told reporters that the dead included 11 children and six women,
        and that rescuers had pulled dozens of wounded people from the wreckage of the two-storey building, whose
        ground floor was being used as a prayer hall.</p>
        <p>"We are still collecting body parts," Basal said outside the compound, where blankets, plastic jerrycans
        and prayer mats lay scattered among the debris. Some bodies were so badly burned that relatives could not
        identify them, he added.</p>
        <p>The strike hit at about 4:40am local time (01:40 GMT), when the hall was full. Witnesses described two
        loud explosions in quick succession, followed by screaming and a cloud of dust that filled the
        courtyard.</p>
        <p>"I was in the third row. The first blast threw me against the wall, and when I opened my eyes the men
        next to me were gone," said Abu Waseem, 47, who had been living at the school with his family since
        December.</p>
        <p>The Israeli military said in a statement that its aircraft had carried out a "precise strike" on a Hamas
        and Islamic Jihad command centre operating inside the compound, which it said was used to plan attacks. It
        later claimed that about 20 fighters had been killed, and said it had taken "numerous steps" to reduce harm
        to civilians.</p>
        <p>Hamas's media office rejected that account as a "flimsy pretext" and said the military had given no
        warning before the attack.</p>
        <p>The school is one of dozens in Gaza City that have been turned into shelters. UNRWA, the UN agency for
        Palestinian refugees, says that about two-thirds of its 188 school buildings in the Strip have been hit
        since the war began, some of them several times. At least five schools in Gaza City were struck in the week
        before Saturday's attack, according to a count by the Civil Defence.</p>
        <p>The attack came as mediators from Egypt, Qatar and the United States were pushing for a new round of
        ceasefire talks, which they have proposed holding on 15 August. In a joint statement on Thursday the three
        countries said there was "no further time to waste".</p>
        <h2>A growing toll</h2>
        <p>Gaza's Health Ministry said on Saturday that 39,790 people had been killed and 92,002 wounded in Israeli
        attacks since 7 October.</p>
        <p>The Civil Defence estimates that about 10,000 more people are missing beneath the rubble of destroyed
        buildings across the Strip, where the heavy machinery needed to dig them out is in short supply.</p>
        <p>The UN says roughly 1.9 million of the enclave's 2.3 million people have been displaced, many of them
        repeatedly, and that the area Israel designates as a humanitarian zone has shrunk to about 11 percent of the
        territory.</p>
        <p>Israel launched its offensive after Hamas-led fighters attacked southern Israel on 7 October, killing
        about 1,200 people, according to Israeli tallies.</p>
        </article>
        <aside class="related">
        <h3>More from Middle East</h3>
        <ul>
        <li><a href="/explained/ceasefire-talks">Ceasefire talks: 5 sticking points explained</a></li>
        <li><a href="/economy/oil-prices">Oil climbs 3% on regional tension</a></li>
        <li><a href="/sport/paris-olympics">Paris Olympics medal table after day 15</a></li>
        </ul>
        </aside>
        </main>
        <footer>
        <p><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy policy</a> |
        <a href="/cookies">Cookie settings</a></p>
        <p>Follow us: 2.1M followers on X</p>
        <p>&copy; 2024 Middle East News Network. All rights reserved.</p>
        </footer>
        </body>
        </html>
        """,
        g(
            "killed",
            90,
            "gaza",
            q="lower",
            scope="event",
            as_of="2024-08-10",
            by="gaza civil defence",
            cue="At least 90 Palestinians were killed",
            note="the headline repeats it; listed once",
        ),
        g(
            "killed",
            11,
            "gaza",
            pop="children",
            scope="event",
            as_of="2024-08-10",
            by="gaza civil defence",
            cue="the dead included 11 children",
        ),
        g(
            "killed",
            6,
            "gaza",
            pop="women",
            scope="event",
            as_of="2024-08-10",
            by="gaza civil defence",
            cue="and six women",
        ),
        g(
            "injured",
            24,
            "gaza",
            q="lower",
            scope="event",
            as_of="2024-08-10",
            by="gaza civil defence",
            cue="dozens of wounded people",
            note="vague 'dozens' -> 24/lower",
        ),
        g(
            "killed",
            20,
            "gaza",
            pop="combatants",
            q="approx",
            scope="event",
            as_of="2024-08-10",
            by="israeli military",
            cue="about 20 fighters had been killed",
        ),
        g(
            "killed",
            39790,
            "gaza",
            scope="total",
            as_of="2024-08-10",
            by="gaza health ministry",
            cue="39,790 people had been killed",
        ),
        g(
            "injured",
            92002,
            "gaza",
            scope="total",
            as_of="2024-08-10",
            by="gaza health ministry",
            cue="and 92,002 wounded",
        ),
        g(
            "missing",
            10000,
            "gaza",
            q="approx",
            scope="total",
            as_of="2024-08-10",
            by="gaza civil defence",
            cue="about 10,000 more people are missing",
        ),
        g(
            "displaced",
            1900000,
            "gaza",
            q="approx",
            scope="total",
            as_of="2024-08-10",
            by="un",
            cue="roughly 1.9 million of the enclave's",
            note="'2.3 million people' is the population, not a figure",
        ),
        g(
            "killed",
            1200,
            "israel",
            q="approx",
            scope="event",
            as_of="2023-10-07",
            by="israeli tallies",
            cue="killing about 1,200 people, according to Israeli tallies",
            note="historic October 7 attack -> event, 2023-10-07",
        ),
    ),
    article(
        "t_gaza_truce_first_exchange",
        "2025-01-20",
        """
        Israel frees 90 Palestinian prisoners after three hostages return on first day of Gaza truce

        By Reuters staff
        January 20, 2025 6:05 AM GMT

        CAIRO/JERUSALEM, Jan 20 (Reuters) - Israel released 90 Palestinian prisoners from Ofer jail in the occupied
        West Bank early on Monday, the Israel Prison Service said in a statement, hours after three Israeli women
        held hostage in Gaza for 471 days were handed over to the Red Cross on the first day of a ceasefire.

        Buses carrying the freed prisoners, most of them women and teenagers from the West Bank and East Jerusalem,
        were met by crowds waving Palestinian and Hamas flags in the town of Beitunia shortly after 1 a.m. (2300 GMT
        Sunday). Israeli police had warned families in Jerusalem against holding public celebrations.

        The three women, aged 24, 28 and 31, were taken to Sheba Medical Center near Tel Aviv, where doctors said
        they were in stable condition. Footage broadcast on Israeli television showed one of them embracing her
        mother in a hospital corridor.

        The ceasefire took effect at 11:15 a.m. (0915 GMT) on Sunday, almost three hours later than planned, after
        Hamas delayed handing over the names of the first hostages to be freed. Israeli strikes in that window
        killed 19 people, Gaza's civil defence agency said. The Israeli military said it had struck "terror targets"
        in northern and central Gaza before the truce began.

        Under the first, 42-day phase of the deal, hostages including women, children, older men and the sick are to
        be freed in stages in exchange for Palestinian prisoners and detainees, while Israeli forces pull back from
        some populated areas and aid deliveries are stepped up to 600 trucks a day.

        Israel says 94 hostages remain in Gaza, at least a third of whom it believes are dead. Palestinian prisoner
        advocacy groups say Israel is holding more than 10,000 Palestinians, many of them without charge or trial.

        On Monday, tens of thousands of displaced Palestinians gathered along the coastal road and Salah al-Din
        Street in central Gaza, waiting for Israeli troops to allow them to cross north to what remains of their
        homes. Under the deal, that is due to happen on the seventh day of the truce.

        "We have been waiting for this day for 15 months. Even if my house is a pile of stones, I will pitch a tent
        on top of it," said Umm Mohammed, 41, who fled Beit Lahiya with her children in the first weeks of the war.

        Gaza's Health Ministry says 46,913 Palestinians have been killed and 110,750 wounded in the 15-month war,
        which has left much of the enclave in ruins. The ministry does not distinguish between civilians and
        fighters.

        Israel launched the offensive after Hamas-led gunmen stormed southern Israel on Oct. 7, 2023, killing about
        1,200 people and abducting 251, according to Israeli tallies.

        Israeli Prime Minister Benjamin Netanyahu has said Israel reserves the right to resume fighting if talks on
        the second phase, due to begin on Feb. 3, fail. Far-right National Security Minister Itamar Ben-Gvir quit
        the government on Sunday in protest at the deal, taking his party's six seats with him, though the coalition
        retains its majority.

        U.S. President-elect Donald Trump, who is due to be sworn in later on Monday, has claimed credit for pushing
        the agreement over the line after more than a year of on-off talks mediated by Egypt and Qatar.

        (Reporting by Reuters staff; Editing by the Jerusalem desk)
        """,
        g(
            "detained",
            90,
            "west-bank",
            scope="event",
            as_of="2025-01-20",
            by="israel prison service",
            cue="Israel released 90 Palestinian prisoners",
            note="released prisoners counted as detainees; they are from the West Bank and East Jerusalem",
        ),
        g(
            "hostages",
            3,
            "israel",
            scope="event",
            as_of="2025-01-19",
            by=None,
            cue="three Israeli women held hostage",
            note="freed hostages still counted as hostages; handed over on the truce's first day, Sunday",
        ),
        g(
            "killed",
            19,
            "gaza",
            scope="event",
            as_of="2025-01-19",
            by="gaza civil defence",
            cue="Israeli strikes in that window killed 19 people",
        ),
        g(
            "hostages",
            94,
            "israel",
            scope="total",
            as_of="2025-01-20",
            by="israel",
            cue="Israel says 94 hostages remain in Gaza",
        ),
        g(
            "detained",
            10000,
            "palestine",
            q="lower",
            scope="total",
            as_of="2025-01-20",
            by="palestinian prisoner advocacy groups",
            cue="holding more than 10,000 Palestinians",
        ),
        g(
            "displaced",
            20000,
            "gaza",
            q="lower",
            scope="event",
            as_of="2025-01-20",
            cue="tens of thousands of displaced Palestinians",
            note="vague 'tens of thousands' -> 20000/lower; a crowd on one day, not the war's toll -> event",
        ),
        g(
            "killed",
            46913,
            "gaza",
            scope="total",
            as_of="2025-01-20",
            by="gaza health ministry",
            cue="46,913 Palestinians have been killed",
        ),
        g(
            "injured",
            110750,
            "gaza",
            scope="total",
            as_of="2025-01-20",
            by="gaza health ministry",
            cue="and 110,750 wounded",
        ),
        g(
            "killed",
            1200,
            "israel",
            q="approx",
            scope="event",
            as_of="2023-10-07",
            by="israeli tallies",
            cue="killing about 1,200 people and abducting 251",
        ),
        g("hostages", 251, "israel", scope="event", as_of="2023-10-07", by="israeli tallies", cue="abducting 251"),
    ),
    article(
        "t_gaza_aid_sites_explainer",
        None,
        """
        Gaza aid sites: what we know about the killings of Palestinians seeking food

        Palestinians have been shot dead almost daily while trying to reach food since a new, Israeli-backed
        distribution system began operating in Gaza. Here is what we know so far.

        What is the Gaza Humanitarian Foundation?

        The Gaza Humanitarian Foundation (GHF) is a US-registered organisation backed by Israel and the United
        States. It began distributing food parcels at the end of May, after an 11-week Israeli blockade that stopped
        all food, fuel and medicine from entering the territory. It runs four distribution hubs, three of them in
        the far south around Rafah, guarded by private American security contractors, and says it has handed out
        more than 80 million meals.

        The UN, which ran about 400 distribution points across Gaza before the blockade, has refused to work with
        it, saying the model forces hungry people to walk long distances through active combat zones and leaves the
        weakest with nothing.

        How many people have been killed?

        The UN human rights office said it had recorded 798 killings of people seeking aid since the end of May, 615
        of them in the vicinity of GHF sites and the rest near UN and other aid convoys. Gaza's Health Ministry says
        more than 4,000 people have been wounded while trying to reach food.

        In one of the deadliest incidents, at least 31 people were killed and dozens wounded near a distribution
        point in Rafah early on a Sunday morning at the start of June, according to the ministry. Witnesses said
        troops opened fire as crowds moved towards the site in the dark, about 1km from the gate.

        What does the Israeli military say?

        The Israel Defense Forces say troops have fired "warning shots" at "suspects" who approached them or strayed
        from designated routes, and that incidents are being reviewed. The military accuses Hamas of stealing aid
        and of trying to stop people from collecting it. The GHF denies that any shootings have occurred at or near
        its sites and says the health ministry's numbers are exaggerated.

        Who else has been killed?

        Aid workers have been killed throughout the war. The UN counts more than 500 aid workers killed since the
        fighting began, most of them employees of UNRWA, the agency for Palestinian refugees. Media freedom groups
        say more than 180 journalists and media workers have been killed in Gaza, making it the deadliest conflict
        for the press on record.

        UNICEF says more than 17,000 children have been killed in the war. Overall, the Gaza Health Ministry puts
        the death toll at more than 57,000, a figure that does not distinguish between civilians and fighters but
        which the ministry says is mostly women and children.

        Where are people sheltering?

        Nearly everyone in Gaza has been forced from their home at least once. About 700,000 people have been
        displaced again since March, when Israel ended a two-month ceasefire and resumed its offensive, according to
        the UN humanitarian office, OCHA. Israeli evacuation orders and militarised zones now cover more than 80% of
        the territory, pushing families into ever smaller pockets of the coast.

        What happens next?

        Talks on a new 60-day ceasefire have stalled over how far Israeli troops would withdraw. Aid groups say that
        until the crossings reopen fully, the trucks that do get in will not be enough, and that people will keep
        risking their lives for a bag of flour.
        """,
        g(
            "killed",
            798,
            "gaza",
            scope="total",
            as_of=None,
            by="un human rights office",
            cue="recorded 798 killings of people seeking aid",
            note="running toll of the aid-site crisis ('since the end of May') -> total",
        ),
        g(
            "killed",
            615,
            "gaza",
            scope="total",
            as_of=None,
            by="un human rights office",
            cue="615 of them in the vicinity of GHF sites",
            note="subgroup by place, its own figure",
        ),
        g(
            "injured",
            4000,
            "gaza",
            q="lower",
            scope="total",
            as_of=None,
            by="gaza health ministry",
            cue="more than 4,000 people have been wounded",
        ),
        g(
            "killed",
            31,
            "gaza",
            q="lower",
            scope="event",
            as_of=None,
            by="gaza health ministry",
            cue="at least 31 people were killed and dozens wounded",
        ),
        g(
            "injured",
            24,
            "gaza",
            q="lower",
            scope="event",
            as_of=None,
            by="gaza health ministry",
            cue="and dozens wounded",
        ),
        g(
            "killed",
            500,
            "gaza",
            pop="aid_workers",
            q="lower",
            scope="total",
            as_of=None,
            by="un",
            cue="more than 500 aid workers killed",
        ),
        g(
            "killed",
            180,
            "gaza",
            pop="journalists",
            q="lower",
            scope="total",
            as_of=None,
            by="media freedom groups",
            cue="more than 180 journalists and media workers",
        ),
        g(
            "killed",
            17000,
            "gaza",
            pop="children",
            q="lower",
            scope="total",
            as_of=None,
            by="unicef",
            cue="more than 17,000 children have been killed",
        ),
        g(
            "killed",
            57000,
            "gaza",
            q="lower",
            scope="total",
            as_of=None,
            by="gaza health ministry",
            cue="puts the death toll at more than 57,000",
        ),
        g(
            "displaced",
            700000,
            "gaza",
            q="approx",
            scope="total",
            as_of=None,
            by="ocha",
            cue="About 700,000 people have been displaced again since March",
        ),
    ),
    article(
        "t_israel_binyamina_drone",
        "2024-10-14",
        """
        Four soldiers killed, over 60 hurt as Hezbollah drone slams into army base near Binyamina

        Drone flew in from the sea undetected and hit a dining hall at a Golani Brigade training base; IDF opens
        probe into how it evaded air defenses

        By Times of Israel staff
        14 October 2024, 12:47 am

        Four soldiers were killed and more than 60 people were wounded on Sunday evening when a Hezbollah drone
        crashed into the dining hall of a Golani Brigade training base near Binyamina, south of Haifa, the military
        said.

        The soldiers, all aged 19, were serving in the brigade's training battalion. Their names were cleared for
        publication after their families were notified. Magen David Adom paramedics took the wounded to hospitals in
        Hadera, Haifa and Netanya, and several were listed in serious condition.

        According to an initial IDF probe, two drones were launched from Lebanon toward the Haifa area at around 7
        p.m. One was shot down over the sea off Nahariya. The other was lost by radar tracking, and no sirens
        sounded before it struck the base.

        Hezbollah said in a statement that it had launched "a squadron of attack drones" at the base in response to
        Israeli strikes in Beirut last Thursday, and that it had simultaneously fired dozens of rockets at Nahariya
        and Acre to occupy Israel's air defenses.

        "This was a painful and difficult attack," IDF Chief of Staff Herzi Halevi said during a visit to the base.
        "We will find Hezbollah wherever it is." The air force said it had opened an investigation into why the
        drone was not detected in time, and Home Front Command tightened restrictions on gatherings in the Haifa
        area.

        The attack was the deadliest on Israeli soil since the military began its ground operation in southern
        Lebanon on October 1, and one of the deadliest since the war with Hezbollah began a year ago.

        With Sunday's deaths, 36 soldiers have been killed in fighting with Hezbollah along the northern border and
        in southern Lebanon since October 2023, including 15 since the ground operation began, according to IDF
        figures. Figures from the Prime Minister's Office show that Hezbollah attacks have also killed 25 civilians
        on the Israeli side of the border and on the Golan Heights.

        Some 60,000 residents of communities along the border remain evacuated from their homes, more than a year
        after the government ordered them to leave.

        In Lebanon, Israeli strikes have killed more than 2,300 people over the past year, most of them since
        mid-September, according to the Lebanese Health Ministry, which does not distinguish between civilians and
        fighters. The IDF says it has killed hundreds of Hezbollah operatives since the start of its ground
        incursion, including several senior commanders.

        The United States said on Sunday it would send Israel a THAAD missile defense battery, along with about 100
        US troops to operate it, as Israel weighs its response to Iran's October 1 ballistic missile attack.

        Defense Minister Yoav Gallant, speaking at a memorial event in Jerusalem, said the drone strike showed that
        Hezbollah "still has capabilities" and that the military would "continue to strike it without mercy."
        """,
        g(
            "killed",
            4,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2024-10-13",
            by="israeli military",
            cue="Four soldiers were killed",
            note="the headline repeats both figures; listed once",
        ),
        g(
            "injured",
            60,
            "israel",
            q="lower",
            scope="event",
            as_of="2024-10-13",
            by="israeli military",
            cue="more than 60 people were wounded",
        ),
        g(
            "projectiles",
            2,
            "lebanon",
            scope="event",
            as_of="2024-10-13",
            by="israeli military",
            cue="two drones were launched from Lebanon",
        ),
        g(
            "projectiles",
            24,
            "lebanon",
            q="lower",
            scope="event",
            as_of="2024-10-13",
            by="hezbollah",
            cue="fired dozens of rockets at Nahariya",
        ),
        g(
            "killed",
            36,
            "israel",
            pop="combatants",
            scope="total",
            as_of="2024-10-14",
            by="israeli military",
            cue="36 soldiers have been killed",
        ),
        g(
            "killed",
            15,
            "israel",
            pop="combatants",
            scope="total",
            as_of="2024-10-14",
            by="israeli military",
            cue="including 15 since the ground operation began",
            note="running toll of the ground phase, a subgroup of the 36 -> total",
        ),
        g(
            "killed",
            25,
            "israel",
            pop="civilians",
            scope="total",
            as_of="2024-10-14",
            by="prime minister's office",
            cue="killed 25 civilians",
        ),
        g(
            "evacuated",
            60000,
            "israel",
            q="approx",
            scope="total",
            as_of="2024-10-14",
            cue="Some 60,000 residents of communities along the border",
        ),
        g(
            "killed",
            2300,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2024-10-14",
            by="lebanese health ministry",
            cue="killed more than 2,300 people over the past year",
        ),
        g(
            "killed",
            200,
            "lebanon",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2024-10-14",
            by="israeli military",
            cue="killed hundreds of Hezbollah operatives",
            note="vague 'hundreds' -> 200/lower; running toll since the incursion -> total",
        ),
    ),
    article(
        "t_lebanon_walkie_talkie_blasts",
        "2024-09-19",
        """
        Death toll from exploding walkie-talkies in Lebanon rises to 25 as Hezbollah leader vows reckoning

        By The Associated Press
        Updated 1:18 PM GMT+3, September 19, 2024

        BEIRUT (AP) — The death toll from a second wave of exploding communication devices in Lebanon rose to 25 on
        Thursday, Lebanon's Health Ministry said, a day after hundreds of walkie-talkies used by Hezbollah blew up
        across the country's south and in Beirut's southern suburbs.

        The ministry said more than 450 people were wounded in Wednesday's explosions, some of which went off during
        a funeral for Hezbollah members killed in the previous day's blasts, and that three paramedics of the
        Hezbollah-affiliated Islamic Health Committee were among the dead.

        On Tuesday, thousands of pagers carried by Hezbollah members detonated almost simultaneously in shops, homes
        and cars, killing 12 people, including two children, and wounding about 2,800, according to the Health
        Ministry. Many of the wounded suffered severe injuries to the eyes, face and hands.

        Hospitals across the country were overwhelmed, and the ministry called on off-duty staff to report for work.
        Doctors at one Beirut hospital said they had performed more than a dozen eye removals in a single night.

        Israel has not commented on the attacks, but it is widely believed to be behind them. A U.S. official and
        two other people briefed on the operation said the devices had been rigged with small amounts of explosives
        before they were delivered to the group, which had switched to low-tech communications to evade Israeli
        tracking.

        In a televised speech on Thursday, Hezbollah leader Hassan Nasrallah called the blasts "a declaration of
        war" and said Israel had crossed "all red lines." As he spoke, Israeli warplanes broke the sound barrier
        over Beirut, rattling windows across the capital.

        Cross-border fire intensified later in the day. The Israeli military said about 30 projectiles were fired
        from Lebanon toward the Galilee on Thursday afternoon, most of them falling in open areas, and that its jets
        struck Hezbollah rocket launchers in the south.

        Nearly a year of exchanges of fire along the border have killed more than 600 people in Lebanon, most of
        them fighters but including more than 100 civilians, according to an Associated Press tally.

        More than 110,000 people in southern Lebanon have fled their homes, according to the U.N. migration agency,
        while entire communities on the Israeli side of the border stand empty.

        The U.N. Security Council was due to meet on Friday to discuss the explosions at the request of Algeria. The
        U.N. human rights chief, Volker Türk, said simultaneously targeting thousands of people without knowing who
        was holding the devices violated international law.

        Iran's ambassador to Lebanon, Mojtaba Amani, was among those hurt on Tuesday, Iranian state media reported.
        He lost an eye, according to a member of Iran's parliament.
        """,
        g(
            "killed",
            25,
            "lebanon",
            scope="event",
            as_of="2024-09-18",
            by="lebanese health ministry",
            cue="rose to 25 on Thursday",
            note="Wednesday's blasts; the toll rose by Thursday but the event is the 18th",
        ),
        g(
            "injured",
            450,
            "lebanon",
            q="lower",
            scope="event",
            as_of="2024-09-18",
            by="lebanese health ministry",
            cue="more than 450 people were wounded",
        ),
        g(
            "killed",
            3,
            "lebanon",
            pop="medics",
            scope="event",
            as_of="2024-09-18",
            by="lebanese health ministry",
            cue="three paramedics of the Hezbollah-affiliated",
        ),
        g(
            "killed",
            12,
            "lebanon",
            scope="event",
            as_of="2024-09-17",
            by="lebanese health ministry",
            cue="killing 12 people, including two children",
        ),
        g(
            "killed",
            2,
            "lebanon",
            pop="children",
            scope="event",
            as_of="2024-09-17",
            by="lebanese health ministry",
            cue="including two children",
        ),
        g(
            "injured",
            2800,
            "lebanon",
            q="approx",
            scope="event",
            as_of="2024-09-17",
            by="lebanese health ministry",
            cue="wounding about 2,800",
        ),
        g(
            "projectiles",
            30,
            "lebanon",
            q="approx",
            scope="event",
            as_of="2024-09-19",
            by="israeli military",
            cue="about 30 projectiles were fired from Lebanon",
        ),
        g(
            "killed",
            600,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2024-09-19",
            by="ap tally",
            cue="killed more than 600 people in Lebanon",
        ),
        g(
            "killed",
            100,
            "lebanon",
            pop="civilians",
            q="lower",
            scope="total",
            as_of="2024-09-19",
            by="ap tally",
            cue="including more than 100 civilians",
        ),
        g(
            "displaced",
            110000,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2024-09-19",
            by="iom",
            cue="More than 110,000 people in southern Lebanon have fled",
            note="'more than a dozen eye removals' is operations, not people counted",
        ),
    ),
    article(
        "t_lebanon_beirut_strike_truce",
        "2025-11-24",
        """
        Israel says it killed Hezbollah military chief in Beirut strike, deadliest on capital since truce

        Beirut (AFP) – Published 24 November 2025

        Israel said Monday it had killed Hezbollah's military chief Haytham Ali Tabatabai in a strike on Beirut's
        southern suburbs, the first on the Lebanese capital in months and the deadliest since a ceasefire ended the
        war between Israel and the Iran-backed group a year ago.

        The strike on Sunday afternoon hit the third and fourth floors of a nine-storey building in the densely
        populated Haret Hreik neighbourhood, killing five people and wounding 28, Lebanon's health ministry said.

        Hezbollah confirmed Tabatabai's death in a statement late Sunday, calling him a "great jihadist commander",
        but did not say how it would respond. Crowds gathered for his funeral in the southern suburbs on Monday,
        chanting slogans against Israel and the United States.

        The Israeli military said Tabatabai had effectively served as the group's chief of staff since the killing
        of most of its top commanders last year and had been working to rebuild Hezbollah's arsenal. It accused the
        group of violating the truce "hundreds of times".

        Despite the ceasefire, Israel has kept up near-daily strikes on Lebanon, mostly in the south, saying it is
        targeting Hezbollah members and infrastructure. It has also kept troops in five hilltop positions inside
        Lebanese territory that it deems strategic.

        According to an AFP tally based on health ministry figures, Israeli strikes have killed more than 330 people
        in Lebanon since the truce. The ministry says at least 945 people have been wounded in the same period.

        The UN human rights office said on Tuesday that 127 civilians had been killed in Israeli attacks in Lebanon
        since the ceasefire took effect, and called for independent investigations into each incident.

        Israel, for its part, says it has killed more than 370 Hezbollah members since the truce.

        The war, which escalated into a full-scale Israeli air campaign and ground invasion in September last year,
        killed more than 4,000 people in Lebanon and forced more than a million from their homes.

        Most have since returned, but some 64,000 people remain displaced, according to the International
        Organization for Migration, many of them from border villages that were largely flattened.

        Lebanese authorities have also demanded the release of at least 12 Lebanese citizens held in Israeli
        prisons, most of them captured during the war.

        President Joseph Aoun urged the international community to "intervene firmly" to stop the attacks.
        Washington has been pressing Beirut to disarm Hezbollah, and the Lebanese army says it has deployed some
        10,000 troops south of the Litani river under a plan to bring all weapons under state control by the end of
        the year.

        Hezbollah chief Naim Qassem has rejected calls to hand over the group's weapons while Israel continues its
        strikes and occupation of Lebanese land.
        """,
        g(
            "killed",
            5,
            "lebanon",
            scope="event",
            as_of="2025-11-23",
            by="lebanese health ministry",
            cue="killing five people and wounding 28",
        ),
        g(
            "injured",
            28,
            "lebanon",
            scope="event",
            as_of="2025-11-23",
            by="lebanese health ministry",
            cue="wounding 28",
        ),
        g(
            "killed",
            330,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-11-24",
            by="afp tally",
            cue="killed more than 330 people in Lebanon since the truce",
            note="'AFP tally based on health ministry figures': the tally is AFP's",
        ),
        g(
            "injured",
            945,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-11-24",
            by="lebanese health ministry",
            cue="at least 945 people have been wounded",
        ),
        g(
            "killed",
            127,
            "lebanon",
            pop="civilians",
            scope="total",
            as_of="2025-11-18",
            by="un human rights office",
            cue="127 civilians had been killed",
            note="'on Tuesday' counted back from Monday 24 November",
        ),
        g(
            "killed",
            370,
            "lebanon",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2025-11-24",
            by="israel",
            cue="killed more than 370 Hezbollah members",
        ),
        g(
            "killed",
            4000,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-11-24",
            cue="killed more than 4,000 people in Lebanon",
            note="toll of the 2024 war, stated in background -> total, article date",
        ),
        g(
            "displaced",
            1000000,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-11-24",
            cue="forced more than a million from their homes",
        ),
        g(
            "displaced",
            64000,
            "lebanon",
            q="approx",
            scope="total",
            as_of="2025-11-24",
            by="iom",
            cue="some 64,000 people remain displaced",
        ),
        g(
            "detained",
            12,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-11-24",
            by="lebanese authorities",
            cue="at least 12 Lebanese citizens held in Israeli prisons",
            note="'some 10,000 troops' deployed is not a figure",
        ),
    ),
    article(
        "t_west_bank_nur_shams_women",
        "2025-02-10",
        """
        Two women shot dead in Nur Shams as Israel's West Bank offensive enters fourth week

        Israeli defence minister says troops will stay in northern refugee camps 'for months' as UN says tens of
        thousands forced out

        By our correspondent in Tulkarm, occupied West Bank
        Published: 10 February 2025

        Israeli troops shot dead two women in the Nur Shams refugee camp on Sunday, one of them eight months
        pregnant, the Palestinian Health Ministry said, as Israel's largest military operation in the occupied West
        Bank in two decades entered its fourth week.

        The ministry said the women were shot as they tried to leave their homes in the camp's al-Manshiyeh quarter.
        Relatives said the husband of one of them was wounded and then detained. The Israeli military said it was
        looking into the incident.

        Israel launched the operation, which it calls "Iron Wall", in Jenin on January 21, two days after the Gaza
        ceasefire took effect, and has since extended it to the Tulkarm, Nur Shams and al-Far'a camps. At least 70
        Palestinians have been killed in the northern West Bank since the operation began, according to the health
        ministry.

        The army says it has killed dozens of militants and detained more than 100 wanted suspects in the operation,
        and that it has dismantled explosives labs and "terror infrastructure". Defence Minister Israel Katz said on
        Sunday that troops would remain in the camps "for months" and that residents would not be allowed to return.

        UNRWA, the UN agency for Palestinian refugees, said about 40,000 people had been forced from their homes in
        the four camps, the largest displacement in the West Bank since Israel captured the territory in 1967.
        Bulldozers have torn up roads and water networks; some families are sheltering in mosques, schools and
        wedding halls in nearby towns.

        "We left with the clothes we were wearing. They gave us 20 minutes," said Abu Khaled, 63, who now shares a
        single room in Tulkarm city with his wife, daughters and grandchildren.

        In Tulkarm on Monday, residents said soldiers had blown up at least 10 houses overnight. The Palestinian
        Prisoners' Society said Israeli forces had detained at least 45 people in overnight raids across the West
        Bank, including in Hebron, Nablus and Bethlehem.

        Israel says the operation is aimed at armed groups that have grown in the camps, including the Jenin Brigade
        and the Tulkarm Battalion, and points to a rise in attacks on Israelis. On Tuesday, a Palestinian gunman
        opened fire at the Tayasir checkpoint in the Jordan Valley, and two soldiers were killed and eight soldiers
        wounded before he was shot dead, the military said.

        The Palestinian Health Ministry says at least 900 Palestinians have been killed in the West Bank, including
        east Jerusalem, by Israeli troops or settlers since October 2023, among them more than 180 children.

        The Palestinian Authority, whose own security forces mounted a weeks-long campaign in Jenin camp in
        December, has condemned the Israeli operation as an attempt to "displace the camps" and has asked the UN
        Security Council to intervene.
        """,
        g(
            "killed",
            2,
            "west-bank",
            pop="women",
            scope="event",
            as_of="2025-02-09",
            by="palestinian health ministry",
            cue="shot dead two women in the Nur Shams refugee camp",
            note="headline repeats it; 'eight months pregnant' is a duration",
        ),
        g(
            "killed",
            70,
            "west-bank",
            q="lower",
            scope="total",
            as_of="2025-02-10",
            by="palestinian health ministry",
            cue="At least 70 Palestinians have been killed in the northern West Bank",
            note="running toll of an ongoing operation ('since the operation began') -> total",
        ),
        g(
            "killed",
            24,
            "west-bank",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2025-02-10",
            by="israeli military",
            cue="killed dozens of militants",
        ),
        g(
            "detained",
            100,
            "west-bank",
            q="lower",
            scope="total",
            as_of="2025-02-10",
            by="israeli military",
            cue="detained more than 100 wanted suspects",
            note="'wanted suspects' are not said to be fighters -> population all",
        ),
        g(
            "displaced",
            40000,
            "west-bank",
            q="approx",
            scope="total",
            as_of="2025-02-10",
            by="unrwa",
            cue="about 40,000 people had been forced from their homes",
            note="the subheadline's 'tens of thousands' is this figure, not annotated again",
        ),
        g(
            "detained",
            45,
            "west-bank",
            q="lower",
            scope="event",
            as_of="2025-02-10",
            by="palestinian prisoners' society",
            cue="detained at least 45 people in overnight raids",
        ),
        g(
            "killed",
            2,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-02-04",
            by="israeli military",
            cue="two soldiers were killed",
        ),
        g(
            "injured",
            8,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-02-04",
            by="israeli military",
            cue="eight soldiers wounded",
        ),
        g(
            "killed",
            900,
            "west-bank",
            q="lower",
            scope="total",
            as_of="2025-02-10",
            by="palestinian health ministry",
            cue="at least 900 Palestinians have been killed in the West Bank",
        ),
        g(
            "killed",
            180,
            "west-bank",
            pop="children",
            q="lower",
            scope="total",
            as_of="2025-02-10",
            by="palestinian health ministry",
            cue="more than 180 children",
        ),
    ),
    article(
        "t_yemen_houthis_detain_un_staff",
        "2025-09-01",
        """
        Houthis storm UN offices in Yemen's capital and detain staff after Israeli strike killed their premier

        By The Associated Press
        September 1, 2025

        CAIRO (AP) — Yemen's Houthi rebels stormed the offices of U.N. agencies in the capital, Sanaa, and detained
        at least 11 U.N. staffers on Sunday, the world body said, days after an Israeli airstrike killed the rebels'
        prime minister and several other ministers.

        U.N. envoy Hans Grundberg said in a statement that the detentions in Sanaa and the port city of Hodeida,
        which included staff of the World Food Program and UNICEF, brought to 34 the number of U.N. personnel held
        by the Houthis, some of them since a wave of arrests more than a year ago. He called for their "immediate
        and unconditional release."

        The Houthis, who have controlled Sanaa since 2014, have accused aid agencies of spying for Israel and the
        United States, a charge the U.N. rejects. The WFP said it had suspended some operations in rebel-held areas
        to protect its staff.

        The Israeli strike on Thursday hit a meeting of Houthi government officials in Sanaa. The rebels confirmed
        on Saturday that Prime Minister Ahmed Ghaleb al-Rahawi had been killed along with "a number of ministers,"
        without saying how many. Israel said it had targeted the group's top military and political leadership.

        It was the latest in a series of Israeli strikes on Houthi-held territory. On Aug. 24, Israeli warplanes
        struck a power station, a fuel depot and areas near the presidential compound in Sanaa, killing 10 people
        and wounding 102, according to the Houthi-run Health Ministry.

        The Houthis began attacking Israel and shipping in the Red Sea after the war in Gaza began, saying they were
        acting in solidarity with Palestinians. Israel's military says the group has fired more than 70 ballistic
        missiles and at least 22 drones at Israel since March, when it resumed attacks after the collapse of a
        ceasefire in Gaza. Most were intercepted, but a drone hit the airport in the southern city of Eilat last
        month.

        Houthi military spokesman Yahya Saree said on Monday that the group had targeted an Israeli-linked tanker in
        the northern Red Sea with a missile. There was no immediate confirmation from maritime security agencies.

        The group's leader, Abdul-Malik al-Houthi, vowed in a televised speech that the killing of the prime
        minister would "not go unpunished" and that attacks on Israel would escalate.

        Yemen's civil war began in 2014, when the Houthis swept down from their northern stronghold and seized
        Sanaa, forcing the internationally recognized government into exile. A Saudi-led coalition entered the war
        the following year. The fighting has killed more than 150,000 people, including fighters and civilians, and
        displaced about 4.5 million, according to U.N. figures. Some 19.5 million people, more than half the
        population, need humanitarian aid.
        """,
        g(
            "detained",
            11,
            "yemen",
            pop="aid_workers",
            q="lower",
            scope="event",
            as_of="2025-08-31",
            by="un",
            cue="detained at least 11 U.N. staffers on Sunday",
        ),
        g(
            "detained",
            34,
            "yemen",
            pop="aid_workers",
            scope="total",
            as_of="2025-09-01",
            by="un envoy",
            cue="brought to 34 the number of U.N. personnel held",
        ),
        g(
            "killed",
            10,
            "yemen",
            scope="event",
            as_of="2025-08-24",
            by="houthi-run health ministry",
            cue="killing 10 people and wounding 102",
        ),
        g(
            "injured",
            102,
            "yemen",
            scope="event",
            as_of="2025-08-24",
            by="houthi-run health ministry",
            cue="wounding 102",
        ),
        g(
            "projectiles",
            70,
            "yemen",
            q="lower",
            scope="total",
            as_of="2025-09-01",
            by="israeli military",
            cue="more than 70 ballistic missiles",
            note="running count since March -> total",
        ),
        g(
            "projectiles",
            22,
            "yemen",
            q="lower",
            scope="total",
            as_of="2025-09-01",
            by="israeli military",
            cue="at least 22 drones at Israel",
        ),
        g(
            "killed",
            150000,
            "yemen",
            q="lower",
            scope="total",
            as_of="2025-09-01",
            by="un",
            cue="killed more than 150,000 people",
        ),
        g(
            "displaced",
            4500000,
            "yemen",
            q="approx",
            scope="total",
            as_of="2025-09-01",
            by="un",
            cue="displaced about 4.5 million",
            note="'19.5 million people ... need humanitarian aid' is not a figure",
        ),
    ),
    article(
        "t_iran_war_tolls_markdown",
        "2025-06-26",
        """
        # Counting the dead after 12 days of war between Israel and Iran

        *Analysis · Published June 26, 2025*

        With a fragile ceasefire holding since Tuesday, both countries have begun to tally the human cost of the
        most direct war they have ever fought. The numbers are incomplete and contested, and they come from sources
        with very different incentives. Here is what is known.

        ## Iran

        Iran's Health Ministry said on Tuesday that 610 people had been killed and 4,746 injured in Israeli strikes
        that began on June 13, hitting nuclear sites, military bases, oil facilities and residential buildings in
        Tehran and at least 20 other provinces. The ministry's spokesman said women and children were among the dead
        but did not give a breakdown.

        The Washington-based Human Rights Activists News Agency (HRANA), which tracks casualties through a network
        of contacts inside the country, puts the toll considerably higher:

        - **1,190** people killed, of whom
        - **436** were civilians and
        - **435** were members of the security forces,
        - with the rest not yet identified.

        Israel says many of those killed were military commanders and nuclear scientists, including the chief of
        staff of the armed forces and the commander of the Revolutionary Guards.

        Iranian authorities have also announced a wave of arrests. The semi-official Nour News agency, citing
        security officials, reported that more than 700 people had been detained on suspicion of spying for Israel
        since the war began, and several people convicted of collaboration have already been executed.

        ## Israel

        In Israel, Iranian missiles killed 28 people, according to the Prime Minister's Office. Health Ministry
        figures show more than 3,000 people were treated in hospitals for injuries, most of them light.

        The Israeli military says Iran fired about 550 ballistic missiles at Israel over the 12 days, along with
        waves of drones. The vast majority were intercepted by a layered air defence system that includes Arrow,
        David's Sling and Iron Dome, with help from the United States, but some got through, hitting homes in Tel
        Aviv, Haifa, Beersheba and Rishon Lezion.

        The deadliest single impact came on June 15 in Bat Yam, south of Tel Aviv, where a missile tore through a
        residential building, killing nine people.

        ## Why the numbers differ

        Iran, a country of about 90 million people, imposed a near-total internet blackout for much of the war,
        making independent verification almost impossible. Its authorities have an interest in stressing civilian
        suffering; Israel has an interest in stressing the military nature of its targets.

        HRANA, founded in 2005, relies on local sources and cross-checks names where it can. Its figures have been
        close to official ones in past crises but are often revised as more information emerges.

        Israel's casualty figures are generally considered reliable, but its military censor restricts reporting on
        where missiles land, so the full extent of damage to military sites is unknown.

        ## What to watch

        - Whether Iran publishes a list of names of the dead.
        - Whether the 400 kg of highly enriched uranium Iran is believed to hold is accounted for.
        - Whether the ceasefire survives the first week.
        """,
        g(
            "killed",
            610,
            "iran",
            scope="total",
            as_of="2025-06-24",
            by="iranian health ministry",
            cue="610 people had been killed",
            note="'said on Tuesday' counted back from Thursday 26 June",
        ),
        g(
            "injured",
            4746,
            "iran",
            scope="total",
            as_of="2025-06-24",
            by="iranian health ministry",
            cue="4,746 injured",
        ),
        g("killed", 1190, "iran", scope="total", as_of="2025-06-26", by="hrana", cue="1,190** people killed"),
        g(
            "killed",
            436,
            "iran",
            pop="civilians",
            scope="total",
            as_of="2025-06-26",
            by="hrana",
            cue="436** were civilians",
        ),
        g(
            "killed",
            435,
            "iran",
            pop="combatants",
            scope="total",
            as_of="2025-06-26",
            by="hrana",
            cue="435** were members of the security forces",
        ),
        g(
            "detained",
            700,
            "iran",
            q="lower",
            scope="total",
            as_of="2025-06-26",
            by="iranian security officials",
            cue="more than 700 people had been detained",
            note="'Nour News, citing security officials' -> the original source",
        ),
        g(
            "killed",
            28,
            "israel",
            scope="total",
            as_of="2025-06-26",
            by="prime minister's office",
            cue="Iranian missiles killed 28 people",
        ),
        g(
            "injured",
            3000,
            "israel",
            q="lower",
            scope="total",
            as_of="2025-06-26",
            by="israeli health ministry",
            cue="more than 3,000 people were treated in hospitals",
        ),
        g(
            "projectiles",
            550,
            "iran",
            q="approx",
            scope="total",
            as_of="2025-06-26",
            by="israeli military",
            cue="Iran fired about 550 ballistic missiles",
        ),
        g(
            "killed",
            9,
            "israel",
            scope="event",
            as_of="2025-06-15",
            by=None,
            cue="killing nine people",
            note="'90 million people' is the population, not a figure",
        ),
    ),
    article(
        "t_syria_sweida_toll_undated",
        None,
        """
        Sweida death toll rises to 1,017 as ceasefire holds, monitor says

        Damascus (AFP) – The death toll from a week of sectarian violence in Syria's southern Sweida province has
        risen to 1,017, a war monitor said, as a fragile ceasefire between Druze fighters and Sunni Bedouin tribes
        held for a second day.

        The Britain-based Syrian Observatory for Human Rights said the dead included 298 Druze civilians and 342
        members of the government's security forces, as well as Druze fighters and armed Bedouin tribesmen.

        The Observatory, which relies on a network of sources on the ground, said dozens of people were still
        missing, mostly from villages in the west of the province that changed hands several times during the
        fighting.

        The violence erupted with tit-for-tat kidnappings between Druze fighters and Bedouin tribes and escalated
        when government forces deployed to the province, ostensibly to restore order. Druze residents and rights
        groups accused the troops of summary executions, looting and burning homes.

        Israel, which says it will protect the Druze minority, launched dozens of strikes on government forces in
        the province and hit the defence ministry headquarters in central Damascus and an area near the presidential
        palace. The Syrian health ministry said three people were killed and 34 wounded in the Damascus strikes.

        The International Organization for Migration said 128,571 people had been displaced by the fighting, many of
        them to neighbouring Daraa province. On Monday, government buses evacuated about 1,500 Bedouin residents
        from the city of Sweida under a deal negotiated with the help of the United States, Turkey and Jordan.

        Aid convoys organised by the Syrian Arab Red Crescent reached the city for the first time on Sunday,
        carrying food, medicine and fuel. Residents described shortages of water and bread after days of power cuts.

        Sweida province is home to about 700,000 Druze, a religious minority that makes up around three percent of
        Syria's population. Many Druze leaders have resisted integrating their fighters into the new national army
        formed after Islamist-led rebels ousted Bashar al-Assad in December.

        The bloodshed has deepened mistrust of the authorities in Damascus among Syria's minorities. It recalled the
        violence on the coast in March, when the Observatory says about 1,500 Alawite civilians were killed by
        government forces and allied fighters.

        Interim President Ahmed al-Sharaa has promised to hold accountable "anyone who harmed our Druze people" and
        ordered an investigation. His government blamed "outlaw groups" for the abuses.

        Syria's civil war, which began in 2011 with the repression of anti-government protests, killed more than
        half a million people and displaced half the pre-war population.
        """,
        g(
            "killed",
            1017,
            "syria",
            scope="total",
            as_of=None,
            by="syrian observatory for human rights",
            cue="has risen to 1,017",
            note="headline repeats it; a week of clashes, a running toll -> total",
        ),
        g(
            "killed",
            298,
            "syria",
            pop="civilians",
            scope="total",
            as_of=None,
            by="syrian observatory for human rights",
            cue="298 Druze civilians",
        ),
        g(
            "killed",
            342,
            "syria",
            pop="combatants",
            scope="total",
            as_of=None,
            by="syrian observatory for human rights",
            cue="342 members of the government's security forces",
        ),
        g(
            "missing",
            24,
            "syria",
            q="lower",
            scope="total",
            as_of=None,
            by="syrian observatory for human rights",
            cue="dozens of people were still missing",
            note="'dozens of strikes' is attacks, not a figure",
        ),
        g(
            "killed",
            3,
            "syria",
            scope="event",
            as_of=None,
            by="syrian health ministry",
            cue="three people were killed and 34 wounded",
        ),
        g(
            "injured",
            34,
            "syria",
            scope="event",
            as_of=None,
            by="syrian health ministry",
            cue="34 wounded in the Damascus strikes",
        ),
        g("displaced", 128571, "syria", scope="total", as_of=None, by="iom", cue="128,571 people had been displaced"),
        g(
            "evacuated",
            1500,
            "syria",
            q="approx",
            scope="event",
            as_of=None,
            cue="evacuated about 1,500 Bedouin residents",
            note="undated article: 'On Monday' has no date",
        ),
        g(
            "killed",
            1500,
            "syria",
            pop="civilians",
            q="approx",
            scope="event",
            as_of=None,
            by="syrian observatory for human rights",
            cue="about 1,500 Alawite civilians were killed",
            note="'700,000 Druze' is a population; 'half the pre-war population' has no number",
        ),
        g(
            "killed",
            500000,
            "syria",
            q="lower",
            scope="total",
            as_of=None,
            cue="killed more than half a million people",
        ),
    ),
]
