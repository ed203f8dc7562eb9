# ruff: noqa: E501
"""Set U, Africa and the Caribbean: a UN noon-briefing transcript on the Zamzam camp attack (Sudan), an HTML
page on the fall of Goma (DR Congo), a long feature on Ethiopia's Amhara war with Tigray background, a Haiti
story on kidnappings and hospital evacuations, an undated wire story on a Mogadishu hotel siege (Somalia)
and a Sudan anniversary story on refugees crossing into Chad."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, article, g

ARTICLES = [
    article(
        "u_sudan_zamzam_briefing",
        "2025-04-14",
        """
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General
Monday, 14 April 2025

The following is a near-verbatim transcript of today's noon briefing by the Spokesperson for the Secretary-General.

SPOKESPERSON: Good afternoon. I will start with Sudan, where, as you know, tomorrow marks two years since the start of the war.

Our humanitarian colleagues tell us that, as of yesterday, at least 400 people had been killed in the attacks on Zamzam and Abu Shouk camps and on El Fasher town, which began on Friday. That is according to local sources that our colleagues on the ground have been in contact with. We expect that number to rise.

Among the dead are nine health workers from the NGO Relief International, who were killed on Friday while running one of the last functioning health posts in Zamzam. Relief International has confirmed their deaths. The Secretary-General condemns these attacks in the strongest terms and reminds all parties that aid workers and health facilities are protected under international humanitarian law.

The International Organization for Migration estimates that up to 400,000 people have fled Zamzam since Friday. Many of them are walking to Tawila, some 60 kilometres to the west, with very little water or food. Our partners there say they are receiving people who have been walking for three days.

Across Sudan, more than 12 million people have been forced from their homes since April 2023, nearly 4 million of them across borders into neighbouring countries. It is the largest displacement crisis in the world. And the humanitarian appeal for this year, which seeks $4.2 billion, is just 10 percent funded.

On a separate note, the Secretary-General will travel to Brussels on Wednesday for meetings with the European Union. We will share more details tomorrow.

Questions, please. Yes, Edie.

QUESTION: Thank you. On Sudan - do you have any figures on how many children were among the dead in Zamzam?

SPOKESPERSON: UNICEF tells us that at least 23 children were killed in the attacks on Zamzam and Abu Shouk, as of yesterday. Some of them were killed at a clinic where they were being treated for malnutrition. And I would refer you to UNICEF for more details.

QUESTION: Follow-up. The RSF said on Sunday that it had detained dozens of army infiltrators in the camp and that it had taken control in order to protect civilians. Do you have anything on that?

SPOKESPERSON: I've seen those claims. We have no way of verifying them. What we can say is that people have been killed in the camp, people have fled, and humanitarian workers have been killed. The camp was one of the largest displacement sites in Sudan, and many of the people there had already fled violence two or three times.

QUESTION: Does the Secretary-General plan to call the RSF leader?

SPOKESPERSON: His envoy, Mr. Lamamra, is in contact with both parties, and I will leave it at that.

QUESTION: On another subject...
""",
        g(
            "killed",
            400,
            "sudan",
            scope="event",
            as_of="2025-04-13",
            by="local sources",
            q="lower",
            cue="at least 400 people had been killed in the attacks on Zamzam",
            note="one attack over three days; 'as of yesterday' -> 2025-04-13; the spokesman relays local sources "
            "(the original source)",
        ),
        g(
            "killed",
            9,
            "sudan",
            scope="event",
            as_of="2025-04-11",
            by="relief international",
            pop="medics",
            cue="nine health workers from the NGO Relief International",
            note="health workers employed by an NGO: medics rather than aid_workers (the text calls them health "
            "workers); debatable",
        ),
        g(
            "displaced",
            400000,
            "sudan",
            scope="event",
            as_of="2025-04-14",
            by="iom",
            q="upper",
            cue="up to 400,000 people have fled Zamzam since Friday",
        ),
        g(
            "displaced",
            12000000,
            "sudan",
            scope="total",
            as_of="2025-04-14",
            by="un",
            q="lower",
            cue="more than 12 million people have been forced from their homes",
            note="the spokesperson speaking for the UN -> reported_by un",
        ),
        g(
            "displaced",
            4000000,
            "sudan",
            scope="total",
            as_of="2025-04-14",
            by="un",
            q="upper",
            cue="nearly 4 million of them across borders",
        ),
        g(
            "killed",
            23,
            "sudan",
            scope="event",
            as_of="2025-04-13",
            by="unicef",
            pop="children",
            q="lower",
            cue="at least 23 children were killed",
        ),
        g(
            "detained",
            24,
            "sudan",
            scope="event",
            as_of="2025-04-13",
            by="rsf",
            pop="combatants",
            q="lower",
            cue="detained dozens of army infiltrators",
            note="army soldiers claimed as captured by the RSF -> sudan, combatants; '$4.2 billion' is money",
        ),
    ),
    article(
        "u_drc_goma_html",
        "2025-01-31",
        """
