/**
 * Finds fields a pack has that the schema does not know. They are kept (loose objects) so a
 * field added by a newer minor version survives a round trip, but each is reported as a warning,
 * with a did-you-mean for likely typos (`hint` → `hints`). Walks schema and data side by side;
 * the data is already validated, and free-form JSON values (case args, kwargs) are not inspected.
 */
import type { z } from "zod";
import { JsonValue } from "./common-schema";
import { nearest } from "./issue-messages";
import { formatPath, type PackWarning, type PathSegment } from "./pack-errors";

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  options?: Schema[];
}

function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function walk(schema: Schema, data: unknown, path: PathSegment[], out: PackWarning[]): void {
  if (schema === JsonValue) return;
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
    case "catch":
      if (def.innerType) walk(def.innerType, data, path, out);
      return;
    case "pipe":
      if (def.in) walk(def.in, data, path, out);
      return;
    case "array":
      if (Array.isArray(data) && def.element)
        data.forEach((item, i) => walk(def.element!, item, [...path, i], out));
      return;
    case "union": {
      const match = def.options?.find((o) => (o as z.ZodType).safeParse(data).success);
      if (match) walk(match, data, path, out);
      return;
    }
    case "object": {
      if (!isRecord(data) || !def.shape) return;
      const known = Object.keys(def.shape);
      for (const [key, value] of Object.entries(data)) {
        const field = def.shape[key];
        if (field) {
          walk(field, value, [...path, key], out);
          continue;
        }
        const near = nearest(known, key);
        out.push({
          code: "unknown-field",
          path: formatPath([...path, key]),
          message: `unknown field \`${key}\` (kept as is)${near !== undefined ? `; did you mean \`${near}\`?` : ""}`,
        });
      }
      return;
    }
    default:
      return;
  }
}

/** A warning for each field of `data` that `schema` does not declare. */
export function unknownFieldWarnings(schema: Schema, data: unknown): PackWarning[] {
  const out: PackWarning[] = [];
  walk(schema, data, [], out);
  return out;
}
