import { CATEGORY_LABEL } from "../../../components/labels/labels";
import type { MockReport } from "../../../domain/mock";
import {
  duration,
  finishLabel,
  loopTitle,
  MODE_LABEL,
  pct,
  signalClass,
  signalLabel,
  when,
} from "./report-format";

/** The headline: overall score and signal, how the mock ended, its mode and the time used. */
export function ReportOverview({ report }: { report: MockReport }) {
  const { overall, time } = report;
  const over = time.usedMs > time.budgetMs;
  return (
    <section className="report-overview" aria-labelledby="report-overall-heading">
      <h2 id="report-overall-heading">Overall</h2>
      <div className="report-headline">
        <p className="report-score">
          <strong>{pct(overall.score)}</strong>
          <span className="muted">
            {" "}
            {overall.points.toFixed(2)} of {overall.maxPoints} points
          </span>
        </p>
        <p className={signalClass(overall.signal)}>
          <span className="muted">Hire signal: </span>
          <strong>{signalLabel(overall.signal)}</strong>
        </p>
      </div>
      {overall.signalNote ? <p className="muted report-signal-note">{overall.signalNote}</p> : null}
      <dl className="report-facts">
        <div>
          <dt>Loop</dt>
          <dd>{report.templateTitle || loopTitle(report.templateId)}</dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{when(report.startedAt)}</dd>
        </div>
        <div>
          <dt>Ending</dt>
          <dd>{finishLabel(report.finishReason)}</dd>
        </div>
        <div>
          <dt>Mode</dt>
          <dd>{MODE_LABEL[report.mode]}</dd>
        </div>
        <div>
          <dt>Time used</dt>
          <dd>
            {duration(time.usedMs)} of {duration(time.budgetMs)}
            {over ? <span className="report-over"> (over budget)</span> : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Per section: score, questions and time used against the section's budget. */
export function SectionTable({ report }: { report: MockReport }) {
  return (
    <section aria-labelledby="report-sections-heading">
      <h2 id="report-sections-heading">Sections</h2>
      <div className="table-scroll">
        <table className="rows report-table">
          <caption>Score and time used of budget per section</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Score</th>
              <th scope="col">Questions</th>
              <th scope="col">Time</th>
            </tr>
          </thead>
          <tbody>
            {report.sections.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td>{pct(s.score)}</td>
                <td>{s.questionCount}</td>
                <td>
                  <span className="report-num">{duration(s.usedMs)}</span> of{" "}
                  <span className="report-num">{duration(s.budgetMs)}</span>
                  {s.usedMs > s.budgetMs ? <span className="report-over"> (over)</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The hire signal an interviewer would write for each category of the loop (when it gave enough evidence). */
export function CategorySignals({ report }: { report: MockReport }) {
  return (
    <section aria-labelledby="report-categories-heading">
      <h2 id="report-categories-heading">Hire signal by category</h2>
      <div className="table-scroll">
        <table className="rows report-table">
          <caption>Score and hire signal per category</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Score</th>
              <th scope="col">Questions</th>
              <th scope="col">Signal</th>
            </tr>
          </thead>
          <tbody>
            {report.categories.map((c) => (
              <tr key={c.category}>
                <th scope="row">{CATEGORY_LABEL[c.category]}</th>
                <td>{pct(c.score)}</td>
                <td>{c.questionCount}</td>
                <td className={signalClass(c.signal)}>
                  {signalLabel(c.signal)}
                  {c.signalNote ? <span className="muted report-signal-note"> — {c.signalNote}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
