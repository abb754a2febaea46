import "fake-indexeddb/auto";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { PacksPage } from "../../../src/features/packs/PacksPage";
import { useAppStore } from "../../../src/store";
import { choiceQuestion, validPack } from "../../domain/packs/pack-factories";

beforeAll(() => {
  // jsdom has no clipboard; the share link is then shown for manual copying.
  Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
});

describe("PacksPage", () => {
  it("imports pasted JSON after a preview, switches it off, shares it and removes it after confirming", async () => {
    const user = userEvent.setup();
    render(<PacksPage />);
    await screen.findAllByRole("switch", { name: /^Enabled: / }, { timeout: 15_000 });
    const builtIns = screen.getAllByRole("switch").length;
    expect(screen.queryAllByRole("button", { name: /^Remove: / })).toHaveLength(0);

    const pack = validPack([choiceQuestion("only-q")], { id: "mine", title: "My pack" });
    const box = screen.getByRole("textbox", { name: "Paste pack JSON" });
    await user.click(box);
    await user.paste(JSON.stringify(pack));
    await user.click(screen.getByRole("button", { name: "Preview pasted JSON" }));
    expect(screen.getByRole("heading", { name: "Preview: My pack" })).toBeInTheDocument();
    expect(screen.queryByRole("switch", { name: "Enabled: My pack" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Import" }));
    const toggle = await screen.findByRole("switch", { name: "Enabled: My pack" });
    expect(screen.getAllByRole("switch")).toHaveLength(builtIns + 1);
    expect(useAppStore.getState().packs.find((p) => p.pack.id === "mine")?.origin).toBe("pasted JSON");

    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(useAppStore.getState().disabledPacks).toContain("mine");
    await user.click(toggle);
    expect(useAppStore.getState().disabledPacks).not.toContain("mine");

    await user.click(screen.getByRole("button", { name: "Copy share link: My pack" }));
    const link = screen.getByRole("textbox", { name: "Share link for My pack" });
    expect((link as HTMLInputElement).value).toMatch(/#\/import\?pack=/);

    await user.click(screen.getByRole("button", { name: "Remove: My pack" }));
    const dialog = screen.getByRole("dialog", { name: "Remove “My pack”?" });
    expect(dialog).toHaveTextContent("Your progress on them is kept");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("switch", { name: "Enabled: My pack" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Remove: My pack" }));
    await user.click(screen.getByRole("button", { name: "Remove pack" }));
    await expect.poll(() => screen.queryByRole("switch", { name: "Enabled: My pack" })).toBeNull();
    expect(useAppStore.getState().packs.some((p) => p.pack.id === "mine")).toBe(false);
  }, 30_000);

  it("goes from the top of the page to importing or exporting in one click", async () => {
    const user = userEvent.setup();
    render(<PacksPage />);
    await user.click(screen.getByRole("button", { name: "Import a pack ↓" }));
    expect(screen.getByRole("heading", { level: 2, name: "Import a pack" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Export a selection ↓" }));
    expect(screen.getByRole("heading", { level: 2, name: "Export a selection as a new pack" })).toHaveFocus();
  });
});
