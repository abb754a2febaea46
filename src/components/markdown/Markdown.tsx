import { useMemo } from "react";
import "katex/dist/katex.min.css";
import { renderMarkdown, renderMarkdownInline } from "../../lib/markdown/markdown";

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
  const Tag = inline ? "span" : "div";
  return (
    <Tag
      className={className ? `markdown ${className}` : "markdown"}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
