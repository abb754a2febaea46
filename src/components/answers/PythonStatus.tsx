/** The Python engine's states (the same union as the runner's `PythonState`). */
export type PythonState = "idle" | "starting" | "ready" | "running" | "failed";

const TEXT: Record<PythonState, string> = {
  idle: "Python: not started",
  starting: "Python: starting…",
  ready: "Python: ready",
  running: "Python: running…",
  failed: "Python: failed to start",
};

/** The Python engine's state, announced politely to screen readers. */
export function PythonStatus({ state }: { state: PythonState }) {
  return (
    <span className={`engine-status engine-${state}`} role="status" aria-live="polite">
      {TEXT[state]}
    </span>
  );
}
