import { describe, expect, it } from "vitest";
import {
  CURRENT_SCHEMA_VERSION,
  MIGRATIONS,
  migratePack,
  parsePack,
  type Migration,
} from "../../../src/domain/packs";
import { baseQuestion, choiceQuestion, validPack } from "./pack-factories";

/** A pack in the pre-release format (schema 0). */
function v0Pack(): Record<string, unknown> {
  const py = baseQuestion("add", "x", {
    category: "coding",
    starterCode: "",
    entry: "add",
    referenceSolution: "def add(a, b):\n    return a + b\n",
    wrongAnswers: [],
  });
  delete py.kind;
  delete py.hints;
  Object.assign(py, {
    type: "python",
    hint: "Use +.",
    tests: [{ id: "one", description: "1+2", args: [1, 2], expected: 3, futureCaseField: "kept" }],
    authorNote: "kept too",
  });
  const choice = { ...choiceQuestion("pick"), type: "choice" } as Record<string, unknown>;
  delete choice.kind;
  return { ...validPack([py, choice]), schemaVersion: 0, legacyTopLevel: { any: ["thing"] } };
}

describe("migrations", () => {
  it("form a contiguous chain ending at the current version, with unique names", () => {
    let v = 0;
    for (const step of MIGRATIONS) {
      expect(step.from).toBe(v);
      expect(step.to).toBe(v + 1);
      v = step.to;
    }
    expect(v).toBe(CURRENT_SCHEMA_VERSION);
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it("v0 → v1 renames type→kind, tests→cases, hint→hints, keeps unknown fields and key order", () => {
    const input = v0Pack();
    const snapshot = JSON.stringify(input);
    const r = migratePack(input, 0);
    if (!r.ok) throw new Error(r.error.message);
    expect(JSON.stringify(input)).toBe(snapshot); // the input is not mutated
    expect(r.applied).toEqual(["v0-to-v1-kind-cases-hints"]);
    const out = r.value as {
      schemaVersion: number;
      legacyTopLevel: unknown;
      questions: Record<string, unknown>[];
    };
    expect(out.schemaVersion).toBe(1);
    expect(out.legacyTopLevel).toEqual({ any: ["thing"] });
    const q = out.questions[0]!;
    expect(q.kind).toBe("python");
    expect(q.hints).toEqual(["Use +."]);
    expect(q.authorNote).toBe("kept too");
    expect("type" in q || "tests" in q || "hint" in q).toBe(false);
    expect((q.cases as Record<string, unknown>[])[0]!.futureCaseField).toBe("kept");
    const before = Object.keys((input.questions as Record<string, unknown>[])[0]!);
    expect(Object.keys(q).indexOf("kind")).toBe(before.indexOf("type"));
  });

  it("parsePack migrates a v0 pack, validates the result and says so in a warning", () => {
    const r = parsePack(JSON.stringify(v0Pack()));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.migratedFrom).toBe(0);
    expect(r.pack.schemaVersion).toBe(1);
    expect(r.pack.questions.map((q) => q.kind)).toEqual(["python", "choice"]);
    expect((r.pack as Record<string, unknown>).legacyTopLevel).toEqual({ any: ["thing"] });
    expect(r.warnings[0]).toMatchObject({ code: "migrated", path: "schemaVersion" });
    expect(r.warnings.filter((w) => w.code === "unknown-field").map((w) => w.path)).toEqual([
      "questions[0].cases[0].futureCaseField",
      "questions[0].authorNote",
      "legacyTopLevel",
    ]);
  });

  it("leaves a field alone when both the old and the new name are present, and tolerates junk", () => {
    const r = migratePack({ schemaVersion: 0, questions: [{ type: "sql", kind: "python" }, 42, null] }, 0);
    if (!r.ok) throw new Error("should migrate");
    expect(r.value.questions).toEqual([{ type: "sql", kind: "python" }, 42, null]);
    expect(migratePack({ schemaVersion: 0 }, 0).ok).toBe(true);
  });

  it("fails cleanly when a step is missing or throws", () => {
    const missing = migratePack({}, 0, []);
    expect(!missing.ok && missing.error).toMatchObject({
      code: "migration-failed",
      message: "schema 0 is no longer supported",
    });
    const boom: Migration = {
      from: 0,
      to: 1,
      name: "boom",
      up: () => {
        throw new Error("bad data");
      },
    };
    const thrown = parsePack(v0Pack(), { migrations: [boom] });
    expect(!thrown.ok && thrown.errors[0]!.message).toBe(
      "upgrading from schema 0 failed in step boom: bad data",
    );
  });
});
