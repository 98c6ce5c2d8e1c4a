"""The SEO score is Yoast's arithmetic: every scored check, plus the two results Yoast counts
that redac does not score as checks (a keyphrase not used elsewhere on the site: 9; the
function-words result: 0, pass or fail). Without them redac ran about 4 points above Yoast on
every corpus article, and called green what Yoast called orange near the 70 line."""

from __future__ import annotations

from redac.api import analyze


def test_the_seo_score_counts_yoasts_unreported_results(seed_article: str) -> None:
    a = analyze(seed_article, keyphrase="Biélorussie", lang="fr")
    fw = a.check("function_words_in_keyphrase")
    assert fw is not None and fw.rating == "green" and not fw.scored
    scored = [c.score for c in a.seo if c.scored]
    assert a.seo_score == round(100 * (sum(scored) + 9 + 0) / (9 * (len(scored) + 2)))
    # the old arithmetic (the function-words check counted 9, nothing else) is greener
    old = [c.score for c in a.seo if c.scored or c.id == "function_words_in_keyphrase"]
    assert round(100 * sum(old) / (9 * len(old))) > a.seo_score
