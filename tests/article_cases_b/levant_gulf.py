# ruff: noqa: E501  (article texts are data)
"""Lebanon 2026, the Syrian coast (undated), US strikes on a Houthi port, and an Israel-Iran live blog touching Iraq."""

from . import article, g

D5 = "2026-03-09"  # Monday; "Sunday night" = 2026-03-08
D7 = "2025-04-18"  # Friday; "Thursday night" = 2025-04-17
D8 = "2025-06-16"  # Monday

# One gold figure per line reads better than ruff's exploded calls.
# fmt: off
ARTICLES = [
    article(
        "b_lebanon_strikes_2026",
        D5,
        """
        Israeli strikes kill 14 in Lebanon as Hezbollah fires rockets for first time since truce

        BEIRUT, March 9, 2026 — Israeli air strikes on villages in south Lebanon and the Bekaa valley killed 14 people on Monday, including two children and one paramedic, Lebanon's health ministry said, in the heaviest day of bombardment since the November 2024 ceasefire.

        The ministry said 37 others were wounded. The Islamic Health Committee, a Hezbollah-affiliated rescue service, said its paramedic was killed in Nabatieh.

        The Israeli military said it struck more than 40 Hezbollah targets, including rocket launchers and a weapons depot, after "approximately 10 projectiles" were fired from Lebanon towards the Galilee on Sunday night. Most were intercepted, it said; two people in Kiryat Shmona were lightly hurt by shrapnel.

        Hezbollah said in a statement that it had fired "a salvo of Katyusha rockets" at an army base in response to "daily violations". It named three of its fighters killed in the strikes.

        Since the ceasefire took effect, Israeli attacks have killed more than 330 people in Lebanon, around 120 of them civilians, according to a UN tally. Israel says most of those killed were Hezbollah operatives.

        Displacement is rising again. The International Organization for Migration said nearly 8,000 people fled villages near the border in the past week, adding to the roughly 82,000 who have been unable to return home since 2024. In Israel, authorities told residents of 12 northern communities to stay near shelters, but did not order evacuations.

        Lebanon's army, which has deployed some 10,000 soldiers south of the Litani under Resolution 1701, said it had not been informed of the strikes. The UNIFIL peacekeeping force, with about 10,000 troops, called for restraint.

        During the 2023-2024 war, more than 4,000 people were killed in Lebanon and over 1.2 million displaced, while some 60,000 Israelis were evacuated from the north.
        """,
        g("killed", 14, "lebanon", scope="event", as_of=D5, by="lebanese health ministry", cue="killed 14 people on Monday", note="headline repeats the same figure; listed once."),
        g("killed", 2, "lebanon", pop="children", scope="event", as_of=D5, by="lebanese health ministry", cue="including two children and one paramedic"),
        g("killed", 1, "lebanon", pop="medics", scope="event", as_of=D5, by="lebanese health ministry", cue="and one paramedic, Lebanon's health ministry said", note="'its paramedic was killed' in the next sentence is the same person, no new figure."),
        g("injured", 37, "lebanon", scope="event", as_of=D5, by="lebanese health ministry", cue="The ministry said 37 others were wounded"),
        g("projectiles", 10, "lebanon", q="approx", scope="event", as_of="2026-03-08", by="israeli military", cue='"approximately 10 projectiles" were fired from Lebanon', note="'more than 40 Hezbollah targets' is not a figure."),
        g("injured", 2, "israel", scope="event", as_of="2026-03-08", by="israeli military", cue="two people in Kiryat Shmona were lightly hurt", note="in the same 'it said' sentence -> israeli military; same night as the projectiles."),
        g("killed", 3, "lebanon", pop="combatants", scope="event", as_of=D5, by="hezbollah", cue="It named three of its fighters killed in the strikes"),
        g("killed", 330, "lebanon", q="lower", scope="total", as_of=D5, by="un tally", cue="killed more than 330 people in Lebanon"),
        g("killed", 120, "lebanon", pop="civilians", q="approx", scope="total", as_of=D5, by="un tally", cue="around 120 of them civilians, according to a UN tally"),
        g("displaced", 8000, "lebanon", q="upper", scope="event", as_of=D5, by="international organization for migration", cue="nearly 8,000 people fled villages near the border in the past week", note="'nearly' -> upper; past week -> event."),
        g("displaced", 82000, "lebanon", q="approx", scope="total", as_of=D5, by="international organization for migration", cue="the roughly 82,000 who have been unable to return home"),
        g("killed", 4000, "lebanon", q="lower", scope="total", as_of=D5, by=None, cue="more than 4,000 people were killed in Lebanon", note="toll of a past war stated today -> total as of the article date. 12 communities, 10,000 soldiers/troops and Resolution 1701 are not figures."),
        g("displaced", 1200000, "lebanon", q="lower", scope="total", as_of=D5, by=None, cue="over 1.2 million displaced"),
        g("evacuated", 60000, "israel", q="approx", scope="total", as_of=D5, by=None, cue="some 60,000 Israelis were evacuated from the north"),
    ),
    article(
        "b_syria_coast_undated",
        None,
        """
        Syria: More than 1,000 killed in coastal violence, monitor says

        By our Middle East correspondent

        More than 1,000 people have been killed in three days of fighting and revenge killings on Syria's Mediterranean coast, a war monitor said, in the worst bloodshed since the fall of Bashar al-Assad's government.

        The Syrian Observatory for Human Rights, a Britain-based monitor with sources inside the country, said 745 civilians had been killed in "executions" in Latakia and Tartus provinces, along with 273 members of the security forces and fighters loyal to the former regime. Of those, 125 belonged to the new government's forces and 148 were pro-Assad gunmen, it said.

        Residents of Baniyas described gunmen going door to door. "They killed my brothers and my cousin in front of their children," said a man, 58, who gave only his first name, Ali.

        The interim authorities said they had arrested dozens of people accused of abuses and set up a committee to investigate. Some 1,500 Alawites have crossed into northern Lebanon since Thursday, according to the UN refugee agency, while thousands of others have sought refuge at the Russian air base at Hmeimim.

        The violence began when Assad loyalists ambushed a security patrol near Jableh, killing 13 of its members, according to the defence ministry.

        Syria's war, which began in 2011, has killed more than half a million people and displaced over 13 million, about half the pre-war population of 22 million. President Ahmed al-Sharaa, who has promised to protect minorities, called for calm in a televised address lasting 12 minutes.
        """,
        g("killed", 1000, "syria", q="lower", scope="event", as_of=None, by="syrian observatory for human rights", cue="More than 1,000 people have been killed in three days", note="three-day wave -> event; undated article -> as_of null; 'a war monitor' is named in the next sentence. Headline repeats the figure."),
        g("killed", 745, "syria", pop="civilians", scope="event", as_of=None, by="syrian observatory for human rights", cue="said 745 civilians had been killed"),
        g("killed", 273, "syria", pop="combatants", scope="event", as_of=None, by="syrian observatory for human rights", cue="273 members of the security forces and fighters"),
        g("killed", 125, "syria", pop="combatants", scope="event", as_of=None, by="syrian observatory for human rights", cue="125 belonged to the new government's forces"),
        g("killed", 148, "syria", pop="combatants", scope="event", as_of=None, by="syrian observatory for human rights", cue="148 were pro-Assad gunmen, it said"),
        g("detained", 24, "syria", q="lower", scope="event", as_of=None, by="interim authorities", cue="arrested dozens of people accused of abuses"),
        g("displaced", 1500, "syria", q="approx", scope="event", as_of=None, by="un refugee agency", cue="Some 1,500 Alawites have crossed into northern Lebanon since Thursday", note="refugees of this conflict -> displaced, side syria (whose people they are)."),
        g("displaced", 2000, "syria", q="lower", scope="event", as_of=None, by="un refugee agency", cue="thousands of others have sought refuge", note="'while ...' clause inside the same attributed sentence -> un refugee agency."),
        g("killed", 13, "syria", pop="combatants", scope="event", as_of=None, by="syrian defence ministry", cue="killing 13 of its members, according to the defence ministry"),
        g("killed", 500000, "syria", q="lower", scope="total", as_of=None, by=None, cue="has killed more than half a million people", note="'half a million' = 500000; '12 minutes', 2011 and the pre-war population are not figures."),
        g("displaced", 13000000, "syria", q="lower", scope="total", as_of=None, by=None, cue="displaced over 13 million"),
    ),
    article(
        "b_yemen_ras_isa_houthi_missile",
        D7,
        """
        US strikes on Yemen fuel port kill at least 74, Houthis say

        SANAA, April 18, 2025 (Reuters) — US air strikes on Yemen's Ras Isa fuel port on Thursday night killed at least 74 people and wounded 171, the Houthi-run health ministry said on Friday, in the deadliest attack of Washington's campaign against the Iran-aligned group.

        Ministry spokesman Anees al-Asbahi said the toll could rise as rescuers searched the burned-out terminal, where port workers and truck drivers had been on shift. Five paramedics were among the dead, he said.

        US Central Command said the strikes were meant to cut off fuel "which funds Houthi terror". It did not comment on casualties, and said B-2 bombers and MQ-9 drones were not involved.

        Hours later, the Houthis said they had fired one "Palestine-2" hypersonic ballistic missile and two drones at Israel. The Israeli military said the missile was intercepted and no one was hit, although nine people were hurt while running to shelters across central Israel, according to Magen David Adom.

        Since mid-March, when President Donald Trump ordered the new campaign, US strikes have killed more than 200 people across Yemen, according to Houthi figures that could not be independently verified. The group has fired some 30 missiles and about 10 drones at Israel over the same period.

        The Houthis are also holding at least 23 UN staff, the world body says, including eight detained on January 23.

        The war in Yemen, now in its 11th year, has displaced 4.5 million people, and 19.5 million need humanitarian aid.
        """,
        g("killed", 74, "yemen", q="lower", scope="event", as_of="2025-04-17", by="houthi-run health ministry", cue="killed at least 74 people and wounded 171", note="headline repeats; 'Thursday night' before Friday 18 April."),
        g("injured", 171, "yemen", scope="event", as_of="2025-04-17", by="houthi-run health ministry", cue="wounded 171, the Houthi-run health ministry said"),
        g("killed", 5, "yemen", pop="medics", scope="event", as_of="2025-04-17", by="houthi-run health ministry", cue="Five paramedics were among the dead, he said", note="'he' = the ministry's spokesman Anees al-Asbahi; the ministry is the source."),
        g("projectiles", 1, "yemen", scope="event", as_of=D7, by="houthis", cue='fired one "Palestine-2" hypersonic ballistic missile', note="'Palestine-2' is a weapon name; one missile and two drones are two figures."),
        g("projectiles", 2, "yemen", scope="event", as_of=D7, by="houthis", cue="and two drones at Israel"),
        g("injured", 9, "israel", scope="event", as_of=D7, by="magen david adom", cue="nine people were hurt while running to shelters"),
        g("killed", 200, "yemen", q="lower", scope="total", as_of=D7, by="houthis", cue="US strikes have killed more than 200 people across Yemen", note="running toll of the campaign since mid-March -> total; 'Houthi figures' -> houthis."),
        g("projectiles", 30, "yemen", q="approx", scope="total", as_of=D7, by=None, cue="some 30 missiles and about 10 drones"),
        g("projectiles", 10, "yemen", q="approx", scope="total", as_of=D7, by=None, cue="about 10 drones at Israel over the same period"),
        g("detained", 23, "yemen", pop="aid_workers", q="lower", scope="total", as_of=D7, by="un", cue="holding at least 23 UN staff, the world body says", note="UN staff held in Yemen (mostly Yemeni nationals) -> side yemen, aid_workers; 'the world body' = the UN."),
        g("detained", 8, "yemen", pop="aid_workers", scope="event", as_of="2025-01-23", by="un", cue="including eight detained on January 23"),
        g("displaced", 4500000, "yemen", scope="total", as_of=D7, by=None, cue="has displaced 4.5 million people", note="'11th year' and '19.5 million need humanitarian aid' are not figures."),
    ),
    article(
        "b_israel_iran_liveblog",
        D8,
        """
        Israel-Iran war live: Iranian missiles hit Tel Aviv and Haifa; Israeli strikes pound Tehran
        Updated 16 June 2025, 18:40 GMT

        Key points
        - Eight people killed in Israel overnight as Iran fires new missile barrage
        - Iran says 224 killed since Israel began strikes on Friday
        - Iraq's government says it will not allow its airspace to be used

        07:10 GMT — Israel's ambulance service said eight people were killed and more than 200 wounded when Iranian missiles struck Tel Aviv, Petah Tikva, Haifa and Bnei Brak overnight. The Israeli military said Iran had launched around 100 ballistic missiles in several waves.

        08:25 GMT — Iran's health ministry says 224 people have been killed in Israeli strikes since Friday, including 70 children, and 1,277 others have been injured. Most were civilians, a spokesman said.

        10:05 GMT — The Israeli Prime Minister's Office says 24 people have been killed in Israel since Friday and 592 wounded. About 3,000 Israelis have been left homeless, it added.

        11:40 GMT — Israel's military says its F-35 jets struck "over 80 targets" in Tehran overnight, including the defence ministry headquarters. It says it has destroyed a third of Iran's missile launchers.

        13:15 GMT — An Iraqi militia, Kataib Hezbollah, denied launching drones from Iraq. The US said it had shot down "several" drones over western Iraq. In Baghdad, two people were injured when debris from an intercepted drone fell on a house, police said.

        15:55 GMT — Thousands of residents fled Tehran by road after Israel warned people in parts of District 3 to leave. "We left with nothing," one woman, 34, told us by phone.

        17:30 GMT — Iranian state TV said security forces had arrested 28 people suspected of spying for Israel in Tehran province over the weekend.
        """,
        g("killed", 8, "israel", scope="event", as_of=D8, by="israel's ambulance service", cue="Israel's ambulance service said eight people were killed", note="key point repeats it; overnight before the article day -> the article date."),
        g("injured", 200, "israel", q="lower", scope="event", as_of=D8, by="israel's ambulance service", cue="more than 200 wounded when Iranian missiles struck"),
        g("projectiles", 100, "iran", q="approx", scope="event", as_of=D8, by="israeli military", cue="Iran had launched around 100 ballistic missiles"),
        g("killed", 224, "iran", scope="total", as_of=D8, by="iranian health ministry", cue="224 people have been killed in Israeli strikes since Friday", note="toll of the war so far (it began on Friday) -> total; key point repeats it."),
        g("killed", 70, "iran", pop="children", scope="total", as_of=D8, by="iranian health ministry", cue="including 70 children"),
        g("injured", 1277, "iran", scope="total", as_of=D8, by="iranian health ministry", cue="1,277 others have been injured"),
        g("killed", 24, "israel", scope="total", as_of=D8, by="israeli prime minister's office", cue="24 people have been killed in Israel since Friday"),
        g("injured", 592, "israel", scope="total", as_of=D8, by="israeli prime minister's office", cue="592 wounded"),
        g("displaced", 3000, "israel", q="approx", scope="total", as_of=D8, by="israeli prime minister's office", cue="About 3,000 Israelis have been left homeless, it added", note="homeless -> displaced; 'it added' refers back to the Prime Minister's Office. 'over 80 targets' and F-35 are not figures."),
        g("injured", 2, "iraq", scope="event", as_of=D8, by="police", cue="two people were injured when debris from an intercepted drone fell", note="'several' drones is not a vague number in FIGURES.md -> no figure."),
        g("displaced", 2000, "iran", q="lower", scope="event", as_of=D8, by=None, cue="Thousands of residents fled Tehran by road", note="fled -> displaced; age 34 is not a figure."),
        g("detained", 28, "iran", scope="event", as_of="2025-06-15", by="iranian state tv", cue="arrested 28 people suspected of spying", note="'over the weekend' before Monday -> Sunday 15 June (the last day of the window)."),
    ),
]
# fmt: on
