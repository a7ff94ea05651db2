/* The page: loads the events once, then filters them in the browser (chips, brush) so that
   a change shows at once; the URL hash follows every change. Timings are left as
   performance entries for the benchmark: the mark fw:ready when the first view is
   drawn, the measures fw:filter (work) and fw:painted (up to the next frame). */
(function (FW) {
  "use strict";

  function overlaps(properties, from, to) {
    if (!from && !to) return true;
    const start = properties.date_start;
    const end = properties.date_end || start;
    if (!start) return false;
    return (!to || start.slice(0, 10) <= to) && (!from || end.slice(0, 10) >= from);
  }

  function showError(error) {
    const box = document.getElementById("fw-error");
    box.textContent = "The page could not load its data: " + (error && error.message ? error.message : error);
    box.hidden = false;
    console.error(error);
  }

  async function main() {
    const state = FW.state.read(window.location.hash);
    const source = FW.data.open();
    const [features, basemap] = await Promise.all([source.features(), source.basemap()]);
    const byId = new Map(features.map((feature) => [feature.properties.id, feature]));
    const count = document.getElementById("fw-count");
    const rangeLabel = document.getElementById("fw-range");
    const allDates = document.getElementById("fw-all-dates");

    /* Chips first: they set the header's height, which the map's first view depends on. */
    FW.filters.create(document.getElementById("fw-filters"), features, state, () => apply());
    const card = FW.card.create(document.getElementById("fw-card"), source, {
      onClose: () => select(null),
    });
    const view = FW.map.create(document.getElementById("fw-map"), basemap, features, {
      view: state.view,
      onSelect: (feature) => select(feature),
      onMove: (next) => {
        state.view = next;
        FW.state.write(state);
      },
    });
    const timeline = FW.timeline.create(document.getElementById("fw-timeline"), features, {
      onBrush: (from, to) => {
        state.from = from;
        state.to = to;
        apply();
      },
    });

    function select(feature) {
      state.event = feature ? feature.properties.id : null;
      view.select(feature);
      if (feature) card.open(feature).catch(showError);
      else card.close();
      view.map.invalidateSize();
      FW.state.write(state);
    }

    function apply() {
      const started = performance.now();
      const matches = FW.filters.matcher(state);
      const chosen = features.filter((feature) => matches(feature.properties));
      const visible = chosen.filter((feature) => overlaps(feature.properties, state.from, state.to));
      const onMap = view.show(visible);
      timeline.draw(chosen);
      timeline.setRange(state.from, state.to);
      rangeLabel.textContent = state.from || state.to ? (state.from || timeline.first) + " – " + (state.to || timeline.last) : "All dates";
      allDates.hidden = !(state.from || state.to);
      count.textContent = visible.length + " of " + features.length + " events" + (onMap < visible.length ? " (" + (visible.length - onMap) + " without a place)" : "");
      count.dataset.visible = String(visible.length);
      count.dataset.onMap = String(onMap);
      FW.state.write(state);
      performance.measure("fw:filter", { start: started });
      requestAnimationFrame(() => performance.measure("fw:painted", { start: started }));
    }

    allDates.addEventListener("click", () => {
      state.from = null;
      state.to = null;
      apply();
    });
    window.addEventListener("resize", () => apply());
    window.addEventListener("hashchange", () => {
      const next = FW.state.read(window.location.hash);
      if (FW.state.encode(next) === FW.state.encode(state)) return;
      window.location.reload();
    });

    apply();
    select(byId.get(state.event) || null);
    requestAnimationFrame(() => {
      performance.mark("fw:ready");
      document.body.dataset.ready = "true";
    });
    FW.app = { state, view, features, apply };
  }

  main().catch(showError);
})((window.FW = window.FW || {}));
