import { describe, expect, it } from "vitest";
import { buildCustomLoop, loopMinutes, LOOP_TEMPLATES } from "../../../src/domain/mock";

describe("buildCustomLoop", () => {
  it("builds positional sections with derived titles and difficulty ranges", () => {
    const r = buildCustomLoop({
      sections: [
        { category: "coding", kinds: ["sql", "python", "sql"], difficulty: "hard", minutes: 30, count: 2 },
        { title: "  Warm-up ", minutes: 5, count: 1 },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.template.id).toBe("custom");
    expect(r.template.title).toBe("Custom loop");
    expect(r.template.lane).toBeUndefined();
    expect(r.template.sections).toEqual([
      {
        id: "s1",
        title: "Coding (Python, SQL)",
        minutes: 30,
        count: 2,
        filter: {
          category: "coding",
          kinds: ["python", "sql"],
          minDifficulty: "hard",
          maxDifficulty: "hard",
        },
      },
      { id: "s2", title: "Warm-up", minutes: 5, count: 1, filter: {} },
    ]);
    expect(loopMinutes(r.template)).toBe(35);
  });

  it("reports every problem with its path", () => {
    const r = buildCustomLoop({
      lane: "frontend" as never,
      sections: [
        { category: "debugging", kinds: ["python"], minutes: 2.5, count: 0 },
        { difficulty: ["hard", "easy"], minutes: 3, count: 4, title: "" },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { path: "lane", message: 'unknown lane "frontend"' },
      { path: "sections[0].minutes", message: "minutes must be a whole number from 1 to 180" },
      { path: "sections[0].count", message: "count must be a whole number from 1 to 10" },
      { path: "sections[0].kinds", message: "no debugging question is of kind python" },
      { path: "sections[1].minutes", message: "4 questions need at least 4 minutes" },
      { path: "sections[1].difficulty", message: "the range hard–easy is empty (easiest first)" },
      { path: "sections[1].title", message: "a title must have 1 to 80 characters" },
    ]);
  });

  it("limits the number of sections and the total length", () => {
    const none = buildCustomLoop({ sections: [] });
    expect(!none.ok && none.issues[0]!.message).toBe("add at least one section");
    const many = buildCustomLoop({ sections: Array.from({ length: 9 }, () => ({ minutes: 5, count: 1 })) });
    expect(!many.ok && many.issues[0]!.message).toContain("at most 8 sections");
    const long = buildCustomLoop({
      sections: [
        { minutes: 180, count: 1 },
        { minutes: 181, count: 1 },
      ],
    });
    expect(!long.ok && long.issues.map((i) => i.message)).toContain(
      "the loop lasts 361 minutes; the limit is 360",
    );
  });

  it("built-in loops have the promised shapes", () => {
    const applied = LOOP_TEMPLATES.find((t) => t.id === "applied")!;
    expect(applied.sections.map((s) => [s.title, s.minutes, s.count])).toEqual([
      ["Python coding", 25, 1],
      ["SQL", 15, 1],
      ["ML fundamentals", 10, 3],
      ["ML system design", 35, 1],
      ["Debugging scenario", 15, 1],
    ]);
    // One full loop per lane, then the 30-minute screen, which draws from every lane.
    expect(LOOP_TEMPLATES.map((t) => t.lane)).toEqual(["applied", "infra", "data-centric", undefined]);
    const screen = LOOP_TEMPLATES.at(-1)!;
    expect(screen.sections.map((s) => [s.title, s.minutes, s.count])).toEqual([
      ["Python coding", 15, 1],
      ["SQL", 7, 1],
      ["ML fundamentals", 8, 3],
    ]);
  });
});
