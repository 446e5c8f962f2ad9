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
}

type Rule =
  | { who: 'ANYONE' }
  | { who: 'SIGNED_IN' }
  | { who: Role[]; scope?: 'ANY_ORGANISATION' | 'OWN_ORGANISATION' };

const ALL_ROLES = Object.values(Role);

export const POLICY: Record<Operation, Rule> = {
  [Operation.READ_REGISTRY]: { who: 'ANYONE' },
  [Operation.LOGIN]: { who: 'ANYONE' },
  [Operation.READ_SELF]: { who: 'SIGNED_IN' },
  [Operation.LOGOUT]: { who: 'SIGNED_IN' },
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
  if (!rule.who.includes(viewer.role)) return false;
  if (rule.scope === 'OWN_ORGANISATION') return target !== undefined && target.organisationId === viewer.organisationId;
  return true;
}

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
