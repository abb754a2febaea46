/**
 * The pack checker for authors: `npm run check-pack -- [--strict] [--json] <pack.json ...>`.
 *
 * Validates each pack and proves every question on the real engines (Pyodide and sql.js from
 * node_modules, offline): references pass, known-wrong answers run and fail, rubrics are sound.
 * `--strict` adds the built-in bank's quality rules; `--json` prints `{ ok, packs: [{ file,
 * report }], summary }` instead of text. Exits 0 when there is no problem, 1 when there is one,
 * 2 on a usage error.
 */
import { readFile } from "node:fs/promises";
import { register } from "node:module";
import initSqlJs from "sql.js";
import { loadPyodide } from "pyodide";
import {
  checkPack,
  formatPackReport,
  formatSummary,
  type CheckEngines,
  type PackReport,
  type PythonGrader,
} from "../src/runners/check-pack";
import { DEFAULT_TIME_LIMIT_MS } from "../src/runners/python/types";
import { startPythonWatchdog } from "./lib/python-watchdog";

const USAGE = `Usage: npm run check-pack -- [--strict] [--json] <pack.json ...>
  --strict  also apply the built-in bank's quality rules (hints, explanation, case counts…)
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

/** sql.js starts in ~50 ms; Pyodide (~3-5 s) is loaded on the first Python question only, with a
 * watchdog that stops a run at its time limit. */
async function loadEngines(): Promise<CheckEngines> {
  let core: Promise<PythonGrader> | undefined;
  const loadPython = async (): Promise<PythonGrader> => {
    // The Python runner imports its harness with Vite's `?raw`; teach Node that before loading it.
    register("./lib/raw-import-hook.mjs", import.meta.url);
    const { createPythonCore } = await import("../src/runners/python/python-core");
    const python = createPythonCore(await loadPyodide());
    const watchdog = startPythonWatchdog();
    python.setInterruptBuffer(watchdog.interrupt);
    return {
      async grade(request) {
        watchdog.arm(request.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
        try {
          return await python.grade(request);
        } finally {
          watchdog.disarm();
        }
      },
    };
  };
  return {
    python: { grade: async (request) => (await (core ??= loadPython())).grade(request) },
    sql: await initSqlJs(),
  };
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
  const engines = await loadEngines();
  const results: { file: string; report: PackReport }[] = [];
  for (const file of args.files) {
    let report: PackReport;
    try {
      const text = await readFile(file, "utf8");
      report = await checkPack(text, engines, { quality: args.strict });
    } catch (e) {
      report = unreadable(file, e);
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
