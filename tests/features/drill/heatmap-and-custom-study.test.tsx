import "fake-indexeddb/auto";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { activityHeatmap } from "../../../src/domain/drill";
import { ActivityHeatmap, monthLabels } from "../../../src/features/drill/ActivityHeatmap";
import { CustomStudy } from "../../../src/features/drill/CustomStudy";
import { useAppStore } from "../../../src/store";
import { resetProgress } from "../../../src/store/backup-repo";
import { DRILL_DEFAULTS } from "../../../src/store/drill-slice";
import { parsePack, type Pack } from "../../../src/domain/packs";
import { choiceQuestion, validPack } from "../../domain/packs/pack-factories";

// 16 weeks from Monday 2026-01-05 to Sunday 2026-04-26.
const days = activityHeatmap([], "2026-01-05", "2026-04-26");

describe("the activity calendar's labels", () => {
  it("names each month where its first week begins", () => {
    expect(monthLabels(days)).toEqual([
      { column: 0, label: "Jan" },
      { column: 4, label: "Feb" },
      { column: 8, label: "Mar" },
      { column: 13, label: "Apr" },
    ]);
    // A first month with too little room before the next one is left out.
    expect(monthLabels(activityHeatmap([], "2026-01-19", "2026-03-01"))).toEqual([
      { column: 2, label: "Feb" },
    ]);
  });

  it("shows months and weekdays beside the cells", () => {
    render(<ActivityHeatmap days={days} weeks={16} />);
    const region = screen.getByRole("region", { name: "Activity" });
    for (const label of ["Jan", "Feb", "Mar", "Apr", "Mon", "Wed", "Fri"])
      expect(region).toHaveTextContent(label);
    expect(screen.getAllByRole("img")).toHaveLength(16 * 7);
  });
});

function pack(): Pack {
  const r = parsePack(
    validPack([choiceQuestion("a", { topics: ["joins"] }), choiceQuestion("b")], { id: "p" }),
  );
  if (!r.ok) throw new Error("bad pack");
  return r.pack;
}

describe("custom study", () => {
  beforeEach(async () => {
    await resetProgress();
    useAppStore.setState({ drill: DRILL_DEFAULTS, drillSession: null, drillExtra: null });
    window.location.hash = "#/drill";
  });

  it("says when there is nothing to review ahead, and drills a chosen topic", async () => {
    const user = userEvent.setup();
    render(<CustomStudy packs={[pack()]} done />);
    expect(screen.getByRole("region", { name: "Custom study" })).toHaveTextContent(
      "Today’s drill is done. Want more?",
    );
    await user.click(screen.getByRole("button", { name: "Review ahead (next 3 days)" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("No reviews fall due in the next 3 days.");
    expect(screen.getByRole("button", { name: "Start topic drill" })).toBeDisabled();
    await user.selectOptions(screen.getByRole("combobox", { name: "Drill one topic" }), "joins");
    await user.click(screen.getByRole("button", { name: "Start topic drill" }));
    await expect.poll(() => window.location.hash).toBe("#/practice/p/a?drill=1");
    expect(useAppStore.getState().drillSession).toMatchObject({ keys: ["p/a"], topics: ["joins"] });
  });

  it("studies more today", async () => {
    const user = userEvent.setup();
    useAppStore.setState({ drill: { ...DRILL_DEFAULTS, newPerDay: 0 } });
    render(<CustomStudy packs={[pack()]} done={false} />);
    await user.click(screen.getByRole("button", { name: "Study 15 more minutes today" }));
    await expect.poll(() => useAppStore.getState().drillSession?.keys.length).toBe(2);
    expect(useAppStore.getState().drillExtra).toMatchObject({ minutes: 15, newQuestions: 3 });
  });
});
