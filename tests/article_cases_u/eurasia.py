# ruff: noqa: E501
"""Set U, Ukraine/Russia and Myanmar: the May 2025 prisoner exchange, a wire brief on a record drone barrage,
Belgorod's child evacuations and Moscow's claims about pro-Ukrainian raiders, a long 1,000-days
retrospective full of historic tolls, Rohingya crossing into Bangladesh, and an undated story on junta
air strikes during the earthquake truce."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import article, g

ARTICLES = [
    article(
        "u_ukraine_pow_swap",
        "2025-05-26",
        """
Ukraine and Russia complete largest prisoner exchange of the war

May 26, 2025

KYIV - Buses carrying gaunt Ukrainian soldiers, some wrapped in national flags, pulled into the courtyard of a hospital in the Chernihiv region on Sunday as Ukraine and Russia completed the third and final stage of the biggest prisoner exchange since Moscow's full-scale invasion in 2022.

Ukraine got back 303 servicemen on Sunday, President Volodymyr Zelensky said in a post on Telegram, with photographs of men hugging relatives and making phone calls. Russia's defence ministry said 303 Russian soldiers had also been returned and were being treated in Belarus before being flown to Moscow.

The exchange was agreed when Russian and Ukrainian delegations met in Istanbul on May 16, the first direct talks between the two countries in more than three years. The talks produced no agreement on a ceasefire, and the prisoner swap was the only concrete result.

On Friday, 390 Ukrainians were freed - 270 soldiers and 120 civilians - followed on Saturday by 307 servicemen. Moscow said it had received the same numbers in return. Among the Ukrainians released were members of the National Guard captured at the Azovstal steelworks in Mariupol in May 2022, and a 61-year-old civilian from the Kherson region who had been held since the first weeks of the war.

"Every return is a victory, and we will bring back everyone," Zelensky said. "We are checking every name and every fact."

Ukraine's Coordination Headquarters for the Treatment of Prisoners of War estimates that about 8,000 Ukrainian soldiers and civilians are still held in Russia, although the real number is likely to be higher because Moscow does not acknowledge many of those it holds. The headquarters says it has helped bring home more Ukrainians in the first five months of this year than in the whole of 2023.

Relatives gathered outside the hospital with handwritten signs bearing the names and units of missing men - the 36th Marine Brigade, the 12th Azov Brigade - and pressed photographs on those who came off the buses, hoping for news.

The celebrations were overshadowed by one of the heaviest Russian air attacks of the war. Russia launched 298 drones and 69 missiles overnight into Sunday, Ukraine's air force said, killing at least 12 people in Kyiv, Zhytomyr, Khmelnytskyi and other regions. Zelensky called on Washington to respond to what he called Russia's "absolute disregard" for the peace efforts.

US President Donald Trump, who has pushed both sides to negotiate, congratulated them on the exchange, saying it "could lead to something big". Moscow has said it will present a memorandum setting out its conditions for a ceasefire, and Kyiv has said it is ready to meet again but wants to see the document first.
""",
        g(
            "detained",
            303,
            "ukraine",
            scope="event",
            as_of="2025-05-25",
            by="zelensky",
            pop="combatants",
            cue="Ukraine got back 303 servicemen on Sunday",
            note="prisoners of war returned in an exchange are counted as detained (people who were held)",
        ),
        g(
            "detained",
            303,
            "russia",
            scope="event",
            as_of="2025-05-25",
            by="russian defence ministry",
            pop="combatants",
            cue="303 Russian soldiers had also been returned",
        ),
        g("detained", 390, "ukraine", scope="event", as_of="2025-05-23", cue="390 Ukrainians were freed"),
        g(
            "detained",
            270,
            "ukraine",
            scope="event",
            as_of="2025-05-23",
            pop="combatants",
            cue="270 soldiers and 120 civilians",
        ),
        g(
            "detained",
            120,
            "ukraine",
            scope="event",
            as_of="2025-05-23",
            pop="civilians",
            cue="120 civilians",
            note="'Moscow said it had received the same numbers in return' has no number of its own: not annotated",
        ),
        g(
            "detained",
            307,
            "ukraine",
            scope="event",
            as_of="2025-05-24",
            pop="combatants",
            cue="on Saturday by 307 servicemen",
        ),
        g(
            "detained",
            8000,
            "ukraine",
            scope="total",
            as_of="2025-05-26",
            by="coordination headquarters for the treatment of prisoners of war",
            q="approx",
            cue="about 8,000 Ukrainian soldiers and civilians are still held in Russia",
        ),
        g(
            "projectiles",
            298,
            "russia",
            scope="event",
            as_of="2025-05-25",
            by="ukrainian air force",
            cue="Russia launched 298 drones",
        ),
        g(
            "projectiles",
            69,
            "russia",
            scope="event",
            as_of="2025-05-25",
            by="ukrainian air force",
            cue="298 drones and 69 missiles",
        ),
        g(
            "killed",
            12,
            "ukraine",
            scope="event",
            as_of="2025-05-25",
            by="ukrainian air force",
            q="lower",
            cue="killing at least 12 people",
            note="the clause hangs on 'Ukraine's air force said'",
        ),
    ),
    article(
        "u_ukraine_drone_record_brief",
        "2025-06-09",
        """
