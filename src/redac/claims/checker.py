"""The claim checker: built once per source, it judges any statement against it.

checker = ClaimChecker(ledger)                  # reuses the ledger's parse of the source
checker.check("Le Kremlin va forcer la Biélorussie.")         # -> Verdict
checker.check_text(paragraph)                   # -> one Verdict per sentence, one tagging
checker.check_answer(question, answer)          # a FAQ pair: does the answer answer it?
checker.check_article(article)                  # -> ClaimReport of every part of an Article
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from redac.claims.align import support_for
from redac.claims.compare import Comparison
from redac.claims.context import SourceContext, build_context
from redac.claims.lexicon import Lexicon
from redac.claims.result import ClaimReport, Reason, Verdict, ordered
from redac.claims.statements import Statement, build
from redac.facts import FactLedger
from redac.model import Article
from redac.nlp import CHUNK_CHARS, chunks, parsed, tag_each
from redac.text.normalize import fold, normalize_text
from redac.text.sentences import split_sentences
from redac.text.words import words

Unit = tuple[str, str, str]  # (text, kind, where)

_BUILT: list[tuple[FactLedger, ClaimChecker]] = []  # the last few, by ledger identity
_CHECKED = 4096  # verdicts a checker keeps (:meth:`ClaimChecker.check`)


def checker_for(ledger: FactLedger) -> ClaimChecker:
    """The claim checker of ``ledger``'s source, built once: the writer's gate and the report
    of one rewrite share it (building it reads the whole source)."""
    for known, checker in _BUILT:
        if known is ledger:
            return checker
    checker = ClaimChecker(ledger)
    _BUILT.insert(0, (ledger, checker))
    del _BUILT[2:]
    return checker


class ClaimChecker:
    """Judges statements against one source. Build it once per source (it reads the ledger's
    parse of the source); each call tags only the text it is given."""

    def __init__(self, ledger: FactLedger, *, doc: Any | None = None) -> None:
        self.ledger = ledger
        self.lang = ledger.lang
        if doc is None:
            doc = parsed(ledger.lang, ledger.source_text)
        self.ctx: SourceContext = build_context(ledger, doc)
        self._exact = {_core(s, self.ctx.lex): s.index for s in self.ctx.statements}
        # the same, from the words alone: a sentence found here is the source's own (give or
        # take an opening connector), supported without being tagged
        self._verbatim = {_plain_core(s.text, self.ctx.lex): s.index for s in self.ctx.statements}
        self._checked: dict[tuple[str, str], tuple[Verdict, ...]] = {}  # :meth:`_alone`

    @property
    def source_sentences(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.ctx.statements)

    # -- the interface engines call --------------------------------------------------------

    def check(self, sentence: str, kind: str = "sentence") -> Verdict:
        """One statement (a sentence, a heading, a question, a list item), tagged on its own.
        Each verdict is kept (a few thousand at most): a source that repeats a paragraph has
        the writer ask again of the same split sentences, and the report asks again of every
        sentence the writer checked."""
        return self.check_each([sentence], kind)[0]

    def check_each(self, sentences: Sequence[str], kind: str = "sentence") -> list[Verdict]:
        """:meth:`check` of each sentence: the verdict of its first statement."""
        return [
            found[0] if found else Verdict(x, kind)
            for x, found in zip(sentences, self._alone(sentences, kind), strict=True)
        ]

    def _alone(self, texts: Sequence[str], kind: str) -> list[tuple[Verdict, ...]]:
        """The verdicts of each text's statements, the text tagged on its own. Those not
        judged yet are tagged in one pass, each on its own (:func:`redac.nlp.tag_each`: the
        tags, so the verdicts, one text at a time gives), about a third of the tagging time of
        one pass per text."""
        todo = [x for x in dict.fromkeys(texts) if (x, kind) not in self._checked]
        plain = [" ".join(normalize_text(x).split()) for x in todo]
        # a text :func:`tag` would cut into pieces is judged below, through :meth:`check_units`
        short = [(x, t) for x, t in zip(todo, plain, strict=True) if len(t) <= CHUNK_CHARS]
        docs = tag_each(self.lang, [t for _, t in short]) if short else None
        if docs is not None:
            for (x, _), doc in zip(short, docs, strict=True):
                sts = self._statements([(x, kind, "")], doc)
                self._keep(x, kind, tuple(self._verdict(st) for st in sts))
        out = []
        for x in texts:
            found = self._checked.get((x, kind))
            if found is None:  # long, no tagger for the language, or forgotten meanwhile
                found = self._keep(x, kind, self.check_units([(x, kind, "")]))
            out.append(found)
        return out

    def _keep(self, text: str, kind: str, verdicts: tuple[Verdict, ...]) -> tuple[Verdict, ...]:
        if len(self._checked) >= _CHECKED:
            self._checked.clear()
        self._checked[(text, kind)] = verdicts
        return verdicts

    def check_text(self, text: str, kind: str = "sentence") -> tuple[Verdict, ...]:
        """Every sentence of a paragraph (or of several, separated by blank lines)."""
        blocks = [b for b in normalize_text(text).split("\n\n") if b.strip()]
        return self.check_units([(b, kind, "") for b in blocks])

    def check_answer(self, question: str, answer: str) -> Verdict:
        """The answer of a FAQ item, judged as a statement and as the answer to ``question``:
        the speaker, date and name the question asks about must be the answer's."""
        q, *rest = self._statements([(question, "question", ""), (answer, "sentence", "")])
        if not rest:
            return Verdict(answer)
        verdict = self._judge(rest[0])
        extra = self._pair(q, rest)
        if not extra:
            return verdict
        return replace(verdict, reasons=ordered([*verdict.reasons, *extra]))

    def check_article(self, article: Article) -> ClaimReport:
        """Every part of an article: H1, subheadings, paragraphs, list items, FAQ (each answer
        also against its question), SEO title and meta description."""
        from redac.claims.article import article_units

        units = [(u.text, u.kind, u.where) for u in article_units(article)]
        units = [u for u in units if u[0].strip()]
        # a paragraph or an item is judged sentence by sentence: the source's own sentences
        # need no tagging, each other one is judged on its own, as the writer that made it
        # judged it (:meth:`check`, whose verdicts are kept). The FAQ's answers and every
        # other unit are tagged together, in one pass, an answer with its question.
        parts = {
            b: self._sentences_of(text, kind, where, b)
            for b, (text, kind, where) in enumerate(units)
            if kind in ("sentence", "item") and not where.startswith("faq")
        }
        new: dict[str, list[str]] = {}  # by kind, the sentences that are not the source's
        for b, ps in parts.items():
            new.setdefault(units[b][1], []).extend(x for x in ps if isinstance(x, str))
        alone = {
            (x, kind): v
            for kind, xs in new.items()
            for x, v in zip(xs, self._alone(xs, kind), strict=True)
        }
        found: dict[int, list[Verdict]] = {
            b: [
                replace(v, where=units[b][2], block=b)
                for x in ps
                for v in ((x,) if isinstance(x, Verdict) else alone[(x, units[b][1])])
            ]
            for b, ps in parts.items()
        }
        rest = [b for b in range(len(units)) if b not in found]
        sts = [
            replace(st, block=rest[st.block]) for st in self._statements([units[b] for b in rest])
        ]
        judged = [self._verdict(st) for st in sts]
        for st, v in zip(sts, judged, strict=True):
            found.setdefault(st.block, []).append(v)
        verdicts = [v for b in sorted(found) for v in found[b]]
        position = {id(v): i for i, v in enumerate(verdicts)}
        at = [position[id(v)] for v in judged]
        # each answer against its question (both read in the same tagging pass)
        for n in range(1, len(article.faq) + 1):
            q = [st for st in sts if st.extra["where"] == f"faq {n}" and st.kind == "question"]
            ans = [
                i
                for i, st in enumerate(sts)
                if st.extra["where"] == f"faq {n}" and st.kind == "sentence"
            ]
            if not q or not ans:
                continue
            first = at[ans[0]]
            extra = [
                r
                for r in self._pair(q[0], [sts[i] for i in ans])
                if r.code not in verdicts[first].codes
            ]
            if extra:
                v = verdicts[first]
                verdicts[first] = replace(v, reasons=ordered([*v.reasons, *extra]))
        return ClaimReport(tuple(verdicts), self.source_sentences)

    def _sentences_of(self, text: str, kind: str, where: str, block: int) -> list[str | Verdict]:
        """The sentences of a block: the verdict of each that is a source sentence, word for
        word (an opening connector aside), and the text of each that is not."""
        out: list[str | Verdict] = []
        for piece in split_sentences(
            " ".join(normalize_text(text).split()), self.ctx.lex.data.abbreviations
        ):
            i = self._verbatim.get(_plain_core(piece, self.ctx.lex))
            if i is None:
                out.append(piece)
            else:
                s = self.ctx.statements[i]
                out.append(Verdict(piece, kind, (), (i,), (s.text,), where, block))
        return out

    def _verdict(self, st: Statement) -> Verdict:
        v = self._judge(st)
        return replace(v, where=st.extra["where"], block=st.block)

    def supported_many(self, texts: Sequence[str], kind: str = "sentence") -> list[bool]:
        """For each text, whether every statement in it is supported; one tagging pass for
        all of them (a text that states nothing is supported)."""
        bad = {v.block for v in self.check_units([(t, kind, "") for t in texts]) if not v.supported}
        return [i not in bad for i in range(len(texts))]

    def check_units(self, units: Sequence[Unit]) -> tuple[Verdict, ...]:
        """Statements of the given (text, kind, where) units, each judged; a unit of kind
        "sentence" or "item" may hold several sentences."""
        return tuple(self._verdict(st) for st in self._statements(units))

    # -- inside ----------------------------------------------------------------------------

    def _statements(self, units: Sequence[Unit], doc: Any = None) -> list[Statement]:
        """The units' statements, read on one tagging of their texts (``doc``: that tagging,
        when the caller has it)."""
        texts = [" ".join(normalize_text(t).split()) for t, _, _ in units]
        joined = "\n\n".join(texts)
        if doc is None:
            # its pieces' taggings, as :func:`redac.nlp.tag` has them before it joins them
            # into one ``Doc`` (a copy of every token: 0.03 s on a 100,000-word article)
            doc = tag_each(self.lang, list(chunks(joined)))
        sts = build(
            joined,
            self.ctx.lex,
            doc=doc,
            kinds=[k for _, k, _ in units],
            known=self.ctx.known,
        )
        for st in sts:
            st.extra["where"] = units[st.block][2] if st.block < len(units) else ""
        return sts

    def _judge(self, a: Statement) -> Verdict:
        kind = a.kind
        framed = kind in ("heading", "title", "question")
        if not (a.keys - (self.ctx.frame if framed else frozenset())) and not (
            a.numbers or a.dates or (a.mentions and not framed)
        ):
            return Verdict(a.text, kind)  # it claims nothing: connectors, section names
        exact = self._exact.get(_core(a, self.ctx.lex))
        if exact is not None and kind != "question":
            s = self.ctx.statements[exact]
            return Verdict(a.text, kind, (), (exact,), (s.text,))
        # a label ("Biélorussie : l'essentiel") may gather several sentences; a heading that
        # makes a claim (it has a verb) rests on one, like a sentence
        wide = kind == "question" or (
            kind in ("heading", "title") and not any(t.verb for t in a.toks)
        )
        support = support_for(a, self.ctx.index, wide=wide)
        reasons = ordered(Comparison(a, support, self.ctx).run(kind))
        return Verdict(
            a.text,
            kind,
            reasons,
            tuple(s.index for s in support),
            tuple(s.text for s in support),
        )

    def _pair(self, q: Statement, answer: list[Statement]) -> list[Reason]:
        """What the question asks that the answer does not give."""
        out: list[Reason] = []
        asked = [sp for sp in q.speakers if sp.keys and not sp.pronoun]
        if asked:
            given: set[str] = set()
            for a in answer:
                sup = support_for(a, self.ctx.index)
                for st in (a, *sup):
                    for sp in st.speakers:
                        given |= sp.keys
                    if any(sp.pronoun for sp in st.speakers):
                        prev = self.ctx.around(st.index - 3, st.index)
                        given |= {sp_k for s in prev for sp in s.speakers for sp_k in sp.keys}
            for sp in asked:
                if not sp.keys & given:
                    out.append(
                        Reason(
                            "speaker_changed",
                            f"the question asks what « {sp.text} » says; the answer reports "
                            "someone else",
                        )
                    )
        asked_dates = [items for _, items in q.dates]
        if asked_dates:
            have = {i for a in answer for _, items in a.dates for i in items}
            for items in asked_dates:
                if not items <= have:
                    out.append(
                        Reason("changed_date", "the answer is not dated as the question asks")
                    )
        names = {m.key for m in q.mentions} - {
            w
            for sp in q.speakers
            for w in (m.key for m in q.mentions if m.i >= sp.i and m.j <= sp.j)
        }
        if names and not asked:
            flat = " ".join(a.flat for a in answer)
            for key in names:
                if f" {key} " not in flat and f" {key.split()[-1]} " not in flat:
                    out.append(Reason("changed_entity", f"the answer does not speak of « {key} »"))
        return out


def _core(st: Statement, lex: Lexicon) -> str:
    """A statement's words without the connector that opens it ("Par ailleurs, …",
    "Moreover, …"): a sentence of the source with a connector added is that sentence."""
    return _strip_connectors([t.fold for t in st.toks if t.word], lex)


def _plain_core(text: str, lex: Lexicon) -> str:
    """:func:`_core` of a sentence from its words alone (no tagging)."""
    return _strip_connectors([fold(w) for w in words(text)], lex)


def _strip_connectors(folds: list[str], lex: Lexicon) -> str:
    i = 0
    while i < len(folds):
        phrase = next(
            (p for p, _ in lex.connectors.get(folds[i], ()) if tuple(folds[i : i + len(p)]) == p),
            None,
        )
        if phrase is not None:
            i += len(phrase)
        elif folds[i] in lex.transitions:
            i += 1
        else:
            break
    return " ".join(folds[i:])
