# ruff: noqa: E501
"""Set Z, Sudan, Myanmar, DR Congo, Ethiopia, Haiti and Somalia: army vs rebel claims, UN and rights-group counts."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, article, g
except ImportError:  # pragma: no cover
    from article_cases import DRC, article, g

ARTICLES = [
    article(
        "z_sudan_abu_shouk_camp_html",
        "2025-08-12",
        """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2025-08-12T14:20:00Z">
<title>At least 40 killed as RSF storms Abu Shouk camp near El Fasher, volunteers say | Meridian News</title>
<meta name="description" content="Volunteers, the army and the RSF give conflicting accounts of Monday's assault on a displacement camp in North Darfur.">
<link rel="canonical" href="https://www.meridian-news.example/africa/sudan-abu-shouk-camp-attack">
</head>
<body>
<div class="topbar"><a href="/">Meridian News</a> <a href="/signin">Sign in</a> <a href="/subscribe">Subscribe</a></div>
<nav class="sections">
<a href="/world">World</a> | <a href="/africa">Africa</a> | <a href="/middle-east">Middle East</a> | <a href="/climate">Climate</a> | <a href="/business">Business</a> | <a href="/podcasts">Podcasts</a>
</nav>
<main id="content">
<article>
<h1>At least 40 killed as RSF storms Abu Shouk camp near El Fasher, volunteers say</h1>
<p class="dateline">Published 12 August 2025</p>
<p>At least 40 people were killed and 19 wounded when fighters of the paramilitary Rapid Support Forces (RSF) stormed the Abu Shouk camp for displaced people on the northern edge of El Fasher on Monday, the El Fasher Emergency Response Rooms said, in one of the deadliest assaults on the besieged city in weeks.</p>
<p>The Emergency Response Rooms, a network of volunteers who run communal kitchens and first-aid points in the city, said fighters on motorbikes and in pick-up trucks went from house to house, shooting people inside and outside their homes. "Dozens" of residents remained unaccounted for on Tuesday, the group said.</p>
<p>UNICEF said seven children were among the dead. "Children in El Fasher have been living under siege for more than a year, with almost no food and no safe place to go," the agency's regional director said.</p>
<p>The camp is home to tens of thousands of people who fled earlier fighting in North Darfur, many of them from the Zamzam camp, which the RSF overran in April.</p>
<h2>Competing claims</h2>
<p>The Sudanese army's 6th Infantry Division, which has held El Fasher throughout a siege now in its 16th month, said its forces and allied Joint Forces had repelled the attack and killed "hundreds" of the assailants. It published video of what it said were captured RSF vehicles.</p>
<p>The RSF said in a statement on Telegram that it had killed 87 army soldiers and allied fighters and taken 11 prisoner in what it called a "clean-up operation" targeting military positions inside the camp. It denied targeting civilians and accused the army of using the camp's residents as human shields.</p>
<p>Neither side's claims could be independently verified. Communications in El Fasher are limited to a handful of satellite devices, and the city has been cut off from road access since May 2024.</p>
<p>UN Secretary-General Antonio Guterres said he was "appalled" by the reports and called on the RSF to lift the siege. The International Organization for Migration estimates that about 12 million people have been driven from their homes since the war began in April 2023, including some 4 million who crossed into neighbouring countries.</p>
<section class="newsletter">
<p>Get our Africa briefing in your inbox every Friday. Join 250,000 readers.</p>
</section>
</article>
</main>
<footer>
<ul class="footer-links"><li><a href="/about">About us</a></li><li><a href="/careers">Careers - 38 open roles</a></li><li><a href="/contact">Contact</a></li></ul>
<p>Meridian News Ltd, 22 bureaus worldwide, 1,400 staff. Newsroom: +44 20 7946 0958. Registered in England and Wales, company no. 05512873.</p>
<p>Copyright Meridian News. All rights reserved.</p>
</footer>
</body>
</html>
""",
        g(
            "killed",
            40,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-08-11",
            by="el fasher emergency response rooms",
            cue="At least 40 people were killed and 19 wounded",
            note="'on Monday' from Tuesday 12 August; title and h1 repeat it",
        ),
        g(
            "injured",
            19,
            "sudan",
            scope="event",
            as_of="2025-08-11",
            by="el fasher emergency response rooms",
            cue="19 wounded when fighters",
        ),
        g(
            "missing",
            24,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-08-11",
            by="el fasher emergency response rooms",
            cue='"Dozens" of residents remained unaccounted for',
            note="vague 'dozens' -> 24/lower; unaccounted for after Monday's attack -> event of that day",
        ),
        g(
            "killed",
            7,
            "sudan",
            pop="children",
            scope="event",
            as_of="2025-08-11",
            by="unicef",
            cue="seven children were among the dead",
        ),
        g(
            "displaced",
            20000,
            "sudan",
            q="lower",
            scope="total",
            as_of="2025-08-12",
            cue="tens of thousands of people who fled earlier fighting",
            note="vague 'tens of thousands' -> 20000/lower; the camp's displaced population, in the outlet's voice",
        ),
        g(
            "killed",
            200,
            "sudan",
            pop="combatants",
            q="lower",
            scope="event",
            as_of="2025-08-11",
            by="sudanese army",
            cue='killed "hundreds" of the assailants',
            note="RSF fighters are Sudanese -> sudan",
        ),
        g(
            "killed",
            87,
            "sudan",
            pop="combatants",
            scope="event",
            as_of="2025-08-11",
            by="rsf",
            cue="killed 87 army soldiers and allied fighters",
        ),
        g(
            "detained",
            11,
            "sudan",
            pop="combatants",
            scope="event",
            as_of="2025-08-11",
            by="rsf",
            cue="taken 11 prisoner",
        ),
        g(
            "displaced",
            12000000,
            "sudan",
            q="approx",
            scope="total",
            as_of="2025-08-12",
            by="iom",
            cue="about 12 million people have been driven from their homes",
        ),
        g(
            "displaced",
            4000000,
            "sudan",
            q="approx",
            scope="total",
            as_of="2025-08-12",
            by="iom",
            cue="some 4 million who crossed into neighbouring countries",
            note="refugees inside the 12 million, its own figure; footer numbers (250,000 readers, 38 roles, 22 bureaus, "
            "1,400 staff) are not figures",
        ),
    ),
    article(
        "z_sudan_ohchr_mosque_drone_release",
        "2025-09-26",
        """
