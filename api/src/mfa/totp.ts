import { Secret, TOTP } from 'otpauth';

/**
 * RFC 6238 TOTP as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. A code of
 * the step before or after the current one is accepted too (clock drift between phone and
 * server). Pure: the caller passes the time (the platform clock, so tests move a fake one).
 */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted on either side of the current one. */
export const TOTP_WINDOW = 1;
/** The issuer authenticator apps show next to the account. */
export const TOTP_ISSUER = 'CQC 节能认证';

/** 160 random bits, the size RFC 4226 recommends for SHA-1; base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, account: string): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER, label: account, algorithm: 'SHA1', digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** The otpauth:// URI an authenticator app scans. */
export function otpauthUri(secretBase32: string, account: string): string {
  return totp(secretBase32, account).toString();
}

/** The code for a moment (tests, and nothing else, need to make codes). */
export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32, '').generate({ timestamp: at.getTime() });
}

/** The time step a moment falls in. */
export function timeStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The time step the code belongs to, or null when it matches none in the window around `at`. */
export function matchTotp(secretBase32: string, code: string, at: Date): number | null {
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return null;
  const delta = totp(secretBase32, '').validate({ token: code, timestamp: at.getTime(), window: TOTP_WINDOW });
  return delta === null ? null : timeStep(at) + delta;
}
