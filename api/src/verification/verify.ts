import type { MikroORM } from '@mikro-orm/postgresql';
import { designationKey, type CertificateStatus, type ModelStatus } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import { verificationLookupKeys } from '@cqc/registry';
import { LIVE_GENERATION, REGISTRY_ALIAS, withConnection } from './read-model.js';

/** One request verifies at most this many identifiers (issue 5, point 3). */
export const MAX_IDENTIFIERS = 1_000;
/** Longer than any certificate number or designation: anything longer is not an identifier. */
export const MAX_IDENTIFIER_LENGTH = 100;

export type MatchKind = 'CERTIFICATE' | 'MODEL' | 'UNKNOWN';

export interface VerifiedModelRecord {
  designation: string;
  status: ModelStatus;
  withdrawnOn: string | null;
}

export interface VerifiedCertificateRecord {
  number: string;
  status: CertificateStatus;
  holder: { nameZh: string; nameEn: string };
  expiresOn: string;
  suspendedUntil: string | null;
  /** For a model match: the model as the certificate lists it (it may be withdrawn from the scope). */
  model: VerifiedModelRecord | null;
}

export interface VerificationRecord {
  identifier: string;
  matched: MatchKind;
  certificates: VerifiedCertificateRecord[];
}

interface Row {
  number: string;
  status: CertificateStatus;
  holder_zh: string;
  holder_en: string;
  expires_on: string;
  suspended_until: string | null;
  models: VerifiedModelRecord[];
}

/** The identifiers as given (trimmed), or a typed refusal: 1..1000 of them, none empty or overlong. */
export function checkIdentifiers(identifiers: readonly string[]): string[] {
  if (identifiers.length === 0 || identifiers.length > MAX_IDENTIFIERS) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `Give 1 to ${MAX_IDENTIFIERS} identifiers (got ${identifiers.length})`, { field: 'identifiers' });
  }
  return identifiers.map((raw, i) => {
    const identifier = raw.trim();
    if (identifier === '' || identifier.length > MAX_IDENTIFIER_LENGTH) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `Identifier ${i + 1} is empty or longer than ${MAX_IDENTIFIER_LENGTH} characters`, { field: 'identifiers' });
    }
    return identifier;
  });
}

/**
 * The candidates of a batch, $1 the registry alias, $2 the keys (@cqc/registry `verificationLookupKeys`).
 * Key by key (a GIN probe each, ~0.08 ms at a million): with one `&&` over all 2,000 keys the
 * planner guesses a quarter of the table matches and scans it all (275 s measured at a million).
 * The document is text (json): parsed once per row (x.doc), not once per field.
 */
export const VERIFY_SQL = `select x.doc ->> 'number' as number, d.status,
     x.doc -> 'applicant' ->> 'nameZh' as holder_zh, x.doc -> 'applicant' ->> 'nameEn' as holder_en,
     x.doc ->> 'expiresOn' as expires_on, x.doc ->> 'suspendedUntil' as suspended_until,
     (select coalesce(jsonb_agg(jsonb_build_object('designation', m ->> 'designation', 'status', m ->> 'status',
        'withdrawnOn', m ->> 'withdrawnOn')), '[]'::jsonb)
      from jsonb_array_elements(x.doc -> 'models') as m) as models
   from (
     select distinct on (d.number) d.number, d.status, d.doc
     from unnest($2::text[]) as k(key)
     join registry_document d on d.verification_keys @> array[k.key]
     where d.generation = ${LIVE_GENERATION}
     order by d.number
   ) d, lateral (select d.doc::jsonb as doc) x
   order by d.number`;

/**
 * Looks up every identifier as a certificate number and as a model designation, matched by
 * their punctuation-free key (ARCHITECTURE.md search semantics), in ONE statement whatever the
 * count: the GIN index over `verification_keys` (registry/src/search/searchable.ts) finds
 * the candidates, and `designationKey` decides here which identifier each one answers.
 */
export async function verifyIdentifiers(orm: MikroORM, identifiers: readonly string[]): Promise<VerificationRecord[]> {
  const checked = checkIdentifiers(identifiers);
  const keys = [...new Set(checked.map(designationKey).filter((k) => k !== ''))];
  const rows = keys.length === 0 ? [] : await withConnection(orm, async (client) => {
    const result = await client.query<Row>(VERIFY_SQL, [REGISTRY_ALIAS, verificationLookupKeys(keys)]);
    return result.rows;
  });

  const byNumberKey = new Map<string, Row>();
  const byModelKey = new Map<string, Array<{ row: Row; model: VerifiedModelRecord }>>();
  for (const row of rows) {
    byNumberKey.set(designationKey(row.number), row);
    const seen = new Set<string>();
    for (const model of row.models) {
      const key = designationKey(model.designation);
      if (seen.has(key)) continue;
      seen.add(key);
      byModelKey.set(key, [...(byModelKey.get(key) ?? []), { row, model }]);
    }
  }
  return checked.map((identifier) => {
    const key = designationKey(identifier);
    const certificate = byNumberKey.get(key);
    if (key !== '' && certificate) return { identifier, matched: 'CERTIFICATE', certificates: [toRecord(certificate, null)] };
    const models = key === '' ? undefined : byModelKey.get(key);
    if (models) return { identifier, matched: 'MODEL', certificates: models.map(({ row, model }) => toRecord(row, model)) };
    return { identifier, matched: 'UNKNOWN', certificates: [] };
  });
}

function toRecord(row: Row, model: VerifiedModelRecord | null): VerifiedCertificateRecord {
  return {
    number: row.number,
    status: row.status,
    holder: { nameZh: row.holder_zh, nameEn: row.holder_en },
    expiresOn: row.expires_on,
    suspendedUntil: row.suspended_until,
    model,
  };
}
