import { expect, it } from "vitest";
import { formatMs } from "../../src/components/results/ResultView";

it("formats durations for people", () => {
  expect(formatMs(0.125)).toBe("0.1 ms");
  expect(formatMs(60.29000000003725)).toBe("60 ms");
  expect(formatMs(1530)).toBe("1.5 s");
});
