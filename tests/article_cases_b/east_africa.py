# ruff: noqa: E501  (article texts are data)
"""Sudan (flash update), South Sudan, DR Congo (Goma), Ethiopia (a rights report), Somalia (undated)."""

from . import DRC, article, g

D14 = "2025-04-14"  # Monday
D15 = "2025-05-05"  # Monday; "Saturday" = 2025-05-03
D16 = "2025-01-30"  # Thursday; "Monday" = 2025-01-27, "Tuesday" = 2025-01-28
D17 = "2025-09-18"  # Thursday

# One gold figure per line reads better than ruff's exploded calls.
# fmt: off
ARTICLES = [
    article(
        "b_sudan_zamzam_cholera_sitrep",
        D14,
        """
        SUDAN: Flash Update No. 3 — North Darfur (Zamzam camp and El Fasher)
        Date: 14 April 2025
        Sources: OCHA, IOM DTM, WHO, partners on the ground

        Highlights

        - At least 400 people have been killed in attacks by the Rapid Support Forces (RSF) on Zamzam and Abu Shouk camps and El Fasher town since Friday, according to preliminary UN figures.
        - Among the dead are 10 humanitarian workers from Relief International, who were killed while running one of the last functioning health posts in Zamzam.
        - IOM estimates that between 60,000 and 80,000 households — up to 400,000 people — have fled Zamzam.
        - The RSF said it had "secured" the camp and was evacuating civilians; it said it had detained 17 "mercenaries".
        - In Tawila, 60 km west, partners registered 9,000 new arrivals since Saturday, including 3,600 children, many with acute malnutrition.

        Cholera

        - Sudan's Federal Ministry of Health reported 1,150 new cholera cases and 24 deaths in the past week, most of them in camps for displaced people in White Nile and Khartoum states.
        - Since August 2024, the outbreak has killed 1,520 people, the ministry says; cumulative cases exceed 59,000.

        Context

        - Sudan is the world's largest displacement crisis: about 12.4 million people have been forced from their homes since April 2023, including 3.8 million who fled abroad.
        - WFP needs US$ 10 million a month to keep assistance running in North Darfur.
        - For media enquiries call +249 91 234 5678.
        """,
        g("killed", 400, "sudan", q="lower", scope="event", as_of=D14, by="un", cue="At least 400 people have been killed in attacks by the Rapid Support Forces", note="the assault since Friday is one window -> event."),
        g("killed", 10, "sudan", pop="aid_workers", scope="event", as_of=D14, by=None, cue="Among the dead are 10 humanitarian workers"),
        g("displaced", 400000, "sudan", q="upper", scope="event", as_of=D14, by="iom", cue="up to 400,000 people — have fled Zamzam", note="households (60,000-80,000) are not people -> only the 400,000 is a figure."),
        g("detained", 17, "sudan", pop="combatants", scope="event", as_of=D14, by="rsf", cue='detained 17 "mercenaries"', note="fighters for the other side of the same war -> sudan, combatants."),
        g("displaced", 9000, "sudan", scope="event", as_of=D14, by="partners", cue="partners registered 9,000 new arrivals since Saturday", note="new arrivals fleeing Zamzam -> displaced; 60 km is not a figure."),
        g("displaced", 3600, "sudan", pop="children", scope="event", as_of=D14, by="partners", cue="including 3,600 children"),
        g("killed", 24, "sudan", scope="event", as_of=D14, by="federal ministry of health", cue="1,150 new cholera cases and 24 deaths in the past week", note="cholera cases are not a metric; deaths are."),
        g("killed", 1520, "sudan", scope="total", as_of=D14, by="federal ministry of health", cue="the outbreak has killed 1,520 people, the ministry says"),
        g("displaced", 12400000, "sudan", q="approx", scope="total", as_of=D14, by=None, cue="about 12.4 million people have been forced from their homes"),
        g("displaced", 3800000, "sudan", scope="total", as_of=D14, by=None, cue="including 3.8 million who fled abroad", note="money and the phone number are not figures."),
    ),
    article(
        "b_south_sudan_fangak",
        D15,
        """
        South Sudan: air strike on Fangak hospital kills seven as fears of new war grow

        JUBA, May 5, 2025 — An air strike on a hospital run by Médecins Sans Frontières in Old Fangak, in South Sudan's Jonglei state, killed seven people and wounded 20 on Saturday, the medical charity said, blaming government forces.

        MSF said the hospital's pharmacy was destroyed and that a drone had separately struck the town's market, killing one more person. Among the wounded were at least two of its staff.

        The army spokesman, Lul Ruai Koang, denied targeting civilians, saying the military was pursuing fighters of the White Army, a youth militia aligned with First Vice-President Riek Machar, who is under house arrest in Juba.

        Fighting in Upper Nile and Jonglei since March has forced some 125,000 people from their homes, according to the UN mission, UNMISS. About 63,000 of them have crossed into Ethiopia and Sudan, it added.

        The violence began in March when the White Army overran an army garrison in Nasir. The government said 27 soldiers were killed in that attack, including a general.

        A cholera outbreak, the worst in the country's history, has killed more than 900 people since September, the health ministry says.

        South Sudan, which gained independence in 2011, fought a civil war from 2013 to 2018 that killed an estimated 400,000 people. Some 2.3 million people are internally displaced, and the country hosts hundreds of thousands of refugees from Sudan.
        """,
        g("killed", 7, "south-sudan", scope="event", as_of="2025-05-03", by="msf", cue="killed seven people and wounded 20 on Saturday", note="'the medical charity' = Médecins Sans Frontières (MSF); headline repeats."),
        g("injured", 20, "south-sudan", scope="event", as_of="2025-05-03", by="msf", cue="wounded 20 on Saturday"),
        g("killed", 1, "south-sudan", scope="event", as_of="2025-05-03", by="msf", cue="killing one more person"),
        g("injured", 2, "south-sudan", pop="medics", q="lower", scope="event", as_of="2025-05-03", by="msf", cue="at least two of its staff", note="hospital staff of MSF -> medics (health workers) rather than aid_workers; debatable."),
        g("displaced", 125000, "south-sudan", q="approx", scope="total", as_of=D15, by="unmiss", cue="forced some 125,000 people from their homes", note="running count of this fighting since March -> total."),
        g("displaced", 63000, "south-sudan", q="approx", scope="total", as_of=D15, by="unmiss", cue="About 63,000 of them have crossed into Ethiopia and Sudan, it added"),
        g("killed", 27, "south-sudan", pop="combatants", scope="event", as_of=None, by="government", cue="The government said 27 soldiers were killed", note="March, no day -> as_of null; 'a general' is one person, no count."),
        g("killed", 900, "south-sudan", q="lower", scope="total", as_of=D15, by="health ministry", cue="has killed more than 900 people since September"),
        g("killed", 400000, "south-sudan", q="approx", scope="total", as_of=D15, by=None, cue="killed an estimated 400,000 people", note="toll of a past war stated today -> total as of the article date."),
        g("displaced", 2300000, "south-sudan", q="approx", scope="total", as_of=D15, by=None, cue="Some 2.3 million people are internally displaced"),
        g("displaced", 200000, "sudan", q="lower", scope="total", as_of=D15, by=None, cue="hundreds of thousands of refugees from Sudan", note="debatable vague 'hundreds of thousands' -> 200000/lower (by analogy with 'tens of thousands'); refugees from Sudan -> side sudan."),
    ),
    article(
        "b_drc_goma",
        D16,
        """
        M23 rebels tighten grip on Goma as death toll mounts

        By Ange Kasongo

        GOMA, January 30, 2025 (AP) — At least 773 people have been killed and 2,880 injured in fighting for Goma since Sunday, the Congolese government said Thursday, as Rwanda-backed M23 rebels consolidated control of eastern Congo's largest city.

        Government spokesman Patrick Muyaya said bodies were still being collected from the streets and that the toll was provisional. The World Health Organization said hospitals had received more than 2,000 wounded, many of them civilians caught in crossfire.

        Thirteen South African soldiers serving with the UN mission and a regional force were killed defending the city, South Africa's government has said.

        The M23 said it had captured "more than 1,200" government soldiers who surrendered, and that they would be "re-educated".

        Humanitarian agencies said the fighting had forced about 500,000 people from camps around Goma in the past week, many of them already displaced several times. Across North and South Kivu, 6.4 million people are displaced, the IOM says.

        Two mortar shells landed in the Rwandan town of Gisenyi on Monday, killing five civilians and wounding 35, Rwandan authorities said.

        In Kinshasa, protesters attacked the embassies of Rwanda, France and the United States on Tuesday. Police said 21 people were arrested.

        Some 4,000 inmates escaped from Munzenze prison as the rebels advanced. The city of about two million people has been without power or water for five days.
        """,
        g("killed", 773, DRC, q="lower", scope="event", as_of=D16, by="congolese government", cue="At least 773 people have been killed and 2,880 injured", note="the battle for Goma since Sunday -> event (one window)."),
        g("injured", 2880, DRC, scope="event", as_of=D16, by="congolese government", cue="2,880 injured in fighting for Goma"),
        g("injured", 2000, DRC, q="lower", scope="event", as_of=D16, by="world health organization", cue="hospitals had received more than 2,000 wounded"),
        g("killed", 13, "south-africa", pop="combatants", scope="event", as_of=D16, by="south african government", cue="Thirteen South African soldiers serving with the UN mission", note="soldiers belong to the party they serve -> south-africa."),
        g("detained", 1200, DRC, pop="combatants", q="lower", scope="event", as_of=D16, by="m23", cue='captured "more than 1,200" government soldiers'),
        g("displaced", 500000, DRC, q="approx", scope="event", as_of=D16, by="humanitarian agencies", cue="forced about 500,000 people from camps around Goma in the past week"),
        g("displaced", 6400000, DRC, scope="total", as_of=D16, by="iom", cue="6.4 million people are displaced, the IOM says"),
        g("projectiles", 2, DRC, scope="event", as_of="2025-01-27", by="rwandan authorities", cue="Two mortar shells landed in the Rwandan town of Gisenyi", note="fired from the Congolese side of the border (shooter not named) -> drc; debatable."),
        g("killed", 5, "rwanda", pop="civilians", scope="event", as_of="2025-01-27", by="rwandan authorities", cue="killing five civilians and wounding 35"),
        g("injured", 35, "rwanda", scope="event", as_of="2025-01-27", by="rwandan authorities", cue="wounding 35, Rwandan authorities said", note="'wounding 35' has no population word -> all."),
        g("detained", 21, DRC, scope="event", as_of="2025-01-28", by="police", cue="Police said 21 people were arrested", note="inmates who escaped and the city's two million people are not figures."),
    ),
    article(
        "b_ethiopia_amhara_report",
        D17,
        """
        Ethiopia: Drone strikes kill civilians in Amhara as Fano conflict grinds on

        Report summary — Human Rights Watch
        Released 18 September 2025

        Ethiopian military drone strikes on markets, schools and a wedding party in Amhara region have killed at least 180 civilians since January, Human Rights Watch said in a report released on Thursday, accusing the government of "reckless" use of air power in its two-year war against Fano militias.

        The group documented 14 strikes. In the deadliest, on a market in Dembecha district in March, a drone killed between 45 and 60 people, among them nine children, according to witnesses and a local health official.

        Fano fighters have also committed abuses, the report says, abducting at least 70 civilians for ransom in North Shewa this year. Federal police, for their part, arrested more than 1,000 people in Addis Ababa in a sweep against suspected Fano sympathisers in July.

        The government did not respond to HRW's findings. Federal forces say they have killed "thousands" of Fano "extremists" since the state of emergency was declared in August 2023. The fighting has displaced tens of thousands of people, aid agencies say.

        In neighbouring Tigray, where a 2022 peace deal ended a war that killed an estimated 600,000 people, around one million people remain displaced, and tensions between factions of the TPLF have raised fears of new fighting.

        The UN says more than 4.5 million children in Amhara are out of school, and the region's 22 million people face repeated internet shutdowns.
        """,
        g("killed", 180, "ethiopia", pop="civilians", q="lower", scope="total", as_of=D17, by="human rights watch", cue="have killed at least 180 civilians since January"),
        g("killed", 45, "ethiopia", q="range", high=60, scope="event", as_of=None, by="witnesses", cue="a drone killed between 45 and 60 people", note="March, no day -> as_of null; 'witnesses and a local health official'; 14 strikes is not a figure."),
        g("killed", 9, "ethiopia", pop="children", scope="event", as_of=None, by="witnesses", cue="among them nine children"),
        g("hostages", 70, "ethiopia", pop="civilians", q="lower", scope="total", as_of=D17, by="human rights watch", cue="abducting at least 70 civilians for ransom", note="abducted -> hostages; 'the report says' -> human rights watch; 'this year' -> total."),
        g("detained", 1000, "ethiopia", q="lower", scope="event", as_of=None, by=None, cue="arrested more than 1,000 people in Addis Ababa", note="one sweep in July (no day) -> event, as_of null; the report's own voice."),
        g("killed", 2000, "ethiopia", pop="combatants", q="lower", scope="total", as_of=D17, by="federal forces", cue='killed "thousands" of Fano "extremists"'),
        g("displaced", 20000, "ethiopia", q="lower", scope="total", as_of=D17, by="aid agencies", cue="displaced tens of thousands of people, aid agencies say"),
        g("killed", 600000, "ethiopia", q="approx", scope="total", as_of=D17, by=None, cue="a war that killed an estimated 600,000 people", note="Tigray is a region of Ethiopia -> ethiopia; past war toll -> total as of the article date."),
        g("displaced", 1000000, "ethiopia", q="approx", scope="total", as_of=D17, by=None, cue="around one million people remain displaced", note="children out of school and the region's population are not figures."),
    ),
    article(
        "b_somalia_shabaab_undated",
        None,
        """
        Al-Shabaab bombing kills at least 20 at Mogadishu army recruitment centre

        MOGADISHU (AP) — A suicide bomber blew himself up among young recruits queueing outside a military base in Mogadishu on Sunday, killing at least 20 people and wounding dozens, officials and witnesses said.

        "I counted 17 bodies at the gate," said Abdullahi Mohamed, 29, a soldier who was at the scene. Aamin Ambulance, a private service, said it had transported 43 wounded people to hospitals.

        Al-Shabaab claimed responsibility in a statement on its Andalus radio station, saying it had killed "more than 60 apostate soldiers".

        The attack came a week after government forces, backed by US air strikes, recaptured the town of Moqokori, where the army said it killed 35 militants and lost four soldiers.

        The US military's Africa Command says it has carried out more than 40 air strikes in Somalia this year, most of them in Puntland against the Islamic State group. The African Union mission, AUSSOM, has about 11,000 troops in the country, but its funding runs out in June.

        More than three million Somalis have been displaced by conflict and drought, according to the UN, and aid agencies warn that 4.4 million face acute hunger.
        """,
        g("killed", 20, "somalia", q="lower", scope="event", as_of=None, by="officials", cue="killing at least 20 people and wounding dozens", note="undated article -> as_of null; headline repeats."),
        g("injured", 24, "somalia", q="lower", scope="event", as_of=None, by="officials", cue="wounding dozens, officials and witnesses said"),
        g("killed", 17, "somalia", scope="event", as_of=None, by="abdullahi mohamed", cue='"I counted 17 bodies at the gate,"', note="a witness's count is a reported figure; age 29 is not."),
        g("injured", 43, "somalia", scope="event", as_of=None, by="aamin ambulance", cue="transported 43 wounded people to hospitals"),
        g("killed", 60, "somalia", pop="combatants", q="lower", scope="event", as_of=None, by="al-shabaab", cue='"more than 60 apostate soldiers"'),
        g("killed", 35, "somalia", pop="combatants", scope="event", as_of=None, by="army", cue="it killed 35 militants", note="al-Shabaab fighters -> somalia (armed groups take their country)."),
        g("killed", 4, "somalia", pop="combatants", scope="event", as_of=None, by="army", cue="lost four soldiers"),
        g("displaced", 3000000, "somalia", q="lower", scope="total", as_of=None, by="un", cue="More than three million Somalis have been displaced", note="40 air strikes, 11,000 troops and 4.4 million facing hunger are not figures."),
    ),
]
# fmt: on
