import { useEffect, useState } from "react";
import {
  scheduler,
  suggestRating,
  type AttemptSummary,
  type CardState,
  type DrillRating,
} from "../../domain/drill";
import { href, navigate } from "../../lib/router/hash-router";
import { useAppStore, useCatalog, type Attempt } from "../../store";
import { stopTopicDrill, topicDrillLabel } from "../../store/drill-topic";
import { cardFor, drillQuestionHref, localDayClock, rateDrillCard } from "../../store/drill-session";
import { DrillRatingForm, ratingReason } from "./DrillRatingForm";

function summary(a: Attempt, estimatedMinutes: number): AttemptSummary {
  return {
    kind: a.kind,
    status: a.status,
    score: a.score,
    hintsUsed: a.hintsUsed,
    solutionViewed: a.solutionViewed,
    timeSpentMs: a.timeSpentMs,
    estimatedMinutes,
  };
}

/**
 * Shown in the practice workspace when a question is opened from a drill (`?drill=1`): where the
 * user is in the session (the daily one, or a topic drill, which can be stopped here) and, once
 * the first attempt is in, the rating step (suggested rating, when each rating would bring the
 * question back) that saves the review and moves on.
 */
export function DrillPanel({
  questionKey,
  attempt,
  estimatedMinutes,
}: {
  questionKey: string;
  attempt: Attempt | null;
  estimatedMinutes: number;
}) {
  const session = useAppStore((s) => s.drillSession);
  const retention = useAppStore((s) => s.drill.desiredRetention);
  const { enabled } = useCatalog();
  const [card, setCard] = useState<CardState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const at = attempt?.at;

  useEffect(() => {
    if (at === undefined) return;
    let live = true;
    void cardFor(questionKey, at).then((c) => live && setCard(c));
    return () => {
      live = false;
    };
  }, [questionKey, at]);

  const inSession = !!session && session.keys[session.index] === questionKey;
  const rate = async (rating: DrillRating) => {
    setBusy(true);
    const now = Date.now();
    const r = await rateDrillCard(questionKey, rating, enabled, now, localDayClock(now));
    setBusy(false);
    if (!r.ok) return setError(`Your rating could not be saved: ${r.message}`);
    navigate(r.next ? drillQuestionHref(r.next.keys[r.next.index]!) : href("/drill"));
  };

  const topicDrill = session?.topics ? session : null;
  const stop = () => {
    stopTopicDrill();
    navigate(href("/drill"));
  };

  let body;
  if (!inSession) {
    body = topicDrill ? (
      <p>
        This question is not the next one in your topic drill.{" "}
        <a href={drillQuestionHref(topicDrill.keys[topicDrill.index] ?? "")}>Go to the next one</a>
      </p>
    ) : (
      <p>This question is not the next one in today’s drill session.</p>
    );
  } else if (!attempt) {
    body = <p>Answer the question, then rate how well you knew it.</p>;
  } else if (card) {
    const s = summary(attempt, estimatedMinutes);
    const suggestion = suggestRating(s);
    const previews = scheduler({ desiredRetention: retention }).previewIntervals(card, attempt.at);
    body = (
      <DrillRatingForm
        key={attempt.at}
        suggestion={suggestion}
        reason={ratingReason(s, suggestion)}
        previews={previews}
        busy={busy}
        onRate={(r) => void rate(r)}
      />
    );
  }

  return (
    <section className="drill-panel" aria-label={topicDrill ? "Topic drill" : "Daily drill"}>
      {topicDrill ? (
        <p className="drill-progress">
          <strong>{topicDrillLabel(topicDrill)}</strong> ·{" "}
          <button type="button" className="link-button" onClick={stop}>
            Stop topic drill
          </button>
        </p>
      ) : (
        <p className="drill-progress">
          <strong>Daily drill</strong>
          {inSession ? ` · question ${session.index + 1} of ${session.keys.length}` : ""} ·{" "}
          <a href={href("/drill")}>Back to today’s drill</a>
        </p>
      )}
      {body}
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
    </section>
  );
}
