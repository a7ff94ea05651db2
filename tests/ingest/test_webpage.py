"""HTML pages: the article text and its metadata, without the page's furniture."""

from __future__ import annotations

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Drones hit fuel depot near Rostov | Steppe Wire</title>
<meta property="og:title" content="Drones hit fuel depot near Rostov">
<meta property="og:site_name" content="Steppe Wire">
<meta property="og:url" content="https://steppewire.example/2025/07/rostov-depot">
<meta property="article:published_time" content="2025-07-21T06:40:00+03:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/war">War</a> | <a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Drones hit fuel depot near Rostov</h1>
<p>A swarm of long-range drones set a fuel depot on the outskirts of Rostov-on-Don alight
early on Monday, the regional governor wrote on Telegram, adding that nobody was hurt.</p>
<p>Ukraine's General Staff later said the depot supplied Russian units fighting in the south.
The claim could not be independently verified. A similar attack on 3 June 2025 had
closed the nearby rail junction for two days.</p>
</article>
<footer>All rights reserved. Cookie settings.</footer>
</body></html>"""


def test_article_text_and_metadata(ingest):
    [document] = ingest("rostov.html", PAGE)
    assert document.title == "Drones hit fuel depot near Rostov"
    assert document.outlet == "Steppe Wire"
    assert document.url == "https://steppewire.example/2025/07/rostov-depot"
    assert document.published == "2025-07-21"
    assert document.language == "en"
    assert document.text.startswith("A swarm of long-range drones")
    assert "could not be independently verified" in document.text
    assert "Subscribe" not in document.text
    assert "Cookie" not in document.text


def test_a_date_in_the_story_is_not_the_publication_date(ingest):
    page = PAGE.replace(
        '<meta property="article:published_time" content="2025-07-21T06:40:00+03:00">', ""
    )
    [document] = ingest("rostov.htm", page)
    assert document.published is None


def test_unclosed_tags_still_give_the_text(ingest):
    page = (
        "<html><body><div><p>Russian troops withdrew from positions south of Kreminna "
        "on Sunday, Ukrainian officials said.<p>Shelling of Siversk continued"
    )
    [document] = ingest("kreminna.html", page)
    assert "withdrew from positions south of Kreminna" in document.text
    assert "Shelling of Siversk continued" in document.text


def test_a_page_without_text_is_a_problem(ingest):
    [problem] = ingest("empty.html", "<html><head><title></title></head><body><div></div></body>")
    assert problem.path.endswith("empty.html")
    assert "no text could be extracted" in problem.message
