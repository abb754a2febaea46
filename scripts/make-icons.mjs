// Renders the app icons (public/icons/*.png) from their SVG sources in headless Chromium.
// Run after changing public/icons/icon.svg or icon-maskable.svg: `node scripts/make-icons.mjs`.
// The PNGs are committed: the build only copies them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const dir = "public/icons";
const targets = [
  // [source svg, output png, size, transparent corners]
  ["icon.svg", "icon-192.png", 192, true],
  ["icon.svg", "icon-512.png", 512, true],
  ["icon-maskable.svg", "icon-maskable-512.png", 512, false],
  ["icon-maskable.svg", "apple-touch-icon.png", 180, false],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  for (const [src, out, size, transparent] of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const svg = readFileSync(join(dir, src), "utf8").replace(
      "<svg ",
      `<svg width="${size}" height="${size}" `,
    );
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`,
    );
    await page.screenshot({ path: join(dir, out), omitBackground: transparent });
    await page.close();
    console.log(`${out} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
