"""The keyphrase density check alone (what the writer weighs its draft with) gives the band the
whole analysis gives, and the research's transition words are those found as whole words."""

from __future__ import annotations

from pathlib import Path

import pytest

from redac.analysis import Paper, analyze_paper
from redac.analysis.assessor import density_band
from redac.analysis.document import plain_to_html
from redac.analysis.research import density_research, research, transitions_in
from redac.lang import get_language
from redac.text.words import words

FIXTURES = Path(__file__).parent.parent / "fixtures"
BODY = (
    "<h1>Le tramway</h1><p>La ligne de tramway ouvrira en mars. Le tramway a été financé par la "
    "région.</p><h2>Un tramway, deux ans</h2><p>Les travaux du tramway ont duré deux ans.</p>"
    "<ul><li>Tramway : 12 stations.</li><li>Lignes de tramway : deux.</li></ul>"
)


def _papers() -> list[Paper]:
    fr = plain_to_html((FIXTURES / "article-fr-long.txt").read_text(encoding="utf-8"))
    en = plain_to_html((FIXTURES / "article-en-long.txt").read_text(encoding="utf-8"))
    return [
        Paper(BODY, "tramway", locale="fr_FR"),  # short text: counted, not a density
        Paper(BODY * 40, "tramway", locale="fr_FR"),  # far over
        Paper(BODY * 40, "ligne de tramway", locale="fr_FR", cornerstone=True),
        Paper(BODY * 40, '"ligne de tramway"', locale="fr_FR"),  # the exact phrase
        Paper(BODY, "", locale="fr_FR"),  # no keyphrase: no check
        Paper("", "tramway", locale="fr_FR"),  # no text: no check
        Paper(fr, "tramway", locale="fr_FR"),  # none
        Paper(fr, "conseil", locale="fr_FR"),  # under
        Paper(fr, "ville", locale="fr_FR"),  # good
        Paper(fr + "<p>" + "La ville. " * 6 + "</p>", "ville", locale="fr_FR"),  # over
        Paper(en, "coal plant", locale="en_US"),
        Paper(en, "the", locale="en_US"),  # function words only
    ]


@pytest.mark.parametrize("paper", _papers())
def test_the_density_alone_is_the_analysis_figure(paper: Paper) -> None:
    r, d = research(paper), density_research(paper)
    assert (d.keyphrase, d.word_count) == (r.keyphrase, r.word_count)
    assert (d.keyphrase_count, d.keyphrase_density) == (r.keyphrase_count, r.keyphrase_density)
    check = analyze_paper(paper).check("keyphrase_density")
    assert density_band(paper) == (check.band if check else None)


def test_the_bands_are_told_apart() -> None:
    bands = {density_band(p) for p in _papers()}
    assert bands == {None, "none", "under", "good", "over", "way_over"}


@pytest.mark.parametrize("code", ["fr", "en"])
def test_transition_words_are_found_as_whole_words_in_a_row(code: str) -> None:
    lang = get_language(code)

    def by_text(sentence: str) -> tuple[str, ...]:  # the definition: " t " in the words
        text = " " + " ".join(w.lower() for w in words(sentence)) + " "
        found = [t for t in lang.transition_words if f" {t} " in text]
        for first, second in lang.two_part_transitions:
            if f" {first} " in text and f" {second} " in text.split(f" {first} ", 1)[1]:
                found.append(f"{first}…{second}")
        return tuple(sorted(found))

    sentences = [f"Et {t} puis, {t.upper()}." for t in sorted(lang.transition_words)]
    sentences += [f"{t[:-1]} {t[1:]} x{t}" for t in sorted(lang.transition_words) if len(t) > 2]
    for first, second in lang.two_part_transitions:
        sentences += [f"{first} {second}", f"A {first} b {second}", f"{second} {first}"]
    for name in ("article-fr-long.txt", "article-en-long.txt", "article-fr-consul.txt"):
        sentences += (FIXTURES / name).read_text(encoding="utf-8").replace("\n", " ").split(". ")
    assert sum(1 for s in sentences if transitions_in(s, lang)) > len(lang.transition_words)
    for s in sentences:
        assert transitions_in(s, lang) == by_text(s), s
