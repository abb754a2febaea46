import { useMemo, useState } from "react";
import { Page } from "../../components/page/Page";
import { jumpToHeading } from "../../lib/dom/jump-to-heading";
import { ExportSelection } from "./ExportSelection";
import { ImportPreview } from "./ImportPreview";
import { ImportSources } from "./ImportSources";
import { PackCard } from "./PackCard";
import type { PackSource } from "./pack-source";
import { RemoveDialog } from "./RemoveDialog";
import { usePacks } from "./use-packs";

/** `#/packs`: import, list, switch on/off, remove, export and share question packs. */
export function PacksPage() {
  const { status, entries, disabled, problems, savePack, removePack, setPackEnabled } = usePacks();
  const [source, setSource] = useState<{ n: number; value: PackSource }>();
  const [removing, setRemoving] = useState<string>();
  const packs = useMemo(() => entries.map((e) => e.pack), [entries]);
  const enabledCount = entries.filter((e) => !disabled.includes(e.pack.id)).length;
  const removingEntry = entries.find((e) => e.pack.id === removing && !e.builtIn);

  return (
    <Page
      title="Question packs"
      lead="The question sets you practise with: built in, or shared as JSON files and links."
    >
      {/* The list of packs is long: the other two things to do here are one click away. */}
      <p className="packs-jump">
        <button type="button" className="link-button" onClick={() => jumpToHeading("import-heading")}>
          Import a pack ↓
        </button>
        <button type="button" className="link-button" onClick={() => jumpToHeading("export-heading")}>
          Export a selection ↓
        </button>
      </p>
      {problems.map((p) => (
        <p key={p} role="alert" className="inline-error">
          {p}
        </p>
      ))}
      <section className="packs-section" aria-labelledby="list-heading">
        <h2 id="list-heading">Your packs</h2>
        {status !== "ready" ? (
          <p className="muted">Loading packs…</p>
        ) : (
          <>
            <p className="muted">
              {entries.length} packs, {enabledCount} enabled. Disabled packs are hidden from Practice; your
              progress on them is kept.
            </p>
            <ul className="pack-list">
              {entries.map((entry) => (
                <PackCard
                  key={entry.pack.id}
                  entry={entry}
                  enabled={!disabled.includes(entry.pack.id)}
                  onToggle={(on) => setPackEnabled(entry.pack.id, on)}
                  onRemove={() => setRemoving(entry.pack.id)}
                />
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="packs-section" aria-labelledby="import-heading">
        <h2 id="import-heading" tabIndex={-1}>
          Import a pack
        </h2>
        <p className="muted">Nothing is added until you have seen a preview and pressed Import.</p>
        <ImportSources onSource={(value) => setSource((s) => ({ n: (s?.n ?? 0) + 1, value }))} />
        {source ? (
          <ImportPreview
            key={source.n}
            source={source.value}
            entries={entries}
            ready={status === "ready"}
            onImport={savePack}
            onCancel={() => setSource(undefined)}
          />
        ) : null}
      </section>
      <section className="packs-section" aria-labelledby="export-heading">
        <h2 id="export-heading" tabIndex={-1}>
          Export a selection as a new pack
        </h2>
        <p className="muted">
          Gather questions from several packs (for example your weak spots) into one file you can share.
        </p>
        {status === "ready" ? <ExportSelection packs={packs} /> : <p className="muted">Loading packs…</p>}
      </section>
      {removingEntry ? (
        <RemoveDialog
          title={removingEntry.pack.title}
          onClose={() => setRemoving(undefined)}
          onConfirm={() => {
            setRemoving(undefined);
            void removePack(removingEntry.pack.id);
          }}
        />
      ) : null}
    </Page>
  );
}
