"""Small walks over spaCy's dependency tree that every other rule module shares.

The rules ask the same few questions of a parse: who is the subject of this verb,
what is its object, how far apart are two words in the tree, which clause does a
word belong to. Answering them once here keeps the rule modules about wording.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
OBJECTS = frozenset({"dobj", "obj", "attr", "oprd", "dative"})
#: Relations that open a new clause: walking up across one leaves the trigger's clause.
CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj", "pcomp"})
#: Relations that hang a description on a noun rather than extend it.
ASIDES = frozenset({"relcl", "acl", "appos", "parataxis", "advcl", "ccomp"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose"})


def ancestors(token: Token) -> Iterator[Token]:
    """The token's heads up to the root of its sentence (spaCy roots head themselves)."""
    while token.head.i != token.i:
        token = token.head
        yield token


def distance(a: Token, b: Token) -> int:
    """Number of edges between two tokens of one sentence; large when in different ones
    (their head chains never meet; ``Token.sent`` is not asked, it scans the document)."""
    up = {a.i: 0}
    for depth, head in enumerate(ancestors(a), start=1):
        up[head.i] = depth
    if b.i in up:
        return up[b.i]
    for depth, head in enumerate(ancestors(b), start=1):
        if head.i in up:
            return depth + up[head.i]
    return 1000


def path(a: Token, b: Token) -> list[Token]:
    """Tokens on the tree path between ``a`` and ``b`` (both excluded), via their common head."""
    up_a = [a, *ancestors(a)]
    index = {t.i: n for n, t in enumerate(up_a)}
    if b.i in index:
        return up_a[1 : index[b.i]]
    down: list[Token] = []
    for head in ancestors(b):
        if head.i in index:
            return [*up_a[1 : index[head.i] + 1], *reversed(down)]
        down.append(head)
    return []


def clause_head(token: Token) -> Token:
    """The verb whose clause holds ``token`` (the token itself for a verb)."""
    current = token
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        current = current.head
    return current


def verb_chain(token: Token) -> Iterator[Token]:
    """The verb and the verbs it is coordinated with or raised by (shares their subject)."""
    yield token
    current = token
    while current.dep_ in ("conj", "xcomp", "advcl") and current.head.i != current.i:
        current = current.head
        yield current
        if current.dep_ == "advcl" or any(c.dep_ in SUBJECTS for c in current.children):
            return


def subject(verb: Token) -> Token | None:
    """The grammatical subject of ``verb`` or of the verb it is chained to."""
    for candidate in verb_chain(verb):
        # The small model sometimes hangs the subject on an auxiliary separated from its
        # verb ("units had at one stage driven ..."): the auxiliary's subject is the verb's.
        auxiliaries = [c for c in candidate.children if c.dep_ in ("aux", "auxpass")]
        for child in [*candidate.children, *(g for a in auxiliaries for g in a.children)]:
            if child.dep_ in SUBJECTS and child.dep_ != "expl":
                if child.lower_ in RELATIVE_PRONOUNS and candidate.dep_ == "relcl":
                    return candidate.head
                return child
        if candidate.dep_ in ("relcl", "acl") and candidate.head.pos_ in ("NOUN", "PROPN"):
            return candidate.head
    return None


def agent(verb: Token) -> Token | None:
    """The ``by`` phrase of a passive verb or an action noun ("repulsed by artillery")."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")
    )


def objects(verb: Token) -> list[Token]:
    """Direct objects and the objects of the verb's prepositions, nearest first."""
    found = [c for c in verb.children if c.dep_ in OBJECTS]
    for child in verb.children:
        if child.dep_ in ("prep", "prt", "advmod"):
            found += [g for g in child.children if g.dep_ == "pobj"]
    return found


def phrase(token: Token, conjuncts: bool = True) -> list[Token]:
    """The noun phrase headed by ``token``, without relative clauses and asides, and
    without the phrases coordinated with it unless ``conjuncts``."""
    out: list[Token] = []
    skip = {"punct", "cc"} if conjuncts else {"punct", "cc", "conj"}

    def visit(t: Token) -> None:
        out.append(t)
        for child in t.children:
            if child.dep_ not in ASIDES and child.dep_ not in skip:
                visit(child)

    visit(token)
    return sorted(out, key=lambda t: t.i)


def sentence_of(doc_sentences: list[Span], char: int) -> int:
    """Index of the sentence that holds character ``char`` (binary search)."""
    lo, hi = 0, len(doc_sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc_sentences[mid].start_char <= char:
            lo = mid
        else:
            hi = mid - 1
    return lo
