import { IDBFactory } from "fake-indexeddb";
import "fake-indexeddb/auto";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import {
  applyGrade,
  buildReport,
  createSession,
  encodeShareCode,
  finishEarly,
  getTemplate,
  questionResults,
  submitAnswer,
  type LoopTemplate,
} from "../../../src/domain/mock";
import { parseHash } from "../../../src/lib/router/hash-router";
import { MockPage } from "../../../src/features/mock/MockPage";
import { activeMock, listMocks, saveMock, useAppStore } from "../../../src/store";
import { startMock } from "../../../src/store/mock-flow";
import { resetDbHandle } from "../../../src/store/db-handle";
import { MIN, pool, q, T0 } from "../../domain/mock/mock-factories";

const LOAD = { timeout: 15_000 };

beforeEach(() => {
  // A fresh, empty database per test; the built-in catalog stays loaded in the store.
  globalThis.indexedDB = new IDBFactory();
  resetDbHandle();
  useAppStore.setState({ disabledPacks: [], lastMockLoop: "screen-30" });
  window.location.hash = "#/mock";
});

/** Render the page and wait until the packs and saved mocks are read (Start becomes usable). */
async function renderPage() {
  render(<MockPage />);
  const start = await screen.findByRole("button", { name: "Start mock" }, LOAD);
  await waitFor(() => expect(start).toBeEnabled(), LOAD);
  return start;
}

const seedField = () => screen.getByRole("spinbutton", { name: "Seed" });

/** A finished, graded one-question mock saved with its report. */
async function saveFinishedMock() {
  const question = q("c1");
  const loop: LoopTemplate = {
    id: "custom",
    title: "Tiny loop",
    description: "test",
    sections: [{ id: "s1", title: "Choice", minutes: 5, count: 1, filter: {} }],
  };
  let s = createSession(loop, [{ sectionId: "s1", questions: pool([question]) }], "practice", T0, {
    id: "mock-old",
    seed: 3,
  });
  s = submitAnswer(s, "p/c1", T0 + MIN, { answer: { choices: ["a"] } }).state;
  s = finishEarly(s, T0 + 2 * MIN).state;
  s = applyGrade(s, "p/c1#1", { status: "pass", score: 1, cases: [], durationMs: 1 }).state;
  const report = buildReport(s, questionResults(s), pool([question]), []);
  expect((await saveMock(s, report)).ok).toBe(true);
}

