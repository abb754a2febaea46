// Hostile SQL answers and packs against the real engine (sql.js in Node). Each test plays a cheat
// or a leak, asserts it fails or shows nothing of the hidden data, and that an honest answer graded
// next on the same engine still passes.
import initSqlJs, { type SqlJsStatic } from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import type { GradeResult } from "../../../src/domain/grading/result";
import { exploreSql, gradeSql, schemaInfo } from "../../../src/runners/sql/sql-core";
import { runScript } from "../../../src/runners/sql/sql-exec";
import { SqlRunner } from "../../../src/runners/sql/sql-runner";
import { createSqlWorkerHandler } from "../../../src/runners/sql/sql-worker-handler";
import type { SqlGradeRequest, SqlWorkerResponse } from "../../../src/runners/sql/types";
import { loadOracleEngine, type OracleEngine } from "./support/sql-fs-oracle";
import { FakeWorker } from "./worker-adapters";

let SQL: SqlJsStatic;
let oracle: OracleEngine;
let bootFiles: string[];
beforeAll(async () => {
  SQL = await initSqlJs();
  oracle = await loadOracleEngine();
  bootFiles = oracle.files();
});

const schema = "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, amount REAL);";
const seed = "INSERT INTO orders VALUES (1, 'ann', 10), (2, 'bob', 5), (3, 'ann', 7);";
// Hidden data: its names and amounts must never appear in anything a candidate is shown.
const SECRETS = ["zoltan", "quincy", "4242", "31337"];
const hiddenSeed =
  "INSERT INTO orders VALUES (1, 'zoltan', 4242), (2, 'quincy', 31337), (3, 'zoltan', 1), (4, 'quincy', 2);";
const reference = "SELECT customer, SUM(amount) AS total FROM orders GROUP BY customer";
const honest = "SELECT customer, SUM(amount) FROM orders GROUP BY customer ORDER BY 1";

function request(query: string, extra: Partial<SqlGradeRequest> = {}): SqlGradeRequest {
  return {
    query,
    schema,
    seed,
    reference,
    mode: "submit",
    variants: [{ id: "secret", description: "Other customers", seed: hiddenSeed }],
    ...extra,
  };
}

/** Secrets of the hidden dataset that appear anywhere in a result. */
function leaked(result: unknown): string[] {
  const text = JSON.stringify(result);
  return SECRETS.filter((s) => text.includes(s));
}

function expectHonestPasses(engine: SqlJsStatic = SQL): void {
  const r = gradeSql(engine, request(honest));
  expect(r.status, JSON.stringify(r.error)).toBe("pass");
  expect(r.cases).toHaveLength(2);
}

function expectForbidden(r: GradeResult, what: RegExp): void {
  expect(r.status).toBe("error");
  expect(r.error?.kind).toBe("ForbiddenStatement");
  expect(r.error?.message).toMatch(what);
}

