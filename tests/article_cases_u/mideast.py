# ruff: noqa: E501
"""Set U, Middle East: an Iran-Israel live blog, the first Gaza hostage/prisoner exchange, an HTML page on
Lebanon's displaced going home, West Bank camp raids, a press-freedom NGO release, a long feature on
Syria's disappeared, a wire brief on UN staff held by the Houthis and an undated Q&A on Gaza's toll."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import article, g

ARTICLES = [
    article(
        "u_iran_barrage_liveblog",
        "2024-04-14",
        """
Iran attack on Israel: what we know as drones and missiles are launched - live updates
Last updated: 14 April 2024, 11:52 BST

Key points
* Iran launched drones and missiles at Israel on Saturday night, its first direct military attack on Israeli territory
* Israel says nearly all were intercepted with help from the United States, Britain, France and Jordan
* G7 leaders will hold a video call on Sunday afternoon; the UN Security Council meets at 4pm New York time

Sunday 14 April 2024

11:52 BST - Jordan says it shot down "flying objects"
Jordan's cabinet says its air force intercepted a number of "flying objects" that entered the kingdom's airspace overnight, without saying how many. Debris fell in two places, including a residential area south of Amman, but nobody was hurt, a government spokesman said.

10:31 BST - US forces downed more than 70 drones, official says
A US defence official told reporters that American aircraft and two destroyers in the eastern Mediterranean shot down more than 70 drones and a handful of ballistic missiles on Saturday night. President Joe Biden, who cut short a weekend at his home in Delaware, said the US had helped Israel take down "nearly all" of what was launched and that he would convene G7 leaders to coordinate "a united diplomatic response".

09:05 BST - Injured in the south
Israel's Magen David Adom ambulance service says a 10-year-old Bedouin girl was seriously wounded by shrapnel near Arad, in the Negev desert. Another 12 people were lightly hurt while running to shelters early on Sunday, it said, most of them in the south of the country.

08:20 BST - Israeli military: "99 percent" intercepted
Military spokesman Rear Adm Daniel Hagari said Iran had launched about 170 drones, more than 30 cruise missiles and more than 120 ballistic missiles at Israel on Saturday night. None of the drones or cruise missiles crossed into Israeli territory, he said. A small number of ballistic missiles got through, causing light damage to the Nevatim air base, which he said was "still functioning".

"Ninety-nine percent of the threats launched at Israeli territory were intercepted," Hagari said in a televised statement at around 5.30am local time. "This is a very significant strategic achievement."

07:40 BST - Rockets from Lebanon
Hezbollah says it fired two salvos of Katyusha rockets at an Israeli air defence base in the occupied Golan Heights. The Israeli military said about 40 launches from Lebanon were identified early on Sunday, some of which were intercepted.

06:15 BST - Iran says operation "concluded"
Iran's mission to the United Nations said on X that the matter "can be deemed concluded", but warned that if Israel made "another mistake", Iran's response would be "considerably more severe". The statement cited Article 51 of the UN Charter on self-defence.

Saturday 13 April 2024

23:58 BST - Airspace closed
Israel, Jordan, Iraq and Lebanon have closed their airspace. The Israeli military says the drones will take "several hours" to reach Israel, and has told residents of the Golan Heights, Nevatim, Dimona and Eilat to stay near protected spaces. Schools across Israel will be closed on Sunday, and gatherings of more than 1,000 people are banned.

23:14 BST - Iran launches drones
Israel's military says Iran has launched dozens of drones from its territory towards Israel. Iran's Revolutionary Guards confirmed on state television that they had begun a drone and missile attack on "specific targets" in retaliation for what they called "the Zionist regime's crimes".

19:30 BST - Why now?
Iran vowed to retaliate after an air strike on its consular building in Damascus on 1 April killed seven members of the Revolutionary Guards, among them a senior commander, Brig Gen Mohammad Reza Zahedi. Syrian state media said six Syrian citizens were also killed in the strike. Israel has neither confirmed nor denied carrying it out.

