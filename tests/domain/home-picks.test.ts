import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePack, type Pack } from "../../src/domain/packs";
import { questionOfTheDay } from "../../src/domain/practice/question-of-the-day";
import { START_HERE, startHerePath } from "../../src/domain/practice/start-here";
import { choiceQuestion, validPack } from "./packs/pack-factories";

const builtIn: Pack[] = readdirSync("questions")
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(`questions/${f}`, "utf8")) as Pack);

describe("Start here", () => {
  it("names only questions of the built-in packs, easy to medium, from coding to design", () => {
    const { steps } = startHerePath(builtIn, new Set());
    expect(steps.map((s) => `${s.packId}/${s.questionId}`)).toEqual(
      START_HERE.map((s) => `${s.packId}/${s.questionId}`),
    );
    expect(steps.every((s) => s.question.difficulty !== "hard")).toBe(true);
    expect(steps[0]!.question.category).toBe("coding");
    expect(steps.at(-1)!.question.category).toBe("system-design");
    expect(new Set(steps.map((s) => s.question.category))).toEqual(
      new Set(["coding", "ml-fundamentals", "debugging", "system-design"]),
    );
  });

  it("marks tried steps done and points to the next one; skips steps whose pack is off", () => {
    const first = `${START_HERE[0]!.packId}/${START_HERE[0]!.questionId}`;
    const path = startHerePath(builtIn, new Set([first]));
    expect(path.done).toBe(1);
    expect(path.next?.questionId).toBe(START_HERE[1]!.questionId);
    const withoutSql = startHerePath(
      builtIn.filter((p) => p.id !== "sql"),
      new Set(),
    );
    expect(withoutSql.steps).toHaveLength(START_HERE.length - 1);
  });
});

describe("questionOfTheDay", () => {
  const r = parsePack(
    validPack(
      Array.from({ length: 12 }, (_, i) => choiceQuestion(`q${i}`, { estimatedMinutes: i === 0 ? 30 : 3 })),
      { id: "p" },
    ),
  );
  if (!r.ok) throw new Error("bad pack");
  const packs = [r.pack];

  it("is the same all day and changes from day to day", () => {
    const a = questionOfTheDay(packs, "2026-03-01", new Map());
    expect(questionOfTheDay(packs, "2026-03-01", new Map())).toEqual(a);
    const week = new Set(
      Array.from(
        { length: 7 },
        (_, d) => questionOfTheDay(packs, `2026-03-0${d + 1}`, new Map())?.question.id,
      ),
    );
    expect(week.size).toBeGreaterThan(1);
  });

  it("prefers short questions not solved yet", () => {
    const solved = new Map(
      Array.from({ length: 11 }, (_, i) => [`p/q${i + 1}`, 1] as [string, number]).slice(0, 10),
    );
    // Only q0 (30 min) and q11 (3 min) are unsolved: the short one wins on any day.
    for (const day of ["2026-03-01", "2026-03-02", "2026-03-03"])
      expect(questionOfTheDay(packs, day, solved)?.question.id).toBe("q11");
  });
});
