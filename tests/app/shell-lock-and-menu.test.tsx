import "fake-indexeddb/auto";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { App } from "../../src/app/App";
import { createSession } from "../../src/domain/mock";
import { saveMock, useAppStore } from "../../src/store";
import { shortLoop, shortSelection } from "../domain/mock/mock-factories";

function go(hash: string) {
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
}

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ theme: "system", preloadPython: false, storageProblems: [], mockLock: null });
  window.matchMedia = ((q: string) => ({
    matches: false,
    media: q,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
  go("#/");
});

describe("the phone menu", () => {
  it("closes with Escape and gives focus back to its button", async () => {
    const user = userEvent.setup();
    render(<App />);
    const button = screen.getByRole("button", { name: "Menu" });
    await user.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });
});

describe("strict mode's lock", () => {
  it(
    "replaces the main navigation and every other page until the mock is abandoned",
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      const state = createSession(shortLoop, shortSelection(), "strict", Date.now(), { id: "mock-strict" });
      await saveMock(state);
      useAppStore.setState({ mockLock: { id: "mock-strict", title: "Short loop" } });
      render(<App />);
      expect(screen.queryByRole("navigation", { name: "Main" })).toBeNull();
      const bar = screen.getByRole("region", { name: "Strict mock in progress" });
      go("#/practice");
      expect(
        screen.getByRole("heading", { level: 1, name: "A strict mock is in progress" }),
      ).toBeInTheDocument();
      expect(screen.getAllByRole("link", { name: "Back to the mock" })[0]).toHaveAttribute(
        "href",
        "#/mock/mock-strict",
      );

      // Abandoning asks first; cancelling keeps the lock.
      await user.click(within(bar).getByRole("button", { name: "Abandon mock…" }));
      const dialog = screen.getByRole("dialog", { name: "Abandon this mock?" });
      await user.click(within(dialog).getByRole("button", { name: "Keep going" }));
      expect(useAppStore.getState().mockLock).not.toBeNull();

      await user.click(within(bar).getByRole("button", { name: "Abandon mock…" }));
      await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Abandon mock" }));
      await expect.poll(() => useAppStore.getState().mockLock).toBeNull();
      expect(window.location.hash).toBe("#/mock/mock-strict");
      const { getMock } = await import("../../src/store");
      expect((await getMock("mock-strict"))?.state.finishReason).toBe("finished-early");
      expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
      // The mock page takes over (its questions are not in the built-in packs: a report follows).
      await screen.findByRole("heading", { level: 1, name: /Short loop/ }, { timeout: 20_000 });
    },
  );

  it("lifts itself when its mock is over or gone", async () => {
    useAppStore.setState({ mockLock: { id: "mock-gone", title: "Gone" } });
    render(<App />);
    await expect.poll(() => useAppStore.getState().mockLock, { timeout: 5000 }).toBeNull();
  });
});
