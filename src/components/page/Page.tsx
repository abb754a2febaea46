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