Sudan: Türk condemns deadly drone strike on El Fasher mosque, warns of relentless attacks on civilians
PRESS RELEASE
GENEVA, 26 September 2025

UN High Commissioner for Human Rights Volker Türk today condemned a drone strike on a mosque in El Fasher, North Darfur, during dawn prayers last Friday, which killed at least 75 civilians according to information gathered by his Office (OHCHR).

Local sources, including the Sudan Doctors Network, put the death toll at 78, among them 11 children. The information available to the Office indicates that the drone was launched by the Rapid Support Forces (RSF), which have besieged the city since May 2024.

"Worshippers were killed as they prayed. Families were wiped out in a single moment. This is a pattern, not an accident," Türk said. "I urge all those with influence to act now to stop these atrocities."

The strike is part of a wider pattern. Since January, OHCHR has documented drone strikes on markets, shelters for displaced people, health facilities and aid convoys across Darfur and Kordofan, by both the RSF and the Sudanese Armed Forces (SAF). On 20 September, two contractors working for the World Food Programme were killed when a drone struck their truck near Mellit, north of El Fasher.

Overall, the Office documented at least 3,384 civilians killed in Sudan between January and June 2025, the majority in Darfur, a figure that is almost certainly an undercount given restrictions on access and communications. The High Commissioner noted that drones, once used mainly by the SAF, are now deployed by both parties far from the front lines, including against power stations and water infrastructure.

The SAF said on Sunday that its air defences had downed 12 RSF drones targeting Omdurman and the Merowe dam on the Nile, about 350 kilometres north of Khartoum.

The High Commissioner is also alarmed by reports of abductions and detention of medical staff. The Sudan Doctors Network says the RSF is holding at least 19 health workers seized in and around El Fasher since July, some of whom have reportedly been subjected to ill-treatment.

Since the RSF took over the Zamzam camp in April, more than 400,000 people have fled, according to the International Organization for Migration, most of them to Tawila, some 60 kilometres to the west, where humanitarian services are stretched to breaking point.

Türk reiterated his call on all parties to comply with international humanitarian law, and on States with influence to halt the transfer of weapons, including drones, to the parties.

ENDS

