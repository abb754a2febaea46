/**
 * The pack checker: `checkPack` proves a pack's questions on the real engines, `bankCoverage`
 * measures a set of packs against the built-in bank's targets, and the formatters render reports
 * as text. Used by `scripts/check-pack.ts` and the built-in bank test.
 */
export { checkPack } from "./check-pack";
export {
  bankCoverage,
  BANK_TARGETS,
  type BankCoverage,
  type BankGroup,
  type CategoryCoverage,
  type IncidentCoverage,
} from "./bank-coverage";
export { QUALITY_RULES } from "./static-checks";
export {
  GENERIC_SIGNAL_SHARE,
  MIN_CORPUS,
  signalCorpus,
  signalFindings,
  type SignalCorpus,
} from "./signal-checks";
export { formatPackReport, formatSummary, problemLine, problemLines } from "./format-report";
export type * from "./types";
