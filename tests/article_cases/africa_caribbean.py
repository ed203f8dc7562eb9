# ruff: noqa: E501  (article texts are data)
"""Somalia (an al-Shabaab bombing, floods with no date), Nigeria (a school abduction) and Haiti (gang violence, no date)."""

from . import article, g

SO1 = "2024-01-02"  # Tuesday
NG1 = "2024-03-09"  # Saturday

# One gold figure per line reads better than the formatter's one field per line.
# fmt: off
ARTICLES = [
    article(
        "somalia-mogadishu-lido-bombing",
        SO1,
        """
        Al-Shabaab bombing at Mogadishu beach restaurant kills 17

        MOGADISHU, Jan 2, 2024 (Reuters) - A suicide car bomb exploded outside a popular restaurant near Mogadishu's Lido beach on Monday evening, killing at least 17 people and wounding 35 others, police said on Tuesday.

        Gunmen then stormed the two-storey building and exchanged fire with security forces for more than five hours. Police spokesman Abdifatah Aden Hassan said all five attackers were killed, and that security forces evacuated about 60 people trapped on the upper floor.

        Among the dead were two children and a police officer, he said. The head of the Aamin ambulance service, Abdikadir Abdirahman, said his crews had carried 40 wounded people to hospitals.

        Al-Shabaab claimed responsibility in a statement on its Andalus radio, saying its fighters had killed "more than 30" government officials and foreigners. The group often inflates its tolls.

        The attack came two days after a US air strike killed 10 al-Shabaab fighters near Jilib on Saturday, according to the US Africa Command.

        The al Qaeda-linked group has fought Somalia's federal government since 2006 and still controls large parts of the south. In October 2017, a truck bomb at a busy Mogadishu intersection killed more than 500 people, the deadliest attack in the country's history.

        An African Union force of some 12,000 troops is due to be replaced this year by a smaller mission. President Hassan Sheikh Mohamud has vowed to defeat the group within 12 months, but a government offensive launched in 2022 has stalled.

        "My brother went to buy tea at 7 p.m. He never came back," said Hodan Ali, 24, outside Erdogan hospital, where relatives searched lists of the wounded.
        """,
        g("killed", 17, "somalia", q="lower", scope="event", as_of="2024-01-01", by="police", cue="killing at least 17 people", note="headline repeats it; Monday evening counted back from the Tuesday article date"),
        g("injured", 35, "somalia", scope="event", as_of="2024-01-01", by="police", cue="wounding 35 others", note="'at least' is read as bounding the first number only (debatable)"),
        g("killed", 5, "somalia", pop="combatants", scope="event", as_of="2024-01-01", by="police spokesman abdifatah aden hassan", cue="all five attackers were killed"),
        g("evacuated", 60, "somalia", q="approx", scope="event", as_of="2024-01-01", by="police spokesman abdifatah aden hassan", cue="evacuated about 60 people"),
        g("killed", 2, "somalia", pop="children", scope="event", as_of="2024-01-01", by="police spokesman abdifatah aden hassan", cue="Among the dead were two children"),
        g("injured", 40, "somalia", scope="event", as_of="2024-01-01", by="aamin ambulance service", cue="carried 40 wounded people"),
        g("killed", 30, "somalia", q="lower", scope="event", as_of="2024-01-01", by="al-shabaab", cue='killed "more than 30" government officials'),
        g("killed", 10, "somalia", pop="combatants", scope="event", as_of="2023-12-30", by="us africa command", cue="killed 10 al-Shabaab fighters near Jilib on Saturday", note="the Saturday before a Tuesday 2 January is 30 December of the previous year"),
        g("killed", 500, "somalia", q="lower", scope="event", as_of=None, by=None, cue="killed more than 500 people", note="October 2017, no day -> as_of null; 12,000 troops and 12 months are not figures"),
    ),
    article(
        "somalia-floods-displacement-no-date",
        None,
        """
        Floods displace more than 1 million in Somalia as rains pound drought-hit south

        MOGADISHU — Flash floods along the Juba and Shabelle rivers have displaced more than 1.1 million people and killed at least 96, Somalia's disaster management agency said, in what the United Nations has called a once-in-a-century event.

        In Beledweyne, where the Shabelle burst its banks, about 250,000 people, nearly 90% of the town, were forced from their homes. The government evacuated 2,000 residents by boat on Sunday, and dozens of people remain missing in the Luuq district, local officials said.

        Seven people, including four children, drowned when their boat capsized near Bardere. Rescuers using three borrowed boats were searching the river on Tuesday, a district official said, but the current was too strong to go out after 5 p.m.

        Aid agencies say roads are cut in at least 20 places and that 4.3 million Somalis need assistance. The World Food Programme has flown in 150 tonnes of food using two helicopters.

        Parts of the flooded areas are controlled by al-Shabaab, and aid workers say the group has blocked some deliveries and demanded "taxes" from truck drivers.

        The floods follow Somalia's worst drought in four decades, which killed an estimated 43,000 people in 2022, half of them children. In neighbouring Kenya, floods have killed 76 people and displaced more than 30,000, the Kenya Red Cross said.

        "The water came at night, up to my chest," said Halima Abdi, a mother of six, at a camp on higher ground outside Beledweyne. "We carried the children on our heads."
        """,
        g("displaced", 1100000, "somalia", q="lower", scope="total", as_of=None, by="somalia disaster management agency", cue="displaced more than 1.1 million people", note="running tolls of the flood crisis -> total; no article date -> as_of null; headline 'more than 1 million' is a separate rounded number"),
        g("displaced", 1000000, "somalia", q="lower", scope="total", as_of=None, by=None, cue="Floods displace more than 1 million", note="headline milestone, as the Gaza 40,000 case (debatable: some annotators would merge it)"),
        g("killed", 96, "somalia", q="lower", scope="total", as_of=None, by="somalia disaster management agency", cue="killed at least 96"),
        g("displaced", 250000, "somalia", q="approx", scope="total", as_of=None, by=None, cue="about 250,000 people ... were forced from their homes"),
        g("evacuated", 2000, "somalia", scope="event", as_of=None, by=None, cue="evacuated 2,000 residents by boat on Sunday", note="'on Sunday' without an article date -> as_of null; 'local officials said' closes the next clause"),
        g("missing", 24, "somalia", q="lower", scope="total", as_of=None, by="local officials", cue="dozens of people remain missing"),
        g("killed", 7, "somalia", scope="event", as_of=None, by=None, cue="Seven people, including four children, drowned"),
        g("killed", 4, "somalia", pop="children", scope="event", as_of=None, by=None, cue="including four children"),
        g("killed", 43000, "somalia", q="approx", scope="event", as_of=None, by=None, cue="killed an estimated 43,000 people in 2022", note="a past year-long drought -> event window, no day -> as_of null; 4.3 million in need is not a metric"),
        g("killed", 76, "kenya", scope="total", as_of=None, by="kenya red cross", cue="floods have killed 76 people"),
        g("displaced", 30000, "kenya", q="lower", scope="total", as_of=None, by="kenya red cross", cue="displaced more than 30,000"),
    ),
    article(
        "nigeria-kuriga-school-abduction",
        NG1,
        """
        Gunmen abduct 287 pupils and teachers from school in northwest Nigeria

        Gunmen on motorbikes abducted 287 pupils and teachers from a school in Kuriga, in Nigeria's northwestern Kaduna state, on Thursday morning, a teacher and local officials said.

        Teacher Abubakar Isah said 187 of those taken were secondary school pupils and the rest younger children from the primary section, aged 8 to 15. A school worker was shot dead as he tried to close the gate, residents said.

        Kaduna governor Uba Sani visited the town on Friday and said security forces were tracking the kidnappers into the Birnin Gwari forest, about 100 km away. "We will bring every child home," he said. No group has claimed the abduction, and no ransom demand has been made public.

        On the same day, suspected Boko Haram militants abducted more than 200 women and children who had gone to gather firewood near Gamboru Ngala in northeastern Borno state, the United Nations said on Friday.

        Mass school kidnappings began with the 2014 abduction of 276 schoolgirls from Chibok by Boko Haram, which drew global outrage. About 90 of them are still missing a decade later.

        According to UNICEF, more than 1,400 pupils have been abducted from schools in Nigeria since then, most of them freed after ransoms were paid. Armed gangs known locally as bandits have made kidnapping a business, in some cases demanding 1 billion naira ($620,000) for a group of captives.

        The Islamist insurgency in the northeast has displaced more than 2 million people since 2009. President Bola Tinubu, who took office in May 2023, promised to end it within 12 months.

        9 March 2024
        """,
        g("hostages", 287, "nigeria", scope="event", as_of="2024-03-07", by="a teacher and local officials", cue="abducted 287 pupils and teachers", note="pupils and teachers together -> population all; headline repeats it; the date is a bare line at the end; 'A school worker was shot dead' has no numeral (like 'a woman' in the Gaza bulletin): not annotated"),
        g("hostages", 187, "nigeria", pop="children", scope="event", as_of="2024-03-07", by="teacher abubakar isah", cue="187 of those taken were secondary school pupils", note="school pupils -> children (debatable for older secondary pupils); 'aged 8 to 15' is an age range, not a figure"),
        g("hostages", 200, "nigeria", q="lower", scope="event", as_of="2024-03-07", by="un", cue="abducted more than 200 women and children", note="'women and children' together -> population all"),
        g("hostages", 276, "nigeria", pop="children", scope="event", as_of=None, by=None, cue="abduction of 276 schoolgirls from Chibok", note="2014, no day -> as_of null; schoolgirls -> children"),
        g("missing", 90, "nigeria", pop="children", q="approx", scope="total", as_of=NG1, by=None, cue="About 90 of them are still missing", note="still-missing Chibok schoolgirls; population follows the antecedent (schoolgirls) (debatable)"),
        g("hostages", 1400, "nigeria", pop="children", q="lower", scope="total", as_of=NG1, by="unicef", cue="more than 1,400 pupils have been abducted"),
        g("displaced", 2000000, "nigeria", q="lower", scope="total", as_of=NG1, by=None, cue="displaced more than 2 million people since 2009"),
    ),
    article(
        "haiti-pont-sonde-gang-attack-no-date",
        None,
        """
        Gang attack on Haitian town kills 115, UN says

        PORT-AU-PRINCE (AP) — Members of the Gran Grif gang stormed the town of Pont-Sonde in Haiti's central Artibonite region before dawn, killing at least 115 people, including 10 women and three infants, the UN human rights office said, updating an earlier toll of 70.

        Sixteen people were seriously wounded, among them two nurses from a local clinic, the office said. Gang members set fire to at least 45 houses and 34 vehicles, and shot people in their homes.

        More than 6,270 people fled the town, most of them to the nearby city of Saint-Marc, according to the International Organization for Migration.

        The national police said officers killed 12 gang members in a counter-offensive on Sunday, and that they had retaken the main road through the town.

        Gran Grif, which controls much of Artibonite, Haiti's rice-growing breadbasket, said the massacre was revenge for residents' support of a self-defence group.

        Gang violence has killed more than 4,500 people in Haiti since January, according to the United Nations, and displaced more than 700,000. The UN also counted some 1,100 people kidnapped for ransom in the first half of the year.

        A Kenyan-led multinational police mission, with some 400 officers on the ground, has struggled to contain the gangs, which control about 80% of the capital. The mission's $600 million budget is largely unfunded.

        "They went from door to door," said a 40-year-old farmer who hid in a rice field with his family for two days. "My neighbours are gone."
        """,
        g("killed", 115, "haiti", q="lower", scope="event", as_of=None, by="un human rights office", cue="killing at least 115 people"),
        g("killed", 10, "haiti", pop="women", scope="event", as_of=None, by="un human rights office", cue="including 10 women"),
        g("killed", 3, "haiti", pop="children", scope="event", as_of=None, by="un human rights office", cue="three infants", note="infants -> children"),
        g("killed", 70, "haiti", scope="event", as_of=None, by="un human rights office", cue="an earlier toll of 70", note="a superseded toll is still a number the text reports (debatable)"),
        g("injured", 16, "haiti", scope="event", as_of=None, by="un human rights office", cue="Sixteen people were seriously wounded"),
        g("injured", 2, "haiti", pop="medics", scope="event", as_of=None, by="un human rights office", cue="two nurses from a local clinic"),
        g("displaced", 6270, "haiti", q="lower", scope="event", as_of=None, by="iom", cue="More than 6,270 people fled the town", note="flight from one attack -> event; 45 houses and 34 vehicles are not figures"),
        g("killed", 12, "haiti", pop="combatants", scope="event", as_of=None, by="haitian national police", cue="killed 12 gang members"),
        g("killed", 4500, "haiti", q="lower", scope="total", as_of=None, by="un", cue="killed more than 4,500 people in Haiti since January"),
        g("displaced", 700000, "haiti", q="lower", scope="total", as_of=None, by="un", cue="displaced more than 700,000"),
        g("hostages", 1100, "haiti", q="approx", scope="event", as_of=None, by="un", cue="some 1,100 people kidnapped for ransom", note="kidnapped -> hostages; 'first half of the year' is a window -> event"),
    ),
]
# fmt: on
