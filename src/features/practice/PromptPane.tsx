import { useState } from "react";
import { fixStep, type Pack, type Question } from "../../domain/packs";
import { HintList } from "../../components/answers/HintList";
import { useConfirm } from "../../components/dialog/ConfirmDialog";
import { Markdown } from "../../components/markdown/Markdown";
import { CATEGORY_LABEL, DIFFICULTY_LABEL, FAULT_LABEL, KIND_LABEL } from "../../components/labels/labels";
import { useNote, type Attempt } from "../../store";
import { AttemptHistory } from "./AttemptHistory";
import { BookmarkButton, QuestionNotes } from "./QuestionNotes";
import type { QuestionSession } from "./use-question-session";

function solutionOf(q: Question): { label: string; code?: string; lang?: string } | null {
  if (q.kind === "python") return { label: "Reference solution", code: q.referenceSolution, lang: "python" };
  if (q.kind === "sql") return { label: "Reference query", code: q.reference, lang: "sql" };
  if (q.kind === "incident") {
    const fix = fixStep(q);
    return fix.kind === "python"
      ? { label: "Reference fix", code: fix.referenceSolution, lang: "python" }
      : { label: "Reference fix", code: fix.reference, lang: "sql" };
  }
  return null;
}

/** Prompt, bookmark, progressive hints, explanation / solution reveal, past submissions and notes. */
export function PromptPane({
  pack,
  question: q,
  session,
}: {
  pack: Pack;
  question: Question;
  session: QuestionSession;
}) {
  const attempted = session.attempts.length > 0;
  const [revealed, setRevealed] = useState(false);
  const solution = solutionOf(q);
  const { confirm, dialog } = useConfirm();
  const { note, update, error } = useNote(session.key);

  const reveal = async () => {
    if (
      !attempted &&
      !(await confirm({
        title: "Show the explanation before attempting?",
        body: "Seeing it first is recorded with your next attempt (and a drill will suggest Hard).",
        confirmLabel: "Show explanation",
      }))
    )
      return;
    setRevealed(true);
    session.viewSolution();
  };

  const restore = async (a: Attempt) => {
    const when = new Date(a.at).toLocaleString();
    if (
      await confirm({
        title: "Restore this submission?",
        body: `Your current answer is replaced by the one you submitted on ${when}.`,
        confirmLabel: "Restore",
      })
    )
      session.restore(a.answer);
  };

  return (
    <div className="prompt-pane">
      <div className="prompt-head">
        <p className="tags">
          <span className={`tag diff-${q.difficulty}`}>{DIFFICULTY_LABEL[q.difficulty]}</span>
          <span className="tag">{KIND_LABEL[q.kind]}</span>
          <span className="tag">{CATEGORY_LABEL[q.category]}</span>
          <span className="tag">~{q.estimatedMinutes} min</span>
          {q.topics.map((t) => (
            <span key={t} className="tag topic">
              {t}
            </span>
          ))}
        </p>
        {note ? (
          <BookmarkButton bookmarked={note.bookmarked} onToggle={(b) => void update({ bookmarked: b })} />
        ) : null}
      </div>
      <Markdown source={q.prompt} className="prompt" />

      <HintList hints={q.hints} shown={session.hintsShown} onMore={session.showNextHint} />

      <section aria-labelledby="explanation-heading" className="explanation">
        <h2 id="explanation-heading">Explanation{solution ? " and solution" : ""}</h2>
        {revealed ? (
          <>
            {q.kind === "incident" ? (
              <p>
                <strong>Fault:</strong> {FAULT_LABEL[q.fault]}
              </p>
            ) : null}
            <Markdown source={q.explanation} />
            {solution?.code ? (
              <>
                <h3>{solution.label}</h3>
                <Markdown source={"```" + solution.lang + "\n" + solution.code + "\n```"} />
              </>
            ) : null}
            {q.kind === "incident" && q.modelAnswer ? (
              <>
                <h3>Write-up</h3>
                <Markdown source={q.modelAnswer} />
              </>
            ) : null}
            {q.references?.length ? (
              <>
                <h3>Further reading</h3>
                <ul>
                  {q.references.map((r) => (
                    <li key={r.url}>
                      <a href={r.url} target="_blank" rel="noopener noreferrer nofollow">
                        {r.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <button type="button" onClick={() => void reveal()}>
            {attempted ? "Show explanation" : "Show explanation before attempting"}
          </button>
        )}
      </section>

      <section aria-labelledby="history-heading" className="history">
        <h2 id="history-heading">Your submissions</h2>
        {session.saveError ? (
          <p role="alert" className="inline-error">
            {session.saveError}
          </p>
        ) : null}
        <AttemptHistory question={q} attempts={session.attempts} onRestore={(a) => void restore(a)} />
      </section>

      {note ? (
        <QuestionNotes
          key={session.key}
          note={note.note}
          error={error}
          onSave={(text) => void update({ note: text })}
        />
      ) : null}
      <p className="muted">
        Pack “{pack.title}” v{pack.version}
      </p>
      {dialog}
    </div>
  );
}
