/**
 * Text rendering of SQL cells and small tables, used for `CaseResult.expected/actual` strings
 * (the structured rows stay in `details` for a proper table view). NULL renders as `NULL`,
 * strings as-is, blobs as `X'0A1B'`, numbers in JS notation (REAL 1.0 shows as 1: sql.js
 * cannot tell them apart).
 */
import type { SqlCell, SqlRow } from "../../domain/grading/sql-compare";
import { REPR_CAP, capText } from "../../domain/grading/result";
import { displayRow } from "./sql-preview";

/** One cell as text. */
export function formatCell(cell: SqlCell): string {
  if (cell === null) return "NULL";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  return `X'${Array.from(cell, (b) => b.toString(16).padStart(2, "0").toUpperCase()).join("")}'`;
}

/** A pipe-separated text table of the first `maxRows` rows (cells cut for display), capped at REPR_CAP characters. */
export function formatTable(columns: string[], rows: SqlRow[], maxRows = 20): string {
  const lines = [columns.join(" | ")];
  for (const row of rows.slice(0, maxRows)) lines.push(displayRow(row).map(formatCell).join(" | "));
  if (rows.length > maxRows) lines.push(`… ${rows.length - maxRows} more rows`);
  if (rows.length === 0) lines.push("(no rows)");
  return capText(lines.join("\n"), REPR_CAP).text;
}
