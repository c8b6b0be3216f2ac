// addsup widget: one <script type="module" src=".../addsup-widget.js"> on any page, then
//   <addsup-checker></addsup-checker>   a compact editor (Shadow DOM), or
//   <article data-addsup>...</article>  the element's own text annotated in place.
//
// Plain JS over the API module (addsup.js, next to this file): the checking is the Rust core,
// and this file only draws. It never changes the host's text or layout: numbers are marked with
// the CSS Custom Highlight API, which paints without adding elements, and everything the widget
// adds (badge, panel, popovers) lives in shadow roots shown in the top layer, so it takes no
// space in the page and no page style reaches in. No inline scripts, no eval, no inline style
// attributes in markup: it runs under `script-src 'self' 'wasm-unsafe-eval'`.
//
// Nothing heavy loads until a widget is visible, and never before the page's load event.

import { api, options, run, Marks, el, summary, openTip, place, hide, hit, findingsList, whenVisible } from "./widget/core.js";
import { themeSheet, chromeSheet } from "./widget/style.js";
import "./widget/checker.js";

export { api };

// ---- in place: [data-addsup] -------------------------------------------------------------

const SKIP = "script,style,noscript,template,textarea,select,svg,math,[hidden],[data-addsup-ignore],addsup-badge,addsup-checker";

/**
 * The text of `root` as a reader sees it: whitespace runs collapsed to one space, blocks and
 * line breaks separated by a blank line (so the core does not read "90" and "35" in two
 * paragraphs as "9035"). `pieces` maps offsets in that text back to DOM text nodes.
 */
function readText(root) {
  // Parts joined once at the end: appending to one string and trimming it per block would
  // copy the text again for every paragraph.
  const parts = [];
  const pieces = [];
  let length = 0, last = "", lastBlock = null, pendingBreak = false;
  const push = (part, piece) => {
    if (piece) pieces.push(piece);
    parts.push(part);
    length += part.length;
    last = part[part.length - 1];
  };
  const inline = new Map();
  const blockOf = (node) => {
    for (let e = node.parentElement; e && e !== root; e = e.parentElement) {
      if (!inline.has(e)) inline.set(e, getComputedStyle(e).display.startsWith("inline"));
      if (!inline.get(e)) return e;
    }
    return root;
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.nodeType === 1 && n.matches(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if (n.localName === "br") pendingBreak = true;
      continue;
    }
    const block = blockOf(n);
    if (block !== lastBlock) {
      pendingBreak ||= lastBlock !== null;
      lastBlock = block;
    }
    for (const m of n.data.matchAll(/[ \t\n\r\f]+|[^ \t\n\r\f]+/g)) {
      if (/^[ \t\n\r\f]/.test(m[0])) {
        // A run of whitespace reads as one space, and as nothing at the start or before a break.
        if (length && last !== " " && last !== "\n" && !pendingBreak) {
          push(" ", { start: length, node: n, offset: m.index, length: 1 });
        }
        continue;
      }
      if (pendingBreak && length) {
        if (last === " ") {
          parts.pop();
          pieces.pop();
          length -= 1;
        }
        push("\n\n");
      }
      pendingBreak = false;
      push(m[0], { start: length, node: n, offset: m.index, length: m[0].length });
    }
  }
  return { text: parts.join(""), pieces };
}

/** A DOM Range over [start, end) of the text `readText` made, or null. */
function domRange(pieces, start, end) {
  const find = (pos) => {
    let lo = 0, hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].start <= pos) lo = mid; else hi = mid - 1;
    }
    return pieces[lo];
  };
  if (!pieces.length || end <= start) return null;
  const a = find(start), b = find(end - 1);
  const r = new Range();
  r.setStart(a.node, a.offset + Math.min(start - a.start, a.length - 1));
  r.setEnd(b.node, b.offset + Math.min(end - 1 - b.start, b.length - 1) + 1);
  return r;
}

