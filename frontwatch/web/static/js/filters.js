/* Filter chips for type, side and status. No chip pressed in a group means the whole group;
   pressing chips narrows it to them. */
(function (FW) {
  "use strict";

  const NO_SIDE = "none";
  const SIDE_LABELS = { UA: "Ukraine", RU: "Russia", none: "No side" };

  /* column: the table's code column; values: its dictionary; value(v): the chip's value. */
  const GROUPS = [
    { key: "types", label: "Type", column: "type", values: "types", value: (v) => v, name: (v) => FW.style.type(v).label, swatch: (v) => FW.style.swatch(v, "reported") },
    { key: "sides", label: "Side", column: "side", values: "sides", value: (v) => v || NO_SIDE, name: (v) => SIDE_LABELS[v] || v, swatch: null },
    { key: "statuses", label: "Status", column: "status", values: "statuses", value: (v) => v, name: (v) => FW.style.status(v).label, swatch: (v) => FW.style.swatch("other", v) },
  ];

  /* state: the shared view state (its types/sides/statuses lists are read and changed);
     onChange() after a chip is pressed. */
  function create(container, table, state, onChange) {
    for (const group of GROUPS) {
      const perCode = new Int32Array(table[group.values].length);
      const column = table[group.column];
      for (let row = 0; row < table.count; row++) perCode[column[row]]++;
      const counts = new Map();
      table[group.values].forEach((raw, code) => {
        const value = group.value(raw);
        if (typeof value === "string") counts.set(value, (counts.get(value) || 0) + perCode[code]);
      });
      const box = document.createElement("div");
      box.className = "fw-chip-group";
      box.setAttribute("role", "group");
      box.setAttribute("aria-label", group.label);
      const title = document.createElement("span");
      title.className = "fw-chip-title";
      title.textContent = group.label;
      box.appendChild(title);
      for (const value of [...counts.keys()].sort()) {
        const chip = document.createElement("button");
        chip.type = "button";
        chip.className = "fw-chip";
        chip.dataset.group = group.key;
        chip.dataset.value = value;
        chip.setAttribute("aria-pressed", String(state[group.key].includes(value)));
        if (group.swatch) chip.appendChild(group.swatch(value));
        chip.appendChild(document.createTextNode(group.name(value) + " " + counts.get(value)));
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
    }
  }

  /* A predicate over the table's rows for the chips pressed in state: each pressed group
     becomes a lookup table from code to kept, so a row costs a few array reads. */
  function matcher(state, table) {
    const checks = GROUPS.filter((group) => state[group.key].length).map((group) => {
      const wanted = new Set(state[group.key]);
      const keep = Uint8Array.from(table[group.values], (raw) => (wanted.has(group.value(raw)) ? 1 : 0));
      return [table[group.column], keep];
    });
    return (row) => checks.every(([column, keep]) => keep[column[row]] === 1);
  }

  /* What the chips select, as one string: the rows they keep change only when it does. */
  function key(state) {
    return GROUPS.map((group) => state[group.key].slice().sort().join(",")).join("|");
  }

  FW.filters = { create, matcher, key };
})((window.FW = window.FW || {}));
