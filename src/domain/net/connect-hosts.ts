/**
 * The sites the app may read from besides its own origin: where people share packs (GitHub raw
 * files, gists, jsDelivr) and Pyodide's package mirror. The Content-Security-Policy's `connect-src`
 * is built from this list (scripts/csp.ts), so a pack's code cannot send data anywhere else; the
 * UI checks an address against it first, to say why another site cannot be used instead of
 * failing on a blocked request.
 */
export const CONNECT_HOSTS = [
  "https://raw.githubusercontent.com",
  "https://gist.githubusercontent.com",
  "https://cdn.jsdelivr.net",
] as const;

/** The hosts of CONNECT_HOSTS for a sentence: "a, b and c". */
export function connectHostsText(): string {
  const names = CONNECT_HOSTS.map((h) => new URL(h).host);
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Whether the page may fetch `url`: the app's own origin (`appOrigin`) or one of CONNECT_HOSTS. */
export function canConnect(url: URL, appOrigin: string): boolean {
  return url.origin === appOrigin || (CONNECT_HOSTS as readonly string[]).includes(url.origin);
}
