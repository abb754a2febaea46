import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { QUESTION_KINDS, packJsonSchema, packJsonSchemaText } from "../../../src/domain/packs";
import {
  REPO_ROOT,
  packSchemaPath,
  readPackSchemaFile,
  writePackSchema,
} from "../../../scripts/gen-pack-schema";

describe("published JSON Schema", () => {
  it("public/schema/pack.schema.json is up to date with the zod schema (UPDATE_SCHEMA=1 rewrites it)", () => {
    if (process.env.UPDATE_SCHEMA === "1") writePackSchema();
    const onDisk = readPackSchemaFile();
    expect(
      onDisk,
      "run: UPDATE_SCHEMA=1 npx vitest run --project unit tests/domain/packs/json-schema.test.ts",
    ).toBe(packJsonSchemaText());
  });

  it("describes the pack: draft 2020-12, one definition per question kind, loose objects, patterns", () => {
    const schema = packJsonSchema() as {
      $schema: string;
      $ref: string;
      $defs: Record<string, Record<string, unknown>>;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$ref).toBe("#/$defs/Pack");
    const pack = schema.$defs.Pack!;
    expect(pack.required).toEqual([
      "schemaVersion",
      "id",
      "title",
      "description",
      "version",
      "authors",
      "license",
      "tags",
      "questions",
    ]);
    expect(pack.additionalProperties).toEqual({});
    for (const kind of QUESTION_KINDS) {
      const def = schema.$defs[`${kind[0]!.toUpperCase()}${kind.slice(1)}Question`] as {
        properties: Record<string, { const?: string }>;
        required: string[];
      };
      expect(def.properties.kind!.const).toBe(kind);
      // `hints` has a default, so authors may omit it.
      expect(def.required).not.toContain("hints");
      expect(def.required).toContain("explanation");
    }
    const compact = JSON.stringify(schema);
    expect(compact).toContain('"pattern":"^[a-z0-9]+(?:-[a-z0-9]+)*$"');
    expect(compact).toContain('"enum":["applied","infra","data-centric"]');
    expect(compact).toContain('"enum":["coding","ml-fundamentals","system-design","debugging"]');
  });

  it("the example pack points at the published file", () => {
    const example = JSON.parse(readFileSync(resolve(REPO_ROOT, "docs/example-pack.json"), "utf8")) as {
      $schema: string;
    };
    expect(resolve(REPO_ROOT, "questions", example.$schema)).toBe(packSchemaPath());
  });
});
