import { useCallback, useEffect, useRef, useState } from "react";
import type { UpdateHandlers } from "./register";

export interface AppUpdates {
  /** The first install finished: the app now works offline (shown once, until dismissed). */
  offlineReady: boolean;
  /** A new version is installed and waits for the user. */
  updateReady: boolean;
  /** Another tab switched to a new version; this one should reload when convenient. */
  updatedElsewhere: boolean;
  /** Activate the waiting version and reload (or just reload after an update elsewhere). */
  applyUpdate(): void;
  /** Hide the update notice until the next page load. */
  dismissUpdate(): void;
  /** Hide the offline-ready note. */
  dismissOfflineReady(): void;
}

type Register = (handlers: UpdateHandlers) => Promise<void>;

const defaultRegister: Register = (handlers) =>
  import("./register").then((m) => m.registerServiceWorker(handlers));

/**
 * Registers the service worker once the page is idle after first paint (builds only: the dev server
 * and unit tests have none, see scripts/pwa.ts), and exposes its state to the UI.
 */
export function useAppUpdates(
  register: Register | null = import.meta.env.SERVICE_WORKER ? defaultRegister : null,
): AppUpdates {
  const [offlineReady, setOfflineReady] = useState(false);
  const [updateReady, setUpdateReady] = useState(false);
  const [updatedElsewhere, setUpdatedElsewhere] = useState(false);
  const apply = useRef<() => void>(() => window.location.reload());

  useEffect(() => {
    if (!register) return;
    let live = true;
    const start = () => {
      void register({
        onOfflineReady: () => live && setOfflineReady(true),
        onUpdateReady: (applyUpdate) => {
          if (!live) return;
          apply.current = applyUpdate;
          setUpdateReady(true);
        },
        onUpdatedElsewhere: () => live && setUpdatedElsewhere(true),
      });
    };
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1000));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(start, { timeout: 4000 });
    return () => {
      live = false;
      cancel(handle);
    };
  }, [register]);

  const applyUpdate = useCallback(() => apply.current(), []);
  const dismissUpdate = useCallback(() => {
    setUpdateReady(false);
    setUpdatedElsewhere(false);
  }, []);
  const dismissOfflineReady = useCallback(() => setOfflineReady(false), []);
  return { offlineReady, updateReady, updatedElsewhere, applyUpdate, dismissUpdate, dismissOfflineReady };
}
