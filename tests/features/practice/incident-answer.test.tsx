// An incident in practice, through the question page: evidence, diagnosis steps checked in
// order (locked, with the right answer shown), the fix opening after them, Submit grading every
// step into one attempt, and progress kept across a reload. The engines are stubbed: the real
// ones run in the end-to-end test.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { IDBFactory } from "fake-indexeddb";
import "fake-indexeddb/auto";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as UseEngines from "../../../src/store/use-engines";
import type { GradeResult } from "../../../src/domain/grading/result";
import { QuestionPage } from "../../../src/features/practice/QuestionPage";
import { listAttempts } from "../../../src/store";
import { resetDbHandle } from "../../../src/store/db-handle";

const fixResults: GradeResult[] = [];
const graded: { code: string; mode: string }[] = [];

vi.mock("../../../src/store/use-engines", async (importOriginal) => {
  const real = await importOriginal<typeof UseEngines>();
  return {
    ...real,
    useSchemaInfo: () => ({
      tables: [
        { name: "payments", rowCount: 22, columns: [{ name: "amount", type: "REAL" }], sample: [[42.5]] },
      ],
    }),
    exploreDataset: vi.fn(async () => ({ columns: ["n"], rows: [[22]], rowCount: 1, truncated: false })),
    useCodeRun: () => {
      const [result, setResult] = useState<{ mode: "run" | "submit"; result: GradeResult } | null>(null);
      return {
        busy: null,
        output: "",
        markers: [],
        result,
        go: async (code: string, mode: "run" | "submit") => {
          graded.push({ code, mode });
          const r = fixResults.shift()!;
          setResult({ mode, result: r });
          return r;
        },
      };
    },
  };
});

vi.mock("../../../src/components/code-editor/LazyCodeEditor", () => ({
  LazyCodeEditor: (p: { value: string; onChange: (v: string) => void; ariaLabel: string }) => (
    <textarea aria-label={p.ariaLabel} value={p.value} onChange={(e) => p.onChange(e.target.value)} />
  ),
}));

