import type { GradeResult } from "../../domain/grading/result";

const STATUS_TEXT = {
  pass: "Right",
  fail: "Not right",
  error: "Did not run",
  skipped: "Skipped",
  "not-run": "Not run",
} as const;

/** An incident's grade: overall points, then each step with its points and what happened. */
export function IncidentSummary({ result, label }: { result: GradeResult; label: string }) {
  const points = result.cases.reduce((a, c) => a + (c.points ?? 0), 0);
  const max = result.cases.reduce((a, c) => a + (c.maxPoints ?? 0), 0);
  const round = (x: number) => Math.round(x * 100) / 100;
  return (
    <section className={`result result-${result.status} incident-summary`} aria-label={label}>
      <p className="verdict" role="status">
        <strong>
          {result.status === "pass"
            ? "Incident resolved"
            : result.status === "fail"
              ? "Not fully resolved"
              : "Could not be graded"}
        </strong>
        {result.status !== "error"
          ? ` — ${round(points)} of ${round(max)} points (${Math.round(result.score * 100)}%)`
          : ""}
      </p>
      {result.error ? (
        <p className="error-box" role="alert">
          <strong>{result.error.kind}</strong>: {result.error.message}
        </p>
      ) : null}
      {result.cases.length ? (
        <div className="table-scroll">
          <table className="rows">
            <caption>Steps</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Result</th>
                <th scope="col">Points</th>
              </tr>
            </thead>
            <tbody>
              {result.cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.description ?? c.id}</th>
                  <td>
                    <span className={`badge badge-${c.status}`}>{STATUS_TEXT[c.status]}</span>{" "}
                    {c.message ?? ""}
                  </td>
                  <td>
                    {round(c.points ?? 0)} / {c.maxPoints ?? 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
