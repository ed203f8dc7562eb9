# ruff: noqa: E501  (case texts are data)
"""Numbers that are not figures (years, ages, dates, times, durations, money, ...): nothing, or only the real figure."""

from . import case, fig

CASES = [
    case(
        "armenia-non-figure-hotline-number-after-a-label",
        "Hotline for forcibly displaced persons: 1-14 (free of charge)",
        "2023-09-30",
    ),
    case(
        "sudan-nonfig-year",
        "The war that began in April 2023 between the army and the RSF shows no sign of ending.",
        "2024-10-01",
    ),
    case(
        "sudan-nonfig-age-single-child",
        "A 12-year-old boy was killed by a sniper in Omdurman, his family said.",
        "2024-02-11",
        # One unnumbered person ("a boy") and an age: no count is stated (as the seed gold skips single killings).
    ),
    case(
        "ukraine-nonfig-age-inside-real-figure",
        "Five people, including a 12-year-old girl, were killed in the strike on Odesa.",
        "2024-03-16",
        fig("killed", 5, "ukraine"),
    ),
    case(
        "gaza-nonfig-dates",
        "The ceasefire took effect on 19 January 2025 and collapsed on 18 March.",
        "2025-03-20",
    ),
    case(
        "israel-nonfig-times",
        "Sirens sounded in Haifa at 7am and again at 11:30 local time.",
        "2024-09-23",
    ),
    case(
        "israel-nonfig-duration-with-hostage-word",
        "After 15 months in captivity, the hostage was returned to her family in Tel Aviv.",
        "2025-01-20",
    ),
    case(
        "palestine-nonfig-anniversary",
        "Palestinians marked 76 years since the Nakba with marches across the West Bank.",
        "2024-05-15",
    ),
    case(
        "gaza-nonfig-percentages",
        "About 70 per cent of the dead are women and children, and 60% of buildings have been damaged, the UN says.",
        "2024-05-08",
        # "70 per cent of the dead" is a share, not a count (FIGURES.md).
    ),
    case(
        "sudan-nonfig-money-near-metric-word",
        "The EU pledged $2 million in aid for the displaced, and the World Bank put reconstruction needs at $1.5bn.",
        "2024-04-15",
    ),
    case(
        "un-nonfig-vote-counts",
        "The General Assembly resolution passed by 153 votes to 10, with 23 abstentions.",
        "2023-12-12",
    ),
    case(
        "gaza-nonfig-ordinal",
        "It was the third strike on the Nuseirat camp this week, and the 14th since the truce ended.",
        "2024-06-10",
    ),
    case(
        "lebanon-nonfig-the-two-men",
        "The two men discussed a ceasefire and the release of the hostages held in Gaza.",
        "2024-05-15",
    ),
    case(
        "syria-nonfig-three-groups",
        "Three groups claimed responsibility for the attack in Idlib.",
        "2024-08-21",
    ),
    case(
        "gaza-nonfig-two-hospitals",
        "Israeli troops raided two hospitals in northern Gaza, forcing doctors to leave.",
        "2024-10-25",
    ),
    case(
        "ukraine-nonfig-distance",
        "The missile hit a village 40 km (25 miles) from the front line.",
        "2024-08-30",
    ),
    case(
        "drc-nonfig-phone-number",
        "Families can call the Red Cross hotline on 0800 44 55 66 for news of missing relatives.",
        "2025-02-05",
    ),
    case(
        "lebanon-nonfig-resolution-numbers",
        "Resolution 1701 ended the 2006 war, and Resolution 2728 demanded a ceasefire in Gaza.",
        "2024-10-10",
    ),
    case(
        "gaza-nonfig-unit-names",
        "Brigade 36 withdrew from Khan Younis, while the 162nd Division moved into Rafah.",
        "2024-04-08",
    ),
    case(
        "lebanon-nonfig-one-of-the-dead",
        "One of the dead was a local photographer, his colleagues said.",
        "2024-11-18",
    ),
    case(
        "gaza-nonfig-trucks-and-buildings",
        "Twelve aid trucks entered Gaza on Sunday, and three buildings were destroyed in Jabalia.",
        "2024-11-04",
    ),
    case(
        "gaza-nonfig-population-size",
        "Gaza, home to some 2.3 million people, has been under bombardment for months.",
        "2024-03-01",
    ),
    case(
        "ukraine-nonfig-weapon-names",
        "Russia struck Kharkiv with S-300 missiles, and Ukraine answered with F-16 jets and 155mm shells.",
        "2024-08-05",
        # Missiles and shells with no count: no projectiles figure.
    ),
    case(
        "gaza-nonfig-bomb-weight",
        "Experts said a 2,000-pound bomb and a 500kg bomb were used in the strike on the tent camp.",
        "2024-05-28",
    ),
    case(
        "myanmar-nonfig-age-range",
        "The junta's conscription law applies to men aged between 18 and 35.",
        "2024-02-12",
    ),
    case(
        "gaza-nonfig-targets-struck",
        "Israel says it has struck more than 40,000 targets in Gaza.",
        "2024-10-07",
        # Targets are neither people nor projectiles.
    ),
    case(
        "lebanon-nonfig-attacks-count",
        "Hezbollah has carried out thousands of attacks on Israeli positions since October.",
        "2024-06-20",
        # Attacks are not projectiles (as in the seed gold).
    ),
    case(
        "ukraine-nonfig-launchers-destroyed",
        "The army said it had destroyed 30 rocket launchers and 12 tanks in the past week.",
        "2024-07-15",
    ),
    case(
        "israel-nonfig-days-of-war",
        "On the 600th day of the war, thousands protested in Tel Aviv for a deal to free the hostages.",
        "2025-05-28",
        # "thousands" here are protesters, not people killed, held or displaced.
    ),
    case(
        "haiti-nonfig-housing-units",
        "Gangs burned more than 4,000 homes in the commune of Croix-des-Bouquets.",
        "2024-12-01",
        # Homes, not people; the number of people made homeless is not stated.
    ),
    case(
        "drc-non-figure-families-are-not-people",
        '"We are sleeping in the school with 120 other families," said Furaha, who fled fighting near Goma in DR Congo.',
        "2025-01-29",
    ),
    case(
        "lebanon-non-figure-age-after-a-single-name",
        '"We left with nothing but the car," said Mariam, 42, who fled from Nabatieh to Sidon in Lebanon.',
        "2024-09-25",
    ),
    case(
        "myanmar-non-figure-aircraft-are-not-projectiles",
        "Two Y-12 aircraft dropped bombs on a monastery in Myanmar's Sagaing region, residents said.",
        "2025-05-14",
    ),
    case(
        "haiti-non-figure-inmates-freed-in-a-jailbreak",
        "About 3,500 inmates were freed when gangs stormed the prison in Port-au-Prince in Haiti.",
        "2024-03-05",
    ),
    case(
        "pakistan-non-figure-border-posts-are-not-people",
        "The Taliban said 19 Pakistani border posts had been captured in Kurram in Pakistan.",
        "2025-10-12",
    ),
    case(
        "yemen-non-figure-reaper-drones-are-aircraft",
        "The Houthis say they have shot down 19 U.S. MQ-9 Reaper drones over Yemen since October.",
        "2025-04-22",
    ),
    case(
        "gaza-non-figure-nine-in-ten-is-a-share",
        "Nine in ten people across the Gaza Strip have been displaced, the UN says.",
        "2024-12-12",
    ),
    case(
        "israel-non-figure-a-community-numbers-n",
        "Israel's Druze community numbers around 150,000 people.",
        "2025-07-16",
    ),
    case(
        "myanmar-non-figure-strikes-are-not-people",
        "Since the quake, the military in Myanmar has carried out at least 243 air and drone strikes, a monitor said.",
        "2025-05-13",
    ),
    case(
        "drc-non-figure-a-prison-escape-is-not-displacement",
        "During a mass escape from Munzenze prison in Goma in DR Congo, more than 3,000 inmates fled.",
        "2025-01-29",
    ),
    case(
        "yemen-non-figure-quoted-missile-name",
        'The Houthis said they fired a "Palestine 2" hypersonic missile at Ben Gurion airport.',
        "2025-05-04",
    ),
    case(
        "lebanon-non-figure-quoted-rocket-name",
        'Hezbollah said it targeted a base near Safed with "Burkan 3" rockets on Sunday.',
        "2024-10-13",
    ),
    case(
        "ukraine-non-figure-evacuating-villages",
        "Authorities in Sumy ordered the evacuation of 11 more villages near the Russian border.",
        "2025-06-17",
    ),
    case(
        "russia-non-figure-regions-targeted",
        "The defence ministry said 95 Ukrainian drones were launched at 8 regions overnight.",
        "2025-03-11",
        fig("projectiles", 95, "ukraine", reported_by="defence ministry"),
    ),
    case(
        "jordan-non-figure-an-outpost-named-by-number",
        "The drone struck the Tower 22 outpost in Jordan, killing three American soldiers.",
        "2024-01-29",
        fig("killed", 3, "united-states", population="combatants"),
    ),
    case(
        "somalia-non-figure-two-officers-told-are-the-speakers",
        "Dozens of Somali soldiers were still unaccounted for after the raid on the base near Jowhar, two officers told the agency.",
        "2025-04-20",
        fig("missing", 24, "somalia", population="combatants", qualifier="lower"),
    ),
    case(
        "west-bank-non-figure-two-ages-after-aged",
        "Two brothers, aged 17 and 21, were shot dead near the camp in Tulkarm, the Palestinian health ministry said.",
        "2025-02-03",
        fig("killed", 2, "west-bank", reported_by="palestinian health ministry"),
    ),
    case(
        "ukraine-non-figure-drones-lost-in-quotes",
        'Russia launched 90 drones overnight. Air defences shot down 48 of them, while 30 were "lost" to '
        "electronic jamming, the air force said.",
        "2025-06-01",
        fig("projectiles", 90, "russia", scope="event", as_of="2025-06-01"),
    ),
    case(
        "yemen-non-figure-two-u-s-officials-told",
        "Two U.S. officials told reporters that the strikes on Hodeidah port had killed at least 40 Houthi fighters.",
        "2025-04-19",
        fig("killed", 40, "yemen", population="combatants", qualifier="lower", reported_by="two us officials"),
    ),
    case(
        "myanmar-non-figure-part-of-a-count-of-townships",
        "The Arakan Army has seized 14 of Rakhine State's 17 townships since the offensive began in 2023.",
        "2025-01-10",
    ),
    case(
        "sudan-non-figure-a-feared-displacement",
        "Aid agencies warn that an assault on Dilling could force up to 80,000 more people to flee the town.",
        "2026-01-15",
    ),
    case(
        "ukraine-non-figure-reported-killed-is-no-speaker-verb",
        "Three residents reported killed as Russian shelling hits Kherson",
        "2025-02-10",
        fig("killed", 3, "ukraine", reported_by=None),
    ),
    case(
        "ethiopia-non-figures-as-young-as-is-an-age",
        "Survivors in Amhara said more than 40 people had been killed, among them boys as young as 14.",
        "2024-02-02",
        fig("killed", 40, "ethiopia", qualifier="lower"),
    ),
    case(
        "russia-non-figures-losses-that-include-the-wounded-are-combined",
        "Kyiv puts Russian personnel losses at more than 650,000, a figure that includes the wounded.",
        "2024-10-01",
    ),
    case(
        "israel-non-figures-fire-crews-are-no-launches",
        '"We have 12 firefighting teams in the area and two fire trains on the way," a fire service spokesman'
        " said after rockets from Lebanon set fields ablaze.",
        "2024-06-04",
    ),
    case(
        "iran-non-figures-as-opens-a-clause-not-a-population",
        "Iran raises death toll from Israeli strikes to 610 as police arrest dozens of suspected spies",
        "2025-06-24",
        fig("killed", 610, "iran"),
        fig("detained", 24, "iran", qualifier="lower"),
        exhaustive=False,
    ),
    case(
        "related-link-lines-are-other-articles-headlines",
        "Strike on Kharkiv kills four\nMarch 3, 2025\n\nA Russian missile killed four people in Kharkiv on Monday, officials said.\nRead more: Ukraine and Russia swap 84 prisoners each\n[Related: 9 killed in drone attack on Sumy](https://example.com/sumy)\nRescuers pulled 12 injured people from the rubble.",
        "2025-03-03",
        fig("killed", 4, "ukraine", as_of="2025-03-03"),
        fig("injured", 12, "ukraine"),
    ),
]
