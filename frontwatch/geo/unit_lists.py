"""Ukraine's raions and hromadas listed before one word for them all.

Regional administrations list the communities shelled in a day by their adjectives
before a single plural word ("під ударами були Білопільська, Миропільська та
Юнаківська громади"), and city councils their districts ("у Салтівському та
Новобаварському районах"). The last adjective stands beside the word and reads as
a unit's name; the others name the unit that their nominative with the word in the
singular does ("Білопільська громада").
"""

from __future__ import annotations

from frontwatch.geo import inflection
from frontwatch.geo.axes import list_word_after
from frontwatch.geo.gazetteer import Gazetteer
from frontwatch.geo.keys import key
from frontwatch.geo.match import Match
from frontwatch.geo.tokens import Token, capitalised, hyphen_at

#: The words that close such a list (Cyrillic ones by their nominative singular),
#: with the key the index files units under ("Білопільська громада" under
#: "bilopilska hromada"; "the Bilopilska and Krasnopilska hromadas").
_UNIT_WORDS = {
    "громада": key("громада"),
    "район": key("район"),
    "hromadas": key("hromada"),
    "communities": key("hromada"),
    "raions": key("raion"),
    "rayons": key("raion"),
    "districts": key("raion"),
}
_CLOSING_WORDS = frozenset(_UNIT_WORDS)
#: Endings of the nominative of a unit's adjective, Ukrainian and Russian, and of
#: its key, romanised.
_ADJECTIVE_ENDINGS = ("ький", "ька", "кий", "кая", "ska", "ski", "zka", "zki")
#: Adjectives a list may hold before its word: an oblast's daily report names six
#: or seven communities.
_LISTED = 10


def listed_unit(gazetteer: Gazetteer, text: str, tokens: list[Token], i: int) -> Match | None:
    """The unit the adjective at token ``i`` names, where it stands in a list that a
    plural word for units closes."""
    if not capitalised(tokens[i]) or (i >= 2 and hyphen_at(tokens, i - 1)):
        return None
    last = i
    while last + 2 < len(tokens) and hyphen_at(tokens, last + 1):
        last += 2  # "Новгород-Сіверська"
    closing = list_word_after(tokens, last, _CLOSING_WORDS, _LISTED)
    if closing is None:
        return None
    adjective = text[tokens[i].start : tokens[last].end]
    # A town listed with them is the town ("Нікополь, Марганецька та Покровська
    # громади"), not its community.
    forms = inflection.lemmas(adjective) | {key(adjective)}
    if not any(form.endswith(_ADJECTIVE_ENDINGS) for form in forms):
        return None
    if closing == last + 1:
        # The gazetteer reads "Великописарівська громади" as it stands, but not an
        # English plural ("Myropilska hromadas"), which the name takes in.
        if inflection.is_cyrillic(adjective):
            return None
        last = closing
    words = inflection.lemmas(tokens[closing].text)
    unit = next(name_key for word, name_key in _UNIT_WORDS.items() if word in words)
    for reading in inflection.nominative_keys(adjective):
        name_key = f"{reading} {unit}"
        places = tuple(
            p for p in gazetteer.candidates(name_key) if p.kind == "admin" and p.country == "UA"
        )
        if places:
            start, end = tokens[i].start, tokens[last].end
            return Match(start, end, text[start:end], name_key, places, i, last)
    return None
