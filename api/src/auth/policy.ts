import { Role } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';
import type { Viewer } from './viewer.js';

/**
 * Every operation of the API, and who may perform it. This table is the one place where
 * authorization is decided; resolvers call `authorize` and nothing else decides access.
 * Organisation scoping (enterprise users see only their own organisation) is expressed by
 * `scope: 'OWN_ORGANISATION'` and checked against the target's organisation.
 */
export enum Operation {
  /** Public registry reads: anyone, signed in or not. */
  READ_REGISTRY = 'READ_REGISTRY',
  LOGIN = 'LOGIN',
  /** Read one's own account. */
  READ_SELF = 'READ_SELF',
  LOGOUT = 'LOGOUT',
  /** Upload a document (§3.2 application documents, reports) owned by the target organisation. */
  UPLOAD_DOCUMENT = 'UPLOAD_DOCUMENT',
  /** Download a document owned by the target organisation. */
  READ_DOCUMENT = 'READ_DOCUMENT',
  /** Open an application (认证委托) with the target organisation as applicant. */
  CREATE_APPLICATION = 'CREATE_APPLICATION',
  /** The applicant's own steps: submit, resubmit, supply supplements, withdraw. */
  SUBMIT_APPLICATION = 'SUBMIT_APPLICATION',
  /** Read a case of the target (applicant) organisation, with its clocks and notices. */
  READ_CASE = 'READ_CASE',
  /** §3.3–§3.4: accept, return for amendment, refuse, request supplements, issue the plan. */
  HANDLE_ACCEPTANCE = 'HANDLE_ACCEPTANCE',
  /** §6.1: review all evidence and conclude. */
  REVIEW_CASE = 'REVIEW_CASE',
  /** §6.2: decide to approve (issue the certificate). */
  DECIDE_CASE = 'DECIDE_CASE',
  /** Test mode only: set the platform clock and run the deadline sweeps. */
  ADMINISTER_TEST_MODE = 'ADMINISTER_TEST_MODE',
  /** §2, §5.3: decide on the inspection exemption proposal; issue the inspection task (inspector, person-days). */
  MANAGE_INSPECTION = 'MANAGE_INSPECTION',
  /** §5.2–§5.4: record the checklist and the report. The service also requires the inspector assigned to the task. */
  RECORD_INSPECTION = 'RECORD_INSPECTION',
  /** §5.4: verify rectified nonconformities. An inspector only on an inspection assigned to them (service check). */
  VERIFY_RECTIFICATION = 'VERIFY_RECTIFICATION',
  /** §4: assign the lab, record samples and fee received, start a retest (the case's engineer). */
  MANAGE_TYPE_TEST = 'MANAGE_TYPE_TEST',
  /** §4.2.3: enter results and conclude a round; the target is the assigned lab's organisation. */
  ENTER_TEST_RESULTS = 'ENTER_TEST_RESULTS',
  /** Read a case's type test: the target is the applicant (enterprise users) or the lab (LAB users). */
  READ_TYPE_TEST = 'READ_TYPE_TEST',
  /** Give a case to an engineer (the engineers share their work among themselves; the administrator too). */
  ASSIGN_CASE_ENGINEER = 'ASSIGN_CASE_ENGINEER',
  /** §6.3: record the certification fee as paid (its time is left out of the issue limit). */
  RECORD_FEE_PAYMENT = 'RECORD_FEE_PAYMENT',
  /** Reference data the process needs: credit standing of organisations, labs and their CMA scope, the working-day calendar. */
  ADMINISTER_REFERENCE_DATA = 'ADMINISTER_REFERENCE_DATA',
}

type Scope = 'ANY_ORGANISATION' | 'OWN_ORGANISATION';

type Rule =
  | { who: 'ANYONE' }
  | { who: 'SIGNED_IN' }
  | { who: Role[]; scope?: Scope }
  /** Roles that differ in reach, e.g. enterprise users on their own organisation, staff on any. */
  | { who: 'BY_ROLE'; roles: Partial<Record<Role, Scope>> };

const ALL_ROLES = Object.values(Role);

/** Certification-body staff handle every enterprise's case. */
const STAFF_ON_ANY_ORGANISATION = {
  [Role.ENGINEER]: 'ANY_ORGANISATION',
  [Role.INSPECTOR]: 'ANY_ORGANISATION',
  [Role.REVIEWER]: 'ANY_ORGANISATION',
  [Role.DECIDER]: 'ANY_ORGANISATION',
  [Role.ADMIN]: 'ANY_ORGANISATION',
} as const satisfies Partial<Record<Role, Scope>>;

