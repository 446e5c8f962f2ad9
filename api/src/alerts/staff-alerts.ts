import type { EntityManager } from '@mikro-orm/postgresql';
import { StaffAlert, schemeFor } from '@cqc/db';
import { Operation, authorizeViewer } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { chinaDate, type Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { isId } from '../graphql/ids.js';
import type { StaffAlertType } from './alert-types.js';
import { toAlertView } from './alert-view.js';

interface AlertContext {
  em: EntityManager;
  viewer: Viewer | null;
  clock: Clock;
}

const POPULATE = ['certificationCase', 'clock'] as const;

/** The caller's own alerts, newest due date first; acknowledged ones only when asked for. */
export async function myAlerts(ctx: AlertContext, includeAcknowledged: boolean): Promise<StaffAlertType[]> {
  const viewer = authorizeViewer(ctx.viewer, Operation.READ_OWN_ALERTS);
  const alerts = await ctx.em.find(
    StaffAlert,
    { recipient: viewer.userId, ...(includeAcknowledged ? {} : { acknowledgedAt: null }) },
    { populate: POPULATE, orderBy: { dueOn: 'asc', createdAt: 'asc' } },
  );
  const today = chinaDate(ctx.clock.now());
  return alerts.map((a) => toAlertView(a, schemeFor(a.certificationCase.schemeId, a.certificationCase.schemeVersion), today));
}

/**
 * The recipient marks an alert as seen. Someone else's alert looks like no alert (NOT_FOUND);
 * acknowledging twice keeps the first time (a double click is harmless).
 */
export async function acknowledgeAlert(ctx: AlertContext, alertId: string): Promise<StaffAlertType> {
  const viewer = authorizeViewer(ctx.viewer, Operation.READ_OWN_ALERTS);
  const em = ctx.em.fork();
  const alert = isId(alertId) ? await em.findOne(StaffAlert, { id: alertId, recipient: viewer.userId }, { populate: POPULATE }) : null;
  if (!alert) throw new AppError(ErrorCode.NOT_FOUND, 'No such alert');
  const now = ctx.clock.now();
  if (!alert.acknowledgedAt) {
    alert.acknowledgedAt = now;
    await em.flush();
  }
  const c = alert.certificationCase;
  return toAlertView(alert, schemeFor(c.schemeId, c.schemeVersion), chinaDate(now));
}
