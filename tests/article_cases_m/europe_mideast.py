"""Ukraine (a Kyiv daily on the Sumy missile strike, April 2025), Russia (a wire story on the Kursk incursion,
August 2024), Iran (a wire story on the June 2025 war), Syria (an undated explainer on the coastal killings of
March 2025) and Yemen (a broadcaster on the Ras Isa port strikes, April 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

UKRAINE = article(
    "m_ukraine_sumy_strike_kyiv_daily",
    "2025-04-13",
    """
    Russian ballistic missile strike on Sumy on Palm Sunday kills 34, including 2 children

    by Kateryna Hodunova
    April 13, 2025 2:25 PM 2 min read

    Rescue workers at the site of a Russian missile attack in central Sumy on April 13, 2025. (State Emergency Service / Telegram)

    Russia launched two Iskander-M ballistic missiles at the center of Sumy on the morning of April 13, as residents gathered for Palm Sunday, killing at least 34 people, including two children, the State Emergency Service reported.

    Another 117 people were injured, including 15 children, according to the service. Rescue operations were ongoing, and the toll may rise.

    The missiles hit a university building and a busy street near a trolleybus. Acting Mayor Artem Kobzar said a day of mourning would be held for three days.

    "Only filthy scum can act like this," President Volodymyr Zelensky said, calling for a strong response from the U.S. and Europe.

    Overnight, Russia also attacked Ukraine with 55 Shahed-type attack drones and decoy drones, Ukraine's Air Force said. Forty of them were shot down and 10 more were "lost" to electronic warfare.

    In Kharkiv, a drone strike on Saturday evening injured five people, Mayor Ihor Terekhov said. In Kherson Oblast, Russian shelling killed one person and injured 11 over the past day, Governor Oleksandr Prokudin reported.

    Sumy, which lies around 30 kilometers from the Russian border, has been subjected to regular attacks since the start of the full-scale invasion. The strike came days after a missile attack on Kryvyi Rih killed 20 people, including nine children.

    The U.N. Human Rights Monitoring Mission in Ukraine has verified more than 12,900 civilian deaths since February 2022, including over 670 children, while warning that the actual figures are likely considerably higher.

    Ukraine agreed on March 11 to a U.S.-proposed 30-day ceasefire, which Moscow has rejected.

    We've been working hard to bring you independent, locally-sourced news from Ukraine. Consider supporting the Kyiv Independent.
    """,
    g("projectiles", 2, "russia", scope="event", as_of="2025-04-13", cue="launched two Iskander-M ballistic missiles"),
    g(
        "killed",
        34,
        "ukraine",
        q="lower",
        scope="event",
        as_of="2025-04-13",
        by="state emergency service",
        cue="killing at least 34 people, including two children",
        note="headline '34' is the same figure.",
    ),
    g(
        "killed",
        2,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2025-04-13",
        by="state emergency service",
        cue="including two children, the State Emergency Service",
    ),
    g(
        "injured",
        117,
        "ukraine",
        scope="event",
        as_of="2025-04-13",
        by="state emergency service",
        cue="Another 117 people were injured",
    ),
    g(
        "injured",
        15,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2025-04-13",
        by="state emergency service",
        cue="including 15 children",
    ),
    g(
        "projectiles",
        55,
        "russia",
        scope="event",
        as_of="2025-04-13",
        by="ukrainian air force",
        cue="55 Shahed-type attack drones",
        note="'Forty of them were shot down and 10 more were lost' are subsets of the 55 launched: not annotated.",
    ),
    g(
        "injured",
        5,
        "ukraine",
        scope="event",
        as_of="2025-04-12",
        by="kharkiv mayor",
        cue="a drone strike on Saturday evening injured five people",
    ),
    g(
        "killed",
        1,
        "ukraine",
        scope="event",
        as_of="2025-04-13",
        by="kherson governor",
        cue="Russian shelling killed one person and injured 11",
    ),
    g(
        "injured",
        11,
        "ukraine",
        scope="event",
        as_of="2025-04-13",
        by="kherson governor",
        cue="killed one person and injured 11",
    ),
    g(
        "killed",
        20,
        "ukraine",
        scope="event",
        as_of="2025-04-13",
        cue="a missile attack on Kryvyi Rih killed 20 people",
        note="'days after' names no day -> as_of article date (debatable: the attack was on 4 April).",
    ),
    g("killed", 9, "ukraine", pop="children", scope="event", as_of="2025-04-13", cue="including nine children"),
    g(
        "killed",
        12900,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-04-13",
        by="un",
        cue="verified more than 12,900 civilian deaths",
    ),
    g(
        "killed",
        670,
        "ukraine",
        pop="children",
        q="lower",
        scope="total",
        as_of="2025-04-13",
        by="un",
        cue="including over 670 children",
    ),
)

RUSSIA = article(
    "m_russia_kursk_incursion_wire",
    "2024-08-14",
    """
    Russia says 121,000 evacuated from Kursk as Ukrainian incursion enters second week

    By Reuters
    August 14, 2024 12:51 PM GMT+1

    Residents of the Kursk region evacuated from border areas queue for humanitarian aid in Kursk, Russia, August 13, 2024. REUTERS/Yulia Morozova Purchase Licensing Rights

    MOSCOW, Aug 14 (Reuters) - More than 121,000 people have been evacuated from border districts of Russia's Kursk region since Ukrainian troops crossed the frontier on Aug. 6, the region's acting governor, Alexei Smirnov, said on Wednesday.

    Smirnov said 12 civilians had been killed and 121 wounded in the region since the incursion began, among them 10 children. Reuters could not independently verify the figures.

    In the neighbouring Belgorod region, Governor Vyacheslav Gladkov declared a regional state of emergency and said more than 11,000 people had been moved out of the Krasnaya Yaruga district since Monday because of Ukrainian shelling.

    Russia's defence ministry said its air defences had destroyed 117 Ukrainian drones launched overnight over the Kursk, Belgorod, Voronezh and Nizhny Novgorod regions, as well as four Tochka-U missiles. It also said Ukraine had lost up to 2,030 servicemen and 35 tanks since the start of the incursion, a figure that could not be verified.

    Ukraine's top commander, Oleksandr Syrskyi, said on Tuesday that Ukrainian forces controlled 74 settlements covering some 1,000 square kilometres and had captured more than 100 Russian soldiers, who could be exchanged for Ukrainians held in Russia.

    It is the largest attack on Russian territory by a foreign army since World War Two. President Vladimir Putin has called it a "large-scale provocation."

    Kyiv's Ombudsman Dmytro Lubinets said Ukraine was ready to allow humanitarian corridors for civilians in the Kursk region. Russia has said it will not negotiate while the incursion continues.

    (Reporting by Reuters; Editing by Guy Faulconbridge and Alex Richardson)

    Our Standards: The Thomson Reuters Trust Principles.
    """,
    g(
        "evacuated",
        121000,
        "russia",
        q="lower",
        scope="event",
        as_of="2024-08-14",
        by="kursk governor",
        cue="More than 121,000 people have been evacuated",
        note="window 'since Aug. 6' (the incursion, a phase of the war) -> event, like the other windows in this set (debatable: total for the Kursk crisis). Headline '121,000' is the same figure.",
    ),
    g(
        "killed",
        12,
        "russia",
        pop="civilians",
        scope="event",
        as_of="2024-08-14",
        by="kursk governor",
        cue="12 civilians had been killed and 121 wounded",
    ),
    g(
        "injured",
        121,
        "russia",
        scope="event",
        as_of="2024-08-14",
        by="kursk governor",
        cue="and 121 wounded in the region",
        note="'121 wounded' follows '12 civilians' -> population all (debatable: civilians).",
    ),
    g(
        "injured",
        10,
        "russia",
        pop="children",
        scope="event",
        as_of="2024-08-14",
        by="kursk governor",
        cue="among them 10 children",
        note="DEBATABLE: 'among them' could cover the killed too; taken as the wounded subgroup.",
    ),
    g(
        "evacuated",
        11000,
        "russia",
        q="lower",
        scope="event",
        as_of="2024-08-14",
        by="belgorod governor",
        cue="more than 11,000 people had been moved out",
    ),
    g(
        "projectiles",
        117,
        "ukraine",
        scope="event",
        as_of="2024-08-14",
        by="russian defence ministry",
        cue="destroyed 117 Ukrainian drones launched overnight",
        note="destroyed drones are the only count of those launched -> projectiles fired by Ukraine.",
    ),
    g(
        "projectiles",
        4,
        "ukraine",
        scope="event",
        as_of="2024-08-14",
        by="russian defence ministry",
        cue="four Tochka-U missiles",
    ),
    g(
        "detained",
        100,
        "russia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-08-13",
        by="oleksandr syrskyi",
        cue="captured more than 100 Russian soldiers",
        note="'lost up to 2,030 servicemen' is a combined killed-or-wounded loss figure: not annotated. 'said on Tuesday' -> 2024-08-13.",
    ),
)

IRAN = article(
    "m_iran_israel_war_wire",
    "2025-06-16",
    """
    Iran and Israel trade strikes for fourth day as death toll rises on both sides

    By NASSER KARIMI, JON GAMBRELL and JOSEF FEDERMAN
    Updated 6:40 PM GMT, June 16, 2025

    An Iranian missile hits a residential building in central Israel, early Monday. (AP Photo/Ohad Zwigenberg)

    TEHRAN, Iran (AP) — Iran and Israel traded missile fire and air strikes for a fourth straight day on Monday, with Israel claiming control of the skies over Tehran and Iran firing another barrage at Israeli cities.

    Iran's Health Ministry said 224 people had been killed in Israeli strikes since Friday and 1,277 wounded, most of them civilians. A Washington-based group, Human Rights Activists, said it had counted 406 dead, including 197 civilians.

    Iran launched a fresh barrage of about 40 missiles overnight, killing at least eight people in central Israel and the port city of Haifa, and wounding more than 200, according to the Magen David Adom rescue service.

    Israeli officials say Iranian missiles have killed 24 people in Israel since Friday and wounded 592. The Israeli military says Iran has fired around 370 ballistic missiles and hundreds of drones at Israel, most of which were intercepted.

    Thousands of residents tried to leave Tehran, a city of around 10 million, forming long lines at petrol stations. Israel's military warned people to evacuate parts of the capital where it said it would strike military targets.

    Israel launched the surprise attack on Friday, saying it aimed to stop Iran from building a nuclear weapon. Its strikes have killed at least 14 nuclear scientists and several of Iran's top generals.

    In Israel, more than 5,000 people have been evacuated from homes damaged by missile impacts, the Israel Tax Authority said. Schools and most workplaces remained closed and the country's main airport was shut to flights.

    Iranian authorities said they had arrested 28 people suspected of spying for Israel and hanged one man convicted of working for the Mossad.

    ___

    Gambrell reported from Dubai, United Arab Emirates, and Federman from Jerusalem.
    """,
    g(
        "killed",
        224,
        "iran",
        scope="total",
        as_of="2025-06-16",
        by="iranian health ministry",
        cue="224 people had been killed in Israeli strikes since Friday",
        note="'since Friday' is the start of this war -> total (the war's running toll), unlike windows inside a longer war.",
    ),
    g(
        "injured",
        1277,
        "iran",
        scope="total",
        as_of="2025-06-16",
        by="iranian health ministry",
        cue="and 1,277 wounded, most of them civilians",
    ),
    g(
        "killed",
        406,
        "iran",
        scope="total",
        as_of="2025-06-16",
        by="human rights activists",
        cue="it had counted 406 dead",
    ),
    g(
        "killed",
        197,
        "iran",
        pop="civilians",
        scope="total",
        as_of="2025-06-16",
        by="human rights activists",
        cue="including 197 civilians",
    ),
    g(
        "projectiles",
        40,
        "iran",
        q="approx",
        scope="event",
        as_of="2025-06-16",
        cue="a fresh barrage of about 40 missiles overnight",
    ),
    g(
        "killed",
        8,
        "israel",
        q="lower",
        scope="event",
        as_of="2025-06-16",
        by="magen david adom",
        cue="killing at least eight people in central Israel",
    ),
    g(
        "injured",
        200,
        "israel",
        q="lower",
        scope="event",
        as_of="2025-06-16",
        by="magen david adom",
        cue="wounding more than 200",
    ),
    g(
        "killed",
        24,
        "israel",
        scope="total",
        as_of="2025-06-16",
        by="israeli officials",
        cue="Iranian missiles have killed 24 people in Israel",
    ),
    g(
        "injured",
        592,
        "israel",
        scope="total",
        as_of="2025-06-16",
        by="israeli officials",
        cue="since Friday and wounded 592",
    ),
    g(
        "projectiles",
        370,
        "iran",
        q="approx",
        scope="total",
        as_of="2025-06-16",
        by="israeli military",
        cue="around 370 ballistic missiles",
    ),
    g(
        "projectiles",
        200,
        "iran",
        q="lower",
        scope="total",
        as_of="2025-06-16",
        by="israeli military",
        cue="hundreds of drones at Israel",
        note="vague 'hundreds' -> 200/lower.",
    ),
    g(
        "displaced",
        2000,
        "iran",
        q="lower",
        scope="event",
        as_of="2025-06-16",
        cue="Thousands of residents tried to leave Tehran",
        note="DEBATABLE: 'tried to leave' = fled -> displaced; vague 'thousands' -> 2000/lower.",
    ),
    g(
        "killed",
        14,
        "iran",
        q="lower",
        scope="total",
        as_of="2025-06-16",
        cue="killed at least 14 nuclear scientists",
        note="scientists: no population slug -> all.",
    ),
    g(
        "evacuated",
        5000,
        "israel",
        q="lower",
        scope="total",
        as_of="2025-06-16",
        by="israel tax authority",
        cue="more than 5,000 people have been evacuated from homes",
    ),
    g(
        "detained",
        28,
        "iran",
        scope="total",
        as_of="2025-06-16",
        by="iranian authorities",
        cue="they had arrested 28 people suspected of spying",
    ),
)

SYRIA = article(
    "m_syria_coast_killings_explainer",
    None,
    """
    What happened on Syria's coast? The killings that shook the new government

    Hundreds of Alawite civilians were killed in days of violence after an insurgency by Assad loyalists. Here is what we know

    William Christou in Beirut

    A man stands among the graves of victims in the village of al-Mukhtariya, near Latakia. Photograph: Omar Albam/AP

    What happened?

    On 6 March, gunmen loyal to the ousted president Bashar al-Assad ambushed government security forces near Jableh, in the coastal province of Latakia. The government sent reinforcements, and tens of thousands of fighters, including members of loosely controlled factions, poured into the coast. Over the following three days, whole families in Alawite villages were shot in their homes and in the streets.

    How many people died?

    The Syrian Observatory for Human Rights, a UK-based monitor, has documented the deaths of 1,383 civilians, most of them Alawites. The Syrian Network for Human Rights recorded at least 803 extrajudicial killings, including 39 children, and said both government-affiliated fighters and Assad loyalists were responsible.

    The interior ministry says 231 members of the security forces were killed in the insurgents' attacks. Families say dozens of men taken from their homes remain missing.

    Where did people go?

    About 21,000 people fled across the border into Lebanon, according to the UN refugee agency. Thousands more sought shelter at the Russian airbase at Hmeimim.

    What has the government done?

    Interim president Ahmed al-Sharaa promised to hold those responsible accountable and set up a fact-finding committee with 30 days to report, later extended by three months. Authorities said they had detained 31 people suspected of violations against civilians.

    Why does it matter?

    Syria's new rulers are seeking international recognition and the lifting of sanctions after 13 years of civil war that killed more than half a million people and forced more than 13 million from their homes.

    Explore more on these topics
    Syria
    Middle East and north Africa
    """,
    g(
        "killed",
        200,
        "syria",
        pop="civilians",
        q="lower",
        scope="event",
        as_of=None,
        cue="Hundreds of Alawite civilians were killed",
        note="standfirst vague 'hundreds' -> 200/lower (same victims as the 1,383, kept: vague words are figures).",
    ),
    g(
        "killed",
        1383,
        "syria",
        pop="civilians",
        scope="event",
        as_of=None,
        by="syrian observatory for human rights",
        cue="documented the deaths of 1,383 civilians",
        note="undated article -> as_of null for every figure.",
    ),
    g(
        "killed",
        803,
        "syria",
        q="lower",
        scope="event",
        as_of=None,
        by="syrian network for human rights",
        cue="at least 803 extrajudicial killings",
    ),
    g(
        "killed",
        39,
        "syria",
        pop="children",
        scope="event",
        as_of=None,
        by="syrian network for human rights",
        cue="including 39 children",
    ),
    g(
        "killed",
        231,
        "syria",
        pop="combatants",
        scope="event",
        as_of=None,
        by="interior ministry",
        cue="231 members of the security forces were killed",
    ),
    g(
        "missing",
        24,
        "syria",
        q="lower",
        scope="event",
        as_of=None,
        by="families",
        cue="dozens of men taken from their homes remain missing",
        note="DEBATABLE: 'taken from their homes' could be hostages; 'remain missing' decides.",
    ),
    g(
        "displaced",
        21000,
        "syria",
        q="approx",
        scope="event",
        as_of=None,
        by="unhcr",
        cue="About 21,000 people fled across the border",
    ),
    g(
        "displaced",
        2000,
        "syria",
        q="lower",
        scope="event",
        as_of=None,
        cue="Thousands more sought shelter at the Russian airbase",
    ),
    g(
        "detained",
        31,
        "syria",
        scope="event",
        as_of=None,
        by="syrian authorities",
        cue="they had detained 31 people suspected",
    ),
    g(
        "killed",
        500000,
        "syria",
        q="lower",
        scope="total",
        as_of=None,
        cue="killed more than half a million people",
        note="'half a million' -> 500000.",
    ),
    g(
        "displaced",
        13000000,
        "syria",
        q="lower",
        scope="total",
        as_of=None,
        cue="forced more than 13 million from their homes",
    ),
)

YEMEN = article(
    "m_yemen_ras_isa_strikes_broadcaster",
    "2025-04-18",
    """
    US strikes on Yemen's Ras Isa fuel port kill 80, Houthis say

    The attack is the deadliest of the US campaign against the Houthis, which began on March 15.

    Published On 18 Apr 2025

    Firefighters work to put out a blaze at Ras Isa port in Yemen's Hodeidah province [Al-Masirah TV via Reuters]

    United States air strikes on the Ras Isa fuel port in western Yemen have killed at least 80 people and wounded 150 others, according to the Houthi-run health ministry, in the deadliest attack since Washington launched its campaign against the group last month.

    The strikes hit the port on Thursday night. Among the dead were five paramedics, the ministry said, adding that rescue teams were still searching for people under the rubble.

    The US Central Command said the strikes aimed to cut off a source of fuel for the Houthis, who it said were using revenue from the port to fund attacks on shipping.

    On Sunday, a US strike on a ceramics factory in Sanaa province's Bani Matar district killed six people and wounded 20, the Houthi-run Al-Masirah TV reported. The US military has said it has struck more than 800 targets since the campaign began, without giving details of casualties.

    The Houthis say US strikes have killed at least 123 civilians since March 15. Al Jazeera could not independently verify the figure.

    Hours after the port strike, the Houthis said they had fired two ballistic missiles at Israel's Ben Gurion airport. The Israeli military said it intercepted a missile launched from Yemen.

    Since November 2023, the Houthis have attacked more than 100 merchant vessels in the Red Sea and the Gulf of Aden, sinking two and killing four sailors, in what they say is solidarity with Palestinians in Gaza.

    Yemen's civil war, which began in 2014 when the Houthis seized the capital, Sanaa, has killed more than 150,000 people and displaced about 4.5 million, according to the UN.

    SOURCE: AL JAZEERA AND NEWS AGENCIES
    """,
    g(
        "killed",
        80,
        "yemen",
        q="lower",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="have killed at least 80 people",
        note="'on Thursday night' -> 2025-04-17; headline '80' is the same figure.",
    ),
    g(
        "injured",
        150,
        "yemen",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="wounded 150 others",
    ),
    g(
        "killed",
        5,
        "yemen",
        pop="medics",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="Among the dead were five paramedics",
    ),
    g(
        "killed",
        6,
        "yemen",
        scope="event",
        as_of="2025-04-13",
        by="al-masirah tv",
        cue="killed six people and wounded 20",
    ),
    g(
        "injured",
        20,
        "yemen",
        scope="event",
        as_of="2025-04-13",
        by="al-masirah tv",
        cue="and wounded 20, the Houthi-run",
    ),
    g(
        "killed",
        123,
        "yemen",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by="houthis",
        cue="have killed at least 123 civilians since March 15",
        note="DEBATABLE scope: the US campaign's running toll -> total.",
    ),
    g(
        "projectiles",
        2,
        "yemen",
        scope="event",
        as_of="2025-04-18",
        by="houthis",
        cue="fired two ballistic missiles at Israel",
    ),
    g(
        "killed",
        4,
        "unknown",
        scope="total",
        as_of="2025-04-18",
        cue="sinking two and killing four sailors",
        note="sailors of many flags -> side unknown.",
    ),
    g(
        "killed",
        150000,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by="un",
        cue="has killed more than 150,000 people",
    ),
    g(
        "displaced",
        4500000,
        "yemen",
        q="approx",
        scope="total",
        as_of="2025-04-18",
        by="un",
        cue="displaced about 4.5 million",
    ),
)

ARTICLES = [UKRAINE, RUSSIA, IRAN, SYRIA, YEMEN]