/** An element whose text addsup annotates in place, with its badge. */
class InPlace {
  constructor(target) {
    this.target = target;
    this.opts = options((k) => target.getAttribute(`data-addsup-${k}`), target);
    this.marks = new Marks();
    this.report = { numbers: [], findings: [] };
    this.ranges = [];
    this.tipFor = -1;
    this.host = document.createElement("addsup-badge");
    // Inline !important beats any page rule, so page CSS cannot put the badge in the flow.
    for (const [k, v] of [["all", "initial"], ["position", "absolute"], ["top", "0"], ["left", "0"], ["width", "0"], ["height", "0"], ["display", "block"]]) {
      this.host.style.setProperty(k, v, "important");
    }
    const shadow = this.host.attachShadow({ mode: "open" });
    shadow.adoptedStyleSheets = [chromeSheet()];
    this.shadow = shadow;
    this.badge = el("button", `badge theme-${this.opts.theme}`, "addsup…");
    this.badge.type = "button";
    this.badge.popover = "manual";
    this.badge.setAttribute("aria-expanded", "false");
    this.panel = el("div", `panel theme-${this.opts.theme}`);
    this.panel.popover = "manual";
    this.panel.setAttribute("role", "dialog");
    this.panel.setAttribute("aria-label", "addsup findings");
    this.tip = el("div", `tip theme-${this.opts.theme}`);
    this.tip.popover = "manual";
    this.tip.setAttribute("role", "tooltip");
    shadow.append(this.badge, this.panel, this.tip);
    this.badge.addEventListener("click", () => this.togglePanel());
    document.body.append(this.host);
    this.badge.showPopover();
    this.place = this.place.bind(this);
    addEventListener("scroll", this.place, { passive: true, capture: true });
    addEventListener("resize", this.place, { passive: true });
    this.resized = new ResizeObserver(this.place);
    this.resized.observe(target);
    this.place();
    // Passive listeners that never stop or cancel anything: the page's own handlers run as before.
    target.addEventListener("pointermove", (e) => this.hover(e), { passive: true });
    target.addEventListener("pointerleave", () => { if (!this.pinned) this.untip(); }, { passive: true });
    target.addEventListener("click", (e) => this.hover(e, true), { passive: true });
    addEventListener("keydown", (e) => { if (e.key === "Escape") { this.untip(); hide(this.panel); } });
    this.mutated = new MutationObserver(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.refresh(), 200);
    });
    this.mutated.observe(target, { characterData: true, childList: true, subtree: true });
  }

  async refresh() {
    let m;
    try { m = await api(); } catch (e) {
      this.badge.textContent = "addsup could not load";
      return;
    }
    const { text, pieces } = readText(this.target);
    const report = run(m, text, this.opts);
    this.marks.clear();
    this.untip();
    if (report.error) {
      this.report = { numbers: [], findings: [] };
      this.badge.textContent = "addsup: language not supported";
      this.badge.title = report.error;
      return;
    }
    this.report = report;
    // The text the report's offsets index, for whoever listens to addsup-report.
    this.text = text;
    this.ranges = this.marks.paint(report, this.opts, (s, e) => domRange(pieces, s, e));
    const bad = report.findings.filter((f) => f.verdict === "inconsistent").length;
    const good = report.findings.length - bad;
    this.badge.textContent = bad ? `✗ ${bad}` : "✓";
    if (this.opts.ticks && good) this.badge.textContent += bad ? ` · ✓ ${good}` : ` ${good}`;
    this.badge.classList.toggle("bad", bad > 0);
    this.badge.title = `addsup: ${summary(report)}`;
    this.badge.setAttribute("aria-label", this.badge.title);
    // The host's markup stays as it was: the result is an event and a property, not an attribute.
    this.checked = true;
    this.target.dispatchEvent(new CustomEvent("addsup-report", { detail: report }));
    this.place();
  }

  place() {
    if (!this.target.isConnected) {
      this.remove();
      return;
    }
    const r = this.target.getBoundingClientRect();
    const w = this.badge.offsetWidth, h = this.badge.offsetHeight;
    this.badge.style.left = `${Math.max(0, Math.min(r.right - w, innerWidth - w))}px`;
    this.badge.style.top = `${Math.max(0, r.top - h - 2)}px`;
    this.badge.hidden = r.bottom < 0 || r.top > innerHeight;
    if (this.tipFor >= 0) place(this.tip, this.ranges[this.tipFor].getBoundingClientRect());
  }

  /** Takes everything back once the element has left the page. */
  remove() {
    this.marks.clear();
    this.resized.disconnect();
    this.mutated.disconnect();
    removeEventListener("scroll", this.place, { capture: true });
    removeEventListener("resize", this.place);
    this.host.remove();
    this.untip();
    hide(this.panel);
    live.delete(this);
    delete this.target.addsup;
  }

  togglePanel() {
    if (this.panel.matches(":popover-open")) {
      hide(this.panel);
      this.badge.setAttribute("aria-expanded", "false");
      return;
    }
    this.panel.replaceChildren(el("p", "summary", summary(this.report)), findingsList(this.report, (i) => this.go(i)));
    place(this.panel, this.badge.getBoundingClientRect());
    this.badge.setAttribute("aria-expanded", "true");
    this.panel.querySelector("button")?.focus();
  }

  go(i) {
    const r = this.ranges[i];
    if (!r) return;
    r.startContainer.parentElement?.scrollIntoView({ block: "center" });
    this.pinned = true;
    requestAnimationFrame(() => this.showTip(i));
  }

  hover(e, pin) {
    const i = hit(this.report, this.ranges, e.clientX, e.clientY);
    if (i < 0) {
      if (pin || !this.pinned) { this.pinned = false; this.untip(); }
      return;
    }
    if (pin) this.pinned = true;
    if (i !== this.tipFor) this.showTip(i);
  }

  showTip(i) {
    openTip(this, i);
  }

  untip() {
    this.tipFor = -1;
    this.marks.blur();
    hide(this.tip);
  }
}

// One observer for the whole page: annotated elements that leave it take their badges and marks
// with them, and `data-addsup` elements added later (by a client-side router, say) are annotated.
const live = new Set();
let watching = null;
function watch() {
  watching = new MutationObserver((records) => {
    for (const w of live) if (!w.target.isConnected) w.remove();
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1 || n.localName === "addsup-badge") continue;
        if (n.matches("[data-addsup]")) annotate(n);
        n.querySelectorAll("[data-addsup]").forEach(annotate);
      }
    }
  });
  watching.observe(document.documentElement, { childList: true, subtree: true });
}

/** Annotates `element` in place (what `data-addsup` does), once it is visible. */
export function annotate(element) {
  if (element.addsup) return element.addsup;
  if (!watching) watch();
  if (!document.adoptedStyleSheets.includes(themeSheet())) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeSheet()];
  }
  const widget = new InPlace(element);
  element.addsup = widget;
  live.add(widget);
  whenVisible(element, () => widget.refresh());
  return widget;
}

/** Annotates every `[data-addsup]` element under `root` not annotated yet. */
export function scan(root = document) {
  root.querySelectorAll("[data-addsup]").forEach(annotate);
}


if (document.readyState === "loading") addEventListener("DOMContentLoaded", () => scan(), { once: true });
else scan();
