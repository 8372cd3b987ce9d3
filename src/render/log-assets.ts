// The log page's inline style and script: search and filters without a framework or a request.
import { BASE_CSS } from "./page.js";

export const LOG_CSS = `${BASE_CSS}
.controls{position:sticky;top:0;z-index:2;background:var(--bg);padding:10px 0;border-bottom:1px solid var(--line);display:flex;gap:10px;flex-wrap:wrap;align-items:center}
.controls input[type=search]{flex:1 1 260px;padding:7px 10px;font-size:15px;border:1px solid #aab3bf;border-radius:6px}
.controls select{max-width:220px;padding:6px 8px;font-size:14px;border:1px solid #aab3bf;border-radius:6px;background:#fff}
.controls output{color:var(--muted);font-size:13px}
table.index td:first-child,table.index td.date{white-space:nowrap}
.door-one-way{color:#c62828;font-weight:600}
.graph-node.dim{opacity:.25}
.legend span{margin-right:14px;font-size:13px}
.legend i{display:inline-block;width:22px;height:0;border-top:2px solid;vertical-align:middle;margin-right:6px}
ol.timeline{list-style:none;padding:0 0 0 18px;border-left:3px solid var(--line);margin-left:8px}
ol.timeline li{position:relative;margin:0 0 8px;padding-left:10px}
ol.timeline li::before{content:"";position:absolute;left:-26px;top:7px;width:11px;height:11px;border-radius:50%;background:var(--accent);border:2px solid #fff}
ol.timeline li.year{font-weight:700;margin-top:14px}
ol.timeline li.year::before{background:var(--fg)}
ol.timeline time{font-variant-numeric:tabular-nums;color:var(--muted);margin-right:8px}
article.decision{border:1px solid var(--line);border-radius:8px;padding:4px 20px 12px;margin:18px 0;scroll-margin-top:70px}
article.decision:target{border-color:var(--accent);box-shadow:0 0 0 3px #1f5fbf33}
article.decision h3{font-size:22px;margin:12px 0 4px;border:0}
article.decision dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0 12px;font-size:14px}
article.decision dt{color:var(--muted)}
article.decision dd{margin:0}
article.decision .body h4{font-size:17px;margin:18px 0 6px}
article.decision .body pre{background:var(--panel);padding:10px;overflow-x:auto;border-radius:6px}
article.decision .body code{background:var(--panel);padding:0 3px;border-radius:3px}
article.decision .body blockquote{border-left:3px solid var(--line);margin:0;padding-left:12px;color:var(--muted)}
.notice{background:#fff4e5;border:1px solid #f0c36d;padding:6px 10px;border-radius:6px}
`;

export const LOG_JS = `"use strict";
(function () {
  var search = document.getElementById("search");
  var status = document.getElementById("status-filter");
  var tag = document.getElementById("tag-filter");
  var count = document.getElementById("shown-count");
  var entries = Array.prototype.map.call(document.querySelectorAll("article.decision[data-key]"), function (article) {
    var key = article.getAttribute("data-key");
    return {
      key: key,
      text: article.textContent.toLowerCase(),
      status: article.getAttribute("data-status"),
      tags: JSON.parse(article.getAttribute("data-tags") || "[]"),
      elements: Array.prototype.slice.call(document.querySelectorAll("[data-key='" + key + "']"))
    };
  });
  function apply() {
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    entries.forEach(function (entry) {
      var match = words.every(function (w) { return entry.text.indexOf(w) !== -1; }) &&
        (!status.value || entry.status === status.value) &&
        (!tag.value || entry.tags.indexOf(tag.value) !== -1);
      if (match) shown++;
      entry.elements.forEach(function (el) {
        if (el instanceof SVGElement) el.classList.toggle("dim", !match);
        else el.hidden = !match;
      });
    });
    count.value = shown === entries.length ? entries.length + " decisions" : shown + " of " + entries.length + " decisions shown";
  }
  // Following a link to a decision the filters hide would land nowhere: show everything again first.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.hidden) {
      search.value = ""; status.value = ""; tag.value = "";
      apply();
      target.scrollIntoView();
    }
  }
  search.addEventListener("input", apply);
  status.addEventListener("change", apply);
  tag.addEventListener("change", apply);
  window.addEventListener("hashchange", reveal);
  apply();
})();
`;
