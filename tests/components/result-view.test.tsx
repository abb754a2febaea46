import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ResultView } from "../../src/components/results/ResultView";
import type { GradeResult } from "../../src/domain/grading/result";

const visibleFail = {
  id: "default",
  description: "The example data",
  status: "fail" as const,
  message: "1 row missing, expected 2 rows, got 1",
  details: {
    kind: "sql",
    redacted: false,
    diff: {
      equal: false,
      expectedColumns: ["customer"],
      actualColumns: ["customer"],
      expectedRowCount: 2,
      actualRowCount: 1,
      correctCount: 1,
      missing: [{ row: ["bob"], count: 1 }],
      missingCount: 1,
      extra: [],
      extraCount: 0,
      truncated: false,
    },
    actual: { columns: ["customer"], rows: [["ann"]], rowCount: 1, truncated: false },
  },
};

describe("ResultView with SQL cases", () => {
  it("shows a visible dataset's rows and diff, and a hidden one's verdict only", () => {
    const result: GradeResult = {
      status: "fail",
      score: 1 / 3,
      durationMs: 5,
      cases: [
        visibleFail,
        {
          id: "ties",
          hidden: true,
          status: "fail",
          message: "Wrong result on a hidden dataset.",
          details: { kind: "sql", redacted: true },
        },
        {
          id: "nulls",
          hidden: true,
          status: "pass",
          message: "Right result on a hidden dataset.",
          details: { kind: "sql", redacted: true },
        },
      ],
    };
    render(<ResultView result={result} label="Submission results" />);
    const region = screen.getByRole("region", { name: "Submission results" });
    expect(within(region).getByText("Hidden cases: 1 / 2 passed")).toBeInTheDocument();
    expect(within(region).getByRole("table", { name: /Missing rows/ })).toHaveTextContent("bob");
    const hidden = within(region).getByText("Hidden case ties").closest("li")!;
    expect(hidden).toHaveTextContent("Wrong result on a hidden dataset.");
    expect(hidden).toHaveTextContent("its rows, row counts and error messages are not shown");
    expect(within(hidden).queryByRole("table")).toBeNull();
    expect(hidden.textContent).not.toMatch(/\d+ (correct|missing|extra)/);
  });

  it("shows an error on a hidden dataset as its class with no message", () => {
    const result: GradeResult = {
      status: "error",
      score: 0,
      durationMs: 5,
      error: {
        kind: "SQLiteError",
        message:
          "Your SQL failed on a hidden dataset. Only the kind of error is shown: its message could reveal the hidden data.",
      },
      cases: [
        { ...visibleFail, status: "pass", message: "2 rows match" },
        { id: "ties", hidden: true, status: "error", message: "Failed on a hidden dataset (SQLiteError)." },
      ],
    };
    render(<ResultView result={result} label="Submission results" />);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "SQLiteError: Your SQL failed on a hidden dataset. Only the kind of error is shown",
    );
    expect(screen.getByText("Hidden case ties").closest("li")).toHaveTextContent(
      "Failed on a hidden dataset (SQLiteError).",
    );
  });

  it("still renders hidden details saved by an older version (with a diff) without their counts", () => {
    const old = {
      id: "ties",
      hidden: true,
      status: "fail" as const,
      message: "Wrong result on a hidden dataset.",
      details: { ...visibleFail.details, redacted: true, missing: [], actual: undefined },
    };
    render(<ResultView result={{ status: "fail", score: 0, durationMs: 1, cases: [old] }} label="Results" />);
    const hidden = screen.getByText("Hidden case ties").closest("li")!;
    expect(hidden.textContent).not.toMatch(/1 correct/);
  });
});
