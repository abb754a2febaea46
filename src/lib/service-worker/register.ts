/**
 * Registers the app's service worker (sw.js, generated at build time by vite-plugin-pwa, see
 * scripts/pwa.ts) through workbox-window, and turns its life cycle into three callbacks.
 *
 * - `onOfflineReady`: the first install finished; the app now works offline.
 * - `onUpdateReady(apply)`: a new version is installed and waiting. Nothing changes until `apply`
 *   is called (the user accepted the update): it activates the new worker, then reloads the page.
 * - `onUpdatedElsewhere`: another tab applied an update; this page still runs the old code.
 *
 * The worker file sits beside index.html, so its scope is the app's own folder under any sub-path.
 */
import { Workbox } from "workbox-window";

export interface UpdateHandlers {
  onOfflineReady(): void;
  onUpdateReady(apply: () => void): void;
  onUpdatedElsewhere(): void;
}

/** How often an open app asks the host whether a new version was deployed. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Same-origin files under `assets/` this page loaded so far (e.g. the editor, before the worker
 * controlled the page). */
export function loadedAssetUrls(entries: readonly { name: string }[], baseURI: string): string[] {
  const prefix = new URL("assets/", baseURI).href;
  return [...new Set(entries.map((e) => e.name.split("#")[0]!).filter((u) => u.startsWith(prefix)))];
}

/**
 * Ask the `waiting` worker to take over, then `reload` once it does, so the page and its worker
 * match. Either sign will do (the page's controller changed, or the worker finished activating):
 * whichever comes first reloads, and only once.
 */
export function activateThenReload(
  waiting: Pick<ServiceWorker, "state" | "postMessage" | "addEventListener">,
  container: Pick<ServiceWorkerContainer, "addEventListener">,
  reload: () => void,
): void {
  let reloading = false;
  const once = () => {
    if (reloading) return;
    reloading = true;
    reload();
  };
  container.addEventListener("controllerchange", once);
  waiting.addEventListener("statechange", () => {
    if (waiting.state === "activated") once();
  });
  // The message Workbox's generated worker answers with skipWaiting() (registerType "prompt").
  waiting.postMessage({ type: "SKIP_WAITING" });
}

/** Register sw.js; resolves once registration was attempted (a failure is logged, not thrown). */
export async function registerServiceWorker(handlers: UpdateHandlers): Promise<void> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  const container = navigator.serviceWorker;
  const wb = new Workbox(new URL("sw.js", document.baseURI).href);
  // Whether this page saw the app's first install (no worker was active before it registered),
  // and which worker controlled it last: a page opened before the first install has none at
  // first, yet runs old code once another tab switches versions all the same.
  const firstInstall = !(await container.getRegistration().catch(() => undefined))?.active;
  let controller = container.controller;
  let registration: ServiceWorkerRegistration | undefined;
  let applying = false;
  let offlineReadyTold = false;

  const apply = () => {
    if (applying) return;
    applying = true;
    const waiting = registration?.waiting;
    // Already active (another tab applied it): this page only needs to load the new files.
    if (!waiting) window.location.reload();
    else activateThenReload(waiting, container, () => window.location.reload());
  };

  // Also fired for a version found by a later check, and for one already waiting at page load.
  wb.addEventListener("waiting", () => handlers.onUpdateReady(apply));

  container.addEventListener("controllerchange", () => {
    const before = controller;
    controller = container.controller;
    // The first install taking over this page is not an update; any later switch this page did
    // not ask for is one made elsewhere, and this page still runs the old code.
    if (!applying && (before !== null || !firstInstall)) handlers.onUpdatedElsewhere();
  });

  wb.addEventListener("activated", (event) => {
    // Only the first install makes the app newly ready offline (said once, not again for an update).
    if (!firstInstall || offlineReadyTold || event.isExternal) return;
    offlineReadyTold = true;
    handlers.onOfflineReady();
    // Files fetched before the worker took over the page were not cached by it: hand it their
    // addresses (Workbox's router caches each through its matching route).
    const urls = loadedAssetUrls(performance.getEntriesByType("resource"), document.baseURI);
    if (urls.length)
      void wb.messageSW({ type: "CACHE_URLS", payload: { urlsToCache: urls } }).catch(() => {});
  });

  try {
    registration = await wb.register();
    if (registration) {
      const reg = registration;
      window.setInterval(() => void reg.update().catch(() => {}), UPDATE_CHECK_MS);
    }
  } catch (e) {
    console.warn("Offline support is unavailable: the service worker did not register.", e);
  }
}
