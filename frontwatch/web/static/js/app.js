/* The page: loads the events once, then filters them in the browser (chips, brush) so that
   a change shows at once; the URL hash follows every change. Timings are left as
   performance entries for the benchmark: the mark fw:ready when the first view is
   drawn, the measures fw:filter (work) and fw:painted (up to the next frame). */
(function (FW) {
  "use strict";

  const { NO_DAY } = FW.table;

  function showError(error) {
    const box = document.getElementById("fw-error");
    box.textContent = "The page could not load its data: " + (error && error.message ? error.message : error);
    box.hidden = false;
    console.error(error);
  }

  /* The rows of `rows` whose dates overlap [from, to] (day numbers, either may be null). */
  function overlapping(table, rows, from, to) {
    if (from === null && to === null) return rows;
    const kept = new Int32Array(rows.length);
    let n = 0;
    for (const row of rows) {
      const start = table.start[row];
      if (start === NO_DAY) continue;
      if ((to === null || start <= to) && (from === null || table.end[row] >= from)) kept[n++] = row;
    }
    return kept.subarray(0, n);
  }

  async function main() {
    const state = FW.state.read(window.location.hash);
    const source = FW.data.open();
    const [table, basemap] = await Promise.all([source.table(), source.basemap()]);
    const count = document.getElementById("fw-count");
    const rangeLabel = document.getElementById("fw-range");
    const allDates = document.getElementById("fw-all-dates");
    const cardBox = document.getElementById("fw-card");

    /* Chips first: they set the header's height, which the map's first view depends on. */
    FW.filters.create(document.getElementById("fw-filters"), table, state, () => apply());
    const card = FW.card.create(cardBox, source, {
      onClose: () => select(null),
    });
    const view = FW.map.create(document.getElementById("fw-map"), basemap, table, {
      view: state.view,
      onSelect: (row) => select(row),
      onMove: (next) => {
        state.view = next;
        FW.state.write(state);
      },
    });
    const timeline = FW.timeline.create(document.getElementById("fw-timeline"), table, {
      onBrush: (from, to) => {
        state.from = from;
        state.to = to;
        apply();
      },
    });

    function select(row) {
      const cardWasOpen = !cardBox.hidden;
      state.event = row === null ? null : table.id[row];
      view.select(row);
      if (row !== null) card.open(table.summary(row)).catch(showError);
      else card.close();
      /* The card takes room from the map only when it opens or closes. */
      if (cardWasOpen !== !cardBox.hidden) view.map.invalidateSize();
      FW.state.write(state);
    }

    /* The rows the chips keep, recomputed (with the histogram) only when the chips change. */
    let chosen = null;
    let chosenKey = null;

    function apply(resized = false) {
      const started = performance.now();
      const key = FW.filters.key(state);
      const chipsChanged = key !== chosenKey;
      if (chipsChanged) {
        const matches = FW.filters.matcher(state, table);
        const rows = new Int32Array(table.count);
        let n = 0;
        for (let row = 0; row < table.count; row++) if (matches(row)) rows[n++] = row;
        chosen = rows.subarray(0, n);
        chosenKey = key;
      }
      const from = state.from ? FW.table.toDay(state.from) : null;
      const to = state.to ? FW.table.toDay(state.to) : null;
      const visible = overlapping(table, chosen, from, to);
      const onMap = view.show(visible);
      if (chipsChanged || resized) timeline.draw(chosen);
      timeline.setRange(state.from, state.to);
      rangeLabel.textContent = state.from || state.to ? (state.from || timeline.first) + " – " + (state.to || timeline.last) : "All dates";
      allDates.hidden = !(state.from || state.to);
      count.textContent = visible.length + " of " + table.count + " events" + (onMap < visible.length ? " (" + (visible.length - onMap) + " without a place)" : "");
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
    window.addEventListener("resize", () => apply(true));
    window.addEventListener("hashchange", () => {
      const next = FW.state.read(window.location.hash);
      if (FW.state.encode(next) === FW.state.encode(state)) return;
      window.location.reload();
    });

    apply();
    select(state.event === null ? null : table.row(state.event));
    requestAnimationFrame(() => {
      performance.mark("fw:ready");
      document.body.dataset.ready = "true";
    });
    FW.app = { state, view, table, apply };
  }

  main().catch(showError);
})((window.FW = window.FW || {}));
