import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { encodeShareCode, type LoopTemplate } from "../../src/domain/mock";
import type { IncidentQuestion } from "../../src/domain/packs";
import { setupBrowser } from "./browser";
import { builtinPack, builtinQuestions, editorText, pasteIntoEditor } from "./practice-helpers";

const browser = setupBrowser();
const incidents = builtinPack("incidents").questions as IncidentQuestion[];
const sqlIncident = incidents.find((q) => q.id === "fraud-spend-feature-in-cents")!;
const pythonIncident = incidents.find((q) => q.id === "delivery-eta-serving-skew")!;

/** The right answer of each diagnosis step, given through the step's inputs. */
async function answerDiagnosis(
  page: Page,
  q: IncidentQuestion,
  region: (n: number) => Locator,
  check: boolean,
) {
  for (const [i, s] of q.steps.entries()) {
    const step = region(i + 1);
    if (s.kind === "choice") {
      for (const o of s.options.filter((x) => x.correct))
        await step.locator(`input[value="${o.id}"]`).check();
    } else if (s.kind === "numeric") {
      await step.getByRole("textbox", { name: /Your answer/ }).fill(String(s.answer));
    } else continue;
    if (check) await step.getByRole("button", { name: `Check step ${i + 1}` }).click();
  }
}

const referenceFix = (q: IncidentQuestion) => {
  const fix = q.steps.at(-1)!;
  if (fix.kind === "sql") return fix.reference;
  if (fix.kind === "python") return fix.referenceSolution;
  throw new Error("the last step is not a fix");
};

