import type { Reporter, TestCase } from "vitest/node";

/**
 * Browser tests get one retry (they share two cores with builds and both engines), and this
 * reporter says aloud which tests needed it, with what went wrong the first time: a retry that
 * hides a real bug is still visible in every run's output. A test that fails twice fails the run.
 */
export default class FlakyReporter implements Reporter {
  private flaky: { name: string; error: string }[] = [];

  onTestCaseResult(test: TestCase): void {
    const d = test.diagnostic();
    if (!d?.flaky) return;
    const first = test.result().errors?.[0]?.message ?? "";
    this.flaky.push({
      name: `${test.module.moduleId.replace(/^.*?tests\//, "tests/")} > ${test.fullName}`,
      error: first,
    });
  }

  onTestRunEnd(): void {
    if (!this.flaky.length) return;
    console.log(`\n${this.flaky.length} test(s) passed only on a retry:`);
    for (const f of this.flaky)
      console.log(`  flaky: ${f.name}${f.error ? `\n    first try: ${f.error.split("\n")[0]}` : ""}`);
  }
}
