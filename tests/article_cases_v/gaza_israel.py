# ruff: noqa: E501
"""Set V, Gaza, Israel and the West Bank: a wire story on a night of strikes on Khan Younis, an HTML
broadcaster page on deaths near Gaza aid sites, a UN-style situation update on the Rafah displacement
orders, an Israeli live blog from the northern front, a Markdown explainer on the hostages and a
local paper on the Tulkarm camps raid."""

from __future__ import annotations

try:  # `tests` is a package only when the repo root is on sys.path
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover - pytest rootdir-relative import
    from article_cases import article, g

# Not figures in v_gaza_khan_younis_night: "a couple and their two-year-old son" (no count), "the
# 13-month-old war", "three-storey", "37 trucks a day", "about 500 a day", "90%", "Kfir Brigade".
KHAN_YOUNIS = article(
    "v_gaza_khan_younis_night",
    "2024-11-19",
    """\
    Israeli strikes on Khan Younis and Deir al-Balah kill at least 27 overnight, medics say

    By Nidal al-Masri and Emma Farge

    Published 19 November 2024 | Updated 14:32 GMT

    Palestinians inspect the site of an overnight Israeli strike on a house in Bani Suheila, east of Khan Younis, in the southern Gaza Strip. REUTERS/Hatem Khaled

    GAZA/CAIRO (Reuters) - Israeli air strikes on houses and a tent camp in the southern Gaza Strip killed at least 27 people overnight and into Tuesday morning, Palestinian health officials said, as the 13-month-old war showed no sign of easing.

    Nine of the dead were children, medics at Nasser Hospital in Khan Younis said, and more than 50 people were wounded, several of them critically.

    In Bani Suheila, rescuers from the civil defence service were digging with their hands through the remains of a three-storey building that housed several families who had fled from Rafah. "There could be up to 15 people under this building, and we have one bulldozer for the whole city," said Ahmed Radwan, a civil defence officer. "We hear voices, then nothing."

    The Israeli military said it had struck "Hamas terrorist infrastructure" in the area and that its forces, including troops of the Kfir Brigade, had killed about 20 militants in and around Khan Younis over the past week. It did not comment on the civilian casualties.

    At Nasser Hospital, the wounded lay on mattresses in corridors. Generators were running on fuel the hospital had borrowed from a nearby bakery, a nurse said, and surgeons were reusing gauze after sterilising it. "We are treating blast injuries with what we would use for a kitchen accident," she said, asking that her name not be published.

    West of Deir al-Balah, a strike on a tent in the coastal al-Mawasi area killed a couple and their two-year-old son, relatives said. The Israeli army declared the sandy strip a humanitarian zone late last year, and it now holds hundreds of thousands of displaced people, most of them living under plastic sheeting and wood.

    Read more: Israel's northern Gaza push leaves Beit Lahiya in ruins

    Gaza's health ministry said on Tuesday that 43,922 Palestinians had been killed and 103,898 wounded in Israel's military campaign since October of last year. It says more than 17,000 of the dead are children, a figure Israel disputes. The ministry does not distinguish between civilians and combatants.

    In the north, where the military has been conducting an offensive since early October, the civil defence said it had suspended operations after its crews came under fire. Israeli troops detained dozens of men at a school sheltering displaced families in Beit Lahiya on Monday, residents said, ordering women and children to walk south.

    Aid agencies say the amount of food entering the territory fell in October to its lowest level of the war, with an average of 37 trucks a day, compared with about 500 a day before the conflict. About 90% of Gaza's population has been displaced at least once, according to UN estimates.

    Ceasefire talks mediated by Qatar and Egypt have stalled. Qatar said this month it had paused its role as mediator until both sides showed "willingness and seriousness" to end the war.

    The United States, Israel's main ally, has pressed for more aid to be allowed into the enclave, warning last month that failing to do so within 30 days could affect some US military assistance. Israeli officials say they have opened new crossings and that the United Nations has failed to distribute goods that are already inside.

    (Reporting by Nidal al-Masri in Gaza and Emma Farge in Geneva; Writing by Maayan Lubell; Editing by Toby Chopra)
    """,
    g(
        "killed",
        27,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-11-19",
        by="palestinian health officials",
        cue="killed at least 27 people overnight",
        note="headline 'kill at least 27 overnight' restates it (one figure); 'overnight and into Tuesday morning' -> the article's date",
    ),
    g(
        "killed",
        9,
        "gaza",
        pop="children",
        scope="event",
        as_of="2024-11-19",
        by="nasser hospital medics",
        cue="Nine of the dead were children",
        note="subgroup of the 27; side from the previous sentence",
    ),
    g(
        "injured",
        50,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-11-19",
        by="nasser hospital medics",
        cue="more than 50 people were wounded",
    ),
    g(
        "missing",
        15,
        "gaza",
        q="upper",
        scope="event",
        as_of="2024-11-19",
        by="civil defence",
        cue="There could be up to 15 people under this building",
        note="inside a quote; 'under this building' = under the rubble -> missing; the speaker is a civil defence officer",
    ),
    g(
        "killed",
        20,
        "gaza",
        pop="combatants",
        q="approx",
        scope="event",
        as_of="2024-11-19",
        by="israeli military",
        cue="had killed about 20 militants",
        note="'over the past week' is a window -> event, dated the article's day",
    ),
    g(
        "displaced",
        200000,
        "gaza",
        q="lower",
        scope="total",
        as_of="2024-11-19",
        cue="hundreds of thousands of displaced people",
        note="'hundreds of thousands' -> 200000/lower (the smallest the words imply, by analogy with 'hundreds'); a standing count of the displaced in al-Mawasi -> total; own voice",
    ),
    g(
        "killed",
        43922,
        "gaza",
        scope="total",
        as_of="2024-11-19",
        by="gaza health ministry",
        cue="43,922 Palestinians had been killed",
    ),
    g("injured", 103898, "gaza", scope="total", as_of="2024-11-19", by="gaza health ministry", cue="103,898 wounded"),
    g(
        "killed",
        17000,
        "gaza",
        pop="children",
        q="lower",
        scope="total",
        as_of="2024-11-19",
        by="gaza health ministry",
        cue="more than 17,000 of the dead are children",
    ),
    g(
        "detained",
        24,
        "gaza",
        q="lower",
        scope="event",
        as_of="2024-11-18",
        by="residents",
        cue="Israeli troops detained dozens of men",
        note="vague 'dozens' -> 24/lower; 'on Monday' counted back from Tuesday 19 November; side from the place (Beit Lahiya, in the north of Gaza)",
    ),
)

