import type { EntityManager } from '@mikro-orm/postgresql';
import { WatchKind, designationKey } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { WATCH_LIMITS } from './watch-limits.js';
import { textArray } from './sql-array.js';

/** One thing to follow, as stored: the match key and what the subscriber is shown. */
export interface WatchTarget {
  kind: WatchKind;
  key: string;
  label: string;
}

/** Certificates by number; every one must exist (NOT_FOUND names the unknown ones). */
export async function certificateTargets(em: EntityManager, numbers: string[]): Promise<WatchTarget[]> {
  const wanted = [...new Set(numbers.map((n) => n.trim()).filter(Boolean))];
  if (wanted.length === 0) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Name at least one certificate', { field: 'certificateNumbers' });
  if (wanted.length > WATCH_LIMITS.targetsPerRequest) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `At most ${WATCH_LIMITS.targetsPerRequest} certificates at once`, { field: 'certificateNumbers' });
  }
  const rows = await em.execute<Array<{ number: string }>>(`select number from certificate where number = any(?::text[])`, [textArray(wanted)]);
  const found = new Set(rows.map((r) => r.number));
  const unknown = wanted.filter((n) => !found.has(n));
  if (unknown.length > 0) throw new AppError(ErrorCode.NOT_FOUND, `No certificate ${unknown.join(', ')}`, { field: 'certificateNumbers', unknown });
  return wanted.map((number) => ({ kind: WatchKind.CERTIFICATE, key: number, label: number }));
}

/** A model by designation, matched as the registry matches it (designation key); some certificate must cover it. */
export async function modelTarget(em: EntityManager, designation: string): Promise<WatchTarget> {
  const key = designationKey(designation);
  const [row] = key
    ? await em.execute<Array<{ designation: string }>>(
      `select m.designation from product_model m join certificate c on c.unit_id = m.unit_id where m.designation_key = ? order by c.number limit 1`, [key])
    : [];
  if (!row) throw new AppError(ErrorCode.NOT_FOUND, `No certified model ${designation}`, { field: 'designation' });
  return { kind: WatchKind.MODEL, key, label: row.designation };
}

/** A manufacturer by organisation id; it must manufacture some certified unit. */
export async function manufacturerTarget(em: EntityManager, id: string): Promise<WatchTarget> {
  const [row] = isId(id)
    ? await em.execute<Array<{ name_zh: string; name_en: string }>>(
      `select o.name_zh, o.name_en from organisation o where o.id = ?
         and exists (select 1 from certification_unit u join certificate c on c.unit_id = u.id where u.manufacturer_id = o.id)`, [id])
    : [];
  if (!row) throw new AppError(ErrorCode.NOT_FOUND, 'No such manufacturer in the registry', { field: 'manufacturerId' });
  return { kind: WatchKind.MANUFACTURER, key: id.toLowerCase(), label: `${row.name_zh} / ${row.name_en}` };
}
