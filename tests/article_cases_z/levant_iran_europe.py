# ruff: noqa: E501
"""Set Z, Lebanon, Syria, Yemen, Iran, Ukraine and Russia: both sides' claims, monitors' reports, drone tallies."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover
    from article_cases import article, g

ARTICLES = [
    article(
        "z_lebanon_binyamina_drone_aitou",
        "2024-10-14",
        """
Hezbollah drone kills four soldiers at Israeli army base; Israeli strike on northern Lebanon village kills 21
October 14, 2024

BEIRUT (AP) - A Hezbollah drone slammed into the dining hall of an Israeli army training base south of Haifa on Sunday evening, killing four soldiers in the deadliest attack inside Israel since the group's conflict with Israel escalated last month, the Israeli military said Monday.

The military said seven soldiers were seriously wounded in the strike near the town of Binyamina. The Magen David Adom rescue service said its teams had treated 61 wounded people at the scene, most of them lightly hurt, and that several had been flown to hospitals by helicopter.

The military said two drones had crossed from Lebanon over the sea and that one was intercepted, while the second hit the base without setting off air-raid sirens. It said it was investigating how the drone evaded detection. The soldiers killed were all 19 years old, it said.

Hezbollah said it had launched "a squadron of drones" at a base of the Golani Brigade in response to Israeli strikes on central Beirut on Thursday, and that it had fired dozens of rockets at Nahariya and Acre at the same time to occupy Israel's air defences.

Israel's Prime Minister Benjamin Netanyahu, visiting the base on Monday, said Israel would "continue to strike Hezbollah mercilessly in all parts of Lebanon, including Beirut."

Hours later, Lebanon's health ministry said an Israeli strike on a residential building in Aitou, a mostly Christian village in the northern district of Zgharta, killed 21 people on Monday, including 12 women and two children. The village lies far from Hezbollah's strongholds in the south and east, and residents said the top floor of the building had been rented to a family displaced from the south about two weeks ago.

The Israeli military said it was "looking into" the strike. The UN human rights office later called for a prompt and independent investigation.

More than 2,300 people have been killed in Lebanon since Hezbollah began firing on Israel on Oct. 8, 2023, the majority of them in the past three weeks, according to the health ministry. The Lebanese government says about 1.2 million people have been displaced.

Israel has deployed four divisions along the border and says its ground troops have destroyed tunnels and weapons stores in more than 20 villages. UN peacekeepers said Israeli tanks had forced their way into a UNIFIL position near Ramyah on Sunday, a charge Israel denied.

Associated Press writers in Jerusalem and Beirut contributed to this report.
""",
        g(
            "killed",
            4,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2024-10-13",
            by="israeli military",
            cue="killing four soldiers",
            note="'Sunday evening' from Monday 14 October; headline repeats it",
        ),
        g(
            "injured",
            7,
            "israel",
            pop="combatants",
            scope="event",
            as_of="2024-10-13",
            by="israeli military",
            cue="seven soldiers were seriously wounded",
        ),
        g(
            "injured",
            61,
            "israel",
            scope="event",
            as_of="2024-10-13",
            by="magen david adom",
            cue="treated 61 wounded people",
            note="the rescue service's count of the same attack's wounded; 'several had been flown' is not a number",
        ),
        g(
            "projectiles",
            2,
            "lebanon",
            scope="event",
            as_of="2024-10-13",
            by="israeli military",
            cue="two drones had crossed from Lebanon",
        ),
        g(
            "projectiles",
            24,
            "lebanon",
            q="lower",
            scope="event",
            as_of="2024-10-13",
            by="hezbollah",
            cue="fired dozens of rockets at Nahariya",
            note="vague 'dozens' -> 24/lower; the 'squadron of drones' has no number",
        ),
        g(
            "killed",
            21,
            "lebanon",
            scope="event",
            as_of="2024-10-14",
            by="lebanese health ministry",
            cue="killed 21 people on Monday",
        ),
        g(
            "killed",
            12,
            "lebanon",
            pop="women",
            scope="event",
            as_of="2024-10-14",
            by="lebanese health ministry",
            cue="including 12 women and two children",
        ),
        g(
            "killed",
            2,
            "lebanon",
            pop="children",
            scope="event",
            as_of="2024-10-14",
            by="lebanese health ministry",
            cue="two children",
        ),
        g(
            "killed",
            2300,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2024-10-14",
            by="lebanese health ministry",
            cue="More than 2,300 people have been killed in Lebanon",
        ),
        g(
            "displaced",
            1200000,
            "lebanon",
            q="approx",
            scope="total",
            as_of="2024-10-14",
            by="lebanese government",
            cue="about 1.2 million people have been displaced",
            note="not figures: '19 years old', four divisions, more than 20 villages",
        ),
    ),
    article(
        "z_lebanon_ceasefire_year_analysis",
        "2025-11-27",
        """
