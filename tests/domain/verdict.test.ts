import { describe, expect, it } from "vitest";
import { errorOwner, verdictTitle } from "../../src/domain/grading/verdict";

describe("verdictTitle", () => {
  it("says which tests passed or failed", () => {
    expect(verdictTitle("pass")).toBe("All tests passed");
    expect(verdictTitle("fail")).toBe("Some tests failed");
  });

  it("heads the candidate's own errors as theirs, never as a grading failure", () => {
    expect(verdictTitle("error", { kind: "SyntaxError" })).toBe("Your code has a syntax error");
    expect(verdictTitle("error", { kind: "Timeout" })).toBe("Your code ran out of time");
    expect(verdictTitle("error", { kind: "SQLiteError" })).toBe("Your query did not run");
    expect(verdictTitle("error", { kind: "NameError" })).toBe("Your code raised an error");
    for (const kind of ["SyntaxError", "Timeout", "NameError", "SQLiteError"]) {
      expect(verdictTitle("error", { kind })).not.toMatch(/could not be graded/i);
      expect(errorOwner({ kind })).toBe("answer");
    }
  });

  it("heads failures of the app as the app's", () => {
    for (const kind of ["EngineLoadError", "WorkerCrashed", "PackageUnavailable", "QuestionError"]) {
      expect(verdictTitle("error", { kind })).toBe("Could not be graded: the app failed, not your answer");
      expect(errorOwner({ kind })).toBe("app");
    }
  });
});