<!doctype html>
<html lang="fr-CD">
<head>
<meta charset="utf-8">
<title>Goma: UN says 773 killed as M23 tightens grip on city - Grands Lacs Info</title>
<meta name="author" content="Grands Lacs Info">
<meta name="date" content="2025-01-31">
<meta property="og:title" content="Goma: UN says 773 killed as M23 tightens grip on city">
<meta property="og:site_name" content="Grands Lacs Info">
<link rel="stylesheet" href="/static/css/main.4f2a9c.css">
</head>
<body>
<div id="cookie-banner" class="hidden">We use cookies to improve your experience. <button>Accept</button></div>
<header><a href="/"><img src="/static/img/logo-gli.svg" alt="Grands Lacs Info" width="180" height="40"></a>
<nav class="menu"><a href="/rdc">RDC</a> | <a href="/rwanda">Rwanda</a> | <a href="/burundi">Burundi</a> | <a href="/english">English</a></nav></header>
<div class="content">
<h1 class="entry-title">Goma: UN says 773 killed as M23 tightens grip on city</h1>
<div class="entry-meta">Published on 31 January 2025 at 18:20 | Updated 31 January 2025 at 21:05 | By GLI correspondents in Goma and Gisenyi</div>
<div class="entry-content">
<p><strong>GOMA</strong> - Bodies still lay in some streets of Goma on Friday, five days after M23 rebels entered the city, as the United Nations gave its first detailed toll of the fighting for eastern Congo's largest city.</p>
<p>A UN spokesman said at a briefing in Geneva that 773 people had been killed and 2,880 injured in and around Goma since Sunday, citing figures from the city's hospitals and morgues. The toll, he said, was expected to rise as teams reached neighbourhoods that had been cut off.</p>
<p>Health officials had put the number of dead at about 100 on Tuesday, when fighting was still going on around the airport and the Rwandan border. Hospitals were overwhelmed within hours; the International Committee of the Red Cross said its surgical team at the CBCA Ndosho hospital was operating around the clock.</p>
<p>Among the wounded are at least 80 children, UNICEF said, some of them hit by stray bullets and shrapnel inside their homes.</p>
<p>The rebels, whom UN experts say are backed by about 4,000 Rwandan troops, now control most of the city of some 2 million people. Rwanda denies arming the group. On Thursday, the M23 said around 1,200 government soldiers who had surrendered had been taken to the Unity stadium, from where they would be sent to "training" in Rumangabo. Video shared on social media showed hundreds of men in uniform sitting on the pitch.</p>
<p>The South African army said on Monday that nine of its soldiers, serving with a regional force deployed by the Southern African Development Community, had been killed in clashes with M23 near Sake on January 24. Their bodies were handed over to South African officials at the border with Rwanda this week.</p>
<p>Hundreds of foreign nationals, among them UN staff and their families, were evacuated across the border to Gisenyi in Rwanda on Tuesday, before the crossing was closed again. Congolese civilians trying to cross were turned back.</p>
<p>The UN refugee agency says more than 400,000 people have been displaced in North and South Kivu since the start of the year, many of them people who had already fled earlier fighting and were living in camps around Goma that have now emptied.</p>
<p>Electricity and water were gradually being restored on Friday, and a few shops reopened in the city centre. But residents said they feared the rebels would now push south towards Bukavu, about 200 km away.</p>
<div class="tags">Tags: <a href="/tag/goma">Goma</a>, <a href="/tag/m23">M23</a>, <a href="/tag/monusco">MONUSCO</a></div>
</div>
</div>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/rdc/2025/01/30/kinshasa-embassies">Protesters attack embassies in Kinshasa</a></li><li><a href="/rdc/2025/01/29/airport-goma">Goma airport closed until further notice</a></li></ol></aside>
<footer><p>Grands Lacs Info &copy; 2025 - Tous droits reserves</p></footer>
</body>
</html>
""",
        g(
            "killed",
            773,
            DRC,
            scope="event",
            as_of="2025-01-31",
            by="un",
            cue="773 people had been killed and 2,880 injured",
            note="the battle for Goma 'since Sunday' (over by now) -> event, dated by the briefing; the "
            "headline and og:title repeat it",
        ),
        g(
            "injured",
            2880,
            DRC,
            scope="event",
            as_of="2025-01-31",
            by="un",
            cue="2,880 injured in and around Goma",
        ),
        g(
            "killed",
            100,
            DRC,
            scope="event",
            as_of="2025-01-28",
            by="health officials",
            q="approx",
            cue="put the number of dead at about 100 on Tuesday",
            note="an earlier, superseded toll of the same battle; still a reported figure, dated by 'on Tuesday'",
        ),
        g(
            "injured",
            80,
            DRC,
            scope="event",
            as_of="2025-01-31",
            by="unicef",
            pop="children",
            q="lower",
            cue="at least 80 children, UNICEF said",
        ),
        g(
            "detained",
            1200,
            DRC,
            scope="event",
            as_of="2025-01-30",
            by="m23",
            pop="combatants",
            q="approx",
            cue="around 1,200 government soldiers who had surrendered",
            note="surrendered soldiers held in a stadium -> detained; 'about 4,000 Rwandan troops' is a "
            "deployment and 'some 2 million people' a city population, neither annotated; 'hundreds of men in "
            "uniform' on video repeats the 1,200 vaguely -> not a separate figure",
        ),
        g(
            "killed",
            9,
            "south-africa",
            scope="event",
            as_of="2025-01-24",
            by="south african army",
            pop="combatants",
            cue="nine of its soldiers",
            note="soldiers belong to the party they serve: South African troops in a SADC force -> south-africa",
        ),
        g(
            "evacuated",
            200,
            "unknown",
            scope="event",
            as_of="2025-01-28",
            q="lower",
            cue="Hundreds of foreign nationals, among them UN staff and their families, were evacuated",
            note="foreigners of unstated nationality -> side unknown",
        ),
        g(
            "displaced",
            400000,
            DRC,
            scope="total",
            as_of="2025-01-31",
            by="un refugee agency",
            q="lower",
            cue="more than 400,000 people have been displaced in North and South Kivu",
        ),
    ),
    article(
        "u_ethiopia_amhara_feature",
        "2024-09-16",
        """
