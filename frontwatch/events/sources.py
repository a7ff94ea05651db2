"""Whom a report attributes an event to: the speakers of "X said", "according to X".

An attribution verb counts when the trigger lies in what it reports (the verb is above
the trigger) or when it is tacked onto the trigger's clause ("..., they said"). Its
speaker is then named the way the contract's examples name sources ("Russian Defense
Ministry", "DeepState") and classed: an independent source (monitors, wire agencies,
geolocated footage) confirms; a party to the war (its officials, forces, channels,
bloggers) claims; anyone else (a colleague, an analyst) is cited without changing how
firmly the report stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontwatch.events.registry import RuleSet
from frontwatch.events.sides import PRONOUNS, SideReader
from frontwatch.events.syntax import SUBJECTS, ancestors, phrase

DETERMINERS = frozenset({"the", "a", "an", "some", "several", "many", "one"})


@dataclass(frozen=True)
class Attribution:
    source: str | None
    party: bool
    independent: bool
    speaker: Token


def _speaker(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            if child.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in ("relcl", "acl"):
        return verb.head
    return None


def _pronoun_speaker(token: Token) -> Token | None:
    """The nearest earlier speaker of a speech verb, for "he said", "they added"."""
    doc = token.doc
    start = max(0, token.i - 300)
    for t in reversed(doc[start : token.i]):
        speech = t.head.lemma_ in ("say", "write", "tell", "add", "claim")
        if t.dep_ in SUBJECTS and speech and t.lower_ not in PRONOUNS:
            return t
    return None


def _name(tokens: list[Token]) -> str:
    words = [t for t in tokens if not t.is_punct]
    while words and words[0].lower_ in DETERMINERS:
        words = words[1:]
    proper = [t for t in words if t.pos_ == "PROPN"]
    if proper and len(words) > 4:
        words = proper
    return " ".join(t.text for t in words[:6])


def describe(speaker: Token, rules: RuleSet, sides: SideReader) -> Attribution:
    tokens = phrase(speaker)
    extended = list(speaker.subtree)
    text = " ".join(t.lower_ for t in extended)
    source: str | None = None
    independent = False
    for match_id, _start, _end in rules.source_matcher(
        speaker.doc[extended[0].i : extended[-1].i + 1]
    ):
        group, name = rules.vocab.strings[match_id].split(":", 1)
        if group == "independent_sources":
            independent, source = True, name
            break
        source = source or name
    party_words = rules.words("party_words")
    party = not independent and (
        sides.of_tokens(extended) is not None or any(t.lower_ in party_words for t in tokens)
    )
    if source is None:
        source = _name(tokens) or None
    if text.startswith("everyone") or speaker.lower_ in PRONOUNS:
        source = None
    return Attribution(source, party, independent, speaker)


def _tacked_on(verb: Token, verbs: frozenset[str]) -> bool:
    """ "..., pro-war bloggers wrote on Telegram.": a speech verb after a comma with its own
    subject and no content clause, which the parser may hang anywhere."""
    if verb.lemma_ not in verbs or verb.pos_ != "VERB":
        return False
    first = min(t.i for t in verb.subtree)
    if first == 0 or verb.doc[first - 1].text not in (",", "—", "-"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj" and c.lower_ not in ("which", "who", "that") for c in verb.children
    )


def attributions(anchor: Token, sent: Span, rules: RuleSet, sides: SideReader) -> list[Attribution]:
    verbs = rules.words("attribution_verbs")
    found: list[Attribution] = []
    above = [t for t in ancestors(anchor) if t.lemma_ in verbs and t.pos_ == "VERB"]
    clause = [anchor, *ancestors(anchor)]
    beside = [
        c
        for t in clause
        for c in t.children
        if c.lemma_ in verbs
        and c.dep_ in ("parataxis", "ccomp", "advcl", "conj")
        and c.i > anchor.i
    ]
    beside += [t for t in sent if t.i > anchor.i and _tacked_on(t, verbs)]
    for verb in [*above[:1], *beside[:1]]:
        speaker = _speaker(verb)
        if speaker is not None and speaker.lower_ in PRONOUNS:
            named = _pronoun_speaker(speaker)
            if named is None:
                side = sides.antecedent(speaker)
                found.append(Attribution(None, side is not None, False, speaker))
                continue
            speaker = named
        if speaker is not None:
            found.append(describe(speaker, rules, sides))
    for token in sent[:-1]:
        if token.lower_ == "according" and token.nbor(1).lower_ == "to":
            pobj = next((c for c in token.nbor(1).children if c.dep_ == "pobj"), None)
            if pobj is not None:
                found.append(describe(pobj, rules, sides))
    return found
