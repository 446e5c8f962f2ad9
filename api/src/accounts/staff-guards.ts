import { Role } from '@cqc/db';
import { AppError, ErrorCode } from '../errors.js';

/** The roles of the certification body's own staff: the accounts the staff pages manage. */
export const STAFF_ROLES: readonly Role[] = [Role.ENGINEER, Role.INSPECTOR, Role.REVIEWER, Role.DECIDER, Role.ADMIN];

export const isStaffRole = (role: Role): boolean => STAFF_ROLES.includes(role);

export interface StaffChange {
  actorId: string;
  target: { id: string; role: Role; active: boolean };
  next: { role: Role; active: boolean };
  /** Active administrators now, the target included if it is one. */
  activeAdmins: number;
}

/**
 * Whether an administrator may make this change (pure; the service counts under a lock).
 * Nobody locks themselves out: an administrator may not demote or deactivate their own account
 * (another administrator must), and the last active administrator stays one.
 */
export function checkStaffChange(change: StaffChange): void {
  const { target, next } = change;
  const losesAdmin = target.role === Role.ADMIN && target.active && (next.role !== Role.ADMIN || !next.active);
  if (!losesAdmin) return;
  if (target.id === change.actorId) {
    throw new AppError(ErrorCode.SELF_ADMINISTRATION, 'You cannot demote or deactivate your own account; ask another administrator');
  }
  if (change.activeAdmins <= 1) {
    throw new AppError(ErrorCode.LAST_ADMIN, 'This is the last active administrator: make someone else an administrator first');
  }
}
