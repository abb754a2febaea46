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
  it("pre-selects the suggestion, shows when each rating comes back, and saves the user's choice", async () => {
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
    expect(screen.getByText(/Suggested:/)).toHaveTextContent("Suggested: Good. Because.");
    expect(screen.getByRole("radio", { name: /^Good, back in 2 days \(suggested\)$/ })).toBeChecked();
    expect(screen.getByRole("radio", { name: /^Again, back in 10 min$/ })).not.toBeChecked();
    expect(screen.getByRole("radio", { name: /^Hard, back in 1 day$/ })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: /^Easy, back in 8 days$/ })).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: /^Hard/ }));
    await user.click(screen.getByRole("button", { name: "Save rating and continue" }));
    expect(onRate).toHaveBeenCalledWith("hard");
  });

  it("disables saving while a rating is being saved", () => {
    render(<DrillRatingForm suggestion="again" reason="" previews={previews} busy onRate={vi.fn()} />);
    expect(screen.getByRole("button", { name: "Saving…" })).toBeDisabled();
  });
});

describe("ratingReason", () => {
  it("explains each suggestion from the attempt", () => {
    expect(ratingReason({ ...attempt, status: "fail", score: 0.5 }, "again")).toBe(
      "Your first try did not pass (score 50%).",
    );
    expect(ratingReason({ ...attempt, status: "error", score: 0 }, "again")).toMatch(/could not be graded/);
    expect(ratingReason({ ...attempt, hintsUsed: 2 }, "hard")).toBe("You passed with 2 hints.");
    expect(ratingReason({ ...attempt, solutionViewed: true }, "hard")).toMatch(/viewing the solution/);
    expect(ratingReason({ ...attempt, timeSpentMs: 30_000 }, "easy")).toMatch(/1 min, estimate 2 min/);
    expect(ratingReason(attempt, "good")).toMatch(/without hints/);
  });
});
