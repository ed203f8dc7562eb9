# ruff: noqa: E501
"""Set Z, Gaza, Israel and the West Bank: competing tolls, UN and NGO counts, a hostage-prisoner exchange."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover
    from article_cases import article, g

ARTICLES = [
    article(
        "z_gaza_central_strikes_dueling_tolls",
        "2025-07-22",
        """
Israeli strikes kill at least 41 in central Gaza, health officials say; army says it targeted militants
July 22, 2025

CAIRO/JERUSALEM, July 22 (Reuters) - Israeli air strikes and tank fire killed at least 41 Palestinians across central Gaza over the past 24 hours, the Hamas-run health ministry said on Tuesday, while the Israeli military said its forces had killed 17 militants in the same area and accused Hamas of operating from among civilians.

The ministry said 152 people were wounded in the same period and that the dead included 11 children. Most of the casualties were taken to al-Aqsa Martyrs Hospital in Deir al-Balah, which doctors said was operating at three times its capacity of roughly 200 beds.

"We ran out of stretchers before noon," said a nurse at the hospital, who asked not to be named because she was not authorised to speak to the media. "A boy of seven was carried in by his neighbours on a donkey cart."

Reuters could not independently verify either side's figures.

In a statement, the military said troops of the 99th Division and the air force had struck "about 120 terror targets" in the Deir al-Balah and Nuseirat areas since Sunday, including weapons depots, tunnel shafts and anti-tank missile launch posts. It did not say whether civilians had been hurt, saying only that it "takes feasible precautions to mitigate harm to civilians."

The Gaza civil defence agency said some 20 people were believed to be trapped under the rubble of a four-storey house in Nuseirat that was flattened before dawn on Monday. Crews working with a single bulldozer and hand tools had recovered several bodies by Tuesday afternoon, spokesperson Mahmoud Bassal said, adding that fuel shortages had idled two of the agency's three remaining excavators.

The military said separately that two rockets had been launched from central Gaza toward the Israeli community of Kissufim on Monday evening. One was intercepted and the other fell in an open area, it said. No injuries were reported.

The escalation in the centre of the enclave, which the army had largely avoided during 21 months of war because it believed hostages were being held there, came as talks in Doha on a 60-day truce entered their third week. Two officials briefed on the negotiations said the gaps centred on the map of Israeli troop withdrawals and on how aid would be distributed during the pause.

"We are closer than we were a month ago, but not close," one of the officials said.

The war was triggered by the Hamas-led attack on southern Israel on October 7, 2023, in which about 1,200 people were killed and 251 were taken hostage, according to Israeli tallies.

Israel's campaign has since killed more than 59,000 Palestinians, according to the Gaza health ministry, which does not distinguish between civilians and combatants in its count but says more than half of the dead were women and minors. The Israeli military says it has killed about 20,000 militants, a figure Hamas has never confirmed.

Most of the enclave's roughly 2.1 million residents now live in tents or damaged buildings, and the United Nations says about 86 percent of the territory is under evacuation orders or inside Israeli-militarised zones.

