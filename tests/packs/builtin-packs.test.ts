// Every built-in question proves itself on the real engines (Pyodide, sql.js), strictly: the
// reference passes, every known-wrong answer runs and fails, rubrics are sound and the bank's
// quality rules hold. Then the bank as a whole meets its counts and covers every lane/difficulty.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadPyodide } from "pyodide";
import initSqlJs from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePack, type Pack } from "../../src/domain/packs";
import {
  bankCoverage,
  checkPack,
  formatPackReport,
  problemLines,
  type CheckEngines,
} from "../../src/runners/check-pack";
import { createPythonCore } from "../../src/runners/python/python-core";

const DIR = resolve(__dirname, "../../questions");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();
const read = (file: string) => readFileSync(resolve(DIR, file), "utf8");

let engines: CheckEngines;

beforeAll(async () => {
  const [pyodide, sql] = await Promise.all([loadPyodide(), initSqlJs()]);
  engines = { python: createPythonCore(pyodide), sql };
});

describe("built-in packs", () => {
  it("finds the six packs", () => {
    expect(FILES).toEqual([
      "debugging.json",
      "ml-fundamentals.json",
      "python-algorithms.json",
      "python-ml.json",
      "sql.json",
      "system-design.json",
    ]);
  });

  it.each(FILES)("%s: every question proves itself and meets the quality rules", async (file) => {
    const report = await checkPack(read(file), engines, { quality: true });
    const problems = problemLines(report);
    expect(problems, `${file}:\n${formatPackReport(report, file).join("\n")}`).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.stats.questions).toBeGreaterThan(0);
    expect(report.stats.ok).toBe(report.stats.questions);
    expect(report.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([]);
  });

  it("the bank meets its counts and covers every lane and difficulty in every category", () => {
    const packs: Pack[] = FILES.map((file) => {
      const r = parsePack(read(file));
      if (!r.ok) throw new Error(`${file} does not parse`);
      return r.pack;
    });
    const ids = packs.map((p) => p.id);
    expect(new Set(ids).size, "pack ids are unique").toBe(ids.length);
    const coverage = bankCoverage(packs);
    expect(coverage.gaps).toEqual([]);
    expect(coverage.shortfalls).toEqual([]);
    expect(coverage.counts["coding-python"]).toBeGreaterThanOrEqual(50);
    expect(coverage.counts["coding-sql"]).toBeGreaterThanOrEqual(40);
    expect(coverage.counts["ml-fundamentals"]).toBeGreaterThanOrEqual(60);
    expect(coverage.counts["system-design"]).toBeGreaterThanOrEqual(20);
    expect(coverage.counts.debugging).toBeGreaterThanOrEqual(30);
    expect(coverage.ok).toBe(true);
  });
});
