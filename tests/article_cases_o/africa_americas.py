"""Africa and the Americas: an undated Markdown explainer (Sudan and South Sudan), a UN press
briefing (DR Congo), an AFP story on the Sahel (Mali, Burkina Faso, Niger), a Nigerian daily
(school abductions) and an undated hard-wrapped plain-text feature (Mexico, Sinaloa)."""

from __future__ import annotations

from . import DRC, article, g

ARTICLES = [
    article(
        "o_sudan_markdown_explainer_el_fasher",
        None,
        """
        # El Fasher explained: what we know about the fall of Darfur's last army stronghold

        *An explainer by our Africa desk*

        ## What happened?

        After an 18-month siege, the paramilitary Rapid Support Forces (RSF) seized El Fasher, the
        capital of North Darfur, in late October, driving the Sudanese army's 6th Infantry Division out
        of its last base in the region. The RSF now controls all five state capitals in Darfur.

        ## How many people were killed?

        Nobody knows for sure. The **World Health Organization** says at least 460 patients and their
        companions were killed at the Saudi Maternity Hospital alone. The Sudan Doctors Network says the
        RSF killed at least 1,500 people in the first three days after entering the city.

        Satellite images analysed by Yale's Humanitarian Research Lab show what appear to be clusters of
        bodies and reddish discolouration of the ground near the city's berm.

        ## Where have people gone?

        - The International Organization for Migration (IOM) says more than 100,000 people have fled El
          Fasher and surrounding villages since the city fell, most of them towards Tawila, about 60 km
          to the west.
        - Aid groups say hundreds of people, many of them children separated from their families on the
          road, are unaccounted for.
        - Survivors told Amnesty International that RSF fighters abducted dozens of men on the road to
          Tawila and demanded ransoms of up to $3,000 each.

        ## Who else is being held?

        The WHO says six health workers, among them doctors and nurses, were abducted from El Fasher. Sudan's
        journalists' syndicate says the RSF has detained at least three journalists who stayed in the
        city to report.

        ## Is this the worst of the war?

        It is one of the worst episodes. The war between the army and the RSF, which began in April 2023,
        has killed tens of thousands of people; estimates of the true toll range from 40,000 to 150,000.
        The UN says about 12 million people have been forced from their homes, including more than
        4 million who have crossed into neighbouring countries, making it the world's largest
        displacement crisis.

        According to the Aid Worker Security Database, at least 120 aid workers have been killed in
        Sudan since the war began, almost all of them Sudanese.

        ## What about South Sudan?

        South Sudan has absorbed more than 1.2 million people fleeing Sudan, UNHCR says, most of them
        South Sudanese who had been living as refugees in Sudan. The country is fragile itself: clashes
        between the army and the White Army militia around Nasir in Upper Nile state displaced some
        80,000 people earlier this year, and an attack on a UN helicopter evacuating wounded soldiers
        killed at least 20 soldiers, the government said.

        ## What happens next?

        The RSF has said it is ready for a humanitarian truce, but fighting has shifted to Kordofan,
        where the army holds the besieged cities of Kadugli and Dilling. Aid agencies warn that without
        access, famine will spread.
        """,
        g(
            "killed",
            460,
            "sudan",
            scope="event",
            as_of=None,
            by="who",
            q="lower",
            cue="at least 460 patients and their companions were killed",
            note="undated article: no as_of anywhere. Patients are not a population enum -> all.",
        ),
        g(
            "killed",
            1500,
            "sudan",
            scope="event",
            as_of=None,
            by="sudan doctors network",
            q="lower",
            cue="killed at least 1,500 people in the first three days",
            note="a fixed three-day window -> event.",
        ),
        g(
            "displaced",
            100000,
            "sudan",
            scope="total",
            as_of=None,
            by="iom",
            q="lower",
            cue="more than 100,000 people have fled El Fasher",
            note="running count 'since the city fell' -> total; '60 km' is a distance.",
        ),
        g(
            "missing",
            200,
            "sudan",
            scope="total",
            as_of=None,
            by="aid groups",
            q="lower",
            cue=(
                "hundreds of people, many of them children separated from their families on the road, are unaccounted "
                "for"
            ),
            note="vague 'hundreds' -> 200/lower; 'many of them children' has no number.",
        ),
        g(
            "hostages",
            24,
            "sudan",
            scope="total",
            as_of=None,
            by="amnesty international",
            q="lower",
            cue="abducted dozens of men on the road",
            note="vague 'dozens' -> 24/lower; men -> all; '$3,000' is money.",
        ),
        g(
            "hostages",
            6,
            "sudan",
            scope="total",
            as_of=None,
            by="who",
            pop="medics",
            cue="six health workers, among them doctors and nurses, were abducted",
        ),
        g(
            "detained",
            3,
            "sudan",
            scope="total",
            as_of=None,
            by="sudanese journalists syndicate",
            pop="journalists",
            q="lower",
            cue="detained at least three journalists",
        ),
        g(
            "killed",
            20000,
            "sudan",
            scope="total",
            as_of=None,
            q="lower",
            cue="has killed tens of thousands of people",
            note="vague 'tens of thousands' -> 20000/lower.",
        ),
        g(
            "killed",
            40000,
            "sudan",
            scope="total",
            as_of=None,
            q="range",
            high=150000,
            cue="range from 40,000 to 150,000",
        ),
        g(
            "displaced",
            12000000,
            "sudan",
            scope="total",
            as_of=None,
            by="un",
            q="approx",
            cue="about 12 million people have been forced from their homes",
        ),
        g(
            "displaced",
            4000000,
            "sudan",
            scope="total",
            as_of=None,
            by="un",
            q="lower",
            cue="more than 4 million who have crossed into neighbouring countries",
        ),
        g(
            "killed",
            120,
            "sudan",
            scope="total",
            as_of=None,
            by="aid worker security database",
            pop="aid_workers",
            q="lower",
            cue="at least 120 aid workers have been killed",
        ),
        g(
            "displaced",
            1200000,
            "sudan",
            scope="total",
            as_of=None,
            by="unhcr",
            q="lower",
            cue="more than 1.2 million people fleeing Sudan",
            note="people who lived in Sudan and fled it -> sudan, even though most are South Sudanese returnees.",
        ),
        g(
            "displaced",
            80000,
            "south-sudan",
            scope="event",
            as_of=None,
            q="approx",
            cue="displaced some 80,000 people earlier this year",
            note="the Nasir clashes, one episode -> event.",
        ),
        g(
            "killed",
            20,
            "south-sudan",
            scope="event",
            as_of=None,
            by="south sudanese government",
            pop="combatants",
            q="lower",
            cue="killed at least 20 soldiers, the government said",
        ),
    ),
    article(
        "o_drc_un_briefing_goma",
        "2025-02-07",
        """
        DR Congo: Some 2,900 dead in Goma fighting as M23 pushes south, UN says

        UN press briefing
        Geneva, 7 February 2025

        The fighting for Goma in the east of the Democratic Republic of the Congo has left some 2,900
        people dead, UN humanitarian spokesperson Jens Laerke told reporters in Geneva on Friday, citing
        the number of bodies collected so far from the city's streets and morgues.

        The Congolese Ministry of Health says at least 2,880 people were wounded. The International
        Committee of the Red Cross said the hospitals it supports in Goma had treated more than 600
        wounded people since the Rwanda-backed M23 entered the city on 26 January, including about 130
        children.

        OCHA said at least three aid workers were among those killed in and around Goma.

        Displacement continues to rise. The UN refugee agency UNHCR says fighting since the start of the
        year has displaced more than 400,000 people in North and South Kivu provinces, and more than
        10,000 people crossed into Burundi over the past week alone. In South Kivu, local authorities
        said clashes around Nyabibwe on Tuesday forced about 12,000 people to flee towards Kalehe and
        Bukavu, which lies about 60 km to the south.

        M23 spokesman Lawrence Kanyuka said on Wednesday that more than 2,000 government soldiers and
        militia members had surrendered and were being held at the Goma stadium. Congolese officials
        have not commented on the claim.

        The UN and several non-governmental organisations temporarily evacuated about 100 international
        staff from Goma to Kigali and Entebbe on 28 January, as fighting reached the city centre.

        A UN Group of Experts report has estimated that 3,000 to 4,000 Rwandan troops are deployed
        alongside the M23 in eastern DRC. Rwanda denies supporting the group.

        "Humanitarian needs in Goma are immense. Water and electricity have been restored to parts of
        the city, but health facilities are overwhelmed and there is a high risk of cholera and mpox
        spreading," Laerke said.

        More than 4,000 inmates escaped from Goma's Munzenze prison during the M23 advance, the UN said.

        The eastern DRC, rich in minerals such as coltan and gold, has been plagued by conflict for three
        decades. The Human Rights Council will hold a special session on the crisis later on Friday.
        """,
        g(
            "killed",
            2900,
            DRC,
            scope="total",
            as_of="2025-02-07",
            by="un",
            q="approx",
            cue="has left some 2,900 people dead",
            note="bodies collected 'so far' -> running toll of the Goma fighting, total.",
        ),
        g(
            "injured",
            2880,
            DRC,
            scope="total",
            as_of="2025-02-07",
            by="congolese health ministry",
            q="lower",
            cue="at least 2,880 people were wounded",
        ),
        g(
            "injured",
            600,
            DRC,
            scope="total",
            as_of="2025-02-07",
            by="icrc",
            q="lower",
            cue="had treated more than 600 wounded people",
        ),
        g(
            "injured",
            130,
            DRC,
            scope="total",
            as_of="2025-02-07",
            by="icrc",
            pop="children",
            q="approx",
            cue="including about 130 children",
        ),
        g(
            "killed",
            3,
            DRC,
            scope="total",
            as_of="2025-02-07",
            by="ocha",
            pop="aid_workers",
            q="lower",
            cue="at least three aid workers were among those killed",
        ),
        g(
            "displaced",
            400000,
            DRC,
            scope="total",
            as_of="2025-02-07",
            by="unhcr",
            q="lower",
            cue="displaced more than 400,000 people in North and South Kivu",
        ),
        g(
            "displaced",
            10000,
            DRC,
            scope="event",
            as_of="2025-02-07",
            by="unhcr",
            q="lower",
            cue="more than 10,000 people crossed into Burundi over the past week",
            note="'over the past week' window -> event.",
        ),
        g(
            "displaced",
            12000,
            DRC,
            scope="event",
            as_of="2025-02-04",
            by="local authorities",
            q="approx",
            cue="forced about 12,000 people to flee",
            note="'on Tuesday' -> 2025-02-04; '60 km' is a distance.",
        ),
        g(
            "detained",
            2000,
            DRC,
            scope="event",
            as_of="2025-02-05",
            by="m23",
            pop="combatants",
            q="lower",
            cue="more than 2,000 government soldiers and militia members had surrendered and were being held",
            note="soldiers serve the DRC -> drc.",
        ),
        g(
            "evacuated",
            100,
            "unknown",
            scope="event",
            as_of="2025-01-28",
            pop="aid_workers",
            q="approx",
            cue="temporarily evacuated about 100 international staff",
            note=(
                "international staff of many nationalities -> unknown. Troop deployments (3,000 to 4,000 Rwandan "
                "troops) and escaped inmates are not FIGURES.md metrics."
            ),
        ),
    ),
    article(
        "o_sahel_afp_mali_burkina_niger",
        "2025-06-13",
        """
        Jihadists kill more than 30 soldiers in Mali as Sahel juntas struggle

        Published: 13 June 2025 - 17:40

        Bamako (AFP) – Jihadists killed more than 30 soldiers in an attack on a military camp in central
        Mali on Wednesday, security sources told AFP on Friday, the latest in a string of deadly assaults
        across the Sahel.

        The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) claimed the attack on the
        Boulkessi camp, near the border with Burkina Faso, saying it had killed "more than 100 soldiers"
        and seized weapons and vehicles. Mali's army acknowledged "losses" without giving a figure.

        In neighbouring Niger, the defence ministry said on Thursday that 34 soldiers were killed and 14
        wounded when "several hundred" jihadists on motorbikes attacked a post near Banibangou, close to
        the Malian border, the previous day. "Dozens of terrorists were neutralised" in the fighting, the
        ministry said.

        The attacks come weeks after JNIM fighters overran the northern Burkinabe town of Djibo on May
        11, killing around 200 people, mostly soldiers, according to local sources.

        In Mali's central Segou region, gunmen abducted around 20 villagers, among them a local imam, on
        June 3, local officials said. Kidnappings for ransom have become a major source of income for
        armed groups in the region.

        Mali, Burkina Faso and Niger, all ruled by military juntas that seized power between 2020 and
        2023, have expelled French troops and turned to Russia for security assistance, forming the
        Alliance of Sahel States (AES).

        Niger has also suffered heavy civilian losses. On March 21, 44 civilians were killed during
        Friday prayers when gunmen attacked a mosque in Fambita in the country's southwest, the
        government said at the time.

        In Burkina Faso alone, more than 2 million people have been displaced by the violence, according
        to the UN, though the junta stopped publishing official figures in 2023.

        The violence has killed more than 26,000 people in Burkina Faso since 2015, according to the
        conflict monitor ACLED, more than half of them in the past three years.

        Analysts say the juntas' military-first strategy, backed by Russian paramilitaries of the Africa
        Corps, which replaced the Wagner group in Mali this month, has failed to halt the jihadists'
        advance.
        """,
        g(
            "killed",
            30,
            "mali",
            scope="event",
            as_of="2025-06-11",
            by="security sources",
            pop="combatants",
            q="lower",
            cue="killed more than 30 soldiers",
        ),
        g(
            "killed",
            100,
            "mali",
            scope="event",
            as_of="2025-06-11",
            by="jnim",
            pop="combatants",
            q="lower",
            cue='killed "more than 100 soldiers"',
        ),
        g(
            "killed",
            34,
            "niger",
            scope="event",
            as_of="2025-06-11",
            by="niger defence ministry",
            pop="combatants",
            cue="34 soldiers were killed and 14 wounded",
            note=(
                "'on Thursday ... the previous day' -> Wednesday 2025-06-11; the 'several hundred' jihadists are "
                "attackers, not a figure."
            ),
        ),
        g(
            "injured",
            14,
            "niger",
            scope="event",
            as_of="2025-06-11",
            by="niger defence ministry",
            pop="combatants",
            cue="and 14 wounded",
        ),
        g(
            "killed",
            24,
            "niger",
            scope="event",
            as_of="2025-06-11",
            by="niger defence ministry",
            pop="combatants",
            q="lower",
            cue='"Dozens of terrorists were neutralised"',
            note=(
                "'neutralised' = killed; vague 'dozens' -> 24/lower; jihadists killed in Niger -> niger (no slug for "
                "the group)."
            ),
        ),
        g(
            "killed",
            200,
            "burkina-faso",
            scope="event",
            as_of="2025-05-11",
            by="local sources",
            q="approx",
            cue="killing around 200 people, mostly soldiers",
        ),
        g(
            "hostages",
            20,
            "mali",
            scope="event",
            as_of="2025-06-03",
            by="local officials",
            q="approx",
            cue="abducted around 20 villagers",
        ),
        g(
            "killed",
            44,
            "niger",
            scope="event",
            as_of="2025-03-21",
            by="niger government",
            pop="civilians",
            cue="44 civilians were killed during Friday prayers",
        ),
        g(
            "displaced",
            2000000,
            "burkina-faso",
            scope="total",
            as_of="2025-06-13",
            by="un",
            q="lower",
            cue="more than 2 million people have been displaced",
        ),
        g(
            "killed",
            26000,
            "burkina-faso",
            scope="total",
            as_of="2025-06-13",
            by="acled",
            q="lower",
            cue="killed more than 26,000 people in Burkina Faso since 2015",
            note="'more than half of them' is a share, not a figure.",
        ),
    ),
    article(
        "o_nigeria_daily_papiri_abduction",
        "2025-11-23",
        """
        Papiri abduction: 50 pupils escape as CAN says 253 children, 12 teachers still held

        By Mohammed Lere, Minna
        November 23, 2025

        Fifty of the 303 pupils abducted from St. Mary's Catholic Primary and Secondary School in Papiri,
        Agwara Local Government Area of Niger State, have escaped and been reunited with their parents,
        the Christian Association of Nigeria (CAN) said on Sunday.

        The Niger State chairman of CAN, Most Rev. Bulus Yohanna, who is also the proprietor of the
        school, said 253 pupils and 12 teachers remained in the hands of the kidnappers.

        Gunmen stormed the boarding school in the early hours of Friday. An earlier CAN count had put
        the number of abducted pupils at 215, but the figure was revised after a verification exercise
        established that many pupils who had been thought to have fled home were missing.

        "The 50 children escaped individually between Friday and Saturday. We are still appealing for
        the safe return of the others," Yohanna told journalists in Papiri.

        The Niger State Police Command said tactical squads, the military and local hunters were combing
        the forests around the school. A security guard was shot and critically injured during the
        attack, police spokesperson Wasiu Abiodun said.

        The abduction came days after gunmen seized 25 schoolgirls from the Government Girls
        Comprehensive Secondary School in Maga, Kebbi State, on November 17, killing the vice principal.

        In Kwara State, gunmen attacked a church in Eruku on Tuesday, killing two worshippers and
        abducting 38 others, including 11 women, the state police command said.

        The federal government has ordered the closure of 47 federal unity colleges, while several
        northern states have shut all schools in affected areas.

        Meanwhile, the military said troops of Operation Hadin Kai neutralised 13 Boko Haram and ISWAP
        terrorists, rescued 30 kidnapped victims and arrested 21 suspected logistics suppliers in Borno
        State in the past week.

        The insurgency in the North-east has displaced more than 2 million people, according to the
        International Organization for Migration, while Amnesty International says at least 10,217 people
        have been killed by gunmen across Nigeria since President Bola Tinubu took office in May 2023.

        School abductions have become a recurring nightmare in the north since Boko Haram's 2014 raid on
        a girls' school in Chibok, Borno State.
        """,
        g(
            "hostages",
            303,
            "nigeria",
            scope="event",
            as_of="2025-11-21",
            by="can",
            pop="children",
            cue="the 303 pupils abducted from St. Mary's",
            note=(
                "pupils of a primary and secondary school -> children; abduction 'in the early hours of Friday' -> "
                "2025-11-21."
            ),
        ),
        g(
            "hostages",
            50,
            "nigeria",
            scope="event",
            as_of="2025-11-23",
            by="can",
            pop="children",
            cue="Fifty of the 303 pupils ... have escaped and been reunited",
            note=(
                "escaped hostages counted as hostages (like freed hostages); headline '50 pupils escape' is the same "
                "figure."
            ),
        ),
        g(
            "hostages",
            253,
            "nigeria",
            scope="event",
            as_of="2025-11-23",
            by="can",
            pop="children",
            cue="said 253 pupils and 12 teachers remained in the hands of the kidnappers",
            note="still held from one abduction -> event, dated the day reported.",
        ),
        g(
            "hostages",
            12,
            "nigeria",
            scope="event",
            as_of="2025-11-23",
            by="can",
            cue="253 pupils and 12 teachers remained",
        ),
        g(
            "hostages",
            215,
            "nigeria",
            scope="event",
            as_of="2025-11-21",
            by="can",
            pop="children",
            cue="the number of abducted pupils at 215",
        ),
        g(
            "hostages",
            25,
            "nigeria",
            scope="event",
            as_of="2025-11-17",
            pop="children",
            cue="gunmen seized 25 schoolgirls",
            note="the single vice principal is not a figure.",
        ),
        g(
            "killed",
            2,
            "nigeria",
            scope="event",
            as_of="2025-11-18",
            by="kwara police",
            cue="killing two worshippers and abducting 38 others",
        ),
        g(
            "hostages",
            38,
            "nigeria",
            scope="event",
            as_of="2025-11-18",
            by="kwara police",
            cue="abducting 38 others, including 11 women",
        ),
        g(
            "hostages",
            11,
            "nigeria",
            scope="event",
            as_of="2025-11-18",
            by="kwara police",
            pop="women",
            cue="including 11 women, the state police command said",
        ),
        g(
            "killed",
            13,
            "nigeria",
            scope="event",
            as_of="2025-11-23",
            by="nigerian military",
            pop="combatants",
            cue="neutralised 13 Boko Haram and ISWAP terrorists",
            note="'in the past week' window -> event ending on the article date.",
        ),
        g(
            "hostages",
            30,
            "nigeria",
            scope="event",
            as_of="2025-11-23",
            by="nigerian military",
            cue="rescued 30 kidnapped victims",
        ),
        g(
            "detained",
            21,
            "nigeria",
            scope="event",
            as_of="2025-11-23",
            by="nigerian military",
            cue="arrested 21 suspected logistics suppliers",
        ),
        g(
            "displaced",
            2000000,
            "nigeria",
            scope="total",
            as_of="2025-11-23",
            by="iom",
            q="lower",
            cue="displaced more than 2 million people",
        ),
        g(
            "killed",
            10217,
            "nigeria",
            scope="total",
            as_of="2025-11-23",
            by="amnesty international",
            q="lower",
            cue="at least 10,217 people have been killed by gunmen",
        ),
    ),
    article(
        "o_mexico_plaintext_sinaloa_feature",
        None,
        """
        SINALOA'S SLOW WAR: A CITY LEARNS TO LIVE WITH THE SHOOTING

        By Elena Reyes

        CULIACAN, Mexico -- The shooting usually starts after dark. By eight
        in the evening the taco stands along the Malecon have pulled down
        their shutters, and by ten the only traffic is army pickups and the
        occasional SUV with tinted windows and no plates.

        More than a year after the arrest of Ismael "El Mayo" Zambada set his
        faction of the Sinaloa Cartel against the sons of Joaquin "El Chapo"
        Guzman, the state capital has become a city of curfews nobody
        declared. More than 1,400 people have been killed in Sinaloa since
        the feud erupted, according to the state prosecutor's office, which
        has also registered at least 1,600 people as missing.

        Families say that figure is far too low. The collective Sabuesos
        Guerreras, whose members search the hills with shovels and metal
        rods, estimates the real number of disappeared is closer to 3,000.

        "They take them from their cars, from their homes, from the street,"
        said Maria, 52, whose son was taken outside a gym. She asked that her
        surname not be used. In one case that shocked the city, gunmen
        abducted at least 14 young men from a party on the city's outskirts;
        nine were later found dead.

        Among the dead are at least 70 minors, according to the child-rights
        network Redim, and about 110 women, the prosecutor's office says.

        The federal security cabinet says more than 1,500 people have been
        arrested in Sinaloa since the violence began, and some 2,000 firearms
        seized. In one clash, soldiers killed 19 suspected cartel gunmen near
        Culiacan, the defence ministry said.

        In the mountains, the war has emptied villages. The state government
        has counted about 2,500 people displaced from communities in the
        municipalities of Concordia and Culiacan, and in Tepuche soldiers
        evacuated some 600 residents after days of gunfights in which cartel
        cells dropped explosives from drones. The army says it has shot down
        at least 12 explosive-laden drones in the Sierra.

        Businesses have paid a heavy price too. The local chamber of commerce
        estimates losses of more than 30 billion pesos, and some 1,000
        businesses have closed for good.

        President Claudia Sheinbaum has sent more than 11,000 troops to the
        state and insists the violence is easing. Residents are not so sure.
        "You get used to it," said a taxi driver who gave only his first
        name, Ramon. "That is the worst part."
        """,
        g(
            "killed",
            1400,
            "mexico",
            scope="total",
            as_of=None,
            by="sinaloa prosecutor's office",
            q="lower",
            cue="More than 1,400 people have been killed in Sinaloa",
        ),
        g(
            "missing",
            1600,
            "mexico",
            scope="total",
            as_of=None,
            by="sinaloa prosecutor's office",
            q="lower",
            cue="registered at least 1,600 people as missing",
        ),
        g(
            "missing",
            3000,
            "mexico",
            scope="total",
            as_of=None,
            by="sabuesos guerreras",
            q="approx",
            cue="the real number of disappeared is closer to 3,000",
            note="'closer to' read as an estimate -> approx (not 'close to' = upper).",
        ),
        g(
            "hostages",
            14,
            "mexico",
            scope="event",
            as_of=None,
            q="lower",
            cue="abducted at least 14 young men from a party",
            note="abducted -> hostages; 'Maria, 52' is an age.",
        ),
        g("killed", 9, "mexico", scope="event", as_of=None, cue="nine were later found dead"),
        g(
            "killed",
            70,
            "mexico",
            scope="total",
            as_of=None,
            by="redim",
            pop="children",
            q="lower",
            cue="at least 70 minors, according to the child-rights network Redim",
        ),
        g(
            "killed",
            110,
            "mexico",
            scope="total",
            as_of=None,
            by="sinaloa prosecutor's office",
            pop="women",
            q="approx",
            cue="about 110 women, the prosecutor's office says",
        ),
        g(
            "detained",
            1500,
            "mexico",
            scope="total",
            as_of=None,
            by="federal security cabinet",
            q="lower",
            cue="more than 1,500 people have been arrested in Sinaloa",
        ),
        g(
            "killed",
            19,
            "mexico",
            scope="event",
            as_of=None,
            by="defence ministry",
            pop="combatants",
            cue="soldiers killed 19 suspected cartel gunmen",
        ),
        g(
            "displaced",
            2500,
            "mexico",
            scope="total",
            as_of=None,
            by="state government",
            q="approx",
            cue="has counted about 2,500 people displaced",
        ),
        g("evacuated", 600, "mexico", scope="event", as_of=None, q="approx", cue="evacuated some 600 residents"),
        g(
            "projectiles",
            12,
            "mexico",
            scope="total",
            as_of=None,
            by="army",
            q="lower",
            cue="shot down at least 12 explosive-laden drones",
            note="drones launched by cartel cells in Mexico -> mexico; shot-down drones counted as projectiles fired.",
        ),
    ),
]
