"""Sudan (a British daily on the fall of El Fasher, October 2025; an NGO statement on the attack on Zamzam
camp, April 2025), Myanmar (an undated analysis four years after the coup), DR Congo (a wire story on the
toll of the battle for Goma, February 2025) and Haiti (a UN News story on the 2024 gang-violence toll).

Not annotated: 'an estimated 260,000 civilians had been trapped' (trapped is not a metric), 'four doctors,
a nurse and a pharmacist' (a split of the six abducted), '15 million people do not have enough to eat',
'14 of 17 townships', 'some 4,000 inmates escaped' (escaped prisoners are no longer detained), 'thousands
of troops', 'more than 1,000 more than in 2023' (a year-on-year difference, not a count of people),
'a police officer' (no number), 'some 800 personnel ... the 2,500 initially planned' (deployments)."""

# ruff: noqa: E501

from __future__ import annotations

from . import DRC, article, g

EL_FASHER = article(
    "k_sudan_el_fasher_daily",
    "2025-10-29",
    """
    Sudan's RSF accused of mass killings after seizing El Fasher

    WHO says more than 460 patients and companions were shot dead at city's last functioning maternity hospital

    Wed 29 Oct 2025 14.02 GMT

    The paramilitary Rapid Support Forces have been accused of killing hundreds of civilians, including patients in a hospital, after capturing the city of El Fasher, the army's last stronghold in Sudan's western Darfur region, at the weekend.

    The World Health Organization said it was "appalled and deeply shocked" by reports that more than 460 patients and their companions had been shot dead at the Saudi maternity hospital on Tuesday. It said six health workers, four doctors, a nurse and a pharmacist, had been abducted by gunmen.

    The Sudan Doctors Network, a medical group that tracks the war, said the RSF had killed at least 1,500 people in the three days since it entered the city, calling it "a genocide". Local resistance committees put the number at between 2,000 and 2,500. Neither figure could be independently verified.

    Satellite images analysed by Yale University's Humanitarian Research Lab showed what appeared to be clusters of bodies near the city's earthen berm and reddish discolouration of the ground.

    The International Organization for Migration said more than 26,000 people had fled El Fasher since Sunday, most of them on foot towards Tawila, about 70km to the west, where aid agencies are struggling to cope. Thousands of men are unaccounted for; witnesses described RSF fighters stopping people on the road and detaining dozens of men at checkpoints.

    The UN human rights chief, Volker Türk, said he had received reports of summary executions of people trying to flee. An estimated 260,000 civilians had been trapped in the city before its fall.

    In North Kordofan, five Sudanese Red Crescent volunteers were killed in Bara on Monday as the RSF took control of the town, the International Federation of Red Cross and Red Crescent Societies said.

    The RSF leader, Mohamed Hamdan Dagalo, said on Wednesday that violations by his fighters would be investigated.

    The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and displaced about 12 million, creating what the UN calls the world's largest humanitarian crisis.
    """,
    g(
        "killed",
        460,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-28",
        by="who",
        cue="more than 460 patients and their companions had been shot dead",
        note="'on Tuesday' -> 2025-10-28; the standfirst repeats it, listed once.",
    ),
    g(
        "hostages",
        6,
        "sudan",
        pop="medics",
        scope="event",
        as_of="2025-10-28",
        by="who",
        cue="six health workers, four doctors, a nurse and a pharmacist, had been abducted",
        note="'abducted' -> hostages; the breakdown (four doctors...) is a split of the same six, not annotated separately (debatable).",
    ),
    g(
        "killed",
        200,
        "sudan",
        pop="civilians",
        q="lower",
        scope="event",
        as_of="2025-10-29",
        by=None,
        cue="accused of killing hundreds of civilians",
        note="vague 'hundreds' -> 200/lower (an accusation, not a tally; debatable).",
    ),
    g(
        "killed",
        1500,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-29",
        by="sudan doctors network",
        cue="killed at least 1,500 people in the three days",
    ),
    g(
        "killed",
        2000,
        "sudan",
        q="range",
        high=2500,
        scope="event",
        as_of="2025-10-29",
        by="local resistance committees",
        cue="between 2,000 and 2,500",
    ),
    g(
        "displaced",
        26000,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-29",
        by="iom",
        cue="more than 26,000 people had fled El Fasher since Sunday",
    ),
    g(
        "missing",
        2000,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-29",
        by=None,
        cue="Thousands of men are unaccounted for",
        note="vague 'thousands' -> 2000/lower.",
    ),
    g(
        "detained",
        24,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-10-29",
        by="witnesses",
        cue="detaining dozens of men at checkpoints",
    ),
    g(
        "killed",
        5,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of="2025-10-27",
        by="ifrc",
        cue="five Sudanese Red Crescent volunteers were killed in Bara on Monday",
    ),
    g(
        "killed",
        20000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-10-29",
        by=None,
        cue="has killed tens of thousands of people",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="approx",
        scope="total",
        as_of="2025-10-29",
        by=None,
        cue="displaced about 12 million",
    ),
)

