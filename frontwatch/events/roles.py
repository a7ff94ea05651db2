"""Who did it and to whom: the actor and the patient of a trigger, from the parse.

Active verbs take their subject as actor and their object as patient; passives swap
them and take the actor from the ``by`` phrase; action nouns ("Ukrainian drone
strikes", "Russia's attacks on Odesa") take the actor from their own modifiers and
the patient from ``on``/``of``/``against``. Rules mark verbs whose subject suffers the
event ("surrender", "die") or is the place ("Izyum fell to ...").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from frontwatch.events.registry import Rule
from frontwatch.events.syntax import agent, ancestors, is_passive, objects, phrase, subject

#: Types whose verbs take no patient: a noun they hang on is the one acting.
ACTING_TYPES = frozenset({"withdrawal", "advance", "clash"})
NOUN_ACTOR_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
NOUN_PATIENT_PREPS = frozenset({"of", "on", "against", "at", "in", "upon", "to"})
#: Verbs that make an action noun their object: the verb's subject is the actor.
SUPPORT_VERBS = frozenset(
    {"launch", "carry", "conduct", "mount", "stage", "make", "begin", "start", "continue", "lead"}
)

#: Clauses whose governing verb is a speaker's: its subject says, it does not act.
REPORTED_CLAUSES = frozenset({"ccomp", "parataxis"})


@dataclass
class Roles:
    actor: list[Token] = field(default_factory=list)
    patient: list[Token] = field(default_factory=list)
    #: The patient's head word, for classing it (person, equipment, target kind).
    patient_head: Token | None = None


def _verb_roles(anchor: Token, rule: Rule) -> Roles:
    subj = subject(anchor)
    objs = objects(anchor)
    if anchor.dep_ in ("acl", "amod") and rule.type in ACTING_TYPES:
        # "the brigade, counterattacking near ...": the noun the verb hangs on acts.
        return Roles(actor=phrase(anchor.head))
    if anchor.dep_ in ("acl", "amod") and anchor.tag_ == "VBN":
        # "a thousand soldiers killed": the noun the participle hangs on suffers it.
        roles = Roles(patient=phrase(anchor.head), patient_head=anchor.head)
        by = agent(anchor)
        roles.actor = phrase(by) if by is not None else []
        return roles
    if is_passive(anchor):
        by = agent(anchor)
        roles = Roles(
            actor=phrase(by) if by is not None else [],
            patient=phrase(subj) if subj is not None else [],
            patient_head=subj,
        )
    else:
        roles = Roles(actor=phrase(subj) if subj is not None else [])
        if objs:
            roles.patient, roles.patient_head = phrase(objs[0]), objs[0]
    if rule.subject == "target":
        roles.patient, roles.patient_head = roles.actor, subj
        by = agent(anchor)
        roles.actor = phrase(by) if by is not None else []
    elif rule.subject == "place":
        roles.patient, roles.patient_head = phrase(subj) if subj is not None else [], subj
        to = [o for o in objs if o.head.lower_ == "to"]
        roles.actor = phrase(to[0]) if to else []
    return roles


def _noun_roles(anchor: Token, rule: Rule) -> Roles:
    modifiers = [t for c in anchor.children if c.dep_ in NOUN_ACTOR_DEPS for t in phrase(c)]
    patient: list[Token] = []
    head: Token | None = None
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ in NOUN_PATIENT_PREPS:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                patient, head = phrase(pobj), pobj
                break
    by = agent(anchor)
    actor = phrase(by) if by is not None else modifiers
    if anchor.dep_ in ("dobj", "obj") and anchor.head.lemma_ in SUPPORT_VERBS:
        # "launched a cyber attack": the modifiers may name no side, the launcher does.
        subj = subject(anchor.head)
        actor = actor + (phrase(subj) if subj is not None else [])
    if rule.subject == "target":
        return Roles(actor=phrase(by) if by is not None else [], patient=modifiers + patient)
    return Roles(actor=actor, patient=patient, patient_head=head)


def governing_subject(anchor: Token) -> Token | None:
    """The subject of the nearest clause above a nominal trigger: "Ukrainian forces drove
    the Russians out of X, resulting in the targeting of Y" — the forces target Y. An
    agentless action noun is done by whoever the clause that holds it is about."""
    if anchor.pos_ in ("VERB", "AUX"):
        return None
    below = anchor
    for head in ancestors(anchor):
        if below.dep_ in REPORTED_CLAUSES:
            # "Officials said the attack on X ...": the speaker did not attack.
            return None
        if head.pos_ in ("VERB", "AUX"):
            found = subject(head)
            if found is not None and found.i != anchor.i:
                return found
        below = head
    return None


def roles(anchor: Token, rule: Rule) -> Roles:
    if anchor.pos_ in ("VERB", "AUX"):
        return _verb_roles(anchor, rule)
    return _noun_roles(anchor, rule)
