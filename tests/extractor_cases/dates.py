# ruff: noqa: E501  (case texts are data)
"""as_of: relative days counted back from the article date, named dates, historic events."""

from . import case, fig

CASES = [
    case(
        "ukraine-date-on-tuesday-two-days-back",
        "Russian strikes on Kryvyi Rih on Tuesday killed nine people, the mayor said.",
        "2024-06-13",
        fig("killed", 9, "ukraine", scope="event", as_of="2024-06-11", reported_by="mayor"),
    ),
    case(
        "sudan-date-yesterday",
        "Fourteen people were killed yesterday when a drone hit a market in Sudan's Sennar state.",
        "2025-03-10",
        fig("killed", 14, "sudan", scope="event", as_of="2025-03-09"),
    ),
    case(
        "gaza-date-the-previous-day",
        "Health officials said 31 people were killed in Israeli strikes across Gaza the previous day.",
        "2024-12-02",
        # "the previous day" with no other day in the text counts back from the article date.
        fig("killed", 31, "gaza", scope="event", as_of="2024-12-01", reported_by="health officials"),
    ),
    case(
        "gaza-date-after-including-aside",
        "An Israeli strike killed 12 people, including five children, in Khan Younis on Sunday, the civil defence said.",
        "2025-03-04",
        # the aside ends a clause; "in Khan Younis on Sunday" is still the place and day of "killed"
        fig("killed", 12, "gaza", scope="event", as_of="2025-03-02", reported_by="civil defence"),
        fig("killed", 5, "gaza", population="children", scope="event", as_of="2025-03-02", reported_by="civil defence"),
    ),
    case(
        "myanmar-date-trailing-place-clause-with-verb-is-not-the-day",
        "Junta air strikes killed 21 villagers in Sagaing, where fighting had flared again on Monday, residents said.",
        "2025-02-06",
        # a relative clause with its own verb dates that verb, not the strike: the article's date stays
        fig("killed", 21, "myanmar", scope="event", as_of="2025-02-06", reported_by="residents"),
    ),
    case(
        "ukraine-date-last-month-is-a-window-ending-with-it",
        "A total of 17 civilians lost their lives and 38 were injured in the Donetsk region last month, the UN said.",
        "2025-03-10",
        # like "in February": one window (an event), dated its last day
        fig("killed", 17, "ukraine", population="civilians", scope="event", as_of="2025-02-28", reported_by="un"),
        fig("injured", 38, "ukraine", population="civilians", scope="event", as_of="2025-02-28", reported_by="un"),
    ),
    case(
        "somalia-date-past-month-ends-on-the-report-day",
        "Fighting flared near Jowhar on Saturday. The UN said about 55,000 people had fled their homes in Middle Shabelle in the past month.",
        "2025-04-22",
        # the window runs up to the report, not to the Saturday the text named before
        fig("displaced", 55_000, "somalia", qualifier="approx", scope="event", as_of="2025-04-22", reported_by="un"),
    ),
    case(
        "ukraine-date-last-night",
        "Russian drones struck Odesa last night, killing three people.",
        "2024-03-15",
        fig("killed", 3, "ukraine", scope="event", as_of="2024-03-14"),
    ),
    case(
        "gaza-date-on-november-20",
        "An Israeli strike on Beit Lahia on November 20 killed 66 people, the civil defence said.",
        "2024-11-22",
        # "20" in the date is not a figure.
        fig("killed", 66, "gaza", scope="event", as_of="2024-11-20", reported_by="civil defence"),
    ),
    case(
        "somalia-date-december-across-new-year",
        "A suicide bombing in Mogadishu on December 30 killed 10 people.",
        "2025-01-03",
        # The named month-day lies after the article's month: it is last year's December.
        fig("killed", 10, "somalia", scope="event", as_of="2024-12-30"),
    ),
    case(
        "ukraine-date-overnight",
        "Russia launched 188 drones at Ukraine overnight, the air force said.",
        "2024-11-26",
        # Decision: a bare "overnight" in a day's report is the night ending on the article date.
        fig("projectiles", 188, "russia", scope="event", as_of="2024-11-26", reported_by="air force"),
    ),
    case(
        "russia-date-overnight-into-sunday",
        "A Ukrainian drone attack on Belgorod overnight into Sunday killed 15 people, Russian officials said.",
        "2024-05-13",
        fig("killed", 15, "russia", scope="event", as_of="2024-05-12", reported_by="russian officials"),
    ),
    case(
        "lebanon-date-sunday-night",
        "Israeli strikes on Lebanon's Bekaa valley on Sunday night killed 11 people.",
        "2024-10-22",
        fig("killed", 11, "lebanon", scope="event", as_of="2024-10-20"),
    ),
    case(
        "syria-date-on-monday-same-day",
        "Air strikes on Idlib killed seven people on Monday, rescuers said.",
        "2025-03-10",
        # The article date is itself a Monday: the same day.
        fig("killed", 7, "syria", scope="event", as_of="2025-03-10", reported_by="rescuers"),
    ),
    case(
        "israel-date-historic-october-7",
        "The Hamas-led attack of October 7 killed about 1,200 people in Israel.",
        "2024-08-01",
        fig("killed", 1200, "israel", qualifier="approx", scope="event", as_of="2023-10-07", reported_by=None),
    ),
    case(
        "gaza-date-full-date-no-published",
        "On 3 March 2024, an Israeli strike on the Tal al-Sultan area of Rafah killed 11 people.",
        None,
        fig("killed", 11, "gaza", scope="event", as_of="2024-03-03"),
    ),
    case(
        "ukraine-date-weekday-without-published",
        "Shelling killed five people in the Ukrainian town of Kupiansk on Tuesday.",
        None,
        # No article date: "on Tuesday" cannot be resolved -> as_of null.
        fig("killed", 5, "ukraine", scope="event", as_of=None),
    ),
    case(
        "gaza-date-on-friday-from-saturday",
        "Israeli strikes on Rafah killed nine people on Friday.",
        "2024-04-20",
        fig("killed", 9, "gaza", scope="event", as_of="2024-04-19"),
    ),
    case(
        "ukraine-date-this-morning",
        "A Russian missile hit a clinic in Kyiv this morning, killing four people.",
        "2024-07-09",
        fig("killed", 4, "ukraine", scope="event", as_of="2024-07-09"),
    ),
    case(
        "myanmar-date-two-days-ago",
        "Two days ago, an air strike on a market in Myanmar's Chin state killed 20 people, residents said.",
        "2025-02-20",
        # "Two" counts days, not people.
        fig("killed", 20, "myanmar", scope="event", as_of="2025-02-18"),
    ),
    case(
        "somalia-date-last-thursday",
        "Al-Shabaab fighters killed 15 soldiers in an attack on an army base in central Somalia last Thursday.",
        "2024-12-02",
        fig("killed", 15, "somalia", population="combatants", scope="event", as_of="2024-11-28"),
    ),
    case(
        "iran-date-month-day-projectiles",
        "In its attack on April 13, Iran launched more than 300 drones and missiles at Israel.",
        "2024-04-20",
        # "drones and missiles" counted together: one figure.
        fig("projectiles", 300, "iran", qualifier="lower", scope="event", as_of="2024-04-13"),
    ),
    case(
        "gaza-date-possessive-weekday",
        "Wednesday's strike on the school sheltering displaced families in Nuseirat, in central Gaza, killed 19 people.",
        "2024-09-13",
        fig("killed", 19, "gaza", scope="event", as_of="2024-09-11"),
    ),
    case(
        "lebanon-date-night-of-named-day",
        "Israeli jets struck Beirut's southern suburbs on the night of October 5, killing 12 people.",
        "2024-10-07",
        fig("killed", 12, "lebanon", scope="event", as_of="2024-10-05"),
    ),
    case(
        "haiti-date-month-window-ends-with-the-month",
        "The UN said gangs killed at least 260 people in Port-au-Prince in March alone.",
        "2025-04-22",
        fig("killed", 260, "haiti", qualifier="lower", scope="event", as_of="2025-03-31", reported_by="un"),
    ),
    case(
        "myanmar-date-month-window-in-a-leap-february",
        "The junta's air force killed 31 civilians in Sagaing region in February, a rights group said.",
        "2024-03-10",
        fig("killed", 31, "myanmar", population="civilians", scope="event", as_of="2024-02-29"),
    ),
    case(
        "sudan-date-month-of-an-earlier-year-gives-no-day",
        "In April 2024, RSF fighters killed more than 100 villagers in Wad al-Nourah.",
        "2025-06-02",
        fig("killed", 100, "sudan", qualifier="lower", scope="event", as_of=None),
    ),
    case(
        "ukraine-date-current-month-is-not-over",
        "Russian strikes have killed 18 civilians in Kharkiv in June, regional officials said on Friday.",
        "2025-06-20",
        fig("killed", 18, "ukraine", population="civilians", as_of="2025-06-20"),
    ),
    case(
        "lebanon-date-hard-wrapped-qualifier",
        "An Israeli strike on a café in Tyre killed at\nleast 11 people, the health ministry said.",
        "2024-10-20",
        fig("killed", 11, "lebanon", qualifier="lower", scope="event", reported_by="health ministry"),
    ),
]
