"""Gaza (a wire story on the aid-site shootings, June 2025; a broadcaster on the ceasefire collapse, March 2025),
Lebanon (a Gulf daily on the ceasefire, November 2024) and the West Bank (an Israeli daily on the Jenin
operation, January 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

GAZA_AID = article(
    "m_gaza_aid_site_wire",
    "2025-06-03",
    """
    Israeli fire kills 27 Palestinians heading to Gaza aid site, health officials say

    By WAFAA SHURAFA and SAMY MAGDY
    Updated 4:12 PM GMT, June 3, 2025

    Palestinians carry a wounded man near the distribution site in Rafah, Gaza Strip, on Tuesday. (AP Photo/Abdel Kareem Hana)

    DEIR AL-BALAH, Gaza Strip (AP) — Israeli forces opened fire on crowds heading to a food distribution hub in southern Gaza early Tuesday, killing at least 27 people and wounding more than 90, according to Gaza's Health Ministry. It was the third deadly shooting near the sites in three days.

    The International Committee of the Red Cross said its field hospital in Rafah received 184 wounded people, the majority with gunshot wounds, and that 19 of them were declared dead on arrival.

    The Israeli military said troops fired near "several suspects" who left the designated route and approached them about half a kilometer (a third of a mile) from the site. It said it was reviewing reports of casualties.

    Witnesses said the shooting began around 4 a.m. as thousands of people walked along a coastal road toward the site run by the Gaza Humanitarian Foundation, a new U.S.-backed group. "They were shooting at us from the tanks and the drones," said Ahmed Abu Rizq, 40. "I saw at least 10 people on the ground."

    More than 100 people have been killed and hundreds wounded near the foundation's sites since they opened on May 27, the Health Ministry said.

    The U.N. human rights chief called for an independent investigation. The U.N. and major aid groups have refused to work with the new system, saying it allows Israel to use food as a weapon and cannot meet the needs of Gaza's population of around 2 million people.

    Separately, the Israeli military said two soldiers were killed in fighting in northern Gaza on Monday, bringing the number of soldiers killed since the ground offensive began in October 2023 to 423.

    The war began when Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing some 1,200 people, mostly civilians, and abducting 251. Fifty-eight hostages remain in Gaza, around a third of them believed to be alive, after most of the rest were released in ceasefire agreements or other deals.

    Israel's military offensive has killed more than 54,400 Palestinians, according to the Health Ministry, which does not say how many of the dead were civilians or combatants but says more than half were women and children. The offensive has destroyed vast areas of the territory and displaced around 90% of its people, many of them multiple times.

    ___

    Magdy reported from Cairo.

    ___

    Follow AP's war coverage at https://apnews.com/hub/israel-hamas-war

    Copyright 2025 The Associated Press. All Rights Reserved.
    """,
    g(
        "killed",
        27,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-06-03",
        by="gaza health ministry",
        cue="killing at least 27 people and wounding more than 90",
        note="headline '27' is the same figure.",
    ),
    g(
        "injured",
        90,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-06-03",
        by="gaza health ministry",
        cue="wounding more than 90",
    ),
    g(
        "injured",
        184,
        "gaza",
        scope="event",
        as_of="2025-06-03",
        by="icrc",
        cue="received 184 wounded people",
        note="reported_by: the Red Cross, short slug 'icrc' (debatable: 'red cross').",
    ),
    g(
        "killed",
        19,
        "gaza",
        scope="event",
        as_of="2025-06-03",
        by="icrc",
        cue="19 of them were declared dead on arrival",
    ),
    g(
        "killed",
        10,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-06-03",
        by="ahmed abu rizq",
        cue="I saw at least 10 people on the ground",
        note="DEBATABLE: a witness saying he saw 10 people 'on the ground' (killed or wounded unclear); annotated as killed because the quote describes the shooting's victims. Could be skipped.",
    ),
    g(
        "killed",
        100,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-06-03",
        by="gaza health ministry",
        cue="More than 100 people have been killed and hundreds wounded",
        note="window since May 27 near the sites -> event.",
    ),
    g(
        "injured",
        200,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-06-03",
        by="gaza health ministry",
        cue="hundreds wounded near the foundation's sites",
        note="vague 'hundreds' -> 200/lower.",
    ),
    g(
        "killed",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2025-06-02",
        by="israeli military",
        cue="two soldiers were killed in fighting in northern Gaza on Monday",
    ),
    g(
        "killed",
        423,
        "israel",
        pop="combatants",
        scope="total",
        as_of="2025-06-03",
        by="israeli military",
        cue="the number of soldiers killed since the ground offensive began",
        note="Israeli soldiers killed in Gaza -> side israel (the party they serve).",
    ),
    g(
        "killed",
        1200,
        "israel",
        q="approx",
        scope="event",
        as_of="2023-10-07",
        cue="killing some 1,200 people, mostly civilians",
    ),
    g("hostages", 251, "israel", scope="event", as_of="2023-10-07", cue="and abducting 251"),
    g("hostages", 58, "israel", scope="total", as_of="2025-06-03", cue="Fifty-eight hostages remain in Gaza"),
    g(
        "killed",
        54400,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-06-03",
        by="gaza health ministry",
        cue="has killed more than 54,400 Palestinians",
    ),
)

GAZA_CEASEFIRE = article(
    "m_gaza_ceasefire_collapse_broadcaster",
    "2025-03-18",
    """
    Israeli strikes kill hundreds across Gaza as ceasefire collapses

    Israel's military says it struck more than 80 targets overnight as it resumes its war on the besieged enclave.

    By Al Jazeera Staff
    Published On 18 Mar 2025

    Palestinians mourn relatives killed in Israeli air strikes at al-Ahli Arab Hospital in Gaza City [Dawoud Abu Alkas/Reuters]

    Israeli air strikes across the Gaza Strip have killed at least 413 Palestinians, including 174 children and 89 women, and wounded more than 660 others since the early hours of Tuesday, the Health Ministry in Gaza says, in the deadliest day in the territory since the ceasefire took effect in January.

    The Civil Defence said dozens of people remained trapped under the rubble of homes in Khan Younis, Rafah and Gaza City, and that its crews lacked the equipment to reach them.

    Israel's military said it had struck "terror targets" across the Strip and ordered residents of Beit Hanoon, Khirbet Khuza'a and eastern Khan Younis to move to shelters in the west. The UN agency for Palestinian refugees, UNRWA, said about 124,000 people had been forced to flee again within 48 hours.

    Prime Minister Benjamin Netanyahu's office said the offensive was ordered because Hamas had refused to release the remaining captives. Of the 59 captives still held in Gaza, 24 are believed to be alive. Families of the captives accused the government of abandoning them.

    Hamas said Israel had "overturned" the truce, which saw 33 Israeli captives, eight of them dead, exchanged for nearly 2,000 Palestinian prisoners in its first six-week phase.

    Before Tuesday's attacks, the Health Ministry had recorded at least 48,577 Palestinians killed and more than 112,000 wounded since October 2023. Gaza's Government Media Office puts the death toll at more than 61,700, saying thousands of people missing under the rubble are presumed dead; it counts 14,222 missing.

    UN agencies say 280 of their staff have been killed in Gaza since the war began, the highest toll in the organisation's history. The Palestinian Journalists Syndicate says at least 170 journalists have been killed.

    "The whole night was explosions. We thought the war had ended, that we could rebuild," said Umm Ahmed, 52, who fled Beit Lahiya with her six grandchildren.

    SOURCE: AL JAZEERA AND NEWS AGENCIES
    """,
    g(
        "killed",
        413,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-18",
        by="gaza health ministry",
        cue="have killed at least 413 Palestinians",
        note="one day of strikes -> event; headline 'hundreds' is the same figure.",
    ),
    g(
        "killed",
        174,
        "gaza",
        pop="children",
        scope="event",
        as_of="2025-03-18",
        by="gaza health ministry",
        cue="including 174 children",
    ),
    g(
        "killed",
        89,
        "gaza",
        pop="women",
        scope="event",
        as_of="2025-03-18",
        by="gaza health ministry",
        cue="and 89 women",
    ),
    g(
        "injured",
        660,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-18",
        by="gaza health ministry",
        cue="wounded more than 660 others",
    ),
    g(
        "missing",
        24,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-03-18",
        by="civil defence",
        cue="dozens of people remained trapped under the rubble",
        note="trapped under rubble = missing; vague 'dozens' -> 24/lower.",
    ),
    g(
        "displaced",
        124000,
        "gaza",
        q="approx",
        scope="event",
        as_of="2025-03-18",
        by="unrwa",
        cue="about 124,000 people had been forced to flee again",
        note="within 48 hours -> event.",
    ),
    g("hostages", 59, "israel", scope="total", as_of="2025-03-18", cue="Of the 59 captives still held in Gaza"),
    g(
        "hostages",
        24,
        "israel",
        scope="total",
        as_of="2025-03-18",
        cue="24 are believed to be alive",
        note="DEBATABLE: the living subset of the 59 captives; annotated as its own hostages figure like a subgroup.",
    ),
    g(
        "hostages",
        33,
        "israel",
        scope="event",
        as_of="2025-03-18",
        by="hamas",
        cue="which saw 33 Israeli captives, eight of them dead",
        note="DEBATABLE: captives released in the truce's first phase; a count of hostages, scope event (the truce phase), dated to the article (no day given).",
    ),
    g(
        "killed",
        8,
        "israel",
        scope="event",
        as_of="2025-03-18",
        by="hamas",
        cue="eight of them dead",
        note="DEBATABLE: the bodies among the 33 returned captives, a count of dead Israelis (no day of death given) -> killed, event, article date.",
    ),
    g(
        "detained",
        2000,
        "palestine",
        q="upper",
        scope="event",
        as_of="2025-03-18",
        by="hamas",
        cue="nearly 2,000 Palestinian prisoners",
        note="DEBATABLE: prisoners released in the exchange counted as detained; 'Palestinian prisoners' -> palestine; 'nearly' -> upper.",
    ),
    g(
        "killed",
        48577,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-18",
        by="gaza health ministry",
        cue="at least 48,577 Palestinians killed",
        note="the toll 'before Tuesday's attacks' is the standing total as of the day before; dated to the article (debatable: 2025-03-17).",
    ),
    g(
        "injured",
        112000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-18",
        by="gaza health ministry",
        cue="more than 112,000 wounded since October 2023",
    ),
    g(
        "killed",
        61700,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-18",
        by="government media office",
        cue="puts the death toll at more than 61,700",
    ),
    g(
        "missing",
        2000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-03-18",
        by="government media office",
        cue="thousands of people missing under the rubble",
        note="vague 'thousands' -> 2000/lower; the same missing people as the 14,222 (kept: FIGURES.md counts vague words).",
    ),
    g(
        "missing",
        14222,
        "gaza",
        scope="total",
        as_of="2025-03-18",
        by="government media office",
        cue="it counts 14,222 missing",
    ),
    g(
        "killed",
        280,
        "gaza",
        pop="aid_workers",
        scope="total",
        as_of="2025-03-18",
        by="un",
        cue="280 of their staff have been killed in Gaza",
    ),
    g(
        "killed",
        170,
        "gaza",
        pop="journalists",
        q="lower",
        scope="total",
        as_of="2025-03-18",
        by="palestinian journalists syndicate",
        cue="at least 170 journalists have been killed",
    ),
)

LEBANON = article(
    "m_lebanon_ceasefire_gulf_daily",
    "2024-11-27",
    """
    Israel-Hezbollah ceasefire takes hold as displaced Lebanese head south

    Traffic jams on the coastal highway as families return to villages despite army warnings

    Cars packed with belongings head south from Beirut on Wednesday morning. AFP

    Live updates: Follow the latest on Israel-Lebanon

    Nada Maucourant Atallah
    Nov 27, 2024

    A ceasefire between Israel and Hezbollah took effect at 4am on Wednesday, ending more than a year of cross-border fighting that escalated into full-scale war in September.

    Within hours, thousands of displaced families were driving south, ignoring calls from the Lebanese army and the Israeli military to wait before returning to villages near the border.

    Israeli attacks have killed more than 3,820 people in Lebanon since October 2023 and wounded more than 15,850, according to the Lebanese Ministry of Public Health. The ministry says 226 health workers were among the dead. It does not distinguish between civilians and fighters.

    The fighting uprooted more than 1.2 million people in Lebanon, according to Lebanese authorities, while some 60,000 residents of northern Israel were evacuated from their homes.

    Hezbollah fire has killed 45 civilians in northern Israel and the Israeli-occupied Golan Heights, and 73 Israeli soldiers have died on the border or in the ground offensive in south Lebanon, according to Israeli figures. Israel says it has killed more than 2,500 Hezbollah fighters, a figure the group has not confirmed.

    In the final hours before the truce, Israeli jets struck Beirut's southern suburbs more than 20 times. Strikes in central Beirut on Tuesday killed at least 10 people, the health ministry said. The Israeli military said Hezbollah fired about 30 projectiles at northern Israel on Tuesday, after a barrage of some 250 rockets and drones on Sunday, one of the heaviest of the war.

    Under the deal, Israel has 60 days to withdraw its forces from south Lebanon and the Lebanese army will deploy 5,000 troops to the area south of the Litani River.

    Rescuers in Baalbek said at least 15 people were still missing beneath collapsed buildings.

    "We don't know if our house is still standing. But we are going home," said Hussein, 38, a father of three from Nabatieh, stuck in traffic near Sidon.

    Updated: November 27, 2024, 1:40 PM
    """,
    g(
        "displaced",
        2000,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-11-27",
        cue="thousands of displaced families were driving south",
        note="DEBATABLE: vague 'thousands' of displaced families (families, not people) -> 2000/lower, event (this morning's returns).",
    ),
    g(
        "killed",
        3820,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-11-27",
        by="lebanese health ministry",
        cue="killed more than 3,820 people in Lebanon",
    ),
    g(
        "injured",
        15850,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-11-27",
        by="lebanese health ministry",
        cue="wounded more than 15,850",
    ),
    g(
        "killed",
        226,
        "lebanon",
        pop="medics",
        scope="total",
        as_of="2024-11-27",
        by="lebanese health ministry",
        cue="226 health workers were among the dead",
    ),
    g(
        "displaced",
        1200000,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-11-27",
        by="lebanese authorities",
        cue="uprooted more than 1.2 million people in Lebanon",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-11-27",
        cue="some 60,000 residents of northern Israel were evacuated",
        note="DEBATABLE reported_by: 'according to Lebanese authorities' belongs to the Lebanon clause before 'while' -> null.",
    ),
    g(
        "killed",
        45,
        "israel",
        pop="civilians",
        scope="total",
        as_of="2024-11-27",
        by="israel",
        cue="Hezbollah fire has killed 45 civilians in northern Israel",
    ),
    g(
        "killed",
        73,
        "israel",
        pop="combatants",
        scope="total",
        as_of="2024-11-27",
        by="israel",
        cue="73 Israeli soldiers have died",
    ),
    g(
        "killed",
        2500,
        "lebanon",
        pop="combatants",
        q="lower",
        scope="total",
        as_of="2024-11-27",
        by="israel",
        cue="it has killed more than 2,500 Hezbollah fighters",
    ),
    g(
        "killed",
        10,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-11-26",
        by="lebanese health ministry",
        cue="Strikes in central Beirut on Tuesday killed at least 10 people",
    ),
    g(
        "projectiles",
        30,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-11-26",
        by="israeli military",
        cue="Hezbollah fired about 30 projectiles",
    ),
    g(
        "projectiles",
        250,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-11-24",
        by="israeli military",
        cue="a barrage of some 250 rockets and drones on Sunday",
    ),
    g(
        "missing",
        15,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-11-27",
        by="rescuers",
        cue="at least 15 people were still missing",
        note="scope event (one town's collapsed buildings).",
    ),
)

WEST_BANK = article(
    "m_west_bank_jenin_israeli_daily",
    "2025-01-22",
    """
    IDF says 10 gunmen killed as Jenin operation enters second day; PA says toll includes teen

    Thousands leave refugee camp as troops, drones and bulldozers move in; Smotrich calls for operation to be expanded to all northern West Bank

    By Emanuel Fabian
    22 January 2025, 9:14 pm

    Israeli troops operate in the Jenin refugee camp in the northern West Bank, January 22, 2025. (Israel Defense Forces)

    The Israel Defense Forces said Wednesday that troops had killed at least 10 terror operatives and detained 14 wanted Palestinians in the first 36 hours of a major counterterrorism operation in the northern West Bank city of Jenin and its adjacent refugee camp.

    The Palestinian Authority's Health Ministry in Ramallah said 10 Palestinians had been killed and at least 40 wounded since the operation, dubbed "Iron Wall," began on Tuesday. It said the dead included a 16-year-old boy.

    Jenin Governor Kamal Abu al-Rub told Palestinian media that some 3,000 residents had left the camp on foot after the army ordered them out through loudspeakers mounted on drones.

    The operation came two days after the start of a ceasefire in Gaza, under which three Israeli hostages were released on Sunday in exchange for 90 Palestinian security prisoners.

    Separately, the Palestinian Red Crescent said 12 Palestinians were wounded late Monday when dozens of Israeli settlers rampaged through the villages of al-Funduq and Jinsafut, torching cars and homes. Police said they had arrested one suspect.

    Defense Minister Israel Katz said the army would act "with a strong and forceful hand" to prevent Jenin from becoming a "terror hub."

    At least 850 Palestinians have been killed in the West Bank since the start of the Gaza war, many of them in exchanges of fire with troops, according to the Palestinian Health Ministry. Over the same period, at least 32 Israelis, including members of the security forces, have been killed in Palestinian terror attacks in the West Bank, according to official Israeli figures.

    Read more:
    Smotrich says he'll quit if Israel doesn't resume Gaza war after first phase of deal
    """,
    g(
        "killed",
        10,
        "west-bank",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-01-22",
        by="idf",
        cue="troops had killed at least 10 terror operatives",
        note="headline '10 gunmen killed' is the same figure.",
    ),
    g("detained", 14, "west-bank", scope="event", as_of="2025-01-22", by="idf", cue="detained 14 wanted Palestinians"),
    g(
        "killed",
        10,
        "west-bank",
        scope="event",
        as_of="2025-01-22",
        by="palestinian health ministry",
        cue="said 10 Palestinians had been killed",
    ),
    g(
        "injured",
        40,
        "west-bank",
        q="lower",
        scope="event",
        as_of="2025-01-22",
        by="palestinian health ministry",
        cue="at least 40 wounded since the operation",
    ),
    g(
        "displaced",
        3000,
        "west-bank",
        q="approx",
        scope="event",
        as_of="2025-01-22",
        by="jenin governor",
        cue="some 3,000 residents had left the camp",
        note="headline 'Thousands leave' is the same figure.",
    ),
    g(
        "hostages",
        3,
        "israel",
        scope="event",
        as_of="2025-01-19",
        cue="three Israeli hostages were released on Sunday",
        note="DEBATABLE: released hostages counted as hostages.",
    ),
    g(
        "detained",
        90,
        "palestine",
        scope="event",
        as_of="2025-01-19",
        cue="in exchange for 90 Palestinian security prisoners",
        note="DEBATABLE: released prisoners counted as detained; side palestine (no narrower place).",
    ),
    g(
        "injured",
        12,
        "west-bank",
        scope="event",
        as_of="2025-01-20",
        by="palestinian red crescent",
        cue="12 Palestinians were wounded late Monday",
    ),
    g(
        "detained",
        1,
        "israel",
        scope="event",
        as_of="2025-01-20",
        by="police",
        cue="they had arrested one suspect",
        note="DEBATABLE side: an Israeli settler suspect -> israel.",
    ),
    g(
        "killed",
        850,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2025-01-22",
        by="palestinian health ministry",
        cue="At least 850 Palestinians have been killed in the West Bank",
    ),
    g(
        "killed",
        32,
        "israel",
        q="lower",
        scope="total",
        as_of="2025-01-22",
        by="israel",
        cue="at least 32 Israelis, including members of the security forces",
        note="'official Israeli figures' -> reported_by israel.",
    ),
)

ARTICLES = [GAZA_AID, GAZA_CEASEFIRE, LEBANON, WEST_BANK]
