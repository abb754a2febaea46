/** Save `text` as a file named `filename` through the browser's download. */
export function downloadJson(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A pack as it is written to a file: two-space indented JSON with a final newline. */
export function packFileText(pack: unknown): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