A year into the ceasefire, Israel's war in Lebanon has not ended - it has changed shape
Analysis
Beirut, 27 November 2025

When the guns fell silent along the Lebanese border at 4am on 27 November last year, few in Beirut believed the truce would survive the 60 days it allotted for Israeli troops to withdraw. Twelve months later, it has technically held, in that neither side has declared it over. But the strikes have not stopped.

Since the ceasefire took effect, Israeli strikes have killed 335 people in Lebanon and wounded 973, the Lebanese health ministry said this week. The UN human rights office, which applies a narrower definition and verifies each case, has confirmed that at least 127 of those killed were civilians.

The Israeli military, for its part, says it has killed more than 370 Hezbollah operatives since the truce, arguing that the group has been trying to rebuild its arsenal south of the Litani river in violation of the agreement. Lebanese officials counter that many of those killed were farmers, municipal workers or people returning to inspect their homes.

The most significant of those strikes came on Sunday, when an Israeli jet hit an apartment building in Beirut's southern suburbs and killed Haytham Ali Tabatabai, whom Israel described as Hezbollah's chief of staff. The health ministry said the strike killed five people and wounded 28.

Hezbollah, by contrast, has claimed only one attack since the truce: on 2 December last year it fired two mortar rounds at an Israeli army position in the disputed Shebaa Farms, in what it called a "defensive warning". Its leader, Naim Qassem, said last week that the group would not disarm "while occupation and aggression continue", but would leave the response to the state "for now".

UNIFIL, the UN peacekeeping force, has logged more than 10,000 Israeli air and ground violations of Lebanese territory over the year, and Israeli troops still hold five hilltop positions inside Lebanon. The Lebanese army says it has deployed some 10,000 soldiers south of the Litani and dismantled hundreds of Hezbollah positions, a claim Israel dismisses as exaggerated.

The human cost is not only counted in deaths. About 64,000 people in Lebanon remain displaced, according to the International Organization for Migration, most of them from border villages where houses were systematically blown up after the ceasefire. The World Bank puts the cost of reconstruction at $11 billion, money the Gulf states have said they will not provide until Hezbollah is disarmed.

The Lebanese government also says Israel is holding at least 15 Lebanese nationals seized during and after the war, among them fishermen and shepherds detained near the border, and has asked the mechanism that monitors the truce to press for their release.

On the other side of the border, about 30,000 residents of northern Israel who were evacuated during the war have yet to return home, according to regional councils there, even though the government declared the north open for return in March.

"The ceasefire gave us a year without rockets, but not a year of peace," said the mayor of one village near Bint Jbeil, where only 40 of some 900 houses are still standing. "Each week there is a funeral."
""",
        g(
            "killed",
            335,
            "lebanon",
            scope="total",
            as_of="2025-11-27",
            by="lebanese health ministry",
            cue="killed 335 people in Lebanon",
            note="running toll 'since the ceasefire took effect' -> total; 'said this week' names no day -> article date",
        ),
        g(
            "injured",
            973,
            "lebanon",
            scope="total",
            as_of="2025-11-27",
            by="lebanese health ministry",
            cue="wounded 973",
        ),
        g(
            "killed",
            127,
            "lebanon",
            pop="civilians",
            q="lower",
            scope="total",
            as_of="2025-11-27",
            by="un human rights office",
            cue="at least 127 of those killed were civilians",
        ),
        g(
            "killed",
            370,
            "lebanon",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2025-11-27",
            by="israeli military",
            cue="killed more than 370 Hezbollah operatives",
        ),
        g(
            "killed",
            5,
            "lebanon",
            scope="event",
            as_of="2025-11-23",
            by="lebanese health ministry",
            cue="the strike killed five people",
            note="'on Sunday' from Thursday 27 November -> 23 November",
        ),
        g("injured", 28, "lebanon", scope="event", as_of="2025-11-23", by="lebanese health ministry", cue="wounded 28"),
        g(
            "projectiles",
            2,
            "lebanon",
            scope="event",
            as_of="2024-12-02",
            by="hezbollah",
            cue="fired two mortar rounds",
            note="mortar rounds are shells fired -> projectiles; 'claimed' by Hezbollah -> reported_by hezbollah",
        ),
        g(
            "displaced",
            64000,
            "lebanon",
            q="approx",
            scope="total",
            as_of="2025-11-27",
            by="iom",
            cue="About 64,000 people in Lebanon remain displaced",
        ),
        g(
            "detained",
            15,
            "lebanon",
            q="lower",
            scope="total",
            as_of="2025-11-27",
            by="lebanese government",
            cue="holding at least 15 Lebanese nationals",
        ),
        g(
            "evacuated",
            30000,
            "israel",
            q="approx",
            scope="total",
            as_of="2025-11-27",
            by="regional councils",
            cue="about 30,000 residents of northern Israel who were evacuated",
            note="not figures: 10,000 violations, 10,000 Lebanese soldiers deployed, 'hundreds of Hezbollah positions', "
            "40 of 900 houses",
        ),
    ),
    article(
        "z_syria_snhr_july_report_md",
        "2025-08-01",
        """
