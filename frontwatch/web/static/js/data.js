/* Where the page's data comes from: the web API, or the JSON blocks of an offline report.
   Both give the same shapes, so the rest of the page does not know which it runs on. */
(function (FW) {
  "use strict";

  function block(id) {
    const element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  async function getJSON(url) {
    /* No extra headers: the page's preloaded responses are reused only for plain requests. */
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ": HTTP " + response.status);
    return response.json();
  }

  function fromReport(data) {
    const events = new Map(data.events.map((event) => [event.id, event]));
    const documents = new Map(data.documents.map((doc) => [doc.id, doc]));
    return {
      table: async () => FW.table.fromColumns(data.columns),
      basemap: async () => block("fw-basemap"),
      event: async (id) => events.get(id) || null,
      document: async (id) => documents.get(id) || null,
    };
  }

  function fromApi() {
    return {
      table: async () => FW.table.fromColumns(await getJSON("api/events.columns")),
      basemap: () => getJSON("static/basemap/basemap.geojson"),
      event: async (id, docId) => {
        const events = await getJSON("api/events?doc_id=" + encodeURIComponent(docId));
        return events.find((event) => event.id === id) || null;
      },
      document: async (id) => {
        const response = await fetch("api/documents/" + encodeURIComponent(id));
        return response.ok ? response.json() : null;
      },
    };
  }

  function open() {
    const data = block("fw-data");
    return data ? fromReport(data) : fromApi();
  }

  FW.data = { open };
})((window.FW = window.FW || {}));