In Ethiopia's Amhara, a war with no front line and no end in sight

A year after Fano militias rose against the federal government, the region that helped win the Tigray war is paying its own price

By Selam Tesfaye
16 September 2024

BAHIR DAR - The road from Bahir Dar to Gondar used to take three hours. Now, drivers say, it takes as long as the militias and the army decide it should. Buses leave in convoys or not at all, and passengers have learned to keep their phones switched off at checkpoints, where a photograph of the wrong person can mean detention.

A little over a year after fighting broke out between the Ethiopian army and Fano, a loose network of ethnic Amhara militias, the conflict in Ethiopia's second most populous region has settled into a grinding war without front lines. Fano fighters control much of the countryside; the army holds the cities and the main roads, at least by day. Both sides are accused of killings, and civilians say they are squeezed between them.

The government declared a state of emergency in August 2023, after Fano briefly took control of Gondar and Lalibela, and extended it once before it lapsed in June. It did not end the arrests. On Tuesday, federal police said they had detained 3,100 people in a sweep of Addis Ababa and surrounding towns on suspicion of links to Fano and of "plotting to destabilise the capital". Relatives say most of those held are young Amhara men picked up on the street.

Drones have become one of the defining weapons of the conflict. On August 13 last year, a drone strike on a busy square in Finote Selam killed at least 26 people, according to the Ethiopian Human Rights Commission, a state-appointed but independent body. The commission has documented dozens of other strikes since, including on minibuses, schools and a wedding.

The worst single atrocity documented so far took place in the town of Merawi, south of Bahir Dar, on January 29. Soldiers went from house to house after clashes with Fano in the area, residents say, pulling out men and shooting them in the street. The commission said at least 45 civilians were killed. Residents who buried the dead told reporters that more than 80 had died, and several said the victims included boys as young as 15.

