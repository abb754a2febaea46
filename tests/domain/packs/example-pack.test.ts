import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { QUESTION_KINDS, packStats, parsePack, type Pack } from "../../../src/domain/packs";

const text = readFileSync(resolve(__dirname, "../../../docs/example-pack.json"), "utf8");

function examplePack(): Pack {
  const r = parsePack(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 2));
  expect(r.warnings).toEqual([]);
  return r.pack;
}

describe("docs/example-pack.json", () => {
  it("is a valid pack without warnings, with one question of each kind", () => {
    const pack = examplePack();
    expect(pack.questions.map((q) => q.kind).sort()).toEqual([...QUESTION_KINDS].sort());
    expect(packStats(pack).byCategory.debugging).toBeGreaterThan(0);
  });

  it("its python question has >=3 visible and >=8 hidden structured cases and >=2 wrong answers", () => {
    const q = examplePack().questions.find((x) => x.kind === "python");
    if (q?.kind !== "python") throw new Error("no python question");
    const cases = q.cases ?? [];
    expect(cases.filter((c) => !c.hidden).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((c) => c.hidden).length).toBeGreaterThanOrEqual(8);
    expect(q.wrongAnswers.length).toBeGreaterThanOrEqual(2);
    expect(q.referenceSolution).toContain(`def ${q.entry}(`);
    expect(q.starterCode).toContain(`def ${q.entry}(`);
  });

  it("its sql question uses a window function, has one hidden variant and two or more wrong queries", () => {
    const q = examplePack().questions.find((x) => x.kind === "sql");
    if (q?.kind !== "sql") throw new Error("no sql question");
    expect(q.reference).toMatch(/OVER\s*\(/);
    expect(q.variants?.filter((v) => v.hidden !== false)).toHaveLength(1);
    expect(q.wrongAnswers.length).toBeGreaterThanOrEqual(2);
  });
});
