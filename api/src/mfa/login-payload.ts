import { toViewer } from '../auth/resolver.js';
import type { LoginPayload } from '../auth/types.js';
import type { Clock } from '../clock.js';
import type { Context } from '../context.js';
import { mfaSettings } from './mfa-settings.js';
import type { SignInDeps, SignInResult } from './sign-in.js';

/** An API built without MFA settings requires MFA for staff (the safe default). */
const FALLBACK = mfaSettings();

export function signInDeps(ctx: Context): SignInDeps {
  return { em: ctx.em, clock: ctx.clock, sessionPolicy: ctx.sessionPolicy, mfa: ctx.mfa ?? FALLBACK, client: ctx.client };
}

/** Either step's result as the GraphQL answer. */
export function loginPayload(result: SignInResult, clock: Clock): LoginPayload {
  if (result.kind === 'MFA_CHALLENGE') {
    return { token: null, expiresAt: null, expiresInSeconds: null, viewer: null, mfaRequired: true, mfaChallenge: result.challenge, mfaChallengeExpiresAt: result.expiresAt };
  }
  const expiresInSeconds = Math.max(0, Math.floor((result.expiresAt.getTime() - clock.now().getTime()) / 1000));
  return {
    token: result.token, expiresAt: result.expiresAt, expiresInSeconds, viewer: toViewer(result.user, result.user.organisation, result.mfaEnrolmentOnly),
    mfaRequired: false, mfaChallenge: null, mfaChallengeExpiresAt: null,
  };
}
