import type { ImportBatch } from './import-types.js';
import { demoCertificates } from './demo/certificates.js';
import { factories, labs, organisations, users } from './demo/parties.js';

/**
 * The demonstration batch: seven fictional breaker makers (their distinctive name fragments are
 * listed at DEMO_NAME_FRAGMENTS), their factories, a fictional lab and market regulator, the real
 * certification body, one account per role, and 54 certificates whose histories cover every
 * status as of DEMO_REFERENCE_DATE. Deterministic: the same batch on every call.
 */
export function demoBatch(): ImportBatch {
  return structuredClone({
    demo: true,
    organisations,
    factories,
    labs,
    users,
    certificates: demoCertificates(),
  });
}

export { DEMO_PASSWORD, DEMO_EMAIL_DOMAIN, DEMO_NAME_FRAGMENTS } from './demo/parties.js';
export { DEMO_REFERENCE_DATE, SUSPENSION_CAUSE_MAX_MONTHS } from './demo/certificates.js';
export { PREFERRED_CURRENTS, ACB_FRAME_CURRENTS, MCCB_FRAME_CURRENTS } from './demo/products.js';
