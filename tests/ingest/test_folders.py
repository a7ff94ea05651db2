"""Folders: recursive, in name order, with manifests; the bundled sample reports."""

from __future__ import annotations

import json
import os

from frontwatch.ingest import Metadata, read

REPORT = (
    "Ukrainian engineers rebuilt a pontoon crossing over the Siverskyi Donets near Bilohorivka "
    "after it was hit by artillery, the regional administration said."
)
OTHER = (
    "Russian forces launched a morning assault towards Terny and were pushed back with losses, "
    "a spokesman for the eastern grouping told reporters."
)


def manifest(*rows: dict) -> str:
    return "\n".join(json.dumps(row) for row in rows) + "\n"


def test_files_in_name_order_recursively_skipping_hidden_and_foreign(tmp_path, write):
    write("b.txt", OTHER)
    write("a.txt", REPORT)
    write("sub/c.md", "---\ntitle: Terny\n---\n" + OTHER + " Second telling.")
    write(".hidden.txt", REPORT + " hidden")
    write(".cache/d.txt", REPORT + " cached")
    write("photos/photo_1.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    documents = list(read([tmp_path]))
    assert [d.origin.removeprefix(str(tmp_path)) for d in documents] == [
        "/a.txt",
        "/b.txt",
        "/sub/c.md",
    ]


def test_manifest_rows_fill_metadata_and_the_manifest_is_no_document(tmp_path, write):
    write("a.txt", REPORT)
    write("b.txt", OTHER)
    write("sub/c.txt", REPORT + " Repeated.")
    write(
        "manifest.jsonl",
        manifest(
            {"file": "a.txt", "published": "2024-06-03", "outlet": "Luhansk Monitor", "x": 1},
            {"file": "sub/c.txt", "published": "2024-06-05", "language": "en"},
        ),
    )
    write("sub/manifest.jsonl", manifest({"file": "c.txt", "published": "2024-06-04"}))
    a, b, c = read([tmp_path])
    assert (a.published, a.outlet) == ("2024-06-03", "Luhansk Monitor")
    assert (b.published, b.outlet) == (None, None)
    assert c.published == "2024-06-04"


def test_precedence_own_then_manifest_then_flags(tmp_path, write):
    write("own.md", "---\npublished: 2024-06-01\n---\n" + REPORT)
    write("listed.txt", OTHER)
    write("bare.txt", REPORT + " Unlisted.")
    write(
        "manifest.jsonl",
        manifest(
            {"file": "own.md", "published": "2024-06-10"},
            {"file": "listed.txt", "published": "2024-06-11"},
        ),
    )
    flags = Metadata(published="2024-06-20", outlet="Analyst notes", language="en")
    bare, listed, own = read([tmp_path], flags)
    assert own.published == "2024-06-01"
    assert listed.published == "2024-06-11"
    assert bare.published == "2024-06-20"
    assert {own.outlet, listed.outlet, bare.outlet} == {"Analyst notes"}


def test_a_manifest_beside_a_single_file_applies(tmp_path, write):
    path = write("a.txt", REPORT)
    write("manifest.jsonl", manifest({"file": "a.txt", "published": "2024-06-03"}))
    [document] = read([path])
    assert document.published == "2024-06-03"


def test_bad_manifest_lines_are_problems(tmp_path, write, split):
    write("a.txt", REPORT)
    write("b.txt", OTHER)
    write(
        "manifest.jsonl",
        manifest({"file": "a.txt", "published": "June"}, {"published": "2024-06-03"})
        + "{broken\n"
        + manifest({"file": "b.txt", "published": "2024-06-04"}),
    )
    documents, problems = split(list(read([tmp_path])))
    assert [d.published for d in documents] == [None, "2024-06-04"]
    assert [p.message.split(":")[0] for p in problems] == ["line 1", "line 2", "line 3"]
    assert all(p.path.endswith("manifest.jsonl") for p in problems)


def test_an_unreadable_folder_is_a_problem_and_the_rest_proceed(tmp_path, write, monkeypatch):
    write("open/a.txt", REPORT)
    locked = tmp_path / "locked"
    write("locked/b.txt", OTHER)
    scandir = os.scandir

    def refuse_locked(path):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse_locked)
    problem, document = read([tmp_path])
    assert problem.path == str(locked)
    assert problem.message == "cannot read folder: permission denied"
    assert document.text == REPORT


def test_the_sample_reports_with_their_manifest_dates(samples_dir, sample_manifest, split):
    documents, problems = split(list(read([samples_dir])))
    assert problems == []
    assert len(documents) == len(sample_manifest) == 5
    for document in documents:
        row = sample_manifest[document.origin.rsplit("/", 1)[-1]]
        assert document.published == row["published"]
        assert document.language == "en"
        assert len(document.text) > 2_000
    assert len({d.id for d in documents}) == 5
