import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildReport, questionResults, type MockReport } from "../../../src/domain/mock";
import type { Pack } from "../../../src/domain/packs";
import { MockReportView } from "../../../src/features/mock/report/MockReportView";
import * as download from "../../../src/lib/download/download-file";
import { useAppStore } from "../../../src/store";
import { startTopicDrill } from "../../../src/store/drill-topic";
import type * as DrillTopic from "../../../src/store/drill-topic";
import { finishedMock, finishedQuestions, MIN, pool, T0 } from "../../domain/mock/mock-factories";

// Only the drill start is replaced: it writes the drill session and reads IndexedDB.
vi.mock("../../../src/store/drill-topic", async (importOriginal) => ({
  ...(await importOriginal<typeof DrillTopic>()),
  startTopicDrill: vi.fn(),
}));

const { a, b, d } = finishedQuestions;
const questions = pool([a, b, d]);
const pack = { id: "p", title: "Test pack", questions: [a, b, d] } as unknown as Pack;

/** The shared finished mock (seed 7) as a report: a right, b wrong over budget, d 2 of 3 points. */
function report(previous: MockReport[] = []): MockReport {
  const s = finishedMock(7);
  return buildReport(s, questionResults(s), questions, previous);
}

const region = (name: string) => screen.getByRole("region", { name });

beforeEach(() => {
  vi.mocked(startTopicDrill).mockReset();
  useAppStore.setState({ catalogStatus: "ready", packs: [{ pack, builtIn: true }], disabledPacks: [] });
  window.location.hash = "#/mock/mock-now";
});

