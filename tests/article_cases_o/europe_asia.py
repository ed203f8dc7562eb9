"""Europe and Asia: a Kyiv daily (Ukraine), a wire story from Moscow (Russia), a broadcaster on
Myanmar, an Indian daily (India and Pakistan) and an AP story on the Jaffar Express siege (Pakistan)."""

from __future__ import annotations

from . import article, g

ARTICLES = [
    article(
        "o_kyiv_daily_mass_attack",
        "2025-08-28",
        """
        Russian mass attack on Kyiv kills at least 21, including 4 children

        by Kateryna Hodunova
        August 28, 2025 11:32 AM

        Russia launched 598 drones and 31 missiles at Ukraine overnight, killing at least 21 people in
        Kyiv, including four children, in one of the deadliest attacks on the capital since the start of
        the full-scale invasion.

        Ukraine's Air Force said air defense units shot down or suppressed 563 drones and 26 missiles.
        Kinzhal hypersonic missiles and Kh-101 cruise missiles were among the weapons used.

        At least 63 people were injured in the capital, Kyiv Mayor Vitali Klitschko said.

        In the Darnytskyi district, a five-story residential building was partially destroyed by a
        direct missile hit. Rescuers have pulled 16 bodies from the rubble there, and up to 10 more
        people may still be trapped, the State Emergency Service said. About 300 residents of
        neighboring buildings were evacuated overnight as firefighters battled the blaze.

        Explosions were heard across the city from shortly after midnight, and many residents spent the
        night in metro stations. Power and water supplies were disrupted in several districts on the left
        bank of the Dnipro River, city authorities said.

        The strikes also damaged the building of the EU delegation in Kyiv and the offices of the
        British Council, as well as a shopping mall in the city center. European Commission President
        Ursula von der Leyen said the EU "will not be intimidated."

        "Russia chooses ballistics instead of the negotiating table," President Volodymyr Zelensky said,
        calling on partners to respond with new sanctions and more air defense systems.

        The attack came less than two weeks after the summit between U.S. President Donald Trump and
        Russian leader Vladimir Putin in Alaska on Aug. 15, which failed to produce a ceasefire.

        Ukraine's General Staff put Russian losses since February 2022 at around 1,078,000 troops, a
        figure that includes killed and wounded soldiers.

        The UN Human Rights Monitoring Mission in Ukraine has verified at least 13,883 civilian deaths
        since February 2022, including 726 children, and says the real figure is likely considerably
        higher.

        Kyiv declared Aug. 29 a day of mourning.
        """,
        g(
            "projectiles",
            598,
            "russia",
            scope="event",
            as_of="2025-08-28",
            cue="Russia launched 598 drones and 31 missiles",
        ),
        g(
            "projectiles",
            31,
            "russia",
            scope="event",
            as_of="2025-08-28",
            cue="598 drones and 31 missiles at Ukraine overnight",
        ),
        g(
            "killed",
            21,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            q="lower",
            cue="killing at least 21 people in Kyiv",
            note="stated in the article's own voice (the sources come in later sentences) -> reported_by null.",
        ),
        g(
            "killed",
            4,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            pop="children",
            cue="including four children, in one of the deadliest",
        ),
        g(
            "projectiles",
            563,
            "russia",
            scope="event",
            as_of="2025-08-28",
            by="ukrainian air force",
            cue="shot down or suppressed 563 drones",
            note="downed drones are a subgroup of the drones Russia fired -> their own projectiles figure.",
        ),
        g(
            "projectiles",
            26,
            "russia",
            scope="event",
            as_of="2025-08-28",
            by="ukrainian air force",
            cue="563 drones and 26 missiles",
        ),
        g(
            "injured",
            63,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            by="kyiv mayor",
            q="lower",
            cue="At least 63 people were injured in the capital",
        ),
        g(
            "killed",
            16,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            by="state emergency service",
            cue="Rescuers have pulled 16 bodies from the rubble",
        ),
        g(
            "missing",
            10,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            by="state emergency service",
            q="upper",
            cue="up to 10 more people may still be trapped",
            note="trapped under the rubble = missing.",
        ),
        g(
            "evacuated",
            300,
            "ukraine",
            scope="event",
            as_of="2025-08-28",
            q="approx",
            cue="About 300 residents of neighboring buildings were evacuated",
        ),
        g(
            "killed",
            13883,
            "ukraine",
            scope="total",
            as_of="2025-08-28",
            by="un monitoring mission",
            pop="civilians",
            q="lower",
            cue="at least 13,883 civilian deaths",
            note="Russian 'losses' (killed and wounded, no split) are skipped per FIGURES.md.",
        ),
        g(
            "killed",
            726,
            "ukraine",
            scope="total",
            as_of="2025-08-28",
            by="un monitoring mission",
            pop="children",
            cue="including 726 children",
        ),
    ),
    article(
        "o_russia_wire_belgorod_drones",
        "2025-10-05",
        """
        Ukrainian drone kills two in Russia's Belgorod region; Moscow says it downed 117 drones

        MOSCOW, October 5, 2025 (Reuters) - Russian air defences destroyed 117 Ukrainian drones
        overnight over 10 regions, including 42 over the Bryansk region bordering Ukraine, the Russian
        Defence Ministry said on Sunday.

        In the Belgorod region, a Ukrainian drone struck a minibus near the town of Shebekino on Saturday
        evening, killing two civilians and injuring nine, among them a 12-year-old boy, regional governor
        Vyacheslav Gladkov said on the Telegram messaging app.

        Ukrainian attacks have killed 44 people in the region since the start of the year and wounded
        more than 400, according to a weekly tally Gladkov published on Monday.

        Reuters could not independently verify the reports. There was no immediate comment from Kyiv,
        which says its strikes target military and energy infrastructure essential to Moscow's war
        effort.

        Tens of thousands of residents of the neighbouring Kursk region remain displaced more than a
        year after Ukrainian troops crossed the border in a surprise incursion, and some 1,500 people
        are still living in temporary accommodation centres, Kursk authorities say.

        The FSB security service said on Saturday it had detained three residents of the Bryansk region
        suspected of passing the coordinates of military facilities to Ukrainian intelligence.

        Ukraine's air force said on Sunday that Russia had launched 53 drones and two Iskander-M
        ballistic missiles at Ukraine overnight, and that 38 of the drones had been shot down or jammed.
        A glide bomb attack on the city of Zaporizhzhia killed a 64-year-old woman, regional governor
        Ivan Fedorov said.

        In the northeast, Ukraine's National Guard said on Thursday that its 2nd Corps had captured 15
        Russian soldiers near Kupiansk, a logistics hub that Moscow has claimed several times to have
        encircled.

        Russia's defence ministry said its forces had taken control of two more villages in the
        Dnipropetrovsk region, a claim Reuters could not verify.

        The two countries have traded drone strikes almost nightly in recent months, with Ukraine
        increasingly targeting oil refineries deep inside Russia. Moscow has stepped up strikes on
        Ukraine's gas production facilities ahead of winter.

        (Reporting by Reuters; Editing by Alex Richardson)
        """,
        g(
            "projectiles",
            117,
            "ukraine",
            scope="event",
            as_of="2025-10-05",
            by="russian defence ministry",
            cue="destroyed 117 Ukrainian drones",
            note="drones fired by Ukraine -> ukraine; '10 regions' is not a figure.",
        ),
        g(
            "projectiles",
            42,
            "ukraine",
            scope="event",
            as_of="2025-10-05",
            by="russian defence ministry",
            cue="including 42 over the Bryansk region",
        ),
        g(
            "killed",
            2,
            "russia",
            scope="event",
            as_of="2025-10-04",
            by="belgorod governor",
            pop="civilians",
            cue="killing two civilians and injuring nine",
        ),
        g(
            "injured",
            9,
            "russia",
            scope="event",
            as_of="2025-10-04",
            by="belgorod governor",
            cue="injuring nine, among them a 12-year-old boy",
            note="the single 12-year-old boy is an age, not a children figure.",
        ),
        g(
            "killed",
            44,
            "russia",
            scope="total",
            as_of="2025-09-29",
            by="belgorod governor",
            cue="killed 44 people in the region since the start of the year",
            note="running toll reported on Monday -> as_of 2025-09-29 (the day named).",
        ),
        g(
            "injured",
            400,
            "russia",
            scope="total",
            as_of="2025-09-29",
            by="belgorod governor",
            q="lower",
            cue="wounded more than 400, according to a weekly tally",
        ),
        g(
            "displaced",
            20000,
            "russia",
            scope="total",
            as_of="2025-10-05",
            by="kursk authorities",
            q="lower",
            cue="Tens of thousands of residents of the neighbouring Kursk region remain displaced",
            note="vague 'tens of thousands' -> 20000/lower; the trailing 'Kursk authorities say' covers the sentence.",
        ),
        g(
            "displaced",
            1500,
            "russia",
            scope="total",
            as_of="2025-10-05",
            by="kursk authorities",
            q="approx",
            cue="some 1,500 people are still living in temporary accommodation centres",
        ),
        g(
            "detained",
            3,
            "russia",
            scope="event",
            as_of="2025-10-04",
            by="fsb",
            cue="detained three residents of the Bryansk region",
        ),
        g(
            "projectiles",
            53,
            "russia",
            scope="event",
            as_of="2025-10-05",
            by="ukrainian air force",
            cue="launched 53 drones and two Iskander-M",
        ),
        g(
            "projectiles",
            2,
            "russia",
            scope="event",
            as_of="2025-10-05",
            by="ukrainian air force",
            cue="two Iskander-M ballistic missiles",
        ),
        g(
            "projectiles",
            38,
            "russia",
            scope="event",
            as_of="2025-10-05",
            by="ukrainian air force",
            cue="38 of the drones had been shot down or jammed",
        ),
        g(
            "detained",
            15,
            "russia",
            scope="event",
            as_of="2025-10-02",
            by="ukrainian national guard",
            pop="combatants",
            cue="had captured 15 Russian soldiers near Kupiansk",
            note="prisoners of war taken -> detained; '2nd Corps' is a unit name.",
        ),
    ),
    article(
        "o_myanmar_broadcaster_mrauk_u_hospital",
        "2025-12-11",
        """
        Myanmar: Military air strike on Rakhine hospital kills at least 33

        11 December 2025

        A Myanmar military air strike on a hospital in western Rakhine state has killed at least 33
        people and injured more than 70, according to rescue workers and a local official.

        The general hospital in Mrauk-U, a town held by the ethnic Arakan Army (AA), was hit by two
        bombs dropped from a jet late on Wednesday night, said Wai Hun Aung, who leads a volunteer rescue
        team in the area.

        "Most of the dead are patients and the relatives who were caring for them," he told the BBC by
        phone. At least four hospital staff were among those killed, and at least five children, he
        said.

        Photographs shared by the rescue team showed a collapsed two-storey ward and bodies covered with
        blankets in the hospital grounds. The BBC was unable to independently verify the images.

        Residents said hundreds of people had fled Mrauk-U on Thursday for villages further from the
        town, fearing more strikes.

        Myanmar's military has not commented on the attack. Junta spokesman Zaw Min Tun has previously
        said the army targets only "terrorist groups" and denies striking civilians.

        The strike comes less than three weeks before a general election organised by the military,
        which is due to begin on 28 December and which critics have dismissed as a sham. Voting will not
        take place in large parts of the country controlled by armed groups, including most of Rakhine.

        The AA, one of the most powerful of Myanmar's ethnic armies, now controls 14 of Rakhine's 17
        townships. On Tuesday it said its fighters had killed about 60 junta soldiers and captured 25
        others in clashes near the port town of Kyaukphyu over the previous week.

        Rakhine is also facing a severe humanitarian crisis: the UN has warned that the state is on the
        brink of famine, with trade routes cut and aid deliveries blocked.

        Across Myanmar, more than 3.5 million people have been displaced by the fighting, according to
        the UN. The Assistance Association for Political Prisoners (AAPP) says at least 7,500 civilians
        have been killed by the military since the February 2021 coup, and more than 22,000 people
        remain in detention.
        """,
        g(
            "killed",
            33,
            "myanmar",
            scope="event",
            as_of="2025-12-10",
            by="rescue workers",
            q="lower",
            cue="has killed at least 33 people",
            note="strike 'late on Wednesday night' -> 2025-12-10, the day before the article.",
        ),
        g(
            "injured",
            70,
            "myanmar",
            scope="event",
            as_of="2025-12-10",
            by="rescue workers",
            q="lower",
            cue="injured more than 70",
        ),
        g(
            "projectiles",
            2,
            "myanmar",
            scope="event",
            as_of="2025-12-10",
            by="rescue workers",
            cue="hit by two bombs dropped from a jet",
            note="aerial bombs counted as projectiles, fired by the Myanmar military -> myanmar; debatable.",
        ),
        g(
            "killed",
            4,
            "myanmar",
            scope="event",
            as_of="2025-12-10",
            by="rescue workers",
            pop="medics",
            q="lower",
            cue="At least four hospital staff were among those killed",
        ),
        g(
            "killed",
            5,
            "myanmar",
            scope="event",
            as_of="2025-12-10",
            by="rescue workers",
            pop="children",
            q="lower",
            cue="and at least five children, he said",
        ),
        g(
            "displaced",
            200,
            "myanmar",
            scope="event",
            as_of="2025-12-11",
            by="residents",
            q="lower",
            cue="hundreds of people had fled Mrauk-U on Thursday",
        ),
        g(
            "killed",
            60,
            "myanmar",
            scope="event",
            as_of="2025-12-09",
            by="arakan army",
            pop="combatants",
            q="approx",
            cue="killed about 60 junta soldiers",
            note=(
                "'over the previous week' window, claimed on Tuesday -> event, 2025-12-09; junta soldiers serve "
                "Myanmar's military -> myanmar."
            ),
        ),
        g(
            "detained",
            25,
            "myanmar",
            scope="event",
            as_of="2025-12-09",
            by="arakan army",
            pop="combatants",
            cue="captured 25 others",
        ),
        g(
            "displaced",
            3500000,
            "myanmar",
            scope="total",
            as_of="2025-12-11",
            by="un",
            q="lower",
            cue="more than 3.5 million people have been displaced",
        ),
        g(
            "killed",
            7500,
            "myanmar",
            scope="total",
            as_of="2025-12-11",
            by="aapp",
            pop="civilians",
            q="lower",
            cue="at least 7,500 civilians have been killed by the military",
        ),
        g(
            "detained",
            22000,
            "myanmar",
            scope="total",
            as_of="2025-12-11",
            by="aapp",
            q="lower",
            cue="more than 22,000 people remain in detention",
        ),
    ),
    article(
        "o_india_pakistan_daily_poonch_drones",
        "2025-05-09",
        """
        Pakistan tried to breach airspace at 36 locations with 300-400 drones, says Army; 16 killed in Poonch shelling

        By HT Correspondent
        Updated on: May 09, 2025 10:45 PM IST

        NEW DELHI: Pakistan used between 300 and 400 drones in an attempt to breach Indian airspace at 36
        locations from Leh to Sir Creek on Thursday night, the Indian Army said on Friday, adding that a
        large number of them were brought down by kinetic and non-kinetic means.

        Colonel Sofiya Qureshi told a media briefing in New Delhi that a preliminary forensic
        investigation indicated the drones were Turkish-made Asisguard Songar models, and that the aim
        was to test India's air defence systems and gather intelligence.

        The Pakistani Army also fired heavy-calibre artillery and armed drones across the Line of Control
        (LoC) in Jammu and Kashmir, she said, and Indian forces responded in a "measured and
        proportionate" manner.

        In Poonch, the worst-hit district, Pakistani shelling on Wednesday killed 16 civilians, including
        three women and five children, and injured at least 43, according to officials in Jammu and
        Kashmir. Lance Naik Dinesh Kumar of the 5th Field Regiment was also killed in the firing.

        The district administration said about 1,200 residents of border villages in Poonch and Uri
        have since been evacuated to relief camps, while schools in the area will remain shut till
        Monday.

        Pakistan, for its part, has accused India of targeting civilians. Its military spokesman,
        Lieutenant General Ahmed Sharif Chaudhry, said on Thursday that Indian missile strikes early on
        Wednesday on nine sites had killed 31 civilians, including women and children, and wounded 57.

        Chaudhry also claimed that Pakistan had shot down 25 Israeli-made Harop drones sent by India on
        Thursday. India has not commented on the claim.

        New Delhi launched Operation Sindoor in the early hours of Wednesday in response to the April 22
        terror attack in Pahalgam, in which 26 people, mostly tourists, were killed. Indian defence
        officials have said more than 70 terrorists belonging to Lashkar-e-Taiba and Jaish-e-Mohammed
        were killed in the strikes on their camps in Pakistan and Pakistan-occupied Kashmir.

        The escalation has triggered concern in world capitals, with the US, UK and Saudi Arabia urging
        both sides to de-escalate. Prime Minister Narendra Modi chaired a meeting of the Cabinet
        Committee on Security on Friday, and airports in 32 cities across northern and western India
        will remain closed to civilian flights till May 15.
        """,
        g(
            "projectiles",
            300,
            "pakistan",
            scope="event",
            as_of="2025-05-08",
            by="indian army",
            q="range",
            high=400,
            cue="used between 300 and 400 drones",
            note=(
                "headline '300-400 drones' is the same figure; 'Thursday night' -> 2025-05-08; '36 locations' is not "
                "a figure."
            ),
        ),
        g(
            "killed",
            16,
            "india",
            scope="event",
            as_of="2025-05-07",
            by="jammu and kashmir officials",
            pop="civilians",
            cue="Pakistani shelling on Wednesday killed 16 civilians",
            note=(
                "Poonch (Indian-administered Jammu and Kashmir) -> india. The named Lance Naik is one person, no "
                "figure; '5th Field Regiment' is a unit."
            ),
        ),
        g(
            "killed",
            3,
            "india",
            scope="event",
            as_of="2025-05-07",
            by="jammu and kashmir officials",
            pop="women",
            cue="including three women and five children",
        ),
        g(
            "killed",
            5,
            "india",
            scope="event",
            as_of="2025-05-07",
            by="jammu and kashmir officials",
            pop="children",
            cue="three women and five children, and injured",
        ),
        g(
            "injured",
            43,
            "india",
            scope="event",
            as_of="2025-05-07",
            by="jammu and kashmir officials",
            q="lower",
            cue="injured at least 43",
        ),
        g(
            "evacuated",
            1200,
            "india",
            scope="total",
            as_of="2025-05-09",
            by="district administration",
            q="approx",
            cue="about 1,200 residents of border villages in Poonch and Uri have since been evacuated",
            note="standing count of evacuees ('have since been evacuated') -> total, article date.",
        ),
        g(
            "killed",
            31,
            "pakistan",
            scope="event",
            as_of="2025-05-07",
            by="pakistani military",
            pop="civilians",
            cue="had killed 31 civilians, including women and children",
            note="'including women and children' gives no number -> no subgroup figure; 'nine sites' is not a figure.",
        ),
        g("injured", 57, "pakistan", scope="event", as_of="2025-05-07", by="pakistani military", cue="and wounded 57"),
        g(
            "projectiles",
            25,
            "india",
            scope="event",
            as_of="2025-05-08",
            by="pakistani military",
            cue="shot down 25 Israeli-made Harop drones sent by India",
            note="drones sent by India -> side india.",
        ),
        g(
            "killed",
            26,
            "india",
            scope="event",
            as_of="2025-04-22",
            cue="in which 26 people, mostly tourists, were killed",
        ),
        g(
            "killed",
            70,
            "pakistan",
            scope="event",
            as_of="2025-05-07",
            by="indian defence officials",
            pop="combatants",
            q="lower",
            cue="more than 70 terrorists belonging to Lashkar-e-Taiba",
            note=(
                "militants of Pakistan-based groups killed in strikes on Pakistan and Pakistan-administered Kashmir "
                "-> pakistan."
            ),
        ),
    ),
    article(
        "o_pakistan_ap_jaffar_express",
        "2025-03-12",
        """
        Pakistan says all 33 militants killed and 346 hostages freed as train siege ends

        By ABDUL SATTAR and MUNIR AHMED
        Updated 4:51 PM GMT, March 12, 2025

        QUETTA, Pakistan (AP) — Pakistani security forces on Wednesday ended a more than 30-hour siege of
        a passenger train seized by separatist militants in the country's restive southwest, killing all
        33 attackers and freeing 346 hostages, the military said.

        Lt. Gen. Ahmed Sharif Chaudhry, the military spokesman, told Dunya News TV that 21 hostages had
        been killed by the militants during the siege and that four paramilitary soldiers died in the
        final assault.

        The Jaffar Express was carrying about 440 passengers in nine coaches from Quetta to Peshawar when
        it was attacked on Tuesday in a remote mountainous area near the town of Sibi. The militants
        blew up the track and then opened fire on the train as it stopped near a tunnel.

        The Baloch Liberation Army, which claimed responsibility, said on Wednesday it was holding 214
        people, most of them security personnel, and threatened to kill them unless authorities released
        Baloch political prisoners within 48 hours.

        Officials said late Tuesday that 104 passengers, among them 31 women and 15 children, had
        been rescued in the first hours and taken by another train to the town of Mach.

        A railway official, Muhammad Kashif, said at least 37 injured passengers had been taken to
        hospitals in Quetta and Sibi on Wednesday. Coffins were sent to Mach railway station, he said.

        Passengers who escaped described a terrifying ordeal. "The militants checked our ID cards and
        separated soldiers from us," said one, who asked not to be named for fear of reprisals.

        The BLA, which the U.S. designated a terrorist organization in 2019, has stepped up attacks on
        security forces and foreigners, especially Chinese nationals working on projects in the
        province, including a suicide bombing at Quetta's railway station in November.

        Balochistan, Pakistan's largest and poorest province, has been the scene of a low-level
        insurgency for more than two decades, with separatists demanding independence from the central
        government in Islamabad.

        Associated Press writer Riaz Khan in Peshawar contributed to this report.
        """,
        g(
            "killed",
            33,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="pakistani military",
            pop="combatants",
            cue="killing all 33 attackers",
            note="BLA militants killed in Pakistan -> pakistan (no separate slug for the armed group).",
        ),
        g(
            "hostages",
            346,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="pakistani military",
            cue="freeing 346 hostages",
            note="freed hostages are still a count of hostages.",
        ),
        g(
            "killed",
            21,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="pakistani military",
            cue="21 hostages had been killed by the militants during the siege",
            note="the siege ran Tuesday-Wednesday; its final toll is dated to the day it ended and was reported.",
        ),
        g(
            "killed",
            4,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="pakistani military",
            pop="combatants",
            cue="four paramilitary soldiers died in the final assault",
        ),
        g(
            "hostages",
            214,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="baloch liberation army",
            cue="it was holding 214 people",
            note="'about 440 passengers' on the train is not a figure (not said to be held); '48 hours' is a duration.",
        ),
        g(
            "hostages",
            104,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="officials",
            cue="104 passengers, among them 31 women and 15 children, had been rescued",
            note="rescued hostages -> hostages; 'late Tuesday' -> 2025-03-11.",
        ),
        g(
            "hostages",
            31,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="officials",
            pop="women",
            cue="among them 31 women",
        ),
        g(
            "hostages",
            15,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="officials",
            pop="children",
            cue="31 women and 15 children",
        ),
        g(
            "injured",
            37,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="railway official",
            q="lower",
            cue="at least 37 injured passengers",
        ),
    ),
]
