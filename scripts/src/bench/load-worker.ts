/**
 * The load generator, in its own process so that it does not share the measured server's event
 * loop. Reads its job as JSON from the file named in argv (a number list at 1M is too long for
 * an argument), runs autocannon — first `warmupSeconds` unrecorded, then the measured run — and
 * prints the measured result as JSON.
 *
 * Job: { url, connections, durationSeconds, warmupSeconds, kind: 'graphql' | 'bare', numbers, distribution }
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { picker, type Distribution } from './distribution.js';

interface Job {
  url: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  kind: 'graphql' | 'bare';
  numbers: string[];
  distribution: Distribution;
}

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Job;
const pick = picker(job.numbers, job.distribution);
const QUERY = `query($number: String!) { certificate(number: $number) { number status expiresOn applicant { nameZh } models { designation grade } } }`;

const run = (duration: number) =>
  autocannon({
    url: job.url,
    connections: job.connections,
    duration,
    requests: [
      job.kind === 'graphql'
        ? {
            method: 'POST',
            path: '/graphql',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: QUERY, variables: { number: pick() } }) }),
          }
        : { method: 'GET', setupRequest: (request) => ({ ...request, path: `/certificate?number=${pick()}` }) },
    ],
  });

if (job.warmupSeconds > 0) await run(job.warmupSeconds);
const result = await run(job.durationSeconds);
process.stdout.write(JSON.stringify({
  requestsPerSecond: result.requests.average,
  total: result.requests.total,
  p50: result.latency.p50,
  p95: percentile95(result.latency),
  p99: result.latency.p99,
  errors: result.errors + result.timeouts,
  non2xx: result.non2xx,
}));

/** autocannon's histogram lists p90 and p97.5, not p95: interpolated between them. */
function percentile95(h: autocannon.Histogram): number {
  return h.p90 + ((h.p97_5 - h.p90) * (95 - 90)) / (97.5 - 90);
}