The federal government denies targeting civilians, and says its forces are fighting "extremists" who want to overthrow the constitutional order. Fano commanders, for their part, claim to have killed hundreds of federal soldiers in ambushes over the past year, a claim that cannot be verified. Journalists' access to the region is tightly restricted, and the internet has been cut for most of the past 13 months.

Kidnapping has become a business. On July 3, gunmen stopped three buses carrying university students home for the holidays on the road between Debre Markos and Addis Ababa, in neighbouring Oromia, and took more than 100 of them, according to regional officials. Most were released after their families paid ransoms; some are still missing. Officials blamed the Oromo Liberation Army, which denied involvement.

The irony is not lost on people in Bahir Dar. Amhara forces, including Fano units, fought alongside the federal army against the Tigray People's Liberation Front in the two-year war in Tigray that ended with a peace deal in Pretoria in November 2022. That war was among the deadliest of the century: researchers at Ghent University estimate that between 300,000 and 600,000 people died from violence, famine and the lack of health care, though the figure is disputed by the government.

Tigray has not recovered. More than 1 million people there remain displaced, according to the International Organization for Migration, many of them from western Tigray, an area now administered by Amhara authorities that both regions claim. The dispute over the territory is one of the reasons Fano turned against Addis Ababa: the militias fear that a final settlement will hand it back to Tigray.

For the federal government, the Amhara conflict is one of several. In Oromia, the army is still fighting the Oromo Liberation Army, and relations with neighbouring Eritrea, an ally during the Tigray war, have soured. Economists say the cost of the conflicts is one reason Ethiopia had to float its currency in July to secure a $3.4 billion loan from the International Monetary Fund.

Aid agencies say the fighting has made it almost impossible to reach parts of the region. Convoys carrying food and medicine have been held up for weeks at a time, and health workers say that clinics in rural districts have run out of basic drugs, including insulin and antibiotics. Schools in many areas have been closed since the start of the fighting.

Back in Bahir Dar, the lakeside city where tourists once came to see the monasteries on Lake Tana, hotels are largely empty. A waiter at one of them, who gave his name only as Dawit, said he had not seen a foreign visitor for five months. "We are not at war with anyone," he said. "But the war is here anyway."

In a courtyard behind a church near the market, a group of women meet every Sunday to pray for sons and husbands who have been detained or who have gone to the bush to fight. One of them, a 52-year-old teacher, said she had two sons: one in the army, one with Fano. "I pray for both," she said. "I do not know which one to be afraid for."
""",
        g(
            "detained",
            3100,
            "ethiopia",
            scope="event",
            as_of="2024-09-10",
            by="federal police",
            cue="detained 3,100 people in a sweep of Addis Ababa",
            note="'On Tuesday' counted back from Monday 16 Sep -> 10 Sep",
        ),
        g(
            "killed",
            26,
            "ethiopia",
            scope="event",
            as_of="2023-08-13",
            by="ethiopian human rights commission",
            q="lower",
            cue="killed at least 26 people",
            note="'dozens of other strikes' counts strikes, not people",
        ),
        g(
            "killed",
            45,
            "ethiopia",
            scope="event",
            as_of="2024-01-29",
            by="ethiopian human rights commission",
            pop="civilians",
            q="lower",
            cue="at least 45 civilians were killed",
        ),
        g(
            "killed",
            80,
            "ethiopia",
            scope="event",
            as_of="2024-01-29",
            by="residents",
            q="lower",
            cue="more than 80 had died",
            note="a second estimate of the same massacre from another source -> its own figure; 'boys as young as "
            "15' is an age",
        ),
        g(
            "killed",
            200,
            "ethiopia",
            scope="total",
            as_of="2024-09-16",
            by="fano",
            pop="combatants",
            q="lower",
            cue="claim to have killed hundreds of federal soldiers",
        ),
        g(
            "hostages",
            100,
            "ethiopia",
            scope="event",
            as_of="2024-07-03",
            by="regional officials",
            q="lower",
            cue="took more than 100 of them",
            note="abducted students held for ransom -> hostages; 'some are still missing' has no number",
        ),
        g(
            "killed",
            300000,
            "ethiopia",
            scope="total",
            as_of="2024-09-16",
            by="ghent university",
            q="range",
            high=600000,
            cue="between 300,000 and 600,000 people died",
            note="the whole toll of the Tigray war (ended Nov 2022), reported today -> total, as_of the article "
            "date; Tigray -> ethiopia",
        ),
        g(
            "displaced",
            1000000,
            "ethiopia",
            scope="total",
            as_of="2024-09-16",
            by="iom",
            q="lower",
            cue="More than 1 million people there remain displaced",
        ),
    ),
    article(
        "u_haiti_kidnap_evacuations",
        "2024-03-20",
        """
