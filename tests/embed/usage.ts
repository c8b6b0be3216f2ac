// A program using the JavaScript API as a TypeScript project would: tests/js_api.rs type-checks
// it with `tsc --noEmit --strict` against dist/addsup.d.ts, then bundles it with esbuild and runs
// it in Chromium. Every field of every interface is read into a variable of its declared type,
// so a declaration that does not match what `check` returns fails one step or the other.
import init, { check, checks, languages, version } from "./addsup.js";
import type { Finding, Hedge, HedgeKind, Kind, NumberFound, Report } from "./addsup.js";

declare global {
  // What the page offers the test once the wasm is loaded.
  var addsup: { summarise(text: string): Summary; checks: string[]; languages: string[]; version: string } | undefined;
}

interface HedgeCopy {
  kind: HedgeKind;
  direction: "either" | "below" | "above";
  start: number;
  end: number;
  text: string;
  slice: string;
}

interface NumberCopy {
  start: number;
  end: number;
  start_byte: number;
  end_byte: number;
  text: string;
  value: number;
  kind: Kind;
  unit: string | null;
  approx: boolean;
  exact: string;
  precision: number;
  quantity: boolean;
  currency: string | null;
  noun: string | null;
  hedge: HedgeCopy | null;
  range: "low" | "high" | null;
  slice: string;
}

interface FindingCopy {
  check: string;
  verdict: "consistent" | "inconsistent";
  numbers: number[];
  claimed: number;
  computed: number;
  start: number;
  end: number;
  start_byte: number;
  end_byte: number;
  message: string;
  slice: string;
}

interface Summary {
  schema: number;
  numbers: NumberCopy[];
  findings: FindingCopy[];
}

function copyHedge(h: Hedge, text: string): HedgeCopy {
  const kind: HedgeKind = h.kind;
  const direction: "either" | "below" | "above" = h.direction;
  const start: number = h.start;
  const end: number = h.end;
  const said: string = h.text;
  return { kind, direction, start, end, text: said, slice: text.slice(start, end) };
}

function copyNumber(n: NumberFound, text: string): NumberCopy {
  const start: number = n.start;
  const end: number = n.end;
  const start_byte: number = n.start_byte;
  const end_byte: number = n.end_byte;
  const written: string = n.text;
  const value: number = n.value;
  const kind: Kind = n.kind;
  const unit: string | null = n.unit;
  const approx: boolean = n.approx;
  const exact: string = n.exact;
  const precision: number = n.precision;
  const quantity: boolean = n.quantity;
  const currency: string | null = n.currency;
  const noun: string | null = n.noun;
  const hedge: Hedge | null = n.hedge;
  const range: "low" | "high" | null = n.range;
  return {
    start, end, start_byte, end_byte, text: written, value, kind, unit, approx, exact, precision, quantity,
    currency, noun, hedge: hedge === null ? null : copyHedge(hedge, text), range, slice: text.slice(start, end),
  };
}

function copyFinding(f: Finding, text: string): FindingCopy {
  const rule: string = f.check;
  const verdict: "consistent" | "inconsistent" = f.verdict;
  const numbers: number[] = f.numbers;
  const claimed: number = f.claimed;
  const computed: number = f.computed;
  const start: number = f.start;
  const end: number = f.end;
  const start_byte: number = f.start_byte;
  const end_byte: number = f.end_byte;
  const message: string = f.message;
  return {
    check: rule, verdict, numbers, claimed, computed, start, end, start_byte, end_byte, message,
    slice: text.slice(start, end),
  };
}

function summarise(text: string): Summary {
  const report: Report = check(text);
  const schema: number = report.schema;
  const numbers: NumberFound[] = report.numbers;
  const findings: Finding[] = report.findings;
  return {
    schema,
    numbers: numbers.map((n) => copyNumber(n, text)),
    findings: findings.map((f) => copyFinding(f, text)),
  };
}

await init();
globalThis.addsup = { summarise, checks: checks(), languages: languages(), version: version() };
