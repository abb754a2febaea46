/**
 * Strict mode's lock on the rest of the app: while a strict mock runs, the main navigation leads
 * nowhere but back to it (no wandering to Practice to read a solution mid-mock) until it ends or
 * the candidate explicitly abandons it. The lock is persisted with the settings, so a reload or a
 * typed address does not lift it, and it heals itself when the mock it names is over or gone.
 * (Loaded when needed: the lock's state itself lives in mock-lock-state.ts, part of first paint.)
 */
import { finishEarly } from "../domain/mock/session";
import { useAppStore } from "./index";
import { getMock, saveMock } from "./mock-repo";
export { repairMockLock, type MockLock } from "./mock-lock-state";

/** The running mock page registers how to end its mock (through its own state), so an abandon
 * from the header applies to what is on screen, not to an older saved copy. */
let abandonHandler: { id: string; run: (now: number) => void } | null = null;

export function registerAbandonHandler(id: string, run: (now: number) => void): () => void {
  abandonHandler = { id, run };
  return () => {
    if (abandonHandler?.run === run) abandonHandler = null;
  };
}

/**
 * Abandon the locked mock at `now`: it ends as if finished early (answers written so far are
 * submitted as they stand; the rest count as unanswered), the lock is lifted, and the caller goes
 * to the mock for its assessment and report. Resolves to the mock's id, or an error message.
 */
export async function abandonLockedMock(
  now: number,
): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
  const lock = useAppStore.getState().mockLock;
  if (!lock) return { ok: false, message: "No strict mock is running." };
  if (abandonHandler?.id === lock.id) {
    abandonHandler.run(now);
  } else {
    const rec = await getMock(lock.id);
    if (rec && !rec.report && !rec.state.finishReason) {
      const step = finishEarly(rec.state, now);
      const saved = await saveMock(step.state);
      if (!saved.ok) return saved;
    }
  }
  useAppStore.getState().setMockLock(null);
  return { ok: true, id: lock.id };
}

/** Lift a lock whose mock is over, gone, or not strict (e.g. finished in another tab, or reset). */
export async function healMockLock(): Promise<void> {
  const lock = useAppStore.getState().mockLock;
  if (!lock) return;
  const rec = await getMock(lock.id);
  const running = rec && !rec.report && !rec.state.finishReason && rec.state.mode === "strict";
  if (!running && useAppStore.getState().mockLock?.id === lock.id) useAppStore.getState().setMockLock(null);
}