describe("files do not outlive a dataset or a run", () => {
  it("copying hidden rows into a file on Submit and reading them back on a later Run is refused, and shows nothing", () => {
    const stash = `ATTACH 'stash.db' AS s;
      CREATE TABLE IF NOT EXISTS s.rows AS SELECT * FROM orders WHERE 0;
      INSERT INTO s.rows SELECT * FROM orders;
      ${honest}`;
    const submit = gradeSql(SQL, request(stash));
    expectForbidden(submit, /ATTACH/);
    expect(leaked(submit)).toEqual([]);
    const readBack = gradeSql(
      SQL,
      request("ATTACH 'stash.db' AS s; SELECT customer, amount FROM s.rows", { mode: "run" }),
    );
    expectForbidden(readBack, /ATTACH/);
    expect(leaked(readBack)).toEqual([]);
    expectHonestPasses();
  });

  it.each([
    ["attach database 'x.db' as y; SELECT 1, 2"],
    ["/* hi */ Attach\n'x.db' AS \"y\"; SELECT 1, 2"],
    ["-- comment\nATTACH ':memory:' AS m; SELECT 1, 2"],
    ["SELECT 1, 2; EXPLAIN ATTACH 'x.db' AS y"],
    ["VACUUM INTO '/tmp/copy.db'; SELECT 1, 2"],
    ["vacuum main\ninto 'copy.db'; SELECT 1, 2"],
  ])("refuses file-writing statements however they are spelt: %s", (query) => {
    const r = gradeSql(SQL, request(query, { mode: "run" }));
    expectForbidden(r, /ATTACH|VACUUM INTO/);
    expect(exploreSql(SQL, schema, seed, query)).toMatchObject({ error: { kind: "ForbiddenStatement" } });
  });

  it("lets words that only contain attach or vacuum through", () => {
    const r = gradeSql(
      SQL,
      request("SELECT customer AS attachment, SUM(amount) AS vacuum_into FROM orders GROUP BY customer"),
    );
    expect(r.status).toBe("pass");
    expect(gradeSql(SQL, request(`VACUUM; ${honest}`)).status).toBe("pass");
  });

  it.each([
    ["a file attached and written", "ATTACH 'x.db' AS x; CREATE TABLE x.t AS SELECT * FROM orders;"],
    ["a database copied out", "VACUUM INTO '/tmp/v.db';"],
    ["a persistent journal", "PRAGMA journal_mode=PERSIST; BEGIN; DELETE FROM orders; COMMIT;"],
    ["a truncated journal", "PRAGMA journal_mode=TRUNCATE; UPDATE orders SET amount = 0;"],
    ["a write-ahead log", "PRAGMA journal_mode=WAL; INSERT INTO orders VALUES (9, 'w', 1);"],
    [
      "an exclusive lock with a persistent journal",
      "PRAGMA locking_mode=EXCLUSIVE; PRAGMA journal_mode=PERSIST; DELETE FROM orders;",
    ],
    ["an open transaction", "BEGIN; DELETE FROM orders;"],
    [
      "temporary tables spilled to files",
      "PRAGMA temp_store=FILE; CREATE TEMP TABLE t AS SELECT * FROM orders;",
    ],
    [
      "a sort spilled to temporary files",
      "PRAGMA cache_size=1; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) SELECT count(*) FROM (SELECT i FROM n ORDER BY random());",
    ],
  ])("leaves no file in the engine's file system: %s", (_what, script) => {
    const r = gradeSql(oracle.SQL, request(`${script} ${honest}`));
    expect(leaked(r)).toEqual([]);
    expect(oracle.files()).toEqual(bootFiles);
    expectHonestPasses(oracle.SQL);
    expect(oracle.files()).toEqual(bootFiles);
  });

  it("temp tables, views and triggers of one dataset are gone in the next dataset and the next run", () => {
    const stash = `CREATE TEMP TABLE stash AS SELECT * FROM orders;
      CREATE TEMP VIEW v_stash AS SELECT * FROM stash;
      CREATE TEMP TRIGGER t_stash AFTER INSERT ON stash BEGIN SELECT 1; END;
      ${honest}`;
    expect(gradeSql(SQL, request(stash)).status).toBe("pass");
    for (const read of ["SELECT customer, amount FROM temp.stash", "SELECT customer, amount FROM v_stash"]) {
      const r = gradeSql(SQL, request(read, { mode: "run" }));
      expect(r.error).toMatchObject({ kind: "SQLiteError", message: expect.stringMatching(/no such table/) });
      expect(leaked(r)).toEqual([]);
    }
    expectHonestPasses();
  });

  it("a hidden dataset cannot pass its rows to a visible dataset graded after it in the same Submit", () => {
    const variants = [
      { id: "secret", seed: hiddenSeed },
      { id: "shown", seed: "INSERT INTO orders VALUES (1, 'cy', 3);", hidden: false },
    ];
    // On the hidden data, stash the rows in a temp table; on the shown data, print the stash.
    const thief = `CREATE TEMP TABLE IF NOT EXISTS stash AS SELECT * FROM orders WHERE 0;
      INSERT INTO stash SELECT * FROM orders WHERE (SELECT count(*) FROM orders) > 3;
      SELECT customer, amount FROM stash UNION ALL SELECT customer, amount FROM orders`;
    const r = gradeSql(SQL, request(thief, { variants }));
    expect(r.cases.map((c) => c.id)).toEqual(["default", "secret", "shown"]);
    expect(leaked(r)).toEqual([]);
    expectHonestPasses();
  });
});

