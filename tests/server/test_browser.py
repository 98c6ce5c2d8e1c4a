"""The page in real Chromium: paste a dispatch, read the article, its grouped analysis and its
snippet; edit the snippet and see it re-scored; a script in the source stays text."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.server.browser import chromium
from tests.server.live import EXAMPLE, LiveServer

pytestmark = pytest.mark.integration
WAIT = 60


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    d = chromium()
    yield d
    d.quit()


def wait(d: Any, cond: Any, timeout: float = WAIT) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(d, timeout).until(cond)


def by_id(d: Any, id_: str) -> Any:
    from selenium.webdriver.common.by import By

    return d.find_element(By.ID, id_)


def css(d: Any, sel: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(d.find_elements(By.CSS_SELECTOR, sel))


def open_page(d: Any, server: LiveServer) -> None:
    d.get(server.url + "/")
    wait(d, lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))


def rewrite(d: Any, server: LiveServer, text: str) -> None:
    open_page(d, server)
    area = by_id(d, "rw-text")
    d.execute_script("arguments[0].value = arguments[1]", area, text)
    by_id(d, "rw-submit").click()
    wait(d, lambda d: by_id(d, "rw-result").is_displayed())


def check(d: Any, check_id: str) -> Any:
    found = css(d, f'#rw-report li[data-check="{check_id}"]')
    return found[0] if found else None


def test_paste_the_example_shows_article_analysis_and_snippet(
    driver: Any, server: LiveServer
) -> None:
    d = driver
    rewrite(d, server, EXAMPLE)
    title = css(d, "#rw-article .article-title")[0].text
    assert "Biélorussie" in title
    paragraphs = css(d, "#rw-article p[data-origin]")
    assert len(paragraphs) >= 10
    assert {p.get_attribute("data-origin") for p in paragraphs} <= {"model", "source", "derived"}
    assert paragraphs[0].get_attribute("title")  # where it came from, on hover
    body = by_id(d, "rw-article").text
    assert "l’Ukraine" in body and "l'Ukraine" not in body  # as written: typographic apostrophes
    # the analysis, grouped, in French, with no internal ids or raw scores shown
    panels = css(d, "#rw-report details.panel")
    assert [p.get_attribute("data-panel") for p in panels] == ["seo", "readability"]
    groups = [s.get_attribute("textContent") for s in css(d, "#rw-report details.group > summary")]
    assert any(g.startswith("Bons résultats") for g in groups)
    report_text = by_id(d, "rw-report").get_attribute("textContent")
    assert "keyphrase" not in report_text and "-999" not in report_text
    assert "Lisibilité" in report_text and "Référencement (SEO)" in report_text
    # the snippet: breadcrumb with the slug, the title, the description
    crumb = css(d, "#rw-serp .serp-crumb")[0].text
    slug = by_id(d, "rw-serp-slug").get_attribute("value")
    assert slug and slug in crumb
    assert css(d, "#rw-serp .serp-title")[0].text
    assert css(d, "#rw-serp .serp-desc")[0].text
    # the facts panel and the downloads
    assert "Conservés" in by_id(d, "rw-facts").text
    assert len(css(d, "#rw-result a[href*='/export/']")) == 3


def test_editing_the_title_rescores_it(driver: Any, server: LiveServer) -> None:
    d = driver
    rewrite(d, server, EXAMPLE)
    assert check(d, "seo_title_width").get_attribute("class").endswith("green")
    field = by_id(d, "rw-serp-title")
    field.clear()
    field.send_keys("Biélorussie : " + "une très longue histoire de la relation avec Moscou " * 3)
    assert css(d, "#rw-serp .serp-title")[0].text.endswith("…")  # cut at its pixel width, at once
    wait(d, lambda d: "red" in check(d, "seo_title_width").get_attribute("class"))
    assert "sera coupé" in check(d, "seo_title_width").text
    note = by_id(d, "rw-serp-title-note").text
    assert note.endswith("px sur 600 px au plus") and "\u202f" in note  # « 1 395 px », French
    field.clear()
    wait(d, lambda d: "Aucun titre SEO" in check(d, "seo_title_width").text)


def test_a_check_highlights_its_sentences(driver: Any, server: LiveServer) -> None:
    d = driver
    rewrite(d, server, EXAMPLE)
    button = css(d, '#rw-report .mark-btn[data-check="sentence_length"]')[0]
    button.click()
    marks = css(d, "#rw-article mark")
    assert marks and button.get_attribute("aria-pressed") == "true"
    assert all(len(m.text.split()) > 20 for m in marks)
    settle(d)  # the page scrolls smoothly to the first mark; a click during it can land elsewhere
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
    assert not css(d, "#rw-article mark")


def settle(d: Any) -> None:
    """Wait until the page stops scrolling (two equal readings 100 ms apart)."""
    import time

    last = None
    for _ in range(50):
        now = d.execute_script("return [window.scrollX, window.scrollY]")
        if now == last:
            return
        last = now
        time.sleep(0.1)


XSS = (
    "Des pirates visent le site <script>window.__xss = 1</script> de la mairie\n\n"
    'Le site de la mairie a affiché <img src=x onerror="window.__xss = 2"> pendant une heure '
    "mardi, a indiqué la préfecture. Les pirates ont laissé le message "
    '« <b onmouseover="window.__xss = 3">piraté</b> » sur la page d\'accueil.\n\n'
    "La mairie a porté plainte. Selon la préfecture, 3 000 habitants ont consulté la page "
    "pendant l'attaque, qui a duré une heure le 4 mars.\n"
)


def test_a_script_in_the_source_is_text_and_never_runs(driver: Any, server: LiveServer) -> None:
    d = driver
    rewrite(d, server, XSS)
    article = by_id(d, "rw-article")
    assert "<img src=x onerror=" in article.text  # shown as the source wrote it
    assert not css(d, "#rw-article img, #rw-article script, #rw-article b")
    assert d.execute_script("return window.__xss") is None
    summary = css(d, "#rw-result .summary")[0].text  # a short dispatch: the minimum is missed
    assert "nombre de mots minimum" in summary and "min_words" not in summary
    # the same in the Analyse tab, for an HTML article with an escaped script
    by_id(d, "tab-analyze").click()
    html = (
        "<p>Le code &lt;script&gt;window.__xss = 4&lt;/script&gt; est affiché tel quel.</p>"
        '<p>Une image <img src=x onerror="window.__xss = 5"> sans texte.</p>'
    )
    d.execute_script("arguments[0].value = arguments[1]", by_id(d, "an-text"), html)
    css(d, "#analyze-form button[type=submit]")[0].click()
    wait(d, lambda d: by_id(d, "an-result").is_displayed())
    assert "<script>window.__xss = 4</script>" in by_id(d, "an-article").text
    assert d.execute_script("return window.__xss") is None


@pytest.mark.parametrize("width", [1366, 390])
def test_layout_fits_and_screenshots(server: LiveServer, width: int, tmp_path: Path) -> None:
    d = chromium(width, 900)
    try:
        rewrite(d, server, EXAMPLE)
        overflow = d.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}px"
        out = Path(os.environ.get("REDAC_SCREENSHOTS") or tmp_path)
        out.mkdir(parents=True, exist_ok=True)
        d.execute_script("window.scrollTo(0, 0)")
        d.save_screenshot(str(out / f"page-{width}-top.png"))
        by_id(d, "rw-serp").location_once_scrolled_into_view  # noqa: B018
        d.save_screenshot(str(out / f"page-{width}-result.png"))
        for section in ("rw-report", "rw-facts"):
            d.execute_script("arguments[0].scrollIntoView()", by_id(d, section))
            d.save_screenshot(str(out / f"page-{width}-{section[3:]}.png"))
    finally:
        d.quit()


def test_interface_in_english(driver: Any, server: LiveServer) -> None:
    d = driver
    open_page(d, server)
    css(d, '[data-ui-lang="en"]')[0].click()
    wait(d, lambda d: by_id(d, "tab-rewrite").text == "Rewrite")
    assert d.execute_script("return document.documentElement.lang") == "en"
    css(d, '[data-ui-lang="fr"]')[0].click()
    wait(d, lambda d: by_id(d, "tab-rewrite").text == "Réécrire")


def test_the_page_measures_titles_as_the_analyser_does(driver: Any, server: LiveServer) -> None:
    from redac.analysis.titlewidth import title_width

    d = driver
    open_page(d, server)
    titles = ["Biélorussie : la Russie pourrait forcer l'unité", "Ærø, Œuvre – « ĳ » 2026 ✓", ""]
    widths = d.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "import('/static/js/serp.js').then(async (m) => { await m.loadMetrics();"
        " done(arguments[0].map((t) => m.titleWidth(t))); });",
        titles,
    )
    assert widths == [title_width(t) for t in titles]
