import type { EntityManager } from '@mikro-orm/postgresql';
import { OrganisationClaim, SignUp } from '@cqc/db';
import { hashToken } from '../auth/token.js';
import type { Clock } from '../clock.js';
import { AppError, ErrorCode } from '../errors.js';
import { ANONYMOUS, recordAudit } from './audit.js';

/** A token as it arrives from a link: 43 base64url characters (32 random bytes), or it is not one of ours. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

const invalid = () => new AppError(ErrorCode.INVALID_SIGNUP_TOKEN, 'This verification link is unknown, used or expired: sign up again');

/**
 * Confirms the address of a sign-up with its mailed token (once, within 24 hours on the
 * platform clock); its claim then appears to the administrators. Returns the claimed name.
 */
export async function verifySignUp(ctx: { em: EntityManager; clock: Clock }, token: string): Promise<{ nameZh: string; nameEn: string }> {
  if (!TOKEN_SHAPE.test(token)) throw invalid();
  const now = ctx.clock.now();
  return ctx.em.fork().transactional(async (tx) => {
    const signUp = await tx.findOne(SignUp, { verificationTokenHash: hashToken(token) });
    if (!signUp) throw invalid();
    // The claim is the check that counts: of two requests racing with one token, one wins.
    const claimed = await tx.nativeUpdate(SignUp, { id: signUp.id, verifiedAt: null, verificationExpiresAt: { $gt: now } }, { verifiedAt: now });
    if (claimed !== 1) throw invalid();
    const claim = await tx.findOneOrFail(OrganisationClaim, { signUp });
    recordAudit(tx, now, ANONYMOUS, { action: 'signup.verified', aggregateType: 'organisation-claim', aggregateId: claim.id, payload: { signUpId: signUp.id } });
    return { nameZh: claim.nameZh, nameEn: claim.nameEn };
  });
}
