/**
 * `parsePack`: the one entry point that turns untrusted input (file text or a parsed value) into
 * a valid Pack, or into path-precise errors. Order: size → JSON syntax/depth/forbidden keys →
 * schemaVersion (newer → refuse; older → migrate) → schema validation + duplicate ids → warnings.
 */
import { CURRENT_SCHEMA_VERSION, Pack } from "./pack-schema";
import { Question } from "./question-schema";
import { readJsonText } from "./json-text";
import { checkValue } from "./value-checks";
import { MIGRATIONS, migratePack, type Migration } from "./migrations";
import { issuesToErrors } from "./issue-messages";
import { duplicateIdErrors } from "./unique-ids";
import { unknownFieldWarnings } from "./unknown-fields";
import { formatPath, type PackError, type PackWarning, type PathSegment } from "./pack-errors";

/** 5 MB: far above any realistic pack, far below what would freeze a tab. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Deepest nesting accepted; real packs stay under 15. */
export const DEFAULT_MAX_DEPTH = 64;

/** Limits for `parsePack`; the defaults suit every real pack. */
export interface ParsePackOptions {
  /** Largest accepted text in UTF-8 bytes (strings only). Default 5 MB. */
  maxBytes?: number;
  /** Deepest accepted nesting of objects/arrays. Default 64. */
  maxDepth?: number;
  /** Migration steps (tests only; default MIGRATIONS). */
  migrations?: readonly Migration[];
}

/** Either a valid pack with warnings (and the schema it was migrated from), or errors and no pack. */
export type ParsePackResult =
  | { ok: true; pack: Pack; warnings: PackWarning[]; migratedFrom?: number }
  | { ok: false; errors: PackError[] };

function fail(...errors: PackError[]): ParsePackResult {
  return { ok: false, errors };
}

function versionError(raw: Record<string, unknown>): PackError | number {
  const v = raw.schemaVersion;
  const path = "schemaVersion";
  if (v === undefined)
    return {
      code: "required",
      path,
      message: "required",
      fix: `Add \`"schemaVersion": ${CURRENT_SCHEMA_VERSION}\`.`,
    };
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
    return {
      code: "wrong-type",
      path,
      message: `expected a whole number, got ${JSON.stringify(v)}`,
      fix: `Set it to ${CURRENT_SCHEMA_VERSION}.`,
    };
  }
  if (v > CURRENT_SCHEMA_VERSION) {
    return {
      code: "newer-schema",
      path,
      message: `This pack was made by a newer version of MLE Dojo (schema ${v}); this app reads up to ${CURRENT_SCHEMA_VERSION}`,
      fix: "Update the app.",
    };
  }
  return v;
}

/** `\f` and `\b` are valid JSON escapes, so LaTeX `\frac`/`\beta` written with one backslash
 * silently become control characters. Nobody means those in a pack, so flag them. */
function escapeWarnings(raw: unknown): PackWarning[] {
  const out: PackWarning[] = [];
  const stack: { v: unknown; path: PathSegment[] }[] = [{ v: raw, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v === "string" && /[\b\f]/.test(v)) {
      out.push({
        code: "suspicious-escape",
        path: formatPath(path),
        message:
          "contains a form feed or backspace character, probably LaTeX written with one backslash (`\\frac` in JSON is form feed + `rac`); write `\\\\frac`",
      });
    } else if (v !== null && typeof v === "object") {
      for (const [k, child] of Object.entries(v).reverse())
        stack.push({ v: child, path: [...path, Array.isArray(v) ? Number(k) : k] });
    }
  }
  return out;
}

function qualityWarnings(pack: Pack): PackWarning[] {
  const out: PackWarning[] = [];
  pack.questions.forEach((q, i) => {
    const at = (key: string) => formatPath(["questions", i, key]);
    if (q.hints.length === 0)
      out.push({ code: "no-hints", path: at("hints"), message: `question \`${q.id}\` has no hints` });
    if ((q.kind === "python" || q.kind === "sql") && q.wrongAnswers.length === 0) {
      out.push({
        code: "no-wrong-answers",
        path: at("wrongAnswers"),
        message: `question \`${q.id}\` has no known-wrong answers, so nothing proves its cases catch mistakes`,
      });
    }
    if (q.kind === "python" && q.cases && q.cases.length > 0 && q.cases.every((c) => c.hidden)) {
      out.push({
        code: "no-visible-cases",
        path: at("cases"),
        message: `question \`${q.id}\` has only hidden cases; Run will show nothing`,
      });
    }
    if (q.kind === "incident") {
      q.steps.forEach((s, j) => {
        const stepAt = (key: string) => formatPath(["questions", i, "steps", j, key]);
        if ((s.kind === "python" || s.kind === "sql") && s.wrongAnswers.length === 0)
          out.push({
            code: "no-wrong-answers",
            path: stepAt("wrongAnswers"),
            message: `incident \`${q.id}\` has no known-wrong fixes, so nothing proves its tests catch mistakes`,
          });
        if (s.kind === "python" && !s.testCode && s.cases?.length && s.cases.every((c) => c.hidden))
          out.push({
            code: "no-visible-cases",
            path: stepAt("cases"),
            message: `incident \`${q.id}\` has only hidden cases on its fix; Run will show nothing`,
          });
      });
    }
  });
  return out;
}

