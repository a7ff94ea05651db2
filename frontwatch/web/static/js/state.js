/* The view's state (filters, dates, map view, open event) kept in the URL hash, so that
   a link shares exactly what the analyst sees. */
(function (FW) {
  "use strict";

  const LISTS = ["types", "sides", "statuses"];
  const DAY = /^\d{4}-\d{2}-\d{2}$/;

  function empty() {
    return { types: [], sides: [], statuses: [], from: null, to: null, view: null, event: null };
  }

  function read(hash) {
    const params = new URLSearchParams(String(hash || "").replace(/^#/, ""));
    const state = empty();
    for (const key of LISTS) {
      const value = params.get(key);
      state[key] = value ? value.split(",").filter(Boolean) : [];
    }
    const from = params.get("from") || "";
    const to = params.get("to") || "";
    if (DAY.test(from)) state.from = from;
    if (DAY.test(to)) state.to = to;
    const view = (params.get("map") || "").split("/").map(Number);
    if (view.length === 3 && view.every(Number.isFinite) && Math.abs(view[1]) <= 90) {
      state.view = { zoom: view[0], lat: view[1], lon: view[2] };
    }
    state.event = params.get("event") || null;
    return state;
  }

  function encode(state) {
    const params = new URLSearchParams();
    for (const key of LISTS) {
      if (state[key].length) params.set(key, state[key].join(","));
    }
    if (state.from) params.set("from", state.from);
    if (state.to) params.set("to", state.to);
    if (state.view) {
      const { zoom, lat, lon } = state.view;
      params.set("map", zoom + "/" + lat.toFixed(4) + "/" + lon.toFixed(4));
    }
    if (state.event) params.set("event", state.event);
    return "#" + params.toString();
  }

  function write(state) {
    const hash = encode(state);
    if (hash === window.location.hash || (hash === "#" && !window.location.hash)) return;
    try {
      window.history.replaceState(null, "", hash);
    } catch (error) {
      window.location.replace(hash);
    }
  }

  FW.state = { read, write, encode };
})((window.FW = window.FW || {}));
