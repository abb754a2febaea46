import { useMemo } from "react";
import type { MockReport } from "../../domain/mock/report-types";
import { href } from "../../lib/router/hash-router";
import { useMockReports } from "../../store";
import { LazyChart } from "../../components/charts/LazyChart";
import { Figure } from "./Figure";

const TITLE = "Mock interviews (overall score %)";

export interface MockPoint {
  id: string;
  /** When the mock finished (its start when the finish time is unknown). */
  at: number;
  title: string;
  /** Overall score in percent, rounded. */
  score: number;
}

/** One point per finished mock, oldest first. */
export function mockPoints(reports: readonly MockReport[]): MockPoint[] {
  return reports
    .map((r) => ({
      id: r.id,
      at: r.finishedAt ?? r.startedAt,
      title: r.templateTitle,
      score: Math.round(r.overall.score * 100),
    }))
    .sort((a, b) => a.at - b.at);
}

const when = (at: number) =>
  new Date(at).toLocaleString([], { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** The overall score of each finished mock interview over time, or a way to the first one. */
export function MockHistory() {
  const reports = useMockReports();
  const points = useMemo(() => mockPoints(reports ?? []), [reports]);
  const labels = useMemo(() => points.map((p) => when(p.at)), [points]);
  const series = useMemo(() => [{ label: "Overall score", values: points.map((p) => p.score) }], [points]);

  if (!reports || points.length === 0) {
    return (
      <section className="stats-figure" aria-label={TITLE}>
        <h2>{TITLE}</h2>
        {!reports ? (
          <p role="status">Loading your mock interviews…</p>
        ) : (
          <p>
            No finished mock interviews yet. <a href={href("/mock")}>Try a mock interview</a> and your scores
            appear here.
          </p>
        )}
      </section>
    );
  }
  return (
    <Figure
      title={TITLE}
      table={
        <table className="rows">
          <thead>
            <tr>
              <th scope="col">Finished</th>
              <th scope="col">Mock</th>
              <th scope="col">Overall score</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={p.id}>
                <th scope="row">{labels[i]}</th>
                <td>{p.title}</td>
                <td>{p.score}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <LazyChart
        type="line"
        title="Overall score of each finished mock interview"
        labels={labels}
        series={series}
        yMax={100}
        unit="%"
      />
    </Figure>
  );
}
