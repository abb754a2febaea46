import { useId, useMemo, useState } from "react";
import { parseCallArgs } from "../../../domain/grading/python-args";
import { pythonCall } from "../../../domain/grading/python-literal";
import type { PythonQuestion } from "../../../domain/packs";
import { verdictTitle } from "../../../domain/grading/verdict";
import { useCustomRun } from "../../../store/use-engines";

/** The arguments of the first visible case, as the starting text of the custom input. */
function firstCaseArgs(q: PythonQuestion): string {
  const c = q.cases?.find((x) => !x.hidden);
  if (!c) return "";
  const call = pythonCall("f", c.args as unknown[], c.kwargs);
  return call.slice(2, -1);
}

/**
 * "Custom input": call the question's function with your own arguments (Python literals) and see
 * what it returns, prints or raises. Nothing is graded or recorded.
 */
export function CustomInput({
  question,
  code,
  disabled,
}: {
  question: PythonQuestion;
  code: () => string;
  disabled: boolean;
}) {
  const id = useId();
  const entry = question.entry ?? "f";
  const initial = useMemo(() => firstCaseArgs(question), [question]);
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const run = useCustomRun(question);
  if (!question.entry) return null;

  const go = () => {
    const parsed = parseCallArgs(text);
    if (!parsed.ok) return setProblem(parsed.message);
    setProblem(null);
    void run.go(code(), parsed.args, parsed.kwargs, `${entry}(${text.trim()})`);
  };
  const result = run.last?.result;
  const c = result?.cases[0];
  const error =
    c?.status === "error"
      ? (c.message ?? "")
      : result?.status === "error"
        ? (result.error?.message ?? "")
        : null;

  return (
    <details className="custom-input">
      <summary>Custom input: call {entry}() with your own arguments</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          go();
        }}
      >
        <label htmlFor={id} className="custom-input-label">
          <code>{entry}(</code>
          <input
            id={id}
            aria-label={`Arguments for ${entry}`}
            value={text}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          <code>)</code>
        </label>
        <p id={`${id}-hint`} className="muted md-hint">
          Python literals: numbers, strings, True/False/None, lists, tuples and dicts with string keys, then
          keyword arguments (<code>k=2</code>). Values travel as JSON, so tuples arrive as lists. Nothing is
          graded or recorded.
        </p>
        <button type="submit" disabled={disabled || run.busy}>
          {run.busy ? "Running…" : "Run with this input"}
        </button>
      </form>
      {problem ? (
        <p role="alert" className="inline-error">
          {problem}
        </p>
      ) : null}
      {run.last && result ? (
        <section className="custom-result" aria-label="Custom run result">
          <p className="muted">
            <code>{run.last.call}</code>
          </p>
          {error !== null ? (
            <div className="error-box" role="status">
              <p>
                <strong>
                  {verdictTitle("error", result.error ?? (c?.details as { error?: { kind: string } })?.error)}
                </strong>
              </p>
              {error ? <pre>{error}</pre> : null}
            </div>
          ) : (
            <dl className="expected-actual" role="status">
              <dt>Returned</dt>
              <dd>
                <pre>{c?.actual ?? "(no value reported)"}</pre>
              </dd>
            </dl>
          )}
          {c?.output || result.output ? (
            <>
              <p className="muted">Printed</p>
              <pre className="case-output">{c?.output || result.output}</pre>
            </>
          ) : null}
        </section>
      ) : null}
    </details>
  );
}
