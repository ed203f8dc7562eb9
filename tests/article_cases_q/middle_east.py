"""Set Q, Middle East: a Gaza wire story, a Lebanon/Israel live page, a West Bank daily, a Syrian NGO
press release and an undated Markdown explainer on Yemen, Iran and Iraq."""

from __future__ import annotations

from . import article, g

ARTICLES = (
    article(
        "q_gaza_reuters_netzarim",
        "2025-03-20",
        """
        Israeli strikes pound Gaza as troops push back into Netzarim corridor

        By Nidal al-Mughrabi and Maayan Lubell

        March 20, 2025 7:41 AM GMT Updated 3 hours ago

        CAIRO/JERUSALEM, March 20 (Reuters) - Israeli air strikes killed at least 85 Palestinians across the
        Gaza Strip overnight and on Thursday, health officials said, as Israeli ground forces pushed back into
        the central Netzarim corridor two days after the collapse of a two-month ceasefire.

        Among the dead were 21 children and 13 women, the Gaza health ministry said in a statement, adding that
        more than 130 people had been wounded in the past 24 hours. Medics said a strike shortly after 2 a.m.
        flattened a four-storey building in Beit Lahiya, and that rescuers were still digging through the
        rubble by hand.

        The ministry said the number of people killed since Israel resumed its bombardment on Tuesday had risen
        to 591, and that the overall toll since the war began in October 2023 had passed 49,600. The Gaza civil
        defence agency says around 11,000 people are still missing beneath destroyed buildings across the
        enclave.

        Two local journalists were among those killed in Khan Younis on Thursday, the Gaza government media
        office said, bringing to more than 200 the number of media workers it says have died in the war.

        The Israeli military said its forces had killed more than 20 militants in the past day and struck
        what it described as dozens of Hamas and Islamic Jihad targets, including rocket launchers and weapons
        depots. Reuters could not independently verify the figure.

        Defence Minister Israel Katz said on Wednesday the army would "act with increasing force" until Hamas
        returned the remaining hostages. Israel says 59 hostages are still held in Gaza, fewer than half of whom
        are believed to be alive.

        On Thursday, Hamas's armed wing, the Qassam Brigades, said it had fired three M90 rockets at Tel Aviv,
        its first claimed attack since the truce took effect on January 19. Sirens sounded in central Israel and
        the military said the projectiles were intercepted or fell in open areas.

        The U.N. agency for Palestinian refugees, UNRWA, said on Wednesday that some 40,000 people had fled Beit
        Hanoun, eastern Khan Younis and parts of Rafah since Israel issued new evacuation orders, many of them
        for the second or third time. "There is nowhere safe to go," said Um Mohammed, 43, who left Beit Hanoun
        on foot with her children and a single bag.

        No aid has entered Gaza since March 2, when Israel halted deliveries of food, fuel and medicine. The
        World Food Programme said its stocks in the territory would last less than two weeks.

        Egypt and Qatar, which mediated the January deal together with the United States, were trying to restore
        calm, two sources briefed on the talks said. Hamas has said it remains committed to the agreement and
        accused Israel of refusing to move to its second phase.

        The war began when Hamas-led militants attacked southern Israel on October 7, 2023, killing some 1,200
        people and taking 251 hostages, according to Israeli tallies. Israel's ensuing military campaign has
        laid waste to much of Gaza and displaced most of its population, many of them several times.

        (Reporting by Nidal al-Mughrabi in Cairo and Maayan Lubell in Jerusalem; Additional reporting by Emily
        Rose; Editing by Andrew Cawthorne)
        """,
        g(
            "killed",
            85,
            "gaza",
            scope="event",
            as_of="2025-03-20",
            by="health officials",
            q="lower",
            cue="killed at least 85 Palestinians",
            note="'overnight and on Thursday' -> one day's strikes, event on the article date.",
        ),
        g(
            "killed",
            21,
            "gaza",
            scope="event",
            as_of="2025-03-20",
            by="gaza health ministry",
            pop="children",
            cue="Among the dead were 21 children",
        ),
        g(
            "killed",
            13,
            "gaza",
            scope="event",
            as_of="2025-03-20",
            by="gaza health ministry",
            pop="women",
            cue="21 children and 13 women",
        ),
        g(
            "injured",
            130,
            "gaza",
            scope="event",
            as_of="2025-03-20",
            by="gaza health ministry",
            q="lower",
            cue="more than 130 people had been wounded in the past 24 hours",
        ),
        g(
            "killed",
            591,
            "gaza",
            scope="event",
            as_of="2025-03-20",
            by="gaza health ministry",
            cue="had risen to 591",
            note="a window (since the bombardment resumed on Tuesday), not the toll of the war -> event, "
            "as_of the article date on which the window ends.",
        ),
        g(
            "killed",
            49600,
            "gaza",
            scope="total",
            as_of="2025-03-20",
            by="gaza health ministry",
            q="lower",
            cue="had passed 49,600",
        ),
        g(
            "missing",
            11000,
            "gaza",
            scope="total",
            as_of="2025-03-20",
            by="gaza civil defence agency",
            q="approx",
            cue="around 11,000 people are still missing",
        ),
        g(
            "killed",
            2,
            "gaza",
            scope="event",
            as_of="2025-03-20",
            by="gaza government media office",
            pop="journalists",
            cue="Two local journalists were among those killed",
        ),
        g(
            "killed",
            200,
            "gaza",
            scope="total",
            as_of="2025-03-20",
            by="gaza government media office",
            pop="journalists",
            q="lower",
            cue="bringing to more than 200 the number of media workers",
            note="media workers -> journalists.",
        ),
        g(
            "killed",
            20,
            "gaza",
            scope="event",
            as_of="2025-03-20",
            by="israeli military",
            pop="combatants",
            q="lower",
            cue="killed more than 20 militants in the past day",
            note="'dozens of Hamas and Islamic Jihad targets' counts targets, not people -> not a figure.",
        ),
        g(
            "hostages",
            59,
            "israel",
            scope="total",
            as_of="2025-03-20",
            by="israel",
            cue="Israel says 59 hostages are still held in Gaza",
            note="'fewer than half of whom' is a share without a number -> no figure.",
        ),
        g(
            "projectiles",
            3,
            "gaza",
            scope="event",
            as_of="2025-03-20",
            by="qassam brigades",
            cue="fired three M90 rockets at Tel Aviv",
            note="M90 is a model name, not a figure.",
        ),
        g(
            "displaced",
            40000,
            "gaza",
            scope="event",
            as_of="2025-03-19",
            by="unrwa",
            q="approx",
            cue="some 40,000 people had fled Beit",
            note="flight since the new evacuation orders (a window) -> event; 'said on Wednesday' -> 2025-03-19.",
        ),
        g(
            "killed",
            1200,
            "israel",
            scope="event",
            as_of="2023-10-07",
            by="israeli tallies",
            q="approx",
            cue="killing some 1,200 people",
            note="historical October 7 attack -> event, as_of 2023-10-07.",
        ),
        g(
            "hostages",
            251,
            "israel",
            scope="event",
            as_of="2023-10-07",
            by="israeli tallies",
            cue="taking 251 hostages",
        ),
    ),
    article(
        "q_lebanon_live_page",
        "2024-09-24",
        """
        Israel-Hezbollah live: Lebanon counts its dead after deadliest day since 2006 war

        Last updated 24 Sep 2024 18:02

        Summary
        - Lebanon's health ministry raises toll from Monday's Israeli strikes to 558
        - Israeli military says Hezbollah fired around 300 projectiles at northern Israel on Tuesday
        - Tens of thousands flee southern Lebanon, jamming the coastal highway to Beirut

        18:02
        Lebanon's health ministry has just given an updated toll for Monday's wave of Israeli strikes across
        the south and the Bekaa valley. Health Minister Firass Abiad told a news conference that 558 people
        were killed, among them 50 children and 94 women, and that 1,835 others were wounded. It was the
        deadliest single day in Lebanon since the end of the 1975-1990 civil war.

        17:20
        The Israeli military says about 300 rockets and drones were launched from Lebanon at northern Israel
        over the course of Tuesday, most of them intercepted. Sirens sounded as far south as Haifa and the
        Jezreel valley.

        16:45
        Hezbollah says it launched dozens of Fadi-1 and Fadi-3 rockets at the Rafael defence company's complex
        north of Haifa and at an air base near Nazareth, in what it called a response to "the massacres" of
        Monday.

        15:30
        An Israeli strike has hit a building in Beirut's southern suburbs, known as the Dahiyeh. The Israeli
        army says it targeted Ibrahim Qubaisi, the commander of Hezbollah's rocket and missile forces. Lebanon's
        health ministry says six people were killed and 15 wounded.

        14:10
        The UN refugee agency says "tens of thousands" of people have fled their homes in southern Lebanon since
        Monday, with many spending the night in cars on the highway north. Nasser Yassine, the environment
        minister who coordinates the government's emergency response, told reporters that more than 16,500
        displaced people were now staying in 89 shelters, mostly schools, and that the number was rising by the
        hour.

        13:05
        In northern Israel, about 60,000 residents of towns along the border remain evacuated from their homes,
        nearly a year after they were told to leave. Schools from Haifa northwards are closed until at least
        Wednesday, the Home Front Command said.

        11:40
        Two paramedics were killed when an Israeli strike hit a civil defence centre in the Nabatieh district
        this morning, the Islamic Health Committee, which is affiliated with Hezbollah, said in a statement.

        10:15
        Magen David Adom says it treated three people who were lightly hurt by shrapnel in Kiryat Bialik this
        morning after a rocket hit a residential street. Police are at the scene.

        09:30
        Some context if you are just joining us. Hezbollah began firing at Israel on 8 October last year, a day
        after the Hamas attack on southern Israel, and the two sides have traded fire almost daily since.
        Lebanon's health ministry says more than 1,200 people have now been killed in the country since then,
        most of them Hezbollah fighters, including Monday's victims. On the Israeli side, authorities say 26
        soldiers and 24 civilians have been killed in the north and in the occupied Golan Heights.

        09:05
        Welcome to our continuing coverage. Israel says it struck about 1,600 Hezbollah targets on Monday, and
        its chief of staff has told troops to prepare for "the next stages". Stay with us.
        """,
        g(
            "killed",
            558,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            cue="told a news conference that 558 people were killed",
            note="toll of Monday's strikes (one day) -> event, as_of Monday 2024-09-23; stated again in the "
            "summary, listed once; the minister speaks for the ministry.",
        ),
        g(
            "killed",
            50,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            pop="children",
            cue="among them 50 children",
        ),
        g(
            "killed",
            94,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            pop="women",
            cue="50 children and 94 women",
        ),
        g(
            "injured",
            1835,
            "lebanon",
            scope="event",
            as_of="2024-09-23",
            by="lebanese health ministry",
            cue="1,835 others were wounded",
        ),
        g(
            "projectiles",
            300,
            "lebanon",
            scope="event",
            as_of="2024-09-24",
            by="israeli military",
            q="approx",
            cue="about 300 rockets and drones were launched from Lebanon",
            note="same figure as the summary's 'around 300 projectiles', listed once; fired by Hezbollah -> lebanon.",
        ),
        g(
            "projectiles",
            24,
            "lebanon",
            scope="event",
            as_of="2024-09-24",
            by="hezbollah",
            q="lower",
            cue="Hezbollah says it launched dozens of Fadi-1",
            note="vague 'dozens' -> 24/lower, Hezbollah's own claim kept apart from the Israeli count; Fadi-1/3 are "
            "model names.",
        ),
        g(
            "killed",
            6,
            "lebanon",
            scope="event",
            as_of="2024-09-24",
            by="lebanese health ministry",
            cue="six people were killed and 15 wounded",
        ),
        g(
            "injured",
            15,
            "lebanon",
            scope="event",
            as_of="2024-09-24",
            by="lebanese health ministry",
            cue="six people were killed and 15 wounded",
        ),
        g(
            "displaced",
            20000,
            "lebanon",
            scope="event",
            as_of="2024-09-24",
            by="unhcr",
            q="lower",
            cue='"tens of thousands" of people have fled their homes',
            note="vague 'tens of thousands' -> 20000/lower; flight since Monday (a window) -> event; the summary "
            "line states the same figure.",
        ),
        g(
            "displaced",
            16500,
            "lebanon",
            scope="total",
            as_of="2024-09-24",
            by="nasser yassine",
            q="lower",
            cue="more than 16,500 displaced people were now staying in 89 shelters",
            note="standing count of people in shelters -> total, like the seed's '1.4 million sought shelter'; "
            "89 shelters is not a count of people.",
        ),
        g(
            "evacuated",
            60000,
            "israel",
            scope="total",
            as_of="2024-09-24",
            q="approx",
            cue="about 60,000 residents of towns along the border remain evacuated",
        ),
        g(
            "killed",
            2,
            "lebanon",
            scope="event",
            as_of="2024-09-24",
            by="islamic health committee",
            pop="medics",
            cue="Two paramedics were killed",
        ),
        g(
            "injured",
            3,
            "israel",
            scope="event",
            as_of="2024-09-24",
            by="magen david adom",
            cue="treated three people who were lightly hurt",
        ),
        g(
            "killed",
            1200,
            "lebanon",
            scope="total",
            as_of="2024-09-24",
            by="lebanese health ministry",
            q="lower",
            cue="more than 1,200 people have now been killed in the country",
            note="'most of them Hezbollah fighters' has no number -> no combatants figure.",
        ),
        g(
            "killed",
            26,
            "israel",
            scope="total",
            as_of="2024-09-24",
            by="israeli authorities",
            pop="combatants",
            cue="authorities say 26 soldiers",
        ),
        g(
            "killed",
            24,
            "israel",
            scope="total",
            as_of="2024-09-24",
            by="israeli authorities",
            pop="civilians",
            cue="24 civilians have been killed",
        ),
    ),
    article(
        "q_westbank_daily_jenin",
        "2025-01-23",
        """
        Israeli forces press Jenin operation as thousands leave refugee camp

        Army says 'Iron Wall' offensive will last weeks; Palestinian Authority accuses Israel of collective
        punishment

        By Hagar Shezaf and Jack Khoury | Thursday, January 23, 2025

        Israeli troops backed by drones, helicopters and armored bulldozers pressed on with their offensive in
        Jenin and its refugee camp for a third day on Thursday, as residents streamed out of the camp along
        routes the army had designated.

        The Palestinian Health Ministry in Ramallah said 12 Palestinians had been killed in the Jenin area since
        the operation, dubbed "Iron Wall," began on Tuesday, and at least 40 had been wounded. It said the dead
        included a 16-year-old boy and a man in his seventies.

        The Israeli military said in a statement that troops and the Shin Bet had "eliminated more than 10
        terrorists" and detained about 20 wanted suspects, and that they had uncovered explosive devices planted
        under roads leading into the camp.

        Jenin Governor Kamal Abu al-Rub told Haaretz that around 2,000 residents had left the camp by Wednesday
        evening, after soldiers used loudspeakers and drones to order them out. "They are emptying the camp,"
        he said. According to UNRWA, the camp was home to some 24,000 people before the operation.

        The operation, which Defense Minister Israel Katz said was modeled on the army's methods in Gaza, began
        two days after a cease-fire took effect in the Gaza Strip. On Sunday, under the first stage of that
        deal, Israel released 90 Palestinian prisoners, most of them women and minors from the West Bank and
        East Jerusalem, after Hamas freed three Israeli women who had been held hostage in Gaza for 471 days.

        Elsewhere in the northern West Bank, dozens of masked settlers torched homes and cars in the villages
        of al-Funduq and Jinsafut on Monday night, hours after U.S. President Donald Trump lifted sanctions on
        violent settlers. The Palestine Red Crescent said its crews treated 12 people for injuries, some of
        whom had been beaten with clubs.

        A senior officer in the Central Command said the army intended to stay in the camp "for as long as
        necessary." Palestinian Authority security forces had themselves besieged the camp for six weeks in
        December and January in an effort to reassert control over armed groups there.

        The Palestinian Prisoners' Society said Israeli forces have arrested more than 14,300 Palestinians in
        the West Bank, including East Jerusalem, since October 2023, among them hundreds held without charge
        under administrative detention orders.

        According to the Palestinian Health Ministry, at least 870 Palestinians have been killed in the West
        Bank by Israeli troops or settlers since the war in Gaza began on October 7, 2023. At least 29 Israelis,
        including members of the security forces, have been killed in Palestinian attacks or during military
        operations in the West Bank over the same period, according to official Israeli figures.
        """,
        g(
            "killed",
            12,
            "west-bank",
            scope="event",
            as_of="2025-01-23",
            by="palestinian health ministry",
            cue="12 Palestinians had been killed in the Jenin area",
            note="toll of the Jenin operation since Tuesday (a window) -> event, as_of the article date; the "
            "16-year-old is an age, not a count.",
        ),
        g(
            "injured",
            40,
            "west-bank",
            scope="event",
            as_of="2025-01-23",
            by="palestinian health ministry",
            q="lower",
            cue="at least 40 had been wounded",
        ),
        g(
            "killed",
            10,
            "west-bank",
            scope="event",
            as_of="2025-01-23",
            by="israeli military",
            pop="combatants",
            q="lower",
            cue='"eliminated more than 10 terrorists"',
        ),
        g(
            "detained",
            20,
            "west-bank",
            scope="event",
            as_of="2025-01-23",
            by="israeli military",
            q="approx",
            cue="detained about 20 wanted suspects",
        ),
        g(
            "displaced",
            2000,
            "west-bank",
            scope="event",
            as_of="2025-01-22",
            by="jenin governor",
            q="approx",
            cue="around 2,000 residents had left the camp by Wednesday evening",
            note="'by Wednesday evening' -> the figure describes 2025-01-22; 'home to some 24,000 people' is the "
            "camp's population, not a figure.",
        ),
        g(
            "detained",
            90,
            "palestine",
            scope="event",
            as_of="2025-01-19",
            cue="Israel released 90 Palestinian prisoners",
            note="released prisoners are counted as detained people (the metric says what happened to them); "
            "from the West Bank and East Jerusalem -> palestine (no single narrower place).",
        ),
        g(
            "hostages",
            3,
            "israel",
            scope="event",
            as_of="2025-01-19",
            pop="women",
            cue="Hamas freed three Israeli women who had been held hostage",
            note="freed hostages still count as hostages; '471 days' is a duration.",
        ),
        g(
            "injured",
            12,
            "west-bank",
            scope="event",
            as_of="2025-01-20",
            by="palestine red crescent",
            cue="treated 12 people for injuries",
            note="'Monday night' -> 2025-01-20; 'dozens of masked settlers' counts attackers, not a figure.",
        ),
        g(
            "detained",
            14300,
            "west-bank",
            scope="total",
            as_of="2025-01-23",
            by="palestinian prisoners' society",
            q="lower",
            cue="arrested more than 14,300 Palestinians",
            note="'since October 2023' -> running toll -> total.",
        ),
        g(
            "detained",
            200,
            "west-bank",
            scope="total",
            as_of="2025-01-23",
            by="palestinian prisoners' society",
            q="lower",
            cue="among them hundreds held without charge",
            note="vague 'hundreds' -> 200/lower; a subgroup (administrative detainees) of the 14,300 -> its own "
            "figure, population all.",
        ),
        g(
            "killed",
            870,
            "west-bank",
            scope="total",
            as_of="2025-01-23",
            by="palestinian health ministry",
            q="lower",
            cue="at least 870 Palestinians have been killed in the West Bank",
        ),
        g(
            "killed",
            29,
            "israel",
            scope="total",
            as_of="2025-01-23",
            by="official israeli figures",
            q="lower",
            cue="At least 29 Israelis, including members of the security forces",
        ),
    ),
    article(
        "q_syria_snhr_coast",
        "2025-03-10",
        """
        SNHR: At Least 803 Extrajudicial Killings Documented in Western Syria, Including 39 Children and 49 Women

        Syrian Network for Human Rights
        March 10, 2025

        The Hague - The Syrian Network for Human Rights (SNHR) has documented the killing of at least 803
        people in the governorates of Latakia, Tartus, Hama and Homs between March 6 and March 10, 2025, in the
        wave of violence that followed coordinated attacks by armed groups loyal to the former Assad regime on
        security checkpoints, patrols and hospitals.

        Of these, at least 172 were members of the internal security forces and the army, killed by the armed
        remnants of the former regime. The remaining victims were killed in extrajudicial executions and
        indiscriminate attacks, most of them by factions and individuals affiliated with the government forces.
        The victims include 39 children and 49 women, SNHR said. Four health workers, including a surgeon at the
        national hospital in Baniyas, are among the dead.

        SNHR's figures are preliminary. Its team has also received reports of more than 100 people who went
        missing in Baniyas, Jableh and villages in the Latakia countryside and whose fate remains unknown;
        families say many were taken from their homes by gunmen in military uniform.

        The Britain-based Syrian Observatory for Human Rights, which relies on a network of sources inside the
        country, has reported a higher toll of more than 1,000 people, 745 of them Alawite civilians.

        The UN refugee agency UNHCR said on Saturday that about 6,000 Syrians, most of them Alawites, had
        crossed into the Akkar district of northern Lebanon to escape the violence.

        The Ministry of Defence announced on Sunday that the army had detained dozens of "remnants of the
        former regime" and handed them to the judiciary, while the presidency announced the formation of an
        independent national committee to investigate the violations and report within 30 days.

        Background

        More than 500,000 people were killed during the 13-year conflict that ended with the fall of Bashar
        al-Assad on December 8, 2024, and SNHR's database still lists at least 112,000 people as forcibly
        disappeared, most of them at the hands of the former regime.

        Recommendations

        1. The transitional government must end all violations against civilians, hold perpetrators
        accountable regardless of their affiliation, and give the national committee full access.

        2. The UN Commission of Inquiry and the IIIM should open an investigation into the events of March 2025
        and support the families of the missing.

        3. Donor states should fund psychosocial support and the documentation of violations, and press for
        the return of the displaced in safety and dignity.

        SNHR reiterates its readiness to share its data with the national committee and with all UN bodies.
        """,
        g(
            "killed",
            803,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="snhr",
            q="lower",
            cue="documented the killing of at least 803 people",
            note="a window (March 6-10) -> event, as_of its last day = article date; restated in the headline, "
            "listed once; the NGO names itself as the source -> reported_by snhr.",
        ),
        g(
            "killed",
            172,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="snhr",
            pop="combatants",
            q="lower",
            cue="at least 172 were members of the internal security forces",
            note="government security forces and army -> combatants of the Syrian state -> syria.",
        ),
        g(
            "killed",
            39,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="snhr",
            pop="children",
            cue="The victims include 39 children",
        ),
        g(
            "killed",
            49,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="snhr",
            pop="women",
            cue="39 children and 49 women, SNHR said",
        ),
        g(
            "killed",
            4,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="snhr",
            pop="medics",
            cue="Four health workers, including a surgeon",
        ),
        g(
            "missing",
            100,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="snhr",
            q="lower",
            cue="more than 100 people who went missing",
        ),
        g(
            "killed",
            1000,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="syrian observatory for human rights",
            q="lower",
            cue="a higher toll of more than 1,000 people",
        ),
        g(
            "killed",
            745,
            "syria",
            scope="event",
            as_of="2025-03-10",
            by="syrian observatory for human rights",
            pop="civilians",
            cue="745 of them Alawite civilians",
        ),
        g(
            "displaced",
            6000,
            "syria",
            scope="event",
            as_of="2025-03-08",
            by="unhcr",
            q="approx",
            cue="about 6,000 Syrians, most of them Alawites, had crossed",
            note="refugees of this wave of violence -> displaced, side of the people who fled (syria); 'said on "
            "Saturday' -> 2025-03-08.",
        ),
        g(
            "detained",
            24,
            "syria",
            scope="event",
            as_of="2025-03-09",
            by="syrian defence ministry",
            pop="combatants",
            q="lower",
            cue='detained dozens of "remnants of the former regime"',
            note="vague 'dozens' -> 24/lower; former-regime fighters -> combatants; 'on Sunday' -> 2025-03-09.",
        ),
        g(
            "killed",
            500000,
            "syria",
            scope="total",
            as_of="2025-03-10",
            q="lower",
            cue="More than 500,000 people were killed during the 13-year conflict",
            note="the toll of the whole war -> total; background in the release's own voice -> reported_by null.",
        ),
        g(
            "missing",
            112000,
            "syria",
            scope="total",
            as_of="2025-03-10",
            by="snhr",
            q="lower",
            cue="at least 112,000 people as forcibly disappeared",
            note="forcibly disappeared = missing.",
        ),
    ),
    article(
        "q_yemen_iran_explainer",
        None,
        """
        # Explainer: the Houthis, Iran and the Iraqi militias - what the numbers say

        The war in Gaza pulled Iran and the armed groups it backs into open confrontation with Israel and the
        United States. Here is what we know about the fronts that opened far from Gaza, and what they cost.

        ## Who are the Houthis?

        The Houthis, who call themselves Ansar Allah, have controlled Yemen's capital Sanaa since 2014 and much
        of the country's populous north. A decade of war with a Saudi-led coalition has left some 4.5 million
        Yemenis displaced inside the country, according to UN agencies, and more than half the population
        dependent on aid.

        ## The Red Sea campaign

        After the Gaza war began, the Houthis started attacking ships they linked to Israel, and later ships
        linked to the US and Britain. More than 100 merchant vessels have been targeted. In November 2023 they
        seized the car carrier *Galaxy Leader* and held its 25 crew members for more than 14 months before
        releasing them through Omani mediation.

        Shipping companies rerouted around the Cape of Good Hope, adding roughly 10 days to Asia-Europe voyages
        and cutting Suez Canal revenues by more than half.

        ## Strikes on Yemen

        The United States and Britain began striking Houthi targets in January 2024; a much heavier US campaign
        followed in March 2025. The Houthi-run health ministry said a single US strike on the Ras Isa fuel port
        killed at least 80 people and wounded 150, and that the campaign as a whole killed more than 200 people
        before a truce brokered by Oman took hold in May.

        ## Missiles and drones at Israel

        The Houthis have also fired at Israel directly. Israeli military counts cited by local media put the
        total since late 2023 at dozens of ballistic missiles and hundreds of drones, most of them intercepted
        or falling short.

        ## Iran's own war

        In June 2025 Israel and Iran fought a 12-day war. Iran's health ministry said 610 people were killed in
        Iran and more than 4,700 injured. Israel said Iranian missile strikes killed 28 people on its territory.
        Iran fired some 550 ballistic missiles and more than 1,000 drones, according to Israeli estimates.

        ## Iraq's militias

        Iran-aligned armed groups in Iraq, operating as the Islamic Resistance in Iraq, claimed scores of drone
        and rocket attacks on US bases in Iraq and Syria in the months after October 2023. A drone attack on the
        Tower 22 outpost in Jordan in January 2024 killed three US soldiers and wounded more than 40 service
        members. Washington retaliated with strikes in Iraq and Syria; the Iraqi government said 16 people were
        killed in Iraq, including civilians.

        ## What to watch

        - Whether the Houthis resume attacks on shipping if fighting in Gaza flares again.
        - Whether Iran rebuilds its missile stockpile, and how Israel responds.
        - Whether Baghdad can rein in the militias before the US drawdown.
        """,
        g(
            "displaced",
            4500000,
            "yemen",
            scope="total",
            as_of=None,
            by="un agencies",
            q="approx",
            cue="some 4.5 million Yemenis displaced",
        ),
        g(
            "hostages",
            25,
            "unknown",
            scope="event",
            as_of=None,
            cue="held its 25 crew members",
            note="crew seized and held -> hostages; the text never says where they are from -> unknown; '100 "
            "merchant vessels' counts ships, '14 months' is a duration.",
        ),
        g(
            "killed",
            80,
            "yemen",
            scope="event",
            as_of=None,
            by="houthi-run health ministry",
            q="lower",
            cue="killed at least 80 people and wounded 150",
        ),
        g(
            "injured",
            150,
            "yemen",
            scope="event",
            as_of=None,
            by="houthi-run health ministry",
            cue="killed at least 80 people and wounded 150",
        ),
        g(
            "killed",
            200,
            "yemen",
            scope="event",
            as_of=None,
            by="houthi-run health ministry",
            q="lower",
            cue="the campaign as a whole killed more than 200 people",
            note="a strike campaign within Yemen's war (a window) -> event.",
        ),
        g(
            "projectiles",
            24,
            "yemen",
            scope="total",
            as_of=None,
            by="israeli military",
            q="lower",
            cue="dozens of ballistic missiles",
            note="vague -> 24/lower; 'since late 2023' running count -> total; fired by the Houthis -> yemen.",
        ),
        g(
            "projectiles",
            200,
            "yemen",
            scope="total",
            as_of=None,
            by="israeli military",
            q="lower",
            cue="hundreds of drones",
        ),
        g(
            "killed",
            610,
            "iran",
            scope="total",
            as_of=None,
            by="iranian health ministry",
            cue="610 people were killed in Iran",
            note="toll of the whole (ended) 12-day Israel-Iran war -> total; '12-day' is a duration.",
        ),
        g(
            "injured",
            4700,
            "iran",
            scope="total",
            as_of=None,
            by="iranian health ministry",
            q="lower",
            cue="more than 4,700 injured",
        ),
        g(
            "killed",
            28,
            "israel",
            scope="total",
            as_of=None,
            by="israel",
            cue="Iranian missile strikes killed 28 people on its territory",
        ),
        g(
            "projectiles",
            550,
            "iran",
            scope="total",
            as_of=None,
            by="israeli estimates",
            q="approx",
            cue="Iran fired some 550 ballistic missiles",
        ),
        g(
            "projectiles",
            1000,
            "iran",
            scope="total",
            as_of=None,
            by="israeli estimates",
            q="lower",
            cue="more than 1,000 drones, according to Israeli estimates",
        ),
        g(
            "killed",
            3,
            "united-states",
            scope="event",
            as_of=None,
            pop="combatants",
            cue="killed three US soldiers",
            note="soldiers belong to the party they serve -> united-states, though killed in Jordan; 'scores of' "
            "attacks counts attacks, not a figure.",
        ),
        g(
            "injured",
            40,
            "united-states",
            scope="event",
            as_of=None,
            pop="combatants",
            q="lower",
            cue="wounded more than 40 service members",
        ),
        g(
            "killed",
            16,
            "iraq",
            scope="event",
            as_of=None,
            by="iraqi government",
            cue="the Iraqi government said 16 people were killed in Iraq",
        ),
    ),
)
