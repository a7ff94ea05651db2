/* The events as typed columns, the page's one copy of its data. Filters, the map index
   and the histogram loop over these arrays by row number: for tens of thousands of
   events that is many times faster, and lighter, than an object per event. */
(function (FW) {
  "use strict";

  /* The start or end day of an undated event. */
  const NO_DAY = -2147483648;
  const DAY_MS = 86400000;

  function toDay(iso) {
    const ms = Date.parse(String(iso).slice(0, 10) + "T00:00:00Z");
    return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : NO_DAY;
  }

  function toIso(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function typed(Kind, values, missing) {
    const array = new Kind(values.length);
    for (let i = 0; i < values.length; i++) array[i] = values[i] === null ? missing : values[i];
    return array;
  }

  /* columns: the shape of /api/events.columns (frontwatch/web/columns.py). */
  function fromColumns(columns) {
    const rows = new Map();
    columns.id.forEach((id, row) => rows.set(id, row));
    const table = {
      count: columns.count,
      id: columns.id,
      types: columns.types,
      statuses: columns.statuses,
      sides: columns.sides,
      docs: columns.docs,
      type: Uint16Array.from(columns.type),
      status: Uint16Array.from(columns.status),
      side: Uint16Array.from(columns.side),
      doc: Uint32Array.from(columns.doc),
      lon: typed(Float64Array, columns.lon, NaN),
      lat: typed(Float64Array, columns.lat, NaN),
      start: typed(Int32Array, columns.start, NO_DAY),
      end: typed(Int32Array, columns.end, NO_DAY),
    };
    table.row = (id) => (rows.has(id) ? rows.get(id) : null);
    table.located = (row) => Number.isFinite(table.lat[row]) && Number.isFinite(table.lon[row]);
    /* What the event card needs to fetch and title an event. */
    table.summary = (row) => ({
      id: table.id[row],
      doc_id: table.docs[table.doc[row]],
      type: table.types[table.type[row]],
      status: table.statuses[table.status[row]],
    });
    return table;
  }

  FW.table = { fromColumns, toDay, toIso, NO_DAY };
})((window.FW = window.FW || {}));