export const POLICY: Record<Operation, Rule> = {
  [Operation.READ_REGISTRY]: { who: 'ANYONE' },
  [Operation.LOGIN]: { who: 'ANYONE' },
  [Operation.READ_SELF]: { who: 'SIGNED_IN' },
  [Operation.LOGOUT]: { who: 'SIGNED_IN' },
  [Operation.UPLOAD_DOCUMENT]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  // LAB and REGULATOR users read no documents for now: their access comes with their workflows.
  [Operation.READ_DOCUMENT]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  [Operation.CREATE_APPLICATION]: { who: [Role.ENTERPRISE], scope: 'OWN_ORGANISATION' },
  [Operation.SUBMIT_APPLICATION]: { who: [Role.ENTERPRISE], scope: 'OWN_ORGANISATION' },
  [Operation.READ_CASE]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  [Operation.HANDLE_ACCEPTANCE]: { who: [Role.ENGINEER], scope: 'ANY_ORGANISATION' },
  [Operation.REVIEW_CASE]: { who: [Role.REVIEWER], scope: 'ANY_ORGANISATION' },
  [Operation.DECIDE_CASE]: { who: [Role.DECIDER], scope: 'ANY_ORGANISATION' },
  [Operation.ADMINISTER_TEST_MODE]: { who: [Role.ADMIN], scope: 'ANY_ORGANISATION' },
  [Operation.MANAGE_INSPECTION]: { who: [Role.ENGINEER], scope: 'ANY_ORGANISATION' },
  // Inspectors act for the certification body, not for the applicant: any organisation, narrowed by assignment.
  [Operation.RECORD_INSPECTION]: { who: [Role.INSPECTOR], scope: 'ANY_ORGANISATION' },
  [Operation.VERIFY_RECTIFICATION]: { who: [Role.ENGINEER, Role.INSPECTOR], scope: 'ANY_ORGANISATION' },
  [Operation.MANAGE_TYPE_TEST]: { who: [Role.ENGINEER], scope: 'ANY_ORGANISATION' },
  [Operation.ENTER_TEST_RESULTS]: { who: [Role.LAB], scope: 'OWN_ORGANISATION' },
  [Operation.READ_TYPE_TEST]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', [Role.LAB]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  [Operation.ASSIGN_CASE_ENGINEER]: { who: [Role.ENGINEER, Role.ADMIN], scope: 'ANY_ORGANISATION' },
  [Operation.RECORD_FEE_PAYMENT]: { who: [Role.ENGINEER], scope: 'ANY_ORGANISATION' },
  [Operation.ADMINISTER_REFERENCE_DATA]: { who: [Role.ADMIN], scope: 'ANY_ORGANISATION' },
};

export interface Target {
  organisationId: string;
}

/** Whether the viewer may perform the operation (on the target, where one applies). */
export function can(viewer: Viewer | null, operation: Operation, target?: Target): boolean {
  const rule = POLICY[operation];
  if (rule.who === 'ANYONE') return true;
  if (!viewer) return false;
  if (rule.who === 'SIGNED_IN') return true;
  const scope = rule.who === 'BY_ROLE' ? rule.roles[viewer.role] : rule.who.includes(viewer.role) ? (rule.scope ?? 'ANY_ORGANISATION') : undefined;
  if (scope === undefined) return false;
  if (scope === 'OWN_ORGANISATION') return target !== undefined && target.organisationId === viewer.organisationId;
  return true;
}

/**
 * How far the viewer's right to an operation reaches: every organisation, only their own, or
 * none. List queries filter by it, so a list never shows what `can` would refuse one by one.
 */
export function reach(viewer: Viewer | null, operation: Operation): Scope | null {
  if (!viewer) return can(null, operation) ? 'ANY_ORGANISATION' : null;
  if (can(viewer, operation, { organisationId: NO_ORGANISATION })) return 'ANY_ORGANISATION';
  return can(viewer, operation, { organisationId: viewer.organisationId }) ? 'OWN_ORGANISATION' : null;
}

/** An organisation id no viewer belongs to, to ask whether a right reaches beyond one's own. */
const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/** Throws UNAUTHENTICATED or FORBIDDEN unless `can` allows the operation. */
export function authorize(viewer: Viewer | null, operation: Operation, target?: Target): void {
  if (can(viewer, operation, target)) return;
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  throw new AppError(ErrorCode.FORBIDDEN, 'Your role may not do this');
}

/** `authorize` for operations that need a signed-in caller; returns that caller. */
export function authorizeViewer(viewer: Viewer | null, operation: Operation, target?: Target): Viewer {
  authorize(viewer, operation, target);
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  return viewer;
}

export { ALL_ROLES };
