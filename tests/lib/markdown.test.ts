import { describe, expect, it } from "vitest";
import { renderMarkdown, renderMarkdownInline } from "../../src/lib/markdown/markdown";

describe("renderMarkdown: safe for untrusted packs", () => {
  it("renders ordinary Markdown, tables, and code", () => {
    const html = renderMarkdown(
      "# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint(1)\n```\n\n**bold**",
    );
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<table>");
    expect(html).toContain('<code class="language-python">');
    expect(html).toContain("<strong>bold</strong>");
  });

  it("renders math with KaTeX", () => {
    const html = renderMarkdown("Loss: $L = -\\sum_i y_i \\log p_i$\n\n$$\\frac{1}{n}$$");
    expect(html).toContain('class="katex"');
    expect(html).toContain("katex-display");
  });

  it("escapes raw HTML: scripts, event attributes, iframes", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<iframe src="https://evil.example"></iframe> <b onclick="x()">b</b>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<b /i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("allows only http(s) and in-app links", () => {
    const html = renderMarkdown(
      "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html,<script>x</script>) [d](vbscript:x) [e](file:///etc/passwd) [ok](https://example.com/x) [route](#/practice)",
    );
    expect(html).not.toMatch(/href="(javascript|data|vbscript|file):/i);
    expect(html).toContain('href="https://example.com/x"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain('href="#/practice"');
    expect((html.match(/<a /g) ?? []).length).toBe(2);
  });

  it("does not fetch images: shows their alt text", () => {
    const html = renderMarkdown('![a chart](https://example.com/x.png "t")');
    expect(html).not.toContain("<img");
    expect(html).toContain("[image: a chart]");
  });

  it("keeps KaTeX from producing links or HTML", () => {
    const html = renderMarkdown(
      "$\\href{javascript:alert(1)}{x}$ $\\htmlId{a}{b}$ $\\url{javascript:alert(2)}$",
    );
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).not.toContain('id="a"');
  });

  it("renders inline text without a paragraph", () => {
    expect(renderMarkdownInline("`x` and *y*")).toBe("<code>x</code> and <em>y</em>");
  });
});
