/**
 * Plain-text rendering of checker reports, for the CLI and for test failure messages: one line
 * per passing question, the problems (with path and fix) under each failing one, and a summary.
 */
import type { CheckProblem, PackReport, QuestionReport } from "./types";

const MAX_WARNINGS = 10;

/** `questions[3].wrongAnswers[1] (roc-auc-ties): wrong answer "no-ties" passed all 11 cases`. */
export function problemLine(p: CheckProblem, question?: Pick<QuestionReport, "id">): string {
  const where = p.path === "" ? "(pack)" : p.path;
  return `${where}${question ? ` (${question.id})` : ""}: ${p.message}`;
}

/** Every problem of a report, one line each (no fixes): handy in assertion messages. */
export function problemLines(report: PackReport): string[] {
  return [
    ...report.problems.map((p) => problemLine(p)),
    ...report.questions.flatMap((q) => q.problems.map((p) => problemLine(p, q))),
  ];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The lines of one pack's report, headed by `label` (e.g. the file name). */
export function formatPackReport(report: PackReport, label: string): string[] {
  const head = report.packId ? `${label}: ${report.title} (${report.packId})` : label;
  const lines = [`${report.ok ? "✓" : "✗"} ${head}${report.quality ? " [strict]" : ""}`];
  for (const p of report.problems) lines.push(`    ${problemLine(p)}`, `      fix: ${p.fix}`);
  for (const q of report.questions) {
    const runs = q.runs > 0 ? ` · ${plural(q.runs, "run")}` : "";
    lines.push(`  ${q.ok ? "✓" : "✗"} ${q.id} (${q.kind}${runs})`);
    for (const p of q.problems) lines.push(`      ${problemLine(p, q)}`, `        fix: ${p.fix}`);
    for (const w of q.warnings.slice(0, MAX_WARNINGS)) lines.push(`      ! warning: ${problemLine(w)}`);
    if (q.warnings.length > MAX_WARNINGS)
      lines.push(`      ! … ${q.warnings.length - MAX_WARNINGS} more warnings`);
  }
  for (const w of report.warnings.slice(0, MAX_WARNINGS))
    lines.push(`  ! warning: ${w.path === "" ? "(pack)" : w.path}: ${w.message}`);
  if (report.warnings.length > MAX_WARNINGS)
    lines.push(`  ! … ${report.warnings.length - MAX_WARNINGS} more warnings`);
  const s = report.stats;
  lines.push(
    report.problems.length > 0
      ? `  not checked: ${plural(report.problems.length, "problem")} in the pack file`
      : `  ${plural(s.questions, "question")}: ${s.ok} ok, ${s.withProblems} with problems (${plural(s.problems, "problem")}), ${plural(report.warnings.length + report.questions.reduce((n, q) => n + q.warnings.length, 0), "warning")} · ${seconds(s.durationMs)}`,
  );
  return lines;
}

/** The closing line over several packs. */
export function formatSummary(reports: readonly PackReport[]): string {
  const sum = (f: (r: PackReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const questions = sum((r) => r.stats.questions);
  const bad = sum((r) => r.stats.withProblems);
  const problems = sum((r) => r.stats.problems);
  const unreadable = reports.filter((r) => r.problems.length > 0).length;
  const ok = reports.every((r) => r.ok);
  const parts = [`${plural(reports.length, "pack")}, ${plural(questions, "question")}`];
  parts.push(ok ? "all ok" : `${questions - bad} ok, ${bad} with problems, ${plural(problems, "problem")}`);
  if (unreadable > 0) parts.push(`${unreadable} invalid pack file(s)`);
  return `${ok ? "✓" : "✗"} ${parts.join("; ")} (${plural(
    sum((r) => r.stats.runs),
    "run",
  )}, ${seconds(sum((r) => r.stats.durationMs))})`;
}
