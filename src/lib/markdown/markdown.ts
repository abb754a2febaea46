/**
 * Markdown for text that may come from a stranger's pack: CommonMark + tables + math (KaTeX),
 * with raw HTML escaped (never rendered), links limited to http(s) and in-app `#/` routes,
 * and images shown as their alt text (an offline app does not fetch remote images).
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import katexModule from "@vscode/markdown-it-katex";

// The plugin is CommonJS with `exports.default`: bundlers and Node disagree on whether the default
// import is the function or the module object, so accept both.
const katex = ((katexModule as unknown as { default?: typeof katexModule }).default ??
  katexModule) as typeof katexModule;

const SAFE_LINK = /^(https?:\/\/|#\/)/i;

function createRenderer(): MarkdownItInstance {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.use(katex, { throwOnError: false, trust: false, strict: "ignore", maxExpand: 1000, maxSize: 20 });
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx]!;
    const alt = md.utils.escapeHtml(token.content || "image");
    return `<span class="md-image-alt">[image: ${alt}]</span>`;
  };
  const defaultLinkOpen =
    md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (/^https?:/i.test(String(token.attrGet("href") ?? ""))) {
      token.attrSet("target", "_blank");
      token.attrSet("rel", "noopener noreferrer nofollow");
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

let renderer: MarkdownItInstance | undefined;

/** Render untrusted Markdown to HTML that is safe to insert into the page. */
export function renderMarkdown(source: string): string {
  renderer ??= createRenderer();
  return renderer.render(source);
}

/** Render a single line (no wrapping paragraph), e.g. an option label. */
export function renderMarkdownInline(source: string): string {
  renderer ??= createRenderer();
  return renderer.renderInline(source);
}