(Reporting by the Gaza and Jerusalem bureaus; Writing by the Cairo newsroom; Editing by the Middle East desk)
""",
        g(
            "killed",
            41,
            "gaza",
            q="lower",
            scope="event",
            as_of="2025-07-22",
            by="gaza health ministry",
            cue="killed at least 41 Palestinians",
            note="'over the past 24 hours' -> event, dated the reporting day (Tuesday = article date); headline repeats it",
        ),
        g(
            "killed",
            17,
            "gaza",
            pop="combatants",
            scope="event",
            as_of="2025-07-22",
            by="israeli military",
            cue="had killed 17 militants",
            note="the other side's count for the same strikes: a figure of its own with its own source",
        ),
        g(
            "injured",
            152,
            "gaza",
            scope="event",
            as_of="2025-07-22",
            by="gaza health ministry",
            cue="152 people were wounded",
        ),
        g(
            "killed",
            11,
            "gaza",
            pop="children",
            scope="event",
            as_of="2025-07-22",
            by="gaza health ministry",
            cue="the dead included 11 children",
        ),
        g(
            "missing",
            20,
            "gaza",
            q="approx",
            scope="event",
            as_of="2025-07-21",
            by="gaza civil defence",
            cue="some 20 people were believed to be trapped",
            note="trapped under the rubble = missing; the event is Monday's strike (day before the article)",
        ),
        g(
            "projectiles",
            2,
            "gaza",
            scope="event",
            as_of="2025-07-21",
            by="israeli military",
            cue="two rockets had been launched",
            note="fired from Gaza -> side gaza; 'Monday evening'",
        ),
        g(
            "killed",
            1200,
            "israel",
            q="approx",
            scope="event",
            as_of="2023-10-07",
            by="israeli tallies",
            cue="about 1,200 people were killed",
        ),
        g(
            "hostages",
            251,
            "israel",
            scope="event",
            as_of="2023-10-07",
            by="israeli tallies",
            cue="251 were taken hostage",
        ),
        g(
            "killed",
            59000,
            "gaza",
            q="lower",
            scope="total",
            as_of="2025-07-22",
            by="gaza health ministry",
            cue="more than 59,000 Palestinians",
            note="'more than half ... women and minors' has no number: no subgroup figure",
        ),
        g(
            "killed",
            20000,
            "gaza",
            pop="combatants",
            q="approx",
            scope="total",
            as_of="2025-07-22",
            by="israeli military",
            cue="killed about 20,000 militants",
        ),
    ),
    article(
        "z_gaza_aid_workers_un_release",
        "2025-08-19",
        """
Gaza: UN honours aid workers killed as the Strip remains the deadliest place on earth for humanitarians
PRESS RELEASE
Geneva/Jerusalem, 19 August 2025

On World Humanitarian Day, the UN Office for the Coordination of Humanitarian Affairs (OCHA) and its partners in the occupied Palestinian territory honour the humanitarian workers who have lost their lives in the Gaza Strip, which has become the most dangerous place in the world to deliver aid.

Since October 2023, at least 508 aid workers have been killed in Gaza, including 360 staff members of the UN Relief and Works Agency for Palestine Refugees in the Near East (UNRWA), according to data compiled by the Aid Worker Security Database. Fifty-two of them were killed in the past three months alone, the database shows, most while queuing for food with their own families, travelling in marked convoys or working at distribution points.

"Every one of these colleagues had a name, a family and a reason to stay," said OCHA's head of office in the occupied Palestinian territory. "Most of them had themselves been displaced, some more than five times, and still they came to work every morning."

Health workers

Health workers have paid an equally heavy price. The World Health Organization (WHO) has verified that more than 1,580 health and care workers have been killed since the start of the hostilities. The Ministry of Health in Gaza reports that 362 medical staff remain in Israeli detention, among them the director of a hospital in the north who was taken into custody in December 2024. Only 18 of the Strip's 36 hospitals are even partially functional, and none is fully functional.

Journalists

Local journalists, who for 22 months have been almost the only reporters able to work inside the Strip, have also been killed in unprecedented numbers. The Committee to Protect Journalists has counted at least 184 Palestinian journalists and media workers killed in Gaza.

Displacement

Since the ceasefire collapsed on 18 March, some 762,000 people have been displaced anew, according to figures released on Monday by the Site Management Cluster, many of them for the third or fourth time. About 86 per cent of the Strip now lies within Israeli-militarized zones or under displacement orders, leaving families to crowd into an ever smaller strip of coastline.

Medical evacuations

Medical evacuations remain a lifeline for very few. On Wednesday last week, 37 patients, including 21 children, were evacuated through Kerem Shalom to Jordan with their companions, WHO said. More than 14,800 patients, among them some 5,000 children, are still waiting for approval to leave the Strip for specialised treatment.

Funding

The 2025 Flash Appeal for the occupied Palestinian territory, which seeks US$4 billion to reach 3.3 million people in Gaza and the West Bank, is only 18 per cent funded. OCHA calls on Member States to ensure that humanitarian personnel can move safely, that crossings are opened for the volume of supplies needed, and that those responsible for attacks on aid workers are held to account.

