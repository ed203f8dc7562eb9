"""Sentence splitting: spans into the original text, soft wraps joined, headlines kept apart."""

from __future__ import annotations

import textwrap

import pytest

from casualties.extract.text import split_sentences

PARAGRAPH = (
    "Shelling of the market in the north of the city killed eleven people on Tuesday, the regional governor said. "
    "Rescue crews worked through the night to pull survivors from the rubble of the shops and the bus station. "
    "Residents said the strikes came without warning as traders were setting up their stalls for the day. "
    "The army denied targeting civilians and said its forces had struck a weapons depot near the market."
)


@pytest.mark.parametrize("width", [60, 72, 100, 110, 130], ids=lambda w: f"wrapped-at-{w}")
def test_hard_wrapped_text_reads_as_whole_sentences(width: int) -> None:
    text = "\n".join(textwrap.wrap(PARAGRAPH, width)) + "\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Shelling of the market in the north of the city killed eleven people on Tuesday, the regional governor said.",
        "Rescue crews worked through the night to pull survivors from the rubble of the shops and the bus station.",
        "Residents said the strikes came without warning as traders were setting up their stalls for the day.",
        "The army denied targeting civilians and said its forces had struck a weapons depot near the market.",
    ]
    for s in sentences:  # the span points at the original, line breaks included
        assert text[s.start : s.end].replace("\n", " ") == s.text


def test_lines_of_one_paragraph_each_stay_apart() -> None:
    text = "Market shelling kills 11 in Kharkiv\n" + "\n".join([PARAGRAPH] * 4) + "\n"
    sentences = split_sentences(text)
    assert sentences[0].text == "Market shelling kills 11 in Kharkiv"
    assert len(sentences) == 1 + 4 * 4


def test_headline_and_short_lines_are_not_a_wrap() -> None:
    text = "Strike on Sumy\nKills Nine\n\nAt least nine people were killed, officials said.\n"
    assert [s.text for s in split_sentences(text)] == [
        "Strike on Sumy",
        "Kills Nine",
        "At least nine people were killed, officials said.",
    ]


# Wire copy wrapped at about 105 columns, where two breaks fall before a capitalised word.
WIRE_105 = """\
KHARTOUM, June 3 - Drone strikes on a displacement camp outside El Fasher killed at least 40 people on
Monday, according to the Sudan Doctors Network, which blamed the paramilitary Rapid Support Forces for
the attack. Aid workers said the wounded were taken to the last functioning hospital in the city, where
Doctors Without Borders said supplies of blood and anaesthetic would run out within days unless convoys
were allowed through the siege lines that the paramilitaries have held around the city since last May.
"""


def test_breaks_before_capitalised_words_of_a_wrapped_text_are_soft() -> None:
    sentences = split_sentences(WIRE_105)
    assert [s.text[:30] for s in sentences] == ["KHARTOUM, June 3 - Drone strik", "Aid workers said the wounded w"]
    assert "40 people on Monday, according to the Sudan Doctors Network" in sentences[0].text
    assert "city, where Doctors Without Borders said supplies" in sentences[1].text


def test_an_indented_line_under_a_list_item_goes_on_with_it() -> None:
    text = "Key points:\n- The WHO says 40 people died at the Saudi\n  Hospital in El Fasher.\n- Aid is blocked.\n"
    assert [s.text for s in split_sentences(text)] == [
        "Key points:",
        "- The WHO says 40 people died at the Saudi   Hospital in El Fasher.",
        "- Aid is blocked.",
    ]
