import {
  type ImportBatch, type ImportCertificate, type ImportFactory, type ImportHistoryEntry, type ImportKeyComponentConfiguration,
  type ImportModel, type ImportOrganisation, OrganisationKind, type Scheme,
} from '@cqc/db';
import { ImportRejected, replayHistory } from '../replay-history.js';
import { COLUMNS, SHEETS, type SheetName } from './columns.js';
import { issue, sortIssues, type ImportIssue } from './issues.js';
import type { RawSheets } from './read-files.js';
import { rowSchema, type ParsedRow } from './row-schema.js';

export interface AssembledFile {
  /** Every certificate of the file, in file order; empty when there is any issue. */
  batch: ImportBatch;
  issues: ImportIssue[];
  /** Row of each certificate in the certificates sheet, for the per-certificate report. */
  rowOf: Map<string, number>;
}

interface Row {
  row: number;
  data: ParsedRow;
}

/**
 * Checks every row of every sheet and joins them into import-service certificates. It goes on
 * after the first problem so that the report names every bad row; the certificates are returned
 * only when there is none (nothing is half-imported). The history is replayed here with the same
 * function the import service uses, so a file that passes will not be refused while writing.
 */
export function assembleBatch(sheets: RawSheets, scheme: Scheme, today: string): AssembledFile {
  const issues: ImportIssue[] = [];
  const rows = {} as Record<SheetName, Row[]>;
  for (const sheet of SHEETS) rows[sheet] = parseSheet(sheet, sheets, issues);
  const rowOf = new Map<string, number>();
  const empty: AssembledFile = { batch: { demo: false, organisations: [], factories: [], labs: [], users: [], certificates: [] }, issues, rowOf };

  // Numbers as written, even on rows with other problems, so children are not also called orphans.
  const known = new Set((sheets.certificates?.rows ?? []).map((r) => r.cells.number ?? '').filter(Boolean));
  const badNumbers = new Set<string>();
  const certificates = new Map<string, Row>();
  for (const r of rows.certificates) {
    const number: string = r.data.number;
    if (!scheme.certificateNumberPattern.test(number)) {
      issues.push(issue('certificates', r.row, 'number', 'BAD_NUMBER_FORMAT', { value: number }));
      badNumbers.add(number);
    }
  }
  for (const raw of sheets.certificates?.rows ?? []) {
    const number = raw.cells.number ?? '';
    if (!number) continue;
    const first = rowOf.get(number);
    if (first !== undefined) {
      issues.push(issue('certificates', raw.row, 'number', 'DUPLICATE_NUMBER', { value: number, first }));
      badNumbers.add(number);
    } else rowOf.set(number, raw.row);
  }
  for (const r of rows.certificates) if (!badNumbers.has(r.data.number)) certificates.set(r.data.number, r);

  const parties = collectParties(rows.certificates, issues);
  // Orphans are looked for on every row as written, also rows with other problems.
  const invalid = new Set<string>();
  for (const sheet of ['models', 'key_components', 'history'] as const) {
    const parsed = new Set(rows[sheet].map((r) => r.row));
    for (const raw of sheets[sheet]?.rows ?? []) {
      const number = raw.cells.certificate_number ?? '';
      if (number && !known.has(number)) issues.push(issue(sheet, raw.row, 'certificate_number', 'UNKNOWN_CERTIFICATE', { value: number }));
      if (number && !parsed.has(raw.row)) invalid.add(number);
    }
  }
  const children = (sheet: 'models' | 'key_components' | 'history') => {
    const byNumber = new Map<string, Row[]>();
    for (const r of rows[sheet]) {
      const number: string = r.data.certificate_number;
      byNumber.set(number, [...(byNumber.get(number) ?? []), r]);
    }
    return byNumber;
  };
  const models = children('models');
  const components = children('key_components');
  const history = children('history');

  const assembled: ImportCertificate[] = [];
  for (const [number, r] of certificates) {
    // A certificate with a bad row elsewhere is already reported; joining it would only echo that.
    if (invalid.has(number)) continue;
    const before = issues.length;
    const certificate = assembleCertificate(number, r, models.get(number) ?? [], components.get(number) ?? [], history.get(number) ?? [], scheme, issues);
    if (issues.length > before || !certificate) continue;
    try {
      replayHistory(certificate, scheme, today);
      assembled.push(certificate);
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      issues.push(issue('certificates', r.row, null, 'HISTORY_REJECTED', { reason: error.reason }));
    }
  }
  if (issues.length > 0) return { ...empty, issues: sortIssues(issues) };
  return { batch: { ...empty.batch, organisations: parties.organisations, factories: parties.factories, certificates: assembled }, issues: [], rowOf };
}

