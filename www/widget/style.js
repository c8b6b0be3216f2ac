// The widget's styles, as constructed stylesheets: adopted by shadow roots (and, for the
// highlight colours only, by the document), they need no <style> element and no `style-src`
// exception in the host's Content Security Policy. Sizes are in px, never rem: rem follows the
// host's root font size, one of the few host styles that would otherwise reach in.

const PALETTE = {
  light: { count: "rgb(36 87 197 / 0.13)", money: "rgb(20 140 80 / 0.16)", percent: "rgb(140 60 190 / 0.14)", other: "rgb(110 110 110 / 0.12)", bad: "#c81e1e", ok: "#1d7f45", focus: "rgb(255 196 0 / 0.45)" },
  dark: { count: "rgb(122 165 255 / 0.22)", money: "rgb(80 210 140 / 0.2)", percent: "rgb(200 140 255 / 0.22)", other: "rgb(200 200 200 / 0.14)", bad: "#ff6b6b", ok: "#5fd08c", focus: "rgb(255 210 80 / 0.35)" },
};

function rules(name, p) {
  const tint = (kind) => `::highlight(addsup-${name}-${kind}) { background-color: ${p[kind]}; }`;
  return [
    ...["count", "money", "percent", "other"].map(tint),
    `::highlight(addsup-${name}-bad) { text-decoration: underline wavy ${p.bad}; text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }`,
    `::highlight(addsup-${name}-ok) { text-decoration: underline dotted ${p.ok}; text-decoration-thickness: 1.5px; }`,
    `::highlight(addsup-${name}-focus) { background-color: ${p.focus}; }`,
  ].join("\n");
}

// Highlights only change paint (colours and decorations), never layout, so adopting these
// rules into the host document cannot move anything; the names are all prefixed `addsup-`.
const THEME = [
  rules("light", PALETTE.light),
  rules("dark", PALETTE.dark),
  rules("auto", PALETTE.light),
  `@media (prefers-color-scheme: dark) {\n${rules("auto", PALETTE.dark)}\n}`,
].join("\n");

// Colours of the widget's own surfaces, per theme.
const SURFACES = `
.theme-light, .theme-auto { --bg: #ffffff; --fg: #1d1f21; --muted: #5b6066; --line: #d0d3cd; --bad: #c81e1e; --ok: #1d7f45; --accent: #2457c5; }
.theme-dark { --bg: #1e2125; --fg: #e6e6e3; --muted: #a0a5ab; --line: #3a3f45; --bad: #ff6b6b; --ok: #5fd08c; --accent: #7aa5ff; }
@media (prefers-color-scheme: dark) {
  .theme-auto { --bg: #1e2125; --fg: #e6e6e3; --muted: #a0a5ab; --line: #3a3f45; --bad: #ff6b6b; --ok: #5fd08c; --accent: #7aa5ff; }
}`;

// The badge, panel and popovers. `all: initial` first so that nothing the host page sets on
// inherited properties (font, colour, line height) reaches in.
const CHROME = `
${SURFACES}
.badge, .panel, .tip {
  all: initial;
  box-sizing: border-box;
  position: fixed;
  inset: auto;
  margin: 0;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--line);
  border-radius: 6px;
  box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
}
/* \`all: initial\` above also undid the UA rule that hides a closed popover. */
.badge:not(:popover-open), .panel:not(:popover-open), .tip:not(:popover-open) { display: none; }
.badge { padding: 1px 8px; cursor: pointer; color: var(--ok); font-weight: 600; white-space: nowrap; }
.badge.bad { color: var(--bad); }
.badge[hidden] { display: none; }
.badge:focus-visible, .finding:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.panel { padding: 8px 10px; max-width: min(512px, calc(100vw - 8px)); max-height: 60vh; overflow: auto; }
.tip { padding: 6px 9px; max-width: min(416px, calc(100vw - 8px)); pointer-events: none; }
.summary { all: initial; display: block; font: inherit; color: var(--muted); margin-bottom: 4px; }
.findings { all: initial; display: block; font: inherit; color: inherit; }
.findings li { display: block; }
.finding {
  all: initial; display: block; width: 100%; box-sizing: border-box; cursor: pointer;
  font: inherit; color: inherit; padding: 3px 4px; border-radius: 4px;
}
.finding:hover { background: color-mix(in srgb, var(--accent) 12%, transparent); }
.mark { font-weight: 700; margin-right: 4px; }
.inconsistent .mark { color: var(--bad); }
.consistent .mark { color: var(--ok); }
.tip-number { color: var(--muted); margin-bottom: 2px; }
.tip-finding { margin-top: 2px; }
`;

// The editor: a transparent textarea over a mirror of its text that carries the highlights,
// with identical font, padding and wrapping so that both lay the text out the same way.
const EDITOR = `
:host { display: block; width: 100%; height: 100%; min-height: 224px; contain: content; }
:host([hidden]) { display: none; }
.root {
  all: initial; box-sizing: border-box; display: flex; flex-direction: column; gap: 6px;
  width: 100%; height: 100%; min-height: inherit; padding: 6px; border-radius: 8px; background: var(--bg);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
}
.field { position: relative; flex: 1 1 auto; min-height: 96px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); }
.field:focus-within { outline: 2px solid var(--accent); outline-offset: -1px; }
.mirror, textarea {
  all: initial; box-sizing: border-box; position: absolute; inset: 0; width: 100%; height: 100%;
  margin: 0; border: 0; padding: 8px 10px;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: normal;
  white-space: pre-wrap; overflow-wrap: break-word; word-break: normal; tab-size: 4;
  overflow-y: auto; scrollbar-gutter: stable;
}
.mirror { color: transparent; overflow-y: hidden; pointer-events: none; }
textarea { color: var(--fg); caret-color: var(--fg); background: transparent; resize: none; display: block; }
textarea::placeholder { color: var(--muted); }
.bar { display: flex; justify-content: space-between; color: var(--muted); font-size: 12.5px; }
.list { max-height: 120px; overflow: auto; font-size: 13px; }
.list .findings { font-size: 13px; }
`;

const cache = new Map();
function sheet(key, text) {
  let s = cache.get(key);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(text);
    cache.set(key, s);
  }
  return s;
}

/** The highlight colours, for the document and for the editor's shadow root. */
export const themeSheet = () => sheet("theme", THEME);
/** The badge, panel and popovers. */
export const chromeSheet = () => sheet("chrome", CHROME);
/** The editor. */
export const editorSheet = () => sheet("editor", EDITOR);
