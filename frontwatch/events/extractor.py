"""The extractor: trigger matches in a parsed report become contract events.

Per document: the rule registry's matcher finds triggers; for each one the parse
gives its roles (actor, patient), the place it is tied to, its time, its status and
sources; numbers of the sentence attach to the nearest fitting trigger; hedges and
sources stated in a following sentence ("The footage cannot be independently
verified.") reach back to the events they qualify; mentions of one event merge; ids
are ``{doc_id}-{n}`` in order of first mention. Decisions where the contract is
silent are listed in ``docs/extraction.md``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import cast

from spacy.attrs import LEMMA, LOWER, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from frontwatch.events import merge, timex
from frontwatch.events.confidence import confidence
from frontwatch.events.locate import Locator, PlaceInText, Placement, places_in
from frontwatch.events.mention import Mention
from frontwatch.events.quantities import amounts
from frontwatch.events.registry import Rule, RuleSet, load_rules
from frontwatch.events.roles import Roles, governing_subject, roles
from frontwatch.events.sides import OPPOSITE, SideCue, SideReader
from frontwatch.events.sources import attributions, describe
from frontwatch.events.status import StatusReader
from frontwatch.events.syntax import CLAUSES, ancestors, distance, path, phrase
from frontwatch.records import (
    Actor,
    Document,
    Event,
    EventType,
    Evidence,
    PlaceMention,
    Target,
    TargetKind,
)

#: Types whose actor may be inferred from the report's momentum when the sentence has
#: no agent ("Balakliya was surrounded yesterday").
OFFENSIVE = frozenset({"capture", "advance", "encirclement"})
#: Types whose actor is the one acting: with no stated actor they take the side the
#: discourse is about (the governing clause's subject, else the paragraph's last actor).
DISCOURSE_TYPES = frozenset({"clash", "advance", "capture", "strike", "encirclement"})
#: Events whose side a loss told in the same sentence takes.
CAUSES = frozenset({"strike", "clash", "sabotage"})
#: Types whose patient is a side that suffers: the actor is the other side.
LOSSES = frozenset({"casualties", "prisoners", "equipment_loss"})
ATTEMPTED = frozenset({"capture", "advance", "encirclement"})
#: Target kinds whose naming an attack makes it a remote strike ("rail attacks").
STRIKE_ASSETS = frozenset({"rail", "energy", "fuel", "airbase", "port", "bridge", "radar"})
PERSON_KEYS = {"casualties": "killed", "prisoners": "captured", "encirclement": "trapped"}
WOUNDING = frozenset({"wound", "injure", "injury", "wounded"})
QUANTITY_TYPES = {
    "killed": {"casualties"},
    "wounded": {"casualties"},
    "captured": {"prisoners"},
    "trapped": {"encirclement"},
    "count": {"equipment_loss"},
    "distance_km": {"advance", "withdrawal", "capture", "clash"},
    "area_km2": {"capture", "advance"},
    "duration_days": {"advance", "capture", "encirclement", "clash", "strike", "withdrawal"},
}
LANGUAGES = frozenset({"en"})


@dataclass
class _Context:
    """What one document's rules look at, computed once per document."""

    document: Document
    doc: Doc
    text: str
    rules: RuleSet
    sentences: list[Span]
    sentence_of: dict[int, int]
    paragraph_of: list[int]
    paragraph_start: list[int]
    places: list[PlaceInText]
    times: list[timex.TimeExpr]
    sides: SideReader
    status: StatusReader
    #: Root tokens of places that a trigger was tied to in the parse, as they are found.
    eventful: set[int] = field(default_factory=set)

    def places_in_sentence(self, index: int) -> list[PlaceInText]:
        return [p for p in self.places if p.sentence == index]


