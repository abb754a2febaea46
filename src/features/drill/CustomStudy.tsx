import { useId, useState } from "react";
import type { Pack } from "../../domain/packs/pack-schema";
import { navigate } from "../../lib/router/hash-router";
import { localDayClock, startCustomStudy } from "../../store/drill-session";
import { startTopicDrill } from "../../store/drill-topic";

/** Extra minutes and new questions "study more today" adds. */
export const MORE_MINUTES = 15;
export const MORE_NEW = 3;
/** Days "review ahead" looks ahead. */
export const AHEAD_DAYS = 3;

/**
 * Custom study, as in Anki, for when today's drill is done (or not enough): study more today
 * (more time and new questions), review ahead (what falls due in the next days), or drill one
 * topic.
 */
export function CustomStudy({ packs, done }: { packs: Pack[]; done: boolean }) {
  const id = useId();
  const topics = [...new Set(packs.flatMap((p) => p.questions.flatMap((q) => q.topics)))].sort((a, b) =>
    a.localeCompare(b),
  );
  const [topic, setTopic] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const go = async (start: () => Promise<{ ok: true; href: string } | { ok: false; message: string }>) => {
    setBusy(true);
    setMessage(null);
    const r = await start();
    setBusy(false);
    if (r.ok) navigate(r.href);
    else setMessage(r.message);
  };
  const now = () => Date.now();

  return (
    <section
      className={done ? "drill-card drill-custom highlight" : "drill-card drill-custom"}
      aria-labelledby={`${id}-h`}
    >
      <h2 id={`${id}-h`}>Custom study</h2>
      <p className="hint">
        {done ? "Today’s drill is done. Want more?" : "Beyond today’s drill, whenever you like."} Ratings here
        schedule each question as usual.
      </p>
      <div className="custom-study-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void go(() => {
              const t = now();
              return startCustomStudy(
                { kind: "more", minutes: MORE_MINUTES, newQuestions: MORE_NEW },
                packs,
                t,
                localDayClock(t),
              );
            })
          }
        >
          Study {MORE_MINUTES} more minutes today
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void go(() => {
              const t = now();
              return startCustomStudy({ kind: "ahead", days: AHEAD_DAYS }, packs, t, localDayClock(t));
            })
          }
        >
          Review ahead (next {AHEAD_DAYS} days)
        </button>
      </div>
      <form
        className="custom-study-topic"
        onSubmit={(e) => {
          e.preventDefault();
          if (topic) void go(() => startTopicDrill([topic], packs, now()));
        }}
      >
        <label htmlFor={`${id}-topic`}>Drill one topic</label>
        <select id={`${id}-topic`} value={topic} onChange={(e) => setTopic(e.target.value)}>
          <option value="">Choose a topic…</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy || !topic}>
          Start topic drill
        </button>
      </form>
      {message ? (
        <p role="alert" className="inline-error">
          {message}
        </p>
      ) : null}
    </section>
  );
}
