import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { SHEETS, type SheetName } from './columns.js';
import { issue, type ImportIssue } from './issues.js';

/** One row as the user sees it: its row number in the spreadsheet, its cells as trimmed text. */
export interface RawRow {
  row: number;
  cells: Record<string, string>;
}

export interface RawSheet {
  /** Lower-cased header names of row 1, in order. */
  headers: string[];
  rows: RawRow[];
}

export type RawSheets = Record<SheetName, RawSheet | null>;

export interface SourceFile {
  name: string;
  content: Buffer;
}

/**
 * Reads either one XLSX workbook (sheets named after SHEETS) or CSV files named after the sheets
 * (`certificates.csv`, `models.csv` …). Files it cannot read become issues, not exceptions, so
 * the user gets one report whatever went wrong.
 */
export async function readTabularFiles(files: SourceFile[]): Promise<{ sheets: RawSheets; issues: ImportIssue[] }> {
  const sheets: RawSheets = { certificates: null, models: null, key_components: null, history: null };
  const issues: ImportIssue[] = [];
  const xlsx = files.filter((f) => /\.xlsx$/i.test(f.name));
  const csv = files.filter((f) => /\.csv$/i.test(f.name));
  if (xlsx.length + csv.length !== files.length || (xlsx.length > 0 && (xlsx.length > 1 || csv.length > 0)) || files.length === 0) {
    issues.push(issue('file', null, null, 'FILES', {}));
    return { sheets, issues };
  }
  if (xlsx.length === 1) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(xlsx[0]!.content as unknown as ExcelJS.Buffer);
    } catch {
      issues.push(issue('file', null, null, 'UNREADABLE', { file: xlsx[0]!.name }));
      return { sheets, issues };
    }
    for (const name of SHEETS) {
      const ws = workbook.getWorksheet(name);
      if (ws) sheets[name] = fromWorksheet(ws);
    }
  } else {
    for (const file of csv) {
      const name = file.name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '').toLowerCase() as SheetName;
      if (!SHEETS.includes(name)) {
        issues.push(issue('file', null, null, 'UNKNOWN_FILE', { file: file.name }));
        continue;
      }
      const read = fromCsv(file);
      if ('code' in read) issues.push(read);
      else sheets[name] = read;
    }
  }
  if (!sheets.certificates && issues.length === 0) issues.push(issue('certificates', null, null, 'MISSING_SHEET', {}));
  return { sheets, issues };
}

function fromWorksheet(ws: ExcelJS.Worksheet): RawSheet {
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, colNumber) => {
    headers[colNumber - 1] = cellText(cell.value).toLowerCase();
  });
  const rows: RawRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((header, i) => {
      if (header) cells[header] = cellText(row.getCell(i + 1).value);
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: rowNumber, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}

/** A cell as the text the user typed: dates as YYYY-MM-DD (exceljs reads them as UTC). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value).trim();
}

function fromCsv(file: SourceFile): RawSheet | ImportIssue {
  let text: string;
  try {
    // Excel in China saves "CSV" as GBK unless told "CSV UTF-8": refuse rather than garble names.
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.content);
  } catch {
    return issue('file', null, null, 'NOT_UTF8', { file: file.name });
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch {
    return issue('file', null, null, 'UNREADABLE', { file: file.name });
  }
  const headers = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const rows: RawRow[] = [];
  records.slice(1).forEach((record, i) => {
    const cells: Record<string, string> = {};
    headers.forEach((header, c) => {
      if (header) cells[header] = (record[c] ?? '').trim();
    });
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: i + 2, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}
