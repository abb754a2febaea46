import { describe, expect, it } from "vitest";
import { deriveSeed, hashString, isSeed, mulberry32, seedFrom, shuffled } from "../../../src/domain/mock";

describe("seeded randomness", () => {
  it("mulberry32 is deterministic, in [0, 1), and differs between seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    // Roughly uniform: the mean of 1000 draws is near 0.5.
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.05);
  });

  it("shuffles into a permutation without touching the input", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const out = shuffled(items, mulberry32(1));
    expect([...out].sort((x, y) => x - y)).toEqual(items);
    expect(out).not.toEqual(items);
    expect(items[0]).toBe(0);
    expect(shuffled(items, mulberry32(1))).toEqual(out);
  });

  it("derives independent seeds and validates seeds", () => {
    expect(hashString("sql")).not.toBe(hashString("sq1"));
    expect(deriveSeed(1, "a")).not.toBe(deriveSeed(1, "b"));
    expect(deriveSeed(1, "a")).not.toBe(deriveSeed(2, "a"));
    expect(isSeed(seedFrom(Date.UTC(2026, 0, 1)))).toBe(true);
    expect([0, 0xffffffff].every(isSeed)).toBe(true);
    expect([-1, 2 ** 32, 1.5, "1", NaN].some(isSeed)).toBe(false);
  });
});
