import { describe, expect, it } from "vitest";
import {
  cleanTopics,
  newCardState,
  topicDrillKeys,
  type CardState,
  type TopicQuestion,
} from "../../../src/domain/drill";
import { at, DAY } from "./drill-factories";

const NOW = at(10);

/** A drilled card for `key`, due at `due`. */
function card(key: string, due: number): CardState {
  return {
    ...newCardState(key, due),
    phase: "review",
    reps: 1,
    stability: 3,
    difficulty: 5,
    lastReview: due - DAY,
  };
}

const qs: TopicQuestion[] = [
  { key: "p/fresh1", topics: ["Overfitting"] },
  { key: "p/low", topics: ["regularization", "overfitting"] },
  { key: "p/due-late", topics: ["overfitting"] },
  { key: "p/other", topics: ["joins"] },
  { key: "p/high", topics: ["  OVERFITTING "] },
  { key: "p/due-early", topics: ["Regularization"] },
  { key: "p/fresh2", topics: ["regularization"] },
  { key: "p/not-due", topics: ["overfitting"] },
];

const cards = [
  card("p/due-late", NOW - DAY),
  card("p/due-early", NOW - 3 * DAY),
  card("p/not-due", NOW + 2 * DAY),
  card("p/other", NOW - 5 * DAY),
  newCardState("p/fresh2", NOW - DAY), // a card never rated counts as never drilled
];
const bestScores = new Map([
  ["p/low", 0.2],
  ["p/high", 0.9],
  ["p/due-late", 1],
  ["p/not-due", 0.5],
  ["p/other", 0],
]);

describe("topicDrillKeys", () => {
  it("takes due cards first, then the lowest best scores, then questions never tried", () => {
    expect(
      topicDrillKeys({
        questions: qs,
        topics: ["overfitting", "REGULARIZATION"],
        cards,
        bestScores,
        now: NOW,
      }),
    ).toEqual(["p/due-early", "p/due-late", "p/low", "p/not-due", "p/high", "p/fresh1", "p/fresh2"]);
  });

  it("matches any of a question's topics, case-insensitively, and leaves other topics out", () => {
    expect(topicDrillKeys({ questions: qs, topics: ["Joins"], cards, bestScores, now: NOW })).toEqual([
      "p/other",
    ]);
    expect(
      topicDrillKeys({ questions: qs, topics: [" regularization "], cards, bestScores, now: NOW }),
    ).toEqual(["p/due-early", "p/low", "p/fresh2"]);
    expect(topicDrillKeys({ questions: qs, topics: ["unknown"], cards, bestScores, now: NOW })).toEqual([]);
    expect(topicDrillKeys({ questions: qs, topics: [" ", ""], cards, bestScores, now: NOW })).toEqual([]);
  });

  it("caps the drill, 10 by default, and takes a repeated key once", () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ key: `p/q${i}`, topics: ["t"] }));
    const input = {
      questions: [...many, many[0]!],
      topics: ["t"],
      cards: [],
      bestScores: new Map(),
      now: NOW,
    };
    expect(topicDrillKeys(input)).toEqual(many.slice(0, 10).map((q) => q.key));
    expect(topicDrillKeys({ ...input, limit: 3 })).toEqual(["p/q0", "p/q1", "p/q2"]);
    expect(topicDrillKeys({ ...input, limit: 0 })).toEqual([]);
    expect(topicDrillKeys({ ...input, limit: 100 })).toHaveLength(14);
  });

  it("orders a card due exactly now as due, and a drilled card without a score as score 0", () => {
    const input = {
      questions: [
        { key: "p/a", topics: ["t"] },
        { key: "p/b", topics: ["t"] },
        { key: "p/c", topics: ["t"] },
      ],
      topics: ["t"],
      cards: [card("p/c", NOW), card("p/b", NOW + DAY)],
      bestScores: new Map([["p/a", 0.1]]),
      now: NOW,
    };
    expect(topicDrillKeys(input)).toEqual(["p/c", "p/b", "p/a"]);
  });
});

describe("cleanTopics", () => {
  it("trims, drops empty topics and case-insensitive repeats, keeping the first spelling", () => {
    expect(cleanTopics([" Pandas ", "pandas", "", "SQL joins", "  "])).toEqual(["Pandas", "SQL joins"]);
  });
});
