import type { ReactNode } from "react";

/** A titled chart with the same data as a table for screen readers and for reading exact values. */
export function Figure({ title, children, table }: { title: string; children: ReactNode; table: ReactNode }) {
  return (
    <section className="stats-figure" aria-label={title}>
      <h2>{title}</h2>
      {children}
      <details>
        <summary>Show the data as a table</summary>
        {table}
      </details>
    </section>
  );
}
