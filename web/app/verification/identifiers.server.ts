import { parse } from "csv-parse/sync";

/** As the API accepts them (api/src/verification/verify.ts). */
export const MAX_IDENTIFIERS = 1000;

/** Column names that hold the identifiers; otherwise the first column is used. */
const COLUMNS = ["number", "model", "证书编号", "型号", "certificate", "designation", "identifier"];

/** One identifier per line of the text area; blank lines are skipped. */
export function identifiersFromText(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}

/**
 * The identifiers of an uploaded CSV: the column named number, model, 证书编号 or 型号 (all of
 * those present, row by row), else the first column. A first row naming no such column is data.
 */
export function identifiersFromCsv(text: string): string[] {
  const rows: string[][] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  if (rows.length === 0) return [];
  const header = rows[0]!.map((cell) => cell.trim().toLowerCase());
  const named = header.flatMap((cell, index) => (COLUMNS.includes(cell) ? [index] : []));
  const columns = named.length > 0 ? named : [0];
  const data = named.length > 0 ? rows.slice(1) : rows;
  return data.flatMap((row) => columns.map((index) => (row[index] ?? "").trim())).filter((cell) => cell !== "");
}
