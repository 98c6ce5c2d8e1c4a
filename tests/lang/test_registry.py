from __future__ import annotations

import pytest

from redac.errors import LanguageError
from redac.lang import get_language, language_from_locale
from redac.lang.detect import detect


@pytest.mark.parametrize(
    ("loc", "code"), [("fr_FR", "fr"), ("fr-BE", "fr"), ("EN", "en"), ("en_US", "en")]
)
def test_locale(loc: str, code: str) -> None:
    assert language_from_locale(loc) == code


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(LanguageError, match="not supported"):
        get_language("xx")


def test_detect(seed_article: str) -> None:
    assert detect(seed_article)[0] == "fr"
    assert detect("The council approved the plan on Tuesday after a long debate.")[0] == "en"
