"""Finding the spans of a text that name places, without inventing any.

A span is a run of capitalised words (with connectors such as "of" and hyphens)
whose folded key is in the gazetteer. The longest run wins ("Sea of Azov" before
"Azov"). A match is then kept only when nothing says it is something else: a
person, a unit, an outlet, a demonym or a capitalised common word. The signals are
the ones any reader uses: the words around it, capitalisation, the tagger's POS
and, when present, the model's entity label.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from frontwatch.geo.gazetteer import Gazetteer, Place
from frontwatch.geo.keys import key
from frontwatch.geo.sources import DATA, STATION_WORDS
from frontwatch.geo.tokens import Token

MAX_WORDS = 6
#: Lowercase words allowed inside a name ("Sea of Azov", "Rostov-on-Don").
CONNECTORS = frozenset(
    {"of", "on", "upon", "de", "del", "la", "le", "am", "-", "the", "and", "’s", "'s", "el", "al"}
)
#: Words after a name that make the whole run a region ("the Kharkiv region").
REGION_WORDS = (
    "region",
    "oblast",
    "province",
    "district",
    "raion",
    "area",
    "county",
    "parish",
    "state",
)
#: Lowercase words that can end a feature's name.
FEATURE_WORDS = frozenset(
    {
        *REGION_WORDS,
        *STATION_WORDS,
        "nuclear",
        "power",
        "plant",
        "bridge",
        "air",
        "base",
        "airbase",
        "airfield",
        "river",
        "highway",
        "road",
        "spit",
        "sea",
        "reservoir",
        "dam",
        "rail",
        "railway",
        "hub",
        "npp",
        "port",
        "airport",
        "refinery",
        "depot",
    }
)
#: Words after an adjective that make it a place ("the Kupiansky direction").
DIRECTION_WORDS = frozenset(
    {
        "direction",
        "axis",
        "front",
        "sector",
        "area",
        "district",
        "raion",
        "region",
        "oblast",
        "hromada",
        "salient",
        "bridgehead",
        "offensive",
        "counteroffensive",
        "grouping",
        "group",
        "pocket",
        "cauldron",
        "steppe",
        "coast",
        "shore",
        "forest",
        "forests",
        "reservoir",
        "bridge",
    }
)
#: Words after a place name that make it the seat of a civic body ("Mansfield Police",
#: "Kherson City Council", "Kharkiv University"): the name still locates the story,
#: unlike a unit or a newspaper named after a place, and news corpora count it.
CIVIC_WORDS = frozenset(
    {"police", "department", "council", "university", "college", "school", "hospital", "city"}
)
#: Words after a name that make the run an organisation or unit, not a place.
ORGANISATION_WORDS = frozenset(
    {
        "regiment",
        "battalion",
        "brigade",
        "group",
        "corps",
        "company",
        "division",
        "army",
        "independent",
        "post",
        "times",
        "herald",
        "tribune",
        "journal",
        "daily",
        "news",
        "institute",
        "channel",
        "fc",
        "united",
        "airlines",
        "airline",
        "bank",
        "inc",
        "ltd",
        "corporation",
        "club",
        "ministry",
        "agency",
        "party",
        "movement",
        "tv",
        "radio",
        "gazette",
        "review",
        "press",
        "observer",
        "chronicle",
        "stadium",
        "court",
        "legion",
        "squadron",
        "detachment",
        "unit",
        "units",
        "forces",
        "guard",
        "guards",
        "fighters",
        "mercenaries",
        "group’s",
        "group's",
        "foundation",
        "center",
        "centre",
        "senator",
        "governor",
        "mayor",
    }
)
#: Words before a name that say a place follows.
LOCATIVE_CUES = frozenset(
    {
        "in",
        "near",
        "at",
        "from",
        "to",
        "into",
        "outside",
        "around",
        "toward",
        "towards",
        "of",
        "across",
        "through",
        "via",
        "between",
        "and",
        "on",
        "over",
        "under",
        "beyond",
        "village",
        "town",
        "city",
        "settlement",
        "region",
        "oblast",
        "capital",
        "port",
        "outskirts",
        "liberated",
        "captured",
        "took",
        "retook",
        "shelled",
        "struck",
        "hit",
        "entered",
        "encircled",
        "surrounded",
        "besieged",
        "seized",
        "occupied",
        "along",
        "within",
        "inside",
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "visited",
        "visit",
        "left",
        "reached",
        "nearby",
        "leaving",
        "past",
        "like",
        "including",
        "neighbouring",
        "neighboring",
    }
)
#: Entity labels that make a span a place, or say it is something else.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
OTHER_ENTS = frozenset(
    {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"}
)
#: Tags that mark a capitalised word as an ordinary word ("Mobile phones", "Reading ...").
COMMON_POS = frozenset(
    {"ADJ", "NOUN", "VERB", "ADP", "DET", "PRON", "AUX", "ADV", "CCONJ", "SCONJ"}
)
#: Words that name a following proper noun ("a small town called Volokhiv Yar"); a
#: cue only after a settlement noun, since people are called things too.
NAMING_WORDS = frozenset({"called", "named", "dubbed"})
SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "settlement", "hamlet", "locality"})
#: Verbs of saying after a sentence-initial name make it a person ("Jackson said").
SPEECH_VERBS = frozenset(
    {"said", "says", "told", "added", "noted", "stated", "wrote", "argued", "explained", "asked"}
)
_ROAD = re.compile(r"^[PMEHTR]-?\d{2,3}$")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    data = json.loads((DATA / "stoplist.json").read_text("utf-8"))
    return frozenset(key(w) for group in ("people", "organisations", "common") for w in data[group])


@dataclass
class Match:
    start: int
    end: int
    text: str
    key: str
    candidates: tuple[Place, ...]
    first: int
    last: int
    adjectival: bool = False
    evidence: set[str] = field(default_factory=set)
    #: Found by consonants only: kept only where the text states the place's region.
    loose: bool = False
    #: Followed by a possessive ("Russia's ability"): an owner, not an address part.
    possessive: bool = False


def _capitalised(token: Token) -> bool:
    first = token.text[0]
    return first.isupper() or bool(_ROAD.match(token.text))


def _lookup(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, j: int) -> Match | None:
    surface = text[tokens[i].start : tokens[j - 1].end]
    surface_key = key(surface)
    found = gazetteer.candidates(surface_key) if surface_key else ()
    if not found:
        return None
    return Match(tokens[i].start, tokens[j - 1].end, surface, surface_key, found, i, j - 1)


def _extend(gazetteer: Gazetteer, text: str, tokens: list[Token], match: Match) -> Match:
    """Take following feature words into the name when the gazetteer knows the longer
    name ('Kharkiv region', 'Lyman station', 'Zaporizhzhia nuclear plant')."""
    end = match.last + 1
    while end < len(tokens) and end - match.last <= 3 and tokens[end].text.lower() in FEATURE_WORDS:
        end += 1
    for j in range(end, match.last + 1, -1):
        longer = _lookup(gazetteer, text, tokens, match.first, j)
        if longer:
            return longer
    return match


def _adjective(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """'Krasnolimansky direction', 'the Kupiansky axis', 'Zaporizhzhian steppe'."""
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    if nxt not in DIRECTION_WORDS:
        return None
    token = tokens[i]
    token_key = key(token.text)
    if token_key in gazetteer.demonyms or token_key in stop_words():
        return None
    found = gazetteer.adjective_candidates(token_key)
    if not found:
        return None
    return Match(token.start, token.end, token.text, token_key, found, i, i, adjectival=True)


def _addressed(
    gazetteer: Gazetteer, text: str, tokens: list[Token], i: int, covered: int
) -> Match | None:
    """An unknown name written as an address ('Malaya Rohan, Kharkiv Oblast'), or
    one the gazetteer knows only a part of ('Malaya'): read loosely, since the region
    that follows decides whether any candidate fits."""
    j = i + 1
    while j < len(tokens) and j - i < MAX_WORDS and _capitalised(tokens[j]):
        j += 1
    if j - 1 <= covered or j >= len(tokens) or tokens[j].text != ",":
        return None
    surface = text[tokens[i].start : tokens[j - 1].end]
    surface_key = key(surface)
    found = gazetteer.loose_candidates(surface_key)
    if not found:
        return None
    return Match(
        tokens[i].start, tokens[j - 1].end, surface, surface_key, found, i, j - 1, loose=True
    )


def _caption_start(tokens: list[Token], i: int) -> bool:
    """The first name of a lowercase caption ('mariupol, Donetsk Oblast')."""
    return (
        tokens[i].sent_start
        and tokens[i].text[:1].isalpha()
        and i + 1 < len(tokens)
        and tokens[i + 1].text == ","
    )


def _exact(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """The longest gazetteer name over the run of capitalised words from ``i``."""
    n = len(tokens)
    limit = i + 1
    while (
        limit < n
        and limit - i < MAX_WORDS
        and (_capitalised(tokens[limit]) or tokens[limit].text.lower() in CONNECTORS)
    ):
        limit += 1
    # One lowercase word may end a longer name ('Chasiv yar', 'Kryvyi rih'): only
    # an exact gazetteer name of several words can match it. Function words and
    # the common lowercase words after a name ('said') never end one: not looked up.
    lowercase_end = 0
    if (
        limit < n
        and limit - i < MAX_WORDS
        and tokens[limit].text[:1].isalpha()
        and tokens[limit].text not in STOP_WORDS
        and not tokens[limit].text.endswith(("ed", "s"))
    ):
        limit += 1
        lowercase_end = limit
    for j in range(limit, i, -1):
        if j - 1 != i and not _capitalised(tokens[j - 1]) and j != lowercase_end:
            continue
        found = _lookup(gazetteer, text, tokens, i, j)
        if found:
            return found
    return None


def candidates(gazetteer: Gazetteer, text: str, tokens: list[Token]) -> list[Match]:
    """Every longest gazetteer match over runs of capitalised words."""
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        if not _capitalised(tokens[i]) and not _caption_start(tokens, i):
            i += 1
            continue
        found = _exact(gazetteer, text, tokens, i)
        covered = found.last if found else i - 1
        found = _addressed(gazetteer, text, tokens, i, covered) or found
        if found is None:
            found = _adjective(gazetteer, text, tokens, i)
        if found is None:
            i += 1
            continue
        found = _extend(gazetteer, text, tokens, found)
        matches.append(found)
        i = found.last + 1
    return matches


def _is_name_word(token: Token) -> bool:
    """A capitalised word that is not a function word ('In', 'The', 'Near')."""
    lower = token.text.lower()
    return (
        token.text[:1].isalpha()
        and _capitalised(token)
        and lower not in STOP_WORDS
        and lower not in LOCATIVE_CUES
    )


def verdict(gazetteer: Gazetteer, tokens: list[Token], match: Match) -> bool:
    """Whether a gazetteer match names a place here, by the signals around it."""
    first, last = tokens[match.first], tokens[match.last]
    words = match.last - match.first + 1
    if match.key in gazetteer.demonyms:
        return False
    if words == 1 and match.key in stop_words():
        return False
    before = tokens[match.first - 1] if match.first > 0 else None
    following = match.last + 1
    if following < len(tokens) and tokens[following].text in ("'", "’"):
        following += 1  # a soft sign split off by the tokenizer: "Irpin' ,"
    after = tokens[following] if following < len(tokens) else None
    match.possessive = after is not None and after.text.lower() in ("’s", "'s")
    cue = (before is not None and before.text.lower() in LOCATIVE_CUES) or _named(tokens, match)
    # "Izium, Kharkiv Oblast, Ukraine": a name in a comma list is read as an address.
    listed = after is not None and after.text == "," and following + 1 < len(tokens)
    civic = after is not None and after.text.lower() in CIVIC_WORDS and not match.adjectival
    ent = first.ent
    if ent in PLACE_ENTS:
        match.evidence.add("ner")
    elif ent in OTHER_ENTS and not listed and not civic:
        inside_longer = first.ent_start < match.start or last.ent_end > match.end
        if inside_longer or (ent != "ORG" and words == 1 and not cue):
            return False
    if after and after.text.lower() in ORGANISATION_WORDS and not match.adjectival:
        return False
    # Part of a longer proper name ("Yevgeny Prigozhin", "Henry Smith").
    settlements_only = all(p.kind == "settlement" for p in match.candidates)
    if (
        after
        and not civic
        and _is_name_word(after)
        and after.start - last.end <= 1
        and (settlements_only or words == 1)
    ):
        return False
    if (
        before
        and _is_name_word(before)
        and first.start - before.end <= 1
        and key(before.text) not in gazetteer.demonyms
    ):
        return False
    if (
        words == 1
        and first.pos in COMMON_POS
        and not (cue or listed)
        and "ner" not in match.evidence
    ):
        return False
    if cue:
        match.evidence.add("cue")
    if listed:
        match.evidence.add("comma")
    if civic:
        match.evidence.add("civic")
    if match.adjectival:
        match.evidence.add("adjective")
    if first.sent_start and words == 1 and "ner" not in match.evidence:
        match.evidence.add("sentence-start")
        if _subject(first, after):
            match.evidence.add("subject")
    return True


def _named(tokens: list[Token], match: Match) -> bool:
    """'another small town called Volokhiv Yar', 'a village named Pisky'."""
    if match.first < 2 or tokens[match.first - 1].text.lower() not in NAMING_WORDS:
        return False
    window = tokens[max(0, match.first - 4) : match.first - 1]
    return any(t.text.lower() in SETTLEMENT_NOUNS for t in window)


def _subject(first: Token, after: Token | None) -> bool:
    """A proper noun opening a sentence as the subject of a verb that is not one of
    saying ('Balakliya was surrounded'): a place as often as a person, so the size of
    the best candidate decides (see the parser's acceptance thresholds)."""
    return (
        first.pos == "PROPN"
        and after is not None
        and after.pos in ("AUX", "VERB")
        and after.text.lower() not in SPEECH_VERBS
    )
