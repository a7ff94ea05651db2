"""Which side a phrase stands for: named units first, then the wording of sides.

A named unit ("2nd Corps Khartia", "Wagner") carries both a side and a name; a side
word ("Ukrainian", "Moscow", "the invaders") only a side. Pronouns ("they", "its
troops", "we") take the side of the nearest earlier subject that had one, which is
how reports chain sentences about the same force.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from frontwatch.events.registry import RuleSet
from frontwatch.events.syntax import SUBJECTS, phrase

OPPOSITE = {"UA": "RU", "RU": "UA"}
PRONOUNS = frozenset({"they", "them", "their", "its", "it", "we", "our", "us", "he", "his"})


@dataclass(frozen=True)
class SideCue:
    side: str | None
    name: str | None = None


class SideReader:
    """Reads sides from one document's tokens; built once per document."""

    def __init__(self, doc: Doc, rules: RuleSet) -> None:
        self.doc = doc
        self.rules = rules
        self.enemy = "RU"
        #: token index → the unit whose name covers it.
        self.units: dict[int, tuple[str, str]] = {}
        for match_id, start, end in rules.unit_matcher(doc):
            unit = rules.unit(match_id)
            for i in range(start, end):
                self.units[i] = (unit.name, unit.side)
        self._subjects: list[tuple[int, str]] | None = None

    def token_side(self, token: Token) -> SideCue | None:
        if token.i in self.units:
            name, unit_side = self.units[token.i]
            return SideCue(unit_side, name)
        lower = token.lower_
        side: str | None = self.rules.side_words.get(lower) or self.rules.side_words.get(
            token.lemma_.lower()
        )
        if side is None and "-" in lower:
            # "Kyiv-based", "Russian-held": the first part names the side.
            side = self.rules.side_words.get(lower.split("-")[0])
        if side is None:
            side = self._phrase_side(token)
        if side is None and lower in self.rules.words("enemy_words"):
            side = self.enemy
        return SideCue(side) if side else None

    def _phrase_side(self, token: Token) -> str | None:
        """The side of a phrase ending at ``token`` ("Defense forces repelled ..."), unless
        "air" opens it: air defence forces belong to either side."""
        for side, phrases in self.rules.lexicon["side_phrases"].items():
            for words in phrases:
                parts = words.split()
                start = token.i - len(parts) + 1
                if start < 0 or [t.lower_ for t in self.doc[start : token.i + 1]] != parts:
                    continue
                if start == 0 or self.doc[start - 1].lower_ != "air":
                    return str(side)
        return None

    def of_tokens(self, tokens: Iterable[Token]) -> SideCue | None:
        """The first unit in the tokens, else the first side word; a unit's name wins."""
        cues = [c for c in (self.token_side(t) for t in tokens) if c is not None]
        named = [c for c in cues if c.name]
        if named:
            return named[0]
        return cues[0] if cues else None

    def of_phrase(self, head: Token) -> SideCue | None:
        tokens = phrase(head)
        cue = self.of_tokens(tokens)
        if cue is None and any(t.lower_ in PRONOUNS for t in tokens):
            return self.antecedent(head)
        return cue

    def antecedent(self, token: Token) -> SideCue | None:
        """The side of the nearest subject before ``token`` that had one."""
        subjects = self._subject_sides()
        before = [side for i, side in subjects if i < token.i]
        if before:
            return SideCue(before[-1])
        return None

    def _subject_sides(self) -> list[tuple[int, str]]:
        if self._subjects is None:
            found = []
            for token in self.doc:
                if token.dep_ in SUBJECTS or token.dep_ in ("poss", "agent"):
                    cue = self.of_tokens(phrase(token))
                    if cue and cue.side:
                        found.append((token.i, cue.side))
            self._subjects = found
        return self._subjects
