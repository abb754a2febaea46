import { useState } from "react";

/**
 * The incident's files, one at a time (read-only), with a note on the module the candidate fixes:
 * it lives in the fix step's editor, and the scratch console imports it as it stands there.
 */
export function FilesViewer({ files, fixFile }: { files: Record<string, string>; fixFile?: string }) {
  const names = Object.keys(files);
  const [open, setOpen] = useState(names[0] ?? "");
  const text = files[open];
  return (
    <div className="files-viewer">
      {fixFile ? (
        <p className="muted">
          <code>{fixFile}</code>, the code you fix, is in the fix step&apos;s editor; the Python console
          imports it as it stands there.
        </p>
      ) : null}
      {names.length === 0 ? null : (
        <>
          <div className="file-list" role="group" aria-label="Files">
            {names.map((n) => (
              <button key={n} type="button" aria-pressed={n === open} onClick={() => setOpen(n)}>
                {n}
              </button>
            ))}
          </div>
          {text !== undefined ? (
            <pre className="file-text" aria-label={`Contents of ${open}`} tabIndex={0}>
              {text}
            </pre>
          ) : null}
        </>
      )}
    </div>
  );
}
