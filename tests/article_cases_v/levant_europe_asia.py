# ruff: noqa: E501
"""Set V, Lebanon to Myanmar: an AFP-style wire on strikes across south Lebanon, an HTML page on a
strike during the Lebanon truce, a wire on the Deir ez-Zor tribal clashes (Syria), a broadcaster story
on Israeli strikes on Hodeidah (Yemen), a story on Iran's war toll and arrests, a Reuters-style wire on
a Kharkiv glide bomb, an HTML page on a strike on Odesa's port, an undated wire on Belgorod (Russia)
and a Markdown story from an exile outlet on a Sagaing air strike (Myanmar)."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import article, g

# Not figures in v_lebanon_south_strikes: "21 buildings", "a 15-year-old girl" (no count), "10-storey",
# "UNIFIL's 10,000 peacekeepers" (no metric), "Resolution 1701", "$250 million", "2006".
SOUTH_STRIKES = article(
    "v_lebanon_south_strikes",
    "2024-10-17",
    """\
    Israeli strikes kill 21 across Lebanon, ministry says, as Hezbollah fires on Haifa area

    Published 17 October 2024, 18:20
    Updated 17 October 2024, 21:05

    Beirut (AFP) – Israeli strikes on southern and eastern Lebanon killed 21 people on Thursday, the health ministry said, as Hezbollah fired volleys of rockets at northern Israel, including the Haifa bay area.

    The ministry said 14 people were killed in strikes on the Nabatieh and Tyre districts and seven in the Bekaa valley, and that 63 people were wounded. Two paramedics of the Islamic Health Committee, a civil defence group affiliated with Hezbollah, were among the dead in Nabatieh, it said.

    An AFP correspondent in Tyre saw thick smoke rising over the old city, a UNESCO-listed site, after the Israeli army issued an evacuation warning for residents of 21 buildings and struck a 10-storey block near the seafront less than an hour later. Fishing boats remained moored in the harbour and the streets were largely empty.

    "We don't know where to go anymore. They warned us, we left, and when we come back there is nothing," said Ali, a shopkeeper in his 50s who gave only his first name.

    In northern Israel, sirens sounded repeatedly from the Galilee to the outskirts of Haifa. The Israeli military said about 90 projectiles had crossed from Lebanon during the day, some of them intercepted. A 15-year-old girl was lightly wounded by shrapnel in Kiryat Yam, the Magen David Adom rescue service said.

    Hezbollah said in a series of statements that it had targeted a military industries base south of Haifa with "a rocket salvo", and Israeli troops advancing near the border villages of Aita al-Shaab and Ramyeh.

    The Israeli army said five soldiers had been killed in combat in southern Lebanon on Wednesday, bringing to 19 the number of troops killed since ground operations began on September 30.

    Lebanon's health ministry says more than 2,400 people have been killed since the cross-border hostilities began in October last year, most of them since September 23, when Israel dramatically escalated its campaign. The government says more than 1.2 million people have been displaced, many of them sleeping in schools, on beaches or in the streets of Beirut.

    UNIFIL, whose roughly 10,000 peacekeepers patrol the south under Security Council Resolution 1701, said its positions had again come under fire. The World Bank has estimated physical damage in Lebanon at more than $250 million in the housing sector alone.

    The two sides last fought a full-scale war in 2006.

    In Beirut, diplomats said US envoy Amos Hochstein was expected to return to the region to push a proposal for a ceasefire based on the 2006 resolution, under which Hezbollah would withdraw north of the Litani river and the Lebanese army would deploy in the south. Lebanese officials said they had not received a written proposal.

    Lebanon's caretaker prime minister, Najib Mikati, told a visiting French delegation that the country was "ready to send the army to the south" but lacked the money and equipment to do so. France has proposed an international conference to support the Lebanese army and help the country's displaced.
    """,
    g(
        "killed",
        21,
        "lebanon",
        scope="event",
        as_of="2024-10-17",
        by="lebanese health ministry",
        cue="killed 21 people on Thursday",
        note="headline restates it; 'on Thursday' = the article's day",
    ),
    g(
        "killed",
        14,
        "lebanon",
        scope="event",
        as_of="2024-10-17",
        by="lebanese health ministry",
        cue="14 people were killed in strikes on the Nabatieh and Tyre districts",
        note="a split of the 21 by place: two figures (14 and 7)",
    ),
    g(
        "killed",
        7,
        "lebanon",
        scope="event",
        as_of="2024-10-17",
        by="lebanese health ministry",
        cue="and seven in the Bekaa valley",
    ),
    g(
        "injured",
        63,
        "lebanon",
        scope="event",
        as_of="2024-10-17",
        by="lebanese health ministry",
        cue="63 people were wounded",
    ),
    g(
        "killed",
        2,
        "lebanon",
        pop="medics",
        scope="event",
        as_of="2024-10-17",
        by="lebanese health ministry",
        cue="Two paramedics of the Islamic Health Committee",
    ),
    g(
        "projectiles",
        90,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-10-17",
        by="israeli military",
        cue="about 90 projectiles had crossed from Lebanon",
        note="fired from Lebanon (Hezbollah's volleys) -> lebanon",
    ),
    g(
        "killed",
        5,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2024-10-16",
        by="israeli military",
        cue="five soldiers had been killed in combat",
        note="Israeli soldiers killed in Lebanon -> side israel (the party they serve); 'on Wednesday' -> 2024-10-16",
    ),
    g(
        "killed",
        19,
        "israel",
        pop="combatants",
        scope="total",
        as_of="2024-10-17",
        by="israeli military",
        cue="bringing to 19 the number of troops killed",
        note="running toll since the ground operation began -> total; side from the previous clause",
    ),
    g(
        "killed",
        2400,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-10-17",
        by="lebanese health ministry",
        cue="more than 2,400 people have been killed",
    ),
    g(
        "displaced",
        1200000,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-10-17",
        by="lebanese government",
        cue="more than 1.2 million people have been displaced",
        note="'The government says' -> lebanese government",
    ),
)

# Not figures in v_lebanon_truce_html: "a child" (no count), "60 days", "five hilltop positions", footer
# numbers ("$4.99", "22°C", "No. 1 in Beirut").
TRUCE_HTML = article(
    "v_lebanon_truce_html",
    "2025-04-12",
    """\
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta property="article:published_time" content="2025-04-12T16:18:00+03:00">
    <title>Israeli drone strike kills three in south Lebanon despite ceasefire - The Levant Observer</title>
    </head>
    <body>
    <div class="topbar"><a href="/subscribe">Subscribe for $4.99/month</a> | <a href="/login">Log in</a> | Beirut 22°C</div>
    <nav class="main-nav">
    <a href="/">Home</a>
    <a href="/lebanon">Lebanon</a>
    <a href="/region">Region</a>
    <a href="/economy">Economy</a>
    <a href="/opinion">Opinion</a>
    <a href="/podcasts">Podcasts</a>
    </nav>
    <article class="story">
    <h1>Israeli drone strike kills three in south Lebanon despite ceasefire</h1>
    <p class="meta">Beirut bureau | April 12, 2025, 4:18 pm</p>
    <p>An Israeli drone strike on a car near the southern Lebanese town of Kfar Kila killed three people on Saturday, Lebanon's health ministry said, the latest in a string of deadly attacks in the south since a ceasefire between Israel and Hezbollah took effect in late November.</p>
    <p>Seven other people, including a child, were wounded when a second drone struck a motorcycle on the road to Marjayoun minutes later, the ministry said in a statement carried by the state-run National News Agency.</p>
    <p>The Israeli military said it had struck "a Hezbollah terrorist" who was involved in "attempts to re-establish terrorist infrastructure" in the area. Hezbollah did not comment.</p>
    <p>Earlier on Saturday, the army said its air defences had intercepted two rockets launched from Lebanese territory towards the northern town of Metula, the first such fire in nearly two weeks. No group claimed responsibility, and Hezbollah has denied involvement in previous launches.</p>
    <p>The UN human rights office said in a statement this week that at least 71 civilians had been killed by Israeli forces in Lebanon since the ceasefire began, including 14 women and nine children, and urged both sides to respect the agreement.</p>
    <p>Under the truce, brokered by the United States and France, Israeli troops were meant to withdraw from southern Lebanon within 60 days while Hezbollah pulled its fighters and weapons north of the Litani river. Israel has kept troops at five hilltop positions it describes as strategic, and carries out near-daily strikes on what it says are Hezbollah targets.</p>
    <p>About 92,000 people remain displaced in Lebanon, according to the International Organization for Migration, most of them from border villages that were levelled during the fighting. Lebanon says Israel is also holding at least 11 Lebanese citizens captured during the war, and has demanded their release through the US-led monitoring committee.</p>
    <p>The war, which escalated into a full-scale Israeli air campaign and ground invasion in September, killed more than 4,000 people in Lebanon, among them hundreds of civilians, according to the health ministry.</p>
    <p>President Joseph Aoun, elected in January after a two-year vacuum, has said the state alone should hold weapons, a position Hezbollah has so far resisted.</p>
    </article>
    <section class="related">
    <h3>Related</h3>
    <ul>
    <li><a href="/economy/eurobond-talks">Lebanon's Eurobond holders signal openness to talks</a></li>
    <li><a href="/lebanon/power-cuts">Power cuts of up to 20 hours a day return to Tripoli</a></li>
    </ul>
    </section>
    <footer>
    <p>The Levant Observer | No. 1 in Beirut for independent news | &copy; 2025 All rights reserved</p>
    <p><a href="/about">About</a> · <a href="/careers">Careers</a> · <a href="/advertise">Advertise</a></p>
    </footer>
    </body>
    </html>
    """,
    g(
        "killed",
        3,
        "lebanon",
        scope="event",
        as_of="2025-04-12",
        by="lebanese health ministry",
        cue="killed three people on Saturday",
        note="restated in <title> and <h1>",
    ),
    g(
        "injured",
        7,
        "lebanon",
        scope="event",
        as_of="2025-04-12",
        by="lebanese health ministry",
        cue="Seven other people, including a child, were wounded",
        note="'including a child' has no number -> no children figure",
    ),
    g(
        "projectiles",
        2,
        "lebanon",
        scope="event",
        as_of="2025-04-12",
        by="israeli military",
        cue="intercepted two rockets launched from Lebanese territory",
        note="unclaimed launch: side from the territory it was fired from (lebanon)",
    ),
    g(
        "killed",
        71,
        "lebanon",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-04-12",
        by="un human rights office",
        cue="at least 71 civilians had been killed",
        note="running toll since the ceasefire -> total; 'in a statement this week' names no day -> the article's date",
    ),
    g(
        "killed",
        14,
        "lebanon",
        pop="women",
        scope="total",
        as_of="2025-04-12",
        by="un human rights office",
        cue="including 14 women",
    ),
    g(
        "killed",
        9,
        "lebanon",
        pop="children",
        scope="total",
        as_of="2025-04-12",
        by="un human rights office",
        cue="and nine children",
    ),
    g(
        "displaced",
        92000,
        "lebanon",
        q="approx",
        scope="total",
        as_of="2025-04-12",
        by="iom",
        cue="About 92,000 people remain displaced in Lebanon",
    ),
    g(
        "detained",
        11,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2025-04-12",
        by="lebanon",
        cue="holding at least 11 Lebanese citizens captured during the war",
        note="'captured' and held by a state -> detained (prisoners taken), not hostages; 'Lebanon says' -> lebanon",
    ),
    g(
        "killed",
        4000,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2025-04-12",
        by="lebanese health ministry",
        cue="killed more than 4,000 people in Lebanon",
        note="the toll of the (ended) war -> total, dated the article's day",
    ),
    g(
        "killed",
        200,
        "lebanon",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-04-12",
        by="lebanese health ministry",
        cue="among them hundreds of civilians",
        note="vague 'hundreds' -> 200/lower",
    ),
)

# Not figures in v_syria_deir_ezzor: "at least 20 villages", "About 900 US troops" (no metric), "2011",
# "half of the country's pre-war population", "Ahmad al-Khbeil" (one named detainee, no count).
DEIR_EZZOR = article(
    "v_syria_deir_ezzor",
    "2023-09-04",
    """\
    Death toll from Deir ez-Zor clashes between Kurdish-led SDF and Arab tribes rises to 90, monitor says

    September 4, 2023 | 11:47 AM

    BEIRUT — At least 90 people have been killed in a week of fighting between the Kurdish-led Syrian Democratic Forces and Arab tribal fighters in Syria's eastern Deir ez-Zor province, a war monitor said on Monday, as the US-backed force pressed an offensive to retake towns along the Euphrates.

    The Britain-based Syrian Observatory for Human Rights said the dead included 25 SDF fighters, 56 tribal gunmen and nine civilians, among them two children.

    The fighting erupted on August 27 after the SDF arrested Ahmad al-Khbeil, the head of the Deir ez-Zor Military Council, an Arab-led unit nominally under its command, accusing him of corruption and of contacts with the Syrian government. Tribal leaders loyal to al-Khbeil called their men to arms, and the clashes spread within days to at least 20 villages on the eastern bank of the river.

    The SDF said on Sunday that it had detained more than 60 "gunmen and infiltrators" during its operations in the towns of Dhiban and al-Busayrah, and accused the Damascus government and Iranian-backed militias of stoking the unrest. Residents said thousands had fled the two towns towards the desert and neighbouring villages, many of them on foot.

    "The houses are empty. Whoever could leave, left," a resident of Dhiban told Reuters by phone, asking not to be named for fear of reprisals. He said snipers were positioned on rooftops and that bodies lay in the streets for two days before they could be collected.

    The clashes have exposed long-standing tensions between the Kurdish-dominated leadership of the SDF and the Arab tribes who make up most of the population of Deir ez-Zor, many of whom complain of discrimination, forced conscription and the diversion of the province's oil revenues. Tribal leaders have also accused the SDF of arresting their sons without charge.

    Syrian state media hailed what it called a "popular uprising" against the SDF and the US presence, while the Syrian government and Iranian-backed militias hold the western bank of the Euphrates, a few hundred metres away across the river.

    The United States, which has about 900 troops in the northeast as part of the coalition against the Islamic State group, urged both sides to de-escalate and said US officials had met SDF commanders and tribal elders.

    In the opposition-held northwest, government shelling killed two children in the village of Kafr Nouran, west of Aleppo, on Sunday, the White Helmets rescue group said. Russian warplanes also struck the outskirts of Idlib city, it said.

    Syria's war, which began in 2011 with the brutal repression of peaceful protests, has killed more than half a million people and displaced about half of the country's pre-war population.
    """,
    g(
        "killed",
        90,
        "syria",
        q="lower",
        scope="total",
        as_of="2023-09-04",
        by="syrian observatory for human rights",
        cue="At least 90 people have been killed in a week of fighting",
        note="debatable scope: a running toll of the Deir ez-Zor clashes ('rises to 90') -> total; headline restates it",
    ),
    g(
        "killed",
        25,
        "syria",
        pop="combatants",
        scope="total",
        as_of="2023-09-04",
        by="syrian observatory for human rights",
        cue="the dead included 25 SDF fighters",
        note="SDF fighters are Syrian -> syria",
    ),
    g(
        "killed",
        56,
        "syria",
        pop="combatants",
        scope="total",
        as_of="2023-09-04",
        by="syrian observatory for human rights",
        cue="56 tribal gunmen",
    ),
    g(
        "killed",
        9,
        "syria",
        pop="civilians",
        scope="total",
        as_of="2023-09-04",
        by="syrian observatory for human rights",
        cue="nine civilians, among them two children",
    ),
    g(
        "killed",
        2,
        "syria",
        pop="children",
        scope="total",
        as_of="2023-09-04",
        by="syrian observatory for human rights",
        cue="among them two children",
    ),
    g(
        "detained",
        60,
        "syria",
        q="lower",
        scope="total",
        as_of="2023-09-03",
        by="sdf",
        cue='detained more than 60 "gunmen and infiltrators"',
        note="a running count of the operation, reported 'on Sunday' -> as_of 2023-09-03",
    ),
    g(
        "displaced",
        2000,
        "syria",
        q="lower",
        scope="total",
        as_of="2023-09-04",
        by="residents",
        cue="Residents said thousands had fled the two towns",
        note="vague 'thousands' -> 2000/lower",
    ),
    g(
        "killed",
        2,
        "syria",
        pop="children",
        scope="event",
        as_of="2023-09-03",
        by="white helmets",
        cue="government shelling killed two children",
    ),
    g(
        "killed",
        500000,
        "syria",
        q="lower",
        scope="total",
        as_of="2023-09-04",
        cue="has killed more than half a million people",
        note="'half a million' -> 500000",
    ),
)

# Not figures in v_yemen_hodeidah_strikes: "about 14 fighter jets", "more than 100 vessels", "sinking
# two" (ships), "a missile" (no count), "2,000 km", "decade-long".
HODEIDAH = article(
    "v_yemen_hodeidah_strikes",
    "2024-12-19",
    """\
    Israeli jets strike Yemen's ports and power stations after Houthi missile hits school near Tel Aviv

    Updated 19 December 2024, 15:02 GMT

    Smoke rises over the port of Hodeidah after Israeli air strikes, in this image taken from Houthi-run television.

    Israeli warplanes struck ports and power stations controlled by Yemen's Houthi movement early on Thursday, killing nine people, the Houthi-run Al-Masirah television reported, hours after a missile fired from Yemen destroyed a school building near Tel Aviv.

    Most of the dead were workers at the port of Salif, north of Hodeidah, the channel said, citing the health ministry in the Houthi-controlled capital, Sanaa. Three other people were wounded.

    The Israeli military said about 14 fighter jets took part in two waves of strikes on the ports of Hodeidah, Salif and Ras Isa and on the Hezyaz and Ras Kanatib power stations, which it said the Houthis used to support their military operations. The targets were about 2,000 km from Israel.

    In Israel, a missile launched from Yemen before dawn was partially intercepted, and its warhead brought down the roof of a school building in Ramat Gan, east of Tel Aviv. The building was empty at the time. Magen David Adom said 16 people were lightly hurt while running to shelters.

    The Houthis' military spokesman, Yahya Saree, said in a televised statement that the group had fired "two hypersonic ballistic missiles" at "military targets in Jaffa" and vowed to continue its attacks until Israel ended its war in Gaza.

    "The Houthis are learning what Hamas and Hezbollah learned," Israeli Prime Minister Benjamin Netanyahu said in a video statement. "Whoever harms Israel will pay a very heavy price."

    Houthi leader Abdul-Malik al-Houthi said in a televised speech later on Thursday that the strikes would "not deter" the group. Crowds gathered in Sanaa's Sabeen Square after Friday prayers last week to denounce Israel and the United States, as they have every week since the war in Gaza began.

    The damage to the power stations is likely to deepen electricity shortages in Sanaa and Hodeidah, where most homes already rely on solar panels and generators. The Red Sea ports handle most of the fuel, food and medicine imported into Houthi-held areas, and aid agencies warned that any prolonged disruption would hit a population that is already among the hungriest in the world.

    The Houthis, who control most of Yemen's population centres, say their attacks are in solidarity with the Palestinians in Gaza. Since November 2023 they have fired more than 200 ballistic missiles and some 170 drones at Israel, according to the Israeli military, most of them intercepted or falling short.

    The group has also targeted merchant shipping in the Red Sea and the Gulf of Aden, attacking more than 100 vessels and sinking two. The 25 crew members of the Galaxy Leader, a car carrier seized in November 2023, are still being held in Yemen.

    Yemen's decade-long war, which pits the Houthis against a government backed by a Saudi-led coalition, has killed tens of thousands of people. The United Nations says 4.5 million Yemenis are internally displaced, and more than half the population depends on aid.
    """,
    g(
        "killed",
        9,
        "yemen",
        scope="event",
        as_of="2024-12-19",
        by="al-masirah",
        cue="killing nine people, the Houthi-run Al-Masirah television reported",
        note="reported_by: the channel the text credits (it cites the Houthi health ministry in the next sentence)",
    ),
    g(
        "injured",
        3,
        "yemen",
        scope="event",
        as_of="2024-12-19",
        cue="Three other people were wounded",
        note="side from the previous sentences (Yemen's ports); no attribution in its own sentence -> null (the channel is credited in the sentence before)",
    ),
    g(
        "injured",
        16,
        "israel",
        scope="event",
        as_of="2024-12-19",
        by="magen david adom",
        cue="16 people were lightly hurt while running to shelters",
    ),
    g(
        "projectiles",
        2,
        "yemen",
        scope="event",
        as_of="2024-12-19",
        by="houthis",
        cue='fired "two hypersonic ballistic missiles"',
        note="the Houthis' own claim; Houthis -> yemen",
    ),
    g(
        "projectiles",
        200,
        "yemen",
        q="lower",
        scope="total",
        as_of="2024-12-19",
        by="israeli military",
        cue="fired more than 200 ballistic missiles",
    ),
    g(
        "projectiles",
        170,
        "yemen",
        q="approx",
        scope="total",
        as_of="2024-12-19",
        by="israeli military",
        cue="some 170 drones at Israel",
    ),
    g(
        "hostages",
        25,
        "unknown",
        scope="total",
        as_of="2024-12-19",
        cue="The 25 crew members of the Galaxy Leader",
        note="a seized ship's crew held in Yemen -> hostages; their nationality is not given -> unknown (they are not Yemenis)",
    ),
    g(
        "killed",
        20000,
        "yemen",
        q="lower",
        scope="total",
        as_of="2024-12-19",
        cue="has killed tens of thousands of people",
        note="vague 'tens of thousands' -> 20000/lower",
    ),
    g(
        "displaced",
        4500000,
        "yemen",
        scope="total",
        as_of="2024-12-19",
        by="un",
        cue="4.5 million Yemenis are internally displaced",
    ),
)

# Not figures in v_iran_war_toll: "12-day war", "80 metres", "60%", "$2 billion", "a man" hanged (no
# count), "about 200 km".
IRAN_TOLL = article(
    "v_iran_war_toll",
    "2025-06-26",
    """\
    Iran raises war death toll to 627 as security forces round up more than 700 suspected spies

    By Shirin Ahmadi, Middle East reporter

    26 June 2025, 17:05 GMT

    Iran's health ministry said on Thursday that 627 people had been killed in Israeli strikes during the 12-day war, among them 49 women and 13 children, and 4,870 wounded, as authorities pressed a sweeping crackdown on people they accuse of collaborating with Israel.

    Ministry spokesman Hossein Kermanpour said most of the dead were civilians, though he gave no breakdown. Israel says its strikes targeted nuclear sites, missile launchers and military commanders, and that those killed included senior commanders and nuclear scientists.

    The judiciary said on Wednesday that 79 people, including prisoners, guards, staff and visiting relatives, had been killed when Israeli missiles struck Tehran's Evin prison on Monday. The strike hit the prison's administrative building and its visitors' section, the judiciary's news agency Mizan said.

    Read more: What we know about the damage at Fordow

    Police spokesman Saeed Montazeralmahdi said more than 700 people had been arrested across the country on suspicion of spying for Israel or helping its operations since the war began on 13 June. State television has broadcast what it says are confessions by some of them, and a man convicted of espionage was hanged on Wednesday in the northwestern city of Urmia.

    Rights groups fear the crackdown will widen. "We have seen this pattern before. Every war, every protest, ends with a wave of arrests and executions," said a researcher at a London-based rights group, who asked not to be named to protect relatives in Iran.

    In Israel, 28 people were killed by Iranian missile strikes, according to Israeli officials, and more than 3,200 were wounded. Iran fired about 550 ballistic missiles and more than 1,000 drones at Israel during the war, the Israeli military says; most were intercepted, but several struck residential buildings in Tel Aviv, Bat Yam, Rehovot and Beersheba.

    The United States joined the war on Sunday, striking the Fordow enrichment site, buried about 80 metres under a mountain, along with facilities at Natanz and Isfahan. Iran had been enriching uranium up to 60%, a short step from weapons grade. A ceasefire announced by US President Donald Trump took hold on Tuesday.

    In Tehran, shops and banks reopened this week and traffic returned to the capital's streets, though many residents who left for the Caspian coast and other provinces during the bombing have yet to come back. Internet access, restricted during the war, was gradually being restored.

    Supreme Leader Ayatollah Ali Khamenei, who had not been seen in public since the start of the war, was expected to deliver a televised address. Officials have insisted that Iran's nuclear programme will continue and that parliament would vote on suspending cooperation with the International Atomic Energy Agency.

    Iran's government has estimated the damage to housing and infrastructure at more than $2 billion, and officials say reconstruction will begin in Tehran's worst-hit districts within weeks.
    """,
    g(
        "killed",
        627,
        "iran",
        scope="total",
        as_of="2025-06-26",
        by="iranian health ministry",
        cue="627 people had been killed",
        note="headline restates it; the war's toll -> total, dated the day it was reported",
    ),
    g(
        "injured",
        4870,
        "iran",
        scope="total",
        as_of="2025-06-26",
        by="iranian health ministry",
        cue="and 4,870 wounded, as authorities",
    ),
    g(
        "killed",
        49,
        "iran",
        pop="women",
        scope="total",
        as_of="2025-06-26",
        by="iranian health ministry",
        cue="among them 49 women",
    ),
    g(
        "killed",
        13,
        "iran",
        pop="children",
        scope="total",
        as_of="2025-06-26",
        by="iranian health ministry",
        cue="13 children",
    ),
    g(
        "killed",
        79,
        "iran",
        scope="event",
        as_of="2025-06-23",
        by="iranian judiciary",
        cue="79 people, including prisoners, guards, staff and visiting relatives, had been killed",
        note="the Evin strike 'on Monday' -> 2025-06-23 (the judiciary spoke on Wednesday)",
    ),
    g(
        "detained",
        700,
        "iran",
        q="lower",
        scope="total",
        as_of="2025-06-26",
        by="iranian police",
        cue="more than 700 people had been arrested",
        note="the headline restates it",
    ),
    g(
        "killed",
        28,
        "israel",
        scope="total",
        as_of="2025-06-26",
        by="israeli officials",
        cue="28 people were killed by Iranian missile strikes",
    ),
    g(
        "injured",
        3200,
        "israel",
        q="lower",
        scope="total",
        as_of="2025-06-26",
        by="israeli officials",
        cue="more than 3,200 were wounded",
    ),
    g(
        "projectiles",
        550,
        "iran",
        q="approx",
        scope="total",
        as_of="2025-06-26",
        by="israeli military",
        cue="Iran fired about 550 ballistic missiles",
    ),
    g(
        "projectiles",
        1000,
        "iran",
        q="lower",
        scope="total",
        as_of="2025-06-26",
        by="israeli military",
        cue="more than 1,000 drones at Israel",
    ),
)

# Not figures in v_ukraine_kharkiv_glide: "five-storey", "about 30 km (19 miles)", "5 km", "1,140 troops"
# (Ukraine's count of Russian "losses", killed and wounded with no split -> skipped per FIGURES.md),
# "the 13th Khartiia brigade".
KHARKIV = article(
    "v_ukraine_kharkiv_glide",
    "2024-06-22",
    """\
    Russian glide bomb hits Kharkiv apartment block, killing three and wounding 41

    By Olena Harmash and Max Hunder

    June 22, 2024 6:48 PM GMT+3

    KHARKIV, Ukraine (Reuters) - A Russian guided aerial bomb hit a five-storey apartment building in Kharkiv on Saturday, killing three people and wounding 41, including three children, the regional governor said.

    Rescuers work at the site of a building hit by a Russian air strike in Kharkiv. REUTERS/Sofiia Gatilova

    The bomb tore through the upper floors of the building in the city's Shevchenkivskyi district shortly after 3 p.m., when many residents were at home. Windows were blown out in neighbouring buildings and several cars caught fire.

    "Rescuers are still checking the apartments; we cannot rule out that people are under the rubble," Governor Oleh Syniehubov wrote on the Telegram messaging app. Police said later that two people were still unaccounted for.

    Russia has pounded Kharkiv, Ukraine's second-largest city about 30 km (19 miles) from the border, with glide bombs - Soviet-era bombs fitted with wings and satellite navigation that are released from aircraft far from the front line - since launching a cross-border offensive in the region on May 10.

    Overnight, Russia launched 16 Shahed attack drones and one Iskander-M ballistic missile at Ukraine, the Ukrainian air force said, adding that 13 of the drones had been shot down over the Mykolaiv, Kherson, Sumy and Kharkiv regions.

    In the eastern Donetsk region, Russian shelling killed two civilians and wounded seven others over the past day, Governor Vadym Filashkin said. Russian forces have been advancing slowly west of the town of Avdiivka, which they captured in February.

    Read more: Ukraine's Kharkiv residents adapt to life under the bombs

    Ukrainian officials say more than 11,000 people have been evacuated from Vovchansk and surrounding villages since the offensive began. The town, 5 km from the border, has been largely destroyed, and units including the 13th Khartiia brigade are fighting Russian troops in its streets.

    Ukraine's military said on Saturday that Russia had lost 1,140 troops in the past 24 hours, a figure that could not be independently verified. Moscow does not disclose its losses.

    Kharkiv's mayor, Ihor Terekhov, said the city's schools would hold classes underground again in September, in specially built shelters and metro stations, as they did last year. Several large employers have moved production lines into basements to keep working during air raid alerts, which can last for hours.

    President Volodymyr Zelenskiy renewed his appeal to Western partners for more Patriot air defence systems, saying that seven more would be enough to protect Ukraine's cities from Russian bombs and missiles.

    (Reporting by Olena Harmash in Kharkiv and Max Hunder in Kyiv; Editing by Frances Kerry)
    """,
    g(
        "killed",
        3,
        "ukraine",
        scope="event",
        as_of="2024-06-22",
        by="kharkiv governor",
        cue="killing three people and wounding 41",
        note="headline restates both numbers; 'the regional governor' of Kharkiv -> kharkiv governor",
    ),
    g(
        "injured",
        41,
        "ukraine",
        scope="event",
        as_of="2024-06-22",
        by="kharkiv governor",
        cue="wounding 41, including three children",
    ),
    g(
        "injured",
        3,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2024-06-22",
        by="kharkiv governor",
        cue="including three children, the regional governor said",
    ),
    g(
        "missing",
        2,
        "ukraine",
        scope="event",
        as_of="2024-06-22",
        by="police",
        cue="two people were still unaccounted for",
    ),
    g(
        "projectiles",
        16,
        "russia",
        scope="event",
        as_of="2024-06-22",
        by="ukrainian air force",
        cue="Russia launched 16 Shahed attack drones",
        note="'Overnight' -> the article's day",
    ),
    g(
        "projectiles",
        1,
        "russia",
        scope="event",
        as_of="2024-06-22",
        by="ukrainian air force",
        cue="one Iskander-M ballistic missile",
    ),
    g(
        "projectiles",
        13,
        "russia",
        scope="event",
        as_of="2024-06-22",
        by="ukrainian air force",
        cue="13 of the drones had been shot down",
        note="debatable: drones shot down are a subset of those launched; annotated as a projectiles figure of its own (the side that fired them)",
    ),
    g(
        "killed",
        2,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of="2024-06-22",
        by="donetsk governor",
        cue="Russian shelling killed two civilians",
    ),
    g(
        "injured",
        7,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of="2024-06-22",
        by="donetsk governor",
        cue="wounded seven others over the past day",
        note="'seven others' after 'two civilians' -> civilians",
    ),
    g(
        "evacuated",
        11000,
        "ukraine",
        q="lower",
        scope="total",
        as_of="2024-06-22",
        by="ukrainian officials",
        cue="more than 11,000 people have been evacuated from Vovchansk",
    ),
)

# Not figures in v_ukraine_odesa_port_html: "60 million tonnes", "more than 300 port facilities",
# "fourth attack", "100 km", "a 57-year-old man" (no count), footer numbers.
ODESA_HTML = article(
    "v_ukraine_odesa_port_html",
    "2024-10-09",
    """\
    <!DOCTYPE html>
    <html lang="uk-en">
    <head>
    <meta charset="utf-8">
    <meta property="article:published_time" content="2024-10-09T22:41:00+03:00">
    <title>Missile strike on Odesa port kills eight as Russia targets grain corridor | Black Sea Herald</title>
    <script src="/js/analytics.min.js"></script>
    </head>
    <body class="article-page">
    <header class="site-header">
    <a class="logo" href="/">Black Sea Herald</a>
    <ul class="menu">
    <li><a href="/news">News</a></li>
    <li><a href="/war">War</a></li>
    <li><a href="/odesa">Odesa</a></li>
    <li><a href="/business">Business</a></li>
    <li><a href="/culture">Culture</a></li>
    </ul>
    </header>
    <div class="content">
    <h1>Missile strike on Odesa port kills eight as Russia targets Ukraine's grain corridor</h1>
    <div class="article-info">Iryna Bondar · 9 October 2024, 22:41 · 4 min read</div>
    <p>A Russian ballistic missile struck a civilian container ship being loaded at a port in the Odesa region on Wednesday evening, killing eight people and injuring 10, regional governor Oleh Kiper said.</p>
    <p>The ship, sailing under the flag of Panama, was moored at one of the ports of Greater Odesa when the missile hit its deck shortly after 7 p.m. Fire crews fought the blaze for several hours.</p>
    <p>It was the fourth attack on the region's ports in less than a week and the second to hit a civilian vessel. Kiper called the strike "a deliberate attack on the grain corridor and on freedom of navigation".</p>
    <p>The corridor, which Ukraine opened after Russia quit a UN-brokered export deal in July 2023, has carried more than 60 million tonnes of cargo. Ukrainian officials say Russian strikes have damaged more than 300 port facilities since then.</p>
    <p>Earlier in the day, Ukraine's air force said Russia had launched 27 Shahed drones overnight, of which 23 were destroyed; the rest were lost from radar, probably to electronic jamming.</p>
    <p>In Kherson, about 100 km to the east, Russian drones killed two people and wounded four on Wednesday, the regional administration said. Among the injured was a 57-year-old man who was riding a bicycle near the Dnipro embankment.</p>
    <blockquote>"Every day they hunt people with drones here. You go out for bread and you don't know if you will come back," said Tetiana, a Kherson resident who did not give her surname.</blockquote>
    <p>At least 11,973 civilians have been killed in Ukraine since Russia's full-scale invasion in February 2022, including 622 children, the UN human rights monitoring mission said last month. It says the real figure is likely to be considerably higher.</p>
    <p>Odesa, Ukraine's largest port, has been hit repeatedly since the start of the war, with strikes damaging its historic centre, a UNESCO World Heritage site.</p>
    </div>
    <div class="newsletter">Get our morning briefing: 5 stories in 5 minutes. <a href="/subscribe">Sign up</a></div>
    <footer class="site-footer">
    <p>&copy; 2014–2024 Black Sea Herald. Odesa, 65014, vul. Derybasivska 12.</p>
    <p><a href="/privacy">Privacy</a> | <a href="/ads">Advertising</a> | <a href="/rss">RSS</a></p>
    </footer>
    </body>
    </html>
    """,
    g(
        "killed",
        8,
        "ukraine",
        scope="event",
        as_of="2024-10-09",
        by="odesa governor",
        cue="killing eight people and injuring 10",
        note="restated in <title> and <h1>; 'regional governor Oleh Kiper' -> odesa governor",
    ),
    g(
        "injured",
        10,
        "ukraine",
        scope="event",
        as_of="2024-10-09",
        by="odesa governor",
        cue="injuring 10, regional governor Oleh Kiper said",
    ),
    g(
        "projectiles",
        27,
        "russia",
        scope="event",
        as_of="2024-10-09",
        by="ukrainian air force",
        cue="Russia had launched 27 Shahed drones overnight",
    ),
    g(
        "projectiles",
        23,
        "russia",
        scope="event",
        as_of="2024-10-09",
        by="ukrainian air force",
        cue="of which 23 were destroyed",
        note="debatable: destroyed drones are a subset of the 27; annotated as its own projectiles figure",
    ),
    g(
        "killed",
        2,
        "ukraine",
        scope="event",
        as_of="2024-10-09",
        by="kherson regional administration",
        cue="Russian drones killed two people",
    ),
    g(
        "injured",
        4,
        "ukraine",
        scope="event",
        as_of="2024-10-09",
        by="kherson regional administration",
        cue="wounded four on Wednesday",
    ),
    g(
        "killed",
        11973,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2024-10-09",
        by="un human rights monitoring mission",
        cue="At least 11,973 civilians have been killed in Ukraine",
        note="'said last month' names no day -> the article's date",
    ),
    g(
        "killed",
        622,
        "ukraine",
        pop="children",
        scope="total",
        as_of="2024-10-09",
        by="un human rights monitoring mission",
        cue="including 622 children",
    ),
)

# Undated: every as_of is null. Not figures in v_russia_belgorod_undated: "10 km", "1,000 square metres",
# "two fire trains", "a 42-year-old driver" (no count).
BELGOROD = article(
    "v_russia_belgorod_undated",
    None,
    """\
    Ukrainian shelling kills two in Russia's Belgorod region; Moscow says 58 drones downed

    MOSCOW (Reuters) - Ukrainian shelling of a village in Russia's Belgorod region killed two people on Sunday and wounded 12 others, including two children, the regional governor said, while the Defence Ministry said air defences had destroyed 58 Ukrainian drones overnight.

    Governor Vyacheslav Gladkov said on Telegram that the village of Oktyabrsky, about 10 km from the Ukrainian border, had come under fire from multiple rocket launchers in the morning. Houses, a shop and a gas pipeline were damaged, he said.

    Of the drones, 31 were downed over the Belgorod region and 14 over the Kursk region, the ministry said, with the rest destroyed over the Bryansk, Voronezh and Oryol regions. It did not say whether any had hit their targets.

    In the Oryol region, a drone attack set fire to an oil depot, regional governor Andrei Klychkov said. The blaze, which covered about 1,000 square metres, was put out by firefighters supported by two fire trains. There were no casualties, he said.

    In the Kursk region, a Ukrainian drone struck a car on a road near the border, killing a 42-year-old driver, the acting governor said.

    Gladkov said about 1,200 children from the most exposed border districts had been sent to summer camps and sanatoriums in other Russian regions, as part of an evacuation that began after shelling intensified in the spring. Russian authorities say more than 2,300 residents of the region's border villages are living in temporary accommodation centres.

    "People are tired. They want to go home, but home is under fire every day," a volunteer coordinating aid in the town of Shebekino told Reuters, asking not to be named.

    In Belgorod itself, the regional capital, residents have grown used to air raid sirens and the sound of air defences. Concrete shelters have been installed at bus stops, and the city authorities cancelled public celebrations and closed shopping centres for several days after earlier attacks. Schools in the border districts have switched to remote learning.

    The FSB security service said it had detained three residents of the region suspected of passing the coordinates of military sites and air defence positions to Ukrainian intelligence. If convicted of treason, they face up to life in prison.

    The Kremlin has accused Western countries of encouraging the attacks by supplying Ukraine with weapons and intelligence, and has vowed to create a "buffer zone" on the Ukrainian side of the border to protect Russian territory. President Vladimir Putin has said Russia's offensive in Ukraine's Kharkiv region was launched in part for that reason.

    Kyiv rarely comments on specific attacks inside Russia but says its strikes target military infrastructure and are a response to Russia's full-scale invasion. Ukraine's general staff said its drones had hit the Oryol oil depot, which it said supplied Russian forces.
    """,
    g(
        "killed",
        2,
        "russia",
        scope="event",
        as_of=None,
        by="belgorod governor",
        cue="killed two people on Sunday",
        note="headline restates it; undated article -> as_of null",
    ),
    g(
        "injured",
        12,
        "russia",
        scope="event",
        as_of=None,
        by="belgorod governor",
        cue="wounded 12 others, including two children",
    ),
    g(
        "injured",
        2,
        "russia",
        pop="children",
        scope="event",
        as_of=None,
        by="belgorod governor",
        cue="including two children, the regional governor said",
    ),
    g(
        "projectiles",
        58,
        "ukraine",
        scope="event",
        as_of=None,
        by="russian defence ministry",
        cue="destroyed 58 Ukrainian drones overnight",
        note="Ukrainian drones -> side ukraine (the side that fired them); headline restates it",
    ),
    g(
        "projectiles",
        31,
        "ukraine",
        scope="event",
        as_of=None,
        by="russian defence ministry",
        cue="31 were downed over the Belgorod region",
        note="a split of the 58 by region: two figures (31 and 14); side from the previous sentence",
    ),
    g(
        "projectiles",
        14,
        "ukraine",
        scope="event",
        as_of=None,
        by="russian defence ministry",
        cue="14 over the Kursk region",
    ),
    g(
        "evacuated",
        1200,
        "russia",
        pop="children",
        q="approx",
        scope="total",
        as_of=None,
        by="belgorod governor",
        cue="about 1,200 children from the most exposed border districts",
        note="sent away 'as part of an evacuation' -> evacuated; side from the article's subject (Belgorod region)",
    ),
    g(
        "displaced",
        2300,
        "russia",
        q="lower",
        scope="total",
        as_of=None,
        by="russian authorities",
        cue="more than 2,300 residents of the region's border villages",
        note="living in temporary accommodation centres -> displaced",
    ),
    g("detained", 3, "russia", scope="event", as_of=None, by="fsb", cue="detained three residents of the region"),
)

# Not figures in v_myanmar_sagaing_md: "two fighter jets", "38" (age), "under ten" (age), "more than
# 1,100 air strikes", "500-pound bombs", "February 2021".
SAGAING_MD = article(
    "v_myanmar_sagaing_md",
    "2025-01-14",
    """\
    # Junta air strike on Sagaing village kills at least 23, including six children

    Published 14 January 2025 · Sagaing Region

    *Residents of a village tract in Kanbalu Township say two fighter jets dropped bombs during a gathering for a novice ordination ceremony*

    A military air strike on a village in Sagaing Region's Kanbalu Township killed at least 23 people on Sunday night, including six children and four women, local officials and residents said.

    Two fighter jets dropped what residents described as 500-pound bombs on the centre of the village tract at about 9 p.m., when dozens of families had gathered at the monastery compound for the ceremony, they said. More than 30 people were injured, several of them seriously, and were taken by motorbike to clinics run by the resistance in neighbouring villages.

    Seven people were still missing on Tuesday, according to the village administrator, a member of the parallel National Unity Government's local administration.

    > "We buried 23 people, and six of them were children under ten. What did they do? They came to watch a ceremony," said Ko Zaw, 38, who lost his brother and niece in the attack.

    Between 1,500 and 2,000 residents of the village tract and neighbouring villages have fled into the forest since the attack, fearing further strikes, the administrator said. Many are sleeping under tarpaulins without enough food or medicine.

    The military, which seized power in a coup in February 2021, has not commented on the strike. It has previously said it targets only "terrorists", its term for the People's Defence Forces (PDF) that took up arms against the coup.

    The local PDF said its fighters had killed 15 soldiers in an ambush on a military convoy on the road to Kanbalu on Saturday, a claim that could not be independently verified. Fighting in the area has intensified since resistance forces overran several army outposts late last year.

    ## The numbers behind the war

    - **More than 3.5 million** people are displaced inside Myanmar, according to the United Nations.
    - The Assistance Association for Political Prisoners (AAPP) says the military has killed at least 6,200 civilians since the coup.
    - More than 21,000 people remain in detention, the AAPP says.
    - Monitors recorded more than 1,100 air strikes across the country last year, most of them in Sagaing, Magway and Rakhine.

    The village tract lies in a part of Sagaing where resistance groups have set up their own schools, clinics and courts, and where the military rarely sends ground troops. Residents said they had dug bunkers next to their homes after earlier raids, but that there had been no warning before the jets arrived.

    The junta has increasingly turned to air power as it loses ground to ethnic armed groups and resistance forces. Rights groups say the strikes frequently hit schools, monasteries, hospitals and camps for displaced people.
    """,
    g(
        "killed",
        23,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-01-12",
        by="local officials",
        cue="killed at least 23 people on Sunday night",
        note="'on Sunday night' counted back from Tuesday 14 January; the headline and the quote ('We buried 23 people') restate it",
    ),
    g(
        "killed",
        6,
        "myanmar",
        pop="children",
        scope="event",
        as_of="2025-01-12",
        by="local officials",
        cue="including six children and four women",
        note="the quote restates it",
    ),
    g(
        "killed",
        4,
        "myanmar",
        pop="women",
        scope="event",
        as_of="2025-01-12",
        by="local officials",
        cue="four women, local officials and residents said",
    ),
    g(
        "injured",
        30,
        "myanmar",
        q="lower",
        scope="event",
        as_of="2025-01-12",
        cue="More than 30 people were injured",
        note="side from the article's subject; no attribution in its own sentence -> null",
    ),
    g(
        "missing",
        7,
        "myanmar",
        scope="event",
        as_of="2025-01-14",
        by="village administrator",
        cue="Seven people were still missing on Tuesday",
    ),
    g(
        "displaced",
        1500,
        "myanmar",
        q="range",
        high=2000,
        scope="event",
        as_of="2025-01-14",
        by="village administrator",
        cue="Between 1,500 and 2,000 residents",
        note="fled since the attack, counted on the article's day -> event dated 2025-01-14",
    ),
    g(
        "killed",
        15,
        "myanmar",
        pop="combatants",
        scope="event",
        as_of="2025-01-11",
        by="people's defence force",
        cue="had killed 15 soldiers in an ambush",
        note="junta soldiers -> myanmar; 'on Saturday' -> 2025-01-11",
    ),
    g(
        "displaced",
        3500000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2025-01-14",
        by="un",
        cue="**More than 3.5 million** people are displaced",
    ),
    g(
        "killed",
        6200,
        "myanmar",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2025-01-14",
        by="aapp",
        cue="has killed at least 6,200 civilians since the coup",
    ),
    g(
        "detained",
        21000,
        "myanmar",
        q="lower",
        scope="total",
        as_of="2025-01-14",
        by="aapp",
        cue="More than 21,000 people remain in detention",
    ),
)

ARTICLES = [SOUTH_STRIKES, TRUCE_HTML, DEIR_EZZOR, HODEIDAH, IRAN_TOLL, KHARKIV, ODESA_HTML, BELGOROD, SAGAING_MD]