17:02 BST - Container ship seized
Earlier on Saturday, Revolutionary Guards commandos abseiled from a helicopter onto the MSC Aries, a Portuguese-flagged container ship linked to an Israeli businessman, near the Strait of Hormuz. The ship's operator, MSC, said its 25 crew members had been detained and that it was working with "the relevant authorities" to secure their release.
""",
        g(
            "projectiles",
            24,
            "iran",
            scope="event",
            as_of="2024-04-13",
            by="israeli military",
            q="lower",
            cue="Iran has launched dozens of drones",
            note="the first, vague report of the barrage (23:14 entry), kept apart from the later detailed counts",
        ),
        g(
            "projectiles",
            170,
            "iran",
            scope="event",
            as_of="2024-04-13",
            by="israeli military",
            q="approx",
            cue="about 170 drones",
            note="'on Saturday night' -> 2024-04-13 although the entry is filed on Sunday",
        ),
        g(
            "projectiles",
            30,
            "iran",
            scope="event",
            as_of="2024-04-13",
            by="israeli military",
            q="lower",
            cue="more than 30 cruise missiles",
        ),
        g(
            "projectiles",
            120,
            "iran",
            scope="event",
            as_of="2024-04-13",
            by="israeli military",
            q="lower",
            cue="more than 120 ballistic missiles",
        ),
        g(
            "projectiles",
            70,
            "iran",
            scope="event",
            as_of="2024-04-13",
            by="us defence official",
            q="lower",
            cue="shot down more than 70 drones",
            note="drones shot down are projectiles fired by Iran (a subset of the barrage); headline repeats it; "
            "'a handful of ballistic missiles' has no figure",
        ),
        g(
            "injured",
            12,
            "israel",
            scope="event",
            as_of="2024-04-14",
            by="magen david adom",
            cue="Another 12 people were lightly hurt",
            note="the single seriously wounded girl is one named-like individual, not a count",
        ),
        g(
            "projectiles",
            40,
            "lebanon",
            scope="event",
            as_of="2024-04-14",
            by="israeli military",
            q="approx",
            cue="about 40 launches from Lebanon",
        ),
        g(
            "killed",
            7,
            "iran",
            scope="event",
            as_of="2024-04-01",
            pop="combatants",
            cue="killed seven members of the Revolutionary Guards",
            note="historic Damascus strike; IRGC members serve Iran",
        ),
        g(
            "killed",
            6,
            "syria",
            scope="event",
            as_of="2024-04-01",
            by="syrian state media",
            cue="six Syrian citizens were also killed",
        ),
        g(
            "detained",
            25,
            "unknown",
            scope="event",
            as_of="2024-04-13",
            by="msc",
            cue="its 25 crew members had been detained",
            note="crew of a seized ship, nationality not given -> side unknown; 'detained' is the text's word "
            "(hostages would also be arguable)",
        ),
    ),
    article(
        "u_gaza_first_exchange",
        "2025-01-20",
        """
Three hostages home, 90 Palestinian prisoners freed as Gaza ceasefire begins

January 20, 2025

JERUSALEM/GAZA (Wire) - Three Israeli women held captive in Gaza for 471 days were handed to the Red Cross and returned to Israel on Sunday, hours after a ceasefire took effect, and Israel released 90 Palestinian prisoners from a military jail in the occupied West Bank in the early hours of Monday.

Romi Gonen, 24, Emily Damari, 28, and Doron Steinbrecher, 31, were driven in a Red Cross convoy from a square in Gaza City, where hundreds of armed Hamas fighters and onlookers had gathered, to Israeli forces waiting at the border. The military said the women were in stable condition after an initial medical check, and released footage of them embracing their mothers at a reception point near Re'im.

"Our hearts are with every family still waiting," Prime Minister Benjamin Netanyahu's office said in a brief statement.

The truce, brokered by Qatar, Egypt and the United States after more than a year of on-off talks, is meant to unfold in three stages. During the first, which lasts six weeks, Israel is to free between 1,700 and 1,900 Palestinians held in its prisons, while a first group of hostages - women, children, men over 50 and the sick - are returned from Gaza.

The 90 prisoners, bussed out of Ofer military prison near Ramallah shortly after 1 a.m. (2300 GMT), were 69 women and 21 minors, according to the Palestinian Prisoners' Society. Among them was Khalida Jarrar, 62, a prominent leftist politician who had been held without charge since December 2023. Crowds waving Palestinian flags filled the streets of Beitunia as the buses arrived, and some of the freed prisoners were carried on shoulders.

The ceasefire came into force at 11:15 a.m. (0915 GMT) on Sunday, nearly three hours later than planned, after Hamas was late in handing over the names of the first women to be freed. Israel kept up strikes in the interval, and Gaza's civil defence agency said 19 Palestinians were killed on Sunday morning before the truce began.

Once the guns fell silent, displaced families loaded mattresses and water tanks onto donkey carts and set off towards what remained of their homes in Rafah, Khan Younis and the north. The United Nations said 630 trucks of aid entered the territory on Sunday, the most on a single day since the war began.

Gaza's health ministry said on Monday that 46,913 Palestinians had been killed in the 15-month war, a count that does not distinguish between civilians and combatants. Civil defence crews warned that many more bodies were still believed to lie under collapsed buildings.

The war began when Hamas-led militants stormed southern Israel on October 7, 2023, killing about 1,200 people, most of them civilians, and abducting 251 others. With Sunday's releases, 94 hostages remain in Gaza, Israeli officials say, though the military believes a third of them are no longer alive.

For Israel's far right, the deal was a step too far. National Security Minister Itamar Ben-Gvir pulled his Jewish Power party out of the governing coalition on Sunday, taking its six lawmakers with him, though Netanyahu still commands a majority of 62 in the 120-seat Knesset.