"Humanitarian workers are not a target. They never have been, and they must never be," the Emergency Relief Coordinator said in a message marking the day, which commemorates the 22 people killed in the bombing of the UN headquarters in Baghdad on 19 August 2003.

For more information, please contact: OCHA oPt Public Information Unit, ochaopt@un.org, +972 2 582 9962.
""",
        g(
            "killed",
            508,
            "gaza",
            pop="aid_workers",
            q="lower",
            scope="total",
            as_of="2025-08-19",
            by="aid worker security database",
            cue="at least 508 aid workers have been killed",
        ),
        g(
            "killed",
            360,
            "gaza",
            pop="aid_workers",
            scope="total",
            as_of="2025-08-19",
            by="aid worker security database",
            cue="including 360 staff members",
            note="UNRWA staff inside the 508: a subgroup of the same population, still its own figure",
        ),
        g(
            "killed",
            52,
            "gaza",
            pop="aid_workers",
            scope="event",
            as_of="2025-08-19",
            by="aid worker security database",
            cue="Fifty-two of them were killed in the past three months",
            note="a window ('the past three months') -> event, dated the release day",
        ),
        g(
            "killed",
            1580,
            "gaza",
            pop="medics",
            q="lower",
            scope="total",
            as_of="2025-08-19",
            by="who",
            cue="more than 1,580 health and care workers",
        ),
        g(
            "detained",
            362,
            "gaza",
            pop="medics",
            scope="total",
            as_of="2025-08-19",
            by="gaza health ministry",
            cue="362 medical staff remain in Israeli detention",
        ),
        g(
            "killed",
            184,
            "gaza",
            pop="journalists",
            q="lower",
            scope="total",
            as_of="2025-08-19",
            by="committee to protect journalists",
            cue="at least 184 Palestinian journalists",
        ),
        g(
            "displaced",
            762000,
            "gaza",
            q="approx",
            scope="total",
            as_of="2025-08-18",
            by="site management cluster",
            cue="some 762,000 people have been displaced anew",
            note="running count 'since the ceasefire collapsed on 18 March' -> total; released 'on Monday' -> 2025-08-18",
        ),
        g(
            "evacuated",
            37,
            "gaza",
            scope="event",
            as_of="2025-08-13",
            by="who",
            cue="37 patients, including 21 children",
            note="'On Wednesday last week' from Tuesday 19 August -> 13 August. Not annotated: the 14,800 patients "
            "(and 5,000 children) still waiting to leave have not been evacuated; 3.3 million is a target population",
        ),
        g(
            "evacuated",
            21,
            "gaza",
            pop="children",
            scope="event",
            as_of="2025-08-13",
            by="who",
            cue="including 21 children, were evacuated",
        ),
        g(
            "killed",
            22,
            "iraq",
            scope="event",
            as_of="2003-08-19",
            cue="the 22 people killed in the bombing",
            note="historic toll in the closing paragraph: still a count of people killed (the day is an anniversary, "
            "the 22 is not)",
        ),
    ),
    article(
        "z_gaza_aid_hub_shooting_html",
        None,
        """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>At least 31 killed near Gaza aid hub as Israeli army and health officials trade accounts | Levant Broadcasting</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/main.4f2a91.css">
