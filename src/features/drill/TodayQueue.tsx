import type { DailyQueue } from "../../domain/drill";
import { plural } from "../../components/labels/duration";
import { navigate } from "../../lib/router/hash-router";
import { useAppStore } from "../../store";
import { drillQuestionHref, nextInSession } from "../../store/drill-session";
import { isFocusedSession } from "../../store/drill-slice";

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/** The queue's estimated time against the day's budget, e.g. "About 12 min (your day: 15 min)." */
export function timeLine(queue: DailyQueue): string | null {
  const b = queue.budget;
  if (!b || queue.counts.total === 0) return null;
  const done = Math.round(b.usedToday);
  return done > 0
    ? `About ${Math.round(b.queued)} min more (${done} of your ${b.minutesPerDay} minutes done today).`
    : `About ${Math.round(b.queued)} min (your day: ${b.minutesPerDay} min).`;
}

/**
 * What today's drill holds, with the counts and its estimated time up front, and the button that
 * starts or resumes it (starting it ends a topic drill or custom study in progress: one session at
 * a time).
 */
export function TodayQueue({
  queue,
  reviewedToday,
  matching,
  newPerDay,
}: {
  queue: DailyQueue;
  /** Questions reviewed today. */
  reviewedToday: number;
  /** Questions the drill settings let in. */
  matching: number;
  newPerDay: number;
}) {
  const stored = useAppStore((s) => s.drillSession);
  const setSession = useAppStore((s) => s.setDrillSession);
  const session = isFocusedSession(stored) ? null : stored;
  const target = nextInSession(session, queue);
  const resuming = !!session && !!target && target.keys === session.keys;
  const { review, new: fresh, total } = queue.counts;
  const budgetSpent = !!queue.budget && queue.budget.usedToday >= queue.budget.minutesPerDay;

  let status;
  if (total > 0) status = `${plural(review, "review")} due, ${fresh} new`;
  else if (matching === 0) status = "No questions match your drill settings.";
  else if (reviewedToday > 0) status = "Done for today";
  else status = "Nothing due today";

  return (
    <section className="drill-card drill-today" aria-labelledby="drill-today-heading">
      <h2 id="drill-today-heading">Today</h2>
      <p className="drill-count" role="status">
        {status}
      </p>
      {timeLine(queue) ? (
        <p className="hint">{timeLine(queue)} At most one long written answer a day.</p>
      ) : null}
      {total === 0 && matching === 0 ? (
        <p>Choose other packs or categories in the drill settings below.</p>
      ) : null}
      {total === 0 && matching > 0 ? (
        <p>
          {reviewedToday > 0 ? `You reviewed ${plural(reviewedToday, "question")} today. ` : ""}
          {budgetSpent && queue.newLeftToday > 0
            ? `That fills your ${queue.budget!.minutesPerDay} minutes: come back tomorrow, or use custom study below.`
            : newPerDay === 0
              ? "No reviews are due, and new questions per day is set to 0."
              : queue.newLeftToday === 0
                ? "No reviews are due and today’s new questions are done: come back tomorrow, or use custom study below."
                : "No reviews are due and every matching question has been introduced: come back tomorrow."}
        </p>
      ) : null}
      {queue.heldBack > 0 ? (
        <p>
          {plural(queue.heldBack, "more review")} {queue.heldBack === 1 ? "is" : "are"} due but{" "}
          {queue.heldBack === 1 ? "does" : "do"} not fit today’s time:{" "}
          {queue.heldBack === 1 ? "it comes" : "they come"} first next time. Study more below, or raise your
          minutes per day.
        </p>
      ) : null}
      {queue.later.length > 0 ? (
        <p>
          {plural(queue.later.length, "question")} you rated Again{" "}
          {queue.later.length === 1 ? "comes" : "come"} back later today, from {time(queue.later[0]!.due)}.
        </p>
      ) : null}
      {target ? (
        <button
          type="button"
          className="primary"
          onClick={() => {
            setSession(target);
            navigate(drillQuestionHref(target.keys[target.index]!));
          }}
        >
          {resuming
            ? `Continue session (question ${target.index + 1} of ${target.keys.length})`
            : "Start session"}
        </button>
      ) : null}
    </section>
  );
}
