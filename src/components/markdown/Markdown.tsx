import { useEffect, useMemo, useRef } from "react";
import "katex/dist/katex.min.css";
import { renderMarkdown, renderMarkdownInline } from "../../lib/markdown/markdown";

/** Smallest scale a wide display formula is shrunk to before it scrolls instead. */
const MIN_MATH_SCALE = 0.6;

/**
 * Shrink each display formula wider than its box (a phone) so it fits, down to
 * `MIN_MATH_SCALE`; beyond that it scrolls sideways (the box has overflow-x: auto).
 */
function fitDisplayMath(root: HTMLElement): void {
  for (const box of root.querySelectorAll<HTMLElement>(".katex-display")) {
    const math = box.firstElementChild as HTMLElement | null;
    if (!math) continue;
    math.style.fontSize = "";
    const width = box.clientWidth;
    const needed = math.scrollWidth;
    if (width > 0 && needed > width)
      math.style.fontSize = `${Math.max(MIN_MATH_SCALE, (width - 4) / needed) * 1.21}em`;
  }
}

/** Untrusted Markdown rendered safely (see lib/markdown). */
export function Markdown({
  source,
  inline = false,
  className,
}: {
  source: string;
  inline?: boolean;
  className?: string;
}) {
  const html = useMemo(
    () => (inline ? renderMarkdownInline(source) : renderMarkdown(source)),
    [source, inline],
  );
  const ref = useRef<HTMLElement>(null);
  const hasDisplayMath = !inline && html.includes("katex-display");
  useEffect(() => {
    const el = ref.current;
    if (!el || !hasDisplayMath) return;
    let live = true;
    const refit = () => live && fitDisplayMath(el);
    refit();
    // KaTeX's fonts change the formula's width once they load.
    void document.fonts?.ready.then(refit);
    window.addEventListener("resize", refit);
    return () => {
      live = false;
      window.removeEventListener("resize", refit);
    };
  }, [html, hasDisplayMath]);
  const Tag = inline ? "span" : "div";
  return (
    <Tag
      ref={ref as React.RefObject<HTMLDivElement & HTMLSpanElement>}
      className={className ? `markdown ${className}` : "markdown"}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
