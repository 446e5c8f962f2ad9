import type { SheetName } from './columns.js';

/** One problem of an import file, where the user can find it, in both languages. */
export interface ImportIssue {
  sheet: SheetName | 'file';
  /** The row number as the spreadsheet shows it (1 is the header row); null for the whole sheet or file. */
  row: number | null;
  column: string | null;
  code: IssueCode;
  zh: string;
  en: string;
}

type Params = Record<string, string | number>;

const MESSAGES = {
  FILES: ['请上传一个 .xlsx 工作簿，或若干以工作表命名的 .csv 文件', 'Send one .xlsx workbook, or .csv files named after the sheets'],
  UNREADABLE: ['无法读取文件 {file}', 'File {file} cannot be read'],
  UNKNOWN_FILE: ['文件 {file} 不是导入格式中的工作表（certificates、models、key_components、history）', 'File {file} is not one of the sheets certificates, models, key_components, history'],
  NOT_UTF8: ['文件 {file} 不是 UTF-8 编码：请在 Excel 中另存为“CSV UTF-8”', 'File {file} is not UTF-8: save it from Excel as "CSV UTF-8"'],
  MISSING_SHEET: ['缺少工作表 certificates', 'The sheet certificates is missing'],
  MISSING_COLUMN: ['缺少列 {column}', 'Column {column} is missing'],
  REQUIRED: ['{column} 不能为空', '{column} is empty'],
  NOT_A_DATE: ['{column} 的值“{value}”不是日期（格式 YYYY-MM-DD）', '{column} "{value}" is not a date (YYYY-MM-DD)'],
  NOT_A_NUMBER: ['{column} 的值“{value}”不是正整数', '{column} "{value}" is not a whole number'],
  NOT_A_LIST: ['{column} 的值“{value}”应为以分号分隔的数字，例如 125;160;250', '{column} "{value}" must be numbers separated by ;, e.g. 125;160;250'],
  NOT_ONE_OF: ['{column} 的值“{value}”无效，可选：{values}', '{column} "{value}" is not allowed; use one of {values}'],
  BAD_NUMBER_FORMAT: ['证书编号“{value}”格式不符（CQC + 2 位年份 + 9 位数字）', 'Certificate number "{value}" does not follow the format CQC + 2-digit year + 9 digits'],
  DUPLICATE_NUMBER: ['证书编号 {value} 在文件中重复（第一次出现在第 {first} 行）', 'Certificate number {value} appears twice in the file (first on row {first})'],
  UNKNOWN_CERTIFICATE: ['证书编号 {value} 不在 certificates 工作表中', 'Certificate number {value} is not in the certificates sheet'],
  DUPLICATE_MODEL: ['型号 {value} 在该证书下重复', 'Model {value} is listed twice for this certificate'],
  NO_MODELS: ['证书 {value} 在 models 工作表中没有首次发证的型号', 'Certificate {value} has no first-issue model in the models sheet'],
  NO_EXTENSION: ['证书在 {value} 没有扩展（EXTENDED）记录', 'The certificate has no EXTENDED history entry on {value}'],
  NO_VARIATION: ['证书在 {value} 没有变更（VARIED）记录', 'The certificate has no VARIED history entry on {value}'],
  REQUIRED_FOR_KIND: ['{kind} 事件需要填写 {column}', 'A {kind} entry needs {column}'],
  PARTY_CONFLICT: ['信用代码 {value} 在第 {first} 行的名称或地址不同', 'Credit code {value} has another name or address on row {first}'],
  FACTORY_CONFLICT: ['工厂界定码 {value} 在第 {first} 行的名称或地址不同', 'Factory code {value} has another name or address on row {first}'],
  HISTORY_REJECTED: ['证书历史不符合认证规则：{reason}', 'The certificate history breaks the rule: {reason}'],
} as const;

export type IssueCode = keyof typeof MESSAGES;

export function issue(sheet: ImportIssue['sheet'], row: number | null, column: string | null, code: IssueCode, params: Params): ImportIssue {
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? (key === 'column' ? column ?? '' : '')));
  const [zh, en] = MESSAGES[code];
  return { sheet, row, column, code, zh: fill(zh), en: fill(en) };
}

/** Issues in the order a user works through a file: sheet by sheet, row by row. */
export function sortIssues(issues: ImportIssue[]): ImportIssue[] {
  const order = ['file', 'certificates', 'models', 'key_components', 'history'];
  return [...issues].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0));
}
