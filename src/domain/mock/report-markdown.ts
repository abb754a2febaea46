/**
 * Exports of a mock report: Markdown (for notes or sharing) and JSON (the report object as is).
 */
import { answerMarkdown } from "../practice/answer-view";
import { REPORT_VERSION, type MockReport } from "./report-types";

const pct = (x: number) => `${Math.round(x * 100)}%`;
const mins = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * The report as Markdown: summary, sections, hire signal by category, questions (time against
 * budget, the candidate's own answer, rubric breakdown, explanation and solution), strengths and weaknesses, and the
 * comparison with earlier mocks. Titles from packs are escaped for table cells only; the rest
 * is Markdown authored by pack authors and rendered by whoever displays it.
 */
export function reportToMarkdown(r: MockReport): string {
  const out: string[] = [];
  out.push(`# Mock interview report: ${r.templateTitle}`, "");
  out.push(`- Mode: ${r.mode}${r.seed !== undefined ? ` · seed ${r.seed}` : ""}`);
  out.push(`- Started: ${new Date(r.startedAt).toISOString()}`);
  if (r.finishedAt !== null)
    out.push(`- Finished: ${new Date(r.finishedAt).toISOString()} (${r.finishReason})`);
  out.push(
    `- Overall: **${pct(r.overall.score)}** (${r.overall.points.toFixed(2)} / ${r.overall.maxPoints}) — ${r.overall.signal ?? "no hire signal"}`,
  );
  if (r.overall.signalNote) out.push(`- ${r.overall.signalNote}`);
  out.push(`- Time: ${mins(r.time.usedMs)} of ${mins(r.time.budgetMs)}`, "");
  out.push(
    "## Sections",
    "",
    "| Section | Score | Questions | Time used | Budget |",
    "|---|---|---|---|---|",
  );
  for (const s of r.sections)
    out.push(
      `| ${cell(s.title)} | ${pct(s.score)} | ${s.questionCount} | ${mins(s.usedMs)} | ${mins(s.budgetMs)} |`,
    );
  out.push("", "## Hire signal by category", "", "| Category | Score | Signal |", "|---|---|---|");
  for (const c of r.categories)
    out.push(
      `| ${c.category} | ${pct(c.score)} | ${c.signal ?? `none (${cell(c.signalNote ?? "too little evidence")})`} |`,
    );
  out.push("", "## Questions", "");
  for (const q of r.questions) {
    out.push(`### ${q.title}`, "");
    out.push(`- ${q.category} · ${q.kind} · ${q.difficulty} · topics: ${q.topics.join(", ") || "none"}`);
    out.push(`- Result: ${q.outcome}, ${pct(q.score)}${q.autoSubmitted ? " (auto-submitted)" : ""}`);
    out.push(`- Time: ${mins(q.timeUsedMs)} of ${mins(q.budgetMs)}${q.overBudget ? " — over budget" : ""}`);
    if (q.answer) out.push("", "**Your answer**", "", answerMarkdown(q.answer));
    if (q.rubric.length) {
      out.push("", `| ${q.kind === "incident" ? "Step" : "Rubric item"} | Points |`, "|---|---|");
      for (const i of q.rubric) out.push(`| ${cell(i.description ?? i.id)} | ${i.points} / ${i.maxPoints} |`);
    }
    if (q.options?.length) {
      out.push("", "| Option | Correct | Chosen |", "|---|---|---|");
      for (const o of q.options)
        out.push(`| **${o.letter}.** ${cell(o.text)} | ${o.correct ? "✓" : ""} | ${o.chosen ? "✓" : ""} |`);
    }
    if (q.explanation) out.push("", "**Explanation**", "", q.explanation);
    if (q.solution) out.push("", "**Solution**", "", q.solution);
    out.push("");
  }
  out.push("## Strengths and weaknesses", "");
  out.push(`- Strengths: ${r.strengths.join(", ") || "none yet"}`);
  out.push(`- Weaknesses: ${r.weaknesses.join(", ") || "none"}`);
  if (r.drillTopics.length) out.push(`- Drill next: ${r.drillTopics.join(", ")}`);
  out.push("", "## Compared with earlier mocks", "");
  if (r.comparison.previousScore === null) out.push("This is your first mock.");
  else {
    const d = r.comparison.delta ?? 0;
    out.push(`- Previous: ${pct(r.comparison.previousScore)} (${d >= 0 ? "+" : "−"}${pct(Math.abs(d))})`);
    out.push(`- Best before: ${pct(r.comparison.bestPreviousScore ?? 0)}`);
    out.push(`- Series: ${r.history.map((p) => pct(p.score)).join(" → ")}`);
  }
  return out.join("\n") + "\n";
}

/** The report as pretty-printed JSON (it is plain data; `reportFromJson` reads it back). */
export function reportToJson(r: MockReport): string {
  return JSON.stringify(r, null, 2);
}

/** Parse a report exported by `reportToJson`; undefined when the text is not such a report. */
export function reportFromJson(text: string): MockReport | undefined {
  try {
    const v = JSON.parse(text) as Partial<MockReport> | null;
    if (
      !v ||
      v.version !== REPORT_VERSION ||
      typeof v.id !== "string" ||
      !v.overall ||
      !Array.isArray(v.questions)
    )
      return undefined;
    return v as MockReport;
  } catch {
    return undefined;
  }
}