For more information and media requests, please contact: OHCHR Media Section, +41 22 917 9000, ohchr-media@un.org
""",
        g(
            "killed",
            75,
            "sudan",
            pop="civilians",
            q="lower",
            scope="event",
            as_of="2025-09-19",
            by="ohchr",
            cue="killed at least 75 civilians",
            note="'last Friday' from Friday 26 September -> 19 September",
        ),
        g(
            "killed",
            78,
            "sudan",
            scope="event",
            as_of="2025-09-19",
            by="sudan doctors network",
            cue="put the death toll at 78",
            note="a second source's toll of the same strike, its own figure",
        ),
        g(
            "killed",
            11,
            "sudan",
            pop="children",
            scope="event",
            as_of="2025-09-19",
            by="sudan doctors network",
            cue="among them 11 children",
        ),
        g(
            "killed",
            2,
            "sudan",
            pop="aid_workers",
            scope="event",
            as_of="2025-09-20",
            cue="two contractors working for the World Food Programme were killed",
            note="WFP contractors -> aid_workers; stated in the release's own voice -> reported_by null",
        ),
        g(
            "killed",
            3384,
            "sudan",
            pop="civilians",
            q="lower",
            scope="event",
            as_of="2025-06-30",
            by="ohchr",
            cue="at least 3,384 civilians killed",
            note="a six-month window -> event, dated its last day",
        ),
        g(
            "projectiles",
            12,
            "sudan",
            scope="event",
            as_of="2025-09-21",
            by="sudanese army",
            cue="downed 12 RSF drones",
            note="RSF drones -> sudan (both parties are Sudanese); 'on Sunday'",
        ),
        g(
            "detained",
            19,
            "sudan",
            pop="medics",
            q="lower",
            scope="total",
            as_of="2025-09-26",
            by="sudan doctors network",
            cue="holding at least 19 health workers",
        ),
        g(
            "displaced",
            400000,
            "sudan",
            q="lower",
            scope="total",
            as_of="2025-09-26",
            by="iom",
            cue="more than 400,000 people have fled",
            note="not figures: 350 and 60 kilometres",
        ),
    ),
    article(
        "z_myanmar_aapp_coup_anniversary",
        "2025-02-01",
        """
Four years after the coup, rights group counts more than 6,200 killed by Myanmar's junta
February 1, 2025

CHIANG MAI, Thailand - Myanmar's military has killed at least 6,231 people since it seized power four years ago, including 695 children, the Assistance Association for Political Prisoners (AAPP) said on Saturday, as streets in Yangon and Mandalay emptied for a "silent strike" marking the anniversary of the coup.

The group, run by former political prisoners from its base in Thailand, said 28,742 people had been arrested for opposing military rule, of whom 21,596 remain in detention. Its tallies, compiled from news reports, family members and local sources, are widely cited by UN agencies and Western governments. The junta dismisses them as exaggerated and says it holds only "those who broke the law".

"Every number on our list is a person whose family is still waiting," said the group's joint secretary, who himself spent eight years in Insein prison. "And we know our list is incomplete."

Air strikes in Rakhine

The AAPP count does not include most deaths in the country's fiercest battlegrounds, where ethnic armed groups and resistance forces have seized large areas since late 2023 and the military has relied increasingly on air power.

One of the deadliest recent incidents took place on 8 January, when an air strike on the fishing village of Kyauk Ni Maw on Ramree Island set fire to hundreds of homes. The Arakan Army, which now controls most of Rakhine state, said 40 people were killed and between 20 and 25 wounded. The military said it had targeted AA fighters and called the reports of civilian deaths "fabricated".

Competing claims

The military's information team said on Friday that troops had killed more than 100 "terrorists" in clashes with resistance forces in Sagaing and Magway regions in January, and seized rifles, mines and drones. A People's Defence Force unit in Sagaing's Kani township said separately that it had killed 14 soldiers in an ambush on a supply convoy on Tuesday. Neither claim could be verified.

The UN says more than 3.5 million people are displaced across the country, and that a third of the population of about 55 million needs humanitarian assistance.