</head>
<body>
<header class="site-header">
<a class="logo" href="/">Levant Broadcasting</a>
<nav class="main-nav">
<ul>
<li><a href="/news">News</a></li>
<li><a href="/news/middle-east">Middle East</a></li>
<li><a href="/news/world">World</a></li>
<li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li>
<li><a href="/live">Live TV</a></li>
</ul>
</nav>
</header>
<main>
<article>
<h1>At least 31 killed near Gaza aid hub as Israeli army and health officials trade accounts</h1>
<p class="standfirst">Health officials say people were shot while waiting for food; the military says troops fired warning shots at "suspects"</p>
<p class="byline">By our Middle East team</p>
<p>At least 31 Palestinians were killed and more than 170 wounded near an aid distribution site in southern Gaza on Sunday, the Hamas-run health ministry said, in the latest deadly incident around the hubs run by the US- and Israeli-backed Gaza Humanitarian Foundation (GHF).</p>
<p>The ministry said the dead included four children, the youngest of them 12 years old, and that most had gunshot wounds to the head or chest. Witnesses told our correspondent that crowds had gathered in the dark about one kilometre from the site, off the coastal road west of Rafah, when the shooting began shortly before 05:00 local time.</p>
<p>"We were lying on the sand, waiting for the gate to open. Then the bullets came from the tanks on the hill," said Ahmad, 27, who was treated for a leg wound. "I saw three men fall next to me."</p>
<p>The International Committee of the Red Cross said its 60-bed field hospital in al-Mawasi had received 179 wounded people in a single morning, the largest mass-casualty influx since the facility opened a year ago. Twenty-one others were declared dead on arrival, the ICRC said.</p>
<p>"Our teams have been overwhelmed again and again," the ICRC's head of delegation said. "Most of the patients told us they were trying to reach a food distribution site."</p>
<p>The Israeli military said troops had fired warning shots at "several suspects" who advanced toward them "in a manner that posed a threat", about a kilometre from the distribution area and before it opened. It said it was "not aware of casualties caused by IDF fire" and that the incident was under review.</p>
<p>The GHF said in a statement that there had been "no incidents at or near" its sites and accused the health ministry of spreading "false and exaggerated" casualty numbers. The foundation says it has handed out more than 46 million meals since it began operating in late May.</p>
<h2>UN: aid seekers "forced to choose"</h2>
<p>The UN human rights office said on Friday that at least 798 people had been killed while seeking aid since the GHF began operations, 615 of them in the vicinity of the foundation's sites and the rest near UN and other aid convoys.</p>
<p>"People are being forced to choose between being shot and being starved," a spokesperson told reporters in Geneva.</p>
<p>The health ministry says the war has killed 56,156 Palestinians in Gaza and wounded 132,239. Israel says 50 hostages are still held in the territory, fewer than half of them believed to be alive.</p>
<p>Israel has rejected the UN's criticism, saying its troops operate in accordance with international law and that Hamas steals aid, which Hamas denies.</p>
<aside class="related">
<h3>Related</h3>
<ul>
<li><a href="/news/middle-east/gaza-ceasefire-talks-doha">Gaza ceasefire talks: what is on the table?</a></li>
<li><a href="/news/middle-east/ghf-explained">What is the Gaza Humanitarian Foundation?</a></li>
<li><a href="/news/middle-east/rafah-map">Mapped: the four GHF distribution sites</a></li>
</ul>
</aside>
</article>
</main>
<footer class="site-footer">
<p>Levant Broadcasting Corporation - 14 bureaus in 11 countries - Newsdesk +961 1 344 702</p>
<p>Watch us on channel 312 - Radio on 98.4 FM - Over 3 million followers</p>
<p>Terms - Privacy - Cookies - Accessibility - Contact</p>
<p>Levant Broadcasting Corporation. All rights reserved.</p>
</footer>
</body>
</html>
""",
        g(
            "killed",
            31,
            "gaza",
            q="lower",
            scope="event",
            as_of=None,
            by="gaza health ministry",
            cue="At least 31 Palestinians were killed",
            note="undated page: 'on Sunday' cannot be resolved, so every as_of is null; the title and h1 repeat it",
        ),
        g(
            "injured",
            170,
            "gaza",
            q="lower",
            scope="event",
            as_of=None,
            by="gaza health ministry",
            cue="more than 170 wounded",
        ),
        g(
            "killed",
            4,
            "gaza",
            pop="children",
            scope="event",
            as_of=None,
            by="gaza health ministry",
            cue="the dead included four children",
            note="not annotated: 'I saw three men fall' (a witness's impression, not a count of the dead)",
        ),
        g("injured", 179, "gaza", scope="event", as_of=None, by="icrc", cue="had received 179 wounded people"),
        g("killed", 21, "gaza", scope="event", as_of=None, by="icrc", cue="Twenty-one others were declared dead"),
        g(
            "killed",
            798,
            "gaza",
            q="lower",
            scope="total",
            as_of=None,
            by="un human rights office",
            cue="at least 798 people had been killed while seeking aid",
            note="running count since the GHF began operating -> total",
        ),
        g(
            "killed",
            615,
            "gaza",
            scope="total",
            as_of=None,
            by="un human rights office",
            cue="615 of them in the vicinity",
            note="part of the 798 (by place), its own figure",
        ),
        g(
            "killed",
            56156,
            "gaza",
            scope="total",
            as_of=None,
            by="gaza health ministry",
            cue="killed 56,156 Palestinians in Gaza",
        ),
        g("injured", 132239, "gaza", scope="total", as_of=None, by="gaza health ministry", cue="wounded 132,239"),
        g(
            "hostages",
            50,
            "israel",
            scope="total",
            as_of=None,
            by="israel",
            cue="Israel says 50 hostages",
            note="'fewer than half of them believed to be alive' has no number",
        ),
    ),
    article(
        "z_israel_hostage_prisoner_swap",
        "2025-02-15",
        """