# Not figures in v_gaza_aid_sites_html: "crowds of thousands" (no metric), "about 300 metres", "7km",
# "34" (age), "five o'clock", "two of his sons" (walked with him), "a paramedic" (no count), "more than half".
AID_SITES = article(
    "v_gaza_aid_sites_html",
    "2025-06-24",
    """\
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta property="article:published_time" content="2025-06-24T16:40:00Z">
    <title>At least 44 killed across Gaza, including 21 waiting for aid | Middle East | Meridian News</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="stylesheet" href="/static/css/main.4f2a1.css">
    </head>
    <body>
    <header>
    <nav>
    <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/world">World</a></li>
    <li><a href="/world/middle-east">Middle East</a></li>
    <li><a href="/business">Business</a></li>
    <li><a href="/sport">Sport</a></li>
    <li><a href="/live">Watch live</a></li>
    </ul>
    </nav>
    </header>
    <main>
    <article>
    <h1>At least 44 killed across Gaza, including 21 waiting for aid, health officials say</h1>
    <p class="byline">By Layla Haddad, Middle East correspondent</p>
    <p class="dateline"><time datetime="2025-06-24T16:40:00Z">24 June 2025</time></p>
    <figure>
    <img src="/img/2025/06/gaza-aid-line.jpg" alt="People carry sacks of flour">
    <figcaption>People carry sacks of flour away from a distribution point near the Netzarim corridor. Photo: AFP</figcaption>
    </figure>
    <p>At least 44 Palestinians were killed by Israeli fire and air strikes across the Gaza Strip on Tuesday, 21 of them while they waited for food near aid distribution sites in the centre and south of the territory, the Gaza health ministry said.</p>
    <p>More than 200 people were wounded, the ministry said. Witnesses at a site run by the US-backed Gaza Humanitarian Foundation (GHF) near Rafah described crowds of thousands surging towards the gates before dawn, and shots being fired from the direction of Israeli positions about 300 metres away.</p>
    <p>"They told us to come at five o'clock. At ten past five the shooting started," said Mahmoud Abu Jazar, 34, who said he had walked 7km from Khan Younis with two of his sons. "I came home with nothing, and some men did not come home at all."</p>
    <p>At Nasser Hospital in Khan Younis, the head of nursing, Dr Mohammed Saqer, said the wards were overwhelmed. "We received 61 wounded in two hours, most of them with gunshot wounds to the chest and head," he said.</p>
    <p>The Israeli military said troops had fired "warning shots" at "suspects who approached the forces in a manner that endangered them" and that it was looking into reports of casualties. The GHF said there had been no incidents "at or near" its sites.</p>
    <p>The ministry says 410 people have been killed near aid points since the GHF began operating in late May. The United Nations, which has refused to work with the foundation, says the system forces starving people to walk long distances through active combat zones.</p>
    <p>Among those killed on Tuesday was a paramedic of the Palestine Red Crescent Society, which said his death brought to 29 the number of its staff and volunteers killed since the war began. UNRWA, the UN agency for Palestinian refugees, says more than 310 of its employees have been killed, and the Hamas-run government media office puts the number of journalists killed at 228.</p>
    <p>The health ministry's overall toll rose to 56,156 killed and 132,239 wounded since the war began. The ministry, part of the Hamas-run administration, does not distinguish between civilians and combatants but says more than half of the dead are women and children.</p>
    <p>Israel says its war aims remain the return of the hostages still held in Gaza and the destruction of Hamas's military and governing capabilities.</p>
    </article>
    <aside>
    <h2>Most read</h2>
    <ol>
    <li><a href="/a/1">Heatwave: temperatures to hit 38C in southern Spain</a></li>
    <li><a href="/a/2">Bank holds interest rates at 4.25%</a></li>
    <li><a href="/a/3">Five things to know before the Nato summit</a></li>
    </ol>
    </aside>
    </main>
    <footer>
    <p>&copy; 2025 Meridian News Ltd. Registered in England No. 04418230.</p>
    <ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us: +44 20 7946 0321</a></li></ul>
    </footer>
    </body>
    </html>
    """,
    g(
        "killed",
        44,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-06-24",
        by="gaza health ministry",
        cue="At least 44 Palestinians were killed",
        note="restated in <title> and <h1>: one figure",
    ),
    g(
        "killed",
        21,
        "gaza",
        scope="event",
        as_of="2025-06-24",
        by="gaza health ministry",
        cue="21 of them while they waited for food",
        note="a subgroup by place (near aid sites) inside the 44 -> its own figure, population all",
    ),
    g(
        "injured",
        200,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-06-24",
        by="gaza health ministry",
        cue="More than 200 people were wounded",
    ),
    g(
        "injured",
        61,
        "gaza",
        scope="event",
        as_of="2025-06-24",
        by="nasser hospital",
        cue="We received 61 wounded in two hours",
        note="inside a quote from a doctor at Nasser Hospital; 'in two hours' on the article's day; side from the article's subject",
    ),
    g(
        "killed",
        410,
        "gaza",
        scope="total",
        as_of="2025-06-24",
        by="gaza health ministry",
        cue="410 people have been killed near aid points",
        note="running toll since the GHF began operating ('since late May') -> total; debatable (a window of the war)",
    ),
    g(
        "killed",
        29,
        "gaza",
        pop="medics",
        scope="total",
        as_of="2025-06-24",
        by="palestine red crescent society",
        cue="brought to 29 the number of its staff and volunteers killed",
        note="Red Crescent staff and volunteers (paramedics) -> medics",
    ),
    g(
        "killed",
        310,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-06-24",
        by="unrwa",
        cue="more than 310 of its employees have been killed",
    ),
    g(
        "killed",
        228,
        "gaza",
        pop="journalists",
        scope="total",
        as_of="2025-06-24",
        by="gaza government media office",
        cue="the number of journalists killed at 228",
    ),
    g(
        "killed",
        56156,
        "gaza",
        scope="total",
        as_of="2025-06-24",
        by="gaza health ministry",
        cue="rose to 56,156 killed",
    ),
    g(
        "injured",
        132239,
        "gaza",
        scope="total",
        as_of="2025-06-24",
        by="gaza health ministry",
        cue="132,239 wounded since the war began",
    ),
)

