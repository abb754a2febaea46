// Every built-in question proves itself on the real engines (Pyodide, sql.js), strictly: the
// reference passes, every known-wrong answer runs and fails, rubrics are sound and the bank's
// quality rules hold. Then the bank as a whole meets its counts and covers every lane/difficulty.
// Rubric signals may neither echo their question nor be so generic that they match most other
// questions' model answers.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import initSqlJs from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { FAULTS, parsePack, type Pack, type Question } from "../../src/domain/packs";
import {
  bankCoverage,
  checkPack,
  formatPackReport,
  problemLines,
  type CheckEngines,
  signalCorpus,
  signalFindings,
} from "../../src/runners/check-pack";
import { createSandboxedPython } from "../../scripts/lib/python-sandbox";
import { isCanonicalTopic } from "../../src/domain/packs/topics";

const DIR = resolve(__dirname, "../../questions");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();
const read = (file: string) => readFileSync(resolve(DIR, file), "utf8");

let sql: CheckEngines["sql"];

const bankQuestions = (): Question[] =>
  FILES.flatMap((f) => {
    const r = parsePack(read(f));
    return r.ok ? r.pack.questions : [];
  });
beforeAll(async () => {
  sql = await initSqlJs();
});

describe("built-in packs", () => {
  it("finds the built-in packs", () => {
    expect(FILES).toEqual([
      "debugging-2.json",
      "debugging.json",
      "incidents-2.json",
      "incidents-3.json",
      "incidents-4.json",
      "incidents-5.json",
      "incidents.json",
      "ml-fundamentals.json",
      "ml-system-design-2.json",
      "mlops-foundations.json",
      "modern-ml.json",
      "python-algorithms.json",
      "python-from-scratch.json",
      "python-ml.json",
      "sql-ml-data.json",
      "sql.json",
      "system-design.json",
    ]);
  });

  it.each(FILES)(
    "%s: every question proves itself and meets the quality rules",
    async (file) => {
      // The same sandboxed engine as `npm run check-pack`: a fresh interpreter per run.
      const python = await createSandboxedPython();
      const report = await checkPack(
        read(file),
        { python, sql },
        { quality: true, corpus: bankQuestions() },
      ).finally(() => python.dispose());
      const problems = problemLines(report);
      expect(problems, `${file}:\n${formatPackReport(report, file).join("\n")}`).toEqual([]);
      expect(report.stats.questions).toBeGreaterThan(0);
      expect(report.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([]);
    },
    900_000,
  );

  it("rubric signals neither echo the question nor match most other model answers", () => {
    const corpus = signalCorpus(bankQuestions());
    const found: Record<string, number> = {};
    for (const file of FILES) {
      const r = parsePack(read(file));
      if (!r.ok) throw new Error(`${file} does not parse`);
      r.pack.questions.forEach((q, i) => {
        const n = signalFindings(q, `questions[${i}]`, { strict: true, corpus }).problems.length;
        if (n) found[q.id] = n;
      });
    }
    expect(found, "rubric-signal findings (run npm run check-pack -- --strict on the pack)").toEqual({});
  });

  it("tags every question with canonical topics only (npm run normalise-topics folds synonyms)", () => {
    const off = bankQuestions().flatMap((q) =>
      q.topics.filter((t) => !isCanonicalTopic(t)).map((t) => `${q.id}: ${t}`),
    );
    expect(off).toEqual([]);
    expect(bankQuestions().every((q) => q.topics.length > 0)).toBe(true);
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
    expect(coverage.counts["coding-python"]).toBeGreaterThanOrEqual(76);
    expect(coverage.counts["coding-sql"]).toBeGreaterThanOrEqual(58);
    expect(coverage.counts["ml-fundamentals"]).toBeGreaterThanOrEqual(100);
    expect(coverage.counts["system-design"]).toBeGreaterThanOrEqual(34);
    expect(coverage.counts.debugging).toBeGreaterThanOrEqual(50);
    const total = packs.reduce((n, p) => n + p.questions.length, 0);
    expect(total).toBeGreaterThanOrEqual(320);
    expect(coverage.ok).toBe(true);
  });

  it("has interactive incidents on several faults, with SQL and Python fixes", () => {
    const packs = FILES.map((file) => {
      const r = parsePack(read(file));
      if (!r.ok) throw new Error(`${file} does not parse`);
      return r.pack;
    });
    const { incidents } = bankCoverage(packs);
    // At least 20 incidents, covering every fault kind.
    expect(incidents.count).toBeGreaterThanOrEqual(20);
    expect(incidents.missingFaults).toEqual([]);
    expect(FAULTS.length).toBe(10);
    const fixKinds = new Set(
      packs.flatMap((p) => p.questions).flatMap((q) => (q.kind === "incident" ? [q.steps.at(-1)!.kind] : [])),
    );
    expect([...fixKinds].sort()).toEqual(["python", "sql"]);
  });
});
