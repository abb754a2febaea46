import { useState } from "react";
import type { Pack, Question } from "../../domain/packs";
import { HintList } from "../../components/answers/HintList";
import { Markdown } from "../../components/markdown/Markdown";
import { CATEGORY_LABEL, KIND_LABEL } from "../../components/labels/labels";
import type { QuestionSession } from "./use-question-session";

function solutionOf(q: Question): { label: string; code?: string; lang?: string } | null {
  if (q.kind === "python") return { label: "Reference solution", code: q.referenceSolution, lang: "python" };
  if (q.kind === "sql") return { label: "Reference query", code: q.reference, lang: "sql" };
  return null;
}

/** Prompt, progressive hints, explanation / solution reveal, and attempt history. */
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

  const reveal = () => {
    if (
      !attempted &&
      !window.confirm("Reveal the explanation before attempting? It will be recorded with your next attempt.")
    )
      return;
    setRevealed(true);
    session.viewSolution();
  };

  return (
    <div className="prompt-pane">
      <p className="tags">
        <span className={`tag diff-${q.difficulty}`}>{q.difficulty}</span>
        <span className="tag">{KIND_LABEL[q.kind]}</span>
        <span className="tag">{CATEGORY_LABEL[q.category]}</span>
        <span className="tag">~{q.estimatedMinutes} min</span>
        {q.topics.map((t) => (
          <span key={t} className="tag topic">
            {t}
          </span>
        ))}
      </p>
      <Markdown source={q.prompt} className="prompt" />

      <HintList hints={q.hints} shown={session.hintsShown} onMore={session.showNextHint} />

      <section aria-labelledby="explanation-heading" className="explanation">
        <h2 id="explanation-heading">Explanation{solution ? " and solution" : ""}</h2>
        {revealed ? (
          <>
            <Markdown source={q.explanation} />
            {solution?.code ? (
              <>
                <h3>{solution.label}</h3>
                <Markdown source={"```" + solution.lang + "\n" + solution.code + "\n```"} />
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
          <button type="button" onClick={reveal}>
            {attempted ? "Show explanation" : "Show explanation before attempting"}
          </button>
        )}
      </section>

      <section aria-labelledby="history-heading" className="history">
        <h2 id="history-heading">Your attempts</h2>
        {session.saveError ? (
          <p role="alert" className="inline-error">
            {session.saveError}
          </p>
        ) : null}
        {session.attempts.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <table className="rows">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Result</th>
                <th scope="col">Score</th>
                <th scope="col">Time</th>
                <th scope="col">Hints</th>
              </tr>
            </thead>
            <tbody>
              {session.attempts.map((a) => (
                <tr key={a.id ?? a.at}>
                  <td>{new Date(a.at).toLocaleString()}</td>
                  <td>{a.status}</td>
                  <td>{Math.round(a.score * 100)}%</td>
                  <td>{Math.max(1, Math.round(a.timeSpentMs / 60000))} min</td>
                  <td>
                    {a.hintsUsed}
                    {a.solutionViewed ? " · solution viewed" : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted">
          Pack “{pack.title}” v{pack.version}
        </p>
      </section>
    </div>
  );
}
