/**
 * The built-in packs from questions/*.json, each loaded lazily as its own chunk (so the first
 * paint ships none of them) and validated with the same parser as any imported pack.
 */
const loaders = import.meta.glob<unknown>("../../questions/*.json", { import: "default" });

/**
 * The foundational packs, in the order a newcomer should meet them (the practice list's "Pack
 * order", the packs page and the drill's pack filter follow it). Every other built-in pack comes
 * after these, by file name, a sequel ("debugging-2") right after its first part.
 */
export const FIRST_PACKS = ["python-ml", "sql", "ml-fundamentals", "system-design", "debugging", "incidents"];

/** The order of built-in pack files (names like "sql.json"): see FIRST_PACKS. */
export function orderBuiltinFiles(files: string[]): string[] {
  const key = (file: string) => {
    const name = file.replace(/\.json$/, "");
    const first = FIRST_PACKS.indexOf(name);
    const m = /^(.*?)-(\d+)$/.exec(name);
    return { first: first < 0 ? FIRST_PACKS.length : first, base: m ? m[1]! : name, n: m ? Number(m[2]) : 1 };
  };
  return [...files].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka.first !== kb.first) return ka.first - kb.first;
    if (ka.base !== kb.base) return ka.base < kb.base ? -1 : 1;
    return ka.n - kb.n;
  });
}

/** Load every built-in pack's raw JSON, keyed by file name, in the order of orderBuiltinFiles. */
export async function loadBuiltinPackData(): Promise<{ file: string; data: unknown }[]> {
  const byFile = new Map(Object.entries(loaders).map(([path, load]) => [path.split("/").pop()!, load]));
  return Promise.all(
    orderBuiltinFiles([...byFile.keys()]).map(async (file) => ({ file, data: await byFile.get(file)!() })),
  );
}