The next exchange is due on Saturday, when another group of women is expected to be freed. Negotiations on the second phase, which would see the remaining living hostages released and a permanent end to the war, are meant to start by the 16th day of the truce.
""",
        g(
            "hostages",
            3,
            "israel",
            scope="event",
            as_of="2025-01-19",
            cue="Three Israeli women held captive in Gaza",
            note="freed hostages are a hostages count; the headline 'Three hostages home' is the same figure",
        ),
        g(
            "detained",
            90,
            "palestine",
            scope="event",
            as_of="2025-01-20",
            cue="Israel released 90 Palestinian prisoners",
            note="released prisoners counted as detained (people held); 'Palestinian prisoners' with no narrower "
            "place -> palestine; repeated in the headline and 'The 90 prisoners' (one figure)",
        ),
        g(
            "detained",
            1700,
            "palestine",
            scope="event",
            as_of="2025-01-20",
            q="range",
            high=1900,
            cue="between 1,700 and 1,900 Palestinians held in its prisons",
            note="prisoners to be freed over the six-week first phase: a window -> event, dated by the article",
        ),
        g(
            "detained",
            69,
            "palestine",
            scope="event",
            as_of="2025-01-20",
            by="palestinian prisoners' society",
            pop="women",
            cue="were 69 women and 21 minors",
        ),
        g(
            "detained",
            21,
            "palestine",
            scope="event",
            as_of="2025-01-20",
            by="palestinian prisoners' society",
            pop="children",
            cue="69 women and 21 minors",
        ),
        g(
            "killed",
            19,
            "gaza",
            scope="event",
            as_of="2025-01-19",
            by="gaza civil defence",
            cue="19 Palestinians were killed on Sunday morning",
        ),
        g(
            "killed",
            46913,
            "gaza",
            scope="total",
            as_of="2025-01-20",
            by="gaza health ministry",
            cue="46,913 Palestinians had been killed",
        ),
        g(
            "killed",
            1200,
            "israel",
            scope="event",
            as_of="2023-10-07",
            q="approx",
            cue="killing about 1,200 people",
        ),
        g("hostages", 251, "israel", scope="event", as_of="2023-10-07", cue="abducting 251 others"),
        g(
            "hostages",
            94,
            "israel",
            scope="total",
            as_of="2025-01-20",
            by="israeli officials",
            cue="94 hostages remain in Gaza",
            note="'a third of them are no longer alive' is a fraction, not a count",
        ),
    ),
    article(
        "u_lebanon_html_returns",
        "2024-11-28",
        """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Displaced Lebanese head south as ceasefire holds | The Levant Ledger</title>
<meta name="description" content="Cars packed with mattresses jammed the coastal highway on the first full day of the truce between Israel and Hezbollah.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-11-28T07:45:00+02:00">
<link rel="canonical" href="https://www.levantledger.example/lebanon/displaced-head-south-ceasefire">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q2XK4"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body class="article-page">
<header class="site-header">
<a class="logo" href="/">The Levant Ledger</a>
<nav><ul><li><a href="/lebanon">Lebanon</a></li><li><a href="/syria">Syria</a></li><li><a href="/gulf">Gulf</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
<article>
<h1>Displaced Lebanese head south as ceasefire holds, but army warns against return to border villages</h1>
<p class="byline">By Maya Khoury in Tyre &middot; <time datetime="2024-11-28">Thursday 28 November 2024</time></p>
<figure><img src="/img/2024/11/tyre-highway-1200x675.jpg" alt="Cars on the coastal highway near Tyre"><figcaption>Cars queue at the Qasmiyeh bridge north of Tyre on Wednesday. Photo: Levant Ledger</figcaption></figure>
<p>Families who fled the Israeli bombardment of southern Lebanon crowded the coastal highway for a second day on Thursday, their cars piled with mattresses, gas cylinders and plastic chairs, despite warnings from both the Lebanese and Israeli armies to stay away from frontline villages until troops deploy.</p>
<p>The ceasefire between Israel and Hezbollah took effect at 4 a.m. on Wednesday under a US- and French-brokered deal that gives Israel 60 days to withdraw its forces from the south, while the Lebanese army sends 5,000 more soldiers to the area.</p>
<p>Lebanese authorities estimate that more than 1.2 million people were displaced by the fighting, which escalated sharply in late September. Many spent two months in schools turned into shelters in Beirut and the Chouf mountains; others crossed into Syria. More than 550,000 people, most of them Syrians, fled across the border after the escalation, according to the UN refugee agency.</p>
<p>On Thursday, Israeli tanks opened fire on vehicles approaching the border town of Markaba, wounding two people, the state-run National News Agency reported. The Israeli military said "suspects" had arrived in vehicles in several areas of the south, "violating the ceasefire".</p>
<p>Lebanon's health ministry has recorded at least 3,823 deaths since the exchanges of fire began in October 2023, most of them since September. Another 15,859 people have been wounded, the ministry says. Its figures do not distinguish between civilians and fighters, but include more than 220 health workers, many of them paramedics with rescue services linked to Hezbollah and its ally Amal.</p>
<p>The Israeli military says it has killed more than 2,500 Hezbollah fighters since October 2023, a figure the group has not confirmed. Hezbollah stopped publishing the names of its dead in the autumn.</p>
<p>On the other side of the border, about 60,000 residents of northern Israel who were evacuated more than a year ago remain away from their homes. Israeli officials say 45 civilians and 73 soldiers were killed by fire from Lebanon and in the ground fighting in the south.</p>
<p>Heads of northern councils said they would not advise residents to return before schools reopen. "We were promised security in 2006 too," said the mayor of one border town, who asked not to be named.</p>
<p>In Tyre, shopkeepers swept glass from the old souk. The municipality says 14 buildings in the city centre were flattened in a single afternoon of strikes last week.</p>
<aside class="related"><h2>Related</h2><ul><li><a href="/lebanon/ceasefire-deal-explained">What is in the Israel-Hezbollah ceasefire deal?</a></li><li><a href="/lebanon/photo-essay-school-shelter">Photo essay: 60 days in a Beirut school shelter</a></li></ul></aside>
</article>
</main>
<footer><p>&copy; 2024 The Levant Ledger. All rights reserved.</p></footer>
</body>
</html>
""",
        g(
            "displaced",
            1200000,
            "lebanon",
            scope="total",
            as_of="2024-11-28",
            by="lebanese authorities",
            q="lower",
            cue="more than 1.2 million people were displaced",
        ),
        g(
            "displaced",
            550000,
            "lebanon",
            scope="total",
            as_of="2024-11-28",
            by="un refugee agency",
            q="lower",
            cue="More than 550,000 people, most of them Syrians, fled",
            note="people who lived in Lebanon fleeing into Syria (most of them Syrian nationals) -> side lebanon, "
            "where they lived; debatable",
        ),
        g(
            "injured",
            2,
            "lebanon",
            scope="event",
            as_of="2024-11-28",
            by="national news agency",
            cue="wounding two people",
        ),
        g(
            "killed",
            3823,
            "lebanon",
            scope="total",
            as_of="2024-11-28",
            by="lebanese health ministry",
            q="lower",
            cue="at least 3,823 deaths",
        ),
        g(
            "injured",
            15859,
            "lebanon",
            scope="total",
            as_of="2024-11-28",
            by="lebanese health ministry",
            cue="Another 15,859 people have been wounded",
        ),
        g(
            "killed",
            220,
            "lebanon",
            scope="total",
            as_of="2024-11-28",
            by="lebanese health ministry",
            pop="medics",
            q="lower",
            cue="more than 220 health workers",
        ),
        g(
            "killed",
            2500,
            "lebanon",
            scope="total",
            as_of="2024-11-28",
            by="israeli military",
            pop="combatants",
            q="lower",
            cue="killed more than 2,500 Hezbollah fighters",
        ),
        g(
            "evacuated",
            60000,
            "israel",
            scope="total",
            as_of="2024-11-28",
            q="approx",
            cue="about 60,000 residents of northern Israel who were evacuated",
        ),
        g(
            "killed",
            45,
            "israel",
            scope="total",
            as_of="2024-11-28",
            by="israeli officials",
            pop="civilians",
            cue="45 civilians and 73 soldiers",
        ),
        g(
            "killed",
            73,
            "israel",
            scope="total",
            as_of="2024-11-28",
            by="israeli officials",
            pop="combatants",
            cue="73 soldiers were killed",
        ),
    ),
    article(
        "u_west_bank_camps",
        "2025-02-10",
        """
