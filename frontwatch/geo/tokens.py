"""Tokens the recogniser works on, from a spaCy doc or from a fast regular expression.

Both sources give the same small record, so recognition and resolution are one code
path whether the extraction pipeline hands over a parsed doc, the English model runs
here, or the fast mode tokenises with a regular expression (no model at all).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc

#: Dotted initialisms ("U.S.", "W.Va.") stay one token, as spaCy keeps them.
_WORD = re.compile(r"(?:[A-Z][a-z]?\.){2,}|\w+(?:['’]\w+)*(?:['’](?!\w))?|[^\w\s]")
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", '"', "“", "”"})


class Token(NamedTuple):
    start: int
    end: int
    text: str
    sent_start: bool
    #: Universal POS tag, or "" when no tagger ran.
    pos: str = ""
    #: Entity label from the model's recogniser, or "" when none (or no recogniser).
    ent: str = ""
    #: Character offsets of the entity this token belongs to, -1 when none.
    ent_start: int = -1
    ent_end: int = -1


def from_text(text: str) -> list[Token]:
    tokens: list[Token] = []
    previous = ""
    previous_end = 0
    for match in _WORD.finditer(text):
        start = match.start()
        sent_start = (
            not tokens
            or previous in _SENTENCE_ENDS
            or (start - previous_end > 1 and "\n" in text[previous_end:start])
        )
        previous = match.group()
        previous_end = match.end()
        tokens.append(Token(start, previous_end, previous, sent_start))
    return tokens


def from_doc(doc: Doc) -> list[Token]:
    has_ents = doc.has_annotation("ENT_IOB")
    tagged = doc.has_annotation("POS")
    parsed = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    spans = {i: (e.start_char, e.end_char) for e in doc.ents for i in range(e.start, e.end)}
    tokens = []
    for token in doc:
        if token.is_space:
            continue
        ent = token.ent_type_ if has_ents else ""
        ent_start, ent_end = spans.get(token.i, (-1, -1))
        sent_start = bool(token.is_sent_start) if parsed else token.i == 0
        tokens.append(
            Token(
                token.idx,
                token.idx + len(token.text),
                token.text,
                sent_start,
                token.pos_ if tagged else "",
                ent,
                ent_start,
                ent_end,
            )
        )
    return tokens
