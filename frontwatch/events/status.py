"""How firmly the report stands behind an event (contract §4), from the sentence's structure.

Each test looks at the trigger and the clauses above it, never at the whole sentence
blindly, so that "Kyiv denied X, and Y happened" denies X only:

- denied: a negation on the trigger ("did not capture", "no fighting"), a denial verb
  above it ("denied that ..."), or "failed to";
- hypothetical: the trigger inside an ``if``/``unless`` clause, or with an ``if`` clause
  of its own, under a modal ("will", "could", "would") or a verb of intent or
  expectation ("plans to", "expected to");
- unverified: a hedge adverb ("reportedly", "purportedly"), raising verbs ("appears to",
  "is reported to", "are believed to"), or a hedge phrase anywhere in the sentence
  ("if true", "cannot be independently verified", "still confirming");
- claimed: said by a party to the war and not by an independent source;
- reported: everything else.

The first that applies wins, in the contract's order. "if true" and "if confirmed" are
hedges, not conditions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast

from spacy.tokens import Span, Token

from frontwatch.events.registry import RuleSet
from frontwatch.events.sides import SideReader
from frontwatch.events.sources import Attribution, attributions
from frontwatch.events.syntax import ancestors
from frontwatch.records import STATUS_PRECEDENCE, Status

#: "if true", "if confirmed": the condition is on the report, which is a hedge.
HEDGE_CONDITIONS = frozenset({"true", "confirmed", "accurate", "correct", "so", "verified"})


@dataclass
class StatusReading:
    statuses: set[str] = field(default_factory=set)
    attribution: list[Attribution] = field(default_factory=list)

    @property
    def status(self) -> str:
        return first_status(self.statuses)

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(a.source for a in self.attribution if a.source))


def first_status(statuses: set[str]) -> Status:
    """The first status of §4's precedence among ``statuses``."""
    return cast(Status, next((s for s in STATUS_PRECEDENCE if s in statuses), "reported"))


