"""Set X, Middle East: Gaza (3), Israel (2), Lebanon (2), West Bank, Syria, Yemen, Iran - multi-event pieces.

Shared decisions (see the package docstring): an open-ended running count ("since the ceasefire", "since
Sunday", "since the operation began") is ``total`` with as_of = the day it was reported; a closed window
("in the past 24 hours", "between Sunday and Wednesday") is ``event`` with as_of = the window's last day;
"overnight" in an article is the night that ends on the article's date; a toll that was revised is
annotated twice (the earlier value and the new one), as both are numbers the text reports.
"""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover
    from article_cases import article, g

ARTICLES = [
    article(
        "x_gaza_key_events_day_601",
        "2025-05-29",
        """
        Israel-Gaza war: List of key events, day 601

        Here are the main developments as Israel's war on Gaza enters its 601st day.

        Published On 29 May 2025

        Fighting in Gaza

        - At least 52 Palestinians have been killed in Israeli attacks across the Gaza Strip since dawn on
          Thursday, medical sources told Al Jazeera. Strikes hit homes in Jabalia, the Tuffah neighbourhood of
          Gaza City and tents in al-Mawasi, west of Khan Younis.
        - In Jabalia, a strike flattened a three-storey house belonging to the Abu Sharekh family. Gaza's Civil
          Defence said nine children were among the dead, and that rescuers working with their bare hands were
          still searching for about 10 people believed to be trapped under the rubble.
        - Gaza's Ministry of Health said on Thursday that it has recorded 54,249 deaths and 123,492 injuries
          since the war began. It says the real toll is higher, as many bodies lie in areas its crews cannot reach.
        - On Tuesday, crowds overwhelmed a new distribution hub run by the US- and Israel-backed Gaza
          Humanitarian Foundation (GHF) in Rafah and Israeli troops fired what the army called warning shots.
          Gaza's Government Media Office said three people were killed and 46 wounded. The GHF, which says it
          has handed out 462,000 meals in its first three days, denied that anyone was shot at its site.
        - The Israeli military said on Wednesday that a 20-year-old reservist from the Givati Brigade had been
          killed by an explosive device in northern Gaza, bringing to 420 the number of soldiers killed since
          the start of the ground offensive.

        Humanitarian situation

        - The World Food Programme says 470,000 people in Gaza face catastrophic hunger and that the entire
          population of about 2.1 million is at risk of famine after an 11-week blockade.
        - UN agencies said only about 90 trucks of aid had been collected from the Kerem Shalom crossing since
          the blockade was partially eased, a fraction of the 500 a day that entered before the war.

        Regional and West Bank

        - Air raid sirens sounded across central Israel overnight after the Houthis fired two ballistic missiles
          from Yemen. The Israeli military said both were intercepted, and there were no reports of injuries.
        - Israeli forces detained at least 23 Palestinians in overnight raids in Nablus, Jenin and Hebron,
          according to the Palestinian Prisoner's Society.

        Diplomacy

        - US envoy Steve Witkoff said he had sent Hamas a new proposal for a 60-day ceasefire and that he had
          "very good feelings" about reaching a deal. Hamas said it was studying the text.
        - Israeli Prime Minister Benjamin Netanyahu said Israel would keep control of 75 percent of the
          territory by the end of the current offensive, one of five goals he set out in a video statement.
        - Germany's foreign minister said Berlin would review arms exports to Israel, the third European
          government to do so in two weeks.
        """,
        g(
            "killed",
            52,
            "gaza",
            q="lower",
            scope="event",
            as_of="2025-05-29",
            by="medical sources",
            cue="At least 52 Palestinians have been killed",
            note="'since dawn on Thursday' = one day -> event, as_of the article date (a Thursday).",
        ),
        g(
            "killed",
            9,
            "gaza",
            pop="children",
            scope="event",
            as_of="2025-05-29",
            by="civil defence",
            cue="nine children were among the dead",
            note="children among the dead of the Jabalia strike; the strike's own total is not stated.",
        ),
        g(
            "missing",
            10,
            "gaza",
            q="approx",
            scope="event",
            as_of="2025-05-29",
            by="civil defence",
            cue="about 10 people believed to be trapped under the rubble",
        ),
        g(
            "killed",
            54249,
            "gaza",
            scope="total",
            as_of="2025-05-29",
            by="gaza health ministry",
            cue="it has recorded 54,249 deaths",
            note="'said on Thursday' = the article date.",
        ),
        g(
            "injured",
            123492,
            "gaza",
            scope="total",
            as_of="2025-05-29",
            by="gaza health ministry",
            cue="123,492 injuries",
        ),
        g(
            "killed",
            3,
            "gaza",
            scope="event",
            as_of="2025-05-27",
            by="government media office",
            cue="three people were killed and 46 wounded",
            note="'On Tuesday' counted back from Thursday 29 May.",
        ),
        g(
            "injured",
            46,
            "gaza",
            scope="event",
            as_of="2025-05-27",
            by="government media office",
            cue="killed and 46 wounded",
        ),
        g(
            "killed",
            420,
            "israel",
            pop="combatants",
            scope="total",
            as_of="2025-05-28",
            by="israeli military",
            cue="bringing to 420 the number of soldiers killed",
            note="running toll of the ground offensive; reported 'on Wednesday' -> as_of 2025-05-28. The single "
            "reservist (no number) is not a figure.",
        ),
        g(
            "projectiles",
            2,
            "yemen",
            scope="event",
            as_of="2025-05-29",
            by="israeli military",
            cue="the Houthis fired two ballistic missiles",
            note="'overnight' in an article of Thursday -> the night ending on 2025-05-29; fired by the Houthis "
            "-> yemen. "
            "Not annotated: 470,000 facing hunger, 2.1 million population, 462,000 meals, 90/500 trucks.",
        ),
        g(
            "detained",
            23,
            "west-bank",
            q="lower",
            scope="event",
            as_of="2025-05-29",
            by="palestinian prisoner's society",
            cue="detained at least 23 Palestinians",
        ),
    ),
    article(
        "x_gaza_live_zeitoun_html",
        "2025-08-14",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta property="article:published_time" content="2025-08-14T07:10:00+01:00">
        <title>Gaza live: Zeitoun strikes kill 14 as Israel readies Gaza City offensive | World Desk</title>
        <link rel="stylesheet" href="/static/live.v3.css">
        </head>
        <body>
        <nav class="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/world">World</a> |
        <a href="/sport">Sport</a> | <a href="/weather">Weather</a> | <a href="/live">Live</a></nav>
        <main>
        <h1>Gaza live: Zeitoun strikes kill 14 as Israel readies Gaza City offensive</h1>
        <p class="byline">Live reporting by the World Desk team. Updated
        <time datetime="2025-08-14T16:30:00+01:00">14 August 2025</time></p>
        <p class="summary">Summary: Gaza's civil defence says 14 people were killed in overnight strikes on
        the Zeitoun neighbourhood; the health ministry reports eight more deaths from malnutrition; the UN says
        families are fleeing eastern Gaza City again.</p>

        <article class="entry"><h2>16:30 BST - Netanyahu: operation will be "quick"</h2>
        <p>Benjamin Netanyahu told a foreign media briefing that the offensive to take Gaza City would be
        completed "fairly quickly". The army is expected to call up some 60,000 reservists for the operation,
        Israeli media report, on top of the 20,000 already serving.</p></article>

        <article class="entry"><h2>15:40 BST - Press group: war is deadliest for journalists</h2>
        <p>The Committee to Protect Journalists (CPJ) said on Thursday that at least 186 journalists and
        media workers have been killed in Gaza since the war began, making it the deadliest conflict for the
        press since the group began keeping records in 1992.</p></article>

        <article class="entry"><h2>14:05 BST - Families flee eastern Gaza City</h2>
        <p>The UN's humanitarian office, OCHA, says about 8,500 people were displaced from Zeitoun,
        Shujaiya and Tuffah between Sunday and Wednesday, many of them for the fourth or fifth time.</p>
        <p>"We have nowhere left to go," Umm Khaled, a mother of six, told our producer as she loaded
        blankets onto a donkey cart. "Every place they told us was safe was bombed."</p></article>

        <article class="entry"><h2>12:40 BST - Rocket sirens in Nahal Oz</h2>
        <p>Sirens sounded in Nahal Oz and Kfar Aza shortly after noon. The Israeli military said two
        projectiles were launched from the northern Gaza Strip; one was intercepted and the other fell in an
        open area.</p></article>

        <article class="entry"><h2>11:20 BST - Two soldiers seriously wounded, army says</h2>
        <p>The military said two soldiers from the Nahal Brigade were seriously wounded on Wednesday when an
        anti-tank missile hit their position near Khan Younis. They were flown to Soroka hospital in
        Beersheba.</p></article>

        <article class="entry"><h2>10:45 BST - Zeitoun toll rises to 14</h2>
        <p>Gaza's civil defence now says 14 people were killed in the overnight strikes on Zeitoun, up from
        the 11 it gave earlier this morning. Rescuers are still digging through a collapsed building on Salah
        al-Din Street.</p></article>

        <article class="entry"><h2>09:30 BST - Eight more hunger deaths</h2>
        <p>The health ministry in Gaza says eight people, including three children, died from famine and
        malnutrition in the past 24 hours. That brings the number of malnutrition deaths since the start of the
        war to 235, among them 106 children.</p></article>

        <article class="entry"><h2>07:10 BST - Overnight strikes on Zeitoun</h2>
        <p>Gaza's civil defence agency says Israeli aircraft struck several homes in the Zeitoun neighbourhood of
        eastern Gaza City overnight. Spokesman Mahmoud Bassal said crews had recovered bodies from at least
        three buildings.</p></article>
        </main>
        <footer>
        <ul><li><a href="/terms">Terms of use</a></li><li><a href="/privacy">Privacy</a></li>
        <li><a href="/app">Download our app, rated 4.8 by 120,000 users</a></li>
        <li><a href="/tv">Watch 24/7 live TV</a></li></ul>
        <p>Copyright World Desk Media. All rights reserved.</p>
        </footer>
        </body>
        </html>
        """,
        g(
            "killed",
            14,
            "gaza",
            scope="event",
            as_of="2025-08-14",
            by="civil defence",
            cue="now says 14 people were killed in the overnight strikes",
            note="stated in title, h1, summary and the 10:45 entry: one figure. 'overnight' -> the article date.",
        ),
        g(
            "killed",
            11,
            "gaza",
            scope="event",
            as_of="2025-08-14",
            by="civil defence",
            cue="up from the 11 it gave earlier",
            note="the superseded earlier toll of the same strikes; annotated because the text reports it (debatable).",
        ),
        g(
            "killed",
            186,
            "gaza",
            pop="journalists",
            q="lower",
            scope="total",
            as_of="2025-08-14",
            by="cpj",
            cue="at least 186 journalists and media workers have been killed",
            note="'1992' is a year; 60,000/20,000 reservists and 120,000 app users are not casualty figures.",
        ),
        g(
            "displaced",
            8500,
            "gaza",
            q="approx",
            scope="event",
            as_of="2025-08-13",
            by="ocha",
            cue="about 8,500 people were displaced",
            note="closed window 'between Sunday and Wednesday' -> event, as_of its last day (Wednesday 13 August). "
            "'mother of six' is not a figure.",
        ),
        g(
            "projectiles",
            2,
            "gaza",
            scope="event",
            as_of="2025-08-14",
            by="israeli military",
            cue="two projectiles were launched from the northern Gaza Strip",
            note="'one was intercepted' is a subset of the two launched: not a figure of its own.",
        ),
        g(
            "injured",
            2,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-08-13",
            by="israeli military",
            cue="two soldiers from the Nahal Brigade were seriously wounded",
            note="side from context: soldiers of the Israeli army (the entry never says 'Israeli'); 'on Wednesday'.",
        ),
        g(
            "killed",
            8,
            "gaza",
            scope="event",
            as_of="2025-08-14",
            by="gaza health ministry",
            cue="eight people, including three children, died from famine",
            note="hunger deaths are deaths of the crisis -> killed; 'in the past 24 hours' -> event.",
        ),
        g(
            "killed",
            3,
            "gaza",
            pop="children",
            scope="event",
            as_of="2025-08-14",
            by="gaza health ministry",
            cue="including three children, died",
        ),
        g(
            "killed",
            235,
            "gaza",
            scope="total",
            as_of="2025-08-14",
            by="gaza health ministry",
            cue="since the start of the war to 235",
        ),
        g(
            "killed",
            106,
            "gaza",
            pop="children",
            scope="total",
            as_of="2025-08-14",
            by="gaza health ministry",
            cue="among them 106 children",
        ),
    ),
    article(
        "x_gaza_school_strike_explainer",
        None,
        """
        What we know about the strike on the Mustafa Hafez school in Gaza City

        A pre-dawn Israeli strike on a school sheltering displaced families in western Gaza City has killed at
        least 33 people, according to Gaza's Civil Defence, in one of the deadliest single attacks on a shelter
        in recent weeks. Israel says it targeted militants operating from the compound. Here is what we know,
        and what is still disputed.

        What happened?

        Residents said the first missile struck the school's eastern wing at about 2:15am, when most of the
        roughly 1,500 people sheltering there were asleep in classrooms. A second strike hit the courtyard about
        10 minutes later, as neighbours rushed in to pull survivors from the rubble.

        "The second missile fell on the people who came to help," said Abu Ahmad, 52, who has lived in a
        second-floor classroom with his family for eight months. "We pulled out 12 children with our own hands.
        Most of them were already dead."

        How many were killed?

        Gaza's Civil Defence initially reported 27 dead. By mid-morning it said at least 33 people had been
        killed, including 12 children and five women, and that more than 70 had been wounded, many of them with
        severe burns. Al-Shifa hospital, which received most of the casualties, said it had run out of
        painkillers and was treating patients on the floor.

        Several people remain unaccounted for, rescuers said, and the toll could rise as the debris of the
        three-storey eastern wing is cleared.

        What does Israel say?

        The Israeli military said it had carried out a "precise strike" on "a Hamas and Islamic Jihad command
        and control centre" inside the compound, and that "numerous steps were taken to mitigate the risk of
        harming civilians". In a later statement it said 19 militants had been killed and published a list of
        names, which the Civil Defence and families of some of those named disputed.

        The military has repeatedly accused Hamas of using schools and hospitals as cover, a charge the group
        denies. It was at least the third school to be hit in Gaza City in a week.

        Who runs the school?

        The Mustafa Hafez school is run by Gaza's education ministry, not by UNRWA, the UN agency for Palestinian
        refugees, though the agency has supplied food and water to the families there. UNRWA says more than 300
        of its staff have been killed since the start of the war, and that around two-thirds of its schools
        have been hit, many of them while serving as shelters.

        What happens next?

        The UN human rights office called for an independent investigation, saying that schools housing
        displaced people are protected under international humanitarian law. The European Union's foreign
        policy chief said the strike was "unacceptable".

        Families spent the afternoon burying their dead in a makeshift cemetery in a nearby football ground,
        while those who survived began looking for another place to sleep. "There is no other school," said one
        woman, carrying a plastic bag with her family's documents. "Every one of them is full."
        """,
        g(
            "killed",
            33,
            "gaza",
            q="lower",
            scope="event",
            as_of=None,
            by="civil defence",
            cue="said at least 33 people had been killed",
            note="stated in the lead and the body: one figure. The article carries no date -> every as_of null.",
        ),
        g(
            "killed",
            27,
            "gaza",
            scope="event",
            as_of=None,
            by="civil defence",
            cue="initially reported 27 dead",
            note="the earlier, revised toll of the same strike (debatable; annotated because the text reports it).",
        ),
        g(
            "killed",
            12,
            "gaza",
            pop="children",
            scope="event",
            as_of=None,
            by="civil defence",
            cue="including 12 children and five women",
            note="also in Abu Ahmad's quote ('We pulled out 12 children'), which restates it: one figure.",
        ),
        g("killed", 5, "gaza", pop="women", scope="event", as_of=None, by="civil defence", cue="and five women"),
        g(
            "injured",
            70,
            "gaza",
            q="lower",
            scope="event",
            as_of=None,
            by="civil defence",
            cue="more than 70 had been wounded",
        ),
        g(
            "killed",
            19,
            "gaza",
            pop="combatants",
            scope="event",
            as_of=None,
            by="israeli military",
            cue="it said 19 militants had been killed",
        ),
        g(
            "displaced",
            1500,
            "gaza",
            q="approx",
            scope="event",
            as_of=None,
            by=None,
            cue="roughly 1,500 people sheltering there",
            note="people sheltering in one school = displaced (FIGURES: 'sought shelter'); a count at one place, not a "
            "running toll of the war -> event (debatable). Ages (52), 'eight months', '10 minutes' are not figures.",
        ),
        g(
            "killed",
            300,
            "gaza",
            pop="aid_workers",
            q="lower",
            scope="total",
            as_of=None,
            by="unrwa",
            cue="UNRWA says more than 300 of its staff have been killed",
            note="UNRWA staff = aid workers; 'two-thirds of its schools' is buildings and a fraction.",
        ),
    ),
    article(
        "x_israel_morning_briefing_hostages",
        "2025-03-27",
        """
        Morning Briefing: Three soldiers killed in Rafah as hostage families return to the streets

        By the News Desk | Thursday, March 27, 2025

        Good morning. Here is what you need to know today.

        1. Three soldiers killed in Rafah

        Three soldiers were killed and four others wounded when an explosive device detonated beside their
        armoured vehicle in Rafah on Wednesday, the IDF announced overnight. The three, from the Golani
        Brigade's 13th Battalion, were aged 19, 20 and 22. Their names were cleared for publication after their
        families were notified.

        Their deaths bring to 409 the number of soldiers killed in the Gaza ground operation, according to the
        military's figures. Chief of Staff Eyal Zamir, who took office earlier this month, visited the unit's
        base in the south late Wednesday.

        2. Rockets from Gaza

        On Tuesday evening, two rockets were fired from northern Gaza toward Ashkelon. One fell in an open area
        and the other was intercepted. There were no injuries. Islamic Jihad's armed wing claimed the launch,
        its first since the ceasefire broke down last week, and said it was a response to "the massacres
        against our people".

        Early Thursday, a ballistic missile launched from Yemen set off sirens in Jerusalem and the central
        region before it was shot down. A 70-year-old woman was lightly hurt while running to a shelter in
        Modiin, emergency services said.

        3. Hostages

        Fifty-nine hostages are still being held in Gaza, according to the Prime Minister's Office. Israeli
        officials believe at least 24 of them are alive.

        Tens of thousands of people rallied in Tel Aviv and Jerusalem on Saturday night to demand a deal that
        would bring all of them home, a week after the government resumed the war. Einav Zangauker, whose son
        Matan is held in Gaza, told the crowd in Hostages Square: "Every day that passes is a death sentence."

        Of the 251 people abducted in the Hamas-led attack of October 7, 2023, which also killed some 1,200
        people, the majority have now come home, alive or dead.

        4. Still not home

        Some 10,000 residents of the western Negev have still not returned to communities evacuated after
        October 7, the Tkuma Authority said this week, almost 18 months on. In Kibbutz Be'eri, where more than
        100 homes were destroyed, the first families are expected back only in 2026.

        5. Also today

        The Knesset passed the 2025 state budget in its final readings by a vote of 66 to 52, averting early
        elections. The Bank of Israel held its key rate at 4.5 percent for the ninth time in a row.

        Weather: Sunny and warm, highs of 26 degrees in Tel Aviv.
        """,
        g(
            "killed",
            3,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-03-26",
            by="idf",
            cue="Three soldiers were killed and four others wounded",
            note="headline and body: one figure. Side from context (an Israeli newsletter: IDF soldiers). Ages, "
            "'13th Battalion' are not figures.",
        ),
        g(
            "injured",
            4,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-03-26",
            by="idf",
            cue="four others wounded",
        ),
        g(
            "killed",
            409,
            "israel",
            pop="combatants",
            scope="total",
            as_of="2025-03-27",
            by="israeli military",
            cue="bring to 409 the number of soldiers killed",
            note="'according to the military's figures' -> israeli military.",
        ),
        g(
            "projectiles",
            2,
            "gaza",
            scope="event",
            as_of="2025-03-25",
            by=None,
            cue="two rockets were fired from northern Gaza",
            note="'On Tuesday evening' counted back from Thursday. The Yemeni missile ('a ballistic missile') and "
            "the one woman lightly hurt ('A 70-year-old woman') carry no number: not annotated.",
        ),
        g(
            "hostages",
            59,
            "israel",
            scope="total",
            as_of="2025-03-27",
            by="prime minister's office",
            cue="Fifty-nine hostages are still being held in Gaza",
            note="spelled-out number; hostages are counted on the side they were taken from (israel).",
        ),
        g(
            "hostages",
            24,
            "israel",
            q="lower",
            scope="total",
            as_of="2025-03-27",
            by="israeli officials",
            cue="at least 24 of them are alive",
            note="subgroup (living hostages) of the 59: a figure of its own.",
        ),
        g(
            "hostages",
            251,
            "israel",
            scope="event",
            as_of="2023-10-07",
            by=None,
            cue="Of the 251 people abducted",
            note="historical October 7 abductions -> event, as_of 2023-10-07. 'Tens of thousands ... rallied' is "
            "not a casualty figure.",
        ),
        g(
            "killed",
            1200,
            "israel",
            q="approx",
            scope="event",
            as_of="2023-10-07",
            by=None,
            cue="which also killed some 1,200",
        ),
        g(
            "evacuated",
            10000,
            "israel",
            q="approx",
            scope="total",
            as_of="2025-03-27",
            by="tkuma authority",
            cue="Some 10,000 residents of the western Negev have still not returned",
            note="'said this week' names no day -> the article date. '100 homes', '18 months', the vote, the "
            "rate and the temperature are not figures.",
        ),
    ),
    article(
        "x_israel_north_week_under_fire",
        "2024-09-26",
        """
        A week under fire: how Hezbollah's barrages reached deeper into Israel

        September 26, 2024

        HAIFA, Israel (wire service) - For almost a year, the war on Israel's northern border was fought
        within a few kilometres of the frontier. This week it moved south, to the suburbs of Haifa, the Jezreel
        Valley and, for the first time, the outskirts of Tel Aviv.

        It began before dawn on Sunday, when Hezbollah fired about 150 rockets, cruise missiles and drones at
        northern Israel, according to the Israeli military, some reaching the Haifa area. In Kiryat Bialik a
        rocket slammed into a residential street, setting cars ablaze. Magen David Adom said it treated four
        people for shrapnel wounds there, one of them a 16-year-old boy.

        The next day Israel launched what it called Operation Northern Arrows, striking some 1,600 targets in
        southern Lebanon and the Bekaa Valley in a single day. Lebanon's health ministry said the strikes
        killed 558 people, including 50 children, the deadliest day in the country since the 1975-1990 civil
        war. Lebanese authorities say about 90,000 people have been newly displaced since Monday, many of them
        sleeping in schools in Beirut and Sidon.

        Two days after the Kiryat Bialik strike, six people were lightly hurt by shrapnel and falling debris
        in Safed and surrounding villages, emergency services said. On Wednesday, Hezbollah fired a ballistic
        missile at the Tel Aviv area for the first time; it was intercepted and caused no damage.

        "People thought the war was in Metula and Kiryat Shmona," said Yossi Cohen, 61, who owns a bakery in
        Kiryat Bialik. "Now it is in my street."

        The toll so far

        Around 60,000 residents of northern communities have been living away from home since the government
        ordered the evacuation of 28 towns within five kilometres of the border last October. The government
        has said bringing them back safely is now a formal war goal.

        According to the Israeli military, 49 people have been killed in northern Israel and the Golan Heights
        by fire from Lebanon since Oct. 8, 25 of them soldiers. Schools from Haifa northward will stay closed
        until at least Oct. 1, and gatherings are limited to 30 people outdoors.

        Israel's military chief, Herzi Halevi, told troops of the 7th Armoured Brigade on Wednesday to prepare
        for a possible ground entry into Lebanon. The US and France called for a 21-day ceasefire.
        """,
        g(
            "projectiles",
            150,
            "lebanon",
            q="approx",
            scope="event",
            as_of="2024-09-22",
            by="israeli military",
            cue="Hezbollah fired about 150 rockets, cruise missiles and drones",
            note="'on Sunday' counted back from Thursday 26 September. Fired by Hezbollah -> lebanon.",
        ),
        g(
            "injured",
            4,
            "israel",
            scope="event",
            as_of="2024-09-22",
            by="magen david adom",
            cue="it treated four people for shrapnel wounds",
            note="'one of them a 16-year-old boy' is an age, not a count of children (debatable).",
        ),
        g(
            "killed",
            558,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            cue="the strikes killed 558 people",
            note="'The next day' after Sunday -> Monday 23 September. '1,600 targets' and '1975-1990' are not figures.",
        ),
        g(
            "killed",
            50,
            "lebanon",
            pop="children",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            cue="including 50 children",
        ),
        g(
            "displaced",
            90000,
            "lebanon",
            q="approx",
            scope="total",
            as_of="2024-09-26",
            by="lebanese authorities",
            cue="about 90,000 people have been newly displaced since Monday",
            note="open-ended 'since Monday' running count -> total, as_of the day reported (debatable: could "
            "be event).",
        ),
        g(
            "injured",
            6,
            "israel",
            scope="event",
            as_of="2024-09-24",
            by="emergency services",
            cue="six people were lightly hurt",
            note="'Two days after the Kiryat Bialik strike' (Sunday) -> Tuesday 24 September.",
        ),
        g(
            "evacuated",
            60000,
            "israel",
            q="approx",
            scope="total",
            as_of="2024-09-26",
            by=None,
            cue="Around 60,000 residents of northern communities have been living away from home",
            note="'28 towns', 'five kilometres' are not figures.",
        ),
        g(
            "killed",
            49,
            "israel",
            scope="total",
            as_of="2024-09-26",
            by="israeli military",
            cue="49 people have been killed in northern Israel",
        ),
        g(
            "killed",
            25,
            "israel",
            pop="combatants",
            scope="total",
            as_of="2024-09-26",
            by="israeli military",
            cue="25 of them soldiers",
            note="subgroup of the 49. '30 people outdoors', '21-day ceasefire', '7th Armoured Brigade' are not "
            "figures.",
        ),
    ),
    article(
        "x_lebanon_flash_update_37",
        "2024-10-17",
        """
        LEBANON: Flash Update #37 - Escalation of hostilities in Lebanon

        Issued 17 October 2024

        This update is produced by the UN Office for the Coordination of Humanitarian Affairs (OCHA) in
        collaboration with humanitarian partners. It covers the period from 16 October (12:00) to 17 October
        (12:00). The next update will be issued on 18 October.

        KEY HIGHLIGHTS

        - In the past 24 hours, the Ministry of Public Health (MoPH) reported 45 people killed and 179
          injured by Israeli strikes, most of them in the South, Nabatieh and Baalbek-Hermel governorates.
        - The cumulative toll since 8 October 2023 has reached 2,412 people killed and 11,285 injured,
          according to MoPH. At least 127 of those killed were children.
        - On Monday, an Israeli strike on a residential building in Aitou, Zgharta district, in the north of
          the country, killed 22 people, 12 of them women, according to MoPH. It was the first strike on the
          area since the escalation and hit a building where a displaced family had recently moved in.
        - The International Organization for Migration's Displacement Tracking Matrix (DTM) estimates that over
          809,000 people are now internally displaced in Lebanon.

        SITUATION OVERVIEW

        Israeli air strikes and ground operations continued across southern Lebanon, the Bekaa and the southern
        suburbs of Beirut. The Israeli military issued new evacuation orders for 25 villages south of the
        Awali river; humanitarian partners report that roads north are heavily congested.

        Health care continues to come under attack. The World Health Organization (WHO) has verified that 163
        health workers have been killed in Lebanon since the start of hostilities, and that 13 hospitals are no
        longer functioning. Ambulance crews in Nabatieh reported that they could reach only two of the five
        sites struck overnight.

        SHELTER AND DISPLACEMENT

        Some 189,000 displaced people are staying in 1,052 collective shelters across the country, 882 of which
        have reached full capacity. Many more are staying with host families, in rented flats or in the open,
        including on the Beirut seafront.

        FUNDING

        The Flash Appeal for Lebanon, which seeks US$425.7 million to support one million people through
        December, is 23 per cent funded. Donors are urged to make flexible funding available.

        For further information, please contact the OCHA Lebanon office. Reports are also available on the
        humanitarian website. Phone: +961 1 962 700.
        """,
        g(
            "killed",
            45,
            "lebanon",
            scope="event",
            as_of="2024-10-17",
            by="ministry of public health",
            cue="reported 45 people killed and 179",
            note="'In the past 24 hours' -> event, the report date.",
        ),
        g(
            "injured",
            179,
            "lebanon",
            scope="event",
            as_of="2024-10-17",
            by="ministry of public health",
            cue="killed and 179 injured",
        ),
        g(
            "killed",
            2412,
            "lebanon",
            scope="total",
            as_of="2024-10-17",
            by="ministry of public health",
            cue="has reached 2,412 people killed",
        ),
        g(
            "injured",
            11285,
            "lebanon",
            scope="total",
            as_of="2024-10-17",
            by="ministry of public health",
            cue="11,285 injured",
        ),
        g(
            "killed",
            127,
            "lebanon",
            pop="children",
            q="lower",
            scope="total",
            as_of="2024-10-17",
            by="ministry of public health",
            cue="At least 127 of those killed were children",
        ),
        g(
            "killed",
            22,
            "lebanon",
            scope="event",
            as_of="2024-10-14",
            by="ministry of public health",
            cue="killed 22 people, 12 of them women",
            note="'On Monday' counted back from Thursday 17 October.",
        ),
        g(
            "killed",
            12,
            "lebanon",
            pop="women",
            scope="event",
            as_of="2024-10-14",
            by="ministry of public health",
            cue="12 of them women",
        ),
        g(
            "displaced",
            809000,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2024-10-17",
            by="iom",
            cue="over 809,000 people are now internally displaced",
        ),
        g(
            "killed",
            163,
            "lebanon",
            pop="medics",
            scope="total",
            as_of="2024-10-17",
            by="who",
            cue="163 health workers have been killed",
            note="'25 villages', '13 hospitals', 'two of the five sites' are not people counts.",
        ),
        g(
            "displaced",
            189000,
            "lebanon",
            q="approx",
            scope="total",
            as_of="2024-10-17",
            by=None,
            cue="Some 189,000 displaced people are staying in 1,052 collective shelters",
            note="a subset of the displaced (those in shelters), annotated as its own number (debatable). '1,052' and "
            "'882' are shelters; 'one million people' to be supported by the appeal is not a casualty figure.",
        ),
    ),
    article(
        "x_lebanon_south_week_md",
        "2025-04-04",
        """
        # South Lebanon this week: strikes, a rocket launch and a truce under strain

        *Friday, 4 April 2025* - Beirut bureau newsletter

        Four months into a ceasefire that was meant to end more than a year of war, Israeli strikes on
        Lebanon have become an almost daily occurrence. Israel says it is enforcing the truce against
        Hezbollah; Lebanese officials say it is breaking it. Here is how the week unfolded.

        ## Day by day

        - **Friday 28 March** - Two rockets were fired from southern Lebanon towards the northern Israeli town
          of Kiryat Shmona. The Israeli military said one was intercepted and the other fell inside Lebanese
          territory. Hezbollah denied involvement. Israel responded the same day with its first strike on
          Beirut's southern suburbs since the truce, hitting a building it said stored drones. Strikes in the
          south that day killed five people, including a child, the health ministry said.
        - **Monday 31 March** - A drone strike on a car in Kfar Kila killed two people, the ministry said.
        - **Tuesday 1 April** - Israeli jets struck an apartment in the Dahiyeh before dawn, killing four
          people, among them a Hezbollah official the army said had worked with Hamas, and wounding seven.
          Residents were given no warning.
        - **Thursday 3 April** - Strikes on the outskirts of Yohmor and Bint Jbeil killed three people, the
          ministry said, without saying whether they were fighters.

        ## The bigger picture

        The UN human rights office said on Tuesday that at least 71 civilians had been killed by Israeli
        forces in Lebanon since the ceasefire took effect on 27 November, and urged both sides to respect it.

        More than 92,000 people remain displaced from villages in the south, according to the International
        Organization for Migration, many of them unable to return because their homes were destroyed or because
        Israeli troops still hold five hilltop positions inside Lebanon.

        The 2024 war killed more than 4,000 people in Lebanon and wounded about 16,000, according to the
        health ministry. The World Bank puts the damage at US$11 billion.

        > "We are not at war and we are not at peace," a municipal official in Nabatieh told us. "We are
        > waiting to see what each day brings."

        ## What to watch

        - US envoy Morgan Ortagus is due in Beirut on Saturday for talks on the border and on disarming
          Hezbollah.
        - UNIFIL, whose roughly 10,000 peacekeepers monitor Resolution 1701, says it has counted more than
          3,000 Israeli violations since November.
        - Parliament meets next week to vote on the 2025 budget.

        *You are receiving this newsletter because you subscribed at our website. Unsubscribe at any time.*
        """,
        g(
            "projectiles",
            2,
            "lebanon",
            scope="event",
            as_of="2025-03-28",
            by="israeli military",
            cue="Two rockets were fired from southern Lebanon",
            note="fired from Lebanon (shooter unclaimed) -> lebanon; 'one was intercepted' is a subset, not annotated.",
        ),
        g(
            "killed",
            5,
            "lebanon",
            scope="event",
            as_of="2025-03-28",
            by="lebanese health ministry",
            cue="killed five people, including a child",
            note="'that day' = Friday 28 March; 'a child' carries no number.",
        ),
        g(
            "killed",
            2,
            "lebanon",
            scope="event",
            as_of="2025-03-31",
            by="lebanese health ministry",
            cue="killed two people, the ministry said",
        ),
        g(
            "killed",
            4,
            "lebanon",
            scope="event",
            as_of="2025-04-01",
            by=None,
            cue="killing four",
            note="no source in the sentence -> null; 'a Hezbollah official' is one named person, no number.",
        ),
        g("injured", 7, "lebanon", scope="event", as_of="2025-04-01", by=None, cue="and wounding seven"),
        g(
            "killed",
            3,
            "lebanon",
            scope="event",
            as_of="2025-04-03",
            by="lebanese health ministry",
            cue="Bint Jbeil killed three people",
        ),
        g(
            "killed",
            71,
            "lebanon",
            pop="civilians",
            q="lower",
            scope="total",
            as_of="2025-04-01",
            by="un human rights office",
            cue="at least 71 civilians had been killed",
            note="open-ended post-ceasefire running toll -> total (debatable); reported 'on Tuesday' -> 1 April.",
        ),
        g(
            "displaced",
            92000,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-04-04",
            by="iom",
            cue="More than 92,000 people remain displaced",
        ),
        g(
            "killed",
            4000,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-04-04",
            by="lebanese health ministry",
            cue="The 2024 war killed more than 4,000 people",
            note="the whole toll of the (paused) war -> total, as_of the day it is reported (debatable).",
        ),
        g(
            "injured",
            16000,
            "lebanon",
            q="approx",
            scope="total",
            as_of="2025-04-04",
            by="lebanese health ministry",
            cue="wounded about 16,000",
            note="'10,000 peacekeepers', '3,000 Israeli violations', 'five hilltop positions', 'US$11 billion' are "
            "not figures.",
        ),
    ),
    article(
        "x_west_bank_iron_wall_camps",
        "2025-02-12",
        """
        Tulkarm camps emptied as Israeli operation in northern West Bank enters fourth week

        NABLUS - Wednesday, February 12, 2025

        Israeli forces pressed on with their offensive in the northern West Bank on Wednesday, bulldozing
        roads in Nur Shams refugee camp and ordering residents of a further 20 homes in Tulkarm camp to leave.

        The operation, which the army calls "Iron Wall", began in Jenin on 21 January, was expanded to Tulkarm
        six days later and reached Nur Shams camp on Sunday. Military officials have said it could last months.

        Since it began, at least 64 Palestinians have been killed in the northern West Bank, including eight
        children, according to the Palestinian Ministry of Health in Ramallah.

        Two women were killed on Sunday in Nur Shams. One of them, 23-year-old Sundus Shalabi, was eight months
        pregnant; her husband was critically wounded in the same burst of gunfire. The army said it was
        looking into the incident.

        The UN agency for Palestinian refugees, UNRWA, says about 40,000 people have been forced from their
        homes in the Jenin, Tulkarm, Nur Shams and Far'a camps, the largest displacement in the territory since
        1967. Nur Shams alone was home to about 13,000 people before the raid.

        "They gave us ten minutes," said Abdullah, 47, who left with his five children and now sleeps in a
        mosque in Tulkarm city. "We took nothing. We do not know if the house is still standing."

        The army said it has killed more than 50 "terrorists" since the start of the operation and seized
        dozens of weapons. The Palestinian Prisoners Society said more than 380 people have been arrested
        across the northern West Bank over the same period, many of them released after interrogation.

        Israel holds more than 10,000 Palestinians in its prisons, according to the society, including about
        3,400 held without charge under administrative detention.

        The operation followed a series of attacks on Israeli forces in the area. On 4 February, a gunman
        opened fire at the Tayasir checkpoint east of Tubas; two soldiers were killed and eight wounded before
        he was shot dead. Defence Minister Israel Katz said the army would "not allow the camps to return to
        what they were".

        Palestinian Authority security forces, which had mounted their own six-week operation against armed
        groups in Jenin camp in December, have withdrawn from the area. Municipal officials say water and
        electricity have been cut to large parts of Jenin, and that the damage to roads and pipes already runs
        to millions of dollars.
        """,
        g(
            "killed",
            64,
            "west-bank",
            q="lower",
            scope="total",
            as_of="2025-02-12",
            by="palestinian ministry of health",
            cue="at least 64 Palestinians have been killed",
            note="open-ended running toll of the operation -> total (debatable: the operation is a window of the war).",
        ),
        g(
            "killed",
            8,
            "west-bank",
            pop="children",
            scope="total",
            as_of="2025-02-12",
            by="palestinian ministry of health",
            cue="including eight children",
        ),
        g(
            "killed",
            2,
            "west-bank",
            pop="women",
            scope="event",
            as_of="2025-02-09",
            by=None,
            cue="Two women were killed on Sunday in Nur Shams",
            note="'on Sunday' counted back from Wednesday 12 February; '23-year-old', 'eight months' are not figures.",
        ),
        g(
            "displaced",
            40000,
            "west-bank",
            q="approx",
            scope="total",
            as_of="2025-02-12",
            by="unrwa",
            cue="about 40,000 people have been forced from their homes",
            note="'about 13,000 people' living in Nur Shams is a population, not a casualty figure; '1967' is a year.",
        ),
        g(
            "killed",
            50,
            "west-bank",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2025-02-12",
            by="israeli military",
            cue="it has killed more than 50",
            note="'The army' = Israeli military; 'terrorists' = militants -> combatants of the West Bank.",
        ),
        g(
            "detained",
            380,
            "west-bank",
            q="lower",
            scope="total",
            as_of="2025-02-12",
            by="palestinian prisoners society",
            cue="more than 380 people have been arrested",
        ),
        g(
            "detained",
            10000,
            "palestine",
            q="lower",
            scope="total",
            as_of="2025-02-12",
            by="palestinian prisoners society",
            cue="Israel holds more than 10,000 Palestinians in its prisons",
            note="Palestinians with no narrower place -> palestine.",
        ),
        g(
            "detained",
            3400,
            "palestine",
            q="approx",
            scope="total",
            as_of="2025-02-12",
            by="palestinian prisoners society",
            cue="about 3,400 held without charge",
        ),
        g(
            "killed",
            2,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-02-04",
            by=None,
            cue="two soldiers were killed and eight wounded",
            note="side from context: soldiers at an Israeli checkpoint -> israel.",
        ),
        g(
            "injured",
            8,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-02-04",
            by=None,
            cue="killed and eight wounded",
            note="'ten minutes', 'five children', '20 homes', 'six-week operation' are not figures.",
        ),
    ),
    article(
        "x_syria_sweida_what_we_know",
        "2025-07-18",
        """
        Sweida violence: what we know so far

        Published July 18, 2025

        Nearly a week of fighting in Syria's southern province of Sweida, the heartland of the country's Druze
        minority, has killed hundreds of people, drawn in Israeli air power and posed the gravest challenge yet
        to the new government in Damascus. A US-brokered truce announced late on Wednesday was holding only
        partly on Friday.

        How did it start?

        Fighting broke out on Sunday after members of a Bedouin tribe abducted a Druze vegetable trader on the
        highway linking Sweida to Damascus, setting off a wave of tit-for-tat kidnappings and clashes between
        Druze militias and Bedouin fighters. The interior ministry said at least 30 people were killed on the
        first day.

        Government forces moved in on Monday, saying they would separate the two sides. Druze factions
        accused the troops of siding with the tribes, and videos circulated online of fighters in government
        uniform humiliating and shooting Druze men.

        Why did Israel intervene?

        Israel, which has a Druze minority of its own and says it will not allow government forces near its
        border, struck tanks heading towards Sweida on Monday and Tuesday. On Wednesday it bombed the defence
        ministry headquarters and an area near the presidential palace in Damascus. Syria's health ministry
        said three people were killed and 34 wounded in the Damascus strikes.

        How many people have died?

        The Syrian Observatory for Human Rights, a Britain-based monitor, said on Thursday that 594 people had
        been killed since Sunday. Among them were 154 Druze civilians and 257 members of the government's
        security forces. The day before, the monitor had put the toll at 360. The government has not given an
        overall figure.

        Who has been displaced?

        The International Organization for Migration said almost 80,000 people had been displaced across the
        province, most of them within Sweida itself. Hospitals in the city have been overwhelmed, and the
        main one, which has 300 beds, is without electricity.

        Are people still missing?

        Druze community leaders say Bedouin groups are holding at least 20 people abducted from villages west
        of the city, among them women. Local activists say dozens of others remain missing.

        What happens now?

        Under the truce, government forces withdrew from the city on Thursday, leaving security to Druze
        factions and religious leaders. Tribal fighters from as far away as Deir ez-Zor, some 400 km to the
        north-east, were still converging on the province on Friday. Sweida is home to around 700,000 people,
        about 3 per cent of Syria's population.
        """,
        g(
            "killed",
            30,
            "syria",
            q="lower",
            scope="event",
            as_of="2025-07-13",
            by="interior ministry",
            cue="at least 30 people were killed on the first day",
            note="'on Sunday' (Friday 18 July -> 13 July); 'hundreds of people' in the lead restates the running "
            "toll (594) vaguely: not a figure of its own. One abducted trader carries no number.",
        ),
        g(
            "killed",
            3,
            "syria",
            scope="event",
            as_of="2025-07-16",
            by="syrian health ministry",
            cue="three people were killed and 34 wounded",
            note="'On Wednesday' -> 16 July.",
        ),
        g(
            "injured",
            34,
            "syria",
            scope="event",
            as_of="2025-07-16",
            by="syrian health ministry",
            cue="killed and 34 wounded",
        ),
        g(
            "killed",
            594,
            "syria",
            scope="total",
            as_of="2025-07-17",
            by="syrian observatory for human rights",
            cue="594 people had been killed since Sunday",
            note="running toll of the Sweida crisis (open 'since Sunday') -> total; 'said on Thursday' -> 17 July.",
        ),
        g(
            "killed",
            154,
            "syria",
            pop="civilians",
            scope="total",
            as_of="2025-07-17",
            by="syrian observatory for human rights",
            cue="154 Druze civilians",
        ),
        g(
            "killed",
            257,
            "syria",
            pop="combatants",
            scope="total",
            as_of="2025-07-17",
            by="syrian observatory for human rights",
            cue="257 members of the government's security forces",
        ),
        g(
            "killed",
            360,
            "syria",
            scope="total",
            as_of="2025-07-16",
            by="syrian observatory for human rights",
            cue="had put the toll at 360",
            note="the earlier toll, 'the day before' Thursday -> 16 July (revision: both annotated).",
        ),
        g(
            "displaced",
            80000,
            "syria",
            q="upper",
            scope="total",
            as_of="2025-07-18",
            by="iom",
            cue="almost 80,000 people had been displaced",
            note="'almost' -> upper. '300 beds', '400 km', '700,000 people', '3 per cent' are not figures.",
        ),
        g(
            "hostages",
            20,
            "syria",
            q="lower",
            scope="total",
            as_of="2025-07-18",
            by="druze community leaders",
            cue="holding at least 20 people abducted",
        ),
        g(
            "missing",
            24,
            "syria",
            q="lower",
            scope="total",
            as_of="2025-07-18",
            by="local activists",
            cue="dozens of others remain missing",
            note="vague 'dozens' -> 24, lower.",
        ),
    ),
    article(
        "x_yemen_brief_week",
        "2025-05-08",
        """
        The Yemen Brief: a missile at Ben Gurion, two rounds of Israeli strikes and a surprise US truce

        May 8, 2025

        It was the busiest week in the Red Sea conflict since the Gaza ceasefire collapsed in March. A Houthi
        missile got through Israel's air defences, Israel struck Yemen twice, and Washington announced it would
        stop bombing the Houthis. Here is how it unfolded, and what it means.

        Sunday. A ballistic missile fired by the Houthis struck an access road near Terminal 3 of Ben Gurion
        airport, leaving a crater several metres deep. It was the first to penetrate Israel's defences around
        the airport. Magen David Adom said eight people were lightly wounded. Several foreign airlines
        suspended flights to Tel Aviv for at least a week.

        Monday. Israeli jets hit Hodeidah port and a cement factory in Bajil, east of the city. The
        Houthi-run health ministry said four people were killed and 39 wounded.

        Tuesday. Israel struck Sanaa international airport, destroying the terminal and at least three
        civilian aircraft, as well as three power stations around the capital. Al-Masirah TV, the Houthis'
        main channel, said three people were killed. That evening President Donald Trump said the Houthis had
        "capitulated" and that the US would stop its strikes; Oman said the group had agreed not to target
        American ships.

        Wednesday. The Houthis said the deal did not cover Israel. "Our operations in support of Gaza will
        continue," spokesman Yahya Saree said on Al-Masirah.

        By the numbers

        Since the Gaza truce collapsed on March 18, the Houthis have fired 28 ballistic missiles and at least
        10 drones at Israel, according to the Israeli military. The US campaign that began on March 15 hit more
        than 1,100 targets at a cost estimated at over $1 billion; the Houthis say it killed at least 250
        people.

        UN staff in detention

        The Houthis are still holding 23 UN personnel, the UN says, including eight detained on January 23.
        A World Food Programme employee among them died in custody in February. The UN has suspended its
        work in Saada province in protest.

        The humanitarian picture

        About 19.5 million Yemenis need aid this year, and 4.5 million remain displaced, according to the UN.
        A cholera outbreak has spread to 20 of the country's 22 governorates.

        Next week: what the US-Houthi deal means for shipping through the Bab al-Mandab.

        Correction: An earlier version of this newsletter said Monday's strikes on Hodeidah wounded 93 people.
        The Houthi-run health ministry's figure was 39.
        """,
        g(
            "injured",
            8,
            "israel",
            scope="event",
            as_of="2025-05-04",
            by="magen david adom",
            cue="eight people were lightly wounded",
            note="'Sunday' counted back from Thursday 8 May; side from context (Ben Gurion airport). The single "
            "missile ('A ballistic missile') and the WFP employee who died carry no number.",
        ),
        g(
            "killed",
            4,
            "yemen",
            scope="event",
            as_of="2025-05-05",
            by="houthi-run health ministry",
            cue="four people were killed and 39 wounded",
        ),
        g(
            "injured",
            39,
            "yemen",
            scope="event",
            as_of="2025-05-05",
            by="houthi-run health ministry",
            cue="killed and 39 wounded",
            note="restated in the closing correction ('figure was 39'): one figure. The retracted '93' was an "
            "editing error, never a reported toll: not annotated.",
        ),
        g(
            "killed",
            3,
            "yemen",
            scope="event",
            as_of="2025-05-06",
            by="al-masirah",
            cue="said three people were killed",
            note="'three civilian aircraft', 'three power stations' are not people.",
        ),
        g(
            "projectiles",
            28,
            "yemen",
            scope="total",
            as_of="2025-05-08",
            by="israeli military",
            cue="the Houthis have fired 28 ballistic missiles",
            note="open-ended count since the truce collapsed -> total (debatable).",
        ),
        g(
            "projectiles",
            10,
            "yemen",
            q="lower",
            scope="total",
            as_of="2025-05-08",
            by="israeli military",
            cue="at least 10 drones at Israel",
        ),
        g(
            "killed",
            250,
            "yemen",
            q="lower",
            scope="total",
            as_of="2025-05-08",
            by="houthis",
            cue="it killed at least 250 people",
            note="running toll of the US campaign -> total. '1,100 targets', '$1 billion' are not figures.",
        ),
        g(
            "detained",
            23,
            "yemen",
            pop="aid_workers",
            scope="total",
            as_of="2025-05-08",
            by="un",
            cue="still holding 23 UN personnel",
            note="UN staff = aid workers; held in Yemen -> side yemen.",
        ),
        g(
            "detained",
            8,
            "yemen",
            pop="aid_workers",
            scope="event",
            as_of="2025-01-23",
            by="un",
            cue="including eight detained on January 23",
        ),
        g(
            "displaced",
            4500000,
            "yemen",
            scope="total",
            as_of="2025-05-08",
            by="un",
            cue="4.5 million remain displaced",
            note="'19.5 million ... need aid' is not a casualty figure; '20 of ... 22 governorates' neither.",
        ),
    ),
    article(
        "x_iran_war_day_five_md",
        "2025-06-17",
        """
        # Israel-Iran war, day five: what we know

        **June 17, 2025** | Middle East newsletter | 6 min read

        Israel and Iran traded fire for a fifth straight day on Tuesday, with no sign of a diplomatic exit.
        Israel says it has achieved air superiority over Tehran; Iran has kept up its missile barrages, though
        at a slower pace than at the weekend. Here is where things stand.

        ## Casualties in Iran

        Iran's health ministry said on Monday that 224 people had been killed and 1,277 injured since Israel
        began its strikes early on Friday, most of them civilians. Officials have not updated the toll since.

        The Human Rights Activists News Agency (HRANA), a US-based group that tracks Iran, gave a much higher
        count on Tuesday: 585 killed, including 239 civilians. It said many of the dead were members of the
        Revolutionary Guards and the army whose deaths have not been announced.

        ## Casualties in Israel

        In Israel, 24 people have been killed and 592 wounded by Iranian missiles, the Prime Minister's Office
        says. Eight of the dead were killed on Monday morning, when missiles hit Petah Tikva, Bnei Brak and a
        refinery area in Haifa.

        ## Missiles and drones

        Iran has launched about 370 ballistic missiles and hundreds of drones at Israel since Friday, Israeli
        officials estimate. Most were intercepted, but some have struck populated areas. The
        army says Iran's launch rate has dropped by more than half since Saturday as Israeli jets hunt
        launchers in western Iran.

        ## On the ground

        About 3,800 Israelis have been evacuated from homes damaged by missile strikes and are being housed in
        hotels, the Finance Ministry says. In Tehran, residents have been leaving the capital in long queues of
        traffic after US President Donald Trump urged them to "evacuate immediately". Petrol is rationed to 10
        litres a car.

        ## Nuclear sites

        The International Atomic Energy Agency says the strikes destroyed the above-ground enrichment plant at
        Natanz. Iran's deeply buried site at Fordow, some 80 metres under a mountain, is believed to be
        largely intact. Before the war, Iran had about 400 kg of uranium enriched to 60 percent.

        ## What to watch

        - Trump left the G7 summit in Canada a day early and is meeting his national security team.
        - Iran's foreign minister is due in Geneva on Friday for talks with his British, French and German
          counterparts.
        """,
        g(
            "killed",
            224,
            "iran",
            scope="total",
            as_of="2025-06-16",
            by="iranian health ministry",
            cue="224 people had been killed and 1,277 injured",
            note="war toll since Friday, reported 'on Monday' -> as_of 2025-06-16; 'most of them civilians' has "
            "no number.",
        ),
        g(
            "injured",
            1277,
            "iran",
            scope="total",
            as_of="2025-06-16",
            by="iranian health ministry",
            cue="1,277 injured",
        ),
        g("killed", 585, "iran", scope="total", as_of="2025-06-17", by="hrana", cue="585 killed, including 239"),
        g(
            "killed",
            239,
            "iran",
            pop="civilians",
            scope="total",
            as_of="2025-06-17",
            by="hrana",
            cue="including 239 civilians",
        ),
        g(
            "killed",
            24,
            "israel",
            scope="total",
            as_of="2025-06-17",
            by="prime minister's office",
            cue="24 people have been killed and 592 wounded",
        ),
        g("injured", 592, "israel", scope="total", as_of="2025-06-17", by="prime minister's office", cue="592 wounded"),
        g(
            "killed",
            8,
            "israel",
            scope="event",
            as_of="2025-06-16",
            by=None,
            cue="Eight of the dead were killed on Monday",
            note="subgroup of the 24 killed on one day -> event, 'on Monday' = 16 June.",
        ),
        g(
            "projectiles",
            370,
            "iran",
            q="approx",
            scope="total",
            as_of="2025-06-17",
            by="israeli officials",
            cue="about 370 ballistic missiles",
            note="restated by no other number; 'Most were intercepted' carries no number.",
        ),
        g(
            "projectiles",
            200,
            "iran",
            q="lower",
            scope="total",
            as_of="2025-06-17",
            by="israeli officials",
            cue="hundreds of drones",
            note="vague 'hundreds' -> 200, lower.",
        ),
        g(
            "evacuated",
            3800,
            "israel",
            q="approx",
            scope="total",
            as_of="2025-06-17",
            by="finance ministry",
            cue="About 3,800 Israelis have been evacuated",
            note="'10 litres', '80 metres', '400 kg', '60 percent', 'G7' are not figures.",
        ),
    ),
]