describe("MockPage (setup)", { timeout: 20_000 }, () => {
  it("starts the chosen lane loop, saves it as the active mock and opens it", async () => {
    const user = userEvent.setup();
    const start = await renderPage();
    expect(
      screen.getByText("No finished mock interviews yet. Your reports will be listed here."),
    ).toBeVisible();
    const infra = screen.getByRole("radio", { name: "ML platform / infrastructure" });
    expect(infra).toHaveAccessibleDescription(/Python coding: 30 min · 1 question, 26 in your packs/);
    expect(infra).toHaveAccessibleDescription(/Total: 115 min · 7 questions/);
    await user.click(infra);
    await user.click(screen.getByRole("radio", { name: /^Practice/ }));
    await user.clear(seedField());
    await user.type(seedField(), "12345");
    const link = (screen.getByRole("textbox", { name: "Share link" }) as HTMLInputElement).value;
    expect(link.startsWith("http://localhost:3000/#/mock?code=")).toBe(true);
    const code = parseHash(link.slice(link.indexOf("#"))).query.get("code")!;
    expect(code).toBe(encodeShareCode(getTemplate("infra")!, 12345));

    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(screen.getByText("Link copied.")).toHaveRole("status");
    expect(await navigator.clipboard.readText()).toBe(link);
    await user.click(screen.getByRole("button", { name: "New questions" }));
    expect(seedField()).not.toHaveValue(12345);
    await user.clear(seedField());
    await user.type(seedField(), "12345");

    await user.click(start);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/mock\/mock-\d+$/), LOAD);
    const active = await activeMock();
    expect(window.location.hash).toBe(`#/mock/${encodeURIComponent(active!.id)}`);
    expect(active!.state).toMatchObject({ mode: "practice", seed: 12345, template: { id: "infra" } });
    expect(active!.state.sections.map((x) => x.questionKeys.length)).toEqual([1, 1, 2, 1, 2]);

    // Next time the page preselects the loop last started.
    cleanup();
    window.location.hash = "#/mock";
    await renderPage();
    expect(screen.getByRole("radio", { name: "ML platform / infrastructure" })).toBeChecked();
  });

  it("preselects the 30-minute screen for a first mock", async () => {
    await renderPage();
    expect(screen.getByRole("radio", { name: "30-minute screen" })).toBeChecked();
  });

  it("lists every section the enabled packs cannot fill, and starts nothing", async () => {
    const user = userEvent.setup();
    await renderPage();
    const all = useAppStore.getState().packs.map((p) => p.pack.id);
    useAppStore.setState({ disabledPacks: all.filter((id) => id !== "sql") });
    await user.click(screen.getByRole("radio", { name: "Applied / product MLE" }));
    expect(await screen.findAllByText(/only 0 in your packs/)).not.toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Start mock" }));
    const alert = await screen.findByRole("alert");
    const items = within(alert).getAllByRole("listitem");
    expect(items).toHaveLength(4); // applied: python, fundamentals, design, debugging; SQL is fine
    expect(items[0]).toHaveTextContent(
      'Section "Python coding" needs 1 question (category coding, kind python, difficulty medium–hard, lane applied) but the enabled packs have 0.',
    );
    expect(await listMocks()).toEqual([]);
    expect(window.location.hash).toBe("#/mock");
  });

  it("preselects the loop and seed of a shared built-in or custom code", async () => {
    window.location.hash = `#/mock?code=${encodeShareCode(getTemplate("data-centric")!, 987654)}`;
    await renderPage();
    expect(screen.getByText("Shared mock loaded: Data-centric MLE, seed 987654.")).toHaveRole("status");
    expect(screen.getByRole("radio", { name: "Data-centric MLE" })).toBeChecked();
    expect(seedField()).toHaveValue(987654);

    window.location.hash = "#/mock?code=M1~custom~1z~i~cq.em.15.1~fc.eh.10.2";
    expect(await screen.findByRole("radio", { name: "Custom loop" })).toBeChecked();
    expect(seedField()).toHaveValue(71);
    expect(screen.getByRole("combobox", { name: "Lane (optional)" })).toHaveValue("infra");
    const first = screen.getByRole("group", { name: "Section 1: Coding (SQL)" });
    expect(within(first).getByRole("spinbutton", { name: "Minutes" })).toHaveValue(15);
    expect(within(first).getByRole("combobox", { name: "Hardest" })).toHaveValue("medium");
    expect(within(first).getByRole("checkbox", { name: "SQL" })).toBeChecked();
    const second = screen.getByRole("group", { name: "Section 2: ML fundamentals (multiple choice)" });
    expect(within(second).getByRole("spinbutton", { name: "Questions" })).toHaveValue(2);
    expect(screen.getByText("Total: 25 min · 3 questions")).toBeVisible();
  });

  it("says clearly when a shared code is invalid", async () => {
    window.location.hash = "#/mock?code=M1~nope~1";
    await renderPage();
    expect(screen.getByRole("alert")).toHaveTextContent(
      'This share link could not be opened. Invalid mock code: there is no loop template "nope".',
    );
    expect(screen.getByRole("radio", { name: "30-minute screen" })).toBeChecked();
  });

  it("shows custom loop issues next to their fields and blocks the start", async () => {
    const user = userEvent.setup();
    await renderPage();
    await user.click(screen.getByRole("radio", { name: "Custom loop" }));
    const second = screen.getByRole("group", { name: "Section 2: ML fundamentals" });
    const minutes = within(second).getByRole("spinbutton", { name: "Minutes" });
    await user.clear(minutes);
    await user.type(minutes, "2");
    expect(minutes).toBeInvalid();
    expect(minutes).toHaveAccessibleDescription("3 questions need at least 3 minutes");
    expect(screen.getByRole("button", { name: "Start mock" })).toBeDisabled();
    expect(screen.queryByRole("textbox", { name: "Share link" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Remove section 1" }));
    await user.click(screen.getByRole("button", { name: "Remove section 1" }));
    expect(screen.getByText("add at least one section")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Add a section" }));
    await user.click(screen.getByRole("button", { name: "Add a section" }));
    await user.selectOptions(screen.getAllByRole("combobox", { name: "Category" })[1]!, "debugging");
    await user.click(screen.getByRole("button", { name: "Move section 2 up" }));
    expect(
      screen
        .getAllByRole("group", { name: /^Section \d/ })
        .map((g) => g.querySelector("legend")!.textContent),
    ).toEqual(["Section 1: Debugging", "Section 2: Coding"]);
    expect(screen.getByRole("button", { name: "Start mock" })).toBeEnabled();
  });

  it("shows the mock in progress, asks before starting another, and lists finished mocks", async () => {
    const user = userEvent.setup();
    await saveFinishedMock();
    await useAppStore.getState().loadCatalog();
    const packs = useAppStore.getState().packs.map((p) => p.pack);
    const started = await startMock(getTemplate("applied")!, "strict", 5, packs, Date.now() - 5 * MIN);
    if (!started.ok) throw new Error("could not start the first mock");
    const start = await renderPage();

    const banner = screen.getByRole("region", { name: "A mock is in progress" });
    expect(banner).toHaveTextContent("Applied / product MLE, strict, started 5 minutes ago.");
    expect(within(banner).getByRole("link", { name: "Resume" })).toHaveAttribute(
      "href",
      `#/mock/${encodeURIComponent(started.state.id)}`,
    );
    const history = screen.getByRole("region", { name: "Your past mocks" });
    const row = within(history).getByRole("listitem");
    // One question in 5 minutes gives no hire signal.
    expect(row).toHaveTextContent(/Tiny loop.*practice.*100%.*no hire signal/);
    expect(within(row).getByRole("link")).toHaveAttribute("href", "#/mock/mock-old");

    await user.click(start);
    const confirm = screen.getByRole("group", { name: /A mock is already in progress/ });
    expect(confirm).toHaveTextContent("The unfinished mock stays in your history; its answers are kept.");
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(window.location.hash).toBe("#/mock");
    await user.click(screen.getByRole("button", { name: "Start mock" }));
    expect(screen.getByRole("button", { name: "Start anyway" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Start anyway" }));
    await waitFor(() => expect(window.location.hash).not.toBe("#/mock"), LOAD);
    const active = (await activeMock())!;
    expect(active.id).not.toBe(started.state.id);
    expect(window.location.hash).toBe(`#/mock/${encodeURIComponent(active.id)}`);
    expect((await listMocks()).map((m) => m.id)).toContain(started.state.id);
  });
});
