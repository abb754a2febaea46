import { useEffect, useMemo, useState } from "react";
import type { GradeResult } from "../../../domain/grading/result";
import {
  fieldSuggestions,
  gradeRubricFields,
  initialTicks,
  modelAnswerParts,
  rubricFields,
  shownTexts,
} from "../../../domain/grading/rubric-fields";
import type { DesignQuestion, WrittenQuestion } from "../../../domain/packs";
import { Markdown } from "../../../components/markdown/Markdown";
import { useDraft, useRestoreInto } from "../use-draft";
import type { QuestionSession } from "../use-question-session";
import { VerdictSlot } from "../verdict-slot";
import { RubricFieldInputs } from "../../../components/answers/RubricFieldInputs";
import { SelfAssessment } from "../../../components/answers/SelfAssessment";
import { useAppStore } from "../../../store";

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
 * the answer beside its rubric and the model answer; items start unticked (unless the user chose
 * pre-ticking in Settings), evidence is quoted from the answer — then the score. No hire signal:
 * one question is not enough evidence for one (mock interviews give it over a whole loop).
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
  const restore = draft.update;
  useRestoreInto(session.restoreRequest, isAnswers, (v) => {
    restore(v);
    setPhase({ name: "writing" });
  });
  const followUpsOpen = question.kind === "design" && session.attempts.length > 0;
  const fields = useMemo(() => rubricFields(question, followUpsOpen), [question, followUpsOpen]);
  const elapsed = useElapsed(phase.name === "writing");
  const shown = useMemo(
    () => shownTexts(question, { hintsShown: session.hintsShown, followUps: followUpsOpen }),
    [question, session.hintsShown, followUpsOpen],
  );
  const suggestions = useMemo(
    () => fieldSuggestions(fields, draft.value, shown),
    [fields, draft.value, shown],
  );
  const written = Object.values(draft.value).some((v) => v.trim());
  const preTick = useAppStore((s) => s.preTickSuggestions);

  if (phase.name === "writing") {
    return (
      <form
        className="rubric-answer"
        onSubmit={(e) => {
          e.preventDefault();
          draft.flush();
          // The self-assessment shows the model answer: the attempt records it as seen.
          session.viewSolution();
          setPhase({
            name: "reviewing",
            ticks: initialTicks(suggestions, preTick),
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
        <SelfAssessment
          fields={fields}
          answers={draft.value}
          suggestions={suggestions}
          ticks={phase.ticks}
          onToggle={(id, on) => setPhase({ name: "reviewing", ticks: { ...phase.ticks, [id]: on } })}
          modelAnswer={modelAnswerParts(question, followUpsOpen)}
          preTicked={preTick}
        />
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
        — from your own self-assessment. A hire signal needs a whole mock interview, not one question.
      </p>
      <VerdictSlot />
      <ul className="rubric-breakdown">
        {result.cases.map((c) => (
          <li key={c.id} className={`case-${c.status}`}>
            {c.status === "pass" ? "✓" : "✗"} <Markdown source={c.description ?? c.id} inline /> ({c.points}/
            {c.maxPoints})
          </li>
        ))}
      </ul>
      <h3>Model answer</h3>
      {modelAnswerParts(question, followUpsOpen).map((m, i) => (
        <div key={i} className="model-answer">
          {m.title ? (
            <h4>
              <Markdown source={m.title} inline />
            </h4>
          ) : null}
          <Markdown source={m.markdown} />
        </div>
      ))}
      <button type="button" onClick={() => setPhase({ name: "writing" })}>
        Revise my answer
      </button>
    </section>
  );
}
