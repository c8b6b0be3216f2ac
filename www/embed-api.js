// The JavaScript API from a page's own module script: every number in the text, cut out of it
// with the UTF-16 offsets `check` returns, and every finding. Waits for the page's load event,
// like the widget, so the demo does not delay the page either.
import init, { check } from "./addsup.js";

const input = document.getElementById("api-input");
const numbers = document.getElementById("api-numbers");
const findings = document.getElementById("api-findings");
const item = (text) => {
  const li = document.createElement("li");
  li.textContent = text;
  return li;
};

async function show() {
  await init();
  const text = input.value;
  const report = check(text);
  numbers.replaceChildren(...report.numbers.map((n) => item(`${text.slice(n.start, n.end)}: ${n.kind.replace("_", " ")}, ${n.exact}${n.unit ? ` ${n.unit}` : ""}`)));
  findings.replaceChildren(...report.findings.map((f) => item(`${f.verdict === "inconsistent" ? "✗" : "✓"} ${f.check}: ${f.message}`)));
}

input.addEventListener("input", show);
if (document.readyState === "complete") show();
else addEventListener("load", show, { once: true });