Camps emptied as Israeli operation in northern West Bank enters its third week
Published: Monday, 10 February 2025

TULKARM - The bulldozers came back to Nur Shams on Sunday night. By morning, the main road into the camp, a strip of shops and houses that residents say was paved only in 2019, had been torn up along most of its length, and another row of homes on the camp's eastern edge had been demolished.

Around 40,000 Palestinians have been forced from their homes in the Jenin, Tulkarm and Nur Shams refugee camps since Israel launched its "Iron Wall" operation on 21 January, the UN agency for Palestinian refugees, UNRWA, said on Monday, calling it the largest displacement in the territory since 1967.

Two women were killed in Nur Shams on Sunday, one of them a 23-year-old who was eight months pregnant, the Palestinian health ministry said. The Israeli military said it was looking into the reports.

The ministry says at least 70 Palestinians have been killed in the northern West Bank since the operation began, including 10 children. The Israeli military, for its part, says its forces have killed 55 "terrorists" and arrested more than 380 wanted people in Jenin, Tulkarm and the nearby town of Tammun, and have destroyed dozens of explosive devices buried under roads.

Israel says the operation is aimed at armed groups that have grown in the camps since 2021, and which it accuses of being funded and armed by Iran. Defence Minister Israel Katz has said troops will stay in Jenin camp "for the coming months" and that residents will not be allowed to return while the operation continues.

Eight soldiers were wounded, one of them seriously, when a roadside bomb hit their armoured vehicle near Tammun last Tuesday, the military said. A reservist was killed in the same blast, the first Israeli fatality of the operation.

In Tulkarm city, families from the camps are sleeping in mosques, wedding halls and the dormitories of a technical college. The municipality says it is housing about 3,000 families, and has appealed for mattresses, blankets and baby formula. Some residents have moved in with relatives in villages up to 15 kilometres away.

"We left with the clothes we were wearing," said Um Mohammed, 58, who fled Nur Shams with her husband and four grandchildren on the second day of the operation. "They said it would be a week. Now they say months."

Since the start of the Gaza war in October 2023, at least 900 Palestinians have been killed in the West Bank by Israeli troops or settlers, according to the UN humanitarian office, OCHA. Over the same period, 32 Israelis, including members of the security forces, were killed in Palestinian attacks or during military operations in the territory, it says.

