// <addsup-checker>: a compact editor. Type or paste; numbers are highlighted where they stand,
// and a popover explains each relation. Its initial text is the element's own text content,
// which is never shown as such (the shadow root has no slot).
//
// Attributes: ticks="off" hides the marks on consistent relations; theme="light|dark|auto";
// checks="sum difference ..." runs only those checks; language="en" (else the nearest `lang`);
// placeholder="...". The `value` property reads and sets the text.

import { api, options, run, Marks, el, summary, openTip, hide, hit, findingsList, whenVisible } from "./core.js";
import { themeSheet, chromeSheet, editorSheet } from "./style.js";

const DEBOUNCE_MS = 120;

class AddsupChecker extends HTMLElement {
  static observedAttributes = ["ticks", "theme", "checks", "language", "placeholder"];

  constructor() {
    super();
    this.report = { numbers: [], findings: [] };
    this.ranges = [];
    this.marks = new Marks();
    this.tipFor = -1;
  }

  connectedCallback() {
    if (this.shadowRoot) {
      // Moved or re-inserted: the marks were cleared when it left.
      this.refresh();
      return;
    }
    const shadow = this.attachShadow({ mode: "open" });
    shadow.adoptedStyleSheets = [themeSheet(), chromeSheet(), editorSheet()];
    this.root = el("div", "root");
    const field = el("div", "field");
    this.mirror = el("div", "mirror");
    this.mirror.setAttribute("aria-hidden", "true");
    this.mirror.append(document.createTextNode(""));
    this.area = el("textarea");
    this.area.spellcheck = false;
    this.area.setAttribute("aria-label", this.getAttribute("aria-label") || "Text to check for numbers that do not add up");
    this.area.value = this.pending ?? this.textContent.trim().replace(/[ \t]*\n[ \t]*/g, "\n");
    this.status = el("span", "summary");
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    const bar = el("div", "bar");
    bar.append(this.status, el("span", "brand", "addsup"));
    this.list = el("div", "list");
    this.tip = el("div", "tip");
    this.tip.popover = "manual";
    this.tip.setAttribute("role", "tooltip");
    field.append(this.mirror, this.area);
    this.root.append(field, bar, this.list, this.tip);
    shadow.append(this.root);
    this.applyOptions();
    this.sync();

    this.area.addEventListener("input", (e) => {
      this.sync();
      clearTimeout(this.timer);
      // A paste is checked at once; typing waits until the keys pause.
      if (e.inputType === "insertFromPaste") this.refresh();
      else this.timer = setTimeout(() => this.refresh(), DEBOUNCE_MS);
    });
    this.area.addEventListener("scroll", () => {
      this.mirror.scrollTop = this.area.scrollTop;
      this.untip();
    });
    this.area.addEventListener("pointermove", (e) => this.hover(e), { passive: true });
    this.area.addEventListener("pointerleave", () => this.untip());
    // Keyboard users: the caret on a number in a relation opens its popover.
    for (const type of ["keyup", "click", "focus"]) this.area.addEventListener(type, () => this.caret());
    this.area.addEventListener("blur", () => this.untip());
    this.area.addEventListener("keydown", (e) => { if (e.key === "Escape") this.untip(); });
    new ResizeObserver(() => this.untip()).observe(this);
    whenVisible(this, () => this.refresh());
  }

  disconnectedCallback() {
    this.marks.clear();
    hide(this.tip);
  }

  attributeChangedCallback() {
    if (!this.root) return;
    this.applyOptions();
    this.refresh();
  }

  get value() {
    return this.area ? this.area.value : this.pending ?? this.textContent;
  }

  set value(text) {
    if (!this.area) {
      this.pending = String(text);
      return;
    }
    this.area.value = String(text);
    this.sync();
    this.refresh();
  }

  applyOptions() {
    this.opts = options((k) => this.getAttribute(k), this);
    this.root.className = `root theme-${this.opts.theme}`;
    this.tip.className = `tip theme-${this.opts.theme}`;
    this.area.placeholder = this.getAttribute("placeholder") || "Paste or type text with numbers in it.";
  }

  /**
   * Copies the text into the mirror: one text node, so UTF-16 offsets are node offsets. Only
   * the edited stretch is replaced, so the highlights before and after it move with the text
   * while the next check is pending instead of vanishing.
   */
  sync() {
    const node = this.mirror.firstChild;
    // The trailing newline keeps the mirror as tall as the textarea when the text ends in one.
    const next = `${this.area.value}\n`;
    const old = node.data;
    if (old !== next) {
      const most = Math.min(old.length, next.length);
      let a = 0;
      while (a < most && old.charCodeAt(a) === next.charCodeAt(a)) a++;
      let b = 0;
      while (b < most - a && old.charCodeAt(old.length - 1 - b) === next.charCodeAt(next.length - 1 - b)) b++;
      node.replaceData(a, old.length - a - b, next.slice(a, next.length - b));
    }
    this.mirror.scrollTop = this.area.scrollTop;
  }

  async refresh() {
    if (!this.root || !this.isConnected) return;
    let m;
    try { m = await api(); } catch {
      this.status.textContent = "addsup could not load.";
      return;
    }
    this.sync();
    const text = this.area.value;
    const report = run(m, text, this.opts);
    this.untip();
    this.marks.clear();
    if (report.error) {
      this.report = { numbers: [], findings: [] };
      this.ranges = [];
      this.status.textContent = report.error;
      this.list.replaceChildren();
      return;
    }
    this.report = report;
    const node = this.mirror.firstChild;
    this.ranges = this.marks.paint(report, this.opts, (s, e) => {
      const r = new Range();
      r.setStart(node, s);
      r.setEnd(node, e);
      return r;
    });
    this.status.textContent = text.trim() ? summary(report) : "";
    this.list.replaceChildren(findingsList(report, (i) => this.go(i)));
    this.checked = true;
    this.dispatchEvent(new CustomEvent("addsup-report", { detail: report }));
  }

  /** Selects number `i` in the text, scrolls to it and explains it. */
  go(i) {
    const n = this.report.numbers[i];
    if (!n) return;
    this.area.focus();
    this.area.setSelectionRange(n.start, n.end);
    const r = this.ranges[i].getBoundingClientRect();
    const box = this.area.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) {
      this.area.scrollTop += r.top - box.top - box.height / 2;
      this.mirror.scrollTop = this.area.scrollTop;
    }
    this.showTip(i);
  }

  caret() {
    const at = this.area.selectionStart;
    const i = this.report.numbers.findIndex((n) => n.start <= at && at <= n.end);
    if (i >= 0 && this.report.findings.some((f) => f.numbers.includes(i))) {
      if (i !== this.tipFor) this.showTip(i);
    } else if (this.tipFor >= 0) this.untip();
  }

  hover(e) {
    const i = hit(this.report, this.ranges, e.clientX, e.clientY);
    if (i < 0) this.untip();
    else if (i !== this.tipFor) this.showTip(i);
  }

  showTip(i) {
    openTip(this, i);
  }

  untip() {
    if (this.tipFor < 0) return;
    this.tipFor = -1;
    this.marks.blur();
    hide(this.tip);
  }
}

if (!customElements.get("addsup-checker")) customElements.define("addsup-checker", AddsupChecker);
