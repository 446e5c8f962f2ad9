import { describe, expect, it } from 'vitest';
import { PasswordProblem, checkPassword, normalizePassword, passwordPolicy } from './password-rules.js';

const EMAIL = { email: 'zhang.wei@example.test' };

describe('password rules (OWASP / NIST SP 800-63B-4)', () => {
  it('accept a long passphrase with spaces, any script and no composition', () => {
    expect(checkPassword('correct horse battery staple', EMAIL)).toEqual([]);
    expect(checkPassword('断路器节能认证的密码很长很长很长', EMAIL)).toEqual([]);
    expect(checkPassword('all lower case and no digits', EMAIL)).toEqual([]);
  });

  it('count Unicode code points, not UTF-16 units: 15 at least for a password-only account', () => {
    expect(passwordPolicy({ mfa: false }).minLength).toBe(15);
    expect(checkPassword('fourteen chars', EMAIL)).toEqual([PasswordProblem.TOO_SHORT]);
    expect(checkPassword('fifteen chars!!', EMAIL)).toEqual([]);
    // 😀 is two UTF-16 units but one character: 14 emoji are 28 units, still too short.
    expect(checkPassword('😀🙂😃😄😁😆😅🤣😂🙃😉😊😇🥰', EMAIL)).toEqual([PasswordProblem.TOO_SHORT]);
    expect(checkPassword('😀🙂😃😄😁😆😅🤣😂🙃😉😊😇🥰😍', EMAIL)).toEqual([]);
  });

  it('allow 8 characters once a second factor exists (parametrised, unused until MFA)', () => {
    const mfa = passwordPolicy({ mfa: true });
    expect(mfa.minLength).toBe(8);
    expect(checkPassword('tulip-73', EMAIL, mfa)).toEqual([]);
    expect(checkPassword('tulip-7', EMAIL, mfa)).toEqual([PasswordProblem.TOO_SHORT]);
  });

  it('refuse more than 128 characters', () => {
    const distinct = (n: number) => Array.from({ length: n }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(checkPassword(distinct(128), EMAIL)).toEqual([]);
    expect(checkPassword(distinct(129), EMAIL)).toEqual([PasswordProblem.TOO_LONG]);
  });

  it('refuse common and breached passwords, whatever their case, and repeated ones', () => {
    expect(checkPassword('1qaz2wsx3edc4rfv', EMAIL)).toEqual([PasswordProblem.COMMON]);
    expect(checkPassword('PasswordPassword', EMAIL)).toEqual([PasswordProblem.COMMON]);
    expect(checkPassword('dragondragondragon', EMAIL)).toEqual([PasswordProblem.COMMON]);
    expect(checkPassword('password', EMAIL)).toEqual([PasswordProblem.TOO_SHORT, PasswordProblem.COMMON]);
  });

  it('refuse one short unit repeated', () => {
    expect(checkPassword('qqqqqqqqqqqqqqqq', EMAIL)).toEqual([PasswordProblem.REPETITIVE]);
    expect(checkPassword('xqzxqzxqzxqzxqzxqz', EMAIL)).toEqual([PasswordProblem.REPETITIVE]);
    expect(checkPassword('哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈', EMAIL)).toEqual([PasswordProblem.REPETITIVE]);
  });

  it('refuse a password containing the e-mail local part, in any case', () => {
    expect(checkPassword('my name is Zhang.Wei, ok?', EMAIL)).toEqual([PasswordProblem.CONTAINS_EMAIL]);
    // A very short local part is not held against the password.
    expect(checkPassword('a long passphrase with li in it', { email: 'li@example.test' })).toEqual([]);
  });

  it('list every problem at once', () => {
    expect(checkPassword('zhang.wei', EMAIL)).toEqual([PasswordProblem.TOO_SHORT, PasswordProblem.CONTAINS_EMAIL]);
  });

  it('normalise with NFKC, so that full-width and composed forms are the same password', () => {
    expect(normalizePassword('Ｐａｓｓ　ｗｏｒｄ')).toBe('Pass word');
    expect(normalizePassword('Cafe\u0301')).toBe('Caf\u00e9');
    // Judged after normalisation: the full-width form of a common password is common too.
    expect(checkPassword('１ｑａｚ２ｗｓｘ３ｅｄｃ４ｒｆｖ', EMAIL)).toEqual([PasswordProblem.COMMON]);
  });
});

describe('the demo logins', () => {
  it('would pass the rules too (they are imported, not set through the API, but should set a good example)', async () => {
    const { DEMO_PASSWORD, demoBatch } = await import('@cqc/db');
    for (const user of demoBatch().users) expect(checkPassword(DEMO_PASSWORD, user), user.email).toEqual([]);
  });
});
