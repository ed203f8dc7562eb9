"""Cue words, kept as data apart from the logic (price-parser style).

Every table maps surface words to what they signal. Phrases are matched as
whole words, case-insensitively, on the sentence around a number.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Who is counted: person nouns -> population (FIGURES.md `population`).
# Demonyms from the side gazetteer ("Palestinians", "Ukrainians") are person nouns too (population all).
PERSON_NOUNS: dict[str, str] = {
    **dict.fromkeys("people persons person individuals residents villagers inhabitants others men adults "
                    "worshippers students patients farmers workers labourers laborers migrants pilgrims "
                    "passengers shoppers relatives victims suspects brothers sisters siblings sons daughters "
                    "cousins nephews nieces husbands wives fathers mothers parents grandparents".split(), "all"),
    **dict.fromkeys(["family members", "members of the public",
                     "more people", "other people", "refugees", "displaced people", "displaced persons",
                     "internally displaced people", "internally displaced persons", "prisoners", "detainees",
                     "hostages", "captives", "evacuees", "abductees", "bodies", "corpses", "dead", "wounded",
                     "injured", "missing", "casualties", "fatalities", "deaths", "killed", "martyrs"], "all"),
    **dict.fromkeys("civilians civilian non-combatants noncombatants bystanders".split(), "civilians"),
    **dict.fromkeys("druze alawites alawite bedouin kurds yazidis christians muslims copts hazaras uyghurs "
                    "tutsis hutus sailors seafarers crew".split() + ["crew members"], "all"),
    **dict.fromkeys(["gang members", "attackers", "assailants", "bombers", "suicide bombers", "jihadists",
                     "extremists", "terrorists", "bandits", "elements", "militia elements", "terrorist elements"],
                    "combatants"),
    **dict.fromkeys(["collaborators", "saboteurs", "infiltrators", "smugglers", "spies"], "all"),
    **dict.fromkeys("pupils schoolgirls schoolboys".split(), "children"),
    **dict.fromkeys("teachers teacher fishermen miners protesters demonstrators mourners guests customers travellers "
                    "travelers commuters inmates volunteers contractors officials politicians lawmakers scientists "
                    "engineers experts diplomats activists".split(),
                    "all"),
    **dict.fromkeys(["peacekeepers", "peacekeeper", "guards", "bodyguards", "policemen", "police officers",
                     "police", "police officer", "policeman"], "combatants"),
    **dict.fromkeys("man resident villager worker farmer fisherman shepherd pilgrim student passenger "
                    "individual citizens nationals".split(), "all"),
    **dict.fromkeys("officer policeman guard militiaman commander gunman rebel insurgent reservist conscript "
                    "mercenary guerrilla jihadist operative serviceman servicewoman".split(), "combatants"),
    **dict.fromkeys("boy girl baby infant teenager toddler newborn".split(), "children"),
    **dict.fromkeys("paramedic doctor nurse medic rescuer".split(), "medics"),
    **dict.fromkeys("soldiers soldier troops servicemen servicemembers fighters fighter militants militant "
                    "combatants gunmen insurgents rebels militiamen commanders operatives jihadists "
                    "paramilitaries reservists conscripts mercenaries guerrillas".split(), "combatants"),
    **dict.fromkeys(["prisoners of war", "pows"], "combatants"),  # captured soldiers
    **dict.fromkeys(["service members", "security personnel", "security forces", "members of the security forces",
                     "security force personnel", "security force members", "regime soldiers",
                     "military personnel", "army officers", "officers", "members"], "combatants"),
    **dict.fromkeys("children child kids minors boys girls babies infants toddlers newborns "
                    "schoolchildren teenagers".split(), "children"),
    **dict.fromkeys("women woman mothers".split(), "women"),
    **dict.fromkeys("journalists journalist reporters reporter photographers photojournalists "
                    "cameramen".split() + ["media workers", "media professionals"], "journalists"),
    **dict.fromkeys("medics paramedics doctors nurses rescuers".split()
                    + ["health workers", "healthcare workers", "health care workers", "medical workers",
                       "medical staff", "medical personnel", "health staff", "rescue workers",
                       "first responders", "civil defence workers", "civil defense workers",
                       "ambulance workers", "emergency workers", "hospital staff", "hospital workers",
                       "hospital employees", "health and care workers", "health and rescue workers",
                       "medical and rescue workers", "health and medical workers"], "medics"),
    **dict.fromkeys(["aid workers", "humanitarian workers", "humanitarians", "un staff", "un staffers",
                     "un workers", "un employees", "unrwa staff", "unrwa employees", "unrwa workers",
                     "relief workers", "aid staff", "humanitarian staff", "staff members", "staffers",
                     "red crescent volunteers", "red cross volunteers", "red crescent workers", "red cross workers",
                     "red crescent staff", "red cross staff"],
                    "aid_workers"),
    **dict.fromkeys(["staff", "employees", "colleagues", "personnel"], "all"),  # aid_workers next to a UN/aid agency
}  # fmt: skip
# "members" counts as combatants only next to an armed group ("295 Hezbollah members"); else people.
GROUP_DEPENDENT_NOUNS = frozenset({"members", "officers"})
# "258 of its staff" counts aid workers when an aid agency is the subject.
AID_AGENCY_WORDS = (
    "un",
    "u.n.",
    "united nations",
    "world food programme",
    "unrwa",
    "wfp",
    "unicef",
    "who",
    "ocha",
    "unhcr",
    "aid",
    "humanitarian",
    "relief",
    "msf",
    "red cross",
    "red crescent",
    "icrc",
    "ifrc",
    "iom",
    "doctors without borders",
    "world central kitchen",
    "emergency response room",  # Sudan's neighbourhood relief groups
    "emergency response rooms",
    "charity",
)
# Words after a noun that make it a modifier of another head: "rocket launchers", "civilian homes".
COMPOUND_BREAKERS = frozenset(
    """launchers launcher systems system batteries battery factories factory sites site attacks attack strikes
    strike fire alerts alert sirens production depots depot stockpiles homes houses buildings areas targets
    infrastructure objects facilities vehicles cars trucks boats boat ships ship bases base units unit
    positions families households""".split()
)
# Nouns after a person noun that give the figure its metric: "civilian deaths", "child fatalities".
PERSON_METRIC_TAIL: dict[str, str] = {
    "deaths": "killed",
    "fatalities": "killed",
    "dead": "killed",
    "injuries": "injured",
    "casualties": "killed",
}

# Nouns that carry their own metric when they head the number ("200 hostages", "60 rockets", "12 dead").
METRIC_NOUNS: dict[str, str] = {
    **dict.fromkeys("dead deaths fatalities bodies corpses killed martyrs".split(), "killed"),
    **dict.fromkeys("wounded injured injuries".split(), "injured"),
    # "civilian deaths", "child casualties" are handled as person noun + metric noun in candidates
    "missing": "missing",
    **dict.fromkeys("hostages hostage captives abductees".split(), "hostages"),
    **dict.fromkeys("detainees prisoners arrests pows".split() + ["prisoners of war"], "detained"),
    "victims": "killed", "abducted": "hostages", "taken": "hostages", "killings": "killed",
    "kidnappings": "hostages", "abductions": "hostages",
    **dict.fromkeys(["refugees", "displaced", "displaced people", "displaced persons", "idps", "new arrivals",
                     "internally displaced people", "internally displaced persons", "homeless"], "displaced"),
    "evacuees": "evacuated",
}  # fmt: skip

# Projectiles: nouns counted in the `projectile` unit (FIGURES.md metric `projectiles`).
PROJECTILE_NOUNS: tuple[str, ...] = (
    "rockets", "rocket", "missiles", "missile", "drones", "drone", "shells", "shell", "mortars", "mortar rounds",
    "mortar shells", "artillery shells", "artillery rounds", "projectiles", "projectile", "uavs", "bombs",
    "glide bombs", "munitions",
)  # fmt: skip
# Words that may stand between a number and its head noun ("60 Katyusha rockets", "14 Israeli soldiers").
NOUN_MODIFIERS = frozenset(
    """more other additional further young unarmed innocent foreign local elderly wounded injured dead
    armed suspected alleged senior junior female male pregnant displaced heavy ballistic cruise hypersonic
    katyusha grad kamikaze attack explosive guided long-range short-range anti-tank shahed iranian-made
    russian-made unmanned aerial of the its their her his our own whom which among them including military security
    government pro-government opposition rebel militia national local international living surviving remaining
    last deceased freed released former tribal""".split()
)

# ---------------------------------------------------------------------------
# What happened: verbs and phrases -> metric. "left" cues sit before the number in active
# voice ("killed 12", "killing more than 30"); "right" cues follow the counted noun
# ("12 people were killed", "200 have fled"). Participles work both ways.
METRIC_VERBS: dict[str, str] = {
    **dict.fromkeys(["killed", "kill", "kills", "killing", "died", "die", "dies", "perished", "slain",
                     "martyred", "massacred", "executed", "shot dead", "gunned down", "lost their lives",
                     "lost their life", "lost his life", "lost her life", "were dead", "are dead",
                     "no longer alive",
                     "been killed", "claimed the lives of", "claiming the lives of", "left dead",
                     "death toll", "toll", "among the dead were", "bodies of", "killed or captured", "lynching of",
                     "killing of", "killings of", "martyrdom of", "death of",
                     "killed or wounded", "killed or injured", "among the dead are", "among those killed were",
                     "the dead included", "the dead include", "the victims included", "among the victims were",
                     "among the victims are", "the victims include", "among those killed are",
                     "among the killed were", "among the killed are", "martyred were", "martyred are",
                     "among the martyrs were", "among the martyrs are", "among the martyrs", "liquidated",
                     "liquidating", "been liquidated",
                     "among the dead", "among those killed", "drowned", "burned to death", "starved to death",
                     "crushed to death", "succumbed", "were among the dead", "are among the dead",
                     "toll includes", "toll included", "the dead include", "were among those killed", "has lost",
                     "have lost", "lost", "eliminated", "eliminating", "been eliminated", "neutralised",
                     "neutralized", "lynched", "beheaded", "stabbed to death", "hacked to death", "burned alive",
                     "burnt alive", "declared dead", "pronounced dead", "found dead", "confirmed dead",
                     "embraced shahadat", "embraced martyrdom", "attained martyrdom"], "killed"),
    **dict.fromkeys(["injured", "injure", "injures", "injuring", "wounded", "wound", "wounds", "wounding",
                     "injury of", "injuries of", "injuries to", "wounding of",
                     "hurt", "sustained injuries", "sustained minor injuries", "sustained serious injuries",
                     "sustained critical injuries", "suffered injuries", "suffered minor injuries",
                     "suffered serious injuries", "were injured", "left injured", "left wounded",
                     "among the wounded were", "among the injured were", "among the wounded", "treated for",
                     "among the wounded are", "among the injured are", "among those wounded were",
                     "among those wounded are", "among those injured were", "among those injured are",
                     "the wounded included", "the wounded include", "the injured included", "the injured include",
                     "with gunshot wounds", "with bullet wounds", "with shrapnel wounds", "with wounds",
                     "with injuries", "with gunshot injuries", "with shrapnel injuries",
                     "being treated", "were treated", "been treated", "treated in hospital", "treated in hospitals",
                     "hospitalized", "hospitalised", "admitted to hospital", "taken to hospital",
                     "taken to hospitals", "been taken to hospital", "been taken to hospitals", "treated",
                     "receiving treatment", "were receiving treatment", "remain in hospital", "remained in hospital",
                     "still in hospital"],
                    "injured"),
    **dict.fromkeys(["missing", "unaccounted for", "out of contact", "lost contact", "lost contact with",
                     "trapped under", "trapped beneath",
                     "believed to be trapped", "feared trapped", "as missing",
                     "under the rubble", "under rubble",
                     "went missing",
                     "disappeared", "remain missing", "are missing"], "missing"),
    **dict.fromkeys(["taken hostage", "held hostage", "taken captive", "held captive", "abducted", "abducting",
                     "kidnapped", "kidnapping", "seized", "seizing", "being held", "still held", "held in gaza",
                     "took away",
                     "remain in captivity",
                     "in captivity", "as hostages", "into captivity", "taken into gaza", "hostage", "abduction of",
                     "kidnapping of", "abductions of"], "hostages"),
    **dict.fromkeys(["arrest of", "arrests of", "detention of", "been brought home", "brought home",
                     "from captivity"], "detained"),
    **dict.fromkeys(["arrested", "arresting", "arrest", "detain", "detains",
                     "detained", "detaining", "taken prisoner", "taken into custody",
                     "jailed", "rounded up", "apprehended", "captured", "capturing", "held as prisoners of war",
                     "prisoner",
                     "prisoners of war", "held as prisoners", "held prisoner", "in its prisons", "in prisons",
                     "in israeli prisons", "in prison", "in jail", "in detention", "in custody", "behind bars",
                     "in its jails", "in their jails", "in its custody", "to release", "release",
                     "in israeli custody", "in russian custody", "in ukrainian custody", "in police custody",
                     "in military custody", "in government custody", "in israeli detention", "in israeli jails",
                     "imprisoned", "exchanged", "swapped", "were released", "freed", "released",
                     "in russian captivity", "in ukrainian captivity",
                     "surrendered", "have surrendered", "had surrendered"], "detained"),
    **dict.fromkeys(["displaced", "displacing", "fled", "fleeing", "flee", "sought shelter", "sought refuge",
                     "seeking shelter", "seeking refuge", "taking shelter", "forced from their homes",
                     "left their homes", "left the camp", "left the city",
                     "forced to flee", "uprooted", "made homeless", "left homeless", "sheltering",
                     "have fled", "driven from their homes", "homeless", "to flee", "crossed into", "crossed from",
                     "fled into",
                     "fled to", "crossed the border", "uprooting", "displace", "displaces", "remain refugees",
                     "from their homes", "new arrivals", "arrivals", "unable to return home",
                     "unable to return", "cannot return home", "drove", "driving", "forced out", "expelled",
                     "in camps", "in crowded camps", "in displacement camps", "in shelters",
                     "are refugees", "became refugees", "sheltered", "housing", "driven", "forced",
                     "as refugees"], "displaced"),
    **dict.fromkeys(["evacuated", "evacuating", "evacuate", "ordered to leave", "ordered to evacuate",
                     "remain evacuated", "moved out", "to leave", "to evacuate", "been moved", "be moved",
                     "were moved", "was moved", "been relocated", "be relocated", "were relocated",
                     "evacuation of"], "evacuated"),
    **dict.fromkeys(["fired", "fires", "fire", "firing", "launched", "launches", "launch", "launching", "dropped",
                     "shot down", "intercepted", "downed", "salvo of", "barrage of", "rained down"],
                    "projectiles"),
}  # fmt: skip
# Cues that can only bind to a number on their right (active voice / present tense / nominal).
RIGHT_ONLY_CUES = frozenset({
    "kill", "kills", "killing", "eliminating", "liquidating", "freed", "released", "release", "to release", "sheltered",
    "arrest", "detain", "detains",  # headline present tense: "police arrest dozens"
    "fire", "launch",  # "14 firefighting teams ... the fire service", "two fire trains": a noun, not a launch
    "housing", "evacuation of",
    "abduction of", "kidnapping of", "abductions of", "treated", "driven", "forced", "arrest of", "arrests of",
    "detention of", "bodies of", "killed or captured", "killed or wounded", "killed or injured", "lynching of",
    "killing of", "killings of", "lost contact with", "martyrdom of", "death of", "injury of", "injuries of",
    "injuries to", "wounding of",
    "injure", "injures", "injuring", "wound",
    "wounds", "wounding", "displacing",
    "evacuating", "arresting", "detaining", "abducting", "kidnapping", "seizing", "firing", "launching", "capturing",
    "fires",
    "launches", "claimed the lives of", "claiming the lives of", "salvo of", "barrage of", "uprooting", "displace",
    "displaces",
    "toll includes", "toll included", "the dead include", "the dead included", "the victims included",
})  # fmt: skip
# Intransitive cues that can only follow the counted noun ("200 have fled", "12 died").
LEFT_ONLY_CUES = frozenset({
    "died", "die", "dies", "prisoner", "perished", "lost their lives", "lost their life", "lost his life",
    "lost her life",
    "were dead", "are dead", "no longer alive",
    "been killed", "fled", "flee", "sought shelter", "sought refuge", "missing",
    "unaccounted for", "under the rubble", "under rubble", "went missing", "disappeared", "remain missing",
    "are missing", "as missing", "from their homes", "unable to return home", "unable to return",
    "left their homes", "left the camp", "left the city",
    "cannot return home", "out of contact", "lost contact", "remain refugees",
    "are refugees", "became refugees", "drowned",
    "succumbed", "crossed into", "crossed from", "fled into", "fled to", "crossed the border", "declared dead",
    "pronounced dead",
    "found dead", "confirmed dead",
    "as hostages", "into captivity", "taken into gaza", "were among the dead", "are among the dead",
    "were among those killed", "taken hostage", "held hostage", "taken captive", "held captive", "being held",
    "still held",
    "held in gaza", "remain in captivity", "in captivity", "remain evacuated", "sheltering", "have fled",
    "were injured", "left dead", "left injured", "left wounded", "taken prisoner",
    "taken into custody", "moved out", "been moved", "be moved", "were moved", "was moved", "been relocated",
    "be relocated", "were relocated", "homeless", "to flee", "to leave", "to evacuate", "held as prisoners of war",
    "prisoners of war", "held as prisoners", "held prisoner", "in its prisons", "in prisons", "in israeli prisons",
    "in prison", "in jail", "in detention", "in custody", "behind bars", "as refugees", "in israeli custody",
    "in russian custody", "in ukrainian custody", "in police custody", "in military custody", "in government custody",
    "in israeli detention", "in israeli jails", "in its jails", "in their jails", "in its custody",
    "treated for", "being treated", "were treated", "admitted to hospital", "hostage", "in camps",
    "with gunshot wounds", "with bullet wounds", "with shrapnel wounds", "with wounds", "with injuries",
    "with gunshot injuries", "with shrapnel injuries",
    "in crowded camps", "in displacement camps", "in shelters", "trapped under", "trapped beneath",
    "believed to be trapped", "feared trapped",
})  # fmt: skip
# Toll words: a number after "rose to", "reached", "stands at" takes the metric of the toll named before it.
TOLL_NOUNS: dict[str, str] = {
    "death toll": "killed", "toll": "killed", "number of dead": "killed", "number of deaths": "killed",
    "number of people killed": "killed", "number of those killed": "killed", "fatalities": "killed",
    "casualty toll": "killed", "number of martyrs": "killed", "dead": "killed", "deaths": "killed",
    "number of injured": "injured", "number of wounded": "injured", "injury toll": "injured", "injured": "injured",
    "wounded": "injured",
    "number of missing": "missing", "number of hostages": "hostages",
    "number of displaced": "displaced", "number of displaced people": "displaced", "number of refugees": "displaced",
    "refugees": "displaced", "displaced": "displaced",
    "number of evacuees": "evacuated", "number of detainees": "detained", "number of arrests": "detained",
    "number of prisoners": "detained",
}  # fmt: skip
# Verbs between a toll noun and its number: "the death toll has risen to 5,791", "the toll stood at 120".
TOLL_LINKS: dict[str, str] = {
    "rose to": "exact", "risen to": "exact", "rises to": "exact", "climbed to": "exact", "climbs to": "exact",
    "jumped to": "exact", "increased to": "exact", "reached": "exact", "reaches": "exact", "hit": "exact",
    "stands at": "exact", "stood at": "exact", "is": "exact", "was": "exact", "now stands at": "exact",
    "to": "exact", "of": "exact", "at": "exact", "went up to": "exact", "has reached": "exact",
    "range from": "exact", "ranges from": "exact", "ranging from": "exact",  # "range from 40,000 to 150,000"
    "exceeded": "lower", "exceeds": "lower", "passed": "lower", "passes": "lower", "surpassed": "lower",
    "surpasses": "lower", "topped": "lower", "tops": "lower", "crossed": "lower", "crosses": "lower",
    "neared": "upper", "nears": "upper", "nearing": "upper", "approached": "upper", "approaching": "upper",
    "approaches": "upper", "past": "lower", "above": "lower", "beyond": "lower", "be": "exact", "may be": "exact",
    "could be": "exact", "might be": "exact",
}  # fmt: skip

# ---------------------------------------------------------------------------
# How the number bounds the truth: words right before the number (FIGURES.md `qualifier`).
QUALIFIER_BEFORE: dict[str, str] = {
    **dict.fromkeys(["at least", "more than", "over", "upwards of", "in excess of", "exceeding", "exceeds",
                     "exceeded", "passed", "passes", "surpassed", "crossed", "topped", "no fewer than",
                     "no less than", "a minimum of", "above", "beyond", "well over", "well above",
                     "at the very least", "dozens of", "not less than"], "lower"),
    **dict.fromkeys(["up to", "fewer than", "less than", "almost", "nearly", "close to", "under", "as many as",
                     "nearing", "approaching", "just under", "not more than", "at most", "no more than",
                     "just shy of", "short of", "as high as"], "upper"),
    **dict.fromkeys(["about", "around", "some", "roughly", "approximately", "an estimated", "estimated",
                     "approx.", "circa", "an approximate", "roughly some", "more or less", "an average of"],
                    "approx"),
}  # fmt: skip
# Words right after the number: "300 or more", "300-plus".
QUALIFIER_AFTER: dict[str, str] = {
    "or more": "lower",
    "plus": "lower",
    "-plus": "lower",
    "or so": "approx",
    "or fewer": "upper",
    "at least": "lower",
}
# Filler between a qualifier and its number: "at least another 12", "more than a further 30".
QUALIFIER_FILLER = ("another", "a further", "an additional", "a total of", "the", "a")

# ---------------------------------------------------------------------------
# What the number is not: nouns after it and words before it that make it a non-figure (FIGURES.md).
NON_COUNT_AFTER = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds decade decades
    century centuries km kilometres kilometers kilometre kilometer mile miles metre metres meter meters feet
    ft percent per pct % dollars euros pounds shekels dinars rupees francs cents usd eur yuan rubles roubles
    tonnes tons tonne ton kg kilograms litres liters gallons times points votes seats am pm a.m p.m gmt utc
    o'clock degrees acres hectares square sq trucks lorries vehicles buildings homes houses hospitals schools
    villages towns cities groups brigades battalions divisions countries nations states articles pages
    resolutions bills sessions meetings talks calls delegations factions parties stories floors
    sites tunnels targets positions kilos grams bags parcels flights ships boats
    aircraft planes tanks jets outpost checkpoint station tower""".split()  # "the Tower 22 outpost": a name
)
NON_COUNT_BEFORE = frozenset(
    """$ € £ ¥ us$ usd eur no. number resolution brigade unit route article chapter page # flight highway
    division battalion gate building block room platform category level phase grade size aged age
    ages district zone sector ward precinct terminal hall operation""".split()
)
# Anything after "the"/"these" + number + person noun is usually a specific set of people, not a count.
DEFINITE_BEFORE = frozenset({"the", "these", "those", "both", "all"})