The junta has announced an election for December, which opposition groups and most Western governments have dismissed as a sham. Its leader, Senior General Min Aung Hlaing, extended the state of emergency for another six months on Friday. The exiled National Unity Government said the vote could not be free while thousands of its supporters remained behind bars.
""",
        g(
            "killed",
            6231,
            "myanmar",
            q="lower",
            scope="total",
            as_of="2025-02-01",
            by="aapp",
            cue="killed at least 6,231 people",
            note="the headline's 'more than 6,200' is the same figure",
        ),
        g(
            "killed",
            695,
            "myanmar",
            pop="children",
            scope="total",
            as_of="2025-02-01",
            by="aapp",
            cue="including 695 children",
        ),
        g(
            "detained",
            28742,
            "myanmar",
            scope="total",
            as_of="2025-02-01",
            by="aapp",
            cue="28,742 people had been arrested",
        ),
        g("detained", 21596, "myanmar", scope="total", as_of="2025-02-01", by="aapp", cue="21,596 remain in detention"),
        g(
            "killed",
            40,
            "myanmar",
            scope="event",
            as_of="2025-01-08",
            by="arakan army",
            cue="said 40 people were killed",
            note="'hundreds of homes' are buildings, not people",
        ),
        g(
            "injured",
            20,
            "myanmar",
            q="range",
            high=25,
            scope="event",
            as_of="2025-01-08",
            by="arakan army",
            cue="between 20 and 25 wounded",
        ),
        g(
            "killed",
            100,
            "myanmar",
            pop="combatants",
            q="lower",
            scope="event",
            as_of="2025-01-31",
            by="myanmar military",
            cue='killed more than 100 "terrorists"',
            note="resistance fighters in Myanmar -> myanmar; a month's claim -> event dated the month's last day",
        ),
        g(
            "killed",
            14,
            "myanmar",
            pop="combatants",
            scope="event",
            as_of="2025-01-28",
            by="people's defence force",
            cue="killed 14 soldiers in an ambush",
            note="'on Tuesday' from Saturday 1 February",
        ),
        g(
            "detained",
            2000,
            "myanmar",
            q="lower",
            scope="total",
            as_of="2025-02-01",
            by="national unity government",
            cue="thousands of its supporters remained behind bars",
            note="vague 'thousands' -> 2000/lower, held in detention; debatable whether a closing vague phrase is a figure",
        ),
        g(
            "displaced",
            3500000,
            "myanmar",
            q="lower",
            scope="total",
            as_of="2025-02-01",
            by="un",
            cue="more than 3.5 million people are displaced",
            note="'a third of the population of about 55 million' is not a figure; eight years is a duration",
        ),
    ),
    article(
        "z_drc_hrw_rutshuru_killings",
        "2025-08-20",
        """
M23 rebels executed at least 140 civilians in eastern Congo, Human Rights Watch says
August 20, 2025

NAIROBI - Fighters of the Rwanda-backed M23 armed group summarily executed at least 140 civilians, most of them ethnic Hutu farmers, in villages and fields in Rutshuru territory in July, Human Rights Watch said in a report released on Wednesday, one of the worst atrocities since the rebels seized the cities of Goma and Bukavu earlier this year.

The killings took place between 10 and 30 July in and around at least 14 villages near the Virunga National Park, the New York-based group said, citing interviews with 25 witnesses, local leaders and health workers. Survivors described M23 fighters rounding up men and boys, tying their hands and shooting or hacking them to death. The group said M23 fighters also abducted at least 20 men and took them to an unknown destination.

"These are some of the most brutal killings we have documented in eastern Congo in years," said the group's senior Africa researcher. "The M23 and its Rwandan backers should be held to account."

The UN human rights office had earlier said that its own investigation found that 319 civilians, including 48 women and 19 children, were killed by M23 and allied fighters in four villages of Rutshuru between 9 and 21 July, the highest toll it has documented in a single episode since the M23 took up arms again in 2021.

The M23 rejected the allegations. A spokesperson for the Congo River Alliance (AFC), the political coalition that includes the group, said on X on Wednesday that its forces had only fought "negative forces" and that some 30 Wazalendo militiamen had been killed in clashes last month. He accused Kinshasa of "manipulating" rights groups.

Congo's government said the report confirmed what it had been saying for months and called for targeted sanctions against M23 commanders and Rwandan officials. Rwanda denies backing the M23, despite reports by UN experts that it has between 3,000 and 4,000 troops in Congo and controls the group's operations.

