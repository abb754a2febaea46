import { useEffect, useRef } from "react";
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import { axisKinds, axisTicks } from "./axis-ticks";

// The only Chart.js importer: register just what the progress charts use (tree-shaken).
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export interface Series {
  label: string;
  values: (number | null)[];
}

export interface ChartProps {
  type: "line" | "bar";
  labels: string[];
  series: Series[];
  /** Accessible summary of what the chart shows. */
  title: string;
  horizontal?: boolean;
  yMax?: number;
  unit?: string;
}

const PALETTE = ["#2f5bd3", "#1a7f37", "#b35900", "#8250df", "#cf222e", "#0a7ea4"];

/** A chart drawn on a canvas (decorative for screen readers: the page shows the same data as a table). */
export default function ChartCanvas({ type, labels, series, title, horizontal, yMax, unit }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const css = getComputedStyle(document.documentElement);
    const text = css.getPropertyValue("--muted").trim() || "#566074";
    const grid = css.getPropertyValue("--border").trim() || "#d6dbe4";
    const kinds = axisKinds(!!horizontal);
    const config: ChartConfiguration<"line" | "bar", (number | null)[], string> = {
      type,
      data: {
        labels,
        datasets: series.map((s, i) => ({
          label: s.label,
          data: s.values,
          borderColor: PALETTE[i % PALETTE.length],
          backgroundColor: PALETTE[i % PALETTE.length],
          spanGaps: true,
          tension: 0.2,
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        indexAxis: horizontal ? "y" : "x",
        plugins: { legend: { display: series.length > 1, labels: { color: text } } },
        scales: {
          x: {
            ticks: { color: text, ...axisTicks(kinds.x, labels, unit) },
            grid: { color: grid },
            ...(horizontal && yMax !== undefined ? { max: yMax, min: 0 } : {}),
          },
          y: {
            ticks: { color: text, ...axisTicks(kinds.y, labels, unit), autoSkip: !horizontal },
            grid: { color: grid },
            ...(!horizontal && yMax !== undefined ? { max: yMax, min: 0 } : {}),
          },
        },
      },
    };
    const chart = new Chart(canvas.current!, config);
    return () => chart.destroy();
  }, [type, labels, series, horizontal, yMax, unit]);
  return (
    <div
      className="chart-box"
      style={horizontal ? { height: `${Math.max(260, labels.length * 24 + 48)}px` } : undefined}
    >
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
