/**
 * Shared helpers of the engine benchmarks (bench/*.bench.ts, run as child processes by
 * scripts/bench.mjs): each figure is printed as one `BENCH {json}` line the parent collects.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** One measured figure; `target` like "<= 1.5" compares against `value` in the same unit. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  note?: string;
}

export function emit(figure: Figure): void {
  console.log(`BENCH ${JSON.stringify(figure)}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A built-in pack as shipped (questions/<id>.json). */
export function readPack<T = { questions: Record<string, unknown>[] }>(id: string): T {
  return JSON.parse(readFileSync(resolve("questions", `${id}.json`), "utf8")) as T;
}

/** Round to 3 significant digits for printing. */
export function round(value: number): number {
  return Number(value.toPrecision(3));
}
