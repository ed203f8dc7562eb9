# ruff: noqa: E501  (article texts are data)
"""Ukraine (an overnight drone attack, a glide-bomb strike), Russia (Kursk incursion, Belgorod) and Myanmar (air strike, earthquake)."""

from . import article, g

U1 = "2024-11-26"  # Tuesday
U2 = "2024-05-27"  # Monday
R1 = "2024-08-12"  # Monday
M1 = "2024-09-09"  # Monday
M2 = "2025-04-03"  # Thursday

# One gold figure per line reads better than the formatter's one field per line.
# fmt: off
ARTICLES = [
    article(
        "ukraine-record-188-drones-overnight",
        U1,
        """
        Russia launches record 188 drones at Ukraine overnight, air force says

        KYIV, Nov 26, 2024 (Reuters) - Russia attacked Ukraine with a record 188 drones overnight, Ukraine's air force said on Tuesday. The attack damaged critical infrastructure in several regions and killed at least four people.

        The air force said air defences shot down 76 of the drones, while 95 were "lost" after being jammed by electronic warfare. Four Iskander-M ballistic missiles were also launched from Russia's Kursk region, it said.

        In Odesa, three people were killed and 11 injured when debris fell on an apartment block, regional governor Oleh Kiper said. In the Kharkiv region, one person was killed and four were wounded in Russian shelling of Kupiansk on Monday evening, governor Oleh Syniehubov said.

        Energy company DTEK said more than 500,000 households in the western Ternopil region were without power on Tuesday morning, and that repairs could take up to three days.

        In the east, authorities in the Donetsk region said 1,100 people, among them 240 children, had been evacuated from towns around Pokrovsk over the past week as Russian forces closed to within 6 km of the city.

        Russia's defence ministry said its air defences had downed 39 Ukrainian drones over the Kursk, Bryansk and Oryol regions overnight.

        President Volodymyr Zelenskiy renewed his appeal to Western allies for at least 10 more Patriot systems. "Every night is a test for our air defence," he said in his evening video address.

        The UN human rights monitoring mission says at least 12,164 civilians, including 659 children, have been killed in Ukraine since Russia's full-scale invasion in February 2022.
        """,
        g("projectiles", 188, "russia", scope="event", as_of=U1, by="ukrainian air force", cue="a record 188 drones overnight", note="headline and lead state one figure; 76 shot down and 95 'lost' are subsets of the 188, not launch counts"),
        g("projectiles", 4, "russia", scope="event", as_of=U1, by="ukrainian air force", cue="Four Iskander-M ballistic missiles", note="a second weapon type launched in the same attack is its own figure; 'it said' = the air force"),
        g("killed", 4, "ukraine", q="lower", scope="event", as_of=U1, by=None, cue="killed at least four people", note="the air force attribution closes the previous sentence; the toll is in the article's voice"),
        g("killed", 3, "ukraine", scope="event", as_of=U1, by="odesa regional governor oleh kiper", cue="In Odesa, three people were killed"),
        g("injured", 11, "ukraine", scope="event", as_of=U1, by="odesa regional governor oleh kiper", cue="11 injured when debris fell"),
        g("killed", 1, "ukraine", scope="event", as_of="2024-11-25", by="kharkiv governor oleh syniehubov", cue="one person was killed and four were wounded"),
        g("injured", 4, "ukraine", scope="event", as_of="2024-11-25", by="kharkiv governor oleh syniehubov", cue="four were wounded in Russian shelling of Kupiansk"),
        g("evacuated", 1100, "ukraine", scope="event", as_of=U1, by="donetsk regional authorities", cue="1,100 people, among them 240 children", note="'over the past week' is a window -> event; 500,000 households is not a count of people"),
        g("evacuated", 240, "ukraine", pop="children", scope="event", as_of=U1, by="donetsk regional authorities", cue="among them 240 children"),
        g("projectiles", 39, "ukraine", scope="event", as_of=U1, by="russian defence ministry", cue="downed 39 Ukrainian drones", note="the only count given for that attack, so it stands as a projectiles figure (debatable: a shot-down count)"),
        g("killed", 12164, "ukraine", pop="civilians", q="lower", scope="total", as_of=U1, by="un human rights monitoring mission", cue="at least 12,164 civilians"),
        g("killed", 659, "ukraine", pop="children", scope="total", as_of=U1, by="un human rights monitoring mission", cue="including 659 children"),
    ),
    article(
        "ukraine-kharkiv-hypermarket-strike",
        U2,
        """
        Death toll from Russian strike on Kharkiv hypermarket rises to 18

        Published: 27 May 2024

        KHARKIV — Rescuers pulled more bodies from the burnt-out shell of a hardware hypermarket in Kharkiv on Monday, raising the death toll from Saturday's Russian strike to 18, regional governor Oleh Syniehubov said.

        Forty-eight people were wounded, among them four children, and 11 remain missing, he said. Police said DNA tests would be needed to identify most of the victims.

        The store, which sold furniture and garden tools, had about 200 shoppers and staff inside when two guided aerial bombs hit it shortly after 4 p.m. A second strike on Saturday evening, on a printing house in the city centre, killed seven people and injured 21, the regional prosecutor's office said.

        President Volodymyr Zelenskiy, who visited the site, said Russia had dropped more than 3,200 glide bombs on Ukraine this month alone. "If we had the air defence we need, with just two more Patriot batteries for Kharkiv, this would not have happened," he said.

        Kharkiv, Ukraine's second-largest city with a pre-war population of 1.4 million, lies about 30 km from the Russian border. Since Russia opened a new offensive in the north of the region on May 10, more than 11,000 people have been evacuated from border towns including Vovchansk, the regional administration said.

        The city had declared Sunday a day of mourning. Flowers and toys were piled outside the hypermarket's fence, where a 70-year-old volunteer handed out water to rescue crews who had worked through two nights.
        """,
        g("killed", 18, "ukraine", scope="event", as_of="2024-05-25", by="kharkiv governor oleh syniehubov", cue="raising the death toll from Saturday's Russian strike to 18", note="one strike -> event, as_of the strike day, not the day the toll rose; headline repeats it"),
        g("injured", 48, "ukraine", scope="event", as_of="2024-05-25", by="kharkiv governor oleh syniehubov", cue="Forty-eight people were wounded"),
        g("injured", 4, "ukraine", pop="children", scope="event", as_of="2024-05-25", by="kharkiv governor oleh syniehubov", cue="among them four children"),
        g("missing", 11, "ukraine", scope="event", as_of="2024-05-25", by="kharkiv governor oleh syniehubov", cue="11 remain missing"),
        g("projectiles", 2, "russia", scope="event", as_of="2024-05-25", by=None, cue="two guided aerial bombs hit it", note="guided bombs dropped on the store count as projectiles (debatable); '200 shoppers and staff inside' is not a figure"),
        g("killed", 7, "ukraine", scope="event", as_of="2024-05-25", by="regional prosecutor's office", cue="killed seven people and injured 21"),
        g("injured", 21, "ukraine", scope="event", as_of="2024-05-25", by="regional prosecutor's office", cue="injured 21"),
        g("projectiles", 3200, "russia", q="lower", scope="event", as_of=U2, by="zelenskiy", cue="dropped more than 3,200 glide bombs", note="'this month' is a window -> event; 'two more Patriot batteries' is not a figure"),
        g("evacuated", 11000, "ukraine", q="lower", scope="total", as_of=U2, by="regional administration", cue="more than 11,000 people have been evacuated", note="running count 'since' the offensive began -> total"),
    ),
    article(
        "russia-kursk-incursion-evacuations",
        R1,
        """
        Russia says 121,000 evacuated from Kursk region as Ukrainian incursion enters seventh day

        MOSCOW, Aug 12, 2024 (Reuters) - Russia has evacuated more than 121,000 people from areas of the Kursk region near the Ukrainian border, acting governor Alexei Smirnov said on Monday, as Ukrainian troops pressed on with a cross-border incursion that began last Tuesday.

        Smirnov told President Vladimir Putin at a televised meeting that 12 civilians had been killed and 121 wounded, including 10 children, since the incursion began. He said Ukrainian forces controlled 28 settlements in an area about 40 km wide and 12 km deep, and that some 2,000 residents of those areas were out of contact with their relatives.

        Russia's defence ministry said it had killed about 1,610 Ukrainian soldiers since the start of the incursion and destroyed 32 tanks. It said air defences had destroyed 117 Ukrainian drones and four Tochka-U missiles over the Kursk region overnight.

        Ukraine's army chief, Oleksandr Syrskyi, said on Monday his forces had captured more than 100 Russian soldiers, whom Kyiv hopes to exchange for Ukrainian prisoners of war.

        In the neighbouring Belgorod region, governor Vyacheslav Gladkov said Ukrainian shelling of the village of Krasnaya Yaruga killed two people and wounded six on Sunday. The district is home to about 11,000 people.

        Belgorod has been hit repeatedly since 2022. On December 30 last year, Ukrainian shelling of the regional capital killed 25 people, including five children, the deadliest single attack on Russian soil since the war began.

        Putin called the incursion "a large-scale provocation" and ordered the FSB security service to organise a counter-terrorism operation in three regions.
        """,
        g("evacuated", 121000, "russia", q="lower", scope="total", as_of=R1, by="kursk acting governor alexei smirnov", cue="evacuated more than 121,000 people", note="headline '121,000 evacuated' is the same figure"),
        g("killed", 12, "russia", pop="civilians", scope="total", as_of=R1, by="kursk acting governor alexei smirnov", cue="12 civilians had been killed"),
        g("injured", 121, "russia", scope="total", as_of=R1, by="kursk acting governor alexei smirnov", cue="121 wounded"),
        g("injured", 10, "russia", pop="children", scope="total", as_of=R1, by="kursk acting governor alexei smirnov", cue="including 10 children"),
        g("missing", 2000, "russia", q="approx", scope="total", as_of=R1, by="kursk acting governor alexei smirnov", cue="some 2,000 residents ... out of contact", note="'out of contact with their relatives' = unaccounted for -> missing (debatable)"),
        g("killed", 1610, "ukraine", pop="combatants", q="approx", scope="total", as_of=R1, by="russian defence ministry", cue="killed about 1,610 Ukrainian soldiers"),
        g("projectiles", 117, "ukraine", scope="event", as_of=R1, by="russian defence ministry", cue="destroyed 117 Ukrainian drones"),
        g("projectiles", 4, "ukraine", scope="event", as_of=R1, by="russian defence ministry", cue="four Tochka-U missiles"),
        g("detained", 100, "russia", pop="combatants", q="lower", scope="total", as_of=R1, by="ukrainian army chief oleksandr syrskyi", cue="captured more than 100 Russian soldiers"),
        g("killed", 2, "russia", scope="event", as_of="2024-08-11", by="belgorod governor vyacheslav gladkov", cue="killed two people and wounded six on Sunday"),
        g("injured", 6, "russia", scope="event", as_of="2024-08-11", by="belgorod governor vyacheslav gladkov", cue="wounded six on Sunday"),
        g("killed", 25, "russia", scope="event", as_of="2023-12-30", by=None, cue="killed 25 people, including five children"),
        g("killed", 5, "russia", pop="children", scope="event", as_of="2023-12-30", by=None, cue="including five children"),
    ),
    article(
        "myanmar-sagaing-village-air-strike",
        M1,
        """
        Myanmar junta air strike on village kills 40, resistance group says

        September 9, 2024

        Myanmar's military bombed a village in the central Sagaing region on Saturday, killing at least 40 people, including 11 children, a local resistance group and residents said.

        A fighter jet dropped two 500-pound bombs on Let Yet Kone village at about 10 a.m., as residents gathered for a novice ordination ceremony at the monastery, witnesses said. More than 20 people were wounded, said a member of the local People's Defence Force, who asked not to be named for security reasons.

        Junta spokesman Major General Zaw Min Tun denied that civilians had been targeted and said the strike on Saturday had killed 18 PDF fighters who were using the monastery as a base.

        The military has carried out more than 1,000 air strikes since seizing power in the February 2021 coup, according to monitors, as it struggles to contain armed resistance across much of the country.

        The Assistance Association for Political Prisoners says more than 5,600 civilians have been killed by the junta and 27,000 people arrested since the coup, of whom about 20,700 remain in detention.

        Nearly 3.4 million people are displaced inside the country, according to the United Nations. About 1 million Rohingya, most of whom fled a military crackdown in 2017, live in crowded camps across the border in Bangladesh.

        "We buried them in one row, the children at the end," said a 58-year-old farmer who lost a grandson. "There was no time for anything else. The planes might come back."
        """,
        g("killed", 40, "myanmar", q="lower", scope="event", as_of="2024-09-07", by="local resistance group", cue="killing at least 40 people"),
        g("killed", 11, "myanmar", pop="children", scope="event", as_of="2024-09-07", by="local resistance group", cue="including 11 children"),
        g("projectiles", 2, "myanmar", scope="event", as_of="2024-09-07", by="witnesses", cue="dropped two 500-pound bombs", note="bombs dropped = projectiles of the side that dropped them (the Myanmar military); 500-pound is a weight"),
        g("injured", 20, "myanmar", q="lower", scope="event", as_of="2024-09-07", by="people's defence force member", cue="More than 20 people were wounded"),
        g("killed", 18, "myanmar", pop="combatants", scope="event", as_of="2024-09-07", by="junta spokesman zaw min tun", cue="killed 18 PDF fighters"),
        g("killed", 5600, "myanmar", pop="civilians", q="lower", scope="total", as_of=M1, by="assistance association for political prisoners", cue="more than 5,600 civilians have been killed"),
        g("detained", 27000, "myanmar", scope="total", as_of=M1, by="assistance association for political prisoners", cue="27,000 people arrested since the coup", note="'more than' is read as bounding the 5,600 only (debatable)"),
        g("detained", 20700, "myanmar", q="approx", scope="total", as_of=M1, by="assistance association for political prisoners", cue="about 20,700 remain in detention"),
        g("displaced", 3400000, "myanmar", q="upper", scope="total", as_of=M1, by="un", cue="Nearly 3.4 million people are displaced"),
        g("displaced", 1000000, "myanmar", q="approx", scope="total", as_of=M1, by=None, cue="About 1 million Rohingya ... live in crowded camps", note="refugees of Myanmar's conflict in Bangladesh camps -> displaced, side myanmar (debatable)"),
    ),
    article(
        "myanmar-earthquake-toll-airstrikes",
        M2,
        """
        Myanmar quake toll passes 3,000 as junta keeps up air strikes despite truce

        Published: 3 Apr 2025

        The death toll from the 7.7-magnitude earthquake that struck central Myanmar on March 28 has passed 3,000, the military government said on Thursday, with 3,085 people confirmed dead, 4,715 injured and 341 still missing.

        Rescuers in Mandalay, a city of 1.5 million near the epicentre, pulled a 26-year-old man alive from the rubble of a hotel after more than five days. China, Russia and India have sent teams, including 135 Chinese rescuers.

        In Sagaing, close to the epicentre, residents said about 500 Muslims died when three mosques collapsed during Friday prayers. Aid groups said roads into the city were cut in at least four places.

        The United Nations estimates that 200,000 people have been left homeless by the quake, many of them sleeping in the open in temperatures above 38C.

        The junta declared a 20-day ceasefire on Wednesday to aid relief efforts, following a similar announcement by an alliance of ethnic armed groups. But air strikes have continued. On Tuesday, a strike on a village in Sagaing killed seven people, including three children, a resistance spokesman said.

        The UN human rights office said at least 68 people had been killed in military strikes since the earthquake, and that it had received reports of 53 attacks.

        In neighbouring Thailand, a 30-storey tower under construction in Bangkok collapsed during the quake, killing 22 people. Another 72 are still missing under the debris, city officials said.

        Myanmar was already in crisis before the quake, with more than 3 million people displaced by four years of civil war.
        """,
        g("killed", 3000, "myanmar", q="lower", scope="event", as_of="2025-03-28", by="military government", cue="has passed 3,000", note="the milestone and the exact 3,085 are two numbers the text reports (as the Gaza 40,000 bulletin); one earthquake -> event, as_of the quake day"),
        g("killed", 3085, "myanmar", scope="event", as_of="2025-03-28", by="military government", cue="3,085 people confirmed dead"),
        g("injured", 4715, "myanmar", scope="event", as_of="2025-03-28", by="military government", cue="4,715 injured"),
        g("missing", 341, "myanmar", scope="event", as_of="2025-03-28", by="military government", cue="341 still missing"),
        g("killed", 500, "myanmar", q="approx", scope="event", as_of="2025-03-28", by="residents", cue="about 500 Muslims died", note="Friday prayers = the quake day (March 28 2025 was a Friday); three mosques is not a figure"),
        g("displaced", 200000, "myanmar", q="approx", scope="event", as_of="2025-03-28", by="un", cue="200,000 people have been left homeless", note="'estimates that' read as an estimate -> approx (debatable); homeless = displaced"),
        g("killed", 7, "myanmar", scope="event", as_of="2025-04-01", by="resistance spokesman", cue="killed seven people, including three children"),
        g("killed", 3, "myanmar", pop="children", scope="event", as_of="2025-04-01", by="resistance spokesman", cue="including three children"),
        g("killed", 68, "myanmar", q="lower", scope="total", as_of=M2, by="un human rights office", cue="at least 68 people had been killed in military strikes since the earthquake", note="running count 'since' -> total (debatable); 53 attacks is not a figure"),
        g("killed", 22, "thailand", scope="event", as_of="2025-03-28", by=None, cue="killing 22 people", note="'city officials said' is in the next sentence and read as covering the missing only (debatable)"),
        g("missing", 72, "thailand", scope="event", as_of="2025-03-28", by="city officials", cue="Another 72 are still missing"),
        g("displaced", 3000000, "myanmar", q="lower", scope="total", as_of=M2, by=None, cue="more than 3 million people displaced by four years of civil war"),
    ),
]
# fmt: on
