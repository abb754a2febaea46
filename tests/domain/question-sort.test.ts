import { describe, expect, it } from "vitest";
import { parsePack, type Pack } from "../../src/domain/packs";
import { filterQuestions, filtersFromQuery, sortQuestions } from "../../src/domain/practice/question-filter";
import { choiceQuestion, validPack } from "./packs/pack-factories";

function pack(): Pack {
  const r = parsePack(
    validPack(
      [
        choiceQuestion("hard-long", { difficulty: "hard", estimatedMinutes: 20 }),
        choiceQuestion("easy-mid", { difficulty: "easy", estimatedMinutes: 5 }),
        choiceQuestion("medium-short", { difficulty: "medium", estimatedMinutes: 2 }),
        choiceQuestion("easy-long", { difficulty: "easy", estimatedMinutes: 20 }),
      ],
      { id: "p" },
    ),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack;
}
const packs = [pack()];
const ids = (refs: { question: { id: string } }[]) => refs.map((r) => r.question.id);

describe("sorting the practice list", () => {
  it("sorts by difficulty and by estimated time, both ways, keeping pack order for ties", () => {
    const all = filterQuestions(packs, {});
    expect(ids(sortQuestions(all, "difficulty"))).toEqual([
      "easy-mid",
      "easy-long",
      "medium-short",
      "hard-long",
    ]);
    expect(ids(sortQuestions(all, "-difficulty"))).toEqual([
      "hard-long",
      "medium-short",
      "easy-mid",
      "easy-long",
    ]);
    expect(ids(sortQuestions(all, "time"))).toEqual(["medium-short", "easy-mid", "hard-long", "easy-long"]);
    expect(ids(sortQuestions(all, "-time"))).toEqual(["hard-long", "easy-long", "easy-mid", "medium-short"]);
  });

  it("sorts by status: in progress first, then new, then solved", () => {
    const scores = new Map([
      ["p/hard-long", 1],
      ["p/easy-long", 0.5],
    ]);
    expect(ids(filterQuestions(packs, { sort: "status" }, scores))).toEqual([
      "easy-long",
      "easy-mid",
      "medium-short",
      "hard-long",
    ]);
  });

  it("reads sort and the bookmark filter from the URL, ignoring unknown values", () => {
    expect(filtersFromQuery(new URLSearchParams("sort=-time&bookmarked=1"))).toEqual({
      sort: "-time",
      bookmarked: "1",
    });
    expect(filtersFromQuery(new URLSearchParams("sort=price&bookmarked=yes"))).toEqual({});
  });

  it("keeps only bookmarked questions when asked", () => {
    const marked = new Set(["p/easy-long"]);
    expect(ids(filterQuestions(packs, { bookmarked: "1" }, new Map(), undefined, marked))).toEqual([
      "easy-long",
    ]);
  });
});
