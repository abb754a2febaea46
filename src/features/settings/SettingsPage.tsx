import { Page } from "../../components/page/Page";
import { useState } from "react";
import {
  DEFAULT_PACKAGE_BASE_URL,
  isPackageSource,
  PYODIDE_VERSION,
} from "../../runners/python/package-source";
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
  const urlValid = isPackageSource(urlDraft.trim());

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
                if (isPackageSource(e.target.value.trim())) setPackageBaseUrl(e.target.value.trim());
              }}
            />
          </label>
          {!urlValid ? (
            <p className="inline-error" role="alert">
              Enter an http:// or https:// address, or leave it empty.
            </p>
          ) : null}
          <p className="muted">
            Empty (the default): this app&apos;s own <code>pyodide/</code> folder, so nothing is fetched from
            elsewhere. Or give the address of the package files of Pyodide {PYODIDE_VERSION}, such as
            Pyodide&apos;s official mirror (see the README); those downloads need the network. Everything else
            runs offline.{" "}
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