ZAMZAM = article(
    "k_sudan_zamzam_ngo_statement",
    "2025-04-14",
    """
    Sudan: Civilians massacred and up to 400,000 forced to flee as RSF overruns Zamzam camp

    Press release
    Nairobi/Port Sudan, 14 April 2025

    Médecins Sans Frontières (MSF) is alarmed by the attack on Zamzam displacement camp in North Darfur, where the Rapid Support Forces (RSF) launched a ground offensive on Friday after months of siege and shelling.

    According to the United Nations, more than 400 people were killed in Zamzam and nearby El Fasher between Friday and Sunday. Among them were nine staff members of the aid organisation Relief International, who were killed while running one of the last health posts in the camp.

    Since Friday, MSF teams at our hospital in Tawila, 60 kilometres away, have received 154 wounded patients, most of them with gunshot wounds. 24 of them were children. Four patients died shortly after arrival.

    "People arrived exhausted and terrified, some after walking for two days with no water," said Marion Ramstein, MSF project coordinator in Tawila. "Women told us that men had been separated from their families and taken away."

    The International Organization for Migration estimates that up to 400,000 people have fled Zamzam since the attack began. Before the offensive, the camp sheltered some 500,000 people, many of whom had been displaced since the Darfur conflict of the early 2000s. Famine was confirmed in Zamzam in August 2024.

    The RSF said it had taken control of the camp and that it would provide "safe passage" to civilians. It denied targeting civilians and said that the camp had been used as a base by armed groups allied to the Sudanese army.

    The war in Sudan, now entering its third year, has forced more than 12 million people from their homes, including nearly 4 million who have crossed into neighbouring countries. The United States envoy has said that up to 150,000 people may have been killed.

    MSF calls on the warring parties to allow civilians to leave safely and for humanitarian organisations to be given immediate and unhindered access to people in and around El Fasher.

    Notes to editors: MSF has worked in North Darfur since 2004. Spokespeople are available in Nairobi and Port Sudan.
    """,
    g(
        "killed",
        400,
        "sudan",
        q="lower",
        scope="event",
        as_of="2025-04-13",
        by="un",
        cue="more than 400 people were killed in Zamzam",
        note="a window 'between Friday and Sunday' -> event, as_of the last day (Sunday 2025-04-13; debatable).",
    ),
    g(
        "killed",
        9,
        "sudan",
        pop="aid_workers",
        scope="event",
        as_of="2025-04-13",
        by="un",
        cue="nine staff members of the aid organisation Relief International",
        note="a subgroup of the 400; health-post staff of an aid group -> aid_workers (medics would also fit).",
    ),
    g("injured", 154, "sudan", scope="event", as_of="2025-04-14", by="msf", cue="have received 154 wounded patients"),
    g(
        "injured",
        24,
        "sudan",
        pop="children",
        scope="event",
        as_of="2025-04-14",
        by="msf",
        cue="24 of them were children",
    ),
    g(
        "killed",
        4,
        "sudan",
        scope="event",
        as_of="2025-04-14",
        by="msf",
        cue="Four patients died shortly after arrival",
    ),
    g(
        "displaced",
        400000,
        "sudan",
        q="upper",
        scope="event",
        as_of="2025-04-14",
        by="iom",
        note="the headline's 'up to 400,000 forced to flee' is the same figure, listed once.",
        cue="up to 400,000 people have fled Zamzam",
    ),
    g(
        "displaced",
        500000,
        "sudan",
        q="approx",
        scope="total",
        as_of="2025-04-14",
        by=None,
        cue="the camp sheltered some 500,000 people",
        note="the camp's displaced population before the offensive, a standing count -> total; dated to the article (debatable: it describes the days before Friday).",
    ),
    g(
        "displaced",
        12000000,
        "sudan",
        q="lower",
        scope="total",
        as_of="2025-04-14",
        by=None,
        cue="forced more than 12 million people from their homes",
    ),
    g(
        "displaced",
        4000000,
        "sudan",
        q="upper",
        scope="total",
        as_of="2025-04-14",
        by=None,
        cue="nearly 4 million who have crossed into neighbouring countries",
    ),
    g(
        "killed",
        150000,
        "sudan",
        q="upper",
        scope="total",
        as_of="2025-04-14",
        by="us envoy",
        cue="up to 150,000 people may have been killed",
    ),
)

