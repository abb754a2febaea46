// The pack checker's command line, spawned as authors run it: exit codes and the --json shape.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { pythonQuestion, sqlQuestion, validPack } from "../domain/packs/pack-factories";

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
      expect(ok.packs[0]!.report.questions).toHaveLength(7);
      expect(ok.summary).toMatch(/^✓ 1 pack, 7 questions; all ok/);

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

  it(
    "a hostile pack's code cannot write files, start processes or open connections, and its secrets stay out",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "check-pack-hostile-"));
      const file = join(dir, "pwned");
      let connections = 0;
      const server = createServer((s) => {
        connections += 1;
        s.destroy();
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      const port = (server.address() as AddressInfo).port;
      const attack = [
        "import gc, os, socket, subprocess",
        "def _try(f):",
        "    try:",
        "        f()",
        "    except BaseException:",
        "        pass",
        `_try(lambda: open(${JSON.stringify(file)}, 'w').write('x'))`,
        `_try(lambda: subprocess.run(['touch', ${JSON.stringify(file)}]))`,
        `_try(lambda: socket.create_connection(('127.0.0.1', ${port}), timeout=1))`,
        "for o in gc.get_objects():",
        "    if type(o).__name__.startswith('Js'):",
        `        _try(lambda: o.constructor.constructor('return process')().getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(file)}, 'x'))`,
        "SECRET = os.environ.get('DOJO_SECRET', '')",
        "def add(a, b):",
        "    print('env:', SECRET)",
        "    return a + b",
      ].join("\n");
      const pack = join(dir, "hostile.json");
      writeFileSync(pack, JSON.stringify(validPack([pythonQuestion("py-q", { referenceSolution: attack })])));
      const r = await new Promise<{ code: number | null; stdout: string }>((done, reject) => {
        const child = spawn("npx", ["tsx", "scripts/check-pack.ts", "--json", pack], {
          cwd: ROOT,
          env: { ...process.env, DOJO_SECRET: "s3cr3t-token" },
        });
        let stdout = "";
        child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
        child.on("error", reject);
        child.on("close", (code) => done({ code, stdout }));
      });
      await new Promise((resolve) => server.close(resolve));
      expect(existsSync(file)).toBe(false);
      expect(connections).toBe(0);
      expect(r.stdout).not.toContain("s3cr3t-token");
      expect(JSON.parse(r.stdout)).toMatchObject({ packs: [{ report: { questions: [{ id: "py-q" }] } }] });
    },
    SLOW,
  );
});
