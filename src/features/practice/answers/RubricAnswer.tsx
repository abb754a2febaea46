import { useEffect, useMemo, useState } from "react";
import type { GradeResult } from "../../../domain/grading/result";
import { hireSignal } from "../../../domain/grading/rubric";
import { fieldSuggestions, gradeRubricFields, rubricFields } from "../../../domain/grading/rubric-fields";
import type { DesignQuestion, WrittenQuestion } from "../../../domain/packs";
import { Markdown } from "../../../components/markdown/Markdown";
import { useDraft } from "../use-draft";
import type { QuestionSession } from "../use-question-session";
import { RubricFieldInputs } from "../../../components/answers/RubricFieldInputs";
import { RubricChecks } from "../../../components/answers/RubricChecks";

type Answers = Record<string, string>;
const isAnswers = (v: unknown): v is Answers =>
  !!v && typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string");

function useElapsed(running: boolean): string {
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [running]);
  const s = Math.floor((now - start) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

type Phase =
  | { name: "writing" }
  | { name: "reviewing"; ticks: Record<string, boolean> }
  | { name: "scored"; result: GradeResult };

/**
 * Written and design answers: Markdown fields, a running timer, then an honest self-assessment —
 * rubric items pre-ticked from their signal phrases (showing the phrase), confirmed or changed by
 * the user — then the score, hire signal and model answer.
 */
export function RubricAnswer({
  question,
  session,
}: {
  question: WrittenQuestion | DesignQuestion;
  session: QuestionSession;
}) {
  const draft = useDraft<Answers>(session.key, {}, isAnswers);
  const [phase, setPhase] = useState<Phase>({ name: "writing" });
  const followUpsOpen = question.kind === "design" && session.attempts.length > 0;
  const fields = useMemo(() => rubricFields(question, followUpsOpen), [question, followUpsOpen]);
  const elapsed = useElapsed(phase.name === "writing");
  const suggestions = useMemo(() => fieldSuggestions(fields, draft.value), [fields, draft.value]);
  const written = Object.values(draft.value).some((v) => v.trim());

  if (phase.name === "writing") {
    return (
      <form
        className="rubric-answer"
        onSubmit={(e) => {
          e.preventDefault();
          draft.flush();
          setPhase({
            name: "reviewing",
            ticks: Object.fromEntries([...suggestions].map(([id, m]) => [id, m !== null])),
          });
        }}
      >
        <p className="timer" aria-label="Time spent">
          Time: {elapsed}
        </p>
        {followUpsOpen ? (
          <p className="muted">The interviewer has follow-up questions: answer them below.</p>
        ) : null}
        <RubricFieldInputs
          fields={fields}
          values={draft.value}
          onChange={draft.update}
          rows={question.kind === "written" ? 12 : 5}
        />
        <button type="submit" className="primary" disabled={!written}>
          Submit for self-assessment
        </button>
      </form>
    );
  }

  if (phase.name === "reviewing") {
    const confirm = async () => {
      const result = gradeRubricFields(fields, phase.ticks);
      setPhase({ name: "scored", result });
      await session.record(result, draft.value);
    };
    return (
      <section className="rubric-review" aria-label="Self-assessment">
        <h3>Assess your answer honestly</h3>
        <p className="muted">
          Items your answer seems to cover are pre-ticked from the phrases found. Confirm or change every
          tick.
        </p>
        {fields
          .filter((f) => f.rubric.length)
          .map((f) => (
            <fieldset key={f.id}>
              <legend>{f.label}</legend>
              <RubricChecks
                items={f.rubric}
                ticks={phase.ticks}
                suggestions={suggestions}
                onToggle={(id, on) => setPhase({ name: "reviewing", ticks: { ...phase.ticks, [id]: on } })}
              />
            </fieldset>
          ))}
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => void confirm()}>
            Confirm self-assessment
          </button>
          <button type="button" onClick={() => setPhase({ name: "writing" })}>
            Back to my answer
          </button>
        </div>
      </section>
    );
  }

  const { result } = phase;
  const got = result.cases.reduce((s, c) => s + (c.points ?? 0), 0);
  const max = result.cases.reduce((s, c) => s + (c.maxPoints ?? 0), 0);
  return (
    <section className="rubric-scored" aria-label="Rubric score">
      <p role="status" className="verdict">
        <strong>
          Score: {got} / {max} points ({Math.round(result.score * 100)}%)
        </strong>{" "}
        — hire signal: <strong>{hireSignal(result.score)}</strong>
      </p>
      <ul className="rubric-breakdown">
        {result.cases.map((c) => (
          <li key={c.id} className={`case-${c.status}`}>
            {c.status === "pass" ? "✓" : "✗"} <Markdown source={c.description ?? c.id} inline /> ({c.points}/
            {c.maxPoints})
          </li>
        ))}
      </ul>
      <h3>Model answer</h3>
      <Markdown source={question.modelAnswer} className="model-answer" />
      {question.kind === "design" && followUpsOpen
        ? question.followUps.map((f, i) =>
            f.modelAnswer ? (
              <div key={f.id} className="model-answer">
                <h4>
                  Follow-up {i + 1}: <Markdown source={f.question} inline />
                </h4>
                <Markdown source={f.modelAnswer} />
              </div>
            ) : null,
          )
        : null}
      <button type="button" onClick={() => setPhase({ name: "writing" })}>
        Revise my answer
      </button>
    </section>
  );
}
