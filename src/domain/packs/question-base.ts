/**
 * What every question kind shares: the common fields (id, title, prompt, category, lanes, hints…)
 * and the helper that cross-field refinements use to raise an issue carrying a `fix`, which
 * `issue-messages.ts` turns into a friendly error.
 */
import { z } from "zod";
import { Category, Difficulty, Lane, Markdown, Reference, Slug, Title } from "./common-schema";

/** Raise a custom issue at `path` (relative to the refined object) with a fix for the author. */
export function ruleIssue(
  ctx: z.core.$RefinementCtx,
  path: PropertyKey[],
  message: string,
  fix: string,
): void {
  ctx.addIssue({ code: "custom", path, message, params: { fix } });
}

/** Fields every question has, whatever its kind. */
export const questionBase = {
  id: Slug,
  title: Title,
  prompt: Markdown.min(1),
  category: Category,
  topics: z.array(z.string().min(1)),
  difficulty: Difficulty,
  lanes: z.array(Lane).min(1),
  estimatedMinutes: z.number().positive().max(480),
  hints: z.array(Markdown.min(1)).default([]).meta({ description: "Progressive hints, mildest first." }),
  explanation: Markdown.min(1),
  references: z.array(Reference).optional(),
};
