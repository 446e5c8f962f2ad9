import { CreditStatus, Organisation, OrganisationKind } from '@cqc/db';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isIsoDate } from '../calendar/iso-date.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { adminTime, audit, badInput, inTransaction, lockVersion, type AdminContext } from './admin-write.js';
import type { AdminOrganisationType } from './admin-types.js';

const LIST_LIMIT = 500;

export function toAdminOrganisation(o: Organisation): AdminOrganisationType {
  return {
    id: o.id, kind: o.kind, nameZh: o.nameZh, nameEn: o.nameEn, creditCode: o.creditCode ?? null,
    creditStatus: o.creditStatus, creditSource: o.creditSource ?? null, creditCheckedOn: o.creditCheckedOn ?? null, version: o.version,
  };
}

/** Organisations by kind and by a fragment of a name or the credit code, in name order. */
export async function listOrganisations(em: EntityManager, filter: { kind?: OrganisationKind | null; query?: string | null }): Promise<Organisation[]> {
  const where: FilterQuery<Organisation> = {};
  if (filter.kind) where.kind = filter.kind;
  const q = filter.query?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.$or = [{ nameZh: { $ilike: like } }, { nameEn: { $ilike: like } }, { creditCode: { $ilike: like } }];
  }
  return em.find(Organisation, where, { orderBy: { nameZh: 'asc' }, limit: LIST_LIMIT });
}

export interface CreditInput {
  organisationId: string;
  version: number;
  status: CreditStatus;
  source?: string | null;
  checkedOn: string;
}

/**
 * Records an organisation's credit standing (§3.2/§3.3) with where and when it was established.
 * The acceptance and decision guards read it from the organisation, so it takes effect at once.
 */
export async function setOrganisationCredit(ctx: AdminContext, input: CreditInput): Promise<Organisation> {
  const at = adminTime(ctx);
  const source = input.source?.trim() || null;
  if (!Object.values(CreditStatus).includes(input.status)) throw badInput('status', `${String(input.status)} is not a credit status`);
  if (input.status !== CreditStatus.NONE && !source) throw badInput('source', 'Say where the credit standing was established (e.g. 信用中国)');
  if (source && source.length > 500) throw badInput('source', 'The source is longer than 500 characters');
  if (!isIsoDate(input.checkedOn)) throw badInput('checkedOn', `${JSON.stringify(input.checkedOn)} is not a date (YYYY-MM-DD)`);
  if (input.checkedOn > at.today) throw badInput('checkedOn', `${input.checkedOn} is after today (${at.today})`);

  return inTransaction(ctx, 'organisation', async (tx) => {
    const org = isId(input.organisationId) ? await tx.findOne(Organisation, { id: input.organisationId }) : null;
    if (!org) throw new AppError(ErrorCode.NOT_FOUND, 'No such organisation');
    await lockVersion(tx, org, input.version);
    const from = { status: org.creditStatus, source: org.creditSource ?? null, checkedOn: org.creditCheckedOn ?? null };
    org.creditStatus = input.status;
    org.creditSource = source;
    org.creditCheckedOn = input.checkedOn;
    audit(tx, at, {
      action: 'organisation.credit-set', aggregateType: 'organisation', aggregateId: org.id,
      fromState: from.status, toState: input.status,
      payload: { from, source, checkedOn: input.checkedOn },
    });
    await tx.flush();
    return org;
  });
}
