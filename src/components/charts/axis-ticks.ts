/**
 * Tick labels of a chart's axes (kept apart from Chart.js so they can be tested): a category axis
 * shows its labels (Chart.js hands a callback the label's index, not the label), a value axis its
 * numbers with the unit.
 */
export type AxisKind = "category" | "value";

export function tickFormatter(
  kind: AxisKind,
  labels: readonly string[],
  unit?: string,
): (value: number | string) => string {
  if (kind === "category")
    return (value) => {
      const i = typeof value === "number" ? value : Number(value);
      return Number.isInteger(i) && labels[i] !== undefined ? labels[i] : String(value);
    };
  return (value) => (typeof value === "number" && unit ? `${value}${unit}` : String(value));
}

/**
 * Chart.js tick options for an axis. Every chart here plots whole numbers (rounded percentages,
 * minutes, counts), so a value axis steps by whole numbers: a day of 2 seconds (0 minutes) gets
 * the ticks 0 and 1, not 0, 0.1 … 1.
 */
export function axisTicks(
  kind: AxisKind,
  labels: readonly string[],
  unit?: string,
): { callback: (value: number | string) => string; precision?: number } {
  const callback = tickFormatter(kind, labels, unit);
  return kind === "value" ? { callback, precision: 0 } : { callback };
}

/** Which axis holds the categories: y for horizontal bars, x otherwise. */
export function axisKinds(horizontal: boolean): { x: AxisKind; y: AxisKind } {
  return horizontal ? { x: "value", y: "category" } : { x: "category", y: "value" };
}
