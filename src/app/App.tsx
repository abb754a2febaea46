import { Suspense, useEffect } from "react";
import { Page } from "../components/page/Page";
import { href, useHashLocation } from "../lib/router/hash-router";
import { ErrorBoundary } from "./ErrorBoundary";
import { Layout } from "./Layout";
import { activeNavFor, resolveRoute } from "./routes";
import { useTheme } from "./use-theme";
import { OfflineReadyNote, UpdateNotice } from "./UpdateNotice";
import { useAppUpdates } from "../lib/service-worker/use-app-updates";
import { preloadPython, useAppStore } from "../store";
import { LockedPage } from "./MockLockBar";

function NotFound({ path }: { path: string }) {
  return (
    <Page title="Page not found" lead={`There is no page at “${path}”.`}>
      <p>
        <a href={href("/")}>Go to the home page</a>
      </p>
    </Page>
  );
}

/** Composition root: theme, layout, and the route table. */
/** Boot Python once the browser is idle after first paint, unless the user turned it off. */
function usePythonPreload() {
  const enabled = useAppStore((s) => s.preloadPython);
  useEffect(() => {
    if (!enabled) return;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => preloadPython(), { timeout: 5000 });
    return () => cancel(handle);
  }, [enabled]);
}

/** Lift a strict-mock lock whose mock is over or gone (finished in another tab, data reset…). */
function useHealMockLock() {
  const lockId = useAppStore((s) => s.mockLock?.id);
  useEffect(() => {
    if (lockId) void import("../store/mock-lock").then((m) => m.healMockLock());
  }, [lockId]);
}

/** A new screen starts at its top (hash routes keep the old scroll position otherwise). */
function useScrollToTopOnNavigate(path: string) {
  useEffect(() => {
    window.scrollTo?.(0, 0);
  }, [path]);
}

export function App() {
  useTheme();
  usePythonPreload();
  const updates = useAppUpdates();
  useHealMockLock();
  const { path, query } = useHashLocation();
  useScrollToTopOnNavigate(path);
  const lock = useAppStore((s) => s.mockLock);
  const match = resolveRoute(path);
  const Component = match?.route.component;
  const locked = !!lock && path !== `/mock/${lock.id}`;
  return (
    <Layout activeNav={locked ? undefined : activeNavFor(match, query)} path={path}>
      {/* A mock page (running, assessing or its report) defers the update notice. */}
      <UpdateNotice updates={updates} deferred={path.startsWith("/mock/")} />
      <OfflineReadyNote updates={updates} />
      <ErrorBoundary key={path}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading…
            </p>
          }
        >
          {locked ? (
            <LockedPage lock={lock} />
          ) : Component ? (
            <Component {...match!.params} />
          ) : (
            <NotFound path={path} />
          )}
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
