import { useEffect } from "react";
import { Page } from "../../components/page/Page";
import { encodeShareCode, finishEarly, type MockState } from "../../domain/mock";
import { href } from "../../lib/router/hash-router";
import { useAppStore } from "../../store";
import { registerAbandonHandler } from "../../store/mock-lock";
import { MockReportView } from "./report/MockReportView";
import { MockAssessment } from "./session/MockAssessment";
import { MockSession } from "./session/MockSession";
import { useMockRun, type MockRun } from "./session/use-mock-run";
import "./session/session.css";

/** Answers whose grading failed (engine, network, missing pack): retry, or count them as not graded. */
function GradeFailures({ run }: { run: MockRun }) {
  const state = run.state!;
  return (
    <section role="alert" aria-label="Grading failed" className="notice">
      <p>
        {Object.keys(run.gradeFailures).length === 1 ? "One answer" : "Some answers"} could not be graded.
        This is a problem of the app or the network, not of your answer:
      </p>
      <ul>
        {Object.entries(run.gradeFailures).map(([id, message]) => {
          const key = state.submissions[id]?.questionKey ?? id;
          return (
            <li key={id}>
              <strong>{run.question(key)?.title ?? key}</strong>: {message}
            </li>
          );
        })}
      </ul>
      <div className="toolbar">
        <button type="button" className="primary" onClick={run.retryGrading}>
          Retry grading
        </button>
        <button type="button" onClick={run.acceptGradeFailures}>
          Count {Object.keys(run.gradeFailures).length === 1 ? "it" : "them"} as not graded
        </button>
      </div>
    </section>
  );
}

function retakeHref(state: MockState | null): string | undefined {
  if (!state || state.seed === undefined) return undefined;
  try {
    return href("/mock", { code: encodeShareCode(state.template, state.seed) });
  } catch {
    return undefined;
  }
}

/**
 * Strict mode locks the rest of the app while the mock runs (see store/mock-lock): the lock is set
 * when a strict mock is running on this page and lifted once it is over; the header's "Abandon
 * mock" ends it through this page's own state.
 */
function useStrictLock(run: MockRun, id: string) {
  const strictRunning = run.phase === "running" && run.state?.mode === "strict";
  const over =
    run.phase === "assess" ||
    run.phase === "grading" ||
    run.phase === "closing" ||
    run.phase === "report" ||
    run.phase === "missing";
  const title = run.state?.template.title ?? "Mock interview";
  const act = run.act;
  useEffect(() => {
    const { mockLock, setMockLock } = useAppStore.getState();
    if (strictRunning && mockLock?.id !== id) setMockLock({ id, title });
    else if (over && mockLock?.id === id) setMockLock(null);
  }, [strictRunning, over, id, title]);
  useEffect(() => {
    if (!strictRunning) return;
    return registerAbandonHandler(id, () => act((s, now) => finishEarly(s, now)));
  }, [strictRunning, id, act]);
}

/** `#/mock/<id>`: a mock interview — running, being assessed, being graded, or its report. */
export function MockRunPage({ id = "" }: { id?: string }) {
  const run = useMockRun(id);
  useStrictLock(run, id);
  const title = run.state?.template.title ?? "Mock interview";
  switch (run.phase) {
    case "loading":
      return (
        <Page title="Mock interview">
          <p role="status">Loading your mock…</p>
        </Page>
      );
    case "missing":
      return (
        <Page title="Mock not found" lead={`There is no mock “${id}” in this browser.`}>
          <p>
            It may have been made in another browser, or your data was reset.{" "}
            <a href={href("/mock")}>Set up a mock interview</a>
          </p>
        </Page>
      );
    case "elsewhere":
      return (
        <Page title={title}>
          <section className="notice" aria-label="Open in another tab">
            <p role="status">
              {run.tab.lock === "taken"
                ? "This mock continued in another tab. Everything up to then is saved; this tab no longer changes it."
                : "This mock is open in another tab or window. Only one tab works on a mock at a time, so no answer is ever overwritten."}
            </p>
            <button type="button" className="primary" onClick={run.tab.takeOver}>
              Continue here instead
            </button>
          </section>
        </Page>
      );
    case "running":
      return (
        <Page title={title} wide>
          <MockSession run={run} />
        </Page>
      );
    case "assess":
      return (
        <Page title={`${title}: assess your written answers`}>
          <MockAssessment run={run} />
        </Page>
      );
    case "grading":
    case "closing":
      return (
        <Page title={`${title}: grading`}>
          {Object.keys(run.gradeFailures).length > 0 ? (
            <GradeFailures run={run} />
          ) : run.closeError ? (
            <div role="alert">
              <p>{run.closeError}</p>
              <button type="button" className="primary" onClick={run.retryClose}>
                Try again
              </button>
            </div>
          ) : (
            <p role="status">
              {run.phase === "grading"
                ? `Grading ${run.pendingCount} answer${run.pendingCount === 1 ? "" : "s"}… Code answers run every hidden test now.`
                : "Writing your report…"}
            </p>
          )}
        </Page>
      );
    case "report":
      return (
        <Page title={`Report: ${title}`}>
          <MockReportView report={run.report!} retakeHref={retakeHref(run.state)} />
        </Page>
      );
  }
}
