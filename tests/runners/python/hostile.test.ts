// Hostile answers and hostile pack code against the real sandboxed engine (the one check-pack and
// the bank's tests use; the browser runs the same harness in single-use workers, see
// tests/e2e/hostile.test.ts). Each attack must fail to cheat, reach nothing outside, and leave the
// next honest run unaffected.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type AddressInfo, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PythonRunner } from "../../../src/runners/python/python-runner";
import type { PythonGradeRequest } from "../../../src/runners/python/types";
import { createSandboxedPython } from "../../../scripts/lib/python-sandbox";

vi.setConfig({ testTimeout: 180_000 });

let runner: PythonRunner;
let server: Server;
let port = 0;
let connections = 0;
let dir: string;

beforeAll(async () => {
  runner = await createSandboxedPython();
  dir = mkdtempSync(join(tmpdir(), "dojo-hostile-"));
  server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  runner.dispose();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A question: add(a, b), visible and hidden cases. */
const question = (code: string, extra: Partial<PythonGradeRequest> = {}): PythonGradeRequest => ({
  code,
  entry: "add",
  mode: "submit",
  cases: [
    { id: "v1", args: [1, 2], expected: 3 },
    { id: "h1", args: [40, 2], expected: 42, hidden: true },
    { id: "h2", args: [-5, 5], expected: 0, hidden: true },
  ],
  ...extra,
});
const HONEST = "def add(a, b):\n    return a + b\n";

async function expectHonestStillPasses() {
  const r = await runner.grade(question(HONEST));
  expect(r.status, JSON.stringify(r)).toBe("pass");
}

describe("answers that try to pass without solving", () => {
  it.each([
    [
      "reads the expected value from the caller's frame",
      "import sys\ndef add(a, b):\n    f = sys._getframe(1)\n    while f:\n        for v in f.f_locals.values():\n            if isinstance(v, dict) and 'expected' in v:\n                return v['expected']\n        f = f.f_back\n    return None\n",
    ],
    [
      "walks inspect.stack() for the grading request",
      "import inspect\ndef add(a, b):\n    for fr in inspect.stack():\n        for k, v in fr.frame.f_locals.items():\n            if k in ('req', 'case', 'job') and isinstance(v, dict):\n                for c in v.get('cases', []) + v.get('calls', []):\n                    if 'expected' in c:\n                        return c['expected']\n    return None\n",
    ],
    [
      "scans every object for a dict holding 'expected'",
      "import gc\ndef add(a, b):\n    for o in gc.get_objects():\n        if isinstance(o, dict) and 'expected' in o and o.get('args') == [a, b]:\n            return o['expected']\n    return None\n",
    ],
    [
      "returns an int that says it equals anything",
      "class I(int):\n    __eq__ = lambda s, o: True\n    __hash__ = int.__hash__\ndef add(a, b):\n    return I(0)\n",
    ],
    [
      "returns a float that says it equals anything",
      "class F(float):\n    __eq__ = lambda s, o: True\n    __hash__ = float.__hash__\ndef add(a, b):\n    return F(0.5)\n",
    ],
    [
      "returns an object that equals anything",
      "class A:\n    def __eq__(self, o):\n        return True\ndef add(a, b):\n    return A()\n",
    ],
    [
      "returns a list of always-equal items",
      "class I(int):\n    __eq__ = lambda s, o: True\n    __hash__ = int.__hash__\ndef add(a, b):\n    return [I(0)]\n",
    ],
    [
      "forges case events through the harness's own emit function",
      "import gc, json\ndef add(a, b):\n    for o in gc.get_objects():\n        if callable(o) and getattr(o, '__name__', '') == 'emit':\n            for i in ('v1', 'h1', 'h2'):\n                o({'event': 'case', 'kind': 'call', 'id': i, 'status': 'pass', 'message': 'ok', 'value': {'t': 'obj', 'type': 'x', 'repr': 'pass'}})\n    return 0\n",
    ],
    [
      "patches the harness's encoder to report the visible answer everywhere",
      "import _dojo_harness.encode as e\ne.encode = lambda *a, **k: {'t': 'int', 'v': '3'}\ndef add(a, b):\n    return 0\n",
    ],
  ])("%s: hidden cases still fail", async (_name, code) => {
    const r = await runner.grade(question(code));
    expect(r.status).not.toBe("pass");
    expect(r.cases.filter((c) => c.hidden && c.status === "pass")).toEqual([]);
    await expectHonestStillPasses();
  });

  it("hidden cases show neither the expected value, the actual value, nor their printed output", async () => {
    const chunks: string[] = [];
    const r = await runner.grade(
      question(
        "def add(a, b):\n    print('INPUTS', a, b)\n    if a == 40:\n        raise ValueError(f'secret {a}')\n    return a + b\n",
      ),
      { onOutput: (c) => chunks.push(c) },
    );
    const hidden = r.cases.filter((c) => c.hidden);
    expect(hidden.map((c) => c.status)).toEqual(["error", "pass"]);
    const shown = JSON.stringify(hidden) + chunks.join("") + (r.output ?? "");
    expect(shown).not.toContain("40");
    expect(shown).not.toContain("42");
    expect(shown).not.toContain("secret");
    expect(hidden[0]!.message).toBe("ValueError on a hidden case (line 4)");
    expect(r.output).toBe("INPUTS 1 2\n");
  });

  it("replacing a built-in the harness uses gives a clear error without the harness's traceback", async () => {
    const r = await runner.grade(
      question("import builtins\nbuiltins.isinstance = lambda *a: 1 / 0\ndef add(a, b):\n    return a + b\n"),
    );
    expect(r.status).not.toBe("pass");
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/_dojo_harness|job\.py|calls\.py|encode\.py/);
    await expectHonestStillPasses();
  });

  it("test files compare strictly: an always-equal object does not pass assertEqual or assert ==", async () => {
    const testCode = [
      "import unittest",
      "from solution import add",
      "class T(unittest.TestCase):",
      "    def test_eq(self):",
      "        self.assertEqual(add(1, 2), 3)",
      "    def test_list(self):",
      "        self.assertEqual([add(1, 2)], [3])",
      "def test_assert():",
      "    assert add(2, 2) == 4",
      "def test_in():",
      "    assert add(2, 2) in [4]",
    ].join("\n");
    const cheat =
      "class A:\n    def __eq__(self, o):\n        return True\n    __hash__ = object.__hash__\ndef add(a, b):\n    return A()\n";
    const r = await runner.grade({ code: cheat, mode: "submit", testCode });
    expect(r.cases.map((c) => c.status)).toEqual(["fail", "fail", "fail", "fail"]);
    expect(r.cases[0]!.message).toMatch(/own __eq__/);
    const honest = await runner.grade({ code: HONEST, mode: "submit", testCode });
    expect(honest.status).toBe("pass");
    // A candidate's own dataclass compares by value, as an honest __eq__ would.
    const dc = await runner.grade({
      code: "from dataclasses import dataclass\n@dataclass\nclass P:\n    x: int\ndef add(a, b):\n    return P(a + b)\n",
      mode: "submit",
      testCode:
        "from solution import add, P\ndef test_p():\n    assert add(1, 2) == P(3)\ndef test_not():\n    assert add(1, 2) != P(4)\n",
    });
    expect(dc.status).toBe("pass");
  });
});

describe("code that tries to escape the sandbox (pack or candidate)", () => {
  const marker = () => join(dir, `escaped-${Math.random().toString(36).slice(2)}`);

  it.each([
    ["import js", "import js\njs.x = 1"],
    ["import pyodide_js", "import pyodide_js"],
    ["pyodide.ffi / pyodide.code", "import pyodide.code\npyodide.code.run_js('1')"],
    [
      "_pyodide_core through the builtin importer",
      "import importlib.machinery, importlib._bootstrap as b\nspec = importlib.machinery.BuiltinImporter.find_spec('_pyodide_core')\nm = b._load(spec)\nm.run_js('globalThis.x = 1')",
    ],
  ])("%s fails", async (_name, code) => {
    const r = await runner.grade(question(`${code}\ndef add(a, b):\n    return a + b\n`));
    expect(r.status).not.toBe("pass");
    await expectHonestStillPasses();
  });

  it("whatever JavaScript it reaches cannot write files, start processes or open connections", async () => {
    const file = marker();
    const attempts = [
      // Any route to a JS function gives its constructor, Function: code generation is disabled.
      `Function = None\nfor o in gc.get_objects():\n    t = type(o).__name__\n    if 'Js' in t:\n        try:\n            f = o.constructor.constructor('return process')()\n            f.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(file)}, 'x')\n        except Exception as e:\n            pass`,
      `for o in gc.get_objects():\n    if type(o).__name__.startswith('Js'):\n        try:\n            o.mountNodeFS('/host', ${JSON.stringify(dir)})\n        except Exception:\n            pass\nopen('/host/x', 'w').write('x') if __import__('os').path.isdir('/host') else None`,
      `import socket\ntry:\n    s = socket.create_connection(('127.0.0.1', ${port}), timeout=1)\nexcept Exception:\n    pass`,
      `import urllib.request\ntry:\n    urllib.request.urlopen('http://127.0.0.1:${port}/', timeout=1)\nexcept Exception:\n    pass`,
      `import subprocess\ntry:\n    subprocess.run(['touch', ${JSON.stringify(file)}])\nexcept Exception:\n    pass`,
      `import os\ntry:\n    os.system('touch ${file}')\nexcept Exception:\n    pass`,
    ];
    for (const body of attempts) {
      const r = await runner.grade(question(`import gc\n${body}\ndef add(a, b):\n    return a + b\n`));
      expect(r.cases.length + (r.error ? 1 : 0)).toBeGreaterThan(0);
    }
    expect(existsSync(file)).toBe(false);
    expect(existsSync(join(dir, "x"))).toBe(false);
    expect(connections).toBe(0);
    await expectHonestStillPasses();
  });

  it("a callback scheduled to run after the run ends (asyncio call_soon) reaches nothing", async () => {
    const file = marker();
    const code = [
      "import asyncio, sys",
      "def later():",
      "    try:",
      "        import js",
      `        js.require('node:fs').writeFileSync(${JSON.stringify(file)}, 'x')`,
      "    except Exception:",
      "        pass",
      "    import builtins",
      "    builtins.len = lambda x: 0",
      "asyncio.get_event_loop().call_soon(later)",
      "asyncio.get_event_loop().call_later(0.05, later)",
      "def add(a, b):\n    return a + b",
    ].join("\n");
    const r = await runner.grade(question(code));
    expect(r.status).toBe("pass"); // honest arithmetic; the callbacks are the attack
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(file)).toBe(false);
    const probe = await runner.grade(
      question("def add(a, b):\n    return a + b if len([1, 2]) == 2 else -1\n"),
    );
    expect(probe.status).toBe("pass");
  });

  it("a pack's generator and reference run apart from the candidate: the candidate never sees them", async () => {
    const generated = {
      seed: 3,
      count: 20,
      generator: "def gen(rng):\n    return {'args': [rng.randint(0, 9), rng.randint(0, 9)]}\n",
      reference: "def add(a, b):\n    return a + b\n",
    };
    const peek =
      "import gc\ndef add(a, b):\n    for o in gc.get_objects():\n        if isinstance(o, str) and 'def gen(rng)' in o:\n            return 'SAW-REFERENCE'\n    return 0\n";
    const r = await runner.grade({ ...question(peek), cases: [], generated });
    expect(r.status).toBe("fail");
    expect(JSON.stringify(r)).not.toContain("SAW-REFERENCE");
    const ok = await runner.grade({ ...question(HONEST), cases: [], generated });
    expect(ok.status).toBe("pass");
  });
});