# Monthly report: 1,284 civilian deaths documented in Syria in July 2025, the deadliest month since March

**Syrian Network for Human Rights (SNHR) - report summary**

*Published 1 August 2025*

The Syrian Network for Human Rights (SNHR) documented the deaths of 1,284 civilians in Syria in July 2025, including 61 children and 93 women, according to its monthly report released on Friday. The toll is the highest the group has recorded since March, when sectarian killings swept the coastal governorates of Latakia and Tartus.

## Suwayda accounts for most deaths

The report attributes the bulk of July's civilian deaths to the violence that erupted in Suwayda governorate on 13 July between Druze armed groups and Bedouin tribal fighters, and which drew in government forces. SNHR documented 987 civilians killed in the governorate between 13 and 20 July, when a US-brokered ceasefire largely took hold.

Of the month's civilian deaths, SNHR attributes:

- 41% to government-affiliated forces;
- 28% to Druze armed factions;
- 19% to Bedouin tribal fighters;
- the remainder to Israeli strikes, unidentified gunmen and explosive remnants of war.

The group says at least nine medical personnel were among those killed, several of them inside Suwayda's national hospital, which changed hands twice during the fighting. It also recorded four attacks on vital civilian facilities, including two on hospitals.

## Differing tolls

Other monitors have published higher figures. The UK-based Syrian Observatory for Human Rights (SOHR) puts the overall death toll from the Suwayda fighting at 1,311, a count that includes fighters on all sides, among them 321 members of the Defence and Interior ministries' forces. The government has not published a comprehensive toll, though officials have acknowledged "painful losses" among the security forces.

SNHR says the difference is largely one of method: it counts only civilians it can identify by name, while SOHR includes combatants and relies on a wider network of informants.

## Israeli strikes

On 16 July, Israeli strikes hit the Defence Ministry headquarters in Damascus and the vicinity of the presidential palace; the Syrian health ministry said three people were killed. Israel said it was acting to protect the Druze community and to enforce a demilitarised zone south of the capital.

## Arrests and displacement

SNHR recorded at least 204 cases of arbitrary arrest or detention in July, most of them carried out by the new government's security services in Homs, Hama and Damascus suburbs. The UN's humanitarian office (OCHA) says about 192,000 people were displaced by the Suwayda violence, many of whom are still sheltering in schools and public buildings in Daraa and rural Damascus.

## Methodology

SNHR's figures are based on direct contact with survivors, relatives and medical staff, and on open-source material. Each death is cross-checked against at least two independent sources before it is included. The full 38-page report, in Arabic and English, is available on the group's website.
""",
        g(
            "killed",
            1284,
            "syria",
            pop="civilians",
            scope="event",
            as_of="2025-07-31",
            by="snhr",
            cue="the deaths of 1,284 civilians",
            note="a month's count ('in July 2025') -> event, dated the last day of the month; the H1 repeats it",
        ),
        g(
            "killed",
            61,
            "syria",
            pop="children",
            scope="event",
            as_of="2025-07-31",
            by="snhr",
            cue="including 61 children and 93 women",
        ),
        g("killed", 93, "syria", pop="women", scope="event", as_of="2025-07-31", by="snhr", cue="93 women"),
        g(
            "killed",
            987,
            "syria",
            pop="civilians",
            scope="event",
            as_of="2025-07-20",
            by="snhr",
            cue="SNHR documented 987 civilians killed",
            note="window 13-20 July -> dated its last day",
        ),
        g(
            "killed",
            9,
            "syria",
            pop="medics",
            q="lower",
            scope="event",
            as_of="2025-07-31",
            by="snhr",
            cue="at least nine medical personnel",
        ),
        g(
            "killed",
            1311,
            "syria",
            scope="total",
            as_of="2025-08-01",
            by="sohr",
            cue="overall death toll from the Suwayda fighting at 1,311",
            note="SOHR's running toll of the Suwayda crisis (fighters included) -> total; debatable vs event",
        ),
        g(
            "killed",
            321,
            "syria",
            pop="combatants",
            scope="total",
            as_of="2025-08-01",
            by="sohr",
            cue="321 members of the Defence and Interior ministries' forces",
        ),
        g(
            "killed",
            3,
            "syria",
            scope="event",
            as_of="2025-07-16",
            by="syrian health ministry",
            cue="three people were killed",
        ),
        g(
            "detained",
            204,
            "syria",
            q="lower",
            scope="event",
            as_of="2025-07-31",
            by="snhr",
            cue="at least 204 cases of arbitrary arrest",
        ),
        g(
            "displaced",
            192000,
            "syria",
            q="approx",
            scope="total",
            as_of="2025-08-01",
            by="ocha",
            cue="about 192,000 people were displaced",
            note="not figures: the percentages, four attacks, two hospitals, two sources, 38 pages",
        ),
    ),
    article(
        "z_yemen_counting_the_dead_explainer",
        None,
        """
