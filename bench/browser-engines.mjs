/* global window, document, MutationObserver -- functions passed to page.evaluate run in the page */
/**
 * Python engine figures in headless Chromium against the built app: cold boot (page load until
 * the practice page's status reads "Python: ready") and the time from a Timeout result until the
 * runner is usable again, with and without cross-origin isolation. Times are taken inside the page
 * (a MutationObserver stamps `performance.now()` when a watched text appears), so they do not
 * include the test driver's polling.
 */

/** Installed before the app's scripts: stamps watched texts and logs the Python status. */
function installMarks() {
  const w = /** @type {any} */ (window);
  w.__marks = {};
  w.__watches = [{ name: "pythonReady", selector: ".engine-status", text: "Python: ready" }];
  w.__statusLog = [];
  let lastStatus = "";
  const check = () => {
    for (const watch of w.__watches) {
      if (w.__marks[watch.name] !== undefined) continue;
      for (const el of document.querySelectorAll(watch.selector)) {
        if ((el.textContent ?? "").includes(watch.text)) {
          w.__marks[watch.name] = performance.now();
          break;
        }
      }
    }
    const status = document.querySelector(".engine-status")?.textContent ?? "";
    if (status !== lastStatus) {
      lastStatus = status;
      w.__statusLog.push({ t: performance.now(), status });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

const RUN_RESULTS = 'section[aria-label="Run results"]';

/** @param {import("playwright-core").Page} page @param {string} name */
function waitForMark(page, name, timeout = 120_000) {
  return page.waitForFunction((n) => /** @type {any} */ (window).__marks[n], name, { timeout });
}

/** @param {import("playwright-core").Page} page @param {{ name: string; selector: string; text: string }[]} watches */
function arm(page, watches) {
  return page.evaluate((ws) => {
    const w = /** @type {any} */ (window);
    for (const x of ws) delete w.__marks[x.name];
    w.__watches.push(...ws);
  }, watches);
}

/** Replace the editor's text the way a user pastes (see tests/e2e/practice-helpers.ts). */
async function paste(page, text) {
  const lines = page.locator(".monaco-editor .view-lines");
  await lines.waitFor({ timeout: 60_000 });
  await lines.click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("ControlOrMeta+V");
}

/** @param {import("playwright-core").Browser} browser */
async function openQuestion(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await context.addInitScript(installMarks);
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

/**
 * Cold boot: a fresh browser context per run opens the question page; the figure is the time from
 * navigation start until the status reads "Python: ready". Returns the per-run samples (ms).
 */
export async function pythonBootSamples(browser, questionUrl, runs = 3) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openQuestion(browser, questionUrl);
    await waitForMark(page, "pythonReady");
    samples.push(await page.evaluate(() => /** @type {any} */ (window).__marks.pythonReady));
    await context.close();
  }
  return samples;
}

/**
 * Run `loopCode` until the question's time limit stops it, then Run `goodCode` at once. Returns
 * { stopMs, readyAgainMs, nextRunMs, isolated }: from Run until the Timeout result (the run's time
 * limit included), and from the Timeout result appearing until the status reads
 * "Python: ready" again, and until the next Run's "All tests passed" appears.
 */
export async function timeoutRecovery(browser, questionUrl, loopCode, goodCode) {
  const { context, page } = await openQuestion(browser, questionUrl);
  try {
    await waitForMark(page, "pythonReady");
    const isolated = await page.evaluate(() => window.crossOriginIsolated);
    await paste(page, loopCode);
    await arm(page, [
      { name: "timeout", selector: `${RUN_RESULTS} [role=alert]`, text: "Timeout" },
      { name: "passed", selector: `${RUN_RESULTS} .verdict`, text: "All tests passed" },
    ]);
    const runAt = await page.evaluate(() => performance.now());
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await paste(page, goodCode); // the loop is already running: edit meanwhile
    await waitForMark(page, "timeout", 60_000);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await waitForMark(page, "passed", 120_000);
    const { marks, log } = await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      return { marks: w.__marks, log: w.__statusLog };
    });
    return {
      isolated,
      stopMs: marks.timeout - runAt,
      readyAgainMs: readyAfter(log, marks.timeout) - marks.timeout,
      nextRunMs: marks.passed - marks.timeout,
    };
  } finally {
    await context.close();
  }
}

/** When the status read "Python: ready" again after `t` (a restart shows "starting" first). */
function readyAfter(log, t) {
  const READY = "Python: ready";
  const after = log.filter((e) => e.t >= t);
  const restart = after.find((e) => e.status.startsWith("Python: starting"));
  if (restart) return after.find((e) => e.t >= restart.t && e.status === READY)?.t ?? NaN;
  const before = log.filter((e) => e.t < t).pop();
  if (before?.status === READY) return t;
  return after.find((e) => e.status === READY)?.t ?? NaN;
}

/**
 * The price of a fresh interpreter per run: Run the reference `runs` times in a row (each waits
 * for its verdict), then read the job workers' restore times the runner records as user-timing
 * measures. Returns { restoreMs: number[], runMs: number[] } (runMs: click -> "All tests passed").
 */
export async function freshWorkerCost(browser, questionUrl, goodCode, runs = 5) {
  const { context, page } = await openQuestion(browser, questionUrl);
  try {
    await waitForMark(page, "pythonReady");
    await paste(page, goodCode);
    const runMs = [];
    for (let i = 0; i < runs; i++) {
      // The result of the previous Run stays on screen (same elements), so the verdict counts only
      // once the Run button has shown "Running…" after this click and is back to "Run".
      await page.evaluate((sel) => {
        const w = /** @type {any} */ (window);
        w.__runDone = new Promise((done, fail) => {
          setTimeout(() => fail(new Error('no "All tests passed" within 60 s of Run')), 60_000);
          let sawBusy = false;
          const observer = new MutationObserver(() => {
            const run = [...document.querySelectorAll(".toolbar button")].find((b) =>
              /^(Run|Running…)$/.test((b.textContent ?? "").trim()),
            );
            if (!run) return;
            if ((run.textContent ?? "").trim() === "Running…") sawBusy = true;
            else if (sawBusy && document.querySelector(sel)?.textContent?.includes("All tests passed")) {
              observer.disconnect();
              done(performance.now());
            }
          });
          observer.observe(document, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
          });
        });
        w.__clicked = performance.now();
      }, `${RUN_RESULTS} .verdict`);
      await page.getByRole("button", { name: "Run", exact: true }).click();
      const done = await page.evaluate(() => /** @type {any} */ (window).__runDone);
      runMs.push(done - (await page.evaluate(() => /** @type {any} */ (window).__clicked)));
      await page.waitForTimeout(1_500); // a user reads the result; the next spare boots meanwhile
    }
    const restoreMs = await page.evaluate(() =>
      performance.getEntriesByName("python-worker-restore").map((e) => e.duration),
    );
    return { restoreMs, runMs };
  } finally {
    await context.close();
  }
}
