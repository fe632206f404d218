"""Style and script of the explorer site: one stylesheet and one small script, plain CSS and JavaScript.

Why plain: the site must open from file:// with no network and no build step; the filters are a few
lines over data attributes (search text, type, source, status, year), read from and written to the
address's #fragment so that a filtered list can be linked (the timeline's bars link to facts.html#…).
"""

CSS = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d8dce3; --mark: #ffe28a; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); }
header.top { background: #16324f; color: #fff; padding: .6rem 1.5rem; display: flex; gap: 1.5rem;
  align-items: baseline; flex-wrap: wrap; }
header.top a { color: #fff; text-decoration: none; } header.top .brand { font-weight: 700; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .8rem 0 .3rem; } h2 { font-size: 1.25rem; margin-top: 2rem; }
a { color: var(--accent); } .muted, .kind { color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: .8rem; padding: 0; list-style: none; }
.counts li { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 8.5rem; }
.counts b { display: block; font-size: 1.5rem; }
.chart { width: 100%; min-height: 120px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { font-weight: 600; } table.fields th { width: 13rem; color: var(--muted); font-weight: 500; }
.filters { display: flex; flex-wrap: wrap; gap: .8rem; margin: .8rem 0; align-items: end; }
.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.filters input, .filters select { font: inherit; padding: .25rem .4rem; max-width: 22rem; }
ul.entities { columns: 3 16rem; padding-left: 1.1rem; }
.badge { font-size: .75rem; border-radius: 4px; padding: 0 .35rem; background: #eef1f5; color: var(--muted);
  white-space: nowrap; }
.badge.conflict { background: #fde2e1; color: #8a1c12; }
blockquote { margin: .4rem 0 1rem; padding: .5rem .9rem; border-left: 4px solid var(--line); background: #fafbfc; }
mark { background: var(--mark); padding: 0 .1em; } mark a { color: inherit; text-decoration: none; }
.reading p { max-width: 46rem; } .reading h3 { margin-top: 1.8rem; }
.repeat { color: #8a93a3; text-decoration: line-through dotted; }
.repeat-note { font-size: .75rem; color: #8a5a00; margin-right: .2rem; }
.in-paragraph { font-size: .85rem; color: var(--muted); margin: -.5rem 0 1rem; }
[hidden] { display: none !important; }
"""

JS = r"""
(function () {
  "use strict";
  var list = document.querySelector("[data-filterable]");
  if (!list) return;
  var controls = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var shown = document.getElementById("shown");
  function fromHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    controls.forEach(function (c) { if (params.has(c.dataset.filter)) c.value = params.get(c.dataset.filter); });
  }
  function apply() {
    var want = {}, params = new URLSearchParams();
    controls.forEach(function (c) {
      var v = c.value.trim();
      if (v) { want[c.dataset.filter] = v.toLowerCase(); params.set(c.dataset.filter, c.value.trim()); }
    });
    var n = 0;
    Array.prototype.forEach.call(list.querySelectorAll("[data-text]"), function (row) {
      var ok = Object.keys(want).every(function (k) {
        if (k === "q") return row.dataset.text.indexOf(want.q) >= 0;
        return (" " + (row.dataset[k] || "") + " ").toLowerCase().indexOf(" " + want[k] + " ") >= 0;
      });
      row.hidden = !ok;
      if (ok) n += 1;
    });
    if (shown) shown.textContent = String(n);
    var hash = params.toString();
    if (hash !== location.hash.replace(/^#/, "")) history.replaceState(null, "", hash ? "#" + hash : location.pathname);
  }
  controls.forEach(function (c) { c.addEventListener("input", apply); c.addEventListener("change", apply); });
  window.addEventListener("hashchange", function () { fromHash(); apply(); });
  fromHash();
  apply();
})();
"""

CHART_JS = r"""
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("script[data-chart]"), function (spec) {
    var target = document.getElementById(spec.dataset.chart);
    if (window.vegaEmbed && target) {
      window.vegaEmbed(target, JSON.parse(spec.textContent), {actions: false, renderer: "svg"})
        .catch(function (err) { target.textContent = "The chart could not be drawn: " + err; });
    }
  });
})();
"""