# Not figures in v_gaza_ocha_rafah: "#279", "more than half of them", "33 consecutive days", "about 60 per cent", "25 bakeries",
# "four water wells", "a week later".
OCHA_RAFAH = article(
    "v_gaza_ocha_rafah",
    "2025-04-03",
    """\
    Humanitarian Situation Update #279 | Gaza Strip

    3 April 2025

    KEY HIGHLIGHTS

    - About 100,000 people have fled Rafah governorate over the past three days, following a sweeping displacement order issued by the Israeli military.
    - Since the resumption of hostilities on 18 March, displacement orders have placed an estimated 300,000 people under instructions to leave their homes.
    - 1,066 Palestinians were reported killed between 18 March and 2 April, according to the Ministry of Health (MoH) in Gaza.
    - No humanitarian supplies have entered Gaza for 33 consecutive days, the longest such closure since the start of the hostilities in October 2023.

    SITUATION OVERVIEW

    Hostilities continued throughout the Gaza Strip during the reporting period, with intense air strikes, shelling and ground operations reported in Rafah, Khan Younis and North Gaza. On 2 April, a strike on a UNRWA clinic in Jabalya that was being used as a shelter killed at least 19 people, nine of them children, according to MoH. The Israeli military said it had targeted a Hamas command and control centre inside the building.

    Between 18 March and 2 April, MoH reported that 1,066 people had been killed, more than half of them women and children. This brings the cumulative toll since October 2023 to 50,423 Palestinians killed and 114,638 injured. The Civil Defence estimates that about 11,000 people remain missing under the rubble, most of them presumed dead.

    DISPLACEMENT AND SHELTER

    The latest order covers nearly all of Rafah governorate and parts of Khan Younis, bringing the area under displacement orders or designated as "no-go" zones to about 60 per cent of the Gaza Strip. Families arriving in Al Mawasi reported walking for up to six hours with their belongings. Site management partners warn that existing sites have no space left, and that tents, sealing-off kits and tarpaulins are running out; the last shelter items entered the Strip before the crossings closed.

    Only 25 bakeries supported by humanitarian partners remain open, down from the peak reached during the ceasefire, and partners have shut four water wells in Rafah after they fell inside the evacuation zone.

    AID WORKERS

    Humanitarian workers continue to be killed in the line of duty. According to the UN, at least 408 aid workers have been killed in Gaza since October 2023, including 280 UNRWA staff members. On 23 March, first responders were killed in Rafah; their bodies were recovered from a mass grave a week later.

    FUNDING

    As of 2 April, donors had disbursed US$ 418 million against the US$ 4.07 billion requested under the 2025 Flash Appeal for the Occupied Palestinian Territory.
    """,
    g(
        "displaced",
        100000,
        "gaza",
        q="approx",
        scope="event",
        as_of="2025-04-03",
        cue="About 100,000 people have fled Rafah governorate",
        note="one displacement wave over a stated window ('over the past three days') -> event, dated the update's day; the update's own voice -> reported_by null",
    ),
    g(
        "evacuated",
        300000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2025-04-03",
        cue="an estimated 300,000 people under instructions to leave",
        note="'under instructions to leave their homes' = ordered to leave -> evacuated; running count since the resumption of hostilities -> total (debatable)",
    ),
    g(
        "killed",
        1066,
        "gaza",
        scope="event",
        as_of="2025-04-02",
        by="gaza health ministry",
        cue="MoH reported that 1,066 people had been killed",
        note="stated twice (highlights and body), one figure; a closed window 'between 18 March and 2 April' -> event dated its last day; 'MoH in Gaza' -> gaza health ministry",
    ),
    g(
        "killed",
        19,
        "gaza",
        q="lower",
        scope="event",
        as_of="2025-04-02",
        by="gaza health ministry",
        cue="killed at least 19 people",
    ),
    g(
        "killed",
        9,
        "gaza",
        pop="children",
        scope="event",
        as_of="2025-04-02",
        by="gaza health ministry",
        cue="nine of them children",
    ),
    g(
        "killed",
        50423,
        "gaza",
        scope="total",
        as_of="2025-04-03",
        by="gaza health ministry",
        cue="50,423 Palestinians killed",
    ),
    g("injured", 114638, "gaza", scope="total", as_of="2025-04-03", by="gaza health ministry", cue="114,638 injured"),
    g(
        "missing",
        11000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2025-04-03",
        by="civil defence",
        cue="about 11,000 people remain missing under the rubble",
    ),
    g(
        "killed",
        408,
        "gaza",
        pop="aid_workers",
        q="lower",
        scope="total",
        as_of="2025-04-03",
        by="un",
        cue="at least 408 aid workers have been killed",
    ),
    g(
        "killed",
        280,
        "gaza",
        pop="aid_workers",
        scope="total",
        as_of="2025-04-03",
        by="un",
        cue="including 280 UNRWA staff members",
        note="subgroup of the 408 -> its own figure",
    ),
)

