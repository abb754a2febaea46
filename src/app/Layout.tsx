import { useEffect, useRef, useState, type ReactNode } from "react";
import { href } from "../lib/router/hash-router";
import { useAppStore, type ThemePreference } from "../store";
import { NAV_ITEMS } from "./routes";
import { ShortcutHelp } from "../components/shortcuts/ShortcutHelp";
import { MockLockBar } from "./MockLockBar";

const NEXT_THEME: Record<ThemePreference, ThemePreference> = {
  system: "light",
  light: "dark",
  dark: "system",
};
const THEME_LABEL: Record<ThemePreference, string> = { system: "System", light: "Light", dark: "Dark" };

export function Layout({
  activeNav,
  path,
  children,
}: {
  activeNav?: string;
  path: string;
  children: ReactNode;
}) {
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const problems = useAppStore((s) => s.storageProblems);
  const dismiss = useAppStore((s) => s.dismissStorageProblems);
  // The phone menu is open for the path it was opened on, so navigating closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === path;
  const [helpOpen, setHelpOpen] = useState(false);
  const lock = useAppStore((s) => s.mockLock);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Escape closes the phone menu and returns focus to its button.
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setMenuOpenAt(null);
      menuButton.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [menuOpen]);

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById("main")?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="topbar">
        <a
          className="brand"
          href={lock ? href(`/mock/${encodeURIComponent(lock.id)}`) : href("/")}
          aria-label={lock ? "MLE Dojo: back to the mock" : "MLE Dojo home"}
        >
          <img src="./favicon.svg" alt="" width="24" height="24" />
          <span>MLE Dojo</span>
        </a>
        {lock ? (
          <MockLockBar lock={lock} onMockPage={path === `/mock/${lock.id}`} />
        ) : (
          <>
            <button
              type="button"
              className="menu-button"
              ref={menuButton}
              aria-expanded={menuOpen}
              aria-controls="primary-nav"
              onClick={() => setMenuOpenAt(menuOpen ? null : path)}
            >
              Menu
            </button>
            <nav id="primary-nav" aria-label="Main" className={menuOpen ? "primary-nav open" : "primary-nav"}>
              <ul>
                {NAV_ITEMS.map((item) => (
                  <li key={item.path}>
                    <a href={href(item.path)} aria-current={activeNav === item.path ? "page" : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </>
        )}
        <button
          type="button"
          className="help-button"
          aria-label="Keyboard shortcuts"
          aria-keyshortcuts="?"
          onClick={() => setHelpOpen(true)}
        >
          ?
        </button>
        <button
          type="button"
          className="theme-button"
          onClick={() => setTheme(NEXT_THEME[theme])}
          title="Switch theme"
          aria-label={`Theme: ${THEME_LABEL[theme]}. Switch to ${THEME_LABEL[NEXT_THEME[theme]]}`}
        >
          <span aria-hidden="true">{theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}</span>
          <span className="theme-label">{THEME_LABEL[theme]}</span>
        </button>
      </header>
      {problems.length > 0 ? (
        <div role="alert" className="banner">
          {problems.map((p) => (
            <p key={p.kind}>{p.message}</p>
          ))}
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
      <ShortcutHelp open={helpOpen} onOpenChange={setHelpOpen} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
