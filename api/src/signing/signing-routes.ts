import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import { ErrorCode } from '../errors.js';
import { RouteError, sendError } from '../documents/http-errors.js';
import { signedCertificateRecord } from './sign-record.js';
import { SIGNING_ALGORITHM, publicKeyPem, rawPublicKey, type SigningKey } from './signing-key.js';
import { RECORD_SCHEMA } from './record.js';

export interface SigningRouteDependencies {
  orm: MikroORM;
  clock: Clock;
  signingKey: SigningKey;
}

const HOW_TO_VERIFY = [
  'The signature is Ed25519 (RFC 8032) over the RFC 8785 (JCS) canonical JSON of `payload`, as UTF-8 bytes.',
  'Check that `keyId` equals this key\'s keyId, canonicalise `payload`, and verify `signature` (base64url) with this public key.',
  'Offline: `npx tsx scripts/src/verify-record.ts record.json signing-key.json` exits 0 when the record verifies.',
  'payload.statusFinality: ACTIVE (VALID), REVERSIBLE (SUSPENDED, EXPIRED), FINAL (REVOKED, CANCELLED).',
].join(' ');

/** Anonymous routes under /registry: the published public key, and signed certificate records. */
export function signingRouter(deps: SigningRouteDependencies): Router {
  const router = Router();
  const publicKey = {
    keyId: deps.signingKey.keyId,
    algorithm: SIGNING_ALGORITHM,
    publicKey: rawPublicKey(deps.signingKey.publicKey),
    publicKeyPem: publicKeyPem(deps.signingKey.publicKey),
    recordSchema: RECORD_SCHEMA,
    howToVerify: HOW_TO_VERIFY,
  };

  router.get('/signing-key', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(publicKey);
  });

  router.get('/certificates/:number/signed', async (req, res) => {
    try {
      const number = req.params.number.trim().toUpperCase();
      const record = await signedCertificateRecord(deps.orm.em.fork(), number, deps.signingKey, deps.clock);
      if (!record) throw new RouteError(ErrorCode.NOT_FOUND, `No certificate ${number}`);
      // Each response is signed at its own time: never served from a cache as current.
      res.set('Cache-Control', 'no-store').json(record);
    } catch (error) {
      sendError(req, res, error);
    }
  });

  return router;
}
