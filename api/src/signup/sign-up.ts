import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { AuditEvent, OrganisationClaim, SignUp, User } from '@cqc/db';
import { hashPassword } from '../auth/password.js';
import { checkPassword, passwordPolicy } from '../auth/password-rules.js';
import { hashToken, newToken } from '../auth/token.js';
import { AppError, ErrorCode } from '../errors.js';
import type { PasswordResetDeps } from '../password-reset/request-reset.js';
import { ANONYMOUS, recordAudit } from './audit.js';
import { existingAccountMail, verificationMail, webLink } from './signup-mail.js';
import { parseSignUp, type SignUpInput } from './signup-input.js';
import { SIGNUP_LIMITS } from './signup-limits.js';

const HOUR_MS = 3_600_000;

/** Where mails go and how links start: the password-reset mail setup, shared by every mail a request sends. */
export type MailDeps = PasswordResetDeps;

/**
 * Checks the form (every field, then the password rules: these depend on what was typed only)
 * and returns at once. Whether the address already has an account is decided in the
 * background, so neither the answer nor its timing tells: a new address gets a verification
 * link, an existing account's owner a note that someone tried to register with it.
 */
export function signUp(deps: MailDeps | undefined, orm: MikroORM, raw: SignUpInput & { password: string }, now: Date): void {
  const input = parseSignUp(raw);
  const policy = passwordPolicy({ mfa: false });
  const problems = checkPassword(raw.password, { email: input.email }, policy);
  if (problems.length > 0) {
    throw new AppError(ErrorCode.WEAK_PASSWORD, `The password breaks the password rules: ${problems.join(', ')}`, {
      field: 'password', reasons: problems, minLength: policy.minLength, maxLength: policy.maxLength,
    });
  }
  if (!deps?.transport) {
    console.warn('[api] sign-up received, but this API has no mail transport: nothing is recorded or sent');
    return;
  }
  const transport = deps.transport;
  deps.background.run('sign-up mail', async () => {
    const passwordHash = await hashPassword(raw.password);
    const outcome = await orm.em.fork().transactional((tx) => recordSignUp(tx, input, passwordHash, now));
    if (outcome?.kind === 'NEW') await transport.send(verificationMail(input.email, webLink(deps.publicWebUrl, `/signup/verify/${outcome.token}`)));
    if (outcome?.kind === 'EXISTING') {
      await transport.send(existingAccountMail(input.email, webLink(deps.publicWebUrl, '/login'), webLink(deps.publicWebUrl, '/forgot-password')));
    }
  });
}

type Outcome = { kind: 'NEW'; token: string } | { kind: 'EXISTING' } | null;

/**
 * In the caller's transaction: for a new address, the sign-up with its claim (only the token's
 * hash kept) and an audit event; for an address with an account, only an audit event (the
 * owner is mailed). Null, with nothing written, once the address had its mails for this hour.
 */
export async function recordSignUp(tx: EntityManager, input: ReturnType<typeof parseSignUp>, passwordHash: string, now: Date): Promise<Outcome> {
  // One sign-up at a time per address, so the hourly cap holds under concurrent requests.
  await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`cqc.signup:${input.email}`]);
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  const existing = await tx.findOne(User, { email: input.email });
  if (existing) {
    const notified = await tx.count(AuditEvent, { action: 'signup.existing-account-notified', aggregateId: existing.id, occurredAt: { $gt: hourAgo } });
    if (notified >= SIGNUP_LIMITS.mailsPerHour) return null;
    recordAudit(tx, now, ANONYMOUS, { action: 'signup.existing-account-notified', aggregateType: 'user', aggregateId: existing.id });
    await tx.flush();
    return { kind: 'EXISTING' };
  }
  if ((await tx.count(SignUp, { email: input.email, createdAt: { $gt: hourAgo } })) >= SIGNUP_LIMITS.mailsPerHour) return null;
  const token = newToken();
  const signUp = tx.create(SignUp, {
    email: input.email, displayName: input.displayName, passwordHash, createdAt: now,
    verificationTokenHash: hashToken(token), verificationExpiresAt: new Date(now.getTime() + SIGNUP_LIMITS.verificationHours * HOUR_MS), verifiedAt: null,
  });
  const claim = tx.create(OrganisationClaim, { signUp, createdAt: now, ...input.claim });
  recordAudit(tx, now, ANONYMOUS, {
    action: 'signup.registered', aggregateType: 'organisation-claim', aggregateId: claim.id, toState: 'PENDING',
    payload: { signUpId: signUp.id, creditCode: input.claim.creditCode, expiresAt: signUp.verificationExpiresAt.toISOString() },
  });
  await tx.flush();
  return { kind: 'NEW', token };
}