Explainer: Who is counting the dead in Yemen's war with Israel and the United States?

Since the Houthis began firing at Israel and at shipping in the Red Sea in late 2023, Yemen has been pulled into a second war layered on top of the first. The casualty figures come from very different sources, and they rarely match. Here is what each of them says, and why.

What do the Houthis say?

The Houthi-run health ministry in Sanaa publishes tolls after most large strikes, but rarely distinguishes between civilians and fighters and almost never acknowledges the deaths of its own commanders until weeks later. After a US strike on the crowded Farwa market in the capital in April, for instance, it said 12 people had been killed and 30 wounded. The US military said it was reviewing the claim.

What do independent monitors say?

The Armed Conflict Location & Event Data Project (ACLED), which compiles reports from local media and its own sources, recorded at least 224 deaths from US air strikes during the seven-week campaign that ended with an Omani-brokered truce in early May. Airwars, a UK-based monitor that focuses on civilian harm, puts civilian deaths from the same campaign at between 150 and 220, depending on how contested incidents are classified.

Both groups say their figures are conservative. Journalists' access to Houthi-held areas is tightly controlled, and several Yemeni reporters who documented strike sites have been summoned for questioning by Houthi security services.

What about Israel?

The Israeli military says the Houthis have launched more than 90 ballistic missiles and around 40 drones at Israel since the Gaza ceasefire collapsed in March, the vast majority of them intercepted. One missile struck a road near Ben Gurion airport in May, wounding several people and prompting foreign airlines to suspend flights for weeks. Israel has responded with strikes on the ports of Hodeidah, Ras Isa and Salif, on Sanaa airport and on power stations.

What happened at sea?

Two bulk carriers were sunk within a week in July, the first ships lost to Houthi attacks since 2024. The Philippine government says four of its seafarers were killed in the attack on the Liberian-flagged Eternity C and that 11 remain missing. Several other crew members are believed to be held by the Houthis, who say they "rescued" them from the water.

Who else is being held?

The UN says the Houthis are detaining at least 59 of its personnel, some of them for more than three years, along with staff of aid groups, civil society organisations and foreign embassies. The group accuses them of spying for Israel and the United States, charges the UN rejects. The World Food Programme has suspended operations in parts of the north as a result.

Why does the older war matter?

The conflict between the Houthis and a Saudi-led coalition, largely frozen since a 2022 truce, killed an estimated 377,000 people by the end of 2021, directly and through hunger and disease, according to the UN Development Programme. More than 19 million Yemenis need humanitarian aid, and the economy has been split between two rival central banks, each printing its own banknotes.

What should readers keep in mind?

Each source has an interest. The Houthis use casualty figures to rally support at home and abroad; Washington and Israel stress the military nature of their targets; monitors depend on a shrinking pool of local informants. None of the numbers above should be read as final.
""",
        g(
            "killed",
            12,
            "yemen",
            scope="event",
            as_of=None,
            by="houthi health ministry",
            cue="12 people had been killed and 30 wounded",
            note="undated explainer: every as_of is null",
        ),
        g("injured", 30, "yemen", scope="event", as_of=None, by="houthi health ministry", cue="30 wounded"),
        g(
            "killed",
            224,
            "yemen",
            q="lower",
            scope="event",
            as_of=None,
            by="acled",
            cue="recorded at least 224 deaths",
            note="toll of a finished seven-week campaign -> event (like an attack's toll), not a running total",
        ),
        g(
            "killed",
            150,
            "yemen",
            pop="civilians",
            q="range",
            high=220,
            scope="event",
            as_of=None,
            by="airwars",
            cue="between 150 and 220",
        ),
        g(
            "projectiles",
            90,
            "yemen",
            q="lower",
            scope="total",
            as_of=None,
            by="israeli military",
            cue="more than 90 ballistic missiles",
        ),
        g(
            "projectiles",
            40,
            "yemen",
            q="approx",
            scope="total",
            as_of=None,
            by="israeli military",
            cue="around 40 drones",
            note="'wounding several people' has no number",
        ),
        g(
            "killed",
            4,
            "philippines",
            scope="event",
            as_of=None,
            by="philippine government",
            cue="four of its seafarers were killed",
            note="Filipino crew -> side philippines",
        ),
        g("missing", 11, "philippines", scope="event", as_of=None, by="philippine government", cue="11 remain missing"),
        g(
            "detained",
            59,
            "yemen",
            pop="aid_workers",
            q="lower",
            scope="total",
            as_of=None,
            by="un",
            cue="detaining at least 59 of its personnel",
            note="UN staff held in Houthi areas (mostly Yemenis) -> yemen, aid_workers",
        ),
        g(
            "killed",
            377000,
            "yemen",
            q="approx",
            scope="total",
            as_of=None,
            by="undp",
            cue="an estimated 377,000 people",
            note="not figures: 19 million in need of aid (not a casualty metric), 2022 truce",
        ),
    ),
    article(
        "z_iran_soldiers_police_killed",
        "2024-10-27",
        """