The killings came weeks after Congo and Rwanda signed a US-brokered peace agreement in Washington in June, and as talks between Kinshasa and the M23 in Doha produced a declaration of principles. Fighting has nevertheless continued in North and South Kivu.

The M23 captured Goma on 27 January after fighting that killed about 3,000 people, according to the UN, and took Bukavu the following month. Nearly 7 million people are displaced within Congo, according to the International Organization for Migration, one of the largest displacement crises in the world.

Congo's east holds vast reserves of tin, tantalum and gold, and the US deal has been accompanied by talk of billions of dollars in mining investment.
""",
        g(
            "killed",
            140,
            DRC,
            pop="civilians",
            q="lower",
            scope="event",
            as_of="2025-07-30",
            by="human rights watch",
            cue="executed at least 140 civilians",
            note="window 10-30 July -> event dated its last day; headline repeats the figure",
        ),
        g(
            "hostages",
            20,
            DRC,
            q="lower",
            scope="event",
            as_of="2025-07-30",
            by="human rights watch",
            cue="abducted at least 20 men",
            note="abducted -> hostages; 25 witnesses and 14 villages are not figures",
        ),
        g(
            "killed",
            319,
            DRC,
            pop="civilians",
            scope="event",
            as_of="2025-07-21",
            by="un human rights office",
            cue="319 civilians, including 48 women and 19 children",
        ),
        g(
            "killed",
            48,
            DRC,
            pop="women",
            scope="event",
            as_of="2025-07-21",
            by="un human rights office",
            cue="including 48 women",
        ),
        g(
            "killed",
            19,
            DRC,
            pop="children",
            scope="event",
            as_of="2025-07-21",
            by="un human rights office",
            cue="19 children, were killed",
        ),
        g(
            "killed",
            30,
            DRC,
            pop="combatants",
            q="approx",
            scope="event",
            as_of="2025-07-31",
            by="m23",
            cue="some 30 Wazalendo militiamen had been killed",
            note="Congolese pro-government militia -> drc; 'clashes last month' -> event dated July's last day; the AFC "
            "spokesperson speaks for M23",
        ),
        g(
            "killed",
            3000,
            DRC,
            q="approx",
            scope="event",
            as_of="2025-01-27",
            by="un",
            cue="fighting that killed about 3,000 people",
            note="the battle for Goma, dated the day of its capture",
        ),
        g(
            "displaced",
            7000000,
            DRC,
            q="upper",
            scope="total",
            as_of="2025-08-20",
            by="iom",
            cue="Nearly 7 million people are displaced",
            note="'nearly' -> upper; 'between 3,000 and 4,000 troops' is a deployment, not a figure",
        ),
    ),
    article(
        "z_ethiopia_amhara_report_summary",
        None,
        """
Ethiopia: Drone strikes, mass detentions and a war out of sight in Amhara

Report summary

A new report by Amnesty International documents what it calls a "pattern of unlawful killings" by federal forces in Ethiopia's Amhara region, where the army has been fighting the Fano, a loose network of ethnic Amhara militias, since August 2023. The conflict has received a fraction of the attention given to the war in neighbouring Tigray, which ended with a peace deal in November 2022, but has left much of Ethiopia's second most populous region cut off from the rest of the country.

Drone strikes

The report documents 37 drone strikes on populated areas and says they killed at least 412 civilians, including 96 children, since the conflict began. In the deadliest single incident it examined, a drone hit a minibus station and a nearby market on a busy market day, killing between 30 and 50 people, according to witnesses and a local health official. Most of the victims were traders and passengers waiting for transport to the regional capital, Bahir Dar.

Amnesty says it found no evidence of Fano fighters in the immediate area of most of the strikes it investigated, and it calls on the government to disclose the rules that govern its use of Turkish- and Chinese-made drones.

Health care under attack

At least 14 health workers have been killed in the conflict, according to the report, and dozens of health facilities have been looted or damaged. The report describes ambulances being stopped at checkpoints for hours and patients dying in transit.

Detentions

Under a state of emergency declared in August 2023 and extended twice, more than 4,000 people were detained without charge, the report says, including at least eight journalists. Many were held in makeshift camps in Awash Arba and other remote locations, and some were released only after paying bribes.

A war of claims

Both sides make large, unverifiable claims about the other's losses. Fano commanders say they have killed hundreds of federal soldiers in the past month alone. The Ethiopian army says it has killed more than 300 "extremists" in the past two weeks and captured weapons and vehicles. Neither side publishes its own casualties.

