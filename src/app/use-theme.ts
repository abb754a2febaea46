import { useEffect, useSyncExternalStore } from "react";
import { useAppStore } from "../store";

const QUERY = "(prefers-color-scheme: dark)";

function subscribe(cb: () => void) {
  const mq = window.matchMedia?.(QUERY);
  mq?.addEventListener("change", cb);
  return () => mq?.removeEventListener("change", cb);
}
const systemPrefersDark = () => window.matchMedia?.(QUERY).matches ?? false;

/** Apply the chosen theme to <html>, following the system when the choice is "system". */
export function useTheme(): "light" | "dark" {
  const pref = useAppStore((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  const resolved = pref === "system" ? (systemDark ? "dark" : "light") : pref;
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = resolved;
    root.style.colorScheme = resolved;
  }, [resolved]);
  return resolved;
}
