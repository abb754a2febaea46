import { IDBFactory } from "fake-indexeddb";
import "fake-indexeddb/auto";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { shownOptions } from "../../../src/domain/grading/choice-order";
import type { ChoiceQuestion } from "../../../src/domain/packs";
import { ChoiceAnswer } from "../../../src/features/practice/answers/ChoiceAnswer";
import type { QuestionSession } from "../../../src/features/practice/use-question-session";
import { loadDraft, saveDraft } from "../../../src/store";
import { resetDbHandle } from "../../../src/store/db-handle";

const question = {
  id: "c",
  kind: "choice",
  title: "Pick",
  prompt: "Which?",
  hints: [],
  options: ["first", "second", "third", "fourth"].map((t, i) => ({
    id: `o${i}`,
    text: t,
    correct: i === 0,
    explanation: `Because ${t}.`,
  })),
} as unknown as ChoiceQuestion;

const session = (over: Partial<QuestionSession> = {}): QuestionSession => ({
  key: "p/c",
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
});

const shownTexts = () =>
  screen.getAllByRole("radio").map((r) => r.closest("label")!.textContent!.replace(/\s+/g, " ").trim());

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbHandle();
});

describe("ChoiceAnswer (practice)", () => {
  it("shows the options lettered in the order of the draft's seed, and keeps it when reopened", async () => {
    await saveDraft("p/c", { seed: 12345, choices: [] });
    const expected = shownOptions(question, 12345).map((s) => `${s.letter}.${s.option.text}`);
    const { unmount } = render(<ChoiceAnswer question={question} session={session()} />);
    await waitFor(() => expect(shownTexts()).toEqual(expected));
    unmount();
    render(<ChoiceAnswer question={question} session={session()} />);
    await waitFor(() => expect(shownTexts()).toEqual(expected));
  });

  it("records a fresh seed as soon as the question is shown, so a reload keeps the order", async () => {
    const { unmount } = render(<ChoiceAnswer question={question} session={session()} />);
    await waitFor(async () =>
      expect(await loadDraft("p/c")).toMatchObject({ seed: expect.any(Number), choices: [] }),
    );
    const first = shownTexts();
    unmount();
    render(<ChoiceAnswer question={question} session={session()} />);
    await waitFor(() => expect(shownTexts()).toEqual(first));
  });

  it("reads a draft saved before shuffling (a list of ids) and keeps its choice", async () => {
    await saveDraft("p/c", ["o2"]);
    render(<ChoiceAnswer question={question} session={session()} />);
    await waitFor(() => expect(screen.getByRole("radio", { name: /third/ })).toBeChecked());
  });

  it("says in one sentence per option what was right, records the seed with the attempt, and retries in a new order", async () => {
    await saveDraft("p/c", { seed: 99, choices: [] });
    const s = session();
    const user = userEvent.setup();
    render(<ChoiceAnswer question={question} session={s} />);
    await user.click(await screen.findByRole("radio", { name: /second/ }));
    await user.click(screen.getByRole("button", { name: "Check answer" }));
    expect(screen.getByRole("status")).toHaveTextContent("Not quite — score 0%.");
    const option = (text: string) =>
      screen.getByRole("radio", { name: new RegExp(text) }).closest(".option")!;
    expect(
      within(option("second") as HTMLElement).getByText("Your answer, and it is not correct."),
    ).toBeInTheDocument();
    expect(within(option("first") as HTMLElement).getByText("The correct answer.")).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Not correct\. Not correct|left it out/);
    expect(s.record).toHaveBeenCalledWith(expect.objectContaining({ status: "fail" }), {
      seed: 99,
      choices: ["o1"],
    });

    await user.click(screen.getByRole("button", { name: "Try again in a new order" }));
    await waitFor(async () => expect(((await loadDraft("p/c")) as { seed: number }).seed).not.toBe(99));
    for (const r of screen.getAllByRole("radio")) expect(r).not.toBeChecked();
  });
});
