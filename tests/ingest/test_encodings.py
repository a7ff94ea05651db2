"""Reports in legacy and Windows encodings decode correctly before any format is read."""

from __future__ import annotations

import pytest

UKRAINIAN = (
    "Сили оборони відтіснили противника від Куп'янська\n\n"
    "Українські підрозділи звільнили два села на схід від Куп'янська, повідомив Генеральний "
    "штаб у вечірньому зведенні. Біля Синьківки російські штурмові групи двічі намагалися "
    "переправитися через Оскіл, але були змушені відступити. Інформацію про втрати "
    "противника уточнюють."
)
RUSSIAN = (
    "Под Купянском продолжаются тяжёлые бои. По словам военных, российские подразделения "
    "пытались переправиться через Оскол, однако понесли потери и отошли на прежние позиции. "
    "Независимо проверить эти сведения пока не удалось."
)


def test_cp1251_ukrainian_text(ingest):
    [document] = ingest("zvedennia.txt", UKRAINIAN, encoding="cp1251")
    assert document.title == "Сили оборони відтіснили противника від Куп'янська"
    assert "Синьківки" in document.text
    assert document.language == "uk"


def test_koi8_russian_text(ingest):
    [document] = ingest("svodka.txt", RUSSIAN, encoding="koi8-r")
    assert document.text == RUSSIAN
    assert document.language == "ru"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_byte_order_mark(ingest, encoding):
    [document] = ingest("zvedennia.txt", UKRAINIAN, encoding=encoding)
    assert document.text.startswith("Українські підрозділи звільнили")
    assert document.language == "uk"


def test_utf16_english_text(ingest):
    text = "Russian forces shelled Kherson overnight and struck a power substation, officials said."
    [document] = ingest("kherson.txt", text, encoding="utf-16-le")
    assert document.text == text


def test_windows_line_ends_and_byte_order_mark(ingest):
    text = "Heavy fighting near Vuhledar\r\n\r\nRussian armour was stopped at the approaches."
    [document] = ingest("vuhledar.txt", text.encode("utf-8-sig"))
    assert document.title == "Heavy fighting near Vuhledar"
    assert document.text == "Russian armour was stopped at the approaches."


def test_utf8_with_a_stray_windows_byte_keeps_its_cyrillic(ingest):
    data = UKRAINIAN.encode("utf-8") + b" \x93"
    [document] = ingest("zvedennia.txt", data)
    assert "Синьківки" in document.text
    assert document.text.endswith("\ufffd")


def test_utf8_cut_off_in_the_middle_of_a_letter(ingest):
    [document] = ingest("svodka.txt", RUSSIAN.encode("utf-8")[:-2])
    assert document.text.startswith("Под Купянском продолжаются")
