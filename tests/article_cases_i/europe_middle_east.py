"""Ukraine (a Reuters-style wire on the Okhmatdyt hospital strike, July 2024), Russia (an exile outlet on
the Kursk incursion, August 2024), Yemen (a broadcaster on the Saada migrant centre strike, April 2025) and
Syria (a regional daily on the Druze clashes near Damascus, May 2025)."""

# ruff: noqa: E501

from __future__ import annotations

from . import article, g

OKHMATDYT = article(
    "i_ukraine_childrens_hospital_strike_wire",
    "2024-07-08",
    """
    Russian missiles kill at least 31 across Ukraine, hit Kyiv children's hospital

    By Reuters
    July 8, 2024 7:55 PM GMT+3

    KYIV, July 8 (Reuters) - Russia pounded cities across Ukraine with more than 40 missiles on Monday, killing at least 31 people and striking Kyiv's largest children's hospital in a daytime attack that officials said left young cancer patients covered in dust and debris.

    In the capital, 22 people were killed, including three children, and more than 100 were injured, Kyiv's military administration said. It was the heaviest attack on the city in nearly four months.

    At the Okhmatdyt hospital, two adults were killed and 16 people were injured, seven of them children, according to the Interior Ministry. Rescuers and volunteers dug through the rubble of a two-storey wing with their bare hands, and officials said as many as five people could still be trapped.

    Ukraine's air force said Russia had launched 38 missiles of different types, including hypersonic Kinzhal missiles, and that 30 had been shot down.

    In the central city of Kryvyi Rih, President Volodymyr Zelenskiy's hometown, 10 people were killed and 47 wounded, regional governor Serhiy Lysak said. Strikes on Dnipro and Pokrovsk killed at least four more.

    Russia's defence ministry said it had carried out a "massive strike with long-range precision weapons" against military-industrial targets and air bases, and blamed the damage in Kyiv on a Ukrainian air defence missile.

    Zelenskiy, speaking in Warsaw ahead of a NATO summit in Washington, called for more air defence systems. "Russia cannot pretend that it does not know where its missiles are flying," he wrote on the Telegram messaging app.

    The hospital treats up to 18,000 children a year and had about 630 young patients at the time of the strike, its director said. Patients were moved to other hospitals across the city.

    The U.N. human rights monitoring mission said it had verified that more than 11,000 civilians have been killed in Ukraine since Russia's full-scale invasion in February 2022, including nearly 600 children.

    (Reporting by Dan Peleschuk and Olena Harmash; Editing by Gareth Jones)
    """,
    g(
        "projectiles",
        40,
        "russia",
        q="lower",
        scope="event",
        as_of="2024-07-08",
        by=None,
        cue="with more than 40 missiles on Monday",
        note="debatable: two projectile counts of the same attack (the wire's own 'more than 40' and the air force's 38) are both annotated; '30 had been shot down' is not a launch count.",
    ),
    g(
        "killed",
        31,
        "ukraine",
        q="lower",
        scope="event",
        as_of="2024-07-08",
        by=None,
        cue="killing at least 31 people",
        note="headline repeats the 31 (listed once).",
    ),
    g(
        "killed",
        22,
        "ukraine",
        scope="event",
        as_of="2024-07-08",
        by="kyiv military administration",
        cue="In the capital, 22 people were killed",
    ),
    g(
        "killed",
        3,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2024-07-08",
        by="kyiv military administration",
        cue="including three children",
    ),
    g(
        "injured",
        100,
        "ukraine",
        q="lower",
        scope="event",
        as_of="2024-07-08",
        by="kyiv military administration",
        cue="more than 100 were injured",
    ),
    g(
        "killed",
        2,
        "ukraine",
        scope="event",
        as_of="2024-07-08",
        by="interior ministry",
        cue="two adults were killed",
        note="'adults' is not a population of the contract -> all.",
    ),
    g(
        "injured",
        16,
        "ukraine",
        scope="event",
        as_of="2024-07-08",
        by="interior ministry",
        cue="16 people were injured",
    ),
    g(
        "injured",
        7,
        "ukraine",
        pop="children",
        scope="event",
        as_of="2024-07-08",
        by="interior ministry",
        cue="seven of them children",
    ),
    g(
        "missing",
        5,
        "ukraine",
        q="upper",
        scope="event",
        as_of="2024-07-08",
        by=None,
        cue="as many as five people could still be trapped",
        note="debatable: trapped under rubble -> missing; 'as many as' -> upper; 'officials said' names no one -> null.",
    ),
    g(
        "projectiles",
        38,
        "russia",
        scope="event",
        as_of="2024-07-08",
        by="ukrainian air force",
        cue="Russia had launched 38 missiles",
    ),
    g(
        "killed",
        10,
        "ukraine",
        scope="event",
        as_of="2024-07-08",
        by="regional governor",
        cue="10 people were killed and 47 wounded",
    ),
    g("injured", 47, "ukraine", scope="event", as_of="2024-07-08", by="regional governor", cue="47 wounded"),
    g("killed", 4, "ukraine", q="lower", scope="event", as_of="2024-07-08", by=None, cue="killed at least four more"),
    g(
        "killed",
        11000,
        "ukraine",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2024-07-08",
        by="un human rights monitoring mission",
        cue="more than 11,000 civilians have been killed in Ukraine",
        note="'18,000 children a year' and 'about 630 young patients' are hospital capacity, not casualties.",
    ),
    g(
        "killed",
        600,
        "ukraine",
        pop="children",
        q="upper",
        scope="total",
        as_of="2024-07-08",
        by="un human rights monitoring mission",
        cue="including nearly 600 children",
    ),
)

