import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { scheduler } from "../../src/domain/drill";
import { parsePack, type Pack } from "../../src/domain/packs";
import { recordAttempt, useAppStore } from "../../src/store";
import { startTopicDrill, stopTopicDrill, topicDrillLabel } from "../../src/store/drill-topic";
import { resetProgress } from "../../src/store/backup-repo";
import { listCards, listReviewLogs, saveReview } from "../../src/store/drill-repo";
import { nextInSession, rateDrillCard } from "../../src/store/drill-session";
import { DRILL_DEFAULTS } from "../../src/store/drill-slice";
import { choiceQuestion, validPack } from "../domain/packs/pack-factories";
import { attempt } from "./attempt-factory";

const clock = {};
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 10, 9);

function pack(): Pack {
  const r = parsePack(
    validPack(
      [
        choiceQuestion("a", { topics: ["Pandas"] }),
        choiceQuestion("b", { topics: ["pandas", "joins"] }),
        choiceQuestion("c", { topics: ["joins"] }),
        choiceQuestion("d", { topics: ["other"] }),
      ],
      { id: "p" },
    ),
  );
  if (!r.ok) throw new Error("bad test pack");
  return r.pack;
}
const packs = [pack()];

beforeEach(async () => {
  await resetProgress();
  // No new questions per day: today's queue is empty, so only the topic drill can show a question.
  useAppStore.setState({ drill: { ...DRILL_DEFAULTS, newPerDay: 0 }, drillSession: null, drillNotice: null });
});

/** p/c drilled five days before T0 (due by T0); p/b and p/a attempted with low and high scores. */
async function history() {
  const s = scheduler();
  const r = s.applyReview(s.newCard("p/c", T0 - 5 * DAY), "good", T0 - 5 * DAY);
  await saveReview(r.card, r.log);
  await recordAttempt(attempt("p/b", T0 - DAY, 0.3));
  await recordAttempt(attempt("p/a", T0 - DAY, 0.8));
  await recordAttempt(attempt("p/a", T0 - DAY + 1000, 0.5));
}

describe("startTopicDrill", () => {
  it("stores a topic drill (due first, then lowest best score) and links its first question", async () => {
    await history();
    const r = await startTopicDrill(["PANDAS", "joins", "pandas "], packs, T0, clock);
    expect(r).toEqual({ ok: true, href: "#/practice/p/c?drill=1", count: 3 });
    const session = useAppStore.getState().drillSession!;
    expect(session).toEqual({
      day: "2026-11-10",
      keys: ["p/c", "p/b", "p/a"],
      index: 0,
      topics: ["PANDAS", "joins"],
    });
    expect(topicDrillLabel(session)).toBe("Topic drill: PANDAS, joins — question 1 of 3");
  });

  it("walks its own keys though today's queue is empty, then ends with a notice", async () => {
    await history();
    await startTopicDrill(["pandas", "joins"], packs, T0, clock);
    const first = await rateDrillCard("p/c", "good", packs, T0 + 60_000, clock);
    expect(first.ok && first.next?.index).toBe(1);
    // p/b was never drilled and is not in today's queue (no new questions today): kept anyway.
    const second = await rateDrillCard("p/b", "hard", packs, T0 + 120_000, clock);
    expect(second.ok && second.next?.keys[second.next.index]).toBe("p/a");
    expect(useAppStore.getState().drillNotice).toBeNull();
    const last = await rateDrillCard("p/a", "good", packs, T0 + 180_000, clock);
    expect(last.ok && last.next).toBeNull();
    expect(useAppStore.getState().drillSession).toBeNull();
    expect(useAppStore.getState().drillNotice).toMatch(/^Topic drill finished: pandas, joins\./);
    expect((await listReviewLogs()).map((l) => [l.key, l.rating])).toEqual([
      ["p/c", "good"],
      ["p/c", "good"],
      ["p/b", "hard"],
      ["p/a", "good"],
    ]);
    expect((await listCards()).map((c) => c.key).sort()).toEqual(["p/a", "p/b", "p/c"]);
  });

  it("says so, and changes nothing, when no question covers the topics", async () => {
    const daily = { day: "2026-11-10", keys: ["p/a"], index: 0 };
    useAppStore.setState({ drillSession: daily });
    expect(await startTopicDrill(["Graph theory", "  "], packs, T0, clock)).toEqual({
      ok: false,
      message: "No question in your enabled packs covers Graph theory.",
    });
    expect(await startTopicDrill([" "], packs, T0, clock)).toEqual({
      ok: false,
      message: "Choose at least one topic to drill.",
    });
    expect(await startTopicDrill(["joins"], [], T0, clock)).toMatchObject({ ok: false });
    expect(useAppStore.getState().drillSession).toEqual(daily);
  });

  it("replaces a session in progress and clears an old notice", async () => {
    useAppStore.setState({
      drillSession: { day: "2026-11-10", keys: ["p/a"], index: 0 },
      drillNotice: "old",
    });
    const r = await startTopicDrill(["other"], packs, T0, clock);
    expect(r).toEqual({ ok: true, href: "#/practice/p/d?drill=1", count: 1 });
    expect(useAppStore.getState().drillSession?.topics).toEqual(["other"]);
    expect(useAppStore.getState().drillNotice).toBeNull();
  });
});

describe("a topic drill session", () => {
  it("passes over questions no longer in the packs and never rolls into today's queue", async () => {
    const session = { day: "2026-11-09", keys: ["p/a", "gone/x", "p/b"], index: 0, topics: ["pandas"] };
    useAppStore.setState({ drillSession: session });
    // Started yesterday: a topic drill does not go stale at midnight.
    const r = await rateDrillCard("p/a", "good", packs, T0, clock);
    expect(r.ok && r.next).toEqual({ ...session, index: 2 });
    const queue = { day: "2026-11-10", items: [{ key: "p/d" }] } as Parameters<typeof nextInSession>[1];
    expect(nextInSession({ ...session, index: 3 }, queue)).toBeNull();
    expect(nextInSession({ ...session, index: 1 }, queue)).toEqual({ ...session, index: 1 });
    expect(nextInSession({ ...session, index: 1 }, queue, new Set(["p/b"]))).toEqual({
      ...session,
      index: 2,
    });
  });

  it("stops on request with a notice, and leaves a daily session alone", () => {
    const daily = { day: "2026-11-10", keys: ["p/a"], index: 0 };
    useAppStore.setState({ drillSession: daily });
    stopTopicDrill();
    expect(useAppStore.getState().drillSession).toEqual(daily);
    useAppStore.setState({ drillSession: { ...daily, topics: ["joins", "pandas"] } });
    stopTopicDrill();
    expect(useAppStore.getState().drillSession).toBeNull();
    expect(useAppStore.getState().drillNotice).toBe(
      "Topic drill stopped: joins, pandas. Ratings you gave are saved.",
    );
  });
});
