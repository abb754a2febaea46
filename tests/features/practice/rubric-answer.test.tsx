import { IDBFactory } from "fake-indexeddb";
import "fake-indexeddb/auto";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { GradeResult } from "../../../src/domain/grading/result";
import type { Pack, WrittenQuestion } from "../../../src/domain/packs";
import { RubricAnswer } from "../../../src/features/practice/answers/RubricAnswer";
import type { QuestionSession } from "../../../src/features/practice/use-question-session";
import { saveDraft, useAppStore } from "../../../src/store";
import { resetDbHandle } from "../../../src/store/db-handle";

const pack = JSON.parse(readFileSync(resolve("questions/ml-fundamentals.json"), "utf8")) as Pack;
const question = pack.questions.find((q) => q.id === "srm-detected-response") as WrittenQuestion;

function fakeSession(over: Partial<QuestionSession> = {}): QuestionSession {
  return {
    key: "ml-fundamentals/srm-detected-response",
    hintsShown: 0,
    showNextHint: vi.fn(),
    solutionViewed: false,
    viewSolution: vi.fn(),
    attempts: [],
    record: vi.fn(async () => {}),
    saveError: null,
    firstAttempt: null,
    restoreRequest: null,
    restore: vi.fn(),
    ...over,
  };
}

const ANSWER =
  "We can't ship on this result. The treatment arm lost users for a non-random reason, so the groups are no " +
  "longer comparable and the lift mixes in a selection effect of unknown sign. I would break the ratio down " +
  "by browser and day, look for a crash or an extra redirect on the new page, then rerun.";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbHandle();
  useAppStore.setState({ preTickSuggestions: false });
});

/** The answer as a saved draft (read back asynchronously, as after a reload), then submitted. */
async function writeAndSubmit(session: QuestionSession, text = ANSWER) {
  await saveDraft(session.key, { answer: text });
  const user = userEvent.setup();
  render(<RubricAnswer question={question} session={session} />);
  const box = await screen.findByRole("textbox", { name: "Your answer" });
  await waitFor(() => expect(box).toHaveValue(text));
  await user.click(screen.getByRole("button", { name: "Submit for self-assessment" }));
  return user;
}

describe("RubricAnswer (practice)", () => {
  it("shows the answer, rubric and model answer, starts unticked, and records the model answer as seen", async () => {
    const session = fakeSession();
    await writeAndSubmit(session);
    const review = screen.getByRole("region", { name: "Self-assessment" });
    expect(within(review).getByText(/We can't ship on this result/)).toBeInTheDocument();
    expect(within(review).getByRole("complementary", { name: "Model answer" })).toBeInTheDocument();
    const boxes = within(review).getAllByRole("checkbox");
    expect(boxes).toHaveLength(question.rubric.length);
    for (const b of boxes) expect(b).not.toBeChecked();
    expect(review).toHaveTextContent("found: “selection”");
    expect(review).toHaveTextContent("found: “rerun”");
    expect(session.viewSolution).toHaveBeenCalled();
  });

  it("scores the user's ticks without a hire signal", async () => {
    const session = fakeSession();
    const user = await writeAndSubmit(session);
    await user.click(screen.getAllByRole("checkbox")[0]!);
    await user.click(screen.getByRole("button", { name: "Confirm self-assessment" }));
    const scored = screen.getByRole("region", { name: "Rubric score" });
    const first = question.rubric[0]!.points;
    const total = question.rubric.reduce((s, r) => s + r.points, 0);
    expect(within(scored).getByRole("status")).toHaveTextContent(`Score: ${first} / ${total} points`);
    expect(scored.textContent).not.toMatch(/hire signal:|strong hire|lean hire|no hire/i);
    expect(scored).toHaveTextContent("A hire signal needs a whole mock interview");
    const recorded = vi.mocked(session.record).mock.calls[0]![0] as GradeResult;
    expect(recorded.score).toBeCloseTo(first / total);
  });

  it("pre-ticks items with evidence when the setting is on", async () => {
    useAppStore.setState({ preTickSuggestions: true });
    await writeAndSubmit(fakeSession());
    const checked = screen.getAllByRole("checkbox").filter((b) => (b as HTMLInputElement).checked);
    expect(checked.length).toBeGreaterThan(0);
  });

  it("ignores phrases from hints the user opened", async () => {
    // Hint 2 names crashes, redirects and bots: with it open, those words are no evidence.
    await writeAndSubmit(fakeSession({ hintsShown: 2 }));
    const mechanisms = screen.getByRole("checkbox", { name: /Lists concrete mechanisms/ });
    expect(mechanisms.closest("label")).toHaveTextContent("not counted: it is in the question or a hint");
  });

  it("warns that a list of terms gets no suggestions", async () => {
    await writeAndSubmit(fakeSession(), "don't trust, bias, slicing, browser, crashes, rerun");
    expect(
      screen
        .getAllByRole("note")
        .map((n) => n.textContent)
        .join(" "),
    ).toMatch(/no items are suggested/);
    expect(screen.queryByText(/found: “/)).toBeNull();
  });
});
