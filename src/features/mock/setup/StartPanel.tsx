import { useEffect, useRef, useState } from "react";
import { getTemplate, loopMinutes, type LoopTemplate, type MockMode } from "../../../domain/mock";
import type { Pack } from "../../../domain/packs";
import { navigate } from "../../../lib/router/hash-router";
import { useAppStore } from "../../../store";
import { startMock } from "../../../store/mock-flow";

type Outcome = ({ kind: "shortfalls"; messages: string[] } | { kind: "message"; message: string }) & {
  /** What it was computed for: shown only while the choice is unchanged. */
  inputs: readonly unknown[];
};

export interface StartPanelProps {
  template: LoopTemplate | undefined;
  mode: MockMode;
  seed: number | undefined;
  /** The enabled packs, or undefined while the catalog loads. */
  packs: readonly Pack[] | undefined;
  /** True when a mock is in progress (starting another asks first); undefined while unknown. */
  inProgress: boolean | undefined;
}

/**
 * The Start button. Starting picks the questions (`startMock`) and opens the new mock; when the
 * packs cannot fill a section every shortfall is listed instead. With a mock in progress it
 * first asks, since the unfinished one is left behind (kept, never deleted).
 */
export function StartPanel({ template, mode, seed, packs, inProgress }: StartPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setOutcome] = useState<Outcome | null>(null);
  const inputs = [template, mode, seed, packs] as const;
  const outcome = result && result.inputs.every((v, i) => v === inputs[i]) ? result : null;
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const blocker = !template
    ? "Fix the custom loop's issues first."
    : seed === undefined
      ? "Enter a valid seed first."
      : !packs || inProgress === undefined
        ? "Loading your packs and mocks…"
        : null;

  const start = async () => {
    if (!template || seed === undefined || !packs) return;
    setConfirming(false);
    setBusy(true);
    setOutcome(null);
    const r = await startMock(template, mode, seed, packs, Date.now());
    setBusy(false);
    if (r.ok) {
      // The Mock page preselects this loop next time (built-in loops only: a custom draft is not kept).
      if (getTemplate(template.id)) useAppStore.getState().setLastMockLoop(template.id);
      navigate(`/mock/${encodeURIComponent(r.state.id)}`);
    } else if ("shortfalls" in r)
      setOutcome({ kind: "shortfalls", messages: r.shortfalls.map((s) => s.message), inputs });
    else setOutcome({ kind: "message", message: r.message, inputs });
  };

  return (
    <section className="mock-start" aria-label="Start">
      {template ? (
        <p>
          <strong>{template.title}</strong>, {mode}, {loopMinutes(template)} minutes.
        </p>
      ) : null}
      {confirming ? (
        <div className="mock-confirm" role="group" aria-labelledby="mock-confirm-text">
          <p id="mock-confirm-text">
            A mock is already in progress. Start a new one anyway? The unfinished mock stays in your history;
            its answers are kept.
          </p>
          <button type="button" className="primary" ref={confirmRef} onClick={() => void start()}>
            Start anyway
          </button>{" "}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="primary mock-start-button"
          disabled={busy || blocker !== null}
          onClick={() => (inProgress ? setConfirming(true) : void start())}
        >
          {busy ? "Choosing questions…" : "Start mock"}
        </button>
      )}
      {blocker ? <p className="muted">{blocker}</p> : null}
      {outcome?.kind === "shortfalls" ? (
        <div role="alert" className="mock-alert">
          <p>The enabled packs cannot fill this loop:</p>
          <ul>
            {outcome.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {outcome?.kind === "message" ? (
        <p role="alert" className="mock-alert">
          {outcome.message}
        </p>
      ) : null}
    </section>
  );
}