Russia launches record 479 drones at Ukraine overnight, air force says

KYIV, June 9, 2025 (Wire) - Russia attacked Ukraine overnight with 479 drones and decoys and 20 missiles of various types, the largest aerial attack of the war so far, Ukraine's air force said on Monday.

Air defences shot down or electronically suppressed 462 of the targets, the air force said on the Telegram messaging app, adding that the main thrust of the attack was aimed at central and western regions, far from the front line. One person was injured in the Rivne region, local officials said, and an industrial site was damaged.

Russia's defence ministry said its air defences had destroyed 49 Ukrainian drones over eight Russian regions and the Black Sea overnight. It also claimed that Ukrainian forces had lost up to 1,250 servicemen along the front in the past 24 hours, a figure that could not be verified.

In the north-east, Russian glide bombs and drones struck Kharkiv on Saturday, killing three people and wounding 21, regional governor Oleh Syniehubov said. It was the fourth heavy attack on Ukraine's second-largest city in a week.

The barrage came eight days after Ukraine's security service used small drones smuggled into Russia on trucks to strike four air bases deep inside the country, damaging long-range bombers that Moscow uses to launch cruise missiles. Russian President Vladimir Putin has promised a response.

Kyiv has repeatedly asked Western partners for more air defence systems, saying it needs at least 10 more Patriot batteries to protect its cities. German Chancellor Friedrich Merz said last week that Berlin was ready to fund the purchase of additional systems.

Direct talks between the two sides in Istanbul have so far produced only agreements on exchanging prisoners and the bodies of fallen soldiers.

The air force said the overnight wave combined Iranian-designed Shahed attack drones with cheaper decoys meant to exhaust Ukraine's air defences, a tactic Russia has used with growing intensity since the spring.
""",
        g(
            "projectiles",
            479,
            "russia",
            scope="event",
            as_of="2025-06-09",
            by="ukrainian air force",
            cue="479 drones and decoys",
            note="headline 'record 479 drones' is the same figure",
        ),
        g(
            "projectiles",
            20,
            "russia",
            scope="event",
            as_of="2025-06-09",
            by="ukrainian air force",
            cue="20 missiles of various types",
        ),
        g(
            "projectiles",
            462,
            "russia",
            scope="event",
            as_of="2025-06-09",
            by="ukrainian air force",
            cue="shot down or electronically suppressed 462 of the targets",
            note="projectiles intercepted: a count of projectiles fired by Russia (a subset of the 479+20)",
        ),
        g(
            "injured",
            1,
            "ukraine",
            scope="event",
            as_of="2025-06-09",
            by="local officials",
            cue="One person was injured in the Rivne region",
        ),
        g(
            "projectiles",
            49,
            "ukraine",
            scope="event",
            as_of="2025-06-09",
            by="russian defence ministry",
            cue="destroyed 49 Ukrainian drones",
            note="'lost up to 1,250 servicemen' is a losses figure that mixes dead and wounded -> skipped "
            "(FIGURES.md: a combined count is killed only if the text says killed); 'eight Russian regions' is not people",
        ),
        g(
            "killed",
            3,
            "ukraine",
            scope="event",
            as_of="2025-06-07",
            by="kharkiv governor",
            cue="killing three people and wounding 21",
        ),
        g(
            "injured",
            21,
            "ukraine",
            scope="event",
            as_of="2025-06-07",
            by="kharkiv governor",
            cue="wounding 21",
        ),
    ),
    article(
        "u_russia_belgorod_children",
        "2024-03-22",
        """