# Not figures in v_israel_north_live: "210th Division", "Route 98", "12 blazes", "14 firefighting teams",
# "30 people outdoors and 300 indoors" (gathering limits), "Resolution 1701",
# "in their 40s", "a drone" (no count), "a member" of Hezbollah (no count), times of the entries.
NORTH_LIVE = article(
    "v_israel_north_live",
    "2024-07-09",
    """\
    Israel-Hezbollah live: Two killed by rocket on Golan road as Hezbollah fires dozens of projectiles

    Live updates | Tuesday, July 9, 2024

    Our live coverage of the fighting on the northern border has ended for today. You can read the main developments below.

    21:10 IDT
    Magen David Adom says two people were killed when a rocket fired from Lebanon struck their car on Route 98 near Kibbutz Ortal in the Golan Heights. Paramedics pronounced both dead at the scene. The victims, a man and a woman in their 40s, have not yet been named.

    20:35 IDT
    Hezbollah claims it fired "dozens of Katyusha rockets" at the headquarters of the army's 210th Division in Nafah, in what it says is a response to the killing of one of its members in a drone strike near Tyre earlier today.

    19:50 IDT
    Firefighters are battling 12 blazes ignited by rockets across the Golan. "We have 14 firefighting teams in the field and aircraft on the way," a spokesman for the fire service said.

    19:35 IDT
    Northern Command has instructed residents of Katzrin and nearby communities in the Golan to stay close to protected spaces for the rest of the evening. Gatherings are limited to 30 people outdoors and 300 indoors, and schools in the area will open tomorrow only where there are shelters nearby.

    19:20 IDT
    The IDF says an aircraft struck the rocket launcher in the area of Yater in southern Lebanon from which the barrage was fired.

    18:05 IDT
    About 40 rockets crossed from Lebanon in two barrages over the past hour, the military says. Most were intercepted by Iron Dome; several fell in open areas and started fires.

    16:15 IDT
    Some background: the deaths bring to 15 the number of civilians killed in Israel by attacks from Lebanon since October 8, according to our tally. Another 18 soldiers and reservists have been killed on the northern front over the same period.

    Some 60,000 residents of communities along the border were evacuated from their homes at the start of the fighting and are still living in hotels and guest houses across the country. Many say they will not return until Hezbollah is pushed back from the border.

    On the other side, more than 500 people have been killed in Lebanon, most of them Hezbollah fighters but including more than 100 civilians, according to an AFP tally.

    14:50 IDT
    A drone launched from Lebanon exploded near an army position close to Metula. The military says two soldiers were lightly wounded and taken to hospital in Safed.

    13:05 IDT
    US envoy Amos Hochstein is expected in Israel later this week, a US official tells reporters, as Washington tries to keep the northern front from escalating into an all-out war. The official says a deal on Gaza would make a diplomatic arrangement with Lebanon "much easier", but that the two tracks are separate.

    Lebanon's caretaker foreign minister, Abdallah Bou Habib, says Beirut is ready to discuss the implementation of Resolution 1701 once the fighting in Gaza stops.

    12:30 IDT
    Defence Minister Yoav Gallant, touring the border, says the army is "ready for any scenario" and that Israel "will not accept a reality" in which its citizens cannot return to their homes.
    """,
    g(
        "killed",
        2,
        "israel",
        scope="event",
        as_of="2024-07-09",
        by="magen david adom",
        cue="Magen David Adom says two people were killed",
        note="headline 'Two killed' restates it; in Israel (the Golan road) -> side israel; 'a man and a woman' is not a second count",
    ),
    g(
        "projectiles",
        24,
        "lebanon",
        q="lower",
        scope="event",
        as_of="2024-07-09",
        by="hezbollah",
        cue='fired "dozens of Katyusha rockets"',
        note="Hezbollah's own claim (vague -> 24/lower); the headline's 'dozens of projectiles' restates it; kept apart from the military's 40",
    ),
    g(
        "projectiles",
        40,
        "lebanon",
        q="approx",
        scope="event",
        as_of="2024-07-09",
        by="israeli military",
        cue="About 40 rockets crossed from Lebanon",
    ),
    g(
        "killed",
        15,
        "israel",
        pop="civilians",
        scope="total",
        as_of="2024-07-09",
        cue="the deaths bring to 15 the number of civilians killed",
        note="'according to our tally' = the outlet's own voice -> reported_by null",
    ),
    g(
        "killed",
        18,
        "israel",
        pop="combatants",
        scope="total",
        as_of="2024-07-09",
        cue="Another 18 soldiers and reservists have been killed",
    ),
    g(
        "evacuated",
        60000,
        "israel",
        q="approx",
        scope="total",
        as_of="2024-07-09",
        cue="Some 60,000 residents of communities along the border were evacuated",
        note="standing count of evacuees still out of their homes -> total",
    ),
    g(
        "killed",
        500,
        "lebanon",
        q="lower",
        scope="total",
        as_of="2024-07-09",
        by="afp tally",
        cue="more than 500 people have been killed in Lebanon",
    ),
    g(
        "killed",
        100,
        "lebanon",
        pop="civilians",
        q="lower",
        scope="total",
        as_of="2024-07-09",
        by="afp tally",
        cue="including more than 100 civilians",
    ),
    g(
        "injured",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2024-07-09",
        by="israeli military",
        cue="two soldiers were lightly wounded",
    ),
)

