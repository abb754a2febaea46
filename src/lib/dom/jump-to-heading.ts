/**
 * Scroll the section a heading opens into view and move focus to the heading (it needs
 * `tabIndex={-1}`). In-page `#id` links would change the hash route instead; focusing the heading,
 * not a field below it, keeps a phone's keyboard closed.
 *
 * Content still loading above the section (the editor, rendered maths) would push it down after
 * the jump, so for `settleMs` the section is scrolled back to the top whenever the page changes
 * size, until the user scrolls, touches or presses a key.
 */
export function jumpToHeading(id: string, settleMs = 2_000): void {
  const heading = document.getElementById(id);
  const section = heading?.parentElement;
  if (!heading || !section) return;
  const pin = () => section.scrollIntoView?.({ block: "start" });
  pin();
  heading.focus({ preventScroll: true });
  if (typeof ResizeObserver === "undefined") return;
  const observer = new ResizeObserver(pin);
  const userEvents = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const e of userEvents) window.removeEventListener(e, stop, true);
  };
  const timer = setTimeout(stop, settleMs);
  observer.observe(document.body);
  for (const e of userEvents) window.addEventListener(e, stop, { capture: true, passive: true });
}
