import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, User } from '@cqc/db';
import type { CertificateIndex, PublicCertificate } from '@cqc/registry';
import { loadWorkingDayCalendar } from './calendar/calendar-service.js';
import type { WorkingDayCalendar } from './calendar/working-day-calendar.js';

/**
 * Per-request batching: however many certificates or users one query names (aliases, lists),
 * each kind is fetched in one round trip.
 */
export function createLoaders(
  em: EntityManager,
  index: CertificateIndex,
  /** The registry cache (@cqc/registry RegistryCache) when the API runs with one. */
  certificates: Pick<CertificateIndex, 'getByNumbers'> = index,
) {
  let calendar: Promise<WorkingDayCalendar> | undefined;
  return {
    /** The working-day calendar, read once per request when a deadline is needed. */
    calendar: () => (calendar ??= loadWorkingDayCalendar(em)),
    certificateByNumber: new DataLoader<string, PublicCertificate | null>(async (numbers) => {
      const found = await certificates.getByNumbers(numbers);
      return numbers.map((n) => found.get(n) ?? null);
    }),
    userById: new DataLoader<string, User | null>(async (ids) => {
      const users = await em.find(User, { id: { $in: [...ids] } });
      const byId = new Map(users.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    organisationById: new DataLoader<string, Organisation | null>(async (ids) => {
      const orgs = await em.find(Organisation, { id: { $in: [...ids] } });
      const byId = new Map(orgs.map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
