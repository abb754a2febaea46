import { Page } from "../../components/page/Page";
import { useState } from "react";
import { DEFAULT_PACKAGE_BASE_URL } from "../../runners/python/package-source";
import { useAppStore, type ThemePreference } from "../../store";
import { DataSection } from "./DataSection";

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
  const packageBaseUrl = useAppStore((s) => s.packageBaseUrl);
  const setPackageBaseUrl = useAppStore((s) => s.setPackageBaseUrl);
  const pythonState = useAppStore((s) => s.pythonState);
  const [urlDraft, setUrlDraft] = useState(packageBaseUrl);
  const urlValid = /^https?:\/\/\S+$/.test(urlDraft.trim());

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
          <p className="muted">Status: {pythonState === "idle" ? "not started" : pythonState}</p>
          <label className="field">
            <span>Source of optional packages (numpy, pandas…) for the few questions that need them</span>
            <input
              type="url"
              value={urlDraft}
              aria-invalid={!urlValid}
              onChange={(e) => {
                setUrlDraft(e.target.value);
                if (/^https?:\/\/\S+$/.test(e.target.value.trim())) setPackageBaseUrl(e.target.value.trim());
              }}
            />
          </label>
          {!urlValid ? (
            <p className="inline-error" role="alert">
              Enter an http:// or https:// address.
            </p>
          ) : null}
          <p className="muted">
            Default: Pyodide&apos;s CDN for the pinned version. Everything else runs offline; these packages
            need the network or a self-hosted copy.{" "}
            {packageBaseUrl !== DEFAULT_PACKAGE_BASE_URL ? (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  setUrlDraft(DEFAULT_PACKAGE_BASE_URL);
                  setPackageBaseUrl(DEFAULT_PACKAGE_BASE_URL);
                }}
              >
                Use the default
              </button>
            ) : null}
          </p>
        </fieldset>
        <DataSection />
      </form>
    </Page>
  );
}
