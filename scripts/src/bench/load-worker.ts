/**
 * The load generator, in its own process so that it does not share the measured server's event
 * loop. Reads its job as JSON from argv, runs autocannon, prints the result as JSON.
 *
 * Job: { url, connections, durationSeconds, kind: 'graphql' | 'bare', numbers }
 */
import autocannon from 'autocannon';

interface Job {
  url: string;
  connections: number;
  durationSeconds: number;
  kind: 'graphql' | 'bare';
  numbers: string[];
}

const job = JSON.parse(process.argv[2]!) as Job;
const pick = () => job.numbers[Math.floor(Math.random() * job.numbers.length)]!;
const QUERY = `query($number: String!) { certificate(number: $number) { number status expiresOn applicant { nameZh } models { designation grade } } }`;

const result = await autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.durationSeconds,
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
