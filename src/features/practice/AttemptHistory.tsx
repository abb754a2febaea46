import { AnswerViewBlock } from "../../components/answers/AnswerViewBlock";
import { formatDuration, plural } from "../../components/labels/duration";
import { answerView } from "../../domain/practice/answer-view";
import type { Question } from "../../domain/packs";
import type { Attempt } from "../../store";

const RESULT: Record<Attempt["status"], string> = { pass: "passed", fail: "failed", error: "did not run" };

/** Which answers can be put back into the answer pane (the ones it edits). */
const RESTORABLE = new Set(["python", "sql", "written", "design", "numeric", "choice"]);

/**
 * Past submissions of this question, newest first: when, result, score, time and hints, and on
 * opening one, the answer as submitted with a button that puts it back into the editor.
 */
export function AttemptHistory({
  question,
  attempts,
  onRestore,
}: {
  question: Question;
  attempts: readonly Attempt[];
  onRestore: (attempt: Attempt) => void;
}) {
  if (attempts.length === 0) return <p className="muted">None yet.</p>;
  const code = question.kind === "python" || question.kind === "sql";
  return (
    <ol className="attempt-list" aria-label="Past submissions">
      {attempts.map((a) => {
        const view = answerView(question, a.answer);
        const when = new Date(a.at).toLocaleString([], {
          day: "numeric",
          month: "short",
          hour: "2-digit",
          minute: "2-digit",
        });
        return (
          <li key={a.id ?? a.at} className={`attempt attempt-${a.status}`}>
            <details>
              <summary>
                <span className="attempt-when">{when}</span> —{" "}
                {/* A rubric score is the user's own assessment, not a pass/fail verdict. */}
                <strong className={`attempt-result result-word-${a.status}`}>
                  {a.kind === "written" || a.kind === "design" ? "self-assessed" : RESULT[a.status]}
                </strong>
                , {Math.round(a.score * 100)}% · {formatDuration(a.timeSpentMs)} ·{" "}
                {plural(a.hintsUsed, "hint")}
                {a.solutionViewed ? " · solution viewed" : ""}
                {a.mode !== "practice" ? ` · ${a.mode}` : ""}
              </summary>
              <div className="attempt-body">
                <AnswerViewBlock view={view} />
                {RESTORABLE.has(question.kind) && view.kind !== "none" ? (
                  <button type="button" onClick={() => onRestore(a)}>
                    {code ? "Restore this code into the editor" : "Restore this answer"}
                  </button>
                ) : null}
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
