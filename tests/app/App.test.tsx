import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/App";
import { useAppStore } from "../../src/store";

function go(hash: string) {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
}

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ theme: "system", preloadPython: false, storageProblems: [] });
  window.matchMedia = ((q: string) => ({
    matches: false,
    media: q,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
  go("#/");
});

describe("App shell", () => {
  it("renders the home page with entry points to the three modes", () => {
    render(<App />);
    expect(screen.getByRole("heading", { level: 1, name: "What to do today" })).toBeInTheDocument();
    const modes = screen.getByRole("navigation", { name: "Modes" });
    for (const name of [/Practice/, /Mock interview/, /Daily drill/]) {
      expect(modes.querySelector(`a`)).not.toBeNull();
      expect(screen.getAllByRole("link", { name }).length).toBeGreaterThan(0);
    }
  });

  it("routes by hash, marks the current nav entry, and lazily loads screens", async () => {
    render(<App />);
    go("#/settings");
    expect(await screen.findByRole("heading", { level: 1, name: "Settings" })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe("Settings");
    go("#/practice/core/two-sum");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Question not found" }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no question “two-sum” in a pack “core”/)).toBeInTheDocument();
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe("Practice");
    // A question opened from the daily drill belongs to Drill.
    go("#/practice/core/two-sum?drill=1");
    await waitFor(() => expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe("Drill"));
  });

  it("shows not-found for unknown routes", () => {
    render(<App />);
    go("#/nowhere");
    expect(screen.getByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
  });

  it("cycles the theme with the header button and applies it to <html>", async () => {
    render(<App />);
    const user = userEvent.setup();
    expect(document.documentElement.dataset.theme).toBe("light");
    await user.click(screen.getByRole("button", { name: /^Theme: System/ }));
    expect(useAppStore.getState().theme).toBe("light");
    await user.click(screen.getByRole("button", { name: /^Theme: Light/ }));
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(JSON.parse(localStorage.getItem("mle-dojo:settings")!).state.theme).toBe("dark");
  });

  it("shows storage problems as an alert that can be dismissed", async () => {
    render(<App />);
    act(() =>
      useAppStore.setState({
        storageProblems: [{ kind: "unavailable", message: "Browser storage is unavailable." }],
      }),
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Browser storage is unavailable.");
    await userEvent.setup().click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