Iran says four soldiers killed in Israeli strikes as 10 police die in separate attack in the southeast
27 October 2024

Iran's army said four of its soldiers were killed when Israeli warplanes struck military sites in the provinces of Tehran, Khuzestan and Ilam early on Saturday, in Israel's first openly acknowledged attack on Iranian territory.

The soldiers were serving in air defence units, the army said in a statement carried by state media, adding that the strikes had caused "limited damage". The official IRNA news agency later reported that at least one civilian had also been killed, in a town west of the capital, without giving details.

Israel said about 100 aircraft, including F-35 stealth fighters, took part in three waves of strikes over some four hours, hitting air defence batteries and facilities used to make the roughly 200 ballistic missiles Iran fired at Israel on 1 October. The Israeli military said all its aircraft had returned safely.

That barrage, Iran's second direct attack on Israel in six months, caused damage at two air bases but killed one person, a Palestinian man in the West Bank city of Jericho who was hit by falling debris.

Iran's supreme leader, Ayatollah Ali Khamenei, said on Sunday that the attack "should neither be exaggerated nor downplayed", a formula analysts read as leaving the door open to a response without committing to one. Oil prices fell by more than 5% in early Asian trading as markets concluded that Israel had avoided energy facilities.

Separately, 10 police officers were killed on Saturday when gunmen ambushed two police vehicles in the Taftan area of Sistan-Baluchestan province, near the border with Pakistan, IRNA reported. The Sunni militant group Jaish al-Adl claimed responsibility.

Iran's interior minister called it a "cowardly" attack and ordered an investigation. On Sunday, the provincial police chief said security forces had arrested 12 people suspected of involvement, and that the search for the remaining attackers was continuing in the mountains along the border.

Sistan-Baluchestan, one of Iran's poorest provinces, has a largely Sunni Baluch population and has long been the scene of clashes between security forces and militants. In January, Iran and Pakistan exchanged missile and drone strikes on each other's territory. Iranian officials said Pakistan's strikes near the border town of Saravan on 18 January killed nine people, including four children and three women.

The two countries quickly restored diplomatic ties and have since agreed to hold joint patrols along their 900-kilometre border.
""",
        g(
            "killed",
            4,
            "iran",
            pop="combatants",
            scope="event",
            as_of="2024-10-26",
            by="iranian army",
            cue="four of its soldiers were killed",
            note="'early on Saturday' from Sunday 27 October",
        ),
        g(
            "killed",
            1,
            "iran",
            pop="civilians",
            q="lower",
            scope="event",
            as_of="2024-10-26",
            by="irna",
            cue="at least one civilian had also been killed",
        ),
        g(
            "projectiles",
            200,
            "iran",
            q="approx",
            scope="event",
            as_of="2024-10-01",
            by="israel",
            cue="the roughly 200 ballistic missiles Iran fired",
            note="fired by Iran -> side iran; 'about 100 aircraft' are not projectiles fired",
        ),
        g(
            "killed",
            1,
            "west-bank",
            scope="event",
            as_of="2024-10-01",
            cue="killed one person, a Palestinian man",
            note="the one death of Iran's barrage was in Jericho -> west-bank",
        ),
        g(
            "killed",
            10,
            "iran",
            pop="combatants",
            scope="event",
            as_of="2024-10-26",
            by="irna",
            cue="10 police officers were killed",
            note="police officers counted as combatants (armed security forces of a party); FIGURES.md has no police "
            "population - debatable",
        ),
        g(
            "detained",
            12,
            "iran",
            scope="event",
            as_of="2024-10-27",
            by="provincial police chief",
            cue="arrested 12 people suspected of involvement",
        ),
        g("killed", 9, "iran", scope="event", as_of="2024-01-18", by="iranian officials", cue="killed nine people"),
        g(
            "killed",
            4,
            "iran",
            pop="children",
            scope="event",
            as_of="2024-01-18",
            by="iranian officials",
            cue="including four children and three women",
        ),
        g(
            "killed",
            3,
            "iran",
            pop="women",
            scope="event",
            as_of="2024-01-18",
            by="iranian officials",
            cue="three women",
            note="not figures: three waves, four hours, 5%, 900-kilometre border",
        ),
    ),
    article(
        "z_ukraine_hrmmu_june_update",
        "2025-07-10",
        """
