import { describe, expect, it } from "vitest";
import { shownOptions } from "../../../src/domain/grading/choice-order";
import { createSession } from "../../../src/domain/mock";
import type { ChoiceQuestion } from "../../../src/domain/packs";
import { reload, shortLoop, shortSelection, T0 } from "./mock-factories";

describe("choice option order in a mock", () => {
  it("records a seed per choice question, derived from the mock's seed", () => {
    const s = createSession(shortLoop, shortSelection(), "strict", T0, { seed: 7 });
    const again = createSession(shortLoop, shortSelection(), "strict", T0 + 1, { seed: 7 });
    expect(s.questions["p/a"]!.optionSeed).toEqual(expect.any(Number));
    expect(s.questions["p/a"]!.optionSeed).toBe(again.questions["p/a"]!.optionSeed);
    expect(s.questions["p/a"]!.optionSeed).not.toBe(s.questions["p/b"]!.optionSeed);
    expect(s.questions["p/d"]!.optionSeed).toBeUndefined();
    // Without a mock seed, the start time seeds it: still recorded, still deterministic.
    const unseeded = createSession(shortLoop, shortSelection(), "strict", T0);
    expect(unseeded.questions["p/a"]!.optionSeed).toBe(
      createSession(shortLoop, shortSelection(), "strict", T0).questions["p/a"]!.optionSeed,
    );
  });

  it("shows the same order after a reload", () => {
    const s = createSession(shortLoop, shortSelection(), "strict", T0, { seed: 7 });
    const question = shortSelection()[0]!.questions[0]!.question as ChoiceQuestion;
    const order = (seed?: number) => shownOptions(question, seed).map((o) => `${o.letter}:${o.option.id}`);
    expect(order(reload(s).questions["p/a"]!.optionSeed)).toEqual(order(s.questions["p/a"]!.optionSeed));
  });
});