Three Israeli hostages freed as 369 Palestinian prisoners released in sixth swap
Published 15 February 2025

Three Israeli men held in Gaza for 498 days have been handed over to the Red Cross in Khan Younis, and hours later Israel released 369 Palestinian prisoners and detainees in the sixth exchange since a ceasefire took effect last month.

Sagui Dekel-Chen, 36, Sasha Troufanov, 29, and Iair Horn, 46, were brought on to a stage by masked Hamas gunmen and made to address the crowd before being driven to Israeli forces in Red Cross vehicles. The Israeli military said the three were in stable condition after initial medical checks at a base near Re'im, where they were reunited with relatives.

The handover went ahead after days of uncertainty. Hamas had threatened on Monday to postpone it, accusing Israel of violating the truce by restricting the entry of tents and heavy machinery, and US President Donald Trump had warned that "all hell" would break out if the hostages were not freed by Saturday noon.

Prisoner buses

On the Palestinian side, 36 of those freed on Saturday had been serving life sentences for attacks that killed Israelis, according to the Palestinian Prisoners' Club, an advocacy group. The other 333 were men detained in Gaza during the war and held without charge, it said.

A bus carrying the first group of prisoners arrived in the West Bank city of Ramallah in the early afternoon, where hundreds of people had gathered. Those returning to Gaza were taken to the European Hospital in Khan Younis for checks. Several of the men appeared frail and had to be helped off the buses, and relatives said some had not been told that family members had died during the war.

Israel's prison service confirmed the release without giving further details. Some of the men serving life terms are being deported to Egypt, from where they are expected to travel on to third countries.

Running totals

Since the ceasefire took effect on 19 January, 19 Israeli hostages and five Thai nationals have been freed, in exchange for more than 1,100 Palestinian prisoners. Israel says 73 hostages remain in Gaza, about half of whom are believed to be dead.

Negotiations on the second phase, which is supposed to bring the release of all the remaining living hostages and a permanent end to the war, were due to begin in early February but have not formally started. Israel's negotiating team is expected in Cairo next week.

Hamas and allied groups seized 251 people during their attack on southern Israel on 7 October 2023. Israel's military offensive in Gaza has killed more than 48,200 people, according to the Hamas-run health ministry.

In Tel Aviv's Hostages Square, a large crowd watched the handover live on screens. When Iair Horn's face appeared, some wept; others held up photographs of his brother Eitan, who is still held in Gaza.