class StatusReader:
    def __init__(self, rules: RuleSet, sides: SideReader) -> None:
        self.rules = rules
        self.sides = sides
        phrases = sorted(rules.words("hedge_phrases"), key=len, reverse=True)
        self.hedge_re = re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.I)

    def sentence_hedged(self, sent: Span) -> bool:
        return self.hedge_re.search(sent.text) is not None

    def denied_later(self, anchor: Token, sent: Span, pointers: frozenset[str]) -> bool:
        """A claim refuted later in its own sentence: "X said its troops took Y, but Kyiv
        denied it", "..., a claim Kyiv rejected"."""
        after = [t for t in sent if t.i > anchor.i and not t.is_ancestor(anchor)]
        return self.denies_earlier(after, pointers)

    def denies_earlier(self, sent: Iterable[Token], pointers: frozenset[str]) -> bool:
        """A sentence that refutes something already told: a denial verb on a word that
        points back ("Kyiv denied the claim", "the army refuted it"), or such a word
        called false ("called the report misinformation", "said the claim was fake")."""
        verbs = self.rules.words("denial_verbs")
        nouns = self.rules.words("denial_nouns")
        for token in sent:
            if token.lemma_ in verbs and (
                any(
                    c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in pointers
                    for c in token.children
                )
                or (token.dep_ == "relcl" and token.head.lower_ in pointers)
            ):
                return True
            if token.lower_ in nouns or token.lemma_ in nouns:
                near = [
                    *(c for c in token.children if c.dep_ in ("compound", "nsubj")),
                    *(c for c in token.head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")),
                ]
                if any(c.lower_ in pointers for c in near):
                    return True
        return False

    def read(self, anchor: Token, sent: Span) -> StatusReading:
        reading = StatusReading()
        chain = [anchor, *self._clause_chain(anchor)]
        if self._denied(anchor, chain):
            reading.statuses.add("denied")
        hedged_condition = False
        for token in chain:
            for child in token.children:
                if child.dep_ == "advcl" and self._is_conditional(child):
                    if child.lower_ in HEDGE_CONDITIONS or child.lemma_ in HEDGE_CONDITIONS:
                        hedged_condition = True
                    else:
                        reading.statuses.add("hypothetical")
        if self._hypothetical(anchor, chain):
            reading.statuses.add("hypothetical")
        if hedged_condition or self._hedged(chain) or self.sentence_hedged(sent):
            reading.statuses.add("unverified")
        reading.attribution = attributions(anchor, sent, self.rules, self.sides)
        said = reading.attribution
        if said and not any(a.independent for a in said) and any(a.party for a in said):
            reading.statuses.add("claimed")
        return reading

    @staticmethod
    def _clause_chain(anchor: Token) -> list[Token]:
        """The heads above the trigger up to the first clause that is a report's content."""
        out: list[Token] = []
        for head in ancestors(anchor):
            out.append(head)
            if head.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in head.children
            ):
                break
        return out

    def _is_conditional(self, clause: Token) -> bool:
        marks = self.rules.words("conditional_marks")
        return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)

    def _denied(self, anchor: Token, chain: list[Token]) -> bool:
        negations = self.rules.words("negation_words")
        if any(c.dep_ in ("neg", "det") and c.lower_ in negations for c in anchor.children):
            return True
        if anchor.dep_ == "xcomp" and (
            anchor.head.lemma_ == "fail" or any(c.dep_ == "neg" for c in anchor.head.children)
        ):
            return True
        denials = self.rules.words("denial_verbs")
        return any(t.lemma_ in denials for t in ancestors(anchor))

    def _hypothetical(self, anchor: Token, chain: list[Token]) -> bool:
        modals = self.rules.words("modal_words")
        future = self.rules.words("future_verbs")
        for token in chain:
            if token.dep_ == "advcl" and self._is_conditional(token):
                return not any(c.lower_ in HEDGE_CONDITIONS for c in (token, *token.children))
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in modals for c in token.children):
                return True
            if token is not anchor and token.lemma_ in future and token.pos_ == "VERB":
                return True
            if self._gerund_under_modal(token, modals):
                return True
            if token.dep_ in ("relcl", "ccomp", "advcl", "parataxis"):
                # "observers expect Kyiv to strike ...": a forecast's content.
                return token.dep_ == "ccomp" and token.head.lemma_ in future
        return anchor.dep_ == "xcomp" and anchor.head.lemma_ in future

    @staticmethod
    def _gerund_under_modal(token: Token, modals: frozenset[str]) -> bool:
        """A possibility, not a deed: "Withdrawing from X would be a blow", a gerund
        clause without a subject of its own that is the subject of a modal copula."""
        return (
            token.tag_ == "VBG"
            and token.dep_ in ("csubj", "advcl")
            and token.i < token.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            and any(c.dep_ == "aux" and c.lower_ in modals for c in token.head.children)
        )

    def aim(self, anchor: Token) -> bool:
        """A trigger that names an aim or a capacity, not a deed or a conditional outcome:
        "the goal of seizing", "its path to winning back", "difficult to occupy", "so that
        the garrison can withdraw". Such
        analysis is not an event (§3), so the extractor drops it."""
        if self._purpose(anchor):
            return True
        nouns = self.rules.words("intent_nouns")
        adjectives = self.rules.words("modal_adjectives")
        for depth, head in enumerate(ancestors(anchor)):
            if depth >= 3:
                break
            if head.lemma_.lower() in nouns and head.pos_ == "NOUN":
                return True
            if head.lower_ in adjectives and head.pos_ == "ADJ":
                return True
            if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("pcomp", "xcomp", "acl"):
                return depth == 0 and self._infinitive_of_capacity(anchor, head, nouns)
        return False

    @staticmethod
    def _infinitive_of_capacity(anchor: Token, head: Token, nouns: frozenset[str]) -> bool:
        """ "serves as a launchpad to hit X", "gives Kyiv the ability to strike X": the
        parser hangs the infinitive on the verb, but it completes the capacity noun."""
        if anchor.dep_ not in ("advcl", "xcomp") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children
        ):
            return False
        nominals = [c for c in head.children if c.dep_ in ("dobj", "attr", "oprd")]
        nominals += [g for c in head.children if c.dep_ == "prep" for g in c.children]
        return any(n.lemma_.lower() in nouns and n.pos_ == "NOUN" for n in nominals)

    def _purpose(self, anchor: Token) -> bool:
        """The trigger's clause opens with a purpose mark ("so that", "in order to")."""
        if anchor.dep_ not in ("advcl", "xcomp", "ccomp"):
            return False
        opening = " ".join(t.lower_ for t in list(anchor.subtree)[:3])
        return any(opening.startswith(mark) for mark in self.rules.words("purpose_marks"))

    def _hedged(self, chain: list[Token]) -> bool:
        adverbs = self.rules.words("hedge_adverbs")
        raising = self.rules.words("hedge_raising_verbs")
        for token in chain:
            if any(c.lower_ in adverbs for c in token.children):
                return True
            if token.lemma_ in ("appear", "seem"):
                return True
            if token.lemma_ in raising and any(c.dep_ == "auxpass" for c in token.children):
                return True
        return False
