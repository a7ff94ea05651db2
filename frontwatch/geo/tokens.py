"""Tokens the recogniser works on, from a spaCy doc or from a fast regular expression.

Both sources give the same small record, so recognition and resolution are one code
path whether the extraction pipeline hands over a parsed doc, the English model runs
here, or the fast mode tokenises with a regular expression (no model at all).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from spacy.tokens import Doc

from frontwatch.geo.inflection import is_cyrillic
from frontwatch.nlp.model import NAME_ABBREVIATIONS, STATE_ABBREVIATIONS

#: Ranks that news copy abbreviates before a name and spaCy's exceptions lack.
RANKS = ("Sgt.", "Lt.", "Capt.", "Col.", "Maj.", "Cpl.", "Pvt.", "Det.", "Cmdr.", "Brig.")
#: Capitalised abbreviations that keep their full stop ("Jan.", "Sen.", "Ky.", "St.",
#: "ST."), as spaCy's English tokenizer keeps them (with the project's own cases, see
#: :mod:`frontwatch.nlp.model`), so that both modes see one token.
ABBREVIATIONS = frozenset(
    {k for k in TOKENIZER_EXCEPTIONS if k[:1].isupper() and k.endswith(".") and k.count(".") == 1}
    | {a for a in STATE_ABBREVIATIONS if a.count(".") == 1}
    | set(RANKS)
    | set(NAME_ABBREVIATIONS)
)
_ABBREVIATION = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
#: Dotted initialisms ("U.S.", "W.Va.") stay one token, as spaCy keeps them; a
#: possessive "’s" is split off as spaCy splits it ("Kharkiv’s", "Boone County’s"),
#: but not a soft sign romanised as an apostrophe, an acute accent or a prime
#: ("Mykil's'ke", "Tavrijs´ke", ISO 9's "Mihajlìvsʹke").
#: A middle initial before a surname ("Roy A. Nelson") is one token, as spaCy keeps
#: it, and ends no sentence.
#: A soft sign romanised as an apostrophe, an acute accent or a prime.
_SOFT = "['’´ʹʼ′]"
_WORD = re.compile(
    rf"(?:[A-Z][a-z]?\.){{2,}}|(?=[A-Z][A-Za-z]{{0,6}}\.)(?:{_ABBREVIATION})(?!\w)"
    r"|['’]s(?![\w'’])|(?<![\w.])[A-Z]\.(?= [A-Z][a-z])"
    rf"|\w+(?:{_SOFT}(?!s(?!\w|{_SOFT}))\w+)*(?:{_SOFT}(?!\w))?|[^\w\s]"
)
#: The possessive the tokenizer splits off a name ("Kharkiv’s"), in either apostrophe.
POSSESSIVES = frozenset({"'s", "’s"})
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


def capitalised(token: Token) -> bool:
    """Capitalised, as names and road numbers ("M03", "P-07") are written."""
    return token.text[0].isupper()


#: Party letters before a legislator's home district or state ("Ann Cole,
#: D-Calif.", "Rick Tovar, R-Marshall").
PARTY_LETTERS = frozenset({"D", "R", "I", "DFL"})


def after_a_party(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` is joined by a hyphen to a party's letter before it, as
    news writes a legislator's district or state."""
    return (
        i >= 2
        and tokens[i - 1].text == "-"
        and tokens[i - 2].text in PARTY_LETTERS
        and tokens[i - 2].end == tokens[i - 1].start
        and tokens[i - 1].end == tokens[i].start
    )


def _after_state(previous: str, word: str) -> bool:
    """A capitalised word after a state's abbreviation opens a sentence: the full stop
    of "... in Peoria, Ill. The" ends both the abbreviation and the sentence."""
    return previous in STATE_ABBREVIATIONS and word[:1].isupper()


_new = tuple.__new__


def from_text(text: str) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    previous = "."  # the first word opens a sentence
    previous_end = 0
    # This loop runs for every word of every text: the state rule of _after_state is
    # written out, and the tokens are built as plain tuples (the named constructor
    # cost a third of the loop).
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        sent_start = (
            previous in _SENTENCE_ENDS
            or (previous in STATE_ABBREVIATIONS and word[0].isupper())
            or (start > previous_end + 1 and "\n" in text[previous_end:start])
        )
        append(_new(Token, (start, end, word, sent_start, "", "", -1, -1)))
        previous = word
        previous_end = end
    return tokens


