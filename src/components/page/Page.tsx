import { useEffect, type ReactNode } from "react";

/** A screen: sets the document title and renders one h1 followed by its content. */
export function Page({
  title,
  lead,
  children,
  wide,
}: {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  wide?: boolean;
}) {
  useEffect(() => {
    document.title = `${title} · MLE Dojo`;
  }, [title]);
  return (
    <div className={wide ? "page page-wide" : "page"}>
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
