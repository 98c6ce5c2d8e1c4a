from __future__ import annotations

from pathlib import Path

import pytest

from redac.lang import get_language
from redac.lang.fr.passive import is_passive
from redac.text.words import words

FR = get_language("fr")
LABELLED = Path(__file__).resolve().parents[1] / "fixtures" / "passive_fr.tsv"


@pytest.mark.parametrize(
    ("word", "n"),
    [
        ("chat", 1),
        ("maison", 2),
        ("réalité", 4),
        ("guerre", 1),
        ("poésie", 3),
        ("parlent", 1),
        ("moment", 2),
        ("naïf", 2),
        ("intégration", 4),
    ],
)
def test_syllables(word: str, n: int) -> None:
    assert FR.count_syllables(word) == n


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("intégrations", "intégration"),
        ("l'Union", "union"),
        ("l’Union", "Union"),
        ("journaux", "journal"),
        ("réservées", "réservé"),
        ("Élysée", "elysee"),
    ],
)
def test_word_key_merges_forms(a: str, b: str) -> None:
    assert FR.word_key(a) == FR.word_key(b)


def test_word_key_keeps_distinct_words_apart() -> None:
    assert FR.word_key("Russie") != FR.word_key("Russe")


@pytest.mark.parametrize(
    "phrase", ["en revanche", "par conséquent", "d'abord", "cependant", "c'est pourquoi"]
)
def test_transition_words_present(phrase: str) -> None:
    assert phrase in FR.transition_words


def test_function_words_are_lowercase_and_cover_articles() -> None:
    assert {"le", "la", "les", "de", "des", "du", "l'"} <= FR.function_words
    assert all(w == w.lower() for w in FR.function_words)


def _labelled() -> list[tuple[int, str]]:
    rows = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, sentence = line.split("\t", 1)
            rows.append((int(label), sentence))
    return rows


def _yoast_like(tokens: list[str]) -> bool:
    """Yoast's lexical French rule, restated: any form of être followed by an -é participle."""
    etre = {"est", "sont", "était", "étaient", "sera", "seront", "été", "être", "fut", "soit"}
    return any(
        t in etre and i + 1 < len(tokens) and tokens[i + 1].endswith(("é", "ée", "és", "ées"))
        for i, t in enumerate(tokens)
    )


def test_passive_precision_and_recall_on_labelled_sentences() -> None:
    rows = _labelled()
    assert len(rows) >= 30
    tp = fp = fn = 0
    for label, sentence in rows:
        pred = is_passive([w.lower() for w in words(sentence)])
        tp += pred and label == 1
        fp += pred and label == 0
        fn += (not pred) and label == 1
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95, (precision, recall)
    assert recall >= 0.85, (precision, recall)


def test_passive_rule_beats_the_lexical_rule_on_stative_sentences() -> None:
    rows = _labelled()
    lexical_fp = sum(
        1 for label, s in rows if label == 0 and _yoast_like([w.lower() for w in words(s)])
    )
    ours_fp = sum(
        1 for label, s in rows if label == 0 and is_passive([w.lower() for w in words(s)])
    )
    assert lexical_fp >= 3
    assert ours_fp < lexical_fp
