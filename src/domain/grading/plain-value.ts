/**
 * Plain values: the encoding in which a Python run reports what a function returned, and the
 * comparison of such values with a case's expected value.
 *
 * The process that runs candidate code never sees expected values; it encodes each return value
 * as tagged plain data (runners/python/harness/encode.py), which cannot carry a custom `__eq__`.
 * The grader compares here, in TypeScript, with Python's rules for plain data: tuples equal lists,
 * 1 == 1.0 but True is not 1, NaN equals NaN, an actual dict key 1 matches an expected JSON key
 * "1". Only exact built-in types are numbers or containers: a subclass of int (an "always equal"
 * int, say) arrives as an opaque `obj` node and equals nothing.
 */

/** One encoded Python value. `int` digits are a string (no precision loss). */
export type PlainValue =
  | { t: "none" }
  | { t: "bool"; v: boolean }
  | { t: "int"; v: string }
  | { t: "float"; v: number | "nan" | "inf" | "-inf" }
  | { t: "str"; v: string }
  | { t: "list" | "tuple" | "set" | "frozenset"; v: PlainValue[] }
  | { t: "dict"; v: [PlainValue, PlainValue][] }
  | { t: "obj"; type: string; repr: string; base?: string; why?: string };

/** How a value is compared: exact, approx (nested, abs/rel), unordered (multiset), set. */
export type ValueCompare =
  | { kind: "exact" }
  | { kind: "approx"; abs?: number; rel?: number }
  | { kind: "unordered" }
  | { kind: "set" };

export const DEFAULT_ABS = 1e-9;
export const DEFAULT_REL = 1e-9;

const KINDS = new Set([
  "none",
  "bool",
  "int",
  "float",
  "str",
  "list",
  "tuple",
  "set",
  "frozenset",
  "dict",
  "obj",
]);

/** Whether `x` is a well-formed plain value (data from a worker is checked before use). */
export function isPlainValue(x: unknown, depth = 0): x is PlainValue {
  if (depth > 200 || typeof x !== "object" || x === null) return false;
  const node = x as { t?: unknown; v?: unknown };
  if (typeof node.t !== "string" || !KINDS.has(node.t)) return false;
  switch (node.t) {
    case "none":
      return true;
    case "bool":
      return typeof node.v === "boolean";
    case "int":
      return typeof node.v === "string" && /^-?\d+$/.test(node.v);
    case "float":
      return typeof node.v === "number" || node.v === "nan" || node.v === "inf" || node.v === "-inf";
    case "str":
      return typeof node.v === "string";
    case "dict":
      return (
        Array.isArray(node.v) &&
        node.v.every(
          (kv) =>
            Array.isArray(kv) &&
            kv.length === 2 &&
            isPlainValue(kv[0], depth + 1) &&
            isPlainValue(kv[1], depth + 1),
        )
      );
    case "obj": {
      const o = x as { type?: unknown; repr?: unknown };
      return typeof o.type === "string" && typeof o.repr === "string";
    }
    default:
      return Array.isArray(node.v) && node.v.every((i) => isPlainValue(i, depth + 1));
  }
}

/** The plain value of a JSON value from a pack (arrays are lists, objects dicts with str keys). */
export function fromJson(value: unknown): PlainValue {
  if (value === null || value === undefined) return { t: "none" };
  if (typeof value === "boolean") return { t: "bool", v: value };
  if (typeof value === "number") {
    if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER)
      return { t: "int", v: String(value) };
    return { t: "float", v: Number.isNaN(value) ? "nan" : value };
  }
  if (typeof value === "string") return { t: "str", v: value };
  if (Array.isArray(value)) return { t: "list", v: value.map(fromJson) };
  if (typeof value === "object")
    return {
      t: "dict",
      v: Object.entries(value as Record<string, unknown>).map(([k, v]) => [{ t: "str", v: k }, fromJson(v)]),
    };
  return { t: "obj", type: typeof value, repr: String(value) };
}

