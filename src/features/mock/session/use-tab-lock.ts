import { useCallback, useEffect, useState } from "react";

/**
 * Who may work on a mock: `mine` (this tab holds the lock), `elsewhere` (another tab of this
 * browser holds it), `taken` (another tab took it over from this one), or `checking`.
 */
export type TabLock = "checking" | "mine" | "elsewhere" | "taken";

/**
 * One tab at a time works on a mock, so two tabs can never overwrite each other's answers. Uses
 * the Web Locks API (held until the tab closes or navigates away); where the browser lacks it the
 * tab simply proceeds. `takeOver` steals the lock for this tab and reloads it with the latest
 * saved state; the other tab is told it was taken over and stops saving.
 */
export function useTabLock(name: string, enabled: boolean): { lock: TabLock; takeOver: () => void } {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  const [lock, setLock] = useState<TabLock>(() => (locks ? "checking" : "mine"));
  useEffect(() => {
    if (!enabled || !locks) return;
    let release: (() => void) | undefined;
    let live = true;
    locks
      .request(name, { ifAvailable: true }, (held) => {
        if (!live) return undefined;
        if (!held) {
          setLock("elsewhere");
          return undefined;
        }
        setLock("mine");
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch((e: unknown) => {
        if (!live) return;
        // Taken over by another tab; any other failure of the lock must not block the mock.
        setLock((e as { name?: string })?.name === "AbortError" ? "taken" : "mine");
      });
    return () => {
      live = false;
      release?.();
    };
  }, [name, enabled, locks]);
  const takeOver = useCallback(() => {
    if (!locks) return;
    void locks.request(name, { steal: true }, async () => undefined).then(() => window.location.reload());
  }, [locks, name]);
  return { lock: enabled ? lock : "mine", takeOver };
}
