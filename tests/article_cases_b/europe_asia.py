# ruff: noqa: E501  (article texts are data)
"""Ukraine (POW swap, Zaporizhzhia glide-bomb live blog), Moscow drones, a Rohingya boat (undated), the Afghan-Pakistan border."""

from . import article, g

D9 = "2026-02-05"  # Thursday; "a day before" / "Wednesday" = 2026-02-04
D10 = "2026-01-20"  # Tuesday; "Monday" = 2026-01-19
D11 = "2026-03-12"  # Thursday
D13 = "2025-10-12"  # Sunday; "Thursday" = 2025-10-09

# One gold figure per line reads better than ruff's exploded calls.
# fmt: off
ARTICLES = [
    article(
        "b_ukraine_pow_exchange",
        D9,
        """
        Ukraine and Russia swap 157 prisoners each in UAE-brokered exchange

        Published: 5 February 2026

        KYIV — Ukraine and Russia exchanged 157 prisoners each on Thursday, the first swap of the year, in a deal brokered by the United Arab Emirates.

        President Volodymyr Zelensky said the Ukrainians coming home included 150 servicemen — soldiers, National Guard members and border guards — and seven civilians, some of whom had been held since 2022. The youngest was 19, the oldest 61.

        Russia's defence ministry confirmed the return of 157 Russian servicemen, who it said were being flown to Moscow for medical treatment.

        Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said it was still working to free thousands of others. Ombudsman Dmytro Lubinets has said more than 8,000 Ukrainians are in Russian captivity, including around 2,000 civilians.

        The exchange came a day after a Russian missile and drone attack on Kharkiv killed four people, among them a 7-year-old girl, and injured 32, according to regional governor Oleh Syniehubov. Ukraine's air force said Russia had launched 104 drones and two Iskander-M missiles overnight into Wednesday; most of the drones were shot down or jammed, it said.

        Also on Wednesday, Russian-installed officials in the occupied part of Zaporizhzhia region said Ukrainian shelling killed two people in Kamianka-Dniprovska.

        Since the full-scale invasion in February 2022, the two sides have held more than 60 exchanges. The UN has verified that at least 14,800 civilians have been killed in Ukraine, among them more than 700 children. Nearly 3.7 million people remain internally displaced.
        """,
        g("detained", 157, "ukraine", scope="event", as_of=D9, by=None, cue="exchanged 157 prisoners each on Thursday", note="released prisoners of war -> detained; '157 ... each' counts both sides: the Ukrainian 157 (population all: it includes seven civilians) here, the Russian 157 below. Headline repeats."),
        g("detained", 157, "russia", pop="combatants", scope="event", as_of=D9, by="russian defence ministry", cue="the return of 157 Russian servicemen", note="same Russian 157 as in the lead's 'each'; listed once, with the explicit attribution."),
        g("detained", 150, "ukraine", pop="combatants", scope="event", as_of=D9, by="volodymyr zelensky", cue="included 150 servicemen"),
        g("detained", 7, "ukraine", pop="civilians", scope="event", as_of=D9, by="volodymyr zelensky", cue="and seven civilians, some of whom had been held since 2022", note="ages 19 and 61 are not figures."),
        g("detained", 2000, "ukraine", q="lower", scope="total", as_of=D9, by="coordination headquarters for the treatment of prisoners of war", cue="still working to free thousands of others"),
        g("detained", 8000, "ukraine", q="lower", scope="total", as_of=D9, by="dmytro lubinets", cue="more than 8,000 Ukrainians are in Russian captivity"),
        g("detained", 2000, "ukraine", pop="civilians", q="approx", scope="total", as_of=D9, by="dmytro lubinets", cue="including around 2,000 civilians"),
        g("killed", 4, "ukraine", scope="event", as_of="2026-02-04", by="oleh syniehubov", cue="attack on Kharkiv killed four people", note="'a day after' Thursday -> Wednesday 4 Feb; the 7-year-old girl is one named-by-description person, not a count."),
        g("injured", 32, "ukraine", scope="event", as_of="2026-02-04", by="oleh syniehubov", cue="and injured 32, according to regional governor"),
        g("projectiles", 104, "russia", scope="event", as_of="2026-02-04", by="ukrainian air force", cue="Russia had launched 104 drones"),
        g("projectiles", 2, "russia", scope="event", as_of="2026-02-04", by="ukrainian air force", cue="two Iskander-M missiles overnight into Wednesday"),
        g("killed", 2, "ukraine", scope="event", as_of="2026-02-04", by="russian-installed officials", cue="Ukrainian shelling killed two people in Kamianka-Dniprovska", note="debatable side: people in Russian-occupied Ukraine -> ukraine (the territory)."),
        g("killed", 14800, "ukraine", pop="civilians", q="lower", scope="total", as_of=D9, by="un", cue="at least 14,800 civilians have been killed in Ukraine", note="'more than 60 exchanges' is not a figure."),
        g("killed", 700, "ukraine", pop="children", q="lower", scope="total", as_of=D9, by="un", cue="among them more than 700 children"),
        g("displaced", 3700000, "ukraine", q="upper", scope="total", as_of=D9, by=None, cue="Nearly 3.7 million people remain internally displaced", note="new sentence without attribution -> own voice."),
    ),
    article(
        "b_zaporizhzhia_glide_liveblog",
        D10,
        """
        Russia-Ukraine war: live updates
        Zaporizhzhia glide-bomb strike kills 13
        Last updated: 20 January 2026

        09:12 EET — Russian aircraft dropped at least two guided aerial bombs on an industrial area of Zaporizhzhia late on Monday, regional governor Ivan Fedorov said. "Thirteen people are dead. Another 64 are injured, among them five children," he wrote on Telegram.

        09:40 EET — Fedorov later raised the number of injured to 71. Rescuers are still searching for two people believed to be trapped under collapsed walls.

        10:05 EET — It is the deadliest attack on the city since a strike in April that killed 23. Zaporizhzhia, a city of about 700,000 before the war, lies some 35 km from the front line.

        10:58 EET — Ukraine's air force says Russia dropped five KAB glide bombs on the region in the past 24 hours and carried out 417 artillery attacks.

        11:30 EET — Moscow says its forces hit "a workshop assembling drones". Kremlin spokesman Dmitry Peskov repeated that Russia does not target civilians.

        12:20 EET — In the Donetsk region, governor Vadym Filashkin says Russian shelling killed three civilians in Kostiantynivka and wounded eight more in the past day. He said about 9,000 residents still live in the city. Authorities say 211 people, including 37 children, were evacuated from front-line villages on Monday.

        13:45 EET — The Russian defence ministry says its air defences downed 49 Ukrainian drones overnight over the Bryansk, Kursk and Belgorod regions. In Belgorod, governor Vyacheslav Gladkov said one man was killed and two others were wounded in a drone strike on a car.

        14:05 EET — The International Committee of the Red Cross says it has registered more than 23,000 people as missing in connection with the war, Ukrainians and Russians alike, and that families on both sides are still waiting for news.
        """,
        g("killed", 13, "ukraine", scope="event", as_of="2026-01-19", by="ivan fedorov", cue='"Thirteen people are dead.', note="headline repeats; quoted speaker -> ivan fedorov; 'late on Monday' before Tuesday 20 Jan."),
        g("projectiles", 2, "russia", q="lower", scope="event", as_of="2026-01-19", by="ivan fedorov", cue="dropped at least two guided aerial bombs", note="bombs dropped count as projectiles, side that fired = russia."),
        g("injured", 64, "ukraine", scope="event", as_of="2026-01-19", by="ivan fedorov", cue="Another 64 are injured"),
        g("injured", 5, "ukraine", pop="children", scope="event", as_of="2026-01-19", by="ivan fedorov", cue="among them five children"),
        g("injured", 71, "ukraine", scope="event", as_of="2026-01-19", by="ivan fedorov", cue="raised the number of injured to 71", note="an update of the 64; both are stated figures of the live blog."),
        g("missing", 2, "ukraine", scope="event", as_of="2026-01-19", by="rescuers", cue="searching for two people believed to be trapped"),
        g("killed", 23, "ukraine", scope="event", as_of=None, by=None, cue="a strike in April that killed 23", note="a month with no day -> as_of null; the city's 700,000 and 35 km are not figures."),
        g("projectiles", 5, "russia", scope="event", as_of=D10, by="ukrainian air force", cue="dropped five KAB glide bombs", note="'417 artillery attacks' counts attacks, not projectiles -> not a figure."),
        g("killed", 3, "ukraine", pop="civilians", scope="event", as_of=D10, by="vadym filashkin", cue="Russian shelling killed three civilians in Kostiantynivka"),
        g("injured", 8, "ukraine", pop="civilians", scope="event", as_of=D10, by="vadym filashkin", cue="wounded eight more in the past day", note="'eight more' (civilians) -> civilians; 9,000 residents is a population size."),
        g("evacuated", 211, "ukraine", scope="event", as_of="2026-01-19", by="authorities", cue="211 people, including 37 children, were evacuated"),
        g("evacuated", 37, "ukraine", pop="children", scope="event", as_of="2026-01-19", by="authorities", cue="including 37 children, were evacuated"),
        g("projectiles", 49, "ukraine", scope="event", as_of=D10, by="russian defence ministry", cue="downed 49 Ukrainian drones overnight", note="drones downed = drones Ukraine launched (the only count of the attack given)."),
        g("killed", 1, "russia", scope="event", as_of=D10, by="vyacheslav gladkov", cue="one man was killed and two others were wounded"),
        g("injured", 2, "russia", scope="event", as_of=D10, by="vyacheslav gladkov", cue="two others were wounded in a drone strike on a car"),
        g("missing", 23000, "unknown", q="lower", scope="total", as_of=D10, by="international committee of the red cross", cue="registered more than 23,000 people as missing", note="Ukrainians and Russians together: no single side -> unknown."),
    ),
    article(
        "b_moscow_drone_attack",
        D11,
        """
        Ukraine launches largest drone attack on Moscow region, killing three

        MOSCOW, March 12, 2026 (Reuters) - Ukraine attacked the Moscow region with drones overnight, killing three people and injuring at least 18, Russian officials said on Thursday, in what appeared to be the largest drone assault on the capital since the war began.

        Russia's defence ministry said its air defences destroyed 337 Ukrainian drones over 10 regions, 91 of them over the Moscow region. Moscow Mayor Sergei Sobyanin said at least 74 were shot down on approach to the city.

        Regional governor Andrei Vorobyov said a woman was killed in the town of Ramenskoye when debris hit a 9-storey apartment block, and two men died in Domodedovo. Seven of the injured were in hospital, he said.

        Flights were suspended at all four Moscow airports; more than 200 flights were diverted or delayed. About 120 residents of damaged buildings were evacuated overnight, the regional emergencies ministry said.

        Kyiv did not comment directly. The General Staff said it had hit the Moscow oil refinery, which processes about 12 million tonnes of crude a year.

        Ukraine has increasingly used long-range drones such as the Liutyi, which has a range of 1,000 km, to strike targets in Russia. In August 2024, Ukrainian troops crossed into the Kursk region, where Moscow said some 150,000 residents were forced from their homes.

        Russia, for its part, fired 810 drones and decoys at Ukraine on one night last September, the largest such attack of the war.
        """,
        g("killed", 3, "russia", scope="event", as_of=D11, by="russian officials", cue="killing three people and injuring at least 18", note="headline repeats."),
        g("injured", 18, "russia", q="lower", scope="event", as_of=D11, by="russian officials", cue="injuring at least 18, Russian officials said"),
        g("projectiles", 337, "ukraine", scope="event", as_of=D11, by="russian defence ministry", cue="destroyed 337 Ukrainian drones over 10 regions", note="drones destroyed = the size of the attack as reported; 10 regions is not a figure."),
        g("projectiles", 91, "ukraine", scope="event", as_of=D11, by="russian defence ministry", cue="91 of them over the Moscow region"),
        g("projectiles", 74, "ukraine", q="lower", scope="event", as_of=D11, by="sergei sobyanin", cue="at least 74 were shot down on approach to the city"),
        g("killed", 2, "russia", scope="event", as_of=D11, by="andrei vorobyov", cue="two men died in Domodedovo", note="the woman killed is one person without a number; 9-storey is not a figure."),
        g("injured", 7, "russia", scope="event", as_of=D11, by="andrei vorobyov", cue="Seven of the injured were in hospital, he said"),
        g("evacuated", 120, "russia", q="approx", scope="event", as_of=D11, by="regional emergencies ministry", cue="About 120 residents of damaged buildings were evacuated overnight", note="four airports and 200 flights are not figures."),
        g("displaced", 150000, "russia", q="approx", scope="event", as_of=None, by="moscow", cue="some 150,000 residents were forced from their homes", note="the Kursk incursion of August 2024 (no day) -> event, as_of null; 1,000 km and 12 million tonnes are not figures."),
        g("projectiles", 810, "russia", scope="event", as_of=None, by=None, cue="fired 810 drones and decoys at Ukraine on one night last September", note="a night in a month with no day -> as_of null."),
    ),
    article(
        "b_rohingya_boat_undated",
        None,
        """
        Rohingya feared dead after two boats sink off Myanmar

        Two vessels carrying 514 people capsized in the Andaman Sea, UN refugee agency says

        Bangkok (AFP) — About 427 Rohingya refugees are feared to have died after two boats sank off the coast of Myanmar earlier this month, the UN refugee agency UNHCR said on Friday, in what would be the deadliest tragedy at sea involving the persecuted minority this year.

        One boat carrying 267 people sank on May 9; only 66 survived. A second vessel with 247 passengers capsized the next day, and 21 were rescued, according to the agency.

        Many of the passengers had fled camps in Cox's Bazar, Bangladesh, where more than one million Rohingya refugees live, or Rakhine state, where fighting between the Arakan Army and Myanmar's military has intensified.

        Inside Rakhine, a military air strike on a fishing village near Kyaukphyu killed at least 40 people on Tuesday, including 12 children, according to a local administrator and two residents. The Arakan Army, which now controls 14 of the state's 17 townships, said dozens more were wounded.

        Since the start of the year, some 150,000 Rohingya have arrived in Bangladesh fleeing the fighting, the Bangladeshi government says. The UN estimates that 3.5 million people are now displaced across Myanmar, up from about one million before the 2021 coup.

        The junta has also been accused of forcibly conscripting Rohingya men. Rights group Fortify Rights said the army had detained "hundreds" of young men in Sittwe since February.
        """,
        g("killed", 427, "myanmar", q="approx", scope="event", as_of=None, by="unhcr", cue="About 427 Rohingya refugees are feared to have died", note="'feared to have died' -> killed (not missing: the text counts deaths); Rohingya -> myanmar. Passengers on board (514, 267, 247), survivors and rescued are not metrics."),
        g("displaced", 1000000, "myanmar", q="lower", scope="total", as_of=None, by=None, cue="more than one million Rohingya refugees live", note="debatable: a camp population, but they are refugees of this conflict -> displaced."),
        g("killed", 40, "myanmar", q="lower", scope="event", as_of=None, by="local administrator", cue="killed at least 40 people on Tuesday", note="undated article -> as_of null."),
        g("killed", 12, "myanmar", pop="children", scope="event", as_of=None, by="local administrator", cue="including 12 children"),
        g("injured", 24, "myanmar", q="lower", scope="event", as_of=None, by="arakan army", cue="said dozens more were wounded", note="14 of 17 townships are not figures."),
        g("displaced", 150000, "myanmar", q="approx", scope="total", as_of=None, by="bangladeshi government", cue="some 150,000 Rohingya have arrived in Bangladesh fleeing the fighting"),
        g("displaced", 3500000, "myanmar", scope="total", as_of=None, by="un", cue="3.5 million people are now displaced across Myanmar"),
        g("displaced", 1000000, "myanmar", q="approx", scope="total", as_of=None, by="un", cue="up from about one million before the 2021 coup", note="an earlier level of the same toll, in the UN's sentence."),
        g("detained", 200, "myanmar", q="lower", scope="total", as_of=None, by="fortify rights", cue='detained "hundreds" of young men in Sittwe'),
    ),
    article(
        "b_afghan_pakistan_border",
        D13,
        """
        ## Pakistan, Afghanistan trade deadliest border fire in years

        12 October 2025

        *Islamabad / Kabul* — Pakistan said on Sunday that 23 of its soldiers were killed and 29 wounded in overnight clashes with Afghan Taliban forces along the border, while claiming its troops had killed "more than 200 Taliban and affiliated terrorists".

        The Taliban government's spokesman, Zabihullah Mujahid, put the number of Afghan fighters killed at nine and said 16 were wounded. He said Afghan forces had killed 58 Pakistani soldiers and captured 25 of their posts.

        Neither side's claims could be independently verified.

        The fighting, along at least seven points of the 2,600 km Durand Line, followed Pakistani air strikes in Kabul and Paktika province on Thursday that Afghan officials said killed at least 10 civilians.

        Hospitals in Kurram district reported that three Pakistani civilians were killed by mortar fire. In Spin Boldak, a Taliban district official said between 12 and 15 civilians were wounded when Pakistani shells hit homes on Saturday night. Authorities closed the Torkham and Chaman crossings, stranding hundreds of trucks.

        **Background.** Islamabad accuses Kabul of sheltering the Pakistani Taliban (TTP), which it blames for attacks that have killed more than 2,400 people in Pakistan this year, according to the Centre for Research and Security Studies. The TTP denies targeting civilians.
        """,
        g("killed", 23, "pakistan", pop="combatants", scope="event", as_of=D13, by="pakistan", cue="23 of its soldiers were killed and 29 wounded", note="overnight before the article day -> the article date."),
        g("injured", 29, "pakistan", pop="combatants", scope="event", as_of=D13, by="pakistan", cue="and 29 wounded in overnight clashes"),
        g("killed", 200, "afghanistan", pop="combatants", q="lower", scope="event", as_of=D13, by="pakistan", cue='"more than 200 Taliban and affiliated terrorists"'),
        g("killed", 9, "afghanistan", pop="combatants", scope="event", as_of=D13, by="zabihullah mujahid", cue="put the number of Afghan fighters killed at nine"),
        g("injured", 16, "afghanistan", pop="combatants", scope="event", as_of=D13, by="zabihullah mujahid", cue="said 16 were wounded"),
        g("killed", 58, "pakistan", pop="combatants", scope="event", as_of=D13, by="zabihullah mujahid", cue="had killed 58 Pakistani soldiers", note="'He said' refers back to Mujahid; 25 posts are not people."),
        g("killed", 10, "afghanistan", pop="civilians", q="lower", scope="event", as_of="2025-10-09", by="afghan officials", cue="killed at least 10 civilians", note="Thursday before Sunday 12 Oct; seven points and 2,600 km are not figures."),
        g("killed", 3, "pakistan", pop="civilians", scope="event", as_of=D13, by="hospitals in kurram district", cue="three Pakistani civilians were killed by mortar fire", note="'hundreds of trucks' is not about people."),
        g("injured", 12, "afghanistan", pop="civilians", q="range", high=15, scope="event", as_of="2025-10-11", by="taliban district official", cue="between 12 and 15 civilians were wounded", note="Saturday night before Sunday 12 Oct."),
        g("killed", 2400, "pakistan", q="lower", scope="total", as_of=D13, by="centre for research and security studies", cue="killed more than 2,400 people in Pakistan this year"),
    ),
]
# fmt: on
