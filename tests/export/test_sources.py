"""What the source gives — images, links, date, author, publisher — kept in the article and
the exports; what only the editor can add listed as to do, not as a failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from lxml import html as lxml_html
from tests.helpers import offline

from redac.ingest import load, parse
from redac.result import RewriteResult

MARKDOWN = """# Le port de Marseille accueille un navire électrique

Le port de Marseille a accueilli jeudi son premier navire de croisière entièrement électrique, selon [la direction du port](https://port.example/communique), qui parle d'une étape importante.

![Le navire amarré au quai](https://port.example/navire.jpg "Le navire à quai, jeudi")

Le navire peut transporter 600 passagers et naviguer pendant six heures sans émettre de gaz à effet de serre, selon le constructeur.

Les associations de riverains ont salué l'initiative mais réclament que l'ensemble des compagnies soient concernées d'ici à 2030.
"""


@pytest.fixture(scope="module")
def page(fixtures_dir: Path) -> RewriteResult:
    src = load(str(fixtures_dir / "page-fr.html"))

    return offline(src, min_words=100, site_url="https://www.journal.example")


@pytest.fixture(scope="module")
def md() -> RewriteResult:
    return offline(parse(MARKDOWN, lang="fr"), min_words=50)


def test_html_source_images_links_and_metadata(page: RewriteResult) -> None:
    s, a = page.source, page.article
    assert s.title.startswith("Le port de Marseille accueille")  # the page's H1, not <title>
    assert not any("Accueil" in p or "Mentions" in p for p in s.paragraphs)
    fig = next(f for f in a.figures if f.src.endswith("navire-quai.jpg"))
    assert fig.alt.startswith("Le navire électrique") and "Joliette" in fig.caption
    assert fig.credit == "Photo Claire Martin"
    assert a.image == "https://journal.example/img/navire-une.jpg"
    assert any(lk.href == "https://www.chantiers.example/navire" for lk in a.links)
    assert a.date == "2024-03-14" and a.author and a.publisher


def test_html_export_shows_them(page: RewriteResult) -> None:
    doc = lxml_html.fromstring(page.html())
    assert doc.xpath("//figure/img[@src='https://journal.example/img/navire-quai.jpg']/@alt")
    assert "Photo Claire Martin" in doc.xpath("string(//figure/figcaption/small)")
    assert doc.xpath("//a[@href='https://www.chantiers.example/navire']/text()") == [
        "le constructeur"
    ]
    assert doc.xpath("//meta[@property='og:url']/@content")[0].startswith(
        "https://www.journal.example/"
    )
    assert doc.xpath("//meta[@property='og:image']/@content")
    ld = json.loads(doc.xpath("//script[@type='application/ld+json']/text()")[0])
    assert ld["datePublished"] == "2024-03-14" and ld["publisher"]["name"]
    assert ld["author"][0]["@type"] == "Person" and ld["image"][0].startswith("https://")
    assert doc.xpath("//figure/@data-origin") == ["source"] * len(doc.xpath("//figure"))


def test_images_and_links_count_for_the_analyser(page: RewriteResult) -> None:
    seo = {c.id: c for c in page.report.analysis.seo}
    assert seo["images"].rating == "green" and seo["outbound_links"].rating == "green"
    todo = {c.id for c in page.report.todo}
    assert "images" not in todo and "outbound_links" not in todo
    assert "internal_links" in todo  # only the editor knows the site's pages


def test_markdown_source_keeps_image_and_link(md: RewriteResult) -> None:
    out = md.markdown()
    assert "[la direction du port](https://port.example/communique)" in out
    assert (
        '![Le navire amarré au quai](https://port.example/navire.jpg "Le navire à quai, jeudi")'
        in out
    )
    fm = yaml.safe_load(out.split("---\n")[1])
    assert fm["image"] == "https://port.example/navire.jpg"
    html = md.html()
    assert '<a href="https://port.example/communique">la direction du port</a>' in html


def test_without_a_dispatch_date_the_runs_date(md: RewriteResult) -> None:
    from tests.helpers import TODAY

    assert md.article.date == TODAY.isoformat()
    assert yaml.safe_load(md.markdown().split("---\n")[1])["date"] == TODAY.isoformat()


def test_to_do_is_not_a_failure(md: RewriteResult) -> None:
    d = md.to_dict()["report"]
    assert {t["check"] for t in d["todo"]} >= {"internal_links"}
    assert all(c["id"] not in ("images", "internal_links") for c in d["constraints"])


def test_timeline_markdown_has_no_stray_escape(fixtures_dir: Path) -> None:
    r = offline(load(str(fixtures_dir / "article-fr-tram.txt")))
    out = r.markdown()
    assert "\\1" not in out and "\\2" not in out
