"""What redac needs to know about a GGUF file before starting llama.cpp on it: its metadata
(name, fine-tune, chat template) and a content hash that identifies the model in the reply cache.

The reader follows the GGUF header layout documented by ggml (magic, version, tensor count,
key/value count, then typed key/value pairs); it reads the key/value section only and skips
the large arrays (the tokenizer's vocabulary) without decoding them. Written here rather than
taken from the ``gguf`` package: the header is a few dozen lines, and that package would add a
dependency for one lookup.
"""

from __future__ import annotations

import hashlib
import json
import mmap
import os
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redac.errors import GGUFError

MAGIC = b"GGUF"
# value types: fixed sizes (struct formats) of the scalar ones; 8 = string, 9 = array
_SCALARS = {
    0: "B",
    1: "b",
    2: "H",
    3: "h",
    4: "I",
    5: "i",
    6: "f",
    7: "?",
    10: "Q",
    11: "q",
    12: "d",
}
STRING, ARRAY = 8, 9


@dataclass(frozen=True)
class GGUFInfo:
    path: Path
    metadata: dict[str, Any] = field(default_factory=dict)  # scalars and strings only

    @property
    def chat_template(self) -> str:
        value = self.metadata.get("tokenizer.chat_template", "")
        return value if isinstance(value, str) else ""

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name") or self.path.name)

    def base_model_reason(self) -> str:
        """Why the file looks like a base (pretrained, not instruction-tuned) model; ``""``
        when nothing says so. GGUF writers record the fine-tune in ``general.finetune`` and
        usually in the name ("-it", "-instruct", "-chat"; "-pt", "-base" for base models)."""
        words = " ".join(
            str(self.metadata.get(k, ""))
            for k in ("general.finetune", "general.name", "general.basename")
        ).lower()
        words += " " + self.path.name.lower()
        tokens = set(words.replace("_", "-").replace(".", "-").replace(" ", "-").split("-"))
        if tokens & {"it", "instruct", "chat", "sft", "dpo", "rlhf"}:
            return ""
        if tokens & {"base", "pt", "pretrained"}:
            return "its name says it is a base (pretrained) model"
        return ""


def read_info(path: str | os.PathLike[str]) -> GGUFInfo:
    """The scalar and string metadata of a GGUF file (arrays are skipped)."""
    p = Path(path)
    try:
        with p.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            return GGUFInfo(p, _read_metadata(m))
    except (OSError, ValueError, struct.error) as e:
        raise GGUFError(
            f"{p.name} is not a readable GGUF model ({e})",
            hint="--model-path must name a .gguf file written by llama.cpp's tools",
        ) from None


def _read_metadata(m: mmap.mmap) -> dict[str, Any]:
    if m[:4] != MAGIC:
        raise ValueError("no GGUF magic number")
    (version,) = struct.unpack_from("<I", m, 4)
    if version < 2:
        raise ValueError(f"GGUF version {version} is too old")
    _tensors, count = struct.unpack_from("<QQ", m, 8)
    pos = 24
    out: dict[str, Any] = {}

    def string(at: int) -> tuple[str, int]:
        (n,) = struct.unpack_from("<Q", m, at)
        return m[at + 8 : at + 8 + n].decode("utf-8", "replace"), at + 8 + n

    def skip(kind: int, at: int) -> int:
        if kind in _SCALARS:
            return at + struct.calcsize("<" + _SCALARS[kind])
        if kind == STRING:
            (n,) = struct.unpack_from("<Q", m, at)
            return at + 8 + n
        if kind == ARRAY:
            inner, n = struct.unpack_from("<IQ", m, at)
            at += 12
            if inner in _SCALARS:
                return at + n * struct.calcsize("<" + _SCALARS[inner])
            for _ in range(n):
                at = skip(inner, at)
            return at
        raise ValueError(f"unknown value type {kind}")

    for _ in range(count):
        key, pos = string(pos)
        (kind,) = struct.unpack_from("<I", m, pos)
        pos += 4
        if kind in _SCALARS:
            (out[key],) = struct.unpack_from("<" + _SCALARS[kind], m, pos)
        elif kind == STRING:
            out[key], _ = string(pos)
        pos = skip(kind, pos)
    return out


def file_hash(path: str | os.PathLike[str], memo_dir: str = "") -> str:
    """The SHA-256 of a model file; remembered in ``memo_dir`` by path, size and modification
    time so that a rerun does not read hundreds of megabytes again."""
    p = Path(path).resolve()
    st = p.stat()
    stamp = f"{p}|{st.st_size}|{st.st_mtime_ns}"
    memo = Path(memo_dir) / "gguf-hashes.json" if memo_dir else None
    known: dict[str, str] = {}
    if memo is not None:
        try:
            known = json.loads(memo.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            known = {}
        if isinstance(known, dict) and isinstance(known.get(stamp), str):
            return known[stamp]
    digest = hashlib.sha256()
    with p.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    value = digest.hexdigest()
    if memo is not None:
        try:
            memo.parent.mkdir(parents=True, exist_ok=True)
            tmp = memo.with_name(f".{memo.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({**known, stamp: value}), encoding="utf-8")
            os.replace(tmp, memo)  # atomic: a concurrent reader sees the old or the new file
        except OSError:
            pass  # a memo that cannot be written only costs a rehash next time
    return value
