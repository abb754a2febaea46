/**
 * What a candidate is shown of an SQL case. A visible dataset shows the first rows of both results
 * and the diff, every cell cut to a displayable size. A hidden dataset shows nothing that depends on
 * its data: no rows, no row counts, no diff, and for an error only its class (SQLite messages can
 * carry data: a JSON path or a RAISE message built from the hidden rows).
 */
import { DIFF_DISPLAY_CAP, type SqlDiff } from "../../domain/grading/sql-compare";
import type { ErrorInfo } from "../../domain/grading/result";
import type { ResultPreview, ResultSet, SqlCaseDetails, SqlCell, SqlRow } from "./types";

/** Characters (or blob bytes) of one cell kept for display; comparison always uses the whole cell. */
export const CELL_DISPLAY_CAP = 1_000;

/** A cell cut to CELL_DISPLAY_CAP: long text is shortened, a large blob becomes a description. */
export function displayCell(cell: SqlCell): SqlCell {
  if (typeof cell === "string" && cell.length > CELL_DISPLAY_CAP) {
    return `${cell.slice(0, CELL_DISPLAY_CAP)}… [${cell.length - CELL_DISPLAY_CAP} more characters]`;
  }
  if (cell instanceof Uint8Array && cell.length > CELL_DISPLAY_CAP) return `<blob ${cell.length} bytes>`;
  return cell;
}

export function displayRow(row: SqlRow): SqlRow {
  return row.some((c) => displayCell(c) !== c) ? row.map(displayCell) : row;
}

/** The first `maxRows` rows of a result (cells cut for display) with the full count. */
export function preview(result: ResultSet, maxRows = DIFF_DISPLAY_CAP): ResultPreview {
  return {
    columns: result.columns,
    rows: result.rows.slice(0, maxRows).map(displayRow),
    rowCount: result.rows.length,
    truncated: result.rows.length > maxRows,
  };
}

/** A diff with every listed row cut for display. */
export function displayDiff(diff: SqlDiff): SqlDiff {
  const d = diff.firstOrderDifference;
  return {
    ...diff,
    missing: diff.missing.map((r) => ({ ...r, row: displayRow(r.row) })),
    extra: diff.extra.map((r) => ({ ...r, row: displayRow(r.row) })),
    ...(d
      ? {
          firstOrderDifference: {
            index: d.index,
            ...(d.expected ? { expected: displayRow(d.expected) } : {}),
            ...(d.actual ? { actual: displayRow(d.actual) } : {}),
          },
        }
      : {}),
  };
}

/** Details of a hidden case: that it is hidden, nothing else. */
export const HIDDEN_DETAILS: SqlCaseDetails = { kind: "sql", redacted: true };

export const HIDDEN_PASS = "Right result on a hidden dataset.";
export const HIDDEN_FAIL = "Wrong result on a hidden dataset.";

/** The case message of an error on a hidden dataset. */
export function hiddenCaseMessage(error: ErrorInfo): string {
  return `Failed on a hidden dataset (${error.kind}).`;
}

/** An error on a hidden dataset as the candidate sees it: its class only. */
export function hiddenError(error: ErrorInfo): ErrorInfo {
  // An engine reset says nothing about the data, and tells the candidate what to do.
  if (error.kind === "EngineReset") return error;
  const who = error.kind === "QuestionError" ? "The question" : "Your SQL";
  return {
    kind: error.kind,
    message: `${who} failed on a hidden dataset. Only the kind of error is shown: its message could reveal the hidden data.`,
  };
}
