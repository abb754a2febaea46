/**
 * Building blocks shared by the pack and question schemas: ids, Markdown text, enums, rubric
 * items, references and value comparison modes. Objects are `looseObject`s so that fields added
 * by a newer minor version survive a parse/serialise round trip (they are kept, and reported as
 * warnings by `parsePack`).
 */
import { z } from "zod";
import { CATEGORIES, DIFFICULTIES, LANES } from "./vocabulary";

/** Stable slug used for every id (pack, question, case, option, rubric item…): kebab-case. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Schema of every id (see SLUG_PATTERN); ids are permanent once published. */
export const Slug = z.string().max(80).regex(SLUG_PATTERN).meta({
  id: "Id",
  description:
    "Stable id: lowercase letters, digits and single hyphens (kebab-case). Never change it once published.",
});

/** Markdown text; `$…$` / `$$…$$` delimit math. */
export const Markdown = z.string().meta({ description: "Markdown; $…$ and $$…$$ delimit math." });
/** A non-empty single-line-ish label. */
export const Title = z.string().min(1).max(200);
/** Source code / SQL text. */
export const Code = z.string();

/** Any JSON value (structured Python case arguments and expected values). */
export const JsonValue = z.json().meta({ id: "JsonValue", description: "Any JSON value." });

export { CATEGORIES, DIFFICULTIES, LANES };

/** What a question practises. Debugging questions use the written, design, choice or incident kinds. */
export const Category = z.enum(CATEGORIES);
/** How hard a question is for a mid-level candidate. */
export const Difficulty = z.enum(DIFFICULTIES);
/** Career lane a question is relevant to: applied ML, ML infrastructure, data-centric ML. */
export const Lane = z.enum(LANES);

/** An http(s) link to further reading. */
export const Reference = z
  .looseObject({
    title: Title,
    url: z.url({ protocol: /^https?$/ }).meta({ description: "An http:// or https:// URL." }),
  })
  .meta({ id: "Reference" });

/** One gradable item of a rubric: a point value and the signals a good answer shows. */
export const RubricItem = z
  .looseObject({
    id: Slug,
    description: Markdown.min(1),
    points: z.number().positive().max(100),
    signals: z
      .array(z.string().min(1))
      .meta({ description: "Phrases or ideas that indicate the item is met." }),
  })
  .meta({ id: "RubricItem" });

const NonNegative = z.number().nonnegative();
/** How a Python case's actual value is compared with `expected`. */
export const Compare = z
  .discriminatedUnion("kind", [
    z.looseObject({ kind: z.literal("exact") }),
    z.looseObject({ kind: z.literal("approx"), abs: NonNegative.optional(), rel: NonNegative.optional() }),
    z.looseObject({ kind: z.literal("unordered") }),
    z.looseObject({ kind: z.literal("set") }),
  ])
  .meta({
    id: "Compare",
    description: "How a case's value is compared: exact, approx (abs/rel tolerance), unordered list, or set.",
  });

/** Tolerance of a numeric answer: |a-b| <= abs or |a-b| <= rel*|answer| (exact when empty). */
export const Tolerance = z.looseObject({ abs: NonNegative.optional(), rel: NonNegative.optional() });

/** Result-set comparison options of an SQL question (see domain/grading/sql-compare). */
export const SqlCompare = z.looseObject({
  orderMatters: z.boolean().optional(),
  columnNames: z.boolean().optional(),
  tolerance: NonNegative.optional().meta({
    description: "Absolute tolerance for numbers. Default 1e-6, or 0 when only relativeTolerance is set.",
  }),
  relativeTolerance: NonNegative.lt(1).optional().meta({
    description:
      "Relative tolerance for numbers: |actual - expected| <= max(tolerance, relativeTolerance * |expected|). Default 0.",
  }),
});

/** Per-run time limit in milliseconds. */
export const TimeLimitMs = z.number().int().min(100).max(120_000);

export type Category = z.infer<typeof Category>;
export type Difficulty = z.infer<typeof Difficulty>;
export type Lane = z.infer<typeof Lane>;
export type Reference = z.infer<typeof Reference>;
export type RubricItem = z.infer<typeof RubricItem>;
export type Compare = z.infer<typeof Compare>;
export type Tolerance = z.infer<typeof Tolerance>;
export type SqlCompare = z.infer<typeof SqlCompare>;
export type JsonValue = z.infer<typeof JsonValue>;
