import { useMemo, useState } from "react";
import { Page } from "../../components/page/Page";
import { progressByCategory } from "../../domain/practice/question-filter";
import { questionOfTheDay } from "../../domain/practice/question-of-the-day";
import { startHerePath } from "../../domain/practice/start-here";
import { suggestToday, type Suggestion } from "../../domain/practice/suggest-next";
import { KIND_LABEL } from "../../components/labels/labels";
import { plural } from "../../components/labels/duration";
import { href } from "../../lib/router/hash-router";
import { useAllAttempts, useCatalog, useMockReports } from "../../store";
import { ProgressStrip } from "./ProgressStrip";
import { StartHere } from "./StartHere";
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
    text: "A 30-minute screen or a full loop for your lane, strict or practice, with an honest report.",
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

/** The user's local calendar day, "YYYY-MM-DD" (for the question of the day). */
function localDay(now: number): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export function HomePage() {
  const { status, enabled } = useCatalog();
  const attempts = useAllAttempts();
  const reports = useMockReports();
  const [now] = useState(() => Date.now());
  const today = useMemo(() => (attempts ? suggestToday(enabled, attempts) : null), [enabled, attempts]);
  const total = enabled.reduce((n, p) => n + p.questions.length, 0);
  const extras = useHomeExtras();
  const best = useMemo(() => {
    const m = new Map<string, number>();
    for (const a of attempts ?? []) m.set(a.questionKey, Math.max(m.get(a.questionKey) ?? 0, a.score));
    return m;
  }, [attempts]);
  const solved = [...best.values()].filter((s) => s >= 1).length;
  const qotd = useMemo(() => questionOfTheDay(enabled, localDay(now), best), [enabled, now, best]);
  const path = useMemo(() => startHerePath(enabled, new Set(best.keys())), [enabled, best]);
  const ready = status === "ready" && !!today;

  return (
    <Page
      title="What to do today"
      lead="MLE Dojo is a practice gym for machine-learning engineering interviews. Everything runs in this browser; nothing leaves it."
    >
      {ready ? (
        <ProgressStrip
          facts={{
            streak: extras.streak,
            solved: progressByCategory(enabled, best),
            reviewsDue: extras.drill ? extras.drill.counts.review : null,
            lastMock: reports === null ? null : reports.at(-1)?.overall.score,
          }}
        />
      ) : null}
      <section aria-labelledby="today-heading" className="today">
        <h2 id="today-heading">Today</h2>
        {!ready ? (
          <p role="status">Loading your progress…</p>
        ) : (
          <>
            <p>
              {attempts!.length === 0
                ? `${plural(total, "question is", "questions are")} ready in your packs. Start with one below.`
                : `You have solved ${solved} of ${total} questions in ${plural(attempts!.length, "attempt")}.`}
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
              {qotd ? (
                <li>
                  <span className="muted">Question of the day: </span>
                  <a href={href(`/practice/${qotd.packId}/${qotd.question.id}`)}>{qotd.question.title}</a>
                  <span className="muted">
                    {" "}
                    — {KIND_LABEL[qotd.question.kind]}, ~{qotd.question.estimatedMinutes} min
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
                      : `${plural(extras.drill.counts.review, "review")} due, ${extras.drill.counts.new} new`}
                  </a>
                </li>
              ) : null}
            </ul>
          </>
        )}
      </section>
      {ready && path.steps.length > 0 && path.done < path.steps.length ? (
        <StartHere steps={path.steps} done={path.done} />
      ) : null}
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
