import { useEffect, type ReactNode } from "react";

/** A screen: sets the document title and renders one h1 followed by its content. */
export function Page({ title, lead, children }: { title: string; lead?: ReactNode; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · MLE Dojo`;
  }, [title]);
  return (
    <div className="page">
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </div>
  );
}

/** A plain statement that a screen is not built yet, and what it will do. Never a fake screen. */
export function NotBuiltYet({ plan }: { plan: string[] }) {
  return (
    <section className="notice" aria-labelledby="not-built-heading">
      <h2 id="not-built-heading">Not built yet</h2>
      <p>This screen does not work yet. When it does, it will let you:</p>
      <ul>
        {plan.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </section>
  );
}
