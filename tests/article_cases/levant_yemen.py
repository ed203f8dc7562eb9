# ruff: noqa: E501  (article texts are data)
"""Lebanon (a day of strikes and a ceasefire follow-up), Syria (coastal killings, Sweida clashes) and Yemen/Red Sea."""

from . import article, g

L1 = "2024-09-24"  # Tuesday
L2 = "2024-12-02"  # Monday
S2 = "2025-07-19"  # Saturday
Y1 = "2024-07-24"  # Wednesday

# One gold figure per line reads better than the formatter's one field per line.
# fmt: off
ARTICLES = [
    article(
        "lebanon-deadliest-day-558",
        L1,
        """
        Israeli strikes on Lebanon kill 558 in the country's deadliest day in decades

        Updated: Tuesday, September 24, 2024 10:05 AM

        Israeli air strikes across southern and eastern Lebanon killed 558 people on Monday, including 50 children and 94 women, Lebanon's health ministry said, the deadliest day of violence in the country since the end of its 1975-1990 civil war.

        Health Minister Firass Abiad told a news conference that 1,835 people had been wounded, and that hospitals in the south had been told to postpone all non-urgent surgery.

        Tens of thousands of people fled southern Lebanon on Monday, jamming the coastal highway to Beirut for more than 12 hours. The UN refugee agency said more than 16,500 people had sought shelter in schools and other collective centres by Tuesday morning.

        The Israeli military said it had struck about 1,600 Hezbollah targets, including rocket launchers hidden in homes, and that about 210 projectiles had been fired into northern Israel on Monday. Hezbollah said it had fired dozens of rockets at Israeli military sites, including a Rafael defence plant near Haifa. Two people in Israel were lightly wounded by shrapnel, medics said.

        The escalation follows last week's explosions of thousands of pagers and hundreds of walkie-talkies used by Hezbollah members, which killed 39 people and wounded nearly 3,000. Hezbollah blamed Israel, which has not commented.

        Nearly a year of cross-border fire since October 2023 had already killed at least 600 people in Lebanon, most of them Hezbollah fighters, according to an AFP tally. On the Israeli side, 49 people, including 24 soldiers, have been killed, Israeli authorities say.

        "We left with nothing but the children and the car," said Hussein, 38, who drove for 10 hours from Nabatieh to Sidon, a distance of about 40 km. "My father refused to leave."
        """,
        g("killed", 558, "lebanon", scope="event", as_of="2024-09-23", by="lebanese health ministry", cue="killed 558 people on Monday", note="headline repeats the same figure"),
        g("killed", 50, "lebanon", pop="children", scope="event", as_of="2024-09-23", by="lebanese health ministry", cue="including 50 children"),
        g("killed", 94, "lebanon", pop="women", scope="event", as_of="2024-09-23", by="lebanese health ministry", cue="and 94 women"),
        g("injured", 1835, "lebanon", scope="event", as_of="2024-09-23", by="health minister", cue="1,835 people had been wounded", note="same day's strikes -> event; speaker named as 'Health Minister Firass Abiad'"),
        g("displaced", 20000, "lebanon", q="lower", scope="event", as_of="2024-09-23", by=None, cue="Tens of thousands of people fled"),
        g("displaced", 16500, "lebanon", q="lower", scope="total", as_of=L1, by="unhcr", cue="more than 16,500 people had sought shelter", note="standing count of people in shelters -> total (as seed 000); 'the UN refugee agency' = unhcr"),
        g("projectiles", 210, "lebanon", q="approx", scope="event", as_of="2024-09-23", by="israeli military", cue="about 210 projectiles had been fired", note="1,600 targets struck is not a figure; fired into Israel from Lebanon -> lebanon"),
        g("projectiles", 24, "lebanon", q="lower", scope="event", as_of="2024-09-23", by="hezbollah", cue="fired dozens of rockets", note="'Hezbollah said it had fired' with no day named: the paragraph is about Monday"),
        g("injured", 2, "israel", scope="event", as_of="2024-09-23", by="medics", cue="Two people in Israel were lightly wounded"),
        g("killed", 39, "lebanon", scope="event", as_of=None, by=None, cue="which killed 39 people", note="'last week' names no day -> as_of null; thousands of pagers are objects, not a figure"),
        g("injured", 3000, "lebanon", q="upper", scope="event", as_of=None, by=None, cue="wounded nearly 3,000"),
        g("killed", 600, "lebanon", q="lower", scope="total", as_of=L1, by="afp tally", cue="killed at least 600 people in Lebanon"),
        g("killed", 49, "israel", scope="total", as_of=L1, by="israeli authorities", cue="49 people, including 24 soldiers"),
        g("killed", 24, "israel", pop="combatants", scope="total", as_of=L1, by="israeli authorities", cue="including 24 soldiers"),
    ),
    article(
        "lebanon-ceasefire-cost-of-war",
        L2,
        """
        Lebanon counts the cost of war as displaced return to a ruined south

        Published: 2 December 2024

        BEIRUT — Five days after a ceasefire between Israel and Hezbollah took effect, Lebanon's health ministry said on Monday that 4,047 people had been killed and 16,638 wounded in Israeli attacks since October 2023.

        The toll includes 316 children and 790 women, the ministry said, as well as 222 health workers, many of them paramedics killed while answering calls in the south.

        More than 1.2 million people were displaced at the height of the fighting, according to the International Organization for Migration. Some 500,000 crossed into Syria, the UN refugee agency says, more than half of them Syrians who had once fled the other way.

        The 60-day truce, brokered by the United States and France, requires Hezbollah to withdraw north of the Litani river and Israeli troops to leave southern Lebanon. The Lebanese army plans to deploy 10,000 soldiers in the border area, and the World Bank puts the damage to buildings at $3.4 billion.

        The truce has been tested. On Monday, Israeli strikes killed 11 people in the south, including a state security officer, the ministry said. Hezbollah said it fired two mortar rounds at an Israeli position in the Shebaa Farms, its first attack since the ceasefire, calling it a "warning".

        Hezbollah has not published a toll of its own fighters. Israel says it killed more than 2,500 members of the group during the war.

        In Israel, 45 civilians and 73 soldiers were killed on the northern front and in the Israeli-annexed Golan Heights, according to Israeli figures. About 60,000 residents of northern Israel remain evacuated, and the government has not said when they can go home.

        In Khiam, a town of 30,000 before the war, Ali Hamdan, 61, found his house reduced to a single wall. "Three generations lived here," he said.
        """,
        g("killed", 4047, "lebanon", scope="total", as_of=L2, by="lebanese health ministry", cue="4,047 people had been killed"),
        g("injured", 16638, "lebanon", scope="total", as_of=L2, by="lebanese health ministry", cue="16,638 wounded"),
        g("killed", 316, "lebanon", pop="children", scope="total", as_of=L2, by="lebanese health ministry", cue="The toll includes 316 children"),
        g("killed", 790, "lebanon", pop="women", scope="total", as_of=L2, by="lebanese health ministry", cue="and 790 women"),
        g("killed", 222, "lebanon", pop="medics", scope="total", as_of=L2, by="lebanese health ministry", cue="222 health workers"),
        g("displaced", 1200000, "lebanon", q="lower", scope="total", as_of=L2, by="iom", cue="More than 1.2 million people were displaced"),
        g("displaced", 500000, "lebanon", q="approx", scope="total", as_of=L2, by="unhcr", cue="Some 500,000 crossed into Syria", note="people who fled Lebanon's war count for lebanon, though many are Syrian nationals (debatable)"),
        g("killed", 11, "lebanon", scope="event", as_of=L2, by="lebanese health ministry", cue="Israeli strikes killed 11 people"),
        g("projectiles", 2, "lebanon", scope="event", as_of=L2, by="hezbollah", cue="fired two mortar rounds"),
        g("killed", 2500, "lebanon", pop="combatants", q="lower", scope="total", as_of=L2, by="israel", cue="killed more than 2,500 members of the group"),
        g("killed", 45, "israel", pop="civilians", scope="total", as_of=L2, by="israeli figures", cue="45 civilians and 73 soldiers"),
        g("killed", 73, "israel", pop="combatants", scope="total", as_of=L2, by="israeli figures", cue="73 soldiers were killed"),
        g("evacuated", 60000, "israel", q="approx", scope="total", as_of=L2, by=None, cue="About 60,000 residents ... remain evacuated"),
    ),
    article(
        "syria-coast-killings-no-date",
        None,
        """
        Monitor says more than 1,000 killed in Syria's coastal violence

        DAMASCUS (Reuters) - More than 1,000 people have been killed in four days of clashes between Syria's new security forces and fighters loyal to ousted president Bashar al-Assad, and in the revenge killings that followed, a war monitor said.

        The Syrian Observatory for Human Rights said 745 civilians were among the dead, most of them members of the Alawite minority, along with 125 members of the security forces and 148 pro-Assad fighters.

        The Britain-based monitor, which relies on a network of sources inside Syria, said whole families had been shot in their homes in the towns of Baniyas and Jableh. Reuters could not independently verify the toll.

        Interim President Ahmed al-Sharaa called for national unity and named a seven-member committee to investigate, giving it 30 days to report. The defence ministry said it had arrested 20 people suspected of abuses against civilians and that its forces had restored control of most of Latakia province.

        Thousands of Alawites fled to the Russian air base at Hmeimim, and about 10,000 crossed into northern Lebanon, Lebanese officials said.

        The violence is the worst since rebels led by Sharaa's Hayat Tahrir al-Sham toppled Assad in December, ending more than five decades of his family's rule. Syria's civil war, which began in 2011, killed more than 500,000 people, and some 6 million Syrians remain refugees abroad, according to the United Nations.

        "They came at 4 in the afternoon and asked every man for his identity card," said a 34-year-old resident of Baniyas, who asked not to be named.
        """,
        g("killed", 1000, "syria", q="lower", scope="event", as_of=None, by="syrian observatory for human rights", cue="More than 1,000 people have been killed in four days", note="a four-day outbreak -> event window; no article date and no day named -> as_of null"),
        g("killed", 745, "syria", pop="civilians", scope="event", as_of=None, by="syrian observatory for human rights", cue="745 civilians were among the dead"),
        g("killed", 125, "syria", pop="combatants", scope="event", as_of=None, by="syrian observatory for human rights", cue="125 members of the security forces"),
        g("killed", 148, "syria", pop="combatants", scope="event", as_of=None, by="syrian observatory for human rights", cue="148 pro-Assad fighters"),
        g("detained", 20, "syria", scope="event", as_of=None, by="defence ministry", cue="arrested 20 people"),
        g("displaced", 2000, "syria", q="lower", scope="event", as_of=None, by=None, cue="Thousands of Alawites fled", note="attribution 'Lebanese officials said' is read as covering the second clause only (debatable)"),
        g("displaced", 10000, "syria", q="approx", scope="event", as_of=None, by="lebanese officials", cue="about 10,000 crossed into northern Lebanon"),
        g("killed", 500000, "syria", q="lower", scope="total", as_of=None, by="un", cue="killed more than 500,000 people"),
        g("displaced", 6000000, "syria", q="approx", scope="total", as_of=None, by="un", cue="some 6 million Syrians remain refugees abroad"),
    ),
    article(
        "syria-sweida-week-of-fighting",
        S2,
        """
        Death toll from Sweida clashes climbs to 940 as truce takes hold

        Published: July 19, 2025

        The Syrian Observatory for Human Rights said on Saturday that 940 people had been killed in a week of fighting in the southern province of Sweida, as a ceasefire announced by the presidency appeared to be holding.

        The dead include 326 Druze fighters and 262 Druze civilians, the monitor said, as well as 312 members of the government forces and 21 Bedouin.

        Israel, which says it is protecting the Druze minority, struck the defence ministry headquarters in Damascus on Wednesday. The Syrian health ministry said three people were killed and 34 wounded in that strike.

        The International Organization for Migration said 87,000 people had been displaced by the fighting. On Friday, buses evacuated about 1,500 Bedouin families from Sweida city to neighbouring Daraa province under the truce terms.

        The Syrian Arab Red Crescent said on Thursday that three of its paramedics had been killed while trying to reach the wounded.

        "The hospital received 400 bodies in four days. We stopped counting after that," a doctor at Sweida National Hospital told reporters by phone. Electricity and water have been cut for six days.

        The US envoy for Syria, Tom Barrack, said late on Friday that Israel and Syria had agreed to the ceasefire, and that 2,500 internal security personnel would deploy around the city.

        Syria's roughly 700,000 Druze are concentrated in Sweida. The community's spiritual leaders have been split over how far to cooperate with the authorities in Damascus since the fall of Bashar al-Assad in December 2024.
        """,
        g("killed", 940, "syria", scope="event", as_of=S2, by="syrian observatory for human rights", cue="940 people had been killed in a week of fighting", note="one week-long outbreak -> event window (as the coast article), as_of the day the toll was given"),
        g("killed", 326, "syria", pop="combatants", scope="event", as_of=S2, by="syrian observatory for human rights", cue="326 Druze fighters"),
        g("killed", 262, "syria", pop="civilians", scope="event", as_of=S2, by="syrian observatory for human rights", cue="262 Druze civilians"),
        g("killed", 312, "syria", pop="combatants", scope="event", as_of=S2, by="syrian observatory for human rights", cue="312 members of the government forces"),
        g("killed", 21, "syria", scope="event", as_of=S2, by="syrian observatory for human rights", cue="and 21 Bedouin"),
        g("killed", 3, "syria", scope="event", as_of="2025-07-16", by="syrian health ministry", cue="three people were killed and 34 wounded"),
        g("injured", 34, "syria", scope="event", as_of="2025-07-16", by="syrian health ministry", cue="34 wounded in that strike"),
        g("displaced", 87000, "syria", scope="event", as_of=S2, by="iom", cue="87,000 people had been displaced", note="'1,500 Bedouin families' counts families, not people: not annotated (debatable)"),
        g("killed", 400, "syria", scope="event", as_of=S2, by="doctor", cue="received 400 bodies in four days", note="bodies received = dead; unnamed doctor at Sweida National Hospital"),
        g("killed", 3, "syria", pop="medics", scope="event", as_of="2025-07-17", by="syrian arab red crescent", cue="three of its paramedics had been killed"),
    ),
    article(
        "yemen-red-sea-hodeidah-toll",
        Y1,
        """
        Houthis fire missiles at ship in Red Sea as toll from Israeli strike on Hodeidah rises to nine

        ADEN, Yemen, July 24, 2024 (AFP) — Yemen's Houthi rebels said they fired two ballistic missiles at a merchant vessel in the Red Sea on Tuesday, hours after health officials in Hodeidah raised the toll from an Israeli strike on the port.

        The British military's UKMTO agency said the Liberian-flagged ship reported an explosion about 3 nautical miles off its bow but that its crew of 21 was unharmed.

        The Houthi-run health ministry said nine people were killed and 87 wounded in Saturday's Israeli strike on fuel tanks at Hodeidah port, most of them port workers. Fires burned for two days.

        The strike followed a Houthi drone attack on Tel Aviv on Friday that killed one man and wounded 10 people, the first deadly Houthi strike on the city.

        The Houthis have attacked more than 70 vessels since November, sinking two ships and killing four sailors, according to the US military. The 25 crew members of the Galaxy Leader, seized in November, are still held by the group. US Central Command said on Monday it had destroyed three uncrewed surface vessels and a radar site in Houthi-controlled areas.

        The Houthis say their attacks are in solidarity with Palestinians in Gaza. Shipping through the Suez Canal has fallen by 60% since December.

        Inside Yemen, the Houthis have detained 13 UN staff members since June, the United Nations said, accusing them of spying. Yemen's war, which began in 2014, has killed more than 150,000 people and left 4.5 million people internally displaced, according to UN agencies.
        """,
        g("projectiles", 2, "yemen", scope="event", as_of="2024-07-23", by="houthis", cue="fired two ballistic missiles"),
        g("killed", 9, "yemen", scope="event", as_of="2024-07-20", by="houthi health ministry", cue="nine people were killed and 87 wounded", note="headline 'rises to nine' is the same figure; 'crew of 21' unharmed is not a figure"),
        g("injured", 87, "yemen", scope="event", as_of="2024-07-20", by="houthi health ministry", cue="87 wounded in Saturday's Israeli strike"),
        g("killed", 1, "israel", scope="event", as_of="2024-07-19", by=None, cue="killed one man"),
        g("injured", 10, "israel", scope="event", as_of="2024-07-19", by=None, cue="wounded 10 people"),
        g("killed", 4, "unknown", scope="total", as_of=Y1, by="us military", cue="killing four sailors", note="merchant sailors of unstated nationality -> side unknown, population all (70 vessels, two ships are not figures)"),
        g("hostages", 25, "unknown", scope="total", as_of=Y1, by=None, cue="The 25 crew members of the Galaxy Leader", note="crew seized and held -> hostages; nationality not stated -> unknown"),
        g("detained", 13, "yemen", pop="aid_workers", scope="total", as_of=Y1, by="un", cue="detained 13 UN staff members"),
        g("killed", 150000, "yemen", q="lower", scope="total", as_of=Y1, by="un agencies", cue="killed more than 150,000 people"),
        g("displaced", 4500000, "yemen", scope="total", as_of=Y1, by="un agencies", cue="4.5 million people internally displaced"),
    ),
]
# fmt: on
