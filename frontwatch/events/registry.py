"""The rule registry: trigger rules and word lists, read from data files per language.

Rules live in ``data/triggers.<lang>.json`` and ``data/lexicon.<lang>.json`` (units in
``data/units.json``), so that a new event type, a new wording or a new language is a
data addition; this module only turns them into spaCy matchers once per vocabulary.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, cast

import spacy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from frontwatch.errors import ModelError
from frontwatch.records import EVENT_TYPES, TARGET_KINDS, EventType

DATA = resources.files("frontwatch.events") / "data"


@dataclass(frozen=True, eq=False)
class Rule:
    """One trigger rule (see ``about`` in the triggers file for the fields)."""

    id: str
    type: EventType
    pos: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    subject: str = "actor"
    object_types: dict[str, EventType] = field(default_factory=dict)
    object_requires: str | None = None
    weapon_type: EventType | None = None
    #: For phrase rules: a first word's forms → the words that must follow it.
    tails: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    def fits(self, pos: str) -> bool:
        """The anchor's part of speech is allowed (a verb rule also takes participles
        that the tagger calls adjectives: "encircled", "occupied")."""
        return not self.pos or pos in self.pos or ("VERB" in self.pos and pos == "ADJ")

    def phrase_end(self, doc: Doc, start: int) -> int | None:
        """End of the phrase that starts at ``start``; up to three words may stand between
        its words ("pushed Russian troops out"). None when the phrase is not there."""
        if not self.tails:
            return start + 1
        head = doc[start]
        for rest in self.tails.get(head.lower_, ()) or self.tails.get(head.lemma_, ()):
            end = start + 1
            for word in rest:
                window = doc[end : min(end + 4, len(doc))]
                found = next((t.i for t in window if t.lemma_ == word or t.lower_ == word), None)
                if found is None or any(t.is_punct for t in doc[end:found]):
                    break
                end = found + 1
            else:
                return end
        return None


@dataclass
class Unit:
    name: str
    side: str
    aliases: tuple[str, ...]


@dataclass
class RuleSet:
    """Everything the extractor reads for one language, compiled for one vocabulary."""

    language: str
    vocab: Vocab
    rules: dict[str, Rule]
    #: hash of a lemma or written form → the rules it may start.
    index: dict[int, list[Rule]]
    #: Raw spaCy patterns of the rules that have one.
    matcher: Matcher
    lexicon: dict[str, Any]
    units: list[Unit]
    unit_matcher: PhraseMatcher
    source_matcher: PhraseMatcher
    #: word → side, from the lexicon's side cues.
    side_words: dict[str, str]
    _sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def words(self, key: str) -> frozenset[str]:
        """A word list of the lexicon as a set, built on first use ("classes.weapon" nests)."""
        if key not in self._sets:
            value: Any = self.lexicon
            for part in key.split("."):
                value = value[part]
            self._sets[key] = frozenset(value)
        return self._sets[key]

    def unit(self, match_id: int) -> Unit:
        return self.units[int(self.vocab.strings[match_id].split(":")[1])]


def _read(name: str) -> dict[str, Any]:
    path = DATA / name
    if not path.is_file():
        raise ModelError(f"extraction rules are missing: {name}")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _forms(lemma: str, irregular: dict[str, list[str]]) -> list[str]:
    """A verb's forms as written: the small model leaves rare ones ("retook",
    "encircled") unlemmatised, so triggers match the forms as well as the lemma."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return [lemma, f"{lemma}s", f"{stem}ed", f"{stem}ing", *irregular.get(lemma, ())]


def _words(spec: dict[str, Any], irregular: dict[str, list[str]]) -> set[str]:
    """The words (lemmas and written forms) that start one of a rule's triggers.

    Single words are looked up by hash (see :func:`find_triggers`) rather than run as
    Matcher patterns: dozens of ``LEMMA IN``/``POS IN`` patterns cost the Matcher one
    predicate per pattern per token, more than all the rest of extraction. Only a
    phrase's first word is looked up; :meth:`Rule.phrase_end` checks the rest.
    """
    heads = [*spec.get("lemmas", ()), *(p.split()[0] for p in spec.get("phrases", ()))]
    return {form for head in heads for form in _forms(head, irregular)}


def _event_type(name: str, rule_id: str) -> EventType:
    """A rule's event type, checked against the contract when the rules load."""
    if name not in EVENT_TYPES:
        raise ModelError(f"trigger rule {rule_id!r}: {name!r} is not an event type of the contract")
    return cast(EventType, name)


def _rule(spec: dict[str, Any], irregular: dict[str, list[str]]) -> Rule:
    tails: dict[str, list[tuple[str, ...]]] = {}
    for phrase in spec.get("phrases", ()):
        head, *rest = phrase.split()
        for form in _forms(head, irregular):
            tails.setdefault(form, []).append(tuple(rest))
    return Rule(
        tails={form: tuple(rest) for form, rest in tails.items()},
        id=spec["id"],
        type=_event_type(spec["type"], spec["id"]),
        pos=tuple(spec.get("pos", ())),
        requires=tuple(spec.get("requires", ())),
        subject=spec.get("subject", "actor"),
        object_types={
            noun: _event_type(name, spec["id"])
            for noun, name in spec.get("object_types", {}).items()
        },
        object_requires=spec.get("object_requires"),
        weapon_type=_event_type(spec["weapon_type"], spec["id"]) if "weapon_type" in spec else None,
    )


@lru_cache(maxsize=4)
def load_rules(vocab: Vocab, language: str = "en") -> RuleSet:
    """The compiled rules for ``language``, cached per spaCy vocabulary."""
    triggers = _read(f"triggers.{language}.json")
    lexicon = _read(f"lexicon.{language}.json")
    unknown = set(lexicon["target_kinds"]) - set(TARGET_KINDS)
    if unknown:
        raise ModelError(f"lexicon.{language}.json: unknown target kinds {sorted(unknown)}")
    matcher = Matcher(vocab)
    rules: dict[str, Rule] = {}
    index: dict[int, list[Rule]] = {}
    for spec in triggers["rules"]:
        rule = _rule(spec, lexicon["irregular_forms"])
        rules[rule.id] = rule
        for word in _words(spec, lexicon["irregular_forms"]):
            index.setdefault(vocab.strings.add(word), []).append(rule)
        if "pattern" in spec:
            matcher.add(rule.id, [spec["pattern"]], greedy="LONGEST")
    # The phrase lists are tokenised the way the model tokenises reports.
    make_doc = spacy.blank(language, vocab=vocab).make_doc
    units = [Unit(u["name"], u["side"], tuple(u["aliases"])) for u in _read("units.json")["units"]]
    unit_matcher = PhraseMatcher(vocab, attr="LOWER")
    for number, unit in enumerate(units):
        unit_matcher.add(f"unit:{number}", [make_doc(a) for a in unit.aliases])
    source_matcher = PhraseMatcher(vocab, attr="LOWER")
    for group in ("independent_sources", "canonical_sources"):
        for name, aliases in lexicon[group].items():
            source_matcher.add(f"{group}:{name}", [make_doc(a) for a in aliases])
    side_words = {w: side for side, words in lexicon["sides"].items() for w in words}
    return RuleSet(
        language,
        vocab,
        rules,
        index,
        matcher,
        lexicon,
        units,
        unit_matcher,
        source_matcher,
        side_words,
    )
