"""The subheading check's search of a candidate in a section's paragraphs."""

from __future__ import annotations

import random

from redac.write.heading_check import _found


def _per_region(src: str, cand: str, regions: tuple[tuple[int, int], ...]) -> list[int]:
    out = []
    for a, b in regions:
        pos = src.find(cand, a, b)
        while pos >= 0:
            out.append(pos)
            pos = src.find(cand, pos + 1, b)
    return out


def test_one_scan_finds_what_a_search_per_region_finds() -> None:
    rng = random.Random(7)
    src = "".join(rng.choice("ab ") for _ in range(400))
    for _ in range(200):
        cuts = sorted(rng.sample(range(len(src)), 8))
        regions = tuple((cuts[k], cuts[k + 1]) for k in range(0, 8, 2))
        for cand in ("a", "ab", "b a", "aba", "abab"):
            assert list(_found(src, cand, regions)) == _per_region(src, cand, regions)


def test_a_match_across_two_touching_regions_is_not_found() -> None:
    src = "le chat noir"
    assert list(_found(src, "chat noir", ((0, 7), (7, 12)))) == []
    assert list(_found(src, "chat noir", ((0, 12),))) == [3]


def test_regions_out_of_order_or_overlapping_are_searched_one_by_one() -> None:
    src = "abab"
    regions = ((2, 4), (0, 4))
    assert list(_found(src, "ab", regions)) == [2, 0, 2]


def _problems(heading: str, text: str) -> list[str]:
    from redac.lang import get_language
    from redac.nlp import parsed
    from redac.write.heading_check import heading_problems

    return heading_problems(heading, get_language("fr"), doc=parsed("fr", text))


def test_a_name_cut_out_of_a_longer_phrase_is_no_subheading() -> None:
    text = (
        "Le suspense était assez faible mardi : le patron des députés Les Républicains Christian "
        "Jacob a déclaré devant ses troupes que la droite voterait le texte. McLaren a investi "
        "massivement dans le McLaren Composites Technology Centre, son propre site d'innovation."
    )
    assert "cut" in _problems("Les Républicains Christian Jacob", text)
    assert "cut" in _problems("Le McLaren", text)


def test_a_phrase_of_a_quotation_is_someone_s_words() -> None:
    text = (
        "« Nous visons avant tout la réduction du poids de nos modèles », a conclu Mike Flewitt. "
        "Les constructeurs visent la réduction du poids des voitures depuis dix ans."
    )
    from redac.write.heading_check import QUOTED

    assert QUOTED in _problems("La réduction du poids de nos modèles", text)
    assert QUOTED not in _problems("La réduction du poids des voitures", text)
    assert QUOTED not in _problems("Mike Flewitt", text)
