import { useMemo } from "react";
import { LazyChart } from "../../../components/charts/LazyChart";
import type { MockReport } from "../../../domain/mock";
import { loopTitle, pct, when, whenShort } from "./report-format";

/** "up 12 points", "down 3 points", "the same score" (score differences in percentage points). */
function change(delta: number): string {
  const points = Math.round(Math.abs(delta) * 100);
  if (points === 0) return "the same score";
  return `${delta > 0 ? "up" : "down"} ${points} ${points === 1 ? "point" : "points"}`;
}

/** How this mock compares with the earlier ones, with their scores over time. */
export function ReportComparison({ report }: { report: MockReport }) {
  const { history, comparison } = report;
  const labels = useMemo(() => history.map((p) => whenShort(p.at)), [history]);
  const series = useMemo(
    () => [{ label: "Overall score", values: history.map((p) => Math.round(p.score * 100)) }],
    [history],
  );

  return (
    <section aria-labelledby="report-compare-heading">
      <h2 id="report-compare-heading">Compared with earlier mocks</h2>
      {comparison.previousScore === null ? (
        <p>This is your first mock interview. Finish another one to see how your score moves.</p>
      ) : (
        <>
          <ul className="report-compare">
            <li>
              Previous mock: {pct(comparison.previousScore)}; this one: {pct(report.overall.score)} (
              {change(comparison.delta ?? 0)})
            </li>
            {comparison.bestPreviousScore !== null ? (
              <li>
                Best earlier score: {pct(comparison.bestPreviousScore)}
                {report.overall.score > comparison.bestPreviousScore ? " — this is your best yet" : ""}
              </li>
            ) : null}
          </ul>
          <div className="report-chart">
            <LazyChart
              type="line"
              title="Overall score of this and earlier mock interviews"
              labels={labels}
              series={series}
              yMax={100}
              unit="%"
            />
          </div>
          <details>
            <summary>Show the data as a table</summary>
            <div className="table-scroll">
              <table className="rows report-table">
                <caption>Overall score of each mock, oldest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Finished</th>
                    <th scope="col">Loop</th>
                    <th scope="col">Overall score</th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((p) => (
                    <tr key={p.reportId} aria-current={p.reportId === report.id ? "true" : undefined}>
                      <th scope="row">
                        {when(p.at)}
                        {p.reportId === report.id ? " (this mock)" : ""}
                      </th>
                      <td>{p.reportId === report.id ? report.templateTitle : loopTitle(p.templateId)}</td>
                      <td>{pct(p.score)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
