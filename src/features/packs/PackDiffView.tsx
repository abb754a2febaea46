import type { Pack, PackDiff } from "../../domain/packs";

function IdList({ label, ids, pack }: { label: string; ids: string[]; pack: Pack }) {
  if (ids.length === 0) return null;
  const title = (id: string) => pack.questions.find((q) => q.id === id)?.title;
  return (
    <div>
      <h4>
        {label} ({ids.length})
      </h4>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <code>{id}</code>
            {title(id) ? ` — ${title(id)}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What replacing `prev` with `next` adds, changes and removes. */
export function PackDiffView({ prev, next, diff }: { prev: Pack; next: Pack; diff: PackDiff }) {
  const same =
    diff.added.length + diff.changed.length + diff.removed.length + diff.metadataChanged.length === 0;
  return (
    <section className="pack-diff" aria-label="Changes from the pack you have">
      <p>
        You already have “{prev.title}” (version {prev.version}). Importing replaces it with version{" "}
        {next.version}:{" "}
        {same
          ? "the content is identical."
          : `${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed, ${diff.unchanged.length} unchanged.`}
      </p>
      {diff.metadataChanged.length > 0 ? (
        <p>
          Pack details changed: <code>{diff.metadataChanged.join(", ")}</code>
        </p>
      ) : null}
      <div className="pack-diff-lists">
        <IdList label="Added" ids={diff.added} pack={next} />
        <IdList label="Changed" ids={diff.changed} pack={next} />
        <IdList label="Removed" ids={diff.removed} pack={prev} />
      </div>
      {diff.removed.length > 0 ? (
        <p className="muted">Your progress on removed questions is kept, in case they come back.</p>
      ) : null}
    </section>
  );
}
