"""Synthetic news corpus for the speed benchmarks (never for accuracy).

Writes N plain-text articles built from this file's own sentence templates:
many conflicts, numbers in many surface forms (digits with separators,
"1.4 million", spelled-out, vague "dozens", ranges), qualifiers,
attributions, relative dates, and filler sentences full of numbers that are
not figures (years, ages, money, percentages, distances). Article ``i`` of a
seed is the same whatever ``n`` is, so corpora of different sizes nest.

    python bench/generate_corpus.py bench/out/corpus -n 10000 --seed 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Conflict:
    """One conflict's vocabulary: who reports, where, who the people are."""

    key: str
    places: tuple[str, ...]
    people: tuple[str, ...]
    fighters: tuple[str, ...]
    sources: tuple[str, ...]
    datelines: tuple[str, ...]
    topic: str


CONFLICTS: tuple[Conflict, ...] = (
    Conflict(
        "gaza",
        ("Gaza", "the Gaza Strip", "Khan Younis", "Rafah", "Deir al-Balah", "Jabalia", "Gaza City"),
        ("Palestinians", "Gazans", "people in the Palestinian enclave", "residents of Gaza"),
        ("Hamas fighters", "militants", "members of Islamic Jihad"),
        ("the Gaza Health Ministry", "the Hamas-run health ministry", "the civil defence agency", "UNRWA"),
        ("GAZA CITY", "RAFAH", "CAIRO"),
        "the war in Gaza",
    ),
    Conflict(
        "lebanon",
        ("southern Lebanon", "Lebanon", "Tyre", "Nabatieh", "the Bekaa valley", "Beirut's southern suburbs"),
        ("Lebanese", "people in Lebanon", "residents of border villages"),
        ("Hezbollah members", "Hezbollah fighters", "commanders of Hezbollah"),
        ("Lebanon's health ministry", "Hezbollah", "an AFP tally", "the Lebanese army"),
        ("BEIRUT", "TYRE", "SIDON"),
        "cross-border hostilities",
    ),
    Conflict(
        "israel",
        ("northern Israel", "Israel", "Kiryat Shmona", "the Galilee", "Sderot", "Metula"),
        ("Israelis", "Israeli civilians", "residents of the north"),
        ("Israeli soldiers", "reservists", "troops"),
        ("the Israeli military", "the Israeli army", "Magen David Adom", "the prime minister's office"),
        ("JERUSALEM", "TEL AVIV", "HAIFA"),
        "the conflict on Israel's northern border",
    ),
    Conflict(
        "ukraine",
        ("Ukraine", "Kharkiv", "Zaporizhzhia", "Odesa", "the Donetsk region", "Kherson", "Dnipro"),
        ("Ukrainians", "Ukrainian civilians", "residents of the city"),
        ("Ukrainian soldiers", "servicemen", "defenders"),
        ("the regional governor", "Ukraine's emergency service", "the UN human rights monitoring mission", "Kyiv"),
        ("KYIV", "KHARKIV", "ODESA"),
        "Russia's full-scale invasion",
    ),
    Conflict(
        "russia",
        ("Russia", "the Belgorod region", "Kursk", "Bryansk", "the Moscow region"),
        ("Russians", "Russian civilians", "residents of the border region"),
        ("Russian soldiers", "Russian troops", "conscripts"),
        ("the Russian defence ministry", "the Belgorod governor", "Russian state media", "the Kremlin"),
        ("MOSCOW", "BELGOROD"),
        "the war with Ukraine",
    ),
    Conflict(
        "sudan",
        ("Sudan", "Darfur", "El Fasher", "Khartoum", "Omdurman", "Wad Madani", "Kordofan"),
        ("Sudanese", "civilians in Darfur", "people in Sudan"),
        ("RSF fighters", "members of the Rapid Support Forces", "army soldiers"),
        ("the UN", "Sudan's doctors' union", "the International Organization for Migration", "local activists"),
        ("KHARTOUM", "PORT SUDAN", "NAIROBI"),
        "the war between the army and the Rapid Support Forces",
    ),
    Conflict(
        "syria",
        ("Syria", "Idlib", "Aleppo", "Deir ez-Zor", "the Syrian coast", "Homs"),
        ("Syrians", "Syrian civilians", "residents of Idlib"),
        ("pro-government fighters", "rebels", "militiamen"),
        ("the Syrian Observatory for Human Rights", "the White Helmets", "Syrian state media", "the UN"),
        ("DAMASCUS", "BEIRUT", "ISTANBUL"),
        "the Syrian civil war",
    ),
    Conflict(
        "yemen",
        ("Yemen", "Hodeidah", "Sanaa", "Marib", "Taiz", "the Red Sea coast"),
        ("Yemenis", "people in Yemen", "fishermen"),
        ("Houthi fighters", "Houthi militants", "government forces"),
        ("the Houthi-run health ministry", "the Houthis", "the US Central Command", "aid agencies"),
        ("SANAA", "ADEN", "DUBAI"),
        "the war in Yemen",
    ),
    Conflict(
        "myanmar",
        ("Myanmar", "Rakhine state", "Sagaing", "Shan state", "Mandalay", "Kachin state"),
        ("villagers", "Rohingya", "people in Myanmar"),
        ("junta soldiers", "resistance fighters", "members of ethnic armed groups"),
        ("the Assistance Association for Political Prisoners", "a local rescue group", "the UN", "the junta"),
        ("YANGON", "BANGKOK"),
        "the civil war that followed the coup",
    ),
    Conflict(
        "dr-congo",
        ("eastern Congo", "North Kivu", "Goma", "Ituri", "Bukavu", "South Kivu"),
        ("Congolese", "civilians in North Kivu", "people in displacement camps"),
        ("M23 rebels", "soldiers", "militia fighters"),
        ("the UN refugee agency", "provincial authorities", "Doctors Without Borders", "the Congolese army"),
        ("GOMA", "KINSHASA", "KIGALI"),
        "the fighting in the east",
    ),
    Conflict(
        "haiti",
        ("Haiti", "Port-au-Prince", "Cite Soleil", "the Artibonite region", "Petion-Ville"),
        ("Haitians", "residents of the capital", "people in Haiti"),
        ("gang members", "police officers", "members of vigilante groups"),
        ("the UN", "Haitian police", "the International Organization for Migration", "a human rights group"),
        ("PORT-AU-PRINCE", "SANTO DOMINGO"),
        "the gang violence",
    ),
    Conflict(
        "somalia",
        ("Somalia", "Mogadishu", "the Hiran region", "Lower Shabelle", "Baidoa"),
        ("Somalis", "people in Somalia", "shoppers"),
        ("al-Shabab fighters", "militants", "Somali soldiers"),
        ("Somali police", "the government", "a local hospital", "al-Shabab"),
        ("MOGADISHU", "NAIROBI"),
        "the insurgency",
    ),
    Conflict(
        "ethiopia",
        ("Ethiopia", "Tigray", "the Amhara region", "Oromia", "Gondar"),
        ("Ethiopians", "civilians in Amhara", "people in Tigray"),
        ("Fano militiamen", "federal soldiers", "fighters"),
        ("the Ethiopian Human Rights Commission", "the UN", "regional officials", "doctors"),
        ("ADDIS ABABA", "NAIROBI"),
        "the conflict in the north",
    ),
)

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen \
seventeen eighteen nineteen"
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety"
ONES, TENS = tuple(_ONES.split()), tuple(_TENS.split())
OUTLETS = ("Reuters", "AFP", "AP", "the BBC", "Al Jazeera", "The National", "Al-Monitor")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
KILL_VERBS = ("were killed", "died", "lost their lives", "were reported dead", "were killed in the strikes")
INJURE_VERBS = ("were wounded", "were injured", "were hurt")
POPS = ("civilians", "children", "women", "journalists", "health workers", "aid workers", "paramedics", "people")
LOWER = ("at least", "more than", "over", "upwards of", "no fewer than")
UPPER = ("up to", "fewer than", "almost", "nearly", "close to")
APPROX = ("about", "around", "some", "roughly", "approximately", "an estimated")
VAGUE = ("dozens of", "hundreds of", "thousands of", "tens of thousands of", "scores of")


