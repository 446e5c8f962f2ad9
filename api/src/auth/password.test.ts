import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('uses argon2id with at least OWASP\'s parameters (19 MiB, 2 passes, 1 lane) and a random salt', async () => {
    const [first, second] = await Promise.all([hashPassword('the same passphrase'), hashPassword('the same passphrase')]);
    const params = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(first);
    expect(params, first).not.toBeNull();
    const [m, t, p] = params!.slice(1).map(Number) as [number, number, number];
    expect(m).toBeGreaterThanOrEqual(19_456);
    expect(t).toBeGreaterThanOrEqual(2);
    expect(p).toBeGreaterThanOrEqual(1);
    expect(second).not.toBe(first);
  });

  it('normalises with NFKC on both sides: the full-width or decomposed form of a password verifies', async () => {
    const hash = await hashPassword('Café passphrase 2026');
    expect(await verifyPassword(hash, 'Cafe\u0301 passphrase 2026')).toBe(true);
    expect(await verifyPassword(hash, 'Ｃａｆé　ｐａｓｓｐｈｒａｓｅ　２０２６')).toBe(true);
    expect(await verifyPassword(hash, 'cafe passphrase 2026')).toBe(false);
  });
});
