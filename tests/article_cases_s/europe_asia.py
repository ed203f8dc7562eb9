"""Set S, Europe and Asia: an AFP-style wire story on a Russian strike on Zaporizhzhia, a Markdown story
from an exiled Russian outlet on the Kursk evacuations, an undated HTML page on Rakhine (Myanmar), a long
interview-style feature on the Jaffar Express siege (Balochistan), an undated Markdown explainer on the
Pakistan-Afghanistan border clashes, a Manipur local paper, and an Armenian government statement on
the exodus from Nagorno-Karabakh."""

from __future__ import annotations

from . import article, g

ARTICLES = (
    article(
        "s_ukraine_afp_zaporizhzhia",
        "2026-02-08",
        """
        Russian strike kills seven in Zaporizhzhia as Kyiv shivers without heating

        Published: February 8, 2026 - 13:47
        Updated: February 8, 2026 - 16:05

        Kyiv (AFP) - A massive Russian drone and missile attack overnight killed seven people in the southern
        Ukrainian city of Zaporizhzhia and cut heating to hundreds of thousands of people in the capital as
        temperatures fell to minus 18 degrees Celsius, officials said Sunday.

        Russia launched 412 drones and 34 missiles of various types, the Ukrainian air force said, adding that
        air defences had shot down or jammed 371 drones and 27 missiles. It was the third large-scale attack on
        the energy system since the start of the year.

        In Zaporizhzhia, a missile struck a nine-storey residential building shortly after 3:00 am (0100 GMT),
        regional governor Ivan Fedorov said on Telegram. Seven people were killed, including a 12-year-old
        girl and her mother, and 31 were wounded, among them children. Rescuers were still pulling
        residents from the rubble of two collapsed stairwells on Sunday afternoon.

        "The whole section just folded," said Oleksandr, 54, who lives in the next building and declined to
        give his surname. "We heard the drones for an hour, and then the missile came without any sound."

        In Kyiv, where debris from downed drones fell in three districts, mayor Vitali Klitschko said about
        1,100 apartment buildings were left without heating after a strike on a thermal power plant on the
        left bank of the Dnipro. City authorities opened more than 200 heating points in schools and
        administrative buildings, and officials warned that a full blackout in a cold snap could force them
        to evacuate as many as 1 million residents from high-rise districts.

        Energy Minister Svitlana Hrynchuk said the attack had damaged generating capacity in five regions and
        that emergency power cuts would last at least until Tuesday. The state grid operator asked industrial
        consumers to cut usage by 30 percent during peak hours.

        "Every such night is an argument for more air defence," President Volodymyr Zelensky said in a
        statement, adding that Russia had used more than 1,700 attack drones and nearly 1,200 guided aerial bombs
        against Ukraine over the past week, along with dozens of missiles of various types. He called on
        Western allies to speed up deliveries of Patriot interceptors promised in December.

        Authorities in the Zaporizhzhia region said last week that more than 1,500 people had been evacuated
        from frontline towns near Huliaipole, where Russian forces have advanced in recent weeks. The
        evacuation is mandatory for families with children.

        In Russia's Belgorod region, governor Vyacheslav Gladkov said Ukrainian shelling had killed two
        civilians in the border town of Shebekino on Saturday. Russia's defence ministry said its air
        defences had repelled a Ukrainian drone attack on several regions overnight, without giving figures.

        Poland scrambled fighter jets as a precaution during the attack, its operational command said, as it
        has done during most large Russian strikes on western Ukraine. No Polish airspace violation was
        reported.

        Ukrainian officials say Russia has changed its tactics this winter, concentrating drones on a single
        city or power plant in successive waves to exhaust the air defences before launching missiles. "They
        study our grid the way an engineer would," a senior energy official told AFP, asking not to be named.
        Repair crews in Kyiv have been working in 12-hour shifts since the new year.

        In the capital, residents queued at heating points with thermoses and phone chargers. "We have a
        generator for the lift, but not for the radiators," said Iryna Kovalenko, a pensioner from the
        Darnytskyi district, who had brought her cat in a carrier. "I have lived through three winters like
        this. I did not think there would be a fourth."

        The attack came two days after US, Ukrainian and Russian negotiators ended a second round of talks in
        Abu Dhabi that produced an agreement on a new prisoner exchange but no movement on territorial
        questions, the main obstacle to a ceasefire. Moscow insists Ukraine withdraw from the parts of the
        Donetsk region it still controls; Kyiv has refused.

        Russia's full-scale invasion, launched in February 2022, is now weeks away from its fourth
        anniversary.

        burs-jbr/rmb
        """,
        g(
            "projectiles",
            412,
            "russia",
            scope="event",
            as_of="2026-02-08",
            by="ukrainian air force",
            cue="Russia launched 412 drones",
            note="the overnight attack reported on Sunday -> event dated the article day. The shot-down counts "
            "(371 drones, 27 missiles) are subsets of the launched ones: not annotated.",
        ),
        g(
            "projectiles",
            34,
            "russia",
            scope="event",
            as_of="2026-02-08",
            by="ukrainian air force",
            cue="and 34 missiles of various types",
        ),
        g(
            "killed",
            7,
            "ukraine",
            scope="event",
            as_of="2026-02-08",
            by="zaporizhzhia governor",
            cue="Seven people were killed, including a 12-year-old",
            note="the headline and lead repeat it ('killed seven people'). 'a 12-year-old girl and her mother' "
            "are single persons with an age, not a children count: not annotated. 'hundreds of thousands of "
            "people' without heating are not casualties: not annotated.",
        ),
        g(
            "injured",
            31,
            "ukraine",
            scope="event",
            as_of="2026-02-08",
            by="zaporizhzhia governor",
            cue="and 31 were wounded",
        ),
        g(
            "projectiles",
            1700,
            "russia",
            scope="event",
            as_of="2026-02-08",
            by="zelensky",
            q="lower",
            cue="more than 1,700 attack drones",
            note="'over the past week' is a window -> event, dated the day the window closes (the article "
            "day). Not annotated: 1,100 apartment buildings, 200 heating points, 30 percent, five regions, "
            "and the warning that officials could have to evacuate 'as many as 1 million residents' (a "
            "hypothetical, nobody has been evacuated).",
        ),
        g(
            "projectiles",
            1200,
            "russia",
            scope="event",
            as_of="2026-02-08",
            by="zelensky",
            q="upper",
            cue="nearly 1,200 guided aerial bombs",
            note="guided bombs dropped on Ukraine count as projectiles; 'nearly' -> upper (FIGURES.md lists it "
            "under upper; 'nearly-as-estimate' for approx is for an explicit estimate).",
        ),
        g(
            "projectiles",
            24,
            "russia",
            scope="event",
            as_of="2026-02-08",
            by="zelensky",
            q="lower",
            cue="along with dozens of missiles of various types",
            note="vague 'dozens' -> 24/lower, same week-long window and speaker.",
        ),
        g(
            "evacuated",
            1500,
            "ukraine",
            scope="total",
            as_of=None,
            by="zaporizhzhia regional authorities",
            q="lower",
            cue="more than 1,500 people had been evacuated from frontline towns",
            note="a running count of an evacuation -> total; the toll was reported 'last week', a day the text "
            "does not name -> as_of null rather than a guessed day.",
        ),
        g(
            "killed",
            2,
            "russia",
            scope="event",
            as_of="2026-02-07",
            by="belgorod governor",
            pop="civilians",
            cue="Ukrainian shelling had killed two civilians",
            note="Shebekino, Belgorod region -> russia; 'on Saturday' = the day before Sunday 2026-02-08.",
        ),
    ),
    article(
        "s_russia_md_kursk_evacuees",
        "2024-08-20",
        """
        # "We left with what we had on": Kursk region counts its evacuees two weeks into Ukraine's incursion

        **The Borderline** · News · Published August 20, 2024

        *Our correspondent reported from Kursk and Lgov. Her name is withheld for her safety.*

        The temporary accommodation centre in a Kursk sports school has 300 camp beds and a queue that starts
        at 7 am. People come for humanitarian parcels, for the 10,000-ruble payment the regional government
        promised each evacuee, and above all for news of relatives who stayed behind in Sudzha district when
        Ukrainian troops crossed the border on August 6.

        "My mother is 81. She said she would not leave her cow," says Tatiana, a schoolteacher from the
        village of Goncharovka. "The last time she answered the phone was on the 8th."

        ## The official numbers

        Acting Kursk governor Alexei Smirnov said on Monday that more than 133,000 people had left or been
        evacuated from the border districts since the incursion began. Many of them are living in
        temporary accommodation centres across the region, his office said; the rest are with relatives or
        in rented flats in Kursk and neighbouring regions.

        According to the regional health ministry, at least 31 civilians have been killed in the region since
        August 6 and 143 wounded, including children. The ministry has not published a breakdown by district,
        and residents of Sudzha say they know of deaths that are not yet in any list.

        A volunteer search group, Poisk-46, says it has a list of about 2,000 residents of Sudzha district
        and nearby villages whose relatives have not been able to reach them since the first days of the
        fighting. "Most of them are elderly people without mobile phones," a coordinator said.

        ## "Losses" and prisoners

        Russia's defence ministry publishes daily claims of Ukrainian losses in the Kursk direction, which it
        says have reached up to 3,130 troops and 41 tanks. It does not say how many of its own soldiers have
        been killed or captured.

        On the other side, Ukraine's commander-in-chief, Oleksandr Syrskyi, said his troops had taken 594
        Russian soldiers prisoner and now controlled about 1,250 square kilometres of the region, including
        92 settlements. Kyiv has said it wants to use the captured soldiers to secure the release of
        Ukrainians held in Russia.

        Many of the conscripts captured in the first days served in units that had been told they were only
        guarding the border. Mothers of conscripts from the 488th regiment have written an open letter to
        the Kremlin asking why their sons were sent to the front line without warning.

        ## Across the border

        Ukrainian towns on the other side of the line are also under fire. On Monday a Russian guided bomb
        killed two people in Krasnopillia in Ukraine's Sumy region, Ukrainian officials said. Ukraine has
        ordered the evacuation of about 20,000 residents from a strip of Sumy region along the border, but
        officials say many older people are refusing to go.

        ## Queues and rumours

        At the sports school, volunteers hand out SIM cards so that evacuees can call relatives, and a
        whiteboard near the entrance lists the names of people who are looking for one another. Many have
        come from villages that state television has not mentioned since the first days of the incursion.

        "Nobody from the administration came to tell us to leave," said Viktor, a retired tractor driver from
        a village near the border, who drove out with his neighbours in a convoy of private cars on the night
        of August 6. "We saw the helicopters and the smoke and we went. The official evacuation began two
        days later."

        Local Telegram channels are full of complaints about payments that have not arrived and about
        officials who left before the residents did. The regional prosecutor's office has opened a case
        against a district head who allegedly abandoned his post.

        In Kursk, officials insist the situation is under control. The Kursk nuclear power plant, about 60
        km from the front, is operating normally, according to Rosatom. Smirnov has asked residents not to
        post videos of military vehicles on social media.

        *Support independent journalism: The Borderline is blocked in Russia. Read us through a VPN or our
        Telegram channel.*
        """,
        g(
            "evacuated",
            133000,
            "russia",
            scope="total",
            as_of="2024-08-19",
            by="kursk governor",
            q="lower",
            cue="more than 133,000 people had left or been evacuated",
            note="a running count since August 6 -> total; the governor gave it 'on Monday' = 2024-08-19 (the "
            "article is Tuesday 2024-08-20), so the toll describes Monday.",
        ),
        g(
            "killed",
            31,
            "russia",
            scope="total",
            as_of="2024-08-20",
            by="kursk health ministry",
            pop="civilians",
            q="lower",
            cue="at least 31 civilians have been killed in the region",
        ),
        g(
            "injured",
            143,
            "russia",
            scope="total",
            as_of="2024-08-20",
            by="kursk health ministry",
            pop="civilians",
            cue="and 143 wounded, including children",
            note="'31 civilians ... and 143 wounded' -> the wounded are civilians too; 'including children' has "
            "no number.",
        ),
        g(
            "missing",
            2000,
            "russia",
            scope="total",
            as_of="2024-08-20",
            by="poisk-46",
            q="approx",
            cue="a list of about 2,000 residents of Sudzha district",
            note="relatives cannot reach them = unaccounted for -> missing.",
        ),
        g(
            "detained",
            594,
            "russia",
            scope="total",
            as_of="2024-08-20",
            by="ukrainian military",
            pop="combatants",
            cue="had taken 594 Russian soldiers prisoner",
            note="'prisoners taken' -> detained. NOT annotated: Russia's claim of Ukrainian 'losses' of up to "
            "3,130 troops (losses = killed and wounded unsplit; FIGURES.md: skip unless the text says killed), "
            "41 tanks, 1,250 square kilometres, 92 settlements, '488th regiment'.",
        ),
        g(
            "killed",
            2,
            "ukraine",
            scope="event",
            as_of="2024-08-19",
            by="ukrainian officials",
            cue="killed two people in Krasnopillia",
        ),
        g(
            "evacuated",
            20000,
            "ukraine",
            scope="total",
            as_of="2024-08-20",
            q="approx",
            cue="ordered the evacuation of about 20,000 residents from a strip of Sumy region",
            note="'ordered to leave' -> evacuated (FIGURES.md), though many refuse; Sumy -> ukraine.",
        ),
    ),
    article(
        "s_myanmar_html_maungdaw",
        None,
        """
        <html>
        <head>
        <title>Rohingya caught between junta and Arakan Army as Rakhine war closes in | Irrawaddy Monitor</title>
        </head>
        <body>
        <div id="top-bar"><a href="/">Irrawaddy Monitor</a> <a href="/burma">Burma</a> <a href="/asia">Asia</a>
        <a href="/opinion">Opinion</a> <a href="/donate">Donate</a></div>
        <div class="article">
        <h1>Rohingya caught between junta and Arakan Army as Rakhine war closes in</h1>
        <p class="byline">By Staff Reporter</p>
        <figure><img src="/uploads/naf-river.jpg" alt="">
        <figcaption>Rohingya refugees who recently crossed from Myanmar wait for registration at a camp in
        Cox&#8217;s Bazar, Bangladesh. (Photo: Supplied)</figcaption></figure>
        <p>An attack on Rohingya families waiting to cross the Naf river near Maungdaw killed between 150 and
        200 people, including at least 30 children, according to survivors and Rohingya activists who have
        been collecting the names of the dead.</p>
        <p>Survivors reached by phone in Bangladesh said drones dropped explosives on a crowd of several
        hundred people on the riverbank shortly before dusk, and that artillery shells landed minutes later
        as people tried to carry the wounded to the boats. Videos shared by activists show bodies lying in
        the mud beside suitcases and bundles of clothes.</p>
        <p>&#8220;My wife and my two daughters were beside me. I only found my daughters,&#8221; said a
        35-year-old man from the village of Myo Ma Kayin Tan, who now lives in a camp in Ukhia.</p>
        <p>Several survivors blamed the Arakan Army (AA), the ethnic Rakhine armed group that has seized 14 of
        Rakhine State&#8217;s 17 townships. The AA denied responsibility and accused the military and
        &#8220;Rohingya militant groups&#8221; fighting alongside it of staging attacks on civilians to
        discredit it.</p>
        <h2>Hospital strike</h2>
        <p>The junta has meanwhile intensified air strikes on AA-held towns. A strike on the general hospital
        in Mrauk-U killed 33 people and wounded more than 70, according to a local rescue team. Among the dead
        were two nurses. The military has not commented; its spokesman has previously said it only targets
        &#8220;terrorist&#8221; positions.</p>
        <p>The 300-bed hospital was one of the few still working in central Rakhine. Doctors said the operating
        theatre and the maternity ward were destroyed, and that the nearest functioning hospital was now more
        than 100 km away.</p>
        <p>The AA, which overran the headquarters of the military&#8217;s Light Infantry Battalion 55 and then
        the Western Command in Ann, now controls most of the border with Bangladesh. It has recruited
        heavily, and Rohingya men in AA-held areas say they have also been forced to work as porters for both
        sides.</p>
        <h2>Exodus</h2>
        <p>The UN refugee agency says around 70,000 Rohingya have fled into Bangladesh in recent months,
        joining more than 1 million already living in the sprawling camps of Cox&#8217;s Bazar. Most of
        those arrived after the 2017 military crackdown, which drove more than 740,000 Rohingya across the
        border.</p>
        <p>Bangladesh, which says it cannot take more refugees, has closed the border officially, but
        smugglers charge up to 500,000 kyat a person for a place on a boat across the Naf.</p>
        <h2>Talks and elections</h2>
        <p>China, which has large investments in Rakhine including a deep-sea port project at Kyaukphyu, has
        been pressing both the junta and ethnic armed groups to agree to ceasefires along its border and near
        its projects. The AA has said it is open to talks but will not give up the territory it holds.</p>
        <p>The junta has announced elections to be held in phases, a plan that the AA and most other armed
        groups have rejected. Voting is not expected to take place in most of Rakhine, where the military no
        longer controls the countryside and communications have been cut for months.</p>
        <p>Rohingya activists say the community is paying for the war twice, once through the fighting and
        again through recruitment. &#8220;The junta forces our young men to fight the AA, and then the AA
        treats every Rohingya village as an enemy village,&#8221; said a Rohingya rights campaigner based in
        Kuala Lumpur.</p>
        <p>The Assistance Association for Political Prisoners (AAPP), which tracks killings and arrests by
        the junta nationwide, says its own counts since the 2021 coup are minimums.</p>
        <div class="tags">Tags: Rakhine, Rohingya, Arakan Army, Bangladesh</div>
        <div class="read-more"><h3>Read more</h3><ul>
        <li><a href="/news/junta-conscription">Junta conscription drive targets Rohingya camps</a></li>
        <li><a href="/news/aa-sittwe">AA fighters edge closer to Sittwe</a></li></ul></div>
        </div>
        <footer>Irrawaddy Monitor &#169; All rights reserved | <a href="/contact">Contact</a></footer>
        </body>
        </html>
        """,
        g(
            "killed",
            150,
            "myanmar",
            scope="event",
            as_of=None,
            by="survivors",
            q="range",
            high=200,
            cue="killed between 150 and 200 people",
            note="undated page: no as_of. 'according to survivors and Rohingya activists' -> the first-named "
            "source. Maungdaw, Rakhine -> myanmar.",
        ),
        g(
            "killed",
            30,
            "myanmar",
            scope="event",
            as_of=None,
            by="survivors",
            pop="children",
            q="lower",
            cue="including at least 30 children",
            note="'a crowd of several hundred people' is the crowd, not a casualty count; 'my two daughters' "
            "and the man's age are not figures.",
        ),
        g(
            "killed",
            33,
            "myanmar",
            scope="event",
            as_of=None,
            by="local rescue team",
            cue="killed 33 people and wounded more than 70",
        ),
        g(
            "injured",
            70,
            "myanmar",
            scope="event",
            as_of=None,
            by="local rescue team",
            q="lower",
            cue="wounded more than 70",
        ),
        g(
            "killed",
            2,
            "myanmar",
            scope="event",
            as_of=None,
            by="local rescue team",
            pop="medics",
            cue="Among the dead were two nurses",
            note="nurses = health workers -> medics. Not annotated: '14 of ... 17 townships', '300-bed', "
            "'100 km', 'Light Infantry Battalion 55', '500,000 kyat'.",
        ),
        g(
            "displaced",
            70000,
            "myanmar",
            scope="total",
            as_of=None,
            by="unhcr",
            q="approx",
            cue="around 70,000 Rohingya have fled into Bangladesh",
            note="refugees from Myanmar -> side myanmar (where they lived), not bangladesh.",
        ),
        g(
            "displaced",
            1000000,
            "myanmar",
            scope="total",
            as_of=None,
            by="unhcr",
            q="lower",
            cue="joining more than 1 million already living in the sprawling camps",
            note="the standing Rohingya refugee population in Bangladesh = refugees of the Myanmar conflict -> "
            "displaced, total; the sentence continues the UNHCR attribution.",
        ),
        g(
            "displaced",
            740000,
            "myanmar",
            scope="event",
            as_of=None,
            q="lower",
            cue="drove more than 740,000 Rohingya across the border",
            note="the 2017 crackdown is one past campaign -> event; the article has no date and the text names "
            "only a year, so as_of stays null; stated in the article's own voice.",
        ),
    ),
    article(
        "s_pakistan_interview_jaffar_express",
        "2025-04-06",
        """
        THE FRONTIER REVIEW | Sunday Magazine

        'They checked our ID cards one by one': survivors and officials recount the Jaffar Express siege

        Nearly four weeks after separatists seized a packed passenger train in the Bolan Pass, the people
        who lived through it are still trying to make sense of 30 hours that shook Balochistan.

        By Shehzad Baloch
        Published April 6, 2025

        QUETTA: The Jaffar Express left Quetta for Peshawar at 9 am on March 11, nine coaches long, carrying
        a little over 440 passengers. Around 1 pm, as it came out of Tunnel No. 8 near Mashkaf, about 157
        km from Quetta, an explosion tore up the track and gunmen from the banned Baloch Liberation Army
        (BLA) opened fire on the engine.

        What followed was one of the most audacious attacks in the province's long insurgency. The BLA held
        the train until the evening of the following day, when commandos of the army's Special Service Group
        stormed the coaches. The military said afterwards that all 33 attackers were killed in that final
        operation on March 12.

        The military's count of the dead, announced by the director general of Inter-Services Public
        Relations, was 26 hostages killed, 18 of them army and Frontier Corps personnel travelling on leave.
        Most of them, it said, were killed on the first day, in the hours after the train was stopped. On
        the first night, the BLA said in a statement to the media that it was holding 214 people, mostly
        security personnel, and offered to exchange them for Baloch political prisoners.

        We spoke to three people whose lives the siege changed. Their answers have been edited for length.

        Muhammad Ashraf, 38, a Pakistan Railways guard

        Q: Where were you when the train stopped?

        "In the last coach. First the blast, then firing from the hills on both sides. The driver was hit.
        Then they came into the coaches and told everyone to come down with their ID cards."

        Q: What happened to the passengers?

        "They separated the men in uniform and the men from Punjab. Women, children and old people they
        allowed to walk away towards Panir station, some 6 km back. I walked with them. I heard shots behind
        us and I did not turn around."

        Q: The military says it freed the rest the next day.

        "Yes. The army says 346 hostages were freed in the operation. I have met some of them. Some were
        released by the attackers the first night, some ran away in the dark, some were freed by the
        soldiers. All of us are counted somewhere, but not always in the same list."

        Q: Do you still work on the line?

        "I have not gone back yet. The department has given us leave and counselling. Some of my colleagues
        have asked for transfers to Punjab. I was born in Sibi, my father worked on this line, I will go back.
        But not yet."

        Q: What would you want people to understand about that day?

        "That the people in the hills are not strangers to us. Some of the passengers spoke to the attackers
        in Balochi and Brahui. One of the boys with a gun was younger than my son. I do not know how we reach
        a point where a boy like that stops a train."

        Dr Saima Kakar, emergency physician, Civil Hospital Quetta

        Q: How did the hospital cope?

        "We declared an emergency on the afternoon of the 11th. We received 37 wounded in the first night,
        most with gunshot wounds, a few with blast injuries. We had cleared 60 beds and kept two operating
        theatres free around the clock. The bodies came later, by train and by helicopter."

        Q: Were you prepared for something like this?

        "We have done this too often. Quetta has a mass-casualty plan since the 2016 attack on the lawyers.
        But you are never prepared for families waiting outside for a list."

        Abdul Wahid, 45, shopkeeper from Mastung, whose brother was a passenger

        Q: Have you received any news of your brother?

        "Nothing. He called me from the train at 12:40 and then nothing. At least 17 passengers are still
        unaccounted for. Nobody will tell us whether they are dead, or in a hospital, or with the BLA."

        Q: What do officials tell you?

        "To be patient. We have been to the railway office, the deputy commissioner, the FC headquarters.
        Everyone gives us a phone number."

        The official response

        The provincial government has defended its handling of the crisis. In an interview at the Civil
        Secretariat, Balochistan's home minister said the security forces had acted "with restraint and
        professionalism" to avoid a bloodbath on the train, and that the delay in storming the coaches was
        caused by suicide bombers sitting among the hostages.

        "We were not going to gamble with the lives of women and children for the sake of speed," he said.
        He rejected suggestions that intelligence warnings had been ignored, calling them "wisdom after the
        event", and said the government would compensate the families of every passenger who was killed.

        Railway officials say the line through the Bolan Pass, built in the 1880s, is among the hardest in
        the country to protect, with long stretches of tunnels and bridges far from any road. Escorts of
        Frontier Corps personnel now travel on the goods trains that still use it.

        A long pattern

        For Baloch rights activists, families like Wahid's are a reminder of a different list. Nasrullah
        Baloch, chairman of the Voice for Baloch Missing Persons, said his group had registered more than
        7,000 cases of people who disappeared after being picked up by security agencies over the past two
        decades, a charge the government rejects.

        Provincial officials say the BLA has been strengthened by sanctuaries across the border in
        Afghanistan, which the Taliban government denies. Balochistan's chief minister has announced a
        Rs5 billion security package and the railway has suspended the Jaffar Express until further notice.

        Read also: What is the Baloch Liberation Army?
        """,
        g(
            "killed",
            33,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="pakistani military",
            pop="combatants",
            cue="all 33 attackers were killed in that final operation on March 12",
            note="BLA fighters in Balochistan -> pakistan (their territory; the group is Pakistani).",
        ),
        g(
            "killed",
            26,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="pakistani military",
            cue="was 26 hostages killed",
            note="the ISPR count; most were killed 'on the first day' (March 11), the day the attack began -> "
            "event dated 2025-03-11.",
        ),
        g(
            "killed",
            18,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="pakistani military",
            pop="combatants",
            cue="18 of them army and Frontier Corps personnel",
            note="off-duty soldiers and FC personnel -> combatants (soldiers belong to the party they serve).",
        ),
        g(
            "hostages",
            214,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="bla",
            cue="it was holding 214 people",
            note="'On the first night' -> March 11. Not annotated: 'a little over 440 passengers' (people on the "
            "train, not a casualty count), 'nine coaches', 'Tunnel No. 8', '157 km', '30 hours'.",
        ),
        g(
            "hostages",
            346,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="pakistani military",
            cue="The army says 346 hostages were freed",
            note="debatable: freed hostages are people who were taken hostage, so counted as hostages; the guard "
            "quotes the army, so reported_by is the army's.",
        ),
        g(
            "injured",
            37,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="civil hospital quetta",
            cue="We received 37 wounded in the first night",
            note="figure inside the doctor's quote -> her hospital; 'the first night' of the 11th. '60 beds', "
            "'two operating theatres', 'the 2016 attack' are not figures.",
        ),
        g(
            "missing",
            17,
            "pakistan",
            scope="total",
            as_of="2025-04-06",
            by="abdul wahid",
            q="lower",
            cue="At least 17 passengers are still unaccounted for",
            note="a standing count from a relative's quote -> total as of the article date; reported_by the "
            "named speaker, who has no institution.",
        ),
        g(
            "missing",
            7000,
            "pakistan",
            scope="total",
            as_of="2025-04-06",
            by="voice for baloch missing persons",
            q="lower",
            cue="more than 7,000 cases of people who disappeared",
            note="enforced disappearances = missing; 'cases of people' counts people. 'Rs5 billion' is money.",
        ),
    ),
    article(
        "s_afpak_md_border_clashes",
        None,
        """
        # Explainer: Why Pakistan and Afghanistan's Taliban are fighting along the Durand Line

        *South Asia Desk · 7 min read*

        The worst fighting between Pakistan and Afghanistan since the Taliban returned to power has left
        dozens of soldiers and fighters dead on both sides, closed the main trade crossings and shattered a
        relationship Islamabad once counted as a strategic asset. Here is what we know.

        ## What happened?

        Pakistani and Afghan Taliban forces exchanged heavy fire at several points along the 2,640-km border
        overnight, after Pakistan carried out air strikes in Kabul and in Paktika province that it said
        targeted leaders of the Pakistani Taliban (Tehrik-e-Taliban Pakistan, or TTP).

        Pakistan's military media wing, ISPR, said 23 of its soldiers were killed in the overnight clashes.
        It claimed that more than 200 Taliban and affiliated fighters were killed and that 21 Afghan border
        posts were captured and destroyed.

        The Taliban government's chief spokesman, Zabihullah Mujahid, gave a very different account. He told
        a news conference in Kabul that 58 Pakistani soldiers had been killed and that nine Afghan fighters
        had died, and said the operation had been halted at the request of Qatar and Saudi Arabia.

        Neither side's figures can be independently verified; journalists are not allowed near the front on
        either side.

        ## Who is caught in the middle?

        Civilians living along the border. The UN Assistance Mission in Afghanistan (UNAMA) said Pakistani
        shelling and air strikes in the Spin Boldak district of Kandahar killed at least 41 Afghan civilians
        and wounded some 390, many of them women and children.

        On the Pakistani side, thousands of people fled villages in the Bajaur and Kurram districts of Khyber
        Pakhtunkhwa, where Taliban mortar fire hit homes and a girls' school, local officials said. Shops in
        the border town of Chaman have been shut for a week.

        ## Why are they fighting?

        Pakistan accuses the Taliban of sheltering the TTP, which has waged an insurgency in Khyber
        Pakhtunkhwa and Balochistan since 2007 and has stepped up attacks since 2021. Islamabad says
        militants cross from Afghan territory to attack its security forces; the Taliban say Pakistan's
        security failures are its own problem.

        The Taliban have also never recognised the Durand Line, drawn in 1893 by the British, as an
        international border, and have repeatedly torn down sections of the fence Pakistan built along it.

        ## Who are the TTP?

        The Pakistani Taliban are a separate movement from the Afghan Taliban but share their ideology and
        many of their personal ties. They want stricter Islamic law in Pakistan, the release of their
        members from prison and a reversal of the merger of the former tribal areas into Khyber Pakhtunkhwa.

        Pakistan hoped the Afghan Taliban's return in 2021 would give it a friendly government in Kabul.
        Instead, the TTP found safer ground across the border, according to a UN sanctions monitoring team,
        and attacks on Pakistani police and soldiers have risen each year since. Talks brokered by the Afghan
        Taliban collapsed in 2022.

        ## What about trade?

        The Torkham and Chaman crossings, the two main routes for trade and transit between the countries,
        have been closed since the fighting began. Traders say more than 5,000 trucks are stuck on both sides,
        and the price of tomatoes in Kabul has tripled.

        ## What happens next?

        Delegations met in Doha and then Istanbul under Qatari and Turkish mediation and agreed a temporary
        ceasefire. But the core demand, that the Taliban act against the TTP, remains unmet, and both sides
        have warned they will respond to any new attack.

        *This explainer will be updated as the situation develops.*
        """,
        g(
            "killed",
            23,
            "pakistan",
            scope="event",
            as_of=None,
            by="ispr",
            pop="combatants",
            cue="23 of its soldiers were killed in the overnight clashes",
            note="undated explainer: no as_of. ISPR = the Pakistani military's media wing; kept as named. The "
            "lead's 'dozens of soldiers and fighters dead' summarises these figures (listed once, not as a "
            "separate vague figure).",
        ),
        g(
            "killed",
            200,
            "afghanistan",
            scope="event",
            as_of=None,
            by="ispr",
            pop="combatants",
            q="lower",
            cue="more than 200 Taliban and affiliated fighters were killed",
            note="Afghan Taliban fighters -> afghanistan. '21 Afghan border posts' are posts, not people.",
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
            note="the spokesman speaks for the Taliban government -> 'taliban'.",
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
            41,
            "afghanistan",
            scope="event",
            as_of=None,
            by="unama",
            pop="civilians",
            q="lower",
            cue="killed at least 41 Afghan civilians",
            note="Spin Boldak, Kandahar -> afghanistan. 'many of them women and children' has no number.",
        ),
        g(
            "injured",
            390,
            "afghanistan",
            scope="event",
            as_of=None,
            by="unama",
            pop="civilians",
            q="approx",
            cue="wounded some 390",
        ),
        g(
            "displaced",
            2000,
            "pakistan",
            scope="event",
            as_of=None,
            by="local officials",
            q="lower",
            cue="thousands of people fled villages in the Bajaur and Kurram districts",
            note="vague 'thousands' -> 2000/lower; Bajaur and Kurram, Khyber Pakhtunkhwa -> pakistan. Not "
            "annotated: '2,640-km', '5,000 trucks', years.",
        ),
    ),
    article(
        "s_manipur_local_imphal",
        "2023-09-16",
        """
        IMPHAL TIMES DAILY
        Front Page | State | Valley | Hills | Editorial | Sports

        Toll in Manipur violence rises to 180; three village volunteers shot dead near Kangpokpi

        Staff Reporter
        Published: 16 Sep 2023 07:12 IST

        Imphal, Sep 16: Three village volunteers were shot dead when unidentified gunmen opened fire on a
        bunker on the foothills bordering Imphal West and Kangpokpi districts early on Friday, police said,
        as the state marked more than four months of ethnic violence.

        The slain volunteers, all from a village near Irengbam, had been guarding the paddy fields below the
        hills since the clashes broke out. Their bodies were brought to the morgue of the Regional Institute
        of Medical Sciences (RIMS), where relatives and members of a local women's group, the Meira Paibis,
        staged a sit-in demanding the arrest of the killers.

        Speaking at a press conference at the police headquarters on Friday evening, Inspector General of
        Police (Operations) I. K. Muivah said at least 180 people had been killed since the violence began on
        May 3, while 1,118 people had been injured and 33 were still missing.

        He said 5,172 cases of arson had been registered, with 4,786 houses and 386 religious structures
        burnt or vandalised. Police have so far arrested 1,247 persons in connection with the violence and
        recovered 1,359 firearms and over 15,000 rounds of ammunition, he said.

        The IGP appealed to the public to return looted weapons, adding that 20 companies of central forces
        had been deployed in the buffer zones between the valley and the hills, and that National Highway 2
        remained open under escort.

        Separately, the state Relief and Disaster Management department said more than 67,000 people
        displaced by the violence were still living in relief camps across the state, nearly half of them in
        Churachandpur and Kangpokpi districts. Officials said construction of 3,000 prefabricated houses for
        the displaced had begun, with the first units expected to be ready by November.

        In the valley, students held a torch rally in Imphal to demand the return of internet services,
        which have been suspended in the state for most of the past four months. The state government said on
        Thursday that mobile internet would stay suspended until September 21 because of "fake news and
        rumours" on social media.

        Meanwhile, a bench of the Supreme Court hearing petitions on the violence asked the state on Friday
        to file a status report on the identification of unclaimed bodies lying in morgues in Imphal and
        Churachandpur, some of which have been there since May. Families in the hills have refused to claim
        bodies until their demands are met, community organisations say.

        The chief minister has said the state will not allow any "separate administration" for the hill
        districts, a demand raised by 10 Kuki-Zo MLAs. Civil society groups in the hills, for their part, say
        they cannot trust a state government they accuse of siding with the Meitei majority.

        A delegation of the Manipur Pradesh Congress Committee met the Governor on Friday and submitted a
        memorandum seeking the resumption of the Assembly session, which it said had been adjourned after a
        single day.

        Also read: Farmers in Bishnupur unable to harvest paddy near buffer zone
        Also read: Relief camp children sit for Class 10 exams in makeshift halls
        """,
        g(
            "killed",
            3,
            "india",
            scope="event",
            as_of="2023-09-15",
            by="manipur police",
            pop="combatants",
            cue="Three village volunteers were shot dead",
            note="'village volunteers' guarding a bunker are armed civilian militia -> combatants (members of "
            "armed groups); debatable, a reader could call them civilians. 'early on Friday' counted back from "
            "Saturday 2023-09-16. 'two others injured' is also a figure (below).",
        ),
        g(
            "killed",
            180,
            "india",
            scope="total",
            as_of="2023-09-15",
            by="manipur police",
            q="lower",
            cue="at least 180 people had been killed since the violence began on May 3",
            note="the IGP spoke 'on Friday evening' -> total as of 2023-09-15 (the day named); Manipur -> india. "
            "The headline's 'rises to 180' is the same figure.",
        ),
        g(
            "injured",
            1118,
            "india",
            scope="total",
            as_of="2023-09-15",
            by="manipur police",
            cue="1,118 people had been injured",
        ),
        g(
            "missing",
            33,
            "india",
            scope="total",
            as_of="2023-09-15",
            by="manipur police",
            cue="33 were still missing",
        ),
        g(
            "detained",
            1247,
            "india",
            scope="total",
            as_of="2023-09-15",
            by="manipur police",
            cue="arrested 1,247 persons in connection with the violence",
            note="not annotated: 5,172 arson cases, 4,786 houses, 386 religious structures, 1,359 firearms, "
            "15,000 rounds, 20 companies, National Highway 2, 3,000 houses, 10 MLAs, Class 10.",
        ),
        g(
            "displaced",
            67000,
            "india",
            scope="total",
            as_of="2023-09-16",
            by="manipur relief and disaster management department",
            q="lower",
            cue="more than 67,000 people displaced by the violence were still living in relief camps",
            note="no day named for this statement -> the article date.",
        ),
    ),
    article(
        "s_armenia_gov_statement_karabakh",
        "2023-09-30",
        """
        The Government of the Republic of Armenia
        Press releases

        30 September 2023

        Statement on the humanitarian situation of the forcibly displaced persons from Nagorno-Karabakh

        As of 12:00 on 30 September, 100,514 forcibly displaced persons from Nagorno-Karabakh have entered the
        Republic of Armenia through the Kornidzor checkpoint, of whom 29,863 are children. All of them have
        been registered, and the Government continues to provide temporary accommodation, food, medical care
        and psychological support in cooperation with the communities of Syunik and Vayots Dzor provinces and
        international partners.

        Persons who do not have accommodation are being sheltered in hotels, boarding houses and community
        buildings in 45 communities. The Government has decided to pay a one-time allowance of 100,000 drams
        to each forcibly displaced person and a monthly allowance of 50,000 drams for six months to cover
        rent and utilities.

        According to the Ministry of Health, the number of persons killed in the explosion at the fuel depot
        near Stepanakert on the evening of 25 September has reached 170. Another 22 persons remain missing.
        Since the explosion, 141 patients have been evacuated by helicopter to medical centres in Yerevan,
        where doctors are treating most of them for severe burns.

        The Government recalls that the military attack launched by Azerbaijan against Nagorno-Karabakh on
        19-20 September, after more than nine months of blockade of the Lachin corridor, killed at least 220
        people, many of them civilians, according to the Human Rights Defender of Nagorno-Karabakh. Azerbaijan
        has announced that 192 of its servicemen were killed in the same operation.

        The Government notes with deep concern the detention by Azerbaijan of at least eight former officials
        of Nagorno-Karabakh, some of whom were taken into custody at the Hakari bridge checkpoint while
        leaving with the civilian population, and calls on the international community to demand their
        release and to ensure that the rights of all persons who remain in Nagorno-Karabakh are respected.

        The Government reminds all forcibly displaced persons that they may apply for temporary protection
        status at any registration point or online, and that children of school age may enrol in the nearest
        school without documents. Medical care, including the provision of medicines for chronic
        conditions, is free of charge in all state medical institutions.

        The Republic of Armenia reiterates its call for the deployment of a UN mission to Nagorno-Karabakh
        without delay to assess the humanitarian and human rights situation on the ground and to monitor the
        safety of the remaining population, and for the International Court of Justice's order of 22 February
        2023 on the unimpeded movement of persons, vehicles and cargo through the Lachin corridor to be
        implemented.

        The Government expresses its gratitude to the European Union, the United States, France and the
        International Committee of the Red Cross for their support, and to the more than 2,000 volunteers
        working at the registration points.

        Hotline for forcibly displaced persons: 1-14 (free of charge)
        """,
        g(
            "displaced",
            100514,
            "nagorno-karabakh",
            scope="total",
            as_of="2023-09-30",
            cue="100,514 forcibly displaced persons from Nagorno-Karabakh",
            note="side: the territory the counted people lived in. FIGURES.md names no slug for Karabakh; its "
            "people are neither Armenia's residents nor Azerbaijan's party, so 'nagorno-karabakh' (as "
            "'west-bank' beside 'palestine'). The statement speaks in its own voice -> reported_by null.",
        ),
        g(
            "displaced",
            29863,
            "nagorno-karabakh",
            scope="total",
            as_of="2023-09-30",
            pop="children",
            cue="of whom 29,863 are children",
            note="not annotated: 45 communities, 100,000 and 50,000 drams, six months, the 2,000 volunteers "
            "(helpers, not casualties), hotline 1-14.",
        ),
        g(
            "killed",
            170,
            "nagorno-karabakh",
            scope="event",
            as_of="2023-09-25",
            by="armenian health ministry",
            cue="has reached 170",
        ),
        g(
            "missing",
            22,
            "nagorno-karabakh",
            scope="event",
            as_of="2023-09-25",
            by="armenian health ministry",
            cue="Another 22 persons remain missing",
            note="missing in the same explosion -> event dated the explosion.",
        ),
        g(
            "evacuated",
            141,
            "nagorno-karabakh",
            scope="event",
            as_of="2023-09-25",
            by="armenian health ministry",
            cue="141 patients have been evacuated by helicopter",
            note="debatable: a medical airlift of the explosion's injured is an evacuation of people of this "
            "conflict -> evacuated (one number, one figure: it is not also an injured toll, the text counts "
            "the airlifted, not all the injured). Same paragraph as the ministry's toll -> same source; dated "
            "the explosion it belongs to, though the airlift went on for days.",
        ),
        g(
            "killed",
            220,
            "nagorno-karabakh",
            scope="event",
            as_of="2023-09-20",
            by="nagorno-karabakh human rights defender",
            q="lower",
            cue="killed at least 220 people, many of them civilians",
            note="a two-day operation (19-20 September) -> event, dated the day it ended.",
        ),
        g(
            "killed",
            192,
            "azerbaijan",
            scope="event",
            as_of="2023-09-20",
            by="azerbaijan",
            pop="combatants",
            cue="192 of its servicemen were killed in the same operation",
        ),
        g(
            "detained",
            8,
            "nagorno-karabakh",
            scope="total",
            as_of="2023-09-30",
            q="lower",
            cue="the detention by Azerbaijan of at least eight former officials",
        ),
    ),
)
