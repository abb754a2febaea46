declare module "@vscode/markdown-it-katex" {
  import type MarkdownIt from "markdown-it";
  import type { KatexOptions } from "katex";
  const plugin: (md: MarkdownIt, options?: KatexOptions & { enableBareBlocks?: boolean }) => void;
  export default plugin;
}
