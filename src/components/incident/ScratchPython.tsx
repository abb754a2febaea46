import { useState } from "react";

/** What a scratch Python run returns: the printed output and, when it raised, the error. */
export interface ScratchRunView {
  status: "pass" | "fail" | "error";
  output?: string;
  error?: { kind: string; message: string; line?: number; traceback?: string };
}

/**
 * A scratch Python console: code that imports the incident's modules (and the module being fixed,
 * as it stands in the fix editor), Ctrl/Cmd+Enter or Run, the printed output streamed below.
 */
export function ScratchPython({
  initial,
  modules,
  onRun,
}: {
  initial: string;
  /** Module names the code can import, e.g. `events`, `pipeline`. */
  modules: string[];
  onRun: (code: string, onOutput: (chunk: string) => void) => Promise<ScratchRunView>;
}) {
  const [code, setCode] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [output, setOutput] = useState("");
  const [result, setResult] = useState<ScratchRunView | null>(null);
  const run = async () => {
    if (busy || !code.trim()) return;
    setBusy(true);
    setOutput("");
    setResult(null);
    try {
      const r = await onRun(code, (chunk) => setOutput((o) => (o.length < 50_000 ? o + chunk : o)));
      setResult(r);
      // The streamed chunks and the final output are the same text; keep the final (capped) one.
      if (r.output !== undefined) setOutput(r.output);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="scratch">
      <label className="scratch-label" htmlFor="scratch-python">
        Run Python over the incident (importable: {modules.map((m) => `${m}`).join(", ") || "nothing"})
      </label>
      <textarea
        id="scratch-python"
        className="scratch-code"
        spellCheck={false}
        rows={8}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Tab" && !e.shiftKey) {
            // Indent instead of leaving the field: Python needs it. Shift+Tab still moves focus.
            e.preventDefault();
            const t = e.currentTarget;
            t.setRangeText("    ", t.selectionStart, t.selectionEnd, "end");
            setCode(t.value);
          } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void run();
          }
        }}
        aria-keyshortcuts="Control+Enter"
      />
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void run()} disabled={busy || !code.trim()}>
          {busy ? "Running…" : "Run Python"}
        </button>
        <span className="muted scratch-tip">Tab indents; Shift+Tab leaves the field.</span>
      </div>
      {output || busy ? (
        <section aria-label="Scratch output" className="console">
          <pre aria-live="polite">{output || "…"}</pre>
        </section>
      ) : null}
      {result?.error ? (
        <div className="error-box" role="alert">
          <p>
            <strong>{result.error.kind}</strong>
            {result.error.line ? ` (line ${result.error.line})` : ""}: {result.error.message}
          </p>
          {result.error.traceback ? <pre>{result.error.traceback}</pre> : null}
        </div>
      ) : null}
      {result && !result.error && !output ? <p className="muted">Ran without printing anything.</p> : null}
    </div>
  );
}
