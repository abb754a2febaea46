import { useEffect, useMemo } from "react";
import type { Pack } from "../domain/packs";
import { useAppStore } from "./index";

/** The catalog (loaded on first use) and the enabled packs. */
export function useCatalog() {
  const status = useAppStore((s) => s.catalogStatus);
  const entries = useAppStore((s) => s.packs);
  const disabled = useAppStore((s) => s.disabledPacks);
  const problems = useAppStore((s) => s.catalogProblems);
  const load = useAppStore((s) => s.loadCatalog);
  useEffect(() => {
    void load();
  }, [load]);
  const enabled = useMemo<Pack[]>(
    () => entries.filter((e) => !disabled.includes(e.pack.id)).map((e) => e.pack),
    [entries, disabled],
  );
  return { status, entries, enabled, problems };
}
