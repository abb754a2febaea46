import type { SqlRow } from "../../domain/grading/sql-compare";
import { RowsTable } from "../results/ResultView";

/** What the schema browser shows: the SQL runner's `SchemaInfoResult`, structurally. */
export type SchemaView =
  | {
      tables: {
        name: string;
        rowCount: number;
        columns: { name: string; type: string }[];
        sample: SqlRow[];
      }[];
    }
  | { error: { message: string } };

/**
 * Tables, columns and a few sample rows of a SQL question's visible dataset (null: loading). Every
 * table is named in the summary line and laid out side by side (no inner scroll hiding one), each
 * under an h3 (the answer pane's heading is an h2).
 */
export function SchemaBrowser({ info }: { info: SchemaView | null }) {
  const tables = info && !("error" in info) ? info.tables : [];
  return (
    <details className="schema-browser" open>
      <summary>
        Schema and sample rows
        {tables.length ? (
          <span className="muted">
            {" "}
            — {tables.length} {tables.length === 1 ? "table" : "tables"}:{" "}
            {tables.map((t) => t.name).join(", ")}
          </span>
        ) : null}
      </summary>
      {!info ? (
        <p role="status">Loading schema…</p>
      ) : "error" in info ? (
        <p role="alert">This question's schema could not be loaded: {info.error.message}</p>
      ) : (
        <div className="schema-tables">
          {info.tables.map((t) => (
            <div key={t.name} className="schema-table">
              <h3>
                {t.name} <span className="muted">({t.rowCount} rows)</span>
              </h3>
              <p className="columns">
                {t.columns.map((c) => (
                  <code key={c.name}>
                    {c.name} {c.type}
                  </code>
                ))}
              </p>
              <RowsTable
                caption={`Sample rows of ${t.name}`}
                columns={t.columns.map((c) => c.name)}
                rows={t.sample}
              />
            </div>
          ))}
        </div>
      )}
    </details>
  );
}
