"""The meta description: the news — the lead first — in whole sentences or whole clauses of the
first paragraphs, 121–156 characters, with the keyphrase once or twice as written.

Units are the first sentences of the first three paragraphs, each whole or as its main clause
(:func:`redac.write.shorten.shorten`: whole constituents removed, an attribution never; where
the parse misreads a sentence, :func:`trimmed` reads its edges on the tokens). A description is
one to three units in the source's order, opening with a sentence of the lead paragraph — its
first when it can. A unit that points back (« Il… », « Cette décision… ») or opens with a
connector (« Néanmoins… ») only follows the sentence it points back to. Further on, a sentence
that names the keyphrase and tells the same story may follow (its parenthesis may go), and opens
only when nothing of the lead fits. Never a sentence cut short, never "…".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import Any

from redac.analysis import keyphrase as kp
from redac.analysis.config import targets
from redac.lang import LanguageData
from redac.plan import literal
from redac.text.normalize import fold
from redac.text.sentences import split_sentences
from redac.text.words import words
from redac.write.clauses import is_finite, main_root, quoted, quotes_balanced, render
from redac.write.shorten import shorten

DESC_MIN, DESC_MAX = targets().description_chars  # « too short » up to DESC_MIN included
MAX_SENTENCES = 8  # the first sentences of the first paragraphs: the news
MAX_PARAGRAPHS = 4
MAX_KEYPHRASE_PARAGRAPHS = 8  # further on, only a sentence that names the keyphrase
MIN_WORDS = 8  # a sentence after the lead, to tell something (« Rendre au peuple… » does not)
MAX_UNITS = 3
CLAUSE_CAPS = (DESC_MAX, 2 * DESC_MAX // 3, DESC_MAX // 2)  # a clause alone, or with another


@dataclass(frozen=True)
class Unit:
    text: str
    at: int  # which sentence of the source's first ones
    whole: bool  # the sentence itself (not its main clause)
    leans: bool  # points back or opens with a connector: only after the sentence before
    follows: bool = False  # further on in the source: never the description's first sentence


def _sentence(text: str) -> bool:
    """Reads as a sentence: at least six words and a final stop."""
    return len(words(text)) >= 6 and text.rstrip().endswith((".", "!", "?", "»", '"'))


def leans_back(text: str, lang: LanguageData) -> bool:
    """Opens with a word that points back (« Il », « Sous cette carrosserie », « Son livre »)
    or with a connector (« Néanmoins », « Par ailleurs »): it needs the sentence before it."""
    ws = [w.lower() for w in words(text)]
    if not ws:
        return False
    pointing = {fold(w).rstrip("'") for w in lang.rewriting.anaphora}
    pointing -= {fold(w) for w in lang.rewriting.event_dates}  # « En 2019, … »: a preposition
    pointing = {w for w in pointing if len(w) > 1 or w == "c"}  # « y »
    for w in ws[:3]:  # « Il… », « Sous cette carrosserie… », « Son livre… »
        if fold(w).split("'")[0] in pointing or fold(w) in pointing:
            return True
    joined = " ".join(ws[:4]) + " "
    return any(joined.startswith(f"{t} ") for t in lang.transition_words)


def _participle(t: Any) -> bool:
    return "Part" in t.morph.get("VerbForm")


def _after_colon(toks: list[Any]) -> list[list[Any]]:
    """The clause after the sentence's one colon (outside quotations), when it opens with its
    subject: a sentence of its own."""
    inside = quoted(toks)
    colons = [k for k, t in enumerate(toks) if t.text == ":" and t.i not in inside]
    if len(colons) != 1 or len(toks) - colons[0] <= 7:
        return []
    right = toks[colons[0] + 1 :]
    # never a pronoun first: « il s'agit de… » says what the first clause names
    return [right] if right[0].pos_ in ("DET", "PROPN", "NOUN") else []


def _glued(short: str, sentence: str) -> bool:
    """The shortened sentence holds words from both sides of the sentence's colon but not the
    colon: two clauses glued without a mark (« … rarissime en Europe les autorités… »)."""
    if ":" in short:
        return False
    # the sentence's own colon, not one inside a quotation (blanked out, same length)
    bare = re.sub(r'"[^"]*"|«[^»]*»|“[^”]*”', lambda m: " " * len(m.group(0)), sentence)
    at = bare.find(":")
    if at < 0:
        return False
    left, right = words(sentence[:at]), words(sentence[at + 1 :])
    have = words(short)
    if not (left and right and have) or have[:2] != left[:2]:
        return False
    head = right[:3]  # the second clause's first words, right after the first one's
    return any(have[i : i + len(head)] == head for i in range(1, len(have)))


def _predicate(toks: list[Any]) -> bool:
    """A finite verb of its own, not one inside a relative clause (« une rubrique qui
    recensait… » is a noun phrase; « cette revendication vise… » is a clause)."""
    relative = False
    for t in toks:
        relative = relative or "Rel" in t.morph.get("PronType")
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not relative:
            return True
    return False


def _verbless(toks: list[Any]) -> bool:
    """A noun phrase for a sentence (« Une information confirmée par X. »): its root is a noun
    and no finite verb stands outside quotations. (Not « …, le référendum (RIC) vise… » that the
    tagger read without a verb: its root is the opening participle.)"""
    inside = quoted(toks)
    root = main_root(toks)
    return (
        root is not None
        and root.pos_ in ("NOUN", "PROPN")
        and not any(t.pos_ in ("VERB", "AUX") and is_finite(t) and t.i not in inside for t in toks)
    )


def _pointing(t: Any) -> bool:
    """A third-person subject pronoun: it names something said before (« qu'elle a
    suscitées »)."""
    return t.pos_ == "PRON" and t.dep_.startswith("nsubj") and "3" in t.morph.get("Person")


def trimmed(toks: list[Any]) -> list[str]:
    """The sentence without participial phrases or an apposition set off by commas, or its
    clause after a colon (what the first one announces, told in full): an
    opening participial phrase (« Défendu par une majorité des "gilets jaunes", le
    référendum… vise… ») when a noun phrase follows it as the subject; an apposition that
    opens with an indefinite article or a demonstrative right after a name (« son service
    "Désinfox", une rubrique de son site…, face aux… », « le "RIC", ce référendum…, ont… »); a closing phrase in the present participle (« …, a
    indiqué le ministre, évoquant les scénarios… », « …, beaucoup lui reprochant… »). Read on
    the tokens, not on their dependencies: what a sentence tells without a detail, where the
    parse misreads the sentence (a headline merged into it) and :func:`shorten` finds no
    clause. Never a condition, a negation or an attribution: only those phrases go."""
    if len(toks) < 8:
        return []
    inside = quoted(toks)
    commas = [k for k, t in enumerate(toks) if t.text == "," and t.i not in inside]
    drops: list[tuple[int, int]] = []  # [a, b) token ranges that may go
    if commas and _participle(toks[0]) and toks[0].pos_ in ("VERB", "ADJ"):
        k = commas[0] + 1
        rest = toks[k:]
        if (
            len(rest) >= 6
            and rest[0].pos_ in ("DET", "PROPN", "NOUN")
            and not any(_participle(t) or t.pos_ in ("VERB", "AUX") for t in toks[1 : k - 1])
        ):  # the opener holds no verb but its participle: the main clause is what follows
            drops.append((0, k))
    for k1, k2 in pairwise(commas):
        first, before = toks[k1 + 1], toks[k1 - 1]
        named = before.pos_ == "PROPN" or before.text in ('"', "»", "”")
        indefinite = "Ind" in first.morph.get("Definite") and (named or before.pos_ == "NOUN")
        demonstrative = "Dem" in first.morph.get("PronType") and named  # « le "RIC", ce… »
        if (
            k1 > 0
            and first.pos_ == "DET"
            and (indefinite or demonstrative)
            and k2 - k1 >= 3
            and not _predicate(toks[k1 + 1 : k2])  # a noun phrase, not a clause
            and not any(_pointing(t) for t in toks[k2:])  # « qu'elle » would lose what it names
        ):
            # the comma that closes it stays before an adjunct (« …, face aux… »), never
            # between the subject and its verb (« Des panneaux…(, ce référendum…,) ont fleuri »)
            verb = k2 + 1 < len(toks) and toks[k2 + 1].pos_ in ("VERB", "AUX")
            drops.append((k1, k2 + 1 if verb else k2))
    for right in _after_colon(toks):  # « La mesure était rarissime… : | les autorités ont… »
        drops.append((0, len(toks) - len(right)))
    if commas:
        k = commas[-1]
        tail = toks[k + 1 : k + 4]
        if any(_participle(t) and "Pres" in t.morph.get("Tense") for t in tail):
            drops.append((k, len(toks)))
    out = []
    for n in range(1, len(drops) + 1):
        for chosen in combinations(drops, n):
            gone = {i for a, b in chosen for i in range(a, b)}
            piece = [t for k, t in enumerate(toks) if k not in gone and t.text not in ".!?"]
            while piece and piece[0].text in (",", ":"):
                piece = piece[1:]
            text = render(piece)
            if len(piece) >= 6 and quotes_balanced(text):
                out.append(text)
    return out


def units(
    paragraphs: tuple[str, ...],
    keyphrase: str,
    lang: LanguageData,
    lead_tokens: list[list[Any]] | None = None,
    cache: dict[tuple[int, int, bool, str], str] | None = None,
) -> list[Unit]:
    """Each of the first sentences whole, and as its main clause when it is too long (the
    keyphrase kept if it had it). ``cache``: clauses already made for another keyphrase (the
    ones that need not keep it are the same for all)."""
    made = cache if cache is not None else {}
    topic = kp.make_topic(keyphrase, lang)
    sents = [
        re.sub(r"^[-–—]\s+", "", s.strip())
        for p in paragraphs[:MAX_PARAGRAPHS]
        for s in split_sentences(p, lang.abbreviations)
    ][:MAX_SENTENCES]
    out: list[Unit] = []
    index = {fold(s)[:60]: k for k, s in enumerate(sents)}
    clauses: dict[int, list[str]] = {}
    for toks in (lead_tokens or [])[:4]:
        whole = render(toks)
        k = index.get(fold(re.sub(r"^[-–—]\s+", "", whole))[:60])
        if k is None or len(sents[k]) <= DESC_MAX // 2:
            continue

        def has(s: str) -> bool:
            return kp.count_in(topic, s, lang) >= 1 and literal.found(keyphrase, s, lang)

        # the sentence, and its clause after a colon (« La mesure était rarissime : | les
        # autorités ont renoncé… »): what the first one announces, told in full
        variants = [toks, *_after_colon(toks)]
        for v, piece in enumerate(variants):
            for cap in CLAUSE_CAPS:  # long enough alone, or to go with another sentence
                for keep in [has, None] if has(render(piece)) else [None]:  # the keyphrase kept
                    key = (k + 1000 * v, cap, keep is not None, keyphrase if keep else "")
                    if key not in made:
                        made[key] = shorten(
                            piece, lang, lambda s, cap=cap: len(s) <= cap, sentence=True, keep=keep
                        )
                    short = made[key]
                    if not short or len(short) <= DESC_MIN:  # its last details only, if enough
                        tkey = (key[0] + 2000, *key[1:])
                        if tkey not in made:
                            made[tkey] = shorten(
                                piece,
                                lang,
                                lambda s, cap=cap: len(s) <= cap,
                                sentence=True,
                                keep=keep,
                                tail_first=True,
                            )
                        if len(made[tkey]) > len(short or ""):
                            short = made[tkey]
                    glued = short and _glued(short, sents[k])
                    if short and _sentence(short) and fold(short) != fold(sents[k]) and not glued:
                        if short not in clauses.setdefault(k, []):
                            clauses[k].append(short)
                        break
        for short in trimmed(toks):  # where the parse reads the sentence wrong: its edges
            fresh = short not in clauses.setdefault(k, [])
            if (
                fresh
                and len(short) <= DESC_MAX
                and _sentence(short)
                and fold(short) != fold(sents[k])
                and not _glued(short, sents[k])
            ):
                clauses[k].append(short)
    for k, s in enumerate(sents):
        if not s or s.endswith(("...", "…")) or not quotes_balanced(s):
            continue
        leans = leans_back(s, lang)
        if len(s) <= DESC_MAX and _sentence(s) and (k == 0 or len(words(s)) >= MIN_WORDS):
            out.append(Unit(s, k, True, leans))
        for c in clauses.get(k, []):
            out.append(Unit(c, k, False, leans))
    # further on, a whole sentence that names the keyphrase may follow the news
    later = [
        re.sub(r"^[-–—]\s+", "", s.strip())
        for p in paragraphs[MAX_PARAGRAPHS:MAX_KEYPHRASE_PARAGRAPHS]
        for s in split_sentences(p, lang.abbreviations)
    ]
    news = {
        lang.word_key(w) for w in words(" ".join(sents[:2])) if w.lower() not in lang.function_words
    }
    news -= {lang.word_key(w) for w in literal.content_words(keyphrase, lang)}
    for k, whole in enumerate(later, len(sents)):
        bare = _PARENTHESIS.sub("", whole)  # a parenthesis is a detail: it may go
        for s in dict.fromkeys((whole, bare)):
            if (
                len(s) <= DESC_MAX
                and news & {lang.word_key(w) for w in words(s)}  # the same story, not the next
                and _sentence(s)
                and len(words(s)) >= MIN_WORDS
                and quotes_balanced(s)
                and not leans_back(s, lang)
                and literal.found(keyphrase, s, lang)
                and kp.count_in(topic, s, lang) >= 1
            ):
                out.append(Unit(s, k, s == whole, False, follows=True))
    return out


_PARENTHESIS = re.compile(r"\s*\([^()]*\)")


def meta_description(
    paragraphs: tuple[str, ...],
    keyphrase: str,
    lang: LanguageData,
    lead_tokens: list[list[Any]] | None = None,
    *,
    supported: Callable[[str], bool] | None = None,
    cache: dict[tuple[int, int, bool, str], str] | None = None,
) -> str:
    """The news in 121–156 characters: the lead's sentences, or a whole clause of the lead,
    then whole sentences of the first paragraphs; with the keyphrase once or twice where the
    first paragraphs offer it (as redac's analyser and a literal matcher both read it).
    ``lead_tokens``: the first sentences' tokens, in the source's parse; ``supported``: the
    claim checker's word on a clause (a sentence whole is the source's own); ``cache``: see
    :func:`units`."""
    us = [
        u
        for u in units(paragraphs, keyphrase, lang, lead_tokens, cache)
        if u.whole or supported is None or supported(u.text)
    ]
    if not us:
        return _too_long_lead(paragraphs, lang, lead_tokens)
    topic = kp.make_topic(keyphrase, lang)
    # never « Il s'agissait… » first, nor a sentence from further on
    opening = [u.at for u in us if (u.at == 0 or not u.leans) and not u.follows]
    if not opening:  # no sentence or clause of the lead fits: the first one further on that
        # names the keyphrase and tells the same story, rather than no description at all
        opening = [u.at for u in us if u.follows]
    if not opening:
        return _too_long_lead(paragraphs, lang, lead_tokens)
    lead_at = min(opening)
    # the lead paragraph tells the news: any of its sentences that stands on its own may open
    # (the first one is preferred, when it can carry the keyphrase in the length)
    in_lead = len(split_sentences(paragraphs[0], lang.abbreviations)) if paragraphs else 0
    starts = {lead_at} | {a for a in opening if a < in_lead}
    options: list[tuple[Unit, ...]] = []
    for n in range(1, MAX_UNITS + 1):
        for combo in combinations(us, n):
            if any(b.at <= a.at for a, b in pairwise(combo)):
                continue  # the source's order, each sentence once
            if combo[0].at not in starts:
                continue  # the news first: the lead, or the first sentence that offers a unit
            if any(b.leans and b.at != a.at + 1 for a, b in pairwise(combo)):
                continue  # pointing back to a sentence left out
            if sum(1 for u in combo if not u.whole) > 2:
                continue  # two clauses at most
            if sum(len(u.text) for u in combo) + n - 1 > DESC_MAX:
                continue
            options.append(combo)
    if not options:
        return _too_long_lead(paragraphs, lang, lead_tokens)

    def rank(combo: tuple[Unit, ...]) -> tuple[bool, bool, int, bool, bool, bool, int, int]:
        text = " ".join(u.text for u in combo)
        n = literal.count(keyphrase, text, lang)
        band = 2 if DESC_MIN < len(text) <= DESC_MAX else 1 if len(text) >= DESC_MIN - 25 else 0
        return (
            1 <= n <= 2 and kp.count_in(topic, text, lang) >= 1,  # the analysers' demand
            band > 0,
            band,
            combo[0].at == lead_at,
            '"' not in text and "«" not in text and "“" not in text,
            all(u.whole for u in combo),
            -len(combo),  # fewer pieces read better
            len(text),
        )

    return " ".join(u.text for u in max(options, key=rank))


def _too_long_lead(
    paragraphs: tuple[str, ...], lang: LanguageData, lead_tokens: list[list[Any]] | None
) -> str:
    """When no sentence or clause of the lead fits: its first sentence whole, if it is a
    sentence a little over the length (the report says by how much), never a piece of it."""
    if not paragraphs:
        return ""
    first = split_sentences(paragraphs[0], lang.abbreviations)[:1]
    if not first:
        return ""
    toks = lead_tokens[0] if lead_tokens else []
    if len(words(render(toks))) == len(words(first[0])) and _verbless(toks):
        return ""
    s = first[0].strip()
    fine = _sentence(s) and quotes_balanced(s) and not s.endswith(("...", "…"))
    return s if fine and len(s) <= DESC_MAX + DESC_MAX // 4 and not leans_back(s, lang) else ""