function parseSheet(sheet: SheetName, sheets: RawSheets, issues: ImportIssue[]): Row[] {
  const raw = sheets[sheet];
  if (!raw) return [];
  const columns = COLUMNS[sheet];
  const missing = new Set(columns.filter((c) => c.required && !raw.headers.includes(c.name)).map((c) => c.name));
  for (const name of missing) issues.push(issue(sheet, 1, name, 'MISSING_COLUMN', { column: name }));
  const schema = rowSchema(columns);
  const valid: Row[] = [];
  for (const r of raw.rows) {
    const result = schema.safeParse(r.cells);
    if (result.success) {
      valid.push({ row: r.row, data: result.data });
      continue;
    }
    // One issue per cell: a missing column is reported once, at the header.
    const seen = new Set<string>();
    for (const zi of result.error.issues) {
      const column = String(zi.path[0] ?? '');
      if (missing.has(column) || seen.has(column)) continue;
      seen.add(column);
      const c = columns.find((x) => x.name === column);
      issues.push(issue(sheet, r.row, column, zi.message as never, { value: r.cells[column] ?? '', values: c?.values?.join(', ') ?? '' }));
    }
  }
  return valid;
}

function collectParties(certificates: Row[], issues: ImportIssue[]) {
  const organisations = new Map<string, { row: number; value: ImportOrganisation }>();
  const factories = new Map<string, { row: number; value: ImportFactory }>();
  const sameText = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);
  for (const r of certificates) {
    const d = r.data;
    for (const prefix of ['applicant', 'manufacturer'] as const) {
      const code: string | null = d[`${prefix}_credit_code`];
      if (!code) continue;
      for (const field of ['name_zh', 'address_zh'] as const) {
        if (!d[`${prefix}_${field}`]) issues.push(issue('certificates', r.row, `${prefix}_${field}`, 'REQUIRED', {}));
      }
      const value: ImportOrganisation = {
        key: `org:${code}`, kind: OrganisationKind.ENTERPRISE, creditCode: code,
        nameZh: d[`${prefix}_name_zh`] ?? '', nameEn: d[`${prefix}_name_en`] ?? '',
        addressZh: d[`${prefix}_address_zh`] ?? '', addressEn: d[`${prefix}_address_en`] ?? '',
      };
      const seen = organisations.get(code);
      if (!seen) organisations.set(code, { row: r.row, value });
      else if (!sameText(seen.value, value)) issues.push(issue('certificates', r.row, `${prefix}_credit_code`, 'PARTY_CONFLICT', { value: code, first: seen.row }));
    }
    const value: ImportFactory = {
      key: `factory:${d.factory_code}`, operatorKey: `org:${d.manufacturer_credit_code ?? d.applicant_credit_code}`, factoryCode: d.factory_code,
      nameZh: d.factory_name_zh, nameEn: d.factory_name_en ?? '', addressZh: d.factory_address_zh, addressEn: d.factory_address_en ?? '',
    };
    const seen = factories.get(d.factory_code);
    if (!seen) factories.set(d.factory_code, { row: r.row, value });
    else if (!sameText(seen.value, value)) issues.push(issue('certificates', r.row, 'factory_code', 'FACTORY_CONFLICT', { value: d.factory_code, first: seen.row }));
  }
  return { organisations: [...organisations.values()].map((o) => o.value), factories: [...factories.values()].map((f) => f.value) };
}

function toModel(d: ParsedRow): ImportModel {
  return { designation: d.designation, mounting: d.mounting, poles: d.poles, ratedVoltage: d.rated_voltage_v, ratedCurrents: d.rated_currents_a, grade: d.grade };
}

function configurations(rows: Row[]): ImportKeyComponentConfiguration[] {
  const byLabel = new Map<string, ImportKeyComponentConfiguration>();
  for (const { data: d } of rows) {
    const configuration: ImportKeyComponentConfiguration = byLabel.get(d.configuration) ?? { label: d.configuration, components: [] };
    byLabel.set(d.configuration, configuration);
    const optional = Object.fromEntries((['model', 'rating', 'material', 'grade', 'dimensions'] as const).flatMap((k) => (d[k] ? [[k, d[k]]] : [])));
    configuration.components.push({ type: d.type, supplier: d.supplier, ...optional });
  }
  return [...byLabel.values()];
}

const NEEDS: Partial<Record<ImportHistoryEntry['kind'], string[]>> = {
  SUSPENDED: ['until', 'reason_code', 'cause'],
  CANCELLED: ['reason_code'],
  REVOKED: ['reason_code'],
  MODEL_WITHDRAWN: ['designation'],
};

