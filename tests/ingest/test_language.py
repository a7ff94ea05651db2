"""Language detection for documents that do not say their language."""

from __future__ import annotations

import pytest

from frontwatch.ingest import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian troops withdrew from the west bank of the Dnipro, officials said.", "en"),
        ("Російські війська відійшли з правого берега Дніпра, повідомили посадовці.", "uk"),
        ("Российские войска отошли с правого берега Днепра, сообщили чиновники.", "ru"),
        ("Russische Truppen zogen sich vom rechten Ufer des Dnipro zurück, hieß es.", "de"),
        ("Wojska rosyjskie wycofały się z prawego brzegu Dniepru, podali urzędnicy.", "pl"),
    ],
)
def test_report_sentences(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["Kupiansk", "Balakliia retaken", "Izium, 10 Sep 2022"])
def test_short_texts_stay_unknown(text):
    assert detect_language(text) is None


def test_a_given_language_is_kept(ingest):
    text = "Russian troops withdrew from the west bank of the Dnipro, officials said."
    [document] = ingest("a.md", "---\nlanguage: uk\n---\n" + text)
    assert document.language == "uk"
