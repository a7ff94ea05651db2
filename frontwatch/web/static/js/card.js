/* The event card: what an event is, who says so, and the sentence it was read from,
   highlighted in its document. Report text is untrusted: everything here is built with
   textContent and createElement, and only http(s) links are made clickable. */
(function (FW) {
  "use strict";

  function el(name, className, text) {
    const element = document.createElement(name);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  function safeUrl(value) {
    if (typeof value !== "string") return null;
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  function dates(time) {
    if (!time || !time.date_start) return time && time.text ? time.text + " (undated)" : "unknown";
    const range = time.date_end && time.date_end !== time.date_start ? time.date_start + " – " + time.date_end : time.date_start;
    return range + " (" + time.precision + (time.text ? ", “" + time.text + "”" : "") + ")";
  }

  function party(who) {
    if (!who) return null;
    const parts = [who.name, who.side ? "(" + who.side + ")" : null, who.kind ? "— " + who.kind.replace("_", " ") : null];
    const text = parts.filter(Boolean).join(" ");
    return text || null;
  }

  function place(location) {
    if (!location) return null;
    const name = location.canonical && location.canonical !== location.name ? location.name + " → " + location.canonical : location.name || location.canonical;
    const where = [location.admin1, location.country].filter(Boolean).join(", ");
    return [name, where ? "(" + where + ")" : null, location.precision ? "· " + location.precision : null].filter(Boolean).join(" ");
  }

  function quantities(values) {
    const entries = Object.entries(values || {});
    if (!entries.length) return null;
    const marks = { exact: "", approx: "≈", at_least: "≥", at_most: "≤" };
    return entries.map(([key, q]) => key.replace("_", " ") + " " + (marks[q.qualifier] || "") + q.value).join(", ");
  }

  /* The document's text with the evidence marked; falls back to the sentence alone when
     the offsets do not fit the text. */
  function evidence(event, doc) {
    const box = el("div", "fw-doc");
    const { sentence, start, end } = event.evidence;
    const text = doc && typeof doc.text === "string" ? doc.text : "";
    let from = start;
    let to = end;
    if (text.slice(from, to) !== sentence) {
      from = text.indexOf(sentence);
      to = from + sentence.length;
    }
    if (from < 0 || !text) {
      box.appendChild(el("mark", "fw-evidence", sentence));
      return box;
    }
    box.appendChild(document.createTextNode(text.slice(0, from)));
    box.appendChild(el("mark", "fw-evidence", text.slice(from, to)));
    box.appendChild(document.createTextNode(text.slice(to)));
    return box;
  }

  function create(container, source, { onClose }) {
    let token = 0;

    function close() {
      token++;
      container.hidden = true;
      container.replaceChildren();
    }

    /* summary: the event's id, doc_id, type and status (FW.table's summary). */
    async function open(summary) {
      const mine = ++token;
      const p = summary;
      container.hidden = false;
      container.replaceChildren(el("p", "fw-loading", "Loading…"));
      const [event, doc] = await Promise.all([source.event(p.id, p.doc_id), source.document(p.doc_id)]);
      if (mine !== token) return;
      container.replaceChildren();
      const head = el("div", "fw-card-head");
      const title = el("h2", "fw-card-title");
      title.appendChild(FW.style.swatch(p.type, p.status));
      title.appendChild(document.createTextNode(FW.style.type(p.type).label));
      head.appendChild(title);
      const shut = el("button", "fw-close", "×");
      shut.type = "button";
      shut.setAttribute("aria-label", "Close");
      shut.addEventListener("click", () => {
        close();
        onClose();
      });
      head.appendChild(shut);
      container.appendChild(head);
      if (!event) {
        container.appendChild(el("p", null, "This event is no longer in the store."));
        return;
      }
      const facts = el("dl", "fw-facts");
      const rows = [
        ["Status", FW.style.status(event.status).label],
        ["Actor", party(event.actor)],
        ["Target", party(event.target)],
        ["Date", dates(event.time)],
        ["Place", place(event.location)],
        ["Sources", event.sources && event.sources.length ? event.sources.join("; ") : "the report itself"],
        ["Numbers", quantities(event.quantities)],
        ["Confidence", typeof event.confidence === "number" ? Math.round(event.confidence * 100) + "%" : null],
      ];
      for (const [label, value] of rows) {
        if (value === null || value === undefined) continue;
        facts.appendChild(el("dt", null, label));
        facts.appendChild(el("dd", "fw-fact-" + label.toLowerCase(), value));
      }
      container.appendChild(facts);
      const about = el("p", "fw-doc-meta");
      const heading = doc ? doc.title || doc.outlet || doc.id : event.doc_id;
      const href = doc && safeUrl(doc.url);
      if (href) {
        const link = el("a", "fw-doc-link", heading);
        link.href = href;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        about.appendChild(link);
      } else {
        about.appendChild(el("strong", null, heading));
      }
      const meta = doc ? [doc.outlet, doc.published].filter(Boolean).join(", ") : "";
      if (meta) about.appendChild(document.createTextNode(" — " + meta));
      container.appendChild(about);
      const text = evidence(event, doc);
      container.appendChild(text);
      const mark = text.querySelector("mark");
      if (mark) text.scrollTop = Math.max(0, mark.offsetTop - text.offsetTop - 40);
    }

    return { open, close };
  }

  FW.card = { create, safeUrl };
})((window.FW = window.FW || {}));
