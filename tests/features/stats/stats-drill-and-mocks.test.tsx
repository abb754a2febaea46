import "fake-indexeddb/auto";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildReport, createSession, questionResults } from "../../../src/domain/mock";
import { parsePack, type Pack } from "../../../src/domain/packs";
import { MockHistory } from "../../../src/features/stats/MockHistory";
import { WeakTopics } from "../../../src/features/stats/WeakTopics";
import { saveMock, useAppStore } from "../../../src/store";
import { resetProgress } from "../../../src/store/backup-repo";
import { DRILL_DEFAULTS } from "../../../src/store/drill-slice";
import { choiceQuestion, validPack } from "../../domain/packs/pack-factories";
import { MIN, shortLoop, shortSelection, T0 } from "../../domain/mock/mock-factories";

// Chart.js needs a real canvas; the figure's table carries the same data.
vi.mock("../../../src/components/charts/ChartCanvas", () => ({
  default: ({ title }: { title: string }) => <div role="img" aria-label={title} />,
}));

function pack(): Pack {
  const r = parsePack(
    validPack(
      [
        choiceQuestion("a", { topics: ["Pandas"] }),
        choiceQuestion("b", { topics: ["joins"] }),
        choiceQuestion("c", { topics: ["other"] }),
      ],
      { id: "p" },
    ),
  );
  if (!r.ok) throw new Error("bad test pack");
  return r.pack;
}
const weak = (topic: string) => ({ topic, mastery: 0.2, attempted: 1, total: 2 });

beforeEach(async () => {
  await resetProgress();
  useAppStore.setState({ drill: DRILL_DEFAULTS, drillSession: null, drillNotice: null });
  window.location.hash = "#/stats";
});

describe("Drill these topics", () => {
  it("starts a topic drill on the top three weak topics and opens its first question", async () => {
    const user = userEvent.setup();
    const weakest = ["joins", "pandas", "x", "y"].map(weak);
    render(<WeakTopics weakest={weakest} packs={[pack()]} />);
    expect(screen.getByRole("link", { name: "Practise y" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Drill these topics" }));
    await vi.waitFor(() => expect(window.location.hash).toBe("#/practice/p/a?drill=1"));
    expect(useAppStore.getState().drillSession).toMatchObject({
      keys: ["p/a", "p/b"],
      index: 0,
      topics: ["joins", "pandas", "x"],
    });
  });

  it("says so when no question covers the weak topics", async () => {
    const user = userEvent.setup();
    render(<WeakTopics weakest={[weak("graphs")]} packs={[pack()]} />);
    await user.click(screen.getByRole("button", { name: "Drill these topics" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "No question in your enabled packs covers graphs.",
    );
    expect(window.location.hash).toBe("#/stats");
    expect(useAppStore.getState().drillSession).toBeNull();
  });
});

describe("Mock interviews figure", () => {
  it("invites a first mock when none is finished", async () => {
    render(<MockHistory />);
    const region = screen.getByRole("region", { name: "Mock interviews (overall score %)" });
    const link = await within(region).findByRole("link", { name: "Try a mock interview" });
    expect(link).toHaveAttribute("href", "#/mock");
    expect(region).toHaveTextContent("No finished mock interviews yet.");
  });

  it("charts each finished mock's overall score, with the data as a table", async () => {
    for (const [id, start] of [
      ["m2", T0 + 60 * MIN],
      ["m1", T0],
    ] as const) {
      const s = createSession(shortLoop, shortSelection(), "practice", start, { id });
      const report = buildReport(s, questionResults(s), []);
      await saveMock(s, { ...report, overall: { ...report.overall, score: id === "m1" ? 0.25 : 0.8 } });
    }
    render(<MockHistory />);
    await screen.findByRole("img", { name: "Overall score of each finished mock interview" });
    const region = screen.getByRole("region", { name: "Mock interviews (overall score %)" });
    const rows = within(region).getAllByRole("row", { hidden: true }).slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell", { hidden: true }).at(-1)?.textContent)).toEqual([
      "25%",
      "80%",
    ]);
  });
});
