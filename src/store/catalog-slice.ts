/**
 * The pack catalog: built-in packs plus the ones the user imported (kept in IndexedDB), with an
 * enabled flag per pack. Every pack is validated on load; an unreadable stored pack is skipped and
 * reported, never deleted.
 */
import type { StateCreator } from "zustand";
import type { Pack } from "../domain/packs";
import { describeStorageError } from "../lib/storage/db";
import { loadBuiltinPackData } from "./builtin-packs";
import { getDb, reportDbProblem } from "./db-handle";

export interface PackEntry {
  pack: Pack;
  builtIn: boolean;
  importedAt?: number;
  /** Where an imported pack came from, e.g. "file: my-pack.json". */
  origin?: string;
}

export interface CatalogSlice {
  catalogStatus: "idle" | "loading" | "ready";
  packs: PackEntry[];
  /** Problems met while loading packs (a built-in or stored pack that failed validation). */
  catalogProblems: string[];
  /** Pack ids the user switched off (persisted with the settings). */
  disabledPacks: string[];
  loadCatalog: () => Promise<void>;
  /** Save an already validated pack (replacing one with the same id). */
  savePack: (pack: Pack, origin: string) => Promise<{ ok: true } | { ok: false; message: string }>;
  /** Remove an imported pack. Progress keyed by its questions is kept. */
  removePack: (id: string) => Promise<void>;
  setPackEnabled: (id: string, enabled: boolean) => void;
}

let loading: Promise<void> | undefined;

export const createCatalogSlice: StateCreator<CatalogSlice, [], [], CatalogSlice> = (set, get) => ({
  catalogStatus: "idle",
  packs: [],
  catalogProblems: [],
  disabledPacks: [],

  loadCatalog() {
    if (get().catalogStatus === "ready") return Promise.resolve();
    loading ??= (async () => {
      set({ catalogStatus: "loading" });
      // The validator (zod) loads with the catalog, not with the first paint.
      const { parsePack, formatPackError } = await import("../domain/packs");
      const problems: string[] = [];
      const packs: PackEntry[] = [];
      for (const { file, data } of await loadBuiltinPackData()) {
        const r = parsePack(data);
        if (r.ok) packs.push({ pack: r.pack, builtIn: true });
        else
          problems.push(
            `Built-in pack ${file} is invalid: ${r.errors.slice(0, 3).map(formatPackError).join("; ")}`,
          );
      }
      const db = await getDb();
      if (db) {
        try {
          for (const stored of await db.getAll("packs")) {
            const r = parsePack(stored.pack);
            if (!r.ok) {
              problems.push(
                `Your imported pack “${stored.id}” could not be read and was skipped (it is still stored): ${formatPackError(r.errors[0]!)}`,
              );
              continue;
            }
            if (packs.some((p) => p.builtIn && p.pack.id === r.pack.id)) {
              problems.push(
                `Your imported pack “${stored.id}” has the same id as a built-in pack and was skipped.`,
              );
              continue;
            }
            packs.push({
              pack: r.pack,
              builtIn: false,
              importedAt: stored.importedAt,
              origin: stored.source,
            });
          }
        } catch (e) {
          reportDbProblem(describeStorageError(e));
        }
      }
      set({ packs, catalogProblems: problems, catalogStatus: "ready" });
    })().finally(() => {
      loading = undefined;
    });
    return loading;
  },

  async savePack(pack, origin) {
    const existing = get().packs.find((p) => p.pack.id === pack.id);
    if (existing?.builtIn)
      return { ok: false, message: `“${pack.id}” is the id of a built-in pack. Give your pack another id.` };
    const entry: PackEntry = { pack, builtIn: false, importedAt: Date.now(), origin };
    const db = await getDb();
    if (db) {
      try {
        await db.put("packs", { id: pack.id, pack, importedAt: entry.importedAt!, source: origin });
      } catch (e) {
        return { ok: false, message: describeStorageError(e).message };
      }
    }
    set({ packs: [...get().packs.filter((p) => p.pack.id !== pack.id), entry] });
    return { ok: true };
  },

  async removePack(id) {
    const db = await getDb();
    if (db) {
      try {
        await db.delete("packs", id);
      } catch (e) {
        reportDbProblem(describeStorageError(e));
        return;
      }
    }
    set({ packs: get().packs.filter((p) => p.builtIn || p.pack.id !== id) });
  },

  setPackEnabled(id, enabled) {
    const rest = get().disabledPacks.filter((d) => d !== id);
    set({ disabledPacks: enabled ? rest : [...rest, id] });
  },
});
