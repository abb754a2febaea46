import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { formatPackError, parsePack, type Pack } from "../../../src/domain/packs";
import { ImportPreview } from "../../../src/features/packs/ImportPreview";
import { ShareLink, sharePlan } from "../../../src/features/packs/ShareLink";
import type { PackEntry } from "../../../src/store";
import { choiceQuestion, validPack } from "../../domain/packs/pack-factories";

function asPack(raw: unknown): Pack {
  const r = parsePack(raw);
  if (!r.ok) throw new Error(r.errors.map(formatPackError).join("\n"));
  return r.pack;
}

const builtIn: PackEntry = {
  builtIn: true,
  pack: asPack(
    validPack([choiceQuestion("a", { title: "Question A" }), choiceQuestion("b", { title: "Question B" })], {
      id: "ml-fundamentals",
      title: "ML fundamentals",
    }),
  ),
};

describe("importing a selection exported from a built-in pack", () => {
  it("says which questions already exist and where, and can leave them out", async () => {
    const user = userEvent.setup();
    const onImport = vi.fn(async () => ({ ok: true as const }));
    const selection = validPack(
      [choiceQuestion("a", { title: "Question A" }), choiceQuestion("fresh", { title: "Fresh" })],
      { id: "my-selection", title: "My selection" },
    );
    render(
      <ImportPreview
        source={{ text: JSON.stringify(selection), origin: "pasted JSON" }}
        entries={[builtIn]}
        ready
        onImport={onImport}
      />,
    );
    const already = screen.getByRole("region", { name: "Already in your packs: 1 of 2 questions" });
    expect(already).toHaveTextContent("a — Question A: in “ML fundamentals”");
    expect(already).toHaveTextContent("Practice would list it twice");
    await user.click(
      within(already).getByRole("checkbox", { name: /Leave it out and import the other question/ }),
    );
    await user.click(screen.getByRole("button", { name: "Import" }));
    expect(onImport).toHaveBeenCalledOnce();
    const imported = (onImport.mock.calls[0] as unknown as [Pack])[0];
    expect(imported.questions.map((q) => q.id)).toEqual(["fresh"]);
    expect(await screen.findByRole("status")).toHaveTextContent("Imported “My selection” (1 question)");
  });

  it("offers no way to leave everything out when every question is a copy", () => {
    const selection = validPack([choiceQuestion("a", { title: "Question A" })], { id: "s", title: "S" });
    render(
      <ImportPreview
        source={{ text: JSON.stringify(selection), origin: "x" }}
        entries={[builtIn]}
        ready
        onImport={vi.fn()}
      />,
    );
    expect(screen.getByText("Every question of this pack is already in your packs.")).toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).toBeNull();
  });
});

describe("sharing a pack", () => {
  const app = "https://dojo.example/#/packs";
  it("offers no link for a built-in pack, a link for a small pack, the file for a large one", () => {
    expect(sharePlan(builtIn, app)).toEqual({ kind: "built-in" });
    const small: PackEntry = {
      builtIn: false,
      pack: asPack(validPack([choiceQuestion("a")], { id: "tiny" })),
    };
    expect(sharePlan(small, app)).toMatchObject({ kind: "link", note: "The pack travels inside this link." });
    const noise = Array.from({ length: 300 }, (_, i) =>
      choiceQuestion(`q${i}`, {
        prompt: `Prompt ${(i * 7919).toString(36)} ${"x".repeat(i % 7)} ${Math.sin(i)}`,
      }),
    );
    const large: PackEntry = { builtIn: false, pack: asPack(validPack(noise, { id: "large" })) };
    const plan = sharePlan(large, app);
    expect(plan.kind).toBe("file-only");
    if (plan.kind === "file-only")
      expect(plan.note).toMatch(/too large for a link .* use Export JSON and send the file\.$/);
    const hosted = { ...large, origin: "url: https://x.org/large.json" };
    expect(sharePlan(hosted, app)).toMatchObject({
      kind: "link",
      note: "This link fetches the pack from https://x.org/large.json.",
    });

    render(<ShareLink entry={builtIn} />);
    expect(screen.queryByRole("button", { name: /Copy share link/ })).toBeNull();
    expect(screen.getByText("Built in: everyone using MLE Dojo already has this pack.")).toBeInTheDocument();
  });
});