describe("MockReportView", () => {
  it("shows the overall score and signal, sections, category signals and time against budget", () => {
    render(<MockReportView report={report()} retakeHref="#/mock?code=abc" />);
    const overall = region("Overall");
    expect(overall).toHaveTextContent("56%");
    expect(overall).toHaveTextContent("1.67 of 3 points");
    // Three questions in 18 minutes: too little evidence for a hire signal, and the report says so.
    expect(overall).toHaveTextContent("Hire signal: None");
    expect(overall).toHaveTextContent(/too little evidence — this loop had 3 questions \(at least 4\)/);
    expect(overall).toHaveTextContent("Finished early");
    expect(overall).toHaveTextContent(/Strict/);
    expect(overall).toHaveTextContent("15 min of 18 min");

    const sections = within(region("Sections")).getByRole("table", { name: /per section/ });
    const row = within(sections).getByRole("row", { name: /Fundamentals/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["50%", "2", "9 min of 10 min"]);
    const categories = region("Hire signal by category");
    expect(within(categories).getByRole("row", { name: /ML fundamentals/ })).toHaveTextContent(
      "None — No signal for a loop this small.",
    );

    const time = within(region("Time per question")).getByRole("table");
    expect(within(time).getByRole("row", { name: /Q b/ })).toHaveTextContent("6 min of 5 min▲ Over by 1 min");
    expect(within(time).getByRole("row", { name: /Q a/ })).toHaveTextContent("Within budget");

    expect(screen.getByRole("link", { name: "Retake this mock" })).toHaveAttribute("href", "#/mock?code=abc");
    expect(screen.getByRole("link", { name: "Back to mock interviews" })).toHaveAttribute("href", "#/mock");
    expect(screen.getByText(/This is your first mock interview/)).toBeInTheDocument();
  });

  it("shows each question's result, solution, explanation and rubric breakdown", () => {
    render(<MockReportView report={report()} />);
    const list = region("Questions and solutions");
    const failed = within(list).getByRole("heading", { name: "Q b", level: 3 }).closest("details")!;
    expect(failed).toHaveAttribute("open");
    expect(failed).toHaveTextContent("Failed");
    expect(within(failed).getByRole("heading", { name: "Solution" }).nextElementSibling).toHaveTextContent(
      "Yes",
    );
    expect(failed).toHaveTextContent("Why b.");
    // The options keep the letters shown in the mock; the solution names the right one by its letter.
    const options = within(failed).getByRole("table", { name: "Options of Q b, as shown in the mock" });
    const yes = within(options).getByRole("row", { name: /Yes/ });
    const letter = /^([AB])\./.exec(within(yes).getByRole("rowheader").textContent ?? "")![1]!;
    expect(
      within(yes)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["✓ Correct", ""]);
    expect(within(options).getByRole("row", { name: /No/ })).toHaveTextContent("Chosen");
    expect(within(failed).getByRole("heading", { name: "Solution" }).nextElementSibling).toHaveTextContent(
      `${letter}. Yes`,
    );
    const passed = within(list).getByRole("heading", { name: "Q a", level: 3 }).closest("details")!;
    expect(passed).not.toHaveAttribute("open");

    const design = within(list).getByRole("heading", { name: "Q d", level: 3 }).closest("details")!;
    expect(design).toHaveTextContent("Model design.");
    const rubric = within(design).getByRole("table", { name: "Rubric for Q d: 2 of 3 points" });
    const cells = (name: RegExp) =>
      within(within(rubric).getByRole("row", { name }))
        .getAllByRole("cell")
        .map((c) => c.textContent);
    expect(cells(/Point one/)).toEqual(["2 / 2", "✓ Met"]);
    expect(cells(/Point two/)).toEqual(["0 / 1", "✗ Missed"]);
    expect(screen.queryByRole("link", { name: "Retake this mock" })).toBeNull();
  });

  it("drills the weak topics over the enabled packs, and says why when it cannot", async () => {
    const user = userEvent.setup();
    vi.mocked(startTopicDrill).mockResolvedValueOnce({ ok: true, href: "#/practice/p/b?drill=1", count: 1 });
    render(<MockReportView report={report()} />);
    const topics = region("Strengths and weaknesses");
    expect(within(topics).getByRole("heading", { name: /Weaknesses/ }).nextElementSibling).toHaveTextContent(
      "calibration: 0%",
    );
    await user.click(within(topics).getByRole("button", { name: "Drill weak topics" }));
    expect(startTopicDrill).toHaveBeenCalledWith(["calibration"], [pack], expect.any(Number));
    expect(window.location.hash).toBe("#/practice/p/b?drill=1");

    vi.mocked(startTopicDrill).mockResolvedValueOnce({
      ok: false,
      message: "No question covers calibration.",
    });
    await user.click(within(topics).getByRole("button", { name: "Drill weak topics" }));
    expect(await within(topics).findByRole("alert")).toHaveTextContent("No question covers calibration.");
  });

  it("hides the drill when nothing is weak", () => {
    const r = report();
    render(<MockReportView report={{ ...r, weaknesses: [], drillTopics: [] }} />);
    expect(screen.queryByRole("button", { name: "Drill weak topics" })).toBeNull();
    expect(region("Strengths and weaknesses")).toHaveTextContent("No weak topics to drill");
  });

  it("compares with earlier mocks and exports the report as Markdown and JSON", async () => {
    const user = userEvent.setup();
    const spy = vi.spyOn(download, "downloadFile").mockImplementation(() => {});
    const first = {
      ...report(),
      id: "mock-old",
      startedAt: T0 - 86_400_000,
      finishedAt: T0 - 86_400_000 + MIN,
    };
    const r = report([{ ...first, overall: { ...first.overall, score: 0.4 } }]);
    render(<MockReportView report={r} />);
    const compare = region("Compared with earlier mocks");
    expect(compare).toHaveTextContent("Previous mock: 40%; this one: 56% (up 16 points)");
    expect(compare).toHaveTextContent("this is your best yet");
    const table = within(compare).getByRole("table", { name: /oldest first/ });
    expect(
      within(table)
        .getAllByRole("row")
        .map((row) => row.lastChild?.textContent),
    ).toEqual(["Overall score", "40%", "56%"]);

    await user.click(screen.getByRole("button", { name: "Download Markdown" }));
    const [name, text, type] = spy.mock.calls[0]!;
    expect(name).toMatch(/^mle-dojo-mock-2026-01-0[45]\.md$/);
    expect(type).toBe("text/markdown");
    expect(text).toContain("# Mock interview report: Short loop");
    expect(text).toContain("| Fundamentals | 50% | 2 | 9.0 min | 10.0 min |");
    expect(text).toContain("| Point two | 0 / 1 |");
    await user.click(screen.getByRole("button", { name: "Download JSON" }));
    expect(spy.mock.calls[1]![0]).toMatch(/\.json$/);
    expect(JSON.parse(spy.mock.calls[1]![1])).toEqual(r);
    spy.mockRestore();
  });
});
