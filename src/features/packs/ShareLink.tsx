import { useMemo, useState } from "react";
import type { PackEntry } from "../../store";
import { packShareLink, urlShareLink } from "../../lib/share/share-link";

/** How a pack can be shared, decided before anything is offered. */
export type SharePlan =
  { kind: "built-in" } | { kind: "link"; url: string; note: string } | { kind: "file-only"; note: string };

/**
 * A built-in pack needs no sharing (every copy of the app has it); a small pack travels inside a
 * link; a large one imported from the web travels as its address; any other large pack can only be
 * shared as its file (Export JSON).
 */
export function sharePlan(entry: PackEntry, appUrl: string): SharePlan {
  if (entry.builtIn) return { kind: "built-in" };
  const r = packShareLink(appUrl, JSON.stringify(entry.pack));
  if (r.ok) return { kind: "link", url: r.url, note: "The pack travels inside this link." };
  const from = entry.origin?.startsWith("url: ") ? entry.origin.slice(5) : undefined;
  if (from)
    return {
      kind: "link",
      url: urlShareLink(appUrl, from),
      note: `This link fetches the pack from ${from}.`,
    };
  return {
    kind: "file-only",
    note: `${r.message.replace(" Export it and share the file instead.", "")} To share it, use Export JSON and send the file.`,
  };
}

/**
 * "Copy share link" where a link can work (copied when the browser allows, and always shown); a
 * plain note where it cannot, saying what to do instead.
 */
export function ShareLink({ entry }: { entry: PackEntry }) {
  const plan = useMemo(() => sharePlan(entry, window.location.href), [entry]);
  const [shown, setShown] = useState<{ copied: boolean } | null>(null);
  const title = entry.pack.title;
  if (plan.kind === "built-in")
    return <p className="share-note muted">Built in: everyone using MLE Dojo already has this pack.</p>;
  if (plan.kind === "file-only") return <p className="share-note muted">{plan.note}</p>;
  const share = async () => {
    const copied = await (
      navigator.clipboard?.writeText(plan.url) ?? Promise.reject(new Error("no clipboard"))
    ).then(
      () => true,
      () => false,
    );
    setShown({ copied });
  };
  return (
    <>
      <button type="button" onClick={() => void share()} aria-label={`Copy share link: ${title}`}>
        Copy share link
      </button>
      {shown ? (
        <div className="share-result">
          <p role="status">
            {shown.copied ? "Link copied. " : "Copy the link below. "}
            {plan.note}
          </p>
          <input
            readOnly
            value={plan.url}
            aria-label={`Share link for ${title}`}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
    </>
  );
}
