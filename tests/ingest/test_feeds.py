"""RSS and Atom feed files: each entry a document with the feed's name as its outlet."""

from __future__ import annotations

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Black Sea Observer</title>
<link>https://blacksea.example</link>
<language>en-us</language>
<item>
  <title>Sea drones strike tanker off Novorossiysk</title>
  <link>https://blacksea.example/2024/08/novorossiysk</link>
  <guid>bso-1182</guid>
  <pubDate>Sat, 03 Aug 2024 22:10:00 +0300</pubDate>
  <description>&lt;p&gt;Unmanned surface vessels hit a Russian tanker near the port of
  Novorossiysk late on Saturday, a source in Ukraine's security service said.&lt;/p&gt;
  &lt;p&gt;Russia's defence ministry said all boats were destroyed before reaching the
  harbour.&lt;/p&gt;</description>
</item>
<item>
  <title>Odesa port reopens after overnight attack</title>
  <link>https://blacksea.example/2024/08/odesa-port</link>
  <pubDate>Sun, 04 Aug 2024 09:00:00 +0300</pubDate>
  <description>Port authorities in Odesa resumed loading grain on Sunday after drone debris
  started a small fire at a terminal overnight, local officials reported.</description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Donbas Daily</title>
  <id>urn:uuid:4c1f0c2e-donbas-daily</id>
  <updated>2023-05-14T07:00:00Z</updated>
  <entry>
    <title>Flanks of Bakhmut shift again</title>
    <link href="https://donbas.example/2023/05/bakhmut-flanks"/>
    <id>urn:uuid:7d2a-bakhmut-flanks</id>
    <published>2023-05-13T18:30:00+03:00</published>
    <updated>2023-05-13T19:00:00+03:00</updated>
    <summary>Short version</summary>
    <content type="html">&lt;p&gt;Ukrainian brigades gained ground north and south of
    Bakhmut over the last two days, officers in the area said.&lt;/p&gt;&lt;ul&gt;
    &lt;li&gt;Wagner units reportedly pulled back from several positions near
    Klishchiivka.&lt;/li&gt;&lt;/ul&gt;</content>
  </entry>
</feed>"""


def test_rss_items_become_documents(ingest):
    first, second = ingest("blacksea.rss", RSS)
    assert first.title == "Sea drones strike tanker off Novorossiysk"
    assert first.url == "https://blacksea.example/2024/08/novorossiysk"
    assert first.outlet == "Black Sea Observer"
    assert first.published == "2024-08-03T22:10:00+03:00"
    assert first.language == "en"
    assert first.text.startswith("Unmanned surface vessels hit a Russian tanker")
    assert "<p>" not in first.text
    assert "\n" in first.text  # paragraphs stay apart
    assert first.origin.endswith("blacksea.rss#entry=1")
    assert second.text.startswith("Port authorities in Odesa resumed loading grain")
    assert second.origin.endswith("#entry=2")


def test_atom_content_is_preferred_to_the_summary(ingest):
    [entry] = ingest("donbas.atom", ATOM)
    assert entry.title == "Flanks of Bakhmut shift again"
    assert entry.url == "https://donbas.example/2023/05/bakhmut-flanks"
    assert entry.outlet == "Donbas Daily"
    assert entry.published == "2023-05-13T18:30:00+03:00"
    assert entry.text.startswith("Ukrainian brigades gained ground north and south of Bakhmut")
    assert "Klishchiivka" in entry.text
    assert "Short version" not in entry.text


def test_a_declared_legacy_encoding_is_honoured(ingest):
    feed = """<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Фронтові новини</title>
<item><title>Бої біля Лимана</title><link>https://front.example/lyman</link>
<pubDate>Mon, 02 Oct 2023 12:00:00 +0300</pubDate>
<description>Українські військові повідомили про відбиті атаки біля Лимана та Торського.
Противник втратив кілька одиниць техніки, зазначили у штабі.</description>
</item></channel></rss>"""
    [entry] = ingest("front.xml", feed, encoding="cp1251")
    assert entry.outlet == "Фронтові новини"
    assert entry.title == "Бої біля Лимана"
    assert entry.language == "uk"


def test_a_truncated_feed_without_entries_is_a_problem(ingest):
    [problem] = ingest("cut.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Bla')
    assert problem.path.endswith("cut.xml")
    assert problem.message.startswith("malformed XML")


def test_a_feed_that_breaks_off_keeps_the_entries_before_the_break(ingest, split):
    documents, problems = split(ingest("cut.rss", RSS[: RSS.index("<title>Odesa")]))
    assert [d.title for d in documents] == ["Sea drones strike tanker off Novorossiysk"]
    assert problems[-1].message.startswith("malformed XML after entry")


def test_an_xml_file_that_is_not_a_feed_is_a_problem(ingest):
    [problem] = ingest("settings.xml", '<?xml version="1.0"?><settings><a>1</a></settings>')
    assert problem.message == "not an RSS or Atom feed"


def test_a_feed_without_entries_is_a_problem(ingest):
    [problem] = ingest(
        "quiet.rss", '<rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    )
    assert problem.message == "the feed has no entries"


def test_a_malformed_feed_language_or_date_is_dropped(ingest):
    feed = RSS.replace("<language>en-us</language>", "<language>English (US)</language>")
    feed = feed.replace("Sat, 03 Aug 2024 22:10:00 +0300", "the third of August")
    first, _ = ingest("blacksea.rss", feed)
    assert first.published is None
    assert first.language == "en"
