import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { LazyCodeEditor } from "../../../src/components/code-editor/LazyCodeEditor";

// Monaco's chunk cannot be fetched (offline, never cached): the import fails.
vi.mock("../../../src/components/code-editor/CodeEditor", () => {
  throw new TypeError("Failed to fetch dynamically imported module");
});

function Harness({ onRun, onSubmit }: { onRun: () => void; onSubmit: () => void }) {
  const [value, setValue] = useState("def f():\n");
  return (
    <>
      <LazyCodeEditor
        value={value}
        language="python"
        onChange={setValue}
        onRun={onRun}
        onSubmit={onSubmit}
        ariaLabel="Python code editor"
      />
      <output aria-label="value">{value}</output>
    </>
  );
}

describe("LazyCodeEditor without Monaco", () => {
  it("falls back to a plain text field with the same shortcuts", async () => {
    const onRun = vi.fn();
    const onSubmit = vi.fn();
    render(<Harness onRun={onRun} onSubmit={onSubmit} />);
    const field = await screen.findByRole("textbox", { name: "Python code editor" });
    expect(screen.getByRole("note")).toHaveTextContent(/could not load/);
    expect(field).toHaveValue("def f():\n");

    fireEvent.change(field, { target: { value: "def f():\n    return 1\n" } });
    expect(screen.getByLabelText("value")).toHaveTextContent("return 1");

    (field as HTMLTextAreaElement).setSelectionRange(9, 9);
    fireEvent.keyDown(field, { key: "Tab" });
    expect((field as HTMLTextAreaElement).value).toBe("def f():\n        return 1\n");

    fireEvent.keyDown(field, { key: "Enter", ctrlKey: true });
    expect(onRun).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(field, { key: "Enter", metaKey: true, shiftKey: true });
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});
