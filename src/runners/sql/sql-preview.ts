/**
 * Display helpers for SQL case details: cut a result to its first rows, and strip the rows out
 * of a hidden variant's details so a hidden dataset is never revealed.
 */
import { DIFF_DISPLAY_CAP, type SqlDiff } from "../../domain/grading/sql-compare";
import type { ResultPreview, ResultSet, SqlCaseDetails } from "./types";

/** The first `maxRows` rows of a result with the full count. */
export function preview(result: ResultSet, maxRows = DIFF_DISPLAY_CAP): ResultPreview {
  return {
    columns: result.columns,
    rows: result.rows.slice(0, maxRows),
    rowCount: result.rows.length,
    truncated: result.rows.length > maxRows,
  };
}

/** Details of a hidden case: counts and headers only, no rows. */
export function redactedDetails(diff: SqlDiff): SqlCaseDetails {
  const { firstOrderDifference, ...rest } = diff;
  return {
    kind: "sql",
    diff: {
      ...rest,
      missing: [],
      extra: [],
      truncated: false,
      ...(firstOrderDifference ? { firstOrderDifference: { index: firstOrderDifference.index } } : {}),
    },
    redacted: true,
  };
}
