"""The review page's style sheet and its filter script (inline: the page opens without a network)."""

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:0 1rem 4rem;color:#222}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ccc;padding:.5rem 0;z-index:1}
h1{font-size:1.4rem;margin:.3rem 0}h2{margin-top:2rem;border-bottom:2px solid #444}h3{font-size:1rem;margin:0 0 .4rem}
form label{margin-right:1rem}.note{color:#555}
article.fact{border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem;margin:.8rem 0}
article.fact[hidden]{display:none}
.type{color:#555}.status{padding:0 .4em;border-radius:3px;background:#eee}
.status-confirmed{background:#d7f5d7}.status-corrected{background:#fde9b8}.status-added{background:#d6e8ff}
.status-rejected{background:#f8d0d0}
.badge{font-size:.8em;padding:0 .4em;border-radius:3px;margin-left:.3em}
.conflict{background:#f8d0d0}.low{background:#fde9b8}.rule{background:#e5d9f7}
table.fields{border-collapse:collapse;font-size:.9em}table.fields th{text-align:left;font-weight:normal;
color:#555;padding:0 1rem 0 0;vertical-align:top}
blockquote{margin:.2rem 0 .6rem;padding-left:.6rem;border-left:3px solid #bbb}mark{background:#ffe866}
.where{font-size:.8em;color:#666;margin:.3rem 0 0}.warning{color:#b00}
pre.yaml{background:#f6f6f6;padding:.5rem;overflow-x:auto;user-select:all}.kind{margin:.3rem 0 0;font-weight:bold}
"""

JS = """
(function () {
  var selects = document.querySelectorAll('select[data-filter]');
  function apply() {
    var want = {};
    selects.forEach(function (s) { want[s.dataset.filter] = s.value; });
    var shown = 0;
    document.querySelectorAll('article.fact').forEach(function (a) {
      var ok = (!want.type || a.dataset.type === want.type) &&
               (!want.status || a.dataset.status === want.status) &&
               (!want.source || a.dataset.sources.split(' ').indexOf(want.source) >= 0);
      a.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.querySelectorAll('section.group').forEach(function (s) {
      var n = s.querySelectorAll('article.fact:not([hidden])').length;
      s.querySelector('.n').textContent = n;
      s.hidden = n === 0;
    });
    document.getElementById('shown').textContent = shown;
    var params = new URLSearchParams();
    Object.keys(want).forEach(function (k) { if (want[k]) { params.set(k, want[k]); } });
    var hash = params.toString();
    if (window.history && history.replaceState) {
      history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
    }
  }
  var initial = new URLSearchParams(location.hash.slice(1));
  selects.forEach(function (s) {
    var v = initial.get(s.dataset.filter);
    if (v !== null) { s.value = v; }
    s.addEventListener('change', apply);
  });
  apply();
})();
"""