Gangs seize bus passengers as Haiti's capital empties; hospital evacuates patients

Wednesday, March 20, 2024

PORT-AU-PRINCE - Gunmen seized a bus on the national highway north of the Haitian capital on Saturday and are holding at least 15 passengers hostage, police said, as armed groups that have overrun much of Port-au-Prince extended their reach into the surrounding countryside.

The bus, which was travelling from Saint-Marc to the capital, was stopped near Arcahaie by members of a gang that controls the stretch of road, the Haitian National Police said in a statement. The kidnappers have demanded a ransom of $500,000, according to a relative of one of the passengers.

In a rare piece of good news, six nuns of the Congregation of Saint Anne, who had been kidnapped from a bus in the capital last month, were freed on Sunday, the Archdiocese of Port-au-Prince said. It did not say whether a ransom had been paid.

The violence has paralysed the capital since late February, when gangs launched coordinated attacks on police stations, the international airport and the two largest prisons, which they emptied. Prime Minister Ariel Henry, stranded in Puerto Rico, has promised to resign once a transitional council is in place.

On Monday morning, residents of the hillside suburb of Petion-Ville found at least 12 bodies in the streets after an overnight raid by gunmen on the neighbourhoods of Laboule and Thomassin, one of the few areas of the capital that had been spared until now.

At the Hopital Universitaire de la Paix in Delmas, doctors said they had no choice but to move out their most vulnerable patients. Staff evacuated 45 patients, including premature babies, to a hospital outside the city on Sunday, the hospital's director said, after gunfire hit the building for the third day in a row.

The medical charity Doctors Without Borders said its trauma hospital in Tabarre admitted 27 people with gunshot wounds on Tuesday alone, the highest number since it opened. "We are treating children, the elderly, people shot in their own homes," said its emergency coordinator.

The International Organization for Migration says more than 362,000 people are now displaced within Haiti, about half of them children. Some 17,000 people fled the capital for the southern provinces in the past week alone, the agency said, often on overloaded buses that have to pass through gang checkpoints.

Foreign governments have been pulling out their citizens. The United States organised a charter flight from Cap-Haitien, in the north, on Sunday, and several European countries have flown their diplomats to the Dominican Republic by helicopter.

A Kenyan-led multinational police mission, approved by the UN Security Council in October, has yet to deploy. Kenya has pledged 1,000 officers but said it would wait until a new government is in place in Port-au-Prince.
""",
        g(
            "hostages",
            15,
            "haiti",
            scope="event",
            as_of="2024-03-16",
            by="haitian national police",
            q="lower",
            cue="holding at least 15 passengers hostage",
            note="'$500,000' is money",
        ),
        g(
            "hostages",
            6,
            "haiti",
            scope="event",
            as_of="2024-03-17",
            by="archdiocese of port-au-prince",
            pop="all",
            cue="six nuns of the Congregation of Saint Anne",
            note="freed hostages are a hostages count, dated by the release on Sunday; nuns are civilians but "
            "no FIGURES.md population names them better than all; debatable",
        ),
        g(
            "killed",
            12,
            "haiti",
            scope="event",
            as_of="2024-03-18",
            q="lower",
            cue="found at least 12 bodies in the streets",
        ),
        g(
            "evacuated",
            45,
            "haiti",
            scope="event",
            as_of="2024-03-17",
            by="hospital director",
            cue="Staff evacuated 45 patients",
        ),
        g(
            "injured",
            27,
            "haiti",
            scope="event",
            as_of="2024-03-19",
            by="doctors without borders",
            cue="admitted 27 people with gunshot wounds on Tuesday",
        ),
        g(
            "displaced",
            362000,
            "haiti",
            scope="total",
            as_of="2024-03-20",
            by="iom",
            q="lower",
            cue="more than 362,000 people are now displaced",
            note="'about half of them children' is a share, not a count",
        ),
        g(
            "displaced",
            17000,
            "haiti",
            scope="event",
            as_of="2024-03-20",
            by="iom",
            q="approx",
            cue="Some 17,000 people fled the capital",
            note="'in the past week' is a window -> event; '1,000 officers' pledged by Kenya is a deployment",
        ),
    ),
    article(
        "u_somalia_hotel_siege",
        None,
        """
