// Review page and evaluation report (Sources/Review). Inlined into each page.
// Everything is already in the DOM (rendered in Swift, which owns the scalar
// offsets); this script only navigates, filters and highlights.
(function () {
  "use strict";
  var articles = Array.prototype.slice.call(document.querySelectorAll("main#docs > article.doc"));
  var links = Array.prototype.slice.call(document.querySelectorAll("#doc-list a[data-doc]"));
  var search = document.getElementById("search");
  var entityFilter = document.getElementById("entity-filter");
  var filterStatus = document.getElementById("filter-status");
  var errorsOnly = document.getElementById("errors-only");  // evaluation report only
  var position = document.getElementById("position");
  var prev = document.getElementById("prev"), next = document.getElementById("next");
  var tooltip = document.getElementById("tooltip");
  var inspector = document.createElement("div");
  inspector.className = "inspector";
  var visible = articles.map(function (_, k) { return k; });
  var current = -1;
  var lowered = [];  // lower-cased texts, filled on the first search

  function hint() {
    inspector.innerHTML = "";
    var p = document.createElement("p");
    p.className = "hint";
    p.textContent = "Click a highlighted span or a claim to see its details.";
    inspector.appendChild(p);
  }

  // The element carrying a span's data-* attributes, from any of its fragments.
  function primary(el) {
    if (!el.classList.contains("cont")) return el;
    var frag = el.getAttribute("data-frag");
    var scope = el.closest(".text") || document;
    return scope.querySelector('[data-frag="' + frag + '"]:not(.cont)') || el;
  }

  function fragments(el) {
    var frag = el.getAttribute("data-frag");
    if (!frag) return [el];
    var scope = el.closest(".text") || document;
    return Array.prototype.slice.call(scope.querySelectorAll('[data-frag="' + frag + '"]'));
  }

  function show(k, fromHash) {
    if (k < 0 || k >= articles.length) return;
    if (current >= 0) {
      articles[current].hidden = true;
      links[current].classList.remove("current");
      clearClaim();
    }
    current = k;
    var art = articles[k];
    art.hidden = false;
    links[k].classList.add("current");
    links[k].scrollIntoView({ block: "nearest" });
    var slot = art.querySelector(".inspector-slot");
    if (slot) { hint(); slot.appendChild(inspector); }
    applyEntityFocus();
    updatePager();
    if (!fromHash) {
      try { history.replaceState(null, "", "#doc-" + (k + 1)); } catch (e) { /* some file:// contexts refuse */ }
      window.scrollTo(0, 0);
    }
  }

  function updatePager() {
    var i = visible.indexOf(current);
    position.textContent = visible.length === 0 ? "no match" : (i < 0 ? "–" : (i + 1)) + " / " + visible.length;
    prev.disabled = i <= 0;
    next.disabled = i < 0 || i >= visible.length - 1;
  }

  function step(d) {
    var i = visible.indexOf(current);
    var j = i < 0 ? 0 : i + d;
    if (j >= 0 && j < visible.length) show(visible[j]);
  }

  // Filters: a search string, an entity id and, in the evaluation report,
  // errors only; a document shows when it matches all.
  function applyFilters() {
    var q = search.value.trim().toLowerCase();
    var id = entityFilter.value;
    var onlyErrors = errorsOnly && errorsOnly.checked;
    if (q && lowered.length === 0) {
      lowered = articles.map(function (a) {
        var t = a.querySelector(".text");
        return (t ? t.textContent : a.textContent).toLowerCase();
      });
    }
    visible = [];
    articles.forEach(function (a, k) {
      var ok = (!q || lowered[k].indexOf(q) >= 0) &&
        (!id || (" " + a.getAttribute("data-entities") + " ").indexOf(" " + id + " ") >= 0) &&
        (!onlyErrors || a.getAttribute("data-errors") !== "0");
      links[k].parentNode.classList.toggle("filtered", !ok);
      if (ok) visible.push(k);
    });
    filterStatus.textContent = (q || id || onlyErrors) ? visible.length + " of " + articles.length + " documents" : "";
    if (visible.length > 0 && visible.indexOf(current) < 0) show(visible[0]);
    else { applyEntityFocus(); updatePager(); }
  }

  function applyEntityFocus() {
    if (current < 0) return;
    var art = articles[current], id = entityFilter.value;
    art.querySelectorAll(".focus-entity").forEach(function (e) { e.classList.remove("focus-entity"); });
    art.querySelectorAll("li.claim").forEach(function (li) {
      var ok = !id || (" " + li.getAttribute("data-mentions") + " ").indexOf(" " + id + " ") >= 0;
      li.classList.toggle("filtered", !ok);
    });
    if (id) {
      art.querySelectorAll("[data-type]").forEach(function (e) {
        if (e.getAttribute("data-id") === id) fragments(e).forEach(function (f) { f.classList.add("focus-entity"); });
      });
    }
  }

  // Claims: selecting one marks its source, cue and content (and their fragments).
  function clearClaim() {
    document.querySelectorAll(".sel").forEach(function (e) { e.classList.remove("sel"); });
    document.querySelectorAll(".claim-focus").forEach(function (e) { e.classList.remove("claim-focus"); });
  }

  function selectClaim(ids, scroll) {
    clearClaim();
    var art = articles[current], first = null;
    ids.forEach(function (id) {
      art.querySelectorAll('[data-claim="' + id + '"]').forEach(function (part) {
        fragments(part).forEach(function (f) { f.classList.add("sel"); });
        if (!first) first = part;
        var panel = part.closest(".panel") || art;
        panel.classList.add("claim-focus");
      });
      var li = art.querySelector('[data-for-claim="' + id + '"]');
      if (li) li.classList.add("sel");
    });
    if (!art.querySelector(".panel")) art.classList.add("claim-focus");
    if (scroll && first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    describeClaim(ids[ids.length - 1]);
  }

  function row(dl, name, value, href) {
    if (value === null || value === undefined || value === "") return;
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = name;
    if (href) {
      var a = document.createElement("a");
      a.href = href; a.textContent = value; a.target = "_blank"; a.rel = "noopener";
      dd.appendChild(a);
    } else dd.textContent = value;
    dl.appendChild(dt); dl.appendChild(dd);
  }

  function panelTitle(text) {
    inspector.innerHTML = "";
    var t = document.createElement("p");
    t.className = "kind-title";
    t.textContent = text;
    inspector.appendChild(t);
    var dl = document.createElement("dl");
    inspector.appendChild(dl);
    return dl;
  }

  function spanText(el) { return fragments(el).map(function (f) { return f.textContent; }).join(""); }

  function describeEntity(el) {
    var dl = panelTitle("Entity · " + el.getAttribute("data-type"));
    row(dl, "text", spanText(el));
    row(dl, "canonical", el.getAttribute("data-canonical"));
    row(dl, "id", el.getAttribute("data-id"));
    row(dl, "subtype", el.getAttribute("data-subtype"));
    var kb = el.getAttribute("data-kb");
    if (kb) row(dl, "Wikidata", kb, "https://www.wikidata.org/wiki/" + encodeURIComponent(kb));
    row(dl, "by", el.getAttribute("data-by"));
    row(dl, "offsets", el.getAttribute("data-start") + "–" + el.getAttribute("data-end"));
    row(dl, "evaluation", el.getAttribute("data-status"));
  }

  function describeDate(el) {
    var dl = panelTitle("Date");
    row(dl, "text", spanText(el));
    row(dl, "value", el.getAttribute("data-value") || "null (not resolvable)");
    row(dl, "offsets", el.getAttribute("data-start") + "–" + el.getAttribute("data-end"));
    row(dl, "evaluation", el.getAttribute("data-status"));
  }

  function describeClaim(id) {
    var art = articles[current];
    var dl = panelTitle("Claim " + id);
    ["source", "cue", "content"].forEach(function (role) {
      var part = art.querySelector('[data-claim="' + id + '"][data-role="' + role + '"]');
      row(dl, role, part ? spanText(part) + (role === "source" ? " (" + part.getAttribute("data-kind") + ")" : "") : "none");
    });
    var li = art.querySelector('[data-for-claim="' + id + '"]');
    if (li) {
      var on = Array.prototype.slice.call(li.querySelectorAll(".flag.on")).map(function (f) { return f.textContent; });
      row(dl, "flags", on.length ? on.join(", ") : "none");
      var st = li.querySelector(".status");
      if (st) row(dl, "evaluation", st.textContent);
    }
  }

  function locate(side, range) {
    var art = articles[current], se = range.split("-");
    var panel = art.querySelector('[data-side="' + side + '"]');
    if (!panel) return null;
    return panel.querySelector('[data-start="' + se[0] + '"][data-end="' + se[1] + '"]:not([data-role])');
  }

  document.getElementById("docs").addEventListener("click", function (ev) {
    var t = ev.target;
    if (t.closest("a[href]") && !t.closest("[data-doc]")) return;  // the Wikidata link
    var tr = t.closest("tr.row");
    if (tr) {
      document.querySelectorAll("tr.sel-row").forEach(function (r) { r.classList.remove("sel-row"); });
      tr.classList.add("sel-row");
      var claims = tr.getAttribute("data-target-claim");
      if (claims) { selectClaim(claims.split(" "), true); return; }
      var first = null;
      ["gold", "pred"].forEach(function (side) {
        var r = tr.getAttribute("data-target-" + side);
        var el = r && locate(side, r);
        if (el) {
          fragments(el).forEach(function (f) { f.classList.remove("flash"); void f.offsetWidth; f.classList.add("flash"); });
          if (!first) first = el;
        }
      });
      if (first) {
        first.scrollIntoView({ block: "center", behavior: "smooth" });
        if (first.hasAttribute("data-type")) describeEntity(first); else describeDate(first);
      }
      return;
    }
    var li = t.closest("[data-for-claim]");
    if (li) { selectClaim([li.getAttribute("data-for-claim")], true); return; }
    var span = t.closest(".e, .d, .c");
    if (!span) return;
    var el = primary(span);
    if (el.hasAttribute("data-type")) describeEntity(el);
    else if (el.hasAttribute("data-value")) describeDate(el);
    else if (el.hasAttribute("data-claim")) selectClaim([el.getAttribute("data-claim")], false);
  });

  document.getElementById("docs").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.matches("li.claim, tr.row")) ev.target.click();
  });

  // Hover: a one-line summary of the innermost span.
  function summary(el) {
    if (el.hasAttribute("data-type")) {
      var s = el.getAttribute("data-type") + " · " + (el.getAttribute("data-canonical") || spanText(el));
      if (el.getAttribute("data-id")) s += " · " + el.getAttribute("data-id");
      if (el.getAttribute("data-kb")) s += " · " + el.getAttribute("data-kb");
      return s + (el.getAttribute("data-status") ? " — " + el.getAttribute("data-status") : "");
    }
    if (el.hasAttribute("data-value")) {
      return "date · " + (el.getAttribute("data-value") || "null") +
        (el.getAttribute("data-status") ? " — " + el.getAttribute("data-status") : "");
    }
    if (el.hasAttribute("data-claim")) {
      return "claim " + el.getAttribute("data-claim") + " · " + el.getAttribute("data-role") +
        (el.getAttribute("data-kind") ? " (" + el.getAttribute("data-kind") + ")" : "") +
        (el.getAttribute("data-status") ? " — " + el.getAttribute("data-status") : "");
    }
    return "";
  }

  document.addEventListener("mouseover", function (ev) {
    var span = ev.target.closest && ev.target.closest(".text .e, .text .d, .text .c");
    if (!span) { tooltip.hidden = true; return; }
    tooltip.textContent = summary(primary(span));
    tooltip.hidden = tooltip.textContent === "";
  });
  document.addEventListener("mousemove", function (ev) {
    if (tooltip.hidden) return;
    tooltip.style.left = Math.min(ev.clientX + 12, window.innerWidth - 370) + "px";
    tooltip.style.top = (ev.clientY + 16) + "px";
  });

  links.forEach(function (a, k) {
    a.addEventListener("click", function (ev) { ev.preventDefault(); show(k); });
  });
  prev.addEventListener("click", function () { step(-1); });
  next.addEventListener("click", function () { step(1); });
  var timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(applyFilters, 150); });
  entityFilter.addEventListener("change", applyFilters);
  if (errorsOnly) errorsOnly.addEventListener("change", applyFilters);
  document.addEventListener("keydown", function (ev) {
    if (ev.target.matches && ev.target.matches("input, select, textarea")) return;
    if (ev.key === "j" || ev.key === "ArrowRight") step(1);
    else if (ev.key === "k" || ev.key === "ArrowLeft") step(-1);
    else if (ev.key === "/") { ev.preventDefault(); search.focus(); }
    else if (ev.key === "Escape") { clearClaim(); hint(); }
  });
  window.addEventListener("hashchange", fromHash);

  function fromHash() {
    var m = /^#doc-(\d+)$/.exec(location.hash);
    var k = m ? parseInt(m[1], 10) - 1 : 0;
    show(k >= 0 && k < articles.length ? k : 0, true);
  }

  if (articles.length > 0) fromHash(); else updatePager();
  if (errorsOnly) {
    // Errors only, unless nothing has errors or the address names a document without.
    var named = articles[current];
    var none = !articles.some(function (a) { return a.getAttribute("data-errors") !== "0"; });
    if (none || (/^#doc-\d+$/.test(location.hash) && named && named.getAttribute("data-errors") === "0")) errorsOnly.checked = false;
    applyFilters();
  }
  document.body.setAttribute("data-ready", "1");
})();
