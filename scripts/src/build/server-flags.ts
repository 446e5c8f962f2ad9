/**
 * How Node runs the platform's server: `pnpm serve` (package.json, which cannot import this, so
 * bundle-server.test.ts checks the two agree) and the bench's measured API alike.
 *
 * `--max-old-space-size` bounds V8's old generation and with it how much garbage V8 lets pile up
 * before a full collection. Unbounded, V8 sizes the limit from the machine's memory (~4 GB on a
 * 24 GB machine) and grows the heap up to 4× the live data between collections; under 1 GB it
 * grows it ~1.6× (decision 0016). The API's live heap is ~100–200 MB, so the bound is not what
 * it needs but what keeps its resident memory near what it holds.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--enable-source-maps', '--max-old-space-size=1024'];