Somali forces end 30-hour hotel siege in Mogadishu; at least 21 dead

MOGADISHU (Wire) - Somali security forces ended a siege of a popular hotel in the capital Mogadishu after more than 30 hours of fighting with al-Shabaab militants, police said, in one of the deadliest attacks in the city in years.

At least 21 people were killed, most of them civilians, and 117 were wounded, police commissioner Abdi Hassan Hijar told reporters outside the Hotel Sahafi, whose top floors were still smouldering. He said security forces had rescued 106 people, among them women and children, from the building during the night.

The attack began on Friday evening when a car bomb exploded at the hotel's gate, followed by a second blast minutes later as security forces and bystanders rushed to the scene. Gunmen then stormed the building, which is popular with lawmakers and businesspeople. Witnesses said the attackers held dozens of people hostage on the upper floors as special forces fought their way up the stairs, floor by floor.

All six attackers were killed, the police commissioner said. Al-Shabaab, which is linked to al-Qaeda, claimed responsibility for the attack in a statement on a website it uses.

Relatives waited outside the Madina and Erdogan hospitals for news. "My brother went there for a meeting at 6 o'clock. We have not heard from him since," said Fadumo Ali, 29.

The attack came weeks after President Hassan Sheikh Mohamud declared "total war" on al-Shabaab and government troops, backed by clan militias known as macawisley, launched an offensive in the central Hiran and Middle Shabelle regions. The government says its forces and their allies have killed more than 100 al-Shabaab fighters in the past month and retaken dozens of villages. The figures could not be independently verified.

Al-Shabaab has fought for more than 15 years to overthrow Somalia's internationally backed government. Its fighters were driven out of Mogadishu in 2011 but have continued to carry out bombings in the capital. Last year, at least 37 people were killed in an attack on a beach restaurant at Lido, one of the city's few places of leisure.

The group has also inflicted heavy losses on the African Union force that supports the government. At least 54 Ugandan soldiers were killed when al-Shabaab fighters overran an AU base at Buulo Mareer, south-west of Mogadishu, Uganda's president said at the time.

A combination of conflict and drought has displaced more than 3.5 million Somalis, according to the United Nations, many of whom now live in makeshift camps on the edges of Mogadishu and Baidoa.
""",
        g(
            "killed",
            21,
            "somalia",
            scope="event",
            as_of=None,
            by="police",
            q="lower",
            cue="At least 21 people were killed, most of them civilians",
            note="undated wire story: no as_of for any figure; headline repeats the 21",
        ),
        g(
            "injured",
            117,
            "somalia",
            scope="event",
            as_of=None,
            by="police",
            cue="117 were wounded",
        ),
        g(
            "evacuated",
            106,
            "somalia",
            scope="event",
            as_of=None,
            by="police",
            cue="had rescued 106 people, among them women and children",
            note="people brought out of a besieged building -> evacuated; 'rescued' is not a FIGURES.md cue word, "
            "debatable",
        ),
        g(
            "hostages",
            24,
            "somalia",
            scope="event",
            as_of=None,
            by="witnesses",
            q="lower",
            cue="held dozens of people hostage",
        ),
        g(
            "killed",
            6,
            "somalia",
            scope="event",
            as_of=None,
            by="police",
            pop="combatants",
            cue="All six attackers were killed",
            note="al-Shabaab militants -> somalia, combatants",
        ),
        g(
            "killed",
            100,
            "somalia",
            scope="event",
            as_of=None,
            by="somali government",
            pop="combatants",
            q="lower",
            cue="killed more than 100 al-Shabaab fighters in the past month",
            note="'dozens of villages' counts villages",
        ),
        g("killed", 37, "somalia", scope="event", as_of=None, q="lower", cue="at least 37 people were killed"),
        g(
            "killed",
            54,
            "uganda",
            scope="event",
            as_of=None,
            by="uganda's president",
            pop="combatants",
            q="lower",
            cue="At least 54 Ugandan soldiers were killed",
        ),
        g(
            "displaced",
            3500000,
            "somalia",
            scope="total",
            as_of=None,
            by="un",
            q="lower",
            cue="displaced more than 3.5 million Somalis",
        ),
    ),
    article(
        "u_sudan_chad_refugees",
        "2024-04-15",
        """
One year of war in Sudan: in eastern Chad, refugees keep coming

15 April 2024

