export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Serve another folder from now on (a new deployment), or `null` to take the host down. */
  setRoot: (dir: string | null) => void;
  /** Every path requested so far, in order. */
  requests: string[];
}
export function serveStatic(
  dir: string,
  opts?: { basePath?: string; isolated?: boolean },
): Promise<StaticServer>;