# ---------------------------------------------------------------------------
# Running toll vs one event (FIGURES.md `scope`). Weights are summed over the clause.
TOTAL_CUES: dict[str, int] = {
    "since": 3, "so far": 3, "to date": 3, "in total": 3, "in all": 2, "overall": 2, "total": 2, "toll": 2,
    "death toll": 3, "cumulative": 3, "the war": 2, "war": 1, "the conflict": 2, "conflict": 1,
    "offensive": 2, "campaign": 2, "the fighting": 1, "hostilities": 2, "exchanges": 2, "exchange of fire": 2,
    "cross-border": 1, "border violence": 2, "siege": 1, "assault on gaza": 2, "aggression": 1, "remain": 2,
    "remains": 2, "still": 2, "throughout": 1, "tally": 2, "in the past year": 0, "have been": 1, "has been": 1,
    "have died": 1, "have fled": 1, "has killed": 1, "have killed": 1, "have now": 1, "are now": 1, "invasion": 2,
    "since the start": 3, "since the beginning": 3, "besieged": 1, "bringing the death toll": 4,
    "bringing the toll": 4, "bringing the total": 4, "raising the death toll": 4, "raising the toll": 4,
}  # fmt: skip
EVENT_CUES: dict[str, int] = {
    "strike": 2, "strikes": 1, "airstrike": 2, "air strike": 2, "airstrikes": 1, "attack": 2, "attacks": 1,
    "raid": 2, "shelling": 2, "bombing": 2, "blast": 2, "explosion": 2, "ambush": 2, "massacre": 2,
    "incursion": 2, "salvo": 2, "barrage": 2, "in the past 24 hours": 4, "in the last 24 hours": 4,
    "past 24 hours": 4, "past 48 hours": 4, "overnight": 2, "last night": 2, "yesterday": 2, "earlier today": 2,
    "this morning": 2, "on monday": 1, "on tuesday": 1, "on wednesday": 1, "on thursday": 1, "on friday": 1,
    "on saturday": 1, "on sunday": 1, "earlier in the day": 2, "last week": 1, "this week": 1, "a day after": 1,
    "shot": 1, "gunfire": 1, "clashes": 1, "fire on": 1, "crash": 2, "collapse": 2, "stampede": 2,
    "bombed": 1, "hit": 1, "struck": 1, "in the strike": 3, "in the attack": 3, "in a strike": 3,
    "in an attack": 3, "past week": 1, "the day": 1, "on the day": 2, "last month": 2, "past month": 1,
}  # fmt: skip

