import { Suspense } from "react";
import { Page } from "../components/page/Page";
import { href, useHashLocation } from "../lib/router/hash-router";
import { ErrorBoundary } from "./ErrorBoundary";
import { Layout } from "./Layout";
import { resolveRoute } from "./routes";
import { useTheme } from "./use-theme";

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
export function App() {
  useTheme();
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
