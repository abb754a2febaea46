import { CATEGORY_LABEL, DIFFICULTY_LABEL, KIND_LABEL } from "../../../components/labels/labels";
import { Markdown } from "../../../components/markdown/Markdown";
import { AnswerViewBlock } from "../../../components/answers/AnswerViewBlock";
import type { MockReport, ReportQuestion } from "../../../domain/mock";
import { duration, OUTCOME_LABEL, pct } from "./report-format";

/** Failed and errored answers start open: they are the ones worth reading first. */
const OPEN_BY_DEFAULT = new Set<ReportQuestion["outcome"]>(["fail", "error"]);

function RubricTable({ q }: { q: ReportQuestion }) {
  const points = q.rubric.reduce((a, i) => a + i.points, 0);
  const max = q.rubric.reduce((a, i) => a + i.maxPoints, 0);
  return (
    <div className="table-scroll">
      <table className="rows report-table report-rubric">
        <caption>
          {q.kind === "incident" ? "Steps of" : "Rubric for"} {q.title}: {points} of {max} points
        </caption>
        <thead>
          <tr>
            <th scope="col">{q.kind === "incident" ? "Step" : "Item"}</th>
            <th scope="col">Points</th>
            <th scope="col">Met</th>
          </tr>
        </thead>
        <tbody>
          {q.rubric.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.description ?? i.id}</th>
              <td>
                {i.points} / {i.maxPoints}
              </td>
              <td className={i.passed ? "rubric-met" : "rubric-missed"}>
                <span aria-hidden="true">{i.passed ? "✓ " : "✗ "}</span>
                {i.passed ? "Met" : "Missed"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A choice question's options under the letters they had in the mock, with the right ones and the chosen ones. */
function OptionsTable({ q }: { q: ReportQuestion }) {
  return (
    <div className="table-scroll">
      <table className="rows report-table report-options">
        <caption>Options of {q.title}, as shown in the mock</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Correct</th>
            <th scope="col">Your choice</th>
          </tr>
        </thead>
        <tbody>
          {(q.options ?? []).map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <strong>{o.letter}.</strong> <Markdown source={o.text} inline />
              </th>
              <td className={o.correct ? "rubric-met" : undefined}>{o.correct ? "✓ Correct" : "—"}</td>
              <td className={o.chosen && !o.correct ? "rubric-missed" : undefined}>
                {o.chosen ? "Chosen" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function QuestionResult({ q, sectionTitle }: { q: ReportQuestion; sectionTitle: string }) {
  return (
    <details className={`report-question outcome-${q.outcome}`} open={OPEN_BY_DEFAULT.has(q.outcome)}>
      <summary>
        <h3>{q.title}</h3>
        <span className={`badge badge-${q.outcome}`}>{OUTCOME_LABEL[q.outcome]}</span>{" "}
        <span className="report-question-score">{pct(q.score)}</span>
        {q.overBudget ? <span className="report-over"> · over budget</span> : null}
      </summary>
      <ul className="report-question-facts">
        <li>
          {sectionTitle} section · {CATEGORY_LABEL[q.category]} · {KIND_LABEL[q.kind]} ·{" "}
          {DIFFICULTY_LABEL[q.difficulty]}
        </li>
        <li>Topics: {q.topics.length ? q.topics.join(", ") : "none"}</li>
        <li>
          {q.submissions === 1 ? "1 submission" : `${q.submissions} submissions`}
          {q.autoSubmitted ? ", auto-submitted when its section or the mock ended" : ""}
        </li>
        <li>
          Time: {duration(q.timeUsedMs)} of {duration(q.budgetMs)}
        </li>
      </ul>
      <h4>Your answer</h4>
      {q.answer ? (
        <AnswerViewBlock view={q.answer} />
      ) : (
        <p className="muted">This report was saved before answers were kept in reports.</p>
      )}
      {q.rubric.length ? (
        <>
          <h4>{q.kind === "incident" ? "Steps" : "Rubric breakdown"}</h4>
          <RubricTable q={q} />
        </>
      ) : null}
      {q.options?.length ? (
        <>
          <h4>Options</h4>
          <OptionsTable q={q} />
        </>
      ) : null}
      {q.explanation ? (
        <>
          <h4>Explanation</h4>
          <Markdown source={q.explanation} />
        </>
      ) : null}
      {q.solution ? (
        <>
          <h4>
            {q.kind === "written" || q.kind === "design"
              ? "Model answer"
              : q.kind === "incident"
                ? "Solution and write-up"
                : "Solution"}
          </h4>
          <Markdown source={q.solution} />
        </>
      ) : null}
      {!q.explanation && !q.solution ? (
        <p className="muted">This question is no longer in your packs, so its solution cannot be shown.</p>
      ) : null}
    </details>
  );
}

/** Every question with its result, your answer, then (now that the mock is over) its explanation and solution. */
export function QuestionResults({ report }: { report: MockReport }) {
  const sectionTitle = new Map(report.sections.map((s) => [s.id, s.title]));
  return (
    <section aria-labelledby="report-questions-heading">
      <h2 id="report-questions-heading">Questions and solutions</h2>
      <p className="muted">Open a question to see your answer beside its explanation, solution and rubric.</p>
      {report.questions.map((q) => (
        <QuestionResult key={q.key} q={q} sectionTitle={sectionTitle.get(q.sectionId) ?? q.sectionId} />
      ))}
    </section>
  );
}
