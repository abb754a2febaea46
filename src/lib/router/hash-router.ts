/**
 * A minimal hash router. Routes live after `#` (e.g. `#/practice/core/two-sum?difficulty=easy`), so
 * any static host serves deep links without rewrites, and the query part of the hash carries view
 * state (filters) that can be shared as a link.
 */
import { useMemo, useSyncExternalStore } from "react";

export interface HashLocation {
  /** Path part, always starting with `/`, without a trailing slash (except the root). */
  path: string;
  /** Query part of the hash. */
  query: URLSearchParams;
}

/** Split a hash such as `#/a/b?x=1` into its path and query. */
export function parseHash(hash: string): HashLocation {
  const raw = hash.replace(/^#/, "");
  const q = raw.indexOf("?");
  let path = q === -1 ? raw : raw.slice(0, q);
  const search = q === -1 ? "" : raw.slice(q + 1);
  if (!path.startsWith("/")) path = `/${path}`;
  if (path.length > 1 && path.endsWith("/")) path = path.slice(0, -1);
  return { path, query: new URLSearchParams(search) };
}

/**
 * Match `path` against a pattern with `:name` segments. Returns decoded params, or null.
 * Example: matchPath("/practice/:packId/:questionId", "/practice/core/q1").
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split("/").filter(Boolean);
  const s = path.split("/").filter(Boolean);
  if (p.length !== s.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const seg = p[i]!;
    const val = s[i]!;
    if (seg.startsWith(":")) {
      try {
        params[seg.slice(1)] = decodeURIComponent(val);
      } catch {
        return null;
      }
    } else if (seg !== val) return null;
  }
  return params;
}

/** Build an href for a route path (and optional query) that works from any base URL. */
export function href(path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== "") params.set(k, v);
  const qs = params.toString();
  return `#${path}${qs ? `?${qs}` : ""}`;
}

/** Go to a route. `replace` swaps the current history entry instead of adding one. */
export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const target = to.startsWith("#") ? to : `#${to}`;
  if (opts.replace) {
    history.replaceState(history.state, "", target);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    window.location.hash = target;
  }
}

function subscribe(cb: () => void): () => void {
  window.addEventListener("hashchange", cb);
  return () => window.removeEventListener("hashchange", cb);
}

const getHash = () => window.location.hash;

/** The current hash location; re-renders on navigation. */
export function useHashLocation(): HashLocation {
  const hash = useSyncExternalStore(subscribe, getHash, () => "");
  return useMemo(() => parseHash(hash), [hash]);
}
