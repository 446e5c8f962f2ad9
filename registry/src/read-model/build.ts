import { LoadStrategy, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Certificate, SurveillancePlan } from '@cqc/db';
import { toPublicCertificate } from './map.js';
import type { PublicCertificate, PublicSurveillance } from './types.js';

/**
 * Everything a public record needs. Loaded with the select-in strategy: one query per relation
 * level, whatever the number of certificates (a joined load would multiply models × components
 * × versions × history rows).
 */
const POPULATE = [
  'unit.applicant',
  'unit.manufacturer',
  'unit.factory.operator',
  'unit.models',
  'unit.keyComponentConfigurations.components',
  'versions',
  'statusHistory',
] as const;

async function load(em: EntityManager, where: FilterQuery<Certificate>, limit?: number): Promise<PublicCertificate[]> {
  const certificates = await em.find(Certificate, where, {
    populate: POPULATE,
    strategy: LoadStrategy.SELECT_IN,
    orderBy: { number: 'asc' },
    limit,
  });
  const surveillance = await latestSurveillance(em, certificates.map((c) => c.id));
  return certificates.map((c) => toPublicCertificate(c, undefined, surveillance.get(c.id) ?? null));
}

/** §7.3: each certificate's latest concluded surveillance (result and date), in one query. */
async function latestSurveillance(em: EntityManager, certificateIds: string[]): Promise<Map<string, PublicSurveillance>> {
  const latest = new Map<string, PublicSurveillance>();
  if (certificateIds.length === 0) return latest;
  const plans = await em.find(SurveillancePlan, { certificate: { $in: certificateIds }, concludedOn: { $ne: null } }, {
    fields: ['certificate', 'status', 'concludedOn'], orderBy: { concludedOn: 'desc', createdAt: 'desc' },
  });
  for (const p of plans) if (!latest.has(p.certificate.id)) latest.set(p.certificate.id, { result: p.status, date: p.concludedOn! });
  return latest;
}

/**
 * The public records of the given certificates, in number order; unknown numbers are absent.
 * Call with a forked (or transactional) entity manager: the loaded entities stay in its
 * identity map.
 */
export async function loadPublicCertificates(em: EntityManager, numbers: readonly string[]): Promise<PublicCertificate[]> {
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return [];
  return load(em, { number: { $in: unique } });
}

/** One page of all certificates in number order, after `afterNumber` (keyset paging, for a rebuild). */
export async function loadPublicCertificatePage(
  em: EntityManager,
  afterNumber: string | null,
  limit: number,
): Promise<PublicCertificate[]> {
  return load(em, afterNumber === null ? {} : { number: { $gt: afterNumber } }, limit);
}
