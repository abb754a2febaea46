// The stored order of choice options (choice questions and incidents' choice steps) gives no
// answer away: across the built-in bank (every
// questions/*.json, so new packs are covered as they land) no position holds more than 40% of the
// correct answers and the correct option is the longest in at most 40% of the questions. A pack
// with enough choice questions of its own is held to a looser 50%, so one skewed pack cannot hide
// in a balanced bank.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  balanceProblems,
  describeBalance,
  optionBalance,
  type BalanceLimits,
  type ChoiceLike,
} from "./option-balance";

const DIR = resolve(__dirname, "../../questions");
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort();

const BANK: BalanceLimits = { minQuestions: 10, maxPositionShare: 0.4, maxLongestShare: 0.4 };
const PACK: BalanceLimits = { minQuestions: 10, maxPositionShare: 0.5, maxLongestShare: 0.5 };

type Stored = { id: string; kind: string; steps?: { id: string; kind: string }[] };

/** The pack's choice questions and its incidents' choice steps (as `<incident>/<step>`), in file order. */
function choiceQuestions(file: string): ChoiceLike[] {
  const pack = JSON.parse(readFileSync(resolve(DIR, file), "utf8")) as { questions: Stored[] };
  return pack.questions.flatMap((q): ChoiceLike[] => {
    if (q.kind === "choice") return [q as unknown as ChoiceLike];
    if (q.kind !== "incident") return [];
    return (q.steps ?? [])
      .filter((s) => s.kind === "choice")
      .map((s) => ({ ...(s as unknown as ChoiceLike), id: `${q.id}/${s.id}` }));
  });
}

const q = (id: string, correct: number | number[], lengths: number[]): ChoiceLike => {
  const right = Array.isArray(correct) ? correct : [correct];
  return {
    id,
    multiple: Array.isArray(correct),
    options: lengths.map((n, i) => ({ text: "x".repeat(n), correct: right.includes(i) })),
  };
};

describe("option balance (the criterion)", () => {
  it("counts positions and longest-correct options", () => {
    const b = optionBalance([q("a", 0, [9, 3, 3, 3]), q("b", 2, [3, 3, 3, 3]), q("c", [1, 3], [1, 2, 3, 4])]);
    expect(b.singleAt).toEqual([1, 0, 1]);
    expect(b.correctAt).toEqual([1, 1, 1, 1]);
    expect(b.longestCorrect).toEqual(["a", "c"]);
  });

  it("flags a bank whose answers are mostly first, or mostly the longest", () => {
    const skewed = Array.from({ length: 12 }, (_, i) => q(`q${i}`, i < 6 ? 0 : i % 4, [50, 20, 20, 20]));
    const problems = balanceProblems(optionBalance(skewed), BANK);
    expect(problems.some((p) => p.includes("position A holds"))).toBe(true);
    expect(problems.some((p) => p.includes("is the longest in"))).toBe(true);
  });

  it("passes a rotated bank and does not judge a handful of questions", () => {
    const rotated = Array.from({ length: 12 }, (_, i) => q(`q${i}`, i % 4, [20, 20, 20, 20]));
    expect(balanceProblems(optionBalance(rotated), BANK)).toEqual([]);
    const few = Array.from({ length: 4 }, (_, i) => q(`q${i}`, 0, [50, 1, 1, 1]));
    expect(balanceProblems(optionBalance(few), BANK)).toEqual([]);
  });
});

describe("built-in bank: correct-option positions", () => {
  const perPack = FILES.map((file) => ({ file, questions: choiceQuestions(file) }));
  const bank = optionBalance(perPack.flatMap((p) => p.questions));

  it("is not skewed across the bank", () => {
    console.info(describeBalance("bank", bank));
    expect(bank.questions).toBeGreaterThanOrEqual(BANK.minQuestions);
    expect(balanceProblems(bank, BANK)).toEqual([]);
  });

  it.each(perPack.map((p) => [p.file, p.questions] as const))(
    "is not skewed within %s",
    (file, questions) => {
      const b = optionBalance(questions);
      if (b.questions > 0) console.info(describeBalance(file, b));
      expect(balanceProblems(b, PACK)).toEqual([]);
    },
  );
});
