import { useEffect, useState } from "react";
import type { SqlQuestion } from "../../../domain/packs";
import type { SchemaInfoResult } from "../../../runners/sql/types";
import { getSqlRunner } from "../../../store";
import { RowsTable } from "../../../components/results/ResultView";

/** Tables, columns and a few sample rows of the question's visible dataset. */
export function SchemaBrowser({ question }: { question: SqlQuestion }) {
  const [info, setInfo] = useState<SchemaInfoResult | null>(null);
  useEffect(() => {
    let live = true;
    void getSqlRunner()
      .then((r) => r.schemaInfo(question.schema, question.seed))
      .then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, [question.schema, question.seed]);

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