// ---------------------------------------------------------------------------------------------
// Python-style repr (for messages and display)

const MAX_ITEMS = 200;
const MAX_STR = 1500;

/** Python's repr of a float (shortest round-trip digits, exponent from 1e16 or below 1e-4). */
export function pyFloatRepr(v: number | "nan" | "inf" | "-inf"): string {
  if (v === "nan" || Number.isNaN(v)) return "nan";
  if (v === "inf" || v === Infinity) return "inf";
  if (v === "-inf" || v === -Infinity) return "-inf";
  if (v === 0) return Object.is(v, -0) ? "-0.0" : "0.0";
  // toExponential() without an argument gives the shortest digits that round-trip, as Python does.
  const [mant, e] = v.toExponential().split("e") as [string, string];
  const exponent = Number(e);
  if (exponent < -4 || exponent >= 16) {
    return `${mant}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const sign = v < 0 ? "-" : "";
  const digits = mant.replace(/[-.]/g, "");
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const frac = digits.slice(exponent + 1);
  return `${sign}${whole}.${frac || "0"}`;
}

/** Python's repr of a str (single quotes unless the text has one and no double quote). */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return out + quote;
}

function items(list: PlainValue[], depth: number): string {
  const shown = list.slice(0, MAX_ITEMS).map((i) => reprAt(i, depth + 1));
  if (list.length > MAX_ITEMS) shown.push("...");
  return shown.join(", ");
}

function reprAt(x: PlainValue, depth: number): string {
  if (depth > 8) return "...";
  switch (x.t) {
    case "none":
      return "None";
    case "bool":
      return x.v ? "True" : "False";
    case "int":
      return x.v.length > 400 ? `${x.v.slice(0, 200)}...${x.v.slice(-200)}` : x.v;
    case "float":
      return pyFloatRepr(x.v);
    case "str":
      return x.v.length > MAX_STR
        ? `${pyStrRepr(x.v.slice(0, MAX_STR / 2))}...${pyStrRepr(x.v.slice(-MAX_STR / 2))}`
        : pyStrRepr(x.v);
    case "list":
      return `[${items(x.v, depth)}]`;
    case "tuple":
      return x.v.length === 1 ? `(${reprAt(x.v[0]!, depth + 1)},)` : `(${items(x.v, depth)})`;
    case "set":
      return x.v.length ? `{${items(x.v, depth)}}` : "set()";
    case "frozenset":
      return x.v.length ? `frozenset({${items(x.v, depth)}})` : "frozenset()";
    case "dict": {
      const shown = x.v.slice(0, 100).map(([k, v]) => `${reprAt(k, depth + 1)}: ${reprAt(v, depth + 1)}`);
      if (x.v.length > 100) shown.push("...");
      return `{${shown.join(", ")}}`;
    }
    case "obj":
      return x.repr;
  }
}

/** Python-style repr of a plain value (capped). */
export function reprPlain(x: PlainValue): string {
  return reprAt(x, 0);
}

// ---------------------------------------------------------------------------------------------
// Comparison

type Num = Extract<PlainValue, { t: "int" | "float" }>;
const isNum = (x: PlainValue): x is Num => x.t === "int" || x.t === "float";
type Items = Extract<PlainValue, { v: PlainValue[] }>;
const isSeq = (x: PlainValue): boolean => x.t === "list" || x.t === "tuple";
const isCollection = (x: PlainValue): x is Items =>
  x.t === "list" || x.t === "tuple" || x.t === "set" || x.t === "frozenset";

function toNumber(x: Num): number {
  if (x.t === "int") return Number(x.v);
  if (x.v === "nan") return NaN;
  if (x.v === "inf") return Infinity;
  if (x.v === "-inf") return -Infinity;
  return x.v;
}

/** Exact numeric equality with Python's semantics (big ints exact; int vs float by value). */
function numExact(e: Num, a: Num): boolean {
  if (e.t === "int" && a.t === "int") return BigInt(e.v) === BigInt(a.v);
  const ef = toNumber(e);
  const af = toNumber(a);
  if (e.t === "float" && a.t === "float") return ef === af;
  const [i, f] = e.t === "int" ? [e, af] : [a as Extract<Num, { t: "int" }>, ef];
  if (!Number.isFinite(f) || !Number.isInteger(f)) return false;
  return BigInt(i.v) === BigInt(f);
}

function numEqual(e: Num, a: Num, tol?: [number, number]): boolean {
  const ef = toNumber(e);
  const af = toNumber(a);
  if (Number.isNaN(ef) || Number.isNaN(af)) return Number.isNaN(ef) && Number.isNaN(af);
  if (!tol) return numExact(e, a);
  if (ef === af) return true;
  if (!Number.isFinite(ef) || !Number.isFinite(af)) return false;
  const [abs, rel] = tol;
  return Math.abs(af - ef) <= Math.max(rel * Math.max(Math.abs(ef), Math.abs(af)), abs);
}

const at = (path: string) => (path ? `at ${path}: ` : "");

function typeName(x: PlainValue): string {
  if (x.t === "obj") return x.type;
  return { none: "NoneType", bool: "bool", int: "int", float: "float", str: "str" }[x.t as string] ?? x.t;
}

function got(a: PlainValue): string {
  if (a.t === "obj" && a.base) {
    return `${a.type} ${a.repr} (a subclass of ${a.base}: return a plain ${a.base})`;
  }
  return reprPlain(a);
}

/** The key an actual dict key matches among an expected JSON object's keys. */
function jsonKey(k: PlainValue): string | undefined {
  switch (k.t) {
    case "str":
      return k.v;
    case "bool":
      return k.v ? "true" : "false";
    case "none":
      return "null";
    case "int":
      return k.v;
    case "float":
      return pyFloatRepr(k.v);
    default:
      return undefined;
  }
}

/** A string that is equal for values Python's hash/eq treat as equal (multiset/set compare). */
export function canonical(x: PlainValue): string {
  switch (x.t) {
    case "none":
      return "N";
    case "bool":
      return x.v ? "b1" : "b0";
    case "int":
      return `n${BigInt(x.v).toString()}`;
    case "float": {
      if (x.v === "nan") return "nan";
      const f = toNumber(x);
      if (Number.isFinite(f) && Number.isInteger(f)) return `n${BigInt(f).toString()}`;
      return `f${pyFloatRepr(x.v)}`;
    }
    case "str":
      return `s${JSON.stringify(x.v)}`;
    case "list":
    case "tuple":
      return `l[${x.v.map(canonical).join(",")}]`;
    case "set":
    case "frozenset":
      return `S{${x.v.map(canonical).sort().join(",")}}`;
    case "dict":
      return `d{${x.v
        .map(([k, v]) => `${canonical({ t: "str", v: jsonKey(k) ?? canonical(k) })}:${canonical(v)}`)
        .sort()
        .join(",")}}`;
    case "obj":
      return `o${x.type}:${x.repr}`;
  }
}

function diffAt(
  e: PlainValue,
  a: PlainValue,
  tol: [number, number] | undefined,
  path: string,
): string | null {
  if (e.t === "obj") return `${at(path)}the expected value (${e.type}) cannot be compared`;
  if (e.t === "bool" || a.t === "bool") {
    if (e.t === "bool" && a.t === "bool" && e.v === a.v) return null;
    return `${at(path)}expected ${reprPlain(e)}, got ${got(a)}`;
  }
  if (isNum(e) && isNum(a)) {
    return numEqual(e, a, tol) ? null : `${at(path)}expected ${reprPlain(e)}, got ${got(a)}`;
  }
  if (isSeq(e)) {
    if (!isSeq(a)) return `${at(path)}expected a list, got ${typeName(a)} ${got(a)}`;
    const [ev, av] = [(e as Items).v, (a as Items).v];
    if (ev.length !== av.length) return `${at(path)}expected ${ev.length} items, got ${av.length}`;
    for (let i = 0; i < ev.length; i++) {
      const d = diffAt(ev[i]!, av[i]!, tol, `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (e.t === "dict") {
    if (a.t !== "dict") return `${at(path)}expected a dict, got ${typeName(a)} ${got(a)}`;
    const want = new Map<string, PlainValue>();
    const wantKeys = new Map<string, PlainValue>();
    for (const [k, v] of e.v) {
      const key = jsonKey(k) ?? canonical(k);
      want.set(key, v);
      wantKeys.set(key, k);
    }
    const have = new Map<string, PlainValue>();
    const haveKeys = new Map<string, PlainValue>();
    for (const [k, v] of a.v) {
      const key = jsonKey(k) ?? `\u0000${canonical(k)}`;
      have.set(key, v);
      haveKeys.set(key, k);
    }
    for (const key of want.keys())
      if (!have.has(key)) return `${at(path)}missing key ${reprPlain(wantKeys.get(key)!)}`;
    for (const key of have.keys())
      if (!want.has(key)) return `${at(path)}unexpected key ${reprPlain(haveKeys.get(key)!)}`;
    for (const [key, v] of want) {
      const d = diffAt(v, have.get(key)!, tol, `${path}[${reprPlain(wantKeys.get(key)!)}]`);
      if (d) return d;
    }
    return null;
  }
  if (e.t === "set" || e.t === "frozenset") return setDiff(e.v, a, path);
  if (e.t !== a.t) return `${at(path)}expected ${reprPlain(e)}, got ${typeName(a)} ${got(a)}`;
  if (e.t === "str" && a.t === "str" && e.v === a.v) return null;
  if (e.t === "none") return null;
  return `${at(path)}expected ${reprPlain(e)}, got ${got(a)}`;
}

function collectionItems(a: PlainValue, path: string): PlainValue[] | string {
  if (isCollection(a)) return a.v;
  return `${at(path)}expected a collection, got ${typeName(a)} ${got(a)}`;
}

function unorderedDiff(e: PlainValue[], a: PlainValue, path: string): string | null {
  const list = collectionItems(a, path);
  if (typeof list === "string") return list;
  const count = (xs: PlainValue[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(canonical(x), (m.get(canonical(x)) ?? 0) + 1);
    return m;
  };
  const want = count(e);
  const have = count(list);
  const same = want.size === have.size && [...want].every(([k, n]) => have.get(k) === n);
  if (same) return null;
  if (e.length !== list.length)
    return `${at(path)}expected ${e.length} items (in any order), got ${list.length}`;
  const missing = e.find((x) => (want.get(canonical(x)) ?? 0) > (have.get(canonical(x)) ?? 0))!;
  return `${at(path)}${reprPlain(missing)} is missing or appears too few times (order ignored)`;
}

function setDiff(e: PlainValue[], a: PlainValue, path: string): string | null {
  const list = collectionItems(a, path);
  if (typeof list === "string") return list;
  const want = new Map(e.map((x) => [canonical(x), x] as const));
  const have = new Map(list.map((x) => [canonical(x), x] as const));
  for (const [k, x] of want)
    if (!have.has(k)) return `${at(path)}missing ${reprPlain(x)} (compared as a set)`;
  for (const [k, x] of have)
    if (!want.has(k)) return `${at(path)}unexpected ${reprPlain(x)} (compared as a set)`;
  return null;
}

/** null when `actual` matches `expected` under `compare`, else a sentence saying where and how
 * they differ. */
export function comparePlain(
  expected: PlainValue,
  actual: PlainValue,
  compare: ValueCompare = { kind: "exact" },
): string | null {
  if (compare.kind === "unordered" && isSeq(expected))
    return unorderedDiff((expected as Items).v, actual, "");
  if (compare.kind === "set" && isCollection(expected)) return setDiff(expected.v, actual, "");
  const tol: [number, number] | undefined =
    compare.kind === "approx" ? [compare.abs ?? DEFAULT_ABS, compare.rel ?? DEFAULT_REL] : undefined;
  return diffAt(expected, actual, tol, "");
}
