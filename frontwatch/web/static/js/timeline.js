/* The timeline: a stacked histogram of events per day (or per few days when the span is
   long) drawn as SVG, with a brush to choose a date range. Written by hand because a
   histogram and a one-dimensional brush are a few dozen lines, where d3's brush would
   bring five packages. */
(function (FW) {
  "use strict";

  const NS = "http://www.w3.org/2000/svg";
  const DAY_MS = 86400000;
  const HEIGHT = 96;
  const PAD = { left: 34, right: 12, top: 8, bottom: 20 };
  const MIN_BAR_PX = 3;

  function toDay(iso) {
    return Math.floor(Date.parse(iso.slice(0, 10) + "T00:00:00Z") / DAY_MS);
  }

  function toIso(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function svgElement(name, attributes) {
    const element = document.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    return element;
  }

  /* features: every feature (fixes the time axis); onBrush(from, to) with ISO days or nulls. */
  function create(container, features, { onBrush }) {
    const days = features
      .map((f) => f.properties.date_start)
      .filter((d) => typeof d === "string" && /^\d{4}-\d{2}-\d{2}/.test(d))
      .map(toDay);
    const first = days.length ? days.reduce((a, b) => Math.min(a, b)) : toDay(new Date().toISOString());
    const last = days.length ? days.reduce((a, b) => Math.max(a, b)) : first;
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
    let width = 0;
    let binDays = 1;
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

    /* Stacked bars of the given features, one stack per bin, one colour per type. */
    function draw(selected) {
      width = container.clientWidth || 800;
      svg.setAttribute("width", width);
      svg.setAttribute("viewBox", "0 0 " + width + " " + HEIGHT);
      layers.overlay.setAttribute("width", plotWidth());
      binDays = Math.max(1, Math.ceil(span / Math.floor(plotWidth() / MIN_BAR_PX)));
      const bins = new Map();
      for (const feature of selected) {
        const start = feature.properties.date_start;
        if (typeof start !== "string") continue;
        const bin = Math.floor((toDay(start) - first) / binDays);
        if (!(bin >= 0)) continue;
        const stack = bins.get(bin) || new Map();
        const type = feature.properties.type;
        stack.set(type, (stack.get(type) || 0) + 1);
        bins.set(bin, stack);
      }
      let maxCount = 1;
      for (const stack of bins.values()) {
        let total = 0;
        for (const n of stack.values()) total += n;
        maxCount = Math.max(maxCount, total);
      }
      const scale = (HEIGHT - PAD.top - PAD.bottom) / maxCount;
      const barWidth = Math.max(1, (binDays / span) * plotWidth() - 1);
      layers.bars.replaceChildren();
      for (const [bin, stack] of bins) {
        let y = HEIGHT - PAD.bottom;
        const left = x(first + bin * binDays);
        for (const [type, n] of stack) {
          const h = n * scale;
          y -= h;
          const bar = svgElement("rect", { x: left, y, width: barWidth, height: h, fill: FW.style.type(type).colour });
          const tip = svgElement("title", {});
          tip.textContent = toIso(first + bin * binDays) + ": " + n + " " + FW.style.type(type).label.toLowerCase();
          bar.appendChild(tip);
          layers.bars.appendChild(bar);
        }
      }
      drawAxis(maxCount);
      drawBrush();
    }

    function drawBrush() {
      if (!range) {
        layers.brush.setAttribute("width", 0);
        return;
      }
      const left = x(toDay(range[0]));
      const right = x(toDay(range[1]) + 1);
      layers.brush.setAttribute("x", left);
      layers.brush.setAttribute("width", Math.max(2, right - left));
    }

    function setRange(from, to) {
      range = from || to ? [from || toIso(first), to || toIso(last)] : null;
      drawBrush();
    }

    let dragStart = null;
    const localX = (event) => event.clientX - svg.getBoundingClientRect().left;
    layers.overlay.addEventListener("pointerdown", (event) => {
      dragStart = localX(event);
      layers.overlay.setPointerCapture(event.pointerId);
    });
    layers.overlay.addEventListener("pointermove", (event) => {
      if (dragStart === null) return;
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
