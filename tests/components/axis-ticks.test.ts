import { expect, it } from "vitest";
import { axisKinds, axisTicks, tickFormatter } from "../../src/components/charts/axis-ticks";

it("labels a category axis with its labels, not their indexes (the mastery chart's topics)", () => {
  const kinds = axisKinds(true);
  expect(kinds).toEqual({ x: "value", y: "category" });
  const y = tickFormatter(kinds.y, ["joins", "calibration", "windowing"], "%");
  expect([0, 1, 2].map(y)).toEqual(["joins", "calibration", "windowing"]);
  expect(y(7)).toBe("7");
  const x = tickFormatter(kinds.x, ["joins"], "%");
  expect(x(40)).toBe("40%");
});

it("keeps numbers on the value axis of a vertical chart, with the unit when there is one", () => {
  const kinds = axisKinds(false);
  expect(kinds).toEqual({ x: "category", y: "value" });
  expect(tickFormatter(kinds.y, [], "%")(50)).toBe("50%");
  expect(tickFormatter(kinds.y, [])(50)).toBe("50");
  expect(tickFormatter(kinds.x, ["2026-03-01", "2026-03-02"])(1)).toBe("2026-03-02");
});

it("steps a value axis by whole numbers (whole minutes, counts, percentages), never a category axis", () => {
  expect(axisTicks("value", [], "%")).toMatchObject({ precision: 0 });
  expect(axisTicks("value", [])).toMatchObject({ precision: 0 });
  expect(axisTicks("category", ["a"])).not.toHaveProperty("precision");
  expect(axisTicks("category", ["a"]).callback(0)).toBe("a");
});
