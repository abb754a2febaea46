import { useEffect } from "react";
import type { MockRun } from "./use-mock-run";

const SHOW_MS = 20_000;

/** Calm notices (time warnings, time-outs, refusals), announced politely and dismissable. */
export function MockNotices({ run }: { run: MockRun }) {
  const { notices, dismiss } = run;
  useEffect(() => {
    const timers = notices.map((n) => setTimeout(() => dismiss(n.id), SHOW_MS));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);
  return (
    <div className="mock-notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className={`mock-notice notice-${n.tone}`}>
          <span>{n.text}</span>
          <button type="button" className="link-button" onClick={() => dismiss(n.id)} aria-label="Dismiss">
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
