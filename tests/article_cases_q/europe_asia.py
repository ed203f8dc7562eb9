"""Set Q, Europe and Asia: an AFP story from Kyiv, a Reuters story on Russia's border regions, a
broadcaster on the Myanmar earthquake, a Pakistani daily on the Jaffar Express siege and an undated
hard-wrapped plain-text feature on evacuations in eastern Ukraine."""

from __future__ import annotations

from . import article, g

ARTICLES = (
    article(
        "q_kyiv_afp_drone_barrage",
        "2025-07-04",
        """
        Russia pounds Kyiv with record drone barrage hours after Trump-Putin call

        Kyiv (AFP) - Russia launched its largest drone attack of the war on Ukraine overnight, officials said
        Friday, killing at least two people in Kyiv and setting apartment blocks ablaze hours after US President
        Donald Trump said a call with Vladimir Putin had made "no progress".

        Published: 4 July 2025 - 10:35 GMT

        Ukraine's air force said Russia had fired 539 drones, most of them Iranian-designed Shahed-136s and
        decoys, and 11 missiles, including an Iskander-M ballistic missile, in an assault that lasted almost
        seven hours. It said most of the drones had been shot down or jammed.

        Kyiv mayor Vitali Klitschko said at least two people had been killed and 23 wounded across the capital.
        Damage was reported in at least five of the city's 10 districts, and rail services to the west of the
        country were delayed after a depot was hit.

        In the western Sviatoshynskyi district, firefighters evacuated about 40 residents from a burning
        nine-storey building, the State Emergency Service said. An AFP journalist saw residents in pyjamas
        carrying pets and documents out of the smoke as sirens wailed shortly after 3:00 am (0000 GMT).

        "It was one of the most terrible nights," said Tetiana, 58, who spent the night in a metro station with
        her grandson.

        The capital was not the only target. On Thursday, a Russian guided bomb attack on Kharkiv killed one
        person and wounded 11, regional governor Oleh Synegubov said on Telegram.

        Russia, for its part, said its air defences had intercepted and destroyed 48 Ukrainian drones overnight
        over seven regions, including the Moscow region, where flights at two airports were briefly suspended.
        In the Belgorod region, a Ukrainian drone hit a minibus near the border, wounding three people, governor
        Vyacheslav Gladkov said.

        Trump said Thursday he was "very disappointed" after his sixth call with Putin since returning to the
        White House in January, while Washington confirmed this week it had paused some deliveries of Patriot
        interceptors and other munitions to Kyiv, citing its own stockpiles.

        President Volodymyr Zelensky urged allies to speed up air defence deliveries, saying Russia was trying
        to exhaust Ukraine's stocks of interceptors with ever larger swarms. Ukraine has asked for at least 10
        more Patriot systems, which cost around $1 billion each.

        The UN human rights monitoring mission in Ukraine says more than 13,300 civilians have been killed since
        Russia invaded in February 2022, including over 700 children. June was the deadliest month for
        civilians in three years, with 232 killed and 1,343 injured, the mission said.

        Russia, which occupies around a fifth of Ukraine, has rejected calls for an unconditional 30-day
        ceasefire and has stepped up its summer offensive in the east.

        bur-jbr/rmb
        """,
        g(
            "projectiles",
            539,
            "russia",
            scope="event",
            as_of="2025-07-04",
            by="ukrainian air force",
            cue="Russia had fired 539 drones",
            note="Shahed-136 and Iskander-M are model names; 'almost seven hours' is a duration.",
        ),
        g(
            "projectiles",
            11,
            "russia",
            scope="event",
            as_of="2025-07-04",
            by="ukrainian air force",
            cue="and 11 missiles, including an Iskander-M",
        ),
        g(
            "killed",
            2,
            "ukraine",
            scope="event",
            as_of="2025-07-04",
            by="vitali klitschko",
            q="lower",
            cue="at least two people had been killed and 23 wounded",
            note="same figure as the lead's 'killing at least two people in Kyiv', listed once.",
        ),
        g(
            "injured",
            23,
            "ukraine",
            scope="event",
            as_of="2025-07-04",
            by="vitali klitschko",
            cue="at least two people had been killed and 23 wounded",
        ),
        g(
            "evacuated",
            40,
            "ukraine",
            scope="event",
            as_of="2025-07-04",
            by="state emergency service",
            q="approx",
            cue="firefighters evacuated about 40 residents",
        ),
        g(
            "killed",
            1,
            "ukraine",
            scope="event",
            as_of="2025-07-03",
            by="oleh synegubov",
            cue="attack on Kharkiv killed one person and wounded 11",
        ),
        g(
            "injured",
            11,
            "ukraine",
            scope="event",
            as_of="2025-07-03",
            by="oleh synegubov",
            cue="attack on Kharkiv killed one person and wounded 11",
        ),
        g(
            "projectiles",
            48,
            "ukraine",
            scope="event",
            as_of="2025-07-04",
            by="russia",
            cue="intercepted and destroyed 48 Ukrainian drones",
            note="drones Russia says it downed were launched by Ukraine -> projectiles, side ukraine (a count of "
            "intercepted drones is a lower bound on those fired, but the number is reported as stated -> exact).",
        ),
        g(
            "injured",
            3,
            "russia",
            scope="event",
            as_of="2025-07-04",
            by="vyacheslav gladkov",
            cue="wounding three people, governor Vyacheslav Gladkov said",
        ),
        g(
            "killed",
            13300,
            "ukraine",
            scope="total",
            as_of="2025-07-04",
            by="un human rights monitoring mission",
            pop="civilians",
            q="lower",
            cue="more than 13,300 civilians have been killed",
        ),
        g(
            "killed",
            700,
            "ukraine",
            scope="total",
            as_of="2025-07-04",
            by="un human rights monitoring mission",
            pop="children",
            q="lower",
            cue="including over 700 children",
        ),
        g(
            "killed",
            232,
            "ukraine",
            scope="event",
            as_of="2025-06-30",
            by="un human rights monitoring mission",
            pop="civilians",
            cue="with 232 killed and 1,343 injured",
            note="a one-month window (June) -> event, as_of its last day.",
        ),
        g(
            "injured",
            1343,
            "ukraine",
            scope="event",
            as_of="2025-06-30",
            by="un human rights monitoring mission",
            pop="civilians",
            cue="with 232 killed and 1,343 injured",
        ),
    ),
    article(
        "q_russia_reuters_kursk",
        "2024-08-13",
        """
        Russia evacuates more border areas as Ukraine's Kursk incursion enters second week

        By Reuters

        August 13, 2024 10:22 AM GMT+3 Updated 2 hours ago

        MOSCOW/KYIV, Aug 13 (Reuters) - Russia began evacuating another border district in the Belgorod region
        on Tuesday as Ukrainian troops pressed on with their biggest incursion into Russian territory since
        World War Two, and Kyiv said it was holding more than 100 Russian soldiers captive.

        Alexei Smirnov, the acting governor of the Kursk region, told President Vladimir Putin in a televised
        meeting on Monday that 121,000 people had been evacuated from border districts so far and that another
        59,000 were still due to leave.

        Smirnov said 12 civilians had been killed and 121 wounded, 10 of them children, since Ukrainian forces
        crossed the border on Aug. 6. He said Ukrainian troops controlled 28 settlements and that the fate of
        about 2,000 residents of those areas was unknown.

        Putin, who called the incursion a "large-scale provocation", ordered the army to "dislodge the enemy"
        from Russian territory and said Kyiv was trying to improve its negotiating position.

        In the Belgorod region, governor Vyacheslav Gladkov said on Tuesday that residents of the Krasnaya
        Yaruga district, about 11,000 people, would be moved to safer areas because of "enemy activity" on the
        border. Temporary accommodation centres had been opened in Belgorod city, he said.

        Russia's defence ministry said Ukraine had lost up to 1,610 servicemen and 32 tanks since the start of
        the incursion. It gave no figures for its own losses.

        Ukrainian President Volodymyr Zelenskiy said in his nightly address on Monday that Ukrainian forces had
        taken "more than 100" Russian servicemen prisoner, which he said would help speed up the return of
        Ukrainians held in Russia. Reuters was unable to verify either side's battlefield claims.

        Ukraine's top commander, Oleksandr Syrskyi, said on Monday that Ukrainian forces controlled about 1,000
        square km (386 square miles) of Russian territory. The Kursk nuclear power plant lies about 40 km (25
        miles) from the area where fighting has been reported.

        On the Ukrainian side of the border, authorities in the Sumy region ordered the mandatory evacuation of
        about 20,000 people from a 10-km (6-mile) zone along the frontier, regional governor Volodymyr Artyukh
        said on Tuesday.

        Russian forces fired more than 30 artillery shells and glide bombs at border communities in the region
        over the past 24 hours, the Sumy regional military administration said.

        The Kremlin has said the attack will not change Russia's conditions for peace talks, which include
        Ukraine's withdrawal from four regions that Moscow claims as its own.

        (Reporting by Reuters; Writing by Lidia Kelly; Editing by Gerry Doyle)
        """,
        g(
            "detained",
            100,
            "russia",
            scope="total",
            as_of="2024-08-12",
            by="volodymyr zelenskiy",
            pop="combatants",
            q="lower",
            cue='taken "more than 100" Russian servicemen prisoner',
            note="prisoners taken during the incursion so far -> total; Monday's address -> 2024-08-12; the lead "
            "('Kyiv said it was holding more than 100 Russian soldiers captive') states the same figure.",
        ),
        g(
            "evacuated",
            121000,
            "russia",
            scope="total",
            as_of="2024-08-12",
            by="alexei smirnov",
            cue="121,000 people had been evacuated from border districts so far",
            note="'so far' -> running count of the incursion crisis -> total, as_of the day it was reported.",
        ),
        g(
            "evacuated",
            59000,
            "russia",
            scope="total",
            as_of="2024-08-12",
            by="alexei smirnov",
            cue="another 59,000 were still due to leave",
            note="people ordered to leave but not yet gone -> evacuated (FIGURES: 'ordered to leave').",
        ),
        g(
            "killed",
            12,
            "russia",
            scope="total",
            as_of="2024-08-12",
            by="alexei smirnov",
            pop="civilians",
            cue="12 civilians had been killed and 121 wounded",
        ),
        g(
            "injured",
            121,
            "russia",
            scope="total",
            as_of="2024-08-12",
            by="alexei smirnov",
            pop="civilians",
            cue="12 civilians had been killed and 121 wounded",
            note="'12 civilians had been killed and 121 wounded' -> the 121 are civilians too.",
        ),
        g(
            "injured",
            10,
            "russia",
            scope="total",
            as_of="2024-08-12",
            by="alexei smirnov",
            pop="children",
            cue="121 wounded, 10 of them children",
        ),
        g(
            "missing",
            2000,
            "russia",
            scope="total",
            as_of="2024-08-12",
            by="alexei smirnov",
            q="approx",
            cue="the fate of about 2,000 residents of those areas was unknown",
            note="'fate unknown' -> missing; '28 settlements' is not a count of people.",
        ),
        g(
            "evacuated",
            11000,
            "russia",
            scope="event",
            as_of="2024-08-13",
            by="vyacheslav gladkov",
            q="approx",
            cue="about 11,000 people, would be moved to safer areas",
            note="an evacuation ordered on Tuesday -> event. 'Ukraine had lost up to 1,610 servicemen' (defence "
            "ministry) is 'lost' = killed and wounded without a split -> skipped per FIGURES; 32 tanks are not "
            "people.",
        ),
        g(
            "evacuated",
            20000,
            "ukraine",
            scope="event",
            as_of="2024-08-13",
            by="volodymyr artyukh",
            q="approx",
            cue="mandatory evacuation of about 20,000 people",
            note="'10-km (6-mile) zone' is a distance.",
        ),
        g(
            "projectiles",
            30,
            "russia",
            scope="event",
            as_of="2024-08-13",
            by="sumy regional military administration",
            q="lower",
            cue="fired more than 30 artillery shells and glide bombs",
            note="'over the past 24 hours' -> event on the article date.",
        ),
    ),
    article(
        "q_myanmar_quake_broadcaster",
        "2025-04-03",
        """
        Myanmar earthquake: toll climbs as military keeps up air strikes despite truce

        3 April 2025

        By Jonathan Head, South East Asia correspondent, and BBC Burmese

        Myanmar's military government says the number of people killed by last Friday's earthquake has risen
        to 3,145, with 4,589 injured and 221 still missing, as aid agencies warn of disease in the crowded
        makeshift camps that have sprung up in Mandalay and Sagaing.

        The 7.7-magnitude quake struck at 12:50 local time on 28 March, with its epicentre near Sagaing, about
        16km (10 miles) north-west of Mandalay, the country's second-largest city. It was followed minutes later
        by a 6.4-magnitude aftershock.

        At a pre-school in Kyaukse, 50 children and two teachers were killed when the building collapsed, the
        UN children's agency Unicef said. In Mandalay, staff evacuated more than 1,000 patients from the damaged
        general hospital on the day of the quake, and many are still being treated on beds in the car park.

        The UN says more than 200,000 people have been left homeless, many of them sleeping in the open for fear
        of aftershocks, in temperatures above 40C.

        In neighbouring Thailand, where the quake brought down a 30-storey tower under construction in Bangkok,
        officials say 22 people have been confirmed dead and 72 are still missing beneath the rubble.

        The International Federation of Red Cross and Red Crescent Societies said two Myanmar Red Cross
        volunteers had been killed in Sagaing on Monday when a damaged building they were searching collapsed.

        The military announced a temporary ceasefire on Wednesday, to last until 22 April, after several armed
        groups fighting it said they would pause offensive operations. But the UN human rights office said it
        had received reports of at least 53 attacks by the military since the quake, including air strikes in
        areas hit by the disaster, killing at least 68 people.

        On Tuesday, a military air strike on a village in Chaung-U township in Sagaing killed five people,
        including two children, according to local resistance fighters. The BBC was unable to verify the claim,
        and the military did not respond to requests for comment.

        In Naypyitaw, rescuers pulled a hotel worker alive from the rubble after 125 hours, a rare piece of good
        news for a country already devastated by four years of civil war since the 2021 coup.

        Even before the earthquake, the UN estimated that nearly 20 million people in Myanmar needed
        humanitarian help. The World Food Programme says it has so far reached about 100,000 people in the
        quake zone with food, and has appealed for $25m.

        Foreign teams from China, Russia and India have joined the rescue effort, but the military has
        restricted access for journalists, and communications in parts of Sagaing remain cut.
        """,
        g(
            "killed",
            3145,
            "myanmar",
            scope="total",
            as_of="2025-04-03",
            by="myanmar military government",
            cue="has risen to 3,145",
            note="a rising toll of the earthquake disaster ('has risen to'), reported as a running count -> total "
            "as_of the article date; 7.7 and 6.4 magnitudes, 12:50 and 16km are not figures.",
        ),
        g(
            "injured",
            4589,
            "myanmar",
            scope="total",
            as_of="2025-04-03",
            by="myanmar military government",
            cue="with 4,589 injured",
        ),
        g(
            "missing",
            221,
            "myanmar",
            scope="total",
            as_of="2025-04-03",
            by="myanmar military government",
            cue="221 still missing",
        ),
        g(
            "killed",
            50,
            "myanmar",
            scope="event",
            as_of="2025-03-28",
            by="unicef",
            pop="children",
            cue="50 children and two teachers were killed",
            note="one building collapse on the day of the quake -> event, as_of 2025-03-28.",
        ),
        g(
            "killed",
            2,
            "myanmar",
            scope="event",
            as_of="2025-03-28",
            by="unicef",
            cue="50 children and two teachers were killed",
            note="teachers are no FIGURES.md subgroup -> population all.",
        ),
        g(
            "evacuated",
            1000,
            "myanmar",
            scope="event",
            as_of="2025-03-28",
            q="lower",
            cue="evacuated more than 1,000 patients",
            note="'on the day of the quake' -> 2025-03-28; article's own voice.",
        ),
        g(
            "displaced",
            200000,
            "myanmar",
            scope="total",
            as_of="2025-04-03",
            by="un",
            q="lower",
            cue="more than 200,000 people have been left homeless",
            note="homeless -> displaced; 40C is a temperature.",
        ),
        g(
            "killed",
            22,
            "thailand",
            scope="total",
            as_of="2025-04-03",
            by="thai officials",
            cue="22 people have been confirmed dead",
            note="'30-storey' is not a figure.",
        ),
        g(
            "missing",
            72,
            "thailand",
            scope="total",
            as_of="2025-04-03",
            by="thai officials",
            cue="72 are still missing beneath the rubble",
        ),
        g(
            "killed",
            2,
            "myanmar",
            scope="event",
            as_of="2025-03-31",
            by="ifrc",
            pop="aid_workers",
            cue="two Myanmar Red Cross volunteers had been killed",
            note="Red Cross volunteers -> aid_workers; 'on Monday' -> 2025-03-31.",
        ),
        g(
            "killed",
            68,
            "myanmar",
            scope="event",
            as_of="2025-04-03",
            by="un human rights office",
            q="lower",
            cue="killing at least 68 people",
            note="window since the quake -> event; '53 attacks' counts attacks, not people.",
        ),
        g(
            "killed",
            5,
            "myanmar",
            scope="event",
            as_of="2025-04-01",
            by="local resistance fighters",
            cue="killed five people, including two children",
        ),
        g(
            "killed",
            2,
            "myanmar",
            scope="event",
            as_of="2025-04-01",
            by="local resistance fighters",
            pop="children",
            cue="including two children, according to local resistance fighters",
            note="'nearly 20 million people ... needed humanitarian help' and 'reached about 100,000 people' are "
            "not FIGURES.md metrics.",
        ),
    ),
    article(
        "q_pakistan_daily_jaffar_express",
        "2025-03-13",
        """
        Jaffar Express siege ends; 21 passengers, 4 FC men martyred, all 33 terrorists killed: ISPR

        By Saleem Shahid | Published: March 13, 2025

        QUETTA: The military on Wednesday evening concluded a day-and-a-half-long operation to free the
        passengers of the Jaffar Express, which was hijacked by militants of the banned Baloch Liberation Army
        (BLA) in Balochistan's Bolan district, with all 33 terrorists killed, the military's media wing said.

        Briefing the media in Rawalpindi, Inter-Services Public Relations (ISPR) Director General Lt Gen Ahmed
        Sharif Chaudhry said the train, which left Quetta for Peshawar at 9am on Tuesday with about 440
        passengers on board, was attacked near tunnel No 8 at around 1pm after the militants blew up the track.

        He said 21 passengers had been martyred by the terrorists on Tuesday, before the start of the
        operation, and four personnel of the Frontier Corps (FC) embraced martyrdom during it. A total of 354
        hostages were rescued in the operation, 37 of them injured, he added.

        "The terrorists were using women and children as human shields," the DG ISPR said, adding that snipers
        had first targeted the suicide bombers among the attackers.

        The BLA, in statements sent to the media, had claimed on Tuesday that it was holding more than 200
        hostages, most of them security personnel, and on Wednesday claimed to have killed 50 of them. The ISPR
        rejected the claims as "propaganda".

        Police in Quetta said they had arrested 13 suspected facilitators in raids on Wednesday night.

        At the Quetta railway station, where a special train brought the freed passengers on Wednesday night,
        anxious relatives waited for news. They said on Thursday that dozens of passengers who had fled into
        the surrounding hills during the siege were still unaccounted for. A railway official told Dawn that a
        list of the missing was being compiled.

        "My brother called me at 1:15pm and said the train had stopped and there was firing. Since then his
        phone has been off," said Abdul Rauf, 34, a shopkeeper from Sibi.

        Separately, two soldiers were martyred and five injured when militants attacked a security forces' post
        in Bannu district of Khyber Pakhtunkhwa on Tuesday night, the ISPR said, adding that six attackers were
        killed in the exchange of fire.

        Prime Minister Shehbaz Sharif, who is expected to visit Quetta on Thursday, chaired a meeting on the
        law and order situation and said the attack was aimed at sabotaging the province's development,
        including the Rs700 billion CPEC projects.

        Train services between Quetta and Peshawar have been suspended for at least three days, a Pakistan
        Railways spokesperson said. The Jaffar Express has been targeted several times in recent years,
        including a bombing at Quetta railway station in November last year.
        """,
        g(
            "killed",
            33,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="ispr",
            pop="combatants",
            cue="with all 33 terrorists killed",
            note="BLA militants are Pakistani separatists -> side pakistan; killed in the operation that ended on "
            "Wednesday -> 2025-03-12; the headline repeats 21, 4 and 33, listed once.",
        ),
        g(
            "killed",
            21,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="ispr",
            cue="21 passengers had been martyred by the terrorists on Tuesday",
            note="'martyred' = killed; about 440 passengers on board is a load, not a figure.",
        ),
        g(
            "killed",
            4,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="ispr",
            pop="combatants",
            cue="four personnel of the Frontier Corps (FC) embraced martyrdom",
        ),
        g(
            "hostages",
            354,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="ispr",
            cue="A total of 354 hostages were rescued",
            note="rescued hostages are still counted as hostages.",
        ),
        g("injured", 37, "pakistan", scope="event", as_of="2025-03-12", by="ispr", cue="37 of them injured"),
        g(
            "hostages",
            200,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="bla",
            q="lower",
            cue="holding more than 200 hostages",
        ),
        g(
            "killed",
            50,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="bla",
            cue="claimed to have killed 50 of them",
        ),
        g(
            "detained",
            13,
            "pakistan",
            scope="event",
            as_of="2025-03-12",
            by="quetta police",
            cue="arrested 13 suspected facilitators",
        ),
        g(
            "missing",
            24,
            "pakistan",
            scope="event",
            as_of="2025-03-13",
            by="relatives",
            q="lower",
            cue="dozens of passengers who had fled into the surrounding hills",
            note="'still unaccounted for' -> missing; vague 'dozens' -> 24/lower; 'said on Thursday' -> article date.",
        ),
        g(
            "killed",
            2,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="ispr",
            pop="combatants",
            cue="two soldiers were martyred and five injured",
        ),
        g(
            "injured",
            5,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="ispr",
            pop="combatants",
            cue="two soldiers were martyred and five injured",
        ),
        g(
            "killed",
            6,
            "pakistan",
            scope="event",
            as_of="2025-03-11",
            by="ispr",
            pop="combatants",
            cue="six attackers were killed",
        ),
    ),
    article(
        "q_ukraine_plaintext_evacuations",
        None,
        """
        THE LAST BUS OUT OF DOBROPILLIA
        Volunteers race drones to get families away from the eastern front

        By Olena Harmash

        Every morning at seven, a white minibus with its windows taped over
        leaves a car park on the edge of Dobropillia, a mining town in
        Ukraine's Donetsk region that is now less than 15 km from the front.
        The driver, a former teacher who asked to be identified only as
        Mykola, says the route has become more dangerous every week.

        "Before, we were afraid of artillery. Now it is the drones. They hunt
        anything that moves," he said, pointing to the anti-drone netting
        stretched over the road out of town.

        More than 9,000 people, including some 1,100 children, have been
        evacuated from frontline communities of the Donetsk region over the
        past month, according to the regional military administration.
        Authorities have ordered the mandatory evacuation of families with
        children from 11 more villages, but many older residents refuse to
        leave homes they have lived in for 40 or 50 years.

        The danger is real. On Saturday, Russian shelling killed three people
        and wounded eight in Kostiantynivka, regional governor Vadym Filashkin
        said. Two volunteers from an evacuation group were wounded on Tuesday
        when an FPV drone struck their van on the road to Kramatorsk.

        Those who leave join one of the largest displaced populations in the
        world. About 3.7 million people are internally displaced within
        Ukraine, the International Organization for Migration estimates, and
        many more have settled abroad.

        Many families leave with more than one kind of loss. Ukraine's
        commissioner for missing persons says some 60,000 Ukrainians,
        soldiers and civilians, are registered as missing under special
        circumstances.

        Some of them are in Russian prisons. In the latest exchange at the
        end of last month, Ukraine got back 84 people, among them 22
        civilians, and Russia received the same number of its servicemen.
        Ukraine's Coordination Headquarters for the Treatment of Prisoners of
        War says more than 8,000 Ukrainians are still held in Russia.

        Reporters are not spared either. The National Union of Journalists of
        Ukraine counts more than 100 media workers killed since the full-scale
        invasion began.

        At a transit centre in Pavlohrad, the first stop for most evacuees,
        volunteers hand out SIM cards, hot soup and vouchers worth 2,000
        hryvnias. Natalia, 71, arrived with two cats and a plastic bag of
        documents. Her husband is buried in the village cemetery.

        "I said goodbye to him yesterday," she said. "I do not know if I will
        ever see the grave again."

        Mykola turns the minibus around and heads back east. He has done the
        trip more than 300 times, he says, and has stopped counting the close
        calls.
        """,
        g(
            "evacuated",
            9000,
            "ukraine",
            scope="event",
            as_of=None,
            by="regional military administration",
            q="lower",
            cue="More than 9,000 people, including some 1,100 children, have been evacuated",
            note="'over the past month' -> a window -> event; undated article -> as_of null.",
        ),
        g(
            "evacuated",
            1100,
            "ukraine",
            scope="event",
            as_of=None,
            by="regional military administration",
            pop="children",
            q="approx",
            cue="including some 1,100 children",
            note="'11 more villages', '40 or 50 years', '15 km' are not figures.",
        ),
        g(
            "killed",
            3,
            "ukraine",
            scope="event",
            as_of=None,
            by="vadym filashkin",
            cue="Russian shelling killed three people",
        ),
        g(
            "injured",
            8,
            "ukraine",
            scope="event",
            as_of=None,
            by="vadym filashkin",
            cue="killed three people and wounded eight",
        ),
        g(
            "injured",
            2,
            "ukraine",
            scope="event",
            as_of=None,
            pop="aid_workers",
            cue="Two volunteers from an evacuation group were wounded",
            note="humanitarian evacuation volunteers -> aid_workers; FPV is a drone type.",
        ),
        g(
            "displaced",
            3700000,
            "ukraine",
            scope="total",
            as_of=None,
            by="iom",
            q="approx",
            cue="About 3.7 million people are internally displaced",
            note="'many more have settled abroad' has no number -> no figure.",
        ),
        g(
            "missing",
            60000,
            "ukraine",
            scope="total",
            as_of=None,
            by="commissioner for missing persons",
            q="approx",
            cue="some 60,000 Ukrainians",
        ),
        g(
            "detained",
            84,
            "ukraine",
            scope="event",
            as_of=None,
            cue="Ukraine got back 84 people",
            note="prisoners returned in an exchange are counted as detained people; Russia's 'the same number' has "
            "no number in the text -> no russia figure.",
        ),
        g("detained", 22, "ukraine", scope="event", as_of=None, pop="civilians", cue="among them 22 civilians"),
        g(
            "detained",
            8000,
            "ukraine",
            scope="total",
            as_of=None,
            by="coordination headquarters",
            q="lower",
            cue="more than 8,000 Ukrainians are still held in Russia",
        ),
        g(
            "killed",
            100,
            "ukraine",
            scope="total",
            as_of=None,
            by="national union of journalists of ukraine",
            pop="journalists",
            q="lower",
            cue="more than 100 media workers killed",
            note="'more than 300 times' counts trips, '2,000 hryvnias' is money, 71 is an age.",
        ),
    ),
)
