"""Sudan (El Fasher and Khartoum), DR Congo, Ethiopia (Tigray's legacy), Somalia and Haiti."""

from __future__ import annotations

try:
    from tests.article_cases import DRC, article, g
except ImportError:  # pragma: no cover
    from article_cases import DRC, article, g

# A data table: one gold figure per g() call reads better compact.
# fmt: off
ARTICLES = [
    article(
        "c11_sudan_el_fasher_explainer",
        "2025-10-29",
        """
        Sudan war: What we know about the fall of El Fasher

        Published 29 October 2025

        The paramilitary Rapid Support Forces (RSF) say they have taken full control of El Fasher,
        the army's last stronghold in Sudan's western Darfur region, after an 18-month siege. Here is
        what we know.

        What happened in El Fasher?

        RSF fighters entered the city on Sunday. The International Organization for Migration (IOM)
        says more than 26,000 people fled on Monday alone, most of them on foot to Tawila, about 70km
        (43 miles) to the west. Tens of thousands more are thought to be trapped inside.

        The World Health Organization said it was "appalled" by reports that more than 460 patients
        and their companions were shot dead at the Saudi maternity hospital on Tuesday. Sudan's
        army-aligned government has accused the RSF of killing at least 2,000 civilians in the city
        since Sunday. The RSF denies targeting civilians and says it has arrested several fighters
        suspected of abuses.

        Before the city fell, a drone strike on a mosque in El Fasher on 19 September killed at least
        75 worshippers, local medics said.

        How many people has the war killed?

        No one knows. Since the war between the army and the RSF began in April 2023, the conflict
        monitor ACLED has recorded more than 40,000 deaths, but some aid groups say the true toll may
        be as high as 150,000, once deaths from hunger and disease are counted.

        How many people have fled?

        About 12 million people have been forced from their homes, including some four million who
        crossed into neighbouring countries, according to the UN, which calls it the world's largest
        displacement crisis. Half of Sudan's 50 million people face acute hunger.

        What about Khartoum?

        The army retook the capital in March after two years of RSF control. The IOM says more than
        one million people have since returned to Khartoum state, but the city's water and power
        plants are still being hit: an RSF drone attack on Omdurman on Saturday killed nine people
        and wounded 23, the army-aligned government said.

        What happens now?

        With El Fasher gone, the RSF holds all five state capitals in Darfur, raising fears of a de
        facto partition of the country. The so-called Quad - the US, Saudi Arabia, the UAE and Egypt -
        has proposed a three-month humanitarian truce.
        """,
        g("displaced", 26000, "sudan", scope="event", as_of="2025-10-27", by="iom", q="lower",
          cue="more than 26,000 people fled on Monday alone"),
        g("killed", 460, "sudan", scope="event", as_of="2025-10-28", by="world health organization", q="lower",
          cue="more than 460 patients",
          note="WHO reports the reports; 'shot dead' -> killed; patients and companions -> population all."),
        g("killed", 2000, "sudan", scope="total", as_of="2025-10-29", by="sudanese government", q="lower",
          pop="civilians", cue="killing at least 2,000 civilians",
          note="'since Sunday' running toll of the city's fall -> total (debatable: a window of three days)."),
        g("killed", 75, "sudan", scope="event", as_of="2025-09-19", by="local medics", q="lower",
          cue="killed at least 75 worshippers"),
        g("killed", 40000, "sudan", scope="total", as_of="2025-10-29", by="acled", q="lower",
          cue="more than 40,000 deaths"),
        g("killed", 150000, "sudan", scope="total", as_of="2025-10-29", by="aid groups", q="upper",
          cue="as high as 150,000", note="'as high as' bounds from above -> upper."),
        g("displaced", 12000000, "sudan", scope="total", as_of="2025-10-29", by="un", q="approx",
          cue="About 12 million people have been forced from their homes"),
        g("displaced", 4000000, "sudan", scope="total", as_of="2025-10-29", by="un", q="approx",
          cue="some four million who", note="spelled-out 'four million' refugees -> displaced."),
        g("killed", 9, "sudan", scope="event", as_of="2025-10-25", by="army-aligned government",
          cue="killed nine people", note="'on Saturday' counted back from Wednesday 29 October."),
        g("injured", 23, "sudan", scope="event", as_of="2025-10-25", by="army-aligned government",
          cue="wounded 23",
          note="not figures: 18-month siege, 'tens of thousands' trapped (not a metric), 'more than one million' "
          "returnees, 50 million population, 70km, five capitals, 'several fighters'."),
    ),
    article(
        "c12_drc_goma_wire",
        "2025-01-29",
        """
        M23 rebels tighten grip on Goma as death toll climbs

        GOMA, Congo, Jan 29, 2025 (Reuters) - Fighting in and around Goma has killed at least 100
        people and wounded nearly 1,000 since Sunday, according to figures from the city's hospitals
        compiled by Reuters, as Rwanda-backed M23 rebels consolidated their control of eastern
        Congo's largest city on Wednesday.

        Bodies lay under sheets in several streets and gunfire still crackled near the airport,
        which the rebels seized on Tuesday, residents said.

        The International Committee of the Red Cross said its hospital in Goma had admitted 126
        wounded people since Friday, among them 30 women and 22 children.

        Two Congolese aid workers were killed by shrapnel on Monday, the U.N. humanitarian office
        said. Between 2,000 and 3,000 people crossed into Rwanda at the Gisenyi border post on Monday,
        Rwandan officials said.

        The U.N. refugee agency said more than 400,000 people had been displaced in North Kivu
        province since the start of the year, adding to some 6.5 million internally displaced
        across Congo, one of the largest such populations in the world.

        In the capital Kinshasa, some 1,600 km (1,000 miles) to the west, protesters attacked the
        embassies of Rwanda, France and the United States on Tuesday. Police arrested dozens of
        protesters, a police spokesperson said.

        Rwanda has between 3,000 and 4,000 troops fighting alongside the M23 inside Congo, according
        to a report by U.N. experts last year. Kigali denies backing the group, which seized Goma once
        before, in 2012, and held it for 10 days.

        Eastern Congo holds deposits of coltan, tin and gold worth an estimated $24 trillion. The
        conflict, rooted in the aftermath of Rwanda's 1994 genocide, has flared repeatedly over three
        decades.

        Congo's President Felix Tshisekedi, who will address the nation on Wednesday evening, has
        vowed a "vigorous and coordinated response". East African leaders are due to hold a virtual
        summit later this week.
        """,
        g("killed", 100, DRC, scope="total", as_of="2025-01-29", by="reuters tally", q="lower",
          cue="killed at least 100", note="'since Sunday' running toll of the battle -> total (debatable)."),
        g("injured", 1000, DRC, scope="total", as_of="2025-01-29", by="reuters tally", q="upper",
          cue="wounded nearly 1,000 since Sunday"),
        g("injured", 126, DRC, scope="total", as_of="2025-01-29", by="icrc",
          cue="admitted 126 wounded people", note="ICRC = the International Committee of the Red Cross."),
        g("injured", 30, DRC, scope="total", as_of="2025-01-29", by="icrc", pop="women", cue="30 women"),
        g("injured", 22, DRC, scope="total", as_of="2025-01-29", by="icrc", pop="children", cue="22 children"),
        g("killed", 2, DRC, scope="event", as_of="2025-01-27", by="u.n. humanitarian office", pop="aid_workers",
          cue="Two Congolese aid workers were killed"),
        g("displaced", 2000, DRC, scope="event", as_of="2025-01-27", by="rwandan officials", q="range",
          high=3000, cue="Between 2,000 and 3,000 people crossed into Rwanda",
          note="Congolese fleeing to Rwanda -> side of the people who fled."),
        g("displaced", 400000, DRC, scope="total", as_of="2025-01-29", by="u.n. refugee agency", q="lower",
          cue="more than 400,000 people had been displaced"),
        g("displaced", 6500000, DRC, scope="total", as_of="2025-01-29", by="u.n. refugee agency", q="approx",
          cue="some 6.5 million internally displaced"),
        g("detained", 24, DRC, scope="event", as_of="2025-01-28", by="police spokesperson", q="lower",
          cue="Police arrested dozens of protesters",
          note="the arrests follow Tuesday's protests -> Tuesday 28 January (debatable). Not figures: 3,000-4,000 "
          "Rwandan troops (a force size, not people harmed), 1,600 km, 10 days, $24 trillion, 1994, 2012."),
    ),
    article(
        "c13_tigray_displaced_feature",
        None,
        """
        Three years after the guns fell silent, Tigray's displaced are still waiting to go home

        In a classroom in Shire, a town in north-western Tigray, Letay Gebremedhin has hung a
        blanket between her family's corner and the next. She is 34, and she has lived in this
        school since her village in western Tigray was overrun in late 2020.

        "Every year they tell us: next year you will go back," she said. "My youngest has never seen
        our house."

        The war between Ethiopia's federal government and the Tigray People's Liberation Front
        (TPLF), which ended with a truce signed in Pretoria in November 2022, is estimated to have
        killed as many as 600,000 people, according to researchers at Ghent University, including
        deaths from hunger and lack of medical care.

        About 1 million people remain displaced inside Tigray, according to the regional interim
        administration, many of them from western Tigray, which is still held by forces from the
        neighbouring Amhara region. In 2021 alone, more than 60,000 Tigrayans fled across the border
        into Sudan.

        Amnesty International documented the killing of hundreds of civilians in the town of Axum
        on 28 November 2020, most of them by Eritrean troops. Physicians for Human Rights says at
        least 80 health workers were killed in Tigray during the war.

        Thousands of Eritrean soldiers are still deployed in parts of north-eastern Tigray,
        residents say. Government officials say more than 11,000 former fighters have handed in
        their weapons under a programme that aims to demobilise 270,000.

        The peace remains fragile. Clashes between rival TPLF factions in Adigrat killed at least 12
        people, local officials told reporters last week.

        Beyond Tigray, nearly 2,000 people have been detained in the Amhara region since the federal
        government declared a state of emergency there in August 2023, according to the Ethiopian
        Human Rights Commission.

        Letay's eldest son, now 17, wants to become a teacher. "Here, he teaches the small ones to
        count," she said. "One, two, three. At least that no one can take."
        """,
        g("killed", 600000, "ethiopia", scope="total", as_of=None, by="researchers at ghent university",
          q="upper", cue="as many as 600,000 people",
          note="Tigray is a region of Ethiopia -> side ethiopia; undated -> total has no as_of."),
        g("displaced", 1000000, "ethiopia", scope="total", as_of=None, by="regional interim administration",
          q="approx", cue="About 1 million people remain displaced"),
        g("displaced", 60000, "ethiopia", scope="event", as_of=None, q="lower",
          cue="more than 60,000 Tigrayans fled",
          note="'In 2021 alone' is a window -> event with no single day -> as_of null."),
        g("killed", 200, "ethiopia", scope="event", as_of="2020-11-28", by="amnesty international", q="lower",
          pop="civilians", cue="the killing of hundreds of civilians"),
        g("killed", 80, "ethiopia", scope="total", as_of=None, by="physicians for human rights", q="lower",
          pop="medics", cue="least 80 health workers were killed"),
        g("killed", 12, "ethiopia", scope="event", as_of=None, by="local officials", q="lower",
          cue="killed at least 12 people", note="'last week' in an undated article -> as_of null."),
        g("detained", 2000, "ethiopia", scope="total", as_of=None, by="ethiopian human rights commission",
          q="upper", cue="nearly 2,000 people have been detained",
          note="not figures: 'thousands of Eritrean soldiers' (deployed, not harmed), 11,000 and 270,000 fighters "
          "in disarmament, ages, 'one, two, three'."),
    ),
    article(
        "c14_somalia_convoy_ap",
        "2025-03-18",
        """
        Al-Shabab bomb targets Somali president's convoy in Mogadishu; 4 killed

        MOGADISHU, Somalia (AP) - A roadside bomb exploded near the convoy of Somalia's president in
        the capital on Tuesday, killing at least four people, police said, in an attack claimed by
        the al-Shabab extremist group.

        President Hassan Sheikh Mohamud, 69, was unharmed and later appeared at a meeting with
        elders, his office said.

        Police officer Abdullahi Hassan said two soldiers and two civilians were among the dead and
        that seven other people were wounded, three of them seriously. Somali authorities detained
        30 suspects after the blast, a security official said on condition of anonymity because he
        was not authorized to speak to reporters.

        Al-Shabab said in a statement that it had also fired four mortar rounds at the presidential
        palace an hour later. There was no word on damage.

        The group, which is linked to al-Qaida, has stepped up attacks since February, when it
        launched an offensive in the Middle Shabelle region, about 30 miles (50 kilometers) north of
        Mogadishu. Its fighters overran several villages last week, and the U.N. humanitarian office
        says about 40,000 people have fled the fighting since late February.

        Somali forces and allied clan militias say they have killed more than 300 al-Shabab fighters
        in central Somalia since February. The claim could not be independently verified.

        The African Union mission, which has about 11,000 troops in Somalia, is struggling with a
        funding gap of $96 million. The U.S. military said it carried out two airstrikes against
        al-Shabab near Adan Yabaal on Sunday.

        On Oct. 14, 2017, a truck bomb at Mogadishu's busy Zobe junction killed more than 500 people,
        the deadliest attack in the country's history.

        Updated: March 18, 2025
        """,
        g("killed", 4, "somalia", scope="event", as_of="2025-03-18", by="police", q="lower",
          cue="killing at least four people", note="headline repeats '4 killed': one figure."),
        g("killed", 2, "somalia", scope="event", as_of="2025-03-18", by="police officer abdullahi hassan",
          pop="combatants", cue="two soldiers"),
        g("killed", 2, "somalia", scope="event", as_of="2025-03-18", by="police officer abdullahi hassan",
          pop="civilians", cue="two civilians were among the dead"),
        g("injured", 7, "somalia", scope="event", as_of="2025-03-18", by="police officer abdullahi hassan",
          cue="seven other people were wounded",
          note="'three of them seriously' is a severity subset, not a population: not annotated."),
        g("detained", 30, "somalia", scope="event", as_of="2025-03-18", by="security official",
          cue="detained 30 suspects"),
        g("projectiles", 4, "somalia", scope="event", as_of="2025-03-18", by="al-shabab",
          cue="fired four mortar rounds", note="fired by al-Shabab, a Somali group -> somalia."),
        g("displaced", 40000, "somalia", scope="total", as_of="2025-03-18", by="u.n. humanitarian office",
          q="approx", cue="about 40,000 people have fled the fighting"),
        g("killed", 300, "somalia", scope="total", as_of="2025-03-18", by="somali forces", q="lower",
          pop="combatants", cue="killed more than 300 al-Shabab fighters"),
        g("killed", 500, "somalia", scope="event", as_of="2017-10-14", q="lower",
          cue="killed more than 500 people",
          note="not figures: age 69, 30 miles, 11,000 troops, $96 million, two airstrikes."),
    ),
    article(
        "c15_haiti_mirebalais_flash",
        "2025-04-02",
        """
        HAITI: Flash Update #2 - Attacks on Mirebalais and Saut-d'Eau - 2025-04-02

        KEY FIGURES
        - 5,980 people displaced from Mirebalais and Saut-d'Eau since 31 March (IOM)
        - More than 1 million people internally displaced across Haiti (IOM)
        - US$908 million sought by the 2025 Humanitarian Response Plan, 8% funded

        SITUATION OVERVIEW

        On 31 March, armed groups of the Viv Ansanm coalition attacked the town of Mirebalais in
        the Centre department, about 50 km north-east of Port-au-Prince. During the attack, 529
        inmates escaped from the town's prison, according to the authorities.

        Local authorities report that at least 10 people were killed, including two women, and that
        dozens of people were injured. On 1 April, 47 patients of the Mirebalais University Hospital
        were evacuated by helicopter to Port-au-Prince; the hospital, which served some 185,000
        people, has suspended services.

        In the neighbouring commune of Saut-d'Eau, about 1,200 people are sheltering in two schools
        and a church, according to the civil protection directorate.

        NATIONWIDE TRENDS

        The UN Integrated Office in Haiti (BINUH) documented at least 1,600 people killed and more
        than 580 injured in gang-related violence between 1 January and 31 March 2025. Of those
        killed, at least 52 were children. BINUH also recorded 175 kidnappings over the same period,
        most of them in the Ouest and Artibonite departments.

        HUMANITARIAN ACCESS

        National Road 3, the only route linking the capital to the Central Plateau, remains cut.
        Partners distributed 3,000 hot meals and 500 hygiene kits in Saut-d'Eau on 1 April. Two
        mobile clinics are expected to reach the area by the weekend.

        The Humanitarian Coordinator called on all parties to respect international humanitarian
        law and to allow the safe passage of the 3.9 million people targeted for assistance this year.

        OCHA will issue a further update as the situation evolves.
        """,
        g("displaced", 5980, "haiti", scope="total", as_of="2025-04-02", by="iom",
          cue="5,980 people displaced from Mirebalais",
          note="'since 31 March' running toll -> total."),
        g("displaced", 1000000, "haiti", scope="total", as_of="2025-04-02", by="iom", q="lower",
          cue="More than 1 million people internally displaced"),
        g("killed", 10, "haiti", scope="event", as_of="2025-03-31", by="local authorities", q="lower",
          cue="at least 10 people were killed"),
        g("killed", 2, "haiti", scope="event", as_of="2025-03-31", by="local authorities", pop="women",
          cue="including two women"),
        g("injured", 24, "haiti", scope="event", as_of="2025-03-31", by="local authorities", q="lower",
          cue="dozens of people were injured"),
        g("evacuated", 47, "haiti", scope="event", as_of="2025-04-01", cue="47 patients"),
        g("displaced", 1200, "haiti", scope="total", as_of="2025-04-02", by="civil protection directorate",
          q="approx", cue="about 1,200 people are sheltering"),
        g("killed", 1600, "haiti", scope="event", as_of="2025-03-31", by="binuh", q="lower",
          cue="at least 1,600 people killed",
          note="a stated quarter (1 January-31 March) is a window -> event, as_of its last day (debatable)."),
        g("injured", 580, "haiti", scope="event", as_of="2025-03-31", by="binuh", q="lower",
          cue="more than 580 injured"),
        g("killed", 52, "haiti", scope="event", as_of="2025-03-31", by="binuh", q="lower", pop="children",
          cue="at least 52 were children"),
        g("hostages", 175, "haiti", scope="event", as_of="2025-03-31", by="binuh",
          cue="175 kidnappings",
          note="kidnappings = people abducted -> hostages. Not figures: 529 escaped inmates, 185,000 served, "
          "US$908 million, 8%, 50 km, 3,000 meals, 500 kits, 3.9 million targeted."),
    ),
]
# fmt: on
