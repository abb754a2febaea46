import { useEffect, useRef } from "react";
import type { AppUpdates } from "../lib/service-worker/use-app-updates";

/** How long the "ready offline" note stays up. */
export const OFFLINE_NOTE_MS = 8000;

/**
 * Tells the user that a new version is ready. Never shown while `deferred` (a mock interview is
 * open): reloading must not interrupt it, so the notice waits until the user leaves the mock.
 * Reloading never touches saved progress (IndexedDB) or settings (localStorage).
 */
export function UpdateNotice({ updates, deferred }: { updates: AppUpdates; deferred: boolean }) {
  if (deferred || !(updates.updateReady || updates.updatedElsewhere)) return null;
  return (
    <div role="status" aria-label="Update available" className="banner update-banner">
      <p>
        <strong>Update available — reload</strong> to use the new version of MLE Dojo. Your progress and
        settings are kept.
      </p>
      <div className="toolbar">
        <button type="button" className="primary" onClick={updates.applyUpdate}>
          Reload
        </button>
        <button type="button" onClick={updates.dismissUpdate}>
          Later
        </button>
      </div>
    </div>
  );
}

/**
 * A short note, once, when the first install finished: the app now works without a network. It
 * floats over the page's corner (where results may be), so it goes after a while or as soon as
 * the user clicks or types anywhere else.
 */
export function OfflineReadyNote({ updates }: { updates: AppUpdates }) {
  const { offlineReady, dismissOfflineReady } = updates;
  const note = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!offlineReady) return;
    const t = window.setTimeout(dismissOfflineReady, OFFLINE_NOTE_MS);
    const elsewhere = (e: Event) => {
      if (!(e.target instanceof Node && note.current?.contains(e.target))) dismissOfflineReady();
    };
    document.addEventListener("pointerdown", elsewhere, true);
    document.addEventListener("keydown", elsewhere, true);
    return () => {
      window.clearTimeout(t);
      document.removeEventListener("pointerdown", elsewhere, true);
      document.removeEventListener("keydown", elsewhere, true);
    };
  }, [offlineReady, dismissOfflineReady]);
  if (!offlineReady) return null;
  return (
    <div role="status" aria-label="Ready offline" className="toast" ref={note}>
      <p>Ready to work offline: MLE Dojo now opens and runs Python and SQL without a network.</p>
      <button type="button" onClick={dismissOfflineReady} aria-label="Close">
        ×
      </button>
    </div>
  );
}