function assembleCertificate(
  number: string, cert: Row, models: Row[], components: Row[], history: Row[], scheme: Scheme, issues: ImportIssue[],
): ImportCertificate | null {
  const d = cert.data;
  const designations = new Set<string>();
  for (const m of models) {
    if (designations.has(m.data.designation)) issues.push(issue('models', m.row, 'designation', 'DUPLICATE_MODEL', { value: m.data.designation }));
    designations.add(m.data.designation);
  }
  const firstModels = models.filter((m) => !m.data.extended_on);
  if (firstModels.length === 0) issues.push(issue('certificates', cert.row, 'number', 'NO_MODELS', { value: number }));

  // Entries of a day keep the file's order; days are put in order so users need not sort.
  const entries = [...history].sort((a, b) => (a.data.on < b.data.on ? -1 : a.data.on > b.data.on ? 1 : 0));
  const datesOf = (kind: string) => new Set(entries.filter((e) => e.data.kind === kind).map((e) => e.data.on as string));
  const extendedOn = datesOf('EXTENDED');
  const variedOn = datesOf('VARIED');
  for (const m of models) if (m.data.extended_on && !extendedOn.has(m.data.extended_on)) issues.push(issue('models', m.row, 'extended_on', 'NO_EXTENSION', { value: m.data.extended_on }));
  for (const k of components) if (k.data.varied_on && !variedOn.has(k.data.varied_on)) issues.push(issue('key_components', k.row, 'varied_on', 'NO_VARIATION', { value: k.data.varied_on }));

  const result: ImportHistoryEntry[] = [];
  for (const e of entries) {
    const h = e.data;
    const lacking = (NEEDS[h.kind as ImportHistoryEntry['kind']] ?? []).filter((column) => !h[column]);
    for (const column of lacking) issues.push(issue('history', e.row, column, 'REQUIRED_FOR_KIND', { kind: h.kind, column }));
    if (h.kind === 'SUSPENDED' && h.cause && !scheme.suspensionCauses.some((c) => c.code === h.cause)) {
      issues.push(issue('history', e.row, 'cause', 'NOT_ONE_OF', { value: h.cause, values: scheme.suspensionCauses.map((c) => c.code).join(', ') }));
    }
    if (lacking.length > 0) continue;
    const zh: string = h.text_zh ?? '';
    const en: string = h.text_en ?? '';
    switch (h.kind as ImportHistoryEntry['kind']) {
      case 'SUSPENDED':
        result.push({ kind: 'SUSPENDED', on: h.on, until: h.until, reasonCode: h.reason_code, cause: h.cause, publicReasonZh: zh, publicReasonEn: en });
        break;
      case 'RESTORED':
        result.push({ kind: 'RESTORED', on: h.on, publicReasonZh: zh, publicReasonEn: en });
        break;
      case 'VARIED': {
        const set = components.filter((k) => k.data.varied_on === h.on);
        result.push({ kind: 'VARIED', on: h.on, changeSummaryZh: zh, changeSummaryEn: en, ...(set.length > 0 ? { keyComponentConfigurations: configurations(set) } : {}) });
        break;
      }
      case 'EXTENDED':
        result.push({ kind: 'EXTENDED', on: h.on, changeSummaryZh: zh, changeSummaryEn: en, addModels: models.filter((m) => m.data.extended_on === h.on).map((m) => toModel(m.data)) });
        break;
      case 'MODEL_WITHDRAWN':
        result.push({ kind: 'MODEL_WITHDRAWN', on: h.on, designation: h.designation, publicReasonZh: zh, publicReasonEn: en });
        break;
      case 'EXPIRED':
        result.push({ kind: 'EXPIRED', on: h.on });
        break;
      case 'CANCELLED':
      case 'REVOKED':
        result.push({ kind: h.kind, on: h.on, reasonCode: h.reason_code, publicReasonZh: zh, publicReasonEn: en });
        break;
    }
  }
  const applicantKey = `org:${d.applicant_credit_code}`;
  return {
    number, applicantKey, manufacturerKey: d.manufacturer_credit_code ? `org:${d.manufacturer_credit_code}` : applicantKey,
    factoryKey: `factory:${d.factory_code}`, productType: d.product_type, productNameZh: d.product_name_zh, productNameEn: d.product_name_en ?? '',
    series: d.series, frameCurrent: d.frame_current_a, firstIssuedOn: d.first_issued_on,
    models: firstModels.map((m) => toModel(m.data)), keyComponentConfigurations: configurations(components.filter((k) => !k.data.varied_on)),
    history: result,
  };
}