Ukraine: Civilian casualties in June highest in three years, UN monitors say
PRESS RELEASE
Kyiv, 10 July 2025

The UN Human Rights Monitoring Mission in Ukraine (HRMMU) verified that 232 civilians were killed and 1,343 injured in Ukraine in June 2025, the highest monthly civilian casualty toll in three years.

The sharp rise was driven by intensified Russian long-range missile and drone attacks on cities across the country, as well as continued shelling and short-range drone strikes in front-line regions, the Mission said in its monthly update published today.

"June was a devastating month for civilians," said the head of the Mission. "Every week brought another mass-casualty attack on a residential area, and people in front-line towns told us they no longer feel safe even on the way to buy bread."

Twenty-three of the civilians killed in June were children, the Mission said.

The single deadliest attack of the month was the combined missile and drone strike on Kyiv on 17 June, which killed 28 civilians, most of them when a missile struck a nine-storey apartment building in the city's west.

According to Ukraine's Air Force, Russian armed forces launched 5,438 long-range drones and decoys at Ukraine during the month, roughly ten times as many as in June 2024. The heavier use of drones in large, concentrated waves has overwhelmed air defences in several cities, the Mission noted.

Front-line regions

More than two thirds of the month's casualties occurred in Donetsk, Dnipropetrovsk, Kharkiv, Kherson and Sumy regions. In Kherson city, residents reported that short-range drones were attacking cars, buses and pedestrians almost daily, and HRMMU documented attacks on public transport and on clearly marked ambulances.

Overall toll

Since Russia's full-scale armed attack on 24 February 2022, HRMMU has verified that at least 13,580 civilians have been killed, including 716 children, and more than 34,000 injured, as of 30 June 2025. The actual numbers are likely considerably higher, as information from some locations, in particular occupied territory, remains difficult to obtain and verify.

Casualties in the Russian Federation

The Russian authorities reported that 19 civilians were killed in June in Ukrainian attacks in Russia's Belgorod, Kursk and Bryansk regions. HRMMU could not independently verify these reports.

Background

HRMMU was deployed in March 2014 at the invitation of the Government of Ukraine. It publishes civilian casualty updates monthly and thematic reports every quarter. Its next update is due on 8 August.

Media contact: HRMMU Public Information Officer, Kyiv, +380 44 253 00 00.
""",
        g(
            "killed",
            232,
            "ukraine",
            pop="civilians",
            scope="event",
            as_of="2025-06-30",
            by="hrmmu",
            cue="232 civilians were killed",
            note="a month's count -> event dated the last day of June (debatable: the release date is the other choice)",
        ),
        g(
            "injured",
            1343,
            "ukraine",
            pop="civilians",
            scope="event",
            as_of="2025-06-30",
            by="hrmmu",
            cue="1,343 injured",
        ),
        g(
            "killed",
            23,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-06-30",
            by="hrmmu",
            cue="Twenty-three of the civilians killed in June were children",
        ),
        g(
            "killed",
            28,
            "ukraine",
            pop="civilians",
            scope="event",
            as_of="2025-06-17",
            cue="which killed 28 civilians",
            note="stated in the release's own voice (no attribution in the sentence) -> reported_by null",
        ),
        g(
            "projectiles",
            5438,
            "russia",
            scope="event",
            as_of="2025-06-30",
            by="ukrainian air force",
            cue="launched 5,438 long-range drones",
        ),
        g(
            "killed",
            13580,
            "ukraine",
            pop="civilians",
            q="lower",
            scope="total",
            as_of="2025-06-30",
            by="hrmmu",
            cue="at least 13,580 civilians have been killed",
            note="'as of 30 June 2025' -> the day named",
        ),
        g(
            "killed",
            716,
            "ukraine",
            pop="children",
            scope="total",
            as_of="2025-06-30",
            by="hrmmu",
            cue="including 716 children",
        ),
        g(
            "injured",
            34000,
            "ukraine",
            pop="civilians",
            q="lower",
            scope="total",
            as_of="2025-06-30",
            by="hrmmu",
            cue="more than 34,000 injured",
        ),
        g(
            "killed",
            19,
            "russia",
            pop="civilians",
            scope="event",
            as_of="2025-06-30",
            by="russian authorities",
            cue="19 civilians were killed in June",
            note="not figures: 'more than two thirds', ten times, March 2014, 8 August",
        ),
    ),
    article(
        "z_ukraine_overnight_drones_both_sides",
        "2025-04-22",
        """