Belgorod starts moving children out as shelling and border raids intensify

22 March 2024

MOSCOW - The first buses carrying children from the Russian border city of Belgorod left for holiday camps hundreds of kilometres away on Friday, as the region's governor moved to get minors out of the city after more than a week of heavy Ukrainian shelling and cross-border raids.

About 1,200 children from Belgorod and the border districts of Shebekino and Grayvoron left on Friday for camps in the Penza, Kaluga and Voronezh regions, Governor Vyacheslav Gladkov said on Telegram. In all, some 9,000 children are to be evacuated, he said, adding that parents of children under the age of seven would be able to travel with them.

Two people were killed in Belgorod on Thursday when shells hit a residential district, Gladkov said. Schools and shopping centres in the city, which had a pre-war population of about 340,000, have been closed until at least Monday, and residents have been told to avoid large gatherings.

The city has come under repeated attack since the end of last year. On December 30, 2023, a strike on central Belgorod killed 25 people, including five children, and wounded more than 100 others, in the deadliest attack on Russian soil since the invasion began. Kyiv said it had targeted military facilities; Moscow said it was a deliberate attack on civilians and responded with a wave of missile strikes on Kharkiv.

Russia has also been fighting off incursions by armed units of Russian citizens fighting on Ukraine's side, who launched raids into the Belgorod and Kursk regions on March 12, days before the presidential election that returned Vladimir Putin for a fifth term. Russia's defence ministry said on Friday that more than 1,500 fighters from the groups had been killed since the raids began, along with dozens of tanks and armoured vehicles. The claim could not be independently verified.

The Freedom of Russia Legion, one of three groups involved, said on March 14 that it had captured 25 Russian soldiers near the village of Tyotkino, in the Kursk region, and published a video of the men being questioned. It offered to exchange them for meetings with the governors of the two regions, an offer that went unanswered.

In Belgorod, some residents have complained that the authorities were slow to respond. "For two years they told us everything was under control," said Natalya, 41, who was seeing off her 10-year-old son at the bus station. "Now they are sending our children away."

Russian state television has largely played down the raids, describing the attackers as "Ukrainian saboteurs" and showing footage of destroyed vehicles. Independent Russian media reported that at least three villages near the border had been almost completely evacuated by their residents.
""",
        g(
            "evacuated",
            1200,
            "russia",
            scope="event",
            as_of="2024-03-22",
            by="belgorod governor",
            pop="children",
            q="approx",
            cue="About 1,200 children from Belgorod",
        ),
        g(
            "evacuated",
            9000,
            "russia",
            scope="total",
            as_of="2024-03-22",
            by="belgorod governor",
            pop="children",
            q="approx",
            cue="some 9,000 children are to be evacuated",
            note="a planned total (people ordered out) -> evacuated, total; debatable",
        ),
        g(
            "killed",
            2,
            "russia",
            scope="event",
            as_of="2024-03-21",
            by="belgorod governor",
            cue="Two people were killed in Belgorod on Thursday",
            note="'pre-war population of about 340,000' is not a figure",
        ),
        g("killed", 25, "russia", scope="event", as_of="2023-12-30", cue="killed 25 people, including five children"),
        g("killed", 5, "russia", scope="event", as_of="2023-12-30", pop="children", cue="including five children"),
        g(
            "injured",
            100,
            "russia",
            scope="event",
            as_of="2023-12-30",
            q="lower",
            cue="wounded more than 100 others",
        ),
        g(
            "killed",
            1500,
            "ukraine",
            scope="total",
            as_of="2024-03-22",
            by="russian defence ministry",
            pop="combatants",
            q="lower",
            cue="more than 1,500 fighters from the groups had been killed",
            note="Russian citizens fighting for Ukraine: soldiers belong to the party they serve -> ukraine; "
            "'since the raids began' on raids still going on -> total; 'dozens of tanks' is not people",
        ),
        g(
            "detained",
            25,
            "russia",
            scope="event",
            as_of="2024-03-14",
            by="freedom of russia legion",
            pop="combatants",
            cue="captured 25 Russian soldiers",
            note="'at least three villages' evacuated counts villages, not people",
        ),
    ),
    article(
        "u_ukraine_1000_days",
        "2024-11-19",
        """