ADRE, Chad - The donkey carts arrive at the border in the late afternoon, when the heat begins to ease: women, children and a few old men, bundles tied with cloth, jerry cans hanging from the sides. A year after war broke out between Sudan's army and the paramilitary Rapid Support Forces, the flow of people across the dry riverbed that marks the frontier has never really stopped.

More than 560,000 Sudanese refugees have crossed into Chad since April 2023, according to the UN refugee agency, UNHCR, most of them from the Darfur region. Together with those who fled inside Sudan or to Egypt, South Sudan and other neighbours, some 8.6 million people have been forced from their homes, the International Organization for Migration says - the largest displacement crisis in the world.

Almost all of the new arrivals in Chad are women and children. Aid workers say the men have been killed, recruited, or stayed behind to guard property; some were stopped at checkpoints on the way. "They took my husband at Kerenik," said Hawa, 34, who arrived in Adre with five children and a neighbour's baby. "I do not know if he is alive."

Many of those in the camps around Adre are Masalit from El Geneina, the capital of West Darfur, where the RSF and allied Arab militias carried out a campaign of killings last year. A panel of UN experts estimated in a report to the Security Council that between 10,000 and 15,000 people were killed in El Geneina alone.

The hospital in Adre, a town of a few tens of thousands of people before the war, was overwhelmed in the first months. On 16 June 2023 alone, the medical charity Medecins Sans Frontieres received 387 wounded people at the hospital, most of them with gunshot wounds, after a wave of attacks on civilians fleeing El Geneina.

Across Sudan, the Armed Conflict Location and Event Data Project, a monitoring group, has recorded more than 15,000 deaths since the war began, a number that researchers say is almost certainly a significant undercount because of the collapse of communications in much of the country.

Humanitarian workers have also paid a price. At least 25 aid workers have been killed in Sudan since the start of the war, according to the UN humanitarian office, OCHA, most of them Sudanese nationals working for local organisations.

Aid groups say dozens of children have gone missing on the road to Chad, separated from their families in the chaos at checkpoints or during attacks. In the camps, volunteers photograph the children who arrived alone and circulate their pictures on WhatsApp in the hope that someone will recognise them.

Chad, one of the poorest countries in the world, was already hosting large numbers of Sudanese refugees from earlier conflicts in Darfur before the war began. The UN's appeal for Sudan's refugees this year is less than 10 percent funded, and the World Food Programme has warned that it may have to cut rations again by the start of the rainy season in June, when many roads become impassable.

At a donor conference in Paris on Monday, governments pledged more than 2 billion euros in aid for Sudan and its neighbours. In Adre, people were more concerned with the next water delivery.
""",
        g(
            "displaced",
            560000,
            "sudan",
            scope="total",
            as_of="2024-04-15",
            by="unhcr",
            q="lower",
            cue="More than 560,000 Sudanese refugees have crossed into Chad",
        ),
        g(
            "displaced",
            8600000,
            "sudan",
            scope="total",
            as_of="2024-04-15",
            by="iom",
            q="approx",
            cue="some 8.6 million people have been forced from their homes",
        ),
        g(
            "killed",
            10000,
            "sudan",
            scope="total",
            as_of="2024-04-15",
            by="un experts",
            q="range",
            high=15000,
            cue="between 10,000 and 15,000 people were killed in El Geneina",
            note="the toll of a months-long campaign in one city, with no day named -> total as of the article "
            "date; debatable (event would also be defensible)",
        ),
        g(
            "injured",
            387,
            "sudan",
            scope="event",
            as_of="2023-06-16",
            by="medecins sans frontieres",
            cue="received 387 wounded people",
            note="'a few tens of thousands of people' is a town's population",
        ),
        g(
            "killed",
            15000,
            "sudan",
            scope="total",
            as_of="2024-04-15",
            by="acled",
            q="lower",
            cue="more than 15,000 deaths since the war began",
        ),
        g(
            "killed",
            25,
            "sudan",
            scope="total",
            as_of="2024-04-15",
            by="ocha",
            pop="aid_workers",
            q="lower",
            cue="At least 25 aid workers have been killed",
        ),
        g(
            "missing",
            24,
            "sudan",
            scope="total",
            as_of="2024-04-15",
            by="aid groups",
            pop="children",
            q="lower",
            cue="dozens of children have gone missing on the road to Chad",
            note="'2 billion euros' is money; '10 percent funded' a share",
        ),
    ),
]
