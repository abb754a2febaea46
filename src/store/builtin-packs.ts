/**
 * The built-in packs from questions/*.json, each loaded lazily as its own chunk (so the first
 * paint ships none of them) and validated with the same parser as any imported pack.
 */
const loaders = import.meta.glob<unknown>("../../questions/*.json", { import: "default" });

/** Load every built-in pack's raw JSON, keyed by file name. */
export async function loadBuiltinPackData(): Promise<{ file: string; data: unknown }[]> {
  return Promise.all(
    Object.entries(loaders).map(async ([path, load]) => ({
      file: path.split("/").pop()!,
      data: await load(),
    })),
  );
}
