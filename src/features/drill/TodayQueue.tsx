import type { DailyQueue } from "../../domain/drill";
import { navigate } from "../../lib/router/hash-router";
import { useAppStore } from "../../store";
import { drillQuestionHref, nextInSession } from "../../store/drill-session";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function time(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/**
 * What today's drill holds, with the counts up front, and the button that starts or resumes it
 * (starting it ends a topic drill in progress: one session at a time).
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
  const session = stored?.topics ? null : stored;
  const target = nextInSession(session, queue);
  const resuming = !!session && !!target && target.keys === session.keys;
  const { review, new: fresh, total } = queue.counts;

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
      {total === 0 && matching === 0 ? (
        <p>Choose other packs or categories in the drill settings below.</p>
      ) : null}
      {total === 0 && matching > 0 ? (
        <p>
          {reviewedToday > 0 ? `You reviewed ${plural(reviewedToday, "question")} today. ` : ""}
          {newPerDay === 0
            ? "No reviews are due, and new questions per day is set to 0."
            : queue.newLeftToday === 0
              ? "No reviews are due and today’s new questions are done: come back tomorrow."
              : "No reviews are due and every matching question has been introduced: come back tomorrow."}
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
