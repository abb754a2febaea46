import { useMemo } from "react";
import { Markdown } from "../../components/markdown/Markdown";
import { packStats } from "../../domain/packs";
import { href } from "../../lib/router/hash-router";
import type { PackEntry } from "../../store";
import { downloadPack } from "./download";
import { PackCounts } from "./PackCounts";
import { ShareLink } from "./ShareLink";

/** One pack in the list: details, counts, on/off switch and its actions. */
export function PackCard({
  entry,
  enabled,
  onToggle,
  onRemove,
}: {
  entry: PackEntry;
  enabled: boolean;
  onToggle: (on: boolean) => void;
  onRemove: () => void;
}) {
  const { pack, builtIn } = entry;
  const stats = useMemo(() => packStats(pack), [pack]);
  const headingId = `pack-${pack.id}`;
  return (
    <li className={enabled ? "pack-card" : "pack-card pack-off"} aria-labelledby={headingId}>
      <div className="pack-head">
        <h3 id={headingId}>{pack.title}</h3>
        <span className="tag">{builtIn ? "Built-in" : "Imported"}</span>
        <label className="pack-switch">
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            onChange={(e) => onToggle(e.target.checked)}
            aria-label={`Enabled: ${pack.title}`}
          />
          <span aria-hidden="true">{enabled ? "Enabled" : "Disabled"}</span>
        </label>
      </div>
      <p className="pack-meta">
        <code>{pack.id}</code> · version {pack.version} · by {pack.authors.join(", ")} · {pack.license}
        {entry.importedAt ? ` · imported ${new Date(entry.importedAt).toLocaleDateString()}` : ""}
        {entry.origin ? ` from ${entry.origin}` : ""}
      </p>
      <Markdown source={pack.description} className="pack-description" />
      <PackCounts stats={stats} />
      <div className="toolbar">
        {enabled ? (
          <a
            className="button-link"
            href={href("/practice", { pack: pack.id })}
            aria-label={`Practise: ${pack.title}`}
          >
            Practise
          </a>
        ) : null}
        <button type="button" aria-label={`Export JSON: ${pack.title}`} onClick={() => downloadPack(pack)}>
          Export JSON
        </button>
        <ShareLink entry={entry} />
        {!builtIn ? (
          <button type="button" className="danger" aria-label={`Remove: ${pack.title}`} onClick={onRemove}>
            Remove
          </button>
        ) : null}
      </div>
    </li>
  );
}
