import { expect, it } from "vitest";
import { formatDuration, plural } from "../../src/components/labels/duration";

it("says how long something took without rounding seconds to minutes", () => {
  expect(formatDuration(3_000)).toBe("3 s");
  expect(formatDuration(0)).toBe("0 s");
  expect(formatDuration(-5)).toBe("0 s");
  expect(formatDuration(59_400)).toBe("59 s");
  expect(formatDuration(60_000)).toBe("1 min");
  expect(formatDuration(750_000)).toBe("12 min 30 s");
  expect(formatDuration(3_900_000)).toBe("1 h 5 min");
  expect(formatDuration(7_200_000)).toBe("2 h");
  expect(formatDuration(Number.NaN)).toBe("0 s");
});

it("puts a count's noun in the right number", () => {
  expect(plural(1, "attempt")).toBe("1 attempt");
  expect(plural(0, "attempt")).toBe("0 attempts");
  expect(plural(2, "query", "queries")).toBe("2 queries");
});
