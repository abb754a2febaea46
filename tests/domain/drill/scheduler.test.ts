import { describe, expect, it } from "vitest";
import { DRILL_RATINGS, scheduler, type CardState, type DrillRating } from "../../../src/domain/drill";
import { DAY, MINUTE, at } from "./drill-factories";

const KEY = "pack/q1";
const intervals = (preview: Record<DrillRating, { intervalMs: number }>) =>
  DRILL_RATINGS.map((r) => preview[r].intervalMs);

/** Rate a new card with each rating in turn, each review exactly when due. */
function replay(s: ReturnType<typeof scheduler>, ratings: DrillRating[], start = at(1)): CardState {
  let card = s.newCard(KEY, start);
  let now = start;
  for (const r of ratings) {
    card = s.applyReview(card, r, now).card;
    now = card.due;
  }
  return card;
}

describe("scheduler", () => {
  const s = scheduler();

  it("has documented defaults", () => {
    expect(s.settings).toEqual({
      desiredRetention: 0.9,
      maximumIntervalDays: 365,
      fuzz: false,
      seed: "",
      againMinutes: 10,
    });
  });

  it("previews strictly increasing intervals Again < Hard < Good < Easy for a new card", () => {
    const [again, hard, good, easy] = intervals(s.previewIntervals(s.newCard(KEY, at(1)), at(1)));
    expect(again).toBe(10 * MINUTE);
    expect(hard).toBeGreaterThanOrEqual(DAY);
    expect(again!).toBeLessThan(hard!);
    expect(hard!).toBeLessThan(good!);
    expect(good!).toBeLessThan(easy!);
  });

  it("previews strictly increasing intervals for a card in review", () => {
    const card = replay(s, ["good", "good"]);
    expect(card.phase).toBe("review");
    const [again, hard, good, easy] = intervals(s.previewIntervals(card, card.due));
    expect(again).toBe(10 * MINUTE);
    expect(again!).toBeLessThan(hard!);
    expect(hard!).toBeLessThan(good!);
    expect(good!).toBeLessThan(easy!);
  });

  it("after Again, only Again stays within the day; every other rating waits at least a day", () => {
    const card = replay(s, ["again"]);
    expect(card.phase).toBe("learning");
    const [again, hard, good, easy] = intervals(s.previewIntervals(card, card.due));
    expect(again).toBe(10 * MINUTE);
    for (const ms of [hard!, good!, easy!]) expect(ms).toBeGreaterThanOrEqual(DAY);
    expect(hard!).toBeLessThanOrEqual(good!);
    expect(good!).toBeLessThanOrEqual(easy!);
  });

  it("applyReview lands where the preview said, without touching the input card", () => {
    const card = replay(s, ["good"]);
    const frozen = structuredClone(card);
    const now = card.due + 2 * DAY;
    const preview = s.previewIntervals(card, now);
    for (const rating of DRILL_RATINGS) {
      const { card: next, log } = s.applyReview(card, rating, now);
      expect(next.due).toBe(preview[rating].due);
      expect(next.key).toBe(KEY);
      expect(next.reps).toBe(card.reps + 1);
      expect(next.lastReview).toBe(now);
      expect(log).toMatchObject({ key: KEY, rating, review: now, phase: "review" });
    }
    expect(card).toEqual(frozen);
  });

  it("a lapse counts and sends a review card to relearning", () => {
    const card = replay(s, ["good", "good"]);
    const { card: next, log } = s.applyReview(card, "again", card.due);
    expect(next).toMatchObject({ phase: "relearning", lapses: 1, due: card.due + 10 * MINUTE });
    expect(log.phase).toBe("review");
  });

  it("higher desired retention gives shorter intervals", () => {
    const card = replay(s, ["good", "good"]);
    const strict = scheduler({ desiredRetention: 0.97 }).previewIntervals(card, card.due);
    const relaxed = scheduler({ desiredRetention: 0.8 }).previewIntervals(card, card.due);
    expect(strict.good.intervalMs).toBeLessThan(relaxed.good.intervalMs);
  });

  it("never schedules beyond the maximum interval", () => {
    const capped = scheduler({ maximumIntervalDays: 7 });
    const card = replay(capped, ["easy", "easy", "easy", "easy"]);
    expect(card.scheduledDays).toBe(7);
    for (const rating of DRILL_RATINGS) {
      expect(capped.previewIntervals(card, card.due)[rating].intervalMs).toBeLessThanOrEqual(7 * DAY);
    }
  });

  it("is deterministic, with fuzz off and with seeded fuzz on", () => {
    const ratings: DrillRating[] = ["good", "good", "hard", "good", "easy", "good"];
    expect(replay(scheduler(), ratings)).toEqual(replay(scheduler(), ratings));
    const fuzzy = () => scheduler({ fuzz: true, seed: "user-1" });
    expect(replay(fuzzy(), ratings)).toEqual(replay(fuzzy(), ratings));
  });

  it("fuzz moves a long interval by a few percent around the unfuzzed one", () => {
    const card = replay(s, ["good", "good"]);
    const plain = s.previewIntervals(card, card.due).good.intervalMs / DAY;
    expect(plain).toBeGreaterThan(7);
    const fuzzed = ["a", "b", "c", "d", "e", "f"].map(
      (seed) => scheduler({ fuzz: true, seed }).previewIntervals(card, card.due).good.intervalMs / DAY,
    );
    for (const days of fuzzed) expect(Math.abs(days - plain)).toBeLessThanOrEqual(plain * 0.15 + 1);
    expect(new Set(fuzzed).size).toBeGreaterThan(1);
  });

  it("treats a clock moved back as a review at the last review time instead of throwing", () => {
    const card = replay(s, ["good", "good"]);
    const { card: next, log } = s.applyReview(card, "good", card.lastReview! - DAY);
    expect(log.review).toBe(card.lastReview);
    expect(next.due).toBeGreaterThan(card.lastReview!);
    expect(s.previewIntervals(card, card.lastReview! - DAY).good.due).toBe(next.due);
    expect(s.retrievability(card, 0)).toBe(1);
  });

  it("clamps settings from a form", () => {
    const odd = scheduler({ desiredRetention: 2, maximumIntervalDays: -3, againMinutes: Number.NaN });
    expect(odd.settings).toMatchObject({ desiredRetention: 0.99, maximumIntervalDays: 1, againMinutes: 10 });
  });

  it("estimates retrievability: 0 for new, ~desired retention when due, lower when overdue", () => {
    expect(s.retrievability(s.newCard(KEY, at(1)), at(1))).toBe(0);
    const card = replay(s, ["good", "good"]);
    const whenDue = s.retrievability(card, card.due);
    expect(whenDue).toBeGreaterThan(0.85);
    expect(s.retrievability(card, card.due + 60 * DAY)).toBeLessThan(whenDue);
  });
});