MYANMAR = article(
    "k_myanmar_coup_anniversary_analysis",
    None,
    """
    Analysis: Myanmar's war of attrition grinds on as junta loses ground but not air power

    The military is on the back foot in the borderlands, but its bombing campaign is hitting schools, monasteries and markets

    By Regional Correspondent

    Four years after it seized power, Myanmar's military controls less territory than at any time in decades. Ethnic armed groups and the People's Defence Forces have taken dozens of towns and several regional command headquarters, and the junta has resorted to conscription to fill its ranks.

    What it still has is the sky. An air strike on a school in Depayin township, Sagaing region, killed 22 people, 20 of them children, according to the National Unity Government, the shadow administration formed by ousted lawmakers. Residents said two fighter jets made several passes over the village.

    The Assistance Association for Political Prisoners (AAPP), which has tracked the crackdown since the 2021 coup, says security forces have killed at least 6,239 people and arrested 29,560. Of those, about 22,100 remain in detention, including 7 journalists, according to the group, which says its figures are an undercount.

    The resistance side has its own claims. The NUG says its forces and allies have killed more than 13,000 junta soldiers, a figure that cannot be verified and that the military dismisses.

    In Rakhine state, where the Arakan Army now controls 14 of 17 townships, the Rohingya minority is caught in the middle. Some 150,000 Rohingya have crossed into Bangladesh over the past 18 months, the UN refugee agency says, joining around a million already living in the camps of Cox's Bazar.

    Across the country, more than 3.5 million people are displaced, according to UN figures, most of them since the coup.

    The human cost is compounded by hunger. The World Food Programme estimates that 15 million people do not have enough to eat.

    Diplomats see little chance of talks. China, which brokered ceasefires in the north, has pressed the armed groups to hand back captured towns, and the junta has promised elections that the opposition calls a sham.

    "The military can no longer win," a Western diplomat in Bangkok said. "But it can still make sure nobody else does."
    """,
    g(
        "killed",
        22,
        "myanmar",
        scope="event",
        as_of=None,
        by="national unity government",
        cue="killed 22 people, 20 of them children",
    ),
    g(
        "killed",
        20,
        "myanmar",
        pop="children",
        scope="event",
        as_of=None,
        by="national unity government",
        cue="20 of them children",
    ),
    g(
        "killed",
        6239,
        "myanmar",
        q="lower",
        scope="total",
        as_of=None,
        by="aapp",
        cue="killed at least 6,239 people and arrested 29,560",
    ),
    g("detained", 29560, "myanmar", scope="total", as_of=None, by="aapp", cue="arrested 29,560"),
    g(
        "detained",
        22100,
        "myanmar",
        q="approx",
        scope="total",
        as_of=None,
        by="aapp",
        cue="about 22,100 remain in detention",
    ),
    g("detained", 7, "myanmar", pop="journalists", scope="total", as_of=None, by="aapp", cue="including 7 journalists"),
    g(
        "killed",
        13000,
        "myanmar",
        pop="combatants",
        q="lower",
        scope="total",
        as_of=None,
        by="national unity government",
        cue="killed more than 13,000 junta soldiers",
    ),
    g(
        "displaced",
        150000,
        "myanmar",
        q="approx",
        scope="event",
        as_of=None,
        by="unhcr",
        cue="Some 150,000 Rohingya have crossed into Bangladesh",
        note="a window ('over the past 18 months') -> event (debatable: also a running count).",
    ),
    g(
        "displaced",
        1000000,
        "myanmar",
        q="approx",
        scope="total",
        as_of=None,
        by="unhcr",
        cue="around a million already living in the camps",
        note="Rohingya refugees of earlier waves in Cox's Bazar -> displaced, side myanmar.",
    ),
    g(
        "displaced",
        3500000,
        "myanmar",
        q="lower",
        scope="total",
        as_of=None,
        by="un",
        cue="more than 3.5 million people are displaced",
    ),
)

