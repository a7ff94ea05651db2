"""Which of a sentence's places an event happened at (contract §5).

The geoparser finds every place; the event takes the one its trigger is tied to in
the parse: the trigger's own object or prepositional phrase first, then the nearest
place in the tree, never the actor ("Ukraine's forces", "Kyiv said") nor the speaker.
Places coordinated with the chosen one ("Balakliia and Volokhiv Yar", "rail hubs at
Kamensk-Shakhtinsky and Novocherkassk") are each their own event. "near", "outside",
"around", "south of", "on the outskirts of" make the precision ``near``. A sentence
without a place that refers back ("the city", "there") takes the latest place named
before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from frontwatch.events.syntax import ASIDES, distance, path
from frontwatch.records import Location, PlaceMention, PlacePrecision

AREA_KINDS = frozenset({"admin", "area", "region", "river", "sea", "admin1", "admin2"})
MULTI_PLACE_TYPES = frozenset(
    {"capture", "strike", "withdrawal", "encirclement", "sabotage", "equipment_loss"}
)
#: Types that may be placed at a whole country (talks, cyber attacks have no front line).
COUNTRY_TYPES = frozenset({"negotiation", "cyber"})
BLOCKING_PREPS = frozenset({"between", "from", "like", "unlike", "than", "beyond", "via"})
DESTINATION_PREPS = frozenset({"to", "toward", "towards", "into", "on", "onto", "at", "outside"})
NAMING_VERBS = frozenset({"call", "name", "know"})
#: How far back (in sentences) a sentence that refers back may look for its place.
LOOKBACK = 3
#: How many parse edges from its trigger "the city" may sit and still refer for it.
ANAPHOR_REACH = 3


@dataclass(frozen=True)
class PlaceInText:
    mention: PlaceMention
    root: Token
    tokens: frozenset[int]
    sentence: int


@dataclass(frozen=True)
class Placement:
    place: PlaceInText
    precision: PlacePrecision
    #: ``syntax`` (tied by the parse), ``sentence`` (only in the same sentence),
    #: ``anaphor`` ("the city") or ``context`` (an earlier sentence).
    how: str

    def location(self) -> Location:
        return Location.from_place(self.place.mention, self.precision)

    @property
    def key(self) -> str:
        m = self.place.mention
        return str(m.geonames_id) if m.geonames_id is not None else m.name.lower()


def places_in(
    doc: Doc, places: list[PlaceMention], sentence_of: dict[int, int]
) -> list[PlaceInText]:
    """Places tied to their tokens; mentions that fall between tokens are dropped."""
    out = []
    for mention in places:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        out.append(
            PlaceInText(mention, span.root, frozenset(t.i for t in span), sentence_of[span.root.i])
        )
    return out


def _quantifying_noun(anchor: Token) -> Token:
    """ "a new round of talks, scheduled ... in Geneva", "a wave of strikes across
    Kharkiv": the noun that an ``of`` phrase of the trigger hangs on speaks for it."""
    of = anchor.head
    if anchor.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN":
        return of.head
    return anchor


def _loose_participle(anchor: Token, place: Token) -> bool:
    """ "ceasefire talks, set for Monday, in Riyadh": the small parser hangs a participle
    that follows a noun after a comma on the noun's verb, yet it describes the noun."""
    return anchor.pos_ == "NOUN" and any(
        t.dep_ == "advcl"
        and t.tag_ == "VBN"
        and t.head.i == anchor.head.i
        and 0 < t.i - anchor.i <= 2
        and all(doc_token.is_punct for doc_token in t.doc[anchor.i + 1 : t.i])
        for t in [place, *place.ancestors]
    )


def _area_precision(mention: PlaceMention) -> PlacePrecision | None:
    if mention.precision == "country" or mention.kind == "country":
        return "country"
    if mention.precision == "admin" or mention.kind in AREA_KINDS:
        return "admin"
    return None


