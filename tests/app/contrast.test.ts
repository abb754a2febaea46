import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** The colour variables of a theme block in app/styles.css. */
function palette(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1]!, m[2]!]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const f = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
}

const ratio = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

const css = readFileSync("src/app/styles.css", "utf8");
const light = palette(css, ":root");
const dark = { ...light, ...palette(css, ':root[data-theme="dark"]') };

describe.each([
  ["light", light],
  ["dark", dark],
])("text colours of the %s theme", (_name, p) => {
  // Every text colour on every background it is drawn on (tags sit on surface-2; soft fills
  // carry their own colour's text).
  const pairs: [string, string][] = [
    ...["text", "muted", "accent", "success", "warning", "danger"].flatMap((fg) =>
      ["bg", "surface", "surface-2"].map((bg): [string, string] => [fg, bg]),
    ),
    ["accent-text", "accent"],
    ["accent", "accent-soft"],
    ["success", "success-soft"],
    ["danger", "danger-soft"],
  ];
  it.each(pairs)("%s on %s reaches 4.5:1", (fg, bg) => {
    expect(p[fg], fg).toBeDefined();
    expect(p[bg], bg).toBeDefined();
    expect(ratio(p[fg]!, p[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
});
