/**
 * Writes the published JSON Schema of packs (public/schema/pack.schema.json) from the zod schema.
 *
 * Node 20 cannot run .ts files directly, so the file is written through vitest:
 *   UPDATE_SCHEMA=1 npx vitest run --project unit tests/domain/packs/json-schema.test.ts
 * Without UPDATE_SCHEMA that test fails when the committed file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PACK_SCHEMA_FILE, packJsonSchemaText } from "../src/domain/packs";

/** Repository root (this file lives in scripts/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Absolute path of the published schema file. */
export function packSchemaPath(): string {
  return resolve(REPO_ROOT, PACK_SCHEMA_FILE);
}

/** The committed file's text, or undefined when it does not exist yet. */
export function readPackSchemaFile(path = packSchemaPath()): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

/** Write the schema generated from the zod source; returns true when the file changed. */
export function writePackSchema(path = packSchemaPath()): boolean {
  const text = packJsonSchemaText();
  if (readPackSchemaFile(path) === text) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return true;
}
