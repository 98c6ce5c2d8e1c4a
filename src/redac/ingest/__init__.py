"""Ingest: any input (file, URL, stdin; text, Markdown, HTML) → one ``Source``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from redac.errors import EmptyInputError, InputError, InputTooLargeError, LanguageError
from redac.ingest.decode import MAX_BYTES, check_size, check_text_size, decode, xml_safe

if TYPE_CHECKING:
    from redac.model import Source

# the format readers, the language detector and the model are imported when first used: the
# analyser imports this package for ``decode``'s text checks, and its start-up time counts

_EXT = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}


def read_input(spec: str, *, allow_private: bool = False) -> tuple[str, str, str | None]:
    """(text, origin, format hint) for a path, a URL or ``-`` (stdin)."""
    if spec == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        check_size(data, "standard input")
        return decode(data, "standard input"), "stdin", None
    if spec.startswith(("http://", "https://", "file://", "ftp://")) or "://" in spec[:12]:
        from redac.ingest.url import fetch

        data, final, ctype = fetch(spec, allow_private=allow_private)
        hint = (
            "html" if "html" in ctype or not ctype else "markdown" if "markdown" in ctype else None
        )
        return decode(data, final), final, hint
    path = Path(spec)
    try:
        if not path.exists():
            raise InputError(f"no such file: {spec}")
        if path.is_dir():
            raise InputError(
                f"{spec} is a directory", hint="give one article file (batches: redac batch)"
            )
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputTooLargeError(f"{spec} is {size / 1048576:.1f} MB; the limit is 10 MB")
        with path.open("rb") as f:  # capped: /dev/zero or a FIFO has no size to check first
            data = f.read(MAX_BYTES + 1)
    except (OSError, ValueError) as e:  # permissions, a name too long, a NUL in the name...
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise InputError(f"cannot read {spec}: {reason}") from None
    if len(data) > MAX_BYTES:
        raise InputTooLargeError(f"{spec} holds more than 10 MB; the limit is 10 MB")
    return decode(data, spec), str(path), _EXT.get(path.suffix.lower())


def parse(
    text: str,
    *,
    origin: str = "text",
    fmt: str | None = None,
    lang: str | None = None,
    url: str | None = None,
) -> Source:
    """Text in a known or sniffed format → ``Source`` with detected language."""
    from redac.ingest import formats
    from redac.lang import SUPPORTED, language_from_locale
    from redac.lang.detect import detect_or_fail
    from redac.model import Source, SourceBlock

    text = xml_safe(text)
    kind = fmt or formats.sniff(text)
    if kind != "html":  # plain text and Markdown are their text: refuse before parsing
        check_text_size(text, origin)
    meta: dict[str, str] = {}
    if kind == "html":
        blocks, title, meta = formats.parse_html(text, url=url)
    elif kind == "markdown":
        blocks, title = formats.parse_markdown(text)
    else:
        blocks, title = formats.parse_text(text)
    blocks, figures = formats.take_figures(blocks)
    if not any(b.kind != "heading" for b in blocks):
        raise EmptyInputError(
            f"{origin} holds no article text",
            hint="is it the right file, or a page without a main text?",
        )
    body = "\n".join(b.text for b in blocks)
    check_text_size(body, origin)
    code = language_from_locale(lang) if lang else detect_or_fail(body)
    if code not in SUPPORTED:
        raise LanguageError(
            f"{origin} is in language {code!r}, which redac does not support yet",
            hint=f"supported: {', '.join(SUPPORTED)}; pass --lang to force one",
        )
    return Source(
        blocks=tuple(SourceBlock(b.kind, b.text, b.level, b.links) for b in blocks),
        lang=code,
        origin=origin,
        fmt=kind,
        title=title,
        meta=tuple(sorted(meta.items())),
        figures=figures,
    )


def load(
    spec: str, *, fmt: str | None = None, lang: str | None = None, allow_private: bool = False
) -> Source:
    """Read and parse an input given as a path, a URL or ``-``."""
    text, origin, hint = read_input(spec, allow_private=allow_private)
    url = origin if origin.startswith("http") else None
    return parse(text, origin=origin, fmt=fmt or hint, lang=lang, url=url)


def load_path(
    path: str | os.PathLike[str], *, fmt: str | None = None, lang: str | None = None
) -> Source:
    """An article in a file; ``-`` reads standard input."""
    spec = os.fspath(path)
    if spec != "-" and "://" in spec[:12]:
        raise InputError(f"{spec} is a URL, not a file", hint="use Source.from_url")
    return load(spec, fmt=fmt, lang=lang)


def load_url(url: str, *, lang: str | None = None, allow_private: bool = False) -> Source:
    """An article fetched over http(s)."""
    if "://" not in url[:12]:
        raise InputError(f"{url!r} is not a URL", hint="use Source.from_path or Source.from_text")
    return load(url, lang=lang, allow_private=allow_private)
