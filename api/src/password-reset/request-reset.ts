import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AuditEvent, PasswordResetToken, User } from '@cqc/db';
import { z } from 'zod';
import { hashToken, newToken } from '../auth/token.js';
import { AppError, ErrorCode } from '../errors.js';
import type { MailTransport } from '../mail/mail-transport.js';
import type { BackgroundWork } from './background-work.js';
import { RESET_LIMITS } from './reset-limits.js';
import { resetMail } from './reset-mail.js';

export interface PasswordResetDeps {
  /** Null when the API was built without mail (GraphQL-only test apps): requests then send nothing. */
  transport: MailTransport | null;
  /** The web app's address as the public reaches it: the link in the mail points there. */
  publicWebUrl: string;
  background: BackgroundWork;
}

const EMAIL = z.email().max(254);
const HOUR_MS = 3_600_000;

/** The address as accounts store it (trimmed, lower case); BAD_USER_INPUT unless it is one. */
export function parseResetEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.safeParse(email).success) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Not an e-mail address', { field: 'email' });
  return email;
}

/**
 * Starts a reset for the address and returns at once, before anything is looked up: the caller
 * learns nothing, not even from the time taken, about whether the address has an account.
 */
export function requestPasswordReset(deps: PasswordResetDeps, orm: MikroORM, email: string, now: Date): void {
  if (!deps.transport) {
    console.warn('[api] password reset requested, but this API has no mail transport: nothing is sent');
    return;
  }
  const transport = deps.transport;
  deps.background.run('password reset mail', async () => {
    const issued = await orm.em.fork().transactional((tx) => issueResetToken(tx, email, now));
    if (issued) await transport.send(resetMail(issued.email, resetLink(deps.publicWebUrl, issued.token)));
  });
}

/** The web page where a reset token sets a password (also the link of a new staff account's first mail). */
export function resetLink(publicWebUrl: string, token: string): string {
  return `${publicWebUrl.replace(/\/+$/, '')}/reset-password/${token}`;
}

/**
 * For an active account: a new single-use token (only its hash is stored), the account's older
 * links ended, and an audit event, in the caller's transaction. Null, with nothing written, for
 * an unknown or inactive address, or when the account had its mails for this hour.
 */
export async function issueResetToken(tx: EntityManager, email: string, now: Date): Promise<{ email: string; token: string } | null> {
  const user = await tx.findOne(User, { email, active: true });
  if (!user) return null;
  // One request at a time per account, so the hourly cap holds under concurrent requests.
  await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`cqc.password-reset:${user.id}`]);
  const recent = await tx.count(PasswordResetToken, { user, createdAt: { $gt: new Date(now.getTime() - HOUR_MS) } });
  if (recent >= RESET_LIMITS.mailsPerHour) return null;

  await endOpenLinks(tx, user.id, now);
  const token = newToken();
  const row = tx.create(PasswordResetToken, {
    user, tokenHash: hashToken(token), createdAt: now, expiresAt: new Date(now.getTime() + RESET_LIMITS.tokenMinutes * 60_000), usedAt: null,
  });
  tx.create(AuditEvent, {
    occurredAt: now, actorId: null, actorRole: 'ANONYMOUS', action: 'password-reset.requested',
    aggregateType: 'user', aggregateId: user.id, fromState: null, toState: null, payload: { tokenId: row.id, expiresAt: row.expiresAt.toISOString() },
  });
  await tx.flush();
  return { email: user.email, token };
}

/** Links still open for the user stop working now (a newer link, or a password just set, replaces them). */
export async function endOpenLinks(tx: EntityManager, userId: string, now: Date): Promise<number> {
  return tx.nativeUpdate(PasswordResetToken, { user: userId, usedAt: null, expiresAt: { $gt: now } }, { expiresAt: now });
}
