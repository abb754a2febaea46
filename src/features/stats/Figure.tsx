import { lazy, Suspense, type ReactNode } from "react";

/** Chart.js is loaded only when a chart is first shown. */
export const ChartCanvas = lazy(() => import("../../components/charts/ChartCanvas"));

/** A titled chart with the same data as a table for screen readers and for reading exact values. */
export function Figure({ title, children, table }: { title: string; children: ReactNode; table: ReactNode }) {
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
