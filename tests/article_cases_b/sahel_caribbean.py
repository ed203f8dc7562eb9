# ruff: noqa: E501  (article texts are data)
"""Burkina Faso and Mali (jihadist attacks), north-east Nigeria (Boko Haram), Haiti (gangs, Markdown)."""

from . import article, g

D19 = "2025-05-14"  # Wednesday; "Sunday" = 2025-05-11, "Monday" = 2025-05-12
D20 = "2025-06-15"  # Sunday; "Saturday" = 2025-06-14, "two days" before that = 2025-06-12
D21 = "2025-10-23"  # Thursday; "Monday" = 2025-10-20, "Tuesday" = 2025-10-21

# One gold figure per line reads better than ruff's exploded calls.
# fmt: off
ARTICLES = [
    article(
        "b_burkina_mali_jihadists",
        D19,
        """
        Jihadists storm Burkina Faso's Djibo; Mali army camp attacked
        Posted: 14 May 2025

        OUAGADOUGOU — Fighters from the al-Qaeda-linked JNIM group killed more than 100 people, most of them soldiers, in a coordinated dawn attack on the northern town of Djibo on Sunday, residents and a local aid worker said. The attackers also abducted at least 30 people, including the town's imam.

        JNIM claimed to have killed 200 soldiers and members of the VDP, the army's civilian auxiliary force, and published images of captured weapons, pickup trucks and a 120mm mortar.

        The junta said only that "terrorist hordes" had been repelled, and state television claimed about 150 attackers were "neutralised".

        Hundreds of residents have since fled to Ouagadougou, a 200 km journey on roads regularly mined by the militants. Close to 2,500 people had reached the town of Kaya by Tuesday, according to the UN refugee agency.

        In neighbouring Mali, JNIM fighters attacked a military camp in Dioura on Monday, killing 41 soldiers, according to two security sources. The army confirmed "losses" without giving a number.

        Across the central Sahel, political violence killed about 10,400 people in 2024, according to the conflict monitor ACLED. Burkina Faso alone has more than 2 million internally displaced people, though the authorities stopped publishing figures in March 2023.
        """,
        g("killed", 100, "burkina-faso", q="lower", scope="event", as_of="2025-05-11", by="residents", cue="killed more than 100 people, most of them soldiers", note="'most of them soldiers' has no number -> population all; Sunday before Wednesday 14 May."),
        g("hostages", 30, "burkina-faso", q="lower", scope="event", as_of="2025-05-11", by=None, cue="abducted at least 30 people, including the town's imam", note="separate sentence without attribution -> own voice; the imam is one person, no count."),
        g("killed", 200, "burkina-faso", pop="combatants", scope="event", as_of="2025-05-11", by="jnim", cue="JNIM claimed to have killed 200 soldiers", note="soldiers and VDP auxiliaries -> combatants; 120mm is not a figure."),
        g("killed", 150, "burkina-faso", pop="combatants", q="approx", scope="event", as_of="2025-05-11", by="state television", cue="about 150 attackers were", note="JNIM fighters attacking in Burkina -> burkina-faso (armed groups take their country)."),
        g("displaced", 200, "burkina-faso", q="lower", scope="event", as_of=D19, by=None, cue="Hundreds of residents have since fled to Ouagadougou", note="200 km is a distance, not a figure."),
        g("displaced", 2500, "burkina-faso", q="upper", scope="event", as_of="2025-05-13", by="un refugee agency", cue="Close to 2,500 people had reached the town of Kaya by Tuesday", note="'close to' -> upper; arrivals fleeing Djibo -> displaced; 'by Tuesday' -> as_of Tuesday 13 May."),
        g("killed", 41, "mali", pop="combatants", scope="event", as_of="2025-05-12", by="security sources", cue="killing 41 soldiers, according to two security sources", note="'two security sources' is not a figure."),
        g("killed", 10400, "unknown", q="approx", scope="event", as_of=None, by="acled", cue="political violence killed about 10,400 people in 2024", note="several countries (the central Sahel) -> unknown; a past calendar year -> event, as_of null."),
        g("displaced", 2000000, "burkina-faso", q="lower", scope="total", as_of=D19, by=None, cue="more than 2 million internally displaced people"),
    ),
    article(
        "b_nigeria_boko_haram",
        D20,
        """
        Boko Haram fighters kill farmers, abduct women in northeast Nigeria

        By Ibrahim Musa, Maiduguri
        June 15, 2025

        Suspected Boko Haram fighters killed at least 12 farmers and abducted eight women in an attack on a village near Konduga in Borno state on Saturday, a local militia leader and residents said.

        "They came on motorcycles around 4 pm, about 50 of them, and started shooting," said Babakura Kolo, a leader of the Civilian Joint Task Force, a militia that helps the army. He said two of his men were among the dead.

        The Borno state police spokesman confirmed the attack but put the death toll at nine.

        The attack came two days after a suicide bombing at a fish market in Konduga killed at least 24 people and injured more than 30, according to the State Emergency Management Agency.

        Borno governor Babagana Zulum said in April that Boko Haram and its rival, Islamic State West Africa Province (ISWAP), had regained ground, overrunning at least five military bases this year.

        The insurgency, which began in 2009, has killed more than 40,000 people and displaced about two million in the northeast, according to the UN. Boko Haram's abduction of 276 schoolgirls from Chibok in April 2014 drew global outrage; about 90 of them are still missing, rights groups say.
        """,
        g("killed", 12, "nigeria", pop="civilians", q="lower", scope="event", as_of="2025-06-14", by="local militia leader", cue="killed at least 12 farmers", note="farmers -> civilians; 'a local militia leader and residents said'."),
        g("hostages", 8, "nigeria", pop="women", scope="event", as_of="2025-06-14", by="local militia leader", cue="abducted eight women"),
        g("killed", 2, "nigeria", pop="combatants", scope="event", as_of="2025-06-14", by="babakura kolo", cue="He said two of his men were among the dead", note="militia members -> combatants; the 50 attackers and '4 pm' are not figures."),
        g("killed", 9, "nigeria", scope="event", as_of="2025-06-14", by="borno state police", cue="put the death toll at nine"),
        g("killed", 24, "nigeria", q="lower", scope="event", as_of="2025-06-12", by="state emergency management agency", cue="killed at least 24 people and injured more than 30", note="'two days after' Saturday 14 June -> Thursday 12 June."),
        g("injured", 30, "nigeria", q="lower", scope="event", as_of="2025-06-12", by="state emergency management agency", cue="injured more than 30"),
        g("killed", 40000, "nigeria", q="lower", scope="total", as_of=D20, by="un", cue="has killed more than 40,000 people", note="five military bases is not a figure."),
        g("displaced", 2000000, "nigeria", q="approx", scope="total", as_of=D20, by="un", cue="displaced about two million in the northeast"),
        g("hostages", 276, "nigeria", pop="children", scope="event", as_of=None, by=None, cue="abduction of 276 schoolgirls from Chibok in April 2014", note="schoolgirls -> children; a month with no day -> as_of null."),
        g("missing", 90, "nigeria", pop="children", q="approx", scope="total", as_of=D20, by="rights groups", cue="about 90 of them are still missing, rights groups say"),
    ),
    article(
        "b_haiti_gangs_md",
        D21,
        """
        # Haiti: gang violence displaces a record 1.4 million

        Updated: 23 October 2025 10:15

        **PORT-AU-PRINCE** — Gang violence in Haiti has displaced a record 1.4 million people, more than one in ten Haitians, the International Organization for Migration said on Thursday, as armed groups pushed into areas outside the capital that had been spared until this year.

        ## A deadly year

        The UN human rights office said at least 3,141 people have been killed and 1,219 injured since January, most of them in gang attacks but many in operations by the police and a government "task force" that uses armed drones.

        - **Kenscoff:** Members of the Viv Ansanm gang coalition killed at least 18 people, including three children, on Monday and set fire to 40 homes, the town's mayor said. About 2,600 residents fled.
        - **Cité Soleil:** A drone strike on a gang leader's birthday party in September killed eight children and three adults.
        - **Kidnappings:** 185 people were abducted for ransom between April and June, the UN said.

        In 2024, gang violence killed at least 5,601 people, according to the UN.

        ## Security mission

        The UN Security Council last month approved, in Resolution 2793, a new Gang Suppression Force of up to 5,550 personnel to replace the Kenyan-led mission, which has about 1,000 police officers on the ground. The Dominican Republic evacuated 250 of its citizens by air on Tuesday.
        """,
        g("displaced", 1400000, "haiti", scope="total", as_of=D21, by="international organization for migration", cue="displaced a record 1.4 million people", note="headline repeats; 'one in ten' is not a figure."),
        g("killed", 3141, "haiti", q="lower", scope="total", as_of=D21, by="un human rights office", cue="at least 3,141 people have been killed"),
        g("injured", 1219, "haiti", scope="total", as_of=D21, by="un human rights office", cue="1,219 injured since January", note="'at least' is attached to the killed figure only."),
        g("killed", 18, "haiti", q="lower", scope="event", as_of="2025-10-20", by="mayor", cue="killed at least 18 people, including three children, on Monday", note="40 homes are not people."),
        g("killed", 3, "haiti", pop="children", scope="event", as_of="2025-10-20", by="mayor", cue="including three children, on Monday"),
        g("displaced", 2600, "haiti", q="approx", scope="event", as_of="2025-10-20", by=None, cue="About 2,600 residents fled"),
        g("killed", 8, "haiti", pop="children", scope="event", as_of=None, by=None, cue="killed eight children and three adults", note="September, no day -> as_of null."),
        g("killed", 3, "haiti", scope="event", as_of=None, by=None, cue="and three adults", note="adults is no FIGURES.md subgroup -> all."),
        g("hostages", 185, "haiti", scope="event", as_of=None, by="un", cue="185 people were abducted for ransom between April and June", note="a three-month window -> event; no single day -> as_of null."),
        g("killed", 5601, "haiti", q="lower", scope="event", as_of=None, by="un", cue="In 2024, gang violence killed at least 5,601 people", note="a past calendar year -> event, as_of null."),
        g("evacuated", 250, "dominican-republic", scope="event", as_of="2025-10-21", by=None, cue="evacuated 250 of its citizens by air on Tuesday", note="the evacuees are Dominican citizens -> dominican-republic. Resolution 2793, 5,550 personnel and 1,000 police officers are not figures."),
    ),
]
# fmt: on