"We have waited 498 days for this," a cousin of one of the freed men told the BBC. "And we will not stop until the last of them is home."
""",
        g(
            "hostages",
            3,
            "israel",
            scope="event",
            as_of="2025-02-15",
            cue="Three Israeli men held in Gaza",
            note="freed hostages are still counted as hostages (people taken hostage); stated in the outlet's voice",
        ),
        g(
            "detained",
            369,
            "palestine",
            scope="event",
            as_of="2025-02-15",
            cue="Israel released 369 Palestinian prisoners",
            note="released prisoners are counted with the detained metric; Palestinians from several places -> palestine",
        ),
        g(
            "detained",
            36,
            "palestine",
            scope="event",
            as_of="2025-02-15",
            by="palestinian prisoners' club",
            cue="36 of those freed on Saturday",
        ),
        g(
            "detained",
            333,
            "gaza",
            scope="event",
            as_of="2025-02-15",
            by="palestinian prisoners' club",
            cue="The other 333 were men detained in Gaza",
        ),
        g(
            "hostages",
            19,
            "israel",
            scope="total",
            as_of="2025-02-15",
            cue="19 Israeli hostages and five Thai nationals",
            note="running count since the truce began -> total",
        ),
        g("hostages", 5, "thailand", scope="total", as_of="2025-02-15", cue="five Thai nationals have been freed"),
        g(
            "detained",
            1100,
            "palestine",
            q="lower",
            scope="total",
            as_of="2025-02-15",
            cue="more than 1,100 Palestinian prisoners",
        ),
        g(
            "hostages",
            73,
            "israel",
            scope="total",
            as_of="2025-02-15",
            by="israel",
            cue="Israel says 73 hostages remain",
            note="'about half of whom are believed to be dead' has no number; 'hundreds of people had gathered' is a crowd",
        ),
        g("hostages", 251, "israel", scope="event", as_of="2023-10-07", cue="seized 251 people"),
        g(
            "killed",
            48200,
            "gaza",
            q="lower",
            scope="total",
            as_of="2025-02-15",
            by="gaza health ministry",
            cue="killed more than 48,200 people",
        ),
    ),
    article(
        "z_israel_idf_losses_analysis_md",
        "2024-12-03",
        """
# Fourteen months on, the IDF's casualty lists tell the story of a longer, costlier war

*Analysis - Published 3 December 2024*

**By our defence correspondent**

When the military updated its online roll of the fallen on Monday, the count stood at 807 soldiers killed since 7 October 2023. Behind that figure lies a war that has changed shape at least three times: a border massacre, a ground invasion of Gaza that has now lasted more than 13 months, and, since 1 October, a ground campaign in southern Lebanon that was halted by last Wednesday's ceasefire with Hezbollah.

## Where the soldiers died

The military's own breakdown, published alongside the roll, gives a sense of that evolution:

- **385** soldiers have been killed in the ground operation in Gaza, which began on 27 October 2023;
- **50** soldiers were killed in the fighting in southern Lebanon since the start of October;
- the rest fell on 7 October itself, in the West Bank, or on other fronts, including the Golan Heights and the Red Sea port city of Eilat.

Operational accidents and friendly fire account for a share of the Gaza deaths that military analysts describe as "painfully high", a reflection of the density of forces operating in urban terrain.

## The wounded

The military reports 5,430 soldiers wounded since the war began. But the Defence Ministry's rehabilitation department, which handles long-term care, says it has taken in more than 12,000 wounded personnel since October 2023, a gap explained partly by post-traumatic stress cases that the military's daily tally does not include.

"The army counts the moment of injury. We count the years after it," said an official at the department, who said its caseload was likely to double by the end of the decade.

## Civilians and the north

Civilians have borne their own share. According to an AFP tally, 45 civilians were killed in northern Israel and the Israeli-annexed Golan Heights by fire from Lebanon between 8 October 2023 and the ceasefire. Some 60,000 residents of the north remain evacuated from their homes, and officials in Kiryat Shmona and Metula say they do not expect most families to return before the next school year begins in September.

## The other side of the ledger

The military says it has killed about 17,000 Hamas and other militants in Gaza and more than 2,500 Hezbollah fighters in Lebanon, figures that cannot be independently verified. The health ministry in Gaza, which does not distinguish between civilians and fighters, says more than 44,400 people have been killed in the territory.

