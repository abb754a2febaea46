import { lazy, type ComponentType } from "react";
import { matchPath } from "../lib/router/hash-router";
import { HomePage } from "../features/home/HomePage";

const PracticePage = lazy(() =>
  import("../features/practice/PracticePage").then((m) => ({ default: m.PracticePage })),
);
const QuestionPage = lazy(() =>
  import("../features/practice/QuestionPage").then((m) => ({ default: m.QuestionPage })),
);
const MockPage = lazy(() => import("../features/mock/MockPage").then((m) => ({ default: m.MockPage })));
const MockRunPage = lazy(() =>
  import("../features/mock/MockRunPage").then((m) => ({ default: m.MockRunPage })),
);
const DrillPage = lazy(() => import("../features/drill/DrillPage").then((m) => ({ default: m.DrillPage })));
const PacksPage = lazy(() => import("../features/packs/PacksPage").then((m) => ({ default: m.PacksPage })));
const ImportPage = lazy(() =>
  import("../features/packs/ImportPage").then((m) => ({ default: m.ImportPage })),
);
const StatsPage = lazy(() => import("../features/stats/StatsPage").then((m) => ({ default: m.StatsPage })));
const SettingsPage = lazy(() =>
  import("../features/settings/SettingsPage").then((m) => ({ default: m.SettingsPage })),
);

/** Route components receive the pattern's params as props. */
type AnyPage = ComponentType<Record<string, string>>;

export interface RouteDef {
  pattern: string;
  component: AnyPage;
  /** The top-level nav entry this route belongs to. */
  nav?: string;
}

export const ROUTES: RouteDef[] = [
  { pattern: "/", component: HomePage },
  { pattern: "/practice", component: PracticePage, nav: "/practice" },
  { pattern: "/practice/:packId/:questionId", component: QuestionPage, nav: "/practice" },
  { pattern: "/mock", component: MockPage, nav: "/mock" },
  { pattern: "/mock/:id", component: MockRunPage, nav: "/mock" },
  { pattern: "/drill", component: DrillPage, nav: "/drill" },
  { pattern: "/packs", component: PacksPage, nav: "/packs" },
  { pattern: "/import", component: ImportPage, nav: "/packs" },
  { pattern: "/stats", component: StatsPage, nav: "/stats" },
  { pattern: "/settings", component: SettingsPage, nav: "/settings" },
];

export const NAV_ITEMS = [
  { path: "/practice", label: "Practice" },
  { path: "/mock", label: "Mock" },
  { path: "/drill", label: "Drill" },
  { path: "/packs", label: "Packs" },
  { path: "/stats", label: "Progress" },
  { path: "/settings", label: "Settings" },
];

/** The nav entry to highlight: a question opened from the daily drill (`?drill=1`) belongs to Drill. */
export function activeNavFor(match: { route: RouteDef } | null, query: URLSearchParams): string | undefined {
  if (match?.route.pattern === "/practice/:packId/:questionId" && query.get("drill") === "1") return "/drill";
  return match?.route.nav;
}

/** Find the route for a path, with its params. */
export function resolveRoute(path: string): { route: RouteDef; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}
