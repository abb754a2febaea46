import type { PythonState } from "../../../store";

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