## The reservists

The burden has fallen disproportionately on reservists. More than 300,000 were called up in the first weeks of the war, and many have now served over 250 days in uniform, some of them in three separate rounds. Business owners in the north say one in five of their employees is still on reserve duty.

The 36th Division, which fought in both Gaza and Lebanon, has been rotated out of the line twice. Officers say the strain on equipment, from tank tracks to the armoured D9 bulldozers, is now a bigger constraint than manpower.

## What the numbers do not show

The Bank of Israel estimates the cost of the war at about NIS 250 billion through 2025. It does not, and cannot, put a figure on the toll for the families of the fallen, or on the trust between the army and the public that will be examined by the inquiries the government has so far refused to set up.
""",
        g(
            "killed",
            807,
            "israel",
            pop="combatants",
            scope="total",
            as_of="2024-12-02",
            by="israeli military",
            cue="807 soldiers killed since 7 October 2023",
            note="the roll was updated 'on Monday' -> the day named, 2024-12-02",
        ),
        g(
            "killed",
            385,
            "israel",
            pop="combatants",
            scope="total",
            as_of="2024-12-02",
            by="israeli military",
            cue="soldiers have been killed in the ground operation in Gaza",
            note="Markdown bold '**385**' before the noun; part of the 807 by front, its own figure",
        ),
        g(
            "killed",
            50,
            "israel",
            pop="combatants",
            scope="total",
            as_of="2024-12-02",
            by="israeli military",
            cue="soldiers were killed in the fighting in southern Lebanon",
            note="a front's toll inside the war total -> total, like the Gaza breakdown",
        ),
        g(
            "injured",
            5430,
            "israel",
            pop="combatants",
            scope="total",
            as_of="2024-12-03",
            by="israeli military",
            cue="5,430 soldiers wounded",
        ),
        g(
            "injured",
            12000,
            "israel",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2024-12-03",
            by="defence ministry",
            cue="more than 12,000 wounded personnel",
            note="a second source's count of the same wounded soldiers, kept as a figure of its own",
        ),
        g(
            "killed",
            45,
            "israel",
            pop="civilians",
            scope="total",
            as_of="2024-12-03",
            by="afp tally",
            cue="45 civilians were killed in northern Israel",
        ),
        g(
            "evacuated",
            60000,
            "israel",
            q="approx",
            scope="total",
            as_of="2024-12-03",
            cue="Some 60,000 residents of the north remain evacuated",
        ),
        g(
            "killed",
            17000,
            "gaza",
            pop="combatants",
            q="approx",
            scope="total",
            as_of="2024-12-03",
            by="israeli military",
            cue="killed about 17,000 Hamas and other militants",
        ),
        g(
            "killed",
            2500,
            "lebanon",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2024-12-03",
            by="israeli military",
            cue="more than 2,500 Hezbollah fighters",
        ),
        g(
            "killed",
            44400,
            "gaza",
            q="lower",
            scope="total",
            as_of="2024-12-03",
            by="gaza health ministry",
            cue="more than 44,400 people have been killed",
            note="not annotated: 300,000 reservists called up (not a casualty metric), 250 days, NIS 250 billion",
        ),
    ),
    article(
        "z_west_bank_iron_wall_local",
        "2025-02-09",
        """
Iron Wall enters third week as displacement empties northern West Bank camps
Sunday, February 9, 2025 | Ramallah

By our staff reporter

The Israeli military operation in the northern West Bank entered its third week on Sunday with no sign of ending, as troops expanded raids from the Jenin and Tulkarm refugee camps to the villages of Tammun and Far'a and residents described streets bulldozed beyond recognition.

Since the operation, dubbed "Iron Wall", began on 21 January, Israeli forces have killed 46 Palestinians across the northern West Bank, including seven children, the UN humanitarian office OCHA said in an update issued on Thursday. The Palestinian health ministry in Ramallah, which also counts people killed in settler attacks and at checkpoints elsewhere in the territory, puts the toll in the same period at 50.

