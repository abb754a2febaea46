import { useMemo, useState } from "react";
import { RubricChecks } from "../../../components/answers/RubricChecks";
import { Markdown } from "../../../components/markdown/Markdown";
import { fieldSuggestions, gradeRubricFields, rubricFields } from "../../../domain/grading/rubric-fields";
import type { MockState } from "../../../domain/mock";
import type { DesignQuestion, WrittenQuestion } from "../../../domain/packs";
import type { MockRun } from "./use-mock-run";

function AssessOne({
  state,
  questionKey,
  question,
  onGrade,
}: {
  state: MockState;
  questionKey: string;
  question: WrittenQuestion | DesignQuestion;
  onGrade: MockRun["gradeByHand"];
}) {
  const qs = state.questions[questionKey]!;
  const sub = state.submissions[qs.submissionIds.at(-1)!]!;
  const parts = useMemo(() => sub.answer.parts ?? {}, [sub]);
  const fields = useMemo(
    () => rubricFields(question, qs.followUpsRevealed),
    [question, qs.followUpsRevealed],
  );
  const suggestions = useMemo(() => fieldSuggestions(fields, parts), [fields, parts]);
  const [ticks, setTicks] = useState<Record<string, boolean>>(() =>
    Object.fromEntries([...suggestions].map(([id, m]) => [id, m !== null])),
  );
  return (
    <section className="mock-assess-one" aria-label={`Assess: ${question.title}`}>
      <h2>{question.title}</h2>
      {fields.map((f) => (
        <fieldset key={f.id}>
          <legend>{f.label}</legend>
          {f.hint ? <Markdown source={f.hint} className="muted" /> : null}
          <blockquote className="mock-your-answer">
            {parts[f.id]?.trim() ? <Markdown source={parts[f.id]!} /> : <p className="muted">(no answer)</p>}
          </blockquote>
          <RubricChecks
            items={f.rubric}
            ticks={ticks}
            suggestions={suggestions}
            onToggle={(id, on) => setTicks({ ...ticks, [id]: on })}
          />
        </fieldset>
      ))}
      <button
        type="button"
        className="primary"
        onClick={() => onGrade(sub.id, gradeRubricFields(fields, ticks))}
      >
        Confirm assessment of “{question.title}”
      </button>
    </section>
  );
}

/**
 * After the mock: the written and design answers are scored by the user's honest self-assessment
 * against each rubric (items pre-ticked from the signal phrases found, every tick confirmed).
 * The model answers stay hidden until the report, so they cannot sway the ticks.
 */
export function MockAssessment({ run }: { run: MockRun }) {
  const state = run.state!;
  const key = run.assess[0]!;
  const q = run.question(key);
  return (
    <div className="mock-assess">
      <p>
        Time is over. Before your report, assess your written answers honestly against each rubric: items your
        answer seems to cover are pre-ticked from the phrases found. Confirm or change every tick.{" "}
        <strong>
          {run.assess.length} answer{run.assess.length === 1 ? "" : "s"} to assess.
        </strong>
      </p>
      {run.pendingCount > 0 ? (
        <p role="status" className="muted">
          Grading {run.pendingCount} code answer{run.pendingCount === 1 ? "" : "s"} in the background…
        </p>
      ) : null}
      {q && (q.kind === "written" || q.kind === "design") ? (
        <AssessOne key={key} state={state} questionKey={key} question={q} onGrade={run.gradeByHand} />
      ) : (
        <div role="alert">
          <p>This question&apos;s pack was removed, so its answer cannot be assessed against its rubric.</p>
          <button type="button" onClick={run.acceptGradeFailures}>
            Count it as not graded
          </button>
        </div>
      )}
    </div>
  );
}
