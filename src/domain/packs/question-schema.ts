/**
 * Schemas of the answer-only kinds (`choice`, `numeric`, `written`, `design`) and `Question`, the
 * discriminated union of all seven kinds on `kind` (with `python`, `sql` and `incident` from their
 * own files). Cross-field rules (e.g. "exactly one correct option") are zod refinements whose
 * issues carry a `fix`, turned into friendly errors by `issue-messages.ts`. Debugging questions
 * use the written, design, choice or incident kinds.
 */
import { z } from "zod";
import { QUESTION_KINDS } from "./vocabulary";
import { Markdown, RubricItem, Slug, Title } from "./common-schema";
import { questionBase } from "./question-base";
import { choiceAnswerFields, numericAnswerFields, refineChoiceAnswer } from "./answer-fields";
import { PythonQuestion, SqlQuestion } from "./coding-question-schema";
import { IncidentQuestion } from "./incident-schema";

export * from "./coding-question-schema";
export * from "./answer-fields";
export * from "./incident-schema";

/** Multiple choice: exactly one correct option, or several when `multiple` is true. */
export const ChoiceQuestion = z
  .looseObject({ ...questionBase, kind: z.literal("choice"), ...choiceAnswerFields })
  .superRefine(refineChoiceAnswer)
  .meta({ id: "ChoiceQuestion" });

/** A numeric answer accepted within `tolerance` (absolute and/or relative), in `unit`. */
export const NumericQuestion = z
  .looseObject({ ...questionBase, kind: z.literal("numeric"), ...numericAnswerFields })
  .meta({ id: "NumericQuestion" });

/** A free-text answer scored against `rubric`; `modelAnswer` is shown afterwards. */
export const WrittenQuestion = z
  .looseObject({
    ...questionBase,
    kind: z.literal("written"),
    rubric: z.array(RubricItem).min(1),
    modelAnswer: Markdown.min(1),
  })
  .meta({ id: "WrittenQuestion" });

/** One part of a design answer (e.g. requirements, architecture) with its own rubric. */
export const DesignSection = z.looseObject({
  id: Slug,
  title: Title,
  prompt: Markdown.optional(),
  rubric: z.array(RubricItem).min(1),
});

/** A follow-up question an interviewer would ask; optionally scored by its rubric. */
export const FollowUp = z.looseObject({
  id: Slug,
  question: Markdown.min(1),
  rubric: z.array(RubricItem).optional(),
  modelAnswer: Markdown.min(1)
    .optional()
    .meta({ description: "What a strong answer to this follow-up says; shown once the answer is scored." }),
});

/** A system-design question answered section by section, with follow-ups and a model answer. */
export const DesignQuestion = z
  .looseObject({
    ...questionBase,
    kind: z.literal("design"),
    sections: z.array(DesignSection).min(1),
    followUps: z.array(FollowUp),
    modelAnswer: Markdown.min(1),
  })
  .meta({ id: "DesignQuestion" });

export { QUESTION_KINDS };

/** Any question; `kind` selects the shape. */
export const Question = z.discriminatedUnion("kind", [
  PythonQuestion,
  SqlQuestion,
  ChoiceQuestion,
  NumericQuestion,
  WrittenQuestion,
  DesignQuestion,
  IncidentQuestion,
]);

/** The `kind` of a question. */
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;
export type NumericQuestion = z.infer<typeof NumericQuestion>;
export type WrittenQuestion = z.infer<typeof WrittenQuestion>;
export type DesignSection = z.infer<typeof DesignSection>;
export type FollowUp = z.infer<typeof FollowUp>;
export type DesignQuestion = z.infer<typeof DesignQuestion>;
export type Question = z.infer<typeof Question>;