A thousand days of war: how Ukraine has changed, and what it has lost

Published 19 November 2024

KYIV - On the morning of the 1,000th day of Russia's full-scale invasion, the air raid sirens in Kyiv sounded at 6.40am, as they have on most mornings since February 2022. Commuters on the Metro's red line barely looked up from their phones.

The war that many in the West expected to last days has become a grinding conflict of attrition. Russian forces hold about a fifth of Ukraine's territory and are advancing slowly in the east, taking villages around Pokrovsk and Kurakhove at the cost of heavy casualties. Ukraine, meanwhile, holds several hundred square kilometres of Russia's Kursk region, seized in a surprise offensive in August.

The human cost is harder to measure than the lines on the map. The UN human rights monitoring mission in Ukraine, which counts only the cases it has verified, says at least 12,164 civilians have been killed since the invasion began, including 659 children, and more than 26,000 injured. Its monitors acknowledge that the true figures are "considerably higher", not least because they have little access to occupied areas such as Mariupol, where the toll of the 2022 siege is still unknown.

Some of the dates have become part of the national calendar. On April 8, 2022, a Russian missile carrying cluster munitions struck the railway station in Kramatorsk, where crowds were waiting for evacuation trains, killing 61 people. On July 29 of that year, an explosion at a prison camp in Olenivka, in Russian-occupied Donetsk, killed about 50 Ukrainian prisoners of war, many of them defenders of the Azovstal steelworks. Russia blamed a Ukrainian rocket; a UN fact-finding mission said it was not caused by one.

On January 14, 2023, a Russian Kh-22 missile hit a nine-storey apartment block in Dnipro, bringing down an entire section of the building on a Saturday afternoon. And on July 8 this year, a missile struck the Okhmatdyt children's hospital in Kyiv during a wave of strikes that killed 33 people in the capital, as surgeons carried patients out of the rubble.

The war has also reshaped where Ukrainians live. Some 6.7 million are registered as refugees abroad, most of them in the European Union, and about 3.7 million remain displaced inside the country, according to UN agencies. Before the war, Ukraine had a population of about 41 million; demographers now put the number living in government-controlled territory at around 31 million, and the birth rate has fallen to one of the lowest in the world.

Many of those who left are women and children. Families split by the war - husbands and fathers of fighting age are barred from leaving the country - have spent almost three years apart. A survey by the Razumkov Centre in October found that 54 percent of refugees surveyed intended to return "when it is safe", down from 74 percent a year earlier.

Ukraine does not publish its military losses. On February 25, President Volodymyr Zelensky said 31,000 Ukrainian soldiers had been killed, a figure widely seen as an understatement; he has not updated it since. On the Russian side, the independent outlet Mediazona, working with the BBC's Russian service, has confirmed the names of more than 78,000 Russian soldiers killed, using obituaries, social media posts and local news reports. Ukraine's general staff puts Russian personnel losses at more than 720,000, a figure that includes the wounded.

The arrival of some 11,000 North Korean troops in the Kursk region has added a new dimension to the conflict, as has US President Joe Biden's decision, confirmed this week, to allow Ukraine to strike targets inside Russia with ATACMS missiles that have a range of up to 300km.

The economy has proved more resilient than many expected. After shrinking by almost 30 percent in 2022, it grew by 5.3 percent last year, helped by a sea corridor that has allowed grain ships to leave Odesa despite Russia's Black Sea fleet. But power cuts have become routine: Russian strikes have destroyed or damaged about half of Ukraine's generating capacity, and Kyiv residents have learned to plan their days around schedules of four-hour blackouts published by the grid operator on Telegram. Defence spending now swallows more than a quarter of GDP, and the budget depends on Western loans and grants, including a $50 billion package backed by frozen Russian assets.

