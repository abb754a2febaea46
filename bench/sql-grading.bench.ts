/**
 * SQL grading in Node: `gradeSql(SQL, request)` against doing the same work by hand with sql.js
 * (open a database, run schema + seed, run the reference and the candidate query, compare the rows
 * as multisets). The first read-only questions of the built-in SQL pack are graded per iteration
 * (Run mode: the visible dataset), candidate = reference. Medians over many iterations. A last
 * figure grades the same answers behind a comment naming `journal_mode`: such "suspect" scripts
 * are checked statement by statement and their database sealed (see src/runners/sql/sql-guard.ts).
 */
import initSqlJs, { type Database, type SqlJsStatic } from "sql.js";
import { clearReferenceCache, gradeSql } from "../src/runners/sql/sql-core";
import type { SqlGradeRequest } from "../src/runners/sql/types";
import { emit, median, readPack, round } from "./bench-io";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const WARMUP = 5;
const QUESTIONS = 10;

interface SqlQuestion {
  kind: string;
  schema: string;
  seed: string;
  reference: string;
  check?: string;
}

const questions = readPack<{ questions: SqlQuestion[] }>("sql")
  .questions.filter((q) => q.kind === "sql" && q.check === undefined)
  .slice(0, QUESTIONS);
const requests: SqlGradeRequest[] = questions.map((q) => ({
  query: q.reference,
  reference: q.reference,
  schema: q.schema,
  seed: q.seed,
  mode: "run",
}));

const suspect: SqlGradeRequest[] = requests.map((r) => ({
  ...r,
  query: `-- journal_mode as it is\n${r.query}`,
}));

const SQL: SqlJsStatic = await initSqlJs();

function open(req: SqlGradeRequest): Database {
  const db = new SQL.Database();
  db.exec(req.schema);
  db.exec(req.seed);
  return db;
}

/** Last result set of a script, as sql.js's exec gives it. */
function rowsOf(db: Database, sql: string): unknown[][] {
  const results = db.exec(sql);
  return results.length ? results[results.length - 1]!.values : [];
}

function sameMultiset(a: unknown[][], b: unknown[][]): boolean {
  if (a.length !== b.length) return false;
  const key = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
  const ka = key(a);
  const kb = key(b);
  return ka.every((k, i) => k === kb[i]);
}

/** By hand, one database for both queries (the least work that can grade a SELECT). */
function byHandShared(req: SqlGradeRequest): boolean {
  const db = open(req);
  try {
    return sameMultiset(rowsOf(db, req.reference), rowsOf(db, req.query));
  } finally {
    db.close();
  }
}

/** By hand, a fresh database per query (the isolation gradeSql gives write questions too). */
function byHandFresh(req: SqlGradeRequest): boolean {
  const run = (sql: string) => {
    const db = open(req);
    try {
      return rowsOf(db, sql);
    } finally {
      db.close();
    }
  };
  return sameMultiset(run(req.reference), run(req.query));
}

for (const req of requests) {
  const r = gradeSql(SQL, req);
  if (r.status !== "pass") throw new Error(`reference did not pass: ${JSON.stringify(r).slice(0, 300)}`);
  if (!byHandShared(req) || !byHandFresh(req)) throw new Error("hand-written grading disagrees");
}
for (const req of suspect) {
  if (gradeSql(SQL, req).status !== "pass") throw new Error("a suspect answer did not pass");
}

const timeAll = (fn: (req: SqlGradeRequest) => unknown): number => {
  const t = performance.now();
  for (const req of requests) fn(req);
  return performance.now() - t;
};
const graded: number[] = [];
const cold: number[] = [];
const shared: number[] = [];
const fresh: number[] = [];
const sealed: number[] = [];
for (let i = 0; i < WARMUP + ITERATIONS; i++) {
  // Cold: the first grade of each question (the reference result is not cached yet).
  const c = timeAll((req) => {
    clearReferenceCache();
    gradeSql(SQL, req);
  });
  if (i >= WARMUP) cold.push(c / requests.length);
  for (const req of requests) gradeSql(SQL, req);
  // Warm: the question was graded before (repeated Runs), so its reference result is cached.
  const g = timeAll((req) => gradeSql(SQL, req));
  const s = timeAll(byHandShared);
  const f = timeAll(byHandFresh);
  let k = 0;
  const x = timeAll(() => gradeSql(SQL, suspect[k++]!));
  if (i >= WARMUP) {
    sealed.push(x / requests.length);
    graded.push(g / requests.length);
    shared.push(s / requests.length);
    fresh.push(f / requests.length);
  }
}
const g = median(graded);
const label = `(${requests.length} questions, per question, median of ${ITERATIONS})`;
emit({ name: `SQL gradeSql, repeat run ${label}`, value: round(g), unit: "ms" });
emit({
  name: "SQL gradeSql, first run of a question (reference not cached)",
  value: round(median(cold)),
  unit: "ms",
});
emit({ name: "SQL by hand, one database for both queries", value: round(median(shared)), unit: "ms" });
emit({ name: "SQL by hand, fresh database per query", value: round(median(fresh)), unit: "ms" });
emit({
  name: "SQL grading / by hand (one database)",
  value: round(g / median(shared)),
  unit: "x",
  target: "<= 1.3",
});
emit({
  name: "SQL first-run grading / by hand (one database)",
  value: round(median(cold) / median(shared)),
  unit: "x",
});
emit({
  name: "SQL grading / by hand (fresh databases)",
  value: round(g / median(fresh)),
  unit: "x",
  target: "<= 1.3",
});
emit({
  name: "SQL gradeSql, repeat run of a suspect answer (checked statement by statement, sealed)",
  value: round(median(sealed)),
  unit: "ms",
});
emit({
  name: "SQL suspect-answer grading / by hand (one database)",
  value: round(median(sealed) / median(shared)),
  unit: "x",
});
