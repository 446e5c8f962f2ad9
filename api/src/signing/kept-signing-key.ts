import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningKey, parseSigningKey, privateKeyPem, type SigningKey } from './signing-key.js';

/**
 * The platform's signing key: SIGNING_KEY when configured; otherwise a key made on first start
 * and kept in the data folder (mode 600), so that signed records stay verifiable with the same
 * published public key across restarts of a local installation.
 */
export function keptSigningKey(configured: string | undefined, dataDir: string): SigningKey {
  if (configured) return parseSigningKey(configured);
  const file = join(dataDir, 'signing-key.pem');
  if (existsSync(file)) return parseSigningKey(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const key = generateSigningKey();
  writeFileSync(file, privateKeyPem(key), { mode: 0o600 });
  return key;
}
