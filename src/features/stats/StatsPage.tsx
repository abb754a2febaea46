import { useMemo } from "react";
import { Page } from "../../components/page/Page";
import { CATEGORIES } from "../../domain/packs";
import { progressStats } from "../../domain/stats/progress-stats";
import { CATEGORY_LABEL } from "../../components/labels/labels";
import { formatDuration } from "../../components/labels/duration";
import { href } from "../../lib/router/hash-router";
import { useAllAttempts, useCatalog } from "../../store";
import { LazyChart } from "../../components/charts/LazyChart";
import { Figure } from "./Figure";
import { MockHistory } from "./MockHistory";
import { WeakTopics } from "./WeakTopics";

/**
 * `#/stats`: progress charts, topic mastery, the weakest topics (to practise or drill in one
 * click) and the mock-interview history.
 */
export function StatsPage() {
  const { status, enabled } = useCatalog();
  const attempts = useAllAttempts();
  const stats = useMemo(
    () =>
      attempts && status === "ready"
        ? progressStats(enabled, attempts, -new Date().getTimezoneOffset())
        : null,
    [attempts, enabled, status],
  );

  if (!stats) {
    return (
      <Page title="Progress">
        <p role="status">Loading your progress…</p>
      </Page>
    );
  }
  if (stats.totals.attempts === 0) {
    return (
      <Page title="Progress" lead="How you are doing, by category and topic.">
        <p>
          No attempts yet. <a href={href("/practice")}>Answer a few questions</a> and your charts appear here.
        </p>
        <div className="stats-grid">
          <MockHistory />
        </div>
      </Page>
    );
  }
  const days = [...new Set(CATEGORIES.flatMap((c) => stats.scoreByCategory[c].map((p) => p.day)))].sort();
  const scoreSeries = CATEGORIES.filter((c) => stats.scoreByCategory[c].length).map((c) => ({
    label: CATEGORY_LABEL[c],
    values: days.map((d) => {
      const p = stats.scoreByCategory[c].find((x) => x.day === d);
      return p ? Math.round(p.value * 100) : null;
    }),
  }));
  const topTopics = stats.topics.filter((t) => t.attempted > 0).slice(0, 15);

  return (
    <Page title="Progress" lead="How you are doing, by category and topic.">
      <ul className="stat-totals" aria-label="Totals">
        <li>
          <strong>{stats.totals.solved}</strong> solved
        </li>
        <li>
          <strong>{stats.totals.questionsAttempted}</strong> questions tried
        </li>
        <li>
          <strong>{stats.totals.attempts}</strong> attempts
        </li>
        <li>
          <strong>{formatDuration(stats.totals.timeMs)}</strong> spent
        </li>
      </ul>
      <WeakTopics weakest={stats.weakest} packs={enabled} />
      <div className="stats-grid">
        <Figure
          title="Score over time (%)"
          table={
            <table className="rows">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  {scoreSeries.map((s) => (
                    <th key={s.label} scope="col">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {days.map((d, i) => (
                  <tr key={d}>
                    <th scope="row">{d}</th>
                    {scoreSeries.map((s) => (
                      <td key={s.label}>{s.values[i] ?? "—"}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <LazyChart
            type="line"
            title="Mean score per day by category"
            labels={days}
            series={scoreSeries}
            yMax={100}
            unit="%"
          />
        </Figure>
        <Figure
          title="Mastery by topic (%)"
          table={
            <table className="rows">
              <tbody>
                {topTopics.map((t) => (
                  <tr key={t.topic}>
                    <th scope="row">{t.topic}</th>
                    <td>{Math.round(t.mastery * 100)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <LazyChart
            type="bar"
            horizontal
            title="Mastery per topic"
            labels={topTopics.map((t) => t.topic)}
            series={[{ label: "Mastery", values: topTopics.map((t) => Math.round(t.mastery * 100)) }]}
            yMax={100}
            unit="%"
          />
        </Figure>
        <Figure
          title="Time spent (minutes per day)"
          table={
            <table className="rows">
              <tbody>
                {stats.minutesPerDay.map((p) => (
                  <tr key={p.day}>
                    <th scope="row">{p.day}</th>
                    <td>{p.value > 0 && p.value < 0.5 ? "< 1" : Math.round(p.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <LazyChart
            type="bar"
            title="Minutes spent per day"
            labels={stats.minutesPerDay.map((p) => p.day)}
            series={[{ label: "Minutes", values: stats.minutesPerDay.map((p) => Math.round(p.value)) }]}
          />
        </Figure>
        <MockHistory />
      </div>
    </Page>
  );
}
