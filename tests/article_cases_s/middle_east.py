"""Set S, Middle East: an HTML broadcaster page on a Gaza school strike, a Lebanon/Israel live blog, a
West Bank local paper, a wire-style story on US strikes in Yemen, a Markdown analysis of the Iran-Iraq
war and the June 2025 Israel-Iran war with historical tolls, and a Syrian rights group's report on the
March 2025 coastal killings."""

from __future__ import annotations

from . import article, g

ARTICLES = (
    article(
        "s_gaza_html_zeitoun_school",
        "2024-09-22",
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta property="article:published_time" content="2024-09-22T12:20:00Z">
        <title>Israeli strike on Gaza school shelter kills at least 22 | Meridian News</title>
        </head>
        <body>
        <header class="masthead"><a class="logo" href="/">Meridian News</a>
        <nav><ul><li><a href="/news/">News</a></li><li><a href="/middle-east/">Middle East</a></li>
        <li><a href="/explained/">Explained</a></li><li><a href="/opinion/">Opinion</a></li>
        <li><a href="/video/">Video</a></li><li><a href="/live/">Live</a></li></ul></nav></header>
        <main><article>
        <h1>Israeli strike on Gaza school shelter kills at least 22, including 13 children</h1>
        <p class="standfirst">Rescuers dig through a collapsed classroom in Gaza City&rsquo;s Zeitoun neighbourhood
        as Israel says it targeted a Hamas command post.</p>
        <div class="meta"><span class="byline">By Rania Odeh</span>
        <time datetime="2024-09-22T15:20:00+03:00">22 Sep 2024</time></div>
        <figure><img src="/images/zeitoun-school.jpg" alt="Rescuers search the rubble">
        <figcaption>Civil defence workers search the rubble of the Al-Falah school in Zeitoun on Sunday
        [Omar al-Qattaa/AFP]</figcaption></figure>
        <p>An Israeli air strike on a school sheltering displaced families in Gaza City&rsquo;s Zeitoun
        neighbourhood has killed at least 22 people, 13 of them children, Gaza&rsquo;s civil defence agency
        says, in one of the deadliest attacks on a shelter in weeks.</p>
        <p>The strike hit two floors of the Al-Falah school before dawn on Sunday, when most of the families
        were asleep. Six women were among the dead, civil defence spokesperson Mahmoud Basal told reporters at
        the scene, and many more were wounded, several of them critically.</p>
        <p>&ldquo;We are still hearing voices under the concrete,&rdquo; Basal said. He said about 10 people
        were believed to be trapped under the rubble of the collapsed wing and that crews were digging with
        their hands because they had no heavy machinery left in the north of the Strip.</p>
        <p>The Israeli military said its aircraft had carried out a &ldquo;precise strike on terrorists&rdquo;
        operating from a Hamas command and control centre embedded inside the compound. It said it had taken
        numerous steps to reduce the risk of harming civilians, including the use of precise munitions,
        aerial surveillance and additional intelligence. It did not provide evidence for its claim.</p>
        <p>The school is one of dozens of UN-run and government schools across the territory that have been
        turned into shelters. According to the UN, more than two-thirds of Gaza&rsquo;s 564 school buildings
        have been directly hit or damaged since the war began.</p>
        <p>Neighbours said the families in the school had fled from Beit Lahiya and Jabalia in the north over
        the past year, some of them moving four or five times. &ldquo;We came here because they told us the
        schools were safer,&rdquo; said Umm Khaled, 47, whose sister was killed. &ldquo;There is no safe
        place. Not the school, not the street, not the tent.&rdquo;</p>
        <figure><img src="/images/zeitoun-funeral.jpg" alt="">
        <figcaption>Mourners pray over the bodies of victims at Al-Ahli Arab Hospital [Dawoud Abu Alkas/Reuters]
        </figcaption></figure>
        <h2>Polio campaign</h2>
        <p>The strike came as health workers prepared for the second round of a polio vaccination campaign in
        the north, which aims to reach about 640,000 children under the age of 10. The World Health
        Organization has said the campaign depends on pauses in fighting in set zones between 6am and 3pm.</p>
        <p>The UN agency for Palestinian refugees, UNRWA, which runs many of the shelters, says 220 of its
        staff members have been killed since the start of the war, the highest number of UN personnel killed
        in any conflict since the organisation was founded in 1945.</p>
        <p>Gaza&rsquo;s Ministry of Health said on Sunday that at least 41,391 Palestinians have been killed in
        Israel&rsquo;s military offensive on the territory. The ministry does not distinguish between civilians
        and fighters in its count. About 1.9 million people, roughly nine in 10 of Gaza&rsquo;s population,
        have been displaced, according to UN estimates, many of them several times.</p>
        <p>The war was triggered by the Hamas-led attack on southern Israel on October 7 last year. Israeli
        officials say 101 of the people abducted that day are still being held in Gaza, including some they
        believe are no longer alive.</p>
        <p>Ceasefire talks mediated by Qatar, Egypt and the United States have stalled since August, with
        both sides blaming each other over Israel&rsquo;s demand to keep troops in the Philadelphi corridor,
        a 14km strip along Gaza&rsquo;s border with Egypt.</p>
        <aside class="related"><h3>Related</h3><ul>
        <li><a href="/news/gaza-polio-north">Gaza polio campaign moves north as fighting continues</a></li>
        <li><a href="/news/unrwa-chief">UNRWA chief says the agency is being &lsquo;dismantled&rsquo;</a></li>
        <li><a href="/explained/ceasefire">What is holding up a Gaza ceasefire deal?</a></li></ul></aside>
        </article></main>
        <footer><p>&copy; Meridian News Network. All rights reserved.</p>
        <p><a href="/about">About</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms</a></p>
        </footer>
        </body></html>
        """,
        g(
            "killed",
            22,
            "gaza",
            scope="event",
            as_of="2024-09-22",
            by="gaza civil defence",
            q="lower",
            cue="has killed at least 22 people, 13 of them children",
            note="the headline's 'kills at least 22, including 13 children' is the same toll, listed once.",
        ),
        g(
            "killed",
            13,
            "gaza",
            scope="event",
            as_of="2024-09-22",
            by="gaza civil defence",
            pop="children",
            cue="13 of them children",
        ),
        g(
            "killed",
            6,
            "gaza",
            scope="event",
            as_of="2024-09-22",
            by="gaza civil defence",
            pop="women",
            cue="Six women were among the dead",
            note="spokesperson of the civil defence agency -> 'gaza civil defence'.",
        ),
        g(
            "missing",
            10,
            "gaza",
            scope="event",
            as_of="2024-09-22",
            by="gaza civil defence",
            q="approx",
            cue="about 10 people were believed to be trapped under the rubble",
            note="'trapped under the rubble' = missing per FIGURES.md.",
        ),
        g(
            "killed",
            220,
            "gaza",
            scope="total",
            as_of="2024-09-22",
            by="unrwa",
            pop="aid_workers",
            cue="220 of its staff members have been killed",
            note="UNRWA staff are aid workers; they are Gaza staff -> side gaza. Not annotated: 640,000 children "
            "to be vaccinated (not a casualty metric), 564 school buildings, 'dozens of ... schools' (buildings).",
        ),
        g(
            "killed",
            41391,
            "gaza",
            scope="total",
            as_of="2024-09-22",
            by="gaza health ministry",
            q="lower",
            cue="at least 41,391 Palestinians have been killed",
        ),
        g(
            "displaced",
            1900000,
            "gaza",
            scope="total",
            as_of="2024-09-22",
            by="un",
            q="approx",
            cue="About 1.9 million people, roughly nine in 10",
        ),
        g(
            "hostages",
            101,
            "israel",
            scope="total",
            as_of="2024-09-22",
            by="israeli officials",
            cue="101 of the people abducted that day are still being held in Gaza",
            note="people abducted from Israel on October 7 -> side israel; a standing count -> total.",
        ),
    ),
    article(
        "s_lebanon_liveblog_nabatieh",
        "2024-10-16",
        """
        Israel-Hezbollah war live: Strike on Nabatieh municipality kills mayor, 15 others; Hezbollah fires at Safed

        Live updates | Published: 16 October 2024 | Last update 21:48 Beirut time

        Key points
        - Israeli strike on Nabatieh's municipal headquarters kills 16, including the mayor
        - Hezbollah says it fired rockets at Israeli army positions around Safed and the Haifa bay
        - UN Security Council to hold closed consultations on attacks on UNIFIL positions

        21:48
        That's all from our live coverage for today. Thank you for following along. Our colleagues will be
        back early tomorrow with the latest from Lebanon, Israel and Gaza.

        20:30
        Israel says 'dozens' of Hezbollah fighters killed

        Israel's military said on Wednesday evening that its troops had killed dozens of Hezbollah fighters
        in southern Lebanon over the past 24 hours, and had destroyed weapons depots and tunnel shafts near
        the villages of Aita al-Shaab and Ramyeh. The claim could not be independently verified. Hezbollah
        rarely announces its losses any more; it stopped publishing individual death notices for its fighters
        in late September.

        19:40
        France hosts Lebanon aid conference next week

        French Foreign Minister Jean-Noel Barrot said Paris would host an international conference on
        humanitarian support for Lebanon and on strengthening the Lebanese army next Thursday. He said a
        ceasefire based on Resolution 1701 remained "possible" and urged Israel to stop strikes on
        residential areas. US envoy Amos Hochstein is expected back in the region in the coming days.

        19:05
        Lebanon says 11 journalists killed since start of hostilities

        Lebanon's information minister, Ziad Makary, told a news conference that 11 journalists and media
        workers have been killed in Lebanon since the cross-border fighting began in October 2023. He said
        his ministry would file a complaint at the UN over strikes on media crews in the south.

        17:40
        Northern Israel: evacuees still unable to return

        Around 60,000 residents of northern Israel remain evacuated from their homes more than a year after
        the government ordered border communities to leave. Returning them is one of Israel's stated war aims.
        In Kiryat Shmona, the Magen David Adom ambulance service said a 60-year-old man was lightly hurt by
        shrapnel when a rocket hit a parking lot this afternoon.

        16:15
        Mikati: displacement 'beyond anything Lebanon has known'

        Caretaker Prime Minister Najib Mikati told a meeting of ambassadors in Beirut that more than 1.2
        million people in Lebanon had been displaced by the Israeli bombardment, many of them sleeping in
        schools, on the seafront or in their cars. A UN flash appeal for $426 million launched earlier this
        month is less than a third funded, aid agencies say.

        14:20
        Health ministry updates the toll

        Lebanon's health ministry says Israeli attacks have killed 2,367 people since the cross-border
        hostilities began a year ago. Its figures do not distinguish between civilians and
        combatants. Most of the deaths have come since Israel intensified its strikes on September 23.

        13:30
        'We left everything': displaced families in Beirut

        Our correspondent in Beirut spent the morning at a public school in the Ras Beirut district that has
        been turned into a shelter. Families from Nabatieh and the southern suburbs share classrooms, with
        mattresses laid out between the desks. "We left everything, even the bread on the table," said
        Zeinab, a mother from Kfar Roummane, whose husband stayed behind to look after their shop.

        12:55
        Three paramedics killed in Qana

        The Islamic Health Committee, an emergency service affiliated with Hezbollah, said three of its
        paramedics were killed when an Israeli strike hit their centre in the southern town of Qana late on
        Tuesday. The committee said an ambulance parked outside was also destroyed.

        11:30
        Nabatieh toll rises

        The health ministry said the toll from the strike on Nabatieh's municipal headquarters had risen to
        16 dead, among them the mayor, Ahmad Kahil. The wounded were taken to the city's three hospitals.
        The strike hit while the municipal crisis committee was meeting to organise the distribution of
        bread and water in the city.

        The Israeli military said it had struck "Hezbollah terrorist targets" in the Nabatieh area and did
        not comment on the municipal building specifically.

        10:10
        About 50 projectiles crossed from Lebanon since morning, army says

        The Israeli military says about 50 projectiles crossed from Lebanon into Israeli territory since the
        morning, some of which were intercepted. Hezbollah said it targeted a gathering of soldiers near the
        Biranit barracks and an army base east of Safed with "rocket salvos".

        09:00
        UNIFIL says Israeli tank fired at watchtower

        The UN peacekeeping force in southern Lebanon said an Israeli Merkava tank fired at one of its
        watchtowers near Kfar Kela, the latest in a series of incidents that several contributing countries
        have condemned. The force operates under Security Council Resolution 1701, which ended the 2006 war.

        Related
        - Who is Naim Qassem, Hezbollah's deputy leader?
        - Map: where Israel has ordered evacuations in southern Lebanon
        - Analysis: Israel's ground campaign enters its third week
        """,
        g(
            "killed",
            24,
            "lebanon",
            scope="event",
            as_of="2024-10-16",
            by="israeli military",
            pop="combatants",
            q="lower",
            cue="its troops had killed dozens of Hezbollah fighters",
            note="vague 'dozens' -> 24/lower; 'over the past 24 hours' -> event dated the article day. The "
            "headline quotes the same claim.",
        ),
        g(
            "killed",
            11,
            "lebanon",
            scope="total",
            as_of="2024-10-16",
            by="lebanese information minister",
            pop="journalists",
            cue="11 journalists and media workers have been killed in Lebanon",
        ),
        g(
            "evacuated",
            60000,
            "israel",
            scope="total",
            as_of="2024-10-16",
            q="approx",
            cue="Around 60,000 residents of northern Israel remain evacuated",
            note="'a 60-year-old man was lightly hurt' is one person with an age, not a count: not annotated.",
        ),
        g(
            "displaced",
            1200000,
            "lebanon",
            scope="total",
            as_of="2024-10-16",
            by="lebanese prime minister",
            q="lower",
            cue="more than 1.2 million people in Lebanon had been displaced",
            note="named official -> his office, 'lebanese prime minister'. '$426 million' and 'a third' are not "
            "figures.",
        ),
        g(
            "killed",
            2367,
            "lebanon",
            scope="total",
            as_of="2024-10-16",
            by="lebanese health ministry",
            cue="Israeli attacks have killed 2,367 people",
        ),
        g(
            "killed",
            3,
            "lebanon",
            scope="event",
            as_of="2024-10-15",
            by="islamic health committee",
            pop="medics",
            cue="three of its paramedics were killed",
            note="'late on Tuesday' counted back from Wednesday 2024-10-16.",
        ),
        g(
            "killed",
            16,
            "lebanon",
            scope="event",
            as_of="2024-10-16",
            by="lebanese health ministry",
            cue="had risen to 16 dead",
            note="the same toll as the key point 'kills 16' and the headline 'kills mayor, 15 others' (listed "
            "once); the mayor is one named person, not a separate figure.",
        ),
        g(
            "projectiles",
            50,
            "lebanon",
            scope="event",
            as_of="2024-10-16",
            by="israeli military",
            q="approx",
            cue="about 50 projectiles crossed from Lebanon into Israeli territory",
            note="fired from Lebanon -> side lebanon; the entry headline repeats it.",
        ),
    ),
    article(
        "s_westbank_local_nur_shams",
        "2025-02-10",
        """
        THE RAMALLAH POST
        Home | Local | Prisoners | Economy | Culture | Opinion | Arabic edition

        Local News

        Two women killed in Nur Shams camp as army operation in the north enters its fourth week

        Tulkarm bureau
        10 February 2025

        Two women were killed by Israeli fire in Nur Shams refugee camp east of Tulkarm on Sunday, the
        Palestinian Ministry of Health said, as the Israeli army pressed on with an operation in the northern
        West Bank that has emptied whole camps of their residents.

        The ministry named them as Rahaf al-Ashqar, 21, and Sundus Shalabi, 23, who was eight months pregnant.
        Shalabi's husband, who was wounded in the legs, told relatives that soldiers opened fire on the couple
        as they tried to leave their home on the edge of the camp's Manshiyeh quarter.

        The Palestine Red Crescent Society said its crews treated 12 people for injuries in Tulkarm city and
        its two camps on Sunday, and that its ambulances had been stopped at army checkpoints for up to three
        hours at a time.

        The ministry said the number of Palestinians killed since the operation began on January 21 had risen
        to 70 across the Jenin, Tulkarm and Tubas governorates. Most of the dead were killed in Jenin and its
        camp, where the operation, which the army calls "Iron Wall", was launched two days after the ceasefire
        in Gaza took effect.

        Residents of Nur Shams said bulldozers had torn up the main road into the camp and demolished dozens
        of homes and shops since the army moved in. In Jenin camp, the army has blown up at least 20
        residential buildings, according to the municipality, and soldiers have taken over apartments on the
        camp's edge as observation posts.

        "They are not searching for weapons any more. They are redrawing the camp," said Nihad al-Shawish, a
        member of the Nur Shams popular committee. "The roads they are opening are wide enough for tanks."

        Aid workers say the camps' water networks have been cut in several places. "We have families who
        left with the clothes they were wearing and have not been allowed back even for their medicines,"
        said Faisal Salameh, head of the Tulkarm camp services committee. He said residents who tried to
        return on Saturday to collect documents were turned back at gunpoint.

        UNRWA, the UN agency for Palestine refugees, estimates that about 40,000 people have been displaced
        from the Jenin, Tulkarm, Nur Shams and Far'a camps since the operation began, the largest displacement
        in the West Bank since 1967. Families have taken shelter in mosques, schools, wedding halls and the
        homes of relatives in nearby towns; the Tulkarm municipality says it has opened six shelters and is
        running out of mattresses and blankets.

        Arrest campaign

        The Palestinian Prisoners' Society said Israeli forces arrested at least 35 people in raids across the
        West Bank overnight, among them former prisoners and a student at An-Najah University in Nablus. The
        society says more than 14,500 Palestinians have been detained in the West Bank since October 2023, a
        figure that includes people who were later released.

        In a statement, the Israeli army said its forces had "eliminated" about 50 gunmen in the northern West
        Bank since the start of the operation, dismantled explosive devices planted under roads and seized
        weapons. Defence Minister Israel Katz has said troops will remain in the camps after the operation
        ends and that residents will not be allowed to return to areas the army considers a threat.

        The Palestinian presidency condemned the operation as "a war on the camps" and called on the Security
        Council to enforce Resolution 2334. Traders in Tulkarm say business along Route 557, the road that
        links the city to the Green Line crossings, has fallen to almost nothing since checkpoints were
        reinforced.

        Read also: Prisoners' families wait for names ahead of the next exchange
        Read also: Olive farmers in Kafr Qaddum count the cost of settler attacks
        """,
        g(
            "killed",
            2,
            "west-bank",
            scope="event",
            as_of="2025-02-09",
            by="palestinian health ministry",
            pop="women",
            cue="Two women were killed by Israeli fire in Nur Shams",
            note="Nur Shams camp near Tulkarm -> west-bank; 'on Sunday' = the day before Monday 2025-02-10. The "
            "ages (21, 23) and 'eight months pregnant' are not figures.",
        ),
        g(
            "injured",
            12,
            "west-bank",
            scope="event",
            as_of="2025-02-09",
            by="palestine red crescent",
            cue="its crews treated 12 people for injuries",
        ),
        g(
            "killed",
            70,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="palestinian health ministry",
            cue="had risen to 70 across the Jenin, Tulkarm and Tubas governorates",
            note="running toll of the operation 'since ... January 21' -> total, as of the article day.",
        ),
        g(
            "displaced",
            40000,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="unrwa",
            q="approx",
            cue="about 40,000 people have been displaced",
            note="not annotated: 'dozens of homes', '20 residential buildings', 'six shelters' (buildings), "
            "'Resolution 2334', 'Route 557'.",
        ),
        g(
            "detained",
            35,
            "west-bank",
            scope="event",
            as_of="2025-02-10",
            by="palestinian prisoners' society",
            q="lower",
            cue="arrested at least 35 people in raids across the West Bank overnight",
            note="overnight raids reported on the morning of the article day -> dated the article day.",
        ),
        g(
            "detained",
            14500,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="palestinian prisoners' society",
            q="lower",
            cue="more than 14,500 Palestinians have been detained in the West Bank",
        ),
        g(
            "killed",
            50,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="israeli military",
            pop="combatants",
            q="approx",
            cue='"eliminated" about 50 gunmen',
            note="'eliminated' = killed; gunmen in the West Bank -> west-bank combatants.",
        ),
    ),
    article(
        "s_yemen_wire_ras_isa",
        "2025-04-18",
        """
        US strikes on Yemen fuel port kill 68, Houthi health ministry says

        By Reem Al-Suwaidi and Idrees Ali
        Published: April 18, 2025 3:12 PM GMT+4

        DUBAI - U.S. air strikes on Yemen's Ras Isa fuel port late on Thursday killed 68 people and wounded
        155, the health ministry in the Houthi-run capital Sanaa said on Friday, in the deadliest single attack
        since Washington began its campaign against the Iran-aligned group last month.

        Among the dead were five paramedics who arrived at the port after the first wave of strikes, ministry
        spokesperson Anis al-Asbahi said. Houthi-run Al-Masirah television aired footage of burning fuel
        tankers and bodies being carried from the quayside.

        U.S. Central Command said the strikes were meant to cut off a source of fuel and revenue that the
        Houthis use to sustain attacks on shipping, and that the port had been receiving fuel in violation of
        sanctions. It did not comment on casualties. CENTCOM has said it has struck more than 800 targets in
        Yemen since March 15.

        "This is a crime against workers and drivers who were doing their jobs," Houthi political bureau
        member Mohammed al-Bukhaiti wrote on X, vowing that the group would keep up its operations "until the
        aggression on Gaza stops". The group's military spokesman, Yahya Saree, said in a televised speech
        that its forces had targeted two U.S. aircraft carriers in the northern Red Sea, a claim U.S.
        officials did not confirm.

        The Houthis said they would respond. The Israeli military said it had intercepted two missiles
        launched from Yemen over the past day, one of which set off air raid sirens in Tel Aviv and Jerusalem
        before dawn on Friday. No injuries were reported.

        The group, which controls most of Yemen's population centres, began attacking commercial ships in the
        Red Sea in November 2023 in what it says is solidarity with Palestinians in Gaza. The attacks, more
        than 100 in all, forced many shipping lines to divert around the Cape of Good Hope, adding about 10
        days to voyages between Asia and Europe.

        The campaign under President Donald Trump, which officials have said costs more than $1 billion a
        month, has been much heavier than the strikes of the previous administration. Two U.S. officials told
        Reuters the military had lost seven MQ-9 Reaper drones over Yemen in six weeks, worth about $30 million
        each.

        Ras Isa, about 60 km north of the port city of Hodeidah, is the main entry point for fuel into
        Houthi-held areas. Aid agencies warned that a prolonged shutdown could push up food and water prices
        in a country where more than half the population relies on assistance, and where fuel is needed to
        run water pumps and hospital generators.

        The United Nations says the Houthis are holding at least 23 of its staff members, most of them
        detained in raids last June and in January, and has suspended its operations in Saada province. The
        Houthis accuse some of the staff of spying for the United States and Israel, which the UN denies.

        Yemen's decade-long war between the Houthis and a Saudi-led coalition backing the internationally
        recognised government has killed tens of thousands of people and displaced some 4.5 million,
        according to the UN. A truce brokered in 2022 has largely held on the main front lines, though talks on
        a lasting settlement under UN Security Council Resolution 2216 have stalled.

        The strikes come as Washington and Tehran hold talks on Iran's nuclear programme, with a second round
        due in Rome on Saturday after an opening meeting in Muscat. Iranian officials have said they do not
        control the Houthis' decisions, though Iran has armed and trained the group for years, according to
        U.N. experts and Western governments.

        Saudi Arabia, which has kept up a de facto truce with the Houthis since 2022, has avoided public
        comment on the U.S. campaign. Saudi officials have privately told U.S. counterparts they fear the
        Houthis could resume attacks on the kingdom's oil facilities if they felt cornered, two diplomats
        said.

        (Reporting by Reem Al-Suwaidi in Dubai and Idrees Ali in Washington; Editing by Toby Chopra)
        """,
        g(
            "killed",
            68,
            "yemen",
            scope="event",
            as_of="2025-04-17",
            by="houthi health ministry",
            cue="late on Thursday killed 68 people",
            note="'late on Thursday' counted back from Friday 2025-04-18; the headline repeats the toll.",
        ),
        g(
            "injured",
            155,
            "yemen",
            scope="event",
            as_of="2025-04-17",
            by="houthi health ministry",
            cue="and wounded 155",
        ),
        g(
            "killed",
            5,
            "yemen",
            scope="event",
            as_of="2025-04-17",
            by="houthi health ministry",
            pop="medics",
            cue="Among the dead were five paramedics",
            note="ministry spokesperson -> 'houthi health ministry'.",
        ),
        g(
            "projectiles",
            2,
            "yemen",
            scope="event",
            as_of="2025-04-18",
            by="israeli military",
            cue="intercepted two missiles launched from Yemen over the past day",
            note="launched from Yemen (the Houthis) -> side yemen; 'over the past day' -> event on the article "
            "day. Not annotated: '800 targets', 'more than 100' attacks on ships, 'seven MQ-9 Reaper drones' "
            "(US drones lost, not launched at people), '$30 million', '60 km'.",
        ),
        g(
            "detained",
            23,
            "yemen",
            scope="total",
            as_of="2025-04-18",
            by="un",
            pop="aid_workers",
            q="lower",
            cue="holding at least 23 of its staff members",
            note="UN staff held by the Houthis (mostly Yemeni nationals) -> yemen aid_workers; 'detained in raids' "
            "-> detained rather than hostages.",
        ),
        g(
            "killed",
            20000,
            "yemen",
            scope="total",
            as_of="2025-04-18",
            by="un",
            q="lower",
            cue="has killed tens of thousands of people",
            note="vague 'tens of thousands' -> 20000/lower; 'according to the UN' closes the sentence and covers "
            "both numbers.",
        ),
        g(
            "displaced",
            4500000,
            "yemen",
            scope="total",
            as_of="2025-04-18",
            by="un",
            q="approx",
            cue="displaced some 4.5 million",
        ),
    ),
    article(
        "s_iran_iraq_analysis_md",
        "2025-09-22",
        """
        # Forty-five years on, the Iran-Iraq war still sets the terms of Iran's wars

        *Analysis* | **By Kaveh Nouri** | Published 22 September 2025 | 9 min read

        On September 22, 1980, Iraqi troops crossed into Iran's oil province of Khuzestan, and Saddam Hussein
        told his generals the campaign would be over in weeks. It lasted eight years. For the men who now run
        the Islamic Republic's security state, most of whom fought in it, it remains the template for how a
        war is fought, endured and remembered, and this summer's 12-day war with Israel has been narrated in
        its language.

        ## A war of attrition

        The scale of the 1980-88 war is still disputed. Official Iranian figures put the country's dead at
        about 190,000, a number many historians consider too low once militia volunteers and civilians killed
        in missile and air raids on cities are included. Iraqi losses are usually estimated at between 105,000
        and 200,000 dead. No Iraqi government has published a full count.

        The front barely moved after 1982. Iran threw waves of Basij volunteers, some as young as 14, at
        Iraqi lines around Basra; Iraq answered with chemical weapons, first against soldiers and then against
        its own Kurdish citizens. The chemical attack on Halabja on March 16, 1988, killed about 5,000 people
        in a few hours, most of them women and children, and became the emblem of the Anfal campaign.

        > "Every family in my village has a photograph on the wall," a retired Revolutionary Guards officer
        > told me in Dezful, a city that took more than 100 Iraqi missiles during the war. "That is what
        > deterrence means to us."

        The war ended with UN Security Council Resolution 598, which Ayatollah Ruhollah Khomeini accepted in
        July 1988, likening it to drinking "a chalice of poison". Iran's lesson was that it could not rely on
        anyone else for weapons. The ballistic missile programme, now the largest in the region, grew directly
        out of the "war of the cities", when Tehran had almost nothing to answer Iraqi Scuds with.

        ## Twelve days in June

        That programme was tested in June. Israel's surprise campaign against Iran's nuclear sites and
        military commanders began on June 13 and ended in a ceasefire 12 days later, after the United States
        struck the enrichment plants at Fordow, Natanz and Isfahan with 30,000-pound bombs.

        Iran's health ministry says more than 1,060 people were killed in Iran during the war, a figure that
        includes senior commanders and nuclear scientists but mostly consists of civilians and conscripts.
        Iran in turn fired about 550 ballistic missiles at Israel, along with waves of drones, according to
        Israeli estimates; most were intercepted, but 28 people were killed in Israel, the Israeli government
        says.

        Tehran's narrative treats the exchange as a second "Sacred Defence". State television has run archive
        footage from the 1980s alongside images from June; the Martyrs Foundation has folded the new dead into
        the same commemorations.

        ## The memory machine

        The war is everywhere in Iran's public life. Streets and squares are named after its commanders;
        the anniversary week, "Sacred Defence Week", opens with military parades in Tehran and in the cities
        of the southwest. Veterans hold a privileged place in the civil service and in university admissions,
        and the families of the dead receive pensions and housing through the Martyrs Foundation.

        Critics inside the country argue that this memory has become a tool. "The war is used to end every
        argument," said a Tehran sociologist who has written about veterans' families and asked not to be
        identified. "If you question a policy, you are asked whether you were at the front."

        That argument became harder to make after June. The strikes on Tehran, including on Evin prison and
        on residential buildings where commanders lived, brought the war home to a generation that had only
        heard about it, and officials have been quick to draw the line from Khorramshahr to Fordow.

        ## Iraq in between

        For Iraq, the anniversary is more awkward. Baghdad's government depends on the support of
        Iran-aligned parties and militias, some of which fired drones at Israel during the Gaza war, and on
        its security relationship with Washington, which keeps about 2,500 troops in the country under an
        agreement to wind down by September 2026.

        Iraq is also still living with the aftermath of its war against the Islamic State group. About 1.1
        million Iraqis remain internally displaced, according to the International Organization for
        Migration, many of them in camps in the Kurdistan region that the government wants to close by the
        end of the year.

        Neither country has found a way to talk about 1980 without talking about the present. That may be the
        war's most durable legacy: a generation of leaders in Tehran who learned in the trenches that
        endurance is a strategy, and who have just been told by a 12-day war that it is not always enough.

        ---
        *Kaveh Nouri is a senior fellow at a Gulf-based research institute. Views are his own.*
        """,
        g(
            "killed",
            190000,
            "iran",
            scope="total",
            as_of="2025-09-22",
            by="iran",
            q="approx",
            cue="Official Iranian figures put the country's dead at about 190,000",
            note="historical toll of a whole, finished war -> total (FIGURES.md: 'in the war' is total); as_of "
            "= the day the toll is reported, the article's date, as FIGURES.md says for totals. 'some as young "
            "as 14' is an age.",
        ),
        g(
            "killed",
            105000,
            "iraq",
            scope="total",
            as_of="2025-09-22",
            q="range",
            high=200000,
            cue="between 105,000 and 200,000 dead",
            note="range; stated in the author's voice ('usually estimated') -> reported_by null.",
        ),
        g(
            "projectiles",
            100,
            "iraq",
            scope="total",
            as_of="2025-09-22",
            q="lower",
            cue="a city that took more than 100 Iraqi missiles during the war",
            note="missiles fired by Iraq at Dezful over the whole war -> side iraq (the side that fired), total. "
            "The author's own words around the quote -> reported_by null.",
        ),
        g(
            "killed",
            5000,
            "iraq",
            scope="event",
            as_of="1988-03-16",
            q="approx",
            cue="killed about 5,000 people in a few hours",
            note="Halabja is in Iraqi Kurdistan and the victims were Iraq's own citizens -> iraq; single attack "
            "on a named day -> event dated 1988-03-16. 'most of them women and children' has no number.",
        ),
        g(
            "killed",
            1060,
            "iran",
            scope="total",
            as_of="2025-09-22",
            by="iranian health ministry",
            q="lower",
            cue="more than 1,060 people were killed in Iran during the war",
            note="toll of the June 2025 war as a whole (ended before the article) -> total as of the article "
            "date, like the other war totals here; a reader could also call a 12-day war a window (event).",
        ),
        g(
            "projectiles",
            550,
            "iran",
            scope="total",
            as_of="2025-09-22",
            by="israeli estimates",
            q="approx",
            cue="fired about 550 ballistic missiles",
        ),
        g(
            "killed",
            28,
            "israel",
            scope="total",
            as_of="2025-09-22",
            by="israeli government",
            cue="28 people were killed in Israel",
        ),
        g(
            "displaced",
            1100000,
            "iraq",
            scope="total",
            as_of="2025-09-22",
            by="iom",
            q="approx",
            cue="About 1.1 million Iraqis remain internally displaced",
            note="not annotated: 'about 2,500 troops' (a deployment, not a casualty), '30,000-pound bombs', "
            "'Resolution 598', '12 days', years.",
        ),
    ),
    article(
        "s_syria_rights_report_coast",
        "2025-03-14",
        """
        Syrian Centre for Rights and Accountability (SCRA)
        Reports > Special reports

        Special report: At least 1,217 people killed on Syria's coast in five days of violence

        Date: 14 March 2025
        Report no. 41/2025 | 18 pages | Arabic and English

        Summary

        The Syrian Centre for Rights and Accountability (SCRA) has documented the killing of at least 1,217
        people in the governorates of Latakia, Tartus, Homs and Hama between Thursday, March 6, and Monday,
        March 10, 2025, in the worst wave of violence since the fall of the Assad regime in December.

        The violence began on the afternoon of March 6, when armed groups made up of former regime officers
        and soldiers ambushed General Security patrols near Jableh and seized checkpoints in several towns.
        Government forces, allied factions and thousands of armed volunteers who streamed to the coast from
        other governorates then launched a counter-offensive that quickly turned into mass killings in
        Alawite-majority villages and neighbourhoods.

        Key findings

        - SCRA documented the killing of 803 civilians, including 39 children and 49 women, by
          government-affiliated forces, allied factions and armed volunteers. Most were killed in field
          executions in their homes or in the streets; entire families were killed in at least 12 villages.
        - At least 172 members of the General Security and the Ministry of Defence were killed by armed
          remnants of the former regime, most of them in the ambushes of March 6 and 7.
        - Four medical workers were among those killed, including a doctor and a nurse shot inside the
          national hospital in Baniyas; at least two ambulances were fired upon.
        - SCRA documented the arbitrary arrest of at least 230 people in the same period, most of them men of
          military age detained at checkpoints on the Latakia-Jableh highway (M1).
        - The remaining deaths are of armed men killed in clashes and of people whose status the team could
          not yet establish.

        Displacement

        Residents of villages around Baniyas and Jableh fled to the Russian air base at Hmeimim, where
        families sheltered in the open for several days. According to the Lebanese authorities, some 21,000
        people have crossed from Syria into northern Lebanon since March 6, most of them Alawites from Tartus
        and Homs.

        Methodology

        SCRA's team of 26 field researchers verified each death through at least two independent sources,
        including relatives, witnesses and photo or video material. Figures in this report are therefore
        minimums. Deaths reported on social media but not yet verified are not included, and SCRA expects the toll
        to rise.

        Recommendations

        SCRA welcomes the decision of the interim presidency on March 9 to form an independent national
        committee to investigate the events within 30 days and calls on it to publish its findings in full.
        It urges the authorities to withdraw unregulated armed volunteers from the coast, to guarantee the
        safety of returnees, and to give UN investigators, including the Commission of Inquiry established
        under Human Rights Council resolution S-17/1, unhindered access.

        SCRA also calls on all parties to refrain from incitement against communities on the basis of their
        religious identity and reminds the government that it bears responsibility for crimes committed by
        forces acting under its command or with its consent.

        About SCRA: The Syrian Centre for Rights and Accountability is an independent, non-governmental
        organisation founded in 2012 that documents violations against civilians in Syria.
        Contact: media@scra.example | Download the full report (PDF, 2.4 MB)
        """,
        g(
            "killed",
            1217,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="scra",
            q="lower",
            cue="documented the killing of at least 1,217 people",
            note="five days of violence (March 6-10) is one window -> event; FIGURES.md gives no rule for a "
            "multi-day window's as_of, so it takes the day the window closes (March 10). reported_by is the "
            "group's acronym (the report speaks of itself in the third person). The headline repeats the toll.",
        ),
        g(
            "killed",
            803,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="scra",
            pop="civilians",
            cue="documented the killing of 803 civilians",
        ),
        g(
            "killed",
            39,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="scra",
            pop="children",
            cue="including 39 children",
        ),
        g(
            "killed",
            49,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="scra",
            pop="women",
            cue="and 49 women",
        ),
        g(
            "killed",
            172,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="scra",
            pop="combatants",
            q="lower",
            cue="At least 172 members of the General Security and the Ministry of Defence were killed",
            note="security forces of the new government serve Syria -> syria combatants.",
        ),
        g(
            "killed",
            4,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="scra",
            pop="medics",
            cue="Four medical workers were among those killed",
            note="not annotated: 'at least 12 villages', 'two ambulances', '26 field researchers', 'within 30 "
            "days', 'M1', 'S-17/1', '2.4 MB', 'Report no. 41/2025', '18 pages'.",
        ),
        g(
            "detained",
            230,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="scra",
            q="lower",
            cue="arbitrary arrest of at least 230 people in the same period",
        ),
        g(
            "displaced",
            21000,
            "syria",
            scope="total",
            as_of="2025-03-14",
            by="lebanese authorities",
            q="approx",
            cue="some 21,000 people have crossed from Syria into northern Lebanon since March 6",
            note="refugees from Syria's coast -> side syria (where they live), not lebanon (where they went); "
            "'since March 6' -> total as of the report date.",
        ),
    ),
)
