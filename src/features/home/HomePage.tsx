import { useMemo } from "react";
import { Page } from "../../components/page/Page";
import { suggestToday, type Suggestion } from "../../domain/practice/suggest-next";
import { href } from "../../lib/router/hash-router";
import { useAllAttempts, useCatalog } from "../../store";
import { useHomeExtras } from "./use-home-extras";

const MODES = [
  {
    path: "/practice",
    title: "Practice",
    text: "Pick any question — Python, SQL, ML fundamentals, system design, debugging — and get graded.",
  },
  {
    path: "/mock",
    title: "Mock interview",
    text: "A timed loop for your lane or your own, strict or practice, with an honest report at the end.",
  },
  {
    path: "/drill",
    title: "Daily drill",
    text: "A short daily session of the questions you are about to forget, scheduled with FSRS.",
  },
];

function SuggestionLink({ s, label }: { s: Suggestion; label: string }) {
  return (
    <li>
      <span className="muted">{label}: </span>
      <a href={href(`/practice/${s.packId}/${s.question.id}`)}>{s.question.title}</a>
      <span className="muted"> — {s.reason}</span>
    </li>
  );
}

export function HomePage() {
  const { status, enabled } = useCatalog();
  const attempts = useAllAttempts();
  const today = useMemo(() => (attempts ? suggestToday(enabled, attempts) : null), [enabled, attempts]);
  const total = enabled.reduce((n, p) => n + p.questions.length, 0);
  const extras = useHomeExtras();
  const solved = attempts ? new Set(attempts.filter((a) => a.score >= 1).map((a) => a.questionKey)).size : 0;

  return (
    <Page
      title="What to do today"
      lead="MLE Dojo is a practice gym for machine-learning engineering interviews. Everything runs in this browser; nothing leaves it."
    >
      <section aria-labelledby="today-heading" className="today">
        <h2 id="today-heading">Today</h2>
        {status !== "ready" || !today ? (
          <p role="status">Loading your progress…</p>
        ) : (
          <>
            <p>
              {attempts!.length === 0
                ? `${total} questions are ready in your packs. Start with one below.`
                : `You have solved ${solved} of ${total} questions in ${attempts!.length} attempts.`}
            </p>
            <ul className="suggestions">
              {extras.mock ? (
                <li>
                  <span className="muted">
                    {extras.mock.state.finishReason ? "Mock to grade" : "Mock in progress"}:{" "}
                  </span>
                  <a href={href(`/mock/${encodeURIComponent(extras.mock.id)}`)}>
                    Resume “{extras.mock.state.template.title}”
                  </a>
                  <span className="muted">
                    {" "}
                    —{" "}
                    {extras.mock.state.finishReason
                      ? "assess your answers to see the report"
                      : extras.mock.state.pausedAt !== null
                        ? "paused"
                        : "its clock is still running"}
                  </span>
                </li>
              ) : null}
              {today.resume ? <SuggestionLink s={today.resume} label="Continue" /> : null}
              {today.next ? <SuggestionLink s={today.next} label="Try next" /> : null}
              {extras.drill ? (
                <li>
                  <span className="muted">Daily drill: </span>
                  <a href={href("/drill")}>
                    {extras.drill.counts.total === 0
                      ? "done for today"
                      : `${extras.drill.counts.review} ${extras.drill.counts.review === 1 ? "review" : "reviews"} due, ${extras.drill.counts.new} new`}
                  </a>
                </li>
              ) : null}
            </ul>
          </>
        )}
      </section>
      <nav aria-label="Modes" className="mode-grid">
        {MODES.map((m) => (
          <a key={m.path} className="mode-card" href={href(m.path)}>
            <span className="mode-title">{m.title}</span>
            <span className="mode-text">{m.text}</span>
          </a>
        ))}
      </nav>
      <p className="muted">
        Bring your own questions on the <a href={href("/packs")}>Packs</a> page. Press <kbd>?</kbd> for
        keyboard shortcuts.
      </p>
    </Page>
  );
}