# Not figures in v_israel_hostages_md: "6 min read", "42 days", "the 16th day", "in their twenties".
HOSTAGES_MD = article(
    "v_israel_hostages_md",
    "2025-02-19",
    """\
    # Hostages in Gaza: who is still held, and what the next phase of the deal means

    Published: February 19, 2025 · Explainer · 6 min read

    *The first phase of the ceasefire between Israel and Hamas ends in less than two weeks. Negotiations on the second phase, which is meant to bring home every remaining hostage, have barely started.*

    ## How many hostages are still in Gaza?

    Of the 251 people abducted during the Hamas-led attack on southern Israel, 70 are still in Gaza. Israeli officials believe at least 35 of them are no longer alive, based on intelligence and on material found by troops.

    The remaining captives include soldiers, older men and young men in their twenties, several of whom were seen alive in videos released by Hamas during the war.

    ## Who has been freed so far?

    Since the truce took effect on January 19, Hamas has released 19 Israeli hostages, most of them in staged handover ceremonies that drew condemnation in Israel. In return, Israel has freed more than 1,100 Palestinian prisoners and detainees, among them people serving life sentences and residents of Gaza held without charge since the war began.

    > "Seventy families are still waiting by the phone. We will not stop until the last one is home," said a spokeswoman for the Hostages and Missing Families Forum at a rally in Tel Aviv on Saturday night.

    ## What does phase two involve?

    Under the framework agreed in January, phase one lasts 42 days. Talks on phase two were supposed to begin on the 16th day of the truce. They would cover:

    - the release of all remaining living hostages, mostly men and soldiers;
    - a "sustainable calm" and the full withdrawal of Israeli forces from Gaza;
    - the return of the bodies of dead hostages in phase three, alongside reconstruction.

    Prime Minister Benjamin Netanyahu is under pressure from far-right coalition partners, who have threatened to bring down the government if the war does not resume.

    Qatar and Egypt, which mediated the deal with the United States, say they are working to keep both sides at the table. Hamas has said it is ready to release all remaining captives in one stage in return for a permanent end to the war, an offer Israeli officials have dismissed as a ploy.

    ## Why is the second phase so hard?

    The first phase was built around a humanitarian exchange: women, children, the elderly and the sick, in return for prisoners and a surge in aid. The second phase goes to the heart of the war's aims. Israel has said it will not end the war while Hamas remains in power in Gaza; Hamas has said it will not give up its weapons.

    ## What has the war cost so far?

    At least 405 Israeli soldiers have been killed in the ground offensive in Gaza, according to the military. Gaza's health ministry says more than 48,200 Palestinians have been killed in Israel's offensive, and the UN estimates that about 1.9 million people in the territory have been displaced, many of them several times.

    Since the truce began, long columns of families have streamed back to the north of the Strip on foot and on donkey carts, many of them to find their homes destroyed.
    """,
    g(
        "hostages",
        251,
        "israel",
        scope="event",
        as_of="2023-10-07",
        cue="Of the 251 people abducted",
        note="the historical October 7 abductions ('the Hamas-led attack on southern Israel') -> event, as_of 2023-10-07 though no date is written",
    ),
    g(
        "hostages",
        70,
        "israel",
        scope="total",
        as_of="2025-02-19",
        cue="70 are still in Gaza",
        note="restated in the quote ('Seventy families are still waiting') -> one figure",
    ),
    g(
        "killed",
        35,
        "israel",
        q="lower",
        scope="total",
        as_of="2025-02-19",
        by="israeli officials",
        cue="at least 35 of them are no longer alive",
        note="hostages believed dead -> killed; 'no longer alive' is a paraphrase of dead",
    ),
    g(
        "hostages",
        19,
        "israel",
        scope="total",
        as_of="2025-02-19",
        cue="Hamas has released 19 Israeli hostages",
        note="debatable: released hostages still counted as hostages (what happened to them); running count since the truce -> total",
    ),
    g(
        "detained",
        1100,
        "palestine",
        q="lower",
        scope="total",
        as_of="2025-02-19",
        cue="more than 1,100 Palestinian prisoners and detainees",
        note="debatable: released prisoners counted as detained (what happened to them); West Bank and Gaza residents with no narrower place -> palestine",
    ),
    g(
        "killed",
        405,
        "israel",
        pop="combatants",
        q="lower",
        scope="total",
        as_of="2025-02-19",
        by="israeli military",
        cue="At least 405 Israeli soldiers have been killed",
    ),
    g(
        "killed",
        48200,
        "gaza",
        q="lower",
        scope="total",
        as_of="2025-02-19",
        by="gaza health ministry",
        cue="more than 48,200 Palestinians have been killed",
    ),
    g(
        "displaced",
        1900000,
        "gaza",
        q="approx",
        scope="total",
        as_of="2025-02-19",
        by="un",
        cue="about 1.9 million people in the territory have been displaced",
    ),
)

