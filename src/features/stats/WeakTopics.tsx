import { useState } from "react";
import type { Pack } from "../../domain/packs";
import type { TopicMastery } from "../../domain/stats/progress-stats";
import { href, navigate } from "../../lib/router/hash-router";
import { startTopicDrill } from "../../store/drill-topic";

/** How many of the weakest topics "Drill these topics" covers. */
export const DRILL_TOPICS = 3;

/** The weakest topics, each with a practice link, and one button that drills the worst few. */
export function WeakTopics({ weakest, packs }: { weakest: TopicMastery[]; packs: readonly Pack[] }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const topics = weakest.slice(0, DRILL_TOPICS).map((t) => t.topic);

  const drill = async () => {
    setBusy(true);
    setMessage(null);
    const r = await startTopicDrill(topics, packs, Date.now());
    setBusy(false);
    if (r.ok) navigate(r.href);
    else setMessage(r.message);
  };

  return (
    <section className="weakest" aria-labelledby="weakest-heading">
      <h2 id="weakest-heading">Weakest topics</h2>
      {weakest.length === 0 ? (
        <p className="muted">Nothing weak so far: every topic you tried is solved.</p>
      ) : (
        <>
          <ul>
            {weakest.map((t) => (
              <li key={t.topic}>
                <span>
                  {t.topic}: {Math.round(t.mastery * 100)}% ({t.attempted} of {t.total} questions tried)
                </span>{" "}
                <a href={href("/practice", { topic: t.topic })}>Practise {t.topic}</a>
              </li>
            ))}
          </ul>
          <p>
            <button type="button" className="primary" disabled={busy} onClick={() => void drill()}>
              Drill these topics
            </button>{" "}
            <span className="muted">
              A short drill on {topics.join(", ")}: questions due for review first, then your lowest scores.
            </span>
          </p>
          {message ? (
            <p role="alert" className="error-text">
              {message}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
