import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { normalizePassword } from './password-rules.js';

/**
 * argon2id with OWASP's recommended minimum (19 MiB memory, 2 iterations, parallelism 1).
 */
// algorithm 2 is Argon2id (the package exports a const enum, which isolatedModules cannot inline).
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Both sides normalise (NFKC, password-rules.ts): a password set on one device verifies from another. */
export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password), OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, normalizePassword(password));
  } catch {
    return false;
  }
}

/**
 * A valid hash of an unguessable password, verified when the e-mail is unknown so that a
 * login attempt takes the same time whether or not the account exists.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  return decoy;
}
