import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, CertificationCase, Role, User, recordChange } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';

/** A case that has ended needs no engineer any more. */
const ENDED = [CaseStatus.CERTIFIED, CaseStatus.TERMINATED, CaseStatus.WITHDRAWN, CaseStatus.REFUSED];

/**
 * Gives a case to an engineer (their workbench lists it under "assigned to me"). The engineer
 * must be an active ENGINEER user; state, audit event and outbox event in one transaction.
 */
export async function assignCaseEngineer(ctx: { em: EntityManager; viewer: Viewer | null; clock: Clock }, args: { caseId: string; version: number; engineerId: string }): Promise<void> {
  const now = ctx.clock.now();
  try {
    await ctx.em.fork().transactional(async (em) => {
      const found = isId(args.caseId) ? await em.findOne(CertificationCase, { id: args.caseId }, { populate: ['unit.applicant', 'assignedEngineer'] }) : null;
      if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'No such case');
      const viewer = authorizeViewer(ctx.viewer, Operation.ASSIGN_CASE_ENGINEER, { organisationId: found.unit.applicant.id });
      await em.lock(found, LockMode.OPTIMISTIC, args.version);
      if (ENDED.includes(found.status)) {
        throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `A case that is ${found.status} is not assigned`, { status: found.status });
      }
      const engineer = isId(args.engineerId) ? await em.findOne(User, { id: args.engineerId, role: Role.ENGINEER, active: true }) : null;
      if (!engineer) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Not an active engineer', { field: 'engineerId' });
      const before = found.assignedEngineer?.id ?? null;
      found.assignedEngineer = engineer;
      recordChange(em, {
        actor: { userId: viewer.userId, role: viewer.role }, at: now, action: 'case.assign_engineer', aggregateType: 'case', aggregateId: found.id,
        payload: { caseNo: found.caseNo, from: before, to: engineer.id },
        outbox: { type: 'case.changed', payload: { caseId: found.id, caseNo: found.caseNo, change: 'engineer-assigned', engineerId: engineer.id } },
      });
      await em.flush();
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new AppError(ErrorCode.CONFLICT, 'The case was changed by someone else; reload it');
    throw error;
  }
}

/** Active engineers a case can be given to, by name. */
export async function activeEngineers(ctx: { em: EntityManager; viewer: Viewer | null }): Promise<{ id: string; displayName: string }[]> {
  authorizeViewer(ctx.viewer, Operation.ASSIGN_CASE_ENGINEER);
  const users = await ctx.em.find(User, { role: Role.ENGINEER, active: true }, { orderBy: { displayName: 'asc' } });
  return users.map((u) => ({ id: u.id, displayName: u.displayName }));
}
