/** True when a key press belongs to a text field or the code editor, not to the app's shortcuts. */
export function typingTarget(el: EventTarget | null): boolean {
  const node = el as HTMLElement | null;
  if (!node) return false;
  return !!node.closest?.("input, textarea, select, [contenteditable='true'], .monaco-editor");
}

/** True for a plain key press (no Ctrl, Meta or Alt) outside text fields. */
export function plainKey(e: KeyboardEvent): boolean {
  return !e.ctrlKey && !e.metaKey && !e.altKey && !typingTarget(e.target);
}
