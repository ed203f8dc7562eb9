# ruff: noqa: E501  (case texts are data)
"""side: the territory or party of the counted people (projectiles: who fired), across many conflicts."""

from . import DRC, case, fig

CASES = [
    case(
        "gaza-side-reservists-in-gaza-serve-israel",
        "Two reservists were killed in northern Gaza, the army said.",
        "2025-02-12",
        # no Palestinian army: soldiers and troops counted in Gaza or the West Bank are Israel's
        fig("killed", 2, "israel", population="combatants", scope="event", reported_by="army"),
    ),
    case(
        "west-bank-side-soldiers-killed-and-others-wounded-at-checkpoint",
        "A gunman opened fire at the Tayasir checkpoint east of Tubas; two soldiers were killed and eight wounded before he was shot dead.",
        "2025-02-04",
        fig("killed", 2, "israel", population="combatants", scope="event"),
        fig("injured", 8, "israel", population="combatants", scope="event"),
    ),
    case(
        "west-bank-side-palestinian-officers-stay-palestinian",
        "Palestinian security forces said two officers were killed in clashes with gunmen in Jenin.",
        "2025-01-05",
        fig(
            "killed", 2, "palestine", population="combatants", scope="event", reported_by="palestinian security forces"
        ),
    ),
    case(
        "lebanon-side-soldiers-in-lebanon-keep-lebanon",
        "Two soldiers were killed when an Israeli drone struck an army checkpoint in south Lebanon, the Lebanese army said.",
        "2024-11-10",
        fig("killed", 2, "lebanon", population="combatants", scope="event", reported_by="lebanese army"),
    ),
    case(
        "israel-side-bodies-of-hostages-are-israel-s",
        "It is believed that 101 hostages remain in Gaza, including the bodies of at least 35 confirmed dead by the army.",
        "2024-11-12",
        fig("hostages", 101, "israel", scope="total"),
        fig("killed", 35, "israel", qualifier="lower", scope="total"),
    ),
    case(
        "gaza-side-for-its-part-admitted-its-soldiers",
        "The Israeli army, for its part, admitted that two of its soldiers were seriously injured during battles in Jabalia.",
        "2024-12-05",
        fig("injured", 2, "israel", population="combatants", scope="event", reported_by="israeli army"),
    ),
    case(
        "yemen-side-quoted-weapon-name-is-no-place",
        'The Houthis said they targeted Jaffa with two drones of the "Yafa" type and a "Palestine 2" missile.',
        "2025-04-22",
        fig("projectiles", 2, "yemen", unit="projectile", scope="event", reported_by="houthis"),
    ),
    case(
        "somalia-side-airport-named-after-a-person",
        "Al-Shabaab fired five mortar shells at the area around Aden Adde International Airport, injuring three civilians in Mogadishu, police said.",
        "2024-09-09",
        # "Aden" is part of the airport's name (a person's), not the Yemeni city
        fig("projectiles", 5, "somalia", unit="projectile", scope="event", reported_by="police"),
        fig("injured", 3, "somalia", population="civilians", scope="event", reported_by="police"),
    ),
    case(
        "drc-side-border-named-by-demonym-is-no-side",
        "Fighting went on near the Rwandan border on Tuesday. At least 80 children were wounded in Goma, UNICEF said.",
        "2025-01-31",
        # "the Rwandan border" is a line between two sides; Goma places the wounded
        fig("injured", 80, DRC, population="children", qualifier="lower", reported_by="unicef"),
    ),
    case(
        "lebanon-side-border-town-keeps-its-side",
        "An Israeli drone strike on the Lebanese border town of Khiam killed two people, the health ministry said.",
        "2024-06-01",
        fig("killed", 2, "lebanon", scope="event", reported_by="health ministry"),
    ),
    case(
        "israel-side-border-after-demonym-people",
        "Three Israeli civilians were wounded near the Lebanese border on Saturday, the army said.",
        "2024-06-03",
        fig("injured", 3, "israel", population="civilians", scope="event", as_of="2024-06-01", reported_by="army"),
    ),
    case(
        "ukraine-side-kharkiv",
        "A Russian glide bomb killed three people in Kharkiv, the city's mayor said.",
        "2024-05-31",
        fig("killed", 3, "ukraine", reported_by="mayor"),
    ),
    case(
        "russia-side-belgorod-civilians",
        "Ukrainian shelling killed two civilians in the Belgorod region, the governor said.",
        "2024-03-18",
        fig("killed", 2, "russia", population="civilians", reported_by="governor"),
    ),
    case(
        "sudan-side-el-fasher",
        "Shelling by the RSF killed 10 people in El Fasher, a local resistance committee said.",
        "2024-06-15",
        fig("killed", 10, "sudan", reported_by="local resistance committee"),
    ),
    case(
        "syria-side-aleppo",
        "A car bomb at a checkpoint in Aleppo killed six people.",
        "2023-11-15",
        fig("killed", 6, "syria"),
    ),
    case(
        "syria-side-idlib-russian-strikes",
        "Russian air strikes killed 13 people in Idlib, the White Helmets rescue group said.",
        "2024-10-25",
        # The strikes were Russian but the dead are in Syria.
        fig("killed", 13, "syria", reported_by="white helmets"),
    ),
    case(
        "yemen-side-sanaa",
        "US strikes on Sanaa killed 12 people, the Houthi-run health ministry said.",
        "2025-04-28",
        fig("killed", 12, "yemen", reported_by="houthi-run health ministry"),
    ),
    case(
        "yemen-side-houthi-missiles",
        "The Houthis fired two ballistic missiles at central Israel on Thursday.",
        "2025-05-09",
        fig("projectiles", 2, "yemen", scope="event", as_of="2025-05-08"),
    ),
    case(
        "myanmar-side-rakhine",
        "Junta air strikes killed 40 people in Rakhine state, the Arakan Army said.",
        "2024-01-09",
        fig("killed", 40, "myanmar", reported_by="arakan army"),
    ),
    case(
        "iran-side-israeli-strikes",
        "Israeli strikes on Iran have killed 224 people, Iran's health ministry said.",
        "2025-06-16",
        fig("killed", 224, "iran", reported_by="iran's health ministry"),
    ),
    case(
        "israel-side-iranian-missiles",
        "Iranian missiles have killed 24 people in Israel, the prime minister's office said.",
        "2025-06-19",
        fig("killed", 24, "israel", reported_by="prime minister's office"),
    ),
    case(
        "iraq-side-kataib-hezbollah",
        "A drone strike in Baghdad killed three members of Kataib Hezbollah, an Iraqi security official said.",
        "2024-02-08",
        # Kataib Hezbollah is an Iraqi militia: the name does not make it Lebanese.
        fig("killed", 3, "iraq", population="combatants", reported_by="iraqi security official"),
    ),
    case(
        "gaza-side-palestinian-enclave",
        "Israel's bombardment has killed 120 people in the Palestinian enclave this week.",
        "2024-12-20",
        fig("killed", 120, "gaza"),
    ),
    case(
        "west-bank-side-jenin",
        "Israeli forces killed four Palestinians in a raid on Jenin, the Palestinian health ministry said.",
        "2024-06-06",
        fig("killed", 4, "west-bank", reported_by="palestinian health ministry"),
    ),
    case(
        "west-bank-side-nablus-settlers",
        "Settlers wounded 10 Palestinians in an attack on a village near Nablus.",
        "2024-04-13",
        fig("injured", 10, "west-bank"),
    ),
    case(
        "lebanon-side-hezbollah-drones",
        "Hezbollah launched 40 drones at northern Israel, the group said.",
        "2024-10-14",
        fig("projectiles", 40, "lebanon", reported_by=("hezbollah", "group")),
    ),
    case(
        "israel-side-artillery-into-lebanon",
        "Israeli artillery fired 200 shells at villages in southern Lebanon, the state news agency said.",
        "2024-07-30",
        # Projectiles take the side that fired them.
        fig("projectiles", 200, "israel", reported_by="state news agency"),
    ),
    case(
        "drc-side-goma-m23",
        "M23 rebels killed 16 people in an attack on a camp for displaced people near Goma.",
        "2024-05-04",
        fig("killed", 16, DRC),
    ),
    case(
        "ethiopia-side-tigray",
        "Drone strikes in Tigray killed 56 civilians, the region's health bureau said.",
        "2022-01-10",
        fig("killed", 56, "ethiopia", population="civilians", reported_by="health bureau"),
    ),
    case(
        "haiti-side-port-au-prince",
        "Gangs killed 25 people in the Cite Soleil district of Port-au-Prince, human rights groups said.",
        "2024-12-09",
        fig("killed", 25, "haiti", reported_by="human rights groups"),
    ),
    case(
        "somalia-side-mogadishu",
        "A car bomb in Mogadishu killed nine people, police said.",
        "2024-10-17",
        fig("killed", 9, "somalia", reported_by="police"),
    ),
    case(
        "palestine-side-prisoners",
        "Israel is holding more than 9,000 Palestinians in its prisons, rights groups say.",
        "2024-07-10",
        # Palestinians with no narrower place -> palestine.
        fig("detained", 9000, "palestine", qualifier="lower", reported_by="rights groups"),
    ),
    case(
        "unknown-side-checkpoint",
        "An explosion at a checkpoint killed nine people, officials said.",
        "2024-09-02",
        fig("killed", 9, "unknown", reported_by="officials"),
    ),
    case(
        "russia-side-troops-near-pokrovsk",
        "Ukraine said its forces killed 40 Russian soldiers near Pokrovsk.",
        "2024-12-16",
        fig("killed", 40, "russia", population="combatants", reported_by="ukraine"),
    ),
    case(
        "ukraine-side-soldiers-captured-kursk",
        "Russia says it captured 12 Ukrainian soldiers in the Kursk region.",
        "2024-09-20",
        fig("detained", 12, "ukraine", population="combatants", reported_by="russia"),
    ),
    case(
        "ukraine-side-drones-at-moscow",
        "Ukraine launched 337 drones at Moscow and other Russian regions overnight, Russia's defence ministry said.",
        "2025-03-11",
        fig(
            "projectiles",
            337,
            "ukraine",
            reported_by=("russia's defence ministry", "russian defence ministry", "defence ministry"),
        ),
    ),
    case(
        "gaza-side-captives-still-in-gaza-are-israel-s",
        "Israel says roughly 48 captives are still in Gaza, about 20 of them believed to be alive.",
        "2025-09-01",
        fig("hostages", 48, "israel", qualifier="approx", scope="total"),
        fig("hostages", 20, "israel", qualifier="approx", scope="total"),
        exhaustive=False,
    ),
    case(
        "israel-side-october-7-background-sentence",
        "The war began after Hamas-led fighters attacked Israel on October 7, 2023, killing about 1,200 people and taking some 250 hostages back to Gaza.",
        "2025-03-18",
        fig("killed", 1200, "israel", qualifier="approx", scope="event", as_of="2023-10-07"),
        fig("hostages", 250, "israel", qualifier="approx", as_of="2023-10-07"),
    ),
    case(
        "israel-side-according-to-is-not-a-destination",
        "Gunmen stormed southern Israel on October 7, killing some 1,200 people and seizing 251 hostages, according to Israeli tallies.",
        "2024-10-07",
        fig("killed", 1200, "israel", qualifier="approx"),
        fig("hostages", 251, "israel"),
    ),
    case(
        "israel-side-its-death-toll-is-the-army-s-own",
        "The Israeli military said a reservist was killed in Khan Younis on Sunday, bringing its death toll in the ground offensive to 331.",
        "2024-07-21",
        fig("killed", 331, "israel", population="combatants", scope="total", reported_by="israeli military"),
    ),
    case(
        "israel-side-number-of-troops-killed-to-n",
        "The Israel Defense Forces said the deaths raised the number of troops killed since the ground operation began to 52.",
        "2023-11-20",
        fig("killed", 52, "israel", population="combatants", scope="total"),
    ),
    case(
        "russia-side-generic-military-named-earlier-in-the-text",
        "The Russian army pressed its offensive near Pokrovsk. Kyiv shot down 40 drones overnight. The army says 19 of its soldiers have been killed since Monday.",
        "2025-02-05",
        fig("projectiles", 40, "russia"),
        fig("killed", 19, "russia", population="combatants"),
        exhaustive=False,
    ),
    case(
        "ukraine-side-defender-named-so-the-other-side-fired",
        "Ukraine's air force said it downed 52 drones overnight over the Kharkiv and Sumy regions.",
        "2025-06-02",
        fig("projectiles", 52, "russia", scope="event"),
    ),
    case(
        "israel-side-hostages-released-from-gaza",
        "Hamas released seven hostages from Gaza on Monday under the ceasefire deal.",
        "2025-10-13",
        fig("hostages", 7, "israel"),
    ),
    case(
        "russia-side-general-staff-reports-the-enemy-s-losses",
        "Ukraine's General Staff said Russia had lost 912,000 troops since the invasion, including 1,150 over the past day.",
        "2025-05-20",
        fig("killed", 912000, "russia", population="combatants", scope="total"),
        fig("killed", 1150, "russia", population="combatants"),
    ),
    case(
        "sudan-side-envoy-s-country-is-not-the-victims",
        "Former US envoy Tom Perriello has said the war in Sudan may have killed up to 150,000 people.",
        "2025-04-15",
        fig("killed", 150000, "sudan", qualifier="upper"),
    ),
    case(
        "israel-side-hostages-remaining-in-gaza",
        "With the latest release, 94 of the 251 hostages abducted on October 7 remain in Gaza.",
        "2025-01-20",
        fig("hostages", 94, "israel"),
        fig("hostages", 251, "israel"),
        exhaustive=False,
    ),
    case(
        "syria-side-alawites-are-syrians",
        "Some 900 Alawites have crossed into northern Lebanon since Friday, according to the UN refugee agency.",
        "2025-03-10",
        fig("displaced", 900, "syria", qualifier="approx"),
    ),
    case(
        "south-sudan-side-places-of-upper-nile",
        "Fighting in Nasir and Fangak has killed at least 60 people this month, local officials said.",
        "2025-04-12",
        fig("killed", 60, "south-sudan", qualifier="lower"),
    ),
    case(
        "pakistan-side-own-soldiers-despite-a-later-claim",
        "Pakistan said 18 of its soldiers were killed in clashes on the Afghan border, while claiming its troops had killed dozens of Taliban fighters.",
        "2025-10-12",
        fig("killed", 18, "pakistan", population="combatants"),
        exhaustive=False,
    ),
    case(
        "israel-side-possessive-military-named-before",
        "Israel's military struck targets in Khan Younis overnight. The military says 740 soldiers have been killed since the war began.",
        "2024-10-20",
        fig("killed", 740, "israel", population="combatants"),
    ),
    case(
        "yemen-side-attack-of-the-american-campaign-is-the-attacker",
        "U.S. airstrikes on the port of Hodeidah in Yemen killed 38 people on Thursday, the Houthis said, the deadliest attack of the American campaign so far.",
        "2025-04-18",
        fig("killed", 38, "yemen"),
    ),
    case(
        "north-korea-side-singular-demonym",
        "South Korea's spy agency said about 300 North Korean soldiers had been killed fighting for Russia in Kursk.",
        "2025-01-13",
        fig("killed", 300, "north-korea", population="combatants", qualifier="approx"),
    ),
    case(
        "yemen-side-a-ship-s-crew-names-no-country",
        "The Houthis attacked a bulk carrier in the Red Sea off Yemen, killing at least three crew members and wounding two, the EU naval force said.",
        "2025-07-09",
        fig("killed", 3, "unknown", qualifier="lower"),
        fig("injured", 2, "unknown"),
    ),
    case(
        "israel-side-hostages-freed-from-gaza-are-israel-s",
        "During the truce, militants in Gaza freed 105 hostages in exchange for 240 Palestinian prisoners.",
        "2023-12-01",
        fig("hostages", 105, "israel"),
        fig("detained", 240, "palestine"),
    ),
    case(
        "israel-side-on-the-israeli-side",
        "Hezbollah fire has killed 26 civilians on the Israeli side of the border since October, officials in Lebanon and Israel say.",
        "2024-09-19",
        fig("killed", 26, "israel", population="civilians"),
    ),
    case(
        "ukraine-side-a-military-administration-reports-it-does-not-attack",
        "In the capital, 19 people were killed and more than 60 were injured, Kyiv's military administration said.",
        "2024-07-08",
        fig("killed", 19, "ukraine"),
        fig("injured", 60, "ukraine", qualifier="lower"),
    ),
    case(
        "sudan-side-fled-a-town-is-where-they-came-from",
        "The IOM said more than 30,000 people fled El Fasher between 26 and 29 October.",
        "2025-10-30",
        fig("displaced", 30000, "sudan", qualifier="lower"),
    ),
    case(
        "israel-side-place-after-an-according-to-phrase",
        "The fighting uprooted more than 1.2 million people in Lebanon, according to Lebanese authorities, while some 60,000 residents of northern Israel were evacuated from their homes.",
        "2024-11-27",
        fig("displaced", 1200000, "lebanon", qualifier="lower", reported_by="lebanese authorities"),
        fig("evacuated", 60000, "israel", qualifier="approx"),
        exhaustive=True,
    ),
    case(
        "nigeria-side-niger-state-is-in-nigeria",
        "Bandits killed 23 villagers in an attack in Niger State, police said on Saturday.",
        "2025-09-13",
        fig("killed", 23, "nigeria", scope="event", reported_by="police"),
    ),
    case(
        "west-bank-side-the-territory-after-the-noun",
        "Since the Gaza war began, Israeli forces and settlers have killed at least 900 Palestinians in the West Bank, the ministry says.",
        "2025-03-01",
        fig("killed", 900, "west-bank", qualifier="lower", scope="total", reported_by="ministry"),
    ),
    case(
        "drc-side-a-troop-contributor-names-its-own-dead",
        "Tanzania said two of its peacekeepers were killed when rebels shelled their base near Sake.",
        "2025-01-27",
        fig("killed", 2, "tanzania", population="combatants", reported_by="tanzania"),
    ),
    case(
        "gaza-sides-slash-dateline-is-no-territory",
        "Amman/Ramallah - At least 37 Palestinians were killed in Israeli strikes across the Gaza Strip on Thursday, "
        "the health ministry said.",
        "2025-05-02",
        fig("killed", 37, "gaza", qualifier="lower", scope="event", as_of="2025-05-01", reported_by="health ministry"),
    ),
    case(
        "sudan-sides-fled-a-town-towards-another-of-the-same-country",
        "More than 30,000 people have fled El Fasher towards Tawila since the paramilitaries took the city, the IOM said.",
        "2025-10-30",
        fig("displaced", 30000, "sudan", qualifier="lower", reported_by="iom"),
    ),
    case(
        "sudan-sides-abducted-on-the-road-to-a-town",
        "Survivors said RSF fighters abducted dozens of men on the road to Tawila, south-west of El Fasher.",
        "2025-11-05",
        fig("hostages", 24, "sudan", qualifier="lower", reported_by="survivors"),
    ),
    case(
        "sudan-sides-a-wrapped-bullet-list-keeps-its-place-names",
        "Key points:\n"
        "- WHO says more than 400 patients and their companions were killed at the Saudi Maternity\n"
        "  Hospital in El Fasher.\n"
        "- IOM says about 80,000 people have fled El\n"
        "  Fasher since the city fell.\n",
        "2025-11-04",
        fig("killed", 400, "sudan", qualifier="lower", reported_by="who"),
        fig("displaced", 80000, "sudan", qualifier="approx", reported_by="iom"),
        exhaustive=False,
    ),
    case(
        "israel-sides-one-reservist-lost-is-its-own",
        "The Israeli military said it had lost one reservist in the Jenin operation.",
        "2025-02-02",
        fig("killed", 1, "israel", population="combatants", reported_by="israeli military"),
    ),
    case(
        "nagorno-karabakh-sides-the-territory-has-its-own-slug",
        "More than 100,000 Karabakh Armenians have fled to Armenia since the offensive, the government in Yerevan said.",
        "2023-09-30",
        fig("displaced", 100000, "nagorno-karabakh", qualifier="lower", reported_by="government in yerevan"),
    ),
    case(
        "lebanon-sides-devices-carried-by-members-name-no-attacker",
        "On Wednesday hundreds of radios carried by Hezbollah members exploded across the south, killing 9 people"
        " and wounding more than 300, the health ministry said.",
        "2024-09-19",
        fig("killed", 9, "lebanon", reported_by="health ministry"),
        fig("injured", 300, "lebanon", qualifier="lower", reported_by="health ministry"),
    ),
    case(
        "israel-sides-killed-by-fire-from-the-other-side",
        "Israeli officials say 31 civilians and 60 soldiers have been killed by fire from Lebanon since October.",
        "2024-11-20",
        fig("killed", 31, "israel", population="civilians"),
        fig("killed", 60, "israel", population="combatants"),
    ),
    case(
        "yemen-sides-the-speakers-country-is-not-the-shooter",
        "The Houthis claimed another attack on Eilat on Monday. Israel's military says the group has launched more"
        " than 40 missiles and dozens of drones at Israel since May.",
        "2025-07-08",
        fig("projectiles", 40, "yemen", qualifier="lower", reported_by="israeli military"),
        fig("projectiles", 24, "yemen", qualifier="lower", reported_by="israeli military"),
    ),
    case(
        "gaza-sides-the-captors-custody-is-not-the-detainees-side",
        "At least 900 health workers have been killed in Gaza, the ministry said, and more than 120 remain in"
        " Israeli detention.",
        "2025-03-20",
        fig("killed", 900, "gaza", population="medics", qualifier="lower"),
        fig("detained", 120, "gaza", qualifier="lower"),
        exhaustive=False,
    ),
    case(
        "west-bank-sides-the-clauses-place-beats-the-wars-name",
        "Since the Gaza war began, more than 850 Palestinians have been killed in the West Bank by troops or"
        " settlers, the UN says.",
        "2025-01-15",
        fig("killed", 850, "west-bank", qualifier="lower", reported_by="un"),
    ),
    case(
        "palestine-sides-both-territories-named-keep-palestine",
        "Israeli forces have detained at least 70 Palestinian journalists in the West Bank and Gaza since the war"
        " began.",
        "2025-05-03",
        fig("detained", 70, "palestine", population="journalists", qualifier="lower"),
    ),
    case(
        "palestine-sides-prisoners-held-in-its-jails-come-from-anywhere",
        "The truce in Gaza took hold on Sunday. Israel agreed to release about 1,000 Palestinians held in its jails.",
        "2025-01-19",
        fig("detained", 1000, "palestine", qualifier="approx"),
    ),
    case(
        "gaza-sides-a-place-in-another-clause-yields-to-the-context",
        "Almost everyone in Gaza has had to flee at least once. About 600,000 people have been displaced again"
        " since March, when Israel broke off the truce and resumed its offensive.",
        "2025-05-20",
        fig("displaced", 600000, "gaza", qualifier="approx"),
    ),
    case(
        "drc-sides-fleeing-to-a-town-of-the-same-country",
        "M23 rebels advanced on Lubero in North Kivu on Monday. More than 40,000 people have fled to Butembo"
        " since the weekend, aid groups said.",
        "2024-11-18",
        fig("displaced", 40000, DRC, qualifier="lower", reported_by="aid groups"),
    ),
    case(
        "mali-sides-a-countrys-armed-group-abroad-is-not-that-wars-party",
        "Wagner fighters and Malian soldiers killed at least 25 civilians in a village in central Mali, residents"
        " said.",
        "2024-03-05",
        fig("killed", 25, "mali", population="civilians", qualifier="lower", reported_by="residents"),
    ),
    case(
        "russia-sides-a-kursk-town-from-the-gazetteer",
        "Six civilians were killed in Sudzha when a shell hit a bus station, the regional governor said.",
        "2024-08-20",
        fig("killed", 6, "russia", population="civilians", reported_by="regional governor"),
    ),
    case(
        "iran-side-neighbour-past-the-border-is-no-side",
        "Gunmen attacked a police post in Iran's Sistan-Baluchestan province overnight. Four police officers were killed in the Mirjaveh area, near the border with Pakistan.",
        "2025-03-02",
        fig("killed", 4, "iran", population="combatants"),
    ),
    case(
        "iran-side-coordinated-attackers-are-no-place",
        "Iran's health ministry says 610 people were killed in Israeli and American strikes.",
        "2025-07-01",
        fig("killed", 610, "iran"),
    ),
    case(
        "ukraine-side-actor-of-a-full-scale-invasion",
        "Since Russia's full-scale invasion, at least 12,000 civilians have been killed, UN monitors say.",
        "2025-03-01",
        fig("killed", 12000, "ukraine", population="civilians", qualifier="lower", scope="total"),
    ),
    case(
        "myanmar-side-dateline-country-is-where-the-reporter-files",
        "BANGKOK, Thailand - At least 12 people were killed when junta jets bombed a village in Sagaing region, residents said.",
        "2025-03-01",
        fig("killed", 12, "myanmar", qualifier="lower", reported_by="residents"),
    ),
    case(
        "myanmar-side-dateline-country-when-nothing-else-names-one",
        "YANGON, Myanmar - Soldiers shot dead 12 protesters on Sunday.",
        "2025-03-03",
        fig("killed", 12, "myanmar", as_of="2025-03-02"),
    ),
    case(
        "lebanon-side-the-accused-did-the-harm",
        "The health ministry in Beirut updated its count on Monday. Among the dead are 40 paramedics, according to the ministry, which accuses Israel of targeting ambulances.",
        "2024-11-04",
        fig("killed", 40, "lebanon", population="medics"),
    ),
    case(
        "iran-side-the-party-collaborated-with-is-no-side",
        "Inside Iran, security forces swept through several cities. Police said 700 people had been arrested on charges of spying for or collaborating with Israel.",
        "2025-07-01",
        fig("detained", 700, "iran", reported_by="police"),
    ),
]
