import { createEmptyCard, fsrs, Rating, type Card, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  fromFsrsCard,
  parseCardState,
  parseReviewLog,
  scheduler,
  toFsrsCard,
  type CardState,
  type DrillRating,
} from "../../../src/domain/drill";
import { DAY, HOUR, at } from "./drill-factories";

const KEY = "sql/top-customers";
const ratings: DrillRating[] = ["again", "good", "good", "hard", "again", "good", "easy"];

describe("card state", () => {
  it("survives a JSON round trip with identical scheduling afterwards", () => {
    const s = scheduler();
    let direct = s.newCard(KEY, at(1));
    let viaJson = direct;
    let now = at(1);
    for (const rating of ratings) {
      const a = s.applyReview(direct, rating, now);
      const b = s.applyReview(viaJson, rating, now);
      direct = a.card;
      const restored = parseCardState(JSON.parse(JSON.stringify(b.card)));
      expect(restored).toBeDefined();
      viaJson = restored!;
      expect(viaJson).toEqual(direct);
      expect(parseReviewLog(JSON.parse(JSON.stringify(b.log)))).toEqual(a.log);
      expect(s.previewIntervals(viaJson, now + DAY)).toEqual(s.previewIntervals(direct, now + DAY));
      now = direct.due + 3 * HOUR;
    }
    expect(direct.lapses).toBeGreaterThan(0);
  });

  it("schedules exactly like ts-fsrs on its own Card (same steps, same intervals)", () => {
    // Plain ts-fsrs with the same parameters as the drill scheduler; its default strategies differ
    // only for Hard/Good in (re)learning, so compare a history of Again and Easy/Good on review.
    const engine = fsrs({
      request_retention: 0.9,
      maximum_interval: 365,
      enable_fuzz: false,
      learning_steps: ["10m"],
      relearning_steps: ["10m"],
    });
    const history: [DrillRating, Grade][] = [
      ["easy", Rating.Easy],
      ["good", Rating.Good],
      ["good", Rating.Good],
      ["again", Rating.Again],
    ];
    let card: Card = createEmptyCard(at(1));
    let mine: CardState = fromFsrsCard(KEY, card);
    let now = at(1);
    for (const [rating, grade] of history) {
      card = engine.next(card, now, grade).card;
      mine = scheduler().applyReview(mine, rating, now).card;
      expect(mine).toEqual(fromFsrsCard(KEY, card));
      now = card.due.getTime();
    }
  });

  it("converts to a ts-fsrs Card and back without loss", () => {
    const s = scheduler();
    const card = s.applyReview(s.newCard(KEY, at(1)), "good", at(1)).card;
    const fsrsCard = toFsrsCard(card);
    expect(fsrsCard.due).toBeInstanceOf(Date);
    expect(fsrsCard.last_review?.getTime()).toBe(at(1));
    expect(fromFsrsCard(KEY, fsrsCard)).toEqual(card);
    expect(toFsrsCard(s.newCard(KEY, at(1))).last_review).toBeUndefined();
  });

  it("rejects records that are not cards or logs", () => {
    const good = scheduler().newCard(KEY, at(1));
    expect(parseCardState(good)).toEqual(good);
    expect(parseCardState(null)).toBeUndefined();
    expect(parseCardState({ ...good, phase: "forgotten" })).toBeUndefined();
    expect(parseCardState({ ...good, due: "2026-03-01" })).toBeUndefined();
    expect(parseCardState({ ...good, reps: -1 })).toBeUndefined();
    expect(parseReviewLog({ key: KEY, rating: "meh" })).toBeUndefined();
  });
});