KURSK = article(
    "i_russia_kursk_incursion_exile_outlet",
    "2024-08-14",
    """
    Kursk region declares federal emergency as Ukrainian troops push deeper

    Over 120,000 residents evacuated; Belgorod announces new evacuations

    14 August 2024, 18:20

    More than a week after Ukrainian forces crossed into the Kursk region, Russia's authorities have declared a federal-level emergency and are struggling to explain how the border was breached so easily.

    Acting Kursk governor Alexei Smirnov said on Monday that about 121,000 people had been evacuated or had left the border districts on their own, and that another 59,000 still had to be moved. On Wednesday, authorities in neighbouring Belgorod region began evacuating the Krasnaya Yaruga district, home to about 11,000 people.

    According to the Kursk regional authorities, 12 civilians have been killed and 121 injured, including 10 children, since the incursion began on 6 August. Volunteers who spoke to our correspondent say the real numbers are higher and that dozens of people remain unaccounted for in the villages now under Ukrainian control.

    Ukraine's commander-in-chief Oleksandr Syrskyi said his troops controlled 74 settlements and had taken more than 100 Russian servicemen prisoner, many of them young conscripts. Russia's defence ministry has not said how many of its soldiers were captured.

    The ministry did claim that Ukraine had lost up to 2,030 servicemen killed and wounded in the Kursk direction, along with 35 tanks. It said air defences had destroyed 117 Ukrainian drones over several regions overnight, including 37 over the Kursk region.

    In the town of Sudzha, residents told Ukrainian journalists that several hundred people were sheltering in basements and in a boarding school.

    The Kremlin has called the incursion a "major provocation". President Vladimir Putin ordered the army to "dislodge the enemy" and promised payments of 10,000 roubles to every evacuee.

    The Kursk nuclear power plant, about 40 kilometres from the fighting, continued to operate normally, according to Rosatom.

    Subscribe to our newsletter. Support independent journalism.
    """,
    g(
        "evacuated",
        121000,
        "russia",
        q="approx",
        scope="total",
        as_of="2024-08-12",
        by="acting kursk governor",
        cue="about 121,000 people had been evacuated",
        note="'Over 120,000 residents evacuated' in the standfirst is the same figure rounded (listed once). 'on Monday' -> 12 August; a running count -> total dated to the day it was given.",
    ),
    g(
        "evacuated",
        59000,
        "russia",
        scope="total",
        as_of="2024-08-12",
        by="acting kursk governor",
        cue="another 59,000 still had to be moved",
        note="debatable: people still to be evacuated ('ordered to leave') -> evacuated.",
    ),
    g(
        "evacuated",
        11000,
        "russia",
        q="approx",
        scope="event",
        as_of="2024-08-14",
        by=None,
        cue="home to about 11,000 people",
        note="debatable: the population of a district being evacuated stands for the evacuees.",
    ),
    g(
        "killed",
        12,
        "russia",
        pop="civilians",
        scope="total",
        as_of="2024-08-14",
        by="kursk regional authorities",
        cue="12 civilians have been killed",
    ),
    g(
        "injured",
        121,
        "russia",
        scope="total",
        as_of="2024-08-14",
        by="kursk regional authorities",
        cue="121 injured",
        note="debatable: 'civilians' in '12 civilians ... and 121 injured' could carry over; kept as all.",
    ),
    g(
        "injured",
        10,
        "russia",
        pop="children",
        scope="total",
        as_of="2024-08-14",
        by="kursk regional authorities",
        cue="including 10 children",
    ),
    g(
        "missing",
        24,
        "russia",
        q="lower",
        scope="total",
        as_of="2024-08-14",
        by="volunteers",
        cue="dozens of people remain unaccounted for",
    ),
    g(
        "detained",
        100,
        "russia",
        pop="combatants",
        q="lower",
        scope="total",
        as_of="2024-08-14",
        by="oleksandr syrskyi",
        cue="taken more than 100 Russian servicemen prisoner",
        note="'74 settlements' are places, '35 tanks' vehicles, '10,000 roubles' money, '40 kilometres' a distance.",
    ),
    g(
        "projectiles",
        117,
        "ukraine",
        scope="event",
        as_of="2024-08-14",
        by="russian defence ministry",
        cue="destroyed 117 Ukrainian drones",
        note="debatable: drones shot down are the only count of drones launched -> projectiles fired by Ukraine. The '37 over the Kursk region' subset is not listed again. 'up to 2,030 servicemen killed and wounded' is a combined casualty count with no split -> skipped per FIGURES.md.",
    ),
    g(
        "displaced",
        200,
        "russia",
        q="lower",
        scope="event",
        as_of="2024-08-14",
        by="residents",
        cue="several hundred people were sheltering in basements",
        note="debatable: 'several hundred' -> vague hundreds, 200/lower; sheltering from fighting -> displaced (seed 'sought shelter').",
    ),
)

