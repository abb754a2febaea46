/**
 * The pack schema: metadata plus an ordered list of questions. This zod schema is the single
 * source of the TypeScript types, of runtime validation (through `parsePack`) and of the published
 * JSON Schema (`packJsonSchema`). Bump CURRENT_SCHEMA_VERSION only together with a migration step.
 */
import { z } from "zod";
import { Markdown, Slug, Title } from "./common-schema";
import { Question } from "./question-schema";

/** The newest pack format this app reads and writes. */
export const CURRENT_SCHEMA_VERSION = 1;

/** Semantic version (semver.org 2.0.0), e.g. `1.2.0` or `2.0.0-beta.1`. */
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/**
 * A question pack: metadata (stable `id`, semver `version`, authors, license, tags) and its
 * questions. Unknown fields are kept (loose objects); use `parsePack` rather than `Pack.parse`
 * directly, since duplicate ids, size, depth and forbidden keys are checked there.
 */
export const Pack = z
  .looseObject({
    $schema: z.string().optional().meta({ description: "Path or URL of pack.schema.json, for editors." }),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION).meta({ description: "Pack format version." }),
    id: Slug,
    title: Title,
    description: Markdown,
    version: z
      .string()
      .regex(SEMVER_PATTERN)
      .meta({ description: "Semantic version of the pack content, e.g. 1.0.0." }),
    authors: z.array(z.string().min(1)).min(1),
    license: z.string().min(1).meta({ description: "SPDX license identifier, e.g. CC-BY-4.0." }),
    tags: z.array(z.string().min(1)),
    questions: z.array(Question),
  })
  .meta({
    id: "Pack",
    title: "MLE Dojo question pack",
    description:
      "A set of ML-engineering interview practice questions. Ids are permanent: progress is keyed by pack id + question id.",
  });

export type Pack = z.infer<typeof Pack>;
/** Pack as written in a file (before defaults such as `hints: []` are applied). */
export type PackInput = z.input<typeof Pack>;
