import { useState } from "react";
import {
  STRENGTH_THRESHOLD,
  WEAKNESS_THRESHOLD,
  type MockReport,
  type ReportTopic,
} from "../../../domain/mock";
import { navigate } from "../../../lib/router/hash-router";
import { useCatalog } from "../../../store";
import { startTopicDrill } from "../../../store/drill-topic";
import { pct } from "./report-format";

function TopicList({ topics, empty }: { topics: ReportTopic[]; empty: string }) {
  if (!topics.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="report-topics">
      {topics.map((t) => (
        <li key={t.topic}>
          <strong>{t.topic}</strong>: {pct(t.score)}{" "}
          <span className="muted">
            ({t.questionCount} {t.questionCount === 1 ? "question" : "questions"})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The one-click drill of the report's weak topics over the enabled packs. */
function DrillWeakTopics({ topics }: { topics: string[] }) {
  const { status, enabled } = useCatalog();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (!topics.length) {
    return (
      <p className="muted">
        No weak topics to drill: every topic of this mock scored {pct(WEAKNESS_THRESHOLD)} or more.
      </p>
    );
  }
  const drill = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const r = await startTopicDrill(topics, enabled, Date.now());
      if (r.ok) navigate(r.href);
      else setMessage(r.message);
    } catch (e) {
      setMessage(`Could not start the drill: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p className="report-drill">
        <button
          type="button"
          className="primary"
          disabled={busy || status !== "ready"}
          onClick={() => void drill()}
        >
          Drill weak topics
        </button>{" "}
        <span className="muted">
          {status !== "ready"
            ? "Loading your packs…"
            : `A short drill on ${
                topics.length === 1 ? `the weak topic ${topics[0]}` : `the ${topics.length} weak topics`
              }: questions due for review first, then your lowest scores.`}
        </span>
      </p>
      {message ? (
        <p role="alert" className="inline-error">
          {message}
        </p>
      ) : null}
    </>
  );
}

/** Strengths and weaknesses by topic, and a button that drills the weak ones. */
export function TopicsPanel({ report }: { report: MockReport }) {
  const byTopic = new Map(report.topics.map((t) => [t.topic, t]));
  const pick = (names: string[]) => names.flatMap((n) => byTopic.get(n) ?? []);
  return (
    <section aria-labelledby="report-topics-heading">
      <h2 id="report-topics-heading">Strengths and weaknesses</h2>
      <div className="report-columns">
        <div>
          <h3>Strengths ({pct(STRENGTH_THRESHOLD)} or more)</h3>
          <TopicList topics={pick(report.strengths)} empty="No topic reached this level in this mock." />
        </div>
        <div>
          <h3>Weaknesses (below {pct(WEAKNESS_THRESHOLD)})</h3>
          <TopicList topics={pick(report.weaknesses)} empty="No weak topics in this mock." />
        </div>
      </div>
      <DrillWeakTopics topics={report.drillTopics} />
    </section>
  );
}
