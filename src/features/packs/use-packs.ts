import { useEffect } from "react";
import { useAppStore } from "../../store";

/** The pack catalog (loaded on first use) with the actions of the packs screen. */
export function usePacks() {
  const status = useAppStore((s) => s.catalogStatus);
  const entries = useAppStore((s) => s.packs);
  const disabled = useAppStore((s) => s.disabledPacks);
  const problems = useAppStore((s) => s.catalogProblems);
  const load = useAppStore((s) => s.loadCatalog);
  const savePack = useAppStore((s) => s.savePack);
  const removePack = useAppStore((s) => s.removePack);
  const setPackEnabled = useAppStore((s) => s.setPackEnabled);
  useEffect(() => {
    void load();
  }, [load]);
  return { status, entries, disabled, problems, savePack, removePack, setPackEnabled };
}
