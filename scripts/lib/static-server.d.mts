export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}
export function serveStatic(
  dir: string,
  opts?: { basePath?: string; isolated?: boolean },
): Promise<StaticServer>;
