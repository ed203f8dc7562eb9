# ruff: noqa: E501  (case texts are data; long sentences stay on one line where possible)
"""Populations: civilians, combatants (soldiers, fighters, militants, members, troops, commanders),
children, women, journalists, medics, aid workers."""

from . import DRC, case, fig

CASES = [
    case(
        "sudan-population-possessive-before-fighters",
        "The army said it repelled the assault on El Fasher, killing more than 100 of the militia's fighters.",
        "2024-09-12",
        fig("killed", 100, "sudan", population="combatants", qualifier="lower", scope="event", reported_by="army"),
    ),
    case(
        "gaza-population-agency-personnel-are-aid-workers",
        "UNRWA said more than 280 of the agency's personnel had been killed in Gaza since October 2023.",
        "2025-03-01",
        fig("killed", 280, "gaza", population="aid_workers", qualifier="lower", scope="total", reported_by="unrwa"),
    ),
    case(
        "ukraine-pop-civilians-donetsk",
        "Russian shelling killed six civilians in the Donetsk region on Sunday, the regional governor said.",
        "2024-07-08",
        fig("killed", 6, "ukraine", population="civilians", scope="event", as_of="2024-07-07"),
    ),
    case(
        "israel-pop-soldiers-in-gaza",
        "Two Israeli soldiers were killed in fighting in southern Gaza on Wednesday, the military said.",
        "2024-06-13",
        # Israeli soldiers belong to Israel, wherever they fell.
        fig("killed", 2, "israel", population="combatants", scope="event", as_of="2024-06-12", reported_by="military"),
    ),
    case(
        "lebanon-pop-fighters",
        "Eight Hezbollah fighters were killed in Israeli strikes on the southern Lebanese village of Aitaroun.",
        "2024-03-14",
        fig("killed", 8, "lebanon", population="combatants"),
    ),
    case(
        "somalia-pop-militants",
        "Security forces killed 11 al-Shabaab militants in an operation in Somalia's Lower Shabelle region, the defence "
        "ministry said.",
        "2024-01-23",
        fig("killed", 11, "somalia", population="combatants", reported_by="defence ministry"),
    ),
    case(
        "iraq-pop-members",
        "The Islamic Resistance in Iraq said three of its members were killed in a US strike near Baghdad.",
        "2024-02-08",
        fig("killed", 3, "iraq", population="combatants", reported_by="islamic resistance in iraq"),
    ),
    case(
        "russia-pop-troops-24h",
        "Ukraine's general staff says 1,250 Russian troops were killed in the past 24 hours.",
        "2024-11-20",
        fig("killed", 1250, "russia", population="combatants", scope="event", reported_by="general staff"),
    ),
    case(
        "gaza-pop-commanders",
        "Israeli strikes have killed five senior Hamas commanders in Gaza since January, the army says.",
        "2024-04-02",
        fig("killed", 5, "gaza", population="combatants", reported_by="army"),
    ),
    case(
        "sudan-pop-children-school",
        "The strike on a school in Khartoum killed 13 children, UNICEF said.",
        "2024-10-06",
        fig("killed", 13, "sudan", population="children", scope="event", reported_by="unicef"),
    ),
    case(
        "drc-pop-women",
        "Nine women were killed when a mortar shell hit a market on the outskirts of Goma.",
        "2024-05-04",
        fig("killed", 9, DRC, population="women", scope="event"),
    ),
    case(
        "lebanon-pop-journalists",
        "Two journalists were killed in an Israeli strike on their car in southern Lebanon on Tuesday.",
        "2024-11-21",
        fig("killed", 2, "lebanon", population="journalists", scope="event", as_of="2024-11-19"),
    ),
    case(
        "gaza-pop-paramedics",
        "Three paramedics were killed when their ambulance was hit in Gaza City, the Palestine Red Crescent said.",
        "2024-01-30",
        fig("killed", 3, "gaza", population="medics", reported_by="palestine red crescent"),
    ),
    case(
        "gaza-pop-health-workers-who",
        "The World Health Organization says more than 1,000 health workers have been killed in Gaza.",
        "2024-12-20",
        fig(
            "killed",
            1000,
            "gaza",
            population="medics",
            qualifier="lower",
            reported_by=("world health organization", "who"),
        ),
    ),
    case(
        "gaza-pop-un-staff",
        "The UN says 258 of its staff have been killed in Gaza since the war began.",
        "2024-12-10",
        fig("killed", 258, "gaza", population="aid_workers", scope="total", reported_by="un"),
    ),
    case(
        "sudan-pop-humanitarian-workers",
        "At least 20 humanitarian workers have been killed in Sudan since the fighting began.",
        "2024-08-19",
        fig("killed", 20, "sudan", population="aid_workers", qualifier="lower", scope="total"),
    ),
    case(
        "west-bank-pop-minors-arrested",
        "Israeli troops arrested seven minors during a raid on Hebron's old city.",
        "2024-02-15",
        # Decision: minors are children.
        fig("detained", 7, "west-bank", population="children"),
    ),
    case(
        "west-bank-pop-militants-tulkarem",
        "Five militants were killed in an Israeli drone strike on Tulkarem refugee camp in the occupied West Bank on Thursday.",
        "2024-09-06",
        fig("killed", 5, "west-bank", population="combatants", scope="event", as_of="2024-09-05"),
    ),
    case(
        "myanmar-pop-doctors-detained",
        "Eleven doctors have been detained by the junta for treating wounded resistance fighters in Sagaing.",
        "2024-03-28",
        # The wounded fighters have no number; the doctors are medics.
        fig("detained", 11, "myanmar", population="medics"),
    ),
    case(
        "ethiopia-pop-aid-workers-tigray",
        "Three aid workers were killed in an ambush in Tigray, the UN humanitarian office said.",
        "2023-04-20",
        fig("killed", 3, "ethiopia", population="aid_workers", reported_by="un humanitarian office"),
    ),
    case(
        "gaza-pop-of-the-dead-were-children",
        "Doctors at the hospital in Deir al-Balah said 19 of the dead were children.",
        "2024-06-10",
        fig("killed", 19, "gaza", population="children"),
    ),
    case(
        "gaza-pop-of-the-dead-as-children",
        "The ministry in Gaza has identified 14,100 of the dead as children.",
        "2024-09-02",
        fig("killed", 14100, "gaza", population="children"),
    ),
    case(
        "somalia-pop-unlisted-adjective-before-soldiers",
        "Al-Shabaab claimed it had killed 41 apostate soldiers near Jowhar in Somalia.",
        "2025-04-02",
        fig("killed", 41, "somalia", population="combatants"),
    ),
    case(
        "afghanistan-pop-group-name-as-head",
        "Pakistan's military said more than 150 Taliban had been killed in retaliatory fire in Afghanistan.",
        "2025-10-12",
        fig("killed", 150, "afghanistan", population="combatants", qualifier="lower"),
    ),
    case(
        "lebanon-pop-group-name-gives-side",
        "Israel's army said 30 Hezbollah were killed in the ground fighting.",
        "2024-10-09",
        fig("killed", 30, "lebanon", population="combatants"),
    ),
    case(
        "drc-pop-of-its-own-soldiers",
        "The army in DR Congo arrested 12 of its own soldiers for fleeing the front line in Ituri.",
        "2025-02-12",
        fig("detained", 12, "drc", population="combatants"),
    ),
    case(
        "pakistan-pop-others-are-of-the-same-kind",
        "Eleven soldiers were killed and 17 others injured in an ambush in Pakistan's North Waziristan, the military said.",
        "2025-06-28",
        fig("killed", 11, "pakistan", population="combatants"),
        fig("injured", 17, "pakistan", population="combatants"),
    ),
    case(
        "iran-pop-others-after-a-subgroup-are-all",
        "Israeli strikes have killed 224 people in Iran, including 20 children, while 1,277 others have been injured.",
        "2025-06-16",
        fig("killed", 224, "iran"),
        fig("killed", 20, "iran", population="children"),
        fig("injured", 1277, "iran"),
    ),
    case(
        "iran-pop-unlisted-adjective-before-a-person-noun",
        "Israeli strikes have killed at least 11 nuclear scientists in Iran, officials said.",
        "2025-06-17",
        fig("killed", 11, "iran", qualifier="lower"),
    ),
    case(
        "nigeria-pop-a-cue-word-is-no-adjective",
        "The army in Nigeria said 142 kidnapped persons had been rescued in Borno.",
        "2025-05-13",
        fig("hostages", 142, "nigeria"),
        exhaustive=False,
    ),
    case(
        "syria-pop-red-crescent-volunteers-are-aid-workers",
        "Three Syrian Arab Red Crescent volunteers were killed when their convoy was shelled near Idlib.",
        "2024-12-01",
        fig("killed", 3, "syria", population="aid_workers", scope="event"),
    ),
    case(
        "myanmar-pop-hospital-staff-are-medics",
        "At least five hospital staff were among those killed in the air strike on Mrauk-U in Myanmar.",
        "2025-12-11",
        fig("killed", 5, "myanmar", population="medics", qualifier="lower"),
    ),
    case(
        "sudan-pop-volunteers-of-the-red-crescent-society",
        "Four volunteers of the Sudanese Red Crescent Society were killed in Bara, North Kordofan.",
        "2025-10-29",
        fig("killed", 4, "sudan", population="aid_workers", scope="event"),
    ),
    case(
        "syria-pop-tribal-fighters-are-combatants",
        "At least 40 Bedouin tribal fighters were killed in clashes in Suwayda province, a monitor said.",
        "2025-07-18",
        fig("killed", 40, "syria", population="combatants", qualifier="lower", reported_by="monitor"),
    ),
    case(
        "colombia-populations-suspected-members-of-a-named-group",
        "Police in Cúcuta arrested nine suspected Gulf Clan members, Colombia's defence ministry said.",
        "2025-03-02",
        fig("detained", 9, "colombia", population="combatants"),
    ),
    case(
        "lebanon-populations-quoted-vague-number",
        "The Israeli military says 'dozens' of Hezbollah fighters were killed in the raids on Nabatieh.",
        "2024-10-16",
        fig("killed", 24, "lebanon", population="combatants", qualifier="lower", reported_by="israeli military"),
    ),
    case(
        "gaza-populations-of-the-bodies-identified-n-were-children",
        "Of the bodies the ministry has identified by name, officials say about 14,000 were children and nearly"
        " 7,500 were women.",
        "2025-03-01",
        fig("killed", 14000, "unknown", population="children", qualifier="approx"),
        fig("killed", 7500, "unknown", population="women", qualifier="upper"),
    ),
    case(
        "yemen-populations-abbreviated-agency-before-the-noun",
        "Houthi authorities detained at least 9 U.N. staffers in Sanaa on Thursday.",
        "2025-06-06",
        fig("detained", 9, "yemen", population="aid_workers", qualifier="lower"),
    ),
]
