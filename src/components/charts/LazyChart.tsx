import { lazy, Suspense, type ComponentType } from "react";
import type { ChartProps } from "./ChartCanvas";

function ChartUnavailable() {
  return (
    <p role="note" className="muted">
      The chart could not load (charts are saved for offline use the first time they open online). The same
      figures are in the table.
    </p>
  );
}

const ChartCanvas = lazy<ComponentType<ChartProps>>(() =>
  import("./ChartCanvas").catch(() => ({ default: ChartUnavailable })),
);

/** A chart whose library (Chart.js) loads when it is first shown, with a loading line meanwhile. */
export function LazyChart(props: ChartProps) {
  return (
    <Suspense fallback={<p role="status">Loading chart…</p>}>
      <ChartCanvas {...props} />
    </Suspense>
  );
}
