import type { FieldSuggestions, RubricField } from "../../domain/grading/rubric-fields";
import { Markdown } from "../markdown/Markdown";
import { RubricChecks } from "./RubricChecks";
import "./self-assessment.css";

export interface ModelAnswerPart {
  title?: string;
  markdown: string;
}

/**
 * The self-assessment of a written or design answer: for each answer field, the user's own
 * answer beside its rubric (items ticked only by the user; evidence quoted from the answer; notes
 * on very short or keyword-only answers), and the model answer alongside. Three columns on a wide
 * container, answer-and-rubric beside the model answer on a medium one, stacked on a phone.
 */
export function SelfAssessment({
  fields,
  answers,
  suggestions,
  ticks,
  onToggle,
  modelAnswer,
  preTicked,
}: {
  fields: readonly RubricField[];
  answers: Readonly<Record<string, string>>;
  suggestions: FieldSuggestions;
  ticks: Readonly<Record<string, boolean>>;
  onToggle: (itemId: string, on: boolean) => void;
  modelAnswer: readonly ModelAnswerPart[];
  /** Whether items with evidence started ticked (the user's setting). */
  preTicked: boolean;
}) {
  const items = fields.flatMap((f) => f.rubric);
  const max = items.reduce((s, i) => s + i.points, 0);
  const got = items.reduce((s, i) => s + (ticks[i.id] ? i.points : 0), 0);
  return (
    <div className="self-assessment">
      <p className="muted sa-intro">
        Tick each item your answer really covers. “found: …” quotes your answer where one of the item&apos;s
        key phrases appears: evidence to check, not proof. Phrases from the question or from hints you opened
        do not count, and neither do negated ones.{" "}
        {preTicked
          ? "Items with evidence start ticked (your setting): untick what you did not explain."
          : "Nothing is ticked for you."}
      </p>
      <div className="sa-grid">
        <div className="sa-fields">
          {fields.map((f) => {
            const answer = answers[f.id] ?? "";
            const check = suggestions.fields.get(f.id);
            const notes = (check?.flags ?? []).filter((x) => x.code !== "empty");
            return (
              <section key={f.id} className="sa-field" aria-label={`${f.label}: your answer and rubric`}>
                <div className="sa-answer">
                  <h4>{f.id === "answer" ? "Your answer" : f.label}</h4>
                  {f.hint ? <Markdown source={f.hint} className="muted sa-hint" /> : null}
                  <blockquote className="sa-quote">
                    {answer.trim() ? <Markdown source={answer} /> : <p className="muted">(no answer)</p>}
                  </blockquote>
                </div>
                {f.rubric.length ? (
                  <fieldset className="sa-rubric">
                    <legend>Rubric{f.id === "answer" ? "" : `: ${f.label}`}</legend>
                    {notes.map((n) => (
                      <p key={n.code} role="note" className={`sa-note sa-note-${n.code}`}>
                        {n.message}
                      </p>
                    ))}
                    <RubricChecks
                      items={f.rubric}
                      ticks={ticks}
                      suggestions={suggestions.items}
                      onToggle={onToggle}
                    />
                  </fieldset>
                ) : null}
              </section>
            );
          })}
        </div>
        <aside className="sa-model" aria-label="Model answer">
          <h4>Model answer</h4>
          {modelAnswer.map((m, i) => (
            <div key={i} className="model-answer">
              {m.title ? (
                <h5>
                  <Markdown source={m.title} inline />
                </h5>
              ) : null}
              <Markdown source={m.markdown} />
            </div>
          ))}
        </aside>
      </div>
      <p role="status" className="sa-total">
        Your ticks: {got} / {max} points ({max ? Math.round((got / max) * 100) : 0}%)
      </p>
    </div>
  );
}