/**
 * Validate a pack. `input` is JSON text (size-limited, syntax errors reported with line and
 * column) or an already-parsed value. Returns `{ ok: true, pack, warnings }` with unknown fields
 * kept, or `{ ok: false, errors }` with no pack at all. Never throws on bad input.
 */
export function parsePack(input: unknown, opts: ParsePackOptions = {}): ParsePackResult {
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  let value: unknown;
  if (typeof input === "string") {
    const read = readJsonText(input, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, maxDepth });
    if (!read.ok) return fail(...read.errors);
    value = read.value;
  } else {
    const errors = checkValue(input, maxDepth);
    if (errors.length > 0) return fail(...errors);
    value = input;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail({
      code: "not-an-object",
      path: "",
      message: `a pack is a JSON object, got ${Array.isArray(value) ? "a list" : JSON.stringify(value)}`,
      fix: "Start the file with `{` and give it `schemaVersion`, `id`, `title` and `questions`.",
    });
  }
  const version = versionError(value as Record<string, unknown>);
  if (typeof version !== "number") return fail(version);

  const warnings: PackWarning[] = [];
  let raw = value as Record<string, unknown>;
  if (version < CURRENT_SCHEMA_VERSION) {
    const migrated = migratePack(raw, version, opts.migrations ?? MIGRATIONS);
    if (!migrated.ok) return fail(migrated.error);
    raw = migrated.value;
    warnings.push({
      code: "migrated",
      path: "schemaVersion",
      message: `upgraded from schema ${version} to ${CURRENT_SCHEMA_VERSION} (${migrated.applied.join(", ")}); save the pack again to keep the new format`,
    });
  }

  const result = Pack.safeParse(raw);
  const errors = [
    ...(result.success ? [] : issuesToErrors(result.error.issues, raw)),
    ...duplicateIdErrors(raw),
  ];
  if (!result.success || errors.length > 0) return fail(...errors);

  warnings.push(...unknownFieldWarnings(Pack, raw), ...qualityWarnings(result.data), ...escapeWarnings(raw));
  return {
    ok: true,
    pack: result.data,
    warnings,
    ...(version < CURRENT_SCHEMA_VERSION ? { migratedFrom: version } : {}),
  };
}

/**
 * The questions of an INVALID pack that are valid on their own, with their index, so a checker can
 * still prove them and report everything at once (importing stays all-or-nothing: `parsePack`).
 * Empty when the input is not even a readable pack of a known schema version.
 */
export function validQuestionsOf(
  input: unknown,
  opts: ParsePackOptions = {},
): { index: number; question: Question }[] {
  let value: unknown = input;
  if (typeof input === "string") {
    const read = readJsonText(input, {
      maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES,
      maxDepth: opts.maxDepth ?? DEFAULT_MAX_DEPTH,
    });
    if (!read.ok) return [];
    value = read.value;
  } else if (checkValue(input, opts.maxDepth ?? DEFAULT_MAX_DEPTH).length > 0) return [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const version = versionError(value as Record<string, unknown>);
  if (typeof version !== "number") return [];
  let raw = value as Record<string, unknown>;
  if (version < CURRENT_SCHEMA_VERSION) {
    const migrated = migratePack(raw, version, opts.migrations ?? MIGRATIONS);
    if (!migrated.ok) return [];
    raw = migrated.value;
  }
  if (!Array.isArray(raw.questions)) return [];
  const seen = new Set<string>();
  const out: { index: number; question: Question }[] = [];
  raw.questions.forEach((q, index) => {
    const parsed = Question.safeParse(q);
    if (!parsed.success || seen.has(parsed.data.id)) return;
    seen.add(parsed.data.id);
    out.push({ index, question: parsed.data });
  });
  return out;
}
