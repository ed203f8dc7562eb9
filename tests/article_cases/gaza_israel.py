# ruff: noqa: E501  (article texts are data)
"""Gaza, Israel, Iran-Israel and the West Bank: a ministry bulletin, a school strike, an anniversary, an exchange of fire, a raid."""

from . import article, g

D1 = "2024-08-15"  # Thursday
D2 = "2024-07-10"  # Wednesday
D3 = "2024-10-07"  # Monday
D4 = "2025-06-16"  # Monday
D5 = "2024-09-04"  # Wednesday

# One gold figure per line reads better than the formatter's one field per line.
# fmt: off
ARTICLES = [
    article(
        "gaza-ministry-bulletin-40000",
        D1,
        """
        Gaza death toll passes 40,000, health ministry says

        Published: August 15, 2024

        GAZA — The number of Palestinians killed in Gaza since the war began has passed 40,000, the health ministry in the Hamas-run territory said on Thursday, a grim milestone reached as negotiators gathered in Doha for another round of ceasefire talks.

        In its daily bulletin, the ministry said 40,005 people had been killed and 92,401 wounded since October 7. It said 40 bodies and 107 injured people had been brought to hospitals in the past 24 hours.

        The ministry does not distinguish between civilians and combatants in its count, but says women and children make up more than half of the dead. It has identified 16,456 of the dead as children and roughly 11,000 as women.

        The Palestinian Civil Defence estimates that about 10,000 people remain missing under the rubble of destroyed buildings, many of them in Gaza City and Khan Younis.

        The Israeli military says it has killed more than 17,000 militants during the war, without providing evidence.

        Among the latest strikes, an Israeli missile hit a house in Deir al-Balah overnight, killing a woman and her five children, medics at al-Aqsa Martyrs Hospital said. Another strike on a car east of Khan Younis killed three men, the ministry said.

        "There is no safe place left," said Umm Khaled, 46, who has moved her family nine times in ten months. "We sleep in a tent made of two blankets."

        An estimated 1.9 million people, roughly 90% of Gaza's 2.1 million residents, have been displaced at least once, according to the United Nations. UNRWA, the UN agency for Palestinian refugees, says 207 of its staff have been killed.

        The war began when Hamas-led militants attacked southern Israel on October 7, killing about 1,200 people and taking 251 hostage. Israel says 111 hostages are still held in Gaza, including 39 it believes are dead.

        Talks in Doha, mediated by Qatar, Egypt and the United States, are aimed at a six-week ceasefire and a phased exchange of hostages for Palestinian prisoners. A week-long truce in November 2023 has been the only pause in the fighting so far. Washington has approved $3.5 billion in new military financing for Israel this year.
        """,
        g("killed", 40000, "gaza", q="lower", scope="total", as_of=D1, by="gaza health ministry", cue="has passed 40,000", note="headline + lead state the milestone as 'passes/has passed 40,000'; a number the text reports, kept apart from the exact 40,005 of the bulletin"),
        g("killed", 40005, "gaza", scope="total", as_of=D1, by="gaza health ministry", cue="40,005 people had been killed"),
        g("injured", 92401, "gaza", scope="total", as_of=D1, by="gaza health ministry", cue="92,401 wounded since October 7"),
        g("killed", 40, "gaza", scope="event", as_of=D1, by="gaza health ministry", cue="40 bodies ... in the past 24 hours", note="'It said' refers back to the ministry; bodies brought in = killed; past 24 hours -> event"),
        g("injured", 107, "gaza", scope="event", as_of=D1, by="gaza health ministry", cue="107 injured people"),
        g("killed", 16456, "gaza", pop="children", scope="total", as_of=D1, by="gaza health ministry", cue="16,456 of the dead as children"),
        g("killed", 11000, "gaza", pop="women", q="approx", scope="total", as_of=D1, by="gaza health ministry", cue="roughly 11,000 as women"),
        g("missing", 10000, "gaza", q="approx", scope="total", as_of=D1, by="palestinian civil defence", cue="about 10,000 people remain missing"),
        g("killed", 17000, "gaza", pop="combatants", q="lower", scope="total", as_of=D1, by="israeli military", cue="killed more than 17,000 militants"),
        g("killed", 5, "gaza", pop="children", scope="event", as_of=D1, by="medics", cue="a woman and her five children", note="'a woman' is not a number (like a named person): only the children are a figure; bare 'overnight' = night ending on the article date"),
        g("killed", 3, "gaza", scope="event", as_of=D1, by="gaza health ministry", cue="killed three men, the ministry said"),
        g("displaced", 1900000, "gaza", q="approx", scope="total", as_of=D1, by="un", cue="An estimated 1.9 million people", note="2.1 million residents is a population count, 90% a share: neither is a figure"),
        g("killed", 207, "gaza", pop="aid_workers", scope="total", as_of=D1, by="unrwa", cue="207 of its staff have been killed"),
        g("killed", 1200, "israel", q="approx", scope="event", as_of="2023-10-07", by=None, cue="killing about 1,200 people"),
        g("hostages", 251, "israel", scope="event", as_of="2023-10-07", by=None, cue="taking 251 hostage"),
        g("hostages", 111, "israel", scope="total", as_of=D1, by="israel", cue="111 hostages are still held in Gaza"),
        g("killed", 39, "israel", scope="total", as_of=D1, by="israel", cue="including 39 it believes are dead", note="debatable: hostages believed dead are counted as killed (their status), side israel"),
    ),
    article(
        "gaza-school-strike-khan-younis",
        D2,
        """
        Israeli strike on Gaza school sheltering displaced families kills 29, civil defence says

        Updated: 10 July 2024 14:20 GMT

        KHAN YOUNIS, Gaza Strip — An Israeli air strike hit the gate of a school housing displaced families near Khan Younis on Tuesday evening, killing at least 29 people, most of them women and children, Gaza's civil defence agency said.

        Mahmoud Basal, a spokesman for the agency, said rescuers had recovered 29 bodies and that more than 50 people were wounded. "Many of the victims were children playing football near the gate," he said.

        The Israeli military said it had targeted a Hamas militant who took part in the October 7 attack, and that it was reviewing reports of harm to civilians.

        Nasser Medical Complex, where the wounded were taken, said 13 of the dead were children, the youngest a two-year-old girl.

        It was the fourth strike on a school in as many days. On Saturday, an attack on a UN-run school in Nuseirat killed 16 people, according to the health ministry, and on Monday eight people were killed at a school in Gaza City, the civil defence said. UNRWA says more than 190 of its buildings have been hit since the war began.

        Aid groups say the war has made Gaza the most dangerous place in the world for humanitarian work. The UN says 278 aid workers have been killed, most of them UNRWA staff. At least 103 Palestinian journalists have also been killed in Gaza, according to the Committee to Protect Journalists.

        Meanwhile, the Israeli military said two soldiers were killed in fighting in the southern Gaza Strip on Tuesday, bringing its death toll in the ground offensive to 326.

        In Gaza City, where Israeli forces launched a new push this week, tens of thousands of residents have been ordered to leave. The army dropped leaflets telling people to head south along Salah al-Din Road to shelters in Deir al-Balah, some 15 kilometres away.

        Only 80 aid trucks entered the territory on Monday, the UN said, against a pre-war average of 500 a day.
        """,
        g("killed", 29, "gaza", q="lower", scope="event", as_of="2024-07-09", by="civil defence", cue="killing at least 29 people", note="headline 'kills 29', lead 'at least 29', '29 bodies': one figure, qualifier from the lead"),
        g("injured", 50, "gaza", q="lower", scope="event", as_of="2024-07-09", by="civil defence", cue="more than 50 people were wounded", note="the speaker is the agency's spokesman"),
        g("killed", 13, "gaza", pop="children", scope="event", as_of="2024-07-09", by="nasser medical complex", cue="13 of the dead were children"),
        g("killed", 16, "gaza", scope="event", as_of="2024-07-06", by="gaza health ministry", cue="On Saturday ... killed 16 people"),
        g("killed", 8, "gaza", scope="event", as_of="2024-07-08", by="civil defence", cue="on Monday eight people were killed"),
        g("killed", 278, "gaza", pop="aid_workers", scope="total", as_of=D2, by="un", cue="278 aid workers have been killed"),
        g("killed", 103, "gaza", pop="journalists", q="lower", scope="total", as_of=D2, by="committee to protect journalists", cue="At least 103 Palestinian journalists"),
        g("killed", 2, "israel", pop="combatants", scope="event", as_of="2024-07-09", by="israeli military", cue="two soldiers were killed"),
        g("killed", 326, "israel", pop="combatants", scope="total", as_of=D2, by="israeli military", cue="its death toll in the ground offensive to 326"),
        g("evacuated", 20000, "gaza", q="lower", scope="event", as_of=D2, by=None, cue="tens of thousands of residents have been ordered to leave", note="vague 'tens of thousands' -> 20000/lower; one operation's evacuation order -> event (debatable)"),
    ),
    article(
        "israel-october-7-anniversary-hostages",
        D3,
        """
        Israel marks a year since October 7 as 101 hostages remain in Gaza

        TEL AVIV, Oct 7, 2024 (AP) — Israelis gathered in Tel Aviv, at the site of the Nova music festival and in border communities on Monday to mark one year since the Hamas-led attack that killed some 1,200 people, most of them civilians, and saw 251 taken into Gaza as hostages.

        Of those, 101 remain in captivity, and Israeli authorities believe at least a third of them are no longer alive.

        At 6:29 a.m., the moment the first rockets were fired a year ago, a siren sounded and crowds stood in silence. Hamas fired about 3,000 rockets into Israel on the morning of the attack, according to the military.

        "My brother is 23. He has been in a tunnel for 366 days," said Shira Albag, holding a photograph at a rally outside the Defence Ministry. "Every government meeting without a deal is a meeting that failed him."

        The anniversary did not pass quietly. Hamas's armed wing fired four rockets from Khan Younis toward central Israel on Monday morning, the military said, and two women were lightly hurt while running to shelters, according to the Magen David Adom rescue service.

        In the north, some 60,000 residents remain evacuated from their homes because of Hezbollah fire, which has killed 45 civilians and soldiers there since October 8, 2023.

        The military says 726 soldiers have been killed since October 7, including 346 in the ground offensive in Gaza that began three weeks after the attack.

        Israel's campaign in Gaza has killed more than 41,900 Palestinians, according to the territory's health ministry, and reduced much of the strip to rubble. Israel has also detained thousands of Palestinians from Gaza during the war, rights groups say, many of them held without charge.

        Prime Minister Benjamin Netanyahu, whose approval rating stands at 31%, said in a televised address that the war would go on "until all our goals are achieved".
        """,
        g("killed", 1200, "israel", q="approx", scope="event", as_of="2023-10-07", by=None, cue="killed some 1,200 people"),
        g("hostages", 251, "israel", scope="event", as_of="2023-10-07", by=None, cue="saw 251 taken into Gaza as hostages"),
        g("hostages", 101, "israel", scope="total", as_of=D3, by=None, cue="101 remain in captivity", note="headline and body state the same count once; 'a third' is a share, not a figure"),
        g("projectiles", 3000, "gaza", q="approx", scope="event", as_of="2023-10-07", by="israeli military", cue="fired about 3,000 rockets", note="'the military' in an Israeli context = israeli military"),
        g("projectiles", 4, "gaza", scope="event", as_of=D3, by="israeli military", cue="fired four rockets from Khan Younis"),
        g("injured", 2, "israel", pop="women", scope="event", as_of=D3, by="magen david adom", cue="two women were lightly hurt"),
        g("evacuated", 60000, "israel", q="approx", scope="total", as_of=D3, by=None, cue="some 60,000 residents remain evacuated"),
        g("killed", 45, "israel", scope="total", as_of=D3, by=None, cue="killed 45 civilians and soldiers there", note="'civilians and soldiers' not split -> one figure, population all"),
        g("killed", 726, "israel", pop="combatants", scope="total", as_of=D3, by="israeli military", cue="726 soldiers have been killed"),
        g("killed", 346, "israel", pop="combatants", scope="total", as_of=D3, by="israeli military", cue="including 346 in the ground offensive"),
        g("killed", 41900, "gaza", q="lower", scope="total", as_of=D3, by="gaza health ministry", cue="killed more than 41,900 Palestinians"),
        g("detained", 2000, "gaza", q="lower", scope="total", as_of=D3, by="rights groups", cue="detained thousands of Palestinians from Gaza"),
    ),
    article(
        "iran-israel-exchange-fourth-day",
        D4,
        """
        Iran and Israel trade strikes for a fourth day as death toll climbs

        Published 16 June 2025

        Iran fired a new wave of ballistic missiles at Israel overnight, killing at least eight people in Tel Aviv, Petah Tikva and Haifa, Israeli officials said on Monday, as Israel pressed on with strikes on Iranian nuclear and military sites.

        Israel's military said Iran launched about 40 missiles in the latest barrage, most of which were intercepted. Magen David Adom said 92 people were wounded, three of them seriously.

        That brings the number of people killed in Israel since Friday to 24, according to the prime minister's office, with 592 injured.

        Since the start of the conflict on Friday, Iran has fired some 370 missiles and hundreds of drones at Israel, the military said.

        In Iran, the health ministry said 224 people had been killed and 1,277 wounded since Friday, most of them civilians. A ministry spokesman said the dead included 20 children.

        Israel says its strikes have killed at least 20 senior military commanders, including the armed forces chief of staff, and have destroyed a third of Iran's missile launchers. Its jets have flown more than 200 sorties over Iran, hitting the Natanz enrichment site and S-300 air defence batteries around Tehran, a city of 10 million.

        In Bat Yam, south of Tel Aviv, rescuers were still searching the ruins of a 14-storey building hit on Sunday. The municipality said 350 residents of neighbouring blocks had been evacuated on Sunday.

        Oil prices rose 7% on Monday. US President Donald Trump said Iran should accept a deal "before it is too late", while European foreign ministers planned to meet their Iranian counterpart in Geneva on Friday.
        """,
        g("killed", 8, "israel", q="lower", scope="event", as_of=D4, by="israeli officials", cue="killing at least eight people"),
        g("projectiles", 40, "iran", q="approx", scope="event", as_of=D4, by="israeli military", cue="Iran launched about 40 missiles"),
        g("injured", 92, "israel", scope="event", as_of=D4, by="magen david adom", cue="92 people were wounded", note="'three of them seriously' is a severity subgroup, not a FIGURES.md population: not annotated"),
        g("killed", 24, "israel", scope="total", as_of=D4, by="prime minister's office", cue="killed in Israel since Friday to 24", note="'since Friday' = since the war began -> running toll, total"),
        g("injured", 592, "israel", scope="total", as_of=D4, by="prime minister's office", cue="with 592 injured"),
        g("projectiles", 370, "iran", q="approx", scope="total", as_of=D4, by="israeli military", cue="some 370 missiles"),
        g("projectiles", 200, "iran", q="lower", scope="total", as_of=D4, by="israeli military", cue="hundreds of drones"),
        g("killed", 224, "iran", scope="total", as_of=D4, by="iranian health ministry", cue="224 people had been killed"),
        g("injured", 1277, "iran", scope="total", as_of=D4, by="iranian health ministry", cue="1,277 wounded since Friday"),
        g("killed", 20, "iran", pop="children", scope="total", as_of=D4, by="iranian health ministry", cue="the dead included 20 children"),
        g("killed", 20, "iran", pop="combatants", q="lower", scope="total", as_of=D4, by="israel", cue="killed at least 20 senior military commanders"),
        g("evacuated", 350, "israel", scope="event", as_of="2025-06-15", by="municipality", cue="350 residents ... had been evacuated on Sunday"),
    ),
    article(
        "west-bank-jenin-raid-eighth-day",
        D5,
        """
        Israeli raid on Jenin enters eighth day; 12 killed in the city

        JENIN, West Bank, Sept 4, 2024 (Reuters) - Israeli forces pressed on with a large-scale operation in the northern West Bank on Wednesday, its eighth day, as the Palestinian health ministry said 36 people had been killed in the raids on Jenin, Tulkarm and Tubas since they began last week.

        Among the dead were eight children, the ministry said.

        In Jenin alone, 12 people have been killed, local officials said, including a 16-year-old boy shot near the entrance of the refugee camp. Armoured bulldozers have torn up more than 20 km of roads and cut water to much of the city.

        The Israeli military said its forces had killed 14 militants in the operation and detained 30 wanted suspects. A soldier was killed in Jenin on Saturday, the first Israeli fatality of the operation.

        The UN humanitarian office OCHA said about 3,000 residents had fled the Jenin camp, which is home to some 14,000 people. Two paramedics were among the wounded on Wednesday, the Palestine Red Crescent Society said, after their ambulance came under fire.

        "We have not slept for a week," said Ahmad Turkman, 52, who runs a grocery on the edge of the camp. "They enter at 3 a.m. and leave at noon, and then they come back."

        Violence in the West Bank has surged since the Gaza war began. At least 652 Palestinians have been killed in the territory since October 7, including 150 children, according to the health ministry. Over the same period, 23 Israelis, including soldiers, have been killed in Palestinian attacks in the West Bank and Israel, according to Israeli official figures.

        The Palestinian Prisoners' Society says more than 10,400 Palestinians have been arrested in the West Bank since the war began.
        """,
        g("killed", 36, "west-bank", scope="total", as_of=D5, by="palestinian health ministry", cue="36 people had been killed in the raids", note="running toll of an ongoing operation 'since they began' -> total (as the seed's border-violence tolls); debatable vs event"),
        g("killed", 8, "west-bank", pop="children", scope="total", as_of=D5, by="palestinian health ministry", cue="Among the dead were eight children"),
        g("killed", 12, "west-bank", scope="total", as_of=D5, by="local officials", cue="In Jenin alone, 12 people have been killed", note="headline '12 killed' is the same figure; '16-year-old' is an age"),
        g("killed", 14, "west-bank", pop="combatants", scope="total", as_of=D5, by="israeli military", cue="killed 14 militants"),
        g("detained", 30, "west-bank", scope="total", as_of=D5, by="israeli military", cue="detained 30 wanted suspects"),
        g("displaced", 3000, "west-bank", q="approx", scope="total", as_of=D5, by="ocha", cue="about 3,000 residents had fled", note="'home to some 14,000 people' is a population, not a figure"),
        g("injured", 2, "west-bank", pop="medics", scope="event", as_of=D5, by="palestine red crescent society", cue="Two paramedics were among the wounded"),
        g("killed", 652, "west-bank", q="lower", scope="total", as_of=D5, by="palestinian health ministry", cue="At least 652 Palestinians"),
        g("killed", 150, "west-bank", pop="children", scope="total", as_of=D5, by="palestinian health ministry", cue="including 150 children"),
        g("killed", 23, "israel", scope="total", as_of=D5, by="israeli officials", cue="23 Israelis, including soldiers", note="killed 'in the West Bank and Israel' but counted people are Israelis -> israel"),
        g("detained", 10400, "west-bank", q="lower", scope="total", as_of=D5, by="palestinian prisoners' society", cue="more than 10,400 Palestinians have been arrested"),
    ),
]
# fmt: on
