"""Bytes → text: size cap, binary refusal, encoding detection."""

from __future__ import annotations

from charset_normalizer import from_bytes

from redac.errors import BinaryInputError, EmptyInputError, InputTooLargeError

MAX_BYTES = 10 * 1024 * 1024


def check_size(data: bytes, origin: str) -> None:
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(
            f"{origin} is {len(data) / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB",
            hint="split the input or pass the article alone",
        )


def decode(data: bytes, origin: str) -> str:
    """Decode bytes in whatever encoding they are in; refuse binary and empty input."""
    check_size(data, origin)
    if not data.strip():
        raise EmptyInputError(
            f"{origin} is empty", hint="give a file, URL or stdin that holds an article"
        )
    if b"\x00" in data[:8192]:
        raise BinaryInputError(
            f"{origin} looks like a binary file, not text", hint="give a .txt, .md or .html file"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise BinaryInputError(f"{origin}: cannot detect a text encoding") from None
        text = str(best)
    text = text.lstrip("\ufeff")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 8192):
        raise BinaryInputError(f"{origin} holds control characters; it is not a text article")
    if not text.strip():
        raise EmptyInputError(f"{origin} holds no text")
    return text
