import { useState } from "react";
import { gradeChoice } from "../../../domain/grading/answer-grading";
import type { GradeResult } from "../../../domain/grading/result";
import type { ChoiceQuestion } from "../../../domain/packs";
import { Markdown } from "../../../components/markdown/Markdown";
import { useDraft } from "../use-draft";
import type { QuestionSession } from "../use-question-session";

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** Options as radio buttons (one answer) or checkboxes (several); immediate verdict with every
 * option's explanation. */
export function ChoiceAnswer({ question, session }: { question: ChoiceQuestion; session: QuestionSession }) {
  const draft = useDraft<string[]>(session.key, [], isIds);
  const [result, setResult] = useState<GradeResult | null>(null);
  const multiple = !!question.multiple;

  const toggle = (id: string, on: boolean) => {
    setResult(null);
    draft.update(multiple ? (on ? [...draft.value, id] : draft.value.filter((x) => x !== id)) : [id]);
  };

  const submit = async () => {
    draft.flush();
    const r = gradeChoice(question, draft.value);
    setResult(r);
    if (r.status !== "error") await session.record(r, draft.value);
  };

  return (
    <form
      className="choice-answer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{multiple ? "Select all that apply" : "Choose one answer"}</legend>
        {question.options.map((o) => {
          const verdict = result?.cases.find((c) => c.id === o.id);
          return (
            <div
              key={o.id}
              className={`option${result && result.status !== "error" ? (o.correct ? " option-correct" : draft.value.includes(o.id) ? " option-wrong" : "") : ""}`}
            >
              <label className="choice">
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name="choice"
                  value={o.id}
                  checked={draft.value.includes(o.id)}
                  onChange={(e) => toggle(o.id, e.target.checked)}
                />
                <Markdown source={o.text} inline />
              </label>
              {result && result.status !== "error" ? (
                <div className="option-explanation">
                  <strong>{o.correct ? "Correct answer. " : "Not correct. "}</strong>
                  {verdict?.status === "fail" ? <em>{verdict.message} </em> : null}
                  <Markdown source={o.explanation} />
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="primary">
        Check answer
      </button>
      {result ? (
        <p role="status" className={`verdict verdict-${result.status}`}>
          {result.status === "pass"
            ? "Correct!"
            : result.status === "fail"
              ? `Not quite — score ${Math.round(result.score * 100)}%.`
              : result.error?.message}
        </p>
      ) : null}
    </form>
  );
}