GOMA = article(
    "k_drc_goma_toll_wire",
    "2025-02-04",
    """
    Some 2,900 killed in battle for Congo's Goma, UN says

    By Reuters Staff
    February 4, 2025 6:20 PM GMT Updated 2 hours ago

    GENEVA/GOMA, Feb 4 (Reuters) - About 2,900 people were killed in the fighting for the eastern Congolese city of Goma, which was seized by Rwanda-backed M23 rebels last week, the United Nations said on Tuesday, a sharply higher toll than earlier estimates.

    "So far, 2,000 bodies have been recovered from the streets of Goma in the past days, while 900 bodies remain in the morgues of Goma's hospitals," Vivian van de Perre, deputy head of the UN peacekeeping mission MONUSCO, told reporters by video link.

    She said bodies were still being found and the toll was likely to rise. Congo's government had earlier put the number of dead at between 700 and 1,000.

    The International Committee of the Red Cross said hospitals in Goma had treated nearly 3,000 wounded since January 26, many of them civilians caught in crossfire. Some patients had to be treated on mattresses in corridors.

    Thirteen South African soldiers serving with a regional force and with MONUSCO were killed in the fighting, along with three Malawian peacekeepers and one from Uruguay. South Africa's president has faced pressure at home to withdraw the remaining troops.

    M23 said it had captured more than 1,200 Congolese soldiers who surrendered in Goma, and that they would be "re-educated". Some 4,000 inmates escaped from Munzenze prison during the rebels' advance, according to UN officials.

    The rebels declared a unilateral ceasefire on Monday, citing humanitarian reasons, but fighting continued in parts of South Kivu province, where residents said dozens of families were fleeing towards Bukavu.

    The UN refugee agency said about 700,000 people had been displaced in North and South Kivu since the start of the year, adding to more than 6 million already displaced in eastern Congo.

    Rwanda denies backing M23, despite evidence from UN experts that it has thousands of troops in Congo.

    (Reporting by Emma Farge in Geneva and Congo newsroom; Writing by Sonia Rolley; Editing by Alex Richardson)
    """,
    g(
        "killed",
        2900,
        DRC,
        q="approx",
        scope="event",
        as_of="2025-02-04",
        by="un",
        cue="About 2,900 people were killed in the fighting",
        note="battle for Goma (late January) -> event; dated to the report ('on Tuesday' = article date); the headline's 'Some 2,900' is the same figure.",
    ),
    g(
        "killed",
        2000,
        DRC,
        scope="event",
        as_of="2025-02-04",
        by="monusco",
        cue="2,000 bodies have been recovered",
        note="bodies recovered -> killed; parts of the 2,900.",
    ),
    g("killed", 900, DRC, scope="event", as_of="2025-02-04", by="monusco", cue="900 bodies remain in the morgues"),
    g(
        "killed",
        700,
        DRC,
        q="range",
        high=1000,
        scope="event",
        as_of="2025-02-04",
        by="congolese government",
        cue="between 700 and 1,000",
    ),
    g(
        "injured",
        3000,
        DRC,
        q="upper",
        scope="event",
        as_of="2025-02-04",
        by="icrc",
        cue="treated nearly 3,000 wounded since January 26",
    ),
    g(
        "killed",
        13,
        "south-africa",
        pop="combatants",
        scope="event",
        as_of="2025-02-04",
        by=None,
        cue="Thirteen South African soldiers",
        note="peacekeepers belong to the country they serve -> south-africa, malawi, uruguay.",
    ),
    g(
        "killed",
        3,
        "malawi",
        pop="combatants",
        scope="event",
        as_of="2025-02-04",
        by=None,
        cue="three Malawian peacekeepers",
    ),
    g(
        "killed",
        1,
        "uruguay",
        pop="combatants",
        scope="event",
        as_of="2025-02-04",
        by=None,
        cue="and one from Uruguay",
    ),
    g(
        "detained",
        1200,
        DRC,
        pop="combatants",
        q="lower",
        scope="event",
        as_of="2025-02-04",
        by="m23",
        cue="captured more than 1,200 Congolese soldiers",
    ),
    g(
        "displaced",
        24,
        DRC,
        q="lower",
        scope="event",
        as_of="2025-02-04",
        by="residents",
        cue="dozens of families were fleeing towards Bukavu",
        note="debatable: 'dozens of families' counts families; annotated as vague 'dozens' -> 24/lower.",
    ),
    g(
        "displaced",
        700000,
        DRC,
        q="approx",
        scope="total",
        as_of="2025-02-04",
        by="unhcr",
        cue="about 700,000 people had been displaced in North and South Kivu",
    ),
    g(
        "displaced",
        6000000,
        DRC,
        q="lower",
        scope="total",
        as_of="2025-02-04",
        by="unhcr",
        cue="more than 6 million already displaced in eastern Congo",
    ),
)

