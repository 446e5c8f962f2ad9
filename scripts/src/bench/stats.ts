/** Percentiles of a sample (nearest rank), in the sample's unit. */
export function percentiles(values: number[]): { p50: number; p95: number; p99: number; max: number } {
  if (values.length === 0) return { p50: NaN, p95: NaN, p99: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
  return { p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1)! };
}

/** Milliseconds since `start` (process.hrtime.bigint()). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
