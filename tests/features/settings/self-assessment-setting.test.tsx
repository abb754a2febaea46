import "fake-indexeddb/auto";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SettingsPage } from "../../../src/features/settings/SettingsPage";
import { useAppStore } from "../../../src/store";
import { SETTINGS_KEY } from "../../../src/store/persistence";

describe("Settings: pre-tick suggested items", () => {
  it("is off by default, and switching it on is saved with the settings", async () => {
    const user = userEvent.setup();
    render(<SettingsPage />);
    const box = screen.getByRole("checkbox", { name: /Pre-tick suggested items/ });
    expect(box).not.toBeChecked();
    expect(useAppStore.getState().preTickSuggestions).toBe(false);
    await user.click(box);
    expect(useAppStore.getState().preTickSuggestions).toBe(true);
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY)!) as {
      state: Record<string, unknown>;
      version: number;
    };
    expect(saved.state.preTickSuggestions).toBe(true);
    expect(saved.version).toBe(2);
  });
});
