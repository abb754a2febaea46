/**
 * `checkPack`: the pack author's checker. It validates a pack with `parsePack`, then proves
 * every question on the real engines (Python references pass and wrong answers fail; SQL
 * references pass on every dataset and wrong queries run but fail; an incident's buggy starter
 * fails, its reference fix passes, its wrong fixes fail and its numbers recompute), checks
 * rubrics, numeric answers and rubric signals (see signal-checks.ts), and optionally applies the
 * built-in bank's quality rules.
 */
import { formatPath, packStats, parsePack, validQuestionsOf, type Question } from "../../domain/packs";
import { provePython, proveSql, type ProofResult } from "./prove-code";
import { proveIncident } from "./prove-incident";
import { signalCorpus, signalFindings, type SignalCorpus } from "./signal-checks";
import { answerProblems, qualityProblems } from "./static-checks";
import type { CheckEngines, CheckOptions, CheckProblem, PackReport, QuestionReport } from "./types";

async function prove(q: Question, at: string, engines: CheckEngines): Promise<ProofResult> {
  try {
    if (q.kind === "python") return await provePython(q, at, engines);
    if (q.kind === "sql") return proveSql(q, at, engines);
    if (q.kind === "incident") return await proveIncident(q, at, engines);
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
  corpus: SignalCorpus,
): Promise<QuestionReport> {
  const start = performance.now();
  const at = formatPath(["questions", index]);
  const proof = await prove(q, at, engines);
  const signals = signalFindings(q, at, { strict: quality, corpus });
  const problems = [
    ...proof.problems,
    ...answerProblems(q, at),
    ...(quality ? qualityProblems(q, at) : []),
    ...signals.problems,
  ];
  return {
    index,
    id: q.id,
    kind: q.kind,
    title: q.title,
    ok: problems.length === 0,
    problems,
    warnings: signals.warnings,
    runs: proof.runs,
    durationMs: Math.round(performance.now() - start),
  };
}

/**
 * Check a pack (JSON text or a parsed value) with the real `engines`: Python through a
 * `PythonCore`-like `grade`, SQL through an initialised sql.js. Never throws for a bad pack: an
 * unparsable pack comes back with `problems` from `parsePack` and no question reports. With
 * `{ quality: true }` the built-in bank's quality rules are added (see QUALITY_RULES) and the
 * rubric-signal findings become problems instead of warnings; `corpus` supplies other questions'
 * model answers for the "generic signal" rule.
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
    // Importing stays all-or-nothing, but the questions that are valid on their own are still
    // proven, so an author sees every problem in one run.
    const questions: QuestionReport[] = [];
    const valid = validQuestionsOf(input);
    const corpus = signalCorpus([...valid.map((v) => v.question), ...(opts.corpus ?? [])]);
    for (const { index, question } of valid) {
      const report = await checkQuestion(question, index, engines, quality, corpus);
      questions.push(report);
      opts.onQuestion?.(report);
    }
    const found = problems.length + questions.reduce((n, q) => n + q.problems.length, 0);
    const fine = questions.filter((q) => q.ok).length;
    return {
      ok: false,
      quality,
      problems,
      warnings: [],
      questions,
      stats: {
        questions: questions.length,
        ok: fine,
        withProblems: questions.length - fine,
        problems: found,
        runs: questions.reduce((n, q) => n + q.runs, 0),
        durationMs: Math.round(performance.now() - start),
      },
    };
  }
  const { pack } = parsed;
  const questions: QuestionReport[] = [];
  const corpus = signalCorpus([...pack.questions, ...(opts.corpus ?? [])]);
  for (const [i, q] of pack.questions.entries()) {
    const report = await checkQuestion(q, i, engines, quality, corpus);
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
