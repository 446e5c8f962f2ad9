/**
 * Verifies a saved signed certificate record against a saved public key, offline:
 *
 *   npx tsx scripts/src/verify-record.ts record.json signing-key.json
 *
 * record.json is the body of GET /registry/certificates/:number/signed; the key file is the body
 * of GET /registry/signing-key, an SPKI PEM, or the raw key in base64url. Exit code 0: the record
 * is intact and signed by that key; 1: it is not (or a file cannot be read); 2: wrong usage.
 */
import { readFileSync } from 'node:fs';
import { verifySignedRecord } from '@cqc/api/signing';

function publicKeyFromFile(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  const published = JSON.parse(trimmed) as { publicKeyPem?: unknown; publicKey?: unknown };
  const key = published.publicKeyPem ?? published.publicKey;
  if (typeof key !== 'string') throw new Error('the key file has neither publicKeyPem nor publicKey');
  return key;
}

function main(args: string[]): number {
  if (args.length !== 2) {
    console.log('usage: verify-record <signed-record.json> <public-key file: signing-key.json, PEM or raw base64url>');
    return 2;
  }
  let record: unknown;
  let key: string;
  try {
    record = JSON.parse(readFileSync(args[0]!, 'utf8'));
    key = publicKeyFromFile(readFileSync(args[1]!, 'utf8'));
  } catch (error) {
    console.log(`NOT VERIFIED: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const result = verifySignedRecord(record, key);
  if (!result.valid) {
    console.log(`NOT VERIFIED: ${result.reason}`);
    return 1;
  }
  const p = (record as { payload: Record<string, unknown> }).payload;
  console.log(`VERIFIED: ${String(p.number)} ${String(p.status)} (${String(p.statusFinality)}), signed ${String(p.issuedAt)} with ${result.keyId}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
