"""Gaza, Israel, Lebanon, the West Bank and Syria: a wire story, an Israeli daily, a Gulf daily, a humanitarian site."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

GAZA_PUB = "2024-03-04"
GAZA = article(
    "d_gaza_cairo_talks",
    GAZA_PUB,
    """
    Gaza death toll passes 30,500 as truce talks resume in Cairo

    CAIRO, March 4, 2024 (Reuters) - Israeli strikes killed at least 90 Palestinians across the Gaza Strip over the past 24 hours, the enclave's health ministry said on Monday, pushing the overall death toll past 30,500 as negotiators met in Cairo to try to secure a six-week truce.

    The ministry said 71,533 people had been wounded since October 7 and that at least 7,000 others were missing, many of them believed to be buried under the rubble of collapsed buildings.

    Women and children make up about 70 percent of the dead, according to the ministry, which does not distinguish between civilians and fighters. Israel says its forces have killed more than 10,000 militants, a figure it has not backed with evidence.

    In Rafah, where some 1.4 million displaced Gazans are sheltering, an air strike on a house on Sunday night killed 11 people, including six children, civil defence officials said.

    In the north, doctors at Kamal Adwan hospital said 15 children had died of malnutrition and dehydration at the hospital since the war began. The United Nations said at least 576,000 people across the territory, a quarter of the population, were one step away from famine.

    The talks in Cairo, mediated by Egypt and Qatar, are aimed at a 40-day pause in fighting and an exchange of hostages for Palestinian prisoners held by Israel. A Hamas official said the group had not yet received a list of names.

    The war began when Hamas-led gunmen stormed southern Israel on October 7, killing some 1,200 people and seizing 253 hostages, according to Israeli tallies. Israel believes about 130 hostages remain in Gaza.

    The U.N. agency for Palestinian refugees, UNRWA, said 162 of its staff had been killed since the war began, the highest toll for U.N. personnel in any conflict.

    Reporting by Nidal al-Mughrabi and Emily Rose; Editing by Peter Graff
    """,
    g(
        "killed",
        90,
        "gaza",
        scope="event",
        as_of=GAZA_PUB,
        by="gaza health ministry",
        q="lower",
        cue="killed at least 90 Palestinians across the Gaza Strip",
    ),
    g(
        "killed",
        30500,
        "gaza",
        scope="total",
        as_of=GAZA_PUB,
        by="gaza health ministry",
        q="lower",
        cue="pushing the overall death toll past 30,500",
        note="also in the headline ('passes 30,500'); listed once.",
    ),
    g(
        "injured",
        71533,
        "gaza",
        scope="total",
        as_of=GAZA_PUB,
        by="gaza health ministry",
        cue="The ministry said 71,533 people had been wounded",
    ),
    g(
        "missing",
        7000,
        "gaza",
        scope="total",
        as_of=GAZA_PUB,
        by="gaza health ministry",
        q="lower",
        cue="at least 7,000 others were missing",
    ),
    g(
        "killed",
        10000,
        "gaza",
        pop="combatants",
        scope="total",
        as_of=GAZA_PUB,
        by="israel",
        q="lower",
        cue="Israel says its forces have killed more than 10,000 militants",
    ),
    g(
        "displaced",
        1400000,
        "gaza",
        scope="total",
        as_of=GAZA_PUB,
        q="approx",
        cue="some 1.4 million displaced Gazans are sheltering",
    ),
    g(
        "killed",
        11,
        "gaza",
        scope="event",
        as_of="2024-03-03",
        by="civil defence",
        cue="on Sunday night killed 11 people",
    ),
    g(
        "killed",
        6,
        "gaza",
        pop="children",
        scope="event",
        as_of="2024-03-03",
        by="civil defence",
        cue="including six children, civil defence officials said",
    ),
    g(
        "killed",
        15,
        "gaza",
        pop="children",
        scope="total",
        as_of=GAZA_PUB,
        by="doctors at kamal adwan hospital",
        cue="15 children had died of malnutrition",
        note=(
            "deaths from hunger are deaths ('died'); 'since the war began' -> total. '576,000 ... one "
            "step away from famine' is not a metric."
        ),
    ),
    g(
        "killed",
        1200,
        "israel",
        scope="event",
        as_of="2023-10-07",
        by="israeli tallies",
        q="approx",
        cue="killing some 1,200 people and seizing 253 hostages",
    ),
    g(
        "hostages",
        253,
        "israel",
        scope="event",
        as_of="2023-10-07",
        by="israeli tallies",
        cue="seizing 253 hostages, according to Israeli tallies",
    ),
    g(
        "hostages",
        130,
        "israel",
        scope="total",
        as_of=GAZA_PUB,
        by="israel",
        q="approx",
        cue="Israel believes about 130 hostages remain in Gaza",
        note="hostages held from Israel -> side israel (whose people are counted).",
    ),
    g(
        "killed",
        162,
        "gaza",
        pop="aid_workers",
        scope="total",
        as_of=GAZA_PUB,
        by="unrwa",
        cue="162 of its staff had been killed",
        note="UN agency staff -> aid_workers; killed in Gaza -> side gaza.",
    ),
)

ISRAEL_PUB = "2023-11-14"
ISRAEL = article(
    "d_israel_soldiers_north",
    ISRAEL_PUB,
    """
    Two more soldiers killed in northern Gaza, raising ground offensive toll to 46

    Sirens sound in Sderot and Kiryat Shmona; IDF says some 9,500 rockets have been fired at Israel since October 7

    By Emanuel Tal
    Published: November 14, 2023, 9:14 pm

    The Israel Defense Forces announced Tuesday the deaths of two soldiers in fighting in the northern Gaza Strip, bringing the number of troops killed since the start of the ground operation on October 27 to 46.

    The soldiers, both aged 20, served in the Givati Brigade's reconnaissance unit. Their names were released after their families were notified.

    Overall, 362 soldiers have been killed since Hamas's October 7 onslaught, in which some 1,200 people were killed in southern Israel, most of them civilians, and about 240 were abducted to Gaza.

    The Prime Minister's Office said on Tuesday that 239 hostages were being held in the Strip, including about 30 children, a number it updates as families are notified.

    On the northern border, Hezbollah fired around 20 rockets and several anti-tank missiles at Israeli communities on Tuesday afternoon, the military said. Three people were lightly injured in Shtula, according to the Magen David Adom ambulance service.

    The IDF estimates that roughly 9,500 rockets have been fired at Israel from the Gaza Strip since the war began, with the Iron Dome system intercepting most of those heading for populated areas.

    Some 126,000 Israelis remain evacuated from communities near the Gaza border and along the northern frontier, according to Defense Ministry figures, most of them housed in hotels funded by the state.

    Separately, the military said troops had arrested 48 wanted Palestinians in overnight raids across the West Bank, bringing the number detained there since October 7 to more than 1,650.

    Defense Minister Yoav Gallant told reporters at a base near the border that the army was "tightening the noose" around Gaza City and that the operation would last "months, not weeks."
    """,
    g(
        "killed",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of=ISRAEL_PUB,
        by="israel defense forces",
        cue="announced Tuesday the deaths of two soldiers",
    ),
    g(
        "killed",
        46,
        "israel",
        pop="combatants",
        scope="total",
        as_of=ISRAEL_PUB,
        by="israel defense forces",
        cue="since the start of the ground operation on October 27 to 46",
        note="running toll of the ground operation -> total; also in the headline, listed once.",
    ),
    g(
        "killed",
        362,
        "israel",
        pop="combatants",
        scope="total",
        as_of=ISRAEL_PUB,
        cue="Overall, 362 soldiers have been killed",
    ),
    g(
        "killed",
        1200,
        "israel",
        scope="event",
        as_of="2023-10-07",
        q="approx",
        cue="some 1,200 people were killed in southern Israel",
    ),
    g("hostages", 240, "israel", scope="event", as_of="2023-10-07", q="approx", cue="about 240 were abducted to Gaza"),
    g(
        "hostages",
        239,
        "israel",
        scope="total",
        as_of=ISRAEL_PUB,
        by="prime minister's office",
        cue="239 hostages were being held in the Strip",
    ),
    g(
        "hostages",
        30,
        "israel",
        pop="children",
        scope="total",
        as_of=ISRAEL_PUB,
        by="prime minister's office",
        q="approx",
        cue="including about 30 children",
    ),
    g(
        "projectiles",
        20,
        "lebanon",
        scope="event",
        as_of=ISRAEL_PUB,
        by="israeli military",
        q="approx",
        cue="Hezbollah fired around 20 rockets",
        note=(
            "'several anti-tank missiles' has no number (not annotated); 'the military' in an Israeli "
            "daily = israeli military."
        ),
    ),
    g(
        "injured",
        3,
        "israel",
        scope="event",
        as_of=ISRAEL_PUB,
        by="magen david adom",
        cue="Three people were lightly injured in Shtula",
    ),
    g(
        "projectiles",
        9500,
        "gaza",
        scope="total",
        as_of=ISRAEL_PUB,
        by="idf",
        q="approx",
        cue="roughly 9,500 rockets have been fired at Israel from the Gaza Strip",
        note="also in the standfirst ('some 9,500'); listed once.",
    ),
    g(
        "evacuated",
        126000,
        "israel",
        scope="total",
        as_of=ISRAEL_PUB,
        by="defense ministry",
        q="approx",
        cue="Some 126,000 Israelis remain evacuated",
    ),
    g(
        "detained",
        48,
        "west-bank",
        scope="event",
        as_of=ISRAEL_PUB,
        by="israeli military",
        cue="arrested 48 wanted Palestinians in overnight raids",
        note="overnight raids reported on the article's day -> as_of the article date.",
    ),
    g(
        "detained",
        1650,
        "west-bank",
        scope="total",
        as_of=ISRAEL_PUB,
        by="israeli military",
        q="lower",
        cue="the number detained there since October 7 to more than 1,650",
    ),
)

LEBANON_PUB = "2024-10-02"
LEBANON = article(
    "d_lebanon_ground_incursion",
    LEBANON_PUB,
    """
    Israeli strikes kill 46 in Lebanon as ground incursion enters second day

    Health Ministry says 1,974 people killed since October last year

    Smoke rises over Dahieh, Beirut's southern suburbs, after an Israeli air strike on Wednesday. AFP

    Israeli air strikes killed 46 people and wounded 85 across Lebanon over the past 24 hours, Lebanon's Health Ministry said on Wednesday, as Israeli troops pushed into border villages for a second day.

    The ministry said the total number of people killed in Israeli attacks since October 8 last year had risen to 1,974, including 127 children and 261 women, while 9,384 others had been injured.

    Health Minister Firass Abiad said 97 health workers had been killed in the past year, 40 of them in the last 10 days alone, and that several hospitals in the south had been forced to close.

    The Israeli military said eight soldiers were killed in fighting in southern Lebanon on Wednesday, the first deaths of its ground operation. Hezbollah said its fighters had ambushed an Israeli unit near the village of Odaisseh.

    Hezbollah said it had fired about 100 rockets at northern Israel and the Haifa area, while the Israeli army said around 240 projectiles had crossed from Lebanon during the day.

    The Lebanese government estimates that up to 1.2 million people have been displaced by the escalation. More than 100,000 people have crossed into Syria, according to the UN refugee agency, UNHCR.

    Israel's army ordered residents of more than 20 villages in south Lebanon to leave immediately and head north of the Awali river, about 60 kilometres from the border.

    In 2006, a 34-day war between Israel and Hezbollah killed about 1,200 people in Lebanon, mostly civilians, and 158 Israelis, most of them soldiers.

    In northern Israel, about 60,000 residents remain evacuated from their homes near the border, a year after the first Hezbollah attacks.

    Updated: October 2, 2024, 6:40 PM
    """,
    g(
        "killed",
        46,
        "lebanon",
        scope="event",
        as_of=LEBANON_PUB,
        by="lebanese health ministry",
        cue="Israeli air strikes killed 46 people and wounded 85",
        note="also in the headline; listed once.",
    ),
    g(
        "injured",
        85,
        "lebanon",
        scope="event",
        as_of=LEBANON_PUB,
        by="lebanese health ministry",
        cue="killed 46 people and wounded 85 across Lebanon",
    ),
    g(
        "killed",
        1974,
        "lebanon",
        scope="total",
        as_of=LEBANON_PUB,
        by="lebanese health ministry",
        cue="since October 8 last year had risen to 1,974",
        note="also in the standfirst; listed once.",
    ),
    g(
        "killed",
        127,
        "lebanon",
        pop="children",
        scope="total",
        as_of=LEBANON_PUB,
        by="lebanese health ministry",
        cue="including 127 children and 261 women",
    ),
    g(
        "killed",
        261,
        "lebanon",
        pop="women",
        scope="total",
        as_of=LEBANON_PUB,
        by="lebanese health ministry",
        cue="127 children and 261 women",
    ),
    g(
        "injured",
        9384,
        "lebanon",
        scope="total",
        as_of=LEBANON_PUB,
        by="lebanese health ministry",
        cue="while 9,384 others had been injured",
    ),
    g(
        "killed",
        97,
        "lebanon",
        pop="medics",
        scope="total",
        as_of=LEBANON_PUB,
        by="health minister firass abiad",
        cue="97 health workers had been killed in the past year",
        note="'in the past year' = since the war on this front began -> total (debatable: event).",
    ),
    g(
        "killed",
        40,
        "lebanon",
        pop="medics",
        scope="event",
        as_of=LEBANON_PUB,
        by="health minister firass abiad",
        cue="40 of them in the last 10 days alone",
        note="elliptical 'killed' carried from the clause before; '10 days' is not a figure.",
    ),
    g(
        "killed",
        8,
        "israel",
        pop="combatants",
        scope="event",
        as_of=LEBANON_PUB,
        by="israeli military",
        cue="eight soldiers were killed in fighting",
    ),
    g(
        "projectiles",
        100,
        "lebanon",
        scope="event",
        as_of=LEBANON_PUB,
        by="hezbollah",
        q="approx",
        cue="fired about 100 rockets at northern Israel",
    ),
    g(
        "projectiles",
        240,
        "lebanon",
        scope="event",
        as_of=LEBANON_PUB,
        by="israeli army",
        q="approx",
        cue="around 240 projectiles had crossed from Lebanon",
        note="a second count of the same day's fire from another source; its own figure.",
    ),
    g(
        "displaced",
        1200000,
        "lebanon",
        scope="total",
        as_of=LEBANON_PUB,
        by="lebanese government",
        q="upper",
        cue="up to 1.2 million people have been displaced",
    ),
    g(
        "displaced",
        100000,
        "lebanon",
        scope="total",
        as_of=LEBANON_PUB,
        by="unhcr",
        q="lower",
        cue="More than 100,000 people have crossed into Syria",
        note=(
            "people fleeing Lebanon into Syria = refugees of this conflict -> displaced, side lebanon "
            "(where they fled from). '20 villages' and '60 kilometres' are not figures."
        ),
    ),
    g(
        "killed",
        1200,
        "lebanon",
        scope="event",
        as_of=None,
        q="approx",
        cue="killed about 1,200 people in Lebanon",
        note="historic 2006 war toll: a past war as one event; no day named -> as_of null.",
    ),
    g(
        "killed",
        158,
        "israel",
        scope="event",
        as_of=None,
        cue="and 158 Israelis, most of them soldiers",
        note="'most of them soldiers' gives no number -> population all.",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        scope="total",
        as_of=LEBANON_PUB,
        q="approx",
        cue="about 60,000 residents remain evacuated",
    ),
)

WEST_BANK = article(
    "d_west_bank_camps_undated",
    None,
    """
    'Every night they come': West Bank camps emptied as raids intensify

    Aid groups warn of a displacement crisis in the northern West Bank not seen since 1967

    More than 40,000 Palestinians have been forced from their homes in the Jenin, Tulkarm and Nur Shams refugee camps since the Israeli military launched its operation there, according to UNRWA, the UN agency for Palestine refugees.

    "We left with only the clothes we had on," said Um Ahmad, 54, who now sleeps with her four children on the floor of a mosque in Jenin's eastern neighbourhood. "They told us through loudspeakers we had two hours."

    OCHA, the UN's humanitarian coordination office, says Israeli forces and settlers have killed 870 Palestinians in the West Bank, including East Jerusalem, since October 2023, among them at least 180 children.

    Over the same period, 32 Israelis, including 19 members of the security forces, were killed in attacks by Palestinians in the West Bank and Israel, OCHA figures show.

    The Palestinian Prisoners' Society said troops had arrested about 25 people in Tulkarm during a two-day raid last week, bringing to more than 14,500 the number of West Bank Palestinians detained since the start of the war in Gaza.

    On Tuesday, a drone strike on a cafe in Tammun killed five people, three of them members of an armed group, the Palestinian health ministry said.

    The Norwegian Refugee Council said more than 2,500 homes had been damaged in the camps and that two of its water engineers were injured by gunfire in Nur Shams.

    Aid workers say the camps, built in the early 1950s, were home to about 60,000 registered refugees before the operation began.

    At the height of the second intifada, in 2002, an Israeli assault on Jenin camp killed 52 Palestinians and 23 Israeli soldiers, according to a UN report.
    """,
    g(
        "displaced",
        40000,
        "west-bank",
        scope="total",
        as_of=None,
        by="unrwa",
        q="lower",
        cue="More than 40,000 Palestinians have been forced from their homes",
        note=(
            "undated article: running tolls have as_of null. 'her four children' (a family, not a "
            "reported count), 'aged 54', 'two hours' are not figures."
        ),
    ),
    g(
        "killed",
        870,
        "west-bank",
        scope="total",
        as_of=None,
        by="ocha",
        cue="have killed 870 Palestinians in the West Bank",
    ),
    g(
        "killed",
        180,
        "west-bank",
        pop="children",
        scope="total",
        as_of=None,
        by="ocha",
        q="lower",
        cue="among them at least 180 children",
    ),
    g(
        "killed",
        32,
        "israel",
        scope="total",
        as_of=None,
        by="ocha",
        cue="32 Israelis, including 19 members of the security forces",
    ),
    g(
        "killed",
        19,
        "israel",
        pop="combatants",
        scope="total",
        as_of=None,
        by="ocha",
        cue="including 19 members of the security forces",
    ),
    g(
        "detained",
        25,
        "west-bank",
        scope="event",
        as_of=None,
        by="palestinian prisoners' society",
        q="approx",
        cue="arrested about 25 people in Tulkarm",
        note="'last week' in an undated article -> as_of null.",
    ),
    g(
        "detained",
        14500,
        "west-bank",
        scope="total",
        as_of=None,
        by="palestinian prisoners' society",
        q="lower",
        cue="bringing to more than 14,500 the number",
    ),
    g(
        "killed",
        5,
        "west-bank",
        scope="event",
        as_of=None,
        by="palestinian health ministry",
        cue="killed five people, three of them members",
    ),
    g(
        "killed",
        3,
        "west-bank",
        pop="combatants",
        scope="event",
        as_of=None,
        by="palestinian health ministry",
        cue="three of them members of an armed group",
    ),
    g(
        "injured",
        2,
        "west-bank",
        pop="aid_workers",
        scope="event",
        as_of=None,
        by="norwegian refugee council",
        cue="two of its water engineers were injured",
        note="NGO staff -> aid_workers. '2,500 homes' are not people.",
    ),
    g(
        "killed",
        52,
        "west-bank",
        scope="event",
        as_of=None,
        by="un",
        cue="killed 52 Palestinians and 23 Israeli soldiers",
        note=(
            "2002 Jenin assault, no day named -> as_of null. The '60,000 registered refugees' are 1948 "
            "Palestine refugees, not displaced by this conflict: not annotated."
        ),
    ),
    g(
        "killed",
        23,
        "israel",
        pop="combatants",
        scope="event",
        as_of=None,
        by="un",
        cue="52 Palestinians and 23 Israeli soldiers",
    ),
)

SYRIA_PUB = "2024-12-10"
SYRIA = article(
    "d_syria_saydnaya",
    SYRIA_PUB,
    """
    Syrians search Saydnaya for missing relatives after Assad's fall

    DAMASCUS, Dec 10, 2024 (AFP) - Thousands of Syrians flocked to the notorious Saydnaya prison north of Damascus on Tuesday, searching for relatives who disappeared into the Assad family's jails, two days after rebels seized the capital.

    Families pored over lists of names pinned to the walls and rummaged through piles of documents, while rescuers drilled into concrete in the hope of finding hidden cells.

    The Syrian Network for Human Rights says more than 136,000 people are still missing or forcibly disappeared after being detained since 2011, most of them by government forces.

    The White Helmets rescue group said on Monday that its teams had searched the complex for more than 20 hours and found no further hidden cells.

    The Syrian Observatory for Human Rights, a Britain-based monitor, said at least 910 people, including 138 civilians, had been killed since the rebel offensive began on November 27. The Observatory estimates that more than 500,000 people have been killed in the civil war that began in 2011.

    In the coastal city of Latakia, a car bomb killed four people, including two children, on Monday, a local official told AFP.

    UN agencies said about 1.1 million people had been newly displaced since late November, most of them in Idlib and Aleppo provinces. More than 6 million Syrians remain refugees abroad, according to the UN refugee agency UNHCR.

    Rebel commanders said they were holding up to 3,000 captured government soldiers, who would be handed over to a "transitional justice" body.

    Israel said it had carried out more than 350 strikes on military targets across Syria in 48 hours, destroying most of the country's navy.
    """,
    g(
        "missing",
        136000,
        "syria",
        scope="total",
        as_of=SYRIA_PUB,
        by="syrian network for human rights",
        q="lower",
        cue="more than 136,000 people are still missing",
        note="'Thousands of Syrians flocked' (visitors) and '20 hours' are not figures.",
    ),
    g(
        "killed",
        910,
        "syria",
        scope="total",
        as_of=SYRIA_PUB,
        by="syrian observatory for human rights",
        q="lower",
        cue="at least 910 people, including 138 civilians",
        note="'since the rebel offensive began' -> running toll of this phase -> total.",
    ),
    g(
        "killed",
        138,
        "syria",
        pop="civilians",
        scope="total",
        as_of=SYRIA_PUB,
        by="syrian observatory for human rights",
        cue="including 138 civilians, had been killed",
    ),
    g(
        "killed",
        500000,
        "syria",
        scope="total",
        as_of=SYRIA_PUB,
        by="syrian observatory for human rights",
        q="lower",
        cue="more than 500,000 people have been killed in the civil war",
    ),
    g(
        "killed",
        4,
        "syria",
        scope="event",
        as_of="2024-12-09",
        by="local official",
        cue="a car bomb killed four people, including two children",
    ),
    g(
        "killed",
        2,
        "syria",
        pop="children",
        scope="event",
        as_of="2024-12-09",
        by="local official",
        cue="including two children, on Monday",
    ),
    g(
        "displaced",
        1100000,
        "syria",
        scope="total",
        as_of=SYRIA_PUB,
        by="un agencies",
        q="approx",
        cue="about 1.1 million people had been newly displaced",
    ),
    g(
        "displaced",
        6000000,
        "syria",
        scope="total",
        as_of=SYRIA_PUB,
        by="unhcr",
        q="lower",
        cue="More than 6 million Syrians remain refugees abroad",
    ),
    g(
        "detained",
        3000,
        "syria",
        pop="combatants",
        scope="total",
        as_of=SYRIA_PUB,
        by="rebel commanders",
        q="upper",
        cue="holding up to 3,000 captured government soldiers",
        note=(
            "prisoners held now -> total (debatable: event of the offensive). '350 strikes' are attacks, "
            "not projectiles: not annotated."
        ),
    ),
)

ARTICLES = [GAZA, ISRAEL, LEBANON, WEST_BANK, SYRIA]
