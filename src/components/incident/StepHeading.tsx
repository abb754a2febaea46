import type { IncidentStep } from "../../domain/packs";
import { Markdown } from "../markdown/Markdown";

/** "Step 2 of 3 · Size the fault · 1 point", then the step's prompt. */
export function StepHeading({ step, index, count }: { step: IncidentStep; index: number; count: number }) {
  return (
    <>
      <h3 className="step-title">
        <span className="step-number">
          Step {index + 1} of {count}
        </span>{" "}
        {step.title}{" "}
        <span className="muted step-points">
          · {step.points} {step.points === 1 ? "point" : "points"}
        </span>
      </h3>
      <Markdown source={step.prompt} className="step-prompt" />
    </>
  );
}
