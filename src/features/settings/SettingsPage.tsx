import { Page } from "../../components/page/Page";
import { useAppStore, type ThemePreference } from "../../store";

const THEME_OPTIONS: { value: ThemePreference; label: string; hint: string }[] = [
  { value: "system", label: "System", hint: "follow your device's light or dark setting" },
  { value: "light", label: "Light", hint: "" },
  { value: "dark", label: "Dark", hint: "" },
];

export function SettingsPage() {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const preloadPython = useAppStore((s) => s.preloadPython);
  const setPreloadPython = useAppStore((s) => s.setPreloadPython);

  return (
    <Page title="Settings" lead="Saved in this browser only.">
      <form className="settings" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Theme</legend>
          {THEME_OPTIONS.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="radio"
                name="theme"
                value={o.value}
                checked={theme === o.value}
                onChange={() => setTheme(o.value)}
              />
              <span>
                {o.label}
                {o.hint ? <span className="muted"> — {o.hint}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Python engine</legend>
          <label className="choice">
            <input
              type="checkbox"
              checked={preloadPython}
              onChange={(e) => setPreloadPython(e.target.checked)}
            />
            <span>
              Start the Python engine in the background after the app loads
              <span className="muted">
                {" "}
                — the first Run is instant; turn off to save about 15 MB of download on a slow connection
              </span>
            </span>
          </label>
        </fieldset>
      </form>
    </Page>
  );
}
