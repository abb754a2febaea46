import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { scheduler, type AttemptSummary } from "../../../src/domain/drill";
import { DrillRatingForm, ratingReason } from "../../../src/features/practice/DrillRatingForm";

const T = Date.UTC(2026, 10, 2, 9);
const previews = scheduler().previewIntervals(scheduler().newCard("p/q", T), T);
const attempt: AttemptSummary = {
  kind: "choice",
  status: "pass",
  score: 1,
  hintsUsed: 0,
  solutionViewed: false,
  timeSpentMs: 200_000,
  estimatedMinutes: 2,
};

describe("DrillRatingForm", () => {
  it("rates in one click, each rating saying when the question comes back, the suggestion highlighted", async () => {
    const user = userEvent.setup();
    const onRate = vi.fn();
    render(
      <DrillRatingForm
        suggestion="good"
        reason="Because."
        previews={previews}
        busy={false}
        onRate={onRate}
      />,
    );
    expect(screen.getByRole("group", { name: /How well did you know it\?/ })).toHaveTextContent(
      "Suggested: Good. Because.",
    );
    const good = screen.getByRole("button", { name: "Good, back in 2 days (suggested)" });
    expect(good).toHaveClass("primary");
    expect(good).toHaveAttribute("aria-keyshortcuts", "3");
    expect(screen.getByRole("button", { name: "Again, back in 10 min" })).not.toHaveClass("primary");
    expect(screen.getByRole("button", { name: "Hard, back in 1 day" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Easy, back in 8 days" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Hard/ }));
    expect(onRate).toHaveBeenCalledExactlyOnceWith("hard");
  });

  it("rates with the keys 1 to 4 (Again, Hard, Good, Easy), but not while typing in a field", async () => {
    const user = userEvent.setup();
    const onRate = vi.fn();
    render(
      <>
        <input aria-label="notes" />
        <DrillRatingForm suggestion="good" reason="" previews={previews} busy={false} onRate={onRate} />
      </>,
    );
    await user.keyboard("1");
    expect(onRate).toHaveBeenLastCalledWith("again");
    await user.keyboard("4");
    expect(onRate).toHaveBeenLastCalledWith("easy");
    await user.keyboard("5");
    await user.keyboard("{Control>}2{/Control}");
    expect(onRate).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole("textbox", { name: "notes" }));
    await user.keyboard("3");
    expect(onRate).toHaveBeenCalledTimes(2);
  });

  it("ignores clicks and keys while a rating is being saved", async () => {
    const user = userEvent.setup();
    const onRate = vi.fn();
    render(<DrillRatingForm suggestion="again" reason="" previews={previews} busy onRate={onRate} />);
    expect(screen.getByRole("status")).toHaveTextContent("Saving your rating…");
    for (const b of screen.getAllByRole("button")) expect(b).toBeDisabled();
    await user.keyboard("2");
    expect(onRate).not.toHaveBeenCalled();
  });
});

describe("ratingReason", () => {
  it("explains each suggestion from the attempt", () => {
    expect(ratingReason({ ...attempt, status: "fail", score: 0.5 }, "again")).toBe(
      "Your first try did not pass (score 50%).",
    );
    expect(ratingReason({ ...attempt, status: "error", score: 0 }, "again")).toBe(
      "Your first try did not run.",
    );
    expect(ratingReason({ ...attempt, hintsUsed: 2 }, "hard")).toBe("You passed with 2 hints.");
    expect(ratingReason({ ...attempt, solutionViewed: true }, "hard")).toMatch(/viewing the solution/);
    expect(ratingReason({ ...attempt, timeSpentMs: 30_000 }, "easy")).toMatch(/1 min, estimate 2 min/);
    expect(ratingReason(attempt, "good")).toMatch(/without hints/);
  });
});
