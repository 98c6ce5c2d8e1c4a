"""The API's request bodies, as the OpenAPI page at ``/docs`` shows them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Format = Literal["text", "markdown", "html"]


class RewriteRequest(BaseModel):
    """One of ``text``, ``url`` or ``html``; the options of ``redac rewrite``."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="the article as plain text or Markdown")
    url: str | None = Field(None, description="an http(s) URL, fetched with the CLI's guards")
    html: str | None = Field(None, description="an HTML page or fragment")
    format: Format | None = Field(None, description="the format of text (sniffed when absent)")
    lang: str | None = Field(None, description="target language: fr, en (the source's if absent)")
    min_words: int = Field(700, ge=0, le=20_000)
    keyphrase: str | None = None
    engine: Literal["auto", "offline", "llm", "local"] = "auto"
    faq: bool = True
    site_url: str = ""


class AnalyzeRequest(BaseModel):
    """An article body (HTML, Markdown or text) and its SEO fields, as ``redac analyze``."""

    model_config = ConfigDict(extra="forbid")
    text: str
    format: Format | None = None
    keyphrase: str = ""
    synonyms: str = ""
    title: str = ""
    description: str = ""
    slug: str = ""
    lang: str | None = None
    permalink: str = ""
    cornerstone: bool = False


class VerifyRequest(BaseModel):
    """A source and an article written from it (text, Markdown or HTML)."""

    model_config = ConfigDict(extra="forbid")
    source: str
    article: str
    lang: str | None = None


class SessionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    token: str
