/**
 * Folds question topics into the canonical vocabulary: `npm run normalise-topics -- [--check] [pack.json ...]`
 * (default: every questions/*.json). Only the `topics` arrays change; changed files are formatted
 * with Prettier. Prints each change and every tag it does not know (add those to TOPICS or
 * TOPIC_SYNONYMS in src/domain/packs/topics.ts). `--check` writes nothing and exits 1 when a
 * file would change or holds an unknown tag.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { normalisePackText } from "./lib/normalise-topics";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

async function main(argv: string[]): Promise<number> {
  const check = argv.includes("--check");
  const named = argv.filter((a) => !a.startsWith("--"));
  const dir = join(ROOT, "questions");
  const files = named.length
    ? named.map((f) => resolve(f))
    : readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(dir, f));
  let dirty = false;
  for (const file of files) {
    const name = relative(ROOT, file);
    const { text, changes, unknown } = normalisePackText(readFileSync(file, "utf8"));
    for (const c of changes)
      console.log(`${name} ${c.questionId}: ${c.from.join(", ")} → ${c.to.join(", ")}`);
    for (const u of unknown) console.log(`${name} ${u.questionId}: unknown topic "${u.tag}"`);
    if (changes.length || unknown.length) dirty = true;
    if (!check && changes.length) {
      const options = (await prettier.resolveConfig(file)) ?? {};
      writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
    }
    console.log(`${name}: ${changes.length} question(s) changed, ${unknown.length} unknown tag(s)`);
  }
  return check && dirty ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
