"""Ukraine (a city strike; the front line with Belgorod across the border), Syria, Yemen and Myanmar."""

from __future__ import annotations

try:
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover
    from article_cases import article, g

# A data table: one gold figure per g() call reads better compact.
# fmt: off
ARTICLES = [
    article(
        "c06_kharkiv_hypermarket_wire",
        "2024-05-25",
        """
        Russian bombs hit Kharkiv hypermarket, at least six dead and 16 missing

        KHARKIV, Ukraine, May 25, 2024 (Reuters) - Russian guided bombs hit a crowded DIY
        hypermarket in Kharkiv on Saturday, killing at least six people and injuring 40, regional
        governor Oleh Syniehubov said, while 16 people remained unaccounted for.

        About 200 people may have been inside the store when the bombs struck at around 4 p.m.,
        President Volodymyr Zelenskiy said on the Telegram messaging app, calling the attack "another
        manifestation of Russian madness".

        Firefighters battled a blaze that covered 10,000 square metres as black smoke rose over the
        city's north-western outskirts. Reuters witnesses saw rescuers carry at least one body from
        the building.

        Later on Saturday, a missile strike on central Kharkiv wounded 18 people, mayor Ihor
        Terekhov said.

        In the Donetsk region, Russian shelling killed three civilians and wounded five over the
        past day, governor Vadym Filashkin said.

        Russia's defence ministry said its air defences destroyed 57 Ukrainian drones overnight over
        eight regions. There was no immediate comment from Kyiv.

        Kharkiv, Ukraine's second-largest city with a pre-war population of 1.4 million, lies about
        30 km (19 miles) from the Russian border. Moscow launched a new ground offensive in the
        region on May 10, forcing more than 11,000 people to evacuate from border areas, according
        to regional officials.

        The U.N. human rights monitoring mission says at least 11,000 civilians have been killed in
        Ukraine since Russia's full-scale invasion in February 2022, a figure it says is likely an
        undercount.

        Zelenskiy has repeatedly asked allies for at least seven Patriot air defence systems to
        protect Ukrainian cities. "If we had two Patriot batteries for Kharkiv, this would not
        happen," he said on Saturday evening.
        """,
        g("killed", 6, "ukraine", scope="event", as_of="2024-05-25", by="regional governor oleh syniehubov",
          q="lower", cue="killing at least six people",
          note="headline repeats six and 16: one figure each."),
        g("injured", 40, "ukraine", scope="event", as_of="2024-05-25", by="regional governor oleh syniehubov",
          cue="injuring 40"),
        g("missing", 16, "ukraine", scope="event", as_of="2024-05-25", by="regional governor oleh syniehubov",
          cue="16 people remained unaccounted for"),
        g("injured", 18, "ukraine", scope="event", as_of="2024-05-25", by="mayor ihor terekhov",
          cue="wounded 18 people"),
        g("killed", 3, "ukraine", scope="event", as_of="2024-05-25", by="governor vadym filashkin",
          pop="civilians", cue="killed three civilians"),
        g("injured", 5, "ukraine", scope="event", as_of="2024-05-25", by="governor vadym filashkin",
          pop="civilians", cue="wounded five over the",
          note="elided noun: 'three civilians and wounded five' -> five civilians (debatable: could be all)."),
        g("projectiles", 57, "ukraine", scope="event", as_of="2024-05-25", by="russian defence ministry",
          cue="destroyed 57 Ukrainian drones overnight",
          note="drones shot down were fired by Ukraine -> side ukraine."),
        g("evacuated", 11000, "ukraine", scope="total", as_of="2024-05-25", by="regional officials", q="lower",
          cue="forcing more than 11,000 people to evacuate"),
        g("killed", 11000, "ukraine", scope="total", as_of="2024-05-25",
          by="u.n. human rights monitoring mission", q="lower", pop="civilians",
          cue="at least 11,000 civilians have been killed",
          note="not figures: 200 people inside the store (not a casualty count), 10,000 square metres, "
          "1.4 million, 30 km, seven/two Patriots, 'at least one body' (seen by witnesses, inside the six)."),
    ),
    article(
        "c07_pokrovsk_front_belgorod",
        "2025-03-10",
        """
        Near Pokrovsk, Ukrainian drone crews hold the line as Russian assaults grind on

        Posted on March 10, 2025

        DOBROPILLIA, Ukraine (AFP) - In a cellar lit by a single bulb, the commander of a Ukrainian
        drone unit, call sign "Grey", watches three screens at once. His 30 men, he says, have
        repelled four assaults in the past week on the approaches to Pokrovsk, a logistics hub in
        the east that Russia has tried to capture since last summer.

        "They come in groups of five or six, on motorbikes, on foot," said Grey, 25. "We count the
        bodies every morning."

        Ukraine's General Staff said on Monday there had been 142 combat clashes along the front
        over the previous day, 47 of them around Pokrovsk. It claimed Russian forces lost 1,260
        soldiers killed and wounded in 24 hours. Moscow does not publish its losses, and Kyiv's
        figures cannot be independently verified.

        In Dobropillia, 22 km north of Pokrovsk, a Russian ballistic missile strike on Friday night
        killed 11 people, including five children, and injured 47, the Donetsk regional
        prosecutor's office said. Russia's defence ministry said it had struck "gathering points"
        of Ukrainian troops.

        Authorities say around 300 residents of the town have been evacuated since the start of the
        year, leaving fewer than 10,000 of its pre-war population of 28,000.

        Across the border, Belgorod regional governor Vyacheslav Gladkov said Ukrainian shelling and
        drone attacks had killed two civilians and wounded 14 people, including three children, over
        the weekend. He said more than 30 drones were downed over the region on Sunday alone.

        Since the summer of 2024, more than 200 residents of the Belgorod region have been killed,
        according to Gladkov, and some 2,500 people from border villages are living in temporary
        accommodation.

        Back in the cellar, Grey's phone buzzes with a message from his mother in Dnipro. He has not
        been home for 11 months. "When it ends, I will sleep for a week," he said.
        """,
        g("killed", 1260, "russia", scope="event", as_of="2025-03-10", by="ukrainian general staff",
          pop="combatants", cue="lost 1,260 soldiers killed and wounded",
          note="combined 'killed and wounded' with no split: FIGURES.md says killed if it says killed; very "
          "debatable. 'On Monday' = article date; 'in 24 hours' -> event."),
        g("killed", 11, "ukraine", scope="event", as_of="2025-03-07", by="donetsk regional prosecutor's office",
          cue="killed 11 people", note="'Friday night' counted back from Monday 10 March."),
        g("killed", 5, "ukraine", scope="event", as_of="2025-03-07", by="donetsk regional prosecutor's office",
          pop="children", cue="including five children"),
        g("injured", 47, "ukraine", scope="event", as_of="2025-03-07", by="donetsk regional prosecutor's office",
          cue="injured 47"),
        g("evacuated", 300, "ukraine", scope="total", as_of="2025-03-10", by="authorities", q="approx",
          cue="around 300 residents of the town have been evacuated",
          note="'fewer than 10,000' residents left and the 28,000 population are not figures."),
        g("killed", 2, "russia", scope="event", as_of="2025-03-09", by="belgorod regional governor vyacheslav gladkov",
          pop="civilians", cue="killed two civilians",
          note="'over the weekend' -> event; as_of the weekend's last day (Sunday 9 March), debatable."),
        g("injured", 14, "russia", scope="event", as_of="2025-03-09",
          by="belgorod regional governor vyacheslav gladkov", cue="wounded 14 people"),
        g("injured", 3, "russia", scope="event", as_of="2025-03-09",
          by="belgorod regional governor vyacheslav gladkov", pop="children", cue="including three children"),
        g("projectiles", 30, "ukraine", scope="event", as_of="2025-03-09", by="gladkov", q="lower",
          cue="more than 30 drones were downed"),
        g("killed", 200, "russia", scope="total", as_of="2025-03-10", by="gladkov", q="lower",
          cue="more than 200 residents of the Belgorod region have been killed"),
        g("displaced", 2500, "russia", scope="total", as_of="2025-03-10", by="gladkov", q="approx",
          cue="some 2,500 people from border villages",
          note="living in temporary accommodation = displaced. Not figures: 30 men, four assaults, groups of five "
          "or six, 142 clashes, 47 clashes, 22 km, 11 months, ages."),
    ),
    article(
        "c08_syria_coast_flash",
        "2025-03-11",
        """
        Syrian Arab Republic: Flash Update No. 2 - Hostilities in coastal areas

        Date: 11 March 2025

        HIGHLIGHTS

        - Since 6 March, hostilities and killings in Latakia, Tartous, Homs and Hama governorates
        have reportedly killed more than 1,300 people, including at least 830 civilians, according
        to the Syrian Observatory for Human Rights (SOHR).
        - Security sources said 231 members of the security forces and 250 fighters loyal to the
        former government were among the dead.
        - An estimated 21,000 people have fled to Lebanon's Akkar governorate since 7 March, UNHCR
        reports. Local sources indicate that 8,000-10,000 people have sought refuge at the
        Hmeimim airbase.
        - At least 4 health facilities were attacked and 1 ambulance was destroyed.

        SITUATION OVERVIEW

        On 6 March, armed men attacked government security checkpoints near Jableh, triggering
        large-scale security operations across the coast. In the days that followed, reports
        emerged of summary executions of civilians, looting and the burning of homes in several
        villages.

        The Office of the UN High Commissioner for Human Rights (OHCHR) said on 11 March it had
        documented the killing of 111 civilians so far, including whole families, and that the
        actual number was likely much higher. In Baniyas, local sources reported that at least 60
        people were killed on 8 March alone.

        On 9 March, three UN national staff members were temporarily detained at a checkpoint in
        Tartous and released after several hours.

        HUMANITARIAN RESPONSE

        Power and water networks serving around 1 million people in Latakia and Tartous were cut
        for at least 72 hours. The World Health Organization dispatched 12 tonnes of medical
        supplies and 15 trauma kits, each sufficient to treat 100 patients, to hospitals in Latakia.

        Humanitarian movements on the M1 highway remain suspended. Partners have pre-positioned food
        for 25,000 people in Tartous and plan to scale up once access allows.

        FUNDING

        The 2025 Humanitarian Response Plan for Syria, which seeks US$2 billion for the first six
        months of the year, is 4 per cent funded.

        For further information, please contact the OCHA Syria office.
        """,
        g("killed", 1300, "syria", scope="total", as_of="2025-03-11", by="sohr", q="lower",
          cue="killed more than 1,300 people",
          note="'Since 6 March' running toll of the crisis -> total."),
        g("killed", 830, "syria", scope="total", as_of="2025-03-11", by="sohr", q="lower", pop="civilians",
          cue="including at least 830 civilians"),
        g("killed", 231, "syria", scope="total", as_of="2025-03-11", by="security sources", pop="combatants",
          cue="231 members of the security forces"),
        g("killed", 250, "syria", scope="total", as_of="2025-03-11", by="security sources", pop="combatants",
          cue="250 fighters loyal to the"),
        g("displaced", 21000, "syria", scope="total", as_of="2025-03-11", by="unhcr", q="approx",
          cue="An estimated 21,000 people have fled"),
        g("displaced", 8000, "syria", scope="total", as_of="2025-03-11", by="local sources", q="range",
          high=10000, cue="8,000-10,000 people have sought refuge"),
        g("killed", 111, "syria", scope="total", as_of="2025-03-11", by="ohchr", pop="civilians",
          cue="documented the killing of 111 civilians so far"),
        g("killed", 60, "syria", scope="event", as_of="2025-03-08", by="local sources", q="lower",
          cue="at least 60"),
        g("detained", 3, "syria", scope="event", as_of="2025-03-09", pop="aid_workers",
          cue="three UN national staff members were temporarily detained",
          note="not figures: 4 health facilities, 1 ambulance, 1 million served, 72 hours, 12 tonnes, 15 kits, "
          "100 patients, food for 25,000, US$2 billion, 4 per cent."),
    ),
    article(
        "c09_yemen_sanaa_airport",
        "2025-05-07",
        """
        Israeli jets strike Sanaa airport as U.S. and Houthis agree truce

        SANAA, May 7, 2025 (AFP) - Israeli jets struck Sanaa's international airport and three power
        stations on Tuesday, killing three people and wounding 38, the Houthi-run health ministry
        said, two days after a Houthi missile landed near Israel's main airport.

        The Israeli military said about 20 fighter jets took part in the raid, which it said had
        "completely disabled" the airport. Yemenia, the national carrier, said it had lost three of
        its four remaining aircraft.

        Sunday's missile, fired from Yemen, hit a grove near Ben Gurion Airport's Terminal 3,
        wounding eight people, Israeli medics said. The Houthis say they have fired more than 30
        missiles and dozens of drones at Israel since mid-March, when Israel resumed its offensive
        in Gaza.

        Hours after the Israeli raid, Oman announced that Washington and the Houthis had agreed to
        stop targeting each other, ending a seven-week U.S. air campaign that began on March 15. The
        Pentagon says the campaign struck more than 1,000 targets.

        That campaign took a heavy toll. An April 28 strike on a detention centre holding African
        migrants in Saada killed 68 people and wounded 47, according to the Houthis. U.S. officials
        said they were reviewing the incident. Earlier, on April 17, U.S. strikes on the Ras Isa
        fuel port killed at least 80 people and wounded 150, the Houthi health ministry said.

        Yemen's decade-long war has killed more than 150,000 people, including fighters and
        civilians, according to the Armed Conflict Location and Event Data Project (ACLED), and
        displaced some 4.5 million, the United Nations says. Some 19.5 million Yemenis, more than
        half the population, need humanitarian assistance.

        The Houthis are also holding at least 23 U.N. staff members, some of them since 2021, a
        detention the U.N. has called "unacceptable". Two local employees of the World Food
        Programme were detained in June last year.

        Houthi leader Abdul-Malik al-Houthi said in a televised speech on Tuesday evening that
        attacks on Israel would continue "until the aggression on Gaza stops".
        """,
        g("killed", 3, "yemen", scope="event", as_of="2025-05-06", by="houthi-run health ministry",
          cue="killing three people"),
        g("injured", 38, "yemen", scope="event", as_of="2025-05-06", by="houthi-run health ministry",
          cue="wounding 38"),
        g("injured", 8, "israel", scope="event", as_of="2025-05-04", by="israeli medics",
          cue="wounding eight people"),
        g("projectiles", 30, "yemen", scope="total", as_of="2025-05-07", by="houthis", q="lower",
          cue="fired more than 30 missiles"),
        g("projectiles", 24, "yemen", scope="total", as_of="2025-05-07", by="houthis", q="lower",
          cue="dozens of drones at Israel"),
        g("killed", 68, "yemen", scope="event", as_of="2025-04-28", by="houthis",
          cue="killed 68 people",
          note="African migrants held in Yemen -> yemen (where the counted people were)."),
        g("injured", 47, "yemen", scope="event", as_of="2025-04-28", by="houthis", cue="wounded 47"),
        g("killed", 80, "yemen", scope="event", as_of="2025-04-17", by="houthi health ministry", q="lower",
          cue="killed at least 80 people"),
        g("injured", 150, "yemen", scope="event", as_of="2025-04-17", by="houthi health ministry",
          cue="wounded 150"),
        g("killed", 150000, "yemen", scope="total", as_of="2025-05-07", by="acled", q="lower",
          cue="killed more than 150,000 people"),
        g("displaced", 4500000, "yemen", scope="total", as_of="2025-05-07", by="united nations", q="approx",
          cue="displaced some 4.5 million"),
        g("detained", 23, "yemen", scope="total", as_of="2025-05-07", q="lower", pop="aid_workers",
          cue="holding at least 23 U.N. staff members",
          note="UN staff held by the Houthis -> detained (not hostages: the text calls it a detention)."),
        g("detained", 2, "yemen", scope="event", as_of=None, pop="aid_workers",
          cue="Two local employees of the World Food Programme were detained",
          note="'in June last year' names no day -> as_of null. Not figures: 20 jets, three/four aircraft, "
          "Terminal 3, 1,000 targets, 19.5 million in need, seven weeks, 2021."),
    ),
    article(
        "c10_myanmar_sagaing_feature",
        "2025-02-14",
        """
        'The jets come at dawn': life under the bombs in Myanmar's Sagaing region

        Fri 14 Feb 2025 06.00 GMT

        When the first bomb hit the monastery at Kan Gyi village, U Thein, 63, was boiling rice for
        the monks. The second, he says, fell on the school next door.

        The strike on 6 February killed 17 people, among them four children and a monk, according
        to the local resistance administration, and wounded about 30. "We buried them in a single
        row behind the pagoda," Thein said. "There was no time for anything else."

        Around 2,000 people fled Kan Gyi and three neighbouring villages after the strike, the
        administration says. Thein's family now lives under a tarpaulin in a forest clearing two
        hours' walk away, sharing one well with dozens of households.

        Nearly four years after the military seized power in a coup on 1 February 2021, the UN says
        more than 3.5 million people have been displaced across Myanmar, about a third of them in
        Sagaing.

        The Assistance Association for Political Prisoners (AAPP), a monitoring group, says the
        junta has killed at least 6,200 civilians since the coup and arrested more than 28,000
        people, of whom about 21,000 remain in detention.

        The military has turned increasingly to air power as it loses ground. ACLED, which tracks
        political violence, recorded more than 1,900 air and drone strikes in 2024, nearly double
        the year before. A conscription law activated last February aims to draft 60,000 young men
        and women a year.

        Resistance groups say they have killed hundreds of soldiers in Sagaing since October, though
        their claims are hard to verify. The military did not respond to requests for comment; its
        spokesman has previously said it targets only "terrorists".

        At the clearing, children play with the fins of a spent 250lb bomb. Thein's granddaughter,
        seven, no longer goes to school. "The teachers ran too," he said.

        As the light fades, the villagers put out their cooking fires. The jets, they say, look for
        smoke.
        """,
        g("killed", 17, "myanmar", scope="event", as_of="2025-02-06", by="local resistance administration",
          cue="killed 17 people"),
        g("killed", 4, "myanmar", scope="event", as_of="2025-02-06", by="local resistance administration",
          pop="children", cue="among them four children and a monk",
          note="'a monk' is one person with no number: not annotated."),
        g("injured", 30, "myanmar", scope="event", as_of="2025-02-06", by="local resistance administration",
          q="approx", cue="wounded about 30"),
        g("displaced", 2000, "myanmar", scope="event", as_of="2025-02-06", by="local resistance administration",
          q="approx", cue="Around 2,000 people fled Kan Gyi",
          note="flight caused by one strike -> event, dated to the strike (debatable)."),
        g("displaced", 3500000, "myanmar", scope="total", as_of="2025-02-14", by="un", q="lower",
          cue="more than 3.5 million people have been displaced"),
        g("killed", 6200, "myanmar", scope="total", as_of="2025-02-14", by="aapp", q="lower", pop="civilians",
          cue="killed at least 6,200 civilians"),
        g("detained", 28000, "myanmar", scope="total", as_of="2025-02-14", by="aapp", q="lower",
          cue="arrested more than 28,000"),
        g("detained", 21000, "myanmar", scope="total", as_of="2025-02-14", by="aapp", q="approx",
          cue="about 21,000 remain in detention"),
        g("killed", 200, "myanmar", scope="total", as_of="2025-02-14", by="resistance groups", q="lower",
          pop="combatants", cue="killed hundreds of soldiers",
          note="not figures: 1,900 strikes (attacks, not projectiles), 60,000 conscripts, 'dozens of households', "
          "250lb, ages, 'a third'."),
    ),
]
# fmt: on