class Extractor:
    """Reads events from parsed documents; rules load once per spaCy vocabulary."""

    def __init__(self) -> None:
        self._locators: dict[int, Locator] = {}

    def extract(self, document: Document, doc: Doc, places: list[PlaceMention]) -> list[Event]:
        language = (document.language or "en").lower()
        if language not in LANGUAGES or not doc.has_annotation("DEP"):
            return []
        ctx = self._context(document, doc, places, load_rules(doc.vocab, language))
        mentions = self._mentions(ctx)
        self._reach_back(ctx, mentions)
        self._attach_quantities(ctx, mentions)
        self._fill_sides(mentions)
        return self._events(document, merge.group(mentions))

    def _context(
        self, document: Document, doc: Doc, places: list[PlaceMention], rules: RuleSet
    ) -> _Context:
        # Doc.text joins every token on each call, so it is read once.
        text = doc.text
        # Sentence starts read as an array: iterating doc.sents builds a Token per word.
        starts_at = [i for i, flag in enumerate(doc.to_array("SENT_START").tolist()) if flag == 1]
        # A blank line ends a sentence even where the parser ran on ("... their way…" and
        # the next paragraph): the rules never read across paragraphs.
        breaks = [t.i + 1 for t in doc if t.is_space and "\n\n" in t.text and t.i + 1 < len(doc)]
        bounds = sorted({0, *starts_at, *breaks, len(doc)})
        sentences = [doc[a:b] for a, b in pairwise(bounds)]
        sentence_of = {i: n for n, s in enumerate(sentences) for i in range(s.start, s.end)}
        paragraph_of, starts, paragraph = [], [], 0
        start = 0
        for n, sent in enumerate(sentences):
            # The blank line may sit inside the previous sentence's trailing whitespace.
            between = text[sentences[n - 1].start_char : sent.start_char] if n else ""
            if n and "\n" in between[len(between.rstrip()) :]:
                paragraph += 1
                start = sent.start_char
            paragraph_of.append(paragraph)
            starts.append(start)
        sides = SideReader(doc, rules)
        return _Context(
            document=document,
            doc=doc,
            text=text,
            rules=rules,
            sentences=sentences,
            sentence_of=sentence_of,
            paragraph_of=paragraph_of,
            paragraph_start=starts,
            places=places_in(doc, places, sentence_of),
            times=timex.find(text, timex.parse_published(document.published)),
            sides=sides,
            status=StatusReader(rules, sides),
        )

    def _locator(self, rules: RuleSet) -> Locator:
        key = id(rules)
        if key not in self._locators:
            self._locators[key] = Locator(
                rules.words("near_words"), rules.words("anaphors"), frozenset(rules.side_words)
            )
        return self._locators[key]

    def _triggers(self, ctx: _Context) -> list[tuple[Rule, Token]]:
        """One rule per anchor token: the longest match, then the first rule."""
        doc = ctx.doc
        found: list[tuple[Rule, int, int | None]] = []
        rows = doc.to_array([LEMMA, LOWER, POS]).tolist()
        for i, (lemma, lower, pos) in enumerate(rows):
            rules = ctx.rules.index.get(lemma, []) + ctx.rules.index.get(lower, [])
            for rule in dict.fromkeys(rules):
                if rule.fits(POS_NAMES.get(pos, "")):
                    found.append((rule, i, rule.phrase_end(doc, i)))
        strings = doc.vocab.strings
        for match_id, start, end in ctx.rules.matcher(doc):
            found.append((ctx.rules.rules[strings[match_id]], start, end))
        best: dict[int, tuple[int, Rule]] = {}
        for rule, start, stop in found:
            if stop is None:
                continue
            end = stop
            anchor = doc[start:end].root.i
            if anchor in ctx.sides.units:
                continue  # "Assault" in "3rd Separate Assault Brigade" names a unit
            if anchor not in best or end - start > best[anchor][0]:
                best[anchor] = (end - start, rule)
        weapons = ctx.rules.words("classes.weapon")
        # A noun trigger that is the subject of a verb trigger of its own type ("drones
        # struck ...") is that event's instrument, and one that is its object ("repelled
        # 23 attacks") the same fight told once; a weapon is always the instrument
        # ("drones wounded 12"), but an attack that killed or damaged ("a drone attack
        # injured three") is an event beside its losses.
        return [
            (rule, doc[i])
            for i, (_, rule) in sorted(best.items())
            if not (
                doc[i].pos_ != "VERB"
                and doc[i].head.i in best
                and doc[i].dep_ in ("nsubj", "nsubjpass", "dobj")
                and (
                    best[doc[i].head.i][1].type in (rule.type, rule.weapon_type)
                    or doc[i].lemma_.lower() in weapons
                )
            )
        ]

    def _mentions(self, ctx: _Context) -> list[Mention]:
        mentions = []
        for rule, anchor in self._triggers(ctx):
            mentions += self._read(ctx, rule, anchor)
        return mentions

    def _type(self, ctx: _Context, rule: Rule, anchor: Token, parts: Roles) -> EventType | None:
        """The event type, after the object's class and the sentence's wording have their say."""
        classes = ctx.rules.lexicon["classes"]
        patient = {t.lemma_.lower() for t in parts.patient}
        head = parts.patient_head.lemma_.lower() if parts.patient_head is not None else ""
        kind = (
            "person"
            if head in classes["person"]
            else ("equipment" if head in classes["equipment"] else None)
        )
        if rule.object_requires == "equipment" and not patient & set(classes["equipment"]):
            return None
        if rule.object_requires == "person_subject" and not patient & set(classes["person"]):
            return None
        event_type = rule.object_types.get(kind or "", rule.type)
        if rule.weapon_type:
            weapons = ctx.rules.words("classes.weapon")
            near = {t.lower_ for t in anchor.subtree} | {t.lower_ for t in anchor.children}
            on_place = any(c.dep_ == "prep" and c.lower_ == "on" for c in anchor.children)
            on_asset = anchor.pos_ == "NOUN" and self._on_asset(ctx, anchor)
            if near & weapons or on_asset or (anchor.pos_ == "NOUN" and on_place):
                event_type = rule.weapon_type
        if (
            event_type == "strike"
            and anchor.pos_ == "VERB"
            and any(c.lower_ in ctx.rules.words("thrust_preps") for c in anchor.children)
        ):
            # "to strike towards the coast" is a ground thrust, not a hit on a target.
            event_type = "advance"
        if (
            anchor.dep_ == "xcomp"
            and anchor.head.lemma_ in ctx.rules.words("attempt_verbs")
            and event_type in ATTEMPTED
            and anchor.head.lemma_ != "fail"
        ):
            event_type = "clash"
        return event_type

    @staticmethod
    def _on_asset(ctx: _Context, anchor: Token) -> bool:
        """ "rail attacks", "refinery attacks": an attack named by the installation it hit
        is a remote strike; troops do not assault a rail line or a refinery."""
        kinds = ctx.rules.lexicon["target_kinds"]
        assets = {cue for kind, cues in kinds.items() if kind in STRIKE_ASSETS for cue in cues}
        return any(c.dep_ in ("compound", "amod") and c.lower_ in assets for c in anchor.children)

    def _background(self, ctx: _Context, anchor: Token, sentence: int, event_type: str) -> bool:
        """Not an event of the report: a past event named in a passing clause on a place
        ("Bakhmut, which Russia captured"), a state named by an adjective ("occupied
        territories", "liberated villages"), an action noun after a demonstrative
        ("these attacks"), which refers back to an event already told, a trigger word
        that only names a kind of thing ("a death sentence") or a state ("left intact")."""
        if anchor.dep_ == "amod" and event_type in ATTEMPTED | {"withdrawal"}:
            return True
        if anchor.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" and c.lower_ in ctx.rules.words("anaphoric_determiners")
            for c in anchor.children
        ):
            # "This counteroffensive ...", "These attacks ..." as a subject point back to an
            # event already told; the sentence says more about it, not a new one.
            return True
        if anchor.dep_ == "compound" and anchor.head.lemma_.lower() not in ctx.rules.words(
            "event_compound_heads"
        ):
            # "a death sentence", "strike drones": the trigger word names a kind of thing.
            return True
        if anchor.lemma_ in ctx.rules.words("resultative_verbs") and any(
            c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" for c in anchor.children
        ):
            # "the bridge was left intact" describes a state, not a departure.
            return True
        if anchor.dep_ not in ("relcl", "acl") or anchor.tag_ == "VBG":
            return False
        head = anchor.head
        if head.lemma_.lower() in ctx.rules.words("anaphors"):
            return True
        return any(
            head.i in p.tokens or p.root.head.i == head.i for p in ctx.places_in_sentence(sentence)
        )

    def _read(self, ctx: _Context, rule: Rule, anchor: Token) -> list[Mention]:
        sentence = ctx.sentence_of[anchor.i]
        sent = ctx.sentences[sentence]
        parts = roles(anchor, rule)
        event_type = self._type(ctx, rule, anchor, parts)
        if event_type is None or self._background(ctx, anchor, sentence, event_type):
            return []
        actor = self._side(ctx, parts.actor)
        patient = ctx.sides.of_tokens(parts.patient)
        if "side" in rule.requires and actor is None and patient is None:
            return []
        if ctx.status.aim(anchor):
            return []
        reading = ctx.status.read(anchor, sent)
        if reading.attribution and ctx.status.denied_later(
            anchor, sent, ctx.rules.words("hedge_demonstratives")
        ):
            reading.statuses.add("denied")
        placements = self._place(ctx, rule, anchor, parts, event_type, sentence)
        if any(p.how == "context" for p in placements) and (
            (actor is None and patient is None) or "hypothetical" in reading.statuses
        ):
            # A place borrowed from an earlier sentence needs a concrete event to hold it.
            return []
        if not placements:
            return []
        time, stated = self._time(ctx, anchor, sent, reading.statuses)
        evidence = self._evidence(ctx, sent)
        mentions = []
        for placement in placements:
            actor_cue, target = self._actor_target(
                ctx, event_type, anchor, parts, actor, patient, placement
            )
            if actor_cue is None and not parts.actor and event_type in DISCOURSE_TYPES:
                # After the target's country has had its say (strikes on either side's soil).
                governing = governing_subject(anchor)
                actor_cue = ctx.sides.of_phrase(governing) if governing is not None else None
            mentions.append(
                Mention(
                    type=event_type,
                    anchor=anchor.i,
                    sentence=sentence,
                    paragraph=ctx.paragraph_of[sentence],
                    evidence=evidence,
                    placement=placement,
                    actor=Actor(
                        side=actor_cue.side if actor_cue else None,
                        name=actor_cue.name if actor_cue else None,
                    ),
                    target=target,
                    time=time,
                    time_stated=stated,
                    statuses=set(reading.statuses) - {"reported"},
                    sources=reading.sources,
                    independent=any(a.independent for a in reading.attribution),
                )
            )
        return mentions

    @staticmethod
    def _side(ctx: _Context, tokens: list[Token]) -> SideCue | None:
        if not tokens:
            return None
        cue = ctx.sides.of_tokens(tokens)
        if cue is None and any(t.pos_ == "PRON" for t in tokens):
            return ctx.sides.antecedent(tokens[0])
        return cue

    def _place(
        self, ctx: _Context, rule: Rule, anchor: Token, parts: Roles, event_type: str, sentence: int
    ) -> list[Placement]:
        locator = self._locator(ctx.rules)
        excluded = (
            set() if self._deadly_event(ctx, event_type, parts) else {t.i for t in parts.actor}
        )
        for attribution in attributions(anchor, ctx.sentences[sentence], ctx.rules, ctx.sides):
            excluded |= {t.i for t in attribution.speaker.subtree}
        # "missiles give Kyiv the ability to strike X": X belongs to the capacity, which
        # is no event, not to the weapon that is the sentence's subject.
        for verb in ctx.sentences[sentence]:
            if (
                verb.pos_ == "VERB"
                and verb.i != anchor.i
                and not verb.is_ancestor(anchor)
                and ctx.status.aim(verb)
            ):
                excluded |= {t.i for t in verb.subtree}
        requires = (
            "object"
            if "place_object" in rule.requires
            else ("place" if "place" in rule.requires else None)
        )
        chosen = locator.choose(
            anchor,
            ctx.places_in_sentence(sentence),
            excluded,
            requires,
            event_type,
            {t.i for t in parts.patient},
        )
        ctx.eventful.update(p.place.root.i for p in chosen)
        if chosen or requires == "object" or self._from_back(ctx, anchor, event_type):
            return chosen
        earlier = [p for p in ctx.places if p.sentence < sentence]
        back = locator.look_back(
            anchor,
            ctx.sentences[sentence],
            sentence,
            earlier,
            ctx.paragraph_start[sentence],
            ctx.eventful,
        )
        if requires and not any(p.how == "anaphor" for p in back):
            return []
        return back

    @staticmethod
    def _deadly_event(ctx: _Context, event_type: str, parts: Roles) -> bool:
        """ "A drone attack on Odesa wounded four": a loss whose agent is itself an event
        happened where that event did, so the agent's place is the loss's place."""
        if event_type not in LOSSES or not parts.actor:
            return False
        head = min(parts.actor, key=lambda t: len(list(t.ancestors)))
        return head.pos_ == "NOUN" and any(
            rule.type in CAUSES or rule.weapon_type in CAUSES
            for rule in ctx.rules.index.get(head.lemma, [])
        )

    @staticmethod
    def _from_back(ctx: _Context, anchor: Token, event_type: str) -> bool:
        """ "From there they pushed on": the place told before is where an advance set
        out from, and an advance takes its destination (§5), so it looks no further."""
        anaphors = ctx.rules.words("anaphors")
        return event_type == "advance" and any(
            prep.lower_ == "from"
            and any(t.lower_ in anaphors for t in prep.subtree if t.i != prep.i)
            for prep in anchor.children
        )

    def _time(
        self, ctx: _Context, anchor: Token, sent: Span, statuses: set[str]
    ) -> tuple[timex.TimeSpan, bool]:
        published = timex.parse_published(ctx.document.published)
        verbs = ctx.rules.words("attribution_verbs")
        best: tuple[int, timex.TimeExpr, Token] | None = None
        for expr in ctx.times:
            if not (sent.start_char <= expr.start < sent.end_char):
                continue
            span = ctx.doc.char_span(expr.start, expr.end, alignment_mode="expand")
            while span is not None and len(span) > 1 and span[-1].is_punct:
                # "in February." : the full stop would make the sentence's root the head.
                span = span[:-1]
            if span is None:
                continue
            if not self._same_clause(anchor, span.root, verbs):
                continue
            d = distance(anchor, span.root)
            if best is None or d < best[0]:
                best = (d, expr, span.root)
        if best is None:
            if "hypothetical" in statuses:
                return timex.TimeSpan(precision="unknown"), False
            return timex.recent(published), False
        _, expr, root = best
        if expr.kind == "span":
            return timex.TimeSpan(text=expr.text, precision="unknown"), True
        if expr.kind == "since" and expr.span.date_start and published:
            return timex.TimeSpan(
                text=expr.text,
                date_start=expr.span.date_start,
                date_end=published.isoformat(),
                precision=expr.span.precision,
            ), True
        head = root.head
        if head.lemma_ in verbs and head.i != anchor.i and not anchor.is_ancestor(root):
            # "..., the ministry said Friday": the event happened by the day it was said.
            return timex.ending(expr.span), True
        return expr.span, True

    @staticmethod
    def _same_clause(anchor: Token, root: Token, verbs: frozenset[str]) -> bool:
        """A time belongs to the trigger unless it sits in another clause below their common
        head ("..., since its troops rolled in in February"); a speech verb's time counts."""
        descending = [
            t for t in [*path(anchor, root), root] if not t.is_ancestor(anchor) and t.i != anchor.i
        ]
        return not any(t.dep_ in CLAUSES and t.lemma_ not in verbs for t in descending)

    @staticmethod
    def _evidence(ctx: _Context, sent: Span) -> Evidence:
        text = ctx.text
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        return Evidence(sentence=text[start:end], start=start, end=end)

    def _actor_target(
        self,
        ctx: _Context,
        event_type: str,
        anchor: Token,
        parts: Roles,
        actor: SideCue | None,
        patient: SideCue | None,
        placement: Placement,
    ) -> tuple[SideCue | None, Target | None]:
        country = placement.place.mention.country
        if event_type in LOSSES:
            suffered = patient.side if patient else None
            if actor is None and suffered in OPPOSITE:
                actor = SideCue(OPPOSITE[suffered])
            if suffered is None and actor and actor.side in OPPOSITE:
                suffered = OPPOSITE[actor.side]
            return actor, Target(side=suffered, name=patient.name if patient else None)
        if event_type in ("strike", "sabotage", "cyber"):
            target_side = patient.side if patient else None
            if target_side is None and country == "RU":
                target_side = "RU"
            if target_side is None and country == "UA" and not self._contested(ctx, placement):
                # Remote strikes on the Ukrainian-held rear with no named actor are Russian.
                target_side = "UA"
            if actor is None and target_side in OPPOSITE:
                actor = SideCue(OPPOSITE[target_side])
            kind = (
                self._target_kind(ctx, anchor, parts, placement) if event_type != "cyber" else None
            )
            name = " ".join(t.text for t in parts.patient[:6]) or None
            return actor, Target(side=target_side, name=name, kind=kind)
        if event_type in ("clash", "encirclement"):
            if actor is None and patient and patient.side in OPPOSITE:
                actor = SideCue(OPPOSITE[patient.side])
            other = patient.side if patient else (OPPOSITE.get(actor.side or "") if actor else None)
            return actor, Target(side=other) if other else None
        return actor, None

    @staticmethod
    def _contested(ctx: _Context, placement: Placement) -> bool:
        """The place lies in a region held wholly or partly by Russia, or its region is
        unknown: there either side strikes."""
        admin1 = (placement.place.mention.admin1 or "").lower()
        return not admin1 or any(part in admin1 for part in ctx.rules.words("contested_admin1"))

    @staticmethod
    def _target_kind(
        ctx: _Context, anchor: Token, parts: Roles, placement: Placement
    ) -> TargetKind:
        """The kind of what was hit, read from the noun that the event's place belongs to
        ("a rail depot in Belgorod", "the Rostov rail terminal"), else from the object."""
        words: list[str] = []
        for head in [placement.place.root, *ancestors(placement.place.root)]:
            if head.i == anchor.i:
                break
            if head.pos_ == "NOUN" and head.i not in placement.place.tokens:
                words = [t.lower_ for t in phrase(head, conjuncts=False)]
                break
        if not words and parts.patient_head is not None:
            words = [t.lower_ for t in phrase(parts.patient_head, conjuncts=False)]
        words = words or [t.lower_ for t in anchor.subtree]
        text = " ".join(words)
        for kind, cues in ctx.rules.lexicon["target_kinds"].items():
            if any((" " in cue and cue in text) or cue in words for cue in cues):
                return cast(TargetKind, kind)
        return "other"

    def _reach_back(self, ctx: _Context, mentions: list[Mention]) -> None:
        """Hedges, denials and sources in a sentence without events qualify the sentences
        before it. A denial ("Kyiv denied the claim", "officials called the report false")
        reaches only events that the report attributes to someone: it answers a claim."""
        with_events = {m.sentence for m in mentions}
        verbs = ctx.rules.words("attribution_verbs")
        pointers = ctx.rules.words("hedge_demonstratives")
        for index, sent in enumerate(ctx.sentences):
            if index in with_events:
                continue
            hedged = ctx.status.sentence_hedged(sent)
            denying = ctx.status.denies_earlier(sent, pointers)
            confirming = [
                t
                for t in sent
                if t.lemma_ in verbs
                and any(c.lower_ in pointers for c in t.children if c.dep_ in ("dobj", "obj"))
            ]
            if not hedged and not confirming and not denying:
                continue
            earlier = [
                m
                for m in mentions
                if index - 3 <= m.sentence < index and m.paragraph == ctx.paragraph_of[index]
            ]
            for mention in earlier:
                if hedged:
                    mention.statuses.add("unverified")
                if denying and (mention.sources or "claimed" in mention.statuses):
                    mention.statuses.add("denied")
                for verb in confirming:
                    for attribution in attributions(verb, sent, ctx.rules, ctx.sides):
                        if attribution.source and attribution.source not in mention.sources:
                            mention.sources.append(attribution.source)
                    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    if speaker is not None:
                        said = describe(speaker, ctx.rules, ctx.sides)
                        if said.source and said.source not in mention.sources:
                            mention.sources.append(said.source)
                        mention.independent = mention.independent or said.independent

    def _attach_quantities(self, ctx: _Context, mentions: list[Mention]) -> None:
        classes = ctx.rules.lexicon["classes"]
        person, equipment = frozenset(classes["person"]), frozenset(classes["equipment"])
        dated = {
            t.i
            for e in ctx.times
            for t in (ctx.doc.char_span(e.start, e.end, alignment_mode="expand") or [])
        }
        by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        for index, members in by_sentence.items():
            found = amounts(ctx.sentences[index], person, equipment, dated)
            for amount in sorted(found, key=lambda a: not a.stated_km):
                fitting = []
                for mention in members:
                    anchor = ctx.doc[mention.anchor]
                    key = amount.measure
                    if key == "person":
                        key = PERSON_KEYS.get(mention.type, "")
                        if mention.type == "casualties" and anchor.lemma_.lower() in WOUNDING:
                            key = "wounded"
                    if mention.type in QUANTITY_TYPES.get(key, ()):
                        fitting.append((distance(anchor, amount.noun), key, mention))
                if not fitting:
                    continue
                closest = min(d for d, _, _ in fitting)
                for d, key, mention in fitting:
                    if d == closest and key not in mention.quantities:
                        mention.quantities[key] = amount.quantity()

    @staticmethod
    def _fill_sides(mentions: list[Mention]) -> None:
        """A loss without an agent takes the side of the strike or fight of its sentence;
        an offensive event without one, the side the report shows advancing; a withdrawal
        without one, the other side."""
        by_sentence: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sentence.setdefault(m.sentence, []).append(m)
        for m in mentions:
            # "Two civilians were killed when a missile hit X": the strike's side did it.
            if m.type in LOSSES and m.actor.side is None:
                cause = next(
                    (o for o in by_sentence[m.sentence] if o.type in CAUSES and o.actor.side),
                    None,
                )
                if cause is not None:
                    m.actor = cause.actor
                    if m.target is not None and m.target.side is None:
                        m.target = Target(side=OPPOSITE.get(cause.actor.side or ""))
        Extractor._follow_discourse(mentions)
        momentum = Counter(
            m.actor.side
            for m in mentions
            if m.type in OFFENSIVE and m.actor.side and "hypothetical" not in m.statuses
        )
        if not momentum:
            return
        side, _ = momentum.most_common(1)[0]
        for mention in mentions:
            if mention.actor.side is None and mention.type in OFFENSIVE:
                mention.actor = Actor(side=side, name=None)
            elif mention.actor.side is None and mention.type == "withdrawal" and side in OPPOSITE:
                mention.actor = Actor(side=OPPOSITE[side], name=None)

    @staticmethod
    def _follow_discourse(mentions: list[Mention]) -> None:
        """An acting event with no side takes the side of the nearest earlier event of its
        paragraph that has one ("Ukrainian forces pushed ... Counterattacks around X
        followed"): a report's paragraph tells one force's story. Never across a blank
        line, where the story may have turned to the other side."""
        last: dict[int, Actor] = {}
        for m in sorted(mentions, key=lambda m: m.anchor):
            if m.actor.side is None and m.type in DISCOURSE_TYPES and m.paragraph in last:
                m.actor = Actor(side=last[m.paragraph].side, name=None)
            if m.actor.side is not None:
                last[m.paragraph] = m.actor

    def _events(self, document: Document, groups: list[list[Mention]]) -> list[Event]:
        events = []
        for n, members in enumerate(groups, start=1):
            lead = merge.representative(members)
            actor = next((m.actor for m in members if m.type == lead.type and m.actor.side), None)
            if actor is None:
                crossed = next((m for m in members if m.type != lead.type and m.actor.side), None)
                actor = (
                    Actor(side=OPPOSITE.get(crossed.actor.side or "")) if crossed else lead.actor
                )
            stated = next((m for m in members if m.time_stated), lead)
            quantities: dict = {}
            sources: list[str] = []
            for m in members:
                for key, value in m.quantities.items():
                    quantities.setdefault(key, value)
                sources += [s for s in m.sources if s not in sources]
            status = merge.status(members)
            target = next((m.target for m in members if m.target is not None), None)
            events.append(
                Event(
                    id=f"{document.id}-{n}",
                    doc_id=document.id,
                    type=lead.type,
                    actor=actor,
                    target=target,
                    location=lead.placement.location(),
                    time=stated.time,
                    status=status,
                    sources=sources,
                    quantities=quantities,
                    evidence=lead.evidence,
                    confidence=confidence(
                        status,
                        lead.placement.how,
                        lead.placement.place.mention.score,
                        actor.side is not None,
                        stated.time_stated,
                        len(members),
                    ),
                )
            )
        return events
