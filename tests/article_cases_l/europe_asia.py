"""Ukraine (a British daily on the Sumy strike, April 2025), Russia (a regional outlet relaying the Kursk
governor, August 2024), Myanmar (an exile outlet on a school air strike, May 2025) and Pakistan/Afghanistan (a
Pakistani daily on the border clashes of October 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

UKRAINE = article(
    "l_ukraine_sumy_palm_sunday_daily",
    "2025-04-14",
    """
    Ukraine

    'Bodies lying in the street': Sumy mourns after Russian missile strike on Palm Sunday

    Two ballistic missiles hit the city centre as people headed to church; Zelenskyy calls for pressure on Moscow

    Daniel Harker in Kyiv
    Mon 14 Apr 2025 06.00 BST

    Rescuers work at the site of the strike in the centre of Sumy. Photograph: State Emergency Service of Ukraine/Reuters

    The death toll from a Russian ballistic missile strike on the centre of Sumy rose to 35 on Monday, including two children, Ukraine's interior ministry said, a day after the attack hit the city as residents gathered for Palm Sunday services.

    A further 117 people were injured, among them 15 children, the ministry said. Officials said the city's hospitals were treating many of the wounded for burns and shrapnel injuries.

    Ukraine's air force said Russia had fired two Iskander-M ballistic missiles at the city on Sunday morning. The first struck a university building, the second landed in the street outside as people came out to help.

    "I saw a trolleybus full of people, and then the smoke," said Oksana, 47, who was waiting at a bus stop near the university. "People were lying on the road. I could not understand who was alive."

    Russia's defence ministry claimed it had struck a meeting of Ukrainian commanders in the building, killing more than 60 servicemen. Kyiv called the claim a lie.

    Overnight into Monday, Russia launched 88 drones and four missiles at Ukraine, the air force said, adding that 57 drones had been shot down. In Kharkiv, a drone attack late on Sunday wounded 11 people, the regional governor said.

    In a video address on Sunday, Volodymyr Zelenskyy said Russia had launched more than 1,460 guided aerial bombs, almost 670 attack drones and more than 30 missiles against Ukraine in the past week alone.

    Sumy, about 30km from the Russian border, has come under increasingly heavy fire since Ukraine's incursion into the neighbouring Kursk region last summer. Regional authorities have evacuated some 56,000 people from border communities since then.

    The UN human rights monitoring mission in Ukraine says at least 12,910 civilians, including 682 children, have been killed and more than 30,700 injured since Russia's full-scale invasion in February 2022. About 3.7 million people remain internally displaced, according to the UN.

    The attack came days after the US envoy Steve Witkoff met Vladimir Putin in St Petersburg for more than four hours.

    Explore more on these topics: Ukraine, Russia, Europe

    Reuse this content
    """,
    g(
        "killed",
        35,
        "ukraine",
        scope="event",
        as_of="2025-04-14",
        by="ukrainian interior ministry",
        cue="rose to 35 on Monday, including two children",
        note="a strike on Sunday whose toll 'rose to 35 on Monday' -> as_of of the report (debatable: the strike was 2025-04-13).",
    ),
    g(
        "killed",
        2,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2025-04-14",
        by="ukrainian interior ministry",
        cue="including two children",
    ),
    g(
        "injured",
        117,
        "ukraine",
        scope="event",
        as_of="2025-04-14",
        by="ukrainian interior ministry",
        cue="A further 117 people were injured",
    ),
    g(
        "injured",
        15,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2025-04-14",
        by="ukrainian interior ministry",
        cue="among them 15 children",
    ),
    g(
        "projectiles",
        2,
        "russia",
        scope="event",
        as_of="2025-04-13",
        by="ukrainian air force",
        cue="Russia had fired two Iskander-M ballistic missiles",
        note="the standfirst's 'Two ballistic missiles' is the same figure.",
    ),
    g(
        "killed",
        60,
        "ukraine",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-04-13",
        by="russian defence ministry",
        cue="killing more than 60 servicemen",
    ),
    g(
        "projectiles",
        88,
        "russia",
        scope="event",
        as_of="2025-04-14",
        by="ukrainian air force",
        cue="Russia launched 88 drones and four missiles",
        note="'57 drones had been shot down' is a subset of the launched drones: not annotated (seed 001 convention).",
    ),
    g(
        "projectiles",
        4,
        "russia",
        scope="event",
        as_of="2025-04-14",
        by="ukrainian air force",
        cue="88 drones and four missiles",
    ),
    g(
        "injured",
        11,
        "ukraine",
        scope="event",
        as_of="2025-04-13",
        by="kharkiv regional governor",
        cue="a drone attack late on Sunday wounded 11 people",
    ),
    g(
        "projectiles",
        1460,
        "russia",
        q="lower",
        scope="event",
        as_of="2025-04-13",
        by="zelenskyy",
        cue="more than 1,460 guided aerial bombs",
        note="weekly totals -> event (a window), dated to the address.",
    ),
    g(
        "projectiles",
        670,
        "russia",
        q="upper",
        scope="event",
        as_of="2025-04-13",
        by="zelenskyy",
        cue="almost 670 attack drones",
    ),
    g(
        "projectiles",
        30,
        "russia",
        q="lower",
        scope="event",
        as_of="2025-04-13",
        by="zelenskyy",
        cue="more than 30 missiles against Ukraine",
    ),
    g(
        "evacuated",
        56000,
        "ukraine",
        q="approx",
        scope="total",
        as_of="2025-04-14",
        by="sumy regional authorities",
        cue="evacuated some 56,000 people from border communities",
    ),
    g(
        "killed",
        12910,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-04-14",
        by="un",
        cue="at least 12,910 civilians, including 682 children",
    ),
    g(
        "killed",
        682,
        "ukraine",
        pop="children",
        scope="total",
        as_of="2025-04-14",
        by="un",
        cue="including 682 children",
    ),
    g(
        "injured",
        30700,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-04-14",
        by="un",
        cue="more than 30,700 injured",
    ),
    g(
        "displaced",
        3700000,
        "ukraine",
        q="approx",
        scope="total",
        as_of="2025-04-14",
        by="un",
        cue="About 3.7 million people remain internally displaced",
    ),
)

RUSSIA = article(
    "l_russia_kursk_incursion_regional",
    "2024-08-12",
    """
    Kursk region: governor reports on situation in border districts

    Posted: 12 August 2024

    News | Region | Society

    Acting governor of the Kursk region Alexei Smirnov reported to President Vladimir Putin on Monday on the situation in the districts attacked by the Armed Forces of Ukraine.

    According to Smirnov, since the start of the incursion on 6 August, 12 civilians have been killed and 121 injured, including 10 children. More than 121,000 people have been evacuated from the border districts or left on their own, and a further 59,000 are to be evacuated from the areas under threat, he said.

    About 2,000 evacuees are being housed in temporary accommodation centres in Kursk and in neighbouring regions, the regional government said. Volunteers are collecting clothing, medicines and food for them.

    During the night, fragments of a downed Ukrainian missile fell on an apartment building in Kursk, injuring 13 people, the governor wrote on his Telegram channel on Sunday.

    The Russian Defence Ministry said on Monday that air defences had destroyed 117 Ukrainian drones and four Tochka-U missiles over the Kursk, Belgorod and Bryansk regions overnight. It said Ukraine's losses in the Kursk direction amounted to up to 1,610 servicemen and 32 tanks.

    In the Belgorod region, a Ukrainian drone struck a minibus near Shebekino on Monday morning, injuring four passengers, governor Vyacheslav Gladkov said.

    In Kyiv, President Volodymyr Zelensky claimed that Ukrainian forces had captured more than 100 Russian soldiers in the region. The claim could not be independently verified.

    Parents of conscripts serving in the border districts told local media that dozens of young servicemen had not been in contact since the first day of fighting and were listed as missing.

    A federal-level emergency regime is in force in the region. Schools in the border districts will not open on 1 September, the regional education ministry said.

    Hotline for relatives: 122. Humanitarian aid collection points are open daily from 9:00 to 20:00.

    © Kursk Regional News, 2024. When copying materials, a link to the source is required.
    """,
    g(
        "killed",
        12,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2024-08-12",
        by="kursk governor",
        cue="12 civilians have been killed and 121 injured",
        note="toll of the incursion since 6 August (a window) -> event (debatable: could be total).",
    ),
    g(
        "injured",
        121,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2024-08-12",
        by="kursk governor",
        cue="12 civilians have been killed and 121 injured",
    ),
    g(
        "injured",
        10,
        "russia",
        pop="children",
        scope="event",
        as_of="2024-08-12",
        by="kursk governor",
        cue="including 10 children",
        note="'including 10 children' read as part of the 121 injured, the nearer number (debatable: could cover both).",
    ),
    g(
        "evacuated",
        121000,
        "russia",
        q="lower",
        scope="event",
        as_of="2024-08-12",
        by="kursk governor",
        cue="More than 121,000 people have been evacuated",
    ),
    g(
        "evacuated",
        59000,
        "russia",
        scope="event",
        as_of="2024-08-12",
        by="kursk governor",
        cue="a further 59,000 are to be evacuated",
        note="people ordered/due to leave -> evacuated (debatable: not yet evacuated).",
    ),
    g(
        "evacuated",
        2000,
        "russia",
        q="approx",
        scope="total",
        as_of="2024-08-12",
        by="kursk regional government",
        cue="About 2,000 evacuees are being housed",
        note="evacuees in accommodation centres, a standing count -> total (debatable).",
    ),
    g(
        "injured",
        13,
        "russia",
        scope="event",
        as_of="2024-08-11",
        by="kursk governor",
        cue="injuring 13 people, the governor wrote",
    ),
    g(
        "projectiles",
        117,
        "ukraine",
        scope="event",
        as_of="2024-08-12",
        by="russian defence ministry",
        cue="destroyed 117 Ukrainian drones",
        note="drones destroyed is the only count of what Ukraine launched -> projectiles (debatable). 'losses ... up to 1,610 servicemen' is not annotated: losses do not say killed (FIGURES.md 'casualties' rule).",
    ),
    g(
        "projectiles",
        4,
        "ukraine",
        scope="event",
        as_of="2024-08-12",
        by="russian defence ministry",
        cue="four Tochka-U missiles",
    ),
    g(
        "injured",
        4,
        "russia",
        scope="event",
        as_of="2024-08-12",
        by="belgorod governor",
        cue="injuring four passengers",
    ),
    g(
        "detained",
        100,
        "russia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-08-12",
        by="zelensky",
        cue="captured more than 100 Russian soldiers",
    ),
    g(
        "missing",
        24,
        "russia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-08-12",
        by="parents of conscripts",
        cue="dozens of young servicemen",
        note="vague 'dozens' -> 24/lower.",
    ),
)

MYANMAR = article(
    "l_myanmar_sagaing_school_strike_exile",
    "2025-05-12",
    """
    BURMA | CONFLICT

    Junta jet bombs village school in Sagaing, killing 20 children

    By The Irrawaddy Staff
    12 May 2025

    Residents gather at the ruins of the school in Oe Htein Kwin village, Tabayin Township. (Photo: Supplied)

    A military jet bombed a school in Oe Htein Kwin village in Tabayin Township, Sagaing Region, on Monday morning, killing at least 22 people, among them 20 schoolchildren and two teachers, according to an official of the local resistance administration.

    The jet dropped two bombs on the school at about 10 am while classes were in session, villagers said. Around 50 others were wounded, some of them critically, and three children were still missing on Monday evening.

    "The children were in the classroom. There was no time to run to the bunker," said a teacher who survived. "We pulled them out with our hands."

    Residents said between 5,000 and 6,000 people fled Oe Htein Kwin and surrounding villages after the strike, fearing further attacks.

    Junta spokesman Major General Zaw Min Tun denied that the military had carried out the strike, calling the reports "fake news".

    The attack came despite a ceasefire the regime declared after the March 28 earthquake and extended until the end of May. Monitoring groups say the military has carried out at least 243 attacks, including 171 airstrikes, since declaring the truce.

    In northern Shan State, the National Unity Government said its forces and allied groups had killed up to 40 junta soldiers in fighting near Kyaukme over the weekend.

    The Assistance Association for Political Prisoners (AAPP) says that at least 6,700 civilians have been killed by the military since the February 2021 coup, and more than 22,000 people remain in detention. According to the UN, more than 3.5 million people have been displaced across the country.

    Tabayin, known in the past as Depayin, has been a stronghold of the resistance since the coup. Most schools in the township are run by the NUG's education ministry and hold classes in village monasteries or bamboo buildings.

    Related: Regime conscription drive targets university students

    Topics: Airstrikes, Education, Sagaing Region
    """,
    g(
        "killed",
        22,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-05-12",
        by="local resistance administration",
        cue="killing at least 22 people",
    ),
    g(
        "killed",
        20,
        "myanmar",
        pop="children",
        scope="event",
        as_of="2025-05-12",
        by="local resistance administration",
        cue="among them 20 schoolchildren and two teachers",
        note="headline's 'killing 20 children' is the same figure; 'at least' applies to the 22, the breakdown is exact (debatable).",
    ),
    g(
        "killed",
        2,
        "myanmar",
        pop="civilians",
        scope="event",
        as_of="2025-05-12",
        by="local resistance administration",
        cue="20 schoolchildren and two teachers",
        note="teachers -> civilians (no teacher population; debatable).",
    ),
    g(
        "projectiles",
        2,
        "myanmar",
        scope="event",
        as_of="2025-05-12",
        by="villagers",
        cue="The jet dropped two bombs on the school",
        note="bombs dropped by the junta's jet -> projectiles of the military's side (myanmar); debatable.",
    ),
    g(
        "injured",
        50,
        "myanmar",
        q="approx",
        scope="event",
        as_of="2025-05-12",
        by=None,
        cue="Around 50 others were wounded",
    ),
    g(
        "missing",
        3,
        "myanmar",
        pop="children",
        scope="event",
        as_of="2025-05-12",
        by=None,
        cue="three children were still missing",
    ),
    g(
        "displaced",
        5000,
        "myanmar",
        q="range",
        high=6000,
        scope="event",
        as_of="2025-05-12",
        by="residents",
        cue="between 5,000 and 6,000 people fled",
    ),
    g(
        "killed",
        40,
        "myanmar",
        pop="combatants",
        q="upper",
        scope="event",
        as_of="2025-05-11",
        by="national unity government",
        cue="killed up to 40 junta soldiers",
        note="'over the weekend' dated to its last day, Sunday (debatable). '243 attacks, including 171 airstrikes' are attacks, not people or projectiles.",
    ),
    g(
        "killed",
        6700,
        "myanmar",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-05-12",
        by="aapp",
        cue="at least 6,700 civilians have been killed",
    ),
    g(
        "detained",
        22000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2025-05-12",
        by="aapp",
        cue="more than 22,000 people remain in detention",
    ),
    g(
        "displaced",
        3500000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2025-05-12",
        by="un",
        cue="more than 3.5 million people have been displaced",
    ),
)

PAKISTAN = article(
    "l_pakistan_afghan_border_clashes_daily",
    "2025-10-12",
    """
    Pakistan

    23 soldiers martyred, over 200 Taliban fighters killed in border clashes: ISPR

    Our Correspondent | Published October 12, 2025 Updated about 5 hours ago

    Kabul claims 58 Pakistani troops killed; Torkham and Chaman crossings closed

    ISLAMABAD: Twenty-three Pakistani soldiers were martyred and 29 injured in clashes with Afghan Taliban forces along the border on Saturday night, the military's media wing said on Sunday, adding that more than 200 Taliban and affiliated "terrorists" had been killed in retaliatory fire.

    According to the Inter-Services Public Relations (ISPR), the Afghan Taliban and fighters of the banned Tehreek-i-Taliban Pakistan (TTP) opened fire on border posts at several locations in Khyber Pakhtunkhwa and Balochistan. It said 21 Taliban positions had been captured and several "terrorist training camps" destroyed.

    In Kabul, Taliban spokesman Zabihullah Mujahid told a news conference that Afghan forces had killed 58 Pakistani soldiers and wounded about 30 in "retaliatory operations". He said nine Afghan fighters had been killed and 16 injured.

    Afghan officials in Kunar province said more than 20 mortar shells fired from the Pakistani side landed in villages on Saturday, wounding three civilians. The claim could not be independently verified.

    Some 4,000 residents of border villages in Kurram district have fled to Parachinar and other towns, local administration officials said. Both main crossings, Torkham and Chaman, remained closed on Sunday, with hundreds of trucks stranded on both sides.

    The clashes followed explosions in Kabul on Thursday that the Taliban blamed on Pakistan. Islamabad has not confirmed carrying out strikes in the Afghan capital, but has repeatedly accused Kabul of sheltering TTP militants, a charge the Taliban deny.

    Saudi Arabia and Qatar called for restraint and offered to mediate.

    Militant violence in Pakistan has risen sharply since the Taliban returned to power in Kabul in August 2021. According to the Pakistan Institute for Conflict and Security Studies, more than 1,600 people were killed in militant attacks in 2024, among them 685 members of the security forces, making it the deadliest year in nearly a decade.

    Published in Dawn, October 12th, 2025
    """,
    g(
        "killed",
        23,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="ispr",
        cue="Twenty-three Pakistani soldiers were martyred",
        note="headline repeats it; 'martyred' -> killed; 'Saturday night' -> 2025-10-11.",
    ),
    g(
        "injured",
        29,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="ispr",
        cue="martyred and 29 injured",
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
        cue='more than 200 Taliban and affiliated "terrorists" had been killed',
        note="Afghan Taliban and TTP fighters together -> afghanistan (debatable: the TTP are Pakistani). '21 Taliban positions' are not people.",
    ),
    g(
        "killed",
        58,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="taliban",
        cue="killed 58 Pakistani soldiers",
        note="subhead repeats it ('Kabul claims 58 Pakistani troops killed').",
    ),
    g(
        "injured",
        30,
        "pakistan",
        pop="combatants",
        q="approx",
        scope="event",
        as_of="2025-10-11",
        by="taliban",
        cue="wounded about 30",
    ),
    g(
        "killed",
        9,
        "afghanistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="taliban",
        cue="nine Afghan fighters had been killed and 16 injured",
    ),
    g(
        "injured",
        16,
        "afghanistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="taliban",
        cue="nine Afghan fighters had been killed and 16 injured",
    ),
    g(
        "projectiles",
        20,
        "pakistan",
        q="lower",
        scope="event",
        as_of="2025-10-11",
        by="afghan officials in kunar",
        cue="more than 20 mortar shells fired from the Pakistani side",
    ),
    g(
        "injured",
        3,
        "afghanistan",
        pop="civilians",
        scope="event",
        as_of="2025-10-11",
        by="afghan officials in kunar",
        cue="wounding three civilians",
    ),
    g(
        "displaced",
        4000,
        "pakistan",
        q="approx",
        scope="event",
        as_of="2025-10-12",
        by="local administration officials",
        cue="Some 4,000 residents of border villages in Kurram district have fled",
        note="'hundreds of trucks' are not people.",
    ),
    g(
        "killed",
        1600,
        "pakistan",
        q="lower",
        scope="event",
        as_of="2024-12-31",
        by="pakistan institute for conflict and security studies",
        cue="more than 1,600 people were killed in militant attacks in 2024",
        note="a calendar-year toll: a window -> event, dated to its last day (debatable).",
    ),
    g(
        "killed",
        685,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2024-12-31",
        by="pakistan institute for conflict and security studies",
        cue="among them 685 members of the security forces",
    ),
)

ARTICLES = [UKRAINE, RUSSIA, MYANMAR, PAKISTAN]