def cap(s: str) -> str:
    """Upper-case the first letter only (str.capitalize lowers the rest)."""
    return s[:1].upper() + s[1:]


def spell(n: int) -> str:
    """English words for 0 <= n < 1000 ("twenty-three", "three hundred and five")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{ONES[hundreds]} hundred" + (f" and {spell(rest)}" if rest else "")


def number(rng: random.Random, big: bool = False) -> str:
    """A count in one of many surface forms, from "seven" to "1.4 million"."""
    form = rng.random()
    if form < 0.15:
        return spell(rng.randint(2, 99 if not big else 999))
    if form < 0.25 and big:
        return f"{rng.randint(1, 9)}.{rng.randint(1, 9)} million"
    if form < 0.3:
        return f"{spell(rng.randint(2, 9))} {rng.choice(('dozen', 'hundred', 'thousand'))}"
    hi = 200_000 if big else 900
    value = rng.randint(2, hi)
    return f"{value:,}" if rng.random() < 0.85 else str(value)


def qualified(rng: random.Random, big: bool = False, bare: bool = False) -> str:
    """A number with (sometimes) a qualifier, a range, or a vague quantity.

    ``bare`` means no noun follows, so a vague quantity drops its "of".
    """
    kind = rng.random()
    if kind < 0.35:
        return number(rng, big)
    if kind < 0.55:
        return f"{rng.choice(LOWER)} {number(rng, big)}"
    if kind < 0.65:
        return f"{rng.choice(UPPER)} {number(rng, big)}"
    if kind < 0.8:
        return f"{rng.choice(APPROX)} {number(rng, big)}"
    if kind < 0.9:
        low = rng.randint(3, 400)
        high = low + rng.randint(2, 60)
        return rng.choice((f"between {low} and {high}", f"{low} to {high}", f"{low}-{high}"))
    vague = rng.choice(VAGUE)
    return vague.removesuffix(" of") if bare else vague


def when(rng: random.Random) -> str:
    return rng.choice(
        (
            f"on {rng.choice(WEEKDAYS)}",
            "overnight",
            "in the past 24 hours",
            "since October 7",
            "so far this year",
            "since the war began",
            f"on {rng.choice(WEEKDAYS)} night",
            "last week",
            "earlier this month",
            "in the latest wave of attacks",
        )
    )


def figure_sentence(rng: random.Random, c: Conflict) -> str:
    """A sentence that reports one or more casualty figures."""
    src, place, ppl, fighters = (
        rng.choice(c.sources),
        rng.choice(c.places),
        rng.choice(c.people),
        rng.choice(c.fighters),
    )
    t = rng.randrange(14)
    if t == 0:
        return cap(
            f"{qualified(rng)} {ppl} {rng.choice(KILL_VERBS)} and {qualified(rng)} others "
            f"{rng.choice(INJURE_VERBS)} in {place} {when(rng)}, according to {src}."
        )
    if t == 1:
        return (
            f"The death toll in {place} {rng.choice(('has risen to', 'has passed', 'now stands at', 'reached'))} "
            f"{qualified(rng, big=True)}, {src} said {when(rng)}, including {number(rng)} {rng.choice(POPS)}."
        )
    if t == 2:
        return (
            f"{cap(src)} said {qualified(rng)} {fighters} had been killed {when(rng)}, "
            f"while {number(rng)} {rng.choice(POPS)} {rng.choice(INJURE_VERBS)}."
        )
    if t == 3:
        return (
            f"{cap(qualified(rng, big=True))} people have been displaced from {place} "
            f"{rng.choice(('since the fighting began', 'this year', 'in recent weeks'))}, {src} estimates."
        )
    if t == 4:
        return (
            f"{rng.choice(('A strike', 'A drone attack', 'Shelling', 'An air raid', 'A car bomb'))} on "
            f"{rng.choice(('a market', 'a school', 'a hospital', 'a shelter', 'a residential building'))} in {place} "
            f"killed {qualified(rng)} people {when(rng)}, {rng.choice(('medics', 'witnesses', src))} said."
        )
    if t == 5:
        return (
            f"{rng.choice(OUTLETS)} reported that {qualified(rng)} "
            f"{rng.choice(('rockets', 'missiles', 'drones', 'shells'))} "
            f"were fired towards {place} {when(rng)}."
        )
    if t == 6:
        return (
            f"{cap(qualified(rng))} people remain missing under the rubble in {place}, "
            f"and rescuers fear the toll of {number(rng)} could rise."
        )
    if t == 7:
        return (
            f"{cap(src)} said {number(rng)} people were detained and {number(rng)} taken hostage "
            f"during raids in {place} {when(rng)}."
        )
    if t == 8:
        return (
            f"In total, {qualified(rng, big=True)} {ppl} have been killed and {qualified(rng, big=True)} wounded in "
            f"{c.topic}, {src} said, figures that could not be independently verified."
        )
    if t == 9:
        return (
            f"Among the dead were {number(rng)} children and {number(rng)} women, "
            f"{rng.choice(('the ministry', 'officials', 'the agency'))} added."
        )
    if t == 10:
        return (
            f"{cap(qualified(rng, big=True))} residents have been evacuated from {place}, "
            f"and {qualified(rng, bare=True)} remain in temporary shelters."
        )
    if t == 11:
        return (
            f"At least {number(rng)} {rng.choice(POPS)} have been killed {when(rng)} "
            f"({rng.choice(('up from', 'compared with', 'against'))} {number(rng)} a week earlier)."
        )
    if t == 12:
        return (
            f"The toll of {qualified(rng, big=True)} [{src}] includes {number(rng)} {rng.choice(POPS)}; "
            f"another {number(rng)} are listed as missing."
        )
    return f"“{cap(qualified(rng))} of our {rng.choice(('colleagues', 'neighbours', 'relatives'))} were killed {when(rng)},” a resident of {place} told {rng.choice(OUTLETS)}."  # noqa: E501


def filler_sentence(rng: random.Random, c: Conflict) -> str:
    """A sentence with numbers that are NOT figures: years, ages, money, percent, distances, ranks."""
    place = rng.choice(c.places)
    t = rng.randrange(10)
    if t == 0:
        return (
            f"The {rng.randint(18, 80)}-year-old {rng.choice(('doctor', 'teacher', 'farmer', 'driver'))} "
            f"had lived in {place} since {rng.randint(1960, 2015)}."
        )
    if t == 1:
        return (
            f"Donors pledged ${rng.randint(1, 40)}.{rng.randint(0, 9)} billion at a conference in "
            f"{rng.choice(('Geneva', 'Paris', 'London', 'Brussels'))}, about {rng.randint(10, 90)} per cent of "
            "what agencies requested."
        )
    if t == 2:
        return f"The convoy travelled {rng.randint(5, 300)} km over {rng.randint(2, 14)} days to reach {place}."
    if t == 3:
        return (
            f"Talks on a ceasefire resumed on {rng.choice(WEEKDAYS)} at {rng.randint(1, 12)}:{rng.randint(10, 59)} "
            f"{rng.choice(('am', 'pm'))}, the {rng.choice(('second', 'third', 'fifth'))} round this year."
        )
    if t == 4:
        return (
            f"The resolution passed by {rng.randint(100, 180)} votes to {rng.randint(3, 20)}, "
            f"with {rng.randint(5, 50)} abstentions."
        )
    if t == 5:
        return (
            f"Prices of flour in {place} have risen {rng.randint(20, 400)}% since "
            f"{rng.choice(('January', 'March', 'June', 'September'))} {rng.randint(2019, 2025)}."
        )
    if t == 6:
        return f"The {rng.choice(OUTLETS)} could not independently verify the claims about {c.topic}."
    if t == 7:
        return (
            f"It is the {rng.choice(('worst', 'deadliest', 'largest'))} escalation since {rng.randint(1990, 2022)}, "
            f"analysts said, {rng.randint(2, 76)} years after the first war in the region."
        )
    if t == 8:
        return f"Three groups and two men were named in a statement published on {rng.choice(WEEKDAYS)}."
    return (
        f"Officials in {place} said electricity was available for only {rng.randint(2, 8)} hours a day "
        f"and that {rng.randint(2, 30)} of {rng.randint(31, 40)} hospitals had closed."
    )


CLAUSES = (
    "figures that could not be independently verified",
    "as rescue teams continued to search the rubble with their bare hands",
    "in what residents described as the heaviest bombardment in weeks",
    "a toll that does not distinguish between civilians and fighters",
    "as aid agencies warned that hospitals were running out of fuel and medicine",
    "despite repeated international calls for restraint and a negotiated ceasefire",
    "according to a statement posted on the group's official channel late in the evening",
    "while diplomats met behind closed doors to discuss a possible truce",
)


def narrative_sentence(rng: random.Random, c: Conflict) -> str:
    """A number-free sentence of ordinary reporting prose, for realistic length and word mix."""
    place, src = rng.choice(c.places), rng.choice(c.sources)
    return rng.choice(
        (
            f"Residents of {place} said they had spent the night sheltering in stairwells and basements, "
            f"listening to the sound of explosions that shook the windows of their homes.",
            f"{cap(src)} warned that the humanitarian situation in {place} was deteriorating rapidly, "
            f"with clean water, food and medical supplies in critically short supply.",
            f"Diplomats from several countries have been trying to broker an end to {c.topic}, "
            f"but negotiations have repeatedly stalled over the sequencing of a truce and the release of detainees.",
            f"Video footage shared on social media, which could not be immediately verified, appeared to show "
            f"thick smoke rising over {place} after the strikes.",
            f"Aid workers described scenes of devastation in {place}, where entire streets have been reduced "
            f"to rubble and families have been forced to live in tents and makeshift shelters.",
            f"The escalation has raised fears that {c.topic} could spread further, drawing in neighbouring "
            f"countries and regional powers that have so far avoided direct confrontation.",
        )
    )


def headline(rng: random.Random, c: Conflict) -> str:
    place = rng.choice(c.places)
    return rng.choice(
        (
            f"Strikes on {place} kill {number(rng)} as talks stall",
            f"Death toll in {place} rises to {number(rng, big=True)}",
            f"Aid agencies warn of famine in {place}",
            f"{cap(rng.choice(c.fighters))} and rescuers race to reach {place}",
            f"What we know about {c.topic} so far",
        )
    )


@dataclass(frozen=True)
class Mix:
    """What an article's body is made of: the share of sentences stating a figure, the share with
    numbers that are not figures (the rest is number-free prose), and how many sentences."""

    figure: float
    filler: float
    sentences: tuple[int, int]


MIXES: dict[str, Mix] = {
    # Half the sentences state a figure: about 11 numbers and 5.7 figures per kB, 3.7 times the figure
    # density of the seed articles (and about that of our hand-written test articles). The stress case.
    "dense": Mix(figure=0.5, filler=0.22, sentences=(8, 16)),
    # Calibrated on the five seed articles (real news pages: 3.9 numbers and 1.55 figures per kB, 7
    # sentences per kB): longer articles, mostly prose, a figure in about one sentence in six.
    "news": Mix(figure=0.14, filler=0.2, sentences=(14, 26)),
}


def article(rng: random.Random, mix: Mix = MIXES["news"]) -> str:
    """One article: headline, standfirst, dateline, body sentences in paragraphs, an Updated line."""
    c = rng.choice(CONFLICTS)
    published = dt.date(2023, 10, 1) + dt.timedelta(days=rng.randrange(900))
    n_sent = rng.randint(*mix.sentences)
    sentences = []
    for _ in range(n_sent):
        kind = rng.random()
        if kind < mix.figure:
            sent = figure_sentence(rng, c)
            if rng.random() < 0.4 and sent.endswith("."):
                sent = f"{sent[:-1]}, {rng.choice(CLAUSES)}."
        elif kind < mix.figure + mix.filler:
            sent = filler_sentence(rng, c)
        else:
            sent = narrative_sentence(rng, c)
        sentences.append(sent)
    dateline = rng.choice(
        (
            f"{rng.choice(c.datelines)} — ",
            f"{rng.choice(c.datelines).title()}, {published:%B} {published.day} ({rng.choice(OUTLETS)}) — ",
        )
    )
    sentences[0] = dateline + sentences[0]
    paras: list[str] = []
    i = 0
    while i < len(sentences):
        k = rng.randint(1, 3)
        paras.append(" ".join(sentences[i : i + k]))
        i += k
    hour = rng.randint(1, 12)
    updated = f"Updated: {published:%B} {published.day:02d}, {published.year}, {hour}:{rng.randint(0, 59):02d} PM"
    standfirst = filler_sentence(rng, c) if rng.random() < 0.5 else figure_sentence(rng, c)
    head = [headline(rng, c), "", standfirst, ""]
    if rng.random() < 0.5:
        return "\n".join([*head, updated, "", "\n\n".join(paras), ""])
    return "\n".join([*head, "\n\n".join(paras), "", updated, ""])


def generate(n: int, seed: int = 1, mix: str = "news") -> Iterator[tuple[str, str]]:
    """Yield ``(file_name, text)`` for ``n`` articles; article ``i`` depends only on (seed, i, mix)."""
    shape = MIXES[mix]
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")
        yield f"art_{i:06d}.txt", article(rng, shape)


def write_corpus(out_dir: Path | str, n: int, seed: int = 1, mix: str = "news") -> list[Path]:
    """Write the corpus as UTF-8 .txt files under ``out_dir`` (created); return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n, seed, mix):
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write a synthetic news corpus for the speed benchmarks.")
    ap.add_argument("out_dir", type=Path, help="directory to write the .txt articles into (created)")
    ap.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument(
        "--mix",
        choices=sorted(MIXES),
        default="news",
        help="news: the figure density of real news pages, calibrated on the seeds (default); dense: half "
        "the sentences state a figure (the stress case)",
    )
    args = ap.parse_args(argv)
    if args.n < 0:
        print("Error: -n must be >= 0", file=sys.stderr)
        return 1
    try:
        paths = write_corpus(args.out_dir, args.n, args.seed, args.mix)
    except OSError as exc:
        print(f"Error: cannot write corpus to {args.out_dir}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} articles, {size / 1e6:.2f} MB, to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
