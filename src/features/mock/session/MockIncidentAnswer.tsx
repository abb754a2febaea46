import { useMemo } from "react";
import { LazyCodeEditor } from "../../../components/code-editor/LazyCodeEditor";
import { OutputConsole } from "../../../components/answers/OutputConsole";
import { PythonStatus } from "../../../components/answers/PythonStatus";
import { DiagnosisStepView } from "../../../components/incident/DiagnosisStepView";
import { EvidencePanel } from "../../../components/incident/EvidencePanel";
import { IncidentSummary } from "../../../components/incident/IncidentSummary";
import { StepHeading } from "../../../components/incident/StepHeading";
import { ResultView } from "../../../components/results/ResultView";
import type { StepAnswer } from "../../../domain/grading/incident-grading";
import { visibleCaseCalls } from "../../../domain/grading/python-literal";
import { isEmptyAnswer, type MockSubmission } from "../../../domain/mock";
import { diagnosisSteps, fixQuestion, fixStep, type IncidentQuestion } from "../../../domain/packs";
import { useAppStore } from "../../../store";
import { useCodeRun } from "../../../store/use-engines";
import { useIncidentEvidence } from "../../../store/use-incident";
import type { MockAnswerProps } from "./MockAnswers";

function Submitted({ latest, showResult }: { latest: MockSubmission | undefined; showResult: boolean }) {
  if (!latest) return null;
  const at = new Date(latest.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  return (
    <div className="mock-submitted">
      <p role="status">
        Submitted at {at}
        {latest.auto ? " (automatically)" : ""}. You can change any step and submit again until the section
        ends; the last submission counts.
        {!latest.result && showResult ? " Grading…" : ""}
      </p>
      {showResult && latest.result ? (
        <IncidentSummary result={latest.result} label="Submission results" />
      ) : null}
    </div>
  );
}

/**
 * An incident in a mock: the evidence, every step open at once with no feedback (the diagnosis
 * is not revealed during a mock), the fix editor with Run (visible tests), and one Submit for the
 * whole incident, graded in the background like code. Step answers are the mock draft's `steps`.
 */
export function MockIncidentAnswer({
  question,
  qs,
  latest,
  strict,
  dark,
  onDraft,
  onSubmit,
}: MockAnswerProps & { question: IncidentQuestion }) {
  const steps = qs.draft.steps ?? {};
  const fix = fixStep(question);
  const code = steps[fix.id]?.text ?? fix.starterCode;
  const evidence = useIncidentEvidence(question, code);
  const coding = useMemo(() => fixQuestion(question), [question]);
  const run = useCodeRun(coding);
  const pythonState = useAppStore((s) => s.pythonState);
  const inputs = useMemo(() => visibleCaseCalls(coding), [coding]);
  const count = question.steps.length;
  const setStep = (id: string, answer: StepAnswer) => onDraft({ steps: { ...steps, [id]: answer } });
  const doRun = () => {
    if (!run.busy) void run.go(code, "run");
  };
  const doSubmit = () => onSubmit({ steps });
  return (
    <div className="incident-answer">
      <EvidencePanel {...evidence} />
      <section className="incident-steps" aria-label="Steps">
        {diagnosisSteps(question).map((step, i) => (
          <section key={step.id} className="incident-step" aria-label={`Step ${i + 1}`}>
            <StepHeading step={step} index={i} count={count} />
            <DiagnosisStepView
              step={step}
              name={`${qs.key}-${step.id}`}
              answer={steps[step.id]}
              onChange={(a) => setStep(step.id, a)}
            />
          </section>
        ))}
        <section className="incident-step" aria-label={`Step ${count}`}>
          <StepHeading step={fix} index={count - 1} count={count} />
          <div className="code-answer">
            <div className="toolbar" role="toolbar" aria-label="Fix actions">
              <button type="button" className="primary" onClick={doRun} disabled={!!run.busy}>
                {run.busy ? "Running…" : "Run visible tests"}
              </button>
              <button
                type="button"
                onClick={() => {
                  if (
                    code === fix.starterCode ||
                    window.confirm("Replace your fix with the original (buggy) code?")
                  )
                    setStep(fix.id, { text: fix.starterCode });
                }}
              >
                Reset code
              </button>
              {coding.kind === "python" ? <PythonStatus state={pythonState} /> : null}
            </div>
            <div className="editor-frame">
              <LazyCodeEditor
                key={qs.key}
                value={code}
                language={coding.kind}
                onChange={(text) => setStep(fix.id, { text })}
                onRun={doRun}
                onSubmit={doSubmit}
                dark={dark}
                ariaLabel={coding.kind === "python" ? "Python fix editor" : "SQL fix editor"}
                markers={run.markers}
              />
            </div>
            {coding.kind === "python" && (run.output || run.busy) ? (
              <OutputConsole output={run.output} busy={!!run.busy} />
            ) : null}
            {run.result ? (
              <ResultView result={run.result.result} inputs={inputs} label="Run results" />
            ) : null}
          </div>
        </section>
      </section>
      <div className="toolbar">
        <button type="button" className="primary" onClick={doSubmit} disabled={isEmptyAnswer(qs.draft)}>
          {latest ? "Submit incident again" : "Submit incident"}
        </button>
      </div>
      <Submitted latest={latest} showResult={!strict} />
    </div>
  );
}
