// An incident during a mock: every step open, no feedback, the answers kept in the mock draft,
// one Submit for the whole incident; the grade shows only outside strict mode.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import type * as UseEngines from "../../../src/store/use-engines";
import type { MockAnswer, MockQuestionState, MockSubmission } from "../../../src/domain/mock";
import { parsePack, type IncidentQuestion } from "../../../src/domain/packs";
import { MockIncidentAnswer } from "../../../src/features/mock/session/MockIncidentAnswer";
import { incidentQuestion, validPack } from "../../domain/packs/pack-factories";

vi.mock("../../../src/store/use-engines", async (importOriginal) => ({
  ...(await importOriginal<typeof UseEngines>()),
  useSchemaInfo: () => ({ tables: [] }),
  useCodeRun: () => ({ busy: null, output: "", markers: [], result: null, go: vi.fn() }),
}));

vi.mock("../../../src/components/code-editor/LazyCodeEditor", () => ({
  LazyCodeEditor: (p: { value: string; onChange: (v: string) => void; ariaLabel: string }) => (
    <textarea aria-label={p.ariaLabel} value={p.value} onChange={(e) => p.onChange(e.target.value)} />
  ),
}));

function incident(): IncidentQuestion {
  const r = parsePack(validPack([incidentQuestion("inc")]));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.pack.questions[0] as IncidentQuestion;
}

const qs = (draft: MockAnswer): MockQuestionState => ({
  key: "p/inc",
  packId: "p",
  questionId: "inc",
  sectionId: "s1",
  kind: "incident",
  category: "debugging",
  followUpIds: [],
  followUpsRevealed: false,
  draft,
  submissionIds: [],
  timeSpentMs: 0,
});

/** The answer component with its draft kept in state, as the mock session keeps it. */
function Harness({
  onSubmit,
  latest,
  strict = true,
}: {
  onSubmit: (a: MockAnswer) => void;
  latest?: MockSubmission;
  strict?: boolean;
}) {
  const [draft, setDraft] = useState<MockAnswer>({});
  return (
    <MockIncidentAnswer
      question={incident()}
      qs={qs(draft)}
      latest={latest}
      strict={strict}
      dark={false}
      onDraft={setDraft}
      onSubmit={onSubmit}
    />
  );
}

describe("MockIncidentAnswer", () => {
  it("keeps every step's answer in the draft and submits them together, without feedback", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const submit = screen.getByRole("button", { name: "Submit incident" });
    expect(submit).toBeDisabled();
    const steps = screen.getByRole("region", { name: "Steps" });
    await user.click(within(steps).getByRole("radio", { name: "Amounts went missing" }));
    await user.type(within(steps).getByRole("textbox", { name: /Your answer/ }), "2");
    const editor = within(steps).getByRole("textbox", { name: "SQL fix editor" });
    expect(editor).toHaveValue("SELECT SUM(x) AS total FROM t;");
    await user.clear(editor);
    await user.type(editor, "SELECT 1;");
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByText("Yes.")).toBeNull();
    await user.click(submit);
    expect(onSubmit).toHaveBeenCalledWith({
      steps: { diagnose: { choices: ["nulls"] }, size: { text: "2" }, fix: { text: "SELECT 1;" } },
    });
  });

  it("shows the graded steps after a submission in practice mode, not in strict mode", () => {
    const latest: MockSubmission = {
      id: "p/inc#1",
      questionKey: "p/inc",
      answer: { steps: {} },
      at: Date.UTC(2026, 0, 5, 9, 10),
      activeMs: 1,
      auto: false,
      result: {
        status: "fail",
        score: 0.25,
        cases: [{ id: "diagnose", description: "Find the fault", status: "pass", points: 1, maxPoints: 1 }],
        durationMs: 1,
      },
    };
    const { unmount } = render(<Harness onSubmit={vi.fn()} latest={latest} strict={false} />);
    expect(screen.getByRole("region", { name: "Submission results" })).toHaveTextContent("Find the fault");
    expect(screen.getByRole("button", { name: "Submit incident again" })).toBeInTheDocument();
    unmount();
    render(<Harness onSubmit={vi.fn()} latest={latest} strict />);
    expect(screen.queryByRole("region", { name: "Submission results" })).toBeNull();
    expect(screen.getByText(/Submitted at/)).toBeInTheDocument();
  });
});
