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
  /** Ask for a password-reset mail for an e-mail address (the answer never says whether it has an account). */
  REQUEST_PASSWORD_RESET = 'REQUEST_PASSWORD_RESET',
  /** Set a new password with the token of a reset mail. */
  RESET_PASSWORD = 'RESET_PASSWORD',
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
  /** Read and acknowledge one's own overdue alerts (staff only; the service narrows to the caller's own). */
  READ_OWN_ALERTS = 'READ_OWN_ALERTS',
  /** The worklist of a lab: the type tests assigned to it; the target is the lab's organisation. */
  LIST_LAB_TYPE_TESTS = 'LIST_LAB_TYPE_TESTS',
  /** Read a certificate as it is handled (status with its lock version): the holder its own, staff any. */
  READ_CERTIFICATE_RECORD = 'READ_CERTIFICATE_RECORD',
  /** §8.5: suspend, restore, cancel or revoke a certificate: a decision of the certification body. */
  MANAGE_CERTIFICATE_STATUS = 'MANAGE_CERTIFICATE_STATUS',
  /** §8.5.1(8), §8.5.2, §8.5.3: the holder asks for suspension, restoration or cancellation of its own certificate. */
  REQUEST_CERTIFICATE_STATUS_CHANGE = 'REQUEST_CERTIFICATE_STATUS_CHANGE',
  /** §9: the holder applies for recertification (复审) of its own certificate. */
  APPLY_FOR_RECERTIFICATION = 'APPLY_FOR_RECERTIFICATION',
  /** §8.4: announce a revision of the rule or a standard with its transition deadline. */
  MANAGE_REQUIREMENT_CHANGES = 'MANAGE_REQUIREMENT_CHANGES',
  /** §8.4: record that a certificate completed its transition (the engineer, after the holder's change procedure). */
  RECORD_CERTIFICATE_TRANSITION = 'RECORD_CERTIFICATE_TRANSITION',
  /** The rule's public reference data (termination reasons, document types) as forms need it. */
  READ_SCHEME = 'READ_SCHEME',
  /** §8.2, §8.3: the holder requests a variation or an extension of its own certificate. */
  REQUEST_CERTIFICATE_CHANGE = 'REQUEST_CERTIFICATE_CHANGE',
  /** Read variation and extension requests: the holder its own, staff any. */
  READ_CERTIFICATE_CHANGE = 'READ_CERTIFICATE_CHANGE',
  /** §8.2.2, §8.3: evaluate a change request: whether testing is needed, the basis model, the test results. */
  ASSESS_CERTIFICATE_CHANGE = 'ASSESS_CERTIFICATE_CHANGE',
  /** §8.2.2, §8.3: approve (issue the new certificate version) or reject a change request. */
  DECIDE_CERTIFICATE_CHANGE = 'DECIDE_CERTIFICATE_CHANGE',
  /** §7: read surveillance plans, visits and samples: the holder its own, a lab the samples at it, staff any. */
  READ_SURVEILLANCE = 'READ_SURVEILLANCE',
  /** §7.1–§7.3: plan surveillance and extra visits, assign the inspector and effort, record samples, evaluate the year. */
  MANAGE_SURVEILLANCE = 'MANAGE_SURVEILLANCE',
  /** §7.1.3: record a surveillance visit. The service also requires the inspector assigned to it. */
  RECORD_SURVEILLANCE_VISIT = 'RECORD_SURVEILLANCE_VISIT',
  /** §7.2: the factory reports that it contacted the lab about its sample; the target is the holder. */
  RECORD_SAMPLE_LAB_CONTACT = 'RECORD_SAMPLE_LAB_CONTACT',
  /** §7.2: a lab records a surveillance sample received and its result; the target is the lab's organisation. */
  ENTER_SAMPLE_RESULTS = 'ENTER_SAMPLE_RESULTS',
  /** §10.2: the holder applies for a mark-usage approval or orders standard marks for its own certificate. */
  APPLY_FOR_MARKS = 'APPLY_FOR_MARKS',
  /** §10: read mark-usage approvals and mark orders: the holder its own, staff any. */
  READ_MARKS = 'READ_MARKS',
  /** §10.2: approve or refuse a mark-usage approval (批准书). */
  DECIDE_MARK_APPROVAL = 'DECIDE_MARK_APPROVAL',
  /** §13: the applicant or holder files an appeal, complaint or dispute, or withdraws its own. */
  FILE_APPEAL = 'FILE_APPEAL',
  /** §13: read appeals, complaints and disputes: the filer its own, staff any. */
  READ_APPEAL = 'READ_APPEAL',
  /** §13: register (acknowledge) an appeal and record its investigation. */
  HANDLE_APPEAL = 'HANDLE_APPEAL',
  /** §13: decide an appeal (upheld or rejected). The service also requires a decider not involved in what is appealed. */
  DECIDE_APPEAL = 'DECIDE_APPEAL',
  /** Create a regulator API token for one's own regulator organisation (shown once). Needs a session, not a token. */
  CREATE_API_TOKEN = 'CREATE_API_TOKEN',
  /** List and revoke API tokens: a regulator its own organisation's, the administrator any (e.g. a leaked one). */
  MANAGE_API_TOKENS = 'MANAGE_API_TOKENS',
  /** Regulator views over all certificates: filtered lists, counts, and the registry change feed. */
  READ_REGULATOR_DATA = 'READ_REGULATOR_DATA',
  /** Watchlists: follow certificates, a model or a manufacturer by e-mail, confirm (double opt-in), unsubscribe. */
  FOLLOW_REGISTRY = 'FOLLOW_REGISTRY',
  /** The audit log (ISO/IEC 17065 records): read it with filters and check its hash chain. */
  READ_AUDIT_LOG = 'READ_AUDIT_LOG',
  /** Import existing certificates from a CSV or XLSX file, and follow the import's progress and report. */
  IMPORT_CERTIFICATES = 'IMPORT_CERTIFICATES',
  /** Register with e-mail verification and claim an organisation; verify the sign-up's e-mail. */
  SIGN_UP = 'SIGN_UP',
  /** List pending organisation claims and approve or reject them. */
  DECIDE_ORGANISATION_CLAIM = 'DECIDE_ORGANISATION_CLAIM',
  /** Invite users into the target organisation, revoke invitations, list and deactivate its users. The service also requires `managesUsers`. */
  MANAGE_ORGANISATION_USERS = 'MANAGE_ORGANISATION_USERS',
  /** Create one's account with an invitation link's token. */
  ACCEPT_INVITATION = 'ACCEPT_INVITATION',
  /** One's own TOTP second factor: status, enrolment (also in a session limited to enrolment), recovery codes. */
  MANAGE_OWN_MFA = 'MANAGE_OWN_MFA',
  /** Turn one's own MFA off: only roles for which MFA is optional (staff must keep it). */
  DISABLE_OWN_MFA = 'DISABLE_OWN_MFA',
  /** Certification-body staff accounts: list, create (the person sets the password by mail), change role, deactivate. */
  ADMINISTER_STAFF_ACCOUNTS = 'ADMINISTER_STAFF_ACCOUNTS',
  /** One's own sign-in sessions: list them, end one or all others. The service narrows to the caller's own. */
  MANAGE_OWN_SESSIONS = 'MANAGE_OWN_SESSIONS',
  /** Change one's own password, knowing the current one. */
  CHANGE_OWN_PASSWORD = 'CHANGE_OWN_PASSWORD',
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
  // Like LOGIN: whoever lost their password is not signed in; the mailbox and the token are the proof.
  [Operation.REQUEST_PASSWORD_RESET]: { who: 'ANYONE' },
  [Operation.RESET_PASSWORD]: { who: 'ANYONE' },
  // A lab uploads its test reports (§4.2.4) as its own organisation's documents, and reads them;
  // the applicant reads a report once the case is certified (the download route adds that reader).
  [Operation.UPLOAD_DOCUMENT]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', [Role.LAB]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  // REGULATOR users read no documents for now: their access comes with their workflows.
  [Operation.READ_DOCUMENT]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', [Role.LAB]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
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
  // Alerts are addressed to a person, not an organisation: any staff role, own alerts only (service).
  [Operation.READ_OWN_ALERTS]: { who: [Role.ENGINEER, Role.INSPECTOR, Role.REVIEWER, Role.DECIDER, Role.ADMIN], scope: 'ANY_ORGANISATION' },
  [Operation.LIST_LAB_TYPE_TESTS]: { who: [Role.LAB], scope: 'OWN_ORGANISATION' },
  [Operation.READ_CERTIFICATE_RECORD]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  [Operation.MANAGE_CERTIFICATE_STATUS]: { who: [Role.DECIDER], scope: 'ANY_ORGANISATION' },
  [Operation.REQUEST_CERTIFICATE_STATUS_CHANGE]: { who: [Role.ENTERPRISE], scope: 'OWN_ORGANISATION' },
  [Operation.APPLY_FOR_RECERTIFICATION]: { who: [Role.ENTERPRISE], scope: 'OWN_ORGANISATION' },
  [Operation.MANAGE_REQUIREMENT_CHANGES]: { who: [Role.ADMIN], scope: 'ANY_ORGANISATION' },
  [Operation.RECORD_CERTIFICATE_TRANSITION]: { who: [Role.ENGINEER], scope: 'ANY_ORGANISATION' },
  // Public text of the rule; any signed-in user's forms may offer its lists.
  [Operation.READ_SCHEME]: { who: 'SIGNED_IN' },
  [Operation.REQUEST_CERTIFICATE_CHANGE]: { who: [Role.ENTERPRISE], scope: 'OWN_ORGANISATION' },
  [Operation.READ_CERTIFICATE_CHANGE]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  [Operation.ASSESS_CERTIFICATE_CHANGE]: { who: [Role.ENGINEER], scope: 'ANY_ORGANISATION' },
  [Operation.DECIDE_CERTIFICATE_CHANGE]: { who: [Role.DECIDER], scope: 'ANY_ORGANISATION' },
  // Samples are read by the lab they were sent to (its own organisation); plans only by holder and staff (service).
  [Operation.READ_SURVEILLANCE]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', [Role.LAB]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  [Operation.MANAGE_SURVEILLANCE]: { who: [Role.ENGINEER], scope: 'ANY_ORGANISATION' },
  [Operation.RECORD_SURVEILLANCE_VISIT]: { who: [Role.INSPECTOR], scope: 'ANY_ORGANISATION' },
  [Operation.RECORD_SAMPLE_LAB_CONTACT]: { who: [Role.ENTERPRISE], scope: 'OWN_ORGANISATION' },
  [Operation.ENTER_SAMPLE_RESULTS]: { who: [Role.LAB], scope: 'OWN_ORGANISATION' },
  [Operation.APPLY_FOR_MARKS]: { who: [Role.ENTERPRISE], scope: 'OWN_ORGANISATION' },
  [Operation.READ_MARKS]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  [Operation.DECIDE_MARK_APPROVAL]: { who: [Role.ENGINEER], scope: 'ANY_ORGANISATION' },
  // §13 concerns the 认证委托人: applicants and holders file; the public has the registry, not this channel.
  [Operation.FILE_APPEAL]: { who: [Role.ENTERPRISE], scope: 'OWN_ORGANISATION' },
  [Operation.READ_APPEAL]: { who: 'BY_ROLE', roles: { [Role.ENTERPRISE]: 'OWN_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  [Operation.HANDLE_APPEAL]: { who: [Role.ADMIN], scope: 'ANY_ORGANISATION' },
  [Operation.DECIDE_APPEAL]: { who: [Role.DECIDER], scope: 'ANY_ORGANISATION' },
  // A token acts as a REGULATOR of the organisation it belongs to; other roles have sessions and no use for one.
  [Operation.CREATE_API_TOKEN]: { who: [Role.REGULATOR], scope: 'OWN_ORGANISATION' },
  [Operation.MANAGE_API_TOKENS]: { who: 'BY_ROLE', roles: { [Role.REGULATOR]: 'OWN_ORGANISATION', [Role.ADMIN]: 'ANY_ORGANISATION' } },
  // Regulators oversee every certificate; the certification body's staff see the same figures. The feed is not
  // public: the public follows certificates through watchlists and open data.
  [Operation.READ_REGULATOR_DATA]: { who: 'BY_ROLE', roles: { [Role.REGULATOR]: 'ANY_ORGANISATION', ...STAFF_ON_ANY_ORGANISATION } },
  // Anyone may follow the public registry: the address owner's confirmation is the safeguard, not a login.
  [Operation.FOLLOW_REGISTRY]: { who: 'ANYONE' },
  // Administrators keep the records; reviewers and deciders see what they need in the case itself.
  [Operation.READ_AUDIT_LOG]: { who: [Role.ADMIN], scope: 'ANY_ORGANISATION' },
  // Imported certificates enter the public registry with their whole history: the administrator's decision alone.
  [Operation.IMPORT_CERTIFICATES]: { who: [Role.ADMIN], scope: 'ANY_ORGANISATION' },
  // Whoever registers or was invited has no account yet: the mailbox and the token are the proof.
  [Operation.SIGN_UP]: { who: 'ANYONE' },
  [Operation.ACCEPT_INVITATION]: { who: 'ANYONE' },
  // Who may act for a company is a certification-body decision (the claimant's mailbox proves nothing about the company).
  [Operation.DECIDE_ORGANISATION_CLAIM]: { who: [Role.ADMIN], scope: 'ANY_ORGANISATION' },
  // An enterprise manages its own people only; staff accounts are administered elsewhere.
  [Operation.MANAGE_ORGANISATION_USERS]: { who: [Role.ENTERPRISE], scope: 'OWN_ORGANISATION' },
  // Everyone may protect their account with MFA; certification-body staff must (see mfaEnrolmentBlocks).
  [Operation.MANAGE_OWN_MFA]: { who: 'SIGNED_IN' },
  [Operation.DISABLE_OWN_MFA]: { who: [Role.ENTERPRISE, Role.LAB, Role.REGULATOR] },
  // Staff accounts are the certification body's; the service refuses non-staff targets.
  [Operation.ADMINISTER_STAFF_ACCOUNTS]: { who: [Role.ADMIN], scope: 'ANY_ORGANISATION' },
  // Everyone has sessions and a password; the services touch only the caller's own.
  [Operation.MANAGE_OWN_SESSIONS]: { who: 'SIGNED_IN' },
  [Operation.CHANGE_OWN_PASSWORD]: { who: 'SIGNED_IN' },
};

export interface Target {
  organisationId: string;
}

/** Whether the viewer may perform the operation (on the target, where one applies). */
export function can(viewer: Viewer | null, operation: Operation, target?: Target): boolean {
  const rule = POLICY[operation];
  if (rule.who === 'ANYONE') return true;
  if (!viewer) return false;
  if (mfaEnrolmentBlocks(viewer, operation)) return false;
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

/**
 * Certification-body staff must use MFA (issue 6 point 3). A staff session opened without it
 * (`viewer.mfaEnrolmentRequired`, set at login: api/src/mfa/sign-in.ts) may read its own account,
 * log out and enrol, nothing else. Operations open to anyone stay open: refusing them would grant
 * nothing (the same caller may do them signed out) and would break the public pages around the
 * enrolment page. Regulator API tokens never carry the flag.
 */
const ALLOWED_DURING_MFA_ENROLMENT: ReadonlySet<Operation> = new Set([Operation.READ_SELF, Operation.LOGOUT, Operation.MANAGE_OWN_MFA]);

function mfaEnrolmentBlocks(viewer: Viewer, operation: Operation): boolean {
  return viewer.mfaEnrolmentRequired === true && !ALLOWED_DURING_MFA_ENROLMENT.has(operation) && POLICY[operation].who !== 'ANYONE';
}

/** An organisation id no viewer belongs to, to ask whether a right reaches beyond one's own. */
const NO_ORGANISATION = '00000000-0000-0000-0000-000000000000';

/** Throws UNAUTHENTICATED or FORBIDDEN unless `can` allows the operation. */
export function authorize(viewer: Viewer | null, operation: Operation, target?: Target): void {
  if (can(viewer, operation, target)) return;
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  if (mfaEnrolmentBlocks(viewer, operation)) {
    throw new AppError(ErrorCode.MFA_ENROLMENT_REQUIRED, 'Set up two-factor authentication first (请先设置两步验证)');
  }
  throw new AppError(ErrorCode.FORBIDDEN, 'Your role may not do this');
}

/** `authorize` for operations that need a signed-in caller; returns that caller. */
export function authorizeViewer(viewer: Viewer | null, operation: Operation, target?: Target): Viewer {
  authorize(viewer, operation, target);
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  return viewer;
}

/**
 * `authorizeViewer` for operations a person must do in a signed-in session: an API token may read,
 * but may not mint or revoke tokens (a leaked token must not be able to entrench itself).
 */
export function authorizeSession(viewer: Viewer | null, operation: Operation, target?: Target): Viewer {
  const caller = authorizeViewer(viewer, operation, target);
  if (caller.apiTokenId) throw new AppError(ErrorCode.FORBIDDEN, 'Sign in as a person to manage API tokens');
  return caller;
}

export { ALL_ROLES };
