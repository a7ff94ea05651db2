/* The map: the offline Natural Earth basemap, the event markers (clustered when zoomed
   out), the selected event's ring and the legend. */
(function (FW) {
  "use strict";

  const UKRAINE = { lat: 48.6, lon: 33.5, zoom: 6 };
  const BASEMAP_STYLE = {
    country: { color: "#9e9a8f", weight: 0.8, fillColor: "#f3f0e8", fillOpacity: 1 },
    admin1: { color: "#b7b2a6", weight: 0.6, dashArray: "3 3", fill: false },
    coast: { color: "#7aa6c2", weight: 0.8, fill: false },
  };

  function basemapLayer(basemap, renderer) {
    return L.geoJSON(basemap, {
      renderer,
      interactive: false,
      style: (feature) => {
        const layer = feature.properties && feature.properties.layer;
        const style = BASEMAP_STYLE[layer] || BASEMAP_STYLE.coast;
        if (layer === "country" && feature.properties.iso === "UA") {
          return Object.assign({}, style, { fillColor: "#fbf6df" });
        }
        return style;
      },
    });
  }

  function legend() {
    const control = L.control({ position: "bottomright" });
    control.onAdd = () => {
      const box = L.DomUtil.create("div", "fw-legend leaflet-bar");
      L.DomEvent.disableClickPropagation(box);
      const heading = (text) => {
        const h = document.createElement("h2");
        h.textContent = text;
        box.appendChild(h);
      };
      const row = (svg, text) => {
        const item = document.createElement("div");
        item.className = "fw-legend-row";
        item.appendChild(svg);
        item.appendChild(document.createTextNode(text));
        box.appendChild(item);
      };
      heading("Type");
      for (const [name, look] of Object.entries(FW.style.TYPES)) row(FW.style.swatch(name, "reported"), look.label);
      heading("Status");
      for (const [name, look] of Object.entries(FW.style.STATUSES)) row(FW.style.swatch("other", name), look.label);
      return box;
    };
    return control;
  }

  /* features: GeoJSON features with compact properties; onSelect(feature) on a click. */
  function create(element, basemap, features, { view, onSelect, onMove }) {
    const map = L.map(element, { minZoom: 3, maxZoom: 13, zoomSnap: 0.5, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Basemap: Natural Earth · frontwatch");
    /* The basemap gets its own pane under the markers, deaf to the pointer, so that its
       canvas never catches a click meant for an event. */
    const pane = map.createPane("fw-basemap");
    pane.style.zIndex = "250";
    pane.style.pointerEvents = "none";
    basemapLayer(basemap, L.canvas({ padding: 0.3, pane: "fw-basemap" })).addTo(map);

    const cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      maxClusterRadius: (zoom) => (zoom >= 9 ? 25 : 50),
    });
    cluster.addTo(map);
    const markers = new Map();
    for (const feature of features) {
      if (!feature.geometry || feature.geometry.type !== "Point") continue;
      const [lon, lat] = feature.geometry.coordinates;
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      const p = feature.properties;
      const marker = L.circleMarker([lat, lon], FW.style.marker(p.type, p.status));
      marker.feature = feature;
      marker.on("click", () => onSelect(feature));
      markers.set(feature, marker);
    }
    const ring = L.circleMarker([0, 0], {
      radius: 13, weight: 3, color: "#111", fill: false, interactive: false, className: "fw-ring",
    });

    let shown = [];
    /* Show only these features' markers; returns how many are on the map. */
    function show(visible) {
      const next = [];
      for (const feature of visible) {
        const marker = markers.get(feature);
        if (marker) next.push(marker);
      }
      if (next.length === shown.length && next.every((marker, i) => marker === shown[i])) return next.length;
      cluster.clearLayers();
      cluster.addLayers(next);
      shown = next;
      return next.length;
    }

    function select(feature) {
      const marker = feature && markers.get(feature);
      if (!marker) {
        ring.remove();
        return;
      }
      ring.setLatLng(marker.getLatLng()).addTo(map);
    }

    function fit() {
      const points = [...markers.values()].map((marker) => marker.getLatLng());
      if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.2), { maxZoom: 8 });
      else map.setView([UKRAINE.lat, UKRAINE.lon], UKRAINE.zoom);
    }

    if (view) map.setView([view.lat, view.lon], view.zoom);
    else fit();
    legend().addTo(map);
    map.on("moveend", () => {
      const centre = map.getCenter();
      onMove({ zoom: map.getZoom(), lat: centre.lat, lon: centre.lng });
    });
    return { map, show, select, located: markers.size };
  }

  FW.map = { create };
})((window.FW = window.FW || {}));
