import { lazy, Suspense, useMemo, type ReactNode } from "react";
import { Page } from "../../components/page/Page";
import { CATEGORIES } from "../../domain/packs";
import { progressStats } from "../../domain/stats/progress-stats";
import { CATEGORY_LABEL } from "../../components/labels/labels";
import { href } from "../../lib/router/hash-router";
import { useAllAttempts, useCatalog } from "../../store";

const ChartCanvas = lazy(() => import("../../components/charts/ChartCanvas"));

function Figure({ title, children, table }: { title: string; children: ReactNode; table: ReactNode }) {
  return (
    <section className="stats-figure" aria-label={title}>
      <h2>{title}</h2>
      <Suspense fallback={<p role="status">Loading chart…</p>}>{children}</Suspense>
      <details>
        <summary>Show the data as a table</summary>
        {table}
      </details>
    </section>
  );
}

/** `#/stats`: progress charts, topic mastery, and the weakest topics to practise. */
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
          <strong>{stats.totals.minutes}</strong> minutes
        </li>
      </ul>
      <section className="weakest" aria-labelledby="weakest-heading">
        <h2 id="weakest-heading">Weakest topics</h2>
        {stats.weakest.length === 0 ? (
          <p className="muted">Nothing weak so far: every topic you tried is solved.</p>
        ) : (
          <ul>
            {stats.weakest.map((t) => (
              <li key={t.topic}>
                <span>
                  {t.topic}: {Math.round(t.mastery * 100)}% ({t.attempted} of {t.total} questions tried)
                </span>{" "}
                <a href={href("/practice", { topic: t.topic })}>Practise {t.topic}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
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
          <ChartCanvas
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
          <ChartCanvas
            type="bar"
            horizontal
            title="Mastery per topic"
            labels={topTopics.map((t) => t.topic)}
            series={[{ label: "Mastery", values: topTopics.map((t) => Math.round(t.mastery * 100)) }]}
            yMax={100}
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
                    <td>{Math.round(p.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <ChartCanvas
            type="bar"
            title="Minutes spent per day"
            labels={stats.minutesPerDay.map((p) => p.day)}
            series={[{ label: "Minutes", values: stats.minutesPerDay.map((p) => Math.round(p.value)) }]}
          />
        </Figure>
      </div>
      <p className="muted">Mock-interview history will appear here once mock interviews are built.</p>
    </Page>
  );
}
