import type { StartPathStep } from "../../domain/practice/start-here";
import { SCREEN_30_ID } from "../../domain/mock/templates";
import { KIND_LABEL } from "../../components/labels/labels";
import { href } from "../../lib/router/hash-router";

const link = (s: StartPathStep) => href(`/practice/${s.packId}/${s.questionId}`);

/**
 * "Start here": the first path for a software engineer moving into ML engineering — eight
 * questions from familiar to new, each done once tried — then a 30-minute mock.
 */
export function StartHere({ steps, done }: { steps: StartPathStep[]; done: number }) {
  const next = steps.find((s) => !s.done);
  return (
    <section className="start-here" aria-labelledby="start-here-heading">
      <h2 id="start-here-heading">Start here</h2>
      <p className="muted">
        New to ML interviews, coming from software engineering? Try each of these once: {done} of{" "}
        {steps.length} done.
      </p>
      <ol className="start-steps">
        {steps.map((s) => (
          <li key={`${s.packId}/${s.questionId}`} className={s.done ? "done" : undefined}>
            <span className="start-check" aria-hidden="true">
              {s.done ? "✓" : ""}
            </span>
            <span>
              <a href={link(s)}>{s.question.title}</a>
              <span className="muted">
                {" "}
                · {KIND_LABEL[s.question.kind]}, ~{s.question.estimatedMinutes} min{s.done ? " · done" : ""}
              </span>
              <br />
              <span className="start-why">{s.why}</span>
            </span>
          </li>
        ))}
      </ol>
      <p className="toolbar">
        {next ? (
          <a className="button-link" href={link(next)}>
            {done === 0 ? "Begin" : "Continue"}: {next.question.title}
          </a>
        ) : null}
        <a
          className={next ? "button-link secondary" : "button-link"}
          href={href("/mock", { loop: SCREEN_30_ID })}
        >
          Then: a 30-minute mock screen
        </a>
      </p>
    </section>
  );
}