SAADA = article(
    "i_yemen_saada_migrant_centre_strike_broadcaster",
    "2025-04-28",
    """
    US strike on Yemen migrant detention centre kills 68, Houthis say

    Mon 28 Apr 2025 17:45 GMT

    An overnight air strike blamed on the United States hit a detention centre holding African migrants in Yemen's northern Saada province, killing 68 people and wounding 47 others, according to the Houthi-run civil defence.

    The facility was holding 115 migrants, most of them from Ethiopia, at the time of the attack, the Houthi interior ministry said. Rescue teams were still pulling bodies from the rubble on Monday morning.

    Footage aired by the Houthis' Al-Masirah television showed bodies scattered among the debris. Al Jazeera could not independently verify the figures.

    The International Committee of the Red Cross said the centre had been used to detain migrants for years and that its teams had visited it before. It donated body bags and medical supplies to hospitals in Saada.

    US Central Command did not comment on the Saada strike, but said on Sunday that American forces had hit more than 800 targets in Yemen since launching Operation Rough Rider on March 15.

    Another strike on a market and residential neighbourhood in the capital, Sanaa, on Sunday evening killed at least 12 people and injured 30, Houthi health officials said.

    Earlier this month, US strikes on the Ras Isa fuel port killed 80 people and injured 150, according to the Houthi-run health ministry, in the deadliest single attack of the campaign.

    The Houthis have continued to launch ballistic missiles at Israel and drones at US warships in the Red Sea. On Sunday, the group said it had fired two ballistic missiles at Israel; the Israeli military said one was intercepted and the other fell short.

    Yemen is home to an estimated 4.5 million internally displaced people, and thousands of migrants from the Horn of Africa continue to arrive each month on boats from Djibouti and Somalia, despite the war.

    The UN's migration agency said it was "deeply alarmed" by the strike and called on all parties to protect civilians.

    More from Al Jazeera: What is Operation Rough Rider?
    """,
    g(
        "killed",
        68,
        "yemen",
        scope="event",
        as_of="2025-04-28",
        by="houthi-run civil defence",
        cue="killing 68 people and wounding 47 others",
        note="debatable side: African migrants killed in Yemen -> yemen (the territory where they were living); 'overnight' -> dated to the report day. Headline repeats the 68 (listed once).",
    ),
    g(
        "injured",
        47,
        "yemen",
        scope="event",
        as_of="2025-04-28",
        by="houthi-run civil defence",
        cue="wounding 47 others",
    ),
    g(
        "detained",
        115,
        "yemen",
        scope="event",
        as_of="2025-04-28",
        by="houthi interior ministry",
        cue="The facility was holding 115 migrants",
        note="debatable: migrants held in a detention centre -> detained (a standing count at the time of the strike).",
    ),
    g(
        "killed",
        12,
        "yemen",
        q="lower",
        scope="event",
        as_of="2025-04-27",
        by="houthi health officials",
        cue="killed at least 12 people and injured 30",
    ),
    g("injured", 30, "yemen", scope="event", as_of="2025-04-27", by="houthi health officials", cue="injured 30"),
    g(
        "killed",
        80,
        "yemen",
        scope="event",
        as_of=None,
        by="houthi-run health ministry",
        cue="Ras Isa fuel port killed 80 people",
        note="'Earlier this month' names no day -> as_of null (debatable: the strike was on 17 April). '800 targets' are not people.",
    ),
    g("injured", 150, "yemen", scope="event", as_of=None, by="houthi-run health ministry", cue="injured 150"),
    g(
        "projectiles",
        2,
        "yemen",
        scope="event",
        as_of="2025-04-27",
        by="houthis",
        cue="it had fired two ballistic missiles at Israel",
    ),
    g(
        "displaced",
        4500000,
        "yemen",
        q="approx",
        scope="total",
        as_of="2025-04-28",
        by=None,
        cue="an estimated 4.5 million internally displaced people",
        note="'thousands of migrants ... arrive each month' is a flow of migrants, not a casualty metric (not annotated).",
    ),
)

