import { describe, expect, it } from "vitest";
import {
  getTemplate,
  LOOP_TEMPLATES,
  loopMinutes,
  mainTopic,
  SCREEN_30_ID,
  selectQuestions,
  type LoopTemplate,
} from "../../../src/domain/mock";
import { builtInPool, pool, q } from "./mock-factories";

const keys = (r: ReturnType<typeof selectQuestions>) =>
  r.sections.map((s) => s.questions.map((p) => p.question.id));

const oneSection = (count: number, extra: Partial<LoopTemplate> = {}): LoopTemplate => ({
  id: "custom",
  title: "t",
  description: "",
  sections: [{ id: "s1", title: "Fundamentals", minutes: 10, count, filter: { kinds: ["choice"] } }],
  ...extra,
});

describe("selectQuestions", () => {
  const bank = pool(Array.from({ length: 12 }, (_, i) => q(`q${i}`)));

  it("is deterministic for a seed and independent of pool order", () => {
    const a = selectQuestions(oneSection(4), bank, [], 42);
    const b = selectQuestions(oneSection(4), [...bank].reverse(), [], 42);
    expect(a.ok).toBe(true);
    expect(keys(a)).toEqual(keys(b));
    const others = [1, 2, 3, 4, 5].map((seed) =>
      JSON.stringify(keys(selectQuestions(oneSection(4), bank, [], seed))),
    );
    expect(new Set([JSON.stringify(keys(a)), ...others]).size).toBeGreaterThan(1);
  });

  it("prefers questions not attempted before", () => {
    const seen = bank.slice(0, 9).map((p) => `p/${p.question.id}`);
    for (const seed of [1, 2, 3, 99]) {
      const r = selectQuestions(oneSection(3), bank, seen, seed);
      expect(keys(r)[0]!.sort()).toEqual(["q10", "q11", "q9"]);
    }
  });

  it("falls back to seen questions when unseen ones run out", () => {
    const seen = bank.slice(0, 11).map((p) => `p/${p.question.id}`);
    const r = selectQuestions(oneSection(3), bank, seen, 7);
    expect(r.ok).toBe(true);
    expect(keys(r)[0]).toContain("q11");
    expect(keys(r)[0]).toHaveLength(3);
  });

  it("avoids repeating a main topic in the loop when alternatives exist", () => {
    const topical = pool([
      ...["a1", "a2", "a3", "a4"].map((id) => q(id, { topics: ["A/B Testing", "stats"] })),
      q("b1", { topics: ["calibration"] }),
      q("c1", { topics: ["leakage", "a/b testing"] }),
    ]);
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const r = selectQuestions(oneSection(3), topical, [], seed);
      const mains = r.sections[0]!.questions.map((p) => mainTopic(p.question));
      expect(new Set(mains).size).toBe(3);
    }
    // Only A/B questions left for the second pick: a repeat is allowed rather than a shortfall.
    const r = selectQuestions(oneSection(2), topical.slice(0, 4), [], 1);
    expect(r.ok).toBe(true);
  });

  it("respects the lane, kinds and difficulty range, and never repeats a question", () => {
    const mixed = pool([
      q("easy", { difficulty: "easy", lanes: ["infra"] }),
      q("hard", { difficulty: "hard", lanes: ["infra"] }),
      q("applied", { difficulty: "hard", lanes: ["applied"] }),
      q("num", { kind: "numeric", difficulty: "hard", lanes: ["infra"] }),
      q("hard2", { difficulty: "hard", lanes: ["infra", "applied"] }),
    ]);
    const t: LoopTemplate = {
      id: "custom",
      title: "t",
      description: "",
      lane: "infra",
      sections: [
        {
          id: "s1",
          title: "One",
          minutes: 5,
          count: 1,
          filter: { kinds: ["choice"], minDifficulty: "medium" },
        },
        {
          id: "s2",
          title: "Two",
          minutes: 5,
          count: 1,
          filter: { kinds: ["choice"], minDifficulty: "medium" },
        },
      ],
    };
    const r = selectQuestions(t, mixed, [], 3);
    expect(r.ok).toBe(true);
    expect(keys(r).flat().sort()).toEqual(["hard", "hard2"]);
  });

  it("names the section the pool cannot fill and what it lacks", () => {
    const t: LoopTemplate = {
      id: "custom",
      title: "t",
      description: "",
      lane: "infra",
      sections: [
        { id: "s1", title: "Fundamentals", minutes: 10, count: 2, filter: { kinds: ["choice"] } },
        { id: "sql", title: "SQL", minutes: 15, count: 2, filter: { category: "coding", kinds: ["sql"] } },
      ],
    };
    const r = selectQuestions(
      t,
      pool([
        q("c1", { lanes: ["infra"] }),
        q("c2", { lanes: ["infra"] }),
        q("s", { kind: "sql", lanes: ["infra"] }),
      ]),
      [],
      1,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.shortfalls).toHaveLength(1);
    expect(r.shortfalls[0]).toMatchObject({ sectionId: "sql", needed: 2, available: 1 });
    expect(r.shortfalls[0]!.message).toContain('Section "SQL" needs 2 questions');
    expect(r.shortfalls[0]!.message).toContain("kind sql");
    expect(r.shortfalls[0]!.message).toContain("lane infra");
    expect(r.sections[1]!.questions).toHaveLength(1);
  });

  it("fills every built-in loop from the built-in packs, with distinct main topics", () => {
    const bankAll = builtInPool();
    for (const t of LOOP_TEMPLATES) {
      for (const seed of [1, 2024]) {
        const r = selectQuestions(t, bankAll, [], seed);
        expect(r.ok, `${t.id} seed ${seed}`).toBe(true);
        const picked = r.sections.flatMap((s) => s.questions);
        expect(picked.every((p) => !t.lane || p.question.lanes.includes(t.lane))).toBe(true);
        const mains = picked.map((p) => mainTopic(p.question));
        expect(new Set(mains).size, `${t.id} topics ${mains.join(",")}`).toBe(mains.length);
      }
    }
  });
});

describe("the 30-minute screen", () => {
  it("lasts 30 minutes, stays easy to medium in code, and fills from the built-in packs", () => {
    const t = getTemplate(SCREEN_30_ID)!;
    expect(loopMinutes(t)).toBe(30);
    expect(t.lane).toBeUndefined();
    const r = selectQuestions(t, builtInPool(), [], 7);
    expect(r.ok).toBe(true);
    const coding = r.sections.flatMap((s) => s.questions).filter((p) => p.question.category === "coding");
    expect(coding.length).toBe(2);
    expect(coding.every((p) => p.question.difficulty !== "hard")).toBe(true);
  });
});