The Armed Conflict Location & Event Data Project (ACLED), which tracks political violence, has recorded more than 5,000 deaths in Amhara since the fighting began, a figure that includes combatants on both sides.

Tigray's unfinished business

The report also warns that the Pretoria peace agreement that ended the Tigray war has not brought those displaced by it home. About 1 million people displaced by that war are still unable to return, according to the UN humanitarian office, many of them in camps around Shire and Mekelle.

Recommendations

Amnesty calls for an independent investigation into the drone strikes, the release of all journalists held for their work, and unhindered access for humanitarian and human rights organisations. The government has rejected previous reports by the group as "biased" and "one-sided".
""",
        g(
            "killed",
            412,
            "ethiopia",
            pop="civilians",
            q="lower",
            scope="total",
            as_of=None,
            by="amnesty international",
            cue="killed at least 412 civilians",
            note="undated report summary: every as_of is null; '37 drone strikes' are attacks, not projectiles counted",
        ),
        g(
            "killed",
            96,
            "ethiopia",
            pop="children",
            scope="total",
            as_of=None,
            by="amnesty international",
            cue="including 96 children",
        ),
        g(
            "killed",
            30,
            "ethiopia",
            q="range",
            high=50,
            scope="event",
            as_of=None,
            by="witnesses",
            cue="killing between 30 and 50 people",
            note="'witnesses and a local health official' -> first source named",
        ),
        g(
            "killed",
            14,
            "ethiopia",
            pop="medics",
            q="lower",
            scope="total",
            as_of=None,
            by="amnesty international",
            cue="At least 14 health workers have been killed",
            note="'dozens of health facilities' are buildings, not people",
        ),
        g(
            "detained",
            4000,
            "ethiopia",
            q="lower",
            scope="total",
            as_of=None,
            by="amnesty international",
            cue="more than 4,000 people were detained",
        ),
        g(
            "detained",
            8,
            "ethiopia",
            pop="journalists",
            q="lower",
            scope="total",
            as_of=None,
            by="amnesty international",
            cue="at least eight journalists",
        ),
        g(
            "killed",
            200,
            "ethiopia",
            pop="combatants",
            q="lower",
            scope="event",
            as_of=None,
            by="fano",
            cue="killed hundreds of federal soldiers",
            note="vague 'hundreds' -> 200/lower; 'the past month' -> event",
        ),
        g(
            "killed",
            300,
            "ethiopia",
            pop="combatants",
            q="lower",
            scope="event",
            as_of=None,
            by="ethiopian army",
            cue='killed more than 300 "extremists"',
        ),
        g(
            "killed",
            5000,
            "ethiopia",
            q="lower",
            scope="total",
            as_of=None,
            by="acled",
            cue="recorded more than 5,000 deaths in Amhara",
        ),
        g(
            "displaced",
            1000000,
            "ethiopia",
            q="approx",
            scope="total",
            as_of=None,
            by="ocha",
            cue="About 1 million people displaced by that war",
        ),
    ),
    article(
        "z_haiti_binuh_quarter_html",
        "2025-04-30",
        """
