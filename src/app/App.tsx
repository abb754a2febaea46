import { Suspense, useEffect } from "react";
import { Page } from "../components/page/Page";
import { href, useHashLocation } from "../lib/router/hash-router";
import { ErrorBoundary } from "./ErrorBoundary";
import { Layout } from "./Layout";
import { resolveRoute } from "./routes";
import { useTheme } from "./use-theme";
import { preloadPython, useAppStore } from "../store";

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

export function App() {
  useTheme();
  usePythonPreload();
  const { path } = useHashLocation();
  const match = resolveRoute(path);
  const Component = match?.route.component;
  return (
    <Layout activeNav={match?.route.nav} path={path}>
      <ErrorBoundary key={path}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading…
            </p>
          }
        >
          {Component ? <Component {...match!.params} /> : <NotFound path={path} />}
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
