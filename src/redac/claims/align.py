"""Which source sentences an article statement rests on: BM25 over content keys, then the
best sentence and, for a statement that joins two, its neighbour."""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterable, Sequence

from redac.claims.statements import Statement

K1, B = 1.2, 0.25  # a weak length norm: a fragment of a long sentence still finds it


class Index:
    """BM25 over the source's statements (their content keys)."""

    def __init__(self, statements: Sequence[Statement]) -> None:
        self.statements = statements
        self.tf = [Counter(s.key_seq) for s in statements]
        self.lengths = [len(s.key_seq) for s in statements]
        self.avg = (sum(self.lengths) / len(self.lengths)) if self.lengths else 1.0
        df: Counter[str] = Counter()
        for s in statements:
            df.update(s.keys)
        n = len(statements)
        self.idf = {k: math.log(1 + (n - d + 0.5) / (d + 0.5)) for k, d in df.items()}
        self.postings: dict[str, list[int]] = {}
        for i, s in enumerate(statements):
            for k in s.keys:
                self.postings.setdefault(k, []).append(i)
        self._weighted: dict[str, list[tuple[int, float]]] = {}  # :meth:`_weights`, by key

    def rank(self, keys: Iterable[str], top: int = 5) -> list[tuple[float, int]]:
        """The ``top`` (score, statement) pairs, best first."""
        scores: dict[int, float] = {}
        for k in set(keys):
            for i, w in self._weights(k):
                scores[i] = scores.get(i, 0.0) + w
        return heapq.nlargest(top, ((s, i) for i, s in scores.items()))

    def _weights(self, key: str) -> list[tuple[int, float]]:
        """The statements holding ``key``, each with the key's BM25 weight in it; computed on
        first use and kept (a long source has thousands of statements, a common key is in
        hundreds of them, and the writer and the report rank many statements)."""
        found = self._weighted.get(key)
        if found is None:
            at = self.postings.get(key, [])  # the keys with an idf
            idf = self.idf[key] if at else 0.0
            found = self._weighted[key] = [
                (i, idf * self._norm(self.tf[i][key], self.lengths[i])) for i in at
            ]
        return found

    def _norm(self, tf: int, length: int) -> float:
        return tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / self.avg))


def coverage(keys: frozenset[str], support: Sequence[Statement]) -> float:
    if not keys:
        return 1.0
    have: set[str] = set()
    for s in support:
        have |= s.keys
    return len(keys & have) / len(keys)


def support_for(a: Statement, index: Index, *, wide: bool = False) -> list[Statement]:
    """The source statements ``a`` rests on: the best match, plus a neighbour that brings at
    least two of its other content words (not counting its names: a name swapped for one of
    the next sentence brings one) when ``a`` joins two sentences. ``wide`` (headings,
    questions) takes up to three statements from anywhere."""
    name_keys = {t.key for m in a.mentions for t in a.toks[m.i : m.j] if t.key}
    ranked = index.rank(a.keys, top=8)
    if not ranked:
        return []
    sts = index.statements
    best = sts[ranked[0][1]]
    out = [best]
    missing = a.keys - best.keys
    if not missing:
        return out
    if wide:
        for _, i in ranked[1:]:
            if len(out) >= 3 or not missing:
                break
            if sts[i].keys & missing:
                out.append(sts[i])
                missing = missing - sts[i].keys
        return out
    plain = missing - name_keys
    around = sts[max(best.index - 2, 0) : best.index + 3]  # a statement's index is its place
    near = [s for s in around if s is not best and len(s.keys & plain) >= 2]
    if near:
        out.append(max(near, key=lambda s: (len(s.keys & plain), -abs(s.index - best.index))))
    return out
