import initSqlJs, { type SqlJsStatic } from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { exploreSql, gradeSql, schemaInfo } from "../../../src/runners/sql/sql-core";
import { runScript } from "../../../src/runners/sql/sql-exec";
import type { SqlCaseDetails, SqlGradeRequest } from "../../../src/runners/sql/types";

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const schema = `
CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT NOT NULL, dept TEXT, salary REAL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, amount REAL);`;
const seed = `
INSERT INTO employees VALUES (1, 'Ada', 'eng', 120), (2, 'Bob', 'eng', 100), (3, 'Cy', 'ops', 90), (4, 'Di', NULL, 80);
INSERT INTO orders VALUES (1, 'x', 10), (2, 'x', 5), (3, 'y', 7);`;

function req(query: string, reference: string, extra: Partial<SqlGradeRequest> = {}): SqlGradeRequest {
  return { query, reference, schema, seed, mode: "run", ...extra };
}
const details = (d: unknown) => d as Extract<SqlCaseDetails, { redacted: false }>;

describe("gradeSql", () => {
  it("passes a correct query written differently from the reference", () => {
    const r = gradeSql(
      SQL,
      req(
        "SELECT dept, COUNT(*) AS n FROM employees WHERE dept IS NOT NULL GROUP BY dept",
        "SELECT dept, COUNT(id) FROM employees GROUP BY dept HAVING dept IS NOT NULL ORDER BY dept DESC",
      ),
    );
    expect(r.status).toBe("pass");
    expect(r.score).toBe(1);
    expect(r.cases).toHaveLength(1);
    expect(r.cases[0]).toMatchObject({ id: "default", status: "pass", hidden: false });
    expect(details(r.cases[0]!.details).actual?.rows).toHaveLength(2);
  });

  it("fails with missing and extra rows and a message", () => {
    const r = gradeSql(
      SQL,
      req("SELECT name FROM employees WHERE salary > 95", "SELECT name FROM employees WHERE salary >= 90"),
    );
    expect(r.status).toBe("fail");
    const c = r.cases[0]!;
    expect(c.message).toBe("1 row missing, expected 3 rows, got 2");
    expect(details(c.details).diff.missing).toEqual([{ row: ["Cy"], count: 1 }]);
    expect(c.actual).toContain("Ada");
    expect(c.expected).toContain("Cy");
  });

  it("fails on a column count mismatch", () => {
    const r = gradeSql(SQL, req("SELECT id, name FROM employees", "SELECT id, name, dept FROM employees"));
    expect(r.status).toBe("fail");
    expect(r.cases[0]!.message).toBe("expected 3 columns (id, name, dept), got 2 (id, name)");
  });

  it("checks column names only when asked", () => {
    const q = "SELECT SUM(amount) FROM orders";
    const ref = "SELECT SUM(amount) AS total FROM orders";
    expect(gradeSql(SQL, req(q, ref)).status).toBe("pass");
    expect(gradeSql(SQL, req(q, ref, { compare: { columnNames: true } })).status).toBe("fail");
  });

  it("checks row order only when asked", () => {
    const q = "SELECT name FROM employees ORDER BY salary ASC";
    const ref = "SELECT name FROM employees ORDER BY salary DESC";
    expect(gradeSql(SQL, req(q, ref)).status).toBe("pass");
    const r = gradeSql(SQL, req(q, ref, { compare: { orderMatters: true } }));
    expect(r.status).toBe("fail");
    expect(r.cases[0]!.message).toMatch(/wrong order: first difference at row 1/);
  });

  it("compares numbers with tolerance (integer vs real, float noise)", () => {
    expect(gradeSql(SQL, req("SELECT 1", "SELECT 1.0")).status).toBe("pass");
    expect(gradeSql(SQL, req("SELECT 0.1 + 0.2", "SELECT 0.3")).status).toBe("pass");
    expect(
      gradeSql(
        SQL,
        req("SELECT AVG(salary) FROM employees", "SELECT SUM(salary) * 1.0 / COUNT(*) FROM employees"),
      ).status,
    ).toBe("pass");
    expect(gradeSql(SQL, req("SELECT 0.31", "SELECT 0.3")).status).toBe("fail");
    expect(gradeSql(SQL, req("SELECT 7 / 2", "SELECT 7 / 2.0")).status).toBe("fail"); // integer division caught
  });

  it("treats NULL as equal to NULL but not to a value", () => {
    expect(
      gradeSql(SQL, req("SELECT name, dept FROM employees", "SELECT name, dept FROM employees")).status,
    ).toBe("pass");
    expect(
      gradeSql(SQL, req("SELECT name, COALESCE(dept, '') FROM employees", "SELECT name, dept FROM employees"))
        .status,
    ).toBe("fail");
  });

  it("catches a missing DISTINCT through duplicate multiplicity", () => {
    const r = gradeSql(
      SQL,
      req(
        "SELECT dept FROM employees WHERE dept IS NOT NULL",
        "SELECT DISTINCT dept FROM employees WHERE dept IS NOT NULL",
      ),
    );
    expect(r.status).toBe("fail");
    expect(details(r.cases[0]!.details).diff.extra).toEqual([{ row: ["eng"], count: 1 }]);
  });

  it("runs hidden variants only on submit and catches a hard-coded answer", () => {
    const base = req(
      "SELECT 'x' AS customer, 15 AS total",
      "SELECT customer, SUM(amount) FROM orders GROUP BY customer ORDER BY 2 DESC LIMIT 1",
      {
        variants: [
          {
            id: "big-y",
            description: "y has the largest total",
            seed: "INSERT INTO orders VALUES (1, 'x', 1), (2, 'y', 50);",
          },
        ],
      },
    );
    const run = gradeSql(SQL, base);
    expect(run.status).toBe("pass");
    expect(run.cases.map((c) => c.id)).toEqual(["default"]);
    const submit = gradeSql(SQL, { ...base, mode: "submit" });
    expect(submit.status).toBe("fail");
    expect(submit.score).toBe(0.5);
    const hidden = submit.cases[1]!;
    expect(hidden).toMatchObject({
      id: "big-y",
      hidden: true,
      status: "fail",
      description: "y has the largest total",
    });
    expect(hidden.expected).toBeUndefined();
    expect(hidden.actual).toBeUndefined();
    // Nothing that depends on the hidden data: no rows, no counts, no diff.
    expect(hidden.details).toEqual({ kind: "sql", redacted: true });
    expect(hidden.message).toBe("Wrong result on a hidden dataset.");
    const honest = gradeSql(SQL, {
      ...base,
      mode: "submit",
      query:
        "SELECT customer, SUM(amount) AS total FROM orders GROUP BY customer ORDER BY total DESC LIMIT 1",
    });
    expect(honest.status).toBe("pass");
    expect(honest.cases).toHaveLength(2);
  });

  it("grades a write question (upsert) through the check query", () => {
    const upsert = {
      schema: "CREATE TABLE stock (sku TEXT PRIMARY KEY, qty INTEGER NOT NULL);",
      seed: "INSERT INTO stock VALUES ('a', 1), ('b', 2);",
      reference: `CREATE TEMP TABLE incoming (sku TEXT, qty INTEGER);
        INSERT INTO incoming VALUES ('a', 5), ('c', 3);
        INSERT INTO stock SELECT sku, qty FROM incoming WHERE true ON CONFLICT(sku) DO UPDATE SET qty = stock.qty + excluded.qty;`,
      check: "SELECT sku, qty FROM stock ORDER BY sku",
      mode: "run" as const,
    };
    const good = `INSERT INTO stock VALUES ('a', 5), ('c', 3) ON CONFLICT(sku) DO UPDATE SET qty = qty + excluded.qty;`;
    const r = gradeSql(SQL, { ...upsert, query: good });
    expect(r.status).toBe("pass");
    expect(details(r.cases[0]!.details).actual?.rows).toEqual([
      ["a", 6],
      ["b", 2],
      ["c", 3],
    ]);
    const overwrite = gradeSql(SQL, {
      ...upsert,
      query: "INSERT OR REPLACE INTO stock VALUES ('a', 5), ('c', 3);",
    });
    expect(overwrite.status).toBe("fail");
    expect(details(overwrite.cases[0]!.details).diff.missing).toEqual([{ row: ["a", 6], count: 1 }]);
    const dropped = gradeSql(SQL, { ...upsert, query: "DROP TABLE stock;" });
    expect(dropped.status).toBe("error");
    expect(dropped.error).toMatchObject({ kind: "SQLiteError", message: "no such table: stock" });
  });

  it("returns SQLite syntax errors verbatim as an error result", () => {
    const r = gradeSql(SQL, req("SELEC name FROM employees", "SELECT name FROM employees"));
    expect(r.status).toBe("error");
    expect(r.score).toBe(0);
    expect(r.error).toEqual({ kind: "SQLiteError", message: 'near "SELEC": syntax error' });
    expect(r.cases[0]).toMatchObject({ id: "default", status: "error" });
    const missing = gradeSql(SQL, req("SELECT nme FROM employees", "SELECT name FROM employees"));
    expect(missing.error).toEqual({ kind: "SQLiteError", message: "no such column: nme" });
  });

  it("reports a broken reference as a QuestionError", () => {
    const r = gradeSql(SQL, req("SELECT name FROM employees", "SELECT name FROM employes"));
    expect(r.status).toBe("error");
    expect(r.error?.kind).toBe("QuestionError");
    expect(r.error?.message).toContain("no such table: employes");
    const badSeed = gradeSql(SQL, { ...req("SELECT 1", "SELECT 1"), seed: "INSERT INTO nope VALUES (1);" });
    expect(badSeed.error?.kind).toBe("QuestionError");
  });

  it("keeps the header of a zero-row result", () => {
    const r = gradeSql(
      SQL,
      req("SELECT id, name FROM employees WHERE salary > 1000", "SELECT id, name FROM employees WHERE 0"),
    );
    expect(r.status).toBe("pass");
    expect(details(r.cases[0]!.details).actual).toEqual({
      columns: ["id", "name"],
      rows: [],
      rowCount: 0,
      truncated: false,
    });
    const wrong = gradeSql(
      SQL,
      req("SELECT id FROM employees WHERE 0", "SELECT id, name FROM employees WHERE 0"),
    );
    expect(wrong.cases[0]!.message).toBe("expected 2 columns (id, name), got 1 (id)");
  });

  it("uses the last statement that returns columns from a multi-statement answer", () => {
    const r = gradeSql(
      SQL,
      req(
        "CREATE TEMP TABLE t AS SELECT name FROM employees WHERE dept = 'eng'; SELECT 'ignored'; SELECT name FROM t; UPDATE t SET name = 'z';",
        "SELECT name FROM employees WHERE dept = 'eng'",
      ),
    );
    expect(r.status).toBe("pass");
    const none = gradeSql(SQL, req("CREATE TEMP TABLE t (a);", "SELECT 1"));
    expect(none.error?.kind).toBe("NoResult");
  });

  it("supports window functions and CTEs", () => {
    const ref = `SELECT name, dept, RANK() OVER (PARTITION BY dept ORDER BY salary DESC) AS rk FROM employees WHERE dept IS NOT NULL`;
    const q = `WITH ranked AS (SELECT name, dept, DENSE_RANK() OVER (PARTITION BY dept ORDER BY salary DESC) rk FROM employees)
               SELECT * FROM ranked WHERE dept IS NOT NULL`;
    expect(gradeSql(SQL, req(q, ref)).status).toBe("pass");
    expect(gradeSql(SQL, req(q.replace("DESC", "ASC"), ref)).status).toBe("fail");
  });

  it("uses a fresh database per dataset and per side", () => {
    const r = gradeSql(
      SQL,
      req("DELETE FROM employees; SELECT COUNT(*) FROM employees", "SELECT 0", {
        mode: "submit",
        variants: [{ id: "v", seed: "INSERT INTO employees VALUES (9, 'Z', 'eng', 1);" }],
      }),
    );
    expect(r.status).toBe("pass");
    expect(r.cases).toHaveLength(2);
  });
});