class Locator:
    def __init__(
        self, near_words: frozenset[str], anaphors: frozenset[str], metonyms: frozenset[str]
    ) -> None:
        self.near_words = near_words
        self.anaphors = anaphors
        self.metonyms = metonyms

    def precision(self, anchor: Token, place: PlaceInText) -> PlacePrecision:
        area = _area_precision(place.mention)
        if area:
            return area
        between = path(anchor, place.root)
        nearby = [*between, *(t for t in place.root.children if t.i not in place.tokens)]
        if place.root.head.i not in place.tokens:
            nearby.append(place.root.head)
        if any(t.lower_ in self.near_words for t in nearby) or place.mention.precision == "near":
            return "near"
        return "exact"

    def _score(self, anchor: Token, place: PlaceInText) -> float:
        score = float(distance(anchor, place.root))
        if not anchor.is_ancestor(place.root):
            score += 2
        route = path(anchor, place.root)
        if any(
            t.dep_ in ASIDES and t.i != anchor.i
            for t in [place.root, *route]
            if not anchor.is_ancestor(t) or t.dep_ in ("relcl", "appos")
        ):
            score += 3
        if any(t.lower_ in BLOCKING_PREPS for t in route):
            score += 3
        if _area_precision(place.mention):
            score += 1.5
        return score

    def choose(
        self,
        anchor: Token,
        candidates: list[PlaceInText],
        excluded: set[int],
        requires: str | None,
        event_type: str,
        obj: set[int],
    ) -> list[Placement]:
        """The event's places; ``requires`` is ``place`` (tied to the trigger), ``object``
        (its object) or None; ``obj`` holds the tokens of the trigger's object."""
        usable = [p for p in candidates if not p.tokens & excluded]
        if requires == "object":
            usable = [p for p in usable if p.tokens & obj]
        # "Moscow", "Kyiv" as a subject, possessor or object stand for a government.
        usable = [
            p
            for p in usable
            if not (
                p.mention.text.lower() in self.metonyms and p.root.dep_ in ("nsubj", "poss", "dobj")
            )
        ]
        usable = [p for p in usable if not self._other_action(anchor, p)]
        if not usable:
            return []
        scored = sorted(usable, key=lambda p: self._score(anchor, p))
        best = scored[0]
        tied = (
            anchor.is_ancestor(best.root)
            or distance(anchor, best.root) <= 2
            # "Fighting raged on the outskirts of X": an action noun's verb places it.
            or (
                anchor.pos_ == "NOUN"
                and anchor.dep_ == "nsubj"
                and anchor.head.is_ancestor(best.root)
            )
            or _loose_participle(anchor, best.root)
            or _quantifying_noun(anchor).is_ancestor(best.root)
        )
        area = _area_precision(best.mention)
        # A country or a region counts only when the trigger itself names it: "Russia"
        # or "Crimea" merely sharing a sentence with a verb is how generic talk reads.
        if (requires and not tied) or (area and not tied):
            return []
        if not tied:
            return []
        if area == "country" and event_type not in COUNTRY_TYPES:
            return []
        how = "syntax" if tied else "sentence"
        chosen = [best]
        if event_type in MULTI_PLACE_TYPES:
            chosen += [p for p in scored[1:] if self._coordinated(best, p)]
        elif event_type == "advance":
            destinations = [p for p in scored if self._destination(p)]
            chosen = destinations[:1] or chosen
        return [Placement(p, self.precision(anchor, p), how) for p in chosen]

    @staticmethod
    def _other_action(anchor: Token, place: PlaceInText) -> bool:
        """A place reached through a coordinated action ("the recapture of villages and
        the shelling of X", "crossed the river and shelled X") belongs to that action; a
        verb with no object of its own right before the next ("surrounded and retook X")
        shares that one's."""
        own = ("dobj",) if anchor.pos_ == "VERB" else ("dobj", "prep")
        shares = not any(c.dep_ in own for c in anchor.children)
        return any(
            t.dep_ == "conj"
            and t.i not in place.tokens
            and (t.pos_ == "VERB" or t.tag_ == "VBG" or t.lower_.endswith("ing"))
            and not (shares and t.head.i == anchor.i and t.i - anchor.i <= 2)
            for t in path(anchor, place.root)
        )

    @staticmethod
    def _coordinated(first: PlaceInText, other: PlaceInText) -> bool:
        route = [first.root, *path(first.root, other.root), other.root]
        if not any(t.dep_ == "conj" for t in route):
            return False
        for t in route:
            if t.dep_ in ("relcl", "appos", "advcl", "ccomp", "parataxis"):
                return False
            if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
                return False  # "retook X, and officials toured Y": another clause's place
            if t.dep_ == "acl" and t.lemma_ not in NAMING_VERBS:
                return False
            if t.lower_ in BLOCKING_PREPS:
                return False
        return True

    @staticmethod
    def _destination(place: PlaceInText) -> bool:
        return any(t.lower_ in DESTINATION_PREPS for t in (place.root.head, place.root.head.head))

    def look_back(
        self,
        anchor: Token,
        sent: Span,
        sentence_index: int,
        earlier: list[PlaceInText],
        paragraph_start: int,
        eventful: set[int],
    ) -> list[Placement]:
        """A place from the sentences just before, for a sentence without its own.

        "the city", "there" refer back only when tied to the trigger ("shelled the city",
        "fighting there"); one elsewhere in the sentence ("aiming to hold the
        city") says nothing about where this trigger happened."""
        anaphor = any(
            t.lower_ in self.anaphors
            and (anchor.is_ancestor(t) or distance(anchor, t) <= ANAPHOR_REACH)
            for t in sent
        )
        # The latest place where an earlier event happened comes ahead of one named in
        # passing ("... retook villages and eyed X. Troops there killed ...").
        window = [p for p in earlier if p.sentence >= sentence_index - LOOKBACK]
        how = "anaphor" if anaphor else "context"
        for group in ([p for p in window if p.root.i in eventful], window):
            for place in reversed(group):
                if _area_precision(place.mention):
                    continue
                if place.root.idx < paragraph_start and not anaphor:
                    break
                return [Placement(place, place.mention.precision, how)]
        return []
