/* The map: the offline Natural Earth basemap, the event markers (clustered when zoomed
   out), the selected event's ring and the legend.

   Clustering is supercluster's: an index over the shown events, rebuilt when the
   filters change, from which only the clusters and events inside the view are drawn,
   again after every move. Single events are circle markers on one shared canvas;
   clusters are small HTML badges with their count. Events that still overlap at the
   deepest zoom fan out around their cluster when it is clicked. */
(function (FW) {
  "use strict";

  const UKRAINE = { lat: 48.6, lon: 33.5, zoom: 6 };
  const MIN_ZOOM = 3;
  /* Streets apart, about 40 m a pixel. One level deeper, where events are sparsest,
     would double the time supercluster takes to index 50,000 events. */
  const MAX_ZOOM = 12;
  /* supercluster measures its radius against a tile of `extent` units; Leaflet's tiles
     are 256 px, so with this extent the radius is in screen pixels. */
  const CLUSTER = { radius: 40, extent: 256, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM };
  /* The sunflower pattern that fans out overlapping events: the first sits FAN_INNER px
     from the cluster's centre, clear of its badge, the others FAN px apart. */
  const FAN_INNER = 28;
  const FAN = 11;
  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
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

  function clusterIcon(count, label) {
    const size = count < 10 ? "small" : count < 100 ? "medium" : "large";
    const text = document.createElement("span");
    text.textContent = label;
    const diameter = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 48;
    return L.divIcon({ html: text, className: "fw-cluster fw-cluster-" + size, iconSize: L.point(diameter, diameter) });
  }

  /* table: the events' columns (FW.table); onSelect(row) on a click. */
  function create(element, basemap, table, { view, onSelect, onMove }) {
    const map = L.map(element, { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, zoomSnap: 0.5, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Basemap: Natural Earth · frontwatch");
    /* The basemap gets its own pane under the markers, deaf to the pointer, so that its
       canvas never catches a click meant for an event. */
    const pane = map.createPane("fw-basemap");
    pane.style.zIndex = "250";
    pane.style.pointerEvents = "none";
    basemapLayer(basemap, L.canvas({ padding: 0.3, pane: "fw-basemap" })).addTo(map);

    const renderer = L.canvas({ padding: 0.3 });
    const points = L.layerGroup().addTo(map);
    const clusters = L.layerGroup().addTo(map);
    const fan = L.layerGroup().addTo(map);
    const looks = new Map();
    /* One GeoJSON point per located row, made once; an index takes a subset of them. */
    const located = new Array(table.count).fill(null);
    for (let row = 0; row < table.count; row++) {
      if (table.located(row)) located[row] = { type: "Feature", geometry: { type: "Point", coordinates: [table.lon[row], table.lat[row]] }, properties: row };
    }
    const ring = L.circleMarker([0, 0], {
      radius: 13, weight: 3, color: "#111", fill: false, interactive: false, className: "fw-ring",
    });
    let index = null;
    let shown = new Int32Array(0);
    /* The cluster whose events are fanned out: they stay out through pans and resizes,
       and fold back when the zoom or the shown events change. */
    let fanned = null;

    function look(row) {
      const key = table.type[row] * 65536 + table.status[row];
      if (!looks.has(key)) {
        const options = FW.style.marker(table.types[table.type[row]], table.statuses[table.status[row]]);
        looks.set(key, Object.assign(options, { renderer }));
      }
      return looks.get(key);
    }

    function pointMarker(row, latlng) {
      const marker = L.circleMarker(latlng, look(row));
      marker.on("click", () => onSelect(row));
      return marker;
    }

    /* Lay the events of a cluster that no zoom can split around it, with a leg to where
       they are. */
    function foldFan() {
      fan.clearLayers();
      fanned = null;
      delete element.dataset.fanned;
      clusters.eachLayer((marker) => marker.setOpacity(1));
    }

    function fanOut(cluster, badge, latlng) {
      foldFan();
      fanned = cluster.properties.cluster_id;
      badge.setOpacity(0.4);
      const centre = map.latLngToLayerPoint(latlng);
      const leaves = index.getLeaves(cluster.properties.cluster_id, Infinity);
      leaves.forEach((leaf, k) => {
        const distance = FAN_INNER + FAN * Math.sqrt(k);
        const angle = k * GOLDEN_ANGLE;
        const spot = map.layerPointToLatLng(centre.add(L.point(distance * Math.cos(angle), distance * Math.sin(angle))));
        fan.addLayer(L.polyline([latlng, spot], { renderer, color: "#444", weight: 1, opacity: 0.7, interactive: false }));
        fan.addLayer(pointMarker(leaf.properties, spot));
      });
      element.dataset.fanned = String(leaves.length);
    }

    function clusterMarker(cluster, latlng) {
      const { point_count: count, point_count_abbreviated: label } = cluster.properties;
      const id = cluster.properties.cluster_id;
      const marker = L.marker(latlng, { icon: clusterIcon(count, String(label)), title: count + " events", opacity: id === fanned ? 0.4 : 1 });
      marker.on("click", () => {
        const zoom = index.getClusterExpansionZoom(id);
        if (zoom <= MAX_ZOOM) map.setView(latlng, zoom);
        else fanOut(cluster, marker, latlng);
      });
      return marker;
    }

    /* Draw what the index has inside the view (and a margin, so that a small pan shows
       no gap before the redraw). */
    function render() {
      points.clearLayers();
      clusters.clearLayers();
      if (!index) return;
      const bounds = map.getBounds().pad(0.3);
      const box = [bounds.getWest(), Math.max(-85, bounds.getSouth()), bounds.getEast(), Math.min(85, bounds.getNorth())];
      let nPoints = 0;
      let nClusters = 0;
      for (const item of index.getClusters(box, map.getZoom())) {
        const [lon, lat] = item.geometry.coordinates;
        if (item.properties.cluster) {
          clusters.addLayer(clusterMarker(item, L.latLng(lat, lon)));
          nClusters++;
        } else {
          points.addLayer(pointMarker(item.properties, L.latLng(lat, lon)));
          nPoints++;
        }
      }
      element.dataset.points = String(nPoints);
      element.dataset.clusters = String(nClusters);
    }

    function same(rows) {
      if (rows.length !== shown.length) return false;
      for (let i = 0; i < rows.length; i++) if (rows[i] !== shown[i]) return false;
      return true;
    }

    /* Show only these rows (an Int32Array); returns how many of them are on the map. */
    function show(rows) {
      const features = [];
      for (const row of rows) if (located[row]) features.push(located[row]);
      if (index && same(rows)) return features.length;
      shown = rows;
      index = new Supercluster(CLUSTER).load(features);
      foldFan();
      render();
      return features.length;
    }

    function select(row) {
      if (row === null || !table.located(row)) {
        ring.remove();
        return;
      }
      ring.setLatLng([table.lat[row], table.lon[row]]).addTo(map);
    }

    function fit() {
      let south = 90;
      let north = -90;
      let west = 180;
      let east = -180;
      for (let row = 0; row < table.count; row++) {
        if (!located[row]) continue;
        south = Math.min(south, table.lat[row]);
        north = Math.max(north, table.lat[row]);
        west = Math.min(west, table.lon[row]);
        east = Math.max(east, table.lon[row]);
      }
      if (south <= north) map.fitBounds(L.latLngBounds([south, west], [north, east]).pad(0.2), { maxZoom: 8 });
      else map.setView([UKRAINE.lat, UKRAINE.lon], UKRAINE.zoom);
    }

    if (view) map.setView([view.lat, view.lon], view.zoom);
    else fit();
    legend().addTo(map);
    map.on("zoomstart", foldFan);
    map.on("moveend", () => {
      render();
      const centre = map.getCenter();
      onMove({ zoom: map.getZoom(), lat: centre.lat, lon: centre.lng });
    });
    return { map, show, select };
  }

  FW.map = { create };
})((window.FW = window.FW || {}));