HAITI = article(
    "k_haiti_gang_toll_un_news",
    "2025-01-07",
    """
    Haiti: More than 5,600 killed in gang violence in 2024, UN rights office says

    7 January 2025 Peace and Security

    At least 5,601 people were killed in gang-related violence across Haiti last year, more than 1,000 more than in 2023, the UN human rights office, OHCHR, said on Tuesday.

    A further 2,212 people were injured and 1,494 kidnapped, the office said, describing the figures as a stark illustration of the "never-ending horror" Haitians are living through.

    "These figures alone cannot capture the absolute horrors being perpetrated in Haiti but they show the unremitting violence people are being subjected to," said UN High Commissioner for Human Rights Volker Türk.

    Wharf Jérémie massacre

    Among the worst incidents recorded was a massacre in the Wharf Jérémie area of Cité Soleil in Port-au-Prince in early December, in which at least 207 people were killed by the Wharf Jérémie gang. Most of the victims were older men and women accused by the gang leader of practising voodoo against his son, who had fallen ill.

    On Christmas Eve, two journalists and a police officer were killed when gang members opened fire on reporters gathered for the reopening of the State University Hospital in the capital. Seven other journalists were wounded.

    OHCHR also documented the lynching of 315 alleged gang members by so-called self-defence groups, and said that 281 people had been killed in summary executions allegedly involving police officers.

    Displacement at record levels

    According to the International Organization for Migration (IOM), more than one million people are now internally displaced in Haiti, three times as many as a year ago, many of them living in makeshift sites in schools and churches.

    The Kenyan-led Multinational Security Support mission, which deployed in mid-2024, has some 800 personnel on the ground, well below the 2,500 initially planned. One Kenyan officer was killed in an ambush in Artibonite in December, the mission said.

    Mr. Türk called on States to step up support and to enforce the UN arms embargo against Haiti, noting that most weapons reaching gangs are trafficked from the United States.
    """,
    g(
        "killed",
        5601,
        "haiti",
        q="lower",
        scope="event",
        as_of="2025-01-07",
        by="ohchr",
        cue="At least 5,601 people were killed in gang-related violence",
        note="debatable scope: a year's toll ('last year') is a window -> event; as_of left at the report date because no single day is described. The headline's 'More than 5,600' is a rounding of it (value differs): its own figure, see next.",
    ),
    g(
        "killed",
        5600,
        "haiti",
        q="lower",
        scope="event",
        as_of="2025-01-07",
        by="ohchr",
        cue="More than 5,600 killed in gang violence in 2024",
    ),
    g("injured", 2212, "haiti", scope="event", as_of="2025-01-07", by="ohchr", cue="2,212 people were injured"),
    g(
        "hostages",
        1494,
        "haiti",
        scope="event",
        as_of="2025-01-07",
        by="ohchr",
        cue="1,494 kidnapped",
        note="kidnapped -> hostages.",
    ),
    g(
        "killed",
        207,
        "haiti",
        q="lower",
        scope="event",
        as_of="2025-01-07",
        by="ohchr",
        cue="at least 207 people were killed by the Wharf Jérémie gang",
        note="'in early December' names no day -> article date (debatable).",
    ),
    g(
        "killed",
        2,
        "haiti",
        pop="journalists",
        scope="event",
        as_of="2024-12-24",
        by=None,
        cue="two journalists and a police officer were killed",
    ),
    g(
        "injured",
        7,
        "haiti",
        pop="journalists",
        scope="event",
        as_of="2024-12-24",
        by=None,
        cue="Seven other journalists were wounded",
    ),
    g(
        "killed",
        315,
        "haiti",
        scope="event",
        as_of="2025-01-07",
        by="ohchr",
        cue="the lynching of 315 alleged gang members",
        note="lynched people are killed; alleged gang members are not counted as combatants (their membership is only alleged; debatable).",
    ),
    g(
        "killed",
        281,
        "haiti",
        scope="event",
        as_of="2025-01-07",
        by="ohchr",
        cue="281 people had been killed in summary executions",
    ),
    g(
        "displaced",
        1000000,
        "haiti",
        q="lower",
        scope="total",
        as_of="2025-01-07",
        by="iom",
        cue="more than one million people are now internally displaced",
    ),
    g(
        "killed",
        1,
        "kenya",
        pop="combatants",
        scope="event",
        as_of="2025-01-07",
        by="multinational security support mission",
        cue="One Kenyan officer was killed in an ambush",
        note="'in December' names no day -> article date (debatable).",
    ),
)

ARTICLES = [EL_FASHER, ZAMZAM, MYANMAR, GOMA, HAITI]
