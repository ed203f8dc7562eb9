"""Myanmar (an undated exile-media story) and the Afghanistan-Pakistan border clashes of October 2025 (a Pakistani
daily)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

MYANMAR = article(
    "g_myanmar_monastery_airstrike_undated",
    None,
    """
    Junta Airstrike on Sagaing Monastery Kills 23 Civilians Sheltering From Fighting

    Share this article

    Villagers search the ruins of the monastery in Lin Ta Lu village, Sagaing Region. / Supplied

    A military airstrike on a Buddhist monastery in Sagaing Region's Sagaing Township killed 23 civilians, including four children, who had fled fighting in nearby villages, according to a local resistance group and residents.

    A junta fighter jet dropped a bomb on the monastery in Lin Ta Lu village at around 1 am, when about 150 people were sheltering in its buildings, residents said. More than 30 others were wounded, many of them seriously.

    "We had nowhere else to go. The monastery was supposed to be safe," said a villager who lost two relatives in the attack. Because of the military's checkpoints, the wounded had to be carried to clinics run by the resistance in the next township.

    The junta has stepped up airstrikes across the country even as it prepares for an election that opposition groups have dismissed as a sham. It has continued bombing despite announcing ceasefires after the March 28 earthquake, which killed more than 3,700 people in central Myanmar.

    Myanmar's military said in a statement carried by state media that its troops had killed 12 members of the People's Defense Force in clashes in the area and denied targeting civilians.

    According to the Assistance Association for Political Prisoners (AAPP), the regime has killed at least 6,800 civilians and detained more than 29,000 people since the February 2021 coup. The group says the real numbers are likely to be higher.

    More than 3.5 million people are displaced across the country, according to the United Nations, around a third of them in Sagaing Region, the heartland of the armed resistance.

    Local resistance groups say the monastery was the third religious building to be hit in the township in two months. In one earlier strike, on a church in a neighbouring village, nine people were killed and between 10 and 20 were wounded, they said.

    The Irrawaddy could not independently verify the death toll. The junta's spokesman did not respond to requests for comment.

    Myanmar has been in turmoil since the military seized power and arrested the country's elected leader, Aung San Suu Kyi, who is serving a 27-year prison sentence.
    """,
    g(
        "killed",
        23,
        "myanmar",
        pop="civilians",
        scope="event",
        as_of=None,
        by="local resistance group",
        cue="killed 23 civilians, including four children",
        note="undated article: every as_of is null. Headline repeats 23.",
    ),
    g(
        "killed",
        4,
        "myanmar",
        pop="children",
        scope="event",
        as_of=None,
        by="local resistance group",
        cue="including four children",
    ),
    g(
        "displaced",
        150,
        "myanmar",
        q="approx",
        scope="event",
        as_of=None,
        by="residents",
        cue="about 150 people were sheltering in its buildings",
        note="people sheltering after fleeing fighting -> displaced (debatable: not a casualty count of the strike). '1 am' is a time; 'two relatives' is not annotated (a villager's family, not a toll).",
    ),
    g(
        "injured",
        30,
        "myanmar",
        q="lower",
        scope="event",
        as_of=None,
        by="residents",
        cue="More than 30 others were wounded",
    ),
    g(
        "killed",
        3700,
        "myanmar",
        q="lower",
        scope="event",
        as_of=None,
        cue="the March 28 earthquake, which killed more than 3,700 people",
        note="earthquake deaths are deaths reported in the text -> killed, event; no year in an undated article -> as_of null (debatable whether a conflict-monitoring gold would list it).",
    ),
    g(
        "killed",
        12,
        "myanmar",
        pop="combatants",
        scope="event",
        as_of=None,
        by="myanmar military",
        cue="killed 12 members of the People's Defense Force",
    ),
    g(
        "killed",
        6800,
        "myanmar",
        pop="civilians",
        q="lower",
        scope="total",
        as_of=None,
        by="aapp",
        cue="killed at least 6,800 civilians",
    ),
    g(
        "detained",
        29000,
        "myanmar",
        q="lower",
        scope="total",
        as_of=None,
        by="aapp",
        cue="detained more than 29,000 people",
    ),
    g(
        "displaced",
        3500000,
        "myanmar",
        q="lower",
        scope="total",
        as_of=None,
        by="un",
        cue="More than 3.5 million people are displaced",
        note="'around a third of them' is a share.",
    ),
    g(
        "killed",
        9,
        "myanmar",
        scope="event",
        as_of=None,
        by="local resistance groups",
        cue="nine people were killed and between 10 and 20 were wounded",
    ),
    g(
        "injured",
        10,
        "myanmar",
        q="range",
        high=20,
        scope="event",
        as_of=None,
        by="local resistance groups",
        cue="between 10 and 20 were wounded",
        note="'27-year prison sentence' is a duration; 'third religious building' is an ordinal.",
    ),
)

P1 = "2025-10-12"
AFPAK = article(
    "g_afghanistan_pakistan_border_clashes_daily",
    P1,
    """
    23 soldiers martyred, over 200 Taliban killed in border clashes: ISPR

    Dawn Report

    Published October 12, 2025 Updated about 5 hours ago

    Pakistani and Afghan forces clashed at several points along the border overnight, leaving 23 Pakistani soldiers martyred and 29 others injured, the military's media wing said on Sunday.

    The Inter-Services Public Relations (ISPR) said the Afghan Taliban and "affiliated terrorists" opened fire on border posts in Kurram, Angoor Adda, Bajaur and Chitral late on Saturday, prompting a "befitting response".

    "More than 200 Taliban and affiliated terrorists were neutralised," the ISPR said, adding that 21 Taliban posts on the Afghan side had been temporarily captured and several "terrorist training camps" destroyed.

    The Taliban government in Kabul gave a different account. Its chief spokesman, Zabihullah Mujahid, told a press conference that 58 Pakistani soldiers had been killed and about 30 wounded, while nine Taliban fighters had died in what he called "retaliatory operations".

    He said 25 Pakistani border posts had been captured. Neither side's claims could be independently verified.

    Civilians on both sides of the border were caught in the fighting. In Kurram, hospital officials said between 15 and 20 civilians had been brought in with injuries from mortar fire, and residents of villages near the Kharlachi crossing left their homes for Parachinar.

    The clashes followed Pakistani air strikes in Kabul and Paktika on Thursday, which Islamabad has not officially confirmed. The Taliban said the strikes killed at least 10 civilians.

    Islamabad accuses Kabul of sheltering the Tehreek-i-Taliban Pakistan (TTP), which has carried out a wave of attacks in Khyber Pakhtunkhwa. At least 2,414 people were killed in militant violence in Pakistan in the first nine months of the year, according to the Centre for Research and Security Studies.

    Torkham and Chaman, the two main crossings, remained closed on Sunday. Saudi Arabia and Qatar urged both sides to exercise restraint.

    Published in Dawn, October 12th, 2025
    """,
    g(
        "killed",
        23,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="ispr",
        cue="leaving 23 Pakistani soldiers martyred",
        note="'martyred' -> killed; the fighting began 'late on Saturday' and ran overnight -> 2025-10-11 (debatable: article date). Headline repeats it.",
    ),
    g(
        "injured",
        29,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="ispr",
        cue="29 others injured",
    ),
    g(
        "killed",
        200,
        "afghanistan",
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-10-11",
        by="ispr",
        cue="More than 200 Taliban and affiliated terrorists were neutralised",
        note="'neutralised' -> killed (the headline says 'killed'). '21 Taliban posts' and '25 ... border posts' count posts, not people.",
    ),
    g(
        "killed",
        58,
        "pakistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="afghan taliban",
        cue="58 Pakistani soldiers had been killed",
    ),
    g(
        "injured",
        30,
        "pakistan",
        pop="combatants",
        q="approx",
        scope="event",
        as_of="2025-10-11",
        by="afghan taliban",
        cue="about 30 wounded",
    ),
    g(
        "killed",
        9,
        "afghanistan",
        pop="combatants",
        scope="event",
        as_of="2025-10-11",
        by="afghan taliban",
        cue="nine Taliban fighters had died",
    ),
    g(
        "injured",
        15,
        "pakistan",
        pop="civilians",
        q="range",
        high=20,
        scope="event",
        as_of="2025-10-11",
        by="hospital officials",
        cue="between 15 and 20 civilians had been brought in with injuries",
    ),
    g(
        "killed",
        10,
        "afghanistan",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-10-09",
        by="afghan taliban",
        cue="the strikes killed at least 10 civilians",
    ),
    g(
        "killed",
        2414,
        "pakistan",
        q="lower",
        scope="event",
        as_of="2025-09-30",
        by="centre for research and security studies",
        cue="At least 2,414 people were killed in militant violence",
        note="a window ('first nine months of the year') -> event, as_of its last day (debatable).",
    ),
)

ARTICLES = [MYANMAR, AFPAK]
