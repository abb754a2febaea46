import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ImportSources } from "../../../src/features/packs/ImportSources";

describe("ImportSources", () => {
  it("takes a dropped file, a chosen file and pasted text, each with its origin", async () => {
    const onSource = vi.fn();
    const user = userEvent.setup();
    render(<ImportSources onSource={onSource} />);
    const zone = screen.getByText("or drop a .json file here").parentElement!;
    fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
    expect(zone).toHaveClass("dragging");
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['{"a":1}'], "dropped.json")] } });
    await vi.waitFor(() =>
      expect(onSource).toHaveBeenCalledWith({ text: '{"a":1}', origin: "file: dropped.json" }),
    );
    expect(zone).not.toHaveClass("dragging");

    await user.upload(screen.getByLabelText("Choose a pack file"), new File(["{}"], "chosen.json"));
    await vi.waitFor(() =>
      expect(onSource).toHaveBeenLastCalledWith({ text: "{}", origin: "file: chosen.json" }),
    );

    const preview = screen.getByRole("button", { name: "Preview pasted JSON" });
    expect(preview).toBeDisabled();
    await user.click(screen.getByRole("textbox", { name: "Paste pack JSON" }));
    await user.paste("[1]");
    await user.click(preview);
    expect(onSource).toHaveBeenLastCalledWith({ text: "[1]", origin: "pasted JSON" });
  });

  it("explains an address it cannot fetch", async () => {
    const onSource = vi.fn();
    const user = userEvent.setup();
    render(<ImportSources onSource={onSource} />);
    await user.type(screen.getByRole("textbox", { name: "Pack address (URL)" }), "ftp://example.org/p.json");
    await user.click(screen.getByRole("button", { name: "Fetch and preview" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Only http:// and https:// addresses can be fetched.",
    );
    expect(onSource).not.toHaveBeenCalled();
  });
});
