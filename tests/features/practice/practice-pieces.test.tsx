import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SchemaBrowser } from "../../../src/components/answers/SchemaBrowser";
import { useConfirm } from "../../../src/components/dialog/ConfirmDialog";
import { ResultView } from "../../../src/components/results/ResultView";
import { parsePack, type Question } from "../../../src/domain/packs";
import { AttemptHistory } from "../../../src/features/practice/AttemptHistory";
import { QuestionNotes } from "../../../src/features/practice/QuestionNotes";
import type { Attempt } from "../../../src/store";
import { pythonQuestion, validPack } from "../../domain/packs/pack-factories";

function py(): Question {
  const r = parsePack(validPack([pythonQuestion("py")]));
  if (!r.ok) throw new Error("bad pack");
  return r.pack.questions[0]!;
}

const attempt = (over: Partial<Attempt>): Attempt => ({
  questionKey: "p/py",
  packId: "p",
  questionId: "py",
  packVersion: "1.0.0",
  kind: "python",
  mode: "practice",
  at: Date.UTC(2026, 2, 1, 9),
  timeSpentMs: 3_000,
  status: "fail",
  score: 0.25,
  result: { status: "fail", score: 0.25, cases: [], durationMs: 1 },
  hintsUsed: 1,
  solutionViewed: false,
  answer: "def f(x):\n    return 1\n",
  ...over,
});

describe("past submissions", () => {
  it("list time in seconds, one hint in the singular, the code as submitted, and restore it", async () => {
    const user = userEvent.setup();
    const onRestore = vi.fn();
    const first = attempt({});
    render(<AttemptHistory question={py()} attempts={[first]} onRestore={onRestore} />);
    const item = screen.getByRole("listitem");
    const summary = item.querySelector("summary")!;
    expect(summary).toHaveTextContent(/failed, 25% · 3 s · 1 hint$/);
    await user.click(summary);
    expect(item.querySelector("details")).toHaveAttribute("open");
    expect(item).toHaveTextContent("return 1");
    await user.click(screen.getByRole("button", { name: "Restore this code into the editor" }));
    expect(onRestore).toHaveBeenCalledWith(first);
  });
});

describe("the result's verdict", () => {
  it("says a syntax error is in the user's code, and shows what follows the verdict right under it", () => {
    render(
      <ResultView
        label="Run results"
        result={{
          status: "error",
          score: 0,
          cases: [],
          durationMs: 1,
          error: { kind: "SyntaxError", message: "bad" },
        }}
      >
        <p>after the verdict</p>
      </ResultView>,
    );
    const verdict = screen.getAllByRole("status")[0]!;
    expect(verdict).toHaveTextContent("Your code has a syntax error");
    expect(verdict.nextElementSibling).toHaveTextContent("after the verdict");
  });
});

describe("the SQL schema", () => {
  it("names every table in its summary and heads each with an h3", () => {
    const table = (name: string) => ({
      name,
      rowCount: 2,
      columns: [{ name: "id", type: "INTEGER" }],
      sample: [[1], [2]],
    });
    render(<SchemaBrowser info={{ tables: [table("users"), table("orders"), table("refunds")] }} />);
    expect(screen.getByText(/3 tables: users, orders, refunds/)).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "users (2 rows)",
      "orders (2 rows)",
      "refunds (2 rows)",
    ]);
  });
});

describe("personal notes", () => {
  it("save after a pause in typing and when the field is left", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const onSave = vi.fn();
      render(<QuestionNotes note="" error={null} onSave={onSave} />);
      const box = screen.getByRole("textbox", { name: "Your notes" });
      await user.type(box, "ties");
      expect(screen.getByRole("status")).toHaveTextContent("Saving…");
      act(() => void vi.advanceTimersByTime(700));
      expect(onSave).toHaveBeenLastCalledWith("ties");
      expect(screen.getByRole("status")).toHaveTextContent("Saved.");
      await user.type(box, "!");
      await user.tab();
      expect(onSave).toHaveBeenLastCalledWith("ties!");
    } finally {
      vi.useRealTimers();
    }
  });

  it("saves a note typed right before the page is left, once", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const onSave = vi.fn();
      const { unmount } = render(<QuestionNotes note="" error={null} onSave={onSave} />);
      await user.type(screen.getByRole("textbox", { name: "Your notes" }), "reload now");
      expect(onSave).not.toHaveBeenCalled();
      act(() => void window.dispatchEvent(new Event("pagehide")));
      expect(onSave).toHaveBeenCalledExactlyOnceWith("reload now");
      act(() => void vi.advanceTimersByTime(700));
      unmount();
      expect(onSave).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

function Asker({ onAnswer }: { onAnswer: (yes: boolean) => void }) {
  const { confirm, dialog } = useConfirm();
  return (
    <>
      <button
        type="button"
        onClick={async () =>
          onAnswer(await confirm({ title: "Reset?", body: "It goes.", confirmLabel: "Reset", danger: true }))
        }
      >
        Ask
      </button>
      {dialog}
    </>
  );
}

describe("the in-app confirm dialog", () => {
  it("starts on Cancel, answers no on Escape or Cancel and yes on confirm, and gives focus back", async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    render(<Asker onAnswer={onAnswer} />);
    const ask = screen.getByRole("button", { name: "Ask" });
    await user.click(ask);
    const dialog = screen.getByRole("dialog", { name: "Reset?" });
    expect(dialog).toHaveAccessibleDescription("It goes.");
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(onAnswer).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(ask).toHaveFocus();
    await user.click(ask);
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Reset" }));
    expect(onAnswer).toHaveBeenLastCalledWith(true);
  });
});
