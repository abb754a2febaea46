/**
 * Public API of the question-pack format: schemas and types, `parsePack`, migrations, the JSON
 * Schema, and pure helpers (progress keys, stats, diffs, selections). Import from here.
 */
export * from "./common-schema";
export * from "./question-schema";
export * from "./pack-schema";
export * from "./pack-errors";
export {
  parsePack,
  validQuestionsOf,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  type ParsePackOptions,
  type ParsePackResult,
} from "./parse-pack";
export { MIGRATIONS, migratePack, renameKeys, type Migration, type MigrationResult } from "./migrations";
export { packJsonSchema, packJsonSchemaText, PACK_SCHEMA_FILE } from "./json-schema";
export { questionKey, parseQuestionKey } from "./question-key";
export { packStats, type PackStats } from "./pack-stats";
export { diffPacks, canonicalJson, type PackDiff } from "./diff-packs";
export { selectQuestions, type SelectionMeta } from "./select-questions";
export { existingQuestions, withoutQuestions, type ExistingQuestion } from "./existing-questions";
