import { navigate } from "../../lib/router/hash-router";
import type { DrillSession } from "../../store";
import { stopTopicDrill, topicDrillLabel } from "../../store/drill-topic";
import { drillQuestionHref } from "../../store/drill-session";

/** The topic drill or custom study in progress: where the user is, with buttons to continue or stop it. */
export function TopicDrillCard({ session }: { session: DrillSession }) {
  const key = session.keys[session.index];
  const custom = session.custom !== undefined;
  const name = custom ? "Custom study" : "Topic drill";
  return (
    <section className="drill-card" aria-labelledby="topic-drill-heading">
      <h2 id="topic-drill-heading">{name}</h2>
      <p role="status">{topicDrillLabel(session)}</p>
      <p className="hint">
        {custom ? "Extra study beyond today’s drill" : "A focused drill on a few topics"}; your daily queue is
        waiting after it.
      </p>
      <p>
        {key ? (
          <button type="button" className="primary" onClick={() => navigate(drillQuestionHref(key))}>
            Continue {name.toLowerCase()}
          </button>
        ) : null}{" "}
        <button type="button" onClick={stopTopicDrill}>
          Stop {name.toLowerCase()}
        </button>
      </p>
    </section>
  );
}