<!DOCTYPE html>
<html lang="fr-HT">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2025-04-30T09:05:00-04:00">
<title>UN: more than 1,600 killed in Haiti's gang violence in first quarter of 2025 | Caribbean Broadcasting Network</title>
<link rel="stylesheet" href="/static/cbn.min.css">
</head>
<body>
<header>
<div class="brand">CBN - Caribbean Broadcasting Network</div>
<nav>
<ul>
<li><a href="/">Home</a></li>
<li><a href="/haiti">Haiti</a></li>
<li><a href="/caribbean">Caribbean</a></li>
<li><a href="/diaspora">Diaspora</a></li>
<li><a href="/radio">Radio 104.9</a></li>
<li><a href="/weather">Hurricane season 2025</a></li>
</ul>
</nav>
</header>
<main>
<article class="story">
<h1>UN: more than 1,600 killed in Haiti's gang violence in first quarter of 2025</h1>
<p class="meta">Published April 30, 2025 - Port-au-Prince</p>
<p>At least 1,617 people were killed between January and March in violence involving gangs, security forces and so-called self-defence groups in Haiti, and another 580 were injured, the UN Integrated Office in Haiti (BINUH) said in its quarterly human rights report.</p>
<p>Among those killed were 34 children, the office said. Around two thirds of the deaths occurred in the capital, Port-au-Prince, where the Viv Ansanm gang coalition now controls an estimated 85% of the territory, but the violence spread markedly to the Centre and Artibonite departments.</p>
<p>BINUH said 161 people were kidnapped for ransom in the same period, most of them in Artibonite, where gangs have turned the national road into a string of checkpoints. The report also documented more than 170 cases of sexual violence.</p>
<p>"The population is trapped between the gangs, the police operations and the vigilantes," the head of BINUH told reporters. "Nobody is safe: not in their homes, not on the roads, not in the hospitals."</p>
<h2>Mirebalais falls</h2>
<p>On 31 March, gangs attacked the town of Mirebalais, about 50 kilometres north-east of the capital, storming its prison and burning the police station. About 51,000 people fled Mirebalais and neighbouring towns in the days after the attack, the International Organization for Migration said.</p>
<p>The IOM said on Tuesday that more than 1,041,000 people are now displaced across Haiti, the highest number ever recorded in the country, about half of them children.</p>
<p>The violence has not spared those who report on it. On 24 December, gunmen opened fire on journalists gathered for the announced reopening of the State University Hospital in downtown Port-au-Prince, killing two journalists and a police officer.</p>
<p>According to the UN, at least 5,601 people were killed in Haiti in 2024, about 1,000 more than the year before.</p>
<p>The Kenyan-led Multinational Security Support mission, which has about 1,000 personnel on the ground out of a planned 2,500, says it lacks helicopters and armoured vehicles. Haiti's transitional council has promised elections by February 2026.</p>
<div class="share">Share: Facebook - WhatsApp - X</div>
</article>
</main>
<footer>
<p>CBN - Caribbean Broadcasting Network - 125 Rue Capois, Port-au-Prince - Tel. +509 2812 0000</p>
<p>14 bureaus across the Caribbean - 1.2 million listeners every week - Radio 104.9 FM</p>
<p>About - Advertise - Jobs - Privacy</p>
</footer>
</body>
</html>
""",
        g(
            "killed",
            1617,
            "haiti",
            q="lower",
            scope="event",
            as_of="2025-03-31",
            by="binuh",
            cue="At least 1,617 people were killed between January and March",
            note="a quarter's count -> event dated its last day; title and h1 repeat it as 'more than 1,600'",
        ),
        g("injured", 580, "haiti", scope="event", as_of="2025-03-31", by="binuh", cue="another 580 were injured"),
        g(
            "killed",
            34,
            "haiti",
            pop="children",
            scope="event",
            as_of="2025-03-31",
            by="binuh",
            cue="Among those killed were 34 children",
        ),
        g(
            "hostages",
            161,
            "haiti",
            scope="event",
            as_of="2025-03-31",
            by="binuh",
            cue="161 people were kidnapped for ransom",
            note="kidnapped = abducted -> hostages; '170 cases of sexual violence' is not a FIGURES.md metric",
        ),
        g(
            "displaced",
            51000,
            "haiti",
            q="approx",
            scope="event",
            as_of="2025-03-31",
            by="iom",
            cue="About 51,000 people fled Mirebalais",
            note="flight caused by the 31 March attack -> event of that day (people left 'in the days after')",
        ),
        g(
            "displaced",
            1041000,
            "haiti",
            q="lower",
            scope="total",
            as_of="2025-04-29",
            by="iom",
            cue="more than 1,041,000 people are now displaced",
            note="'said on Tuesday' from Wednesday 30 April; 'about half of them children' has no number",
        ),
        g(
            "killed",
            2,
            "haiti",
            pop="journalists",
            scope="event",
            as_of="2024-12-24",
            cue="killing two journalists and a police officer",
        ),
        g(
            "killed",
            5601,
            "haiti",
            q="lower",
            scope="event",
            as_of="2024-12-31",
            by="un",
            cue="at least 5,601 people were killed in Haiti in 2024",
            note="a year's count -> event dated its last day; 'about 1,000 more' is a difference, not a figure; "
            "MSS personnel (1,000 of 2,500) are not casualties",
        ),
    ),
    article(
        "z_somalia_shabelle_claims_wire",
        "2025-03-05",
        """
