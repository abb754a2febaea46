import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { formatPackError, parsePack, type Pack } from "../../../src/domain/packs";
import { ImportPreview } from "../../../src/features/packs/ImportPreview";
import type { PackEntry } from "../../../src/store";
import {
  choiceQuestion,
  numericQuestion,
  validPack,
  writtenQuestion,
} from "../../domain/packs/pack-factories";

const json = (v: unknown) => JSON.stringify(v);
const small = () => validPack([choiceQuestion("q-one"), numericQuestion("q-two", { difficulty: "hard" })]);

function asPack(raw: unknown): Pack {
  const r = parsePack(raw);
  if (!r.ok) throw new Error(r.errors.map(formatPackError).join("\n"));
  return r.pack;
}

function renderPreview(text: string, entries: PackEntry[] = []) {
  const onImport = vi.fn(async () => ({ ok: true as const }));
  render(
    <ImportPreview source={{ text, origin: "pasted JSON" }} entries={entries} ready onImport={onImport} />,
  );
  return { onImport, user: userEvent.setup() };
}

describe("ImportPreview", () => {
  it("previews a valid pack with its counts and imports it only when asked", async () => {
    const { onImport, user } = renderPreview(json(small()));
    expect(screen.getByRole("heading", { name: "Preview: Test pack" })).toHaveFocus();
    expect(screen.getByText("test-pack")).toBeInTheDocument();
    expect(screen.getByText("1.0.0")).toBeInTheDocument();
    const counts = screen.getByText("Questions").closest("dl")!;
    expect(within(counts).getByText(/^2 \(about 10 min\)$/)).toBeInTheDocument();
    expect(within(counts).getByText("ML fundamentals 2")).toBeInTheDocument();
    expect(within(counts).getByText("Multiple choice 1 · Numeric 1")).toBeInTheDocument();
    expect(within(counts).getByText("Easy 1 · Hard 1")).toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Import" }));
    expect(onImport).toHaveBeenCalledTimes(1);
    expect(onImport.mock.calls[0]).toEqual([asPack(small()), "pasted JSON"]);
    expect(await screen.findByRole("status")).toHaveTextContent("Imported “Test pack” (2 questions)");
  });

  it("lists every error of an invalid pack with its exact path and fix, and offers no import", () => {
    const raw = small();
    delete (raw as Record<string, unknown>).title;
    const questions = raw.questions as Record<string, unknown>[];
    questions[1]!.difficulty = "brutal";
    delete questions[0]!.explanation;
    const r = parsePack(json(raw));
    if (r.ok) throw new Error("expected errors");
    renderPreview(json(raw));
    expect(screen.getByRole("heading", { name: /cannot be imported/ })).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent(
      `${r.errors.length} problems found. Nothing was imported`,
    );
    const items = within(screen.getByRole("list", { name: "Problems" })).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual(r.errors.map(formatPackError));
    const text = items.map((li) => li.textContent).join("\n");
    expect(text).toMatch(/^title: /m);
    expect(text).toMatch(/^questions\[1\]\.difficulty: /m);
    expect(text).toMatch(/^questions\[0\]\.explanation: /m);
    expect(screen.queryByRole("button", { name: /Import|Replace/ })).toBeNull();
  });

  it("shows what an update adds, changes and removes, and asks to Replace", async () => {
    const old = asPack(small());
    const next = validPack([choiceQuestion("q-one", { title: "Renamed" }), writtenQuestion("q-three")], {
      version: "1.1.0",
    });
    const entries: PackEntry[] = [{ pack: old, builtIn: false, importedAt: 1, origin: "file: a.json" }];
    const { onImport, user } = renderPreview(json(next), entries);
    const diff = screen.getByRole("region", { name: "Changes from the pack you have" });
    expect(diff).toHaveTextContent("version 1.0.0");
    expect(diff).toHaveTextContent("version 1.1.0");
    expect(diff).toHaveTextContent("1 added, 1 changed, 1 removed, 0 unchanged");
    expect(within(diff).getByRole("heading", { name: "Added (1)" }).nextElementSibling).toHaveTextContent(
      "q-three",
    );
    expect(within(diff).getByRole("heading", { name: "Changed (1)" }).nextElementSibling).toHaveTextContent(
      "q-one — Renamed",
    );
    expect(within(diff).getByRole("heading", { name: "Removed (1)" }).nextElementSibling).toHaveTextContent(
      "q-two",
    );
    expect(diff).toHaveTextContent("Pack details changed: version");
    expect(screen.queryByRole("button", { name: "Import" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Replace" }));
    expect(onImport).toHaveBeenCalledWith(asPack(next), "pasted JSON");
  });

  it("refuses a pack whose id is a built-in pack's", () => {
    const builtin = asPack(validPack([choiceQuestion("q-one")], { id: "ml-fundamentals" }));
    const { onImport } = renderPreview(json(validPack([choiceQuestion("x")], { id: "ml-fundamentals" })), [
      { pack: builtin, builtIn: true },
    ]);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "“ml-fundamentals” is the id of a built-in pack, which cannot be replaced. Nothing was imported.",
    );
    expect(screen.queryByRole("button", { name: /Import|Replace/ })).toBeNull();
    expect(onImport).not.toHaveBeenCalled();
  });

  it("waits for the catalog before allowing an import", () => {
    render(
      <ImportPreview
        source={{ text: json(small()), origin: "x" }}
        entries={[]}
        ready={false}
        onImport={vi.fn()}
      />,
    );
    expect(screen.getByRole("button", { name: "Import" })).toBeDisabled();
    expect(screen.getByText("Loading your packs…")).toBeInTheDocument();
  });
});
