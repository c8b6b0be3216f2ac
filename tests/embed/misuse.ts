// Wrong uses of the API that `tsc --strict` must reject, each on a line marked with the error
// it must give: tests/js_api.rs requires exactly these errors, so the declarations are precise
// enough to catch them, and the type check of usage.ts cannot pass by checking nothing.
import init, { check } from "./addsup.js";
import type { Finding, Kind } from "./addsup.js";

await init();
const report = check("Of the 3 boats, 1 sailed and 1 stayed.");
const n = report.numbers[0];
const f = report.findings[0];
const start: string = n.start; // error TS2322
const end_byte: string = f.end_byte; // error TS2322
const unit: string = n.unit; // error TS2322
const hedge: string = n.hedge.text; // error TS18047
const kind: Kind = "integer"; // error TS2322
const verdict: Finding["verdict"] = "wrong"; // error TS2322
const approx: number = n.approx; // error TS2322
const numbers: string[] = f.numbers; // error TS2322
const source = report.source; // error TS2339
const text: string = check(42).numbers[0].text; // error TS2345
export { start, end_byte, unit, hedge, kind, verdict, approx, numbers, source, text };
