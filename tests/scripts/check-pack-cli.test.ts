// The pack checker's command line, spawned as authors run it: exit codes and the --json shape.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sqlQuestion, validPack } from "../domain/packs/pack-factories";

const ROOT = resolve(__dirname, "../..");
// Each run starts tsx and Pyodide (~10 s on an idle machine, several times that under load).
const SLOW = 240_000;

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, reject) => {
    const child = spawn("npx", ["tsx", "scripts/check-pack.ts", ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

interface CliJson {
  ok: boolean;
  summary: string;
  packs: {
    file: string;
    report: {
      ok: boolean;
      packId?: string;
      questions: { id: string; ok: boolean; problems: { path: string }[] }[];
    };
  }[];
}

describe("npm run check-pack", () => {
  it(
    "prints usage and exits 2 without files",
    async () => {
      const r = await cli();
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^Usage: npm run check-pack/);
    },
    SLOW,
  );

  it(
    "checks the example pack and a broken pack in --json mode, with exit codes 0 and 1",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "check-pack-"));
      const broken = join(dir, "broken.json");
      // SQL only, so this run never needs Pyodide (loaded on the first Python question).
      const sneaky = { id: "alias", query: "SELECT SUM(x) AS total FROM t", mistake: "Only renames." };
      writeFileSync(broken, JSON.stringify(validPack([sqlQuestion("sql-q", { wrongAnswers: [sneaky] })])));
      const [good, bad] = await Promise.all([
        cli("docs/example-pack.json", "--json"),
        cli("--json", broken, join(dir, "missing.json")),
      ]);

      expect(good.code, good.stderr).toBe(0);
      const ok = JSON.parse(good.stdout) as CliJson;
      expect(ok.ok).toBe(true);
      expect(ok.packs).toHaveLength(1);
      expect(ok.packs[0]!.file).toBe("docs/example-pack.json");
      expect(ok.packs[0]!.report).toMatchObject({ ok: true, packId: "example-pack" });
      expect(ok.packs[0]!.report.questions).toHaveLength(6);
      expect(ok.summary).toMatch(/^✓ 1 pack, 6 questions; all ok/);

      expect(bad.code, bad.stderr).toBe(1);
      const failed = JSON.parse(bad.stdout) as CliJson;
      expect(failed.ok).toBe(false);
      expect(failed.packs.map((p) => p.report.ok)).toEqual([false, false]);
      expect(failed.packs[0]!.report.questions[0]!.problems.map((p) => p.path)).toEqual([
        "questions[0].wrongAnswers[0]",
      ]);
      expect(JSON.stringify(failed.packs[1]!.report)).toMatch(/cannot read .*missing\.json/);
    },
    SLOW,
  );
});
