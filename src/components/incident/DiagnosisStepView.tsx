import type { StepAnswer } from "../../domain/grading/incident-grading";
import type { GradeResult } from "../../domain/grading/result";
import type { DiagnosisStep } from "../../domain/packs";
import { Markdown } from "../markdown/Markdown";

/**
 * The inputs of one diagnosis step: its options (radio buttons, or checkboxes when several are
 * right) or a number field. With a `verdict` (practice, once checked) the step is locked and shows
 * the right answer with every option's explanation; without one (a mock) it is just an input.
 */
export function DiagnosisStepView({
  step,
  name,
  answer,
  onChange,
  verdict,
  disabled = false,
}: {
  step: DiagnosisStep;
  /** Unique name for the radio group. */
  name: string;
  answer: StepAnswer | undefined;
  onChange: (answer: StepAnswer) => void;
  verdict?: GradeResult | null;
  disabled?: boolean;
}) {
  const locked = disabled || !!verdict;
  if (step.kind === "numeric") {
    const c = verdict?.cases[0];
    return (
      <div className="numeric-answer">
        <label className="numeric-field">
          <span>Your answer{step.unit ? ` (${step.unit})` : ""}</span>
          <input
            inputMode="decimal"
            value={answer?.text ?? ""}
            disabled={locked}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        </label>
        {verdict && c ? (
          <p role="status" className={`verdict verdict-${verdict.status}`}>
            {verdict.status === "pass" ? "Right." : `Not quite: ${c.message ?? ""}`} The answer is{" "}
            {c.expected}.
          </p>
        ) : null}
      </div>
    );
  }
  const chosen = answer?.choices ?? [];
  const multiple = !!step.multiple;
  const toggle = (id: string, on: boolean) =>
    onChange({ choices: multiple ? (on ? [...chosen, id] : chosen.filter((x) => x !== id)) : [id] });
  return (
    <fieldset className="choice-answer" disabled={locked}>
      <legend>{multiple ? "Select all that apply" : "Choose one answer"}</legend>
      {step.options.map((o) => (
        <div
          key={o.id}
          className={`option${verdict ? (o.correct ? " option-correct" : chosen.includes(o.id) ? " option-wrong" : "") : ""}`}
        >
          <label className="choice">
            <input
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={o.id}
              checked={chosen.includes(o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
            />
            <Markdown source={o.text} inline />
          </label>
          {verdict ? (
            <div className="option-explanation">
              <strong>{o.correct ? "Right answer. " : "Not right. "}</strong>
              <Markdown source={o.explanation} />
            </div>
          ) : null}
        </div>
      ))}
      {verdict ? (
        <p role="status" className={`verdict verdict-${verdict.status}`}>
          {verdict.status === "pass"
            ? "Right."
            : `Not quite — ${Math.round(verdict.score * 100)}% of this step.`}
        </p>
      ) : null}
    </fieldset>
  );
}