SYRIA = article(
    "i_syria_druze_clashes_regional_daily",
    "2025-05-01",
    """
    Middle East

    Death toll from clashes in Druze areas near Damascus passes 100, monitor says

    Israel strikes near Syrian capital, says it is protecting the Druze community

    May 1, 2025

    Beirut: At least 101 people have been killed in two days of sectarian clashes between Syrian security forces, Sunni gunmen and Druze fighters in towns south of Damascus, the Syrian Observatory for Human Rights said on Thursday.

    The UK-based war monitor said the dead included 30 members of the security forces and allied fighters and 21 local Druze gunmen, as well as 10 civilians killed in Sahnaya and Ashrafiyat Sahnaya. It said dozens more had been wounded.

    The violence broke out on Tuesday in Jaramana, a mostly Druze suburb, after an audio recording attributed to a Druze cleric insulting the Prophet Mohammed circulated on social media. The cleric denied making it.

    Israel said its aircraft struck "an extremist group" preparing to attack Druze civilians in Sahnaya, and that it had evacuated 10 wounded Druze to hospitals in northern Israel for treatment.

    Syria's foreign ministry condemned the Israeli strikes as a violation of the country's sovereignty.

    Local leaders in Jaramana reached an agreement with the authorities late on Wednesday to hand over heavy weapons and allow General Security forces to deploy. Between 1,000 and 1,500 people were reported to have fled Sahnaya for Jaramana and the city of Sweida.

    The fighting is the most serious since March, when between 1,500 and 1,700 people, most of them Alawite civilians, were killed in coastal areas over three days from March 6 to March 8, according to the monitor.

    Syria's Druze, who number about 700,000, have been wary of the Islamist-led government that took power after Bashar Assad was toppled in December.

    Ahmad al-Sharaa, Syria's interim president, has pledged to protect all minorities, but the new government has yet to bring its security forces under a single command.

    With agencies
    """,
    g(
        "killed",
        101,
        "syria",
        q="lower",
        scope="event",
        as_of="2025-05-01",
        by="syrian observatory for human rights",
        cue="At least 101 people have been killed in two days",
        note="two days of clashes -> event, dated to the report day; headline 'passes 100' is the same toll rounded (listed once).",
    ),
    g(
        "killed",
        30,
        "syria",
        pop="combatants",
        scope="event",
        as_of="2025-05-01",
        by="syrian observatory for human rights",
        cue="30 members of the security forces and allied fighters",
    ),
    g(
        "killed",
        21,
        "syria",
        pop="combatants",
        scope="event",
        as_of="2025-05-01",
        by="syrian observatory for human rights",
        cue="21 local Druze gunmen",
    ),
    g(
        "killed",
        10,
        "syria",
        pop="civilians",
        scope="event",
        as_of="2025-05-01",
        by="syrian observatory for human rights",
        cue="10 civilians killed in Sahnaya",
    ),
    g(
        "injured",
        24,
        "syria",
        q="lower",
        scope="event",
        as_of="2025-05-01",
        by="syrian observatory for human rights",
        cue="dozens more had been wounded",
    ),
    g(
        "evacuated",
        10,
        "syria",
        scope="event",
        as_of="2025-05-01",
        by="israel",
        cue="it had evacuated 10 wounded Druze",
        note="debatable: medical evacuation of Syrian Druze -> evacuated, side syria; the ten are not an extra injured figure.",
    ),
    g(
        "killed",
        1500,
        "syria",
        q="range",
        high=1700,
        scope="event",
        as_of="2025-03-08",
        by="syrian observatory for human rights",
        cue="between 1,500 and 1,700 people, most of them Alawite civilians, were killed",
        note="'most of them Alawite civilians' has no number -> population all; the March 6 to March 8 window -> event dated to its last day.",
    ),
    g(
        "displaced",
        1000,
        "syria",
        q="range",
        high=1500,
        scope="event",
        as_of="2025-05-01",
        by=None,
        cue="Between 1,000 and 1,500 people were reported to have fled",
        note="'about 700,000' Druze is a population size, not a figure.",
    ),
)

ARTICLES = [OKHMATDYT, KURSK, SAADA, SYRIA]
