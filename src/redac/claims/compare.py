"""Compare one article statement with the source statements it rests on, dimension by
dimension: quotations, numbers, dates, speakers, names, roles, clauses (negation, modality,
comparison) and the words that carry the predicate."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cached_property

from redac.claims.align import coverage
from redac.claims.clause_checks import ClauseChecks
from redac.claims.context import SourceContext
from redac.claims.result import Reason
from redac.claims.statements import Mention, Statement
from redac.claims.tokens import Tok
from redac.facts.normalize import number_key

_FRAMED = ("heading", "title", "question")  # may hold the writer's own words ("Key points")
MIN_COVERAGE = 0.5  # below, the statement is not a rewrite of what it was aligned with


def _q(text: str) -> str:
    return f"« {text} »"


def _keys(support: Sequence[Statement]) -> set[str]:
    out: set[str] = set()
    for s in support:
        out |= s.keys
    return out


class Comparison(ClauseChecks):
    """The reasons one statement ``a`` is not supported by ``support``."""

    def __init__(self, a: Statement, support: Sequence[Statement], ctx: SourceContext) -> None:
        self.a, self.support, self.ctx = a, support, ctx
        self.lex = ctx.lex
        self.reasons: list[Reason] = []
        self.handled: set[str] = set()  # content keys already explained by a reason
        self.skip_names: set[int] = set()  # token starts of names already judged
        self.sup_keys = _keys(support)
        self.sup_words = {w for s in support for w in s.flat.split()}
        self.sup_flat = " ".join(s.flat for s in support)

    def add(self, code: str, detail: str) -> None:
        self.reasons.append(Reason(code, detail))

    def run(self, kind: str) -> list[Reason]:
        a = self.a
        if kind == "question":
            self.names(new_only=True)
            self.words(whole_source=True)
            return self.reasons
        keys = a.keys - self.ctx.frame if kind in _FRAMED else a.keys
        cov = coverage(keys, self.support)
        if len(keys) >= 3 and cov < MIN_COVERAGE:
            self.add(
                "no_support",
                f"only {round(cov * len(keys))} of its {len(keys)} content words are in "
                "the closest source sentence",
            )
        self.quotes()
        self.numbers()
        self.dates()
        self.speakers()
        self.names()
        self.repeats()
        self.roles()
        self.clauses()
        self.counts()
        self.words()
        return self.reasons

    # -- quotations, numbers, dates -------------------------------------------------------

    def quotes(self) -> None:
        for seg, key in self.a.quotes:
            if key and key not in self.ctx.quote_flat:
                near = max(
                    self.ctx.quotes,
                    key=lambda q: len(set(q.lower().split()) & set(seg.lower().split())),
                    default="",
                )
                self.add(
                    "altered_quote",
                    f"{_q(seg)} is not verbatim in the source"
                    + (f" (closest: {_q(near)})" if near else ""),
                )
                self.handled |= {
                    t.key for k, t in enumerate(self.a.toks) if k in self.a.quoted and t.key
                }

    def numbers(self) -> None:
        have = {n.key: n for s in self.support for n in s.numbers}
        bare = {number_key("".join(c for c in k if c.isdigit() or c in ".,")) for k in have}
        for n in self.a.numbers:
            digits = number_key("".join(c for c in n.key if c.isdigit() or c in ".,"))
            self.handled |= {d for d in n.key.split() if d[:1].isdigit()} | {digits}
            src = have.get(n.key)
            if src is None and digits not in bare:
                shown = ", ".join(_q(x.text) for x in have.values()) or "no such number"
                self.add("changed_number", f"{_q(n.text)} where the source says {shown}")
            elif (
                src is not None
                and n.counted
                and src.counted
                and n.counted != src.counted
                and n.counted not in self.sup_keys
            ):
                self.add(
                    "changed_number", f"{_q(n.text)} counts something else than {_q(src.text)}"
                )
                self.handled.add(n.counted)

    def dates(self) -> None:
        have: set[str] = set()
        for s in self.support:
            for _, items in s.dates:
                have |= items
            for n in s.numbers:
                have.add(n.key)
        for text, items in self.a.dates:
            self.handled |= {self.lex.key(w) for w in items}
            if not items <= have:
                shown = ", ".join(_q(t) for s in self.support for t, _ in s.dates)
                self.add(
                    "changed_date",
                    f"{_q(text)} where the source says {shown or 'no date'}",
                )

    # -- who: speakers, names, roles -------------------------------------------------------

    def _context(self, before: int = 3) -> list[Statement]:
        first = min((s.index for s in self.support), default=0)
        return list(self.ctx.around(first - before, first))

    def speakers(self) -> None:
        named = [sp for sp in self.a.speakers if sp.keys and not sp.pronoun]
        if not named:
            return
        theirs = [sp for s in self.support for sp in s.speakers if sp.keys and not sp.pronoun]
        around = [sp for s in self._context() for sp in s.speakers if sp.keys and not sp.pronoun]
        pronoun = any(sp.pronoun for s in self.support for sp in s.speakers)
        names_before = {w for s in self._context() for m in s.mentions for w in m.words}
        for sp in named:
            if any(sp.keys & t.keys for t in theirs):
                continue
            if not theirs and (
                any(sp.keys & t.keys for t in around)
                or (pronoun and {t.fold for t in self.a.toks[sp.i : sp.j]} & names_before)
            ):
                continue
            said = (
                f"the source attributes it to {_q(theirs[0].text)}"
                if theirs
                else "the source does not attribute it so"
            )
            self.add("speaker_changed", f"attributed to {_q(sp.text)}; {said}")
            self.handled |= sp.keys
            self.skip_names.update(t.start for t in self.a.toks[sp.i : sp.j])

    @cached_property
    def _resolved(self) -> bool:
        """The statement has fewer pronouns than its support: a name stands for one of them."""
        return self._pronouns(self.a.toks) < sum(self._pronouns(s.toks) for s in self.support)

    def _pronouns(self, toks: Sequence[Tok]) -> int:
        return sum(1 for t in toks if self.lex.pronoun(t.fold) or t.fold in self.lex.possessives)

    def _resolves_pronoun(self, m: Mention) -> bool:
        """A name the rewrite put where the source says "il", "she", "son voisin": the source
        sentence has a pronoun the article's lacks, and the name comes just before."""
        theirs = sum(self._pronouns(s.toks) for s in self.support)
        if theirs <= self._pronouns(self.a.toks):
            return False
        return any(f" {m.key} " in s.flat for s in self._context())

    def _stem_in_support(self, m: Mention) -> bool:
        """ "les Biélorusses" for "la Biélorussie": one word, the same stem."""
        return len(m.words) == 1 and self.lex.stem(m.words[0]) in self.sup_keys

    def _added_from_context(self, m: Mention) -> bool:
        """A name of the neighbouring sentences added while every name of the source sentence
        is kept (a name swapped for another loses one)."""
        if not self.support:
            return False
        at = self.support[0].index
        near = self.ctx.around(at - 2, at + 3)
        if not any(f" {m.key} " in s.flat for s in near):
            return False
        mine = Counter(x.words[-1] for x in self.a.mentions)
        theirs = Counter(x.words[-1] for x in self.support[0].mentions)
        dropped = self.support[0].keys - self.a.keys
        return (
            all(mine[w] >= n for w, n in theirs.items())
            and len(dropped) <= len(self.support[0].keys) // 3
        )

    def names(self, new_only: bool = False) -> None:
        a = self.a
        for m in a.mentions:
            toks = a.toks[m.i : m.j]
            self.handled |= {t.key for t in toks if t.key}
            if toks[0].start in self.skip_names:
                continue
            if all(k in a.quoted for k in range(m.i, m.j)) and not any(
                r.code == "altered_quote" for r in self.reasons
            ):
                continue  # inside a verbatim quotation
            if self.ctx.in_source(m) and (
                new_only
                or f" {m.key} " in self.sup_flat
                or all(w in self.sup_words for w in m.words)
                or (
                    len(m.words) > 1
                    and len(m.words[-1]) > 2
                    and m.words[-1] in self.sup_words
                    and self.ctx.has_phrase(m.key)
                )
                or self._resolves_pronoun(m)
                or self._stem_in_support(m)
                or self._added_from_context(m)
            ):
                continue
            if a.kind in _FRAMED and {self.lex.key(w) for w in m.words} <= self.ctx.frame:
                continue
            if not self.ctx.in_source(m):
                self.add("new_entity", f"{_q(m.text)} is not in the source")
            elif m.place or self.ctx.label_of(m) == "LOC":
                self.add("place_time_changed", f"{_q(m.text)} is not where the source puts it")
            else:
                self.add("changed_entity", f"{_q(m.text)} is not in the source sentence")

    def _label_end(self) -> int:
        """Where the statement's text starts after a label ("Biélorussie : …", "1999 : …"):
        the label repeats a name or a date of the text without saying it twice."""
        for k, t in enumerate(self.a.toks[:8]):
            if t.text == ":" and k + 1 < len(self.a.toks):
                return k + 1
        return 0

    def repeats(self) -> None:
        """A name or a date said more often than the source sentence says it: one of the
        source's was swapped for another already there ("Poutine et Poutine")."""
        start = self._label_end()
        body_start = self.a.toks[start].start if start < len(self.a.toks) else 0
        mine = Counter(
            m.words[-1] for m in self.a.mentions if len(m.words[-1]) > 2 and m.i >= start
        )
        theirs = Counter(w for s in self.support for m in s.mentions for w in m.words)
        flagged = {r.detail for r in self.reasons}
        for w, n in mine.items():
            if (
                n > theirs.get(w, 0) > 0
                and not self._resolved
                and not any(w in d.lower() for d in flagged)
            ):
                self.add("changed_entity", f"{_q(w)} stands where the source has another name")
        offset = body_start - self.a.base
        nums = Counter(n.key for n in self.a.numbers if n.at >= offset)
        src_nums = Counter(n.key for s in self.support for n in s.numbers)
        for k, n in nums.items():
            if n > src_nums.get(k, 0) > 0:
                self.add("changed_number", f"{_q(k)} stands where the source has another number")
        dates = Counter(
            i
            for (_, items), at in zip(self.a.dates, self.a.date_at, strict=True)
            if at >= offset
            for i in items
        )
        src = Counter(i for s in self.support for _, items in s.dates for i in items)
        for d, n in dates.items():
            if n > src.get(d, 0) > 0:
                self.add("changed_date", f"{_q(d)} stands where the source has another date")

    def roles(self) -> None:
        for m, rk, rtext in self.a.roles:
            allowed, texts = self.ctx.roles_of(m)
            extra = {
                k
                for k in rk - allowed - self.ctx.frame
                if not (self.lex.equivalents.get(k, frozenset()) & allowed)
            }
            if not extra or (not allowed and extra <= self.sup_keys):
                continue
            said = (
                f"the source: {', '.join(_q(t) for t in texts[:2])}"
                if texts
                else "no role in the source"
            )
            self.add("role_changed", f"{_q(rtext)} for {m.text}; {said}")
            self.handled |= extra

    # -- what is said: the predicate words (clauses: :class:`ClauseChecks`) -------------

    def _predicative(self, t: Tok) -> bool:
        return t.verb or t.pos in ("ADJ", "ADV") or t.key in self.lex.opposites

    def counts(self) -> None:
        """A verb, adjective or adverb said more often than in the source sentence: it stands
        where the source has another ("la petite fête ou la petite fête")."""
        start = self._label_end()
        mine = Counter(t.key for t in self.a.toks[start:] if t.key and self._predicative(t))
        theirs = Counter(t.key for s in self.support for t in s.toks if t.key)
        for k, n in mine.items():
            if n > theirs.get(k, 0) > 0 and k not in self.handled:
                word = next(t.text for t in self.a.toks if t.key == k)
                self.add("different_predicate", f"{_q(word)} stands where the source says else")

    def words(self, whole_source: bool = False) -> None:
        """Content words the support lacks: a contrary, a new verb, a new word."""
        a = self.a
        have = self.ctx.keys if whole_source else self.sup_keys
        verbs = {t.key for t in a.toks if t.verb and t.key}
        predicative = {t.key for t in a.toks if t.key and self._predicative(t)}
        left = [
            k
            for k in dict.fromkeys(a.key_seq)
            if k not in have
            and k not in self.handled
            and not k.isdigit()
            and not (self.lex.equivalents.get(k, frozenset()) & have)
            and not (a.kind in _FRAMED and k in self.ctx.frame)
        ]
        if a.kind in _FRAMED:  # a label may take a word from anywhere in the source
            left = [
                k for k in left if not any(t.key == k and t.fold in self.ctx.words for t in a.toks)
            ]
        if not left:
            return
        text = {t.key: t.text for t in a.toks if t.key}
        plain: list[str] = []
        for k in left:
            contrary = self.lex.opposites.get(k, frozenset()) & have
            sides = self.lex.comparatives.get(k, frozenset())
            flipped = any(
                (p, 1 - s) in self.lex.comparatives.get(h, ()) for p, s in sides for h in have
            )
            if flipped:
                self.add("comparison_flipped", f"{_q(text[k])} reverses the source's comparison")
            elif contrary:
                said = (
                    next(t.text for s in self.support for t in s.toks if t.key in contrary)
                    if not whole_source
                    else sorted(contrary)[0]
                )
                self.add("different_predicate", f"{_q(text[k])} where the source says {_q(said)}")
            elif k in verbs or k in predicative:
                self.add("different_predicate", f"{_q(text[k])} is not what the source says")
            else:
                plain.append(text[k])
        if plain:
            self.add(
                "no_support",
                f"{', '.join(_q(w) for w in plain[:6])} "
                + ("is" if len(plain) == 1 else "are")
                + (" not in the source" if whole_source else " not in the source sentence"),
            )
