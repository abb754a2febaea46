// The rubric-signal rules of the pack checker: signals that echo what the user is shown, items
// that lose every signal once the hints are out, and signals too generic to be evidence.
import { describe, expect, it } from "vitest";
import type { Question } from "../../../src/domain/packs";
import { GENERIC_SIGNAL_SHARE, signalCorpus, signalFindings } from "../../../src/runners/check-pack";
import { baseQuestion, designQuestion, writtenQuestion } from "../../domain/packs/pack-factories";

const written = (signals: string[][], extra: Record<string, unknown> = {}) =>
  writtenQuestion("w", {
    prompt: "Our canary release doubled p99 latency. What happened?",
    hints: ["Think about the embedding table size."],
    rubric: signals.map((s, i) => ({ id: `r${i}`, description: `Item ${i}`, points: 1, signals: s })),
    ...extra,
  }) as unknown as Question;

const filler = (n: number, text: (i: number) => string) =>
  Array.from(
    { length: n },
    (_, i) => writtenQuestion(`o${i}`, { modelAnswer: text(i) }) as unknown as Question,
  );

describe("signalFindings", () => {
  it("flags a signal found in the prompt (as typed or inflected), naming where", () => {
    const q = written([["canaries", "memory profile"], ["shard the table"]]);
    const { warnings, problems } = signalFindings(q, "questions[0]", { strict: false });
    expect(problems).toEqual([]);
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ["rubric-echo", "questions[0].rubric[0].signals[0]"],
    ]);
    expect(warnings[0]!.message).toBe(
      'signal "canaries" of rubric item "r0" occurs in the prompt: the app never counts a phrase the user was shown, so it is no evidence',
    );
    expect(warnings[0]!.fix).toMatch(/beyond the question's own wording/);
  });

  it("flags an item whose every signal is in the question or its hints", () => {
    const q = written([["latency", "embedding table"], ["rollback"]]);
    const { problems } = signalFindings(q, "questions[2]", { strict: true });
    expect(problems.map((p) => p.path)).toEqual([
      "questions[2].rubric[0].signals[0]",
      "questions[2].rubric[0].signals",
    ]);
    expect(problems[1]!.message).toMatch(
      /every signal of rubric item "r0" occurs in the question or its hints/,
    );
  });

  it("looks at design section titles and prompts and follow-up questions too", () => {
    const q = designQuestion("d", {
      sections: [
        {
          id: "s1",
          title: "Shadow traffic",
          prompt: "How do you mirror?",
          rubric: [
            { id: "a", description: "A", points: 1, signals: ["shadow", "mirrored", "diff predictions"] },
          ],
        },
      ],
      followUps: [
        {
          id: "f1",
          question: "What about drift?",
          rubric: [{ id: "b", description: "B", points: 1, signals: ["drift", "PSI"] }],
        },
      ],
    }) as unknown as Question;
    const { warnings } = signalFindings(q, "questions[0]", { strict: false });
    expect(warnings.map((w) => w.message.replace(/: the app.*/, ""))).toEqual([
      'signal "shadow" of rubric item "a" occurs in section "Shadow traffic"',
      'signal "mirrored" of rubric item "a" occurs in section "Shadow traffic"',
      'signal "drift" of rubric item "b" occurs in follow-up 1',
    ]);
  });

  it("flags a signal that at least a quarter of other model answers contain, once there are enough of them", () => {
    const q = written([["monitoring", "tracemalloc"], ["shard"]]);
    const common = filler(12, (i) => (i < 3 ? "We add monitoring and alerts." : "Something else entirely."));
    const { problems } = signalFindings(q, "questions[0]", { strict: true, corpus: signalCorpus(common) });
    expect(GENERIC_SIGNAL_SHARE).toBe(0.25);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["rubric-generic", "questions[0].rubric[0].signals[0]"],
    ]);
    expect(problems[0]!.message).toBe(
      'signal "monitoring" of rubric item "r0" occurs in 3 of 12 other questions\' model answers (25%, limit 25%): too generic to show this item is met',
    );
    const rare = filler(12, (i) => (i < 2 ? "We add monitoring." : "Something else."));
    expect(signalFindings(q, "q", { strict: true, corpus: signalCorpus(rare) }).problems).toEqual([]);
    // Too few other answers to judge: no finding; the question's own model answer never counts.
    const few = filler(5, () => "monitoring monitoring");
    expect(signalFindings(q, "q", { strict: true, corpus: signalCorpus(few) }).problems).toEqual([]);
    const self = signalCorpus([
      ...filler(9, () => "nothing"),
      written([["x"]], { modelAnswer: "monitoring" }),
    ]);
    expect(signalFindings(q, "q", { strict: true, corpus: self }).problems).toEqual([]);
  });

  it("says nothing about questions without a rubric", () => {
    const q = baseQuestion("c", "choice", { options: [] }) as unknown as Question;
    expect(signalFindings(q, "q", { strict: true })).toEqual({ problems: [], warnings: [] });
  });
});