def from_doc(doc: Doc) -> list[Token]:
    has_ents = doc.has_annotation("ENT_IOB")
    tagged = doc.has_annotation("POS")
    parsed = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    spans = {i: (e.start_char, e.end_char) for e in doc.ents for i in range(e.start, e.end)}
    # spaCy joins a doc's text anew at each reading of ``doc.text``: read it once.
    text = doc.text
    tokens: list[Token] = []
    for token in doc:
        if token.is_space:
            continue
        if _soft_sign_split_off(text, tokens, token.idx, token.text):
            last = tokens[-1]
            tokens[-1] = last._replace(end=token.idx + len(token.text), text=last.text + token.text)
            continue
        # The English model's tags and entities for a Cyrillic word are guesses at a
        # language it does not know: the word is read as fast mode reads it.
        english = not is_cyrillic(token.text)
        ent = token.ent_type_ if has_ents and english else ""
        ent_start, ent_end = spans.get(token.i, (-1, -1)) if english else (-1, -1)
        sent_start = bool(token.is_sent_start) if parsed else token.i == 0
        if tokens and _after_state(tokens[-1].text, token.text):
            sent_start = True
        tokens.append(
            Token(
                token.idx,
                token.idx + len(token.text),
                token.text,
                sent_start,
                token.pos_ if tagged and english else "",
                ent,
                ent_start,
                ent_end,
            )
        )
    return tokens


def _soft_sign_split_off(text: str, tokens: list[Token], start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is a soft sign that spaCy split off the end of the
    name before it ("Mariupil'"; one inside a name, "Svitlodars’k", it leaves be): the
    fast tokenizer keeps it on the name (see ``_WORD``), and so must the model's
    tokens, or the name no longer stands right before the comma of its address. Not a
    quotation mark closing a name that one opens ("the 'Kupiansk' direction")."""
    return (
        bool(tokens)
        and tokens[-1].end == start
        and re.fullmatch(_SOFT, word) is not None
        and tokens[-1].text[-1:].isalpha()
        and not text[start + len(word) : start + len(word) + 1].isalnum()
        and re.fullmatch(_SOFT, text[tokens[-1].start - 1 : tokens[-1].start]) is None
    )


#: The hyphens a tokenizer leaves as tokens of their own.
HYPHENS = frozenset({"-", "‐", "‑"})


def hyphen_at(tokens: list[Token], joint: int) -> bool:
    """Whether token ``joint`` is a hyphen joining the words on either side of it,
    with no space between ("Orr-Lindell", "Interfax-Ukraine")."""
    return (
        tokens[joint].text in HYPHENS
        and tokens[joint - 1].end == tokens[joint].start
        and tokens[joint].end == tokens[joint + 1].start
    )


#: Words that join the names of a list in Ukrainian and Russian.
CYRILLIC_LIST_JOINS = frozenset({",", "та", "і", "й", "и"})
#: How many names before a Cyrillic name a list is read back over.
LIST_NAMES = 6


def governing_word(tokens: list[Token], i: int) -> int:
    """The index of the word that governs a Cyrillic name's case (-1 for none): the
    one before it, or the one before the list of names it stands in. War reports
    list the villages after one preposition ("в районе Купянска, Кругляковки и
    Боровой", "з боку Піщаного і Загризового"), and each is in the case that word
    governs, as the first is."""
    j = i - 1
    for _ in range(LIST_NAMES):
        if j < 1 or tokens[j].text.lower() not in CYRILLIC_LIST_JOINS:
            break
        k = j - 1
        while k >= 0 and (
            tokens[k].text in ("-", "‑")
            or (is_cyrillic(tokens[k].text) and tokens[k].text[:1].isupper())
        ):
            k -= 1
        if k == j - 1:
            break
        j = k
    return j


def governing_text(tokens: list[Token], i: int) -> str:
    """The text of the word that governs a Cyrillic name's case ("" for none; see
    :func:`governing_word`)."""
    governing = governing_word(tokens, i)
    return tokens[governing].text if governing >= 0 else ""
