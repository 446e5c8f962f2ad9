import type { EntityManager } from '@mikro-orm/postgresql';
import { loadPublicCertificates } from '@cqc/registry';
import type { Clock } from '../clock.js';
import { recordPayload, type RecordPayload } from './record.js';
import type { SigningKey } from './signing-key.js';
import { signPayload, type SignedRecord } from './verify.js';

/**
 * The signed public record of one certificate, or null when the number is unknown. Built from
 * PostgreSQL with the registry's own read-model builder, not from the search index: a signature
 * attests the state at its signing time, which the index may trail by the projector's lag.
 */
export async function signedCertificateRecord(
  em: EntityManager,
  number: string,
  key: SigningKey,
  clock: Clock,
): Promise<SignedRecord<RecordPayload> | null> {
  const [certificate] = await loadPublicCertificates(em, [number]);
  if (!certificate) return null;
  return signPayload(recordPayload(certificate, key.keyId, clock.now()), key.privateKey);
}