The Palestinian Authority, whose own security forces besieged Jenin camp for six weeks in December and January in an attempt to reassert control, has condemned the Israeli operation as "a war on the camps" but has little influence over events on the ground.
""",
        g(
            "displaced",
            40000,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="unrwa",
            q="approx",
            cue="Around 40,000 Palestinians have been forced from their homes",
            note="'since Israel launched its operation' on an operation still under way -> running total",
        ),
        g(
            "killed",
            2,
            "west-bank",
            scope="event",
            as_of="2025-02-09",
            by="palestinian health ministry",
            pop="women",
            cue="Two women were killed in Nur Shams on Sunday",
        ),
        g(
            "killed",
            70,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="palestinian health ministry",
            q="lower",
            cue="at least 70 Palestinians have been killed",
        ),
        g(
            "killed",
            10,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="palestinian health ministry",
            pop="children",
            cue="including 10 children",
        ),
        g(
            "killed",
            55,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="israeli military",
            pop="combatants",
            cue='killed 55 "terrorists"',
        ),
        g(
            "detained",
            380,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="israeli military",
            q="lower",
            cue="arrested more than 380 wanted people",
            note="'dozens of explosive devices' is not people",
        ),
        g(
            "injured",
            8,
            "israel",
            scope="event",
            as_of="2025-02-04",
            by="israeli military",
            pop="combatants",
            cue="Eight soldiers were wounded",
            note="'last Tuesday' from Monday 10 Feb -> 4 Feb; 'one of them seriously' is not a population subgroup; "
            "'A reservist was killed' is a single unnumbered person, not annotated",
        ),
        g(
            "killed",
            900,
            "west-bank",
            scope="total",
            as_of="2025-02-10",
            by="ocha",
            q="lower",
            cue="at least 900 Palestinians have been killed in the West Bank",
        ),
        g(
            "killed",
            32,
            "israel",
            scope="total",
            as_of="2025-02-10",
            by="ocha",
            cue="32 Israelis, including members of the security forces",
            note="'about 3,000 families' housed is families, not a displaced-people count; not annotated",
        ),
    ),
    article(
        "u_press_freedom_release",
        "2025-05-02",
        """
PRESS RELEASE - For immediate release

Geneva, 2 May 2025

Press Safety Alliance: Gaza war is the deadliest conflict for journalists we have ever recorded

Ahead of World Press Freedom Day on 3 May, the Press Safety Alliance (PSA) today publishes its annual "Journalists in the Line of Fire" report, covering the twelve months to 30 April and, for the Middle East, the whole period since the war in Gaza began.

Since 7 October 2023, we have documented the killing of at least 178 journalists and media workers in Gaza, the great majority of them Palestinians killed by Israeli fire. In a large share of these cases our researchers found evidence that the victims were identifiable as press, wearing vests or travelling in marked vehicles, when they were hit.

"A hundred and seventy-eight names is not a statistic. It is the near-disappearance of a profession in one small territory," said PSA director Elena Varga. "No conflict we have monitored in our 16 years of existence comes close."

The war has spilled across borders, and so has the danger. In Lebanon, six journalists were killed by Israeli strikes between October 2023 and the ceasefire of November 2024, three of them in a single strike on a guesthouse housing reporters in Hasbaya on 25 October 2024. In Israel, two journalists were killed in the Hamas-led attack of 7 October 2023.

Dozens of journalists have been wounded in Gaza, and at least two remain missing, their families still without news more than a year after they were last heard from.

Detention has become a weapon of its own. Israeli forces have arrested at least 80 Palestinian journalists in the West Bank and Gaza since October 2023; 46 remained in Israeli custody on 30 April, most of them held without charge under administrative detention orders that can be renewed every six months.

Elsewhere in the region, the picture is mixed. In Syria, the fall of the Assad government in December opened prison doors but closed few files: at least 11 journalists detained under the former government remain unaccounted for. We urge the new authorities to open the archives of the security branches to families and investigators.

Journalists are not the only civilians whose protective status has been ignored. According to the United Nations, more than 400 aid workers have been killed in Gaza, most of them staff of the UN agency for Palestinian refugees, UNRWA.

PSA calls on:
1. Israel to allow independent international media into Gaza, closed to foreign reporters except on army-escorted visits for 19 months;
2. all parties to release journalists held for their work;
3. the International Criminal Court to examine the killings of journalists as possible war crimes.

Notes to editors
The Press Safety Alliance was founded in 2009 and brings together 14 media freedom organisations working in 31 countries. The full report (48 pages) is available on request. Media contact: press@psa.example, +41 22 555 0199.
""",
        g(
            "killed",
            178,
            "gaza",
            scope="total",
            as_of="2025-05-02",
            pop="journalists",
            q="lower",
            cue="at least 178 journalists and media workers in Gaza",
            note="the NGO's own count in its own release -> reported_by null (the release is its own voice); "
            "the spelled-out 'A hundred and seventy-eight names' in the quote repeats it (one figure)",
        ),
        g(
            "killed",
            6,
            "lebanon",
            scope="total",
            as_of="2025-05-02",
            pop="journalists",
            cue="six journalists were killed by Israeli strikes",
            note="the whole toll of a front that has since ended -> total, dated by the release",
        ),
        g(
            "killed",
            3,
            "lebanon",
            scope="event",
            as_of="2024-10-25",
            pop="journalists",
            cue="three of them in a single strike on a guesthouse",
        ),
        g(
            "killed",
            2,
            "israel",
            scope="event",
            as_of="2023-10-07",
            pop="journalists",
            cue="two journalists were killed in the Hamas-led attack",
        ),
        g(
            "injured",
            24,
            "gaza",
            scope="total",
            as_of="2025-05-02",
            pop="journalists",
            q="lower",
            cue="Dozens of journalists have been wounded in Gaza",
        ),
        g(
            "missing",
            2,
            "gaza",
            scope="total",
            as_of="2025-05-02",
            pop="journalists",
            q="lower",
            cue="at least two remain missing",
        ),
        g(
            "detained",
            80,
            "palestine",
            scope="total",
            as_of="2025-05-02",
            pop="journalists",
            q="lower",
            cue="arrested at least 80 Palestinian journalists in the West Bank and Gaza",
            note="West Bank and Gaza together -> palestine",
        ),
        g(
            "detained",
            46,
            "palestine",
            scope="total",
            as_of="2025-04-30",
            pop="journalists",
            cue="46 remained in Israeli custody on 30 April",
        ),
        g(
            "missing",
            11,
            "syria",
            scope="total",
            as_of="2025-05-02",
            pop="journalists",
            q="lower",
            cue="at least 11 journalists detained under the former government remain unaccounted for",
        ),
        g(
            "killed",
            400,
            "gaza",
            scope="total",
            as_of="2025-05-02",
            by="un",
            pop="aid_workers",
            q="lower",
            cue="more than 400 aid workers have been killed in Gaza",
        ),
    ),
    article(
        "u_syria_disappeared_feature",
        "2024-12-21",
        """
