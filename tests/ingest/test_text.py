"""Plain text and Markdown reports: front matter, first-line titles, text kept as written."""

from __future__ import annotations

from frontwatch.records import Document

BODY = (
    "Ukrainian units pushed Russian forces out of two villages east of Kupiansk on Tuesday, "
    "the General Staff said in its evening update.\n\n"
    "Fighting continued near Synkivka, where Russian assault groups tried twice to cross "
    "the Oskil river and were turned back, according to the 14th Brigade."
)


def test_first_line_headline_becomes_the_title(ingest):
    [document] = ingest("kupiansk.txt", "Fighting flares east of Kupiansk\n\n" + BODY)
    assert isinstance(document, Document)
    assert document.title == "Fighting flares east of Kupiansk"
    assert document.text == BODY
    assert document.id == Document.content_id(BODY)
    assert document.language == "en"
    assert document.origin.endswith("kupiansk.txt")


def test_a_first_sentence_is_not_a_title(ingest):
    [document] = ingest("report.txt", BODY)
    assert document.title is None
    assert document.text == BODY


def test_question_headline_needs_a_blank_line(ingest):
    [titled] = ingest("a.txt", "Can Ukraine hold Kupiansk through the winter?\n\n" + BODY)
    [untitled] = ingest("b.txt", "Who controls Synkivka today?\n" + BODY)
    assert titled.title == "Can Ukraine hold Kupiansk through the winter?"
    assert untitled.title is None
    assert untitled.text.startswith("Who controls Synkivka today?")


def test_front_matter_gives_the_metadata(ingest):
    report = (
        "---\n"
        "title: Oskil crossings repelled\n"
        "url: https://example.org/reports/oskil\n"
        "outlet: Eastern Front Monitor\n"
        "date: 2023-11-14\n"
        "language: en-GB\n"
        "tags: [kharkiv, oskil]\n"
        "---\n" + BODY + "\n"
    )
    [document] = ingest("oskil.md", report)
    assert document.title == "Oskil crossings repelled"
    assert document.url == "https://example.org/reports/oskil"
    assert document.outlet == "Eastern Front Monitor"
    assert document.published == "2023-11-14"
    assert document.language == "en"
    assert document.text == BODY


def test_front_matter_datetime_keeps_the_time(ingest):
    report = "---\npublished: 2023-11-14T21:05:00+02:00\n---\n" + BODY
    [document] = ingest("oskil.md", report)
    assert document.published == "2023-11-14T21:05:00+02:00"


def test_markdown_heading_becomes_the_title(ingest):
    [document] = ingest("update.md", "# Evening update: Kharkiv region\n\n" + BODY)
    assert document.title == "Evening update: Kharkiv region"
    assert document.text == BODY


def test_same_text_gives_the_same_id(ingest):
    [first] = ingest("one.txt", BODY)
    [second] = ingest("two.txt", BODY + "\n\n")
    assert first.id == second.id


def test_malformed_front_matter_is_a_problem(ingest):
    [problem] = ingest("broken.md", "---\ntitle: [unclosed\n---\n" + BODY)
    assert problem.path.endswith("broken.md")
    assert problem.message.startswith("malformed front matter")
    assert "\n" not in problem.message


def test_front_matter_that_is_not_fields_is_a_problem(ingest):
    [problem] = ingest("list.md", "---\n- one\n- two\n---\n" + BODY)
    assert "not a block of `key: value` fields" in problem.message


def test_bad_front_matter_date_is_a_problem(ingest):
    [problem] = ingest("late.md", "---\npublished: sometime in autumn\n---\n" + BODY)
    assert "is not a date" in problem.message


def test_an_impossible_front_matter_date_is_a_problem(ingest):
    [problem] = ingest("leap.md", "---\npublished: 2023-02-29\n---\n" + BODY)
    assert problem.message == "malformed front matter: day is out of range for month"
