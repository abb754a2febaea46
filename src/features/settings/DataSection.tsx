import { useState } from "react";
import { parseBackup, type Backup } from "../../domain/backup/backup";
import { describePreview, mergePreview, type BackupPreview } from "../../domain/backup/preview";
import { downloadFile } from "../../lib/download/download-file";
import { useConfirm } from "../../components/dialog/ConfirmDialog";
import { importBackup, readBackup, resetProgress, useAppStore } from "../../store";

type Pending = {
  backup: Backup;
  skipped: string[];
  preview: BackupPreview;
  fileName: string;
};

function settingsSnapshot(): Record<string, unknown> {
  const s = useAppStore.getState();
  return {
    theme: s.theme,
    preloadPython: s.preloadPython,
    packageBaseUrl: s.packageBaseUrl,
    disabledPacks: s.disabledPacks,
  };
}

async function downloadBackup(): Promise<void> {
  const now = Date.now();
  const backup = await readBackup(settingsSnapshot(), now);
  downloadFile(
    `mle-dojo-backup-${new Date(now).toISOString().slice(0, 10)}.json`,
    JSON.stringify(backup, null, 2),
  );
}

/** Export everything, import a backup (preview, then merge), reset progress (backup first). */
export function DataSection() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const { confirm, dialog } = useConfirm();

  const onFile = async (file: File | undefined) => {
    setMessage(null);
    setPending(null);
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      setMessage({ kind: "error", text: parsed.error });
      return;
    }
    const current = await readBackup(settingsSnapshot(), Date.now());
    setPending({
      backup: parsed.backup,
      skipped: parsed.skipped,
      preview: mergePreview(current, parsed.backup),
      fileName: file.name,
    });
  };

  const merge = async () => {
    if (!pending) return;
    const r = await importBackup(pending.backup, settingsSnapshot(), Date.now());
    setPending(null);
    setMessage(
      r.ok
        ? {
            kind: "ok",
            text: `Backup merged: ${r.merged.attempts.length} ${r.merged.attempts.length === 1 ? "attempt is" : "attempts are"} now stored, and every screen shows them.`,
          }
        : { kind: "error", text: `Nothing was changed: ${r.message}` },
    );
    if (r.ok) {
      useAppStore.setState({ catalogStatus: "idle" });
      void useAppStore.getState().loadCatalog();
      useAppStore.getState().dataChanged();
    }
  };

  const reset = async () => {
    const yes = await confirm({
      title: "Reset progress?",
      body: "All attempts, drafts, drill history and mock interviews in this browser are deleted. A backup file is downloaded first. Imported packs, settings, bookmarks and notes are kept.",
      confirmLabel: "Download a backup and reset",
      danger: true,
    });
    if (!yes) return;
    await downloadBackup();
    const r = await resetProgress();
    if (r.ok) useAppStore.getState().dataChanged();
    setMessage(
      r.ok
        ? { kind: "ok", text: "Progress reset. A backup was downloaded first." }
        : { kind: "error", text: r.message },
    );
  };

  return (
    <fieldset className="data-section">
      <legend>Your data</legend>
      <p className="muted">
        Attempts, drafts, drill history, mock interviews and imported packs live only in this browser. Keep a
        backup.
      </p>
      <div className="toolbar">
        <button
          type="button"
          onClick={() =>
            void downloadBackup().then(() => setMessage({ kind: "ok", text: "Backup downloaded." }))
          }
        >
          Export backup
        </button>
        <label className="file-button">
          <span>Import backup…</span>
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        <button type="button" className="danger" onClick={() => void reset()}>
          Reset progress…
        </button>
      </div>
      {pending ? (
        <div className="backup-preview" role="region" aria-label="Backup preview">
          <p>
            <strong>{pending.fileName}</strong>
            {pending.backup.exportedAt
              ? `, exported ${new Date(pending.backup.exportedAt).toLocaleString()}`
              : ""}
            : {describePreview(pending.preview)}. Nothing in this browser is deleted.
          </p>
          {pending.skipped.length ? (
            <p className="inline-error">
              {pending.skipped.length} damaged records will be skipped:{" "}
              {pending.skipped.slice(0, 5).join(", ")}
              {pending.skipped.length > 5 ? "…" : ""}
            </p>
          ) : null}
          <div className="toolbar">
            <button type="button" className="primary" onClick={() => void merge()}>
              Merge into this browser
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {dialog}
      {message ? (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={message.kind === "error" ? "inline-error" : "muted"}
        >
          {message.text}
        </p>
      ) : null}
    </fieldset>
  );
}