# Not figures in v_west_bank_tulkarm: "third week", "dozens of explosive devices" (not people or
# projectiles), "52" (age), "ten minutes", "since 1967", "Road 557".
TULKARM = article(
    "v_west_bank_tulkarm",
    "2025-02-11",
    """\
    Three killed, 25 detained as Israeli raid on Tulkarm camps enters third week

    Tuesday 11 February 2025

    By our correspondent in Tulkarm

    Three Palestinians, two of them women, were killed by Israeli fire in the Nur Shams refugee camp east of Tulkarm on Sunday, the Palestinian health ministry said, as Israeli forces pushed deeper into the camp in an operation now in its third week.

    One of the women was eight months pregnant, relatives said. The army said its forces had opened fire on "suspects" who had approached them and that the incident was under review.

    The military said on Monday that soldiers had detained 25 wanted suspects in the camp and uncovered dozens of explosive devices planted under the roads. Two soldiers were lightly wounded when one of the devices went off near their vehicle on Monday, it said.

    Armoured bulldozers have torn up streets and demolished the fronts of houses along the camp's main road, which links it to Road 557. Water and electricity have been cut for most of the camp.

    In the city centre, shops pulled down their shutters by early afternoon. Traders said the closure of the camp, whose residents make up a large share of their customers, had cut their income by half. At the main hospital, staff said ambulances had been stopped at the camp entrance for up to two hours before being allowed to collect the wounded.

    "We left with the clothes on our backs. They gave us ten minutes," said Um Khaled, 52, who is now staying with relatives in the city.

    Faisal Salameh, who heads the emergency committee of Tulkarm municipality, said the city was struggling to cope. "More than 9,000 people have left Nur Shams and Tulkarm camp. We are hosting them in schools, mosques and the university halls, and we have nothing left to give them," he said.

    UNRWA, the UN agency for Palestinian refugees, said the operation in the northern West Bank, which began in Jenin on January 21, had displaced about 40,000 people from the Jenin, Tulkarm, Nur Shams and Far'a camps, the largest displacement in the territory since 1967.

    Since the war in Gaza began, at least 905 Palestinians have been killed by Israeli troops or settlers in the West Bank, including East Jerusalem, according to the health ministry, among them more than 180 children. Israeli figures show at least 32 Israelis, including soldiers, have been killed in Palestinian attacks or during military operations in the territory over the same period.

    The Palestinian Prisoners' Society says Israeli forces have arrested more than 14,500 people in the West Bank since October 2023, many of them held without charge under administrative detention orders.

    The Palestinian Authority, which has its own security forces in parts of the territory, condemned the raid as "collective punishment". Its forces had carried out their own weeks-long operation against armed groups in Jenin camp in December, drawing criticism from residents who accused them of doing Israel's work.

    Israeli Defence Minister Israel Katz has said troops will stay in the camps "for the coming year" and that residents will not be allowed to return until the army has finished its work. Human rights groups say the scale of the destruction suggests the camps are being reshaped permanently, with roads widened to allow armoured vehicles to move through them.
    """,
    g(
        "killed",
        3,
        "west-bank",
        scope="event",
        as_of="2025-02-09",
        by="palestinian health ministry",
        cue="Three Palestinians, two of them women, were killed",
        note="headline 'Three killed' restates it; 'on Sunday' counted back from Tuesday 11 February; Nur Shams camp -> west-bank",
    ),
    g(
        "killed",
        2,
        "west-bank",
        pop="women",
        scope="event",
        as_of="2025-02-09",
        by="palestinian health ministry",
        cue="two of them women",
    ),
    g(
        "detained",
        25,
        "west-bank",
        scope="event",
        as_of="2025-02-10",
        by="israeli military",
        cue="soldiers had detained 25 wanted suspects",
        note="headline '25 detained' restates it; 'said on Monday' -> 2025-02-10; detained in the camp -> west-bank",
    ),
    g(
        "injured",
        2,
        "israel",
        pop="combatants",
        scope="event",
        as_of="2025-02-10",
        by="israeli military",
        cue="Two soldiers were lightly wounded",
        note="Israeli soldiers: side from the previous sentence (the military's statement)",
    ),
    g(
        "displaced",
        9000,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2025-02-11",
        by="tulkarm municipality",
        cue="More than 9,000 people have left Nur Shams and Tulkarm camp",
        note="inside a quote from the municipality's emergency committee head; 'have left' their camps = displaced; running count of the operation -> total",
    ),
    g(
        "displaced",
        40000,
        "west-bank",
        q="approx",
        scope="total",
        as_of="2025-02-11",
        by="unrwa",
        cue="had displaced about 40,000 people",
    ),
    g(
        "killed",
        905,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2025-02-11",
        by="palestinian health ministry",
        cue="at least 905 Palestinians have been killed",
    ),
    g(
        "killed",
        180,
        "west-bank",
        pop="children",
        q="lower",
        scope="total",
        as_of="2025-02-11",
        by="palestinian health ministry",
        cue="among them more than 180 children",
    ),
    g(
        "killed",
        32,
        "israel",
        q="lower",
        scope="total",
        as_of="2025-02-11",
        by="israel",
        cue="at least 32 Israelis, including soldiers, have been killed",
        note="'Israeli figures show' -> reported_by israel; 'including soldiers' has no number",
    ),
    g(
        "detained",
        14500,
        "west-bank",
        q="lower",
        scope="total",
        as_of="2025-02-11",
        by="palestinian prisoners' society",
        cue="arrested more than 14,500 people in the West Bank",
    ),
)

ARTICLES = [KHAN_YOUNIS, AID_SITES, OCHA_RAFAH, NORTH_LIVE, HOSTAGES_MD, TULKARM]
