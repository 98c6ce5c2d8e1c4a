"""The clause dimensions of a comparison: each clause of the article statement against the
source clause it rewrites — negation flipped, modality changed (a possibility made certain, a
report made plain), a comparison turned the other way."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from redac.claims.frames import Clause
from redac.claims.lexicon import Lexicon
from redac.claims.result import Reason
from redac.claims.statements import Statement

_FRAMED = ("heading", "title", "question")  # may hold the writer's own words ("Key points")


class ClauseChecks:
    """Mixed into :class:`redac.claims.compare.Comparison`, whose state it reads."""

    a: Statement
    support: Sequence[Statement]
    lex: Lexicon
    reasons: list[Reason]
    handled: set[str]

    def add(self, code: str, detail: str) -> None:  # pragma: no cover - the comparison's
        raise NotImplementedError

    def _best_clause(self, c: Clause) -> Clause | None:
        """The source clause ``c`` rewrites: one with its verb (or, for a clause without a
        verb, one holding at least half its words), the most words in common."""
        best, score = None, 0
        need = max(1, (len(c.keys) + 1) // 2)
        for s in self.support:
            for sc in s.clauses:
                if c.verbs and not c.verbs & sc.keys:
                    continue
                ov = len(c.keys & sc.keys)
                same = sc.neg == c.neg and sc.modal == c.modal
                if not c.verbs and ov < need:
                    continue
                if ov > score or (ov == score and same):
                    best, score = sc, ov
        return best

    def _flag(self, c: Clause, sc: Clause, added_only: bool) -> None:
        if c.neg != sc.neg and (c.neg or not added_only):
            side = "adds" if c.neg else "drops"
            said = _markers(c) if c.neg else _markers(sc)
            self.add("negation_flipped", f"the article {side} the negation ({said})")
        mine, theirs = _as_written(c.modal, sc.modal)
        diff = (mine - theirs) if added_only else (mine ^ theirs)
        if diff:
            self.add(
                "modality_changed",
                f"the source says {_markers(sc) or 'it plainly'}, the article "
                f"{_markers(c) or 'states it plainly'}",
            )
            self.handled |= {k for k in c.keys if k in self.lex.modal_stems}

    def clauses(self) -> None:
        """Negation and modality of each clause against the source clause it rewrites: both
        ways for a clause with a verb; for one without, what it adds, and what it drops of a
        source clause it holds whole."""
        label = self.a.kind in _FRAMED  # a heading cuts and joins clauses: what it adds counts
        for c in self.a.clauses:
            if not c.keys:
                continue
            sc = self._best_clause(c)
            if sc is not None and label:
                near = [x for s in self.support for x in s.clauses if x.keys & c.keys]
                union = frozenset(k for x in near for k in x.modal)
                if c.modal - union:
                    self._flag(c, sc, added_only=True)
                elif sc.neg and not c.neg and c.verbs:
                    self.add("negation_flipped", f"the article drops the negation ({_markers(sc)})")
            elif sc is not None:
                self._flag(c, sc, added_only=not c.verbs)
        mine = {x for c in self.a.clauses for x in c.compare}
        theirs = {x for s in self.support for c in s.clauses for x in c.compare}
        if {(p, 1 - side) for p, side in mine} & theirs - mine:
            self.add("comparison_flipped", "the comparison goes the other way")
        self._same_sentence()
        for s in self.support:
            for sc in s.clauses:
                if sc.verbs or not sc.keys or not (sc.neg or sc.modal):
                    continue
                for c in self.a.clauses:
                    if sc.keys <= c.keys and ((sc.neg and not c.neg) or (sc.modal - c.modal)):
                        self._flag(c, sc, added_only=False)

    def _same_sentence(self) -> None:
        """The source sentence said again with its words all kept: its negations and modal
        words must all be there too (this sees them where no clause has a content word)."""
        if len(self.support) != 1:
            return
        s = self.support[0]
        if not s.keys or not (s.keys <= self.a.keys and len(self.a.keys - s.keys) <= 1):
            return
        neg = sum(c.neg for c in self.a.clauses), sum(c.neg for c in s.clauses)
        if neg[0] != neg[1] and not any(r.code == "negation_flipped" for r in self.reasons):
            side = "adds" if neg[0] > neg[1] else "drops"
            self.add("negation_flipped", f"the article {side} a negation")
        mine = Counter(k for c in self.a.clauses for k in c.modal)
        theirs = Counter(k for c in s.clauses for k in c.modal)
        if mine != theirs and not any(r.code == "modality_changed" for r in self.reasons):
            self.add("modality_changed", "the article changes how sure the source is")


def _q(text: str) -> str:
    return f"« {text} »"


def _markers(c: Clause) -> str:
    return ", ".join(_q(m) for m in dict.fromkeys(c.markers))


def _as_written(mine: frozenset[str], theirs: frozenset[str]) -> tuple[frozenset[str], ...]:
    """A conditional the source reports (« il a dit qu'il viendrait ») and the same conditional
    once the sentence no longer reports it (« Il viendrait ») are one verb form: the article
    kept the source's mood, it did not make the claim less sure."""
    if "reported_conditional" in theirs and "hypothetical" in mine:
        theirs = (theirs - {"reported_conditional"}) | {"hypothetical"}
    return mine, theirs
