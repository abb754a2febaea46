/**
 * The answer fields of the choice and numeric kinds, shared by the `choice` and `numeric`
 * questions and by an incident's diagnosis steps (which reuse them, with the same rules).
 */
import { z } from "zod";
import { Markdown, Slug, Tolerance } from "./common-schema";
import { ruleIssue as fail } from "./question-base";

/** One answer option; `explanation` says why it is right or wrong. */
export const ChoiceOption = z.looseObject({
  id: Slug,
  text: Markdown.min(1),
  correct: z.boolean(),
  explanation: Markdown.min(1),
});

/** The answer fields of a choice answer (a `choice` question, or an incident's choice step). */
export const choiceAnswerFields = {
  options: z.array(ChoiceOption).min(2),
  multiple: z.boolean().optional(),
};

/** Exactly one correct option, or several when `multiple` is true. */
export function refineChoiceAnswer(
  q: { options: { correct: boolean }[]; multiple?: boolean | undefined },
  ctx: z.core.$RefinementCtx,
): void {
  const correct = q.options.filter((o) => o.correct).length;
  if (correct === 0) {
    fail(ctx, ["options"], "no option is marked correct", 'Set `"correct": true` on the right option.');
  } else if (correct > 1 && !q.multiple) {
    fail(
      ctx,
      ["options"],
      `${correct} options are marked correct but \`multiple\` is not set`,
      'Mark exactly one option correct, or add `"multiple": true`.',
    );
  }
}

/** The answer fields of a numeric answer (a `numeric` question, or an incident's numeric step). */
export const numericAnswerFields = {
  answer: z.number(),
  tolerance: Tolerance,
  unit: z.string().optional(),
};

export type ChoiceOption = z.infer<typeof ChoiceOption>;
