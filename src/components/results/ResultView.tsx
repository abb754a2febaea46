import { useEffect, useRef, type ReactNode } from "react";
import type { CaseResult, GradeResult } from "../../domain/grading/result";
import type { RowCount, SqlCell, SqlDiff } from "../../domain/grading/sql-compare";
import { verdictTitle } from "../../domain/grading/verdict";

/** 0.125 → "0.1 ms", 60.29 → "60 ms", 1530 → "1.5 s". */
export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 10) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

const STATUS_TEXT = {
  pass: "Passed",
  fail: "Failed",
  error: "Error",
  skipped: "Skipped",
  "not-run": "Not run",
} as const;

/** An SQL case's details: a hidden dataset's say only that they are hidden. */
type SqlDetails =
  | {
      kind: "sql";
      redacted: false;
      diff: SqlDiff;
      actual?: { columns: string[]; rows: SqlCell[][]; rowCount: number; truncated: boolean };
    }
  | { kind: "sql"; redacted: true };

const cell = (c: SqlCell) =>
  c === null ? "NULL" : c instanceof Uint8Array ? `<blob ${c.length} bytes>` : String(c);

export function RowsTable({
  columns,
  rows,
  caption,
}: {
  columns: string[];
  rows: SqlCell[][];
  caption: string;
}) {
  return (
    <div className="table-scroll">
      <table className="rows">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j} className={c === null ? "null" : undefined}>
                  {cell(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function countedRows(list: RowCount[]): SqlCell[][] {
  return list.flatMap(({ row, count }) => Array.from({ length: Math.min(count, 20) }, () => row));
}

function SqlDiffView({ details }: { details: SqlDetails }) {
  if (details.redacted) {
    return (
      <p className="muted">
        Hidden dataset: its rows, row counts and error messages are not shown, so that it stays a fair test.
      </p>
    );
  }
  const { diff, actual } = details;
  return (
    <div className="sql-diff">
      {actual ? (
        <RowsTable
          caption={`Your result: ${actual.rowCount} ${actual.rowCount === 1 ? "row" : "rows"}${actual.truncated ? " (first rows shown)" : ""}`}
          columns={actual.columns}
          rows={actual.rows}
        />
      ) : null}
      {diff.columnMismatch ? <p className="diff-note">Columns: {diff.columnMismatch}</p> : null}
      {!diff.columnMismatch && !diff.equal ? (
        <p className="diff-note">
          {diff.correctCount} correct, {diff.missingCount} missing, {diff.extraCount} extra
          {diff.firstOrderDifference
            ? `; order differs first at row ${diff.firstOrderDifference.index + 1}`
            : ""}
        </p>
      ) : null}
      {diff.missing.length > 0 ? (
        <RowsTable
          caption="Missing rows (expected, not in your result)"
          columns={diff.expectedColumns}
          rows={countedRows(diff.missing)}
        />
      ) : null}
      {diff.extra.length > 0 ? (
        <RowsTable
          caption="Extra rows (in your result, not expected)"
          columns={diff.actualColumns}
          rows={countedRows(diff.extra)}
        />
      ) : null}
    </div>
  );
}

function CaseView({ c, input }: { c: CaseResult; input?: string }) {
  const sql = (c.details as SqlDetails | undefined)?.kind === "sql" ? (c.details as SqlDetails) : undefined;
  return (
    <li className={`case case-${c.status}`}>
      <details open={c.status !== "pass"}>
        <summary>
          <span className={`badge badge-${c.status}`}>{STATUS_TEXT[c.status]}</span>{" "}
          <span className="case-name">{c.hidden ? `Hidden case ${c.id}` : c.description || c.id}</span>
          {c.durationMs !== undefined ? <span className="muted"> · {formatMs(c.durationMs)}</span> : null}
        </summary>
        {input ? (
          <p className="case-input">
            <span className="muted">Input </span>
            <code>{input}</code>
          </p>
        ) : null}
        {c.message ? <p className="case-message">{c.message}</p> : null}
        {c.expected !== undefined || c.actual !== undefined ? (
          <dl className="expected-actual">
            {c.expected !== undefined ? (
              <>
                <dt>Expected</dt>
                <dd>
                  <pre>{c.expected}</pre>
                </dd>
              </>
            ) : null}
            {c.actual !== undefined ? (
              <>
                <dt>Actual</dt>
                <dd>
                  <pre>{c.actual}</pre>
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
        {c.output ? (
          <>
            <p className="muted">Output</p>
            <pre className="case-output">{c.output}</pre>
          </>
        ) : null}
        {sql ? <SqlDiffView details={sql} /> : null}
      </details>
    </li>
  );
}

/**
 * Scroll `el` so its top is in view when it is not (used for results that appear below the fold:
 * after Run or Submit the verdict must be seen, not guessed at). Smooth unless the user asked for
 * reduced motion; a no-op where scrolling is unsupported (jsdom).
 */
export function revealElement(el: HTMLElement | null): void {
  if (!el || typeof el.scrollIntoView !== "function") return;
  const r = el.getBoundingClientRect();
  const inView = r.top >= 64 && r.top < window.innerHeight - 120;
  if (inView) return;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  el.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
}

/** A grader's result: verdict, score, error, and every case. */
export function ResultView({
  result,
  label,
  inputs,
  reveal = false,
  children,
}: {
  result: GradeResult & { notRun?: string[] };
  label: string;
  /** Readable input of each visible case, by case id. */
  inputs?: ReadonlyMap<string, string>;
  /** Scroll the result into view when it appears (after a Run or Submit). */
  reveal?: boolean;
  /** Shown right under the verdict (e.g. a drill rating, links to other questions). */
  children?: ReactNode;
}) {
  const passed = result.cases.filter((c) => c.status === "pass").length;
  const skipped = result.cases.filter((c) => c.status === "skipped").length;
  const notRun = result.cases.filter((c) => c.status === "not-run").length;
  const counted = result.cases.length - skipped;
  const visible = result.cases.filter((c) => !c.hidden);
  const hidden = result.cases.filter((c) => c.hidden);
  const hiddenPassed = hidden.filter((c) => c.status === "pass").length;
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    if (reveal) revealElement(box.current);
  }, [reveal, result]);
  return (
    <section className={`result result-${result.status}`} aria-label={label} ref={box}>
      <p className="verdict" role="status">
        <strong>{verdictTitle(result.status, result.error)}</strong>
        {result.status !== "error" ? ` — ${passed} / ${counted} passed` : ""}
        {skipped ? <span className="muted"> · {skipped} skipped</span> : null}
        {notRun ? <span className="muted"> · {notRun} not run</span> : null}
        {result.notRun?.length ? (
          <span className="muted"> · {result.notRun.length} hidden cases run on Submit</span>
        ) : null}
      </p>
      {children}
      {result.error ? (
        <div className="error-box" role="alert">
          <p>
            <strong>{result.error.kind}</strong>
            {result.error.line ? ` (line ${result.error.line})` : ""}: {result.error.message}
          </p>
          {result.error.traceback ? <pre>{result.error.traceback}</pre> : null}
        </div>
      ) : null}
      {hidden.length > 0 ? (
        <p className="hidden-summary">
          Hidden cases: {hiddenPassed} / {hidden.length} passed
        </p>
      ) : null}
      <ul className="cases">
        {[...visible, ...hidden.filter((c) => c.status !== "pass")].map((c) => (
          <CaseView key={c.id} c={c} input={c.hidden ? undefined : inputs?.get(c.id)} />
        ))}
      </ul>
    </section>
  );
}
