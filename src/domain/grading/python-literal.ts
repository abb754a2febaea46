import type { PythonQuestion, SqlQuestion } from "../packs";

/**
 * Show JSON case inputs the way a Python programmer reads them: `None`, `True`, `False`, and a
 * call expression such as `f([1, 2], k=3)`.
 */
export function pythonLiteral(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number")
    return Number.isFinite(v) ? String(v) : v > 0 ? "float('inf')" : v < 0 ? "float('-inf')" : "float('nan')";
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(pythonLiteral).join(", ")}]`;
  if (typeof v === "object") {
    return `{${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${JSON.stringify(k)}: ${pythonLiteral(x)}`)
      .join(", ")}}`;
  }
  return String(v);
}

/** `entry(arg1, arg2, key=value)` for a structured case. */
export function pythonCall(
  entry: string,
  args: readonly unknown[],
  kwargs: Record<string, unknown> = {},
): string {
  const parts = [
    ...args.map(pythonLiteral),
    ...Object.entries(kwargs).map(([k, v]) => `${k}=${pythonLiteral(v)}`),
  ];
  return `${entry}(${parts.join(", ")})`;
}

/** The visible cases of a Python question as calls (`f([1, 2], k=3)`) by case id; empty for SQL. */
export function visibleCaseCalls(q: PythonQuestion | SqlQuestion): Map<string, string> {
  if (q.kind !== "python") return new Map();
  return new Map(
    (q.cases ?? []).filter((c) => !c.hidden).map((c) => [c.id, pythonCall(q.entry ?? "f", c.args, c.kwargs)]),
  );
}