Russia fires 142 drones and four ballistic missiles at Ukraine; Moscow says it downed 49 Ukrainian drones
April 22, 2025

KYIV (AFP) - Russia launched 142 drones and four Iskander-M ballistic missiles at Ukraine overnight, Ukraine's air force said on Tuesday, two days after a short Easter truce declared by the Kremlin expired.

The air force said most of the drones, a mix of Iranian-designed Shaheds and cheaper decoys, had been shot down or "lost" to electronic jamming, but did not say whether any of the missiles were intercepted.

In Kharkiv, the drones killed two people and wounded 17, regional governor Oleh Syniehubov said. He said three children were among the wounded, the youngest a girl aged four, after a drone hit a five-storey apartment building and set cars ablaze in the city's Kyivskyi district.

"Rescuers are still working at the scene," Syniehubov wrote on Telegram, posting photographs of a burnt-out courtyard and a playground littered with glass.

In Russia, the defence ministry said air defence units had destroyed 49 Ukrainian drones overnight over seven regions, most of them over the Bryansk and Kursk border regions. Belgorod regional governor Vyacheslav Gladkov said one civilian had been killed when a Ukrainian drone hit a car on a road near the border town of Shebekino.

Russia's defence ministry also said its forces had struck a training ground in Ukraine's Dnipropetrovsk region with Iskander missiles, killing up to 60 Ukrainian servicemen. Ukraine's military did not comment on the claim; a spokesperson for the ground forces said only that an investigation into "the circumstances of the incident" was under way.

AFP was unable to independently verify claims by either side.

Prisoner swap

On Monday, the two countries carried out their latest exchange of prisoners. Ukraine's coordination headquarters for the treatment of prisoners of war said 185 servicemen had come home, some of them after more than two years in Russian captivity. The Russian defence ministry said 185 Russian soldiers had been returned from Ukrainian-controlled territory and were receiving medical and psychological help in Belarus.

The 30-hour Easter truce announced by President Vladimir Putin ended at midnight on Sunday, with each side accusing the other of thousands of violations. Kyiv had proposed extending it to 30 days, covering strikes on civilian infrastructure, but the Kremlin did not respond.

US envoys are due to meet Ukrainian and European officials in London on Wednesday, as Washington presses both sides to accept a ceasefire plan that would freeze the front line. President Volodymyr Zelensky has rejected any recognition of Russian control over Crimea, annexed in 2014.
""",
        g(
            "projectiles",
            142,
            "russia",
            scope="event",
            as_of="2025-04-22",
            by="ukrainian air force",
            cue="Russia launched 142 drones",
            note="overnight into Tuesday -> the article day; headline repeats it",
        ),
        g(
            "projectiles",
            4,
            "russia",
            scope="event",
            as_of="2025-04-22",
            by="ukrainian air force",
            cue="four Iskander-M ballistic missiles",
        ),
        g(
            "killed",
            2,
            "ukraine",
            scope="event",
            as_of="2025-04-22",
            by="kharkiv governor",
            cue="the drones killed two people",
        ),
        g("injured", 17, "ukraine", scope="event", as_of="2025-04-22", by="kharkiv governor", cue="wounded 17"),
        g(
            "injured",
            3,
            "ukraine",
            pop="children",
            scope="event",
            as_of="2025-04-22",
            by="kharkiv governor",
            cue="three children were among the wounded",
        ),
        g(
            "projectiles",
            49,
            "ukraine",
            scope="event",
            as_of="2025-04-22",
            by="russian defence ministry",
            cue="destroyed 49 Ukrainian drones",
            note="drones shot down are still a count of drones launched; Ukrainian drones -> side ukraine",
        ),
        g(
            "killed",
            1,
            "russia",
            pop="civilians",
            scope="event",
            as_of="2025-04-22",
            by="belgorod governor",
            cue="one civilian had been killed",
        ),
        g(
            "killed",
            60,
            "ukraine",
            pop="combatants",
            q="upper",
            scope="event",
            as_of="2025-04-22",
            by="russian defence ministry",
            cue="killing up to 60 Ukrainian servicemen",
            note="enemy-loss claim; no day named -> article date",
        ),
        g(
            "detained",
            185,
            "ukraine",
            pop="combatants",
            scope="event",
            as_of="2025-04-21",
            by="ukrainian coordination headquarters",
            cue="185 servicemen had come home",
            note="prisoners of war released in a swap -> detained; 'On Monday'",
        ),
        g(
            "detained",
            185,
            "russia",
            pop="combatants",
            scope="event",
            as_of="2025-04-21",
            by="russian defence ministry",
            cue="185 Russian soldiers had been returned",
            note="'thousands of violations' are not people; 30-hour truce, 30 days not figures",
        ),
    ),
    article(
        "z_russia_border_regions_losses",
        "2025-03-12",
        """
