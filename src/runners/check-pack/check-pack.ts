/**
 * `checkPack`: the pack author's checker. It validates a pack with `parsePack`, then proves
 * every question on the real engines (Python references pass and wrong answers fail; SQL
 * references pass on every dataset and wrong queries run but fail), checks rubrics and numeric
 * answers, and optionally applies the built-in bank's quality rules.
 */
import { formatPath, packStats, parsePack, type Question } from "../../domain/packs";
import { provePython, proveSql, type ProofResult } from "./prove-code";
import { answerProblems, qualityProblems } from "./static-checks";
import type { CheckEngines, CheckOptions, CheckProblem, PackReport, QuestionReport } from "./types";

async function prove(q: Question, at: string, engines: CheckEngines): Promise<ProofResult> {
  try {
    if (q.kind === "python") return await provePython(q, at, engines);
    if (q.kind === "sql") return proveSql(q, at, engines);
  } catch (e) {
    // The runners return failures as values; anything thrown is an engine breakdown.
    return {
      problems: [
        {
          code: "reference-fails",
          path: at,
          message: `the engine broke while checking: ${String(e).slice(0, 300)}`,
          fix: "Run the check again; if it persists, simplify the question's code.",
        },
      ],
      runs: 1,
    };
  }
  return { problems: [], runs: 0 };
}

async function checkQuestion(
  q: Question,
  index: number,
  engines: CheckEngines,
  quality: boolean,
): Promise<QuestionReport> {
  const start = performance.now();
  const at = formatPath(["questions", index]);
  const proof = await prove(q, at, engines);
  const problems = [...proof.problems, ...answerProblems(q, at), ...(quality ? qualityProblems(q, at) : [])];
  return {
    index,
    id: q.id,
    kind: q.kind,
    title: q.title,
    ok: problems.length === 0,
    problems,
    runs: proof.runs,
    durationMs: Math.round(performance.now() - start),
  };
}

/**
 * Check a pack (JSON text or a parsed value) with the real `engines`: Python through a
 * `PythonCore`-like `grade`, SQL through an initialised sql.js. Never throws for a bad pack: an
 * unparsable pack comes back with `problems` from `parsePack` and no question reports. With
 * `{ quality: true }` the built-in bank's quality rules are added (see QUALITY_RULES).
 */
export async function checkPack(
  input: unknown,
  engines: CheckEngines,
  opts: CheckOptions = {},
): Promise<PackReport> {
  const start = performance.now();
  const quality = opts.quality ?? false;
  const parsed = parsePack(input);
  if (!parsed.ok) {
    const problems: CheckProblem[] = parsed.errors.map((e) => ({
      code: "invalid-pack",
      path: e.path,
      message: e.line !== undefined ? `${e.message} (line ${e.line}, column ${e.column ?? 1})` : e.message,
      fix: e.fix,
    }));
    return {
      ok: false,
      quality,
      problems,
      warnings: [],
      questions: [],
      stats: { questions: 0, ok: 0, withProblems: 0, problems: problems.length, runs: 0, durationMs: 0 },
    };
  }
  const { pack } = parsed;
  const questions: QuestionReport[] = [];
  for (const [i, q] of pack.questions.entries()) {
    const report = await checkQuestion(q, i, engines, quality);
    questions.push(report);
    opts.onQuestion?.(report);
  }
  const problems = questions.reduce((n, q) => n + q.problems.length, 0);
  const ok = questions.filter((q) => q.ok).length;
  return {
    ok: problems === 0,
    packId: pack.id,
    title: pack.title,
    quality,
    problems: [],
    warnings: parsed.warnings,
    questions,
    stats: {
      questions: questions.length,
      ok,
      withProblems: questions.length - ok,
      problems,
      runs: questions.reduce((n, q) => n + q.runs, 0),
      durationMs: Math.round(performance.now() - start),
    },
    packStats: packStats(pack),
  };
}