Somali army says it killed 70 al-Shabab fighters as militants claim deadly attack on base
March 5, 2025

MOGADISHU, Somalia (AP) - Somalia's army said Wednesday it had killed more than 70 al-Shabab fighters over the past 48 hours in operations in the Middle Shabelle region, where the extremist group has seized a string of towns in a renewed offensive that has brought its fighters within 50 kilometers (30 miles) of the capital.

The army's statement, read on state radio, said the operations were carried out with the support of "international partners" and local clan militias known as macawisley. It did not give a figure for government casualties.

Al-Shabab, which is linked to al-Qaida, said in a statement on one of its radio stations that its fighters had killed 23 soldiers in an attack on a military base near the town of Biyo Adde on Tuesday. An army commander in the area, speaking on condition of anonymity because he was not authorized to talk to reporters, told The Associated Press that five soldiers were killed in the attack.

Medina Hospital in Mogadishu received 14 wounded civilians from the fighting on Tuesday, including four children, a doctor there said. Several were caught in crossfire while fleeing on foot along the road to Balcad.

In neighboring Lower Shabelle, the Ugandan army said two of its soldiers serving with the African Union mission in Somalia, known as AUSSOM, were killed when a roadside bomb struck their convoy near Sabiid on Monday.

Somali security forces arrested 18 suspected al-Shabab members in raids in Mogadishu's Hodan and Daynile districts on Monday night, a police spokesman said, seizing explosives and two vehicles rigged for suicide attacks.

The United Nations refugee agency said about 44,000 people had fled their homes in the Shabelle regions since mid-February, many of them to displacement camps on the outskirts of Mogadishu that were already overcrowded after last year's floods.

The fighting is a setback for President Hassan Sheikh Mohamud, who declared "total war" on al-Shabab in 2022 and promised to defeat the group within two years. The government's offensive in central Somalia stalled in 2023, and the African Union mission, which has about 11,000 troops in the country, has struggled to secure funding for its mandate.

Al-Shabab has carried out some of the deadliest attacks in Africa's recent history. The October 14, 2017 truck bombing at a busy intersection in Mogadishu killed more than 500 people.
""",
        g(
            "killed",
            70,
            "somalia",
            pop="combatants",
            q="lower",
            scope="event",
            as_of="2025-03-05",
            by="somali army",
            cue="killed more than 70 al-Shabab fighters",
            note="'over the past 48 hours' -> event dated the report day; headline repeats it",
        ),
        g(
            "killed",
            23,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2025-03-04",
            by="al-shabab",
            cue="killed 23 soldiers",
            note="enemy-loss claim; 'on Tuesday' from Wednesday 5 March",
        ),
        g(
            "killed",
            5,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2025-03-04",
            by="army commander",
            cue="five soldiers were killed in the attack",
            note="the same attack's toll from the army side, its own figure",
        ),
        g(
            "injured",
            14,
            "somalia",
            pop="civilians",
            scope="event",
            as_of="2025-03-04",
            by="medina hospital",
            cue="received 14 wounded civilians",
            note="a doctor at the hospital -> its institution",
        ),
        g(
            "injured",
            4,
            "somalia",
            pop="children",
            scope="event",
            as_of="2025-03-04",
            by="medina hospital",
            cue="including four children",
        ),
        g(
            "killed",
            2,
            "uganda",
            pop="combatants",
            scope="event",
            as_of="2025-03-03",
            by="ugandan army",
            cue="two of its soldiers serving with the African Union mission",
            note="Ugandan soldiers serve Uganda -> side uganda",
        ),
        g(
            "detained",
            18,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2025-03-03",
            by="police spokesman",
            cue="arrested 18 suspected al-Shabab members",
            note="suspected members of an armed group -> combatants (debatable: 'suspected')",
        ),
        g(
            "displaced",
            44000,
            "somalia",
            q="approx",
            scope="total",
            as_of="2025-03-05",
            by="unhcr",
            cue="about 44,000 people had fled their homes",
            note="running count 'since mid-February' -> total",
        ),
        g(
            "killed",
            500,
            "somalia",
            q="lower",
            scope="event",
            as_of="2017-10-14",
            cue="killed more than 500 people",
            note="historic toll in the background; 11,000 AU troops and 50 kilometers are not figures",
        ),
    ),
]