Russia's border regions count their losses as the Kremlin claims Kursk is almost retaken
12 March 2025

For seven months, the official line in Moscow was that the Ukrainian incursion into the Kursk region was a desperate gamble that had already failed. This week, as Russian troops pushed back into the town of Sudzha, state television finally showed what the fighting had left behind: collapsed roofs, a burnt-out gas metering station and streets with no one on them.

The human cost for Russia's own border regions is rarely discussed on federal channels, where the war is still presented as something happening elsewhere. The figures that do exist come from regional officials, ombudsmen and independent journalists, and they rarely add up.

Counting the civilians

In the Belgorod region, which has been shelled almost daily since 2022, governor Vyacheslav Gladkov said on Monday that Ukrainian attacks had killed 247 civilians there since the start of the "special military operation", 17 of them children, and injured more than 1,400.

Kursk's toll is harder to establish. When the incursion began on 6 August 2024, the regional authorities ordered residents of the border districts to leave; on 15 August 2024 the acting governor said 121,000 people had been evacuated. Many have still not been allowed back, and some have been living in temporary accommodation centres in Kursk city for more than half a year.

Russia's human rights commissioner, Tatyana Moskalkova, says 562 residents of the region remain missing, a figure that includes people who may be in Ukrainian-held territory or who were moved to Ukraine itself. Relatives have set up Telegram channels with photographs of the missing and their last known addresses.

Ukraine says it took more than 900 Russian servicemen prisoner in the Kursk region, most of them young conscripts, and has used many of them in exchanges for Ukrainian prisoners of war.

The largest attack on Moscow

On Tuesday, Russia's defence ministry said its air defences had shot down 337 Ukrainian drones overnight, most of them over the Kursk and Moscow regions, in what appeared to be the largest drone attack on the capital since the start of the war. Moscow region governor Andrei Vorobyov said three people were killed and 18 injured, and flights at all four of the city's main airports were suspended for several hours.

The claims war

The defence ministry claims that Ukraine has lost more than 67,000 personnel in the Kursk region since August, a figure that cannot be verified and that, by the ministry's own definition, includes the wounded. Kyiv does not publish comparable figures for its own losses, or for Russia's in the region.

Independent counts offer a partial check. Mediazona and the BBC Russian Service, which compile obituaries and social media posts, have confirmed by name the deaths of more than 95,000 Russian soldiers across the war, a figure they say is certainly an undercount.

Back in Sudzha, a town of about 5,000 before the war, the Russian army says it is clearing mines and searching basements. Officials have not said when, or if, residents will be allowed home.
""",
        g(
            "killed",
            247,
            "russia",
            pop="civilians",
            scope="total",
            as_of="2025-03-10",
            by="belgorod governor",
            cue="killed 247 civilians",
            note="'said on Monday' from Wednesday 12 March -> 10 March",
        ),
        g(
            "killed",
            17,
            "russia",
            pop="children",
            scope="total",
            as_of="2025-03-10",
            by="belgorod governor",
            cue="17 of them children",
        ),
        g(
            "injured",
            1400,
            "russia",
            pop="civilians",
            q="lower",
            scope="total",
            as_of="2025-03-10",
            by="belgorod governor",
            cue="injured more than 1,400",
            note="the injured share the sentence's subject (civilians) -> civilians; debatable vs all",
        ),
        g(
            "evacuated",
            121000,
            "russia",
            scope="total",
            as_of="2024-08-15",
            by="kursk acting governor",
            cue="121,000 people had been evacuated",
            note="a running count reported on a named day in 2024",
        ),
        g(
            "missing",
            562,
            "russia",
            scope="total",
            as_of="2025-03-12",
            by="russian human rights commissioner",
            cue="562 residents of the region remain missing",
        ),
        g(
            "detained",
            900,
            "russia",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2025-03-12",
            by="ukraine",
            cue="more than 900 Russian servicemen prisoner",
        ),
        g(
            "projectiles",
            337,
            "ukraine",
            scope="event",
            as_of="2025-03-11",
            by="russian defence ministry",
            cue="shot down 337 Ukrainian drones",
        ),
        g(
            "killed",
            3,
            "russia",
            scope="event",
            as_of="2025-03-11",
            by="moscow region governor",
            cue="three people were killed and 18 injured",
        ),
        g("injured", 18, "russia", scope="event", as_of="2025-03-11", by="moscow region governor", cue="18 injured"),
        g(
            "killed",
            95000,
            "russia",
            pop="combatants",
            q="lower",
            scope="total",
            as_of="2025-03-12",
            by="mediazona and bbc russian service",
            cue="more than 95,000 Russian soldiers",
            note="not annotated: 'lost more than 67,000 personnel' (losses include the wounded, no split: skipped per "
            "FIGURES.md); a town of about 5,000 is a population",
        ),
    ),
]
