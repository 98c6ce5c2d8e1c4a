"""Articles in languages redac does not support: named in the error, whatever the script;
French and English stay on the cheap path."""

from __future__ import annotations

from pathlib import Path

import pytest

from redac.lang import detect as detect_mod

from ..cli_helpers import ROOT, run
from .helpers import assert_clean_failure

ARTICLES = {
    "zh": (
        "Chinese",
        "北京市政府周二宣布了一项新的交通计划，旨在减少市中心的拥堵。该计划包括扩建地铁网络、"
        "增加公交线路以及鼓励市民骑自行车出行。市长表示，这些措施将在未来五年内逐步实施，"
        "总投资约为三百亿元人民币。专家认为，这一计划有助于改善空气质量。",
    ),
    "ja": (
        "Japanese",
        "東京都は火曜日、市内中心部の渋滞を減らすための新しい交通計画を発表した。計画には地下鉄網の"
        "拡張やバス路線の増加が含まれている。知事は、これらの対策を今後五年間で段階的に実施すると述べた。",
    ),
    "ko": (
        "Korean",
        "서울시는 화요일 도심 교통 혼잡을 줄이기 위한 새로운 교통 계획을 발표했다. 이 계획에는 "
        "지하철망 확장과 버스 노선 확대가 포함된다. 시장은 이 조치를 5년에 걸쳐 시행하겠다고 밝혔다.",
    ),
    "ru": (
        "Russian",
        "Городской совет во вторник утвердил бюджет в размере 12 миллионов евро на 2025 год после "
        "трёхчасовых дебатов. Половина средств пойдёт на ремонт четырёх школ, сообщила заместитель "
        "мэра по финансам. Работы начнутся в июле и продлятся два года.",
    ),
    "ar": (
        "Arabic",
        "وافق المجلس البلدي يوم الثلاثاء على ميزانية قدرها 12 مليون يورو لعام 2025 بعد نقاش استمر "
        "ثلاث ساعات. وسيخصص نصف الاعتمادات لترميم أربع مدارس، بحسب نائبة رئيس البلدية.",
    ),
    "el": (
        "Greek",
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη προϋπολογισμό 12 εκατομμυρίων ευρώ για το 2025 "
        "μετά από τρίωρη συζήτηση. Τα μισά κονδύλια θα διατεθούν για την ανακαίνιση τεσσάρων σχολείων.",
    ),
    "tr": (
        "Turkish",
        "Belediye meclisi salı günü üç saatlik bir tartışmanın ardından 2025 yılı için 12 milyon "
        "avroluk bütçeyi onayladı. Ödeneklerin yarısı dört okulun yenilenmesine ayrılacak.",
    ),
    "sv": (
        "Swedish",
        "Kommunfullmäktige antog på tisdagen en budget på 12 miljoner euro för 2025 efter tre "
        "timmars debatt. Hälften av pengarna går till renoveringen av fyra skolor, enligt kommunen.",
    ),
    "de": (
        "German",
        "Der Stadtrat hat am Dienstag nach dreistündiger Debatte einen Haushalt von 12 Millionen "
        "Euro für 2025 beschlossen. Die Hälfte der Mittel fließt in die Sanierung von vier Schulen.",
    ),
}


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_unsupported_language_is_named(tmp_path: Path, code: str) -> None:
    name, text = ARTICLES[code]
    f = tmp_path / f"{code}.txt"
    f.write_text(text, encoding="utf-8")
    r = run("analyze", str(f))
    assert_clean_failure(r, "E120")
    assert (
        f"the article is in {name} ({code}), which redac does not support yet; supported: fr, en"
        in r.stderr
    )


def test_cjk_is_not_too_little_text() -> None:
    _name, text = ARTICLES["zh"]
    assert len(text.split()) < 3  # no spaces: counting words by whitespace found none
    assert detect_mod.detect(text) == ("zh", 1.0)


def test_french_and_english_stay_on_the_cheap_detector() -> None:
    """The 49-language detector costs ~250 ms cold: a French or English article never builds it."""
    detect_mod._detector.cache_clear()
    for path in ("examples/article-fr.txt", "tests/fixtures/article-en-long.txt"):
        text = (ROOT / path).read_text(encoding="utf-8")
        assert detect_mod.detect_or_fail(text) in ("fr", "en")
    assert detect_mod._detector.cache_info().currsize == 1  # only the quick one


def test_short_text_is_still_too_little() -> None:
    from redac.errors import LanguageError

    with pytest.raises(LanguageError, match="too little text"):
        detect_mod.detect("Bonjour")
