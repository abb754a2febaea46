import { describe, expect, it } from "vitest";
import { parsePack, type Pack } from "../../src/domain/packs";
import { questionNeighbours } from "../../src/domain/practice/neighbours";
import { mulberry32 } from "../../src/domain/random";
import { choiceQuestion, validPack } from "./packs/pack-factories";

function pack(id: string, qs: [string, string[], string?][]): Pack {
  const r = parsePack(
    validPack(
      qs.map(([q, topics, category]) => choiceQuestion(q, { topics, ...(category ? { category } : {}) })),
      { id },
    ),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
}

const packs = [
  pack("a", [
    ["q1", ["joins", "sql"]],
    ["q2", ["metrics"]],
    ["q3", ["joins"]],
  ]),
  pack("b", [
    ["r1", ["joins", "sql"], "coding"],
    ["r2", ["calibration"]],
  ]),
];
const ids = (n: ReturnType<typeof questionNeighbours>) => ({
  next: n.next && `${n.next.packId}/${n.next.question.id}`,
  similar: n.similar && `${n.similar.packId}/${n.similar.question.id} (${n.similar.topic})`,
  random: n.random && `${n.random.packId}/${n.random.question.id}`,
});

describe("questionNeighbours", () => {
  it("offers the next question in list order, the one sharing most topics, and a random one", () => {
    const n = questionNeighbours(packs, { packId: "a", questionId: "q1" }, new Map(), mulberry32(1));
    expect(ids(n).next).toBe("a/q2");
    // b/r1 shares two topics (joins, sql); a/q3 only one.
    expect(ids(n).similar).toBe("b/r1 (joins)");
    expect(ids(n).random).not.toBe("a/q1");
  });

  it("wraps around at the end and passes over solved questions while others are open", () => {
    const solved = new Map([
      ["a/q1", 1],
      ["b/r1", 1],
    ]);
    const n = questionNeighbours(packs, { packId: "b", questionId: "r2" }, solved, mulberry32(2));
    expect(ids(n).next).toBe("a/q2");
    const fromQ2 = questionNeighbours(
      packs,
      { packId: "a", questionId: "q2" },
      new Map([["a/q3", 0.5]]),
      () => 0,
    );
    expect(ids(fromQ2).next).toBe("a/q3"); // attempted but not solved: still open
    expect(ids(fromQ2).similar).toBeUndefined(); // nothing else is about metrics
    const q3 = questionNeighbours(packs, { packId: "a", questionId: "q3" }, solved, () => 0);
    expect(ids(q3).similar).toBeUndefined(); // the only other joins questions are solved
  });

  it("offers solved questions once everything else is solved", () => {
    const all = new Map(["a/q1", "a/q2", "a/q3", "b/r1", "b/r2"].map((k) => [k, 1]));
    const n = questionNeighbours(packs, { packId: "a", questionId: "q1" }, all, () => 0.99);
    expect(ids(n)).toEqual({ next: "a/q2", similar: "b/r1 (joins)", random: "b/r2" });
  });

  it("offers nothing when the question is alone", () => {
    expect(
      questionNeighbours(
        [pack("s", [["only", ["x"]]])],
        { packId: "s", questionId: "only" },
        new Map(),
        () => 0,
      ),
    ).toEqual({});
  });
});
