// Shared by both embed modes: loading the API module, options, highlights and popovers.

// The API module sits next to addsup-widget.js, one folder up from this file.
const base = new URL("../", import.meta.url);
let loading = null;

/** The API module, fetched and initialised once for every widget on the page. */
export function api() {
  if (!loading) {
    const loaded = document.readyState === "complete"
      ? Promise.resolve()
      : new Promise((done) => addEventListener("load", done, { once: true }));
    loading = loaded
      .then(() => import(new URL("./addsup.js", base).href))
      .then(async (m) => {
        await m.default();
        return m;
      });
  }
  return loading;
}

// ---- options ---------------------------------------------------------------------------

/** Reads the options shared by both embed modes; `get(name)` reads one attribute. */
export function options(get, el) {
  const list = (get("checks") || "").split(/[\s,]+/).filter(Boolean);
  const lang = get("language") || el.closest("[lang]")?.getAttribute("lang") || "en";
  const theme = get("theme");
  return {
    ticks: !/^(off|false|no|0)$/i.test(get("ticks") || ""),
    theme: ["light", "dark"].includes(theme) ? theme : "auto",
    checks: list.length ? new Set(list) : null,
    language: lang.toLowerCase().split("-")[0],
  };
}

/** The report for `text` under the options, or a reason there is none. */
export function run(m, text, opts) {
  if (!m.languages().includes(opts.language)) {
    return { error: `addsup reads ${m.languages().join(", ")}; this text is marked "${opts.language}".` };
  }
  const report = m.check(text);
  if (opts.checks) report.findings = report.findings.filter((f) => opts.checks.has(f.check));
  return report;
}

// ---- highlights --------------------------------------------------------------------------

// One Highlight per theme and style, shared by every widget on the page (the registry is
// global); each widget adds and removes only its own ranges.
const TINT = { count: "count", fraction: "count", multiplier: "count", money: "money", percent: "percent", percentage_points: "percent" };
const registry = new Map();
const highlights = typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight === "function";

function highlight(theme, style) {
  const name = `addsup-${theme}-${style}`;
  let h = registry.get(name);
  if (!h) {
    h = new Highlight();
    h.priority = { bad: 3, focus: 2, ok: 1 }[style] || 0;
    CSS.highlights.set(name, h);
    registry.set(name, h);
  }
  return h;
}

/** Marks a report's numbers; `range(start, end)` makes a Range from UTF-16 offsets. */
export class Marks {
  constructor() { this.added = []; this.focused = null; }
  clear() {
    for (const [h, r] of this.added) h.delete(r);
    this.added = [];
    this.blur();
  }
  add(theme, style, r) {
    if (!highlights || !r) return;
    const h = highlight(theme, style);
    h.add(r);
    this.added.push([h, r]);
  }
  paint(report, opts, range) {
    this.clear();
    const ranges = report.numbers.map((n) => range(n.start, n.end));
    const bad = new Set(), ok = new Set();
    for (const f of report.findings) for (const i of f.numbers) (f.verdict === "inconsistent" ? bad : ok).add(i);
    report.numbers.forEach((n, i) => {
      this.add(opts.theme, TINT[n.kind] || "other", ranges[i]);
      if (bad.has(i)) this.add(opts.theme, "bad", ranges[i]);
      else if (ok.has(i) && opts.ticks) this.add(opts.theme, "ok", ranges[i]);
    });
    return ranges;
  }
  focus(theme, r) {
    this.blur();
    if (!highlights || !r) return;
    this.focused = [highlight(theme, "focus"), r];
    this.focused[0].add(r);
  }
  blur() {
    if (this.focused) this.focused[0].delete(this.focused[1]);
    this.focused = null;
  }
}

// ---- popovers ----------------------------------------------------------------------------

export const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
};

export function summary(report) {
  const bad = report.findings.filter((f) => f.verdict === "inconsistent").length;
  const n = report.numbers.length, r = report.findings.length;
  return `${n} number${n === 1 ? "" : "s"}, ${r} relation${r === 1 ? "" : "s"} checked, ${bad} inconsistent`;
}

/** Fills a popover with what the findings that use number `i` say. */
export function explain(tip, report, i) {
  tip.replaceChildren();
  const n = report.numbers[i];
  tip.append(el("div", "tip-number", `“${n.text}” ${n.kind.replace("_", " ")}${n.unit ? ` (${n.unit})` : ""}`));
  for (const f of report.findings) {
    if (!f.numbers.includes(i)) continue;
    const line = el("div", `tip-finding ${f.verdict}`);
    line.append(el("span", "mark", f.verdict === "inconsistent" ? "✗" : "✓"), el("b", null, `${f.check}: `), f.message);
    tip.append(line);
  }
}

/** Opens widget `w`'s popover on number `i`: its explanation, its highlight, next to it. */
export function openTip(w, i) {
  w.tipFor = i;
  explain(w.tip, w.report, i);
  w.marks.focus(w.opts.theme, w.ranges[i]);
  place(w.tip, w.ranges[i].getBoundingClientRect());
}

/** Shows a top-layer popover next to a viewport rectangle, kept inside the viewport. */
export function place(pop, rect) {
  if (!pop.matches(":popover-open")) pop.showPopover();
  const w = pop.offsetWidth, h = pop.offsetHeight;
  const left = Math.max(4, Math.min(rect.left, innerWidth - w - 4));
  const below = rect.bottom + 6;
  const top = below + h > innerHeight && rect.top - h - 6 > 0 ? rect.top - h - 6 : below;
  pop.style.left = `${left}px`;
  pop.style.top = `${top}px`;
}

export function hide(pop) {
  if (pop.matches(":popover-open")) pop.hidePopover();
}

/** The index of the number in a finding whose range is under the point, or -1. */
export function hit(report, ranges, x, y) {
  for (const f of report.findings) {
    for (const i of f.numbers) {
      for (const b of ranges[i]?.getClientRects() || []) {
        if (x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1) return i;
      }
    }
  }
  return -1;
}

/** A findings list whose entries call `go(numberIndex)`. */
export function findingsList(report, go) {
  const list = el("ul", "findings");
  for (const f of report.findings) {
    const item = el("li");
    const button = el("button", `finding ${f.verdict}`);
    button.type = "button";
    button.append(el("span", "mark", f.verdict === "inconsistent" ? "✗" : "✓"), ` ${f.check}: ${f.message}`);
    button.addEventListener("click", () => go(f.numbers[0]));
    item.append(button);
    list.append(item);
  }
  return list;
}

/** Calls `then` once, when `element` first comes near the viewport. */
export function whenVisible(element, then) {
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      seen.disconnect();
      then();
    }
  }, { rootMargin: "200px" });
  seen.observe(element);
}

