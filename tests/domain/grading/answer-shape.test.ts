import { describe, expect, it } from "vitest";
import { answerShape } from "../../../src/domain/grading/answer-shape";
import { prepareText } from "../../../src/domain/grading/phrase-match";

const signals = ["canary", "shadow", "rollback", "parity", "guardrail", "1% of traffic", "alias", "warm"];
const codes = (text: string, minWords = 20) =>
  answerShape(prepareText(text), signals, minWords).flags.map((f) => f.code);

describe("answerShape", () => {
  it("flags an empty answer and refuses it", () => {
    const s = answerShape(prepareText("  \n "), signals);
    expect(s.flags.map((f) => f.code)).toEqual(["empty"]);
    expect(s.refuse).toBe(true);
  });

  it("flags keyword stuffing: an answer that is mostly the rubric's phrases", () => {
    expect(codes("canary shadow rollback parity guardrails alias warm")).toEqual([
      "mostly-signals",
      "too-short",
    ]);
    expect(codes("I would use canary, shadow, rollback, parity, guardrails, an alias and warm.", 5)).toEqual([
      "mostly-signals",
    ]);
    const s = answerShape(prepareText("canary"), signals);
    expect(s.refuse).toBe(true);
    expect(s.signalShare).toBe(1);
  });

  it("flags a bare list of terms that are not the rubric's phrases", () => {
    const list =
      "- blue green\n- feature flags\n- latency budget\n- load test\n- error rates\n- p99 dashboards";
    expect(codes(list, 5)).toEqual(["term-list"]);
    expect(codes("monitoring dashboards alerting thresholds latency errors throughput budgets", 5)).toEqual([
      "term-list",
    ]);
  });

  it("accepts an explanation, warning only when it is very short", () => {
    const prose =
      "Before any user sees the new model, I would mirror live requests to it and compare its predictions " +
      "with production's; then expose a small share of users, watch price and conversion, and roll back " +
      "automatically when a limit is crossed.";
    const s = answerShape(prepareText(prose), signals);
    expect(s.flags).toEqual([]);
    expect(s.refuse).toBe(false);
    expect(s.functionShare).toBeGreaterThan(0.3);
    expect(codes("Mirror traffic first, then a small ramp.")).toEqual(["too-short"]);
    expect(answerShape(prepareText("Mirror traffic first, then a small ramp."), signals).refuse).toBe(false);
  });

  it("keeps a short bulleted answer whose bullets are sentences", () => {
    const bullets =
      "- We mirror requests to the new model and log what it would have said.\n" +
      "- We compare its predictions with the current model's on the same inputs.\n" +
      "- We move a small share of users over and watch the business metrics.\n" +
      "- We switch back at once when a limit is crossed.";
    expect(codes(bullets)).toEqual([]);
  });
});
