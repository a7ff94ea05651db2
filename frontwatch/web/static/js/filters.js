/* Filter chips for type, side and status. No chip pressed in a group means the whole group;
   pressing chips narrows it to them. */
(function (FW) {
  "use strict";

  const NO_SIDE = "none";
  const SIDE_LABELS = { UA: "Ukraine", RU: "Russia", none: "No side" };

  function sideOf(properties) {
    return properties.side || NO_SIDE;
  }

  const GROUPS = [
    { key: "types", label: "Type", value: (p) => p.type, name: (v) => FW.style.type(v).label, swatch: (v) => FW.style.swatch(v, "reported") },
    { key: "sides", label: "Side", value: sideOf, name: (v) => SIDE_LABELS[v] || v, swatch: null },
    { key: "statuses", label: "Status", value: (p) => p.status, name: (v) => FW.style.status(v).label, swatch: (v) => FW.style.swatch("other", v) },
  ];

  /* state: the shared view state (its types/sides/statuses lists are read and changed);
     onChange() after a chip is pressed. */
  function create(container, features, state, onChange) {
    const counts = GROUPS.map((group) => {
      const seen = new Map();
      for (const feature of features) {
        const value = group.value(feature.properties);
        if (typeof value === "string") seen.set(value, (seen.get(value) || 0) + 1);
      }
      return seen;
    });
    GROUPS.forEach((group, index) => {
      const box = document.createElement("div");
      box.className = "fw-chip-group";
      box.setAttribute("role", "group");
      box.setAttribute("aria-label", group.label);
      const title = document.createElement("span");
      title.className = "fw-chip-title";
      title.textContent = group.label;
      box.appendChild(title);
      const values = [...counts[index].keys()].sort();
      for (const value of values) {
        const chip = document.createElement("button");
        chip.type = "button";
        chip.className = "fw-chip";
        chip.dataset.group = group.key;
        chip.dataset.value = value;
        chip.setAttribute("aria-pressed", String(state[group.key].includes(value)));
        if (group.swatch) chip.appendChild(group.swatch(value));
        chip.appendChild(document.createTextNode(group.name(value) + " " + counts[index].get(value)));
        chip.addEventListener("click", () => {
          const list = state[group.key];
          const at = list.indexOf(value);
          if (at >= 0) list.splice(at, 1);
          else list.push(value);
          chip.setAttribute("aria-pressed", String(at < 0));
          onChange();
        });
        box.appendChild(chip);
      }
      container.appendChild(box);
    });
  }

  /* A predicate over feature properties for the chips pressed in state. */
  function matcher(state) {
    const active = GROUPS.filter((group) => state[group.key].length).map((group) => [group, new Set(state[group.key])]);
    return (properties) => active.every(([group, values]) => values.has(group.value(properties)));
  }

  FW.filters = { create, matcher };
})((window.FW = window.FW || {}));
