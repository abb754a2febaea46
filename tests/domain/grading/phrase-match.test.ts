import { describe, expect, it } from "vitest";
import {
  containsPhrase,
  findOccurrences,
  findPhrase,
  prepareText,
  stem,
} from "../../../src/domain/grading/phrase-match";

const found = (text: string, phrase: string) => findPhrase(text, phrase)?.text ?? null;

describe("stem", () => {
  it("makes plurals and -ing/-ed forms meet", () => {
    const groups = [
      ["slice", "slices", "slicing", "sliced"],
      ["retrain", "retrains", "retraining", "retrained"],
      ["recompute", "recomputes", "recomputing", "recomputed"],
      ["cache", "caches", "caching", "cached"],
      ["policy", "policies"],
      ["apply", "applied", "applies", "applying"],
      ["bias", "biases"],
      ["drop", "dropped", "dropping", "drops"],
      ["use", "uses", "using", "used"],
      ["embedding", "embeddings"],
      ["roll", "rolled", "rolling"],
    ];
    for (const g of groups) expect(new Set(g.map(stem)), g.join(",")).toHaveLength(1);
  });

  it("leaves short words, words that only look inflected, and numbers alone", () => {
    expect(
      ["is", "as", "status", "analysis", "alias", "thing", "string", "need", "speed", "1.5"].map(stem),
    ).toEqual(["is", "as", "status", "analysis", "alias", "thing", "string", "need", "speed", "1.5"]);
  });
});

describe("findPhrase", () => {
  it("ignores case, punctuation and spacing, and matches whole words only", () => {
    expect(found("We use a Time-Based  split.", "time-based split")).toBe("Time-Based  split");
    expect(found("We use a time‑based split", "time-based split")).toBe("time‑based split"); // non-breaking hyphen
    expect(found("label leak!", "leak")).toBe("leak");
    expect(found("This leakage matters", "leak")).toBeNull();
    expect(found("reruns", "run")).toBeNull();
    expect(found("anything", "")).toBeNull();
  });

  it("tolerates plurals and inflections", () => {
    expect(found("Add guardrails on price.", "guardrail")).toBe("guardrails");
    expect(found("recomputing the feature", "recompute")).toBe("recomputing");
    expect(found("It retrains nightly", "retrain")).toBe("retrains");
    expect(found("losing users in treatment", "lose users")).toBe("losing users");
    expect(found("This leaks data", "leak")).toBe("leaks");
  });

  it("treats a hyphen, a slash, an underscore, a space and nothing between words as equal", () => {
    expect(found("We re-run the test", "rerun")).toBe("re-run");
    expect(found("then rerunning it", "re-run")).toBe("rerunning");
    expect(found("an as of join", "as-of join")).toBe("as of join");
    expect(found("an asof join", "as-of join")).toBe("asof join");
    expect(found("a timebased split", "time-based split")).toBe("timebased split");
    expect(found("call manual_seed(0)", "manual seed")).toBe("manual_seed");
    expect(found("the A/B tests", "a/b test")).toBe("A/B tests");
    expect(found("start at 1 % of traffic", "1% of traffic")).toBe("1 % of traffic");
  });

  it("does not match across a sentence or clause break", () => {
    expect(found("We slice. By day we look again.", "slice by day")).toBeNull();
    expect(found("as, of join", "as-of join")).toBeNull();
  });

  it("quotes the answer's own words, at the right place", () => {
    const text = "First, retrain. Then the Re-Running starts.";
    const o = findPhrase(text, "rerun")!;
    expect(text.slice(prepareText(text).tokens[o.from]!.start)).toMatch(/^Re-Running/);
    expect(o.text).toBe("Re-Running");
  });
});

describe("negation", () => {
  const negated = (text: string, phrase: string) => findOccurrences(text, phrase).map((o) => o.negated);

  it("detects a negator within three words before the phrase", () => {
    expect(negated("There is no leakage here", "leakage")).toEqual([true]);
    expect(negated("there's no bias", "bias")).toEqual([true]);
    expect(negated("no need to slice by browser", "slice")).toEqual([true]);
    expect(negated("Skip unit tests, they are slow", "unit tests")).toEqual([true]);
    expect(negated("Don't recompute anything", "recompute")).toEqual([true]);
    expect(negated("we never retrain", "retrain")).toEqual([true]);
    expect(negated("ship it without a canary", "canary")).toEqual([true]);
    expect(negated("the SRM isn't caused by bots", "bots")).toEqual([true]);
    expect(negated("use a random split instead of a time-based split", "time-based split")).toEqual([true]);
  });

  it("detects a dismissal right after the phrase", () => {
    expect(negated("Canary is a waste of time", "canary")).toEqual([true]);
    expect(negated("label delay does not matter", "label delay")).toEqual([true]);
    expect(negated("calibration is unnecessary", "calibration")).toEqual([true]);
    expect(negated("leakage isn't the issue", "leakage")).toEqual([true]);
    expect(negated("a canary doesn't catch everything", "canary")).toEqual([false]);
  });

  it("reaches over lists and articles", () => {
    expect(negated("Skip unit tests and contract tests", "contract tests")).toEqual([true]);
    expect(negated("no downsampling and no reweighting", "reweight")).toEqual([true]);
    expect(negated("No fan-out or merge", "merge")).toEqual([true]);
  });

  it("keeps a negator from reaching across a clause, a conjunction such as 'until', or further than four words", () => {
    expect(negated("do not ship until the rerun is done", "rerun")).toEqual([false]);
    expect(negated("we don't need a canary because a shadow is enough", "shadow")).toEqual([false]);
    expect(negated("I would not trust the lift and would rerun it", "rerun")).toEqual([false]);
    expect(negated("No. Use a canary", "canary")).toEqual([false]);
    expect(negated("no bias, so slice by browser", "slice")).toEqual([false]);
    expect(negated("not the first thing, but we retrain", "retrain")).toEqual([false]);
    expect(negated("I would not worry much; the fix is to retrain", "retrain")).toEqual([false]);
  });

  it("reads double negatives and idioms as affirmative", () => {
    expect(negated("we cannot ship without a rerun", "rerun")).toEqual([false]);
    expect(negated("there is no reason to skip calibration", "calibration")).toEqual([false]);
    expect(negated("no need to skip calibration", "calibration")).toEqual([false]);
    expect(negated("not only a canary but also a shadow", "canary")).toEqual([false]);
    expect(negated("no matter what, use a canary", "canary")).toEqual([false]);
  });

  it("does not negate a phrase that is itself a negation", () => {
    expect(negated("the arms are not comparable", "not comparable")).toEqual([false]);
    expect(negated("I don't trust the lift", "don't trust")).toEqual([false]);
  });

  it("finds an affirmed occurrence after a negated one, and quotes the negation", () => {
    const text = "No retrain today. Tomorrow we retrain.";
    expect(findOccurrences(text, "retrain").map((o) => [o.negated, o.context])).toEqual([
      [true, "No retrain"],
      [false, "retrain"],
    ]);
    expect(findPhrase(text, "retrain")?.text).toBe("retrain");
    expect(containsPhrase("There is no leakage", "leakage")).toBe(true);
  });
});
