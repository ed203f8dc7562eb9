"""Gaza (2024 and the 2025-26 ceasefire), Lebanon, the West Bank and missile fire on Israel."""

from __future__ import annotations

try:
    from tests.article_cases import article, g
except ImportError:  # pragma: no cover
    from article_cases import article, g

GHM = "gaza health ministry"

# A data table: one gold figure per g() call reads better compact.
# fmt: off
ARTICLES = [
    article(
        "c01_gaza_mawasi_wire",
        "2024-07-14",
        """
        Israeli strike on Gaza's al-Mawasi zone kills at least 90, health ministry says

        CAIRO, July 14, 2024 (Reuters) - An Israeli strike on a designated humanitarian zone in
        southern Gaza on Saturday killed at least 90 Palestinians and wounded some 300 others, the
        Gaza health ministry said, as Israel said it had targeted Hamas's military chief Mohammed Deif.

        Half of the dead were women and children, the ministry said. On Sunday, civil defence
        spokesman Mahmoud Basal said rescuers were still searching for about 20 people believed
        trapped under the rubble of tents and a water plant.

        The Israeli military said the strike, in a fenced area between Khan Younis and al-Mawasi,
        used precision munitions and that it was still checking whether Deif, 58, had been killed.
        It said Rafa Salama, commander of Hamas's Khan Younis brigade, was killed.

        Nasser Hospital, which has 350 beds and one working generator, was "completely overwhelmed",
        the medical charity MSF said, adding that its teams had run out of blood units by 3 p.m.

        Separately, a strike on a school run by UNRWA in Nuseirat on Saturday afternoon killed 15
        people, including eight children, according to the Palestinian civil defence. Israeli troops
        also detained 11 men in the northern town of Beit Hanoun on Saturday, residents said.

        The war began on Oct. 7 when Hamas-led gunmen stormed southern Israel, killing about 1,200
        people and taking some 250 hostages, according to Israeli tallies. About 120 hostages are
        still held in Gaza, and Israeli officials believe roughly a third of them are dead.

        Israel's ensuing military campaign has killed more than 38,400 Palestinians in Gaza,
        according to the health ministry, which does not distinguish between civilians and
        combatants. Israel says 326 of its soldiers have died in the Gaza ground operation, which
        began on Oct. 27.

        The United Nations estimates that 1.9 million of Gaza's 2.3 million people have been
        displaced, many of them several times over the past nine months.

        Ceasefire talks in Doha and Cairo were expected to continue this week. Hamas delivered its
        latest response on July 6, and a six-week first phase would see a partial Israeli
        withdrawal and an exchange of prisoners, two officials briefed on the talks said. An
        Egyptian delegation was due to travel to Doha on Tuesday.
        """,
        g("killed", 90, "gaza", scope="event", as_of="2024-07-13", by=GHM, q="lower",
          cue="killed at least 90 Palestinians",
          note="headline repeats the 90: one figure; 'on Saturday' counted back from Sunday 14 July."),
        g("injured", 300, "gaza", scope="event", as_of="2024-07-13", by=GHM, q="approx",
          cue="wounded some 300 others"),
        g("missing", 20, "gaza", scope="event", as_of="2024-07-14", by="civil defence", q="approx",
          cue="still searching for about 20 people",
          note="people trapped under rubble = missing; the statement was made on Sunday (article date)."),
        g("killed", 15, "gaza", scope="event", as_of="2024-07-13", by="palestinian civil defence",
          cue="Nuseirat on Saturday afternoon killed 15"),
        g("killed", 8, "gaza", scope="event", as_of="2024-07-13", by="palestinian civil defence",
          pop="children", cue="including eight children"),
        g("detained", 11, "gaza", scope="event", as_of="2024-07-13", by="residents",
          cue="detained 11 men in the northern town of Beit Hanoun"),
        g("killed", 1200, "israel", scope="event", as_of="2023-10-07", by="israeli tallies", q="approx",
          cue="killing about 1,200"),
        g("hostages", 250, "israel", scope="event", as_of="2023-10-07", by="israeli tallies", q="approx",
          cue="taking some 250 hostages"),
        g("hostages", 120, "israel", scope="total", as_of="2024-07-14", q="approx",
          cue="About 120 hostages are still held",
          note="own voice: 'Israeli officials believe' covers only the 'a third' clause (a fraction, not a figure)."),
        g("killed", 38400, "gaza", scope="total", as_of="2024-07-14", by="health ministry", q="lower",
          cue="killed more than 38,400 Palestinians in Gaza"),
        g("killed", 326, "israel", scope="total", as_of="2024-07-14", by="israel", pop="combatants",
          cue="Israel says 326 of its soldiers have died"),
        g("displaced", 1900000, "gaza", scope="total", as_of="2024-07-14", by="un",
          cue="1.9 million of Gaza's 2.3 million people have been displaced",
          note="2.3 million is the population, not a figure; 'estimates that' is the attribution verb, "
          "not 'an estimated' -> exact (debatable)."),
    ),
    article(
        "c02_gaza_ceasefire_explainer",
        "2026-01-12",
        """
        Gaza three months into the ceasefire: what the numbers show

        Published 12 January 2026

        Three months after a US-brokered ceasefire took effect in Gaza on 10 October, the guns have
        quietened but not fallen silent. Here is what we know about the human cost of the war and of
        the truce itself.

        How many people have been killed?

        The Hamas-run health ministry in Gaza says more than 71,400 Palestinians have been killed
        since the war began in October 2023, including at least 20,000 children. The UN has
        generally considered its figures reliable, though Israel disputes them.

        The ministry says 447 people have been killed by Israeli fire since the ceasefire began, and
        that the bodies of more than 600 people have been recovered from the rubble in that period.

        In Israel, about 1,200 people were killed in the Hamas-led attack of 7 October 2023, most of
        them civilians, and 251 were taken hostage. Israel says more than 900 of its soldiers have
        been killed since then, including about 470 in the Gaza ground offensive.

        What happened to the hostages?

        All 20 living hostages were released on 13 October in exchange for nearly 2,000 Palestinian
        prisoners and detainees. The remains of all but one of the 28 hostages who died in captivity
        have since been handed over.

        Who else has been killed?

        The Committee to Protect Journalists says at least 197 journalists and media workers have
        been killed in Gaza. According to the UN, more than 560 aid workers have also been killed,
        370 of them staff of the UN agency for Palestinian refugees, UNRWA.

        The health ministry says 463 people, including 157 children, have died of malnutrition since
        the war began.

        How many people are displaced?

        The UN estimates that about 1.9 million people - around 90% of the population - were
        displaced at least once during the war. Since the truce, more than 700,000 people have
        returned to northern Gaza, but many found their homes destroyed.

        What about aid and rebuilding?

        Under the deal, 600 trucks a day were meant to enter Gaza. The World Food Programme says an
        average of about 200 a day entered in December. The UN, the EU and the World Bank put the
        cost of reconstruction at $70bn, and say clearing an estimated 61 million tonnes of rubble
        could take more than a decade.

        What happens next?

        The second phase of the plan foresees an international stabilisation force of up to 20,000
        troops, but only four countries have formally offered soldiers so far.
        """,
        g("killed", 71400, "gaza", scope="total", as_of="2026-01-12", by=GHM, q="lower",
          cue="more than 71,400 Palestinians have been killed"),
        g("killed", 20000, "gaza", scope="total", as_of="2026-01-12", by=GHM, q="lower", pop="children",
          cue="including at least 20,000 children"),
        g("killed", 447, "gaza", scope="total", as_of="2026-01-12", by=GHM,
          cue="447 people have been killed by Israeli fire since the ceasefire began",
          note="'since the ceasefire began' is a running toll of the truce period -> total (debatable: a window)."),
        g("killed", 600, "gaza", scope="total", as_of="2026-01-12", by=GHM, q="lower",
          cue="the bodies of more than 600 people have been recovered",
          note="bodies recovered = dead people; debatable (overlaps the main toll), annotated as killed."),
        g("killed", 1200, "israel", scope="event", as_of="2023-10-07", q="approx",
          cue="about 1,200 people were killed in the Hamas-led attack"),
        g("hostages", 251, "israel", scope="event", as_of="2023-10-07",
          cue="251 were taken hostage"),
        g("killed", 900, "israel", scope="total", as_of="2026-01-12", by="israel", q="lower", pop="combatants",
          cue="more than 900 of its soldiers"),
        g("killed", 470, "israel", scope="total", as_of="2026-01-12", by="israel", q="approx", pop="combatants",
          cue="including about 470 in the Gaza ground offensive"),
        g("hostages", 20, "israel", scope="event", as_of="2025-10-13",
          cue="All 20 living hostages were released on 13 October",
          note="a count of hostages (at their release) -> hostages, event on the release day."),
        g("detained", 2000, "palestine", scope="event", as_of="2025-10-13", q="upper",
          cue="nearly 2,000 Palestinian prisoners and detainees",
          note="released prisoners and detainees counted as detained; 'Palestinian' with no narrower "
          "place -> palestine."),
        g("hostages", 28, "israel", scope="total", as_of="2026-01-12",
          cue="the 28 hostages who died in captivity",
          note="deceased hostages are still hostages (held in Gaza); could also be read as killed."),
        g("killed", 197, "gaza", scope="total", as_of="2026-01-12", by="committee to protect journalists",
          q="lower", pop="journalists", cue="at least 197 journalists and media workers"),
        g("killed", 560, "gaza", scope="total", as_of="2026-01-12", by="un", q="lower", pop="aid_workers",
          cue="more than 560 aid workers"),
        g("killed", 370, "gaza", scope="total", as_of="2026-01-12", by="un", pop="aid_workers",
          cue="370 of them staff of the UN agency"),
        g("killed", 463, "gaza", scope="total", as_of="2026-01-12", by="health ministry",
          cue="463 people, including 157 children, have died of malnutrition",
          note="deaths from malnutrition counted as killed (deaths); debatable."),
        g("killed", 157, "gaza", scope="total", as_of="2026-01-12", by="health ministry", pop="children",
          cue="including 157 children"),
        g("displaced", 1900000, "gaza", scope="total", as_of="2026-01-12", by="un", q="approx",
          cue="about 1.9 million people - around 90% of the population - were displaced",
          note="not annotated: 700,000 returned (returnees are not a metric), trucks, tonnes, troops of the force."),
    ),
    article(
        "c03_lebanon_live",
        "2024-10-02",
        """
        Live: Israeli soldiers killed in south Lebanon as Iran missile fallout spreads

        Last updated: 2 October 2024 | 18:40 GMT

        18:40 GMT - Israeli army says eight soldiers killed in southern Lebanon

        The Israeli military has announced that eight soldiers were killed in ground fighting in
        southern Lebanon on Wednesday, the first losses it has acknowledged since it began what it
        calls "limited, localised" raids. Hezbollah said its fighters destroyed three Merkava tanks
        near the border village of Maroun al-Ras.

        17:55 GMT - Health ministry: 46 killed in past 24 hours

        Lebanon's health ministry says Israeli attacks killed 46 people and wounded 85 across the
        country in the past 24 hours. It says 1,928 people have been killed in Lebanon since October
        2023, among them 127 children, and that more than 9,200 have been wounded.

        17:10 GMT - Hezbollah claims rocket fire on Safed

        Hezbollah says it fired a barrage of Fadi-1 rockets at a base near Safed. The Israeli army
        said about 40 projectiles crossed from Lebanon on Wednesday afternoon, some of which were
        intercepted.

        16:30 GMT - Displacement figures rising fast

        Lebanon's government says up to 1.2 million people have been forced from their homes, while
        the IOM has registered more than 346,000 internally displaced people. Syrian authorities say
        more than 100,000 people, most of them Syrians, have crossed into Syria from Lebanon in the
        past week.

        15:45 GMT - Iran's missile attack: what we know

        Iran fired about 180 ballistic missiles at Israel on Tuesday night, according to the Israeli
        military, which said most were intercepted. A Palestinian man was killed by falling debris
        in Jericho in the occupied West Bank, and two Israelis were lightly injured by shrapnel. The
        Revolutionary Guards claimed 90 percent of the missiles hit their targets.

        14:20 GMT - Evacuation orders for 24 villages

        The Israeli army has ordered residents of 24 villages in south Lebanon to leave immediately
        and move north of the Awali river, some 60km from the border.

        13:05 GMT - Israel's north still empty

        Israeli officials say around 60,000 people evacuated from communities near the border a
        year ago remain unable to return home.

        12:15 GMT - Strike on Beirut's southern suburbs

        An Israeli strike on an apartment in Beirut's Dahiyeh killed at least five people and
        wounded dozens, the Lebanese civil defence said, adding that rescuers were searching for
        three people still missing.
        """,
        g("killed", 8, "israel", scope="event", as_of="2024-10-02", by="israeli military", pop="combatants",
          cue="eight soldiers were killed in ground fighting",
          note="the entry heading repeats 'eight soldiers killed': one figure."),
        g("killed", 46, "lebanon", scope="event", as_of="2024-10-02", by="lebanese health ministry",
          cue="Israeli attacks killed 46 people"),
        g("injured", 85, "lebanon", scope="event", as_of="2024-10-02", by="lebanese health ministry",
          cue="wounded 85 across the country"),
        g("killed", 1928, "lebanon", scope="total", as_of="2024-10-02", by="lebanese health ministry",
          cue="1,928 people have been killed in Lebanon"),
        g("killed", 127, "lebanon", scope="total", as_of="2024-10-02", by="lebanese health ministry",
          pop="children", cue="among them 127 children"),
        g("injured", 9200, "lebanon", scope="total", as_of="2024-10-02", by="lebanese health ministry",
          q="lower", cue="more than 9,200 have been wounded"),
        g("projectiles", 40, "lebanon", scope="event", as_of="2024-10-02", by="israeli army", q="approx",
          cue="about 40 projectiles crossed from Lebanon"),
        g("displaced", 1200000, "lebanon", scope="total", as_of="2024-10-02", by="lebanese government",
          q="upper", cue="up to 1.2 million people have been forced from their homes"),
        g("displaced", 346000, "lebanon", scope="total", as_of="2024-10-02", by="iom", q="lower",
          cue="more than 346,000 internally displaced people"),
        g("displaced", 100000, "lebanon", scope="event", as_of="2024-10-02", by="syrian authorities",
          q="lower", cue="more than 100,000 people, most of them Syrians",
          note="people fleeing Lebanon (where they lived) -> lebanon, though most are Syrian nationals; "
          "'in the past week' is a window -> event."),
        g("projectiles", 180, "iran", scope="event", as_of="2024-10-01", by="israeli military", q="approx",
          cue="Iran fired about 180 ballistic missiles"),
        g("injured", 2, "israel", scope="event", as_of="2024-10-01",
          cue="two Israelis were lightly injured",
          note="'A Palestinian man was killed' has no number; not annotated."),
        g("evacuated", 60000, "israel", scope="total", as_of="2024-10-02", by="israeli officials", q="approx",
          cue="around 60,000 people evacuated from communities"),
        g("killed", 5, "lebanon", scope="event", as_of="2024-10-02", by="lebanese civil defence", q="lower",
          cue="killed at least five people"),
        g("injured", 24, "lebanon", scope="event", as_of="2024-10-02", by="lebanese civil defence", q="lower",
          cue="wounded dozens"),
        g("missing", 3, "lebanon", scope="event", as_of="2024-10-02", by="lebanese civil defence",
          cue="three people still missing",
          note="not figures: 24 villages, 90 percent, three tanks, 60km."),
    ),
    article(
        "c04_westbank_jenin_feature",
        None,
        """
        'We left with nothing': the families emptied out of Jenin's refugee camp

        For 42 years, Samira Abu Hassan lived in the same three-room house in Jenin refugee camp,
        where she raised her children and buried her husband. In late January, Israeli soldiers
        knocked on her door at 6am and told her to leave.

        "They gave us ten minutes," she said. "My grandson is 14. He asked if he could take his
        school books. I took my medicines and the key."

        The operation, which Israel launched on 21 January 2025 and named Iron Wall, has displaced
        about 40,000 Palestinians from the Jenin, Tulkarem and Nur Shams camps, according to the UN
        relief agency UNRWA - the largest displacement in the West Bank since 1967.

        Of the camp's 2,200 homes, nearly 600 have been destroyed or badly damaged, municipal
        engineers estimate. Bulldozers have carved roads 10 metres wide through alleys that were
        once barely wide enough for two people to pass.

        The Palestinian health ministry says Israeli forces and settlers have killed at least 1,000
        Palestinians in the West Bank, including east Jerusalem, since October 2023, about a fifth
        of them children. In Jenin alone, at least 36 people were killed in the first six weeks of
        the operation, among them a two-year-old girl, the ministry said.

        The Palestinian Red Crescent said three of its paramedics had been wounded by gunfire while
        trying to reach the camp. "We wait at the checkpoint for hours," said Mohammed, 29, one of
        its ambulance drivers. "Sometimes the patient dies before we are allowed in."

        The Israeli military says the raids are needed to root out armed groups backed by Iran. It
        says it has arrested more than 300 wanted suspects in the northern West Bank since January
        and killed "dozens of terrorists". Palestinian prisoners' groups put the number of West Bank
        residents detained since the war in Gaza began at more than 16,400.

        Six Israeli soldiers and police officers have been killed in the northern West Bank over the
        same period, according to the army.

        Abu Hassan now shares a rented flat in the town with her daughter's family. The rent, 1,500
        shekels a month, is paid by a cousin in Amman. She keeps the key to the old house on a
        string around her neck.

        "My father left Haifa in 1948 with a key," she said. "Now I have one too."
        """,
        g("displaced", 40000, "west-bank", scope="total", as_of=None, by="unrwa", q="approx",
          cue="about 40,000 Palestinians",
          note="Palestinians of camps in the West Bank -> west-bank; undated article -> a total has no as_of."),
        g("killed", 1000, "west-bank", scope="total", as_of=None, by="palestinian health ministry", q="lower",
          cue="killed at least 1,000 Palestinians in the West Bank"),
        g("killed", 36, "west-bank", scope="event", as_of=None, by="palestinian health ministry", q="lower",
          cue="at least 36 people were killed in the first six weeks",
          note="a window of the operation -> event; no single day -> as_of null."),
        g("injured", 3, "west-bank", scope="total", as_of=None, by="palestinian red crescent", pop="medics",
          cue="three of its paramedics had been wounded",
          note="a cumulative count over the operation, no single attack -> total (debatable)."),
        g("detained", 300, "west-bank", scope="total", as_of=None, by="israeli military", q="lower",
          cue="arrested more than 300 wanted suspects"),
        g("killed", 24, "west-bank", scope="total", as_of=None, by="israeli military", q="lower",
          pop="combatants", cue='killed "dozens of terrorists"'),
        g("detained", 16400, "west-bank", scope="total", as_of=None, by="palestinian prisoners' groups",
          q="lower", cue="at more than 16,400"),
        g("killed", 6, "israel", scope="total", as_of=None, by="israeli army", pop="combatants",
          cue="Six Israeli soldiers and police officers have been killed",
          note="soldiers and police together -> combatants. "
          "Not figures: 42 years, ages 14 and 29, 2,200 homes, 600 homes, 10 metres, shekels, 1948, 'a fifth'."),
    ),
    article(
        "c05_israel_iran_missiles",
        "2025-06-16",
        """
        Iranian missiles hit central Israel and Haifa, killing 8 as war enters fourth day

        June 16, 2025, 11:05 a.m.

        TEL AVIV, Israel (AP) - Iranian missiles slammed into residential buildings in central
        Israel and the port city of Haifa early Monday, killing eight people and wounding more than
        200, Israeli officials said, as the two countries' war entered its fourth day.

        Magen David Adom, Israel's emergency service, said rescue teams were still digging for at
        least four people believed trapped under a collapsed building in Bnei Brak. Sirens sounded
        across the country at 4:10 a.m., sending many of Israel's 10 million residents into
        shelters.

        The Israeli military said Iran fired about 40 ballistic missiles in the overnight barrage,
        most of which were intercepted. Since Friday, Iran has launched some 370 missiles and more
        than 100 drones at Israel, the military said.

        In all, 24 people have been killed in Israel since Israel struck Iran's nuclear and military
        sites on Friday, according to the prime minister's office, and 592 have been treated in
        hospitals for injuries.

        In Iran, the health ministry said 224 people had been killed and 1,277 wounded since Friday,
        most of them civilians. A rights group based in Washington put the death toll higher, at
        406, including 197 civilians.

        Around 3,000 people have been evacuated from damaged buildings and are staying in hotels,
        the Tel Aviv municipality said. In Bat Yam, 12 kilometers (7 miles) south of Tel Aviv, a
        missile sheared the front off a 14-story tower.

        "I heard the boom and the windows came in on us," said Yael Cohen, 67, whose apartment is on
        the sixth floor. "My grandson was in the safe room. That is the only reason he is alive."

        Prime Minister Benjamin Netanyahu said Israel was "on the path to victory" and that its jets
        had struck 120 missile launchers, about a third of Iran's total. Iran's supreme leader has
        vowed to keep firing until the attacks stop.

        Airports in both countries remained closed on Monday, stranding an estimated 100,000
        Israelis abroad.
        """,
        g("killed", 8, "israel", scope="event", as_of="2025-06-16", by="israeli officials",
          cue="killing eight people",
          note="headline repeats it as '8': one figure."),
        g("injured", 200, "israel", scope="event", as_of="2025-06-16", by="israeli officials", q="lower",
          cue="wounding more than 200"),
        g("missing", 4, "israel", scope="event", as_of="2025-06-16", by="magen david adom", q="lower",
          cue="at least four people believed trapped"),
        g("projectiles", 40, "iran", scope="event", as_of="2025-06-16", by="israeli military", q="approx",
          cue="Iran fired about 40 ballistic missiles"),
        g("projectiles", 370, "iran", scope="total", as_of="2025-06-16", by="israeli military", q="approx",
          cue="some 370 missiles"),
        g("projectiles", 100, "iran", scope="total", as_of="2025-06-16", by="israeli military", q="lower",
          cue="more than 100 drones"),
        g("killed", 24, "israel", scope="total", as_of="2025-06-16", by="prime minister's office",
          cue="24 people have been killed in Israel"),
        g("injured", 592, "israel", scope="total", as_of="2025-06-16", by="prime minister's office",
          cue="592 have been treated in hospitals for injuries"),
        g("killed", 224, "iran", scope="total", as_of="2025-06-16", by="iranian health ministry",
          cue="224 people had been killed"),
        g("injured", 1277, "iran", scope="total", as_of="2025-06-16", by="iranian health ministry",
          cue="1,277 wounded since Friday"),
        g("killed", 406, "iran", scope="total", as_of="2025-06-16", by="rights group", cue="at 406"),
        g("killed", 197, "iran", scope="total", as_of="2025-06-16", by="rights group", pop="civilians",
          cue="including 197 civilians"),
        g("evacuated", 3000, "israel", scope="total", as_of="2025-06-16", by="tel aviv municipality",
          q="approx", cue="Around 3,000 people have been evacuated",
          note="not figures: 10 million residents, 120 launchers, 100,000 stranded abroad (not displaced by the war's "
          "violence), ages, floors, 14-story."),
    ),
]
# fmt: on
