/**
 * Named, ordered migration steps that bring an older pack up to CURRENT_SCHEMA_VERSION. Each step
 * works on raw JSON (before validation), must tolerate malformed input (validation comes after),
 * never mutates its argument, and keeps every field it does not know about.
 *
 * Schema 0 is the pre-release format: questions had `type` instead of `kind`, python questions
 * had `tests` instead of `cases`, and a single `hint` string instead of the `hints` list.
 */
import { CURRENT_SCHEMA_VERSION } from "./pack-schema";
import type { PackError } from "./pack-errors";

type Raw = Record<string, unknown>;

/** One step from schema `from` to schema `to` (always from + 1). */
export interface Migration {
  from: number;
  to: number;
  name: string;
  up(raw: Raw): Raw;
}

function isRecord(v: unknown): v is Raw {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Copy `obj` with keys renamed in place (order kept); a rename is skipped if the target exists. */
export function renameKeys(obj: Raw, renames: Record<string, string>): Raw {
  const out: Raw = {};
  for (const [key, value] of Object.entries(obj)) {
    const to = renames[key];
    out[to !== undefined && !(to in obj) ? to : key] = value;
  }
  return out;
}

function v0QuestionToV1(q: unknown): unknown {
  if (!isRecord(q)) return q;
  const renamed = renameKeys(q, { type: "kind", tests: "cases" });
  if (!("hint" in renamed) || "hints" in renamed) return renamed;
  const out: Raw = {};
  for (const [key, value] of Object.entries(renamed)) {
    if (key === "hint") out.hints = typeof value === "string" ? [value] : value;
    else out[key] = value;
  }
  return out;
}

/** All steps, oldest first. Add a step here (and a test) whenever CURRENT_SCHEMA_VERSION grows. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    name: "v0-to-v1-kind-cases-hints",
    up(raw) {
      const questions = Array.isArray(raw.questions) ? raw.questions.map(v0QuestionToV1) : raw.questions;
      return { ...raw, schemaVersion: 1, questions };
    },
  },
];

/** Outcome of `migratePack`: the upgraded raw value and applied step names, or an error. */
export type MigrationResult = { ok: true; value: Raw; applied: string[] } | { ok: false; error: PackError };

/**
 * Run every step from `version` up to CURRENT_SCHEMA_VERSION on `raw`. Returns the migrated copy
 * and the names of the steps applied (none when already current), or an error when no step
 * continues the chain or a step throws.
 */
export function migratePack(
  raw: Raw,
  version: number,
  steps: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  let value = raw;
  const applied: string[] = [];
  for (let v = version; v < CURRENT_SCHEMA_VERSION;) {
    const step = steps.find((s) => s.from === v);
    if (!step) {
      return {
        ok: false,
        error: {
          code: "migration-failed",
          path: "schemaVersion",
          message: `schema ${v} is no longer supported`,
          fix: `Re-save the pack with a version of MLE Dojo that reads schema ${v}, or update it to schema ${CURRENT_SCHEMA_VERSION} by hand.`,
        },
      };
    }
    try {
      value = step.up(value);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        error: {
          code: "migration-failed",
          path: "",
          message: `upgrading from schema ${v} failed in step ${step.name}: ${why}`,
          fix: `Fix the pack by hand to match schema ${CURRENT_SCHEMA_VERSION}.`,
        },
      };
    }
    applied.push(step.name);
    v = step.to;
  }
  return { ok: true, value, applied };
}
