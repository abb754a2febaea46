import { useEffect, useMemo, useRef, useState } from "react";
import { Markdown } from "../../components/markdown/Markdown";
import {
  diffPacks,
  existingQuestions,
  formatPackError,
  packStats,
  parsePack,
  withoutQuestions,
  type ExistingQuestion,
  type Pack,
} from "../../domain/packs";
import { href } from "../../lib/router/hash-router";
import { plural } from "../../components/labels/duration";
import type { PackEntry } from "../../store";
import { PackCounts, PackFacts } from "./PackCounts";
import { PackDiffView } from "./PackDiffView";
import type { PackSource } from "./pack-source";

type SaveResult = { ok: true } | { ok: false; message: string };

/** The questions of the pack the user already has elsewhere, with a choice to leave them out. */
function AlreadyHave({
  found,
  total,
  leaveOut,
  onLeaveOut,
}: {
  found: ExistingQuestion[];
  total: number;
  leaveOut: boolean;
  onLeaveOut: (on: boolean) => void;
}) {
  const all = found.length === total;
  return (
    <section className="already-have" aria-labelledby="already-heading">
      <h3 id="already-heading">
        Already in your packs: {found.length} of {total} {total === 1 ? "question" : "questions"}
      </h3>
      <p>
        Importing {all ? "them" : "these"} adds a second copy under this pack, so Practice would list{" "}
        {found.length === 1 ? "it" : "them"} twice (your progress on the originals is not shared with the
        copies).
      </p>
      <ul>
        {found.map((q) => (
          <li key={q.questionId}>
            <code>{q.questionId}</code> — {q.title}: in {q.inPacks.map((p) => `“${p.title}”`).join(" and ")}
          </li>
        ))}
      </ul>
      {all ? (
        <p className="muted">Every question of this pack is already in your packs.</p>
      ) : (
        <label className="choice">
          <input type="checkbox" checked={leaveOut} onChange={(e) => onLeaveOut(e.target.checked)} />
          <span>
            Leave {found.length === 1 ? "it" : `these ${found.length}`} out and import the other{" "}
            {total - found.length === 1 ? "question" : `${total - found.length} questions`}
          </span>
        </label>
      )}
    </section>
  );
}

export interface ImportPreviewProps {
  source: PackSource;
  /** The packs the user has now (built-in and imported). */
  entries: readonly PackEntry[];
  /** False while the catalog loads: the id check needs it. */
  ready: boolean;
  onImport: (pack: Pack, origin: string) => Promise<SaveResult>;
  onCancel?: () => void;
}

/** What a pack would bring, before anything is saved; an invalid pack shows every error. */
export function ImportPreview({ source, entries, ready, onImport, onCancel }: ImportPreviewProps) {
  const result = useMemo(() => parsePack(source.text), [source.text]);
  const [state, setState] = useState<{ busy?: boolean; done?: Pack; error?: string }>({});
  const [leaveOut, setLeaveOut] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the preview so keyboard and screen-reader users land on what just appeared.
  useEffect(() => heading.current?.focus(), []);

  if (state.done) {
    const p = state.done;
    return (
      <section className="import-preview" aria-label="Import preview">
        <p role="status" className="import-done">
          Imported “{p.title}” ({plural(p.questions.length, "question")}). It is in your packs and in
          Practice.
        </p>
        <p>
          <a href={href("/practice", { pack: p.id })}>Practise it now</a> ·{" "}
          <a href={href("/packs")}>See your packs</a>
        </p>
      </section>
    );
  }

  if (!result.ok) {
    return (
      <section className="import-preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading" ref={heading} tabIndex={-1}>
          Preview: this pack cannot be imported
        </h2>
        <p className="muted">From {source.origin}</p>
        <p role="alert" className="inline-error">
          {result.errors.length === 1 ? "1 problem" : `${result.errors.length} problems`} found. Nothing was
          imported: fix the pack and try again.
        </p>
        <ol className="pack-errors" aria-label="Problems">
          {result.errors.map((e, i) => (
            <li key={i}>{formatPackError(e)}</li>
          ))}
        </ol>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Close preview
          </button>
        ) : null}
      </section>
    );
  }

  const pack = result.pack;
  const existing = entries.find((e) => e.pack.id === pack.id);
  const refused = existing?.builtIn === true;
  const diff = existing && !refused ? diffPacks(existing.pack, pack) : undefined;
  const found = refused
    ? []
    : existingQuestions(
        pack,
        entries.map((e) => e.pack),
      );
  const trimmed = leaveOut ? withoutQuestions(pack, new Set(found.map((q) => q.questionId))) : null;
  const save = async () => {
    const chosen = trimmed ?? pack;
    setState({ busy: true });
    const r = await onImport(chosen, source.origin);
    setState(r.ok ? { done: chosen } : { error: r.message });
  };

  return (
    <section className="import-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading" ref={heading} tabIndex={-1}>
        Preview: {pack.title}
      </h2>
      <p className="muted">From {source.origin}</p>
      <PackFacts pack={pack} />
      <Markdown source={pack.description} className="pack-description" />
      <PackCounts stats={packStats(pack)} />
      {result.migratedFrom !== undefined ? (
        <p className="muted">Written for pack format {result.migratedFrom}; it will be upgraded on import.</p>
      ) : null}
      {result.warnings.length > 0 ? (
        <details className="pack-warnings" open={result.warnings.length <= 5}>
          <summary>Warnings ({result.warnings.length}): the pack still imports</summary>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path || "(pack)"}</code>: {w.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {refused ? (
        <p role="alert" className="inline-error">
          “{pack.id}” is the id of a built-in pack, which cannot be replaced. Nothing was imported. If this is
          your own pack, give it another <code>id</code> in the file.
        </p>
      ) : null}
      {diff && existing ? <PackDiffView prev={existing.pack} next={pack} diff={diff} /> : null}
      {found.length > 0 ? (
        <AlreadyHave
          found={found}
          total={pack.questions.length}
          leaveOut={leaveOut}
          onLeaveOut={setLeaveOut}
        />
      ) : null}
      {state.error ? (
        <p role="alert" className="inline-error">
          Could not save the pack: {state.error}
        </p>
      ) : null}
      <div className="toolbar">
        {!refused ? (
          <button
            type="button"
            className="primary"
            disabled={!ready || state.busy}
            onClick={() => void save()}
          >
            {diff ? "Replace" : "Import"}
          </button>
        ) : null}
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        {!ready ? <span className="muted">Loading your packs…</span> : null}
      </div>
    </section>
  );
}
