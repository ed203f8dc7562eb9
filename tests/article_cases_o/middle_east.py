"""Middle East: a Gaza wire story, a Lebanon/Israel live page, an Israeli daily on the West Bank,
an NGO press release on Syria (Sweida) and a Yemen / Red Sea / Iran wire story."""

from __future__ import annotations

from . import article, g

ARTICLES = [
    article(
        "o_gaza_wire_aid_site_school",
        "2025-07-22",
        """
        Israeli fire kills 31 in Gaza, including 12 near aid site: civil defence

        Gaza City (AFP) – Published on 22 July 2025 - 19:42

        Israeli strikes and gunfire killed at least 31 people across the Gaza Strip on Tuesday,
        including 12 who were waiting for food near an aid distribution point in the centre of the
        territory, the civil defence agency said.

        Civil defence spokesman Mahmud Bassal said 19 people, eight of them children, died when an air
        strike hit a school sheltering displaced families in the Al-Shati refugee camp west of Gaza
        City before dawn.

        "We pulled the bodies of children from under the concrete, and there are still at least five
        people missing," Bassal told AFP, adding that some 40 people had been wounded in the strike.

        The Israeli military said it had targeted "a Hamas command and control centre" embedded in the
        school compound and had taken steps to mitigate harm to civilians. It said it was looking into
        reports of shooting near the aid point.

        Witnesses near the Netzarim corridor, where the US-backed Gaza Humanitarian Foundation (GHF)
        runs one of its four distribution sites, said troops opened fire as crowds approached about an
        hour before the site opened at 6:00 am.

        Media restrictions in Gaza and difficulties in accessing many areas mean AFP is unable to
        independently verify the tolls and details provided by the civil defence agency or the Israeli
        military.

        On Monday, the health ministry in Hamas-run Gaza said 15 more people had died of malnutrition in
        the previous 24 hours, four of them children, bringing the number of hunger-related deaths
        since the war began to 101, including 80 children.

        The ministry says at least 59,029 people have been killed in the Palestinian territory since the
        start of the war, the majority of them civilians. It has also recorded 142,135 wounded. The
        United Nations considers the ministry's figures reliable.

        According to the UN human rights office, more than 1,000 Palestinians have been killed while
        trying to obtain food since the GHF began operating in late May.

        Hamas's October 7, 2023 attack on Israel, which triggered the war, resulted in the deaths of
        1,219 people, mostly civilians, according to an AFP tally based on official figures.

        Of the 251 hostages taken by militants that day, 49 are still held in Gaza.

        Israel says 454 of its soldiers have been killed in the Gaza ground offensive since it began on
        October 27, 2023.

        The UN says about 1.9 million people, or roughly 90 percent of the population, have been
        displaced during the 21-month war, many of them several times.
        """,
        g(
            "killed",
            31,
            "gaza",
            scope="event",
            as_of="2025-07-22",
            by="civil defence",
            q="lower",
            cue="killed at least 31 people across the Gaza Strip on Tuesday",
        ),
        g(
            "killed",
            12,
            "gaza",
            scope="event",
            as_of="2025-07-22",
            by="civil defence",
            cue="including 12 who were waiting for food",
            note=(
                "subgroup of the 31 (people waiting for food): its own figure, population all (no enum for aid "
                "seekers)."
            ),
        ),
        g(
            "killed",
            19,
            "gaza",
            scope="event",
            as_of="2025-07-22",
            by="civil defence",
            cue="said 19 people, eight of them children, died",
        ),
        g(
            "killed",
            8,
            "gaza",
            scope="event",
            as_of="2025-07-22",
            by="civil defence",
            pop="children",
            cue="eight of them children, died",
        ),
        g(
            "missing",
            5,
            "gaza",
            scope="event",
            as_of="2025-07-22",
            by="civil defence",
            q="lower",
            cue="still at least five people missing",
            note="quoted civil defence spokesman -> reported_by civil defence.",
        ),
        g(
            "injured",
            40,
            "gaza",
            scope="event",
            as_of="2025-07-22",
            by="civil defence",
            q="approx",
            cue="some 40 people had been wounded in the strike",
        ),
        g(
            "killed",
            15,
            "gaza",
            scope="event",
            as_of="2025-07-21",
            by="gaza health ministry",
            cue="15 more people had died of malnutrition",
            note=(
                "hunger deaths of the war counted as killed (deaths); 'On Monday ... the previous 24 hours' -> window "
                "ending Monday 2025-07-21."
            ),
        ),
        g(
            "killed",
            4,
            "gaza",
            scope="event",
            as_of="2025-07-21",
            by="gaza health ministry",
            pop="children",
            cue="four of them children, bringing",
        ),
        g(
            "killed",
            101,
            "gaza",
            scope="total",
            as_of="2025-07-21",
            by="gaza health ministry",
            cue="hunger-related deaths since the war began to 101",
            note="running toll reported on Monday -> as_of the day named.",
        ),
        g(
            "killed",
            80,
            "gaza",
            scope="total",
            as_of="2025-07-21",
            by="gaza health ministry",
            pop="children",
            cue="to 101, including 80 children",
        ),
        g(
            "killed",
            59029,
            "gaza",
            scope="total",
            as_of="2025-07-22",
            by="gaza health ministry",
            q="lower",
            cue="at least 59,029 people have been killed",
        ),
        g(
            "injured",
            142135,
            "gaza",
            scope="total",
            as_of="2025-07-22",
            by="gaza health ministry",
            cue="It has also recorded 142,135 wounded",
        ),
        g(
            "killed",
            1000,
            "gaza",
            scope="total",
            as_of="2025-07-22",
            by="un human rights office",
            q="lower",
            cue="more than 1,000 Palestinians have been killed while trying to obtain food",
            note="running count since the GHF began operating -> total; Palestinians in Gaza -> gaza.",
        ),
        g(
            "killed",
            1219,
            "israel",
            scope="event",
            as_of="2023-10-07",
            by="afp tally",
            cue="resulted in the deaths of 1,219 people",
        ),
        g(
            "hostages",
            251,
            "israel",
            scope="event",
            as_of="2023-10-07",
            cue="Of the 251 hostages taken by militants that day",
        ),
        g(
            "hostages",
            49,
            "israel",
            scope="total",
            as_of="2025-07-22",
            cue="49 are still held in Gaza",
            note="standing count of the war's hostages -> total, article date.",
        ),
        g(
            "killed",
            454,
            "israel",
            scope="total",
            as_of="2025-07-22",
            by="israel",
            pop="combatants",
            cue="Israel says 454 of its soldiers have been killed",
        ),
        g(
            "displaced",
            1900000,
            "gaza",
            scope="total",
            as_of="2025-07-22",
            by="un",
            q="approx",
            cue="about 1.9 million people, or roughly 90 percent",
        ),
    ),
    article(
        "o_lebanon_live_nabatieh",
        "2024-10-16",
        """
        Israel-Lebanon live: Strike on Nabatieh municipality kills mayor; Hezbollah targets Haifa area

        Last updated: 16 October 2024 21:05 GMT

        21:05 GMT
        Lebanese health ministry: 45 killed in past 24 hours

        Israeli attacks on Lebanon killed 45 people and wounded 179 over the past 24 hours, Lebanon's
        health ministry said in its evening update.

        The ministry said the overall toll since the start of cross-border hostilities in October last
        year had risen to 2,412 dead and 11,285 wounded. It does not distinguish between civilians and
        combatants.

        20:30 GMT
        Israeli army: projectiles fired at Haifa bay

        The Israeli military said between 40 and 50 projectiles were fired from Lebanon towards the
        Haifa bay area and the Upper Galilee during the afternoon, most of which were intercepted.

        Magen David Adom paramedics said they had no reports of injuries.

        Hezbollah said in separate statements that it had targeted a military industries base south of
        Haifa with a salvo of "Fadi 1" rockets, and Israeli troops near Maroun al-Ras with artillery
        shells.

        19:10 GMT
        Nabatieh mayor among dead

        An Israeli strike on the municipality headquarters in the southern city of Nabatieh killed at
        least 16 people, including mayor Ahmad Kahil, as officials met to coordinate aid distribution,
        Nabatieh governor Howaida Turk said. Another 52 people were wounded, she said.

        17:45 GMT
        Israeli soldier killed in southern Lebanon

        The Israeli military said a 20-year-old staff sergeant from the Golani Brigade's 51st Battalion
        was killed in fighting in southern Lebanon on Tuesday, bringing to 14 the number of soldiers
        killed since the ground operation began on 1 October.

        It said its troops had killed about 50 Hezbollah fighters in ground and air operations over the
        past day.

        16:20 GMT
        IOM: nearly 700,000 displaced inside Lebanon

        The International Organization for Migration said nearly 700,000 people were now displaced
        inside Lebanon, while Lebanese authorities say more than 400,000 people, most of them Syrians,
        have crossed into Syria since 23 September.

        15:00 GMT
        Health minister: 115 health workers killed

        Health Minister Firass Abiad told reporters that 115 paramedics and health workers had been
        killed in Israeli attacks over the past year, and that 13 hospitals had been forced to close.

        14:10 GMT
        Northern Israel remains emptied

        Some 60,000 residents of northern Israeli communities remain evacuated from their homes, a year
        after the government ordered them to leave. Since October 2023, fire from Lebanon has killed 26
        civilians in northern Israel and the Israeli-annexed Golan Heights, as well as dozens of
        soldiers, according to an AFP tally.

        """,
        g(
            "killed",
            45,
            "lebanon",
            scope="event",
            as_of="2024-10-16",
            by="lebanese health ministry",
            cue="killed 45 people and wounded 179 over the past 24 hours",
        ),
        g(
            "injured",
            179,
            "lebanon",
            scope="event",
            as_of="2024-10-16",
            by="lebanese health ministry",
            cue="wounded 179 over the past 24 hours",
        ),
        g(
            "killed",
            2412,
            "lebanon",
            scope="total",
            as_of="2024-10-16",
            by="lebanese health ministry",
            cue="had risen to 2,412 dead",
        ),
        g(
            "injured",
            11285,
            "lebanon",
            scope="total",
            as_of="2024-10-16",
            by="lebanese health ministry",
            cue="2,412 dead and 11,285 wounded",
        ),
        g(
            "projectiles",
            40,
            "lebanon",
            scope="event",
            as_of="2024-10-16",
            by="israeli military",
            q="range",
            high=50,
            cue="between 40 and 50 projectiles were fired from Lebanon",
            note="fired from Lebanon -> side lebanon.",
        ),
        g(
            "killed",
            16,
            "lebanon",
            scope="event",
            as_of="2024-10-16",
            by="nabatieh governor",
            q="lower",
            cue="killed at least 16 people, including mayor Ahmad Kahil",
            note="the named mayor is one person with no number: no separate figure.",
        ),
        g(
            "injured",
            52,
            "lebanon",
            scope="event",
            as_of="2024-10-16",
            by="nabatieh governor",
            cue="Another 52 people were wounded",
        ),
        g(
            "killed",
            14,
            "israel",
            scope="total",
            as_of="2024-10-16",
            by="israeli military",
            pop="combatants",
            cue="bringing to 14 the number of soldiers killed since the ground operation began",
            note=(
                "running toll of the ground operation ('bringing to') -> total; the single 20-year-old soldier is not "
                "a figure."
            ),
        ),
        g(
            "killed",
            50,
            "lebanon",
            scope="event",
            as_of="2024-10-16",
            by="israeli military",
            pop="combatants",
            q="approx",
            cue="killed about 50 Hezbollah fighters",
            note="'over the past day' -> window -> event.",
        ),
        g(
            "displaced",
            700000,
            "lebanon",
            scope="total",
            as_of="2024-10-16",
            by="iom",
            q="upper",
            cue="nearly 700,000 people were now displaced",
            note="'nearly' -> upper per the FIGURES.md table.",
        ),
        g(
            "displaced",
            400000,
            "lebanon",
            scope="total",
            as_of="2024-10-16",
            by="lebanese authorities",
            q="lower",
            cue="more than 400,000 people, most of them Syrians, have crossed into Syria",
            note="people who fled Lebanon (where they lived) -> side lebanon, although most are Syrian nationals.",
        ),
        g(
            "killed",
            115,
            "lebanon",
            scope="total",
            as_of="2024-10-16",
            by="lebanese health minister",
            pop="medics",
            cue="115 paramedics and health workers had been killed",
        ),
        g(
            "evacuated",
            60000,
            "israel",
            scope="total",
            as_of="2024-10-16",
            q="approx",
            cue="Some 60,000 residents of northern Israeli communities remain evacuated",
        ),
        g(
            "killed",
            26,
            "israel",
            scope="total",
            as_of="2024-10-16",
            by="afp tally",
            pop="civilians",
            cue="fire from Lebanon has killed 26 civilians",
            note="northern Israel and the annexed Golan Heights -> israel.",
        ),
        g(
            "killed",
            24,
            "israel",
            scope="total",
            as_of="2024-10-16",
            by="afp tally",
            pop="combatants",
            q="lower",
            cue="as well as dozens of soldiers",
            note="vague 'dozens' -> 24/lower.",
        ),
    ),
    article(
        "o_westbank_daily_jenin_iron_wall",
        "2025-01-23",
        """
        IDF presses Jenin operation for third day as Palestinian ministry says toll rises to 12

        By Times staff
        23 January 2025, 5:14 pm

        Israeli forces pressed on with a large-scale operation in the northern West Bank city of Jenin
        for a third day on Thursday, as the Palestinian Authority health ministry said the death toll
        since the raid began had risen to 12.

        The ministry said at least 40 people had been wounded since Tuesday, when the army launched what
        it has dubbed Operation Iron Wall with helicopters, drones and several battalions, including
        troops from the Kfir Brigade.

        The Israel Defense Forces said troops had killed "more than ten terrorists" and detained 35
        wanted suspects in Jenin and its refugee camp, adding that they had uncovered dozens of explosive
        devices planted under roads. A soldier was moderately wounded by one of the bombs, the army said.

        On Wednesday, a drone strike killed two Palestinian gunmen who had opened fire at troops near
        the village of Burqin, the military said.

        The UN agency for Palestinian refugees, UNRWA, said some 3,000 residents had fled the camp since
        Tuesday, many of them after soldiers ordered them by loudspeaker to leave through a checkpoint.
        Jenin Governor Kamal Abu al-Rub said water and electricity had been cut to much of the camp.

        The operation began two days after dozens of masked settlers rampaged through the Palestinian
        villages of al-Funduq and Jinsafut on Monday night, torching homes and cars. The Palestinian Red
        Crescent said its medics treated 12 people, including two journalists who were beaten while
        filming. Israel Police said on Tuesday it had arrested three Israeli suspects.

        Overnight, Israeli forces arrested more than 40 Palestinians in raids across the West Bank,
        according to the Palestinian Prisoners' Society.

        Defense Minister Israel Katz said the Jenin operation was a "shift in the security concept" for
        the West Bank and that the army would apply "lessons learned from the repeated raids in Gaza".

        The raid comes days after a ceasefire took effect in Gaza on Sunday, opening a 42-day first
        phase in which Hamas is to release Israeli hostages in exchange for Palestinian prisoners.

        Since the war in Gaza began on October 7, 2023, Israeli troops or settlers have killed at least
        848 Palestinians in the West Bank, including many militants, according to the Palestinian health
        ministry. At least 29 Israelis, including soldiers, have been killed in Palestinian attacks or
        during Israeli military raids in the territory over the same period, according to official
        Israeli figures.
        """,
        g(
            "killed",
            12,
            "west-bank",
            scope="total",
            as_of="2025-01-23",
            by="palestinian health ministry",
            cue="the death toll since the raid began had risen to 12",
            note="running toll of an ongoing operation ('since the raid began', 'had risen to') -> total.",
        ),
        g(
            "injured",
            40,
            "west-bank",
            scope="total",
            as_of="2025-01-23",
            by="palestinian health ministry",
            q="lower",
            cue="at least 40 people had been wounded since Tuesday",
        ),
        g(
            "killed",
            10,
            "west-bank",
            scope="total",
            as_of="2025-01-23",
            by="israeli military",
            pop="combatants",
            q="lower",
            cue='killed "more than ten terrorists"',
            note=(
                "IDF -> reported_by 'israeli military' (the seeds' form); whole operation so far -> total like the "
                "ministry toll."
            ),
        ),
        g(
            "detained",
            35,
            "west-bank",
            scope="total",
            as_of="2025-01-23",
            by="israeli military",
            cue="detained 35 wanted suspects",
        ),
        g(
            "killed",
            2,
            "west-bank",
            scope="event",
            as_of="2025-01-22",
            by="israeli military",
            pop="combatants",
            cue="a drone strike killed two Palestinian gunmen",
        ),
        g(
            "displaced",
            3000,
            "west-bank",
            scope="total",
            as_of="2025-01-23",
            by="unrwa",
            q="approx",
            cue="some 3,000 residents had fled the camp since Tuesday",
        ),
        g(
            "injured",
            12,
            "west-bank",
            scope="event",
            as_of="2025-01-20",
            by="palestinian red crescent",
            cue="its medics treated 12 people",
            note=(
                "people treated by medics after a settler attack = injured; 'Monday night' -> 2025-01-20. The 'dozens "
                "of masked settlers' are attackers, not a figure."
            ),
        ),
        g(
            "injured",
            2,
            "west-bank",
            scope="event",
            as_of="2025-01-20",
            by="palestinian red crescent",
            pop="journalists",
            cue="including two journalists who were beaten",
        ),
        g(
            "detained",
            3,
            "israel",
            scope="event",
            as_of="2025-01-21",
            by="israel police",
            cue="it had arrested three Israeli suspects",
            note="arrested Israelis -> side israel.",
        ),
        g(
            "detained",
            40,
            "west-bank",
            scope="event",
            as_of="2025-01-23",
            by="palestinian prisoners' society",
            q="lower",
            cue="arrested more than 40 Palestinians in raids across the West Bank",
            note="'Overnight' (into Thursday) -> article date.",
        ),
        g(
            "killed",
            848,
            "west-bank",
            scope="total",
            as_of="2025-01-23",
            by="palestinian health ministry",
            q="lower",
            cue="killed at least 848 Palestinians in the West Bank",
        ),
        g(
            "killed",
            29,
            "israel",
            scope="total",
            as_of="2025-01-23",
            by="official israeli figures",
            q="lower",
            cue="At least 29 Israelis, including soldiers, have been killed",
        ),
    ),
    article(
        "o_syria_ngo_sweida",
        "2025-07-24",
        """
        Syria: Sweida violence displaces nearly 128,000 as aid struggles to reach the south

        PRESS RELEASE
        Amman, 24 July 2025

        Nearly 128,000 people have been displaced by the violence that erupted in and around Sweida in
        southern Syria on 13 July, according to the International Organization for Migration, as
        humanitarian organisations warn of acute shortages of water, fuel and medicine across the
        governorate.

        "Families have fled with nothing. Many are sheltering in schools and mosques in Daraa and rural
        Damascus, and the 20 collective shelters we support are already over capacity," said the
        Norwegian Refugee Council's country director for Syria.

        The Syrian Observatory for Human Rights, a UK-based war monitor, says more than 1,260 people
        have been killed in ten days of clashes between Druze fighters, Bedouin tribes and government
        forces. Among them are 426 Druze fighters and 298 Druze civilians, 194 of whom it says were
        summarily executed by members of the defence and interior ministries, as well as 312 members of
        the government's security forces.

        Medics at Sweida National Hospital told NRC staff that the morgue was overwhelmed and that many
        of the bodies could not be identified.

        Humanitarian workers have also been hit. Two Syrian Arab Red Crescent volunteers were killed
        when their aid convoy came under fire on 17 July, the SARC said.

        The violence drew in Israel, which says it is protecting the Druze minority. Israeli strikes on
        the defence ministry and near the presidential palace in Damascus on 16 July killed three people
        and wounded 34, according to the Syrian health ministry.

        Under a ceasefire brokered by the United States, buses evacuated about 1,500 Bedouin residents
        from Sweida city on Monday, state news agency SANA said, while a first convoy of aid entered the
        governorate on Sunday.

        The fighting is the deadliest since March, when some 1,500 people, mostly Alawite civilians,
        were killed on the coast, according to the Observatory.

        Even before this month's violence, some 7.4 million people were internally displaced in Syria,
        and more than 16 million needed humanitarian assistance.

        NRC is calling on all parties to:
        - allow safe and unimpeded humanitarian access to Sweida and the displaced in Daraa;
        - protect civilians and civilian infrastructure, including water stations and hospitals;
        - ensure that the displaced can return voluntarily and in safety.

        NRC teams have been distributing cash, water and hygiene kits in Daraa since 15 July.

        Notes to editors: spokespeople are available in Amman and Damascus.
        """,
        g(
            "displaced",
            128000,
            "syria",
            scope="total",
            as_of="2025-07-24",
            by="iom",
            q="upper",
            cue="Nearly 128,000 people have been displaced",
        ),
        g(
            "killed",
            1260,
            "syria",
            scope="total",
            as_of="2025-07-24",
            by="sohr",
            q="lower",
            cue="more than 1,260 people have been killed in ten days of clashes",
            note="running toll of the Sweida crisis -> total; 'ten days' is a duration, not a figure.",
        ),
        g(
            "killed",
            426,
            "syria",
            scope="total",
            as_of="2025-07-24",
            by="sohr",
            pop="combatants",
            cue="Among them are 426 Druze fighters",
        ),
        g(
            "killed",
            298,
            "syria",
            scope="total",
            as_of="2025-07-24",
            by="sohr",
            pop="civilians",
            cue="298 Druze civilians",
        ),
        g(
            "killed",
            194,
            "syria",
            scope="total",
            as_of="2025-07-24",
            by="sohr",
            pop="civilians",
            cue="194 of whom it says were summarily executed",
            note="subgroup of the 298 civilians: its own figure.",
        ),
        g(
            "killed",
            312,
            "syria",
            scope="total",
            as_of="2025-07-24",
            by="sohr",
            pop="combatants",
            cue="312 members of the government's security forces",
        ),
        g(
            "killed",
            2,
            "syria",
            scope="event",
            as_of="2025-07-17",
            by="sarc",
            pop="aid_workers",
            cue="Two Syrian Arab Red Crescent volunteers were killed",
        ),
        g(
            "killed",
            3,
            "syria",
            scope="event",
            as_of="2025-07-16",
            by="syrian health ministry",
            cue="killed three people and wounded 34",
        ),
        g(
            "injured",
            34,
            "syria",
            scope="event",
            as_of="2025-07-16",
            by="syrian health ministry",
            cue="and wounded 34, according to the Syrian health ministry",
        ),
        g(
            "evacuated",
            1500,
            "syria",
            scope="event",
            as_of="2025-07-21",
            by="sana",
            q="approx",
            cue="buses evacuated about 1,500 Bedouin residents",
        ),
        g(
            "killed",
            1500,
            "syria",
            scope="event",
            as_of=None,
            by="sohr",
            q="approx",
            cue="some 1,500 people, mostly Alawite civilians, were killed on the coast",
            note="the March coastal killings: one episode -> event; the text names only the month, so as_of is null.",
        ),
        g(
            "displaced",
            7400000,
            "syria",
            scope="total",
            as_of="2025-07-24",
            q="approx",
            cue="some 7.4 million people were internally displaced in Syria",
            note=(
                "in the NGO's own voice -> reported_by null. '16 million needed humanitarian assistance' is not a "
                "FIGURES.md metric."
            ),
        ),
    ),
    article(
        "o_yemen_iran_wire_sanaa_strikes",
        "2025-09-10",
        """
        Israeli strikes on Yemen's capital kill 35, Houthi-run health ministry says

        SANAA/JERUSALEM, Sept 10, 2025 (Reuters) - Israeli air strikes on Yemen's capital Sanaa and the
        northern province of al-Jawf killed at least 35 people and wounded 131 on Wednesday, the
        Houthi-run health ministry said, in some of the deadliest Israeli attacks on the country since
        the Gaza war began.

        Ministry spokesman Anis al-Asbahi said the toll was preliminary and that rescue teams were still
        searching the rubble of a government compound and residential buildings in Sanaa's Tahrir
        district.

        The Yemeni Journalists Syndicate said at least 31 journalists and media workers were killed when
        strikes hit the offices of the 26 September and Al-Yaman newspapers.

        The Israeli military said its jets struck Houthi military camps, a fuel depot and the group's
        "propaganda headquarters" in response to repeated missile and drone attacks on Israel.

        On Sunday, a Houthi drone struck the arrivals hall of Ramon airport near Eilat, lightly wounding
        one person, Israeli medics said. The military says the Houthis have fired some 70 ballistic
        missiles and more than 30 drones at Israel since the Gaza ceasefire collapsed in March.

        The Iran-aligned Houthis began attacking Israel and shipping in the Red Sea in November 2023,
        saying they were acting in solidarity with Palestinians in Gaza. They have attacked more than
        100 merchant vessels, sinking four and killing at least eight seafarers.

        When the Houthis attacked the Liberian-flagged bulk carrier Eternity C on July 7, four of its
        crew were killed and 11 went missing, according to the European Union's Aspides naval mission,
        which said some of them had been taken to Yemen. The Houthis have also detained at least 41 UN
        staff members, whom they accuse of spying, a charge the UN rejects.

        A US air campaign against the Houthis between March and May killed hundreds of people, according
        to the group. The deadliest single strike, on the Ras Isa fuel port on April 17, killed at least
        80 people, Houthi officials said.

        Israel's 12-day war with Iran in June killed 1,062 people in Iran, according to Iran's Foundation
        of Martyrs and Veterans Affairs, while Iranian missile fire killed 28 people in Israel. Iran fired
        about 550 ballistic missiles at Israel during the war, according to the Israeli military.

        (Reporting by Mohammed Ghobari in Aden and Emily Rose in Jerusalem; Writing by Nayera Abdallah;
        Editing by Andrew Heavens)
        """,
        g(
            "killed",
            35,
            "yemen",
            scope="event",
            as_of="2025-09-10",
            by="houthi-run health ministry",
            q="lower",
            cue="killed at least 35 people and wounded 131 on Wednesday",
        ),
        g(
            "injured",
            131,
            "yemen",
            scope="event",
            as_of="2025-09-10",
            by="houthi-run health ministry",
            cue="wounded 131 on Wednesday",
        ),
        g(
            "killed",
            31,
            "yemen",
            scope="event",
            as_of="2025-09-10",
            by="yemeni journalists syndicate",
            pop="journalists",
            q="lower",
            cue="at least 31 journalists and media workers were killed",
            note="'26 September' is a newspaper's name, not a date or a figure.",
        ),
        g(
            "injured",
            1,
            "israel",
            scope="event",
            as_of="2025-09-07",
            by="israeli medics",
            cue="lightly wounding one person",
        ),
        g(
            "projectiles",
            70,
            "yemen",
            scope="total",
            as_of="2025-09-10",
            by="israeli military",
            q="approx",
            cue="fired some 70 ballistic missiles",
            note="running count since the ceasefire collapsed -> total; fired by the Houthis -> yemen.",
        ),
        g(
            "projectiles",
            30,
            "yemen",
            scope="total",
            as_of="2025-09-10",
            by="israeli military",
            q="lower",
            cue="more than 30 drones at Israel",
        ),
        g(
            "killed",
            8,
            "unknown",
            scope="total",
            as_of="2025-09-10",
            q="lower",
            cue="killing at least eight seafarers",
            note="seafarers of many nationalities -> unknown; '100 merchant vessels' and 'four' ships are not people.",
        ),
        g("killed", 4, "unknown", scope="event", as_of="2025-07-07", by="aspides", cue="four of its crew were killed"),
        g("missing", 11, "unknown", scope="event", as_of="2025-07-07", by="aspides", cue="11 went missing"),
        g(
            "detained",
            41,
            "yemen",
            scope="total",
            as_of="2025-09-10",
            pop="aid_workers",
            q="lower",
            cue="detained at least 41 UN staff members",
            note="UN staff = aid workers; mostly Yemeni nationals held in Yemen -> yemen.",
        ),
        g(
            "killed",
            200,
            "yemen",
            scope="total",
            as_of="2025-09-10",
            by="houthis",
            q="lower",
            cue="killed hundreds of people, according to the group",
            note="vague 'hundreds' -> 200/lower; toll of a whole (finished) campaign -> total, as_of article date.",
        ),
        g(
            "killed",
            80,
            "yemen",
            scope="event",
            as_of="2025-04-17",
            by="houthi officials",
            q="lower",
            cue="killed at least 80 people, Houthi officials said",
        ),
        g(
            "killed",
            1062,
            "iran",
            scope="total",
            as_of="2025-09-10",
            by="iran's foundation of martyrs",
            cue="killed 1,062 people in Iran",
            note="toll of the whole June war -> total, reported-day as_of (no single day); '12-day' is a duration.",
        ),
        g(
            "killed",
            28,
            "israel",
            scope="total",
            as_of="2025-09-10",
            cue="Iranian missile fire killed 28 people in Israel",
        ),
        g(
            "projectiles",
            550,
            "iran",
            scope="total",
            as_of="2025-09-10",
            by="israeli military",
            q="approx",
            cue="about 550 ballistic missiles at Israel during the war",
        ),
    ),
]
