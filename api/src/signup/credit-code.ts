/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015. No kept npm package does this, so
 * the published algorithm lives here, pure, in one place.
 *
 * 18 characters from the code's alphabet (digits and upper-case letters without I, O, Z, S, V):
 * 1 registration authority, 1 organisation category, 6 administrative-division digits
 * (GB/T 2260), 9 organisation code, and 1 check character. The check character is
 * C18 = 31 − (Σ Ci × Wi mod 31), with Wi = 3^(i−1) mod 31, where 31 maps to 0.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'LENGTH' | 'CHARACTER' | 'DIVISION' | 'CHECK_CHARACTER';

/** The code as stored: spaces removed, upper case (people copy it from licences with spaces and in lower case). */
export function normalizeCreditCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** The check character 17 characters call for; null when they are not 17 characters of the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** What is wrong with a (normalised) code; null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'LENGTH';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'CHARACTER';
  if (!/^\d{6}$/.test(code.slice(2, 8))) return 'DIVISION';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return 'CHECK_CHARACTER';
  return null;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
