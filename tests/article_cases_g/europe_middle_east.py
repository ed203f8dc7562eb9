"""Ukraine (a Kyiv daily) and Russia (an AFP story with North Korean troops), Yemen (AP), Syria's coast (a
broadcaster) and the June 2025 Iran-Israel war (Al Jazeera style)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

U1 = "2025-07-09"
UKRAINE = article(
    "g_ukraine_record_drone_attack_kyiv_daily",
    U1,
    """
    Russia launches record 728 drones at Ukraine overnight, targets Lutsk far from front line

    by Kateryna Hodunova

    July 9, 2025 11:47 AM

    Rescue workers at a damaged building in Kyiv on July 9, 2025. (State Emergency Service / Telegram)

    Russia launched 728 drones and 13 missiles against Ukraine overnight on July 9, the largest aerial attack since the start of the full-scale war, Ukraine's Air Force reported.

    Air defense shot down 296 drones and seven missiles, while another 415 drones were "locally lost" due to electronic warfare, according to the Air Force. The main target was the city of Lutsk in Volyn Oblast, around 100 kilometers from the Polish border.

    In Lutsk, at least two people were injured and an industrial facility was hit, Mayor Ihor Polishchuk said. Poland scrambled fighter jets as a precaution.

    In Kyiv, one person was killed and two were injured when drone debris fell on a residential building in the Sviatoshynskyi district, the head of the city military administration said.

    In Kharkiv Oblast, Russian attacks killed three people and injured 11 over the past day, Governor Oleh Syniehubov reported.

    Read also: Ukraine war latest: Kyiv hits Russian airfield in Crimea

    The attack came as U.S. President Donald Trump said Washington would send more defensive weapons to Ukraine, days after a pause in some deliveries.

    According to the U.N. Human Rights Monitoring Mission in Ukraine, 232 civilians were killed and 1,343 injured across Ukraine in June, the highest monthly toll in three years.

    Ukraine's Prosecutor General's Office says at least 635 children have been killed since Russia launched its full-scale invasion in February 2022.

    Authorities in Dnipropetrovsk Oblast this week ordered the mandatory evacuation of families with 1,300 children from 17 front-line settlements as Russian forces advanced toward the oblast's border.

    Russia has lost 1,026,680 troops in Ukraine since the beginning of its full-scale invasion, including 1,120 over the past day, the General Staff of Ukraine's Armed Forces said.

    We've been working hard to bring you independent, locally-sourced news from Ukraine. Consider supporting the Kyiv Independent.
    """,
    g(
        "projectiles",
        728,
        "russia",
        scope="event",
        as_of=U1,
        by="ukrainian air force",
        cue="Russia launched 728 drones",
        note="headline repeats 728; 'shot down 296 drones and seven missiles' and '415 drones ... locally lost' count interceptions, not launches -> not annotated (debatable).",
    ),
    g("projectiles", 13, "russia", scope="event", as_of=U1, by="ukrainian air force", cue="728 drones and 13 missiles"),
    g(
        "injured",
        2,
        "ukraine",
        q="lower",
        scope="event",
        as_of=U1,
        by="lutsk mayor",
        cue="at least two people were injured",
    ),
    g(
        "killed",
        1,
        "ukraine",
        scope="event",
        as_of=U1,
        by="kyiv city military administration",
        cue="one person was killed and two were injured",
    ),
    g(
        "injured",
        2,
        "ukraine",
        scope="event",
        as_of=U1,
        by="kyiv city military administration",
        cue="two were injured when drone debris fell",
    ),
    g("killed", 3, "ukraine", scope="event", as_of=U1, by="kharkiv governor", cue="killed three people and injured 11"),
    g("injured", 11, "ukraine", scope="event", as_of=U1, by="kharkiv governor", cue="injured 11 over the past day"),
    g(
        "killed",
        232,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of="2025-06-30",
        by="un human rights monitoring mission",
        cue="232 civilians were killed and 1,343 injured",
        note="a month's toll ('in June') -> event, as_of the last day of the window (debatable: article date).",
    ),
    g(
        "injured",
        1343,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of="2025-06-30",
        by="un human rights monitoring mission",
        cue="1,343 injured across Ukraine in June",
    ),
    g(
        "killed",
        635,
        "ukraine",
        pop="children",
        q="lower",
        scope="total",
        as_of=U1,
        by="prosecutor general's office",
        cue="at least 635 children have been killed",
    ),
    g(
        "evacuated",
        1300,
        "ukraine",
        pop="children",
        scope="event",
        as_of=U1,
        by="dnipropetrovsk authorities",
        cue="families with 1,300 children from 17 front-line settlements",
        note="mandatory evacuation order -> evacuated; only the children are counted (families are not people counts); 'this week' names no day -> article date. 'Russia has lost 1,026,680 troops' and '1,120' are losses (killed and wounded) with no split -> skipped per FIGURES.md.",
    ),
)

R1 = "2025-02-14"
RUSSIA = article(
    "g_russia_belgorod_minibus_afp",
    R1,
    """
    Four killed in Ukrainian drone strike on minibus in Russia's Belgorod: governor

    Issued on: 14/02/2025 - 16:05

    Moscow (AFP) – A Ukrainian drone attack on a minibus in Russia's Belgorod region killed four people, including two children, and wounded 11 others on Friday, the regional governor said.

    "The enemy deliberately struck a civilian vehicle carrying people to work," Vyacheslav Gladkov said on Telegram, adding that three of the wounded were in serious condition.

    The defence ministry in Moscow said Ukraine had launched 95 drones at Russian regions overnight, most of them at Belgorod, Kursk and Bryansk, and that all had been destroyed.

    Belgorod, which borders Ukraine's Kharkiv region, has come under regular attack since Moscow launched its full-scale offensive almost three years ago.

    In neighbouring Kursk, where Ukrainian troops launched a surprise cross-border incursion last August, more than 150,000 people have been evacuated, according to regional authorities. Around 1,100 residents of areas Ukraine seized are still listed as missing, officials said in January.

    In Ukraine, Russian strikes killed at least seven people over the past 24 hours, Ukrainian officials said, including three in the southern Kherson region, where a Russian drone hit a bus stop.

    - North Korean losses -

    South Korea's spy agency told lawmakers this week that about 300 North Korean soldiers had been killed and some 2,700 wounded fighting for Russia in Kursk. Pyongyang has sent around 11,000 troops to the region, according to Seoul and Kyiv.

    Kyiv said in January it had captured two North Korean soldiers, who have since told journalists they want to stay in Ukraine.

    Neither Moscow nor Kyiv publishes regular figures on its military losses.

    On the front line, Russian forces have continued their slow advance in the eastern Donetsk region, claiming the capture of two more villages near the logistics hub of Pokrovsk this week.

    bur-am/js

    © 2025 AFP
    """,
    g(
        "killed",
        4,
        "russia",
        scope="event",
        as_of=R1,
        by="belgorod governor",
        cue="killed four people, including two children",
        note="headline 'Four killed' is the same figure.",
    ),
    g(
        "killed",
        2,
        "russia",
        pop="children",
        scope="event",
        as_of=R1,
        by="belgorod governor",
        cue="including two children",
    ),
    g(
        "injured",
        11,
        "russia",
        scope="event",
        as_of=R1,
        by="belgorod governor",
        cue="wounded 11 others on Friday",
        note="'three of the wounded were in serious condition' is a subset describing condition -> not annotated (debatable).",
    ),
    g(
        "projectiles",
        95,
        "ukraine",
        scope="event",
        as_of=R1,
        by="russian defence ministry",
        cue="Ukraine had launched 95 drones at Russian regions overnight",
    ),
    g(
        "evacuated",
        150000,
        "russia",
        q="lower",
        scope="total",
        as_of=R1,
        by="kursk regional authorities",
        cue="more than 150,000 people have been evacuated",
    ),
    g(
        "missing",
        1100,
        "russia",
        q="approx",
        scope="total",
        as_of=R1,
        by="kursk officials",
        cue="Around 1,100 residents of areas Ukraine seized are still listed as missing",
        note="'said in January' names no day; kept as the article date (debatable).",
    ),
    g(
        "killed",
        7,
        "ukraine",
        q="lower",
        scope="event",
        as_of=R1,
        by="ukrainian officials",
        cue="killed at least seven people over the past 24 hours",
    ),
    g(
        "killed",
        3,
        "ukraine",
        scope="event",
        as_of=R1,
        by="ukrainian officials",
        cue="including three in the southern Kherson region",
        note="a place subset of the seven -> its own figure (population all).",
    ),
    g(
        "killed",
        300,
        "north-korea",
        pop="combatants",
        q="approx",
        scope="total",
        as_of=R1,
        by="south korean intelligence",
        cue="about 300 North Korean soldiers had been killed",
        note="North Korean soldiers fighting for Russia -> the party they belong to, north-korea (russia defensible).",
    ),
    g(
        "injured",
        2700,
        "north-korea",
        pop="combatants",
        q="approx",
        scope="total",
        as_of=R1,
        by="south korean intelligence",
        cue="some 2,700 wounded fighting for Russia",
        note="'around 11,000 troops' sent is a deployment, not a figure.",
    ),
    g(
        "detained",
        2,
        "north-korea",
        pop="combatants",
        scope="event",
        as_of=None,
        by="ukraine",
        cue="captured two North Korean soldiers",
        note="'in January' names no day -> as_of null (debatable).",
    ),
)

Y1 = "2025-04-18"
YEMEN = article(
    "g_yemen_ras_isa_port_strikes_ap",
    Y1,
    """
    US strikes on Yemen fuel port kill 74, Houthis say, the deadliest of Trump's campaign

    By Jon Gambrell
    Updated 3:42 PM GMT+3, April 18, 2025

    DUBAI, United Arab Emirates (AP) — U.S. airstrikes on the Ras Isa fuel port in Yemen late Thursday killed 74 people and wounded 171 others, the Houthi rebels said Friday, the deadliest attack of the American campaign against the Iran-backed group.

    The Houthi-run health ministry said five paramedics were among the dead. Houthi television aired graphic footage of bodies at the port and of fires burning through the night.

    The U.S. military's Central Command said the strikes aimed to cut off a source of fuel for the Houthis and of revenue from illegal fuel imports. It did not comment on casualties.

    The Israeli military said early Friday that it had intercepted two ballistic missiles launched from Yemen, as air raid sirens sounded in Tel Aviv and Jerusalem.

    The Houthi health ministry says U.S. strikes since March 15 have killed at least 123 civilians across the country. The U.S. says it has hit more than 800 targets and killed hundreds of Houthi fighters, including senior commanders, though it has not offered evidence.

    The Houthis have shot down seven U.S. MQ-9 Reaper drones, each worth about $30 million, in recent weeks.

    Between November 2023 and January 2025, the Houthis targeted more than 100 merchant ships with missiles and drones, sinking two of them and killing four sailors, in what they described as a campaign in support of Palestinians in Gaza.

    Yemen's war, which began when the Houthis seized the capital, Sanaa, in 2014, has killed more than 150,000 people, according to the Armed Conflict Location & Event Data Project, and left some 4.5 million internally displaced, according to the U.N.

    Associated Press writer Samy Magdy in Cairo contributed to this report.
    """,
    g(
        "killed",
        74,
        "yemen",
        scope="event",
        as_of="2025-04-17",
        by="houthis",
        cue="late Thursday killed 74 people",
        note="headline 'kill 74' is the same figure; 'late Thursday' -> 2025-04-17.",
    ),
    g("injured", 171, "yemen", scope="event", as_of="2025-04-17", by="houthis", cue="wounded 171 others"),
    g(
        "killed",
        5,
        "yemen",
        pop="medics",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="five paramedics were among the dead",
    ),
    g(
        "projectiles",
        2,
        "yemen",
        scope="event",
        as_of=Y1,
        by="israeli military",
        cue="intercepted two ballistic missiles launched from Yemen",
    ),
    g(
        "killed",
        123,
        "yemen",
        pop="civilians",
        q="lower",
        scope="total",
        as_of=Y1,
        by="houthi health ministry",
        cue="killed at least 123 civilians across the country",
        note="toll of the US campaign since March 15 -> total of that campaign.",
    ),
    g(
        "killed",
        200,
        "yemen",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=Y1,
        by="us",
        cue="killed hundreds of Houthi fighters",
        note="vague 'hundreds' -> 200/lower. '800 targets', 'seven ... drones' and '$30 million' are not figures.",
    ),
    g(
        "killed",
        4,
        "unknown",
        scope="total",
        as_of=Y1,
        cue="killing four sailors",
        note="sailors of merchant ships of several nationalities -> side unknown; a campaign toll over Nov 2023-Jan 2025 -> total (debatable: event ending 2025-01).",
    ),
    g(
        "killed",
        150000,
        "yemen",
        q="lower",
        scope="total",
        as_of=Y1,
        by="acled",
        cue="has killed more than 150,000 people",
    ),
    g(
        "displaced",
        4500000,
        "yemen",
        q="approx",
        scope="total",
        as_of=Y1,
        by="un",
        cue="some 4.5 million internally displaced",
    ),
)

S1 = "2025-03-10"
SYRIA = article(
    "g_syria_coast_killings_broadcaster",
    S1,
    """
    Syria: More than 1,000 civilians killed in coastal violence, monitor says

    Lina Sinjab
    Middle East correspondent

    10 March 2025

    Share
    Save

    Residents of Latakia province have described gunmen going house to house

    More than 1,000 civilians have been killed in four days of violence in Syria's coastal heartland of the Alawite minority, according to a UK-based war monitor.

    The Syrian Observatory for Human Rights (SOHR) said 1,068 civilians, most of them Alawites, had been killed by security forces and allied groups since Thursday, in what it called "field executions" in Latakia and Tartus provinces.

    It said 231 members of the security forces and 250 fighters loyal to the ousted president, Bashar al-Assad, had also died in the clashes, bringing the overall toll to more than 1,500.

    The BBC has not been able to verify the figures. The interim government says it is fighting "remnants" of the old regime who ambushed its forces on Thursday.

    In the village of al-Mukhtariyah, near Latakia, residents told the BBC that gunmen had killed dozens of men on Friday after separating them from their families. "They asked each man whether he was Alawite," one woman said.

    Thousands of people have fled to the Russian airbase at Hmeimim, near Jableh, seeking protection. Lebanese officials said that between 3,000 and 4,000 Syrians had crossed into northern Lebanon since Friday, many of them wading across the Nahr al-Kabir river.

    Interim President Ahmed al-Sharaa has announced a committee to investigate the killings and report within 30 days. "We will hold accountable, firmly and without leniency, anyone who was involved in the bloodshed of civilians," he said.

    Alawites make up about 10% of Syria's population. Assad, who was toppled in December after 24 years in power, belongs to the sect.

    Syria's civil war, which began in 2011, killed more than half a million people and forced about 12 million from their homes before the fall of Assad.

    More on this story
    Who are Syria's Alawites?
    """,
    g(
        "killed",
        1068,
        "syria",
        pop="civilians",
        scope="total",
        as_of=S1,
        by="sohr",
        cue="said 1,068 civilians, most of them Alawites",
        note="the headline and lead ('More than 1,000 civilians') round the same figure -> listed once with the exact number (debatable: a separate 1000/lower). 'since Thursday' is the running toll of this outbreak -> total (debatable: event).",
    ),
    g(
        "killed",
        231,
        "syria",
        pop="combatants",
        scope="total",
        as_of=S1,
        by="sohr",
        cue="231 members of the security forces",
    ),
    g(
        "killed",
        250,
        "syria",
        pop="combatants",
        scope="total",
        as_of=S1,
        by="sohr",
        cue="250 fighters loyal to the ousted president",
    ),
    g(
        "killed",
        1500,
        "syria",
        q="lower",
        scope="total",
        as_of=S1,
        by="sohr",
        cue="bringing the overall toll to more than 1,500",
    ),
    g(
        "killed",
        24,
        "syria",
        q="lower",
        scope="event",
        as_of="2025-03-07",
        by="residents",
        cue="gunmen had killed dozens of men on Friday",
        note="vague 'dozens' -> 24/lower; men separated from families -> population all (civilians defensible); part of the SOHR toll but its own figure.",
    ),
    g(
        "displaced",
        2000,
        "syria",
        q="lower",
        scope="total",
        as_of=S1,
        cue="Thousands of people have fled to the Russian airbase",
        note="vague 'Thousands' -> 2000/lower.",
    ),
    g(
        "displaced",
        3000,
        "syria",
        q="range",
        high=4000,
        scope="total",
        as_of=S1,
        by="lebanese officials",
        cue="between 3,000 and 4,000 Syrians had crossed into northern Lebanon",
        note="Syrians fleeing into Lebanon -> side syria. '30 days', '10%', '24 years' are not figures.",
    ),
    g(
        "killed",
        500000,
        "syria",
        q="lower",
        scope="total",
        as_of=S1,
        cue="killed more than half a million people",
        note="the civil war's toll ('more than half a million' -> 500000/lower), total; as_of the article date.",
    ),
    g(
        "displaced",
        12000000,
        "syria",
        q="approx",
        scope="total",
        as_of=S1,
        cue="forced about 12 million from their homes",
    ),
)

I1 = "2025-06-17"
IRAN = article(
    "g_iran_israel_war_day_five_aljazeera",
    I1,
    """
    Iran says 224 killed as Israel strikes state TV; Iranian missiles hit central Israel

    Israel orders residents of part of Tehran to leave as the war between the two countries enters its fifth day.

    Published On 17 Jun 2025

    Smoke rises from the headquarters of the Islamic Republic of Iran Broadcasting (IRIB) in Tehran [Handout/WANA via Reuters]

    Iran's Ministry of Health says at least 224 people have been killed in Iran since Israel began its attacks on Friday, including at least 13 children, and 1,277 others wounded. Most of the victims were civilians, the ministry said.

    An Israeli air strike on the headquarters of state broadcaster IRIB in Tehran on Monday killed three staff members, Iranian state media reported. A presenter was on air when the building was hit.

    Before the strike, the Israeli military ordered residents of Tehran's District 3, home to about 330,000 people, to evacuate. Long queues of cars have formed on roads leading out of the capital, and thousands of residents have fled to the north of the country in recent days.

    In Israel, 24 people have been killed and more than 590 wounded by Iranian missiles since Friday, according to the prime minister's office. Iranian missiles struck Petah Tikva and Bnei Brak early on Monday, killing eight people, Israel's Magen David Adom emergency service said.

    Israeli estimates say Iran has fired around 370 ballistic missiles and hundreds of drones at Israel since the start of the war, most of which were intercepted.

    Iraq and Jordan have kept their airspace closed, while tens of thousands of travellers remain stranded abroad.

    Iran's Foreign Minister Abbas Araghchi said Tehran would stop its attacks if Israel halted its strikes. US President Donald Trump left the G7 summit in Canada a day early, telling Tehran residents on social media to "immediately evacuate".

    SOURCE: Al Jazeera and news agencies
    """,
    g(
        "killed",
        224,
        "iran",
        q="lower",
        scope="total",
        as_of=I1,
        by="iranian health ministry",
        cue="at least 224 people have been killed in Iran",
        note="headline 'Iran says 224 killed' is the same figure; the war began on Friday -> 'since Friday' is total.",
    ),
    g(
        "killed",
        13,
        "iran",
        pop="children",
        q="lower",
        scope="total",
        as_of=I1,
        by="iranian health ministry",
        cue="including at least 13 children",
    ),
    g("injured", 1277, "iran", scope="total", as_of=I1, by="iranian health ministry", cue="1,277 others wounded"),
    g(
        "killed",
        3,
        "iran",
        pop="journalists",
        scope="event",
        as_of="2025-06-16",
        by="iranian state media",
        cue="killed three staff members",
        note="staff of the state broadcaster -> journalists (media workers; all defensible).",
    ),
    g(
        "evacuated",
        330000,
        "iran",
        q="approx",
        scope="event",
        as_of="2025-06-16",
        by="israeli military",
        cue="home to about 330,000 people, to evacuate",
        note="the people ordered to leave, given as the district's population -> evacuated, debatable (a population figure, not a count of leavers).",
    ),
    g(
        "displaced",
        2000,
        "iran",
        q="lower",
        scope="event",
        as_of=I1,
        cue="thousands of residents have fled to the north",
        note="vague 'thousands' -> 2000/lower; 'in recent days' -> event. 'tens of thousands of travellers ... stranded' are not displaced by the definition -> not annotated (debatable).",
    ),
    g(
        "killed",
        24,
        "israel",
        scope="total",
        as_of=I1,
        by="israeli prime minister's office",
        cue="24 people have been killed and more than 590 wounded",
    ),
    g(
        "injured",
        590,
        "israel",
        q="lower",
        scope="total",
        as_of=I1,
        by="israeli prime minister's office",
        cue="more than 590 wounded by Iranian missiles",
    ),
    g(
        "killed",
        8,
        "israel",
        scope="event",
        as_of="2025-06-16",
        by="magen david adom",
        cue="killing eight people, Israel's Magen David Adom",
    ),
    g(
        "projectiles",
        370,
        "iran",
        q="approx",
        scope="total",
        as_of=I1,
        by="israeli estimates",
        cue="fired around 370 ballistic missiles",
    ),
    g(
        "projectiles",
        200,
        "iran",
        q="lower",
        scope="total",
        as_of=I1,
        by="israeli estimates",
        cue="and hundreds of drones at Israel",
        note="vague 'hundreds' -> 200/lower.",
    ),
)

ARTICLES = [UKRAINE, RUSSIA, YEMEN, SYRIA, IRAN]
