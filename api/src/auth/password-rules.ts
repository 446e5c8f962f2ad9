import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The rules for a new password (OWASP Authentication Cheat Sheet; NIST SP 800-63B-4 §3.1.1.2),
 * applied wherever the API sets a password. Existing hashes (seed data, imports) are not
 * re-judged: the rules speak about choosing a password, not about signing in with one.
 *
 * - Length is counted in Unicode code points of the normalised password: at least 15 when the
 *   password is the account's only factor, 8 once TOTP MFA is on (api/src/mfa/has-mfa.ts tells
 *   the callers which); at most 128, so that hashing cost is bounded.
 * - Every character is allowed, spaces and any script included; there are no composition rules
 *   (no "one digit, one symbol"), which NIST forbids because they make passwords more predictable.
 * - Refused: passwords on a list of common and breached ones, one short unit repeated (aaaa…,
 *   abcabc…), and passwords containing the local part of the account's e-mail address.
 */
export const PASSWORD_MIN_LENGTH_SINGLE_FACTOR = 15;
export const PASSWORD_MIN_LENGTH_WITH_MFA = 8;
export const PASSWORD_MAX_LENGTH = 128;

export enum PasswordProblem {
  TOO_SHORT = 'TOO_SHORT',
  TOO_LONG = 'TOO_LONG',
  COMMON = 'COMMON',
  REPETITIVE = 'REPETITIVE',
  CONTAINS_EMAIL = 'CONTAINS_EMAIL',
}

export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
}

export function passwordPolicy(options: { mfa: boolean }): PasswordPolicy {
  return { minLength: options.mfa ? PASSWORD_MIN_LENGTH_WITH_MFA : PASSWORD_MIN_LENGTH_SINGLE_FACTOR, maxLength: PASSWORD_MAX_LENGTH };
}

/**
 * NFKC, as NIST recommends for Unicode passwords, at every place a password is hashed or
 * verified (auth/password.ts), so that the same characters typed on another device or input
 * method (full-width Ａ from a Chinese IME, a precomposed é against e + combining accent) still
 * match. Applying it only on one side would lock people out, so it lives in one function.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFKC');
}

/** zxcvbn-ts's list of the most common passwords from public breaches (about 49,000, lower case). */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

/** Units this short repeated over the whole password carry almost no entropy. */
const MAX_REPEATED_UNIT = 4;
/** A local part this short ("li", "wu") would forbid too many ordinary passwords. */
const MIN_EMAIL_PART = 3;

/** Every rule the password breaks (an empty list: it may be set). */
export function checkPassword(password: string, context: { email: string }, policy: PasswordPolicy = passwordPolicy({ mfa: false })): PasswordProblem[] {
  const normalized = normalizePassword(password);
  const length = [...normalized].length;
  const problems: PasswordProblem[] = [];
  if (length < policy.minLength) problems.push(PasswordProblem.TOO_SHORT);
  if (length > policy.maxLength) problems.push(PasswordProblem.TOO_LONG);
  const lower = normalized.toLowerCase();
  if (commonPasswords().has(lower) || isCommonRepeated(lower)) problems.push(PasswordProblem.COMMON);
  else if (isShortUnitRepeated(lower)) problems.push(PasswordProblem.REPETITIVE);
  const localPart = normalizePassword(context.email.trim()).toLowerCase().split('@')[0] ?? '';
  if ([...localPart].length >= MIN_EMAIL_PART && lower.includes(localPart)) problems.push(PasswordProblem.CONTAINS_EMAIL);
  return problems;
}

function isShortUnitRepeated(lower: string): boolean {
  const chars = [...lower];
  for (let unit = 1; unit <= MAX_REPEATED_UNIT && unit * 2 <= chars.length; unit++) {
    if (chars.length % unit === 0 && chars.every((c, i) => c === chars[i % unit])) return true;
  }
  return false;
}

/** "passwordpassword", "dragondragondragon": a common password said again is still a common password. */
function isCommonRepeated(lower: string): boolean {
  const chars = [...lower];
  for (let times = 2; times <= chars.length; times++) {
    if (chars.length % times !== 0) continue;
    const unit = chars.slice(0, chars.length / times).join('');
    if (unit.repeat(times) === lower && commonPasswords().has(unit)) return true;
  }
  return false;
}