describe("other tricks", () => {
  it("schema edits through writable_schema stay in their own database", () => {
    const edit = `PRAGMA writable_schema = ON;
      INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql)
        VALUES ('view', 'planted', 'planted', 0, 'CREATE VIEW planted AS SELECT customer, amount FROM orders');
      PRAGMA writable_schema = OFF;
      ${honest}`;
    const r = gradeSql(SQL, request(edit));
    expect(leaked(r)).toEqual([]);
    const later = gradeSql(SQL, request("SELECT customer, amount FROM planted", { mode: "run" }));
    expect(later.error?.message).toMatch(/no such table: planted/);
    expectHonestPasses();
  });

  it("a value too big for the engine is an error, and the next run is unaffected", () => {
    const r = gradeSql(
      SQL,
      request("SELECT customer, length(zeroblob(2000000000)) FROM orders GROUP BY customer"),
    );
    expect(r.error?.kind).toBe("SQLiteError");
    expect(r.error?.message).toMatch(/too big/);
    expectHonestPasses();
  });

  it("an answer cannot reach JavaScript or load code: no extension loading, no user functions", () => {
    for (const q of [
      "SELECT load_extension('/tmp/x.so'), 1",
      "SELECT eval('1'), 1",
      "SELECT readfile('/etc/passwd'), 1",
    ]) {
      const r = gradeSql(SQL, request(q, { mode: "run" }));
      expect(r.error).toMatchObject({
        kind: "SQLiteError",
        message: expect.stringMatching(/no such function/),
      });
    }
    expectHonestPasses();
  });
});

describe("process-wide settings cannot persist", () => {
  const settings = (engine: SqlJsStatic) => {
    const db = new engine.Database();
    try {
      return ["hard_heap_limit", "soft_heap_limit", "temp_store_directory"].map(
        (name) => runScript(db, `PRAGMA ${name}`)?.rows,
      );
    } finally {
      db.close();
    }
  };

  it.each([
    "PRAGMA hard_heap_limit = 100000",
    'PRAGMA "HARD_HEAP_LIMIT" = 100000',
    "PRAGMA 'hard_heap_limit' = 100000",
    "pragma/**/hard_heap_limit(5000)",
    "PRAGMA main.hard_heap_limit = 5000",
    "PRAGMA soft_heap_limit = 1",
    "PRAGMA temp_store_directory = '/tmp'",
    "SELECT * FROM pragma_soft_heap_limit",
  ])("refuses %s, and the engine's settings stay at their defaults", (statement) => {
    const r = gradeSql(SQL, request(`${statement}; ${honest}`));
    expectForbidden(r, /PRAGMA|setting/);
    expect(settings(SQL)).toEqual([[[0]], [[0]], []]);
    expectHonestPasses();
  });

  it("a pack whose reference sets hard_heap_limit fails on its own question; the next pack is not blamed", () => {
    const hostile = gradeSql(
      SQL,
      request(honest, { reference: `PRAGMA hard_heap_limit = 65536; ${reference}` }),
    );
    expect(hostile.error?.kind).toBe("QuestionError");
    expect(hostile.error?.message).toMatch(/hard_heap_limit/);
    // The schema and seed of a pack are checked the same way.
    const badSchema = gradeSql(SQL, request(honest, { schema: `${schema} ATTACH 'x.db' AS x;` }));
    expect(badSchema.error?.kind).toBe("QuestionError");
    expect(schemaInfo(SQL, `${schema} PRAGMA soft_heap_limit = 1;`, seed)).toMatchObject({
      error: { kind: "QuestionError" },
    });
    // Another question with a large result still runs without an imposed heap limit.
    const big =
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT i, printf('%.200c', 'x') FROM n";
    expect(gradeSql(SQL, { query: big, reference: big, schema: "", seed: "", mode: "run" }).status).toBe(
      "pass",
    );
    expectHonestPasses();
  });

  it("an engine whose settings changed anyway refuses to grade, and the worker asks to be replaced", async () => {
    const spoiled = (await loadOracleEngine()).SQL;
    const db = new spoiled.Database();
    db.exec("PRAGMA hard_heap_limit = 10000000"); // as an unknown way around the checks would
    db.close();
    const r = gradeSql(spoiled, request(honest));
    expect(r.status).toBe("error");
    expect(r.error?.kind).toBe("EngineReset");
    const replies: SqlWorkerResponse[] = [];
    const handle = createSqlWorkerHandler(
      async () => spoiled,
      (m) => replies.push(m),
    );
    await handle({ id: 1, type: "init", wasmUrl: "" });
    await handle({ id: 2, type: "grade", request: request(honest) });
    await handle({ id: 3, type: "explore", schema, seed, query: "SELECT 1" });
    expect(replies[1]).toMatchObject({
      type: "grade",
      fatal: true,
      result: { error: { kind: "EngineReset" } },
    });
    expect(replies[2]).toMatchObject({ type: "explore", fatal: true });
  });
});