The Israeli military said it had killed more than 50 "terrorists" and arrested 380 wanted persons in the operation, and that troops had dismantled dozens of explosive devices planted under roads in and around the camps.

In Jenin camp, once home to some 24,000 people, the municipality says almost no residents remain. Across the Jenin, Tulkarm, Nur Shams and Far'a camps, about 40,000 Palestinians have been forced from their homes, according to UNRWA, the UN agency for Palestinian refugees, the largest displacement in the territory since 1967.

"We left with the clothes we were wearing. The soldiers gave us 10 minutes," said Umm Mahmoud, 58, who is now staying with eleven relatives in a two-room flat in the town of Burqin. "My son went back on Friday for medicine and found the house had been burned."

Bulldozers escorted by armoured vehicles of the Kfir Brigade have torn up roughly 3 kilometres of roads inside the camp, according to the municipality, which estimates the damage to water and sewage networks at more than $12 million. Electricity to the eastern neighbourhood has been cut for 19 days.

Soldiers killed at checkpoint

On Tuesday, two Israeli reservists were killed and eight other soldiers wounded when a Palestinian gunman opened fire at the Tayasir military checkpoint in the northern Jordan Valley, the Israeli military said. The gunman was killed in the exchange of fire. The army later raided his home village of Tammun and demolished the family house.

Prisoners

The Palestinian Prisoners' Society said more than 10,000 Palestinians are currently held in Israeli jails. Dozens of men detained during the Jenin raids have been released after interrogation, while others have been transferred to the Salem detention centre, the group said.

Shops in Jenin's old market have stayed shut for a third week. The chamber of commerce says more than 1,200 businesses in the city have been affected, and the Palestinian Authority, which has been running its own security campaign in the camp since December, has not paid full salaries to its employees for four months.
""",
        g(
            "killed",
            46,
            "west-bank",
            scope="total",
            as_of="2025-02-06",
            by="ocha",
            cue="killed 46 Palestinians across the northern West Bank",
            note="running toll of an ongoing operation ('since ... 21 January') -> total; update 'issued on Thursday'",
        ),
        g(
            "killed",
            7,
            "west-bank",
            pop="children",
            scope="total",
            as_of="2025-02-06",
            by="ocha",
            cue="including seven children",
        ),
        g(
            "killed",
            50,
            "west-bank",
            scope="total",
            as_of="2025-02-09",
            by="palestinian health ministry",
            cue="puts the toll in the same period at 50",
        ),
        g(
            "killed",
            50,
            "west-bank",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2025-02-09",
            by="israeli military",
            cue='killed more than 50 "terrorists"',
            note="the other side's claim about the same operation; 'dozens of explosive devices' are not people",
        ),
        g(
            "detained",
            380,
            "west-bank",
            scope="total",
            as_of="2025-02-09",
            by="israeli military",
            cue="arrested 380 wanted persons",
        ),
        g(
            "displaced",
            40000,
            "west-bank",
            q="approx",
            scope="total",
            as_of="2025-02-09",
            by="unrwa",
            cue="about 40,000 Palestinians have been forced from their homes",
            note="'once home to some 24,000 people' is the camp's former population, not a displacement count",
        ),
        g(
            "killed",
            2,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-02-04",
            by="israeli military",
            cue="two Israeli reservists were killed",
        ),
        g(
            "injured",
            8,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2025-02-04",
            by="israeli military",
            cue="eight other soldiers wounded",
        ),
        g(
            "detained",
            10000,
            "palestine",
            q="lower",
            scope="total",
            as_of="2025-02-09",
            by="palestinian prisoners' society",
            cue="more than 10,000 Palestinians are currently held",
        ),
        g(
            "detained",
            24,
            "west-bank",
            q="lower",
            scope="total",
            as_of="2025-02-09",
            by="palestinian prisoners' society",
            cue="Dozens of men detained during the Jenin raids",
            note="vague 'dozens' -> 24/lower; detained during the ongoing operation -> total like the other operation counts",
        ),
    ),
]
