import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode, normalizeCreditCode } from './credit-code.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts the example of the standard and codes whose check character is 0 or Y (31 − 0 maps to 0)', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(creditCodeCheckCharacter('91110108000000008')).toBe('0');
    expect(isValidCreditCode('911101080000000080')).toBe(true);
    expect(isValidCreditCode('91110108000000027Y')).toBe(true);
    expect(creditCodeCheckCharacter('9111010800000000')).toBeNull();
  });

  it('refuses every single-character change of a valid code (the check character catches it)', () => {
    const valid = '91350100M000100Y43';
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    let tried = 0;
    for (let i = 0; i < 18; i++) {
      for (const c of alphabet) {
        if (c === valid[i]) continue;
        const changed = valid.slice(0, i) + c + valid.slice(i + 1);
        if (i >= 2 && i < 8 && !/\d/.test(c)) continue;
        expect(creditCodeProblem(changed), changed).toBe('CHECK_CHARACTER');
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(400);
  });

  it('says what is wrong: length, a character outside the alphabet (I, O, Z, S, V), the division digits', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('LENGTH');
    expect(creditCodeProblem('91350100M000100Y433')).toBe('LENGTH');
    expect(creditCodeProblem('')).toBe('LENGTH');
    for (const letter of ['I', 'O', 'Z', 'S', 'V', 'a', '-']) expect(creditCodeProblem(`91350100M000100${letter}43`), letter).toBe('CHARACTER');
    expect(creditCodeProblem('9135010AM000100Y43')).toBe('DIVISION');
  });

  it('normalises what people paste: spaces removed, upper case', () => {
    expect(normalizeCreditCode(' 9135 0100 m000 100y43 ')).toBe('91350100M000100Y43');
    expect(isValidCreditCode(normalizeCreditCode('91350100m000100y43'))).toBe(true);
  });
});
