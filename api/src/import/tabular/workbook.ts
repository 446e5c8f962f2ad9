import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { COLUMNS, SHEETS, type SheetName } from './columns.js';

export type SheetRows = Partial<Record<SheetName, Array<Record<string, string | number>>>>;

/**
 * Writes rows as an import workbook: one sheet per SHEETS entry, row 1 the column names, and a
 * note on each header cell with its meaning in Chinese and English. Columns left out of a row
 * stay empty; `columns` overrides a sheet's header (tests drop one to see it reported).
 */
export async function writeWorkbook(rows: SheetRows, columns: Partial<Record<SheetName, string[]>> = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of SHEETS) {
    const names = columns[sheet] ?? COLUMNS[sheet].map((c) => c.name);
    const ws = workbook.addWorksheet(sheet);
    ws.addRow(names);
    names.forEach((name, i) => {
      const c = COLUMNS[sheet].find((x) => x.name === name);
      const cell = ws.getRow(1).getCell(i + 1);
      cell.font = { bold: true };
      if (c) cell.note = `${c.zh}\n${c.en}${c.required ? '（必填 required）' : ''}${c.values ? `\n${c.values.join(' | ')}` : ''}`;
      ws.getColumn(i + 1).width = Math.max(12, name.length + 2);
    });
    for (const row of rows[sheet] ?? []) ws.addRow(names.map((name) => row[name] ?? ''));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same rows as one CSV text per sheet (`certificates.csv` …), UTF-8 with a BOM as Excel writes it. */
export function writeCsvFiles(rows: SheetRows, columns: Partial<Record<SheetName, string[]>> = {}): Array<{ name: string; content: Buffer }> {
  return SHEETS.map((sheet) => {
    const names = columns[sheet] ?? COLUMNS[sheet].map((c) => c.name);
    const text = stringify([names, ...(rows[sheet] ?? []).map((row) => names.map((name) => String(row[name] ?? '')))]);
    return { name: `${sheet}.csv`, content: Buffer.from(`\uFEFF${text}`, 'utf8') };
  });
}

/** The template's example: one certificate with two models, an extension, a suspension and a restoration. */
export const EXAMPLE_ROWS: SheetRows = {
  certificates: [Object.fromEntries(COLUMNS.certificates.filter((c) => !c.name.startsWith('manufacturer_')).map((c) => [c.name, c.example]))],
  models: [
    { certificate_number: 'CQC23000000101', designation: 'EXM1-250S/3300', mounting: 'FIXED', poles: 3, rated_voltage_v: 400, rated_currents_a: '125;160;200;250', grade: '1' },
    { certificate_number: 'CQC23000000101', designation: 'EXM1-250H/3300', mounting: 'FIXED', poles: 3, rated_voltage_v: 400, rated_currents_a: '125;160;200;250', grade: '2' },
    { certificate_number: 'CQC23000000101', designation: 'EXM1-250L/3300', mounting: 'FIXED', poles: 3, rated_voltage_v: 400, rated_currents_a: '160;250', grade: '2', extended_on: '2025-01-10' },
  ],
  key_components: [
    { certificate_number: 'CQC23000000101', configuration: 'A', type: 'OPERATING_MECHANISM', model: 'OM-250', rating: '250 A', supplier: '乐清示例机构厂' },
    { certificate_number: 'CQC23000000101', configuration: 'A', type: 'MAIN_CONTACTS', material: 'AgW50', grade: 'GB/T 5586', dimensions: '8×6×2 mm', supplier: '温州示例触头有限公司' },
    { certificate_number: 'CQC23000000101', configuration: 'A', type: 'THERMAL_MAGNETIC_TRIP_UNIT', material: '5J1580', grade: 'YB/T 5261', supplier: '上海示例双金属有限公司' },
  ],
  history: [
    { certificate_number: 'CQC23000000101', kind: 'SUSPENDED', on: '2024-06-03', until: '2024-09-03', reason_code: 'S3', cause: 'SURVEILLANCE_NONCONFORMITY', text_zh: '年度监督抽样功耗测定不合格，需整改。', text_en: 'Annual surveillance sample failed the power-consumption test.' },
    { certificate_number: 'CQC23000000101', kind: 'RESTORED', on: '2024-08-20', text_zh: '整改验证通过，恢复证书。', text_en: 'Rectification verified; certificate restored.' },
    { certificate_number: 'CQC23000000101', kind: 'EXTENDED', on: '2025-01-10', text_zh: '扩展认证单元，增加型号 EXM1-250L/3300。', text_en: 'Unit extended with model EXM1-250L/3300.' },
  ],
};
