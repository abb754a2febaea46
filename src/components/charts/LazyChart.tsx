import { lazy, Suspense } from "react";
import type { ChartProps } from "./ChartCanvas";

const ChartCanvas = lazy(() => import("./ChartCanvas"));

/** A chart whose library (Chart.js) loads when it is first shown, with a loading line meanwhile. */
export function LazyChart(props: ChartProps) {
  return (
    <Suspense fallback={<p role="status">Loading chart…</p>}>
      <ChartCanvas {...props} />
    </Suspense>
  );
}
