/**
 * Scroll the section a heading opens into view and move focus to the heading (it needs
 * `tabIndex={-1}`). In-page `#id` links would change the hash route instead; focusing the heading,
 * not a field below it, keeps a phone's keyboard closed.
 */
export function jumpToHeading(id: string): void {
  const heading = document.getElementById(id);
  heading?.parentElement?.scrollIntoView?.({ block: "start" });
  heading?.focus({ preventScroll: true });
}
