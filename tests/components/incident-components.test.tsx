// The shared incident components: the evidence panel's tabs and scratch consoles, a diagnosis
// step's inputs and verdict, and the step summary.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DiagnosisStepView } from "../../src/components/incident/DiagnosisStepView";
import { EvidencePanel } from "../../src/components/incident/EvidencePanel";
import { IncidentSummary } from "../../src/components/incident/IncidentSummary";
import { gradeDiagnosisStep, gradeIncident } from "../../src/domain/grading/incident-grading";
import { parsePack, type IncidentQuestion } from "../../src/domain/packs";
import { incidentQuestion, validPack } from "../domain/packs/pack-factories";

function incident(): IncidentQuestion {
  const r = parsePack(validPack([incidentQuestion("inc")]));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack.questions[0] as IncidentQuestion;
}

const tables = {
  tables: [
    { name: "t", rowCount: 4, columns: [{ name: "x", type: "INTEGER" }], sample: [[1], [2], [300], [500]] },
  ],
};

describe("EvidencePanel", () => {
  it("shows one tab per kind of evidence and moves between them with the arrow keys", async () => {
    const user = userEvent.setup();
    render(
      <EvidencePanel
        tables={tables}
        onQuery={vi.fn()}
        files={{ "events.py": "ROWS = [1, 2]\n" }}
        fixFile="pipeline.py"
        modules={["events", "pipeline"]}
        onRunPython={vi.fn()}
      />,
    );
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["Tables", "SQL console", "Files", "Python console"]);
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("t (4 rows)");
    await user.click(tabs[0]!);
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("tab", { name: "Python console" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tab", { name: "Python console" })).toHaveFocus();
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Files" })).toHaveAttribute("aria-selected", "true");
    const panel = screen.getByRole("tabpanel");
    expect(panel).toHaveTextContent("pipeline.py, the code you fix, is in the fix step's editor");
    expect(within(panel).getByLabelText("Contents of events.py")).toHaveTextContent("ROWS = [1, 2]");
  });

  it("without data or files, offers only what the incident has", () => {
    render(<EvidencePanel tables={tables} onQuery={vi.fn()} />);
    expect(screen.getAllByRole("tab").map((t) => t.textContent)).toEqual(["Tables", "SQL console"]);
  });

  it("runs scratch queries: rows, then an error, each from the original data", async () => {
    const user = userEvent.setup();
    const onQuery = vi
      .fn()
      .mockResolvedValueOnce({ columns: ["n"], rows: [[4]], rowCount: 1, truncated: false })
      .mockResolvedValueOnce({ error: { kind: "SQLiteError", message: "no such table: u" } });
    render(<EvidencePanel tables={tables} onQuery={onQuery} initialQuery="SELECT COUNT(*) AS n FROM t;" />);
    await user.click(screen.getByRole("tab", { name: "SQL console" }));
    const box = screen.getByRole("textbox", { name: /Query the incident's tables/ });
    expect(box).toHaveValue("SELECT COUNT(*) AS n FROM t;");
    await user.click(screen.getByRole("button", { name: "Run query" }));
    expect(onQuery).toHaveBeenLastCalledWith("SELECT COUNT(*) AS n FROM t;");
    expect(await screen.findByRole("table", { name: "1 row" })).toHaveTextContent("n4");
    await user.clear(box);
    await user.type(box, "SELECT * FROM u;{Control>}{Enter}{/Control}");
    expect(onQuery).toHaveBeenLastCalledWith("SELECT * FROM u;");
    expect(await screen.findByRole("alert")).toHaveTextContent("SQLiteError: no such table: u");
  });

  it("runs scratch Python: streamed output, then an error with its traceback; Tab indents", async () => {
    const user = userEvent.setup();
    const onRunPython = vi
      .fn()
      .mockImplementationOnce(async (_code: string, out: (c: string) => void) => {
        out("8.0\n");
        return { status: "pass", output: "8.0\n" };
      })
      .mockResolvedValueOnce({
        status: "error",
        output: "",
        error: { kind: "KeyError", message: "'amount'", line: 2, traceback: 'File "scratch.py", line 2' },
      });
    render(
      <EvidencePanel
        files={{ "events.py": "ROWS = []\n" }}
        modules={["events"]}
        onRunPython={onRunPython}
        initialPython="import events"
      />,
    );
    await user.click(screen.getByRole("tab", { name: "Python console" }));
    expect(screen.getByText(/importable: events/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Run Python" }));
    expect(await screen.findByRole("region", { name: "Scratch output" })).toHaveTextContent("8.0");
    const box = screen.getByRole("textbox", { name: /Run Python over the incident/ });
    await user.clear(box);
    await user.type(box, "def f():{Enter}{Tab}return 1");
    expect(box).toHaveValue("def f():\n    return 1");
    await user.click(screen.getByRole("button", { name: "Run Python" }));
    expect(onRunPython).toHaveBeenLastCalledWith("def f():\n    return 1", expect.any(Function));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("KeyError (line 2): 'amount'");
    expect(alert).toHaveTextContent('File "scratch.py", line 2');
  });
});

describe("DiagnosisStepView", () => {
  it("is a radio group until checked; then locked, with the right answer and every explanation", async () => {
    const user = userEvent.setup();
    const step = incident().steps[0]!;
    if (step.kind !== "choice") throw new Error("choice step expected");
    const onChange = vi.fn();
    const { rerender } = render(
      <DiagnosisStepView step={step} name="s" answer={undefined} onChange={onChange} />,
    );
    await user.click(screen.getByRole("radio", { name: "Amounts went missing" }));
    expect(onChange).toHaveBeenCalledWith({ choices: ["nulls"] });
    expect(screen.queryByText("Yes.")).toBeNull();
    const answer = { choices: ["nulls"] };
    rerender(
      <DiagnosisStepView
        step={step}
        name="s"
        answer={answer}
        onChange={onChange}
        verdict={gradeDiagnosisStep(step, answer)}
      />,
    );
    expect(screen.getByRole("radio", { name: "Amounts went missing" })).toBeDisabled();
    expect(screen.getByText("Yes.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Not quite");
  });

  it("a numeric step says the answer once checked", () => {
    const step = incident().steps[1]!;
    if (step.kind !== "numeric") throw new Error("numeric step expected");
    render(
      <DiagnosisStepView
        step={step}
        name="n"
        answer={{ text: "3" }}
        onChange={vi.fn()}
        verdict={gradeDiagnosisStep(step, { text: "3" })}
      />,
    );
    expect(screen.getByRole("textbox", { name: /Your answer/ })).toBeDisabled();
    expect(screen.getByRole("status")).toHaveTextContent("Not quite: Off by 1.00. The answer is 2.");
  });
});

describe("IncidentSummary", () => {
  it("lists each step with its points and says whether the incident is resolved", () => {
    const q = incident();
    const fix = {
      status: "fail" as const,
      score: 0.5,
      cases: [
        { id: "a", status: "pass" as const },
        { id: "b", status: "fail" as const },
      ],
      durationMs: 1,
    };
    const r = gradeIncident(q, { diagnose: { choices: ["units"] }, size: { text: "2" } }, fix);
    render(<IncidentSummary result={r} label="Incident result" />);
    const region = screen.getByRole("region", { name: "Incident result" });
    expect(within(region).getByRole("status")).toHaveTextContent("Not fully resolved — 2 of 4 points (50%)");
    const rows = within(region).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      "Find the faultRight 1 / 1",
      "Size itRight 1 / 1",
      "Fix the queryNot right 1 of 2 tests failed.0 / 2",
    ]);
  });
});
