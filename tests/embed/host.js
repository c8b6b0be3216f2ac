// The host page's own script: remembers the page as it was before any widget ran (it runs at
// the end of parsing, before deferred module scripts), counts clicks through its own handler,
// and records every Content Security Policy violation.
"use strict";
window.host = { violations: [], clicks: 0, before: null };
document.addEventListener("securitypolicyviolation", function (e) {
  window.host.violations.push(e.violatedDirective + " " + e.blockedURI);
});
document.getElementById("story").addEventListener("click", function () {
  window.host.clicks += 1;
});
window.host.snapshot = function () {
  var inWidget = function (e) { return e.closest("addsup-checker, addsup-badge"); };
  var rects = [];
  document.querySelectorAll("body *").forEach(function (e) {
    if (inWidget(e)) return;
    var r = e.getBoundingClientRect();
    rects.push([e.localName + (e.id ? "#" + e.id : ""), r.x + scrollX, r.y + scrollY, r.width, r.height]);
  });
  // Not body.textContent: the parser appends whitespace after this script once it has run.
  var text = ["#masthead", "main", "#foot"].map(function (s) { return document.querySelector(s).textContent; });
  return { rects: rects, main: document.querySelector("main").innerHTML, text: text.join("|") };
};
window.host.before = window.host.snapshot();
