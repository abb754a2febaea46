import { useState } from "react";
import { EvidencePanel } from "../../../components/incident/EvidencePanel";
import { DiagnosisStepView } from "../../../components/incident/DiagnosisStepView";
import { StepHeading } from "../../../components/incident/StepHeading";
import { gradeDiagnosisStep, stepAnswered, type StepAnswer } from "../../../domain/grading/incident-grading";
import { diagnosisSteps, fixStep, type DiagnosisStep, type IncidentQuestion } from "../../../domain/packs";
import { useIncidentEvidence } from "../../../store/use-incident";
import { useDraft } from "../use-draft";
import type { QuestionSession } from "../use-question-session";
import { IncidentFix } from "./incident/IncidentFix";

/** What practice keeps of an incident: each step's answer, and the diagnosis steps already checked. */
export interface IncidentDraft {
  steps: Record<string, StepAnswer>;
  checked: string[];
}

const EMPTY: IncidentDraft = { steps: {}, checked: [] };

const isDraft = (v: unknown): v is IncidentDraft =>
  !!v &&
  typeof v === "object" &&
  typeof (v as IncidentDraft).steps === "object" &&
  (v as IncidentDraft).steps !== null &&
  Array.isArray((v as IncidentDraft).checked);

/**
 * An incident in practice: the evidence (tables, files, scratch consoles), then the steps in
 * order. A diagnosis step is checked once and then locked, showing the right answer (you may fix
 * after a wrong diagnosis, knowing what broke); the next step opens after it. The fix opens once
 * every diagnosis is checked: Run shows the visible tests, Submit grades every step together and
 * records the attempt. Progress survives a reload; Start over clears it.
 */
export function IncidentAnswer({
  question,
  session,
  dark,
}: {
  question: IncidentQuestion;
  session: QuestionSession;
  dark: boolean;
}) {
  const draft = useDraft<IncidentDraft>(session.key, EMPTY, isDraft);
  const { steps, checked } = draft.value;
  const fix = fixStep(question);
  const fixCode = steps[fix.id]?.text ?? fix.starterCode;
  const evidence = useIncidentEvidence(question, fixCode);
  const diagnosis = diagnosisSteps(question);
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const count = question.steps.length;
  const open = diagnosis.findIndex((s) => !checked.includes(s.id));
  const fixOpen = open === -1;

  const setStep = (id: string, answer: StepAnswer) => {
    setInvalid((m) => ({ ...m, [id]: "" }));
    draft.update({ ...draft.value, steps: { ...draft.value.steps, [id]: answer } });
  };
  const check = (step: DiagnosisStep) => {
    const r = gradeDiagnosisStep(step, steps[step.id]);
    if (r.status === "error") {
      setInvalid((m) => ({ ...m, [step.id]: r.error?.message ?? "Invalid answer." }));
      return;
    }
    draft.update({ ...draft.value, checked: [...checked, step.id] });
  };
  const startOver = () => {
    if (window.confirm("Start this incident over? Your answers and your fix are cleared."))
      draft.update(EMPTY);
  };

  return (
    <div className="incident-answer">
      <EvidencePanel {...evidence} />
      <section className="incident-steps" aria-label="Steps">
        {diagnosis.map((step, i) => {
          const done = checked.includes(step.id);
          const locked = !done && i !== open;
          return (
            <section
              key={step.id}
              className={`incident-step${locked ? " step-locked" : ""}`}
              aria-label={`Step ${i + 1}`}
            >
              <StepHeading step={step} index={i} count={count} />
              {locked ? (
                <p className="muted">Answer step {open + 1} first.</p>
              ) : (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (!done) check(step);
                  }}
                >
                  <DiagnosisStepView
                    step={step}
                    name={`${question.id}-${step.id}`}
                    answer={steps[step.id]}
                    onChange={(a) => setStep(step.id, a)}
                    verdict={done ? gradeDiagnosisStep(step, steps[step.id]) : null}
                    disabled={!draft.loaded}
                  />
                  {!done ? (
                    <button type="submit" className="primary" disabled={!stepAnswered(step, steps[step.id])}>
                      Check step {i + 1}
                    </button>
                  ) : null}
                  {invalid[step.id] ? (
                    <p role="alert" className="inline-error">
                      {invalid[step.id]}
                    </p>
                  ) : null}
                </form>
              )}
            </section>
          );
        })}
        <section className={`incident-step${fixOpen ? "" : " step-locked"}`} aria-label={`Step ${count}`}>
          <StepHeading step={fix} index={count - 1} count={count} />
          {fixOpen ? (
            <IncidentFix
              question={question}
              code={fixCode}
              onCode={(text) => setStep(fix.id, { text })}
              answers={steps}
              draft={draft.value}
              session={session}
              dark={dark}
              ready={draft.loaded}
              flush={draft.flush}
            />
          ) : (
            <p className="muted">Check the diagnosis first: the fix opens after step {diagnosis.length}.</p>
          )}
        </section>
        <p>
          <button type="button" onClick={startOver}>
            Start over
          </button>
        </p>
      </section>
    </div>
  );
}