Looming over everything is the return of Donald Trump to the White House in January. Trump has said he could end the war "in 24 hours", without explaining how. In Kyiv, officials fear pressure to accept a ceasefire along the current front line, leaving a fifth of the country under occupation.

At a small cafe near Maidan Nezalezhnosti, Kyiv's Independence Square, 27-year-old Olha, whose husband serves with the 47th Mechanised Brigade near Pokrovsk, said she had stopped thinking about the end of the war. "I think in weeks," she said. "The next rotation, the next phone call. A thousand days is too big a number."

Volunteers have planted small blue and yellow flags in the square's memorial, one for each fallen soldier whose family asked for one. There are now so many that on windy days the sound of the fabric is the loudest thing in the square.
""",
        g(
            "killed",
            12164,
            "ukraine",
            scope="total",
            as_of="2024-11-19",
            by="un human rights monitoring mission",
            pop="civilians",
            q="lower",
            cue="at least 12,164 civilians have been killed",
        ),
        g(
            "killed",
            659,
            "ukraine",
            scope="total",
            as_of="2024-11-19",
            by="un human rights monitoring mission",
            pop="children",
            cue="including 659 children",
        ),
        g(
            "injured",
            26000,
            "ukraine",
            scope="total",
            as_of="2024-11-19",
            by="un human rights monitoring mission",
            pop="civilians",
            q="lower",
            cue="more than 26,000 injured",
        ),
        g(
            "killed",
            61,
            "ukraine",
            scope="event",
            as_of="2022-04-08",
            cue="killing 61 people",
            note="'crowds' waiting for trains: no number",
        ),
        g(
            "killed",
            50,
            "ukraine",
            scope="event",
            as_of="2022-07-29",
            pop="combatants",
            q="approx",
            cue="killed about 50 Ukrainian prisoners of war",
            note="'On July 29 of that year' -> 2022-07-29; prisoners of war are soldiers -> combatants",
        ),
        g("killed", 33, "ukraine", scope="event", as_of="2024-07-08", cue="killed 33 people in the capital"),
        g(
            "displaced",
            6700000,
            "ukraine",
            scope="total",
            as_of="2024-11-19",
            by="un agencies",
            q="approx",
            cue="Some 6.7 million are registered as refugees abroad",
        ),
        g(
            "displaced",
            3700000,
            "ukraine",
            scope="total",
            as_of="2024-11-19",
            by="un agencies",
            q="approx",
            cue="about 3.7 million remain displaced inside the country",
            note="populations of 41 million / 31 million are not figures",
        ),
        g(
            "killed",
            31000,
            "ukraine",
            scope="total",
            as_of="2024-02-25",
            by="zelensky",
            pop="combatants",
            cue="31,000 Ukrainian soldiers had been killed",
        ),
        g(
            "killed",
            78000,
            "russia",
            scope="total",
            as_of="2024-11-19",
            by="mediazona",
            pop="combatants",
            q="lower",
            cue="more than 78,000 Russian soldiers killed",
            note="Mediazona with the BBC's Russian service -> 'mediazona' (first named); 'personnel losses at more "
            "than 720,000, a figure that includes the wounded' mixes dead and wounded -> skipped; '11,000 North "
            "Korean troops' is a deployment, not a casualty figure",
        ),
    ),
    article(
        "u_myanmar_rohingya_crossings",
        "2024-08-13",
        """
Rohingya flee across Naf river as fighting engulfs Maungdaw

Dhaka, August 13, 2024

Rohingya Muslims have been crossing into Bangladesh in growing numbers over the past fortnight to escape fighting between Myanmar's military and the Arakan Army in the western township of Maungdaw, Bangladeshi officials and aid workers said on Tuesday, despite Dhaka's insistence that its border remains closed.

