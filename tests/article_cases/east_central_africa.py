# ruff: noqa: E501  (article texts are data)
"""Sudan (Zamzam/El Fasher, Gezira), DR Congo (Goma, Ituri) and Ethiopia (Amhara)."""

from . import DRC, article, g

SU1 = "2025-04-14"  # Monday
SU2 = "2024-10-28"  # Monday
C1 = "2025-01-30"  # Thursday
C2 = "2024-08-05"  # Monday
E1 = "2024-03-09"  # Saturday

# One gold figure per line reads better than the formatter's one field per line.
# fmt: off
ARTICLES = [
    article(
        "sudan-zamzam-el-fasher-assault",
        SU1,
        """
        RSF assault on Zamzam camp near El Fasher kills more than 400, UN says

        Published on April 14, 2025

        PORT SUDAN — Sudan's paramilitary Rapid Support Forces killed more than 400 people in a three-day assault on the Zamzam displacement camp and the besieged city of El Fasher, the United Nations said on Monday, citing credible sources.

        Among the dead were nine health workers employed by the charity Relief International, which said its staff were killed while running the camp's last functioning clinic.

        The RSF said in a statement that it had "liberated" Zamzam and killed more than 300 fighters of the army-allied Joint Forces, whom it accused of using the camp as a military base.

        Between 300,000 and 400,000 people have fled Zamzam since the assault began on Friday, the International Organization for Migration said, most of them walking to Tawila, about 60 km to the west. Medecins Sans Frontieres said its team in Tawila had treated 150 wounded people arriving from the camp, most with gunshot wounds.

        Zamzam, Sudan's largest camp, had sheltered about 500,000 displaced people before the attack. Famine was declared there in August 2024.

        "We walked for 14 hours with nothing, not even water," said Fatima, 31, who reached Tawila on Sunday. "On the road there were bodies nobody could bury."

        El Fasher, the last major city in Darfur still held by the army, has been besieged by the RSF since May 2024. Its Saudi Hospital, the only one still working, has been shelled more than 10 times.

        The war, now in its third year, has killed tens of thousands of people; some estimates put the toll above 150,000. It has also uprooted 13 million people, creating the world's largest displacement crisis, according to the UN.
        """,
        g("killed", 400, "sudan", q="lower", scope="event", as_of=SU1, by="un", cue="killed more than 400 people in a three-day assault", note="a bounded three-day assault -> event, as_of the day the toll was given; 'citing credible sources' names no source, so the UN stays the reporter; headline repeats it"),
        g("killed", 9, "sudan", pop="medics", scope="event", as_of=SU1, by="relief international", cue="nine health workers employed by the charity"),
        g("killed", 300, "sudan", pop="combatants", q="lower", scope="event", as_of=SU1, by="rsf", cue="killed more than 300 fighters"),
        g("displaced", 300000, "sudan", q="range", high=400000, scope="total", as_of=SU1, by="iom", cue="Between 300,000 and 400,000 people have fled", note="running count 'since the assault began' -> total (as the Jenin raid)"),
        g("injured", 150, "sudan", scope="event", as_of=SU1, by="msf", cue="treated 150 wounded people"),
        g("displaced", 500000, "sudan", q="approx", scope="total", as_of=SU1, by=None, cue="had sheltered about 500,000 displaced people", note="camp population of displaced people = displaced (as seed 000 'sought shelter'); 'before the attack' but no other date -> article date"),
        g("killed", 20000, "sudan", q="lower", scope="total", as_of=SU1, by=None, cue="has killed tens of thousands of people"),
        g("killed", 150000, "sudan", q="lower", scope="total", as_of=SU1, by=None, cue="some estimates put the toll above 150,000", note="'some estimates' is not a named source -> null (debatable)"),
        g("displaced", 13000000, "sudan", scope="total", as_of=SU1, by="un", cue="uprooted 13 million people"),
    ),
    article(
        "sudan-gezira-village-attack",
        SU2,
        """
        Sudan's RSF kills 124 in Gezira village, activists say, as reprisal attacks spread

        KHARTOUM, Oct. 28, 2024 — Sudan's Rapid Support Forces killed at least 124 people in an attack on the village of Al-Sariha in central Gezira state on Friday, a local activist group said, in one of the deadliest assaults since the paramilitary force overran the state late last year.

        The Gezira Conference, which documents abuses in the state, said 150 people were wounded in the attack and that more than 100 women and girls were abducted by the fighters. Residents said dozens of men were detained and taken to an RSF base outside the village.

        The attacks followed the defection this month of a senior RSF commander in the state, Abu Aqla Keikal, to the army. Gezira, Sudan's agricultural heartland, was home to about 6 million people before the war.

        In a separate attack on Saturday, RSF shelling killed 14 people, including six children, in the town of Tamboul, the Sudan Doctors Network said.

        The UN's resident coordinator for Sudan, Clementine Nkweta-Salami, said more than 119,000 people had fled eastern Gezira in the past week alone. "Women and girls are being raped, people are being killed, and homes are being looted," she said.

        The RSF did not respond to a request for comment. It has previously denied targeting civilians and blamed the violence on "rogue elements".

        Sudan's war broke out in April 2023 between the army and the RSF. The International Organization for Migration says more than 11 million people are displaced inside Sudan, and another 3 million have fled abroad, many of them to Chad and Egypt.
        """,
        g("killed", 124, "sudan", q="lower", scope="event", as_of="2024-10-25", by="gezira conference", cue="killed at least 124 people", note="'a local activist group' is named in the next paragraph as the Gezira Conference"),
        g("injured", 150, "sudan", scope="event", as_of="2024-10-25", by="gezira conference", cue="150 people were wounded in the attack"),
        g("hostages", 100, "sudan", pop="women", q="lower", scope="event", as_of="2024-10-25", by="gezira conference", cue="more than 100 women and girls were abducted", note="abducted -> hostages; 'women and girls' -> women (debatable)"),
        g("detained", 24, "sudan", q="lower", scope="event", as_of="2024-10-25", by="residents", cue="dozens of men were detained"),
        g("killed", 14, "sudan", scope="event", as_of="2024-10-26", by="sudan doctors network", cue="killed 14 people, including six children"),
        g("killed", 6, "sudan", pop="children", scope="event", as_of="2024-10-26", by="sudan doctors network", cue="including six children"),
        g("displaced", 119000, "sudan", q="lower", scope="event", as_of=SU2, by="un resident coordinator clementine nkweta-salami", cue="more than 119,000 people had fled eastern Gezira", note="'in the past week' window -> event; 6 million residents is a population"),
        g("displaced", 11000000, "sudan", q="lower", scope="total", as_of=SU2, by="iom", cue="more than 11 million people are displaced"),
        g("displaced", 3000000, "sudan", scope="total", as_of=SU2, by="iom", cue="another 3 million have fled abroad"),
    ),
    article(
        "drc-goma-m23-toll",
        C1,
        """
        M23 rebels push south from Goma as WHO puts death toll at 700

        Published: January 30, 2025 at 6:45 PM EST

        GOMA, Democratic Republic of Congo — At least 700 people have been killed and 2,800 wounded in fighting in and around Goma since Sunday, the World Health Organization said on Thursday, as Rwanda-backed M23 rebels who seized the city pushed south toward Bukavu.

        Doctors at the CBCA Ndosho hospital said they had treated more than 600 wounded people since Sunday, including about 100 children. Bodies still lay in some streets, and the morgue at Goma's general hospital was full.

        Thirteen foreign soldiers serving with UN and southern African forces were killed in the fighting around Goma last week, including nine South Africans. UN experts estimate that about 4,000 Rwandan troops are fighting alongside the rebels, a charge Kigali denies.

        M23 said that on Tuesday 1,200 Congolese soldiers had surrendered at the city's stadium and been taken prisoner. More than 4,000 inmates escaped from Munzenze prison as the rebels entered the city.

        The UN refugee agency said more than 500,000 people had been displaced in North and South Kivu since the start of the year. The rebels were about 60 km from Bukavu, a city of 1.3 million, on Thursday.

        "We are sleeping in the church with 300 other families," said Esperance, a mother who fled the Kanyaruchinya camp. "Nobody knows where to go."

        The conflict in eastern Congo, rooted in the aftermath of the 1994 genocide in Rwanda, has displaced more than 7 million people across the country, according to the United Nations. M23 briefly seized Goma in 2012.
        """,
        g("killed", 700, DRC, q="lower", scope="total", as_of=C1, by="world health organization", cue="At least 700 people have been killed", note="running toll of the battle 'since Sunday' -> total (debatable); headline repeats it"),
        g("injured", 2800, DRC, scope="total", as_of=C1, by="world health organization", cue="2,800 wounded"),
        g("injured", 600, DRC, q="lower", scope="total", as_of=C1, by="doctors", cue="treated more than 600 wounded people since Sunday"),
        g("injured", 100, DRC, pop="children", q="approx", scope="total", as_of=C1, by="doctors", cue="including about 100 children"),
        g("killed", 13, "unknown", pop="combatants", scope="event", as_of=None, by=None, cue="Thirteen foreign soldiers", note="peacekeepers of several nations -> side unknown; 'last week' names no day -> as_of null"),
        g("killed", 9, "south-africa", pop="combatants", scope="event", as_of=None, by=None, cue="including nine South Africans"),
        g("detained", 1200, DRC, pop="combatants", scope="event", as_of="2025-01-28", by="m23", cue="1,200 Congolese soldiers had surrendered", note="taken prisoner -> detained; 4,000 Rwandan troops and 4,000 escaped inmates are not figures"),
        g("displaced", 500000, DRC, q="lower", scope="total", as_of=C1, by="unhcr", cue="more than 500,000 people had been displaced"),
        g("displaced", 7000000, DRC, q="lower", scope="total", as_of=C1, by="un", cue="displaced more than 7 million people", note="'300 other families' counts families: not annotated"),
    ),
    article(
        "drc-ituri-church-attack",
        C2,
        """
        ADF militants kill 43 at church vigil in eastern Congo

        Updated 5 August 2024

        BUNIA, Congo — Rebels from the Allied Democratic Forces attacked a Catholic church in Komanda, in Congo's Ituri province, during a night vigil early on Sunday, killing at least 43 worshippers, including nine children, local civil society leaders said on Monday.

        A Congolese army spokesman in Ituri, Lieutenant Jules Ngongo, put the toll at 38 and said troops had arrived "within the hour". He said on Monday that soldiers had arrested four suspected collaborators in the town.

        Several houses and shops were burned, and at least 15 people were abducted, including two women, residents said.

        "I counted 25 bodies in the courtyard alone," said Dieudonne Kambale, a church volunteer. "They used machetes, so nobody would hear."

        The ADF, which began as a Ugandan rebel group in the 1990s and has pledged allegiance to the Islamic State group, has killed more than 6,000 civilians in Ituri and North Kivu since 2021, according to UN figures. A joint Ugandan-Congolese offensive, launched in November 2021 with some 4,000 Ugandan troops, has pushed the group into smaller units that raid villages at night.

        Ituri alone hosts 1.7 million internally displaced people, the UN humanitarian office OCHA says, many of them in sites around Bunia and Komanda. Aid agencies say their funding for Congo this year covers less than 20% of needs.

        The attack came two weeks after ADF fighters killed 18 people in the nearby village of Mambasa, the army said. Pope Francis, who visited Congo in 2023, said he was praying for the victims.
        """,
        g("killed", 43, DRC, q="lower", scope="event", as_of="2024-08-04", by="civil society leaders", cue="killing at least 43 worshippers"),
        g("killed", 9, DRC, pop="children", scope="event", as_of="2024-08-04", by="civil society leaders", cue="including nine children"),
        g("killed", 38, DRC, scope="event", as_of="2024-08-04", by="army spokesman jules ngongo", cue="put the toll at 38"),
        g("detained", 4, DRC, scope="event", as_of=C2, by="army spokesman jules ngongo", cue="arrested four suspected collaborators"),
        g("hostages", 15, DRC, q="lower", scope="event", as_of="2024-08-04", by="residents", cue="at least 15 people were abducted"),
        g("hostages", 2, DRC, pop="women", scope="event", as_of="2024-08-04", by="residents", cue="including two women"),
        g("killed", 25, DRC, scope="event", as_of="2024-08-04", by="church volunteer dieudonne kambale", cue="I counted 25 bodies in the courtyard", note="a witness's partial count is still a number of dead the text reports"),
        g("killed", 18, DRC, scope="event", as_of=None, by="congolese army", cue="killed 18 people in the nearby village of Mambasa", note="'two weeks' before names no day -> as_of null"),
        g("killed", 6000, DRC, pop="civilians", q="lower", scope="total", as_of=C2, by="un", cue="killed more than 6,000 civilians"),
        g("displaced", 1700000, DRC, scope="total", as_of=C2, by="ocha", cue="1.7 million internally displaced people"),
    ),
    article(
        "ethiopia-amhara-market-drone-strike",
        E1,
        """
        Drone strike kills 30 at Amhara market, witnesses say, as Fano insurgency grinds on

        Published: Saturday 9 March 2024

        ADDIS ABABA — A drone strike on a busy market in Ethiopia's Amhara region killed at least 30 people on Thursday, witnesses and a health worker said, the latest in a series of deadly air strikes in the government's campaign against Fano militias.

        A nurse at the hospital in nearby Debre Markos said 25 wounded people had been brought in, eight of them children. Two aid workers with a local charity were among the dead. The market, in the town of Bure, draws traders from 12 districts every Thursday, many of whom travel more than 50 km.

        Government spokesman Legesse Tulu did not respond to requests for comment. The army said last week that it had killed 250 Fano militants in operations in the North Gondar zone.

        In January, the state-appointed Ethiopian Human Rights Commission said at least 45 civilians had been killed by government soldiers in the town of Merawi.

        Rights groups say thousands of ethnic Amhara people have been detained in Addis Ababa and other cities under a state of emergency declared in August 2023 and extended for four months in February.

        The United Nations says fighting has displaced around 500,000 people across Amhara, a region of some 22 million, and left hospitals short of insulin and blood.

        The conflict broke out in April 2023 after the federal government moved to disband regional forces. It followed a two-year war in neighbouring Tigray that killed hundreds of thousands of people before a peace deal was signed in Pretoria in November 2022.
        """,
        g("killed", 30, "ethiopia", q="lower", scope="event", as_of="2024-03-07", by="witnesses and a health worker", cue="killed at least 30 people on Thursday"),
        g("injured", 25, "ethiopia", scope="event", as_of="2024-03-07", by="nurse", cue="25 wounded people had been brought in"),
        g("injured", 8, "ethiopia", pop="children", scope="event", as_of="2024-03-07", by="nurse", cue="eight of them children"),
        g("killed", 2, "ethiopia", pop="aid_workers", scope="event", as_of="2024-03-07", by=None, cue="Two aid workers with a local charity were among the dead"),
        g("killed", 250, "ethiopia", pop="combatants", scope="event", as_of=None, by="ethiopian army", cue="killed 250 Fano militants", note="'in operations', said 'last week' with no day -> event, as_of null (debatable)"),
        g("killed", 45, "ethiopia", pop="civilians", q="lower", scope="event", as_of=None, by="ethiopian human rights commission", cue="at least 45 civilians had been killed", note="one episode in Merawi, only the month of the report is given -> as_of null"),
        g("detained", 2000, "ethiopia", q="lower", scope="total", as_of=E1, by="rights groups", cue="thousands of ethnic Amhara people have been detained"),
        g("displaced", 500000, "ethiopia", q="approx", scope="total", as_of=E1, by="un", cue="displaced around 500,000 people"),
        g("killed", 200000, "ethiopia", q="lower", scope="total", as_of=E1, by=None, cue="killed hundreds of thousands of people", note="the finished Tigray war's toll: side ethiopia (Tigray is a region of Ethiopia), total"),
    ),
]
# fmt: on
