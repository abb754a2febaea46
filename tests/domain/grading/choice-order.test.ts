import { describe, expect, it } from "vitest";
import { lettersOf, optionLetter, shownOptions } from "../../../src/domain/grading/choice-order";

const q = {
  options: ["a", "b", "c", "d", "e"].map((id) => ({
    id,
    text: id.toUpperCase(),
    correct: id === "a",
    explanation: ".",
  })),
};
const ids = (seed: number | undefined) => shownOptions(q, seed).map((s) => s.option.id);

describe("shownOptions", () => {
  it("keeps the file's order without a seed and letters the options A, B, C…", () => {
    expect(shownOptions(q, undefined).map((s) => `${s.letter}:${s.option.id}`)).toEqual([
      "A:a",
      "B:b",
      "C:c",
      "D:d",
      "E:e",
    ]);
  });

  it("shuffles by the seed: the same seed gives the same order, every option once", () => {
    expect(ids(42)).toEqual(ids(42));
    expect([...ids(42)].sort()).toEqual(["a", "b", "c", "d", "e"]);
    const orders = new Set(Array.from({ length: 20 }, (_, s) => ids(s).join("")));
    expect(orders.size).toBeGreaterThan(10);
  });

  it("puts the correct option in every position about equally often", () => {
    const counts = [0, 0, 0, 0, 0];
    for (let seed = 0; seed < 5000; seed++) counts[ids(seed).indexOf("a")]!++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });

  it("gives the letters of chosen options as shown", () => {
    const order = ids(7);
    const letterOfB = String.fromCharCode(65 + order.indexOf("b"));
    const letterOfD = String.fromCharCode(65 + order.indexOf("d"));
    expect(lettersOf(q, 7, ["d", "b", "zz"])).toEqual([letterOfB, letterOfD].sort());
  });
});

describe("optionLetter", () => {
  it("goes A…Z then AA, AB", () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(optionLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA"]);
  });
});
