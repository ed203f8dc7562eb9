"""Ukraine: an overnight drone raid and a prisoner swap; Yemen after US strikes (Gulf daily); Syria's coastal killings
(broadcaster explainer); Iran after the June 2025 war (wire), with Israel, Qatar and Iraq."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

U1 = "2025-02-11"
UKRAINE_DRONES = article(
    "f_ukraine_overnight_drones",
    U1,
    """
    Russia attacks Ukraine with 73 drones, 2 missiles overnight; 3 killed in Kharkiv

    by Kateryna Denisova
    February 11, 2025 10:02 AM 3 min read

    Rescuers work at the site of a drone strike on a residential building in Kharkiv, Ukraine, on Feb. 11, 2025. (State Emergency Service / Telegram)

    Russia launched 73 Shahed-type attack drones and decoys and two Iskander-M ballistic missiles against Ukraine overnight on Feb. 11, the Air Force reported.

    Air defense shot down 48 of the drones over 11 oblasts, while 24 decoy drones were "lost" from radars without causing damage, the statement read. The missiles did not reach their targets.

    Kharkiv Oblast Governor Oleh Syniehubov said three people were killed and 17 injured, including two children, when a drone hit the fifth floor of a nine-story apartment building in the city's Kyivskyi district.

    In Kherson Oblast, Russian shelling killed one person and injured nine over the past day, Governor Oleksandr Prokudin said. Among the injured was a 72-year-old woman hit by a drone on a bicycle in the city of Kherson.

    Authorities in Zaporizhzhia Oblast said more than 400 residents of frontline villages, including 86 children, had been evacuated in the past week as Russian forces pressed toward the town of Huliaipole.

    Russia's Defense Ministry claimed on Tuesday that its air defenses had destroyed 41 Ukrainian drones overnight over seven Russian regions. Belgorod Oblast Governor Vyacheslav Gladkov said a drone attack on a car near Shebekino killed one person and wounded two.

    Ukraine's General Staff said Russia had lost 851,930 troops since the start of the full-scale invasion, including 1,220 over the past day. The figures, which include both killed and wounded, cannot be independently verified.

    The UN Human Rights Monitoring Mission in Ukraine says at least 12,600 civilians have been killed in Ukraine since February 2022, including more than 670 children, and warns that the real figure is likely considerably higher.

    Note from the author:

    Ukraine war latest: Kyiv Independent is running a fundraiser to support our reporting from the front line.
    """,
    g(
        "projectiles",
        73,
        "russia",
        scope="event",
        as_of=U1,
        by="ukrainian air force",
        cue="Russia launched 73 Shahed-type attack drones and decoys",
        note="headline repeats; 48 shot down and 24 'lost' are subsets of the 73, not launch counts.",
    ),
    g(
        "projectiles",
        2,
        "russia",
        scope="event",
        as_of=U1,
        by="ukrainian air force",
        cue="two Iskander-M ballistic missiles",
        note="headline '2 missiles' is the same figure.",
    ),
    g(
        "killed",
        3,
        "ukraine",
        scope="event",
        as_of=U1,
        by="kharkiv governor",
        cue="three people were killed and 17 injured",
        note="headline repeats.",
    ),
    g(
        "injured",
        17,
        "ukraine",
        scope="event",
        as_of=U1,
        by="kharkiv governor",
        cue="three people were killed and 17 injured",
    ),
    g(
        "injured",
        2,
        "ukraine",
        pop="children",
        scope="event",
        as_of=U1,
        by="kharkiv governor",
        cue="including two children",
    ),
    g(
        "killed",
        1,
        "ukraine",
        scope="event",
        as_of=U1,
        by="kherson governor",
        cue="killed one person and injured nine over the past day",
    ),
    g(
        "injured",
        9,
        "ukraine",
        scope="event",
        as_of=U1,
        by="kherson governor",
        cue="killed one person and injured nine over the past day",
        note="'72-year-old woman' is an age, not a count.",
    ),
    g(
        "evacuated",
        400,
        "ukraine",
        q="lower",
        scope="event",
        as_of=U1,
        by="zaporizhzhia authorities",
        cue="more than 400 residents of frontline villages",
        note="'in the past week' window -> event.",
    ),
    g(
        "evacuated",
        86,
        "ukraine",
        pop="children",
        scope="event",
        as_of=U1,
        by="zaporizhzhia authorities",
        cue="including 86 children",
    ),
    g(
        "projectiles",
        41,
        "ukraine",
        scope="event",
        as_of=U1,
        by="russian defence ministry",
        cue="destroyed 41 Ukrainian drones overnight",
        note="drones downed = the only count of the attack given; fired by Ukraine -> ukraine.",
    ),
    g(
        "killed",
        1,
        "russia",
        scope="event",
        as_of=U1,
        by="belgorod governor",
        cue="near Shebekino killed one person and wounded two",
    ),
    g(
        "injured",
        2,
        "russia",
        scope="event",
        as_of=U1,
        by="belgorod governor",
        cue="near Shebekino killed one person and wounded two",
    ),
    g(
        "killed",
        12600,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of=U1,
        by="un",
        cue="at least 12,600 civilians have been killed in Ukraine",
        note="'since February 2022' is a date.",
    ),
    g(
        "killed",
        851930,
        "russia",
        pop="combatants",
        scope="total",
        as_of=U1,
        by="ukrainian general staff",
        cue="Russia had lost 851,930 troops",
        note="'losses' that the text says include killed and wounded, no split: killed, as FIGURES.md ('killed if it says killed') and the earlier sets decide.",
    ),
    g(
        "killed",
        1220,
        "russia",
        pop="combatants",
        scope="event",
        as_of=U1,
        by="ukrainian general staff",
        cue="including 1,220 over the past day",
        note="as the 851,930: combined killed and wounded -> killed; 'over the past day' -> event.",
    ),
    g(
        "killed",
        670,
        "ukraine",
        pop="children",
        q="lower",
        scope="total",
        as_of=U1,
        by="un",
        cue="including more than 670 children",
    ),
)

U2 = "2025-05-24"
POW_SWAP = article(
    "f_ukraine_russia_prisoner_swap",
    U2,
    """
    Russia and Ukraine swap 307 more prisoners each on second day of biggest exchange of the war

    By AFP

    Published: 24 May 2025, 18:20 GMT

    Kyiv, Ukraine — Russia and Ukraine each freed 307 servicemen on Saturday, the second stage of a three-day exchange agreed at talks in Istanbul that is meant to bring home 1,000 prisoners from each side.

    "We are bringing our people home," Ukrainian President Volodymyr Zelensky wrote on Telegram, posting photographs of men wrapped in blue-and-yellow flags stepping off buses near the Belarusian border.

    Russia's defence ministry confirmed the figure and said the freed Russian soldiers were in Belarus receiving medical and psychological care.

    On Friday, the two countries exchanged 390 prisoners each. Zelensky said Ukraine had received 270 soldiers and 120 civilians, some of whom had been held since 2014. Russia's defence ministry said it had received 390 people, including 270 servicemen.

    Ukraine's Coordination Headquarters for the Treatment of Prisoners of War says more than 8,000 Ukrainians remain in Russian captivity. Prosecutors in Kyiv say Russian troops have executed at least 245 Ukrainian prisoners of war since the start of the full-scale invasion.

    Hours before Saturday's handover, Russia fired 250 drones and 14 ballistic missiles at Ukraine, most of them at Kyiv, the Ukrainian air force said. Kyiv mayor Vitali Klitschko said 15 people were injured, and debris set fire to a shopping centre in the Solomianskyi district.

    Russia's defence ministry said its forces had downed 788 Ukrainian drones over Russian regions since Tuesday, including dozens on the approaches to Moscow, where flights were suspended at all four airports.

    The talks in Istanbul on May 16 lasted less than two hours, and the delegations agreed only on the swap and on exchanging written proposals for a ceasefire.

    The exchange is the only concrete result of the first direct talks between the two sides since the spring of 2022. A second round has not been scheduled.

    © Agence France-Presse
    """,
    g(
        "detained",
        307,
        "ukraine",
        pop="combatants",
        scope="event",
        as_of=U2,
        cue="each freed 307 servicemen on Saturday",
        note="released prisoners of war -> detained; 'each' counts both sides: the Ukrainian 307 here, the Russian 307 below; headline repeats. The lead states it in the outlet's voice (Zelensky's quote gives no number; the ministry 'confirmed the figure' in a later sentence) -> null.",
    ),
    g(
        "detained",
        307,
        "russia",
        pop="combatants",
        scope="event",
        as_of=U2,
        cue="each freed 307 servicemen on Saturday",
    ),
    g(
        "detained",
        1000,
        "ukraine",
        scope="event",
        as_of=U2,
        cue="bring home 1,000 prisoners from each side",
        note="the agreed exchange size (a plan, debatable); one phrase, two figures (one per side).",
    ),
    g("detained", 1000, "russia", scope="event", as_of=U2, cue="bring home 1,000 prisoners from each side"),
    g(
        "detained",
        390,
        "ukraine",
        scope="event",
        as_of="2025-05-23",
        cue="exchanged 390 prisoners each",
        note="'On Friday' -> 2025-05-23; Ukrainian 390 includes civilians -> population all.",
    ),
    g(
        "detained",
        390,
        "russia",
        scope="event",
        as_of="2025-05-23",
        by="russian defence ministry",
        cue="it had received 390 people",
        note="the Russian side's 390: stated twice ('390 prisoners each', 'received 390 people'), listed once with the explicit attribution.",
    ),
    g(
        "detained",
        270,
        "ukraine",
        pop="combatants",
        scope="event",
        as_of="2025-05-23",
        by="zelensky",
        cue="Ukraine had received 270 soldiers and 120 civilians",
    ),
    g(
        "detained",
        120,
        "ukraine",
        pop="civilians",
        scope="event",
        as_of="2025-05-23",
        by="zelensky",
        cue="Ukraine had received 270 soldiers and 120 civilians",
        note="'since 2014' is a year.",
    ),
    g(
        "detained",
        270,
        "russia",
        pop="combatants",
        scope="event",
        as_of="2025-05-23",
        by="russian defence ministry",
        cue="including 270 servicemen",
    ),
    g(
        "detained",
        8000,
        "ukraine",
        q="lower",
        scope="total",
        as_of=U2,
        by="ukrainian coordination headquarters",
        cue="more than 8,000 Ukrainians remain in Russian captivity",
        note="people held in captivity (prisoners) -> detained, not hostages.",
    ),
    g(
        "killed",
        245,
        "ukraine",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=U2,
        by="ukrainian prosecutors",
        cue="executed at least 245 Ukrainian prisoners of war",
    ),
    g(
        "projectiles",
        250,
        "russia",
        scope="event",
        as_of=U2,
        by="ukrainian air force",
        cue="Russia fired 250 drones and 14 ballistic missiles",
    ),
    g(
        "projectiles",
        14,
        "russia",
        scope="event",
        as_of=U2,
        by="ukrainian air force",
        cue="250 drones and 14 ballistic missiles",
    ),
    g("injured", 15, "ukraine", scope="event", as_of=U2, by="kyiv mayor", cue="15 people were injured"),
    g(
        "projectiles",
        788,
        "ukraine",
        scope="event",
        as_of=U2,
        by="russian defence ministry",
        cue="downed 788 Ukrainian drones over Russian regions since Tuesday",
        note="drones downed = the only count given; 'dozens on the approaches to Moscow' is a subset of the 788, not annotated; 'four airports' is not a figure.",
    ),
)

Y1 = "2025-03-17"
YEMEN = article(
    "f_yemen_us_strikes_gulf_daily",
    Y1,
    """
    Houthi toll from US strikes rises to 53 as group claims second attack on aircraft carrier

    Rebels say women and children among the dead in Sanaa and Saada after Washington's biggest operation in Yemen since Trump took office

    Smoke rises after a strike on Sanaa on Sunday. AFP

    Updated: March 17, 2025, 4:39 PM

    The Houthi-run health ministry in Sanaa said on Monday that 53 people had been killed and 98 wounded in US air strikes since Saturday, including five children and two women.

    Ten members of one family were killed when a house was hit in Saada province on Sunday night, the ministry said. The US military has said it targeted radar sites, air defence systems and missile and drone launch facilities.

    Houthi military spokesman Yahya Saree said the group fired 18 ballistic and cruise missiles and a drone at the USS Harry S Truman aircraft carrier in the northern Red Sea overnight, the second such attack in 24 hours. US officials said no US ship had been hit and that 11 drones were shot down on Sunday.

    US National Security Adviser Mike Waltz told broadcasters that the strikes had killed "multiple" senior Houthi commanders. The Houthis did not confirm any deaths among their leaders.

    The Iran-backed group has attacked more than 100 merchant ships since November 2023, sinking two and killing four seafarers, in what it says is a campaign in solidarity with Palestinians in Gaza. It has also fired dozens of ballistic missiles at Israel over the same period.

    The latest escalation threatens to deepen a humanitarian crisis that the UN ranks among the world's worst. About 4.5 million Yemenis remain internally displaced after a decade of war, according to the UN refugee agency, and 19.5 million people need aid this year.

    A Saudi-led coalition intervened in Yemen in 2015 to restore the internationally recognised government after the Houthis seized the capital.

    Yemen's Houthis are holding dozens of UN and aid agency staff detained since mid-2024, the UN said last month, calling for their immediate release.
    """,
    g(
        "killed",
        53,
        "yemen",
        scope="event",
        as_of=Y1,
        by="houthi health ministry",
        cue="53 people had been killed and 98 wounded",
        note="window since Saturday -> event; headline repeats.",
    ),
    g(
        "injured",
        98,
        "yemen",
        scope="event",
        as_of=Y1,
        by="houthi health ministry",
        cue="53 people had been killed and 98 wounded",
    ),
    g(
        "killed",
        5,
        "yemen",
        pop="children",
        scope="event",
        as_of=Y1,
        by="houthi health ministry",
        cue="including five children and two women",
    ),
    g(
        "killed",
        2,
        "yemen",
        pop="women",
        scope="event",
        as_of=Y1,
        by="houthi health ministry",
        cue="including five children and two women",
    ),
    g(
        "killed",
        10,
        "yemen",
        scope="event",
        as_of="2025-03-16",
        by="houthi health ministry",
        cue="Ten members of one family were killed",
        note="spelled number at sentence start; 'Sunday night' -> 2025-03-16.",
    ),
    g(
        "projectiles",
        18,
        "yemen",
        scope="event",
        as_of=Y1,
        by="houthis",
        cue="fired 18 ballistic and cruise missiles and a drone",
        note="'a drone' is not a number; Saree speaks for the Houthis -> houthis.",
    ),
    g(
        "projectiles",
        11,
        "yemen",
        scope="event",
        as_of="2025-03-16",
        by="us officials",
        cue="11 drones were shot down on Sunday",
        note="drones downed = the only count of Sunday's attack given.",
    ),
    g(
        "killed",
        4,
        "unknown",
        scope="total",
        as_of=Y1,
        cue="killing four seafarers",
        note="crews of several nationalities -> unknown; 100 ships and two sunk ships are not figures.",
    ),
    g(
        "projectiles",
        24,
        "yemen",
        q="lower",
        scope="total",
        as_of=Y1,
        cue="fired dozens of ballistic missiles at Israel",
    ),
    g(
        "displaced",
        4500000,
        "yemen",
        q="approx",
        scope="total",
        as_of=Y1,
        by="unhcr",
        cue="About 4.5 million Yemenis remain internally displaced",
        note="'19.5 million people need aid' is not a metric.",
    ),
    g(
        "detained",
        24,
        "yemen",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of=Y1,
        by="un",
        cue="holding dozens of UN and aid agency staff detained",
        note="vague 'dozens' -> 24/lower; staff detained in Yemen, nearly all Yemeni -> yemen (debatable); 'last month' dates the UN statement, not the toll.",
    ),
)

S1 = "2025-03-10"
SYRIA = article(
    "f_syria_coast_explainer",
    S1,
    """
    Syria's coastal violence: What we know about the killings of Alawites

    10 March 2025
    Share
    Save

    By Sebastian Usher, Middle East analyst

    Mourners at a funeral in the village of Qardaha, Latakia province. Getty Images

    The worst violence Syria has seen since the fall of Bashar al-Assad's government in December has left hundreds of civilians dead on the Mediterranean coast, the heartland of the Alawite minority to which the former president belongs.

    Here is what we know.

    How many people have been killed?

    The Syrian Observatory for Human Rights (SOHR), a UK-based monitoring group, says 1,068 civilians have been killed in Latakia, Tartus and Hama provinces since Thursday, most of them Alawites shot dead in their homes or in the street.

    It says 231 members of the new government's security forces and about 250 fighters loyal to Assad have also been killed. The government has not given its own toll. A spokesman for the defence ministry said on Sunday that "a number" of its personnel had died.

    The BBC has not been able to verify the figures independently.

    Who is fleeing?

    Thousands of Alawites have sought refuge at Russia's Hmeimim air base near Jableh, according to footage verified by BBC Verify. Lebanese officials say nearly 10,000 Syrians have crossed into Lebanon's Akkar region since Friday.

    What has the government said?

    Interim President Ahmed al-Sharaa has named a seven-member committee to investigate the killings and said anyone responsible would be held accountable, "even the closest to us".

    What else is happening?

    Israeli jets struck military sites near the southern city of Daraa on Monday, killing two people, the state news agency Sana said. Israel says it wants southern Syria demilitarised.

    The civil war that began in 2011 killed more than 500,000 people and forced about half of the pre-war population of 22 million from their homes. Some 6.2 million Syrians remain refugees abroad, according to the UN.

    Related topics
    Syria
    """,
    g(
        "killed",
        1068,
        "syria",
        pop="civilians",
        scope="event",
        as_of=S1,
        by="sohr",
        cue="1,068 civilians have been killed",
        note="window 'since Thursday' -> event; 'hundreds of civilians dead' in the lead restates it (not a separate vague figure).",
    ),
    g(
        "killed",
        231,
        "syria",
        pop="combatants",
        scope="event",
        as_of=S1,
        by="sohr",
        cue="231 members of the new government's security forces",
    ),
    g(
        "killed",
        250,
        "syria",
        pop="combatants",
        q="approx",
        scope="event",
        as_of=S1,
        by="sohr",
        cue="about 250 fighters loyal to Assad",
    ),
    g(
        "displaced",
        2000,
        "syria",
        q="lower",
        scope="event",
        as_of=S1,
        cue="Thousands of Alawites have sought refuge",
        note="'families' counted in thousands: the count is of families, not people (debatable; annotated as a vague displacement figure).",
    ),
    g(
        "displaced",
        10000,
        "syria",
        q="upper",
        scope="event",
        as_of=S1,
        by="lebanese officials",
        cue="nearly 10,000 Syrians have crossed into Lebanon",
    ),
    g(
        "killed",
        2,
        "syria",
        scope="event",
        as_of=S1,
        by="sana",
        cue="killing two people",
        note="'on Monday' = the article date.",
    ),
    g(
        "killed",
        500000,
        "syria",
        q="lower",
        scope="total",
        as_of=S1,
        cue="killed more than 500,000 people",
        note="'about half of the pre-war population of 22 million' is a share of a population, not a count; 'seven-member committee' is not a figure.",
    ),
    g(
        "displaced",
        6200000,
        "syria",
        q="approx",
        scope="total",
        as_of=S1,
        by="un",
        cue="Some 6.2 million Syrians remain refugees abroad",
        note="refugees of this conflict -> displaced.",
    ),
)

I1 = "2025-06-24"
IRAN = article(
    "f_iran_israel_war_toll_wire",
    I1,
    """
    Iran says 610 killed in 12-day war as fragile ceasefire with Israel holds

    DUBAI, United Arab Emirates, June 24, 2025 (AP) — Iran's Health Ministry said Tuesday that 610 people were killed and 4,746 injured in Israeli strikes on the country since June 13, as a ceasefire brokered by U.S. President Donald Trump appeared to be holding after a shaky start.

    Ministry spokesman Hossein Kermanpour said 13 children and 49 women were among the dead. The Washington-based group Human Rights Activists in Iran, which tracks the country's casualties through a network of local sources, put the death toll at 1,054, including 417 civilians and 318 security force personnel.

    In Israel, 28 people were killed by Iranian missile fire over the same period, according to the Prime Minister's Office. The Health Ministry said 3,238 people had been taken to hospitals, most with light injuries.

    The Israeli military estimates that Iran fired about 550 ballistic missiles and roughly 1,000 drones at Israel during the war. Most were intercepted, but several missiles hit residential buildings in Tel Aviv, Bat Yam, Beersheba and Haifa. Some 9,000 Israelis have been evacuated from damaged homes, the government said.

    On Monday, Iran fired 14 missiles at Al Udeid air base in Qatar, the largest U.S. military installation in the Middle East, in retaliation for U.S. strikes on three of its nuclear sites. Qatar said 13 were intercepted and one fell in an unpopulated area; no one was hurt.

    In Iraq, a drone struck a radar installation at the Taji military base north of Baghdad overnight, wounding two soldiers, Iraqi security officials said. No group claimed the attack.

    Iran's judiciary said authorities had arrested more than 700 people accused of links to Israeli intelligence since the war began, and that three men convicted of spying had been executed on Wednesday last week.

    The war began when Israel launched a wave of strikes on Iranian nuclear and military sites, killing several top commanders and at least 14 nuclear scientists, according to Iranian officials.

    Associated Press writers Jon Gambrell in Dubai and Josef Federman in Jerusalem contributed to this report.
    """,
    g(
        "killed",
        610,
        "iran",
        scope="total",
        as_of=I1,
        by="iranian health ministry",
        cue="610 people were killed and 4,746 injured",
        note="toll of the whole 12-day war -> total; headline repeats; '12-day' is a duration.",
    ),
    g(
        "injured",
        4746,
        "iran",
        scope="total",
        as_of=I1,
        by="iranian health ministry",
        cue="610 people were killed and 4,746 injured",
    ),
    g(
        "killed",
        13,
        "iran",
        pop="children",
        scope="total",
        as_of=I1,
        by="iranian health ministry",
        cue="13 children and 49 women were among the dead",
    ),
    g(
        "killed",
        49,
        "iran",
        pop="women",
        scope="total",
        as_of=I1,
        by="iranian health ministry",
        cue="13 children and 49 women were among the dead",
    ),
    g(
        "killed",
        1054,
        "iran",
        scope="total",
        as_of=I1,
        by="human rights activists in iran",
        cue="put the death toll at 1,054",
    ),
    g(
        "killed",
        417,
        "iran",
        pop="civilians",
        scope="total",
        as_of=I1,
        by="human rights activists in iran",
        cue="including 417 civilians",
    ),
    g(
        "killed",
        318,
        "iran",
        pop="combatants",
        scope="total",
        as_of=I1,
        by="human rights activists in iran",
        cue="318 security force personnel",
    ),
    g(
        "killed",
        28,
        "israel",
        scope="total",
        as_of=I1,
        by="israeli prime minister's office",
        cue="28 people were killed by Iranian missile fire",
    ),
    g(
        "injured",
        3238,
        "israel",
        scope="total",
        as_of=I1,
        by="israeli health ministry",
        cue="3,238 people had been taken to hospitals",
        note="taken to hospital 'most with light injuries' -> injured.",
    ),
    g(
        "projectiles",
        550,
        "iran",
        q="approx",
        scope="total",
        as_of=I1,
        by="israeli military",
        cue="about 550 ballistic missiles",
    ),
    g(
        "projectiles",
        1000,
        "iran",
        q="approx",
        scope="total",
        as_of=I1,
        by="israeli military",
        cue="roughly 1,000 drones",
    ),
    g(
        "evacuated",
        9000,
        "israel",
        q="approx",
        scope="total",
        as_of=I1,
        by="israeli government",
        cue="Some 9,000 Israelis have been evacuated",
    ),
    g(
        "projectiles",
        14,
        "iran",
        scope="event",
        as_of="2025-06-23",
        cue="Iran fired 14 missiles at Al Udeid",
        note="13 intercepted and one fallen are subsets; 'three of its nuclear sites' is not a figure.",
    ),
    g(
        "injured",
        2,
        "iraq",
        pop="combatants",
        scope="event",
        as_of=I1,
        by="iraqi security officials",
        cue="wounding two soldiers",
    ),
    g(
        "detained",
        700,
        "iran",
        q="lower",
        scope="total",
        as_of=I1,
        by="iranian judiciary",
        cue="arrested more than 700 people",
    ),
    g(
        "killed",
        3,
        "iran",
        scope="event",
        as_of="2025-06-18",
        by="iranian judiciary",
        cue="three men convicted of spying had been executed",
        note="executions are deaths of the crisis (debatable); 'Wednesday last week' -> 2025-06-18.",
    ),
    g(
        "killed",
        14,
        "iran",
        q="lower",
        scope="event",
        as_of="2025-06-13",
        by="iranian officials",
        cue="at least 14 nuclear scientists",
        note="the opening strikes of June 13 -> event; scientists are civilians but the text gives no population word -> all (debatable).",
    ),
)

ARTICLES = [UKRAINE_DRONES, POW_SWAP, YEMEN, SYRIA, IRAN]
