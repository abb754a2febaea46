import { describe, expect, it } from "vitest";
import { formatInterval } from "../../../src/domain/drill";
import { DAY, HOUR, MINUTE } from "./drill-factories";

describe("formatInterval", () => {
  it.each<[number, string]>([
    [-5 * MINUTE, "now"],
    [30_000, "now"],
    [MINUTE, "1 min"],
    [10 * MINUTE, "10 min"],
    [59.9 * MINUTE, "59 min"],
    [HOUR, "1 h"],
    [5.4 * HOUR, "5 h"],
    [DAY, "1 day"],
    [3 * DAY, "3 days"],
    [30 * DAY, "30 days"],
    [45 * DAY, "1.5 months"],
    [300 * DAY, "10 months"],
    [365 * DAY, "1 year"],
    [800 * DAY, "2.2 years"],
    [Number.NaN, "now"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatInterval(ms)).toBe(text);
  });
});
