import type { User } from '@cqc/db';
import { issueResetToken, resetLink, type PasswordResetDeps } from '../password-reset/request-reset.js';
import type { AdminContext } from '../admin/admin-write.js';
import { setPasswordMail } from './set-password-mail.js';

/**
 * Issues a password-reset token for the account (the reset flow's own function: single use, 30
 * minutes, at most 3 an hour, audited) and mails it as a set-password link. Sent in the
 * background like a reset mail, after the account is committed; false when nothing could be sent
 * (no mail transport, or the hourly cap reached).
 */
export async function sendSetPasswordLink(ctx: AdminContext & { passwordReset?: PasswordResetDeps }, user: User): Promise<boolean> {
  const deps = ctx.passwordReset;
  if (!deps?.transport) {
    console.warn('[api] a staff account needs a set-password mail, but this API has no mail transport: nothing is sent');
    return false;
  }
  const transport = deps.transport;
  const now = ctx.clock.now();
  const issued = await ctx.em.fork().transactional((tx) => issueResetToken(tx, user.email, now));
  if (!issued) return false;
  deps.background.run('set-password mail', () => transport.send(setPasswordMail(issued.email, user.displayName, resetLink(deps.publicWebUrl, issued.token))));
  return true;
}
