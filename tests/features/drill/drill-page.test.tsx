import "fake-indexeddb/auto";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { scheduler } from "../../../src/domain/drill";
import { DrillPage } from "../../../src/features/drill/DrillPage";
import type { Question } from "../../../src/domain/packs";
import { useAppStore } from "../../../src/store";
import { saveReview } from "../../../src/store/drill-repo";
import { DRILL_DEFAULTS } from "../../../src/store/drill-slice";

beforeEach(() => {
  useAppStore.setState({ drill: DRILL_DEFAULTS, drillSession: null, drillExtra: null, drillUndo: null });
  window.location.hash = "#/drill";
});

const LONG = 15_000;

const todayStatus = () => within(screen.getByRole("region", { name: "Today" })).getByRole("status");

describe("DrillPage", () => {
  it(
    "shows today's counts, an empty streak, the activity calendar and starts a session",
    { timeout: LONG },
    async () => {
      const user = userEvent.setup();
      render(<DrillPage />);
      await screen.findByRole("region", { name: "Today" }, { timeout: 15_000 });
      // A fresh profile: new questions only, fitted to the default 15 minutes.
      expect(todayStatus()).toHaveTextContent(/^0 reviews due, [1-5] new$/);
      expect(screen.getByRole("region", { name: "Today" })).toHaveTextContent(
        /About \d+ min \(your day: 15 min\)\. At most one long written answer a day\./,
      );
      const streak = screen.getByRole("region", { name: "Streak and goal" });
      expect(streak).toHaveTextContent(/Current streak\s*0 days/);
      expect(streak).toHaveTextContent(/0 of 5 questions/);
      const cells = within(screen.getByRole("group", { name: /Reviews per day/ })).getAllByRole("img");
      expect(cells.length).toBeGreaterThan(15 * 7);
      expect(cells.length).toBeLessThanOrEqual(16 * 7);
      expect(cells.at(-1)).toHaveAccessibleName(/: 0 reviews$/);
      expect(screen.getByText("No reviews in the last 16 weeks yet.")).toBeInTheDocument();

      await user.click(screen.getByRole("button", { name: "Start session" }));
      const session = useAppStore.getState().drillSession!;
      const minutes = new Map<string, Question>(
        useAppStore
          .getState()
          .packs.flatMap(({ pack: p }) => p.questions.map((q) => [`${p.id}/${q.id}`, q] as const)),
      );
      const picked = session.keys.map((k) => minutes.get(k)!);
      expect(picked.reduce((n, q) => n + q.estimatedMinutes, 0)).toBeLessThanOrEqual(15);
      expect(picked.filter((q) => q.kind === "written" || q.kind === "design").length).toBeLessThanOrEqual(1);
      expect(session.index).toBe(0);
      expect(window.location.hash).toBe(`#/practice/${session.keys[0]}?drill=1`);
    },
  );

  it(
    "says honestly when nothing is due and when no question matches the settings",
    { timeout: LONG },
    async () => {
      const user = userEvent.setup();
      render(<DrillPage />);
      await screen.findByRole("region", { name: "Today" }, { timeout: 15_000 });
      const perDay = screen.getByRole("spinbutton", { name: "New questions per day" });
      await user.clear(perDay);
      await user.type(perDay, "0");
      expect(useAppStore.getState().drill.newPerDay).toBe(0);
      expect(todayStatus()).toHaveTextContent("Nothing due today");
      expect(screen.queryByRole("button", { name: "Start session" })).toBeNull();
      expect(screen.getByText(/new questions per day is set to 0/)).toBeInTheDocument();

      const packs = screen.getByRole("group", { name: "Packs" });
      await user.click(within(packs).getByRole("checkbox", { name: "SQL for ML engineers" }));
      const categories = screen.getByRole("group", { name: "Categories" });
      await user.click(within(categories).getByRole("checkbox", { name: "System design" }));
      expect(useAppStore.getState().drill).toMatchObject({ packs: ["sql"], categories: ["system-design"] });
      expect(todayStatus()).toHaveTextContent("No questions match your drill settings.");
    },
  );

  it("counts today's reviews in the streak, the goal and the calendar", { timeout: LONG }, async () => {
    const s = scheduler();
    const now = Date.now();
    const r = s.applyReview(s.newCard("ml-fundamentals/split-grouped-patients", now), "good", now);
    await saveReview(r.card, r.log);
    render(<DrillPage />);
    const streak = await screen.findByRole("region", { name: "Streak and goal" }, { timeout: 15_000 });
    expect(streak).toHaveTextContent(/Current streak\s*1 day/);
    expect(streak).toHaveTextContent(/1 of 5 questions/);
    expect(screen.getByText("1 review on 1 day in the last 16 weeks.")).toBeInTheDocument();
    expect(todayStatus()).toHaveTextContent(/^0 reviews due, [1-4] new$/);
    expect(screen.getByRole("list", { name: "Reviews due per day, next 7 days" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Review forecast" })).toHaveTextContent(
      "1 review due in the next 7 days.",
    );
  });
});
