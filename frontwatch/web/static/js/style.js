/* How event types and statuses look: one place for the map, the legend, the chips and
   the timeline, so that a colour always means the same type. */
(function (FW) {
  "use strict";

  const TYPES = {
    capture: { label: "Capture", colour: "#c62828" },
    withdrawal: { label: "Withdrawal", colour: "#ef9a9a" },
    encirclement: { label: "Encirclement", colour: "#6a1b9a" },
    advance: { label: "Advance", colour: "#ef6c00" },
    clash: { label: "Clash", colour: "#8d6e63" },
    strike: { label: "Strike", colour: "#1565c0" },
    casualties: { label: "Casualties", colour: "#212121" },
    prisoners: { label: "Prisoners", colour: "#d81b60" },
    equipment_loss: { label: "Equipment loss", colour: "#757575" },
    cyber: { label: "Cyber", colour: "#00838f" },
    sabotage: { label: "Sabotage", colour: "#9e9d24" },
    negotiation: { label: "Negotiation", colour: "#2e7d32" },
  };
  const OTHER = { label: "Other", colour: "#9e9e9e" };

  /* Reported and claimed events are filled; the weaker a report stands behind an event,
     the fainter it is drawn, and hypothetical and denied ones are hollow and dashed. */
  const STATUSES = {
    reported: { label: "Reported", fill: true, fillOpacity: 0.85, opacity: 1, dashArray: null },
    claimed: { label: "Claimed", fill: true, fillOpacity: 0.5, opacity: 1, dashArray: null },
    unverified: { label: "Unverified", fill: true, fillOpacity: 0.25, opacity: 0.9, dashArray: "2 2" },
    hypothetical: { label: "Hypothetical", fill: false, fillOpacity: 0, opacity: 0.7, dashArray: "4 3" },
    denied: { label: "Denied", fill: false, fillOpacity: 0, opacity: 0.45, dashArray: "1 3" },
  };

  function type(name) {
    return Object.prototype.hasOwnProperty.call(TYPES, name) ? TYPES[name] : OTHER;
  }

  function status(name) {
    return Object.prototype.hasOwnProperty.call(STATUSES, name) ? STATUSES[name] : STATUSES.reported;
  }

  /* Options for an L.circleMarker of this type and status. */
  function marker(typeName, statusName) {
    const look = status(statusName);
    return {
      radius: 7,
      weight: 2,
      color: type(typeName).colour,
      fillColor: type(typeName).colour,
      fill: look.fill,
      fillOpacity: look.fillOpacity,
      opacity: look.opacity,
      dashArray: look.dashArray,
    };
  }

  /* A small SVG circle drawn like a marker, for the legend and the chips. */
  function swatch(typeName, statusName) {
    const ns = "http://www.w3.org/2000/svg";
    const options = marker(typeName, statusName);
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("aria-hidden", "true");
    svg.classList.add("fw-swatch");
    const circle = document.createElementNS(ns, "circle");
    circle.setAttribute("cx", "8");
    circle.setAttribute("cy", "8");
    circle.setAttribute("r", "5.5");
    circle.setAttribute("stroke", options.color);
    circle.setAttribute("stroke-width", "2");
    circle.setAttribute("stroke-opacity", String(options.opacity));
    circle.setAttribute("fill", options.fill ? options.fillColor : "none");
    circle.setAttribute("fill-opacity", String(options.fillOpacity));
    if (options.dashArray) circle.setAttribute("stroke-dasharray", options.dashArray);
    svg.appendChild(circle);
    return svg;
  }

  FW.style = { TYPES, STATUSES, type, status, marker, swatch };
})((window.FW = window.FW || {}));
