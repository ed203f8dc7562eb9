"""Set P, Middle East: a Gaza wire story, a broadcaster's live page (Iran, Lebanon and Israel), an NGO press
release (Syria, Suwayda), an undated Markdown explainer (Yemen and the Red Sea) and an Iraqi daily (Iraq).

Not annotated, on purpose: intercepted subsets of a salvo whose launched total is given, attacks/strikes/
ships/villages/flights/beds (not people), people "in need", proposal terms, unit names ("Brigade 155",
"8th Division", "Fadi 4"), percentages, barrels, money, years, durations and distances.
"""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import article, g

D_GAZA = "2025-07-22"  # Tuesday
D_LEB = "2024-10-01"  # Tuesday
D_SYR = "2025-07-24"  # Thursday
D_IRQ = "2025-08-12"  # Tuesday

ARTICLES = [
    article(
        "p_gaza_wire",
        D_GAZA,
        """
        Israeli strikes kill at least 31 in Gaza as hunger deaths mount

        Gaza City (Palestinian Territories) (AFP) – Published 22 July 2025 at 15:40

        Israeli strikes and gunfire killed at least 31 people across the Gaza Strip on Tuesday, including nine
        children, the territory's civil defence agency said, as the United Nations warned that starvation was
        spreading through the besieged territory.

        Among the dead were people shot near an aid distribution point north of Rafah, civil defence
        spokesman Mahmud Bassal told AFP. The Israeli military said troops had fired "warning shots" at
        individuals who approached them and posed a threat, and that it was looking into the reports.

        Late on Monday, a strike on a school turned shelter in the Al-Shati refugee camp in Gaza City killed
        eight people, among them three women, and wounded about 20 others, according to medics at Al-Shifa
        hospital.

        The health ministry in Hamas-run Gaza said on Tuesday that 59,106 people had been killed in the
        territory since the war began, and 142,511 wounded. The United Nations considers the ministry's
        figures reliable.

        The ministry also reported that 15 people, four of them children, had died of famine and malnutrition
        in the previous 24 hours, bringing the number of hunger-related deaths since the start of the war to
        101, including 80 children.

        "People are collapsing in the streets," said a doctor at Nasser hospital in Khan Yunis, who asked not
        to be named. He said the hospital's paediatric ward, built for 40 beds, was treating more than twice
        that number of patients.

        UNRWA chief Philippe Lazzarini said a staff member had been killed in Gaza City overnight, and that
        more than 360 of the agency's personnel had now been killed since October 2023.

        The Israeli military said two soldiers were killed in fighting in southern Gaza on Monday, bringing
        to 454 the number of troops killed since the ground offensive began in late 2023.

        Gaza's government media office says at least 230 journalists have been killed since the start of the
        war, making it the deadliest conflict for reporters in decades.

        Hamas's October 7, 2023 attack on Israel, which triggered the war, resulted in the deaths of 1,219
        people, mostly civilians, according to an AFP tally based on official figures.

        Of the 251 hostages taken by militants that day, 49 are still held in Gaza, including 27 the Israeli
        military says are dead.

        UN agencies estimate that about 1.9 million people, around 90 percent of the population, have been
        displaced, many of them several times. Israeli evacuation orders or militarised zones now cover 87.8
        percent of the territory, according to OCHA.

        Ceasefire talks in Doha entered their third week on Tuesday with no sign of a breakthrough. Mediators
        Qatar, Egypt and the United States have proposed a 60-day truce during which some of the living
        hostages would be freed in exchange for Palestinian prisoners.

        A kilogram of flour now sells for more than $80 in Gaza City markets, traders said.
        """,
        g(
            "killed",
            31,
            "gaza",
            scope="event",
            as_of=D_GAZA,
            by="gaza civil defence",
            q="lower",
            cue="killed at least 31 people across the Gaza Strip on Tuesday",
        ),
        g(
            "killed",
            9,
            "gaza",
            pop="children",
            scope="event",
            as_of=D_GAZA,
            by="gaza civil defence",
            cue="including nine children, the territory's civil defence agency said",
            note="subgroup of the 31 -> its own figure; spelled-out 'nine'.",
        ),
        g(
            "killed",
            8,
            "gaza",
            scope="event",
            as_of="2025-07-21",
            by="al-shifa hospital",
            cue="Al-Shati refugee camp in Gaza City killed eight people",
            note="'Late on Monday' -> the day before the Tuesday article.",
        ),
        g(
            "killed",
            3,
            "gaza",
            pop="women",
            scope="event",
            as_of="2025-07-21",
            by="al-shifa hospital",
            cue="among them three women",
        ),
        g(
            "injured",
            20,
            "gaza",
            scope="event",
            as_of="2025-07-21",
            by="al-shifa hospital",
            q="approx",
            cue="wounded about 20 others, according to medics at Al-Shifa",
        ),
        g(
            "killed",
            59106,
            "gaza",
            scope="total",
            as_of=D_GAZA,
            by="gaza health ministry",
            cue="59,106 people had been killed in the territory since the war began",
        ),
        g("injured", 142511, "gaza", scope="total", as_of=D_GAZA, by="gaza health ministry", cue="and 142,511 wounded"),
        g(
            "killed",
            15,
            "gaza",
            scope="event",
            as_of=D_GAZA,
            by="gaza health ministry",
            cue="15 people, four of them children, had died of famine and malnutrition",
            note="deaths from famine are 'deaths' -> killed (FIGURES.md: killed = killed, dead, deaths); the "
            "'previous 24 hours' window -> event, as_of the article date.",
        ),
        g(
            "killed",
            4,
            "gaza",
            pop="children",
            scope="event",
            as_of=D_GAZA,
            by="gaza health ministry",
            cue="four of them children",
        ),
        g(
            "killed",
            101,
            "gaza",
            scope="total",
            as_of=D_GAZA,
            by="gaza health ministry",
            cue="hunger-related deaths since the start of the war to 101",
            note="running toll of hunger deaths 'since the start of the war' -> total.",
        ),
        g(
            "killed",
            80,
            "gaza",
            pop="children",
            scope="total",
            as_of=D_GAZA,
            by="gaza health ministry",
            cue="101, including 80 children",
        ),
        g(
            "killed",
            360,
            "gaza",
            pop="aid_workers",
            scope="total",
            as_of=D_GAZA,
            by="unrwa",
            q="lower",
            cue="more than 360 of the agency's personnel had now been killed",
            note="UNRWA personnel = aid workers; 'a staff member ... overnight' is a single person, not a count.",
        ),
        g(
            "killed",
            2,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-07-21",
            by="israeli military",
            cue="two soldiers were killed in fighting in southern Gaza on Monday",
            note="Israeli soldiers killed in Gaza -> side israel (the party they serve).",
        ),
        g(
            "killed",
            454,
            "israel",
            pop="combatants",
            scope="total",
            as_of=D_GAZA,
            by="israeli military",
            cue="bringing to 454 the number of troops killed since the ground offensive began",
        ),
        g(
            "killed",
            230,
            "gaza",
            pop="journalists",
            scope="total",
            as_of=D_GAZA,
            by="gaza government media office",
            q="lower",
            cue="at least 230 journalists have been killed",
        ),
        g(
            "killed",
            1219,
            "israel",
            scope="event",
            as_of="2023-10-07",
            by="afp tally",
            cue="resulted in the deaths of 1,219 people, mostly civilians",
            note="historical October 7 attack -> event, as_of 2023-10-07 (as in the seed gold).",
        ),
        g(
            "hostages",
            251,
            "israel",
            scope="event",
            as_of="2023-10-07",
            cue="Of the 251 hostages taken by militants that day",
            note="no attribution in this sentence (the AFP tally sentence is about the deaths) -> null.",
        ),
        g("hostages", 49, "israel", scope="total", as_of=D_GAZA, cue="49 are still held in Gaza"),
        g(
            "hostages",
            27,
            "israel",
            scope="total",
            as_of=D_GAZA,
            by="israeli military",
            cue="including 27 the Israeli military says are dead",
            note="a subgroup of the 49 hostages still held (their bodies are held): kept as metric hostages, "
            "not killed (the text counts them among those held; no death toll is given).",
        ),
        g(
            "displaced",
            1900000,
            "gaza",
            scope="total",
            as_of=D_GAZA,
            by="un",
            q="approx",
            cue="about 1.9 million people, around 90 percent of the population, have been displaced",
            note="'UN agencies' -> un; '90 percent' and '87.8 percent' are not figures.",
        ),
    ),
    article(
        "p_lebanon_live",
        D_LEB,
        """
        Middle East live: Iran fires missiles at Israel as troops push into southern Lebanon

        Tuesday, 1 October 2024

        Key points
        - Iran launches ballistic missile attack on Israel
        - Israeli troops begin "limited" ground raids in southern Lebanon
        - Lebanon's health ministry says 55 killed in past 24 hours

        22:10 BST
        Israel says about 180 missiles fired from Iran
        Israeli military spokesman Rear Admiral Daniel Hagari told reporters that about 180 ballistic
        missiles had been launched from Iran, and that "a large number" were intercepted by Israel and a
        US-led coalition.
        Iranian state television, citing the Revolutionary Guards, said 200 missiles had been fired and that
        90 percent had hit their targets. It was Iran's second direct attack on Israel this year.

        21:48 BST
        Two lightly hurt in Tel Aviv area
        Magen David Adom said two people were lightly wounded by shrapnel in the Tel Aviv area. In the
        occupied West Bank, a Palestinian man was killed in Jericho by falling debris, the local governor said.

        19:20 BST
        Lebanon: 55 killed in past 24 hours
        Israeli strikes across Lebanon killed 55 people and wounded 156 in the past 24 hours, Lebanon's
        health ministry said in a statement.
        The ministry said more than 1,900 people had been killed since Hezbollah and Israel began exchanging
        fire last October, including 127 children, and over 9,000 wounded.
        Health Minister Firass Abiad told reporters that 40 paramedics and firefighters had been killed in
        the past week alone, and that dozens of health centres had closed.

        18:02 BST
        Israel says "dozens" of Hezbollah fighters killed
        The Israeli military said troops of the 98th Division had killed "dozens" of Hezbollah fighters in
        close-quarters fighting on Tuesday. Hezbollah denied that Israeli troops had entered Lebanese
        territory.
        The military also said about 100 projectiles crossed from Lebanon into Israel during the day, most of
        them falling in open areas. Hezbollah said it targeted the Glilot base near Tel Aviv with "Fadi 4"
        rockets, the first time it has claimed a strike on the Mossad's headquarters.

        16:30 BST
        Evacuation orders for 29 villages
        The Israeli military told residents of 29 villages in southern Lebanon to leave their homes and move
        north of the Awali river, some 60 kilometres from the border.
        Prime Minister Najib Mikati has said up to one million people may have been displaced in Lebanon.
        UNHCR says more than 100,000 people have crossed into Syria in the past week, most of them Syrians.
        On the other side of the border, about 60,000 Israelis remain evacuated from communities along the
        frontier, almost a year after they were told to leave.
        """,
        g(
            "projectiles",
            180,
            "iran",
            scope="event",
            as_of=D_LEB,
            by="israeli military",
            q="approx",
            cue="about 180 ballistic missiles had been launched from Iran",
            note="projectiles take the side that fired them -> iran; Hagari speaks for the military; "
            "'a large number were intercepted' has no number.",
        ),
        g(
            "projectiles",
            200,
            "iran",
            scope="event",
            as_of=D_LEB,
            by="revolutionary guards",
            cue="said 200 missiles had been fired",
            note="'state television, citing the Revolutionary Guards' -> the cited source; kept apart from the "
            "military's 180 (another source), as the seed gold does for two counts of one salvo.",
        ),
        g(
            "injured",
            2,
            "israel",
            scope="event",
            as_of=D_LEB,
            by="magen david adom",
            cue="two people were lightly wounded by shrapnel",
            note="'a Palestinian man was killed' in Jericho: a single person, no count -> not annotated.",
        ),
        g(
            "killed",
            55,
            "lebanon",
            scope="event",
            as_of=D_LEB,
            by="lebanese health ministry",
            cue="killed 55 people and wounded 156 in the past 24 hours",
            note="a 24-hour window -> event, as_of the page's date; the key point repeats it (listed once).",
        ),
        g(
            "injured",
            156,
            "lebanon",
            scope="event",
            as_of=D_LEB,
            by="lebanese health ministry",
            cue="wounded 156 in the past 24 hours",
        ),
        g(
            "killed",
            1900,
            "lebanon",
            scope="total",
            as_of=D_LEB,
            by="lebanese health ministry",
            q="lower",
            cue="more than 1,900 people had been killed since Hezbollah and Israel began exchanging",
        ),
        g(
            "killed",
            127,
            "lebanon",
            pop="children",
            scope="total",
            as_of=D_LEB,
            by="lebanese health ministry",
            cue="including 127 children",
        ),
        g(
            "injured",
            9000,
            "lebanon",
            scope="total",
            as_of=D_LEB,
            by="lebanese health ministry",
            q="lower",
            cue="over 9,000 wounded",
        ),
        g(
            "killed",
            40,
            "lebanon",
            pop="medics",
            scope="event",
            as_of=D_LEB,
            by="lebanese health minister",
            cue="40 paramedics and firefighters had been killed in the past week",
            note="'in the past week' window -> event, as_of the page's date; paramedics and (civil defence) "
            "firefighters counted together -> medics. 'dozens of health centres' are not people.",
        ),
        g(
            "killed",
            24,
            "lebanon",
            pop="combatants",
            scope="event",
            as_of=D_LEB,
            by="israeli military",
            q="lower",
            cue='had killed "dozens" of Hezbollah fighters',
            note="vague 'dozens' -> 24/lower; Hezbollah fighters -> lebanon; '98th Division' is a unit name.",
        ),
        g(
            "projectiles",
            100,
            "lebanon",
            scope="event",
            as_of=D_LEB,
            by="israeli military",
            q="approx",
            cue="about 100 projectiles crossed from Lebanon into Israel",
            note="fired from Lebanon (Hezbollah) -> lebanon; 'Fadi 4' is a rocket name.",
        ),
        g(
            "displaced",
            1000000,
            "lebanon",
            scope="total",
            as_of=D_LEB,
            by="lebanese prime minister",
            q="upper",
            cue="up to one million people may have been displaced",
            note="'up to' -> upper; spelled-out 'one million'; a quoted official -> his role, lower case.",
        ),
        g(
            "displaced",
            100000,
            "lebanon",
            scope="event",
            as_of=D_LEB,
            by="unhcr",
            q="lower",
            cue="more than 100,000 people have crossed into Syria in the past week",
            note="people who fled Lebanon (most of them Syrians living there) -> side lebanon, the territory "
            "they fled; 'in the past week' window -> event.",
        ),
        g(
            "evacuated",
            60000,
            "israel",
            scope="total",
            as_of=D_LEB,
            q="approx",
            cue="about 60,000 Israelis remain evacuated",
            note="'almost a year' is a duration, not a figure; '29 villages' are not people.",
        ),
    ),
    article(
        "p_syria_ngo",
        D_SYR,
        """
        Syria: Suwayda death toll passes 1,000 as rights group documents killings of civilians

        PRESS RELEASE

        Geneva, 24 July 2025 – The Syrian Network for Human Rights (SNHR) has documented the killing of at
        least 1,013 people in Suwayda governorate since clashes erupted on 13 July between local Druze armed
        factions and Bedouin tribal fighters, which later drew in government security forces.

        Among the victims are at least 412 civilians, including 37 children and 41 women. Many of them were
        killed in what SNHR's field researchers describe as summary executions carried out inside homes and
        at makeshift checkpoints in the city and in nearby villages.

        The toll also includes 321 members of the Ministry of Defence and Ministry of Interior forces and 188
        local Druze fighters, the group said. A further 92 Bedouin tribal fighters were killed, according to
        tribal sources, a figure SNHR said it could not independently verify.

        Six health workers were among the dead, two of them killed inside Suwayda National Hospital on 16
        July, when the facility was stormed while staff were treating the wounded. According to the
        governorate's health directorate, at least 2,100 people have been injured.

        SNHR also recorded the arbitrary arrest of at least 64 people by government forces, and the abduction
        of more than 150 civilians by armed groups on both sides, 87 of whom are still held.

        Three volunteers of the Syrian Arab Red Crescent remain missing after their convoy came under fire
        near the village of al-Mazraa.

        The UN Office for the Coordination of Humanitarian Affairs (OCHA) says some 176,000 people have been
        displaced by the violence, many of them sheltering in schools in Suwayda city and in neighbouring
        Daraa governorate. Water and electricity have been cut in large parts of the governorate for more
        than 10 days.

        Fighting subsided after a US-brokered ceasefire took effect on 19 July, although SNHR has continued to
        record sporadic violations, including shelling of villages on the western edge of the governorate.

        "The authorities in Damascus must open an independent investigation and hold every perpetrator
        accountable, regardless of affiliation," said Fadel Abdul Ghany, SNHR's director. "Families in
        Suwayda have the right to know what happened to their loved ones."

        SNHR calls on all parties to respect international humanitarian law and UN Security Council
        Resolution 2254, to release all those abducted, and to allow humanitarian convoys unhindered access
        to the governorate.

        SNHR is an independent, non-governmental organisation founded in 2011. It has been documenting
        violations in Syria for 14 years.

        Media contact: press@snhr.example.org | +44 20 7946 0312
        """,
        g(
            "killed",
            1013,
            "syria",
            scope="total",
            as_of=D_SYR,
            by="snhr",
            q="lower",
            cue="the killing of at least 1,013 people in Suwayda governorate",
            note="running toll 'since clashes erupted on 13 July' -> total, as_of the release date; the "
            "release names SNHR as the source -> reported_by snhr; headline 'passes 1,000' listed once "
            "as the body figure.",
        ),
        g(
            "killed",
            412,
            "syria",
            pop="civilians",
            scope="total",
            as_of=D_SYR,
            by="snhr",
            q="lower",
            cue="at least 412 civilians",
        ),
        g(
            "killed",
            37,
            "syria",
            pop="children",
            scope="total",
            as_of=D_SYR,
            by="snhr",
            cue="including 37 children and 41 women",
        ),
        g("killed", 41, "syria", pop="women", scope="total", as_of=D_SYR, by="snhr", cue="41 women"),
        g(
            "killed",
            321,
            "syria",
            pop="combatants",
            scope="total",
            as_of=D_SYR,
            by="snhr",
            cue="321 members of the Ministry of Defence and Ministry of Interior forces",
            note="government security forces -> the party they serve, syria.",
        ),
        g(
            "killed",
            188,
            "syria",
            pop="combatants",
            scope="total",
            as_of=D_SYR,
            by="snhr",
            cue="188 local Druze fighters",
        ),
        g(
            "killed",
            92,
            "syria",
            pop="combatants",
            scope="total",
            as_of=D_SYR,
            by="tribal sources",
            cue="A further 92 Bedouin tribal fighters were killed, according to tribal sources",
        ),
        g(
            "killed",
            6,
            "syria",
            pop="medics",
            scope="total",
            as_of=D_SYR,
            cue="Six health workers were among the dead",
            note="no attribution in the sentence; in a release in SNHR's own voice -> null.",
        ),
        g(
            "killed",
            2,
            "syria",
            pop="medics",
            scope="event",
            as_of="2025-07-16",
            cue="two of them killed inside Suwayda National Hospital on 16 July",
            note="subgroup of the six, tied to one attack on a named day -> event.",
        ),
        g(
            "injured",
            2100,
            "syria",
            scope="total",
            as_of=D_SYR,
            by="suwayda health directorate",
            q="lower",
            cue="at least 2,100 people have been injured",
        ),
        g(
            "detained",
            64,
            "syria",
            scope="total",
            as_of=D_SYR,
            by="snhr",
            q="lower",
            cue="arbitrary arrest of at least 64 people by government forces",
        ),
        g(
            "hostages",
            150,
            "syria",
            pop="civilians",
            scope="total",
            as_of=D_SYR,
            by="snhr",
            q="lower",
            cue="abduction of more than 150 civilians by armed groups",
            note="'abduction' -> hostages (FIGURES.md: taken hostage, abducted).",
        ),
        g(
            "hostages",
            87,
            "syria",
            pop="civilians",
            scope="total",
            as_of=D_SYR,
            by="snhr",
            cue="87 of whom are still held",
        ),
        g(
            "missing",
            3,
            "syria",
            pop="aid_workers",
            scope="total",
            as_of=D_SYR,
            cue="Three volunteers of the Syrian Arab Red Crescent remain missing",
            note="Red Crescent volunteers -> aid_workers; own voice of the release -> null.",
        ),
        g(
            "displaced",
            176000,
            "syria",
            scope="total",
            as_of=D_SYR,
            by="ocha",
            q="approx",
            cue="some 176,000 people have been displaced by the violence",
            note="'more than 10 days', 'founded in 2011', '14 years', 'Resolution 2254' and the phone number "
            "are not figures.",
        ),
    ),
    article(
        "p_yemen_explainer",
        None,
        """
        # The Red Sea crisis, explained: what the Houthis have done and what it has cost

        *Explainer* · 8 min read

        Yemen's Houthi movement, which controls the capital Sanaa and most of the country's north, began
        attacking commercial shipping in the Red Sea and the Gulf of Aden in late 2023, saying it was acting
        in solidarity with Palestinians in Gaza. Here is what we know.

        ## How many ships have been attacked?

        The Houthis have targeted more than 100 merchant vessels with missiles, drones and explosive-laden
        boats. They have sunk four ships and seized one, the car carrier *Galaxy Leader*. Traffic through
        the Suez Canal fell by roughly half, and many shipping lines now route around the Cape of Good Hope,
        adding some 6,000 kilometres and 10 to 14 days to a voyage between Asia and Europe.

        ## What happened to the crews?

        - **Galaxy Leader:** its 25 crew members, from Bulgaria, Ukraine, the Philippines, Mexico and
          Romania, were held in Yemen for more than 14 months before being freed through Omani mediation.
        - **Deaths at sea:** at least eight seafarers have been killed in Houthi attacks, including three on
          the bulk carrier *True Confidence* in the Gulf of Aden.
        - **Eternity C:** when the Greek-operated vessel was sunk in July, at least four crew were killed
          and 11 are still missing. The Houthis are believed to be holding several others.

        ## What about attacks on Israel?

        The Houthis say they have fired hundreds of missiles and drones at Israel. The Israeli military says
        more than 100 ballistic missiles and about 40 drones have been launched from Yemen since March, when
        the group resumed its attacks after the collapse of the Gaza ceasefire. Most were intercepted.
        A Houthi drone that struck an apartment building in Tel Aviv last year killed a man and wounded at
        least eight people.

        ## Who has been hit in Yemen?

        Israel and the United States have both struck Houthi-held areas. During the US campaign known as
        Operation Rough Rider, the Houthi-run health ministry said American strikes had killed at least 224
        people and wounded more than 500. The deadliest single strike, on the Ras Isa fuel port, killed 80
        people and wounded 150, according to the same ministry.

        The Houthis have also detained aid workers. At least 23 UN staff members, almost all of them Yemeni
        nationals, are being held by the group, according to the United Nations, which has relocated its
        resident coordinator's office from Sanaa to Aden.

        ## The wider toll

        The Red Sea attacks come on top of a decade of war. More than 4.5 million Yemenis remain displaced,
        according to UNHCR, and the conflict is estimated to have killed more than 150,000 people directly,
        with many more dying from hunger and disease.

        ## What happens next?

        A US-Houthi truce brokered by Oman halted attacks on American ships, but not on vessels the group
        links to Israel. Insurers still charge war-risk premiums of up to 1 percent of a ship's value, or
        about $1 million for a large tanker, for a single transit.
        """,
        g(
            "hostages",
            25,
            "unknown",
            scope="event",
            as_of=None,
            cue="its 25 crew members, from Bulgaria, Ukraine, the Philippines, Mexico and Romania, were held",
            note="seized crew held for 14 months -> hostages; a multinational crew -> side unknown (no one "
            "territory or party); undated article -> as_of null.",
        ),
        g(
            "killed",
            8,
            "unknown",
            scope="total",
            as_of=None,
            q="lower",
            cue="at least eight seafarers have been killed in Houthi attacks",
            note="seafarers of unstated nationality -> unknown; running toll of the campaign -> total.",
        ),
        g(
            "killed",
            3,
            "unknown",
            scope="event",
            as_of=None,
            cue="including three on the bulk carrier *True Confidence*",
            note="subgroup of the eight, one attack -> event.",
        ),
        g(
            "killed",
            4,
            "unknown",
            scope="event",
            as_of=None,
            q="lower",
            cue="at least four crew were killed and 11 are still missing",
        ),
        g(
            "missing",
            11,
            "unknown",
            scope="event",
            as_of=None,
            cue="11 are still missing",
            note="'several others' held: 'several' is not a vague word of FIGURES.md -> no hostages figure.",
        ),
        g(
            "projectiles",
            200,
            "yemen",
            scope="total",
            as_of=None,
            by="houthis",
            q="lower",
            cue="fired hundreds of missiles and drones at Israel",
            note="vague 'hundreds' -> 200/lower; the Houthis -> yemen.",
        ),
        g(
            "projectiles",
            100,
            "yemen",
            scope="total",
            as_of=None,
            by="israeli military",
            q="lower",
            cue="more than 100 ballistic missiles",
        ),
        g(
            "projectiles",
            40,
            "yemen",
            scope="total",
            as_of=None,
            by="israeli military",
            q="approx",
            cue="about 40 drones have been launched from Yemen since March",
        ),
        g(
            "injured",
            8,
            "israel",
            scope="event",
            as_of=None,
            q="lower",
            cue="killed a man and wounded at least eight people",
            note="'killed a man': one person, no count -> not annotated.",
        ),
        g(
            "killed",
            224,
            "yemen",
            scope="total",
            as_of=None,
            by="houthi health ministry",
            q="lower",
            cue="American strikes had killed at least 224 people",
            note="the toll of a whole campaign (not one attack or day) -> total.",
        ),
        g(
            "injured",
            500,
            "yemen",
            scope="total",
            as_of=None,
            by="houthi health ministry",
            q="lower",
            cue="wounded more than 500",
        ),
        g(
            "killed",
            80,
            "yemen",
            scope="event",
            as_of=None,
            by="houthi health ministry",
            cue="on the Ras Isa fuel port, killed 80 people",
        ),
        g(
            "injured",
            150,
            "yemen",
            scope="event",
            as_of=None,
            by="houthi health ministry",
            cue="wounded 150, according to the same ministry",
        ),
        g(
            "detained",
            23,
            "yemen",
            pop="aid_workers",
            scope="total",
            as_of=None,
            by="un",
            q="lower",
            cue="At least 23 UN staff members, almost all of them Yemeni nationals, are being held",
            note="UN staff held by the authorities -> detained (not hostages: the text frames it as "
            "detention); mostly Yemeni nationals held in Yemen -> yemen.",
        ),
        g(
            "displaced",
            4500000,
            "yemen",
            scope="total",
            as_of=None,
            by="unhcr",
            q="lower",
            cue="More than 4.5 million Yemenis remain displaced",
        ),
        g(
            "killed",
            150000,
            "yemen",
            scope="total",
            as_of=None,
            q="lower",
            cue="estimated to have killed more than 150,000 people directly",
            note="'is estimated to' with no source named -> null; 'more than' -> lower.",
        ),
    ),
    article(
        "p_iraq_daily",
        D_IRQ,
        """
        Four soldiers killed in IS attack near Kirkuk; drones hit Kurdistan oil fields again

        Tuesday, 12 August 2025 | 10:14

        KIRKUK – Four Iraqi army soldiers, including an officer, were killed and three others wounded when
        Islamic State militants attacked an army post in the Wadi al-Shay valley south-west of Kirkuk late
        on Sunday, two security sources told our correspondent.

        The post belongs to Brigade 155 of the army's 8th Division. The sources, who asked not to be named,
        said the attackers used night-vision equipment and withdrew towards the Hamrin mountains, about 40
        kilometres to the south.

        In a statement yesterday, the Security Media Cell said a follow-up operation supported by army
        aviation had killed three militants the previous day and that search operations were continuing.

        Separately, the Counter-Terrorism Service said on Monday that it had arrested 11 suspected IS members
        in raids in Anbar, Nineveh and Salahuddin over the past week.

        Although the group lost the last of its territory in Iraq in 2017, its cells remain active in the
        rugged areas where Kirkuk, Salahuddin and Diyala provinces meet.

        Drones strike oil fields

        In the Kurdistan Region, at least 10 drones have struck oil fields in Duhok and Erbil provinces since
        early July, according to the region's Ministry of Natural Resources, cutting output by about 200,000
        barrels per day. No group has claimed responsibility, and Baghdad and Erbil have traded blame over the
        security failures.

        On Monday night two more drones targeted the Khurmala field, one of them shot down before reaching its
        target, a ministry official said. No casualties were reported.

        Displacement a decade on

        IOM figures show about 1 million Iraqis remain internally displaced, more than a decade after IS
        overran a third of the country, and some 100,000 of them still live in camps in the Kurdistan
        Region. Baghdad has set a deadline to close the remaining camps, a plan aid agencies say is
        premature.

        Of the 6,417 Yazidis abducted by IS when it overran Sinjar on 3 August 2014, about 2,600 remain
        missing, according to the Kurdistan Region's Office of Kidnapped Yazidi Affairs.

        Yazidi activists marked the 11th anniversary of the massacre last week with a march in Duhok, calling
        on the federal government to speed up the reconstruction of Sinjar and to search mass graves, 93 of
        which have been found so far.
        """,
        g(
            "killed",
            4,
            "iraq",
            pop="combatants",
            scope="event",
            as_of="2025-08-10",
            by="security sources",
            cue="Four Iraqi army soldiers, including an officer, were killed",
            note="'late on Sunday' counted back from the Tuesday article -> 2025-08-10; 'including an officer' "
            "is one person, no count.",
        ),
        g(
            "injured",
            3,
            "iraq",
            pop="combatants",
            scope="event",
            as_of="2025-08-10",
            by="security sources",
            cue="three others wounded",
        ),
        g(
            "killed",
            3,
            "iraq",
            pop="combatants",
            scope="event",
            as_of="2025-08-10",
            by="security media cell",
            cue="had killed three militants the previous day",
            note="'In a statement yesterday' (Monday) ... 'the previous day' -> Sunday 2025-08-10. IS militants "
            "killed in Iraq -> side iraq (the group is no territory).",
        ),
        g(
            "detained",
            11,
            "iraq",
            scope="event",
            as_of="2025-08-11",
            by="counter-terrorism service",
            cue="arrested 11 suspected IS members",
            note="a past-week window stated on Monday -> event, as_of the Monday statement.",
        ),
        g(
            "projectiles",
            10,
            "unknown",
            scope="total",
            as_of=D_IRQ,
            by="kurdistan ministry of natural resources",
            q="lower",
            cue="at least 10 drones have struck oil fields",
            note="no group has claimed the drones -> side unknown (projectiles take the side that fired them); "
            "running count 'since early July' -> total.",
        ),
        g(
            "projectiles",
            2,
            "unknown",
            scope="event",
            as_of="2025-08-11",
            by="kurdistan ministry of natural resources",
            cue="On Monday night two more drones targeted the Khurmala field",
            note="'a ministry official said' -> the same ministry; 'one of them shot down' is a subset, not annotated.",
        ),
        g(
            "displaced",
            1000000,
            "iraq",
            scope="total",
            as_of=D_IRQ,
            by="iom",
            q="approx",
            cue="IOM figures show about 1 million Iraqis remain internally displaced",
        ),
        g(
            "displaced",
            100000,
            "iraq",
            scope="total",
            as_of=D_IRQ,
            by="iom",
            q="approx",
            cue="some 100,000 of them still live in camps",
            note="subgroup of the displaced (those in camps).",
        ),
        g(
            "hostages",
            6417,
            "iraq",
            scope="event",
            as_of="2014-08-03",
            by="office of kidnapped yazidi affairs",
            cue="Of the 6,417 Yazidis abducted by IS when it overran Sinjar on 3 August 2014",
            note="historical abduction on a named day -> event, as_of 2014-08-03.",
        ),
        g(
            "missing",
            2600,
            "iraq",
            scope="total",
            as_of=D_IRQ,
            by="office of kidnapped yazidi affairs",
            q="approx",
            cue="about 2,600 remain missing",
            note="'93 of which' are mass graves, '11th anniversary' an ordinal, '200,000 barrels' not people.",
        ),
    ),
]
