"""Language detection for documents that do not state their language.

The detector is built on first use (never at import) and kept, and it knows only
the languages that war reporting in this region comes in: fewer candidates make it
faster and keep Ukrainian and Russian from being confused with distant languages.
Low-accuracy mode (trigrams only) loads in milliseconds instead of seconds and is
reliable on report-length text; texts too short to judge stay ``None``.
"""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES: tuple[Language, ...] = (
    Language.ENGLISH,
    Language.UKRAINIAN,
    Language.RUSSIAN,
    Language.BELARUSIAN,
    Language.POLISH,
    Language.GERMAN,
    Language.FRENCH,
    Language.SPANISH,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.TURKISH,
)
#: Fewer words than this and a guess is worse than no answer.
MIN_WORDS = 5
#: The opening of a report says its language; reading further only costs time.
SAMPLE_CHARS = 400


@cache
def _detector() -> LanguageDetector:
    return (
        LanguageDetectorBuilder.from_languages(*LANGUAGES)
        .with_low_accuracy_mode()
        .with_minimum_relative_distance(0.1)
        .build()
    )


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or ``None`` when unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.split()) < MIN_WORDS:
        return None
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language is not None else None
