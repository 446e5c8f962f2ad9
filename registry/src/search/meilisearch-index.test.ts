import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { describe } from 'vitest';
import { describeCertificateIndexContract } from './contract.js';
import { MeilisearchCertificateIndex } from './meilisearch-index.js';

const url = process.env.MEILI_URL;
const apiKey = process.env.MEILI_MASTER_KEY;

// No Meilisearch server can be installed on the development and CI machines (STACK.md rule 6).
describe.skipIf(!url)('Meilisearch adapter (skipped: set MEILI_URL to a Meilisearch server to run)', () => {
  describeCertificateIndexContract('Meilisearch', async () => {
    const uid = `contract_${randomBytes(4).toString('hex')}`;
    return {
      index: new MeilisearchCertificateIndex({ url: url!, apiKey, uid }),
      async cleanup() {
        const client = new Meilisearch({ host: url!, apiKey });
        const { results } = await client.getIndexes({ limit: 1000 });
        for (const index of results.filter((i) => i.uid === uid || i.uid.startsWith(`${uid}__build_`))) {
          await client.deleteIndex(index.uid).waitTask();
        }
      },
    };
  });
});
