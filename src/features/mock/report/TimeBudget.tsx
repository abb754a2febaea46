import type { MockReport, ReportQuestion } from "../../../domain/mock";
import { duration } from "./report-format";

/**
 * A bar of time used against budget, scaled so the longer of the two fills the track; the
 * budget is a marker line and time past it is hatched. Decorative: the row says it in words.
 */
function BudgetBar({ q }: { q: ReportQuestion }) {
  const scale = Math.max(q.timeUsedMs, q.budgetMs, 1);
  const used = (q.timeUsedMs / scale) * 100;
  const budget = (q.budgetMs / scale) * 100;
  return (
    <span className="budget-bar" aria-hidden="true">
      <span className="budget-used" style={{ width: `${Math.min(used, budget)}%` }} />
      {q.overBudget ? (
        <span className="budget-over" style={{ left: `${budget}%`, width: `${used - budget}%` }} />
      ) : null}
      <span className="budget-mark" style={{ left: `calc(${budget}% - 1px)` }} />
    </span>
  );
}

/** Time each question was in focus against its share of the section's budget, over-budget flagged. */
export function TimeBudget({ report }: { report: MockReport }) {
  const sectionTitle = new Map(report.sections.map((s) => [s.id, s.title]));
  const overCount = report.questions.filter((q) => q.overBudget).length;
  return (
    <section aria-labelledby="report-time-heading">
      <h2 id="report-time-heading">Time per question</h2>
      <p className="muted">
        Each question&apos;s budget is its section&apos;s time divided by the section&apos;s questions.{" "}
        {overCount === 0
          ? "Every question stayed within its budget."
          : `${overCount} of ${report.questions.length} ${
              report.questions.length === 1 ? "question" : "questions"
            } went over budget.`}
      </p>
      <div className="table-scroll">
        <table className="rows report-table report-time">
          <caption>Time used against budget per question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Time used of budget</th>
            </tr>
          </thead>
          <tbody>
            {report.questions.map((q) => (
              <tr key={q.key}>
                <th scope="row">
                  {q.title}{" "}
                  <span className="report-time-section">{sectionTitle.get(q.sectionId) ?? q.sectionId}</span>
                </th>
                <td>
                  <span className="report-num">{duration(q.timeUsedMs)}</span> of{" "}
                  <span className="report-num">{duration(q.budgetMs)}</span>
                  <BudgetBar q={q} />
                  {q.overBudget ? (
                    <span className="report-over">
                      <span aria-hidden="true">▲ </span>
                      Over by {duration(q.timeUsedMs - q.budgetMs)}
                    </span>
                  ) : (
                    <span className="muted">Within budget</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
