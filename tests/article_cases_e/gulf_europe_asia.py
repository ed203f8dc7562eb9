"""Yemen and the Red Sea, Iran and Iraq, Ukraine and Russia, Myanmar, Afghanistan and Pakistan."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

Y1 = "2025-05-06"
YEMEN = article(
    "e_yemen_sanaa_airport_network",
    Y1,
    """
    Israel strikes Sanaa airport days after Houthi missile lands near Ben Gurion

    By Foreign Desk

    Updated on: May 6, 2025 / 9:14 PM EDT / CBS News

    Israeli warplanes struck Sanaa's international airport and several power stations around the Yemeni capital on Tuesday, leaving the airport's runway cratered and at least one passenger jet in flames. The Houthi-run health ministry said three people were killed and 38 injured.

    The strikes came two days after a Houthi ballistic missile evaded air defenses and slammed into an orchard near Ben Gurion Airport outside Tel Aviv. Israel's Magen David Adom ambulance service said six people were lightly wounded, and several foreign airlines suspended flights for the rest of the week.

    The Houthis have fired more than 30 missiles and 10 drones at Israel since mid-March, when a ceasefire in Gaza collapsed, according to the Israeli military. Most were intercepted.

    The rebels have also been under sustained bombardment by the United States since March 15, in what the Pentagon describes as a campaign to restore freedom of navigation. U.S. Central Command says its forces have hit more than 1,000 targets. The Houthis say the American strikes have killed at least 250 people, including dozens of African migrants held at a detention center in Saada that was hit last week.

    A U.S. defense official told CBS News that seven MQ-9 Reaper drones, each worth around $30 million, had been shot down over Yemen since the campaign began.

    Since November 2023, the Houthis have attacked more than 100 merchant vessels in the Red Sea and Gulf of Aden, sinking two and killing four seafarers, in what they call solidarity with Palestinians in Gaza.

    The group has also detained at least 23 U.N. staff members, some of them held for more than three years, according to the United Nations, which has suspended some of its operations in the north of the country as a result.

    President Trump said later on Tuesday that the U.S. would stop bombing the Houthis after they agreed to stop attacking American ships, a deal brokered by Oman. It was not immediately clear whether the arrangement covered attacks on Israel.

    Yemen's war, which pits the Iran-backed Houthis against a Saudi-led coalition supporting the internationally recognized government, has left more than 18 million people in need of aid.
    """,
    g(
        "killed",
        3,
        "yemen",
        scope="event",
        as_of=Y1,
        by="houthi-run health ministry",
        cue="three people were killed and 38 injured",
    ),
    g(
        "injured",
        38,
        "yemen",
        scope="event",
        as_of=Y1,
        by="houthi-run health ministry",
        cue="three people were killed and 38 injured",
    ),
    g(
        "injured",
        6,
        "israel",
        scope="event",
        as_of="2025-05-04",
        by="magen david adom",
        cue="six people were lightly wounded",
        note="'two days after' the Tuesday strikes -> Sunday 4 May; 'a Houthi ballistic missile' is not a number.",
    ),
    g(
        "projectiles",
        30,
        "yemen",
        q="lower",
        scope="total",
        as_of=Y1,
        by="israeli military",
        cue="fired more than 30 missiles and 10 drones at Israel since mid-March",
    ),
    g(
        "projectiles",
        10,
        "yemen",
        scope="total",
        as_of=Y1,
        by="israeli military",
        cue="10 drones at Israel since mid-March",
        note="'more than' binds the missiles, not the drones (debatable).",
    ),
    g(
        "killed",
        250,
        "yemen",
        q="lower",
        scope="total",
        as_of=Y1,
        by="houthis",
        cue="the American strikes have killed at least 250 people",
        note="1,000 targets are not people.",
    ),
    g(
        "killed",
        24,
        "yemen",
        q="lower",
        scope="event",
        as_of=None,
        by="houthis",
        cue="including dozens of African migrants",
        note="migrants held in Yemen -> side yemen (where they were); 'last week' names no day -> as_of null.",
    ),
    g(
        "killed",
        4,
        "unknown",
        scope="total",
        as_of=Y1,
        by=None,
        cue="sinking two and killing four seafarers",
        note="crews of several nationalities -> unknown; seven MQ-9 drones shot down and 100 vessels are not figures.",
    ),
    g(
        "detained",
        23,
        "yemen",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of=Y1,
        by="un",
        cue="detained at least 23 U.N. staff members",
        note="'18 million people in need of aid' is not a metric.",
    ),
)

I1 = "2025-06-16"
IRAN = article(
    "e_iran_israel_gulf_daily",
    I1,
    """
    Iran toll rises past 220 as missile waves hit Haifa

    Published: Mon 16 Jun 2025, 4:12 PM

    Dubai: Iran's health ministry said on Monday that Israeli strikes since Friday had killed at least 224 people and wounded 1,277, most of them civilians, as the two countries traded fire for a fourth straight day.

    In Israel, the prime minister's office said 24 people had been killed by Iranian missile fire since the start of the operation and more than 590 wounded. Overnight, Iran launched about 100 missiles in several waves, the Israeli military said, hitting a power station in Haifa and residential buildings in Petah Tikva and Bnei Brak. Eight people were killed in those attacks, rescuers said.

    Since Friday Iran has fired some 370 ballistic missiles and hundreds of drones at Israel, according to Israeli estimates. The Israeli government said more than 5,000 people had been evacuated from damaged homes across the country and were being housed in hotels.

    In Tehran, long queues formed at petrol stations as thousands of residents fled the capital towards the Caspian coast after Israel warned people to leave parts of the city. Iranian police said 28 people had been arrested on Sunday on suspicion of working for Israeli intelligence, and that a "drone workshop" had been uncovered in a rented house west of the capital.

    Israel's military said its jets had struck "more than 80 targets" in Tehran overnight, including the headquarters of the Quds Force.

    The conflict has rattled neighbouring Iraq, whose airspace both sides' missiles cross. Iraq's Joint Operations Command said a drone strike on a position of the Popular Mobilisation Forces in Salahuddin province killed two fighters on Sunday; it did not say who launched it. Separately, Kurdish security officials said three drones had been shot down near Erbil airport, which hosts US-led coalition troops.

    Oil prices jumped more than 4 per cent in early Asian trading before paring gains. The UAE and Oman called for an immediate halt to the escalation, and Gulf carriers cancelled flights to Amman, Beirut and Baghdad.

    UN Secretary-General Antonio Guterres said the region "cannot afford" another war, while G7 leaders meeting in Canada discussed the crisis on the first day of their two-day summit.
    """,
    g(
        "killed",
        224,
        "iran",
        q="lower",
        scope="total",
        as_of=I1,
        by="iranian health ministry",
        cue="had killed at least 224 people",
        note="headline 'past 220' restates the same toll; 'since Friday' -> running toll of this war -> total.",
    ),
    g(
        "injured",
        1277,
        "iran",
        scope="total",
        as_of=I1,
        by="iranian health ministry",
        cue="wounded 1,277, most of them civilians",
    ),
    g(
        "killed",
        24,
        "israel",
        scope="total",
        as_of=I1,
        by="prime minister's office",
        cue="24 people had been killed by Iranian missile fire",
    ),
    g(
        "injured",
        590,
        "israel",
        q="lower",
        scope="total",
        as_of=I1,
        by="prime minister's office",
        cue="more than 590 wounded",
    ),
    g(
        "projectiles",
        100,
        "iran",
        q="approx",
        scope="event",
        as_of=I1,
        by="israeli military",
        cue="Iran launched about 100 missiles in several waves",
    ),
    g("killed", 8, "israel", scope="event", as_of=I1, by="rescuers", cue="Eight people were killed in those attacks"),
    g(
        "projectiles",
        370,
        "iran",
        q="approx",
        scope="total",
        as_of=I1,
        by="israeli estimates",
        cue="fired some 370 ballistic missiles",
    ),
    g(
        "projectiles",
        200,
        "iran",
        q="lower",
        scope="total",
        as_of=I1,
        by="israeli estimates",
        cue="hundreds of drones at Israel",
    ),
    g(
        "evacuated",
        5000,
        "israel",
        q="lower",
        scope="total",
        as_of=I1,
        by="israeli government",
        cue="more than 5,000 people had been evacuated from damaged homes",
    ),
    g(
        "displaced",
        2000,
        "iran",
        q="lower",
        scope="total",
        as_of=I1,
        by=None,
        cue="thousands of residents fled the capital",
        note="vague 'thousands' fled -> displaced 2000/lower (debatable: could be read as evacuated after a warning).",
    ),
    g(
        "detained",
        28,
        "iran",
        scope="event",
        as_of="2025-06-15",
        by="iranian police",
        cue="28 people had been arrested on Sunday",
    ),
    g(
        "killed",
        2,
        "iraq",
        pop="combatants",
        scope="event",
        as_of="2025-06-15",
        by="joint operations command",
        cue="killed two fighters on Sunday",
        note="'80 targets', '4 per cent' are not figures.",
    ),
    g(
        "projectiles",
        3,
        "unknown",
        scope="event",
        as_of=I1,
        by="kurdish security officials",
        cue="three drones had been shot down near Erbil airport",
        note="shooter not named -> unknown; no day named, the paragraph is about the article day.",
    ),
)

U1 = "2025-07-04"
UKRAINE = article(
    "e_ukraine_kyiv_drones_wire",
    U1,
    """
    Russia pounds Kyiv with hundreds of drones hours after Trump-Putin call

    KYIV, July 4, 2025 (Reuters) - Russia launched 550 drones and decoys and 11 missiles at Ukraine overnight, the Ukrainian air force said on Friday, in one of the largest aerial attacks of the war, with the capital Kyiv bearing the brunt.

    The air force said 478 of the targets had been shot down or jammed by electronic warfare. Explosions and the buzz of drones could be heard across the city for more than six hours.

    In Kyiv, at least two people were killed and 26 injured, including a 12-year-old girl, Mayor Vitali Klitschko said on Telegram. Fires broke out in several districts and a railway line was damaged, disrupting trains to the west.

    In the northeastern Kharkiv region, Russian shelling killed a 47-year-old man and wounded three other people on Thursday, the regional military administration said.

    Russia's defence ministry said its air defences had destroyed 48 Ukrainian drones overnight over seven regions, including Moscow. In Russia's Belgorod region, governor Vyacheslav Gladkov said a Ukrainian drone hit a minibus near the border, injuring five people.

    Ukrainian authorities ordered the mandatory evacuation of families with children from 11 more villages in the Dnipropetrovsk region as Russian troops approached its border. About 600 children will be moved, the regional governor said.

    The attack came hours after U.S. President Donald Trump said a phone call with Russian President Vladimir Putin had made "no progress" towards ending the war, which Russia began with a full-scale invasion in February 2022.

    The U.N. human rights monitoring mission in Ukraine says more than 13,500 civilians have been killed since the invasion, among them more than 700 children, and that the true toll is likely considerably higher.

    Ukraine's human rights ombudsman, Dmytro Lubinets, says more than 16,000 Ukrainian civilians are being held in Russia or Russian-occupied territory.

    Reporting by Olena Harmash and Yuliia Dysa; Editing by Mark Heinrich
    """,
    g(
        "projectiles",
        550,
        "russia",
        scope="event",
        as_of=U1,
        by="ukrainian air force",
        cue="Russia launched 550 drones and decoys and 11 missiles",
        note="'hundreds of drones' in the headline restates the 550; 478 shot down is a subset, not a launch count.",
    ),
    g(
        "projectiles",
        11,
        "russia",
        scope="event",
        as_of=U1,
        by="ukrainian air force",
        cue="and 11 missiles at Ukraine overnight",
    ),
    g(
        "killed",
        2,
        "ukraine",
        q="lower",
        scope="event",
        as_of=U1,
        by="mayor vitali klitschko",
        cue="at least two people were killed and 26 injured",
    ),
    g(
        "injured",
        26,
        "ukraine",
        scope="event",
        as_of=U1,
        by="mayor vitali klitschko",
        cue="26 injured, including a 12-year-old girl",
        note="age 12 and 'six hours' are not figures; the girl is one unnumbered person.",
    ),
    g(
        "injured",
        3,
        "ukraine",
        scope="event",
        as_of="2025-07-03",
        by="regional military administration",
        cue="wounded three other people on Thursday",
        note="'a 47-year-old man' is one unnumbered person.",
    ),
    g(
        "projectiles",
        48,
        "ukraine",
        scope="event",
        as_of=U1,
        by="russian defence ministry",
        cue="destroyed 48 Ukrainian drones overnight over seven regions",
        note="drones downed = the only count of the attack given.",
    ),
    g("injured", 5, "russia", scope="event", as_of=U1, by="vyacheslav gladkov", cue="injuring five people"),
    g(
        "evacuated",
        600,
        "ukraine",
        pop="children",
        q="approx",
        scope="event",
        as_of=U1,
        by="regional governor",
        cue="About 600 children will be moved",
        note="an ordered evacuation; 11 villages is not a figure.",
    ),
    g(
        "killed",
        13500,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of=U1,
        by="un human rights monitoring mission",
        cue="more than 13,500 civilians have been killed since the invasion",
    ),
    g(
        "killed",
        700,
        "ukraine",
        pop="children",
        q="lower",
        scope="total",
        as_of=U1,
        by="un human rights monitoring mission",
        cue="among them more than 700 children",
    ),
    g(
        "detained",
        16000,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of=U1,
        by="dmytro lubinets",
        cue="more than 16,000 Ukrainian civilians are being held in Russia",
    ),
)

M1 = "2025-05-03"
MYANMAR = article(
    "e_myanmar_sagaing_feature",
    M1,
    """
    After the earthquake, the bombs kept falling

    In Myanmar's Sagaing region, villagers who survived March's disaster say the military's air war never paused. A report from the dry zone.

    3 May 2025

    The monastery at the edge of the village still smells of smoke. Its teak pillars, some more than a century old, lean at angles that make it hard to look at them for long. Ko Aung, 34, a farmer who now spends most of his days hauling water for the families hiding in the forest, points to the place where the bomb landed.

    It was April 11, two weeks after the earthquake that flattened much of Mandalay and killed about 3,700 people, according to the junta. The military had announced a ceasefire to allow relief to reach the quake zone. The jet came anyway, just before noon. The strike on the monastery killed 23 people, among them four children who were studying as novices, according to the local resistance administration.

    Aung's village once had about 400 households. Now, he says, it has almost none that sleep at home. The roads to the nearest town are cut by checkpoints, and anyone of fighting age risks being taken. Two teenagers from a neighbouring hamlet were detained at one of them last month; their families have heard nothing since.

    This is the pattern across the dry zone, the heartland of the resistance to the coup of February 2021. According to the Assistance Association for Political Prisoners, a monitoring group run by former detainees, the military has killed more than 6,500 people and arrested over 29,000 since the coup. AAPP says some 22,000 remain in detention.

    The United Nations estimates that more than 3.5 million people are now displaced inside the country, many of them in Sagaing, where whole townships have emptied.

    In the six weeks after the quake, ACLED, a conflict-monitoring group, counted more than 240 attacks by the military, including air strikes, on areas that had been hit by the tremor.

    At the clinic the villagers have built from bamboo and tarpaulin, a volunteer nurse keeps a notebook of the wounded. She has filled three of them since 2022.

    "We used to be afraid of the rainy season," she says. "Now we are afraid of clear skies."

    The generals have promised elections for December. Few here expect to vote.
    """,
    g(
        "killed",
        3700,
        "myanmar",
        q="approx",
        scope="event",
        as_of="2025-03-28",
        by="junta",
        cue="killed about 3,700 people, according to the junta",
        note="the 28 March earthquake ('two weeks' before April 11; the standfirst names March) -> event; natural disaster deaths are still people killed (debatable).",
    ),
    g(
        "killed",
        23,
        "myanmar",
        scope="event",
        as_of="2025-04-11",
        by="local resistance administration",
        cue="The strike on the monastery killed 23 people",
    ),
    g(
        "killed",
        4,
        "myanmar",
        pop="children",
        scope="event",
        as_of="2025-04-11",
        by="local resistance administration",
        cue="among them four children who were studying as novices",
    ),
    g(
        "detained",
        2,
        "myanmar",
        scope="event",
        as_of=None,
        by=None,
        cue="Two teenagers from a neighbouring hamlet were detained",
        note="'last month' names no day -> as_of null; 400 households and age 34 are not figures.",
    ),
    g(
        "killed",
        6500,
        "myanmar",
        q="lower",
        scope="total",
        as_of=M1,
        by="assistance association for political prisoners",
        cue="the military has killed more than 6,500 people",
    ),
    g(
        "detained",
        29000,
        "myanmar",
        q="lower",
        scope="total",
        as_of=M1,
        by="assistance association for political prisoners",
        cue="arrested over 29,000 since the coup",
    ),
    g(
        "detained",
        22000,
        "myanmar",
        q="approx",
        scope="total",
        as_of=M1,
        by="aapp",
        cue="AAPP says some 22,000 remain in detention",
    ),
    g(
        "displaced",
        3500000,
        "myanmar",
        q="lower",
        scope="total",
        as_of=M1,
        by="un",
        cue="more than 3.5 million people are now displaced",
        note="240 attacks are incidents, not people or projectiles.",
    ),
)

P1 = "2025-10-13"
AFPAK = article(
    "e_afghanistan_pakistan_border",
    P1,
    """
    23 soldiers martyred, over 200 Taliban killed in border clashes: ISPR

    Islamabad closes crossings as Kabul claims heavy Pakistani losses

    Published October 13, 2025 Updated about 5 hours ago

    ISLAMABAD: Twenty-three soldiers were martyred and 29 injured in clashes along the Pak-Afghan border on Saturday night, the military's media wing said on Sunday, adding that more than 200 Afghan Taliban and affiliated militants had been killed in retaliatory fire.

    The Inter-Services Public Relations (ISPR) said Afghan forces opened fire on border posts at several points in Kurram, Bajaur and Angoor Adda, and that Pakistani troops had destroyed 19 Afghan posts in response.

    In Kabul, Taliban spokesman Zabihullah Mujahid told a press conference that 58 Pakistani soldiers had been killed and nine Afghan fighters had lost their lives in what he called a retaliatory operation.

    Residents of Kurram district said dozens of mortar shells fired from the Afghan side landed in and around villages near Kharlachi, damaging houses and a school. Local administration officials said nearly 3,000 people had been moved from the border villages to Parachinar as a precaution.

    The clashes followed air strikes in Kabul and Paktika last week that the Taliban blamed on Pakistan. Islamabad has not confirmed carrying out the strikes but says the Afghan government gives shelter to the banned Tehreek-i-Taliban Pakistan (TTP).

    Militant violence in Khyber Pakhtunkhwa has surged this year. Eleven security personnel, including a lieutenant colonel and a major, were martyred in an ambush in Orakzai district last week, according to ISPR, which said 19 militants were killed in the follow-up operation.

    Police in Islamabad and Rawalpindi said they had detained more than 800 Afghan nationals without valid documents over the weekend under a drive to repatriate undocumented foreigners.

    Torkham and Chaman, the two main crossings, remained closed on Monday, leaving hundreds of trucks stranded on both sides. Qatar and Saudi Arabia urged restraint.

    The United Nations Assistance Mission in Afghanistan said it had received reports of civilian casualties on both sides and called for an immediate halt to the fighting.
    """,
    g(
        "killed",
        23,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="ispr",
        cue="Twenty-three soldiers were martyred",
        note="'Saturday night' counted back from the 13 Oct article date (the lead says 'on Sunday' for the statement); also in the headline.",
    ),
    g(
        "injured",
        29,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="ispr",
        cue="29 injured in clashes along the Pak-Afghan border",
    ),
    g(
        "killed",
        200,
        "afghanistan",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-10-11",
        by="ispr",
        cue="more than 200 Afghan Taliban and affiliated militants had been killed",
        note="19 Afghan posts are not people.",
    ),
    g(
        "killed",
        58,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="zabihullah mujahid",
        cue="58 Pakistani soldiers had been killed",
    ),
    g(
        "killed",
        9,
        "afghanistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="zabihullah mujahid",
        cue="nine Afghan fighters had lost their lives",
    ),
    g(
        "projectiles",
        24,
        "afghanistan",
        q="lower",
        scope="event",
        as_of="2025-10-11",
        by="residents",
        cue="dozens of mortar shells fired from the Afghan side",
        note="no day named; the paragraph continues the Saturday-night clashes (debatable as_of).",
    ),
    g(
        "evacuated",
        3000,
        "pakistan",
        q="upper",
        scope="event",
        as_of="2025-10-11",
        by="local administration officials",
        cue="nearly 3,000 people had been moved from the border villages",
        note="moved as a precaution -> evacuated; the paragraph is about the Saturday-night fire (debatable as_of).",
    ),
    g(
        "killed",
        11,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of=None,
        by="ispr",
        cue="Eleven security personnel, including a lieutenant colonel and a major, were martyred",
        note="'last week' -> as_of null; ranks are not numbers.",
    ),
    g(
        "killed",
        19,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of=None,
        by="ispr",
        cue="19 militants were killed in the follow-up operation",
        note="TTP militants in Khyber Pakhtunkhwa -> side pakistan (where they fight; debatable).",
    ),
    g(
        "detained",
        800,
        "afghanistan",
        q="lower",
        scope="event",
        as_of=None,
        by="police",
        cue="detained more than 800 Afghan nationals",
        note="'over the weekend' names no single day -> as_of null; hundreds of trucks are vehicles.",
    ),
)

ARTICLES = [YEMEN, IRAN, UKRAINE, MYANMAR, AFPAK]
