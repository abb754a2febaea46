/**
 * Error and warning values produced while reading a pack, and how their paths are written.
 * A path names the exact place in the pack, e.g. `questions[3].cases[2].expected`; the empty path
 * is the pack itself. Every error carries a `fix` telling the author what to do.
 */

/** Machine-readable class of a pack error. */
export type PackErrorCode =
  | "too-large"
  | "invalid-json"
  | "too-deep"
  | "forbidden-key"
  | "duplicate-key"
  | "not-an-object"
  | "newer-schema"
  | "migration-failed"
  | "required"
  | "wrong-type"
  | "invalid-value"
  | "unknown-kind"
  | "invalid-format"
  | "too-small"
  | "too-big"
  | "duplicate-id"
  | "rule";

/** One reason a pack was rejected. `line`/`column` (1-based) are set for errors found in raw text. */
export interface PackError {
  code: PackErrorCode;
  /** Where, e.g. `questions[3].cases[2].expected`; "" for the pack as a whole. */
  path: string;
  /** What is wrong, short, e.g. `required`. */
  message: string;
  /** How to fix it, e.g. "Add an `expected` value." */
  fix: string;
  line?: number;
  column?: number;
}

/** Machine-readable class of a pack warning. */
export type PackWarningCode =
  "unknown-field" | "no-hints" | "no-wrong-answers" | "no-visible-cases" | "suspicious-escape" | "migrated";

/** A non-fatal remark about a valid pack (it is still imported). */
export interface PackWarning {
  code: PackWarningCode;
  path: string;
  message: string;
}

/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Write a path as `questions[3].cases[2].expected` (odd keys as `kwargs["a b"]`). */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const seg of segments) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (IDENTIFIER.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** One line for people: `questions[3].cases[2].expected: required. Add an \`expected\` value.` */
export function formatPackError(error: PackError): string {
  const where = error.path === "" ? "(pack)" : error.path;
  const at = error.line !== undefined ? ` (line ${error.line}, column ${error.column ?? 1})` : "";
  return `${where}${at}: ${error.message}. ${error.fix}`;
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Keys that could pollute prototypes when a pack is merged into other objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** The error for a forbidden key found at `path`. */
export function forbiddenKeyError(path: string, key: string): PackError {
  return {
    code: "forbidden-key",
    path,
    message: `the key \`${key}\` is not allowed`,
    fix: `Remove or rename \`${key}\`: \`__proto__\`, \`constructor\` and \`prototype\` are never valid pack fields.`,
  };
}

/** Stop collecting after this many errors: one broken pattern can repeat thousands of times. */
export const MAX_ERRORS = 50;
