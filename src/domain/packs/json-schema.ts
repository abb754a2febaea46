/**
 * The published JSON Schema of packs (draft 2020-12), generated from the zod schema so it can
 * never drift. Pack files point at it with `"$schema"` for editor completion and checking.
 * Cross-field rules (exactly one correct option, unique ids…) are enforced only by `parsePack`.
 */
import { z } from "zod";
import { Pack } from "./pack-schema";

/** Where the generated file lives, relative to the repository root. */
export const PACK_SCHEMA_FILE = "public/schema/pack.schema.json";

/** The JSON Schema object for pack files (input shape: fields with defaults are optional). */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Pack, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
}

/** The schema as file text: 2-space JSON with a trailing newline. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}
