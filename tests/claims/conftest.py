from __future__ import annotations

from pathlib import Path

import pytest

from redac.claims import ClaimChecker
from redac.facts.extract import extract
from redac.ingest import load

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def checker_fr() -> ClaimChecker:
    return ClaimChecker(extract(load(str(FIXTURES / "verify-source-fr.txt"))))


@pytest.fixture(scope="session")
def checker_en() -> ClaimChecker:
    return ClaimChecker(extract(load(str(FIXTURES / "verify-source-en.txt"))))


@pytest.fixture(scope="session")
def checker_seed() -> ClaimChecker:
    return ClaimChecker(extract(load(str(ROOT / "examples" / "article-fr.txt"))))
