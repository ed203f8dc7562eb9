"""Set T, Africa and the Americas: Sudan (2), DR Congo, Ethiopia, Somalia, Haiti."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import DRC, article, g
except ImportError:  # pragma: no cover
    from article_cases import DRC, article, g

ARTICLES = [
    article(
        "t_sudan_el_fasher_hospital",
        "2025-10-29",
        """
        WHO says more than 460 killed at El Fasher hospital as RSF tightens grip on city

        By Reuters
        October 29, 2025

        GENEVA/CAIRO, Oct 29 (Reuters) - More than 460 patients and their companions were killed at the Saudi
        Maternity Hospital in El Fasher on Tuesday, the World Health Organization said on Wednesday, citing reports
        it had received, as accounts of mass killings emerged from the Sudanese city after its capture by the
        paramilitary Rapid Support Forces.

        WHO Director-General Tedros Adhanom Ghebreyesus said six health workers, including doctors and a nurse, had
        been abducted from the hospital on Sunday. "WHO is appalled and deeply shocked," he wrote on X.

        The RSF, which has been fighting Sudan's army since April 2023, said on Sunday it had taken control of El
        Fasher, the army's last stronghold in the western Darfur region, after an 18-month siege. It said its forces
        had killed hundreds of army soldiers and allied fighters in the final assault.

        Army chief Abdel Fattah al-Burhan acknowledged on Monday that his troops had withdrawn from the city "to a
        safer place" and vowed to retake it.

        The Sudan Doctors Network, a medical group that tracks the war, said the RSF had killed at least 1,500
        people as civilians tried to flee the city over the past three days, calling it "a true genocide."

        Witnesses who reached the town of Tawila, about 60 km (37 miles) to the west, told Reuters that RSF fighters
        had separated men from women at checkpoints outside the city and detained hundreds of men, some of whom were
        later shot. Reuters could not independently verify their accounts.

        The International Organization for Migration said more than 26,000 people had fled El Fasher since Sunday,
        most of them on foot. An estimated 177,000 civilians remained in the city, it said, with little food or
        water and no functioning hospital.

        Satellite images analysed by Yale University's Humanitarian Research Lab showed what it said were clusters
        of objects consistent with human bodies near the city's earthen berms, as well as discoloured ground.

        RSF leader Mohamed Hamdan Dagalo acknowledged "violations" by his forces in a televised speech and said the
        group had arrested several fighters and set up a committee to investigate.

        The United Nations Security Council was due to meet on Thursday to discuss the situation. Britain, which
        holds the council's Sudan file, called the reports "deeply disturbing."

        The war has killed tens of thousands of people, uprooted about 12 million and triggered famine in parts of
        Darfur and Kordofan, according to UN agencies. Efforts by the United States, Saudi Arabia, Egypt and the
        United Arab Emirates to broker a three-month humanitarian truce have so far failed.

        (Reporting by Reuters staff; Editing by the Africa desk)
        """,
        g(
            "killed",
            460,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-10-28",
            by="who",
            cue="More than 460 patients and their companions were killed",
            note="'WHO ..., citing reports it had received': no original source is named -> who; headline repeats it",
        ),
        g(
            "hostages",
            6,
            "sudan",
            pop="medics",
            scope="event",
            as_of="2025-10-26",
            by="who",
            cue="six health workers, including doctors and a nurse, had been abducted",
        ),
        g(
            "killed",
            200,
            "sudan",
            pop="combatants",
            q="lower",
            scope="event",
            as_of="2025-10-26",
            by="rsf",
            cue="killed hundreds of army soldiers and allied fighters",
        ),
        g(
            "killed",
            1500,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-10-29",
            by="sudan doctors network",
            cue="killed at least 1,500 people",
            note="window 'over the past three days' -> event, article date",
        ),
        g(
            "detained",
            200,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-10-29",
            by="witnesses",
            cue="detained hundreds of men",
            note="no day given -> article date",
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
            note="a few days' flight ('since Sunday') -> event; '177,000 civilians remained' is not a figure",
        ),
        g(
            "killed",
            20000,
            "sudan",
            q="lower",
            scope="total",
            as_of="2025-10-29",
            by="un agencies",
            cue="The war has killed tens of thousands of people",
        ),
        g(
            "displaced",
            12000000,
            "sudan",
            q="approx",
            scope="total",
            as_of="2025-10-29",
            by="un agencies",
            cue="uprooted about 12 million",
        ),
    ),
    article(
        "t_sudan_zamzam_bulletin_markdown",
        "2025-04-15",
        """
        # Sudan Crisis Bulletin: Zamzam camp overrun

        Issue 47 | 15 April 2025

        A weekly digest of reporting from humanitarian agencies, local monitors and our own correspondents.

        ## Top line

        The paramilitary Rapid Support Forces (RSF) seized Zamzam, Sudan's largest camp for displaced people, after
        a three-day assault that began on Friday. Zamzam, about 15 km south of El Fasher, had sheltered an estimated
        500,000 people, many of whom arrived during earlier waves of fighting in Darfur.

        The RSF said it had "secured" the camp, which it described as a base for army-allied fighters, and released
        videos of its troops driving through deserted streets. Aid agencies say the camp had been under famine
        conditions since last August.

        ## What happened

        - The UN's resident coordinator for Sudan said on Monday that **more than 400 people** had been killed in
          the attacks on Zamzam, nearby Abu Shouk camp and El Fasher since Friday, citing "initial reports".
        - Relief International said nine of its staff were killed when fighters stormed the last functioning health
          post in the camp on Friday, among them doctors and a driver.
        - UNICEF said at least 23 children were among those killed in Zamzam.
        - Doctors at Médecins Sans Frontières' hospital in Tawila said they had received 198 wounded people since
          Saturday, most with gunshot wounds, and that many more were unable to make the journey.
        - The army said the RSF fired more than 50 artillery shells into El Fasher on Sunday alone, hitting the
          city's main market and a mosque.

        ## Where people went

        The International Organization for Migration estimates that between 280,000 and 400,000 people fled Zamzam
        between Friday and Monday, most of them walking some 60 km west to Tawila, which was already crowded with
        families displaced by earlier attacks. Others headed north into El Fasher itself, which the RSF has besieged
        for almost a year.

        "We walked for two days with no water. Some of the old people could not continue and we had to leave them by
        the road," a woman who reached Tawila told our correspondent by satellite phone.

        Aid groups in Tawila are handing out water, high-energy biscuits and plastic sheeting, but say supplies will
        run out within days without new convoys.

        ## The bigger picture

        | Indicator | Latest figure | Source |
        |---|---|---|
        | People displaced inside Sudan and abroad | more than 12.9 million | IOM, UNHCR |
        | Estimated deaths since April 2023 | up to 150,000 | former US envoy |
        | People facing famine conditions | 638,000 | IPC |

        ## Coming up

        A donor conference in London on Tuesday marks two years since the war began. Neither the army nor the RSF
        has been invited.
        """,
        g(
            "displaced",
            500000,
            "sudan",
            q="approx",
            scope="total",
            as_of="2025-04-15",
            cue="had sheltered an estimated 500,000 people",
            note="people sheltering in a displacement camp -> displaced; a standing count -> total",
        ),
        g(
            "killed",
            400,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-04-14",
            by="un",
            cue="more than 400 people** had been killed",
            note="a multi-day assault; as_of = the day the UN reported it ('on Monday')",
        ),
        g(
            "killed",
            9,
            "sudan",
            pop="aid_workers",
            scope="event",
            as_of="2025-04-11",
            by="relief international",
            cue="nine of its staff were killed",
            note="an aid group's staff, though some were doctors",
        ),
        g(
            "killed",
            23,
            "sudan",
            pop="children",
            q="lower",
            scope="event",
            as_of="2025-04-15",
            by="unicef",
            cue="at least 23 children were among those killed",
        ),
        g(
            "injured",
            198,
            "sudan",
            scope="event",
            as_of="2025-04-15",
            by="msf",
            cue="received 198 wounded people since Saturday",
        ),
        g(
            "projectiles",
            50,
            "sudan",
            q="lower",
            scope="event",
            as_of="2025-04-13",
            by="sudanese army",
            cue="more than 50 artillery shells",
            note="fired by the RSF -> sudan",
        ),
        g(
            "displaced",
            280000,
            "sudan",
            q="range",
            high=400000,
            scope="event",
            as_of="2025-04-15",
            by="iom",
            cue="between 280,000 and 400,000 people fled Zamzam",
        ),
        g(
            "displaced",
            12900000,
            "sudan",
            q="lower",
            scope="total",
            as_of="2025-04-15",
            by="iom and unhcr",
            cue="more than 12.9 million",
            note="table row; refugees abroad count as displaced",
        ),
        g(
            "killed",
            150000,
            "sudan",
            q="upper",
            scope="total",
            as_of="2025-04-15",
            by="former us envoy",
            cue="up to 150,000",
            note="'638,000' facing famine is not a figure",
        ),
    ),
    article(
        "t_drc_goma_bodies",
        "2025-02-04",
        """
        Some 2,900 killed in Goma fighting, UN says, as M23 pushes south

        Kinshasa (AFP) – Published 4 February 2025

        About 2,900 bodies have been recovered from the streets of Goma since the Rwanda-backed M23 armed group
        seized the eastern Democratic Republic of Congo's largest city last week, the United Nations said Tuesday,
        most of them already buried.

        "The toll is likely to rise," said Vivian van de Perre, deputy head of the UN peacekeeping mission MONUSCO,
        adding that bodies were still being collected from the outskirts of the city and from the lake shore.

        The M23, which has declared a unilateral ceasefire for what it called humanitarian reasons, has said it has
        no intention of capturing Bukavu, the capital of neighbouring South Kivu province. But fighting was reported
        on Tuesday around Nyabibwe, about 100 kilometres from Bukavu.

        On Monday, Prime Minister Judith Suminwa told the UN Human Rights Council in Geneva that more than 7,000
        people had been killed since January.

        The World Health Organization said hospitals in Goma had treated more than 2,800 wounded people during last
        week's fighting for the city, and warned of the risk of cholera and mpox spreading as water and power
        supplies were cut.

        The International Committee of the Red Cross said more than 1,000 people had been reported missing to its
        teams in Goma since the start of the year, many of them children separated from their parents as families
        fled.

        UNHCR, the UN refugee agency, said more than 500,000 people had been displaced in North and South Kivu since
        the start of the year, adding to the 6.5 million already displaced across the country.

        Fourteen South African soldiers serving in a regional force and the UN mission have been killed in the
        fighting since January, Pretoria says. Malawi has said three of its soldiers were killed.

        The M23 says it is holding about 1,200 government soldiers who surrendered in Goma at a stadium in the city
        and has paraded some of them before cameras.

        During the fall of the city, more than 4,000 inmates escaped from Goma's Munzenze prison, and the UN said
        many women held there were raped before a fire swept through the building.

        Kinshasa, the UN and Western countries accuse Rwanda of deploying 3,000 to 4,000 troops alongside the M23
        and of seeking to control the region's mineral wealth. Kigali denies backing the group but says it faces a
        threat from a Hutu militia founded by perpetrators of the 1994 genocide.

        Regional leaders from the East African Community and the Southern African Development Community are due to
        hold a joint summit in Tanzania on Saturday to seek a way out of the crisis.
        """,
        g(
            "killed",
            2900,
            DRC,
            q="approx",
            scope="event",
            as_of="2025-02-04",
            by="un",
            cue="About 2,900 bodies have been recovered",
            note="the battle for Goma, no day given -> event, article date; headline repeats it",
        ),
        g(
            "killed",
            7000,
            DRC,
            q="lower",
            scope="total",
            as_of="2025-02-03",
            by="drc prime minister",
            cue="more than 7,000 people had been killed since January",
        ),
        g(
            "injured",
            2800,
            DRC,
            q="lower",
            scope="event",
            as_of="2025-02-04",
            by="who",
            cue="more than 2,800 wounded people",
        ),
        g(
            "missing",
            1000,
            DRC,
            q="lower",
            scope="total",
            as_of="2025-02-04",
            by="icrc",
            cue="more than 1,000 people had been reported missing",
        ),
        g(
            "displaced",
            500000,
            DRC,
            q="lower",
            scope="total",
            as_of="2025-02-04",
            by="unhcr",
            cue="more than 500,000 people had been displaced",
        ),
        g(
            "displaced",
            6500000,
            DRC,
            scope="total",
            as_of="2025-02-04",
            by="unhcr",
            cue="the 6.5 million already displaced",
        ),
        g(
            "killed",
            14,
            "south-africa",
            pop="combatants",
            scope="total",
            as_of="2025-02-04",
            by="south africa",
            cue="Fourteen South African soldiers",
            note="soldiers belong to the party they serve",
        ),
        g(
            "killed",
            3,
            "malawi",
            pop="combatants",
            scope="total",
            as_of="2025-02-04",
            by="malawi",
            cue="three of its soldiers were killed",
        ),
        g(
            "detained",
            1200,
            DRC,
            pop="combatants",
            q="approx",
            scope="total",
            as_of="2025-02-04",
            by="m23",
            cue="holding about 1,200 government soldiers",
            note="'4,000 inmates escaped' and '3,000 to 4,000 troops' deployed are not figures",
        ),
    ),
    article(
        "t_ethiopia_amhara_health_workers",
        None,
        """
        'We count the dead by the shoes they leave': Amhara's health workers on a war the world has forgotten

        For almost two years, fighting between Fano militias and federal forces has gripped Ethiopia's second most
        populous region. Drone strikes, blockades and mass arrests have left clinics empty and hospitals
        overwhelmed.

        The drone came at around 11 in the morning, when the weekly market was at its busiest. Traders from a dozen
        villages had laid out onions, coffee and goats along the main road of the small town in West Gojjam zone.

        The strike killed between 30 and 40 people, according to two health workers at the town's hospital, and up
        to 50 wounded were brought in over the following hours, many with shrapnel wounds to the head and chest.
        Neither would give their name, fearing arrest.

        "We had two surgeons and one working theatre," said one of them, a nurse who has worked at the hospital for
        nine years. "We count the dead by the shoes they leave on the road. Families came for days asking about
        people we could not identify."

        The government, which declared a state of emergency in the region nearly two years ago, says it targets only
        armed "extremists" and denies attacking civilians. A Fano commander reached by phone said his fighters had
        killed hundreds of government soldiers in the past month in the Gojjam and Wollo zones, a claim that could
        not be verified.

        For health workers, the conflict has been devastating. Physicians for Human Rights says at least 16 health
        workers have been killed in Amhara since the conflict began, and dozens of health facilities have been
        damaged or looted. Ambulances have been commandeered by both sides, and medical supplies are routinely held
        at checkpoints.

        In Addis Ababa, thousands of ethnic Amhara were detained during the state of emergency, according to rights
        groups, many of them held for months in makeshift camps without charge. Some have since been released;
        others have not been heard from.

        The UN humanitarian office, OCHA, estimates that more than 700,000 people are displaced within Amhara, many
        of them living with relatives or in schools that no longer function as schools. Nearly four million children
        in the region are out of school, the UN children's agency says.

        The conflict erupted months after the end of the two-year war in neighbouring Tigray, in which Amhara
        militias fought alongside the federal army. That war, ended by a peace deal signed in Pretoria, killed an
        estimated 600,000 people, according to the African Union's former envoy for the Horn of Africa, Olusegun
        Obasanjo. Close to a million people remain displaced in Tigray.

        Fano, a loose network of militias without a single command, began fighting the federal government after it
        moved to dissolve regional special forces. Talks brokered by religious leaders have so far gone nowhere.

        "Everyone asks us who is winning," the nurse said. "Nobody is winning. We are just burying people."
        """,
        g(
            "killed",
            30,
            "ethiopia",
            q="range",
            high=40,
            scope="event",
            as_of=None,
            by="health workers",
            cue="killed between 30 and 40 people",
            note="'two health workers' is the attribution, not a figure",
        ),
        g(
            "injured",
            50,
            "ethiopia",
            q="upper",
            scope="event",
            as_of=None,
            by="health workers",
            cue="up to 50 wounded were brought in",
        ),
        g(
            "killed",
            200,
            "ethiopia",
            pop="combatants",
            q="lower",
            scope="event",
            as_of=None,
            by="fano commander",
            cue="killed hundreds of government soldiers",
            note="a one-month window -> event",
        ),
        g(
            "killed",
            16,
            "ethiopia",
            pop="medics",
            q="lower",
            scope="total",
            as_of=None,
            by="physicians for human rights",
            cue="at least 16 health workers have been killed",
        ),
        g(
            "detained",
            2000,
            "ethiopia",
            q="lower",
            scope="total",
            as_of=None,
            by="rights groups",
            cue="thousands of ethnic Amhara were detained",
        ),
        g(
            "displaced",
            700000,
            "ethiopia",
            q="lower",
            scope="total",
            as_of=None,
            by="ocha",
            cue="more than 700,000 people are displaced within Amhara",
            note="'four million children ... out of school' is not a figure",
        ),
        g(
            "killed",
            600000,
            "ethiopia",
            q="approx",
            scope="total",
            as_of=None,
            by="african union envoy",
            cue="killed an estimated 600,000 people",
            note="Tigray is part of Ethiopia -> ethiopia",
        ),
        g(
            "displaced",
            1000000,
            "ethiopia",
            q="upper",
            scope="total",
            as_of=None,
            cue="Close to a million people remain displaced in Tigray",
        ),
    ),
    article(
        "t_haiti_cite_soleil_massacre_html",
        "2024-12-09",
        """
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>At least 184 killed in Cité Soleil massacre, UN says | Haiti Today</title>
        </head>
        <body>
        <div id="top-bar">Port-au-Prince 31°C | Exchange rate: 131.2 gourdes to the dollar</div>
        <nav>
        <a href="/">Home</a> | <a href="/news">News</a> | <a href="/politics">Politics</a> | <a
        href="/diaspora">Diaspora</a> | <a href="/opinion">Opinion</a> | <a href="/kreyol">Kreyòl</a>
        </nav>
        <div class="story">
        <h1>At least 184 killed in Cité Soleil massacre, UN says</h1>
        <p class="dateline">PORT-AU-PRINCE — <time datetime="2024-12-09">Monday, December 9, 2024</time></p>
        <p>At least 184 people were killed in a massacre in the Wharf Jérémie area of Cité Soleil, the United
        Nations said on Monday, in killings that human rights groups say were ordered by a gang leader who blamed
        elderly residents for his child's illness.</p>
        <p>The National Human Rights Defense Network said gang members went from house to house, dragging out older
        men and women accused of practising voodoo, and that bodies were mutilated and burned in the street to hide
        the evidence.</p>
        <p>"The gang leader believed they had cursed his son. Nobody was allowed to leave," said a resident who
        escaped by boat and asked not to be named.</p>
        <p>UN Secretary-General António Guterres condemned the killings and called on Haitian authorities to bring
        those responsible to justice. The government said it would use "all necessary means" to find the
        perpetrators.</p>
        <p>The massacre brings to more than 5,350 the number of people killed in gang violence in Haiti this year,
        UN human rights office figures show. Another 2,155 have been injured, and at least 1,494 people have been
        kidnapped for ransom, according to the same figures.</p>
        <p>Police said they killed 28 gang members in an operation on Sunday in the Delmas area of the capital, with
        support from Kenyan officers of the UN-backed Multinational Security Support mission, which has about 400
        personnel in the country.</p>
        <p>The violence has forced more than 700,000 people from their homes, according to the International
        Organization for Migration. UNICEF says about 365,000 of them are children, many living in overcrowded
        schools and public buildings.</p>
        <p>Gangs now control about 85 percent of Port-au-Prince and have expanded into the once-peaceful Artibonite
        region, the country's breadbasket.</p>
        <p>The transitional presidential council, which took power in April, has struggled to restore order. Its
        members have feuded over the choice of prime minister, and elections promised for 2026 look increasingly
        unlikely.</p>
        </div>
        <div class="related">
        <h3>Read more</h3>
        <ul>
        <li><a href="/news/airport-closure">Airport reopens after 3 weeks</a></li>
        <li><a href="/news/fuel-prices">Fuel prices rise 12%</a></li>
        <li><a href="/sports/football">Grenadiers beat Saint Kitts 3-1</a></li>
        </ul>
        </div>
        <footer>
        <p>Haiti Today · 42 Rue Capois, Port-au-Prince · WhatsApp +509 3700 0000</p>
        <p>Subscribe for $4.99 a month | Advertise | Careers</p>
        <p>&copy; 2024 Haiti Today Media Group</p>
        </footer>
        </body>
        </html>
        """,
        g(
            "killed",
            184,
            "haiti",
            q="lower",
            scope="event",
            as_of="2024-12-09",
            by="un",
            cue="At least 184 people were killed in a massacre",
            note="the text names no day for the killings -> article date; headline repeats it",
        ),
        g(
            "killed",
            5350,
            "haiti",
            q="lower",
            scope="total",
            as_of="2024-12-09",
            by="un human rights office",
            cue="more than 5,350 the number of people killed",
        ),
        g(
            "injured",
            2155,
            "haiti",
            scope="total",
            as_of="2024-12-09",
            by="un human rights office",
            cue="Another 2,155 have been injured",
        ),
        g(
            "hostages",
            1494,
            "haiti",
            q="lower",
            scope="total",
            as_of="2024-12-09",
            by="un human rights office",
            cue="at least 1,494 people have been kidnapped",
            note="kidnapped = abducted -> hostages",
        ),
        g(
            "killed",
            28,
            "haiti",
            pop="combatants",
            scope="event",
            as_of="2024-12-08",
            by="haitian police",
            cue="killed 28 gang members",
            note="gang members = members of armed groups -> combatants",
        ),
        g(
            "displaced",
            700000,
            "haiti",
            q="lower",
            scope="total",
            as_of="2024-12-09",
            by="iom",
            cue="forced more than 700,000 people from their homes",
        ),
        g(
            "displaced",
            365000,
            "haiti",
            pop="children",
            q="approx",
            scope="total",
            as_of="2024-12-09",
            by="unicef",
            cue="about 365,000 of them are children",
            note="'about 400 personnel' is a deployment, not a figure",
        ),
    ),
    article(
        "t_somalia_lido_beach_attack",
        "2024-08-03",
        """
        Al-Shabaab attack on Mogadishu beach kills at least 32

        Published 3 August 2024

        Mogadishu (AFP) - At least 32 people were killed and 63 wounded when al-Shabaab militants stormed a popular
        beachfront restaurant in Mogadishu on Friday evening, a police spokesman said on Saturday.

        Police spokesman Abdifatah Aden Hassan said five attackers took part in the assault on Lido beach, which
        began with a suicide bombing at around 10:30 pm (1930 GMT). Three of the attackers were shot dead by
        security forces, a fourth blew himself up and a fifth was captured alive.

        "The beach was full of families, it was a Friday night," said Hodan Ali, 29, who was at the restaurant with
        friends. "People were jumping into the sea to escape the bullets."

        Doctors at Mogadishu's Madina and Erdogan hospitals said they were treating the wounded, among them at least
        11 children, several of them in critical condition. Ambulances ferried casualties through the night, and the
        government appealed for blood donations.

        Al-Shabaab, which is linked to Al-Qaeda, claimed responsibility in a statement on its Andalus radio station,
        saying it had targeted "government officials and apostates".

        Police said on Saturday they had arrested seven suspects in connection with the attack.

        The group has been fighting to topple Somalia's internationally backed federal government for more than 17
        years. On Wednesday, it said its fighters had killed dozens of Somali soldiers in an attack on a military
        base in the Middle Shabelle region, a claim the army dismissed as propaganda.

        Lido beach, lined with hotels and restaurants, is one of the few places in the capital where residents go to
        relax, and it has been attacked before. On June 9, 2023, six people were killed in a siege at the Pearl
        Beach hotel nearby.

        Despite a major offensive launched by President Hassan Sheikh Mohamud two years ago with the support of clan
        militias and around 10,000 African Union troops, the group still controls swathes of the countryside and
        regularly carries out attacks in the capital.

        The deadliest, a truck bombing at the busy Zobe junction on October 14, 2017, killed more than 500 people.

        The UN refugee agency says close to 3.9 million Somalis are displaced within the country by conflict,
        drought and floods.
        """,
        g(
            "killed",
            32,
            "somalia",
            q="lower",
            scope="event",
            as_of="2024-08-02",
            by="police",
            cue="At least 32 people were killed and 63 wounded",
            note="headline repeats it",
        ),
        g("injured", 63, "somalia", scope="event", as_of="2024-08-02", by="police", cue="and 63 wounded"),
        g(
            "killed",
            3,
            "somalia",
            pop="combatants",
            scope="event",
            as_of="2024-08-02",
            by="police",
            cue="Three of the attackers were shot dead",
            note="'five attackers' took part (not a casualty count); 'a fourth', 'a fifth' are single persons",
        ),
        g(
            "injured",
            11,
            "somalia",
            pop="children",
            q="lower",
            scope="event",
            as_of="2024-08-02",
            by="doctors",
            cue="among them at least 11 children",
        ),
        g("detained", 7, "somalia", scope="event", as_of="2024-08-03", by="police", cue="arrested seven suspects"),
        g(
            "killed",
            24,
            "somalia",
            pop="combatants",
            q="lower",
            scope="event",
            as_of="2024-07-31",
            by="al-shabaab",
            cue="killed dozens of Somali soldiers",
            note="'On Wednesday' counted back from Saturday 3 August",
        ),
        g("killed", 6, "somalia", scope="event", as_of="2023-06-09", by=None, cue="six people were killed in a siege"),
        g(
            "killed",
            500,
            "somalia",
            q="lower",
            scope="event",
            as_of="2017-10-14",
            by=None,
            cue="killed more than 500 people",
        ),
        g(
            "displaced",
            3900000,
            "somalia",
            q="upper",
            scope="total",
            as_of="2024-08-03",
            by="unhcr",
            cue="close to 3.9 million Somalis are displaced",
        ),
    ),
]
