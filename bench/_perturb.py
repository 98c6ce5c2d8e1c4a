"""The generator of bench/verify_perturb.py: faithful rewrites of an article (restructured as
a good rewrite would be, nothing deleted) and unfaithful ones (one change to one sentence).

It knows nothing of the checker: its own sentence splitter, its own name finder, its own word
lists (bench/_perturb_words.py).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench._perturb_words import DAYS, MONTHS, WORDS

_SENT = re.compile(r"(?<=[.!?])\s+(?=[«\"“(]?[A-ZÀ-ÖØ-Þ])")
_ABBR = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|Mr|Mrs|Ms|Dr|Jr|Sr|St|Rep|Sen|Gov|Gen|Jan|Feb|Mar|Apr|Aug|Sept|Oct|Nov|Dec|No|vs|etc|Mme|MM)\.$"
)
_NAME = re.compile(
    r"(?<=[a-zà-ÿ,;:]\s)([A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+(?:de\s+|du\s+|of\s+)?[A-ZÀ-ÖØ-Þ][\w’'-]+)*)"
)
_LOWERABLE = {
    "fr": set(
        "le la les l' un une des il elle ils elles on ce cette ces son sa ses leur leurs".split()
    ),
    "en": set("the a an he she they it this that these those his her its their we".split()),
}
TYPES = (
    "number",
    "date",
    "entity_swap",
    "new_entity",
    "negation",
    "modality",
    "comparative",
    "predicate",
    "role",
    "quote",
    "speaker",
    "invented",
)


@dataclass
class Change:
    kind: str
    blocks: list[str]
    sentence: str  # the changed sentence, as it stands in the variant
    before: str  # the sentence it replaced ("" for an invented one)
    word: str  # the word put in (or taken out), for the held-out count


def sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    for piece in _SENT.split(paragraph):
        if not piece.strip():
            continue
        if out and _ABBR.search(out[-1]):
            out[-1] = out[-1] + " " + piece  # "M. Wazni", "Feb. 14", "J.J. Abrams"
        else:
            out.append(piece)
    return out


def names_of(text: str) -> list[str]:
    """Names written mid-sentence: two words or more, or one word seen twice."""
    found = [m.group(1).rstrip("’'") for m in _NAME.finditer(text)]
    out: list[str] = []
    for n in found:
        n = re.sub(r"[’']s$", "", n)
        if len(n) > 2 and n not in out and (" " in n or found.count(n) >= 2):
            out.append(n)
    return out


def _lower_first(s: str, lang: str) -> str:
    first = re.sub(r"[’']s$", "", s.split()[0]) if s.split() else ""
    head = first.split("'")[0] + "'" if "'" in first else first
    if first.lower() in _LOWERABLE[lang] or head.lower() in _LOWERABLE[lang]:
        return s[0].lower() + s[1:]
    return s


def _upper_first(s: str) -> str:
    return s[:1].upper() + s[1:]


# -- faithful restructuring --------------------------------------------------------------------


def restructure(paragraphs: list[str], lang: str, rng: random.Random) -> list[str]:
    """Headings added, paragraphs regrouped, connectors added, long sentences split at safe
    points, attributions moved to the front. Every sentence keeps its meaning."""
    w = WORDS[lang]
    paras = []
    for p in paragraphs:
        if p.startswith("## "):
            paras.append(p)
            continue
        sents = []
        for s in sentences(p):
            if len(s.split()) >= 25 and rng.random() < 0.7:
                for old, new in w["safe_splits"]:
                    if old in s and s.count(old) == 1 and not any(q in s for q in '«»"“”'):
                        left, right = s.split(old)
                        if len(left.split()) >= 6 and len(right.split()) >= 6:
                            s = left + new + right
                            break
            tail = w["report_tail"]
            if tail in s and s.endswith(".") and rng.random() < 0.7:
                head, _, who = s[:-1].rpartition(tail)
                if (
                    1 <= len(who.split()) <= 8
                    and "," not in who
                    and not any(q in s for q in '«»"“”')
                ):
                    s = f"{_upper_first(tail.strip(', '))} {who}, {_lower_first(head, lang)}."
            sents.append(s)
        paras.append(" ".join(sents))
    # regroup: split long paragraphs, merge short neighbours
    grouped: list[str] = []
    for p in paras:
        ss = sentences(p)
        if p.startswith("## ") or (grouped and grouped[-1].startswith("## ")):
            grouped.append(p)
        elif len(ss) >= 3 and rng.random() < 0.3:
            cut = len(ss) // 2
            grouped += [" ".join(ss[:cut]), " ".join(ss[cut:])]
        elif (
            grouped
            and len(p.split()) < 50
            and len(grouped[-1].split()) < 50
            and re.search(r"[.!?][»\"”]?$", grouped[-1].rstrip())
            and rng.random() < 0.3
        ):
            grouped[-1] = grouped[-1] + " " + p
        else:
            grouped.append(p)
    blocks: list[str] = []
    for i, p in enumerate(grouped):
        if p.startswith("## "):
            blocks.append(p)
            continue
        conn = rng.choice(w["connectors"])
        first = p.split()[0].lower() if p.split() else ""
        if i and rng.random() < 0.3 and p[:1] not in '«"“-—' and first not in conn.lower():
            p = f"{conn}, {_lower_first(p, lang)}"
        if i and i % 3 == 0 and not grouped[i - 1].startswith("## "):
            names = names_of(p)
            if names:
                blocks.append("## " + names[0])
        blocks.append(p)
    return blocks


# -- one change to one sentence ----------------------------------------------------------------


def _sub_word(s: str, old: str, new: str) -> str:
    return re.sub(rf"(?<![\w’'-]){re.escape(old)}(?![\w’'-])", new, s, count=1)


def _has_word(s: str, word: str) -> bool:
    return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", s) is not None


def _change(
    kind: str, s: str, lang: str, rng: random.Random, names: list[str]
) -> tuple[str, str] | None:
    """(new sentence, word) or None when ``kind`` cannot apply to ``s``."""
    w = WORDS[lang]
    quoted = any(q in s for q in '«»"“”')
    if kind == "number":
        nums = [
            m
            for m in re.finditer(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])", s)
            if not re.fullmatch(r"1[89]\d\d|20\d\d", m.group(0))
            and not re.match(rf"\s*(?:{'|'.join(MONTHS[lang])})", s[m.end() :])
        ]
        if not nums:
            return None
        m = rng.choice(nums)
        old = m.group(0)
        if "," in old or "." in old:
            new = old[:-1] + str((int(old[-1]) + rng.randint(1, 8)) % 10)
        else:
            n = int(old)
            new = str(n + rng.choice((1, 2, 3, 5, 10)) if n < 10 else n * 2)
        return s[: m.start()] + new + s[m.end() :], new
    if kind == "date":
        years = list(re.finditer(r"\b(1[89]\d\d|20\d\d)\b", s))
        months = [x for x in MONTHS[lang] if _has_word(s, x)]
        days = [x for x in DAYS[lang] if _has_word(s, x)]
        opts = []
        if years:
            opts.append("year")
        if months:
            opts.append("month")
        if days:
            opts.append("day")
        if not opts:
            return None
        pick = rng.choice(opts)
        if pick == "year":
            m = rng.choice(years)
            new = str(int(m.group(1)) + rng.choice((-3, -2, -1, 1, 2, 4)))
            return s[: m.start()] + new + s[m.end() :], new
        pool = MONTHS[lang] if pick == "month" else DAYS[lang]
        old = rng.choice(months if pick == "month" else days)
        new = rng.choice([x for x in pool if x != old])
        return _sub_word(s, old, new), new
    if kind in ("entity_swap", "new_entity"):
        inside = " ".join(re.findall(r"[«“\"]([^»”\"]+)", s)) if quoted else ""
        here = [n for n in names_of(s) if n not in inside]
        if not here:
            return None
        old = rng.choice(here)
        if kind == "entity_swap":
            pool = [
                n
                for n in names
                if n != old
                and not set(n.split()) & set(s.split())
                and not set(n.split()) & set(old.split())
            ]
        else:
            pool = list(w["new_people"] if " " in old else w["new_places"])
        if not pool:
            return None
        new = rng.choice(pool)
        return _sub_word(s, old, new), new
    if kind == "negation":
        removed = re.sub(r"\bn['’](\w+) pas\b", r"\1", s, count=1) if lang == "fr" else s
        if lang == "fr" and removed == s:
            removed = re.sub(r"\bne (\w+) pas\b", r"\1", s, count=1)
        if lang == "en":
            removed = re.sub(r"\b(\w+) not\b", r"\1", s, count=1)
            if removed == s:
                removed = re.sub(r"\b(\w+)n't\b", r"\1", s, count=1)
        if removed != s and rng.random() < 0.5:
            return removed, "-neg"
        already = re.search(r"\b(?:pas|jamais|plus|rien|not|never|no)\b|n['’]|n't", s)
        cands = [
            v
            for v in w["negatable"]
            if _has_word(s, v) and not re.search(rf"\by\s+{v}\b", s)  # "il y a": a time
        ]
        if not cands or already:
            return (removed, "-neg") if removed != s else None
        v = rng.choice(cands)
        if lang == "fr":
            neg = f"n'{v} pas" if v[0] in "aeéiouy" else f"ne {v} pas"
            if re.search(rf"\b(?:ne|n['’])\s*{v}\b", s):
                return None
        else:
            neg = "cannot" if v == "can" else f"{v} not"
        return _sub_word(s, v, neg), "+neg"
    if kind == "modality":
        swaps = [k for k in w["modal_swaps"] if _has_word(s, k)]
        strong = [
            k for k in swaps if k not in ("a", "ont", "est", "sont", "is", "was", "are", "has")
        ]
        if strong and rng.random() < 0.7:
            k = rng.choice(strong)
            return _sub_word(s, k, w["modal_swaps"][k]), w["modal_swaps"][k]
        if swaps and rng.random() < 0.5:
            k = rng.choice(swaps)
            return _sub_word(s, k, w["modal_swaps"][k]), w["modal_swaps"][k]
        verbs = [v for v in w["negatable"] if _has_word(s, v)]
        if not verbs:
            return None
        v = rng.choice(verbs)
        hedge = rng.choice(w["hedges"])
        return _sub_word(s, v, f"{v} {hedge}"), hedge
    if kind in ("comparative", "predicate", "role"):
        table = {"comparative": w["comparatives"], "predicate": w["opposites"], "role": w["roles"]}[
            kind
        ]
        found = [k for k in table if _has_word(s, k)]
        if lang == "fr" and kind == "comparative":
            found = [
                k
                for k in found
                if not re.search(rf"\b(?:ne|n['’]\w*|de|non|en|au|du)\s+(?:\w+\s+)?{k}\b", s, re.I)
            ]
        if lang == "en" and kind == "comparative":
            found = [k for k in found if not re.search(rf"\b(?:no|any|at)\s+{k}\b", s, re.I)]
        if kind == "role":
            found = [k for k in found if re.search(rf"{re.escape(k)}\W+(?:\w+\W+){{0,5}}[A-Z]", s)]
        if not found:
            return None
        k = rng.choice(found)
        return _sub_word(s, k, table[k]), table[k]
    if kind == "quote":
        m = re.search(r"«\s*([^«»]{15,}?)\s*»|“([^“”]{15,}?)”|\"([^\"]{15,}?)\"", s)
        if not m:
            return None
        g = next(i for i in (1, 2, 3) if m.group(i))
        inner = m.group(g)
        toks = inner.split()
        # inside the quotation: cutting its first or last word leaves a faithful partial quote
        idx = [
            i for i, t in enumerate(toks) if 0 < i < len(toks) - 1 and len(t.strip(".,;:!?")) >= 4
        ]
        if len(toks) < 4 or not idx:
            return None
        i = rng.choice(idx)
        op = rng.random()
        if op < 0.4:
            repl = rng.choice(w["quote_words"])
            toks[i] = repl
            word = repl
        elif op < 0.7:
            word = toks.pop(i)
        else:
            j = i + 1 if i + 1 < len(toks) else i - 1
            toks[i], toks[j] = toks[j], toks[i]
            word = toks[i]
            if toks[i] == toks[j]:
                return None
        new_inner = " ".join(toks)
        return s[: m.start(g)] + new_inner + s[m.end(g) :], word
    if kind == "speaker":
        pats = [
            rf"({re.escape(c)})\s+(?:l['’]|le |la |les |the )?([A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)*)"
            for c in w["speech_cues"]
        ]
        pats += [
            rf"([A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)*)(?:,[^,]{{3,60}},)?\s+{re.escape(v)}\b"
            for v in w["speech_verbs"]
        ]
        pats += [
            rf"{re.escape(v)}\s+([A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)*)"
            for v in w["speech_verbs"]
        ]
        for p in rng.sample(pats, len(pats)):
            m = re.search(p, s)
            if not m:
                continue
            old = m.group(m.lastindex or 1)
            if (
                old.lower() in ("il", "elle", "he", "she", "they", "it", "selon")
                or old in w["speech_cues"]
            ):
                continue
            pool = [n for n in names if not set(n.split()) & set(s.split()) and " " in n]
            pool = pool or [n for n in names if not set(n.split()) & set(s.split())]
            if not pool:
                return None
            new = rng.choice(pool)
            return s[: m.start(m.lastindex or 1)] + new + s[m.end(m.lastindex or 1) :], new
        return None
    return None


def perturb(
    blocks: list[str], kind: str, lang: str, rng: random.Random, names: list[str]
) -> Change | None:
    """One change of ``kind`` to one sentence of the (restructured) article."""
    paras = [i for i, b in enumerate(blocks) if not b.startswith("## ")]
    if kind == "invented":
        people = [n for n in names if " " in n] or names
        if not people:
            return None
        sent = rng.choice(WORDS[lang]["invented"]).format(P=rng.choice(people))
        i = rng.choice(paras)
        out = list(blocks)
        out[i] = out[i] + " " + sent
        return Change(kind, out, sent, "", sent)
    spots = [(i, j, s) for i in paras for j, s in enumerate(sentences(blocks[i]))]
    rng.shuffle(spots)
    for i, j, s in spots:
        head = next((c + ", " for c in WORDS[lang]["connectors"] if s.startswith(c + ", ")), "")
        got = _change(kind, s[len(head) :], lang, rng, names)  # never the connector it added
        if got is None or got[0] == s[len(head) :]:
            continue
        new, word = head + got[0], got[1]
        ss = sentences(blocks[i])
        ss[j] = new
        out = list(blocks)
        out[i] = " ".join(ss)
        return Change(kind, out, new, s, word)
    return None
