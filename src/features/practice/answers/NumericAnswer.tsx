import { useState } from "react";
import { gradeNumeric } from "../../../domain/grading/answer-grading";
import type { GradeResult } from "../../../domain/grading/result";
import type { NumericQuestion } from "../../../domain/packs";
import { useDraft, useRestoreInto } from "../use-draft";
import type { QuestionSession } from "../use-question-session";
import { VerdictSlot } from "../verdict-slot";

const isString = (v: unknown): v is string => typeof v === "string";

/** A number (with its unit) checked against the answer's tolerance. */
export function NumericAnswer({
  question,
  session,
}: {
  question: NumericQuestion;
  session: QuestionSession;
}) {
  const draft = useDraft<string>(session.key, "", isString);
  const [result, setResult] = useState<GradeResult | null>(null);
  useRestoreInto(session.restoreRequest, isString, draft.update);

  const submit = async () => {
    draft.flush();
    const r = gradeNumeric(question, draft.value);
    setResult(r);
    if (r.status !== "error") await session.record(r, draft.value);
  };

  return (
    <form
      className="numeric-answer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="numeric-field">
        <span>Your answer{question.unit ? ` (${question.unit})` : ""}</span>
        <input
          inputMode="decimal"
          value={draft.value}
          onChange={(e) => {
            setResult(null);
            draft.update(e.target.value);
          }}
        />
      </label>
      <button type="submit" className="primary">
        Check answer
      </button>
      {result ? (
        <div role="status" className={`verdict verdict-${result.status}`}>
          {result.status === "error" ? (
            result.error?.message
          ) : result.status === "pass" ? (
            <>Correct! The answer is {result.cases[0]!.expected}.</>
          ) : (
            <>
              Not quite: {result.cases[0]!.message} The answer is {result.cases[0]!.expected}.
            </>
          )}
        </div>
      ) : null}
      {result && result.status !== "error" ? <VerdictSlot /> : null}
    </form>
  );
}