Officials in Cox's Bazar district said about 8,000 Rohingya had entered the country since early August, most of them by boat across the Naf river at night. Border guards have pushed back dozens of boats, they said, but many people were getting through with the help of smugglers who charge up to 100,000 taka (about $850) a head.

Among the new arrivals are survivors of a drone and artillery attack on August 5 on families who had gathered on the Myanmar side of the river, waiting for boats. Survivors quoted by rights groups said the attack killed as many as 200 people, and videos verified by news organisations showed bodies piled on the riverbank. Reuters was unable to establish who carried out the attack; the Arakan Army and the military blamed each other.

The medical charity Medecins Sans Frontieres said its teams in Cox's Bazar had treated 39 Rohingya for violence-related injuries since August 5, including gunshot and mortar wounds, and that more than 40 percent of them were women and children.

On August 6, a boat carrying about 50 people capsized in the Naf near Shah Porir Dwip. Bangladeshi police said 12 bodies had been recovered, and that dozens more were missing.

Bangladesh already hosts about a million Rohingya refugees in crowded camps around Cox's Bazar, most of whom fled a military crackdown in 2017 that UN investigators said was carried out with "genocidal intent". Interim leader Muhammad Yunus, who took office last week after the resignation of Sheikh Hasina, has said the country cannot take in more, while calling on the international community to pressure both sides in Myanmar to protect civilians.

The Arakan Army, one of the most powerful of the ethnic armed groups that have seized territory from the military since an alliance offensive began last October, says it now controls most of northern Rakhine state. In a statement on Monday, it said it had taken more than 200 junta soldiers prisoner since the battle for Maungdaw began in June, and denied accusations that its fighters had burned Rohingya villages.

The military, for its part, has forcibly conscripted Rohingya men in Rakhine to fight against the Arakan Army, according to rights groups, even though most Rohingya are denied citizenship in Myanmar.

"We are caught between two armies, and neither wants us," said Mohammad Salim, 35, a farmer from Maungdaw who reached the camps last week with his wife and three children after two failed attempts. "We paid everything we had to cross."
""",
        g(
            "displaced",
            8000,
            "myanmar",
            scope="total",
            as_of="2024-08-13",
            by="bangladeshi officials",
            q="approx",
            cue="about 8,000 Rohingya had entered the country",
            note="Rohingya are people of Myanmar -> side myanmar; 'since early August' on a continuing exodus -> "
            "total; 'dozens of boats' counts boats, not people; '100,000 taka' is money",
        ),
        g(
            "killed",
            200,
            "myanmar",
            scope="event",
            as_of="2024-08-05",
            by="rights groups",
            q="upper",
            cue="the attack killed as many as 200 people",
            note="'as many as' read like 'up to' -> upper",
        ),
        g(
            "injured",
            39,
            "myanmar",
            scope="total",
            as_of="2024-08-13",
            by="medecins sans frontieres",
            cue="treated 39 Rohingya for violence-related injuries",
            note="'more than 40 percent of them were women and children' is a share, not a count",
        ),
        g(
            "killed",
            12,
            "myanmar",
            scope="event",
            as_of="2024-08-06",
            by="bangladeshi police",
            cue="12 bodies had been recovered",
            note="'a boat carrying about 50 people' is a passenger count, not a casualty figure",
        ),
        g(
            "missing",
            24,
            "myanmar",
            scope="event",
            as_of="2024-08-06",
            by="bangladeshi police",
            q="lower",
            cue="dozens more were missing",
        ),
        g(
            "displaced",
            1000000,
            "myanmar",
            scope="total",
            as_of="2024-08-13",
            q="approx",
            cue="hosts about a million Rohingya refugees",
        ),
        g(
            "detained",
            200,
            "myanmar",
            scope="total",
            as_of="2024-08-12",
            by="arakan army",
            pop="combatants",
            q="lower",
            cue="taken more than 200 junta soldiers prisoner",
            note="'In a statement on Monday' -> the toll is the one reported on Monday 12 Aug",
        ),
    ),
    article(
        "u_myanmar_truce_strikes",
        None,
        """
Myanmar junta keeps bombing despite earthquake truce, monitors say

