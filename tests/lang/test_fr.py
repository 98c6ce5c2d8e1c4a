from __future__ import annotations

from pathlib import Path

import pytest

from redac.analysis.research import passive_tokens
from redac.lang import get_language
from redac.lang.fr.passive import is_passive

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


def _labelled() -> list[tuple[str, str]]:
    rows = []
    for line in LABELLED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, sentence = line.split("\t", 1)
            rows.append((label, sentence))
    return rows


def _passive(sentence: str) -> bool:
    return is_passive(passive_tokens(sentence))


def test_passive_precision_and_recall_on_labelled_sentences() -> None:
    """The analyser counts the passive form, of action (1) and of state (s), and nothing else."""
    rows = _labelled()
    assert len(rows) >= 30
    tp = fp = fn = 0
    for label, sentence in rows:
        pred = _passive(sentence)
        tp += pred and label != "0"
        fp += pred and label == "0"
        fn += (not pred) and label != "0"
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95, (precision, recall)
    assert recall >= 0.95, (precision, recall)


def test_passive_of_state_is_counted() -> None:
    """ "Le magasin est fermé le dimanche" is a passive form: a verdict that skipped it would be
    greener than Yoast's (a false "good")."""
    states = [s for label, s in _labelled() if label == "s"]
    assert len(states) >= 10
    assert all(_passive(s) for s in states)
