import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, Role, User } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import { Operation, authorizeSession } from '../auth/policy.js';
import { revokeUserSessions } from '../auth/session-service.js';
import { chinaDate } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import { audit, badInput, inTransaction, lockVersion, type AdminContext, type AdminTime } from '../admin/admin-write.js';
import type { PasswordResetDeps } from '../password-reset/request-reset.js';
import type { StaffAccountInput, StaffAccountType } from './account-types.js';
import { sendSetPasswordLink } from './set-password-link.js';
import { STAFF_ROLES, checkStaffChange, isStaffRole } from './staff-guards.js';

export interface StaffContext extends AdminContext {
  passwordReset?: PasswordResetDeps;
}

const MAX_DISPLAY_NAME = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The administrator behind a staff-account change, in a session (an API token may not manage people). */
function staffTime(ctx: StaffContext): AdminTime & { userId: string; organisationId: string } {
  const viewer = authorizeSession(ctx.viewer, Operation.ADMINISTER_STAFF_ACCOUNTS);
  const now = ctx.clock.now();
  return { now, today: chinaDate(now), actor: { userId: viewer.userId, role: viewer.role }, userId: viewer.userId, organisationId: viewer.organisationId };
}

/** Every staff account of the certification body, with its last sign-in; by name. */
export async function listStaffAccounts(ctx: StaffContext): Promise<StaffAccountType[]> {
  const at = staffTime(ctx);
  const users = await ctx.em.find(User, { organisation: at.organisationId, role: { $in: [...STAFF_ROLES] } }, { orderBy: { displayName: 'asc', id: 'asc' } });
  const lastSignIn = await lastSignIns(ctx.em, users.map((u) => u.id));
  return users.map((u) => toStaffAccount(u, lastSignIn.get(u.id) ?? null));
}

/**
 * A new staff account of the administrator's certification body. The administrator picks no
 * password: the account gets an unusable random one, and the person a set-password link (the
 * password-reset token flow), so nobody but them ever knows it. Audited in the same transaction.
 */
export async function createStaffAccount(ctx: StaffContext, input: StaffAccountInput): Promise<StaffAccountType> {
  const at = staffTime(ctx);
  const email = input.email.trim().toLowerCase();
  const displayName = input.displayName.trim();
  if (!EMAIL.test(email) || email.length > 254) throw badInput('email', 'Not an e-mail address');
  if (displayName.length === 0 || displayName.length > MAX_DISPLAY_NAME) throw badInput('displayName', `displayName must have 1 to ${MAX_DISPLAY_NAME} characters`);
  if (!isStaffRole(input.role)) throw badInput('role', 'A staff account has a certification-body role');
  const unusable = await hashPassword(randomBytes(32).toString('base64url'));
  const created = await inTransaction(ctx, 'account', async (tx) => {
    if ((await tx.count(User, { email })) > 0) throw badInput('email', 'This e-mail address already has an account');
    const user = tx.create(User, {
      email, displayName, role: input.role, organisation: tx.getReference(Organisation, at.organisationId), passwordHash: unusable, active: true, createdAt: at.now,
    });
    audit(tx, at, { action: 'staff-account.created', aggregateType: 'user', aggregateId: user.id, toState: input.role, payload: { email, displayName, role: input.role } });
    await tx.flush();
    return user;
  });
  await sendSetPasswordLink(ctx, created);
  return toStaffAccount(created, null);
}

/** Mails the account a new set-password link (the first one expires after 30 minutes). */
export async function resendSetPasswordLink(ctx: StaffContext, userId: string): Promise<boolean> {
  staffTime(ctx);
  const user = await findStaff(ctx.em, ctx, userId);
  if (!user.active) throw new AppError(ErrorCode.ILLEGAL_TRANSITION, 'Reactivate the account before sending it a link', { status: 'INACTIVE' });
  return sendSetPasswordLink(ctx, user);
}

/** A new role for a staff account. Ends all its sessions: the person signs in again under the new role. */
export async function changeStaffRole(ctx: StaffContext, args: { userId: string; version: number; role: Role }): Promise<StaffAccountType> {
  if (!isStaffRole(args.role)) throw badInput('role', 'A staff account has a certification-body role');
  return changeStaff(ctx, args.userId, args.version, (u) => ({ role: args.role, active: u.active }));
}

/** Deactivates (no sign-in, all sessions ended) or reactivates a staff account. */
export async function setStaffAccountActive(ctx: StaffContext, args: { userId: string; version: number; active: boolean }): Promise<StaffAccountType> {
  return changeStaff(ctx, args.userId, args.version, (u) => ({ role: u.role, active: args.active }));
}

async function changeStaff(ctx: StaffContext, userId: string, version: number, next: (u: User) => { role: Role; active: boolean }): Promise<StaffAccountType> {
  const at = staffTime(ctx);
  const saved = await inTransaction(ctx, 'account', async (tx) => {
    // One administrator change at a time: two admins demoting each other at once must not leave none.
    await tx.execute(`select pg_advisory_xact_lock(hashtext('cqc.staff-admins'))`);
    const user = await findStaff(tx, { viewer: ctx.viewer }, userId);
    await lockVersion(tx, user, version);
    const wanted = next(user);
    if (wanted.role === user.role && wanted.active === user.active) return user;
    const activeAdmins = await tx.count(User, { role: Role.ADMIN, active: true });
    checkStaffChange({ actorId: at.userId, target: { id: user.id, role: user.role, active: user.active }, next: wanted, activeAdmins });
    const from = { role: user.role, active: user.active };
    Object.assign(user, wanted);
    await tx.flush();
    // The person's sessions were opened under the old role or while allowed in: none outlives the change.
    const sessionsRevoked = await revokeUserSessions(tx, user.id, at.now);
    const action = wanted.role !== from.role ? 'staff-account.role-changed' : wanted.active ? 'staff-account.reactivated' : 'staff-account.deactivated';
    audit(tx, at, {
      action, aggregateType: 'user', aggregateId: user.id,
      fromState: stateOf(from), toState: stateOf(wanted), payload: { email: user.email, sessionsRevoked },
    });
    return user;
  });
  const lastSignIn = await lastSignIns(ctx.em, [saved.id]);
  return toStaffAccount(saved, lastSignIn.get(saved.id) ?? null);
}

const stateOf = (s: { role: Role; active: boolean }) => (s.active ? s.role : `${s.role} (inactive)`);

/** A staff account of the administrator's organisation, or NOT_FOUND (other users are not managed here). */
async function findStaff(em: EntityManager, ctx: Pick<StaffContext, 'viewer'>, userId: string): Promise<User> {
  const user = isId(userId) ? await em.findOne(User, { id: userId }) : null;
  if (!user || !isStaffRole(user.role) || user.organisation.id !== ctx.viewer?.organisationId) {
    throw new AppError(ErrorCode.NOT_FOUND, 'No such staff account');
  }
  return user;
}

/** When each user's newest session was opened: sign-ins are sessions, so no column of its own. */
async function lastSignIns(em: EntityManager, userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const rows: Array<{ user_id: string; last: Date }> = await em.execute(
    `select user_id, max(created_at) as last from auth_session where user_id in (${userIds.map(() => '?').join(', ')}) group by user_id`,
    userIds,
  );
  return new Map(rows.map((r) => [r.user_id, new Date(r.last)]));
}

function toStaffAccount(u: User, lastSignInAt: Date | null): StaffAccountType {
  return { id: u.id, email: u.email, displayName: u.displayName, role: u.role, active: u.active, lastSignInAt, createdAt: u.createdAt, version: u.version };
}
