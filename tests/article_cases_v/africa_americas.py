# ruff: noqa: E501
"""Set V, Africa and the Caribbean: a long wire story on RSF shelling of El Fasher and drones on Port
Sudan, an undated rights-group release on RSF raids in Gezira (Sudan), a local radio-style story on a
CODECO attack in Ituri (DR Congo), a Horn of Africa briefing on Amhara (Ethiopia) and al-Shabaab
(Somalia), and an undated HTML page on a gang attack in Kenscoff (Haiti)."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import DRC, article, g

# Not figures in v_sudan_el_fasher_market: "third consecutive day", "hundreds of thousands of people
# remain trapped" (trapped is no metric), "about 1,200 km", "for two years", "$4.2 billion", "25 per cent",
# "a 60-year-old vendor" (no count), "split in two", "miles away".
EL_FASHER = article(
    "v_sudan_el_fasher_market",
    "2025-05-06",
    """\
    RSF shelling of El Fasher market kills 12, medics say, as drones hit Port Sudan for third day

    Updated 6 May 2025, 16:20 GMT

    By Khalid Abdelaziz and Nafisa Eltahir

    A man walks past burned stalls at the Naivasha market in El Fasher, North Darfur, in an image obtained from the Sudan Doctors Network.

    PORT SUDAN, Sudan — Artillery shelling by the paramilitary Rapid Support Forces killed 12 people and wounded more than 30 at a crowded market in El Fasher on Tuesday, a medical group said, as drones struck the army-aligned government's wartime seat of Port Sudan for a third consecutive day.

    The Sudan Doctors Network, which tracks casualties across the country, said two health workers who had been buying supplies for a clinic were among the dead. Most of the wounded were taken to the Saudi Hospital, the last partly functioning hospital in the city, where staff said they were running out of blood and anaesthetics.

    "We counted 12 bodies at the market and more wounded are arriving. We are operating on people on the floor," a doctor at the hospital said by satellite phone, asking not to be named because the RSF has threatened medical staff.

    El Fasher, the capital of North Darfur state, is the last major city in the vast western region still held by the army and its allies, and has been besieged by the RSF for a year. Aid groups say hundreds of thousands of people remain trapped in the city with almost no food, clean water or medicine, and that the RSF has blocked the roads used by traders.

    Residents said the shells began falling shortly after 10 a.m. as the market filled with shoppers. A 60-year-old vendor who sold onions and dried okra was among the dead, his son said. "My father stayed because he had nowhere else to go," he said.

    In Port Sudan, on the Red Sea coast about 1,200 km to the east, explosions were heard near the city's only functioning international airport, its main fuel depot and a naval base. The army said air defences had shot down 11 drones launched by the RSF at the city overnight and on Tuesday morning, but that a fire had broken out at the fuel depot. No casualties were reported.

    The attacks on Port Sudan, which had been spared the fighting for two years and where the United Nations and foreign embassies have relocated their offices, mark a sharp escalation. The city is the main entry point for humanitarian aid and for imports of fuel and wheat.

    The RSF has not commented on the Port Sudan strikes. It has in the past denied targeting civilians and accused the army of bombing markets and residential areas in areas under its control in Darfur and Kordofan.

    In North Kordofan, RSF drones struck a neighbourhood in the state capital, El Obeid, on Monday, killing five people, local authorities said. The army has held the city throughout the war, and it has become a hub for people fleeing fighting further west.

    Read more: Inside the Sudanese camps where famine has taken hold

    The war between the army and the RSF, which erupted in the capital Khartoum in April 2023, has killed tens of thousands of people and uprooted more than 12 million, according to the United Nations, including nearly 4 million who have fled across Sudan's borders to Chad, Egypt, South Sudan and other neighbours.

    The UN has described the situation as the world's largest humanitarian crisis. Its appeal for Sudan this year, which seeks $4.2 billion, was about 25 per cent funded at the end of April, and the World Food Programme says it has been forced to cut rations in several camps.

    In Chad, where new arrivals still cross the border from Darfur every day, the UN refugee agency said camps built for a few months had become semi-permanent towns, with schools held under plastic sheeting and water trucked in from miles away. "We are no longer in an emergency response. We are managing a generation," a UNHCR official in Adré said.

    Diplomatic efforts to end the war have stalled. Talks hosted by the United States and Saudi Arabia in Jeddah broke down, and a conference in London last month ended without agreement on a joint statement after disagreements among the regional powers that back the two sides.

    The army, which retook Khartoum in March, has vowed to drive the RSF out of Darfur. The RSF has announced the formation of a rival government in areas it controls, raising fears that the country could split in two.

    (Reporting by Khalid Abdelaziz in Port Sudan and Nafisa Eltahir in Cairo; Editing by Aidan Lewis)
    """,
    g(
        "killed",
        12,
        "sudan",
        scope="event",
        as_of="2025-05-06",
        by="sudan doctors network",
        cue="killed 12 people and wounded more than 30",
        note="restated in the headline and the doctor's quote ('We counted 12 bodies'); 'a medical group' is named in the next sentence",
    ),
    g(
        "injured",
        30,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-05-06",
        by="sudan doctors network",
        cue="wounded more than 30 at a crowded market",
    ),
    g(
        "killed",
        2,
        "sudan",
        pop="medics",
        scope="event",
        as_of="2025-05-06",
        by="sudan doctors network",
        cue="two health workers who had been buying supplies",
        note="subgroup of the 12; side from the previous sentence",
    ),
    g(
        "projectiles",
        11,
        "sudan",
        scope="event",
        as_of="2025-05-06",
        by="sudanese army",
        cue="shot down 11 drones launched by the RSF",
        note="drones launched by the RSF, a Sudanese party -> sudan; shot down (all of them counted) -> projectiles",
    ),
    g(
        "killed",
        5,
        "sudan",
        scope="event",
        as_of="2025-05-05",
        by="local authorities",
        cue="on Monday, killing five people",
        note="'on Monday' counted back from Tuesday 6 May",
    ),
    g(
        "killed",
        20000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-05-06",
        by="un",
        cue="has killed tens of thousands of people",
        note="vague 'tens of thousands' -> 20000/lower; 'according to the United Nations' closes the sentence -> un",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-05-06",
        by="un",
        cue="uprooted more than 12 million",
    ),
    g(
        "displaced",
        4000000,
        "sudan",
        q="upper",
        scope="total",
        as_of="2025-05-06",
        by="un",
        cue="including nearly 4 million who have fled across Sudan's borders",
        note="refugees abroad are a subgroup of the uprooted -> displaced; 'nearly' -> upper",
    ),
)

# Undated: every as_of is null. Not figures in v_sudan_gezira_release_undated: "40 pickup trucks",
# "four villages", "three days", "two days" of walking, "17" (age), "a nurse" (no count), "26 survivors and
# witnesses" (interviewed, no metric), "about 600 people a day" (fed by the kitchen).
GEZIRA = article(
    "v_sudan_gezira_release_undated",
    None,
    """\
    Sudan: RSF raids on Gezira villages kill at least 80 civilians, rights group says

    PRESS RELEASE — Sudan Rights Monitor

    For immediate release

    Fighters of the Rapid Support Forces (RSF) killed at least 80 civilians and wounded hundreds more in coordinated raids on four villages in the east of Gezira state over three days, Sudan Rights Monitor said today, calling on the UN Security Council to extend its arms embargo to the whole of Sudan.

    Our researchers spoke by telephone to 26 survivors and witnesses from the villages, as well as to doctors and volunteers who treated the wounded in the nearby towns. Witnesses said the attackers arrived on about 40 pickup trucks mounted with heavy machine guns, surrounded each village at dawn and went from house to house looting gold, money, phones and livestock.

    At least 14 of the dead were children. Three volunteers of the local Emergency Response Room, which runs a community kitchen that fed about 600 people a day, were killed when fighters opened fire on the kitchen.

    Survivors said RSF fighters abducted dozens of women and girls and took them towards the RSF-held town of Rufaa. "They took my sister and my cousin, who is 17. We do not know where they are," a woman who fled to the town of Al-Managil told us. Five villagers are still missing.

    The fighters also detained more than 150 men, accusing them of supporting the Sudanese Armed Forces or of belonging to army-allied militias. Several were released after their families paid ransoms, witnesses said.

    More than 20,000 people fled the area in the days after the raids, many walking for two days without food or water to reach towns held by the army. Local doctors said a nurse who tried to treat the wounded was beaten and that clinics had been looted of drugs and equipment.

    The raids followed the defection of an RSF commander in the area to the army's side, after which the RSF carried out a series of revenge attacks on villages it accused of sheltering his men. Residents said fighters had asked them where the commander's relatives lived and had searched phones for photographs of soldiers.

    Humanitarian access to eastern Gezira has been almost completely cut off. Aid agencies say they have been unable to deliver food or medicine to the area for weeks, and that telecommunications outages make it difficult to verify reports of attacks. Most of the survivors we interviewed had reached areas with a phone signal only after days of walking.

    "These were deliberate, systematic attacks on civilians, and they fit a pattern we have documented in Gezira and Darfur," said the group's director. "Those who ordered them must be held to account."

    The RSF has in the past denied attacking civilians and said that abuses by individual fighters would be investigated. It did not respond to our request for comment on these raids.

    Sudan Rights Monitor calls on:
    - the RSF to immediately release all abducted women and girls and detained civilians;
    - the Security Council to extend the Darfur arms embargo to the whole country;
    - donors to fund local Emergency Response Rooms, which remain the main source of food in much of Gezira.

    Sudan Rights Monitor is an independent, non-partisan organisation documenting human rights violations in Sudan. Media contact: press@sudanrightsmonitor.example
    """,
    g(
        "killed",
        80,
        "sudan",
        pop="civilians",
        q="lower",
        scope="event",
        as_of=None,
        by="sudan rights monitor",
        cue="killed at least 80 civilians",
        note="headline restates it; raids over three days = one event window; undated -> as_of null",
    ),
    g(
        "injured",
        200,
        "sudan",
        q="lower",
        scope="event",
        as_of=None,
        by="sudan rights monitor",
        cue="wounded hundreds more",
        note="vague 'hundreds' -> 200/lower",
    ),
    g(
        "killed",
        14,
        "sudan",
        pop="children",
        q="lower",
        scope="event",
        as_of=None,
        cue="At least 14 of the dead were children",
        note="stated in the release's own voice (no 'said') -> reported_by null, like the following figures",
    ),
    g(
        "killed",
        3,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of=None,
        cue="Three volunteers of the local Emergency Response Room",
        note="volunteers of a community kitchen (emergency response room) -> aid_workers; side from the article's subject",
    ),
    g(
        "hostages",
        24,
        "sudan",
        pop="women",
        q="lower",
        scope="event",
        as_of=None,
        by="survivors",
        cue="abducted dozens of women and girls",
        note="'abducted' -> hostages; 'women and girls' -> women; vague 'dozens' -> 24/lower; 'Survivors said' -> survivors",
    ),
    g("missing", 5, "sudan", scope="event", as_of=None, cue="Five villagers are still missing"),
    g("detained", 150, "sudan", q="lower", scope="event", as_of=None, cue="detained more than 150 men"),
    g("displaced", 20000, "sudan", q="lower", scope="event", as_of=None, cue="More than 20,000 people fled the area"),
)

# Not figures in v_drc_ituri_djugu: "about 15,000 troops" (no metric), "about 60 km", "11 p.m.", "since
# 2021", "in 2017", "two neighbouring villages", "a nurse" (no count).
ITURI = article(
    "v_drc_ituri_djugu",
    "2024-03-05",
    """\
    Ituri: at least 31 civilians killed in CODECO attack on Djugu displacement site

    Bunia, 5 March 2024 – At least 31 civilians were killed when militiamen of the Cooperative for the Development of Congo (CODECO) attacked a displacement site and two neighbouring villages in Djugu territory, in Ituri province, on Sunday night, local officials and civil society leaders said.

    Among the dead were 11 children, according to the administrator of Djugu territory, most of them killed with machetes as they tried to flee. Around 20 people were wounded and taken to the general hospital in Bunia, about 60 km to the south, by road and by helicopter. Some 15 others are missing.

    "The attackers came at around 11 p.m. They set fire to the shelters and shot at people who ran out," said Jean-Pierre Dhedonga, a civil society leader in the area. "We have buried the dead in a mass grave because we cannot wait."

    The site, which hosts about 25,000 displaced people, most of them from the Hema community, had been guarded by a small detachment of the Congolese army and a UN peacekeeping patrol that was stationed several kilometres away.

    The Congolese armed forces (FARDC) said they had killed 12 militiamen in a counter-offensive on Monday and recovered several hunting rifles and a rocket launcher. The attackers also abducted at least eight people, including a nurse, who were taken towards the forests to the east of the site, a local official said.

    By Monday evening, thousands of residents of the site and the surrounding villages had fled towards the towns of Bule and Fataki, according to humanitarian workers.

    CODECO, a coalition of militias drawn largely from the Lendu farming community, has been accused by the UN of crimes against humanity for repeated attacks on the Hema, who are mostly herders, and on displacement sites. The conflict between the two communities, one of the deadliest in Congo's recent history, flared again in 2017.

    The UN peacekeeping mission, MONUSCO, which has about 15,000 troops in the country, condemned the attack and said it had sent reinforcements. The mission is due to leave the country under a withdrawal plan agreed with Kinshasa, starting with South Kivu province.

    Displaced people at the site said they had asked for more protection after CODECO fighters were seen in the surrounding hills. "We told the authorities, we told the peacekeepers. Nobody came," said a woman who has lived at the site for several years after fleeing her village. "Now we have nowhere else to go."

    Local leaders also blamed the Zaïre militia, an armed group that claims to defend the Hema, for reprisal attacks that have fuelled the cycle of violence, and called on both sides to join a disarmament programme. The government has announced several peace initiatives in recent years, none of which has held.

    Ituri has been under a "state of siege" since 2021, under which military officers replaced civilian governors. Lawmakers and civil society groups say the measure has failed to stop the killings.

    According to the International Organization for Migration, more than 7 million people are displaced across the Democratic Republic of Congo, the highest figure ever recorded in the country, most of them in the eastern provinces of Ituri, North Kivu and South Kivu.
    """,
    g(
        "killed",
        31,
        DRC,
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2024-03-03",
        by="local officials",
        cue="At least 31 civilians were killed",
        note="'on Sunday night' counted back from Tuesday 5 March; headline restates it",
    ),
    g(
        "killed",
        11,
        DRC,
        pop="children",
        scope="event",
        as_of="2024-03-03",
        by="djugu territory administrator",
        cue="Among the dead were 11 children",
    ),
    g(
        "injured",
        20,
        DRC,
        q="approx",
        scope="event",
        as_of="2024-03-03",
        cue="Around 20 people were wounded",
        note="taken to hospital by road and helicopter: not 'evacuated' in the displacement sense; no attribution in its own sentence -> null",
    ),
    g(
        "missing",
        15,
        DRC,
        q="approx",
        scope="event",
        as_of="2024-03-03",
        cue="Some 15 others are missing",
        note="debatable as_of: missing since the Sunday attack",
    ),
    g(
        "displaced",
        25000,
        DRC,
        q="approx",
        scope="total",
        as_of="2024-03-05",
        cue="hosts about 25,000 displaced people",
        note="standing population of the site -> total, own voice",
    ),
    g(
        "killed",
        12,
        DRC,
        pop="combatants",
        scope="event",
        as_of="2024-03-04",
        by="fardc",
        cue="they had killed 12 militiamen",
        note="CODECO militiamen are Congolese -> drc; 'on Monday' -> 2024-03-04",
    ),
    g(
        "hostages",
        8,
        DRC,
        q="lower",
        scope="event",
        as_of="2024-03-03",
        by="local official",
        cue="abducted at least eight people",
        note="abducted in the Sunday-night attack -> hostages",
    ),
    g(
        "displaced",
        2000,
        DRC,
        q="lower",
        scope="event",
        as_of="2024-03-04",
        by="humanitarian workers",
        cue="thousands of residents of the site and the surrounding villages had fled",
        note="vague 'thousands' -> 2000/lower; 'By Monday evening' -> 2024-03-04",
    ),
    g(
        "displaced",
        7000000,
        DRC,
        q="lower",
        scope="total",
        as_of="2024-03-05",
        by="iom",
        cue="more than 7 million people are displaced",
    ),
)

# Not figures in v_ethiopia_somalia_briefing: "about 100 km", "the 2020-2022 war", "four months", "about
# 95%", "a minibus" (no count), "about 3,000 troops" and "several thousand more" (no metric).
HORN = article(
    "v_ethiopia_somalia_briefing",
    "2024-04-18",
    """\
    HORN OF AFRICA BRIEFING: Drone strike in Amhara kills dozens; al-Shabaab attacks Ethiopian base in Somalia

    Thursday 18 April 2024

    Our weekly round-up of conflict and politics in Ethiopia, Somalia, Eritrea and Djibouti.

    ETHIOPIA

    A drone strike on a minibus and a crowded roadside market in the Amhara region killed between 30 and 45 civilians on Monday, residents and a health official said, in one of the deadliest attacks since fighting broke out between federal forces and the Fano militia last August.

    The strike hit a market town in West Gojjam zone at midday, when traders from surrounding villages had gathered. A health official at the regional hospital in Bahir Dar, about 100 km away, said dozens of wounded had been brought in, many with severe burns. He asked not to be named for fear of reprisals.

    The government communication service did not respond to a request for comment. The military has previously said it targets only "extremist" fighters and denied hitting civilians.

    Fano, a loose network of Amhara militias that fought alongside the army against Tigrayan forces during the 2020-2022 war in Tigray, said on Saturday that its fighters had killed more than 100 federal soldiers in fighting near Debre Markos. The claim could not be verified; communications in much of the region have been cut for months.

    Rights groups say thousands of people, most of them ethnic Amhara, have been detained since the government declared a state of emergency in the region, many in makeshift camps. Parliament extended the state of emergency by four months in February.

    SOMALIA

    Al-Shabaab fighters stormed a base of Ethiopian troops serving with the African Union mission in Somalia's Gedo region on Tuesday, setting off a car bomb at the gate before gunmen attacked. The militants claimed through their Radio Andalus that they had killed "dozens" of soldiers.

    Ethiopia's military said four of its soldiers were killed in the assault and that its troops had killed 20 attackers. Ethiopia has about 3,000 troops in the AU mission, and several thousand more deployed under a separate bilateral agreement.

    In Mogadishu, a car bomb outside a busy restaurant near the Lido beach killed seven people on Wednesday evening, police said. Al-Shabaab said it was behind the attack.

    The blasts come as Somalia's government and the African Union argue over the shape of the force that will replace the current mission, which is due to wind down by the end of the year. Somalia has about 3.8 million internally displaced people, many of whom have fled both conflict and successive droughts.

    ERITREA AND DJIBOUTI

    Diplomats say relations between Addis Ababa and Asmara remain tense after Prime Minister Abiy Ahmed said last year that access to the Red Sea was an "existential" matter for landlocked Ethiopia. Djibouti, which handles about 95% of Ethiopia's trade, has offered it the use of a new port.

    ALSO THIS WEEK

    - The International Monetary Fund said talks with Ethiopia on a new lending programme were progressing, as the government prepares to float the birr, a long-standing demand of lenders.
    - Kenya and Somalia agreed to reopen border crossings closed for more than a decade because of al-Shabaab.
    - Tigray's interim administration said it was preparing for the return of people displaced from western Tigray, which remains under the control of Amhara forces.

    Next week: elections in Somaliland and the memorandum of understanding with Ethiopia.
    """,
    g(
        "killed",
        30,
        "ethiopia",
        pop="civilians",
        q="range",
        high=45,
        scope="event",
        as_of="2024-04-15",
        by="residents",
        cue="killed between 30 and 45 civilians on Monday",
        note="the headline 'kills dozens' restates it; 'on Monday' counted back from Thursday 18 April; Amhara -> ethiopia; 'residents and a health official' -> residents",
    ),
    g(
        "injured",
        24,
        "ethiopia",
        q="lower",
        scope="event",
        as_of="2024-04-15",
        by="health official",
        cue="dozens of wounded had been brought in",
        note="vague 'dozens' -> 24/lower",
    ),
    g(
        "killed",
        100,
        "ethiopia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-04-13",
        by="fano",
        cue="killed more than 100 federal soldiers",
        note="federal soldiers -> ethiopia; no day for the fighting, the claim was made 'on Saturday' -> 2024-04-13",
    ),
    g(
        "detained",
        2000,
        "ethiopia",
        q="lower",
        scope="total",
        as_of="2024-04-18",
        by="rights groups",
        cue="thousands of people, most of them ethnic Amhara, have been detained",
        note="vague 'thousands' -> 2000/lower",
    ),
    g(
        "killed",
        24,
        "ethiopia",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2024-04-16",
        by="al-shabaab",
        cue='they had killed "dozens" of soldiers',
        note="Ethiopian soldiers killed in Somalia -> ethiopia (the party they serve); the militants' claim (vague -> 24/lower), kept apart from Ethiopia's 4",
    ),
    g(
        "killed",
        4,
        "ethiopia",
        pop="combatants",
        scope="event",
        as_of="2024-04-16",
        by="ethiopian military",
        cue="four of its soldiers were killed in the assault",
    ),
    g(
        "killed",
        20,
        "somalia",
        pop="combatants",
        scope="event",
        as_of="2024-04-16",
        by="ethiopian military",
        cue="its troops had killed 20 attackers",
        note="al-Shabaab fighters, a Somali armed group -> somalia",
    ),
    g(
        "killed",
        7,
        "somalia",
        scope="event",
        as_of="2024-04-17",
        by="police",
        cue="killed seven people on Wednesday evening",
    ),
    g(
        "displaced",
        3800000,
        "somalia",
        q="approx",
        scope="total",
        as_of="2024-04-18",
        cue="about 3.8 million internally displaced people",
    ),
)

# Undated: every as_of is null. Not figures in v_haiti_kenscoff_html_undated: "fewer than 1,000
# personnel" and "the 2,500 that had been pledged" (no metric), "a foreign missionary" (no count),
# "2,500 metres", "30 km", "85%", footer numbers.
KENSCOFF_HTML = article(
    "v_haiti_kenscoff_html_undated",
    None,
    """\
    <!DOCTYPE html>
    <html lang="fr-en">
    <head>
    <meta charset="utf-8">
    <title>Gangs kill at least 12 in Kenscoff as residents flee hills above Port-au-Prince | Caribbean Wire</title>
    <meta name="description" content="Gang attack on Kenscoff and Furcy; police and Kenyan-led force respond.">
    </head>
    <body>
    <nav>
    <a href="/">Caribbean Wire</a> |
    <a href="/haiti">Haiti</a> |
    <a href="/dominican-republic">Dominican Republic</a> |
    <a href="/jamaica">Jamaica</a> |
    <a href="/weather">Hurricane tracker</a>
    </nav>
    <main>
    <h1>Gangs kill at least 12 in Kenscoff as residents flee hills above Port-au-Prince</h1>
    <p class="byline">By Jacqueline Charles-Pierre | Port-au-Prince</p>
    <p>Gang members killed at least 12 people, including two children, in an overnight attack on Kenscoff, a mountain town in the hills above Port-au-Prince that had until recently been spared the violence engulfing the capital, local officials said.</p>
    <p>The attackers, members of the Viv Ansanm gang coalition, set fire to houses and a police substation in the Furcy area, about 2,500 metres above sea level, and kidnapped six people, among them a foreign missionary, according to the town's mayor.</p>
    <p>"They came from the ravines at night with rifles and petrol. By morning the whole hillside was burning," a resident told Caribbean Wire by phone.</p>
    <p>Haitian police and members of the Kenyan-led Multinational Security Support mission launched a counter-operation the following day and killed at least 20 gang members, the police said. Nine suspects were arrested, and officers seized rifles and ammunition. The Kenyan-led mission has fewer than 1,000 personnel on the ground, far short of the 2,500 that had been pledged.</p>
    <p>More than 3,000 people fled Kenscoff and nearby Furcy over the past week, the International Organization for Migration said, many of them walking down to the already overcrowded displacement sites in Pétion-Ville and the capital. Across Haiti, more than 1 million people are now displaced by gang violence, the IOM says, a record.</p>
    <p>Kenscoff sits on Route de Kenscoff, one of the last roads out of the capital not controlled by gangs, and its farms supply much of the vegetables sold in Port-au-Prince's markets, about 30 km away.</p>
    <p>The UN said in its latest quarterly report that at least 1,617 people were killed and 580 injured in gang-related violence between January and March, most of them in the capital.</p>
    <p>Gangs now control an estimated 85% of Port-au-Prince. The country has had no elected president since the assassination of Jovenel Moïse, and a transitional council has struggled to agree on a date for elections.</p>
    </main>
    <footer>
    <p>Caribbean Wire | Independent news from the islands | Tips: +509 2813 0000</p>
    <p><a href="/about">About us</a> · <a href="/donate">Donate</a> · <a href="/newsletter">Newsletter</a></p>
    </footer>
    </body>
    </html>
    """,
    g(
        "killed",
        12,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="local officials",
        cue="Gang members killed at least 12 people",
        note="restated in <title> and <h1>; undated -> as_of null",
    ),
    g(
        "killed",
        2,
        "haiti",
        pop="children",
        scope="event",
        as_of=None,
        by="local officials",
        cue="including two children",
    ),
    g(
        "hostages",
        6,
        "haiti",
        scope="event",
        as_of=None,
        by="kenscoff mayor",
        cue="kidnapped six people",
        note="'kidnapped' -> hostages; 'the town's mayor' -> kenscoff mayor",
    ),
    g(
        "killed",
        20,
        "haiti",
        pop="combatants",
        q="lower",
        scope="event",
        as_of=None,
        by="police",
        cue="killed at least 20 gang members",
        note="gang members -> combatants (members of armed groups)",
    ),
    g("detained", 9, "haiti", scope="event", as_of=None, by="police", cue="Nine suspects were arrested"),
    g(
        "displaced",
        3000,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="iom",
        cue="More than 3,000 people fled Kenscoff",
        note="'over the past week' -> a window -> event",
    ),
    g(
        "displaced",
        1000000,
        "haiti",
        q="lower",
        scope="total",
        as_of=None,
        by="iom",
        cue="more than 1 million people are now displaced",
    ),
    g(
        "killed",
        1617,
        "haiti",
        q="lower",
        scope="event",
        as_of=None,
        by="un",
        cue="at least 1,617 people were killed",
        note="a closed window ('between January and March') -> event (debatable: a quarterly toll)",
    ),
    g("injured", 580, "haiti", scope="event", as_of=None, by="un", cue="580 injured in gang-related violence"),
)

ARTICLES = [EL_FASHER, GEZIRA, ITURI, HORN, KENSCOFF_HTML]
