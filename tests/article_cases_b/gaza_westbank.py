# ruff: noqa: E501  (article texts are data)
"""Gaza and the West Bank: an aid-site live blog, a Markdown NGO briefing, a hostage/prisoner exchange, an OCHA-style update."""

from . import article, g

D1 = "2025-07-19"  # Saturday
D2 = "2025-08-26"  # Tuesday; "Monday" = 2025-08-25
D3 = "2025-10-13"  # Monday
D4 = "2025-11-06"  # Thursday; reporting week 28 Oct - 3 Nov
WEEK4 = "2025-11-03"

# One gold figure per line reads better than ruff's exploded calls.
# fmt: off
ARTICLES = [
    article(
        "b_gaza_aid_liveblog",
        D1,
        """
        Gaza live: Palestinians shot near aid sites as hunger deepens
        Published 19 July 2025

        Our live coverage of the war in Gaza continues. All times GMT.

        06:05 GMT — At least 32 Palestinians were killed on Saturday morning while trying to reach food distribution points in southern Gaza, the territory's civil defence agency said. Spokesman Mahmud Basal said 26 of them were shot near a site run by the Gaza Humanitarian Foundation west of Rafah.

        08:40 GMT — Nasser Hospital in Khan Younis says it has received more than 100 wounded since dawn, many with gunshot wounds to the upper body. Doctors say blood supplies will last two days.

        09:15 GMT — The Israeli military said its troops fired "warning shots" at "suspects" who approached them about 1.5 km from the site and that it was "not aware of any injuries". It said it was reviewing the reports.

        11:30 GMT — The UN human rights office says it has recorded at least 875 people killed while seeking food since late May, 674 of them in the vicinity of GHF sites. The remaining deaths, it said, happened near UN and other convoys.

        12:02 GMT — The Gaza health ministry's latest figures: 58,765 people killed and 140,485 wounded since October 2023. The ministry's count does not distinguish between civilians and combatants, but it says more than half of the identified dead are women, children and elderly people.

        13:20 GMT — The ministry also reports that four more people, including two children, died of malnutrition in the past 24 hours, bringing the number of hunger-related deaths to 86, of them 76 children.

        14:32 GMT — Rescuers say dozens of people remain under the rubble of a house struck overnight in the Tuffah neighbourhood of Gaza City. Twelve bodies have been recovered so far, they said.

        15:10 GMT — Hamas's armed wing says its fighters destroyed two Israeli tanks east of Khan Younis. The Israeli military has not commented. Separately, it announced that one soldier, aged 20, was killed in northern Gaza on Friday, raising the army's death toll in the ground offensive to 450.

        16:45 GMT — Around 2.1 million people live in the Gaza Strip, and the UN estimates that about 90 per cent of them have been displaced at least once. The WFP said one in three Gazans is going days without eating. Its line for partners is +972 2 540 1234.
        """,
        g("killed", 32, "gaza", q="lower", scope="event", as_of=D1, by="gaza civil defence", cue="At least 32 Palestinians were killed", note="Palestinians in southern Gaza -> gaza; 'the territory's civil defence agency' -> gaza civil defence."),
        g("killed", 26, "gaza", scope="event", as_of=D1, by="gaza civil defence", cue="Spokesman Mahmud Basal said 26 of them", note="subset by place of the 32; the speaker is the agency's spokesman (the agency is the source)."),
        g("injured", 100, "gaza", q="lower", scope="event", as_of=D1, by="nasser hospital", cue="more than 100 wounded since dawn"),
        g("killed", 875, "gaza", q="lower", scope="total", as_of=D1, by="un human rights office", cue="at least 875 people killed while seeking food since late May", note="running tally of aid-seekers since late May -> total."),
        g("killed", 674, "gaza", scope="total", as_of=D1, by="un human rights office", cue="674 of them in the vicinity of GHF sites", note="subset (by place) of the 875 -> its own figure, population all."),
        g("killed", 58765, "gaza", scope="total", as_of=D1, by="gaza health ministry", cue="58,765 people killed"),
        g("injured", 140485, "gaza", scope="total", as_of=D1, by="gaza health ministry", cue="140,485 wounded since October 2023"),
        g("killed", 4, "gaza", scope="event", as_of=D1, by="gaza health ministry", cue="four more people, including two children, died of malnutrition", note="'The ministry also reports' -> gaza health ministry; past 24 hours -> event."),
        g("killed", 2, "gaza", pop="children", scope="event", as_of=D1, by="gaza health ministry", cue="including two children, died of malnutrition"),
        g("killed", 86, "gaza", scope="total", as_of=D1, by="gaza health ministry", cue="hunger-related deaths to 86"),
        g("killed", 76, "gaza", pop="children", scope="total", as_of=D1, by="gaza health ministry", cue="of them 76 children"),
        g("missing", 24, "gaza", q="lower", scope="event", as_of=D1, by="rescuers", cue="dozens of people remain under the rubble", note="vague 'dozens' -> 24/lower."),
        g("killed", 12, "gaza", scope="event", as_of=D1, by="rescuers", cue="Twelve bodies have been recovered so far, they said", note="bodies recovered = killed; 'they said' refers back to the rescuers."),
        g("killed", 1, "israel", pop="combatants", scope="event", as_of="2025-07-18", by="israeli military", cue="one soldier, aged 20, was killed in northern Gaza on Friday", note="Friday before Saturday 19 July; age 20 is not a figure; Israeli soldier killed in Gaza -> israel."),
        g("killed", 450, "israel", pop="combatants", scope="total", as_of=D1, by="israeli military", cue="raising the army's death toll in the ground offensive to 450"),
    ),
    article(
        "b_gaza_journalists_famine_md",
        D2,
        """
        # Gaza: Protection of Civilians Briefing No. 47

        Date: 2025-08-26

        **Summary.** Five journalists were among at least 20 people killed on Monday when Israeli tank shells hit the fourth floor of Nasser Medical Complex in Khan Younis, according to the Gaza health ministry. The Palestine Red Crescent Society said one of its paramedics was also killed.

        ## Key figures

        - **Journalists:** The Committee to Protect Journalists (CPJ) says at least 192 journalists and media workers have been killed in Gaza since the war began. Two Israeli journalists were killed on 7 October 2023.
        - **Health and aid workers:** 1,580 health workers killed, according to the ministry; the UN counts 366 aid workers killed in the Strip, most of them UNRWA staff.
        - **Famine:** The IPC confirmed famine in Gaza Governorate on 22 August. Some 514,000 people — nearly a quarter of the population — face catastrophic hunger, a figure projected to rise to 641,000 by the end of September.
        - **Hunger deaths:** The ministry reported 11 deaths from starvation in 24 hours, bringing the total to 300, including 117 children.
        - **Displacement:** An estimated 796,000 people have been displaced since 18 March alone.

        ## Attacks on health care

        Hospital directors told us the Nasser strike came in two waves: a first shell hit the stairwell, and a second struck minutes later as paramedics and reporters rushed to help. Between 40 and 50 people were wounded, they said. The WHO has verified 785 attacks on health care in Gaza since October 2023.

        ## Access

        Only 3 of 36 hospitals are partly functional in the north. Our teams distributed 12,000 food parcels last week. Funding received stands at $1.3 billion, 33% of requirements.
        """,
        g("killed", 5, "gaza", pop="journalists", scope="event", as_of="2025-08-25", by="gaza health ministry", cue="Five journalists were among", note="'according to the Gaza health ministry' at the end of the sentence covers both numbers; Monday before Tuesday 26 Aug."),
        g("killed", 20, "gaza", q="lower", scope="event", as_of="2025-08-25", by="gaza health ministry", cue="at least 20 people killed on Monday"),
        g("killed", 1, "gaza", pop="medics", scope="event", as_of="2025-08-25", by="palestine red crescent society", cue="one of its paramedics was also killed"),
        g("killed", 192, "gaza", pop="journalists", q="lower", scope="total", as_of=D2, by="committee to protect journalists", cue="at least 192 journalists and media workers have been killed in Gaza"),
        g("killed", 2, "israel", pop="journalists", scope="event", as_of="2023-10-07", by=None, cue="Two Israeli journalists were killed on 7 October 2023", note="separate sentence with no attribution -> own voice."),
        g("killed", 1580, "gaza", pop="medics", scope="total", as_of=D2, by="gaza health ministry", cue="1,580 health workers killed, according to the ministry"),
        g("killed", 366, "gaza", pop="aid_workers", scope="total", as_of=D2, by="un", cue="the UN counts 366 aid workers killed in the Strip"),
        g("killed", 11, "gaza", scope="event", as_of=D2, by="gaza health ministry", cue="11 deaths from starvation in 24 hours", note="514,000 and 641,000 'face catastrophic hunger' are not casualty metrics -> not figures."),
        g("killed", 300, "gaza", scope="total", as_of=D2, by="gaza health ministry", cue="bringing the total to 300"),
        g("killed", 117, "gaza", pop="children", scope="total", as_of=D2, by="gaza health ministry", cue="including 117 children"),
        g("displaced", 796000, "gaza", q="approx", scope="total", as_of=D2, by=None, cue="An estimated 796,000 people have been displaced since 18 March alone", note="running count since the truce collapsed -> total; the briefing's own voice."),
        g("injured", 40, "gaza", q="range", high=50, scope="event", as_of="2025-08-25", by="hospital directors", cue="Between 40 and 50 people were wounded, they said"),
    ),
    article(
        "b_hostage_prisoner_exchange",
        D3,
        """
        Last living hostages freed in exchange for Palestinian prisoners

        Crowds in Tel Aviv and Ramallah celebrate; bodies of deceased captives yet to be returned

        By Staff Reporter

        TEL AVIV, October 13, 2025 (AFP) — Hamas on Monday freed the last 20 living hostages it held in Gaza, handing them to the Red Cross in two groups, as Israel began releasing 1,968 Palestinian prisoners and detainees under the ceasefire deal.

        The Israel Prison Service said 250 of those freed were serving sentences for deadly attacks, while the remaining 1,718 were Gazans detained during the war without charge.

        Hamas has also agreed to hand over the remains of 28 deceased hostages, but said it would only return the remains of four of them on Monday, citing difficulties locating the rest under the rubble.

        "They are home," Prime Minister Benjamin Netanyahu said as the 20 men landed at Re'im base. The youngest is 21, the oldest 48. They spent 738 days in captivity.

        Of the 251 people abducted during the October 7, 2023 attack, which killed about 1,200 people in Israel, most were freed in earlier truces in November 2023 and in January–March 2025.

        In Gaza, where the health ministry says more than 67,000 Palestinians have been killed, families waited at Nasser Hospital for buses carrying released detainees. Some of them told reporters they had been held for up to two years.

        The exchange is the first phase of a 20-point plan. Under it, Israeli forces pulled back to a line that leaves them in control of about 53% of the Strip. Some 200 US troops will monitor the truce from a coordination centre in Israel. Around 500,000 people have returned to Gaza City since Friday, the civil defence says.
        """,
        g("hostages", 20, "israel", scope="event", as_of=D3, by=None, cue="freed the last 20 living hostages it held in Gaza", note="freed hostages are counted as hostages (side israel, whose people they are); 'the 20 men' later is the same figure."),
        g("detained", 1968, "palestine", scope="event", as_of=D3, by=None, cue="releasing 1,968 Palestinian prisoners and detainees", note="released prisoners -> detained; Palestinians from Gaza and the West Bank -> palestine."),
        g("detained", 250, "palestine", scope="event", as_of=D3, by="israel prison service", cue="250 of those freed were serving sentences"),
        g("detained", 1718, "gaza", scope="event", as_of=D3, by="israel prison service", cue="the remaining 1,718 were Gazans detained"),
        g("hostages", 28, "israel", scope="total", as_of=D3, by=None, cue="the remains of 28 deceased hostages", note="deceased hostages still held: counted as hostages (not killed: the text counts captives, not deaths)."),
        g("hostages", 4, "israel", scope="event", as_of=D3, by="hamas", cue="return the remains of four of them on Monday"),
        g("hostages", 251, "israel", scope="event", as_of="2023-10-07", by=None, cue="Of the 251 people abducted during the October 7, 2023 attack"),
        g("killed", 1200, "israel", q="approx", scope="event", as_of="2023-10-07", by=None, cue="which killed about 1,200 people in Israel"),
        g("killed", 67000, "gaza", q="lower", scope="total", as_of=D3, by="gaza health ministry", cue="more than 67,000 Palestinians have been killed", note="'In Gaza, where the health ministry says' -> gaza health ministry. 500,000 'returned' and 200 US troops are not figures."),
    ),
    article(
        "b_westbank_settler_sitrep",
        D4,
        """
        West Bank: Humanitarian Situation Update #331
        Published: 6 November 2025

        Key developments (28 October – 3 November)

        - Settlers carried out 49 attacks that caused casualties or property damage, the highest weekly figure since OCHA began recording such incidents in 2006.
        - 27 Palestinians were injured by settlers, including three children, and another 41 by Israeli forces during the olive harvest.
        - On 1 November, a 13-year-old boy was shot dead by Israeli forces in Kafr Aqab. He was the 214th Palestinian child killed in the West Bank since 7 October 2023.
        - Israeli forces arrested about 110 Palestinians in overnight raids across the northern West Bank, according to the Palestinian Prisoners' Society.
        - 14 households comprising 83 people, including 45 children, were displaced after their homes were demolished in Masafer Yatta for lacking Israeli-issued permits.

        Cumulative figures

        Since 7 October 2023, 1,053 Palestinians, including 214 children, have been killed in the West Bank, most of them by Israeli forces and at least 33 by settlers. Over the same period, 44 Israelis, including 21 members of Israeli forces, were killed in the West Bank or in Israel in attacks by Palestinians from the West Bank.

        More than 3,200 Palestinians from Bedouin and herding communities have been displaced by settler violence and access restrictions since then. The Jenin and Tulkarm refugee camps remain empty; some 32,000 residents displaced from them in January have not been allowed to return.

        For enquiries: ochaopt@un.org
        """,
        g("injured", 27, "west-bank", scope="event", as_of=WEEK4, by=None, cue="27 Palestinians were injured by settlers", note="weekly reporting window -> event; as_of = last day of the window (3 Nov), not the publication day."),
        g("injured", 3, "west-bank", pop="children", scope="event", as_of=WEEK4, by=None, cue="including three children, and another 41"),
        g("injured", 41, "west-bank", scope="event", as_of=WEEK4, by=None, cue="another 41 by Israeli forces"),
        g("detained", 110, "west-bank", q="approx", scope="event", as_of=WEEK4, by="palestinian prisoners' society", cue="arrested about 110 Palestinians in overnight raids", note="one bullet of the weekly window; the '13-year-old boy' shot dead is a single person (no count) and '214th' is a rank."),
        g("displaced", 83, "west-bank", scope="event", as_of=WEEK4, by=None, cue="14 households comprising 83 people", note="households are not people; 83 people is the figure."),
        g("displaced", 45, "west-bank", pop="children", scope="event", as_of=WEEK4, by=None, cue="including 45 children, were displaced"),
        g("killed", 1053, "west-bank", scope="total", as_of=D4, by=None, cue="1,053 Palestinians, including 214 children, have been killed in the West Bank"),
        g("killed", 214, "west-bank", pop="children", scope="total", as_of=D4, by=None, cue="including 214 children, have been killed"),
        g("killed", 33, "west-bank", q="lower", scope="total", as_of=D4, by=None, cue="at least 33 by settlers", note="subset by perpetrator -> its own figure, population all."),
        g("killed", 44, "israel", scope="total", as_of=D4, by=None, cue="44 Israelis, including 21 members of Israeli forces"),
        g("killed", 21, "israel", pop="combatants", scope="total", as_of=D4, by=None, cue="including 21 members of Israeli forces"),
        g("displaced", 3200, "west-bank", q="lower", scope="total", as_of=D4, by=None, cue="More than 3,200 Palestinians from Bedouin and herding communities"),
        g("displaced", 32000, "west-bank", q="approx", scope="total", as_of=D4, by=None, cue="some 32,000 residents displaced from them in January", note="still displaced now -> total as of the report."),
    ),
]
# fmt: on
