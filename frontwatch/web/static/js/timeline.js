/* The timeline: a stacked histogram of events per day (or per few days when the span is
   long) drawn as SVG, with a brush to choose a date range. Written by hand because a
   histogram and a one-dimensional brush are a few dozen lines, where d3's brush would
   bring five packages. Each type's bars are one SVG path, so a redraw makes a dozen
   elements however many days and events there are. */
(function (FW) {
  "use strict";

  const NS = "http://www.w3.org/2000/svg";
  const HEIGHT = 96;
  const PAD = { left: 34, right: 12, top: 8, bottom: 20 };
  const MIN_BAR_PX = 3;
  const HINT = "drag to choose dates; click to clear";
  const { toIso, NO_DAY } = FW.table;

  function svgElement(name, attributes) {
    const element = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  }

  /* table: every event (its dates fix the time axis); onBrush(from, to) with ISO days or nulls. */
  function create(container, table, { onBrush }) {
    let first = Infinity;
    let last = -Infinity;
    for (let row = 0; row < table.count; row++) {
      const day = table.start[row];
      if (day === NO_DAY) continue;
      if (day < first) first = day;
      if (day > last) last = day;
    }
    if (first > last) first = last = FW.table.toDay(new Date().toISOString());
    const span = last - first + 1;
    const svg = svgElement("svg", { class: "fw-timeline-svg", height: HEIGHT, role: "img" });
    container.appendChild(svg);
    const layers = {
      bars: svgElement("g", { class: "fw-bars" }),
      axis: svgElement("g", { class: "fw-axis" }),
      brush: svgElement("rect", { class: "fw-brush", y: PAD.top, height: HEIGHT - PAD.top - PAD.bottom, width: 0 }),
      overlay: svgElement("rect", { class: "fw-overlay", x: PAD.left, y: 0, height: HEIGHT }),
    };
    for (const layer of Object.values(layers)) svg.appendChild(layer);
    const tip = svgElement("title", {});
    tip.textContent = HINT;
    layers.overlay.appendChild(tip);
    let width = 0;
    let binDays = 1;
    let totals = new Int32Array(0);
    let range = null;

    function plotWidth() {
      return Math.max(1, width - PAD.left - PAD.right);
    }
    function x(day) {
      return PAD.left + ((day - first) / span) * plotWidth();
    }
    function dayAt(px) {
      const day = first + Math.floor(((px - PAD.left) / plotWidth()) * span);
      return Math.min(last, Math.max(first, day));
    }

    function drawAxis(maxCount) {
      layers.axis.replaceChildren();
      const bottom = HEIGHT - PAD.bottom;
      layers.axis.appendChild(svgElement("line", { x1: PAD.left, x2: width - PAD.right, y1: bottom, y2: bottom }));
      const ticks = Math.max(2, Math.min(8, Math.floor(plotWidth() / 110)));
      for (let i = 0; i < ticks; i++) {
        const day = first + Math.round((i * (span - 1)) / (ticks - 1));
        const label = svgElement("text", { x: x(day), y: HEIGHT - 5, "text-anchor": i === 0 ? "start" : i === ticks - 1 ? "end" : "middle" });
        label.textContent = toIso(day);
        layers.axis.appendChild(label);
      }
      const top = svgElement("text", { x: PAD.left - 4, y: PAD.top + 8, "text-anchor": "end" });
      top.textContent = String(maxCount);
      layers.axis.appendChild(top);
      const unit = svgElement("text", { x: PAD.left - 4, y: bottom, "text-anchor": "end" });
      unit.textContent = binDays === 1 ? "/day" : "/" + binDays + "d";
      layers.axis.appendChild(unit);
    }

    /* Stacked bars of the given rows (an Int32Array), one stack per bin, one colour per type. */
    function draw(rows) {
      width = container.clientWidth || 800;
      svg.setAttribute("width", width);
      svg.setAttribute("viewBox", "0 0 " + width + " " + HEIGHT);
      layers.overlay.setAttribute("width", plotWidth());
      binDays = Math.max(1, Math.ceil(span / Math.floor(plotWidth() / MIN_BAR_PX)));
      const bins = Math.ceil(span / binDays);
      const types = table.types.length;
      const counts = new Int32Array(bins * types);
      totals = new Int32Array(bins);
      for (const row of rows) {
        const day = table.start[row];
        if (day === NO_DAY) continue;
        const bin = Math.floor((day - first) / binDays);
        counts[bin * types + table.type[row]]++;
        totals[bin]++;
      }
      const maxCount = Math.max(1, ...totals);
      const scale = (HEIGHT - PAD.top - PAD.bottom) / maxCount;
      const barWidth = Math.max(1, (binDays / span) * plotWidth() - 1);
      const outlines = Array.from({ length: types }, () => []);
      for (let bin = 0; bin < bins; bin++) {
        if (!totals[bin]) continue;
        let y = HEIGHT - PAD.bottom;
        const left = x(first + bin * binDays).toFixed(1);
        for (let type = 0; type < types; type++) {
          const n = counts[bin * types + type];
          if (!n) continue;
          const h = n * scale;
          y -= h;
          outlines[type].push("M" + left + " " + y.toFixed(2) + "h" + barWidth.toFixed(2) + "v" + h.toFixed(2) + "h" + (-barWidth).toFixed(2) + "z");
        }
      }
      const paths = [];
      outlines.forEach((parts, type) => {
        if (parts.length) paths.push(svgElement("path", { d: parts.join(""), fill: FW.style.type(table.types[type]).colour }));
      });
      layers.bars.replaceChildren(...paths);
      drawAxis(maxCount);
      drawBrush();
    }

    function drawBrush() {
      if (!range) {
        layers.brush.setAttribute("width", 0);
        return;
      }
      const left = x(FW.table.toDay(range[0]));
      const right = x(FW.table.toDay(range[1]) + 1);
      layers.brush.setAttribute("x", left);
      layers.brush.setAttribute("width", Math.max(2, right - left));
    }

    function setRange(from, to) {
      range = from || to ? [from || toIso(first), to || toIso(last)] : null;
      drawBrush();
    }

    /* The tooltip names the bin under the pointer and its count. */
    function hint(px) {
      const bin = Math.floor((dayAt(px) - first) / binDays);
      const start = first + bin * binDays;
      const days = binDays === 1 ? toIso(start) : toIso(start) + " – " + toIso(Math.min(last, start + binDays - 1));
      tip.textContent = days + ": " + (totals[bin] || 0) + " events; " + HINT;
    }

    let dragStart = null;
    const localX = (event) => event.clientX - svg.getBoundingClientRect().left;
    layers.overlay.addEventListener("pointerdown", (event) => {
      dragStart = localX(event);
      layers.overlay.setPointerCapture(event.pointerId);
    });
    layers.overlay.addEventListener("pointermove", (event) => {
      if (dragStart === null) {
        hint(localX(event));
        return;
      }
      const a = dayAt(Math.min(dragStart, localX(event)));
      const b = dayAt(Math.max(dragStart, localX(event)));
      range = [toIso(a), toIso(b)];
      drawBrush();
    });
    layers.overlay.addEventListener("pointerup", (event) => {
      if (dragStart === null) return;
      const moved = Math.abs(localX(event) - dragStart) >= 3;
      dragStart = null;
      if (!moved) range = null;
      drawBrush();
      onBrush(range ? range[0] : null, range ? range[1] : null);
    });

    return { draw, setRange, first: toIso(first), last: toIso(last) };
  }

  FW.timeline = { create };
})((window.FW = window.FW || {}));
