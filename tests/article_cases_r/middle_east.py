"""Set R, Middle East: an AP-style Gaza wire story, a Lebanon/Israel live blog, a West Bank local paper,
a Syrian NGO press release, an undated opinion piece on Syria, an HTML broadcaster page on Yemen and a
Reuters-style wire story on the Israel-Iran war."""

from __future__ import annotations

from . import article, g

ARTICLES = (
    article(
        "r_gaza_ap_khan_younis_aid_road",
        "2025-06-17",
        """
        Israeli fire kills dozens of Palestinians waiting for aid trucks in southern Gaza, health officials say

        By HANI ABU ZAYED and MIRIAM COHEN

        Updated 5:41 PM GMT+3, June 17, 2025

        KHAN YOUNIS, Gaza Strip (AP) — Israeli troops opened fire on Tuesday on a crowd of Palestinians who had
        gathered along a main road in Khan Younis hoping to get flour from passing aid trucks, killing at least
        51 people and wounding more than 200, according to Gaza's Health Ministry and Nasser Hospital, which
        received the casualties.

        Witnesses said tanks and a drone fired toward the crowd shortly after dawn. "People were running in
        every direction, and the ones who fell stayed on the ground," said Ahmed Qudeih, 29, who said he had
        waited by the road since midnight with his two cousins. Hospital staff said many of the wounded had
        been shot in the upper body and that the hospital's blood bank had run dry by mid-morning.

        The Israeli military said it was aware of reports of casualties near an aid truck in the Khan Younis
        area and that the incident was under review. It said troops had identified suspects approaching them
        and had fired warning shots.

        Later in the day, an airstrike hit a tent in the Muwasi area west of the city, killing five people,
        including three children, according to the hospital.

        Palestinians have been killed almost daily while trying to reach food since a new aid system backed
        by Israel and the United States began operating in late May, with distribution points in the south
        and center of the territory. The U.N. human rights office has called the pattern of killings
        unconscionable, and aid groups say the four hubs cannot feed a population of about 2 million.

        The Health Ministry's overall count of Palestinians killed in the war has passed 55,400. It does not
        say how many of the dead were fighters but says women and children make up more than half of them.
        The government media office in Gaza says 227 journalists have been killed since the war began.

        Read more: Israel and Iran trade strikes for a fifth day as Gaza aid crisis deepens

        Israel's attention has shifted in recent days to its war with Iran, and Gaza's internet and phone
        networks were down for several hours on Tuesday after what the telecommunications regulator said was
        damage to a main fiber line.

        The war began when Hamas-led militants stormed into southern Israel on Oct. 7, 2023, killing around
        1,200 people, mostly civilians, and abducting 251. Fifty-three hostages are still in Gaza; Israeli
        officials have said they are not sure how many of them are alive.

        ___

        Magdy reported from Cairo. Follow AP's coverage of the war at https://apnews.com/hub/israel-hamas-war
        """,
        g(
            "killed",
            51,
            "gaza",
            scope="event",
            as_of="2025-06-17",
            by="gaza health ministry",
            q="lower",
            cue="killing at least 51 people",
            note="'Gaza's Health Ministry and Nasser Hospital' -> the first-named source. The headline 'dozens' "
            "is the same toll, listed once.",
        ),
        g(
            "injured",
            200,
            "gaza",
            scope="event",
            as_of="2025-06-17",
            by="gaza health ministry",
            q="lower",
            cue="wounding more than 200",
        ),
        g(
            "killed",
            5,
            "gaza",
            scope="event",
            as_of="2025-06-17",
            by="nasser hospital",
            cue="killing five people",
            note="'according to the hospital' = Nasser Hospital named earlier.",
        ),
        g(
            "killed",
            3,
            "gaza",
            scope="event",
            as_of="2025-06-17",
            by="nasser hospital",
            pop="children",
            cue="including three children",
        ),
        g(
            "killed",
            55400,
            "gaza",
            scope="total",
            as_of="2025-06-17",
            by="gaza health ministry",
            q="lower",
            cue="killed in the war has passed 55,400",
        ),
        g(
            "killed",
            227,
            "gaza",
            scope="total",
            as_of="2025-06-17",
            by="gaza government media office",
            pop="journalists",
            cue="227 journalists have been killed",
        ),
        g(
            "killed",
            1200,
            "israel",
            scope="event",
            as_of="2023-10-07",
            q="approx",
            cue="killing around 1,200 people",
            note="historical October 7 attack -> event dated 2023-10-07; 'mostly civilians' has no number.",
        ),
        g(
            "hostages",
            251,
            "israel",
            scope="event",
            as_of="2023-10-07",
            cue="and abducting 251",
        ),
        g(
            "hostages",
            53,
            "israel",
            scope="total",
            as_of="2025-06-17",
            cue="Fifty-three hostages are still in Gaza",
            note="hostages taken from Israel -> side israel; spelled-out number; stated in the article's voice.",
        ),
    ),
    article(
        "r_lebanon_israel_live_blog",
        "2024-09-23",
        """
        Israel-Hezbollah live: Hundreds killed in Lebanon as Israel widens air campaign

        LIVE
        Last updated: 23 September 2024, 21:52 BST

        Edited by Sarah Whitcombe, with Layal Haddad in Beirut and Yoav Stern in Jerusalem

        Summary
        - Lebanon's health ministry says Israeli strikes have killed hundreds of people today, making it the
          deadliest day in the country since the 1975-1990 civil war
        - Israel's military says it has hit Hezbollah targets across southern Lebanon and the Bekaa valley
        - Roads north from the south are jammed with families trying to reach Beirut

        21:40
        Death toll rises to 492

        Health Minister Firass Abiad told reporters in Beirut that Israeli strikes on Monday had killed 492
        people, among them 35 children and 58 women, and wounded 1,645 others. He said hospitals in the south
        had been told to postpone non-urgent surgery to make room for casualties.

        20:35
        US urges citizens to leave Lebanon

        The US State Department repeated its advice to American citizens to leave Lebanon "while commercial
        options remain available". Several European airlines have cancelled flights to Beirut until the end
        of the month, and the airport's departures hall was crowded all afternoon.

        20:10
        Lebanese army reports strikes near its positions

        The Lebanese army said Israeli strikes had hit close to two of its positions in the south and that it
        had moved troops away from the border strip. The army has largely stayed out of the fighting since
        last October, and its commander has said it lacks the means to confront either side.

        19:15
        Sirens in Haifa area

        Sirens sounded in Haifa and the lower Galilee as Hezbollah said it had targeted an Israeli air base
        and a defence factory. The Israeli military said about 35 projectiles crossed from Lebanon over the
        afternoon, most of them intercepted. Magen David Adom said it had treated three people for light
        shrapnel wounds.

        17:30
        What the Israeli military is saying

        Chief military spokesman Rear Admiral Daniel Hagari said the air force had struck about 1,300 targets
        since the morning and would continue "as long as necessary". He urged residents of the Bekaa valley
        to stay away from buildings where he said Hezbollah kept weapons for the next two hours.

        15:05
        Coastal highway at a standstill

        Our correspondent in Sidon says traffic on the coastal highway has barely moved for hours, with
        thousands of people trying to drive north out of the south. Lebanon's education ministry said public
        schools in Beirut and the north would open as shelters from tonight.

        13:40
        Schools and universities close

        The Lebanese University and several private universities suspended classes for two days, and the
        education ministry said public schools in the south, the Bekaa and Beirut's southern suburbs would
        stay closed until further notice. Parents in Tyre said they had been told to collect their children
        early as strikes hit villages nearby.

        12:20
        UN agencies warn of new wave of displacement

        Even before today's strikes, some 110,000 people had been displaced from southern Lebanon since last
        October, the International Organization for Migration said. Across the border, about 60,000 Israelis
        evacuated from communities near the frontier have yet to return home.

        09:45
        Overnight: Hezbollah's deepest barrage yet

        The Israeli military said Hezbollah fired about 150 rockets, cruise missiles and drones at northern
        Israel overnight into Sunday, some of them reaching the outskirts of Haifa for the first time since
        the start of the conflict.

        08:30
        Welcome

        Good morning and welcome to our live coverage. Israel says it wants to push Hezbollah away from the
        border so that residents of the north can go back, and the UN has again called on both sides to
        respect Resolution 1701, which ended their last war in 2006.
        """,
        g(
            "killed",
            492,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            cue="had killed 492",
            note="one day's strikes ('on Monday' = the page date) -> event. The summary's 'hundreds' is the same "
            "toll restated, listed once. Attributed to Health Minister Firass Abiad -> the ministry.",
        ),
        g(
            "killed",
            35,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            pop="children",
            cue="among them 35 children",
        ),
        g(
            "killed",
            58,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            pop="women",
            cue="35 children and 58 women",
        ),
        g(
            "injured",
            1645,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            cue="wounded 1,645 others",
        ),
        g(
            "projectiles",
            35,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="israeli military",
            q="approx",
            cue="about 35 projectiles crossed from Lebanon",
            note="'most of them intercepted' is no separate count.",
        ),
        g(
            "injured",
            3,
            "israel",
            scope="event",
            as_of="2024-09-23",
            by="magen david adom",
            cue="treated three people for light shrapnel wounds",
        ),
        g(
            "displaced",
            2000,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            q="lower",
            cue="thousands of people trying to drive north out of the south",
            note="vague 'thousands' fleeing -> 2000/lower; 'Our correspondent says' is the outlet's own voice -> "
            "reported_by null. '1,300 targets' (not people) and 'the next two hours' are not figures.",
        ),
        g(
            "displaced",
            110000,
            "lebanon",
            scope="total",
            as_of="2024-09-23",
            by="iom",
            q="approx",
            cue="some 110,000 people had been displaced from southern Lebanon",
        ),
        g(
            "evacuated",
            60000,
            "israel",
            scope="total",
            as_of="2024-09-23",
            q="approx",
            cue="about 60,000 Israelis evacuated from communities near the frontier",
            note="the IOM attribution belongs to the previous sentence -> reported_by null.",
        ),
        g(
            "projectiles",
            150,
            "lebanon",
            scope="event",
            as_of="2024-09-22",
            by="israeli military",
            q="approx",
            cue="Hezbollah fired about 150 rockets, cruise missiles and drones",
            note="'overnight into Sunday' counted back from the Monday page date -> 2024-09-22.",
        ),
    ),
    article(
        "r_west_bank_local_tammun",
        "2025-02-10",
        """
        THE NABLUS OBSERVER | Home | Local | Region | Economy | Opinion

        Monday, February 10, 2025

        Two young men killed in Tammun as Israeli offensive in the north enters its fourth week

        By Rami Khalil, Tubas

        Israeli forces shot dead two young men in Tammun on Sunday, the Palestinian Ministry of Health said,
        as the army's offensive in the north of the occupied West Bank entered its fourth week and the
        residents of several refugee camps remained unable to go home.

        The ministry said the two, aged 19 and 22, were hit by live fire near the town's main mosque. The
        Israeli military said its troops had fired at "armed terrorists" who threw explosive devices at them
        on Route 588, and that a third suspect had been arrested.

        Since the army launched what it calls Operation Iron Wall in Jenin on January 21, at least 70
        Palestinians have been killed in the Jenin, Tubas and Tulkarem governorates, among them 10 children,
        according to ministry figures.

        The military said on Saturday that its forces had killed more than 50 "terrorists" and arrested 210
        wanted individuals in the operation so far. It has lost one reservist: he was killed and eight other
        soldiers were wounded when an explosive device went off under their vehicle in Tammun on January 29,
        the army said at the time.

        UNRWA, the UN agency for Palestinian refugees, says about 40,000 Palestinians have been forced out of
        the Jenin, Tulkarem, Nur Shams and Far'a camps, the largest displacement in the territory since 1967.
        "We left with the clothes we were wearing," said Fatima Abu Srour, 61, who is staying with her
        daughter's family in Jenin's eastern neighbourhood. "Every night we hear the bulldozers."

        In Jenin camp, army bulldozers have torn up the main roads and the municipality says it has lost
        count of the homes that were blown up or burned. Water and electricity have been cut for most of the
        past three weeks, and the municipal council has opened two schools and a wedding hall on Street 10
        to families who have nowhere else to stay.

        The Palestinian Prisoners' Society says more than 14,500 Palestinians have been detained across the
        West Bank since October 7, 2023, many of them held without charge under administrative detention
        orders that can be renewed every six months.

        Israeli officials say the raids are needed to stop armed groups, backed by Iran, from turning the
        camps into bases like those in Gaza. Palestinian Authority officials call the offensive collective
        punishment and accuse Israel of trying to empty the camps for good. Defence Minister Israel Katz said
        last week that troops would stay in the camps "for the coming year".

        Related
        - Tulkarem families sleep in mosques as raid drags on
        - Tubas farmers say checkpoints cut them off from their land
        - Jenin hospital staff describe weeks under siege

        © The Nablus Observer. All rights reserved.
        """,
        g(
            "killed",
            2,
            "west-bank",
            scope="event",
            as_of="2025-02-09",
            by="palestinian health ministry",
            cue="shot dead two young men in Tammun on Sunday",
            note="'on Sunday' counted back from Monday 2025-02-10; the headline restates it.",
        ),
        g(
            "killed",
            70,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="palestinian health ministry",
            q="lower",
            cue="at least 70 Palestinians have been killed in the Jenin, Tubas and Tulkarem governorates",
            note="running toll of the three-week operation (the crisis the story is about), not a day or one "
            "attack -> total; debatable against 'event' for a window inside the wider war.",
        ),
        g(
            "killed",
            10,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="palestinian health ministry",
            pop="children",
            cue="among them 10 children",
        ),
        g(
            "killed",
            50,
            "west-bank",
            scope="total",
            as_of="2025-02-08",
            by="israeli military",
            pop="combatants",
            q="lower",
            cue='killed more than 50 "terrorists"',
            note="'said on Saturday' -> as_of 2025-02-08.",
        ),
        g(
            "detained",
            210,
            "west-bank",
            scope="total",
            as_of="2025-02-08",
            by="israeli military",
            cue="arrested 210 wanted individuals",
            note="'wanted individuals' are not said to be fighters -> population all. The single 'third suspect' "
            "arrested on Sunday is not a count.",
        ),
        g(
            "killed",
            1,
            "israel",
            scope="event",
            as_of="2025-01-29",
            by="israeli military",
            pop="combatants",
            cue="It has lost one reservist: he was killed",
        ),
        g(
            "injured",
            8,
            "israel",
            scope="event",
            as_of="2025-01-29",
            by="israeli military",
            pop="combatants",
            cue="eight other soldiers were wounded",
        ),
        g(
            "displaced",
            40000,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="unrwa",
            q="approx",
            cue="about 40,000 Palestinians have been forced out",
        ),
        g(
            "detained",
            14500,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="palestinian prisoners' society",
            q="lower",
            cue="more than 14,500 Palestinians have been detained",
        ),
    ),
    article(
        "r_syria_suwayda_ngo_release",
        "2025-07-20",
        """
        PRESS RELEASE

        Levant Human Rights Monitor (LHRM)
        For immediate release
        Geneva, 20 July 2025

        Suwayda: at least 814 people killed in one week of violence; LHRM calls for independent inquiry

        The Levant Human Rights Monitor (LHRM) has documented the killing of at least 814 people in
        Suwayda governorate and the surrounding countryside since clashes broke out between local Druze armed
        groups and Bedouin tribal fighters last Sunday, drawing in government forces within hours.

        Among the dead are 196 civilians, including 21 children and 38 women. Several families were killed
        inside their homes in the villages of al-Mazraa and Walgha, and LHRM researchers have received
        testimony about field executions carried out by gunmen in military uniform. The remaining victims
        were fighters: LHRM counts at least 618 members of government security forces, tribal groups and
        Druze factions among the dead.

        More than 900 people have been injured, according to medical sources in Suwayda National Hospital,
        which ran out of fuel for its generators on Thursday. Its morgue has been full since midweek, and
        staff have asked families to collect the bodies of their relatives as soon as they can.

        LHRM's field team also recorded at least 60 people, mostly young men, whose families say they have
        been missing since armed men took them from their homes or from checkpoints on the Damascus road.

        The International Organization for Migration said on Saturday that around 87,000 people had been
        displaced inside Suwayda governorate and towards neighbouring Daraa and rural Damascus.

        A ceasefire announced on Saturday was largely holding on Sunday morning, but LHRM warns that the
        humanitarian situation remains critical. Convoys carrying food and medical supplies have been held
        up for more than 48 hours, and telecommunications in the city were cut for most of the week.

        "The scale and nature of these killings require an independent, impartial investigation, and
        those responsible on every side must be held to account," said LHRM's director. "Syria cannot be
        rebuilt on a new cycle of impunity."

        LHRM calls on the transitional authorities to:
        1. Grant immediate and unhindered access to humanitarian organisations;
        2. Allow the UN Commission of Inquiry to visit Suwayda;
        3. Publish the findings of the national committee set up after the violence on the coast in March.

        LHRM is an independent, non-profit organisation founded in 2012. It documents violations through a
        network of field researchers and verifies every case with at least two sources.

        Media contact: press@lhrm-monitor.org | +41 22 000 00 00

        ###
        """,
        g(
            "killed",
            814,
            "syria",
            scope="total",
            as_of="2025-07-20",
            by="levant human rights monitor",
            q="lower",
            cue="documented the killing of at least 814 people",
            note="a press release in which the NGO names itself in the third person -> reported_by the NGO "
            "rather than null. Running toll of the Suwayda crisis ('since ... last Sunday') -> total.",
        ),
        g(
            "killed",
            196,
            "syria",
            scope="total",
            as_of="2025-07-20",
            by="levant human rights monitor",
            pop="civilians",
            cue="Among the dead are 196 civilians",
        ),
        g(
            "killed",
            21,
            "syria",
            scope="total",
            as_of="2025-07-20",
            by="levant human rights monitor",
            pop="children",
            cue="including 21 children",
        ),
        g(
            "killed",
            38,
            "syria",
            scope="total",
            as_of="2025-07-20",
            by="levant human rights monitor",
            pop="women",
            cue="21 children and 38 women",
        ),
        g(
            "killed",
            618,
            "syria",
            scope="total",
            as_of="2025-07-20",
            by="levant human rights monitor",
            pop="combatants",
            q="lower",
            cue="LHRM counts at least 618 members of government security forces",
            note="government forces, tribal fighters and Druze factions are all Syrian parties -> side syria.",
        ),
        g(
            "injured",
            900,
            "syria",
            scope="total",
            as_of="2025-07-20",
            by="medical sources",
            q="lower",
            cue="More than 900 people have been injured",
            note="'medical sources in Suwayda National Hospital' -> short 'medical sources'.",
        ),
        g(
            "missing",
            60,
            "syria",
            scope="total",
            as_of="2025-07-20",
            by="levant human rights monitor",
            q="lower",
            cue="recorded at least 60 people, mostly young men, whose families say they have been missing",
        ),
        g(
            "displaced",
            87000,
            "syria",
            scope="total",
            as_of="2025-07-19",
            by="iom",
            q="approx",
            cue="around 87,000 people had been displaced",
            note="'said on Saturday' -> 2025-07-19 (the release is dated Sunday 20 July).",
        ),
    ),
    article(
        "r_syria_opinion_second_chances",
        None,
        """
        OPINION

        Syria's new rulers are running out of second chances

        By Lina Haddad

        Lina Haddad researches transitional justice at a London-based think tank. The views expressed here are
        her own.

        Every Syrian family I know keeps a private ledger of the dead. Mine begins in Hama, where my
        grandfather's brother disappeared when Hafez al-Assad's army crushed an Islamist uprising in 1982,
        killing as many as 20,000 people in a city that to this day has no memorial to them. It continues
        through the sarin attack on the Ghouta suburbs in 2013, which killed more than 1,400 people by the
        count of US intelligence, and through the barrel bombs of Aleppo and the sieges of Homs and Daraya.

        By most estimates the war that began in 2011 killed about half a million people and forced some
        13 million from their homes, half of the country's pre-war population. More than 100,000 people are
        still forcibly disappeared, according to the Syrian Network for Human Rights, and tens of thousands
        of detainees passed through Saydnaya and the other prisons of the old regime. When the regime fell,
        families walked the corridors of those prisons with photographs, hoping for a face.

        That is the debt the new government inherited last December. It is also the yardstick by which
        Syrians will judge it. So far, the record is alarming.

        In March, gunmen aligned with the new authorities killed nearly 1,500 Alawite civilians over a few
        days in the coastal provinces of Latakia and Tartous, according to a count by the Syrian Observatory
        for Human Rights. Whole families were shot in their homes. A national committee was formed; its report
        named some perpetrators but has not led to a single public trial. Then came Suwayda in July, where
        the Druze community watched security forces arrive not as protectors but as one more armed faction.

        The pattern is familiar to anyone who studied the last half-century. A government that sees its
        minorities as a security problem ends up making them one. A government that promises accountability
        and delivers committees teaches every armed man that the price of killing is zero.

        I have sat with mothers from Tartous who still do not know where their sons were buried, and with
        Druze students from Suwayda who, a year ago, celebrated the fall of the regime in the streets of
        Damascus. They used to argue about politics. Now they argue about whether it is safe to travel on the
        highway. The question they ask me is the same one: does anyone in the new government actually want
        to know what happened?

        History offers a warning. In Iraq after 2003, the new order treated whole communities as collective
        suspects, and the insurgency that followed fed on that grievance for a decade. In Lebanon, an amnesty
        law passed in 1991 let the warlords of the civil war become its politicians, and the country is
        still paying for it. Syria does not have to repeat either mistake, but it is drifting towards both.

        There are reasons for the authorities to act now. Sanctions relief has opened the door to
        reconstruction money that the World Bank puts at more than $200 billion. Investors, like refugees
        weighing a return, are watching whether the courts work. About 90 percent of Syrians live below the
        poverty line; they cannot afford another decade of war.

        What would a serious response look like? First, a special tribunal, with international judges, for
        the crimes committed on the coast and in Suwayda. Second, a single national register of the missing,
        open to families and run independently of the security services. Third, a real vetting process for the
        factions that have been folded into the army without changing their commanders or their habits.

        None of this is easy. All of it is cheaper than the alternative. Syrians were told in 2011 that the
        price of freedom would be high. They did not expect to go on paying it after they won.
        """,
        g(
            "killed",
            20000,
            "syria",
            scope="event",
            as_of=None,
            q="upper",
            cue="killing as many as 20,000 people",
            note="Hama 1982, a historical massacre -> event; 'as many as' read like 'up to' -> upper. Undated "
            "article -> as_of null (the check requires it even for events; the text gives only the year).",
        ),
        g(
            "killed",
            1400,
            "syria",
            scope="event",
            as_of=None,
            by="us intelligence",
            q="lower",
            cue="killed more than 1,400 people by the count of US intelligence",
        ),
        g(
            "killed",
            500000,
            "syria",
            scope="total",
            as_of=None,
            q="approx",
            cue="killed about half a million people",
            note="'half a million' -> 500000; 'By most estimates' names no source -> reported_by null.",
        ),
        g(
            "displaced",
            13000000,
            "syria",
            scope="total",
            as_of=None,
            q="approx",
            cue="forced some 13 million from their homes",
            note="'half of the country's pre-war population' is a share, not a count.",
        ),
        g(
            "missing",
            100000,
            "syria",
            scope="total",
            as_of=None,
            by="syrian network for human rights",
            q="lower",
            cue="More than 100,000 people are still forcibly disappeared",
        ),
        g(
            "detained",
            20000,
            "syria",
            scope="total",
            as_of=None,
            q="lower",
            cue="tens of thousands of detainees passed through Saydnaya",
            note="vague 'tens of thousands' -> 20000/lower.",
        ),
        g(
            "killed",
            1500,
            "syria",
            scope="event",
            as_of=None,
            by="syrian observatory for human rights",
            pop="civilians",
            q="upper",
            cue="killed nearly 1,500 Alawite civilians",
            note="'nearly' -> upper per the FIGURES.md table (not read as an estimate here). A few days of "
            "killings on the coast -> event.",
        ),
    ),
    article(
        "r_yemen_ras_isa_html",
        "2025-04-18",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>US strikes on Yemen's Ras Isa port kill at least 74, Houthis say | Gulf &amp; World Desk</title>
        </head>
        <body>
        <header><a class="logo" href="/">Gulf &amp; World Desk</a>
        <nav><a href="/">Home</a> | <a href="/middle-east">Middle East</a> | <a href="/world">World</a> |
        <a href="/business">Business</a> | <a href="/video">Video</a></nav></header>
        <article>
        <h1>US strikes on Yemen&#8217;s Ras Isa fuel port kill at least 74, Houthis say</h1>
        <p class="byline">By Nour Abdelaziz &amp; Tom Rennick</p>
        <p class="date"><time datetime="2025-04-18T08:15:00Z">18 April 2025</time></p>
        <figure><img src="/img/2025/ras-isa-smoke.jpg" alt="Smoke over the port">
        <figcaption>Smoke rises over the Ras Isa oil terminal on the Red Sea coast after the strikes.
        Photo: Al-Masirah TV via Reuters</figcaption></figure>
        <p>US air strikes on the Ras Isa fuel terminal in western Yemen late on Thursday killed at least 74
        people and wounded 171, the Houthi-run health ministry said on Friday, in what appeared to be the
        deadliest single attack of Washington&#8217;s month-old campaign against the group.</p>
        <p>Among the dead were five paramedics who had arrived after the first wave of strikes, the ministry
        said. Houthi television showed burning fuel tanks, twisted pipelines and rescuers carrying bodies
        wrapped in blankets from the wreckage of the port&#8217;s administrative building.</p>
        <p>US Central Command said the strikes were intended to cut off a source of fuel and revenue for
        the Iran-backed movement and that it would &#8220;continue to apply pressure&#8221; until the group stopped
        attacking shipping. It did not comment on casualties.</p>
        <p>Houthi military spokesman Yahya Saree said on Friday the group had fired two ballistic missiles at
        Ben Gurion airport near Tel Aviv and launched drones at US warships in the Red Sea. Israel&#8217;s
        military said it had intercepted a missile launched from Yemen before it entered Israeli territory.</p>
        <p>The Houthis began attacking ships in the Red Sea and the Gulf of Aden in November 2023, saying they
        were acting in solidarity with Palestinians in Gaza. Their attacks on merchant vessels sank two ships
        and killed four seafarers before a pause that began in January. They also seized the car carrier
        Galaxy Leader and held its 25 crew members for more than a year.</p>
        <p>The Ras Isa terminal handled most of the fuel imported into Houthi-held northern Yemen, where
        aid agencies say two-thirds of the population depends on assistance. The war in Yemen has displaced
        some 4.5 million people, according to the United Nations.</p>
        <p><strong>Read more:</strong> <a href="/middle-east/houthis-red-sea-explainer">Who are the Houthis and
        why are they attacking ships?</a></p>
        <aside class="related"><h2>Related</h2>
        <ul>
        <li><a href="/middle-east/sanaa-strikes">Residents of Sanaa describe night of explosions</a></li>
        <li><a href="/business/red-sea-shipping">Shipping firms weigh return to the Suez route</a></li>
        <li><a href="/world/us-carrier-red-sea">Second US carrier heads for the Middle East</a></li>
        </ul></aside>
        </article>
        <footer><p>&copy; Gulf &amp; World Desk. All rights reserved. | <a href="/privacy">Privacy</a> |
        <a href="/terms">Terms</a></p></footer>
        </body>
        </html>
        """,
        g(
            "killed",
            74,
            "yemen",
            scope="event",
            as_of="2025-04-17",
            by="houthi-run health ministry",
            q="lower",
            cue="late on Thursday killed at least 74",
            note="'late on Thursday' counted back from Friday 2025-04-18; the headline restates the same toll.",
        ),
        g(
            "injured",
            171,
            "yemen",
            scope="event",
            as_of="2025-04-17",
            by="houthi-run health ministry",
            cue="wounded 171",
        ),
        g(
            "killed",
            5,
            "yemen",
            scope="event",
            as_of="2025-04-17",
            by="houthi-run health ministry",
            pop="medics",
            cue="Among the dead were five paramedics",
        ),
        g(
            "projectiles",
            2,
            "yemen",
            scope="event",
            as_of="2025-04-18",
            by="houthis",
            cue="fired two ballistic missiles",
            note="Houthis -> yemen (the side that fired). 'a missile' intercepted by Israel has no number.",
        ),
        g(
            "killed",
            4,
            "unknown",
            scope="total",
            as_of="2025-04-18",
            cue="killed four seafarers",
            note="crews of merchant ships of unstated nationality -> side unknown; running toll of the Red Sea "
            "campaign -> total.",
        ),
        g(
            "hostages",
            25,
            "unknown",
            scope="event",
            as_of=None,
            cue="held its 25 crew members for more than a year",
            note="one seizure (Galaxy Leader) -> event; the text gives only 'November 2023', no day -> as_of "
            "null; crew nationality not stated -> unknown.",
        ),
        g(
            "displaced",
            4500000,
            "yemen",
            scope="total",
            as_of="2025-04-18",
            by="un",
            q="approx",
            cue="displaced some 4.5 million people",
            note="'two-thirds of the population' is a share, not a count.",
        ),
    ),
    article(
        "r_iran_israel_ceasefire_wire",
        "2025-06-24",
        """
        Israel-Iran ceasefire appears to hold after final barrages

        By Samira Tabrizi and Noam Levy

        June 24, 2025 3:18 PM GMT+3 Updated 5 hours ago

        DUBAI/JERUSALEM, June 24 (Reuters) - A ceasefire between Israel and Iran announced by U.S. President
        Donald Trump appeared to be holding on Tuesday after a last exchange of fire in which an Iranian
        missile killed four people in the southern Israeli city of Beersheba, ending 12 days of the heaviest
        fighting ever between the two regional foes.

        Israel's ambulance service Magen David Adom said the missile hit a residential building shortly after
        6 a.m. (0300 GMT), killing four people in a stairwell where they had taken shelter. Rescue teams worked
        for hours to reach people trapped in the upper floors.

        Iran's health ministry said on Tuesday that 610 people had been killed and 4,746 injured in Israeli
        attacks since June 13, when Israel launched a surprise air campaign targeting Iran's nuclear sites,
        military commanders and missile launchers. The ministry did not say how many of the dead were members
        of the armed forces.

        In Israel, the prime minister's office says 28 people have been killed by Iranian missiles. Israeli
        officials estimate that Iran fired about 550 ballistic missiles and around 1,000 drones at Israel
        during the war, the great majority of which were intercepted or fell in open areas.

        Trump announced the truce on Monday evening, hours after Iran fired 14 missiles at the Al Udeid air
        base in Qatar, the largest U.S. military facility in the Middle East, in retaliation for U.S. strikes
        on three Iranian nuclear sites on Sunday. The Pentagon said 13 of the missiles were intercepted and
        one was allowed to fall harmlessly. No Americans were hurt.

        Both sides accused the other of violating the truce in its first hours. Israeli Defence Minister Israel
        Katz said he had ordered "intense" strikes on Tehran after missiles were launched from Iran following
        the start of the ceasefire, but later held off after a phone call between Trump and Prime Minister
        Benjamin Netanyahu. Iran's armed forces denied firing any missiles after the deadline.

        Inside Iran, authorities have cracked down on people they accuse of collaborating with Israel.
        Iranian state media reported that more than 700 people had been arrested on suspicion of spying for
        Israel since the war began, and several men have been executed after being convicted of working for
        Mossad.

        The International Atomic Energy Agency said it had lost track of Iran's stockpile of uranium enriched
        to 60% purity, estimated at more than 400 kg before the strikes. Iranian lawmakers moved on Tuesday to
        suspend cooperation with the agency.

        Oil prices fell about 6% on Tuesday, extending Monday's slide, as traders bet that the ceasefire would
        keep supplies from the Gulf flowing.

        (Reporting by Samira Tabrizi in Dubai and Noam Levy in Jerusalem; Additional reporting by Reuters
        bureaus; Editing by Clare Whitfield)
        """,
        g(
            "killed",
            4,
            "israel",
            scope="event",
            as_of="2025-06-24",
            by="magen david adom",
            cue="killing four people in a stairwell",
            note="the same four as in the lead ('killed four people in the southern Israeli city of Beersheba'), "
            "listed once with the attribution given in the second paragraph.",
        ),
        g(
            "killed",
            610,
            "iran",
            scope="total",
            as_of="2025-06-24",
            by="iranian health ministry",
            cue="610 people had been killed",
        ),
        g(
            "injured",
            4746,
            "iran",
            scope="total",
            as_of="2025-06-24",
            by="iranian health ministry",
            cue="4,746 injured in Israeli attacks since June 13",
        ),
        g(
            "killed",
            28,
            "israel",
            scope="total",
            as_of="2025-06-24",
            by="israeli prime minister's office",
            cue="28 people have been killed by Iranian missiles",
        ),
        g(
            "projectiles",
            550,
            "iran",
            scope="total",
            as_of="2025-06-24",
            by="israeli officials",
            q="approx",
            cue="Iran fired about 550 ballistic missiles",
        ),
        g(
            "projectiles",
            1000,
            "iran",
            scope="total",
            as_of="2025-06-24",
            by="israeli officials",
            q="approx",
            cue="around 1,000 drones",
        ),
        g(
            "projectiles",
            14,
            "iran",
            scope="event",
            as_of="2025-06-23",
            cue="Iran fired 14 missiles at the Al Udeid air base",
            note="'on Monday evening ... hours after' -> Monday 2025-06-23. Stated in the article's voice (the "
            "Pentagon is cited only for the 13 intercepted, a subset not annotated). Fired by Iran -> iran.",
        ),
        g(
            "detained",
            700,
            "iran",
            scope="total",
            as_of="2025-06-24",
            by="iranian state media",
            q="lower",
            cue="more than 700 people had been arrested",
            note="running count since the war began -> total; 'several men have been executed' has no number.",
        ),
    ),
)
