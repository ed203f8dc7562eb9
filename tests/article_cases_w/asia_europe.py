# ruff: noqa: E501
"""Set W, Syria, Yemen, Iran, Ukraine (2), Russia and Myanmar, from state agencies and local outlets.

SANA, Saba and IRNA dispatches in official jargon ("martyrdom", "the aggression", "liquidated"), a
Ukrinform report and a Kyiv Independent roundup in Markdown, a TASS Defense Ministry story, and an
undated Irrawaddy HTML page.
"""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import article, g

ARTICLES = [
    article(
        "w_syria_sana_damascus_aggression",
        "2024-02-21",
        """
        Two soldiers martyred, three injured in Israeli aggression on Damascus countryside

        Damascus, February 21, 2024 (SANA) - Two soldiers were martyred and three others were injured as a result of an Israeli aggression which targeted a number of military points in the vicinity of Damascus at dawn today, in addition to some material losses, a military source said.

        The source said in a statement that at about 01:15 a.m. today, the Israeli enemy carried out an air aggression from the direction of the occupied Syrian Golan, targeting some points in the vicinity of Damascus, and our air defense means confronted the aggression's missiles and shot down most of them.

        The source added that the aggression also caused injuries to two civilians who were passing on the Damascus-Quneitra road, in addition to damage to a number of private houses and cars.

        This is the second Israeli aggression on Syrian territory in less than a week, as the Israeli enemy targeted last Friday a farm in the vicinity of the city of al-Qusayr in Homs countryside, leading to the martyrdom of three people and material damage.

        The Ministry of Foreign Affairs and Expatriates, in two identical letters to the UN Secretary-General and the President of the Security Council, condemned the "blatant Israeli aggression", stressing that the continuation of these attacks constitutes a flagrant violation of the UN Charter and of the 1974 Disengagement of Forces Agreement, and that Syria reserves its legitimate right to respond by all means guaranteed by international law.

        The Ministry affirmed that the Israeli aggressions come in order to raise the morale of the terrorist organizations, after the heavy losses inflicted on them by the Syrian Arab Army in the north of the country, and called on the Security Council to assume its responsibilities in maintaining international peace and security.

        In the northern countryside, a military source said that army units operating in Idlib and Aleppo countryside thwarted an attack by terrorist organizations on military points in the Jabal al-Zawiya area, eliminating 15 terrorists and injuring others, and downed 6 drones launched by the terrorists towards the safe villages and military points.

        Terrorist organizations also targeted the town of Kafr Nabudah in Hama northern countryside with 8 rocket shells, injuring three civilians, among them two children, and causing material damage to citizens' houses and properties, SANA's reporter said.

        Units of the armed forces responded to the sources of fire with the appropriate weapons, inflicting heavy losses in the ranks of the terrorists and destroying their positions and equipment.

        Since the beginning of this year, army units have downed dozens of drones launched by the terrorist organizations from their positions in Idlib countryside towards the safe villages in Hama, Lattakia and Aleppo countryside.
        """,
        g(
            "killed",
            2,
            "syria",
            pop="combatants",
            scope="event",
            as_of="2024-02-21",
            by="military source",
            cue="Two soldiers were martyred",
            note="headline repeats the figure; Syrian army soldiers -> syria/combatants",
        ),
        g(
            "injured",
            3,
            "syria",
            pop="combatants",
            scope="event",
            as_of="2024-02-21",
            by="military source",
            cue="three others were injured",
        ),
        g(
            "injured",
            2,
            "syria",
            pop="civilians",
            scope="event",
            as_of="2024-02-21",
            by="military source",
            cue="injuries to two civilians",
        ),
        g(
            "killed",
            3,
            "syria",
            scope="event",
            as_of="2024-02-16",
            cue="martyrdom of three people",
            note="'last Friday' counted back from Wednesday 2024-02-21; no source named",
        ),
        g(
            "killed",
            15,
            "syria",
            pop="combatants",
            scope="event",
            as_of="2024-02-21",
            by="military source",
            cue="eliminating 15 terrorists",
            note="'terrorists' = armed opposition fighters in Idlib: they live in Syria -> syria/combatants",
        ),
        g(
            "projectiles",
            6,
            "syria",
            scope="event",
            as_of="2024-02-21",
            by="military source",
            cue="downed 6 drones launched by the terrorists",
            note="drones fired by armed groups inside Syria -> side syria; the downed count is the count reported",
        ),
        g(
            "projectiles",
            8,
            "syria",
            scope="event",
            as_of="2024-02-21",
            cue="with 8 rocket shells",
            note="'SANA's reporter' is the outlet itself -> reported_by null",
        ),
        g("injured", 3, "syria", pop="civilians", scope="event", as_of="2024-02-21", cue="injuring three civilians"),
        g("injured", 2, "syria", pop="children", scope="event", as_of="2024-02-21", cue="among them two children"),
        g(
            "projectiles",
            24,
            "syria",
            q="lower",
            scope="total",
            as_of="2024-02-21",
            cue="downed dozens of drones",
            note="vague 'dozens' -> 24/lower; running count 'since the beginning of this year' -> total",
        ),
    ),
    article(
        "w_yemen_saba_bani_harith",
        "2025-04-22",
        """
        6 citizens martyred, 15 injured in US aggression raids on Bani al-Harith district

        SANA'A, April 22, 2025 (Saba) - Six citizens were martyred, among them two women, and 15 others were injured, including four children, in a new crime by the American aggression that targeted a residential neighbourhood in Bani al-Harith district, north of the capital Sana'a, at dawn today, the Ministry of Health said in a statement carried by Saba.

        The ministry explained in its statement that the civil defense teams are still removing the rubble of two houses that were completely destroyed, pointing out that the toll is initial and may rise, given the critical condition of some of the injured.

        The American aggression also launched 17 raids on the Ras Isa port and 4 raids on the Al-Salif district in Hodeidah governorate, and three raids on the Kahlan area of Saada governorate, according to a Saba correspondent.

        The ministry stated that the total toll of the American aggression on Yemen since March 15 has risen to 217 martyrs and 436 injured, most of them women and children, in addition to the destruction of homes, ports, fuel facilities and water networks.

        The ministry called on the United Nations, the Security Council and the international humanitarian organizations to shoulder their responsibilities toward these crimes, which it said constitute "war crimes and crimes against humanity" committed in support of the Zionist enemy.

        For his part, the spokesman of the Yemeni Armed Forces, Brigadier General Yahya Saree, announced in a televised statement that the missile force targeted the "Nevatim" air base in the occupied Negev region with a hypersonic ballistic missile of the "Palestine 2" type, and that the drone air force targeted a vital target of the enemy in the occupied Jaffa area with two drones of the "Yafa" type, stressing that the operations achieved their goals successfully.

        He affirmed that the Yemeni Armed Forces will continue to prevent Israeli navigation in the Red Sea and the Arabian Sea, and will continue their support operations until the aggression on Gaza stops and the siege imposed on it is lifted, stressing that the American escalation "will not deter Yemen from its religious, moral and humanitarian position."

        The Supreme Political Council said in a statement that the American aggression is "a desperate attempt to break the will of the Yemeni people, who faced for ten years an aggression by a coalition of 17 countries and were not broken."

        Yemen has been subjected since 2015 to an aggression by the Saudi-led coalition that killed tens of thousands of Yemenis and destroyed the infrastructure, in what the United Nations describes as the worst humanitarian crisis in the world.
        """,
        g(
            "killed",
            6,
            "yemen",
            scope="event",
            as_of="2025-04-22",
            by="health ministry",
            cue="Six citizens were martyred",
            note="'in a statement carried by Saba' -> the ministry is the source; headline repeats the figures",
        ),
        g(
            "killed",
            2,
            "yemen",
            pop="women",
            scope="event",
            as_of="2025-04-22",
            by="health ministry",
            cue="among them two women",
        ),
        g(
            "injured",
            15,
            "yemen",
            scope="event",
            as_of="2025-04-22",
            by="health ministry",
            cue="15 others were injured",
        ),
        g(
            "injured",
            4,
            "yemen",
            pop="children",
            scope="event",
            as_of="2025-04-22",
            by="health ministry",
            cue="including four children",
        ),
        g(
            "killed",
            217,
            "yemen",
            scope="total",
            as_of="2025-04-22",
            by="health ministry",
            cue="217 martyrs",
            note="running toll of the US campaign 'since March 15' -> total; '17 raids', '4 raids' are airstrikes, not counted projectiles",
        ),
        g("injured", 436, "yemen", scope="total", as_of="2025-04-22", by="health ministry", cue="436 injured"),
        g(
            "projectiles",
            2,
            "yemen",
            scope="event",
            as_of="2025-04-22",
            by="yemeni armed forces",
            cue="with two drones of the",
            note="fired by the Houthi forces -> yemen; 'a hypersonic ballistic missile' has no number",
        ),
        g(
            "killed",
            20000,
            "yemen",
            q="lower",
            scope="total",
            as_of="2025-04-22",
            cue="killed tens of thousands of Yemenis",
            note="vague 'tens of thousands' -> 20000/lower; the UN attribution covers only 'worst humanitarian crisis'",
        ),
    ),
    article(
        "w_iran_irna_saravan_basij",
        "2025-08-12",
        """
        Four Basij members martyred in terrorist attack on base in Saravan

        August 12, 2025, 10:34

        TEHRAN, Aug. 12 (IRNA) - Four members of the Basij volunteer force were martyred and three others sustained injuries on Monday night when armed terrorist elements attacked a Basij base on the outskirts of the city of Saravan in Sistan and Baluchestan province, the province's deputy governor for security affairs said.

        Alireza Marhamati told IRNA that the security forces immediately pursued the assailants, and in the exchange of fire two of the terrorists were liquidated, while the remaining members of the team fled toward the border areas.

        He added that five people suspected of providing logistical support and shelter to the terrorist team were arrested on Tuesday morning in an intelligence operation, and that weapons, ammunition and a vehicle used in the attack were seized.

        The injured were transferred to Saravan's Imam Khomeini hospital, and the condition of one of them is reported to be critical, Marhamati said.

        A terrorist group calling itself Jaish al-Adl, which the Islamic Republic calls Jaish al-Zolm (Army of Injustice), claimed responsibility for the attack in a statement on social media. The group, which has carried out several deadly attacks on security forces in the province in recent years, operates from bases across the border.

        Governor of Sistan and Baluchestan Mansour Bijar condemned the "cowardly terrorist act", saying that "the enemies of the Islamic establishment, after their defeat in the 12-day war, are trying to target the security of the country's borders through their mercenaries."

        The attack comes less than two months after the end of the 12-day imposed war, during which the aggression of the Zionist regime and the United States martyred 1,062 Iranians, including 38 children, according to the Judiciary's spokesman Asghar Jahangir.

        In response, the Armed Forces of the Islamic Republic fired hundreds of ballistic missiles and drones at the occupied territories in the True Promise 3 operation, hitting military and intelligence centers of the regime in Tel Aviv, Haifa and Beersheba.

        Police spokesman Saeed Montazerolmahdi said on Sunday that some 700 people linked to the Zionist regime's espionage network had been arrested across the country since the start of the war, and that the investigations were continuing.

        The Basij, a volunteer paramilitary force under the command of the Islamic Revolution Guards Corps (IRGC), was founded after the 1979 revolution and has an estimated presence in every neighbourhood and village of the country.
        """,
        g(
            "killed",
            4,
            "iran",
            pop="combatants",
            scope="event",
            as_of="2025-08-11",
            by="deputy governor",
            cue="Four members of the Basij volunteer force were martyred",
            note="'on Monday night' -> 2025-08-11; Basij paramilitaries -> combatants; the deputy governor for security affairs is the source",
        ),
        g(
            "injured",
            3,
            "iran",
            pop="combatants",
            scope="event",
            as_of="2025-08-11",
            by="deputy governor",
            cue="three others sustained injuries",
        ),
        g(
            "killed",
            2,
            "iran",
            pop="combatants",
            scope="event",
            as_of="2025-08-11",
            by="deputy governor",
            cue="two of the terrorists were liquidated",
            note="Jaish al-Adl militants, Baluch fighters operating in Iran -> iran; 'liquidated' = killed",
        ),
        g(
            "detained",
            5,
            "iran",
            scope="event",
            as_of="2025-08-12",
            by="deputy governor",
            cue="five people suspected of providing logistical support",
        ),
        g(
            "killed",
            1062,
            "iran",
            scope="total",
            as_of="2025-08-12",
            by="judiciary",
            cue="martyred 1,062 Iranians",
            note="toll of the whole (ended) June war -> total with the article date",
        ),
        g(
            "killed",
            38,
            "iran",
            pop="children",
            scope="total",
            as_of="2025-08-12",
            by="judiciary",
            cue="including 38 children",
        ),
        g(
            "projectiles",
            200,
            "iran",
            q="lower",
            scope="total",
            as_of="2025-08-12",
            cue="fired hundreds of ballistic missiles and drones",
            note="vague 'hundreds' -> 200/lower; Iran fired them -> iran; the whole war's barrage -> total",
        ),
        g(
            "detained",
            700,
            "iran",
            q="approx",
            scope="total",
            as_of="2025-08-10",
            by="police",
            cue="some 700 people linked to",
            note="'said on Sunday' -> 2025-08-10 (day reported)",
        ),
    ),
    article(
        "w_ukraine_ukrinform_odesa_drones",
        "2025-01-31",
        """
        Russians attack Odesa with drones overnight: two killed, six injured, including two children

        January 31, 2025, 09:47

        Odesa - Ukrinform

        Russian invaders attacked Odesa with strike drones overnight, killing two people and injuring six others, including two children, the head of the Odesa Regional Military Administration, Oleh Kiper, reported on Telegram.

        "As a result of the enemy attack, a high-rise residential building, a supermarket and 14 cars were damaged in the Prymorskyi district. Unfortunately, two people died. Six more were injured, two of them children aged 8 and 12. All of them are receiving the necessary medical care," Kiper wrote.

        According to him, firefighters of the State Emergency Service extinguished fires on an area of 300 square meters, and utility services are clearing the rubble. The windows of a kindergarten and a school nearby were also blown out.

        According to the Air Force of the Armed Forces of Ukraine, on the night of January 31 the enemy attacked with 2 Iskander-M ballistic missiles from the Kursk region and 81 Shahed-type strike drones and decoy drones of various types from the directions of Bryansk, Oryol, Millerovo and Primorsko-Akhtarsk. As of 09:00, 47 attack drones were confirmed shot down over Odesa, Kyiv, Chernihiv, Sumy and other regions, while 31 decoy drones were "lost" locationally, without negative consequences.

        In the Kharkiv region, over the past day, Russian troops shelled 12 settlements; one civilian was killed and four were injured in the Kupiansk district, Oleh Syniehubov, head of the Kharkiv Regional Military Administration, said.

        The regional administration also reported that over the past week, 250 people, including 48 children, were evacuated from frontline communities of the Kupiansk and Izium districts. Mandatory evacuation of families with children has been announced in 8 settlements of the Kupiansk community.

        As Ukrinform reported, on January 29, a Russian drone attack on Odesa damaged a historical building in the city center and power lines, and injured a 34-year-old man.
        """,
        g(
            "killed",
            2,
            "ukraine",
            scope="event",
            as_of="2025-01-31",
            by="oleh kiper",
            cue="killing two people",
            note="headline, lead and Kiper's quote state the same two figures -> listed once",
        ),
        g("injured", 6, "ukraine", scope="event", as_of="2025-01-31", by="oleh kiper", cue="injuring six others"),
        g(
            "injured",
            2,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-01-31",
            by="oleh kiper",
            cue="including two children, the head",
        ),
        g(
            "projectiles",
            2,
            "russia",
            scope="event",
            as_of="2025-01-31",
            by="ukrainian air force",
            cue="2 Iskander-M ballistic missiles",
        ),
        g(
            "projectiles",
            81,
            "russia",
            scope="event",
            as_of="2025-01-31",
            by="ukrainian air force",
            cue="81 Shahed-type strike drones",
            note="'47 ... shot down' and '31 ... lost' are the fate of the launched drones, not figures of their own",
        ),
        g(
            "killed",
            1,
            "ukraine",
            pop="civilians",
            scope="event",
            as_of="2025-01-31",
            by="oleh syniehubov",
            cue="one civilian was killed",
        ),
        g(
            "injured",
            4,
            "ukraine",
            pop="civilians",
            scope="event",
            as_of="2025-01-31",
            by="oleh syniehubov",
            cue="four were injured in the Kupiansk district",
        ),
        g(
            "evacuated",
            250,
            "ukraine",
            scope="event",
            as_of="2025-01-31",
            by="kharkiv regional administration",
            cue="250 people, including 48 children",
            note="'over the past week' -> a window, reported today",
        ),
        g(
            "evacuated",
            48,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-01-31",
            by="kharkiv regional administration",
            cue="including 48 children",
        ),
    ),
    article(
        "w_ukraine_kyivindependent_pokrovsk_md",
        "2024-08-20",
        """
        # Russian attacks kill 5, injure 27 over past day as Pokrovsk evacuation quickens

        *by Kateryna Denisova*

        August 20, 2024 12:14 PM · 2 min read

        ![Rescue workers at the site of a Russian strike in Kostiantynivka](https://assets.kyivindependent.com/content/images/2024/08/kostiantynivka-strike.jpg)

        *Rescue workers at the site of a Russian strike in Kostiantynivka, Donetsk Oblast. (State Emergency Service / Telegram)*

        Russian attacks across Ukraine killed at least five civilians and injured 27 over the past day, regional authorities reported on Aug. 20.

        Russian forces attacked 10 oblasts, according to local officials: Kharkiv, Sumy, Chernihiv, Kyiv, Dnipropetrovsk, Zaporizhzhia, Kherson, Mykolaiv, Donetsk and Odesa.

        **Key developments:**

        - **Donetsk Oblast:** Russian attacks killed three people and injured 11, Governor Vadym Filashkin said. A guided aerial bomb hit a residential area in Kostiantynivka.
        - **Kharkiv Oblast:** Two people were killed and nine injured, including a 14-year-old boy, Governor Oleh Syniehubov reported.
        - **Zaporizhzhia Oblast:** Seven people were injured in Russian attacks on 11 settlements in the oblast, Governor Ivan Fedorov said.
        - **Sumy Oblast:** Russian forces shelled nine border communities, the regional military administration said. No casualties were reported.

        ## Evacuation from Pokrovsk

        Authorities in Pokrovsk urged residents on Aug. 19 to leave as quickly as possible as Russian troops advanced to within 10 kilometers of the city's outskirts.

        "Every day, the enemy is getting closer to the outskirts of Pokrovsk. We have little time to pick up personal belongings and leave for safer regions," the Pokrovsk City Military Administration said.

        According to the Donetsk Oblast Military Administration, 2,142 people, including 387 children, were evacuated from the Pokrovsk direction over the past week. Around 53,000 people still remain in the city, which had a pre-war population of about 60,000.

        Filashkin said families with children will be evacuated compulsorily from 27 settlements in the Pokrovsk, Myrnohrad and Selydove communities, where schools will not reopen on Sept. 1.

        ## Kursk incursion

        Meanwhile, Ukraine's cross-border offensive into Russia's Kursk Oblast, launched on Aug. 6, has entered its third week. Russian authorities say over 120,000 people have been evacuated from the oblast's border districts.

        Ukraine's General Staff said on Aug. 20 that Russia has lost 598,930 troops in Ukraine since the beginning of the full-scale invasion. The figure includes killed and wounded.

        *Read also: [Ukraine war latest: Syrskyi says troops advanced 1.5 kilometers deeper into Kursk Oblast](https://kyivindependent.com/ukraine-war-latest-kursk-advance)*
        """,
        g(
            "killed",
            5,
            "ukraine",
            pop="civilians",
            q="lower",
            scope="event",
            as_of="2024-08-20",
            by="regional authorities",
            cue="killed at least five civilians",
            note="headline '5' is the same figure; 'over the past day' -> event, article date",
        ),
        g(
            "injured",
            27,
            "ukraine",
            pop="civilians",
            scope="event",
            as_of="2024-08-20",
            by="regional authorities",
            cue="and injured 27 over the past day",
            note="'at least' read as attached to the five killed only; the 27 are the same civilians",
        ),
        g(
            "killed",
            3,
            "ukraine",
            scope="event",
            as_of="2024-08-20",
            by="vadym filashkin",
            cue="killed three people and injured 11",
            note="per-oblast breakdowns of the 5 and 27 are figures of their own",
        ),
        g(
            "injured",
            11,
            "ukraine",
            scope="event",
            as_of="2024-08-20",
            by="vadym filashkin",
            cue="and injured 11, Governor",
        ),
        g(
            "killed",
            2,
            "ukraine",
            scope="event",
            as_of="2024-08-20",
            by="oleh syniehubov",
            cue="Two people were killed and nine injured",
        ),
        g(
            "injured",
            9,
            "ukraine",
            scope="event",
            as_of="2024-08-20",
            by="oleh syniehubov",
            cue="and nine injured, including a 14-year-old boy",
        ),
        g(
            "injured",
            7,
            "ukraine",
            scope="event",
            as_of="2024-08-20",
            by="ivan fedorov",
            cue="Seven people were injured",
        ),
        g(
            "evacuated",
            2142,
            "ukraine",
            scope="event",
            as_of="2024-08-20",
            by="donetsk oblast military administration",
            cue="2,142 people, including 387 children",
            note="'over the past week'; the 53,000 who remain are residents, not a figure",
        ),
        g(
            "evacuated",
            387,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2024-08-20",
            by="donetsk oblast military administration",
            cue="including 387 children",
        ),
        g(
            "evacuated",
            120000,
            "russia",
            q="lower",
            scope="total",
            as_of="2024-08-20",
            by="russian authorities",
            cue="over 120,000 people have been evacuated",
            note="fled/evacuated from Kursk Oblast in Russia -> russia; General Staff 'lost 598,930 troops' is killed and wounded combined -> not a figure",
        ),
    ),
    article(
        "w_russia_tass_drones_kursk",
        "2024-11-26",
        """
        Air defenses destroy 39 Ukrainian UAVs over Russian regions overnight - Defense Ministry

        Published: 26 November 2024, 08:12

        MOSCOW, November 26. /TASS/. Russian air defenses intercepted and destroyed 39 Ukrainian unmanned aerial vehicles over Russian regions overnight, the Russian Defense Ministry reported.

        "During the past night, on-duty air defense systems intercepted and destroyed 39 Ukrainian aircraft-type unmanned aerial vehicles, including 18 over the territory of the Kursk Region," the ministry said in a statement on its Telegram channel, adding that the remaining drones were downed over the Bryansk, Oryol, Belgorod and Voronezh Regions.

        Belgorod Region Governor Vyacheslav Gladkov said that two civilians were killed and seven others were injured on Monday evening when a Ukrainian kamikaze drone struck a minibus carrying workers in the town of Shebekino. "The injured were taken to the Shebekino central district hospital, several of them were then transferred to the regional clinical hospital in Belgorod," the governor wrote on Telegram.

        According to Gladkov, over the past day the Ukrainian Armed Forces fired 12 artillery shells at the village of Novaya Tavolzhanka and attacked the region with 23 drones, damaging private houses, a power line and several cars.

        In the Kursk area, units of the North group of forces inflicted damage on the formations of several brigades of the Ukrainian Armed Forces, liquidating up to 40 Ukrainian militants and destroying a tank, three armored combat vehicles and two mortars, the ministry said. Overall, the losses of the Ukrainian Armed Forces in the Kursk area over the past day amounted to up to 330 servicemen, and since the beginning of the hostilities in the Kursk direction the enemy has lost more than 34,000 servicemen, according to the ministry.

        The Kursk regional government said that more than 150,000 residents had been evacuated from the border districts since the start of the Ukrainian incursion in August, and that payments of 15,000 rubles per person would continue to be made to those who lost their homes.

        Earlier, the Federal Security Service (FSB) public relations center reported that the FSB had detained three residents of the Bryansk Region who were collecting information about military facilities on the instructions of Ukrainian special services. Criminal cases on charges of high treason were opened against them, which carry a sentence of up to life imprisonment.
        """,
        g(
            "projectiles",
            39,
            "ukraine",
            scope="event",
            as_of="2024-11-26",
            by="russian defense ministry",
            cue="destroyed 39 Ukrainian unmanned aerial vehicles",
            note="only the destroyed count is reported -> taken as the count of drones launched; Ukrainian drones -> ukraine; headline and quote repeat it",
        ),
        g(
            "projectiles",
            18,
            "ukraine",
            scope="event",
            as_of="2024-11-26",
            by="russian defense ministry",
            cue="including 18 over the territory of the Kursk Region",
        ),
        g(
            "killed",
            2,
            "russia",
            pop="civilians",
            scope="event",
            as_of="2024-11-25",
            by="vyacheslav gladkov",
            cue="two civilians were killed",
            note="'on Monday evening' -> 2024-11-25",
        ),
        g(
            "injured",
            7,
            "russia",
            pop="civilians",
            scope="event",
            as_of="2024-11-25",
            by="vyacheslav gladkov",
            cue="seven others were injured on Monday evening",
        ),
        g(
            "projectiles",
            12,
            "ukraine",
            scope="event",
            as_of="2024-11-26",
            by="vyacheslav gladkov",
            cue="fired 12 artillery shells",
        ),
        g(
            "projectiles",
            23,
            "ukraine",
            scope="event",
            as_of="2024-11-26",
            by="vyacheslav gladkov",
            cue="attacked the region with 23 drones",
        ),
        g(
            "killed",
            40,
            "ukraine",
            pop="combatants",
            q="upper",
            scope="event",
            as_of="2024-11-26",
            by="russian defense ministry",
            cue="liquidating up to 40 Ukrainian militants",
            note="'liquidating' = killed; the 'losses' of 330 and 34,000 are killed and wounded combined -> not figures",
        ),
        g(
            "evacuated",
            150000,
            "russia",
            q="lower",
            scope="total",
            as_of="2024-11-26",
            by="kursk regional government",
            cue="more than 150,000 residents had been evacuated",
        ),
        g(
            "detained",
            3,
            "russia",
            scope="event",
            as_of="2024-11-26",
            by="fsb",
            cue="detained three residents of the Bryansk Region",
            note="Russian residents -> russia; 'Earlier' names no day -> article date",
        ),
    ),
    article(
        "w_myanmar_irrawaddy_kani_airstrike_html",
        None,
        """
        <!DOCTYPE html>
        <html lang="en-US">
        <head>
        <meta charset="UTF-8">
        <title>Junta Airstrike Kills at Least 27 Villagers, Including 9 Children, in Sagaing's Kani Township - The Irrawaddy</title>
        <meta name="description" content="Residents say a monastery compound hosting a novice ordination ceremony was hit.">
        <link rel="stylesheet" href="/wp-content/themes/irrawaddy/style.css?ver=6.4.3">
        </head>
        <body class="single-post">
        <div class="top-bar">
        <a href="/category/news">News</a> <a href="/category/in-person">In Person</a> <a href="/category/opinion">Opinion</a> <a href="/category/specials/myanmar-conflict-map">Conflict Map</a> <a href="/burmese">Burmese Edition</a> <a href="/donate">Support Us</a>
        </div>
        <div class="entry">
        <h1 class="entry-title">Junta Airstrike Kills at Least 27 Villagers, Including 9 Children, in Sagaing's Kani Township</h1>
        <div class="author">By The Irrawaddy</div>
        <div class="entry-content">
        <p>A junta airstrike on a village in Sagaing Region's Kani Township killed at least 27 civilians, including nine children, on Friday morning, according to local resistance groups and residents.</p>
        <p>A Yak-130 fighter jet dropped bombs on Let Pan Taw village at around 9 a.m., hitting a monastery compound where villagers had gathered for a novice ordination ceremony, a member of the Kani People's Defense Force (PDF) told The Irrawaddy.</p>
        <p>"At least 30 others were wounded, some of them critically, and five villagers are still missing. We are still searching the debris, but we have to stop whenever we hear the jet," he said.</p>
        <p>The wounded were taken to a clinic run by the resistance, as the nearest hospital, in Monywa, about 50 kilometers away, is under regime control and villagers fear arrest there.</p>
        <p>About 3,000 residents of Let Pan Taw and four neighbouring villages have fled into the forest and to villages to the west, fearing further attacks, residents said. "We only took rice and blankets. Nobody wants to sleep in the village tonight," said a 58-year-old farmer.</p>
        <p>The junta has not commented on the attack. Its spokesman, Major General Zaw Min Tun, has previously said the military only targets "terrorist" groups and their bases.</p>
        <p>The airstrike came two days after the PDF said it had killed 12 junta soldiers in an ambush on a military column on the Monywa-Kani road. The regime frequently launches airstrikes on villages in Sagaing in retaliation for resistance attacks.</p>
        <p>Sagaing Region, the heartland of the armed resistance to the military regime, has suffered more airstrikes than any other region since the 2021 coup, according to data compiled by local monitoring groups.</p>
        <p>According to the Assistance Association for Political Prisoners (AAPP), the regime has killed more than 6,000 civilians and arrested more than 28,000 people since the coup. The UN says more than 3.5 million people have been displaced across the country.</p>
        <p>The junta plans to hold a general election in phases, which opposition groups and Western governments have dismissed as a sham designed to legitimize military rule.</p>
        </div>
        </div>
        <div class="related">
        <h3>Related Stories</h3>
        <ul>
        <li><a href="/news/burma/junta-raises-fuel-prices">Junta Raises Fuel Prices for Third Time in 6 Months</a></li>
        <li><a href="/news/burma/kyat-hits-record-low">Kyat Hits Record Low of 4,500 to the US Dollar</a></li>
        </ul>
        </div>
        <footer>
        <p>Copyright &copy; The Irrawaddy. All rights reserved. | <a href="/about-us">About Us</a> | <a href="/contact">Contact</a> | <a href="/advertise">Advertise</a></p>
        </footer>
        </body>
        </html>
        """,
        g(
            "killed",
            27,
            "myanmar",
            pop="civilians",
            q="lower",
            scope="event",
            as_of=None,
            by="local resistance groups",
            cue="killed at least 27 civilians",
            note="undated article -> as_of null; 'local resistance groups and residents' shortened; title repeats it",
        ),
        g(
            "killed",
            9,
            "myanmar",
            pop="children",
            scope="event",
            as_of=None,
            by="local resistance groups",
            cue="including nine children",
        ),
        g(
            "injured",
            30,
            "myanmar",
            q="lower",
            scope="event",
            as_of=None,
            by="kani people's defense force",
            cue="At least 30 others were wounded",
            note="the quote is the PDF member's",
        ),
        g(
            "missing",
            5,
            "myanmar",
            scope="event",
            as_of=None,
            by="kani people's defense force",
            cue="five villagers are still missing",
        ),
        g(
            "displaced",
            3000,
            "myanmar",
            q="approx",
            scope="event",
            as_of=None,
            by="residents",
            cue="About 3,000 residents",
        ),
        g(
            "killed",
            12,
            "myanmar",
            pop="combatants",
            scope="event",
            as_of=None,
            by="people's defense force",
            cue="killed 12 junta soldiers",
            note="junta soldiers serve the Myanmar military -> myanmar/combatants",
        ),
        g(
            "killed",
            6000,
            "myanmar",
            pop="civilians",
            q="lower",
            scope="total",
            as_of=None,
            by="aapp",
            cue="killed more than 6,000 civilians",
        ),
        g(
            "detained",
            28000,
            "myanmar",
            q="lower",
            scope="total",
            as_of=None,
            by="aapp",
            cue="arrested more than 28,000 people",
        ),
        g(
            "displaced",
            3500000,
            "myanmar",
            q="lower",
            scope="total",
            as_of=None,
            by="un",
            cue="more than 3.5 million people have been displaced",
        ),
    ),
]