After Assad, Syria's families go looking for the disappeared - and find paperwork

By Karim Nassar
December 21, 2024

DAMASCUS - Every morning since the prison gates opened, Amal Haddad has taken two buses from her home in the Damascus suburb of Jaramana to the Mujtahid hospital morgue, a folder of photographs under her arm. Her son Samer was 19 when he was taken from a checkpoint in Harasta in the autumn of 2013. She has not seen him since.

"I have looked at every face on the wall," she says, gesturing at the sheets of printed photographs taped to the morgue's outer wall, each bearing a number and, sometimes, a name. "Some of them I looked at three times."

Hers is one of the most common stories in Syria. When rebels swept into Damascus on December 8 and threw open the gates of Saydnaya military prison and the cells beneath the security branches, they freed thousands of detainees, some of whom had been held for more than a decade. Crowds ran through Saydnaya's corridors with sledgehammers, convinced that more prisoners were hidden in underground cells. The White Helmets civil defence group searched for two days and found none.

For most families, the euphoria turned quickly into a second kind of waiting. The Syrian Network for Human Rights, a monitoring group that has documented the conflict since 2011, says at least 112,000 people detained by the former government remain unaccounted for, including some 3,100 children and 6,700 women. Only a small fraction of those names appeared among the released.

The same group says at least 15,000 people died under torture in government custody between 2011 and the fall of Bashar al-Assad, a count based on death notices, testimonies and the photographs smuggled out by a military photographer known as "Caesar", which showed tens of thousands of images of emaciated and mutilated bodies.

The search has moved from prisons to paperwork. Files from the Military Intelligence branch in Kafr Sousa, known as Branch 215, lie scattered across courtyard floors. Volunteers, some of them former detainees, have begun photographing them page by page, but there is no central register and no agreed authority to hold one. The interim government has promised a national commission for the missing but has yet to name its members.

"The problem is not that there is no information. The problem is that there is too much information in too many places," says Lina, 34, a lawyer from Homs who spent 14 months in Branch 215 in 2012 and now helps families interpret the documents they find. "Somebody finds a list of 300 names from 2014. Is it a transfer list? An execution list? A list of people who were released? Nobody knows."

Some of the answers may lie underground. A US-based advocacy group, the Syrian Emergency Task Force, said this week that a mass grave at Qutayfah, north-east of the capital, held the bodies of at least 100,000 people, many of them brought by truck from military hospitals between 2012 and 2018. The figure, based on the testimony of men who worked at the site, has not been independently verified. Forensic experts warn that exhuming and identifying remains on that scale could take years, and have urged families not to dig.

The scale of the disappearances is one part of a wider catastrophe. The civil war, which began with a crackdown on peaceful protests in March 2011, has killed more than half a million people and forced roughly half of Syria's pre-war population of 22 million from their homes. Some 6 million Syrians still live as refugees abroad, according to the UN refugee agency, most of them in Turkey, Lebanon and Jordan.

Neighbouring governments have wasted no time in asking when they might go home. Turkey has opened a second border crossing for returns and Lebanon has said it will review the status of Syrians on its territory. But for many refugees, the first question is not whether Syria is safe but whether their relatives are alive.

Not every search ends in silence. At a community centre in Douma, a wall of handwritten notes now carries good news as well as bad: a man from Saqba who was released from the Air Force Intelligence branch in Mezzeh airport on the night of December 8 has found his way home after 11 years, his mother wrote, and a teenager arrested in 2019 for a Facebook post was recognised by a cousin in a hospital in Homs. Such stories travel fast on local Facebook pages, and they keep other families going. "If one came back, why not mine?" asked a woman waiting outside the centre with a photograph of her husband, a baker taken in 2012.

In a small office in the Mezzeh district, a volunteer group called Tracing Voices has set up a hotline. In its first week it received more than 4,000 calls, its coordinator says. The group is building a database that matches descriptions from families with the scattered records and with survivors' accounts of who shared their cells.

Amal Haddad has given them everything she has: a photograph of Samer at 18, his shoe size, a scar above his left eyebrow from a bicycle accident when he was 7. She knows what the most likely answer is. "I want a grave," she says. "If I have a grave, I can stop coming here."

