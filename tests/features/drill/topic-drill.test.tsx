import "fake-indexeddb/auto";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { DrillPage } from "../../../src/features/drill/DrillPage";
import { DrillBanner } from "../../../src/features/practice/DrillPanel";
import { useAppStore } from "../../../src/store";
import { DRILL_DEFAULTS } from "../../../src/store/drill-slice";

const KEYS = ["ml-fundamentals/a", "ml-fundamentals/b", "ml-fundamentals/c"];
const topicDrill = { day: "2026-11-10", keys: KEYS, index: 1, topics: ["pandas", "joins"] };

beforeEach(() => {
  useAppStore.setState({ drill: DRILL_DEFAULTS, drillSession: topicDrill, drillNotice: null });
  window.location.hash = "#/drill";
});

describe("a topic drill on the drill page", () => {
  it("shows where the topic drill is, continues it, and stops it with a notice", async () => {
    const user = userEvent.setup();
    render(<DrillPage />);
    const card = await screen.findByRole("region", { name: "Topic drill" }, { timeout: 15_000 });
    expect(within(card).getByRole("status")).toHaveTextContent(
      "Topic drill: pandas, joins — question 2 of 3",
    );
    // Today's queue ignores the topic drill: it offers its own session, not "Continue".
    expect(within(screen.getByRole("region", { name: "Today" })).getByRole("button")).toHaveTextContent(
      "Start session",
    );
    await user.click(within(card).getByRole("button", { name: "Continue topic drill" }));
    expect(window.location.hash).toBe("#/practice/ml-fundamentals/b?drill=1");

    await user.click(within(card).getByRole("button", { name: "Stop topic drill" }));
    expect(useAppStore.getState().drillSession).toBeNull();
    expect(screen.queryByRole("region", { name: "Topic drill" })).toBeNull();
    expect(screen.getByText(/Topic drill stopped: pandas, joins\./)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText(/Topic drill stopped/)).toBeNull();
  });
});

describe("the drill panel during a topic drill", () => {
  it("labels the topic drill and lets the user stop it", async () => {
    const user = userEvent.setup();
    render(<DrillBanner questionKey={KEYS[1]!} />);
    const panel = screen.getByRole("region", { name: "Topic drill" });
    expect(panel).toHaveTextContent("Topic drill: pandas, joins — question 2 of 3");
    expect(panel).toHaveTextContent("Answer the question, then rate how well you knew it (keys 1–4).");
    await user.click(within(panel).getByRole("button", { name: "Stop topic drill" }));
    expect(useAppStore.getState().drillSession).toBeNull();
    expect(window.location.hash).toBe("#/drill");
  });

  it("points to the drill's next question when another one is open", () => {
    render(<DrillBanner questionKey={KEYS[0]!} />);
    expect(screen.getByRole("link", { name: "Go to the next one" })).toHaveAttribute(
      "href",
      "#/practice/ml-fundamentals/b?drill=1",
    );
  });
});