BANGKOK - Myanmar's military has kept up air and artillery strikes on areas held by its opponents despite declaring a ceasefire to allow relief work after the devastating earthquake in the centre of the country, according to UN officials and independent monitors.

At least 68 civilians have been killed in strikes since the truce was announced, the UN human rights office said, citing information it had verified. The junta has said it is responding to attacks by "terrorist" groups and that the ceasefire does not oblige its forces to stand by while they are fired upon.

The deadliest single incident came when an air strike hit a school in a village in the Tabayin area of Sagaing region, where the earthquake also caused severe damage. Local resistance groups and teachers said 22 people were killed, 20 of them children aged between seven and 14, and about 100 people were wounded. The military denied carrying out the strike and said reports of the attack were "fake news".

The 7.7-magnitude earthquake, whose epicentre was near Mandalay, Myanmar's second city, killed more than 3,700 people, according to the military government, and destroyed or damaged tens of thousands of buildings, among them hospitals, monasteries and the bridges that link much of the country's centre. Aid workers say the real toll is likely to be higher in areas outside the junta's control, where officials have not been able to count.

Relief has been slow to reach many of those areas. Resistance groups accuse the military of blocking convoys at checkpoints, and of seizing supplies intended for villages under their control. The junta says all aid must be channelled through its own agencies.

The earthquake struck a country already devastated by four years of civil war. The Assistance Association for Political Prisoners, a monitoring group, says more than 6,500 people have been killed by the military since the 2021 coup, and over 22,000 remain in detention. The UN estimates that about 3.5 million people have been forced from their homes by the fighting.

In the north, the Kachin Independence Army, one of the country's oldest ethnic armed groups, said its fighters had killed about 30 junta soldiers in a battle near Bhamo, where it has besieged government positions for months. The group said it had abided by the truce except where attacked.

Diplomats in Bangkok say there is little sign that the disaster has softened the generals' position. The military has promised elections, which opponents describe as a sham designed to give a civilian face to continued military rule, and has extended its state of emergency several times since seizing power.

"The earthquake shook the ground, but not the junta's calculations," said a Western diplomat who follows Myanmar closely and spoke on condition of anonymity. "They see relief as another tool of control."
""",
        g(
            "killed",
            68,
            "myanmar",
            scope="total",
            as_of=None,
            by="un human rights office",
            pop="civilians",
            q="lower",
            cue="At least 68 civilians have been killed",
            note="undated article: no as_of for any figure",
        ),
        g(
            "killed",
            22,
            "myanmar",
            scope="event",
            as_of=None,
            by="local resistance groups and teachers",
            cue="22 people were killed, 20 of them children",
        ),
        g(
            "killed",
            20,
            "myanmar",
            scope="event",
            as_of=None,
            by="local resistance groups and teachers",
            pop="children",
            cue="20 of them children aged between seven and 14",
            note="'aged between seven and 14' is an age range, not a figure range",
        ),
        g(
            "injured",
            100,
            "myanmar",
            scope="event",
            as_of=None,
            by="local resistance groups and teachers",
            q="approx",
            cue="about 100 people were wounded",
        ),
        g(
            "killed",
            3700,
            "myanmar",
            scope="event",
            as_of=None,
            by="military government",
            q="lower",
            cue="killed more than 3,700 people",
            note="an earthquake toll is still a count of people killed; one disaster -> event; debatable",
        ),
        g(
            "killed",
            6500,
            "myanmar",
            scope="total",
            as_of=None,
            by="assistance association for political prisoners",
            q="lower",
            cue="more than 6,500 people have been killed by the military",
        ),
        g(
            "detained",
            22000,
            "myanmar",
            scope="total",
            as_of=None,
            by="assistance association for political prisoners",
            q="lower",
            cue="over 22,000 remain in detention",
        ),
        g(
            "displaced",
            3500000,
            "myanmar",
            scope="total",
            as_of=None,
            by="un",
            q="approx",
            cue="about 3.5 million people have been forced from their homes",
        ),
        g(
            "killed",
            30,
            "myanmar",
            scope="event",
            as_of=None,
            by="kachin independence army",
            pop="combatants",
            q="approx",
            cue="killed about 30 junta soldiers",
        ),
    ),
]
