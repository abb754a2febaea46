/**
 * Public API of timed mock interviews (pure): loop templates and the custom-loop builder,
 * seeded question selection, share codes, the session state machine, scoring and the report.
 */
export * from "./random";
export * from "./templates";
export * from "./custom-loop";
export * from "./select";
export * from "./share-code";
export * from "./session-types";
export { timing, activeMs, type MockTiming } from "./clock";
export { tick } from "./tick";
export {
  createSession,
  saveDraft,
  focusQuestion,
  submitAnswer,
  pause,
  revealHint,
  resume,
  advanceSection,
  finishEarly,
} from "./session";
export { isEmptyAnswer, sameAnswer, submissionIdFor } from "./submissions";
export * from "./scoring";
export * from "./report-types";
export { buildReport, solutionText } from "./report";
export { topicScores, STRENGTH_THRESHOLD, WEAKNESS_THRESHOLD } from "./report-topics";
export { reportToMarkdown, reportToJson, reportFromJson } from "./report-markdown";
