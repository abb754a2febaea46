import { describe, expect, it } from "vitest";
import {
  bankRubricQuestions,
  fixtureRows,
  formatRows,
  generatedRows,
  meanShare,
  type Row,
} from "./rubric-honesty/measure";

const bank = bankRubricQuestions();
const share = (r: Row) => r.suggested / r.items;
const label = (r: Row) => `${r.question} (${r.answer}): ${r.suggested}/${r.items}`;

describe("rubric suggestions on the answer fixture (real bank questions)", () => {
  const rows = fixtureRows(bank);
  console.log(`\nRubric suggestion accuracy, answer fixture\n${formatRows(rows)}\n`);

  it("covers each rubric question type with the four kinds of answer", () => {
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(["written", "debugging", "design"]));
    for (const q of new Set(rows.map((r) => r.question)))
      expect(rows.filter((r) => r.question === q).map((r) => r.answer)).toEqual([
        "paraphrase",
        "keyword-list",
        "negated",
        "too-short",
      ]);
  });

  it("suggests most items for a good answer in the candidate's own words", () => {
    for (const r of rows.filter((x) => x.answer === "paraphrase"))
      expect(share(r), label(r)).toBeGreaterThan(0.5);
    expect(meanShare(rows, "paraphrase")).toBeGreaterThanOrEqual(0.75);
  });

  it("never suggests a majority of items for a keyword list, and says why", () => {
    for (const r of rows.filter((x) => x.answer === "keyword-list")) {
      expect(share(r), label(r)).toBeLessThanOrEqual(0.5);
      expect(
        r.flags.some((f) => f === "mostly-signals" || f === "term-list"),
        label(r),
      ).toBe(true);
    }
  });

  it("never suggests a majority of items for an answer that negates the rubric's terms", () => {
    for (const r of rows.filter((x) => x.answer === "negated"))
      expect(share(r), label(r)).toBeLessThanOrEqual(0.5);
    expect(meanShare(rows, "negated")).toBeLessThanOrEqual(0.3);
  });

  it("flags a very short answer and suggests little for it", () => {
    for (const r of rows.filter((x) => x.answer === "too-short")) {
      expect(share(r), label(r)).toBeLessThanOrEqual(0.25);
      expect(r.flags, label(r)).toContain("too-short");
    }
  });
});

describe("rubric suggestions on generated answers, every written and design question of the bank", () => {
  const rows = generatedRows(bank);
  console.log(
    `\nRubric suggestions, generated answers\n${formatRows(rows).split("\n").slice(-6).join("\n")}\n`,
  );

  it("suggests nothing for the rubric's signals pasted (all, or the first of each item)", () => {
    for (const r of rows.filter((x) => x.answer === "all-signals" || x.answer === "first-signal-per-item"))
      expect(r.suggested, label(r)).toBe(0);
  });

  it("suggests nothing for the revealed hints or the prompt pasted back", () => {
    for (const r of rows.filter((x) => x.answer === "hints-pasted" || x.answer === "prompt-pasted"))
      expect(r.suggested, label(r)).toBe(0);
  });

  it("is fast enough to run over the whole bank", () => {
    const t = performance.now();
    generatedRows(bank);
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});
