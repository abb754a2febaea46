/**
 * Turns zod issues into friendly PackErrors: the exact path, a short message and a fix. The raw
 * input is consulted so a missing key reads `required` ("Add an `expected` value.") rather than a
 * type error, and unknown enum values or kinds list the allowed ones (with a did-you-mean).
 */
import type { z } from "zod";
import { SLUG_PATTERN } from "./common-schema";
import { SEMVER_PATTERN } from "./pack-schema";
import { MAX_ERRORS, formatPath, type PackError, type PathSegment } from "./pack-errors";

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
  null: "null",
};

function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === "number") return `the number ${v}`;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "object") return "an object";
  return typeof v;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object" || !Object.prototype.hasOwnProperty.call(cur, seg))
      return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return { found: cur !== undefined, value: cur };
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The candidate within edit distance 2 of `given` (case-insensitive), if any. */
export function nearest(candidates: readonly unknown[], given: unknown): string | undefined {
  if (typeof given !== "string") return undefined;
  return candidates.map(String).find((a) => editDistance(a.toLowerCase(), given.toLowerCase()) <= 2);
}

/** `Use one of: a, b, c.` plus ` Did you mean \`b\`?` when a value is a near miss. */
export function allowedList(allowed: readonly unknown[], given: unknown): string {
  const near = nearest(allowed, given);
  return `Use one of: ${allowed.map(String).join(", ")}.${near !== undefined ? ` Did you mean \`${near}\`?` : ""}`;
}

/** The field an issue is about: `lanes[1]` → `lane`, `cases[2].expected` → `expected`. */
function fieldName(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (typeof last === "string") return last;
  const parent = path[path.length - 2];
  return typeof parent === "string" ? parent.replace(/s$/, "") : "value";
}

function formatFix(issue: z.core.$ZodIssue, value: unknown): { message: string; fix: string } {
  if (issue.code !== "invalid_format") return { message: "invalid format", fix: "Check the value." };
  const shown = describeValue(value);
  if (issue.format === "url")
    return {
      message: `${shown} is not an http(s) URL`,
      fix: "Use a full URL starting with http:// or https://.",
    };
  const pattern = "pattern" in issue ? String(issue.pattern) : "";
  if (pattern === String(SLUG_PATTERN))
    return {
      message: `${shown} is not a valid id`,
      fix: "Use lowercase letters, digits and single hyphens, e.g. `precision-at-k`.",
    };
  if (pattern === String(SEMVER_PATTERN))
    return { message: `${shown} is not a semantic version`, fix: "Use a version such as 1.0.0." };
  return {
    message: `${shown} does not match the required format ${pattern}`,
    fix: "Use a Python function name such as `precision_at_k`.",
  };
}

function toPackError(issue: z.core.$ZodIssue, input: unknown): PackError {
  const segments = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
  const path = formatPath(segments);
  const name = fieldName(segments);
  const { found, value } = valueAt(input, issue.path);
  const custom = (code: PackError["code"], message: string, fix: string): PackError => ({
    code,
    path,
    message,
    fix,
  });
  if (!found && issue.code !== "custom" && issue.code !== "too_small") {
    if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options)) {
      return custom(
        "required",
        "required",
        `Add \`${name}\`: ${allowedList(issue.options, undefined).replace(/^Use one of: /, "one of ")}`,
      );
    }
    return custom("required", "required", `Add ${article(name)} \`${name}\` value.`);
  }
  switch (issue.code) {
    case "invalid_union":
      if ("options" in issue && Array.isArray(issue.options)) {
        if (typeof value !== "string")
          return custom(
            "wrong-type",
            `expected text, got ${describeValue(value)}`,
            allowedList(issue.options, value),
          );
        return custom(
          "unknown-kind",
          `unknown ${name} ${JSON.stringify(value)}`,
          allowedList(issue.options, value),
        );
      }
      return custom(
        "wrong-type",
        `${describeValue(value)} is not a valid value here`,
        "Use a JSON value (text, number, true/false, null, list or object).",
      );
    case "invalid_type": {
      const want = TYPE_NAMES[issue.expected] ?? issue.expected;
      return custom("wrong-type", `expected ${want}, got ${describeValue(value)}`, `Change it to ${want}.`);
    }
    case "invalid_value":
      if (issue.values.length === 1)
        return custom(
          "invalid-value",
          `must be ${JSON.stringify(issue.values[0])}, got ${describeValue(value)}`,
          `Set it to ${JSON.stringify(issue.values[0])}.`,
        );
      return custom(
        "invalid-value",
        `unknown ${name} ${JSON.stringify(value)}`,
        allowedList(issue.values, value),
      );
    case "invalid_format": {
      const { message, fix } = formatFix(issue, value);
      return custom("invalid-format", message, fix);
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "array")
        return custom(
          "too-small",
          `needs at least ${min} item${min === 1 ? "" : "s"}`,
          `Add ${min === 1 ? "one" : `at least ${min}`}.`,
        );
      if (issue.origin === "string") return custom("too-small", "must not be empty", "Write some text.");
      return custom(
        "too-small",
        `must be ${issue.inclusive ? "at least" : "greater than"} ${min}`,
        "Use a larger number.",
      );
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array")
        return custom("too-big", `has more than ${max} items`, `Keep at most ${max}.`);
      if (issue.origin === "string")
        return custom("too-big", `is longer than ${max} characters`, "Shorten it.");
      return custom("too-big", `must be at most ${max}`, "Use a smaller number.");
    }
    case "invalid_key":
      // Only `files` (questions' and incidents') has constrained keys: a file name.
      return custom(
        "invalid-format",
        `${describeValue(issue.path[issue.path.length - 1])} is not a valid file name`,
        "Use a relative file name (letters, digits, `_`, `-`, `.` and `/` between folders), e.g. `pipeline.py` or `data/rows.csv`.",
      );
    case "custom": {
      const fix =
        issue.params && typeof issue.params.fix === "string" ? issue.params.fix : "Check the value.";
      return custom("rule", issue.message, fix);
    }
    default:
      return custom("invalid-value", issue.message, "Check the value.");
  }
}

/** Friendly errors for `issues` found while validating `input`; duplicates removed, capped. */
export function issuesToErrors(issues: readonly z.core.$ZodIssue[], input: unknown): PackError[] {
  const seen = new Set<string>();
  const out: PackError[] = [];
  for (const issue of issues) {
    const err = toPackError(issue, input);
    const key = `${err.path}\u0000${err.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(err);
    if (out.length >= MAX_ERRORS) break;
  }
  return out;
}