At the edge of the morgue wall, someone has written in marker pen: "We are still waiting for you."
""",
        g(
            "detained",
            2000,
            "syria",
            scope="event",
            as_of="2024-12-08",
            q="lower",
            cue="they freed thousands of detainees",
            note="vague 'thousands' of detainees freed on one day -> detained, 2000/lower",
        ),
        g(
            "missing",
            112000,
            "syria",
            scope="total",
            as_of="2024-12-21",
            by="syrian network for human rights",
            q="lower",
            cue="at least 112,000 people detained by the former government remain unaccounted for",
        ),
        g(
            "missing",
            3100,
            "syria",
            scope="total",
            as_of="2024-12-21",
            by="syrian network for human rights",
            pop="children",
            q="approx",
            cue="some 3,100 children",
        ),
        g(
            "missing",
            6700,
            "syria",
            scope="total",
            as_of="2024-12-21",
            by="syrian network for human rights",
            pop="women",
            q="approx",
            cue="6,700 women",
            note="'some' taken to cover both numbers of the pair",
        ),
        g(
            "killed",
            15000,
            "syria",
            scope="total",
            as_of="2024-12-21",
            by="syrian network for human rights",
            q="lower",
            cue="at least 15,000 people died under torture",
            note="'tens of thousands of images' counts photographs, not people; '300 names' on a list is not a "
            "casualty count",
        ),
        g(
            "killed",
            100000,
            "syria",
            scope="total",
            as_of="2024-12-21",
            by="syrian emergency task force",
            q="lower",
            cue="held the bodies of at least 100,000 people",
            note="bodies in a mass grave, brought there over years -> total (not one attack); debatable",
        ),
        g(
            "killed",
            500000,
            "syria",
            scope="total",
            as_of="2024-12-21",
            q="lower",
            cue="has killed more than half a million people",
            note="'roughly half of ... 22 million' is a fraction of the population, not annotated",
        ),
        g(
            "displaced",
            6000000,
            "syria",
            scope="total",
            as_of="2024-12-21",
            by="un refugee agency",
            q="approx",
            cue="Some 6 million Syrians still live as refugees abroad",
        ),
    ),
    article(
        "u_yemen_un_staff_brief",
        "2025-01-24",
        """
Houthis detain seven more UN staff in Yemen, UN says

January 24, 2025

NEW YORK/ADEN (Wire) - Yemen's Houthi authorities detained seven more United Nations staff members on Thursday, the UN said, bringing to 33 the number of its personnel held by the Iran-aligned group and prompting the world body to suspend all official movements in areas under Houthi control.

"This is unacceptable," UN Secretary-General Antonio Guterres said in a statement, calling for the immediate and unconditional release of all staff. The UN did not give the nationalities of those detained on Thursday, but all of the staff held so far are Yemeni nationals, according to a UN official who spoke on condition of anonymity.

The Houthis, who control the capital Sanaa and most of Yemen's population centres, have also held dozens of people who worked for aid groups, civil society organisations and the former US embassy since a wave of arrests in June 2024. The group's intelligence service has accused some of them of spying for the United States and Israel, charges the UN and the aid groups reject.

The new detentions come days after the Houthis said they would limit their attacks on shipping in the Red Sea to vessels linked to Israel, following the ceasefire in Gaza. Since November 2023, the group has fired more than 200 missiles and drones towards Israel, according to the Israeli military, and attacked more than 100 merchant ships in the Red Sea and the Gulf of Aden.

Yemen's decade-long war has killed an estimated 150,000 people in direct fighting and displaced some 4.5 million, according to UN agencies, while more than 19 million people will need humanitarian assistance this year. Peace talks between the Houthis and Saudi Arabia, which leads the coalition backing the government, stalled after the Red Sea attacks began. The UN envoy for Yemen, Hans Grundberg, is due to brief the Security Council next month.
""",
        g(
            "detained",
            7,
            "yemen",
            scope="event",
            as_of="2025-01-23",
            by="un",
            pop="aid_workers",
            cue="detained seven more United Nations staff members on Thursday",
            note="UN staff (Yemeni nationals) -> side yemen, population aid_workers; headline repeats it",
        ),
        g(
            "detained",
            33,
            "yemen",
            scope="total",
            as_of="2025-01-24",
            by="un",
            pop="aid_workers",
            cue="bringing to 33 the number of its personnel held",
        ),
        g(
            "detained",
            24,
            "yemen",
            scope="total",
            as_of="2025-01-24",
            q="lower",
            cue="held dozens of people who worked for aid groups",
            note="mixed group (aid groups, civil society, embassy staff) -> population all",
        ),
        g(
            "projectiles",
            200,
            "yemen",
            scope="total",
            as_of="2025-01-24",
            by="israeli military",
            q="lower",
            cue="fired more than 200 missiles and drones towards Israel",
            note="'more than 100 merchant ships' is not people",
        ),
        g(
            "killed",
            150000,
            "yemen",
            scope="total",
            as_of="2025-01-24",
            by="un agencies",
            q="approx",
            cue="killed an estimated 150,000 people",
        ),
        g(
            "displaced",
            4500000,
            "yemen",
            scope="total",
            as_of="2025-01-24",
            by="un agencies",
            q="approx",
            cue="displaced some 4.5 million",
            note="'19 million people will need humanitarian assistance' is not a FIGURES.md metric",
        ),
    ),
    article(
        "u_gaza_toll_explainer",
        None,
        """
