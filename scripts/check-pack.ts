/**
 * The pack checker for authors: `npm run check-pack -- [--strict] [--json] <pack.json ...>`.
 *
 * Validates each pack and proves every question on the real engines (Pyodide and sql.js from
 * node_modules, offline): references pass, known-wrong answers run and fail, rubrics are sound,
 * rubric signals neither echo the question nor match most other model answers (measured against
 * the built-in bank; warnings, problems with `--strict`). Pack code is untrusted: Python runs
 * sandboxed (see scripts/lib/python-sandbox). `--strict` adds the built-in bank's quality rules;
 * `--json` prints `{ ok, packs: [{ file, report }], summary }` instead of text. Exits 0 when there
 * is no problem, 1 when there is one, 2 on a usage error.
 */
import { readdir, readFile } from "node:fs/promises";
import initSqlJs from "sql.js";
import { parsePack, type Question } from "../src/domain/packs";
import {
  checkPack,
  formatPackReport,
  formatSummary,
  type CheckEngines,
  type PackReport,
} from "../src/runners/check-pack";
import type { PythonRunner } from "../src/runners/python/python-runner";
import { createSandboxedPython } from "./lib/python-sandbox";

const USAGE = `Usage: npm run check-pack -- [--strict] [--json] <pack.json ...>
  --strict  also apply the built-in bank's quality rules (hints, explanation, case counts…);
            rubric-signal warnings become problems
  --json    print a machine-readable report`;

interface Args {
  files: string[];
  strict: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { files: [], strict: false, json: false };
  for (const a of argv) {
    if (a === "--strict") args.strict = true;
    else if (a === "--json") args.json = true;
    else if (a === "--help" || a === "-h") return USAGE;
    else if (a.startsWith("-")) return `Unknown option ${a}\n${USAGE}`;
    else args.files.push(a);
  }
  return args.files.length > 0 ? args : USAGE;
}

/** sql.js starts in ~50 ms. Python runs in the app's own runner over sandboxed Node processes
 * (no file writes, no processes, no network, an empty environment), one runner per pack so code
 * from one pack can never affect another pack's report; it starts on the first Python question. */
async function loadEngines(): Promise<{ engines: CheckEngines; close(): void }> {
  let runner: Promise<PythonRunner> | undefined;
  const engines: CheckEngines = {
    python: { grade: async (request) => (await (runner ??= createSandboxedPython())).grade(request) },
    sql: await initSqlJs(),
  };
  return {
    engines,
    close: () => void runner?.then((r) => r.dispose()),
  };
}

/** The built-in bank's questions: their model answers show how generic a rubric signal is. */
async function builtinQuestions(): Promise<Question[]> {
  const dir = new URL("../questions/", import.meta.url);
  const out: Question[] = [];
  try {
    for (const f of (await readdir(dir)).filter((n) => n.endsWith(".json")).sort()) {
      const parsed = parsePack(await readFile(new URL(f, dir), "utf8"));
      if (parsed.ok) out.push(...parsed.pack.questions);
    }
  } catch {
    /* no bank beside the script: the generic-signal rule measures against the pack alone */
  }
  return out;
}

function unreadable(file: string, error: unknown): PackReport {
  const message = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    quality: false,
    problems: [
      { code: "invalid-pack", path: "", message: `cannot read ${file}: ${message}`, fix: "Check the path." },
    ],
    warnings: [],
    questions: [],
    stats: { questions: 0, ok: 0, withProblems: 0, problems: 1, runs: 0, durationMs: 0 },
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    (args === USAGE ? console.log : console.error)(args);
    return 2;
  }
  const corpus = await builtinQuestions();
  const results: { file: string; report: PackReport }[] = [];
  for (const file of args.files) {
    let report: PackReport;
    const { engines, close } = await loadEngines();
    try {
      const text = await readFile(file, "utf8");
      report = await checkPack(text, engines, { quality: args.strict, corpus });
    } catch (e) {
      report = unreadable(file, e);
    } finally {
      close();
    }
    results.push({ file, report });
    if (!args.json) console.log(formatPackReport(report, file).join("\n") + "\n");
  }
  const reports = results.map((r) => r.report);
  const ok = reports.every((r) => r.ok);
  const summary = formatSummary(reports);
  if (args.json) console.log(JSON.stringify({ ok, packs: results, summary }, null, 2));
  else console.log(summary);
  return ok ? 0 : 1;
}

process.exitCode = await main();
