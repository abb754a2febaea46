export function parsePrecacheManifest(swSource: string): { url: string; revision: string | null }[];
export function precacheSummary(outDir: string): { urls: string[]; count: number; bytes: number };
