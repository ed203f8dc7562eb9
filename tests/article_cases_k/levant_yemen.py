"""Lebanon (a Beirut daily on the strikes of 23 September 2024), Syria (a regional English-language daily
on the coastal killings of March 2025) and Yemen (a broadcaster on the US strike on Ras Isa, April 2025).

Not annotated: '1,600 Hezbollah targets', '89 schools', 'thousands of pagers and walkie-talkies' (devices,
not projectiles), 'several people were lightly hurt' ('several' is not a vague number word), 'thousands
of reinforcements', 'my brother and my two cousins' (no metric stated), 'more than 100 merchant vessels',
'a ballistic missile' (the article 'a', not a number; the 'two drones' beside it are annotated)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

LEBANON = article(
    "k_lebanon_strikes_beirut_daily",
    "2024-09-24",
    """
    Lebanon's deadliest day since civil war: 492 killed as Israel pounds south and Bekaa

    Tens of thousands flee towards Beirut and Sidon as highways clog with traffic

    Smoke rises from the village of Zawtar in southern Lebanon on Monday. AFP

    Updated: September 24, 2024, 6:15 AM

    Israeli air strikes across southern and eastern Lebanon killed 492 people on Monday, including 35 children and 58 women, and wounded 1,645 others, Lebanon's Health Minister Firass Abiad said, making it the deadliest day in the country since the end of the 1975-1990 civil war.

    Mr Abiad told a press conference in Beirut late on Monday that four paramedics were among the dead and that 16 members of the civil defence had been injured while responding to strikes. Hospitals in the south had been told to cancel non-urgent operations.

    The Israeli military said it had struck about 1,600 Hezbollah targets, including cruise missile launchers and rocket launchers hidden in homes, and warned residents of the south and the Bekaa Valley to leave areas where the group stores weapons.

    Tens of thousands of people fled northwards. The coastal highway from Sidon to Beirut was jammed for most of the day, with families piling mattresses on car roofs. Education Minister Abbas Halabi said 89 schools would be turned into shelters.

    Hezbollah said it fired rockets at military sites in northern Israel, including the Rafael defence complex north of Haifa. The Israeli military said about 210 projectiles had crossed from Lebanon during the day and that several people were lightly hurt by shrapnel.

    The escalation follows a week in which thousands of pagers and walkie-talkies used by Hezbollah members exploded across Lebanon, killing 39 people and wounding nearly 3,000, and an Israeli strike on Beirut's southern suburbs on Friday that killed 45 people, including Radwan Force commander Ibrahim Aqil and 15 other Hezbollah fighters.

    Before Monday, more than 600 people had been killed in Lebanon since the cross-border hostilities began on October 8 last year, most of them fighters, according to a tally. In northern Israel, about 60,000 residents have been evacuated from their homes, and Israel's government has made their return a war goal.

    "We have nowhere to go," said Hussein, a father of four from Nabatieh, who spent nine hours on the road to reach a relative's flat in Beirut.

    The UN special co-ordinator for Lebanon, Jeanine Hennis-Plasschaert, said "there is no military solution" and called for an immediate halt to the attacks.
    """,
    g(
        "killed",
        492,
        "lebanon",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="killed 492 people on Monday",
        note="'on Monday' -> 2024-09-23 (the article is dated Tuesday 24th); headline repeats it, listed once.",
    ),
    g(
        "killed",
        35,
        "lebanon",
        pop="children",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="including 35 children and 58 women",
    ),
    g(
        "killed",
        58,
        "lebanon",
        pop="women",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="and 58 women, and wounded 1,645",
    ),
    g(
        "injured",
        1645,
        "lebanon",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="wounded 1,645 others",
    ),
    g(
        "killed",
        4,
        "lebanon",
        pop="medics",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="four paramedics were among the dead",
    ),
    g(
        "injured",
        16,
        "lebanon",
        pop="medics",
        scope="event",
        as_of="2024-09-23",
        by="lebanese health minister",
        cue="16 members of the civil defence had been injured",
        note="debatable population: civil defence rescuers are first responders -> medics.",
    ),
    g(
        "displaced",
        20000,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-09-23",
        by=None,
        cue="Tens of thousands of people fled northwards",
        note="vague 'tens of thousands' -> 20000/lower; the standfirst's 'Tens of thousands flee' is the same figure.",
    ),
    g(
        "projectiles",
        210,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-09-23",
        by="israeli military",
        cue="about 210 projectiles had crossed from Lebanon",
    ),
    g(
        "killed",
        39,
        "lebanon",
        scope="event",
        as_of="2024-09-24",
        by=None,
        cue="killing 39 people and wounding nearly 3,000",
        note="the pager blasts of 17-18 September (two days); no single day named -> as_of left at the article date (debatable).",
    ),
    g("injured", 3000, "lebanon", q="upper", scope="event", as_of="2024-09-24", by=None, cue="wounding nearly 3,000"),
    g("killed", 45, "lebanon", scope="event", as_of="2024-09-20", by=None, cue="on Friday that killed 45 people"),
    g(
        "killed",
        15,
        "lebanon",
        pop="combatants",
        scope="event",
        as_of="2024-09-20",
        by=None,
        cue="15 other Hezbollah fighters",
        note="'Ibrahim Aqil and 15 other' fighters: annotated as 15 (the named commander is not counted in the number; debatable, 16 would also be read).",
    ),
    g(
        "killed",
        600,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-09-24",
        by="tally",
        cue="more than 600 people had been killed in Lebanon",
        note="'according to a tally' with no owner -> reported_by 'tally' (debatable; could be null). 'Before Monday' describes the toll as of Sunday; as_of kept at the article date, the day it is reported (debatable).",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-09-24",
        by=None,
        cue="about 60,000 residents have been evacuated",
    ),
)

SYRIA = article(
    "k_syria_coast_killings_daily",
    "2025-03-10",
    """
    Syria's coastal killings: monitor says more than 1,000 civilians among dead

    Interim president Ahmed Al Shara promises to hold perpetrators to account as families flee to Lebanon

    Mar 10, 2025

    More than 1,000 civilians, most of them members of the Alawite minority, have been killed in Syria's coastal provinces since Thursday, a UK-based war monitor said on Monday, in the worst bloodshed since the fall of Bashar Al Assad in December.

    The Syrian Observatory for Human Rights said 1,068 civilians had been killed in "field executions" and revenge attacks in Latakia, Tartous and Hama provinces, including women and children. It said 231 members of the security forces and 250 fighters loyal to the former government had also died in clashes.

    The violence began on Thursday when gunmen loyal to the Assad family ambushed a security patrol near Jableh, killing 16 members of the security forces, according to the Interior Ministry. The government sent thousands of reinforcements to the coast.

    Residents of Baniyas told The National that armed men went from house to house asking whether occupants were Alawite. "They took my brother and my two cousins. We found them in the street," said a woman from the Al Qusour district who did not want to be named.

    Mr Al Shara, in a televised address, said a committee would investigate the killings and that "no one will be above the law". The Defence Ministry said on Monday that it had arrested dozens of people accused of abuses against civilians.

    Hundreds of families have crossed into northern Lebanon. Lebanese officials in Akkar said about 6,000 Syrians had arrived in the past four days, many of them sheltering in mosques and schools.

    The UN human rights office said it had received reports of entire families, including children, being killed, and called for "prompt, transparent and impartial" investigations. The European Union condemned the attacks.

    Syria's civil war, which began in 2011, killed more than half a million people and displaced some 13 million, about half the pre-war population, according to UN estimates and monitoring groups.

    Authorities said calm had largely returned to Latakia and Tartous on Monday, though a curfew remained in place.
    """,
    g(
        "killed",
        1000,
        "syria",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-03-10",
        by="syrian observatory for human rights",
        cue="More than 1,000 civilians, most of them members",
        note="debatable scope: the killings since Thursday (a window of days) -> event; the headline repeats it, listed once; the rounded lead and the exact 1,068 are two values -> two figures.",
    ),
    g(
        "killed",
        1068,
        "syria",
        pop="civilians",
        scope="event",
        as_of="2025-03-10",
        by="syrian observatory for human rights",
        cue="1,068 civilians had been killed",
    ),
    g(
        "killed",
        231,
        "syria",
        pop="combatants",
        scope="event",
        as_of="2025-03-10",
        by="syrian observatory for human rights",
        cue="231 members of the security forces",
    ),
    g(
        "killed",
        250,
        "syria",
        pop="combatants",
        scope="event",
        as_of="2025-03-10",
        by="syrian observatory for human rights",
        cue="250 fighters loyal to the former government",
    ),
    g(
        "killed",
        16,
        "syria",
        pop="combatants",
        scope="event",
        as_of="2025-03-06",
        by="interior ministry",
        cue="killing 16 members of the security forces",
        note="'on Thursday' -> 2025-03-06.",
    ),
    g(
        "detained",
        24,
        "syria",
        q="lower",
        scope="event",
        as_of="2025-03-10",
        by="defence ministry",
        cue="arrested dozens of people accused of abuses",
    ),
    g(
        "displaced",
        200,
        "syria",
        q="lower",
        scope="event",
        as_of="2025-03-10",
        by=None,
        cue="Hundreds of families have crossed into northern Lebanon",
        note="debatable: 'hundreds of families' counts families, not people; annotated as vague 'hundreds' -> 200/lower.",
    ),
    g(
        "displaced",
        6000,
        "syria",
        q="approx",
        scope="event",
        as_of="2025-03-10",
        by="lebanese officials",
        cue="about 6,000 Syrians had arrived in the past four days",
    ),
    g(
        "killed",
        500000,
        "syria",
        q="lower",
        scope="total",
        as_of="2025-03-10",
        by="un",
        cue="killed more than half a million people",
        note="attributed to 'UN estimates and monitoring groups' -> un (debatable).",
    ),
    g(
        "displaced",
        13000000,
        "syria",
        q="approx",
        scope="total",
        as_of="2025-03-10",
        by="un",
        cue="displaced some 13 million",
    ),
)

YEMEN = article(
    "k_yemen_ras_isa_broadcaster",
    "2025-04-18",
    """
    US strikes on Yemen's Ras Isa fuel port kill 80, Houthis say

    The Pentagon said the strikes were meant to cut off a source of fuel and revenue for the Iran-backed group

    18 April 2025

    US air strikes on the Ras Isa fuel port on Yemen's Red Sea coast have killed at least 80 people and injured 150, the Houthi-run health ministry says, in the deadliest single attack since Washington began its campaign against the group last month.

    Houthi-run Al-Masirah TV broadcast footage of fires raging at the terminal and bodies being carried from the site overnight. The ministry said the dead included port workers and five paramedics who had rushed to the scene. Rescuers were still searching the wreckage for survivors on Friday morning.

    The US Central Command said the strikes on Thursday night were intended to "eliminate this source of fuel" for the Houthis and deprive them of illegal revenues. It did not comment on casualties.

    Since 15 March, when President Donald Trump ordered the campaign, more than 200 people have been killed in US strikes across Yemen, according to Houthi figures. The BBC has not been able to verify these numbers.

    Hours after the Ras Isa strikes, the Houthis said they had fired a ballistic missile at Ben Gurion airport near Tel Aviv and two drones at US warships in the Red Sea. Israel's military said the missile was intercepted before it entered Israeli airspace.

    The Houthis began attacking shipping in the Red Sea in November 2023 in what they describe as solidarity with Palestinians in Gaza. They have targeted more than 100 merchant vessels, sinking two and seizing one, the Galaxy Leader, whose 25 crew members were held for more than a year.

    The group is also holding dozens of UN and aid agency staff. The UN says 13 of its personnel were detained in a wave of arrests in January, adding to dozens already held.

    Yemen's decade-long war has displaced more than 4.5 million people, according to the UN refugee agency.
    """,
    g(
        "killed",
        80,
        "yemen",
        q="lower",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="killed at least 80 people and injured 150",
        note="'Thursday night' strikes -> 2025-04-17; the headline's 'kill 80' is the same figure, listed once with the body's qualifier.",
    ),
    g(
        "injured",
        150,
        "yemen",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="injured 150, the Houthi-run health ministry says",
    ),
    g(
        "killed",
        5,
        "yemen",
        pop="medics",
        scope="event",
        as_of="2025-04-17",
        by="houthi health ministry",
        cue="five paramedics who had rushed to the scene",
    ),
    g(
        "killed",
        200,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by="houthi",
        cue="more than 200 people have been killed in US strikes",
        note="a running toll of the US campaign since 15 March -> total; 'Houthi figures' -> houthi.",
    ),
    g("projectiles", 2, "yemen", scope="event", as_of="2025-04-18", by="houthi", cue="two drones at US warships"),
    g(
        "hostages",
        25,
        "unknown",
        scope="event",
        as_of="2025-04-18",
        by=None,
        cue="whose 25 crew members were held",
        note="the Galaxy Leader's crew (seized November 2023) are of several nationalities -> unknown; no day for the seizure named -> article date (debatable).",
    ),
    g(
        "detained",
        24,
        "yemen",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by=None,
        cue="holding dozens of UN and aid agency staff",
        note="'dozens already held' later in the paragraph restates it; listed once.",
    ),
    g(
        "detained",
        13,
        "yemen",
        pop="aid_workers",
        scope="event",
        as_of="2025-04-18",
        by="un",
        cue="13 of its personnel were detained",
        note="'in January' names no day -> article date (debatable).",
    ),
    g(
        "displaced",
        4500000,
        "yemen",
        q="lower",
        scope="total",
        as_of="2025-04-18",
        by="unhcr",
        cue="displaced more than 4.5 million people",
    ),
)

ARTICLES = [LEBANON, SYRIA, YEMEN]
