# ruff: noqa: E501  (case texts are data; long sentences stay on one line where possible)
"""Lists and subgroups: several figures in one clause, "including", "among them", "of whom"."""

from . import DRC, case, fig

CASES = [
    case(
        "somalia-list-soldiers-and-civilians",
        "The army said 11 soldiers and four civilians were killed when militants attacked a base in Somalia's Middle "
        "Shabelle region.",
        "2024-03-09",
        fig("killed", 11, "somalia", population="combatants", reported_by="army"),
        fig("killed", 4, "somalia", population="civilians", reported_by="army"),
    ),
    case(
        "gaza-list-including-children-and-women",
        "The ministry said 6,546 people had been killed in Gaza, including 2,704 children and 1,584 women.",
        "2023-10-26",
        fig("killed", 6546, "gaza", reported_by="ministry"),
        fig("killed", 2704, "gaza", population="children", reported_by="ministry"),
        fig("killed", 1584, "gaza", population="women", reported_by="ministry"),
    ),
    case(
        "gaza-list-among-them-children",
        "An Israeli strike on a house in Rafah killed 22 people, among them eight children, on Saturday night.",
        "2024-04-21",
        fig("killed", 22, "gaza", scope="event", as_of="2024-04-20"),
        fig("killed", 8, "gaza", population="children", scope="event", as_of="2024-04-20"),
    ),
    case(
        "sudan-list-of-whom-children",
        "At least 90 people were killed, of whom 35 were children, when the RSF shelled the Abu Shouk camp near El Fasher.",
        "2024-12-03",
        fig("killed", 90, "sudan", qualifier="lower", scope="event"),
        fig("killed", 35, "sudan", population="children", scope="event"),
    ),
    case(
        "sudan-list-killed-and-wounded",
        "The drone attack on a wedding party in North Darfur killed 18 people and wounded 40 others.",
        "2024-07-28",
        fig("killed", 18, "sudan", scope="event"),
        fig("injured", 40, "sudan", scope="event"),
    ),
    case(
        "ukraine-list-killed-and-injured-sumy",
        "Three people were killed and 12 injured in a Russian missile strike on Sumy, local authorities said.",
        "2024-08-25",
        fig("killed", 3, "ukraine", reported_by="local authorities"),
        fig("injured", 12, "ukraine", reported_by="local authorities"),
    ),
    case(
        "syria-list-same-value-two-metrics",
        "A car bomb in the northern Syrian town of Manbij killed seven people and wounded seven others.",
        "2025-02-03",
        fig("killed", 7, "syria"),
        fig("injured", 7, "syria"),
    ),
    case(
        "drc-list-same-value-two-populations",
        "Five soldiers and five civilians were wounded in the ambush near Bunia in eastern Congo, the army said.",
        "2024-10-14",
        fig("injured", 5, DRC, population="combatants"),
        fig("injured", 5, DRC, population="civilians"),
    ),
    case(
        "lebanon-list-of-them-children",
        "Lebanese authorities say 558 people have been killed in Israeli strikes this week, 50 of them children.",
        "2024-09-24",
        fig("killed", 558, "lebanon", reported_by="lebanese authorities"),
        fig("killed", 50, "lebanon", population="children", reported_by="lebanese authorities"),
    ),
    case(
        "gaza-list-three-metrics",
        "The strike on the residential block in Deir al-Balah killed 25 people, wounded 90 and left 12 missing.",
        "2024-08-10",
        fig("killed", 25, "gaza", scope="event"),
        fig("injured", 90, "gaza", scope="event"),
        fig("missing", 12, "gaza", scope="event"),
    ),
    case(
        "gaza-list-doctors-and-nurses",
        "Two doctors and three nurses were killed in the strike on Al-Awda hospital in northern Gaza.",
        "2024-12-06",
        fig("killed", 2, "gaza", population="medics"),
        fig("killed", 3, "gaza", population="medics"),
    ),
    case(
        "ukraine-list-drones-and-missiles",
        "Russia launched 120 drones and 20 missiles at Ukraine's energy grid overnight, the air force said.",
        "2024-12-13",
        fig("projectiles", 120, "russia", reported_by="air force"),
        fig("projectiles", 20, "russia", reported_by="air force"),
    ),
    case(
        "nigeria-list-abducted-including-women",
        "Militants abducted 30 people, including 12 women, from a camp for displaced people in northeastern Nigeria.",
        "2024-03-04",
        fig("hostages", 30, "nigeria"),
        fig("hostages", 12, "nigeria", population="women"),
    ),
    case(
        "ethiopia-list-killed-and-displaced",
        "The conflict in Amhara has killed more than 5,000 people and displaced 200,000 since August.",
        "2024-02-01",
        fig("killed", 5000, "ethiopia", qualifier="lower", scope="total"),
        fig("displaced", 200000, "ethiopia", scope="total"),
    ),
    case(
        "unknown-list-mostly-civilians-one-figure",
        "The bombing of the village has killed 340 people, mostly civilians, local officials said.",
        "2024-08-30",
        # "mostly civilians" gives no number -> only the total (FIGURES.md example). Myanmar is not named:
        # the text does not say where -> unknown.
        fig("killed", 340, "unknown", reported_by="local officials"),
    ),
    case(
        "lebanon-list-including-one-civilian",
        "Six people were killed in the Israeli strike on Nabatieh in southern Lebanon, including one civilian, Lebanese media said.",
        "2024-01-11",
        fig("killed", 6, "lebanon", reported_by="lebanese media"),
        fig("killed", 1, "lebanon", population="civilians", reported_by="lebanese media"),
    ),
    case(
        "israel-list-soldiers-civilians-injured",
        "Hezbollah rocket fire has wounded 16 soldiers and nine civilians in northern Israel since Sunday.",
        "2024-02-16",
        fig("injured", 16, "israel", population="combatants"),
        fig("injured", 9, "israel", population="civilians"),
    ),
    case(
        "haiti-list-among-them-children-women",
        "Gang attacks in Port-au-Prince killed 70 people on Thursday, among them 10 children and three women.",
        "2024-10-05",
        fig("killed", 70, "haiti", scope="event", as_of="2024-10-03"),
        fig("killed", 10, "haiti", population="children", scope="event", as_of="2024-10-03"),
        fig("killed", 3, "haiti", population="women", scope="event", as_of="2024-10-03"),
    ),
    case(
        "gaza-list-daily-ministry-bulletin",
        "The Gaza health ministry said 61 people were killed and 134 injured in the past 24 hours, bringing the death toll to 44,282 and the number of wounded to 104,880.",
        "2024-11-25",
        fig("killed", 61, "gaza", scope="event", reported_by="gaza health ministry"),
        fig("injured", 134, "gaza", scope="event", reported_by="gaza health ministry"),
        fig("killed", 44282, "gaza", scope="total", reported_by="gaza health ministry"),
        fig("injured", 104880, "gaza", scope="total", reported_by="gaza health ministry"),
    ),
    case(
        "lebanon-subgroup-before-total",
        "Four paramedics were among 16 people killed in the strikes on Tyre.",
        "2024-10-02",
        fig("killed", 4, "lebanon", population="medics"),
        fig("killed", 16, "lebanon"),
    ),
]
