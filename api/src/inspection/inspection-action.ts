import { LockMode } from '@mikro-orm/core';
import { conflictsAsTypedErrors } from '../optimistic-lock.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseStatus, FactoryInspection, Role, recordChange, type Actor, type CertificationCase, type InspectionStatus } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { touchCaseVersion } from '../case/case-version.js';
import { isId } from '../graphql/ids.js';

export interface InspectionContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
}

export interface ActionTime {
  now: Date;
  today: string;
  actor: Actor;
}

/** One action on the inspection track: who, from which statuses, and what it writes. */
export interface InspectionActionSpec {
  operation: Operation;
  from: InspectionStatus[];
  clause: string;
  /** Audit action, e.g. `inspection.task_issued`. */
  action: string;
  /** `inspection.changed` for an action that keeps the status (a rearranged task). */
  outboxType?: 'inspection.status-changed' | 'inspection.changed';
  /** Narrower than the policy (the assigned inspector only); throws FORBIDDEN. */
  allow?: (inspection: FactoryInspection, viewer: Viewer) => void;
  /** Checks the content and writes; returns the new status and the audit reason. */
  apply: (em: EntityManager, inspection: FactoryInspection, c: CertificationCase, at: ActionTime) => Promise<{ to: InspectionStatus; reason?: string | null; payload?: Record<string, unknown> }>;
}

const POPULATE = ['certificationCase.unit.applicant', 'certificationCase.unit.factory', 'certificationCase.clocks', 'inspector', 'verificationInspector', 'nonconformities'] as const;

/** Loads the inspection and checks the caller, the version and the status. Throws typed errors. */
export async function checkInspectionAction(em: EntityManager, viewer: Viewer | null, inspectionId: string, expectedVersion: number, spec: InspectionActionSpec) {
  const inspection = isId(inspectionId) ? await em.findOne(FactoryInspection, { id: inspectionId }, { populate: POPULATE }) : null;
  if (!inspection) throw new AppError(ErrorCode.NOT_FOUND, 'No such inspection');
  const caller = authorizeViewer(viewer, spec.operation, { organisationId: inspection.certificationCase.unit.applicant.id });
  spec.allow?.(inspection, caller);
  await em.lock(inspection, LockMode.OPTIMISTIC, expectedVersion);
  if (!spec.from.includes(inspection.status)) {
    throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `${spec.action} is not possible while the inspection is ${inspection.status}`, { clause: spec.clause, status: inspection.status });
  }
  return { inspection, caller };
}

/**
 * Checks and applies one action inside the caller's transaction, with its audit and outbox
 * events. `withinCaseCommand`: the case transition that goes with it (termination) has already
 * checked and changed the case's status.
 */
export async function applyInspectionAction(
  em: EntityManager, viewer: Viewer | null, inspectionId: string, expectedVersion: number, spec: InspectionActionSpec, now: Date,
  options: { withinCaseCommand?: boolean } = {},
): Promise<FactoryInspection> {
  const { inspection, caller } = await checkInspectionAction(em, viewer, inspectionId, expectedVersion, spec);
  const c = inspection.certificationCase;
  if (!options.withinCaseCommand && c.status !== CaseStatus.IN_EVALUATION) {
    throw new AppError(ErrorCode.ILLEGAL_TRANSITION, `The inspection cannot change while the case is ${c.status}`, { clause: spec.clause, status: c.status });
  }
  const actor = { userId: caller.userId, role: caller.role };
  const from = inspection.status;
  const { to, reason, payload } = await spec.apply(em, inspection, c, { now, today: chinaDate(now), actor });
  inspection.status = to;
  recordChange(em, {
    actor, at: now, action: spec.action, aggregateType: 'inspection', aggregateId: inspection.id, fromState: from, toState: to, reason: reason ?? null,
    payload: { ...payload, caseId: c.id, caseNo: c.caseNo, clause: spec.clause },
    outbox: { type: spec.outboxType ?? 'inspection.status-changed', payload: { inspectionId: inspection.id, caseId: c.id, caseNo: c.caseNo, from, to } },
  });
  return inspection;
}

/** One action in a transaction of its own. */
export async function runInspectionAction(ctx: InspectionContext, inspectionId: string, expectedVersion: number, spec: InspectionActionSpec): Promise<void> {
  await conflictsAsTypedErrors(() => ctx.em.fork().transactional(async (em) => {
    const inspection = await applyInspectionAction(em, ctx.viewer, inspectionId, expectedVersion, spec, ctx.clock.now());
    await em.flush();
    // The case's evaluation changed: a case form read before it must get CONFLICT.
    await touchCaseVersion(em, inspection.certificationCase.id);
  }), 'inspection');
}

/** Only the inspector the task names may record its results (§5.4: the inspector answers for the conclusion). */
export function assignedInspectorOnly(inspection: FactoryInspection, viewer: Viewer): void {
  if (viewer.role === Role.INSPECTOR && inspection.inspector?.id !== viewer.userId) {
    throw new AppError(ErrorCode.FORBIDDEN, 'Only the inspector assigned to this inspection may do this');
  }
}