describe("interactive incidents", () => {
  it("in practice: query the data, answer the diagnosis, fail with the buggy code, resolve it with a fix", async () => {
    const { page, context, errors } = browser.current();
    page.on("dialog", (d) => void d.accept());
    const q = sqlIncident;
    await page.goto(`${inject("isolatedURL")}#/practice/incidents/${q.id}`);
    await page.getByRole("heading", { level: 1, name: q.title }).waitFor();

    // Evidence: the tables, then a query of our own in the scratch console.
    const evidence = page.getByRole("region", { name: "Evidence" });
    await evidence.getByText("payments (22 rows)").waitFor();
    await evidence.getByRole("tab", { name: "SQL console" }).click();
    const console_ = evidence.getByRole("textbox", { name: /Query the incident's tables/ });
    await console_.fill(
      "SELECT client, CAST(app_version AS INTEGER) AS major, COUNT(*) AS n, MAX(amount) AS top\n" +
        "FROM payments GROUP BY client, major ORDER BY client, major;",
    );
    await console_.press("ControlOrMeta+Enter");
    const rows = evidence.locator(".scratch table");
    await rows.waitFor();
    expect(await rows.locator("caption").innerText()).toBe("5 rows");
    expect(await rows.innerText()).toMatch(/android\s+5\s+3\s+12990/);

    // Diagnosis, checked step by step; the fix opens afterwards.
    const step = (n: number) => page.getByRole("region", { name: `Step ${n}` });
    expect(await step(3).innerText()).toMatch(/the fix opens after step 2/);
    await answerDiagnosis(page, q, step, true);
    expect(await step(1).getByRole("status").innerText()).toBe("Right.");
    expect(await step(2).getByRole("status").innerText()).toMatch(/^Right\. The answer is 5 orders\./);

    // The buggy starter fails the hidden tests; the reference fix resolves the incident.
    await step(3).locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    await step(3).getByRole("button", { name: "Submit fix" }).click();
    const result = step(3).getByRole("region", { name: "Incident result" });
    await result.waitFor({ timeout: 60_000 });
    expect(await result.getByRole("status").innerText()).toBe("Not fully resolved — 2 of 4 points (50%)");
    await pasteIntoEditor(page, context, referenceFix(q));
    await step(3).getByRole("button", { name: "Run" }).click();
    await step(3)
      .getByRole("region", { name: "Run results" })
      .locator(".verdict", { hasText: "All tests passed" })
      .waitFor();
    await step(3).getByRole("button", { name: "Submit fix" }).click();
    await result.getByText("Incident resolved").waitFor({ timeout: 60_000 });
    expect(await result.getByRole("status").innerText()).toBe("Incident resolved — 4 of 4 points (100%)");
    const history = page.getByRole("region", { name: "Your submissions" }).locator(".attempt-list > li");
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.first().innerText()).toMatch(/passed, 100%/);

    // A reload keeps the checked diagnosis and the fix.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: q.title }).waitFor();
    await step(2).getByRole("status").waitFor();
    await step(3).locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    expect(await editorText(page)).toMatch(/CAST\(p\.app_version AS INTEGER\)/);
    expect(errors).toEqual([]);
  });

  it("in practice with Python: join the tables, run the pipeline with the module being fixed, submit a fix that passes", async () => {
    const { page, context, errors } = browser.current();
    const q = pythonIncident;
    await page.goto(`${inject("isolatedURL")}#/practice/incidents/${q.id}`);
    await page.getByRole("heading", { level: 1, name: q.title }).waitFor();
    const evidence = page.getByRole("region", { name: "Evidence" });
    expect(await evidence.getByRole("tab").allInnerTexts()).toEqual([
      "Tables",
      "SQL console",
      "Files",
      "Python console",
    ]);

    // SQL: the served and training features disagree on n_items only.
    await evidence.getByRole("tab", { name: "SQL console" }).click();
    const query = evidence.getByRole("textbox", { name: /Query the incident's tables/ });
    await query.fill(
      "SELECT SUM(s.hour <> t.hour) AS hour, SUM(s.n_items <> t.n_items) AS n_items\n" +
        "FROM served_features AS s JOIN training_features AS t USING (request_id);",
    );
    await evidence.getByRole("button", { name: "Run query" }).click();
    await evidence.locator(".scratch table").waitFor();
    expect(await evidence.locator(".scratch tbody").innerText()).toMatch(/^0\s+7$/);

    // Python: the module being fixed is importable as it stands in the editor.
    await evidence.getByRole("tab", { name: "Files" }).click();
    await evidence.getByRole("button", { name: "requests_log.py" }).waitFor();
    await evidence.getByRole("tab", { name: "Python console" }).click();
    await evidence.getByRole("button", { name: "Run Python" }).click();
    const out = evidence.getByRole("region", { name: "Scratch output" });
    await out.getByText(/r503 .*'n_items': 2/).waitFor({ timeout: 90_000 });

    const step = (n: number) => page.getByRole("region", { name: `Step ${n}` });
    await answerDiagnosis(page, q, step, true);
    await step(3).locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    await pasteIntoEditor(page, context, referenceFix(q));
    // The console now imports the fixed module.
    await evidence.getByRole("button", { name: "Run Python" }).click();
    await out.getByText(/r503 .*'n_items': 4/).waitFor({ timeout: 90_000 });
    await step(3).getByRole("button", { name: "Submit fix" }).click();
    const result = step(3).getByRole("region", { name: "Incident result" });
    await result.getByText("Incident resolved").waitFor({ timeout: 90_000 });
    expect(await result.getByRole("status").innerText()).toBe("Incident resolved — 4 of 4 points (100%)");
    expect(errors).toEqual([]);
  });

  it("in a mock: answers kept across a reload, graded at submit, each step in the report", async () => {
    const { page, context, errors } = browser.current();
    page.on("dialog", (d) => void d.accept());
    const loop: LoopTemplate = {
      id: "custom",
      title: "Custom loop",
      description: "e2e",
      sections: [
        {
          id: "s1",
          title: "Debugging",
          minutes: 20,
          count: 1,
          filter: { category: "debugging", kinds: ["incident"] },
        },
      ],
    };
    await page.goto(`${inject("isolatedURL")}#/mock?code=${encodeURIComponent(encodeShareCode(loop, 3))}`);
    await page.getByText("Shared mock loaded").waitFor();
    await page.getByRole("radio", { name: /^Practice/ }).check();
    await page.getByRole("button", { name: "Start mock" }).click();
    await page.getByRole("region", { name: "Mock clock and controls" }).waitFor();
    const title = (await page.locator(".mock-question-title").innerText()).trim();
    // The mock draws from every built-in pack: the incident may come from any incidents pack.
    const q = builtinQuestions().find(
      (x): x is IncidentQuestion => x.kind === "incident" && x.title === title,
    )!;
    expect(q).toBeDefined();

    // Every step is open at once, without feedback.
    const step = (n: number) => page.getByRole("region", { name: `Step ${n}` });
    await answerDiagnosis(page, q, step, false);
    expect(await page.getByRole("button", { name: /^Check step/ }).count()).toBe(0);
    const last = step(q.steps.length);
    await last.locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    await pasteIntoEditor(page, context, referenceFix(q));
    await expect
      .poll(() => page.getByRole("navigation", { name: "Questions in this section" }).innerText())
      .toMatch(/draft/);

    // A reload keeps every step's answer.
    await page.reload();
    await page.getByRole("region", { name: "Mock clock and controls" }).waitFor();
    const choice = q.steps.find((s) => s.kind === "choice")!;
    if (choice.kind !== "choice") throw new Error("no choice step");
    const right = choice.options.find((o) => o.correct)!;
    await expect.poll(() => page.locator(`input[value="${right.id}"]`).isChecked()).toBe(true);
    await last.locator(".monaco-editor .view-lines").waitFor({ timeout: 60_000 });
    expect(await editorText(page)).toContain(referenceFix(q).split("\n")[0]!.trim());

    await page.getByRole("button", { name: "Submit incident" }).click();
    const graded = page.getByRole("region", { name: "Submission results" });
    await graded.getByText("Incident resolved").waitFor({ timeout: 90_000 });
    await page.getByRole("button", { name: "Finish section and mock" }).click();
    await page
      .getByRole("dialog", { name: "Finish the mock now?" })
      .getByRole("button", { name: "Finish the mock" })
      .click();
    await page.getByRole("heading", { level: 1, name: /^Report/ }).waitFor({ timeout: 60_000 });
    const report = page.locator("main");
    expect(await report.innerText()).toContain("100%");
    const table = report.locator("table", { hasText: "Steps of" });
    await table.waitFor({ state: "attached" });
    for (const s of q.steps) expect(await table.textContent()).toContain(s.title);
    // "Your answer" shows every step's answer under its title, the fix as code.
    const given = report.locator("details.report-question .answer-parts").first();
    await given.waitFor({ state: "attached" });
    const givenText = (await given.textContent()) ?? "";
    for (const s of q.steps) expect(givenText).toContain(s.title);
    expect(givenText).toContain(referenceFix(q).split("\n")[0]!.trim());
    expect(errors).toEqual([]);
  });
});
