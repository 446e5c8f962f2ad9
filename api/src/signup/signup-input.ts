import { z } from 'zod';
import { AppError, ErrorCode } from '../errors.js';
import { creditCodeProblem, normalizeCreditCode } from './credit-code.js';

export interface ClaimInput {
  nameZh: string;
  nameEn?: string | null;
  creditCode: string;
  addressZh: string;
  addressEn?: string | null;
  businessScope: string;
}

export interface SignUpInput {
  email: string;
  displayName: string;
  claim: ClaimInput;
}

/** One refused field; `code` lets forms word it (REQUIRED, TOO_LONG, INVALID_EMAIL, or a credit-code problem). */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

const EMAIL = z.email().max(254);

/** The address as accounts store it (trimmed, lower case), or null when it is not one. */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return EMAIL.safeParse(email).success ? email : null;
}

/**
 * Checks every field at once, so a form can show each error beside its field. Throws
 * BAD_USER_INPUT with `extensions.field` (the first) and `extensions.problems` (all).
 */
export function parseSignUp(input: SignUpInput): SignUpInput & { claim: { [K in keyof ClaimInput]-?: string } } {
  const problems: FieldProblem[] = [];
  const text = (field: string, raw: string | null | undefined, max: number, required: boolean): string => {
    const value = (raw ?? '').trim();
    if (required && value === '') problems.push({ field, code: 'REQUIRED', message: `${field} is required` });
    else if ([...value].length > max) problems.push({ field, code: 'TOO_LONG', message: `${field} is longer than ${max} characters` });
    return value;
  };
  const email = normalizeEmail(input.email);
  if (!email) problems.push({ field: 'email', code: 'INVALID_EMAIL', message: 'Not an e-mail address' });
  const displayName = text('displayName', input.displayName, 100, true);
  const c = input.claim;
  const claim = {
    nameZh: text('claim.nameZh', c.nameZh, 200, true),
    nameEn: text('claim.nameEn', c.nameEn, 200, false),
    creditCode: normalizeCreditCode(c.creditCode ?? ''),
    addressZh: text('claim.addressZh', c.addressZh, 255, true),
    addressEn: text('claim.addressEn', c.addressEn, 255, false),
    businessScope: text('claim.businessScope', c.businessScope, 2000, true),
  };
  if (claim.creditCode === '') problems.push({ field: 'claim.creditCode', code: 'REQUIRED', message: 'claim.creditCode is required' });
  else {
    const problem = creditCodeProblem(claim.creditCode);
    if (problem) problems.push({ field: 'claim.creditCode', code: `CREDIT_CODE_${problem}`, message: `Not a unified social credit code (GB 32100-2015): ${problem}` });
  }
  if (problems.length > 0) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join('; '), { field: problems[0]!.field, problems });
  }
  return { email: email!, displayName, claim };
}
