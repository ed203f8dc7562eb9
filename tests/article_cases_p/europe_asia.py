"""Set P, Europe and Asia: a Kyiv daily (Ukraine), a Moscow wire story (Russia), a broadcaster (Myanmar), an
Indian broadcaster's web story (India and Pakistan) and an undated hard-wrapped plain-text wire piece
(Afghanistan and Pakistan).

Not annotated, on purpose: drones/missiles "shot down" when the launched total is also given (a subset of
the salvo, as in the seed gold), hotline numbers, "day 1,210", storeys, flights, airports, locations,
deployments, students in class, magnitudes, ranks, durations and distances.
"""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import article, g

D_UKR = "2025-06-17"  # Tuesday
D_RUS = "2025-03-11"  # Tuesday
D_MMR = "2025-05-13"  # Tuesday
D_IND = "2025-05-09"  # Friday

ARTICLES = [
    article(
        "p_ukraine_kyiv",
        D_UKR,
        """
        Russian mass attack kills at least 23 in Kyiv, one of deadliest strikes on capital

        by Kateryna Hodunova
        June 17, 2025 2:41 PM

        Russia launched 440 drones and 32 missiles against Ukraine overnight on June 17, the Ukrainian Air
        Force said, in one of the largest combined attacks of the full-scale war. Air defense shot down or
        suppressed 428 drones and 30 missiles, according to the Air Force.

        At least 23 people were killed in Kyiv, among them three children, the head of the Kyiv City
        Military Administration, Tymur Tkachenko, said.

        Interior Minister Ihor Klymenko told reporters that 134 people were injured in the capital and that
        rescuers were still searching for up to 10 people believed to be trapped under the rubble of a
        nine-storey apartment building in the Solomianskyi district, which was hit by a Kh-101 cruise missile.

        “It was a night of terror for Kyiv,” Klymenko said at the scene. “We will work until we find
        everyone.”

        Residents who need help can call the city’s hotline at 1551.

        In Odesa, a drone attack killed one person and injured 17, including a paramedic, Governor Oleh Kiper
        said. Fires broke out at several warehouses in the port area.

        The attack came as Group of Seven leaders met in Canada, where President Volodymyr Zelensky had hoped
        to meet U.S. President Donald Trump. It was day 1,210 of Russia’s full-scale war against Ukraine.

        Evacuations in Sumy Oblast

        In Sumy Oblast, authorities on Monday ordered the mandatory evacuation of 11 more villages near the
        Russian border, affecting around 1,600 residents, as Russian troops pressed attacks in the area.
        More than 56,000 people have been evacuated from the region since the start of the year, according to
        the regional military administration.

        Civilian toll

        The UN Human Rights Monitoring Mission in Ukraine says at least 13,438 civilians have been killed
        since February 2022, including 716 children, and more than 33,000 injured. The mission has said the
        real figures are likely considerably higher.

        Ukraine’s Institute of Mass Information says 112 media workers have been killed as a result of
        Russia’s war since the full-scale invasion began.

        Kyiv’s military administration declared June 18 a day of mourning in the capital.
        """,
        g(
            "projectiles",
            440,
            "russia",
            scope="event",
            as_of=D_UKR,
            by="ukrainian air force",
            cue="Russia launched 440 drones and 32 missiles against Ukraine overnight",
            note="'overnight on June 17' -> the article's date. '428 drones and 30 missiles' shot down are "
            "a subset of this salvo -> not annotated (as the seed gold leaves 'intercepted' out).",
        ),
        g(
            "projectiles",
            32,
            "russia",
            scope="event",
            as_of=D_UKR,
            by="ukrainian air force",
            cue="440 drones and 32 missiles",
        ),
        g(
            "killed",
            23,
            "ukraine",
            scope="event",
            as_of=D_UKR,
            by="kyiv city military administration",
            q="lower",
            cue="At least 23 people were killed in Kyiv",
            note="Tkachenko heads the Kyiv City Military Administration -> that body; headline repeats it.",
        ),
        g(
            "killed",
            3,
            "ukraine",
            pop="children",
            scope="event",
            as_of=D_UKR,
            by="kyiv city military administration",
            cue="among them three children",
        ),
        g(
            "injured",
            134,
            "ukraine",
            scope="event",
            as_of=D_UKR,
            by="ukrainian interior minister",
            cue="134 people were injured in the capital",
        ),
        g(
            "missing",
            10,
            "ukraine",
            scope="event",
            as_of=D_UKR,
            by="ukrainian interior minister",
            q="upper",
            cue="up to 10 people believed to be trapped under the rubble",
            note="'under the rubble' -> missing (FIGURES.md); 'nine-storey' is not a figure.",
        ),
        g(
            "killed",
            1,
            "ukraine",
            scope="event",
            as_of=D_UKR,
            by="odesa governor",
            cue="a drone attack killed one person and injured 17",
            note="a stated count 'one person' (as the seed gold keeps 'at least one civilian'); 'including a "
            "paramedic' has no number.",
        ),
        g("injured", 17, "ukraine", scope="event", as_of=D_UKR, by="odesa governor", cue="injured 17"),
        g(
            "evacuated",
            1600,
            "ukraine",
            scope="event",
            as_of="2025-06-16",
            q="approx",
            cue="affecting around 1,600 residents",
            note="one evacuation order 'on Monday' -> event 2025-06-16; ordered to leave -> evacuated; "
            "'11 more villages' are not people; no attribution -> null.",
        ),
        g(
            "evacuated",
            56000,
            "ukraine",
            scope="total",
            as_of=D_UKR,
            by="sumy regional military administration",
            q="lower",
            cue="More than 56,000 people have been evacuated from the region since the start of the year",
            note="'since the start of the year' is a running toll -> total.",
        ),
        g(
            "killed",
            13438,
            "ukraine",
            pop="civilians",
            scope="total",
            as_of=D_UKR,
            by="un human rights monitoring mission",
            q="lower",
            cue="at least 13,438 civilians have been killed",
        ),
        g(
            "killed",
            716,
            "ukraine",
            pop="children",
            scope="total",
            as_of=D_UKR,
            by="un human rights monitoring mission",
            cue="including 716 children",
        ),
        g(
            "injured",
            33000,
            "ukraine",
            pop="civilians",
            scope="total",
            as_of=D_UKR,
            by="un human rights monitoring mission",
            q="lower",
            cue="more than 33,000 injured",
            note="'more than 33,000 injured' continues the civilians sentence -> civilians.",
        ),
        g(
            "killed",
            112,
            "ukraine",
            pop="journalists",
            scope="total",
            as_of=D_UKR,
            by="institute of mass information",
            cue="112 media workers have been killed",
            note="media workers -> journalists; '1551' (hotline), 'day 1,210' and 'June 18' are not figures.",
        ),
    ),
    article(
        "p_russia_wire",
        D_RUS,
        """
        Ukraine hits Moscow region in biggest drone attack of the war, three killed

        By Reuters Staff
        March 11, 2025 9:45 AM GMT+0 Updated 2 hours ago

        MOSCOW, March 11 (Reuters) - Ukraine launched its largest drone attack on Moscow since the start of
        the war overnight, killing three people in the Moscow region, disrupting flights and setting fire to
        an apartment block, Russian officials said on Tuesday.

        The defence ministry said 337 Ukrainian drones had been launched at 10 Russian regions overnight and
        that all of them had been shot down, about a third of them over the Moscow region.

        Moscow region governor Andrei Vorobyov said three people were killed and 18 injured, including three
        children, in the town of Vidnoye and the Domodedovo district. Some 200 residents were evacuated from
        a damaged apartment block in Vidnoye, he said.

        All four Moscow airports suspended flights for several hours, and more than 50 trains were delayed
        after debris fell on a railway depot.

        The attack came hours before U.S. and Ukrainian officials began talks in Jeddah, Saudi Arabia, on a
        U.S. proposal for a 30-day ceasefire.

        In the Kursk region, where Russian forces are pressing an offensive to push out Ukrainian troops who
        crossed the border last August, Russia's General Staff said its forces had killed up to 230
        Ukrainian servicemen over the past day. Reuters could not verify the battlefield claims of either
        side.

        Ukraine's General Staff said in its daily update that Russia had lost 1,330 troops killed and wounded
        over the past 24 hours.

        Regional officials say more than 150,000 people have been evacuated from the border districts of
        Kursk region since Ukraine's incursion began. Russia's human rights commissioner, Tatyana
        Moskalkova, said on Friday that 590 residents of the region were still unaccounted for.

        Separately, the Federal Security Service (FSB) said it had detained 14 Russian citizens suspected of
        plotting sabotage attacks on railways on behalf of Ukraine's military intelligence.

        Russia, which launched its full-scale invasion of Ukraine in February 2022, controls just under a
        fifth of Ukrainian territory.

        (Reporting by Reuters; Editing by Andrew Osborn)
        """,
        g(
            "projectiles",
            337,
            "ukraine",
            scope="event",
            as_of=D_RUS,
            by="russian defence ministry",
            cue="337 Ukrainian drones had been launched at 10 Russian regions overnight",
            note="Ukrainian drones -> side ukraine (the side that fired them); '10 Russian regions' and 'about "
            "a third' are not figures.",
        ),
        g(
            "killed",
            3,
            "russia",
            scope="event",
            as_of=D_RUS,
            by="moscow region governor",
            cue="three people were killed and 18 injured",
            note="the lead repeats it ('killing three people ... Russian officials said'); listed once.",
        ),
        g(
            "injured",
            18,
            "russia",
            scope="event",
            as_of=D_RUS,
            by="moscow region governor",
            cue="18 injured, including three children",
        ),
        g(
            "injured",
            3,
            "russia",
            pop="children",
            scope="event",
            as_of=D_RUS,
            by="moscow region governor",
            cue="including three children, in the town of Vidnoye",
        ),
        g(
            "evacuated",
            200,
            "russia",
            scope="event",
            as_of=D_RUS,
            by="moscow region governor",
            q="approx",
            cue="Some 200 residents were evacuated from a damaged apartment block",
        ),
        g(
            "killed",
            230,
            "ukraine",
            pop="combatants",
            scope="event",
            as_of=D_RUS,
            by="russian general staff",
            q="upper",
            cue="killed up to 230 Ukrainian servicemen over the past day",
            note="'up to' -> upper; a one-day window -> event.",
        ),
        g(
            "killed",
            1330,
            "russia",
            pop="combatants",
            scope="event",
            as_of=D_RUS,
            by="ukrainian general staff",
            cue="Russia had lost 1,330 troops killed and wounded over the past 24 hours",
            note="combined 'killed and wounded' with no split: FIGURES.md says such a figure is killed when the "
            "text says killed -> killed (debatable).",
        ),
        g(
            "evacuated",
            150000,
            "russia",
            scope="total",
            as_of=D_RUS,
            by="regional officials",
            q="lower",
            cue="more than 150,000 people have been evacuated from the border districts of Kursk region",
        ),
        g(
            "missing",
            590,
            "russia",
            scope="total",
            as_of="2025-03-07",
            by="russian human rights commissioner",
            cue="590 residents of the region were still unaccounted for",
            note="'said on Friday' -> the Friday before the Tuesday article, 2025-03-07.",
        ),
        g(
            "detained",
            14,
            "russia",
            scope="event",
            as_of=D_RUS,
            by="fsb",
            cue="detained 14 Russian citizens suspected of plotting sabotage",
            note="'more than 50 trains', 'four Moscow airports', '30-day ceasefire' are not figures.",
        ),
    ),
    article(
        "p_myanmar_broadcaster",
        D_MMR,
        """
        Myanmar military air strike on village school kills 22, including 20 children

        13 May 2025

        An air strike by Myanmar's military on a school in the central Sagaing region killed at least 22
        people, 20 of them children, on Monday morning, according to the opposition National Unity Government
        (NUG).

        A fighter jet bombed the school in Ohe Htein Twin village in Depayin township at about
        10:00 local time, as about 100 students were in class, a teacher told the BBC's Burmese service.
        More than 50 people were wounded, some of them seriously, and the village's small clinic was
        overwhelmed, residents said.

        "The children had no time to run to the bunker," said a mother who lost her 12-year-old son.

        State media denied that children were killed, saying the military had targeted a gathering of
        resistance fighters and killed about 30 "terrorists".

        The strike came despite a ceasefire the military declared after the 7.7-magnitude earthquake that
        struck central Myanmar on 28 March, which it has since extended twice.

        Civil war since the coup

        Myanmar has been in turmoil since the military seized power in February 2021, ousting the elected
        government of Aung San Suu Kyi. Armed resistance groups and ethnic armies now control large parts of
        the country.

        According to a tally by the Assistance Association for Political Prisoners (AAPP), security forces
        have killed at least 6,600 people since the coup and arrested more than 29,000, of whom about 22,000
        remain in detention.

        The UN estimates that more than 3.5 million people have been displaced inside the country.

        In western Rakhine state, the Arakan Army says it has captured nearly 400 junta soldiers since it
        overran the regional military command in Ann in December. About 150,000 Rohingya have fled to
        Bangladesh since fighting resumed in Rakhine, according to the UN refugee agency, UNHCR.

        Myanmar is also one of the most dangerous places in the world for reporters. At least seven
        journalists have been killed since the coup, according to the Committee to Protect Journalists.

        The NUG said the attack on the school was a war crime and called on the UN Security Council to refer
        Myanmar to the International Criminal Court.
        """,
        g(
            "killed",
            22,
            "myanmar",
            scope="event",
            as_of="2025-05-12",
            by="national unity government",
            q="lower",
            cue="killed at least 22 people, 20 of them children, on Monday morning",
            note="'on Monday morning' -> 2025-05-12; the headline repeats the figures (listed once).",
        ),
        g(
            "killed",
            20,
            "myanmar",
            pop="children",
            scope="event",
            as_of="2025-05-12",
            by="national unity government",
            cue="20 of them children",
        ),
        g(
            "injured",
            50,
            "myanmar",
            scope="event",
            as_of="2025-05-12",
            by="residents",
            q="lower",
            cue="More than 50 people were wounded",
            note="'about 100 students were in class' counts no one killed/hurt -> not a figure; '12-year-old' "
            "is an age.",
        ),
        g(
            "killed",
            30,
            "myanmar",
            pop="combatants",
            scope="event",
            as_of="2025-05-12",
            by="myanmar state media",
            q="approx",
            cue='killed about 30 "terrorists"',
            note="the military's counter-claim about the same strike: resistance fighters -> combatants.",
        ),
        g(
            "killed",
            6600,
            "myanmar",
            scope="total",
            as_of=D_MMR,
            by="aapp",
            q="lower",
            cue="have killed at least 6,600 people since the coup",
        ),
        g(
            "detained",
            29000,
            "myanmar",
            scope="total",
            as_of=D_MMR,
            by="aapp",
            q="lower",
            cue="arrested more than 29,000",
        ),
        g(
            "detained",
            22000,
            "myanmar",
            scope="total",
            as_of=D_MMR,
            by="aapp",
            q="approx",
            cue="about 22,000 remain in detention",
        ),
        g(
            "displaced",
            3500000,
            "myanmar",
            scope="total",
            as_of=D_MMR,
            by="un",
            q="lower",
            cue="more than 3.5 million people have been displaced",
        ),
        g(
            "detained",
            400,
            "myanmar",
            pop="combatants",
            scope="total",
            as_of=D_MMR,
            by="arakan army",
            q="upper",
            cue="captured nearly 400 junta soldiers",
            note="captured soldiers = prisoners taken -> detained; 'nearly' -> upper per FIGURES.md's table.",
        ),
        g(
            "displaced",
            150000,
            "myanmar",
            scope="total",
            as_of=D_MMR,
            by="unhcr",
            q="approx",
            cue="About 150,000 Rohingya have fled to Bangladesh",
            note="Rohingya who fled Rakhine -> myanmar, the territory they fled.",
        ),
        g(
            "killed",
            7,
            "myanmar",
            pop="journalists",
            scope="total",
            as_of=D_MMR,
            by="committee to protect journalists",
            q="lower",
            cue="At least seven journalists have been killed since the coup",
            note="'7.7-magnitude' and '28 March' are not figures.",
        ),
    ),
    article(
        "p_india_pakistan",
        D_IND,
        """
        Pakistan sent 300-400 drones across 36 locations, Army says; shelling toll in Poonch rises to 16

        Updated: May 09, 2025 11:58 pm IST

        New Delhi: Pakistan tried to breach Indian airspace with between 300 and 400 drones at 36 locations
        from Leh to Sir Creek on Thursday night, the Indian Army said at a media briefing in New Delhi on
        Friday.

        Colonel Sofiya Qureshi said most of the drones were brought down by kinetic and non-kinetic means and
        that a forensic examination of the debris suggested they were Turkish-made Asisguard Songar drones.

        Artillery shelling by the Pakistani army across the Line of Control has killed 16 civilians in Jammu
        and Kashmir's Poonch district since Wednesday, including five children, the Jammu and Kashmir
        administration said. More than 40 people have been wounded.

        Lance Naik Dinesh Kumar of the 5th Field Regiment was killed in the shelling, the Army said.

        Authorities have evacuated about 2,000 residents of villages in the Uri sector to relief camps, and
        schools in border districts will remain closed until further notice, officials said.

        Pakistan's account

        In Rawalpindi, Pakistani military spokesman Lieutenant General Ahmed Sharif Chaudhry said Indian
        missile strikes on Wednesday had killed 31 civilians and wounded 57. He said Pakistan had shot down
        25 Israeli-made Harop drones sent by India since Wednesday night.

        Indian officials have said the strikes under Operation Sindoor hit nine sites linked to the
        Jaish-e-Mohammed and Lashkar-e-Taiba groups and killed more than 100 terrorists.

        The strikes were India's response to the April 22 attack in Pahalgam, where gunmen killed 26 people,
        most of them tourists.

        Flights cancelled

        Civil aviation authorities have closed 32 airports in northern and western India until May 15, and
        IndiGo said it had cancelled 165 flights. The Indian Premier League suspended its season for one week.

        Prime Minister Narendra Modi chaired a meeting of the Cabinet Committee on Security on Friday evening,
        while the US and Saudi Arabia urged both sides to de-escalate.
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
            cue="between 300 and 400 drones at 36 locations",
            note="headline '300-400' and body 'between 300 and 400' are one figure; 'Thursday night' -> "
            "2025-05-08; '36 locations' are places.",
        ),
        g(
            "killed",
            16,
            "india",
            pop="civilians",
            scope="total",
            as_of=D_IND,
            by="jammu and kashmir administration",
            cue="has killed 16 civilians in Jammu and Kashmir's Poonch district since Wednesday",
            note="a running toll of the flare-up ('since Wednesday', headline 'toll ... rises to 16') -> total.",
        ),
        g(
            "killed",
            5,
            "india",
            pop="children",
            scope="total",
            as_of=D_IND,
            by="jammu and kashmir administration",
            cue="including five children",
        ),
        g(
            "injured",
            40,
            "india",
            scope="total",
            as_of=D_IND,
            by="jammu and kashmir administration",
            q="lower",
            cue="More than 40 people have been wounded",
        ),
        g(
            "evacuated",
            2000,
            "india",
            scope="total",
            as_of=D_IND,
            by="officials",
            q="approx",
            cue="evacuated about 2,000 residents of villages in the Uri sector",
            note="'officials said' closes the sentence -> 'officials'. The named Lance Naik (a rank) is one "
            "person, no count; '5th Field Regiment' is a unit.",
        ),
        g(
            "killed",
            31,
            "pakistan",
            pop="civilians",
            scope="event",
            as_of="2025-05-07",
            by="pakistani military",
            cue="Indian missile strikes on Wednesday had killed 31 civilians",
        ),
        g(
            "injured",
            57,
            "pakistan",
            pop="civilians",
            scope="event",
            as_of="2025-05-07",
            by="pakistani military",
            cue="wounded 57",
        ),
        g(
            "projectiles",
            25,
            "india",
            scope="total",
            as_of=D_IND,
            by="pakistani military",
            cue="shot down 25 Israeli-made Harop drones sent by India",
            note="the only count of these drones: drones India sent, as counted by those who downed them -> "
            "projectiles, side india; 'since Wednesday night' -> total (debatable: could be event).",
        ),
        g(
            "killed",
            100,
            "pakistan",
            pop="combatants",
            scope="event",
            as_of="2025-05-07",
            by="indian officials",
            q="lower",
            cue="killed more than 100 terrorists",
            note="members of Pakistan-based armed groups killed in Pakistan -> pakistan, combatants; the strikes "
            "were on Wednesday (stated in the previous paragraph) -> 2025-05-07.",
        ),
        g(
            "killed",
            26,
            "india",
            scope="event",
            as_of="2025-04-22",
            cue="gunmen killed 26 people, most of them tourists",
            note="historical attack on a named day -> event; '32 airports', '165 flights', 'May 15' are not figures.",
        ),
    ),
    article(
        "p_afpak_plaintext",
        None,
        """
        AFGHANISTAN-PAKISTAN: BORDER CLASHES KILL SOLDIERS AND CIVILIANS AS TRUCE FALTERS

        ISLAMABAD/KABUL -- Fighting between Afghan Taliban forces and
        Pakistani troops along their shared border has killed soldiers and
        civilians on both sides, officials said, in the worst clashes between
        the neighbours since the Taliban returned to power in 2021.

        Pakistan's military said 23 of its soldiers were killed and 29
        wounded in overnight fighting at several points along the
        2,600-kilometre frontier, and that its troops had killed "more than
        200 Taliban and affiliated terrorists".

        Taliban spokesman Zabihullah Mujahid told a news conference in Kabul
        that 58 Pakistani soldiers had been killed and about 30 wounded,
        while nine Afghan fighters died. Neither claim could be independently
        verified.

        The UN mission in Afghanistan (UNAMA) said at least 37 civilians were
        killed and 425 injured on the Afghan side, most of them in the Spin
        Boldak area of Kandahar province, where mortar rounds hit homes.

        Pakistani officials said Taliban forces fired dozens of mortar shells
        into the border town of Chaman, damaging shops and a mosque.

        In the Kurram and Bajaur districts, local officials said about 20,000
        people had fled their homes since the fighting began, many of them
        to relatives in Peshawar.

        Police in Quetta have detained more than 1,000 Afghan nationals over
        the past week as Islamabad accelerated the deportation of people it
        says are living in the country illegally, a police spokesman said.

        ATTACK IN DERA ISMAIL KHAN

        Separately, a suicide bomber rammed an explosives-laden vehicle into
        the gate of a paramilitary training centre in Dera Ismail Khan,
        killing seven Frontier Corps soldiers, the military said. All six
        attackers were killed after an hours-long gunfight. The Pakistani
        Taliban, or TTP, claimed responsibility.

        In Lakki Marwat, gunmen abducted 12 employees of a state-run company
        working on a uranium mining project, police said. The kidnappers
        released four of them and are demanding the release of jailed
        militants in exchange for the others.

        Qatar and Turkey have been mediating between the two governments. A
        48-hour ceasefire agreed earlier in the week collapsed after a few
        hours. Pakistan accuses Kabul of sheltering TTP fighters, a charge
        the Taliban deny.

        The border crossings at Torkham and Chaman, through which about
        $1.5 billion of trade passes each year, have been closed for 10 days.
        """,
        g(
            "killed",
            23,
            "pakistan",
            pop="combatants",
            scope="event",
            as_of=None,
            by="pakistani military",
            cue="23 of its soldiers were killed and 29 wounded",
            note="undated article -> as_of null for every figure, events included (check_gold).",
        ),
        g(
            "injured",
            29,
            "pakistan",
            pop="combatants",
            scope="event",
            as_of=None,
            by="pakistani military",
            cue="29 wounded in overnight fighting",
        ),
        g(
            "killed",
            200,
            "afghanistan",
            pop="combatants",
            scope="event",
            as_of=None,
            by="pakistani military",
            q="lower",
            cue='killed "more than 200 Taliban and affiliated terrorists"',
            note="Afghan Taliban forces and allies -> afghanistan, combatants; '2,600-kilometre' is a distance.",
        ),
        g(
            "killed",
            58,
            "pakistan",
            pop="combatants",
            scope="event",
            as_of=None,
            by="taliban",
            cue="58 Pakistani soldiers had been killed and about 30 wounded",
            note="Mujahid is the Taliban spokesman -> taliban.",
        ),
        g(
            "injured",
            30,
            "pakistan",
            pop="combatants",
            scope="event",
            as_of=None,
            by="taliban",
            q="approx",
            cue="about 30 wounded",
        ),
        g(
            "killed",
            9,
            "afghanistan",
            pop="combatants",
            scope="event",
            as_of=None,
            by="taliban",
            cue="nine Afghan fighters died",
        ),
        g(
            "killed",
            37,
            "afghanistan",
            pop="civilians",
            scope="event",
            as_of=None,
            by="unama",
            q="lower",
            cue="at least 37 civilians were killed and 425 injured on the Afghan side",
        ),
        g(
            "injured",
            425,
            "afghanistan",
            pop="civilians",
            scope="event",
            as_of=None,
            by="unama",
            cue="killed and 425 injured on the Afghan side",
        ),
        g(
            "projectiles",
            24,
            "afghanistan",
            scope="event",
            as_of=None,
            by="pakistani officials",
            q="lower",
            cue="Taliban forces fired dozens of mortar shells",
            note="fired by Taliban forces -> afghanistan; 'dozens' -> 24/lower.",
        ),
        g(
            "displaced",
            20000,
            "pakistan",
            scope="total",
            as_of=None,
            by="local officials",
            q="approx",
            cue="about 20,000 people had fled their homes since the fighting began",
        ),
        g(
            "detained",
            1000,
            "afghanistan",
            scope="event",
            as_of=None,
            by="quetta police",
            q="lower",
            cue="detained more than 1,000 Afghan nationals over the past week",
            note="Afghan nationals -> afghanistan (the people's own country); a past-week window -> event.",
        ),
        g(
            "killed",
            7,
            "pakistan",
            pop="combatants",
            scope="event",
            as_of=None,
            by="pakistani military",
            cue="killing seven Frontier Corps soldiers, the military said",
        ),
        g(
            "killed",
            6,
            "pakistan",
            pop="combatants",
            scope="event",
            as_of=None,
            by="pakistani military",
            cue="All six attackers were killed",
            note="TTP (Pakistani Taliban) attackers -> pakistan, combatants; attribution carried from the "
            "previous sentence.",
        ),
        g(
            "hostages",
            12,
            "pakistan",
            scope="event",
            as_of=None,
            by="police",
            cue="gunmen abducted 12 employees of a state-run company",
            note="'released four of them' is a release count, not a FIGURES.md metric -> not annotated; "
            "'48-hour', '10 days', '$1.5 billion' are not figures.",
        ),
    ),
]