describe("runScript", () => {
  it("keeps precision limits documented: integers beyond 2^53 become doubles", () => {
    const db = new SQL.Database();
    expect(runScript(db, "SELECT 9007199254740993")?.rows[0]?.[0]).toBe(9007199254740992);
    db.close();
  });
});

describe("exploreSql and schemaInfo", () => {
  it("runs a free query and returns rows or the SQLite error", () => {
    expect(exploreSql(SQL, schema, seed, "SELECT COUNT(*) AS n FROM orders")).toEqual({
      columns: ["n"],
      rows: [[3]],
      rowCount: 1,
      truncated: false,
    });
    expect(exploreSql(SQL, schema, seed, "SELECT * FROM nope")).toEqual({
      error: { kind: "SQLiteError", message: "no such table: nope" },
    });
  });

  it("describes tables, columns and up to 5 sample rows", () => {
    const info = schemaInfo(
      SQL,
      schema + "CREATE VIEW eng AS SELECT * FROM employees WHERE dept = 'eng';",
      seed + "INSERT INTO orders VALUES (4,'z',1),(5,'z',1),(6,'z',1);",
    );
    if ("error" in info) throw new Error(info.error.message);
    expect(info.tables.map((t) => [t.name, t.kind, t.rowCount])).toEqual([
      ["employees", "table", 4],
      ["orders", "table", 6],
      ["eng", "view", 2],
    ]);
    expect(info.tables[0]!.columns).toEqual([
      { name: "id", type: "INTEGER" },
      { name: "name", type: "TEXT" },
      { name: "dept", type: "TEXT" },
      { name: "salary", type: "REAL" },
    ]);
    expect(info.tables[1]!.sample).toHaveLength(5);
    expect(schemaInfo(SQL, "CREATE TABL x (a);", "")).toMatchObject({ error: { kind: "QuestionError" } });
  });
});
