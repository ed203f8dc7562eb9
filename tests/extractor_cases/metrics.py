# ruff: noqa: E501  (case texts are data; long sentences stay on one line where possible)
"""Every metric and its cue words (FIGURES.md "metric"), including projectiles and the "casualties" rule."""

from . import case, fig

CASES = [
    case(
        "russia-metric-liquidating-militants",
        "Units of the North group inflicted damage on several brigades, liquidating up to 40 Ukrainian militants, the defence ministry said.",
        "2024-11-26",
        fig(
            "killed",
            40,
            "ukraine",
            population="combatants",
            qualifier="upper",
            scope="event",
            reported_by="defence ministry",
        ),
    ),
    case(
        "sudan-metric-arrested-collaborators-and-militia-elements",
        "Police in Kosti arrested 7 collaborators, while the army said it had neutralised more than 150 militia elements.",
        "2025-05-28",
        fig("detained", 7, "sudan", scope="event"),
        fig("killed", 150, "sudan", population="combatants", qualifier="lower", scope="event", reported_by="army"),
    ),
    case(
        "haiti-metric-bandits-are-combatants",
        "Police said they had neutralised about a dozen bandits during the operation in Mirebalais.",
        "2025-04-03",
        fig("killed", 12, "haiti", population="combatants", qualifier="approx", scope="event", reported_by="police"),
    ),
    case(
        "gaza-metric-missing-not-the-house-s-displaced",
        "Rescuers in Nuseirat are still searching for about ten people who remain missing under the rubble of the house, which was sheltering displaced families.",
        "2024-08-14",
        # "which was sheltering displaced families" is about the house, not about the ten
        fig("missing", 10, "gaza", qualifier="approx"),
    ),
    case(
        "sudan-metric-killed-displaced-people-are-killed",
        "A drone struck a school in Kosti, killing 12 displaced people and wounding 20 IDPs who had fled El Fasher.",
        "2025-05-14",
        # the verb says what happened to them; "displaced" only says who they were
        fig("killed", 12, "sudan", scope="event"),
        fig("injured", 20, "sudan", scope="event"),
    ),
    case(
        "yemen-metric-martyrs-as-a-noun",
        "The toll of the strike on the fuel port has risen to 80 martyrs and 150 wounded, the health ministry in Sanaa said.",
        "2025-04-19",
        # the toll of one strike: an event, however it rises
        fig("killed", 80, "yemen", scope="event", reported_by="sanaa health ministry"),
        fig("injured", 150, "yemen", scope="event", reported_by="sanaa health ministry"),
    ),
    case(
        "syria-metric-led-to-the-martyrdom-of",
        "Mortar shells fired at the village near Idlib led to the martyrdom of three civilians, SANA reported.",
        "2024-10-02",
        fig("killed", 3, "syria", population="civilians", scope="event", reported_by="sana"),
    ),
    case(
        "lebanon-metric-the-death-of-and-the-injury-of",
        "The drone strike on the car in Nabatieh caused the death of two people and the injury of five others.",
        "2024-08-20",
        fig("killed", 2, "lebanon", scope="event"),
        fig("injured", 5, "lebanon", scope="event"),
    ),
    case(
        "sudan-metric-among-the-wounded-are",
        "Among the wounded are at least 40 children, Doctors Without Borders said of the shelling in El Obeid.",
        "2025-07-02",
        fig("injured", 40, "sudan", population="children", qualifier="lower", reported_by="doctors without borders"),
    ),
    case(
        "yemen-metric-the-wounded-included",
        "The wounded included 14 women, the Houthi-run health ministry in Sanaa said.",
        "2025-05-07",
        fig("injured", 14, "yemen", population="women", reported_by="sanaa health ministry"),
    ),
    # --- killed
    case(
        "ukraine-killed-are-dead-kherson",
        "Eight people are dead after a Russian drone hit a bus in Kherson, the regional administration said.",
        "2024-06-10",
        fig("killed", 8, "ukraine", reported_by=("regional administration", "kherson regional administration")),
    ),
    case(
        "lebanon-killed-deaths-recorded",
        "Lebanon's health ministry has recorded 3,961 deaths since the hostilities with Israel began.",
        "2024-12-04",
        fig("killed", 3961, "lebanon", scope="total", reported_by="lebanon's health ministry"),
    ),
    case(
        "ukraine-killed-death-toll-rose-to-dnipro",
        "The death toll from Saturday's Russian missile strike on an apartment block in Dnipro rose to 45 on "
        "Monday, officials said.",
        "2023-01-16",
        # One attack -> event; as_of is the day of the strike the toll describes, not the day it was updated.
        fig("killed", 45, "ukraine", scope="event", as_of="2023-01-14", reported_by="officials"),
    ),
    case(
        "gaza-killed-martyred-wafa",
        "Twelve Palestinians were martyred in the bombardment of Nuseirat camp in central Gaza on Friday, WAFA reported.",
        "2024-06-08",
        fig("killed", 12, "gaza", scope="event", as_of="2024-06-07", reported_by="wafa"),
    ),
    case(
        "somalia-killed-lost-their-lives",
        "At least 31 people lost their lives when a suicide bomber struck a beachfront restaurant in Mogadishu on "
        "Friday evening.",
        "2024-08-03",
        fig("killed", 31, "somalia", qualifier="lower", scope="event", as_of="2024-08-02"),
    ),
    case(
        "ukraine-killed-bodies-recovered",
        "Rescuers have recovered 45 bodies from the ruins of the building in Ternopil, the emergency service said.",
        "2025-11-21",
        # Decision: recovered bodies are "the dead" -> killed.
        fig("killed", 45, "ukraine", reported_by="emergency service"),
    ),
    # --- injured
    case(
        "ukraine-injured-wounded-nikopol",
        "Russian artillery fire wounded 17 people in Nikopol, the regional governor said.",
        "2024-07-22",
        fig("injured", 17, "ukraine", reported_by=("regional governor", "governor")),
    ),
    case(
        "ukraine-injured-hurt-kyiv",
        "Five people were hurt when debris from a downed drone fell on a residential building in Kyiv.",
        "2024-09-01",
        fig("injured", 5, "ukraine"),
    ),
    case(
        "lebanon-injured-injured",
        "Israeli strikes on southern Lebanon injured 26 people on Monday, the health ministry said.",
        "2024-09-24",
        fig("injured", 26, "lebanon", scope="event", as_of="2024-09-23", reported_by="health ministry"),
    ),
    # --- missing
    case(
        "gaza-missing-under-rubble",
        "More than 10,000 people are believed to be under the rubble across Gaza, the civil defence says.",
        "2024-05-02",
        fig("missing", 10000, "gaza", qualifier="lower", reported_by="civil defence"),
    ),
    case(
        "ukraine-missing-unaccounted",
        "Ukraine says about 35,000 people remain unaccounted for in connection with the war.",
        "2024-02-24",
        fig("missing", 35000, "ukraine", qualifier="approx", scope="total", reported_by="ukraine"),
    ),
    case(
        "sudan-missing-vague",
        "Dozens are missing after RSF fighters attacked the village of Wad al-Nourah in Sudan's Gezira state.",
        "2024-06-07",
        fig("missing", 24, "sudan", qualifier="lower"),
    ),
    # --- hostages
    case(
        "nigeria-hostages-abducted",
        "Gunmen abducted at least 20 people from a village in northwestern Nigeria, police said.",
        "2024-03-17",
        fig("hostages", 20, "nigeria", qualifier="lower", reported_by="police"),
    ),
    case(
        "israel-hostages-captives",
        "Hamas is believed to be holding 101 captives in Gaza.",
        "2024-09-03",
        # Captives from Israel held in Gaza -> side israel (whose people are counted).
        fig("hostages", 101, "israel"),
    ),
    case(
        "israel-hostages-taken-and-still-held",
        "Of the 251 people taken hostage on October 7, 97 are still held in Gaza.",
        "2024-10-01",
        fig("hostages", 251, "israel", scope="event", as_of="2023-10-07"),
        fig("hostages", 97, "israel", scope="total"),
    ),
    # --- detained
    case(
        "west-bank-detained-arrested",
        "Israeli forces arrested 25 Palestinians in raids across the West Bank overnight.",
        "2024-03-12",
        fig("detained", 25, "west-bank"),
    ),
    case(
        "myanmar-detained-detained",
        "The junta detained 87 people in Mandalay in the week after the conscription law took effect.",
        "2024-02-26",
        fig("detained", 87, "myanmar"),
    ),
    # --- displaced
    case(
        "gaza-displaced-fled-past-week",
        "Around 450,000 people have fled Rafah in the past week, UNRWA said.",
        "2024-05-14",
        fig("displaced", 450000, "gaza", qualifier="approx", scope="event", reported_by="unrwa"),
    ),
    case(
        "lebanon-displaced-sought-shelter",
        "More than 100,000 people have sought shelter in schools and public buildings in Beirut.",
        "2024-09-30",
        fig("displaced", 100000, "lebanon", qualifier="lower"),
    ),
    case(
        "syria-displaced-homeless",
        "The bombardment has left 7,000 people homeless in Aleppo's eastern districts.",
        "2016-11-30",
        fig("displaced", 7000, "syria"),
    ),
    case(
        "sudan-displaced-refugees",
        "Chad is hosting more than 600,000 Sudanese refugees who fled the war.",
        "2024-04-15",
        fig("displaced", 600000, "sudan", qualifier="lower", scope="total"),
    ),
    # --- evacuated
    case(
        "russia-evacuated-kursk",
        "Authorities evacuated 12,000 residents from towns near the border in Kursk region.",
        "2024-08-08",
        fig("evacuated", 12000, "russia"),
    ),
    case(
        "gaza-evacuated-ordered-to-leave",
        "The Israeli military ordered about 100,000 people to leave eastern Rafah on Monday.",
        "2024-05-07",
        fig("evacuated", 100000, "gaza", qualifier="approx", scope="event", as_of="2024-05-06"),
    ),
    case(
        "israel-evacuated-remain",
        "Some 60,000 residents of northern Israel remain evacuated from their homes.",
        "2024-06-05",
        fig("evacuated", 60000, "israel", qualifier="approx", scope="total"),
    ),
    # --- projectiles (side = who fired)
    case(
        "gaza-projectiles-rockets",
        "Palestinian militants fired 20 rockets from Gaza toward Israel on Sunday, the military said.",
        "2024-05-26",
        fig("projectiles", 20, "gaza", scope="event", as_of="2024-05-26", reported_by="military"),
    ),
    case(
        "iran-projectiles-ballistic-missiles",
        "Iran fired about 180 ballistic missiles at Israel on Tuesday night.",
        "2024-10-02",
        fig("projectiles", 180, "iran", qualifier="approx", scope="event", as_of="2024-10-01"),
    ),
    case(
        "yemen-projectiles-houthi-drones",
        "The Houthis launched 14 drones at commercial ships in the Red Sea, the US military said.",
        "2024-01-10",
        fig("projectiles", 14, "yemen", reported_by="us military"),
    ),
    case(
        "sudan-projectiles-shells",
        "RSF fighters fired more than 50 artillery shells into the city's main market, residents said.",
        "2024-06-15",
        fig("projectiles", 50, "sudan", qualifier="lower", reported_by="residents"),
    ),
    case(
        "ukraine-projectiles-intercepted-subset",
        "Russia fired 90 drones at Ukraine overnight, of which 70 were shot down, the air force said.",
        "2024-11-25",
        # The shot-down count is a subset of the salvo, not a launch count (as in the seed gold): one figure.
        fig("projectiles", 90, "russia", reported_by="air force"),
    ),
    # --- "casualties"
    case(
        "sudan-casualties-unsplit-skipped",
        "The shelling caused 30 casualties at the hospital in Omdurman, the facility's director said.",
        "2024-07-01",
        # FIGURES.md: an unsplit "casualties" that does not say killed or wounded is skipped.
    ),
    case(
        "ukraine-casualties-wounded-clear",
        "Doctors treated 30 casualties, all of them wounded by shrapnel, after the strike on Zaporizhzhia.",
        "2024-11-12",
        # The text makes clear the casualties are the wounded -> injured.
        fig("injured", 30, "ukraine"),
    ),
    case(
        "russia-casualties-unsplit-total-skipped",
        "The Ukrainian military says Russian forces have suffered more than 700,000 casualties since the invasion.",
        "2024-11-21",
        # Killed and wounded together, not split, not said to be dead: skipped (FIGURES.md "casualties" rule).
    ),
    case(
        "lebanon-metric-total-killed-had-reached",
        "Lebanon's health ministry said the total killed since October had reached 2,310, including 140 children, with 10,700 people wounded.",
        "2024-10-06",
        fig("killed", 2310, "lebanon", scope="total"),
        fig("killed", 140, "lebanon", population="children", scope="total"),
        fig("injured", 10700, "lebanon", scope="total"),
    ),
    case(
        "haiti-metric-kidnappings-noun",
        "UN monitors recorded 212 kidnappings and 1,100 killings in Haiti in the first three months of the year.",
        "2025-04-30",
        fig("hostages", 212, "haiti"),
        fig("killed", 1100, "haiti"),
    ),
    case(
        "pakistan-metric-moved-means-evacuated",
        "Nearly 4,000 residents of villages in Pakistan's Kurram district had been moved to camps in Parachinar, officials said.",
        "2025-10-14",
        fig("evacuated", 4000, "pakistan", qualifier="upper"),
    ),
    case(
        "gaza-metric-toll-past-n",
        "Overnight strikes killed 41 people across Gaza, pushing the overall death toll past 36,000, the health ministry said.",
        "2024-05-29",
        fig("killed", 41, "gaza"),
        fig("killed", 36000, "gaza", qualifier="lower", scope="total"),
    ),
    case(
        "sudan-metric-toll-may-be-as-high-as",
        "Some researchers say the true toll of the war in Sudan may be as high as 130,000.",
        "2025-01-10",
        fig("killed", 130000, "sudan", qualifier="upper"),
    ),
    case(
        "israel-metric-treated-in-hospitals-is-injured",
        "Israel's health ministry says 610 people have been treated in hospitals since the Iranian barrages began.",
        "2025-06-17",
        fig("injured", 610, "israel", scope="total"),
    ),
    case(
        "somalia-metric-suspects-detained",
        "Security forces in Somalia detained 27 suspects after the bombing in Baidoa.",
        "2025-02-11",
        fig("detained", 27, "somalia"),
    ),
    case(
        "gaza-metric-deceased-hostages-are-hostages",
        "Hamas said it would hand over the remains of 11 deceased hostages held in Gaza.",
        "2025-10-15",
        fig("hostages", 11, "israel"),
    ),
    case(
        "gaza-metric-eliminated-is-killed",
        "The Israeli military said at least 15 Hamas and Islamic Jihad militants were eliminated in the raid in Gaza.",
        "2024-11-02",
        fig("killed", 15, "gaza", population="combatants", qualifier="lower"),
    ),
    case(
        "ukraine-metric-executed-prisoners-are-killed",
        "Ukrainian prosecutors say Russian forces have executed at least 180 Ukrainian prisoners of war.",
        "2025-03-01",
        fig("killed", 180, "ukraine", population="combatants", qualifier="lower"),
    ),
    case(
        "israel-metric-taken-to-hospitals-is-injured",
        "The health ministry said 2,950 people had been taken to hospitals in Israel since the Iranian strikes began.",
        "2025-06-20",
        fig("injured", 2950, "israel", scope="total"),
    ),
    case(
        "sudan-metric-unlisted-adjective-before-deaths",
        "Sudan's health ministry has recorded 52,000 cholera cases, including 1,100 associated deaths.",
        "2025-05-02",
        fig("killed", 1100, "sudan"),
        exhaustive=False,
    ),
    case(
        "ukraine-metric-the-month-may-is-no-modal",
        "A Russian missile attack on Kharkiv on May 25 killed at least 19 people and injured 54, the governor said.",
        "2024-05-26",
        fig("killed", 19, "ukraine", qualifier="lower"),
        fig("injured", 54, "ukraine"),
    ),
    case(
        "gaza-metric-participle-then-the-verb",
        "At least 310 people sheltering in UN schools in Gaza have been killed since the war began, the agency said.",
        "2024-06-05",
        fig("killed", 310, "gaza", qualifier="lower"),
    ),
    case(
        "sudan-metric-camp-sheltered-n",
        "Before the assault, Zamzam camp in North Darfur sheltered an estimated 450,000 people.",
        "2025-04-15",
        fig("displaced", 450000, "sudan", qualifier="approx"),
    ),
    case(
        "haiti-metric-lynched-is-killed",
        "Vigilante groups in Haiti lynched more than 80 suspected gang members last year, the UN said.",
        "2025-01-20",
        fig("killed", 80, "haiti", population="combatants", qualifier="lower"),
    ),
    case(
        "nigeria-metric-abduction-of-n",
        "It was the worst attack on a school since the abduction of 110 schoolgirls from Dapchi in Nigeria.",
        "2024-03-09",
        fig("hostages", 110, "nigeria", population="children"),
    ),
    case(
        "gaza-metric-treated-n-patients",
        "Doctors at Nasser hospital in Gaza said they had treated more than 120 patients after the strike.",
        "2024-07-14",
        fig("injured", 120, "gaza", qualifier="lower"),
    ),
    case(
        "haiti-metric-driven-out",
        "Gang violence in Haiti has driven more than 60,000 people out of the capital since March, the IOM said.",
        "2025-04-02",
        fig("displaced", 60000, "haiti", qualifier="lower"),
    ),
    case(
        "gaza-metric-dead-hostages-are-hostages",
        "Hamas has returned the bodies of only four of the 28 dead hostages so far.",
        "2025-10-14",
        fig("hostages", 28, "israel"),
        exhaustive=False,
    ),
    case(
        "gaza-metric-bodies-of-n-members-of-a-family",
        "Rescuers in Gaza recovered the bodies of 14 members of one family, among them six women.",
        "2025-03-19",
        fig("killed", 14, "gaza"),
        fig("killed", 6, "gaza", population="women"),
    ),
    case(
        "ethiopia-metric-killed-or-captured-is-killed",
        "Fano fighters say they killed or captured more than 90 federal soldiers near Bahir Dar in Ethiopia.",
        "2025-07-03",
        fig("killed", 90, "ethiopia", population="combatants", qualifier="lower"),
    ),
    case(
        "myanmar-metric-the-arrest-of-n",
        "Residents in Myanmar's Sagaing region reported the arrest of more than 120 young men.",
        "2025-05-13",
        fig("detained", 120, "myanmar", qualifier="lower"),
    ),
    case(
        "nigeria-metric-receiving-treatment-is-injured",
        "In Benue state in Nigeria, 47 people were receiving treatment in hospitals on Sunday.",
        "2025-06-16",
        fig("injured", 47, "nigeria"),
    ),
    case(
        "haiti-metric-lynching-of-n",
        "The UN documented the lynching of 240 alleged gang members in Haiti last year.",
        "2025-01-07",
        fig("killed", 240, "haiti", population="combatants"),
    ),
    case(
        "ukraine-metric-brought-home-from-captivity",
        "Ukraine has returned more than 3,900 Ukrainians from captivity since the full-scale invasion.",
        "2024-12-30",
        fig("detained", 3900, "ukraine", qualifier="lower"),
    ),
    case(
        "russia-metric-remain-in-hospital-is-injured",
        "Of the wounded in Russia's Belgorod region, nine remain in hospital, the governor said.",
        "2025-03-11",
        fig("injured", 9, "russia"),
    ),
    case(
        "gaza-metric-lost-contact-with-n-is-missing",
        "The Palestine Red Crescent said it had lost contact with eight of its paramedics in Rafah in Gaza.",
        "2025-03-24",
        fig("missing", 8, "gaza", population="medics"),
    ),
    case(
        "gaza-metric-bodies-of-deceased-hostages-are-hostages",
        "The Israeli military says the bodies of three deceased hostages have been handed over by the Red Cross in Gaza.",
        "2025-10-16",
        fig("hostages", 3, "israel"),
    ),
    case(
        "somalia-metric-freed-from-captors-are-hostages",
        "The army in Somalia said it had freed 14 civilians who were being held by the group near Jowhar.",
        "2024-08-19",
        fig("hostages", 14, "somalia", population="civilians"),
    ),
    case(
        "lebanon-metric-group-names-its-own-fighters",
        "Hezbollah has named more than 400 fighters killed since it began firing at Israel in October.",
        "2024-09-24",
        fig(
            "killed", 400, "lebanon", population="combatants", qualifier="lower", scope="total", reported_by="hezbollah"
        ),
    ),
    case(
        "gaza-metric-declared-dead-on-arrival",
        "A hospital in Khan Younis received 60 wounded people, and 12 of them were declared dead on arrival.",
        "2025-06-03",
        fig("injured", 60, "gaza", scope="event"),
        fig("killed", 12, "gaza", scope="event"),
    ),
    case(
        "israel-metric-munitions-are-projectiles",
        "Israel dropped 2,000 munitions on Gaza in the first week, the army said.",
        "2023-10-14",
        fig("projectiles", 2000, "israel", scope="event", reported_by="army"),
    ),
    case(
        "nigeria-metric-seized-people-are-hostages",
        "Gunmen seized 38 worshippers from a church in Kaduna on Sunday.",
        "2025-02-11",
        fig("hostages", 38, "nigeria", scope="event", as_of="2025-02-09"),
    ),
    case(
        "mali-metric-seized-goods-are-no-figure",
        "Jihadists seized 40 fuel trucks on the road to Bamako.",
        "2025-09-15",
    ),
    case(
        "syria-metric-among-the-victims-are",
        "Among the victims are at least 60 civilians, including nine children, the monitor said.",
        "2025-03-09",
        fig("killed", 60, "unknown", population="civilians", qualifier="lower", reported_by="monitor"),
        fig("killed", 9, "unknown", population="children", reported_by="monitor"),
    ),
    case(
        "sudan-metric-crossed-from-is-displacement",
        "Nearly 700,000 people have crossed from Sudan into Chad since the war began, UNHCR says.",
        "2025-02-14",
        fig("displaced", 700000, "sudan", qualifier="upper", scope="total", reported_by="unhcr"),
    ),
    case(
        "colombia-metric-holding-patients-is-no-hostage-count",
        "The clinic in Tibú was holding 30 patients when the fighting reached the town.",
        "2025-01-20",
    ),
    case(
        "mali-metric-took-soldiers-prisoner",
        "JNIM said it killed 30 soldiers in the attack on the army post near Boulkessi in Mali and took five soldiers prisoner.",
        "2024-06-14",
        fig("killed", 30, "mali", population="combatants", reported_by="jnim"),
        fig("detained", 5, "mali", population="combatants", reported_by="jnim"),
    ),
    case(
        "ukraine-metric-surrendered-soldiers-are-detained",
        "Kyiv said 46 Russian soldiers had surrendered near Vovchansk on Friday and were being held by its forces.",
        "2024-05-19",
        fig("detained", 46, "russia", population="combatants", as_of="2024-05-17", reported_by="kyiv"),
    ),
    case(
        "nigeria-metric-took-away-pupils-is-abduction",
        "Gunmen stormed a boarding school in Kebbi state on Sunday and took away 25 schoolgirls, police said.",
        "2025-11-18",
        fig("hostages", 25, "nigeria", population="children", scope="event", as_of="2025-11-16", reported_by="police"),
    ),
    case(
        "west-bank-metric-left-the-camp-is-displacement",
        "UNRWA said about 2,000 residents of Nur Shams had left the camp since the operation began.",
        "2025-02-12",
        fig("displaced", 2000, "west-bank", qualifier="approx", reported_by="unrwa"),
    ),
    case(
        "pakistan-metric-embraced-shahadat-and-sustained-injuries",
        "Indian shelling hit a village near the Line of Control in Pakistan; two civilians embraced shahadat and three soldiers sustained minor injuries, the military said.",
        "2025-05-08",
        fig("killed", 2, "pakistan", population="civilians", reported_by="military"),
        fig("injured", 3, "pakistan", population="combatants", reported_by="military"),
    ),
    case(
        "yemen-metric-forced-millions-from-their-homes",
        "A decade of war in Yemen has killed tens of thousands and forced some 4.5 million from their homes, the UN says.",
        "2025-03-26",
        fig("killed", 20000, "yemen", qualifier="lower", scope="total", reported_by="un"),
        fig("displaced", 4500000, "yemen", qualifier="approx", scope="total", reported_by="un"),
    ),
    case(
        "sudan-metric-a-relative-clause-says-who-the-main-verb-what",
        "Aid groups say hundreds of people who fled El Fasher last week remain unaccounted for.",
        "2025-11-02",
        fig("missing", 200, "sudan", qualifier="lower", reported_by="aid groups"),
    ),
    case(
        "gaza-metrics-part-of-a-population-is-counted-by-its-noun",
        "Aid agencies say roughly 1.8 million of the territory's 2.2 million people have been displaced in Gaza.",
        "2024-07-01",
        fig("displaced", 1800000, "gaza", qualifier="approx"),
    ),
    case(
        "syria-metrics-detained-by-x-remain-unaccounted-for-is-missing",
        "The monitor says more than 100,000 people detained by the former security services remain unaccounted for"
        " in Syria, including some 2,900 children.",
        "2024-12-20",
        fig("missing", 100000, "syria", qualifier="lower"),
        fig("missing", 2900, "syria", population="children", qualifier="approx"),
    ),
    case(
        "syria-metrics-living-as-refugees-is-displacement",
        "About 5.5 million Syrians still live as refugees in neighbouring countries.",
        "2024-12-20",
        fig("displaced", 5500000, "syria", qualifier="approx"),
    ),
    case(
        "haiti-metrics-admitted-with-gunshot-wounds-is-injured",
        "The hospital in Port-au-Prince admitted 19 people with gunshot wounds over the weekend.",
        "2024-03-11",
        fig("injured", 19, "haiti"),
    ),
    case(
        "israel-metrics-no-longer-alive-is-killed",
        "Of the 59 hostages still in Gaza, Israel believes at least 24 are no longer alive.",
        "2025-05-01",
        fig("killed", 24, "israel", qualifier="lower"),
        exhaustive=False,
    ),
    case(
        "iran-metrics-a-long-including-aside-before-the-verb",
        "The judiciary said 71 people, including inmates, guards, administrative staff and visitors, had been"
        " killed in the strike on the prison.",
        "2025-06-29",
        fig("killed", 71, "unknown", reported_by="judiciary"),
    ),
]
