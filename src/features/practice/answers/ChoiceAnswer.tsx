import { useEffect, useMemo, useState } from "react";
import { gradeChoice } from "../../../domain/grading/answer-grading";
import { shownOptions } from "../../../domain/grading/choice-order";
import type { GradeResult } from "../../../domain/grading/result";
import type { ChoiceQuestion } from "../../../domain/packs";
import { isSeed } from "../../../domain/random";
import { Markdown } from "../../../components/markdown/Markdown";
import { randomSeed } from "../../../lib/random/random-seed";
import { useDraft, useRestoreInto } from "../use-draft";
import type { QuestionSession } from "../use-question-session";
import { VerdictSlot } from "../verdict-slot";

/** The draft of a choice answer: the seed of the option order shown, and the options chosen. */
export interface ChoiceDraft {
  seed: number;
  choices: string[];
}

const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
// Drafts saved before options were shuffled are a bare list of ids.
const isDraft = (v: unknown): v is ChoiceDraft | string[] =>
  isIds(v) ||
  (!!v && typeof v === "object" && isSeed((v as ChoiceDraft).seed) && isIds((v as ChoiceDraft).choices));

/**
 * Options as radio buttons (one answer) or checkboxes (several), lettered and shuffled per
 * attempt by a seed kept in the draft (the same order after a reload); an immediate verdict with
 * one clear sentence and the explanation per option. "Try again" starts a new attempt in a new order.
 */
export function ChoiceAnswer({ question, session }: { question: ChoiceQuestion; session: QuestionSession }) {
  const [fresh] = useState<ChoiceDraft>(() => ({ seed: randomSeed(), choices: [] }));
  const draft = useDraft<ChoiceDraft | string[]>(session.key, fresh, isDraft);
  const value: ChoiceDraft = Array.isArray(draft.value)
    ? { seed: fresh.seed, choices: draft.value }
    : draft.value;
  const [result, setResult] = useState<GradeResult | null>(null);
  const multiple = !!question.multiple;
  const options = useMemo(() => shownOptions(question, value.seed), [question, value.seed]);

  // Record the order as soon as it is shown, so a reload keeps it even before anything is chosen.
  const { loaded, update } = draft;
  const unsaved = draft.value === fresh || Array.isArray(draft.value);
  useEffect(() => {
    if (loaded && unsaved) update(value);
    // `value` is derived from the draft being saved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, unsaved, update]);
  // "Restore" of a past submission: its choices (and the order they were made in, when recorded).
  useRestoreInto(session.restoreRequest, isDraft, (v) =>
    draft.update(Array.isArray(v) ? { seed: value.seed, choices: v } : v),
  );

  const toggle = (id: string, on: boolean) => {
    setResult(null);
    const choices = multiple ? (on ? [...value.choices, id] : value.choices.filter((x) => x !== id)) : [id];
    draft.update({ ...value, choices });
  };

  const submit = async () => {
    draft.flush();
    const r = gradeChoice(question, value.choices);
    setResult(r);
    if (r.status !== "error") await session.record(r, value);
  };

  const tryAgain = () => {
    setResult(null);
    draft.update({ seed: randomSeed(), choices: [] });
  };

  const judged = result && result.status !== "error";
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
        {options.map(({ option: o, letter }) => {
          const verdict = result?.cases.find((c) => c.id === o.id);
          const chosen = value.choices.includes(o.id);
          return (
            <div
              key={o.id}
              className={`option${judged ? (o.correct ? " option-correct" : chosen ? " option-wrong" : "") : ""}`}
            >
              <label className="choice">
                <input
                  type={multiple ? "checkbox" : "radio"}
                  name="choice"
                  value={o.id}
                  checked={chosen}
                  onChange={(e) => toggle(o.id, e.target.checked)}
                />
                <span className="option-letter">{letter}.</span>
                <Markdown source={o.text} inline />
              </label>
              {judged ? (
                <div className="option-explanation">
                  <strong>{verdict?.message}</strong> <Markdown source={o.explanation} />
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <div className="toolbar">
        <button type="submit" className="primary">
          Check answer
        </button>
        {judged ? (
          <button type="button" onClick={tryAgain}>
            Try again in a new order
          </button>
        ) : null}
      </div>
      {result ? (
        <p role="status" className={`verdict verdict-${result.status}`}>
          {result.status === "pass"
            ? "Correct!"
            : result.status === "fail"
              ? `Not quite — score ${Math.round(result.score * 100)}%.`
              : result.error?.message}
        </p>
      ) : null}
      {result && result.status !== "error" ? <VerdictSlot /> : null}
    </form>
  );
}
