import { Page } from "../../components/page/Page";
import { useState } from "react";
import {
  DEFAULT_PACKAGE_BASE_URL,
  packageSourceProblem,
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
  const preTick = useAppStore((s) => s.preTickSuggestions);
  const setPreTick = useAppStore((s) => s.setPreTickSuggestions);
  const [urlDraft, setUrlDraft] = useState(packageBaseUrl);
  const urlProblem = packageSourceProblem(urlDraft.trim(), window.location.origin);
  const urlValid = urlProblem === undefined;

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
          <legend>Self-assessment of written and design answers</legend>
          <label className="choice">
            <input type="checkbox" checked={preTick} onChange={(e) => setPreTick(e.target.checked)} />
            <span>
              Pre-tick suggested items
              <span className="muted">
                {" "}
                — rubric items whose key phrases appear in your answer start ticked. Off by default: a
                pre-ticked box is easy to confirm without thinking, so you tick each item yourself.
              </span>
            </span>
          </label>
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
                const value = e.target.value.trim();
                if (packageSourceProblem(value, window.location.origin) === undefined)
                  setPackageBaseUrl(value);
              }}
            />
          </label>
          {!urlValid ? (
            <p className="inline-error" role="alert">
              {urlProblem}
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
