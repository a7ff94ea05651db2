"""KML for Google Earth and GIS tools: one styled Placemark per event.

Written with the standard library's ``xml.etree``: a flat list of styled
Placemarks needs no KML library (fastkml's object model and pygeoif geometries
would add two dependencies for a dozen element types), and ElementTree escapes
every text and attribute.
Characters that XML 1.0 forbids outright (control characters that turn up in
scraped text) cannot be escaped, so they are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from typing import TextIO

from frontwatch.export.table import row
from frontwatch.records import EVENT_TYPES, Document, Event

NAMESPACE = "http://www.opengis.net/kml/2.2"

#: One colour per event type (RGB); KML wants alpha-blue-green-red.
COLOURS = {
    "capture": "d62728",
    "withdrawal": "ff7f0e",
    "encirclement": "9467bd",
    "advance": "2ca02c",
    "clash": "8c564b",
    "strike": "e377c2",
    "casualties": "7f7f7f",
    "prisoners": "bcbd22",
    "equipment_loss": "17becf",
    "cyber": "1f77b4",
    "sabotage": "393b79",
    "negotiation": "637939",
}
#: Hypothetical and denied events are drawn half transparent, apart from the others.
DOUBTFUL = frozenset({"hypothetical", "denied"})

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: object) -> str:
    return _NOT_XML.sub("", str(text))


def _kml_colour(rgb: str, alpha: str) -> str:
    return f"{alpha}{rgb[4:6]}{rgb[2:4]}{rgb[0:2]}"


def _sub(parent: ET.Element, tag: str, text: object | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text is not None:
        element.text = clean(text)
    return element


def _styles(document: ET.Element) -> None:
    for event_type in EVENT_TYPES:
        for suffix, alpha in (("", "ff"), ("-doubtful", "80")):
            style = ET.SubElement(document, "Style", id=f"{event_type}{suffix}")
            icon = _sub(style, "IconStyle")
            _sub(icon, "color", _kml_colour(COLOURS[event_type], alpha))


def _description(event: Event, source: object) -> str:
    lines = [event.evidence.sentence, f"Status: {event.status}"]
    if source:
        lines.append(f"Sources: {source}")
    return "\n".join(lines)


def placemark(parent: ET.Element, event: Event, document: Document | None) -> None:
    flat = row(event, document)
    mark = _sub(parent, "Placemark")
    place = flat["location"] or "unknown place"
    _sub(mark, "name", f"{event.type}: {place}")
    _sub(mark, "description", _description(event, flat["source"]))
    if event.time.date_start:
        span = _sub(mark, "TimeSpan")
        _sub(span, "begin", event.time.date_start)
        _sub(span, "end", event.time.date_end or event.time.date_start)
    suffix = "-doubtful" if event.status in DOUBTFUL else ""
    _sub(mark, "styleUrl", f"#{event.type}{suffix}")
    data = _sub(mark, "ExtendedData")
    for name, value in flat.items():
        if value is not None:
            field = ET.SubElement(data, "Data", name=name)
            _sub(field, "value", value)
    if flat["latitude"] is not None and flat["longitude"] is not None:
        point = _sub(mark, "Point")
        _sub(point, "coordinates", f"{flat['longitude']},{flat['latitude']}")


def write(events: Iterable[Event], out: TextIO, documents: Mapping[str, Document]) -> int:
    root = ET.Element("kml", xmlns=NAMESPACE)
    folder = _sub(root, "Document")
    _sub(folder, "name", "frontwatch events")
    _styles(folder)
    written = 0
    for event in events:
        placemark(folder, event, documents.get(event.doc_id))
        written += 1
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    ET.ElementTree(root).write(out, encoding="unicode")
    out.write("\n")
    return written
