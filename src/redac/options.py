"""What a caller asks of a rewrite: explicit, typed, validated once."""

from __future__ import annotations

from dataclasses import dataclass

from redac.errors import OptionError
from redac.lang import SUPPORTED, language_from_locale

MAX_MIN_WORDS = 20_000


@dataclass(frozen=True)
class RewriteOptions:
    lang: str | None = None  # target language; the source's when absent
    min_words: int = 700
    keyphrase: str | None = None  # force the focus keyphrase
    faq: bool = True
    site_url: str = ""  # for the canonical URL and internal links

    def __post_init__(self) -> None:
        if isinstance(self.min_words, bool) or not isinstance(self.min_words, int):
            raise OptionError(f"min_words must be a whole number, not {self.min_words!r}")
        if not 0 <= self.min_words <= MAX_MIN_WORDS:
            raise OptionError(
                f"--min-words must be between 0 and {MAX_MIN_WORDS}, not {self.min_words}"
            )
        if self.lang and language_from_locale(self.lang) not in SUPPORTED:
            raise OptionError(
                f"target language {self.lang!r} is not supported",
                hint=f"supported: {', '.join(SUPPORTED)}",
            )
        if self.keyphrase is not None and not self.keyphrase.strip():
            raise OptionError("the keyphrase is empty", hint="drop --keyphrase to choose one")
        if self.site_url and not self.site_url.startswith(("http://", "https://")):
            raise OptionError(
                f"--site-url must start with http:// or https://, not {self.site_url!r}"
            )

    def target(self, source_lang: str) -> str:
        """The article's language: the one asked for, else the source's."""
        return language_from_locale(self.lang) if self.lang else source_lang
