import { useMemo, useState } from "react";
import { SelfAssessment } from "../../../components/answers/SelfAssessment";
import {
  fieldSuggestions,
  gradeRubricFields,
  initialTicks,
  modelAnswerParts,
  rubricFields,
  shownTexts,
} from "../../../domain/grading/rubric-fields";
import type { MockState } from "../../../domain/mock";
import type { DesignQuestion, WrittenQuestion } from "../../../domain/packs";
import { useAppStore } from "../../../store";
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
  const suggestions = useMemo(
    () =>
      fieldSuggestions(
        fields,
        parts,
        shownTexts(question, { hintsShown: qs.hintsUsed ?? 0, followUps: qs.followUpsRevealed }),
      ),
    [fields, parts, question, qs.hintsUsed, qs.followUpsRevealed],
  );
  const preTick = useAppStore((s) => s.preTickSuggestions);
  const [ticks, setTicks] = useState<Record<string, boolean>>(() => initialTicks(suggestions, preTick));
  return (
    <section className="mock-assess-one" aria-label={`Assess: ${question.title}`}>
      <h2>{question.title}</h2>
      <SelfAssessment
        fields={fields}
        answers={parts}
        suggestions={suggestions}
        ticks={ticks}
        onToggle={(id, on) => setTicks({ ...ticks, [id]: on })}
        modelAnswer={modelAnswerParts(question, qs.followUpsRevealed)}
        preTicked={preTick}
      />
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
 * against each rubric, with their answer, the rubric and the model answer side by side. Items
 * start unticked (unless the user chose pre-ticking in Settings); phrases found are evidence only.
 */
export function MockAssessment({ run }: { run: MockRun }) {
  const state = run.state!;
  const key = run.assess[0]!;
  const q = run.question(key);
  return (
    <div className="mock-assess">
      <p>
        Time is over. Before your report, assess your written answers honestly: tick each rubric item your
        answer really covers, comparing it with the model answer.{" "}
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