describe("hidden datasets reveal nothing", () => {
  // Right on the visible data (3 rows), a data-carrying error on the hidden data (4 rows).
  const onHidden = (leak: string) =>
    `SELECT CASE WHEN (SELECT count(*) FROM orders) > 3 THEN ${leak} ELSE customer END, SUM(amount) FROM orders GROUP BY customer`;

  function expectRedactedError(r: GradeResult, kind = "SQLiteError"): void {
    expect(r.status).toBe("error");
    expect(r.error).toEqual({
      kind,
      message:
        "Your SQL failed on a hidden dataset. Only the kind of error is shown: its message could reveal the hidden data.",
    });
    const hidden = r.cases.find((c) => c.id === "secret")!;
    expect(hidden).toMatchObject({
      status: "error",
      hidden: true,
      message: `Failed on a hidden dataset (${kind}).`,
    });
    expect(r.cases[0]).toMatchObject({ id: "default", status: "pass" });
    expect(leaked(r)).toEqual([]);
  }

  it("an error message built from hidden rows (a JSON path from group_concat) shows only its class", () => {
    const leak = "json_extract('{}', '$' || (SELECT group_concat(customer || '=' || amount) FROM orders))";
    expect(gradeSql(SQL, request(onHidden(leak), { mode: "run" })).status).toBe("pass");
    expectRedactedError(gradeSql(SQL, request(onHidden(leak))));
    expectHonestPasses();
  });

  it("a trigger's RAISE message built from hidden rows shows only its class", () => {
    const thief = `CREATE TEMP TABLE probe (n);
      CREATE TEMP TRIGGER tell BEFORE INSERT ON probe WHEN (SELECT count(*) FROM orders) > 3
      BEGIN SELECT RAISE(ABORT, (SELECT group_concat(customer || amount) FROM orders)); END;
      INSERT INTO probe VALUES (1);
      ${honest}`;
    expectRedactedError(gradeSql(SQL, request(thief)));
    expectHonestPasses();
  });

  it("a check query broken by the answer on a hidden dataset shows only its class", () => {
    const write = {
      schema: "CREATE TABLE stock (sku TEXT PRIMARY KEY, qty INTEGER NOT NULL);",
      seed: "INSERT INTO stock VALUES ('a', 1), ('b', 2);",
      reference: "UPDATE stock SET qty = qty + 1;",
      check: "SELECT sku, qty FROM stock ORDER BY sku",
      variants: [
        { id: "secret", seed: "INSERT INTO stock VALUES ('zoltan', 4242), ('quincy', 31337), ('c', 3);" },
      ],
      mode: "submit" as const,
    };
    // Right on the visible data; on the hidden data the check query reads a view that fails with the rows.
    const thief = `ALTER TABLE stock RENAME TO real_stock;
      CREATE VIEW stock AS SELECT sku, CASE WHEN (SELECT count(*) FROM real_stock) > 2
        THEN json_extract('{}', '$' || (SELECT group_concat(sku || qty) FROM real_stock)) ELSE qty + 1 END AS qty
      FROM real_stock;`;
    const r = gradeSql(SQL, { ...write, query: thief });
    expect(r.cases[0]).toMatchObject({ id: "default", status: "pass" });
    expect(r.error?.kind).toBe("SQLiteError");
    expect(r.error).not.toHaveProperty("traceback");
    expect(leaked(r)).toEqual([]);
    expect(gradeSql(SQL, { ...write, query: "UPDATE stock SET qty = qty + 1;" }).status).toBe("pass");
  });

  it("a wrong or right result on a hidden dataset shows no row, count or diff", () => {
    const wrong = gradeSql(SQL, request("SELECT customer, MAX(amount) FROM orders GROUP BY customer"));
    expect(wrong.status).toBe("fail");
    const hidden = wrong.cases[1]!;
    expect(hidden).toMatchObject({
      id: "secret",
      hidden: true,
      status: "fail",
      message: "Wrong result on a hidden dataset.",
    });
    expect(hidden.details).toEqual({ kind: "sql", redacted: true });
    expect(hidden).not.toHaveProperty("expected");
    expect(hidden).not.toHaveProperty("actual");
    expect(JSON.stringify(hidden)).not.toMatch(/\brows?\b|missing|extra|\d+ /);
    expect(leaked(wrong)).toEqual([]);
    const right = gradeSql(SQL, request(honest)).cases[1]!;
    expect(right).toMatchObject({ status: "pass", message: "Right result on a hidden dataset." });
    expect(right.details).toEqual({ kind: "sql", redacted: true });
  });

  it("too many rows on a hidden dataset only shows the class, not a count", () => {
    const flood = `${honest.replace(" ORDER BY 1", "")} UNION ALL SELECT i, i FROM (
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) SELECT i FROM n)
      WHERE (SELECT count(*) FROM orders) > 3`;
    expectRedactedError(gradeSql(SQL, request(flood)), "ResultTooLarge");
    expectHonestPasses();
  });

  it("visible datasets keep their detail, with very long messages and cells capped", () => {
    const long = gradeSql(
      SQL,
      request("SELECT json_extract('{}', '$' || printf('%.100000c', 'x'))", { mode: "run" }),
    );
    expect(long.error?.kind).toBe("SQLiteError");
    expect(long.error!.message.startsWith("bad JSON path: '$xxx")).toBe(true);
    expect(long.error!.message.length).toBeLessThan(2_200);
    const wide = gradeSql(
      SQL,
      request("SELECT customer, printf('%.100000c', 'y') FROM orders GROUP BY customer", { mode: "run" }),
    );
    expect(wide.status).toBe("fail");
    expect(JSON.stringify(wide).length).toBeLessThan(20_000);
    const many = gradeSql(
      SQL,
      request(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) SELECT i, i FROM n",
        {
          mode: "run",
        },
      ),
    );
    expect(many.cases[0]!.actual).toMatch(/… 30 more rows$/);
    const wrong = gradeSql(
      SQL,
      request("SELECT customer, MAX(amount) FROM orders GROUP BY customer", { mode: "run" }),
    );
    expect(wrong.cases[0]!.message).toBe("1 row missing, 1 extra row, expected 2 rows, got 2");
  });

  it("the pack checker, run by the pack's author, still sees every hidden message", () => {
    const leak = "json_extract('{}', '$' || (SELECT group_concat(customer) FROM orders))";
    const r = gradeSql(SQL, request(onHidden(leak)), { revealHidden: true });
    expect(r.error?.message).toMatch(/bad JSON path: '\$zoltan,quincy/);
    const wrong = gradeSql(SQL, request("SELECT customer, MAX(amount) FROM orders GROUP BY customer"), {
      revealHidden: true,
    });
    expect(wrong.cases[1]!.message).toMatch(/missing/);
  });
});

describe("the runner replaces a changed engine", () => {
  it("answers EngineReset once, then grades on a fresh worker", async () => {
    const spoiled = (await loadOracleEngine()).SQL;
    const db = new spoiled.Database();
    db.exec("PRAGMA hard_heap_limit = 10000000");
    db.close();
    const engines = [spoiled, SQL];
    const workers: FakeWorker[] = [];
    const runner = new SqlRunner({
      wasmUrl: "",
      createWorker: () => {
        const w = new FakeWorker(engines[workers.length]!);
        workers.push(w);
        return w;
      },
    });
    const first = await runner.grade(request(honest));
    expect(first.error?.kind).toBe("EngineReset");
    expect(workers[0]!.terminated).toBe(true);
    const second = await runner.grade(request(honest));
    expect(second.status).toBe("pass");
    expect(workers).toHaveLength(2);
    runner.dispose();
  });
});
