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

/** Tables, columns and a few sample rows of a SQL question's visible dataset (null: loading). */
export function SchemaBrowser({ info }: { info: SchemaView | null }) {
  return (
    <details className="schema-browser" open>
      <summary>Schema and sample rows</summary>
      {!info ? (
        <p role="status">Loading schema…</p>
      ) : "error" in info ? (
        <p role="alert">This question's schema could not be loaded: {info.error.message}</p>
      ) : (
        info.tables.map((t) => (
          <div key={t.name} className="schema-table">
            <h4>
              {t.name} <span className="muted">({t.rowCount} rows)</span>
            </h4>
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
        ))
      )}
    </details>
  );
}