const KEY = "incidents/fraud-spend-feature-in-cents";
// The options of step 1, by id, as their label starts (the text is the pack's, which may be edited).
const stepOneOption = (id: string): RegExp => {
  const pack = JSON.parse(readFileSync(resolve("questions/incidents.json"), "utf8")) as {
    questions: { id: string; steps: { options?: { id: string; text: string }[] }[] }[];
  };
  const q = pack.questions.find((x) => `incidents/${x.id}` === KEY)!;
  const text = q.steps[0]!.options!.find((o) => o.id === id)!.text;
  return new RegExp(`^${text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
};
const RIGHT = stepOneOption("app5-cents");
const WRONG = stepOneOption("all-cents-since-release");
const LOAD = { timeout: 15_000 };
const pass = (n: number): GradeResult => ({
  status: "pass",
  score: 1,
  cases: Array.from({ length: n }, (_, i) => ({ id: `d${i}`, status: "pass" as const })),
  durationMs: 5,
});

beforeEach(() => {
  // A fresh, empty database per test; the built-in catalog stays loaded in the store.
  globalThis.indexedDB = new IDBFactory();
  resetDbHandle();
  fixResults.length = 0;
  graded.length = 0;
});

const page = () => render(<QuestionPage packId="incidents" questionId="fraud-spend-feature-in-cents" />);
const step = (n: number) => screen.getByRole("region", { name: `Step ${n}` });

describe("an incident in practice", () => {
  it("walks the steps in order and records one graded attempt on Submit", { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    const view = page();
    await screen.findByRole("heading", { name: "Fraud alerts jump after a quiet week" }, LOAD);
    const evidence = screen.getByRole("region", { name: "Evidence" });
    expect(within(evidence).getByRole("tabpanel")).toHaveTextContent("payments (22 rows)");

    // Step 2 and the fix wait for step 1.
    await waitFor(() => expect(within(step(1)).getByRole("radio", { name: RIGHT })).toBeEnabled());
    expect(step(2)).toHaveTextContent("Answer step 1 first.");
    expect(step(3)).toHaveTextContent("the fix opens after step 2");
    expect(within(step(1)).getByRole("button", { name: "Check step 1" })).toBeDisabled();

    // A wrong diagnosis is checked, locked, and the right one is shown.
    await user.click(within(step(1)).getByRole("radio", { name: WRONG }));
    await user.click(within(step(1)).getByRole("button", { name: "Check step 1" }));
    expect(within(step(1)).getByRole("radio", { name: WRONG })).toBeDisabled();
    expect(within(step(1)).getAllByText("Right answer.")).toHaveLength(1);
    expect(within(step(1)).queryByRole("button", { name: "Check step 1" })).toBeNull();

    // A number that is not a number is refused without locking the step.
    const field = within(step(2)).getByRole("textbox", { name: /Your answer/ });
    await user.type(field, "five");
    await user.click(within(step(2)).getByRole("button", { name: "Check step 2" }));
    expect(within(step(2)).getByRole("alert")).toHaveTextContent("“five” is not a number.");
    expect(field).toBeEnabled();
    await user.clear(field);
    await user.type(field, "5");
    await user.click(within(step(2)).getByRole("button", { name: "Check step 2" }));
    expect(within(step(2)).getByRole("status")).toHaveTextContent("Right. The answer is 5 orders.");

    // The fix: the editor starts from the buggy query; Run, then Submit.
    const editor = within(step(3)).getByRole("textbox", { name: "SQL fix editor" });
    expect((editor as HTMLTextAreaElement).value).toMatch(
      /^SELECT o\.order_id,\n\s+COALESCE\(SUM\(p\.amount\), 0\)/,
    );
    await user.clear(editor);
    await user.type(editor, "SELECT 1;");
    fixResults.push(pass(1), pass(2));
    await user.click(within(step(3)).getByRole("button", { name: "Run" }));
    expect(await within(step(3)).findByRole("region", { name: "Run results" })).toBeInTheDocument();
    await user.click(within(step(3)).getByRole("button", { name: "Submit fix" }));
    const summary = await within(step(3)).findByRole("region", { name: "Incident result" });
    expect(within(summary).getByRole("status")).toHaveTextContent("Not fully resolved — 3 of 4 points (75%)");
    expect(graded).toEqual([
      { code: "SELECT 1;", mode: "run" },
      { code: "SELECT 1;", mode: "submit" },
    ]);

    await waitFor(async () => expect(await listAttempts(KEY)).toHaveLength(1));
    const [attempt] = await listAttempts(KEY);
    expect(attempt).toMatchObject({ kind: "incident", status: "fail", score: 0.75 });
    expect(attempt!.result.cases.map((c) => [c.id, c.points])).toEqual([
      ["what-broke", 0],
      ["blast-radius", 1],
      ["fix-feature-query", 2],
    ]);
    expect(attempt!.answer).toMatchObject({
      checked: ["what-broke", "blast-radius"],
      steps: {
        "what-broke": { choices: ["all-cents-since-release"] },
        "fix-feature-query": { text: "SELECT 1;" },
      },
    });

    // A reload keeps the checked steps and the fix; Start over clears them.
    view.unmount();
    page();
    await screen.findByRole("heading", { name: "Fraud alerts jump after a quiet week" }, LOAD);
    await waitFor(() =>
      expect(within(step(3)).getByRole("textbox", { name: "SQL fix editor" })).toHaveValue("SELECT 1;"),
    );
    expect(within(step(2)).getByRole("status")).toHaveTextContent("The answer is 5 orders.");
    vi.spyOn(window, "confirm").mockReturnValueOnce(true);
    await user.click(screen.getByRole("button", { name: "Start over" }));
    expect(within(step(1)).getByRole("button", { name: "Check step 1" })).toBeDisabled();
    expect(step(3)).toHaveTextContent("the fix opens after step 2");
  });

  it("does not record an attempt when the engine fails on Submit", { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    page();
    await screen.findByRole("heading", { name: "Fraud alerts jump after a quiet week" }, LOAD);
    await waitFor(() => expect(within(step(1)).getByRole("radio", { name: RIGHT })).toBeEnabled());
    await user.click(within(step(1)).getByRole("radio", { name: RIGHT }));
    await user.click(within(step(1)).getByRole("button", { name: "Check step 1" }));
    await user.type(within(step(2)).getByRole("textbox", { name: /Your answer/ }), "5");
    await user.click(within(step(2)).getByRole("button", { name: "Check step 2" }));
    fixResults.push({
      status: "error",
      score: 0,
      cases: [],
      error: { kind: "EngineLoadError", message: "sql.js could not load" },
      durationMs: 0,
    });
    const before = (await listAttempts(KEY)).length;
    await user.click(within(step(3)).getByRole("button", { name: "Submit fix" }));
    expect(await within(step(3)).findByRole("alert")).toHaveTextContent("sql.js could not load");
    expect(within(step(3)).queryByRole("region", { name: "Incident result" })).toBeNull();
    expect(await listAttempts(KEY)).toHaveLength(before);
  });
});
