import { useState } from "react";
import type { PackEntry } from "../../store";
import { packShareLink, urlShareLink } from "../../lib/share/share-link";

type Shared = { url?: string; note: string };

function makeLink(entry: PackEntry): Shared {
  const r = packShareLink(window.location.href, JSON.stringify(entry.pack));
  if (r.ok) return { url: r.url, note: "The pack travels inside this link." };
  // A pack imported from the web can still be shared by its address.
  const from = entry.origin?.startsWith("url: ") ? entry.origin.slice(5) : undefined;
  if (from)
    return {
      url: urlShareLink(window.location.href, from),
      note: `${r.message} This link fetches it from ${from}.`,
    };
  return { note: r.message };
}

/** "Copy share link": copies to the clipboard when allowed and always shows the link. */
export function ShareLink({ entry }: { entry: PackEntry }) {
  const [shared, setShared] = useState<Shared & { copied?: boolean }>();
  const title = entry.pack.title;
  const share = async () => {
    const s = makeLink(entry);
    let copied = false;
    if (s.url) {
      try {
        await navigator.clipboard.writeText(s.url);
        copied = true;
      } catch {
        copied = false;
      }
    }
    setShared({ ...s, copied });
  };
  return (
    <>
      <button type="button" onClick={() => void share()} aria-label={`Copy share link: ${title}`}>
        Copy share link
      </button>
      {shared ? (
        <div className="share-result">
          <p role="status">
            {shared.url ? (shared.copied ? "Link copied. " : "Copy the link below. ") : ""}
            {shared.note}
          </p>
          {shared.url ? (
            <input
              readOnly
              value={shared.url}
              aria-label={`Share link for ${title}`}
              onFocus={(e) => e.target.select()}
            />
          ) : null}
        </div>
      ) : null}
    </>
  );
}
