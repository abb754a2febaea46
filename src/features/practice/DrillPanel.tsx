import { useEffect, useState } from "react";
import {
  scheduler,
  suggestRating,
  type AttemptSummary,
  type CardState,
  type DrillRating,
} from "../../domain/drill";
import { href, navigate } from "../../lib/router/hash-router";
import { isFocusedSession, useAppStore, useCatalog, type Attempt } from "../../store";
import { stopTopicDrill, topicDrillLabel } from "../../store/drill-topic";
import { cardFor, drillQuestionHref, localDayClock, rateDrillCard } from "../../store/drill-session";
import { useDrillUndo } from "../../store/use-drill-undo";
import { UndoRating } from "../../components/drill/UndoRating";
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

/** Undo of the last rating, offered on the next question (or wherever the user landed). */
function Undo() {
  const u = useDrillUndo();
  return u ? <UndoRating ratingLabel={u.rating} error={u.error} onUndo={u.undo} /> : null;
}

/**
 * Shown at the top of the practice workspace when a question is opened from a drill (`?drill=1`):
 * where the user is in the session (the daily one, a topic drill or custom study, which can be
 * stopped here), and the undo of the last rating.
 */
export function DrillBanner({ questionKey }: { questionKey: string }) {
  const session = useAppStore((s) => s.drillSession);
  const inSession = !!session && session.keys[session.index] === questionKey;
  const focused = isFocusedSession(session) ? session : null;
  const stop = () => {
    stopTopicDrill();
    navigate(href("/drill"));
  };
  return (
    <section
      className="drill-panel"
      aria-label={focused ? (focused.custom !== undefined ? "Custom study" : "Topic drill") : "Daily drill"}
    >
      {focused ? (
        <p className="drill-progress">
          <strong>{topicDrillLabel(focused)}</strong> ·{" "}
          <button type="button" className="link-button" onClick={stop}>
            {focused.custom !== undefined ? "Stop custom study" : "Stop topic drill"}
          </button>
        </p>
      ) : (
        <p className="drill-progress">
          <strong>Daily drill</strong>
          {inSession ? ` · question ${session.index + 1} of ${session.keys.length}` : ""} ·{" "}
          <a href={href("/drill")}>Back to today’s drill</a>
        </p>
      )}
      {!inSession ? (
        focused ? (
          <p>
            This question is not the next one in your drill.{" "}
            <a href={drillQuestionHref(focused.keys[focused.index] ?? "")}>Go to the next one</a>
          </p>
        ) : (
          <p>This question is not the next one in today’s drill session.</p>
        )
      ) : (
        <p className="muted drill-hint">Answer the question, then rate how well you knew it (keys 1–4).</p>
      )}
      <Undo />
    </section>
  );
}

/**
 * The rating step, right under the verdict of the first attempt of this visit: the suggested
 * rating and when each rating would bring the question back. One click or key saves the review
 * and moves on to the next question (or back to the drill screen when the session is over).
 */
export function DrillRating({
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
  if (!inSession || !attempt || !card) return null;
  const rate = async (rating: DrillRating) => {
    setBusy(true);
    const now = Date.now();
    const r = await rateDrillCard(questionKey, rating, enabled, now, localDayClock(now));
    setBusy(false);
    if (!r.ok) return setError(`Your rating could not be saved: ${r.message}`);
    navigate(r.next ? drillQuestionHref(r.next.keys[r.next.index]!) : href("/drill"));
  };
  const s = summary(attempt, estimatedMinutes);
  const suggestion = suggestRating(s);
  const previews = scheduler({ desiredRetention: retention }).previewIntervals(card, attempt.at);
  return (
    <section className="drill-rate" aria-label="Rate this drill question">
      <DrillRatingForm
        key={attempt.at}
        suggestion={suggestion}
        reason={ratingReason(s, suggestion)}
        previews={previews}
        busy={busy}
        onRate={(r) => void rate(r)}
      />
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
    </section>
  );
}
