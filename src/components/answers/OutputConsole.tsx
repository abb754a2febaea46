/** What a Python run printed, streamed as it comes ("…" while running with no output yet). */
export function OutputConsole({ output, busy }: { output: string; busy: boolean }) {
  return (
    <section aria-label="Output" className="console">
      <h3>Output</h3>
      <pre aria-live="polite">{output || (busy ? "…" : "")}</pre>
    </section>
  );
}
