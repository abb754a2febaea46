import { useState } from "react";
import type { SqlCell } from "../../domain/grading/sql-compare";
import { RowsTable } from "../results/ResultView";

/** What a scratch query returns (the SQL runner's `ExploreResult`, structurally). */
export type QueryView =
  | { columns: string[]; rows: SqlCell[][]; rowCount: number; truncated: boolean }
  | { error: { kind: string; message: string } };

/**
 * A scratch SQL console over an incident's tables: any query (each on a fresh copy of the data,
 * so nothing the candidate runs can change the evidence), Ctrl/Cmd+Enter or Run, the rows below.
 */
export function ScratchSql({
  initial,
  onQuery,
}: {
  initial: string;
  onQuery: (query: string) => Promise<QueryView>;
}) {
  const [query, setQuery] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<QueryView | null>(null);
  const run = async () => {
    if (busy || !query.trim()) return;
    setBusy(true);
    try {
      setResult(await onQuery(query));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="scratch">
      <label className="scratch-label" htmlFor="scratch-sql">
        Query the incident&apos;s tables (read-only: every run starts from the original data)
      </label>
      <textarea
        id="scratch-sql"
        className="scratch-code"
        spellCheck={false}
        rows={6}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void run();
          }
        }}
        aria-keyshortcuts="Control+Enter"
      />
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void run()} disabled={busy || !query.trim()}>
          {busy ? "Running…" : "Run query"}
        </button>
      </div>
      {result === null ? null : "error" in result ? (
        <div className="error-box" role="alert">
          <p>
            <strong>{result.error.kind}</strong>: {result.error.message}
          </p>
        </div>
      ) : (
        <RowsTable
          caption={`${result.rowCount} ${result.rowCount === 1 ? "row" : "rows"}${result.truncated ? ` (first ${result.rows.length} shown)` : ""}`}
          columns={result.columns}
          rows={result.rows}
        />
      )}
    </div>
  );
}
