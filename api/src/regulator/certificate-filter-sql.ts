import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import type { RegulatorCertificateFilter } from './regulator-inputs.js';

/** A FROM and WHERE clause over `certificate c` (joined to `certification_unit u` when needed), with parameters. */
export interface SqlFilter {
  from: string;
  where: string;
  params: unknown[];
}

const MAX_VALUES = 200;
const list = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * The filter as SQL against the system of record. Each condition has an index (migration
 * 20261127110000): dates on certificate, parties and product on certification_unit, reason codes
 * on certificate_status_event. Status-change dates are Beijing dates over a timestamptz.
 */
export function certificateFilterSql(filter: RegulatorCertificateFilter | null | undefined): SqlFilter {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const f = filter ?? {};
  const inList = (column: string, field: string, values: readonly unknown[] | null | undefined) => {
    if (!values || values.length === 0) return;
    if (values.length > MAX_VALUES) throw new AppError(ErrorCode.BAD_USER_INPUT, `at most ${MAX_VALUES} values`, { field });
    conditions.push(`${column} in (${list(values.length)})`);
    params.push(...values);
  };
  const range = (column: string, from: string | null | undefined, to: string | null | undefined, cast = (p: string) => p) => {
    if (from) { conditions.push(`${column} >= ${cast('?')}`); params.push(from); }
    if (to) { conditions.push(`${column} < ${cast('?')}`); params.push(nextDay(to)); }
  };
  for (const [field, ids] of [['manufacturerId', f.manufacturerId], ['factoryId', f.factoryId]] as const) {
    if (ids?.some((id) => !isId(id))) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Not an id', { field });
  }
  inList('c.status', 'status', f.status);
  range('c.first_issued_on', f.issuedFrom, f.issuedTo, (p) => `${p}::date`);
  range('c.expires_on', f.expiresFrom, f.expiresTo, (p) => `${p}::date`);
  range('c.status_changed_at', f.statusChangedFrom, f.statusChangedTo, (p) => `(${p}::date)::timestamp at time zone 'Asia/Shanghai'`);
  inList('u.manufacturer_id', 'manufacturerId', f.manufacturerId);
  inList('u.factory_id', 'factoryId', f.factoryId);
  inList('u.product_type', 'productType', f.productType);
  inList('u.frame_current', 'frameCurrent', f.frameCurrent);
  if (f.reasonCode && f.reasonCode.length > 0) {
    if (f.reasonCode.length > MAX_VALUES) throw new AppError(ErrorCode.BAD_USER_INPUT, `at most ${MAX_VALUES} values`, { field: 'reasonCode' });
    conditions.push(`exists (select 1 from certificate_status_event e where e.certificate_id = c.id and e.reason_code in (${list(f.reasonCode.length)}))`);
    params.push(...f.reasonCode);
  }
  // Without a unit filter the join is left out: counting a million rows then reads one table, not two.
  const needsUnit = conditions.some((c) => c.startsWith('u.'));
  return { from: needsUnit ? FROM_CERTIFICATES : 'certificate c', where: conditions.length > 0 ? conditions.join(' and ') : 'true', params };
}

/** The day after a Beijing date: ranges are half-open inside, inclusive for the caller. */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export const FROM_CERTIFICATES = 'certificate c join certification_unit u on u.id = c.unit_id';
