"""Bytes → text: size caps, binary refusal, encoding detection (UTF-16/32 included), and the
scrubbing that makes any text safe for lxml (no C0 controls, no lone surrogates)."""

from __future__ import annotations

import codecs
import re
import unicodedata

from redac.errors import BinaryInputError, EmptyInputError, InputTooLargeError

MAX_BYTES = 10 * 1024 * 1024  # what is read from a file, stdin or a URL
MAX_TEXT_CHARS = 2_000_000  # the article text extracted from it (about 300,000 words)

# C0 controls other than tab, newline and carriage return, lone surrogates and the two
# non-characters: XML cannot hold them, so lxml refuses, drops or truncates at them.
_XML_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NEEDS_SCRUB = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_VERTICAL_SPACE = str.maketrans({"\x0b": " ", "\x0c": " "})
_SURROGATE = re.compile("[\ud800-\udfff]")

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def xml_safe(text: str) -> str:
    """``text`` with vertical tab and form feed as spaces, lone surrogates as U+FFFD and the
    other C0 controls removed: what lxml can parse without losing anything after them."""
    if _NEEDS_SCRUB.search(text) is None:
        return text
    text = _SURROGATE.sub("\ufffd", text.translate(_VERTICAL_SPACE))
    return _XML_UNSAFE.sub("", text)


def check_size(data: bytes, origin: str) -> None:
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(
            f"{origin} is {len(data) / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB",
            hint="split the input or pass the article alone",
        )


def check_text_size(text: str, origin: str) -> None:
    """Refuse an article text longer than ``MAX_TEXT_CHARS`` characters."""
    if len(text) > MAX_TEXT_CHARS:
        raise InputTooLargeError(
            f"{origin} holds {len(text):,} characters of text; the limit is {MAX_TEXT_CHARS:,}",
            hint="split the input or pass the article alone",
        )


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF


def _mostly_text(text: str) -> bool:
    """True when a decoded sample reads as text: letters, digits, spaces and punctuation
    only, with letters most of what is not space, and words (spaces between them, or CJK
    characters, which go without)."""
    sample = text[:2000]
    letters = texty = spaces = cjk = 0
    for ch in sample:
        cat = unicodedata.category(ch)
        if cat[0] in "LM":
            letters += 1
            cjk += _is_cjk(ch)
        elif ch.isspace():
            spaces += 1
        elif cat[0] not in "NPS":
            continue
        texty += 1
    return (
        bool(sample)
        and texty >= 0.95 * len(sample)
        and letters >= 0.5 * (len(sample) - spaces)
        and (len(sample) < 50 or spaces >= 0.05 * len(sample) or cjk >= 0.5 * letters)
    )


def _zero_share(data: bytes, step: int) -> list[float]:
    """For each byte position modulo ``step``, the share of zero bytes there."""
    n = len(data) // step * step
    if n == 0:
        return [0.0] * step
    return [data[i:n:step].count(0) / (n // step) for i in range(step)]


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte order mark, told by the bytes of the first KB. UTF-32
    has two zero bytes in every four. In UTF-16 the high bytes of the characters are few
    distinct values (zero for Latin letters, a narrow range for CJK) on one side, the low bytes
    many on the other. ``None`` for any other pattern."""
    head = data[: len(data[:1024]) // 4 * 4]
    z4 = _zero_share(head, 4)
    if z4[2] > 0.95 and z4[3] > 0.95 and z4[0] < 0.1:
        return "utf-32-le"
    if z4[0] > 0.95 and z4[1] > 0.95 and z4[3] < 0.1:
        return "utf-32-be"
    even, odd = len(set(head[0::2])), len(set(head[1::2]))
    if even == odd:
        return None
    return "utf-16-be" if even < odd else "utf-16-le"


def _decode_wide(data: bytes, origin: str) -> str | None:
    """The text of UTF-16/32 input (by its BOM, or by its zero-byte pattern); ``None`` for
    anything else."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise BinaryInputError(
                    f"{origin} starts with a {encoding[:6].upper()} byte order mark but is not "
                    f"valid {encoding[:6].upper()} text"
                ) from None
    if b"\x00" not in data[:1024]:
        return None
    wide = _wide_encoding(data)
    if wide is None:
        return None
    try:
        text = data.decode(wide)
    except UnicodeDecodeError:
        return None
    return text if _mostly_text(text) else None


def _decode_narrow(data: bytes, origin: str) -> str:
    if b"\x00" in data[:8192]:
        raise BinaryInputError(
            f"{origin} looks like a binary file, not text", hint="give a .txt, .md or .html file"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise BinaryInputError(f"{origin}: cannot detect a text encoding") from None
        return str(best)


def decode(data: bytes, origin: str) -> str:
    """Decode bytes in whatever encoding they are in; refuse binary and empty input. The text
    comes back scrubbed by ``xml_safe``."""
    check_size(data, origin)
    if not data.strip():
        raise EmptyInputError(
            f"{origin} is empty", hint="give a file, URL or stdin that holds an article"
        )
    text = _decode_wide(data, origin)
    if text is None:
        text = _decode_narrow(data, origin)
    text = text.lstrip("\ufeff")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 8192):
        raise BinaryInputError(f"{origin} holds control characters; it is not a text article")
    text = xml_safe(text)
    if not text.strip():
        raise EmptyInputError(f"{origin} holds no text")
    return text