# ---------------------------------------------------------------------------
# Who says so (FIGURES.md `reported_by`).
SAY_VERBS = (
    "said",
    "says",
    "say",
    "reported",
    "reports",
    "report",
    "announced",
    "announces",
    "stated",
    "states",
    "told",
    "added",
    "confirmed",
    "confirms",
    "claimed",
    "claims",
    "estimated",
    "estimates",
    "counted",
    "recorded",
    "documented",
    "tallied",
    "named",
    "has named",
    "listed",
    "put the toll at",
    "puts the toll at",
    "noted",
    "wrote",
    "posted",
    "tweeted",
    "declared",
    "updated",
    "warned",
    "acknowledged",
    "admitted",
    "revealed",
    "counts",
    "indicated",
    "verified",
    "registered",
    "identified",
    "believes",
)
# Words that start an attribution phrase after the number: "..., according to X".
ACCORDING_TO = ("according to", "citing", "per", "as reported by", "quoting")
# Long source names -> the short form FIGURES.md asks for.
SOURCE_ALIASES: dict[str, str] = {
    "agence france-presse": "afp", "agence france presse": "afp", "france-presse": "afp", "associated press": "ap",
    "the associated press": "ap", "united nations": "un", "the united nations": "un", "u.n.": "un", "the un": "un",
    "world health organization": "who", "world health organisation": "who",
    "office for the coordination of humanitarian affairs": "ocha", "un ocha": "ocha",
    "israel defense forces": "israeli military", "israel defence forces": "israeli military",
    "israeli army": "israeli military", "the israeli army": "israeli military",
    "international organization for migration": "iom", "un refugee agency": "unhcr",
    "the un refugee agency": "unhcr", "un children's agency": "unicef", "the un children's agency": "unicef",
    "armed conflict location and event data project": "acled",
}  # fmt: skip
# Well-known sources and their acronyms: a source is written "name (acronym)" so either form is found.
SOURCE_ACRONYMS: dict[str, str] = {
    "syrian observatory for human rights": "sohr", "international committee of the red cross": "icrc",
    "committee to protect journalists": "cpj", "international organization for migration": "iom",
    "office for the coordination of humanitarian affairs": "ocha", "medecins sans frontieres": "msf",
    "médecins sans frontières": "msf", "doctors without borders": "msf", "world food programme": "wfp",
    "palestinian red crescent society": "prcs", "palestine red crescent society": "prcs",
    "armed conflict location and event data project": "acled", "un human rights office": "ohchr",
    "assistance association for political prisoners": "aapp", "un refugee agency": "unhcr",
    "united nations refugee agency": "unhcr", "un children's agency": "unicef",
    "un relief and works agency": "unrwa", "integrated food security phase classification": "ipc",
    "rapid support forces": "rsf", "israel defense forces": "idf",
    "world health organization": "who", "ethiopian human rights commission": "ehrc",
    "international federation of red cross and red crescent societies": "ifrc", "human rights watch": "hrw",
    "inter-services public relations": "ispr", "norwegian refugee council": "nrc",
    "international rescue committee": "irc", "internal displacement monitoring centre": "idmc",
    "displacement tracking matrix": "dtm", "un population fund": "unfpa", "un development programme": "undp",
    "allied democratic forces": "adf", "national unity government": "nug", "people's defence force": "pdf",
    "sudanese armed forces": "saf", "united nations children's fund": "unicef",
    "office of the un high commissioner for human rights": "ohchr",
}  # fmt: skip
ACRONYM_NAMES: dict[str, str] = {short: full for full, short in SOURCE_ACRONYMS.items() if full.isascii()}

# Reporters that are pronouns or generic references: resolved to the last named source, else dropped.
GENERIC_SOURCES = frozenset(
    "it he she they we i officials authorities sources the group group the movement movement the organisation "
    "the organization the militia the ministry the military the army the agency the statement statement".split()
)