Explainer: How Gaza's dead are counted - and why the numbers keep changing

The death toll from the war in Gaza is quoted daily by governments, aid agencies and newsrooms, and disputed almost as often. Here is what is known about where the figures come from, and what they leave out.

Who counts the dead?
The health ministry in Gaza, which is part of the Hamas-run administration but is staffed largely by civil servants who predate the group's takeover in 2007, compiles the toll. Hospitals register each body brought to a morgue with a name, an ID number, an age and a sex. Since late 2023 the ministry has also added deaths reported by relatives through an online form, which are checked against the population register before they are included.

What is the latest figure?
The ministry says more than 50,000 Palestinians have been killed and upwards of 113,000 wounded since the war began in October 2023. It does not say how many of the dead were fighters.

Does it say who the dead were?
Of the bodies it has identified by name, the ministry says about 15,600 were children and nearly 8,000 were women. Israel's military, which does not publish a breakdown of its own, says it has killed about 20,000 militants - a figure Hamas rejects and which cannot be independently verified.

Why did the UN "halve" the number of women and children?
It did not, although that is how some reports put it. In mid-2024 the UN humanitarian office, OCHA, began citing two sets of numbers: the overall toll, and the smaller subset of bodies that had been fully identified. The share of women and children was lower among the identified dead than in the ministry's earlier estimates, which had relied partly on media reports. Those who are not yet identified are still counted in the overall toll.

Are there people not in the count?
Yes. Gaza's civil defence agency estimates that some 11,000 people are missing, many of them believed to be buried under rubble that rescuers have no heavy machinery to clear. They are not included in the ministry's total until their bodies are recovered or a court declares them dead. Deaths from hunger, disease and lack of medical care - so-called indirect deaths - are also largely absent.

Is the ministry's count too high or too low?
Studies that have tested it tend to find that it is, if anything, an undercount. A peer-reviewed study in The Lancet, using a statistical method called capture-recapture, estimated that between 55,298 and 78,525 people died of traumatic injuries in the first nine months of the war - about 40 percent more than the ministry had recorded for that period. Other researchers have compared the ministry's lists with UN data on past wars in Gaza, in 2014 and 2021, and found them broadly reliable.

What about health workers?
They appear in the ministry's lists as a category of their own: it says more than 1,000 doctors, nurses and paramedics have been killed. The World Health Organization has recorded hundreds of attacks on health facilities over the same period.

What about Israeli casualties?
Israel initially said about 1,400 people were killed in the Hamas-led attack that started the war. It later revised that figure down to about 1,200, after some bodies burned beyond recognition were found to be those of attackers. Those numbers come from Israel's national insurance institute and the prime minister's office, and are broadly accepted.

Why does it matter?
Casualty numbers shape diplomacy, aid and, eventually, any legal reckoning. Both sides know it. The ministry's figures have been cited by the International Court of Justice, while Israeli officials have described them as "Hamas propaganda". Independent verification will only be possible once journalists and investigators can enter Gaza freely, and once the rubble is cleared.
""",
        g(
            "killed",
            50000,
            "gaza",
            scope="total",
            as_of=None,
            by="gaza health ministry",
            q="lower",
            cue="more than 50,000 Palestinians have been killed",
            note="undated explainer: no as_of for any figure",
        ),
        g(
            "injured",
            113000,
            "gaza",
            scope="total",
            as_of=None,
            by="gaza health ministry",
            q="lower",
            cue="upwards of 113,000 wounded",
        ),
        g(
            "killed",
            15600,
            "gaza",
            scope="total",
            as_of=None,
            by="gaza health ministry",
            pop="children",
            q="approx",
            cue="about 15,600 were children",
        ),
        g(
            "killed",
            8000,
            "gaza",
            scope="total",
            as_of=None,
            by="gaza health ministry",
            pop="women",
            q="upper",
            cue="nearly 8,000 were women",
        ),
        g(
            "killed",
            20000,
            "gaza",
            scope="total",
            as_of=None,
            by="israeli military",
            pop="combatants",
            q="approx",
            cue="it has killed about 20,000 militants",
        ),
        g(
            "missing",
            11000,
            "gaza",
            scope="total",
            as_of=None,
            by="gaza civil defence",
            q="approx",
            cue="some 11,000 people are missing",
        ),
        g(
            "killed",
            55298,
            "gaza",
            scope="event",
            as_of=None,
            by="lancet study",
            q="range",
            high=78525,
            cue="between 55,298 and 78,525 people died of traumatic injuries",
            note="an estimate for a window (the first nine months) -> event",
        ),
        g(
            "killed",
            1000,
            "gaza",
            scope="total",
            as_of=None,
            by="gaza health ministry",
            pop="medics",
            q="lower",
            cue="more than 1,000 doctors, nurses and paramedics",
            note="'hundreds of attacks on health facilities' counts attacks, not people",
        ),
        g(
            "killed",
            1400,
            "israel",
            scope="event",
            as_of=None,
            by="israel",
            q="approx",
            cue="Israel initially said about 1,400 people were killed",
            note="the superseded figure of a revision is still a number the text reports; annotated",
        ),
        g(
            "killed",
            1200,
            "israel",
            scope="event",
            as_of=None,
            by="israel",
            q="approx",
            cue="revised that figure down to about 1,200",
        ),
    ),
]
