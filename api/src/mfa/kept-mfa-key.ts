import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMfaKey, parseMfaKey, type MfaKey } from './secret-box.js';

/**
 * The key that encrypts TOTP secrets: MFA_SECRET_KEY when configured; otherwise one made on first
 * start and kept in the data folder (mode 600), like the signing key. Losing it makes every
 * enrolled secret unreadable (users then sign in with a recovery code and enrol again), so it is
 * backed up with the data folder, never with the database alone.
 */
export function keptMfaKey(configured: string | undefined, dataDir: string): MfaKey {
  if (configured) return parseMfaKey(configured);
  const file = join(dataDir, 'mfa-secret-key');
  if (existsSync(file)) return parseMfaKey(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const key = generateMfaKey();
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}
