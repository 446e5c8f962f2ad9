/**
 * Which certificate numbers a load run asks for. Both sides of the comparison (GraphQL and the
 * bare lookup) draw from the same distribution in the same worker code:
 * - `zipf`: every number in the registry, in a random order, the k-th asked with weight 1/k
 *   (s = 1): a hot set (at 100k, the top 1% of numbers draw about 60% of requests) and a long
 *   cold tail, as public verification traffic has;
 * - `uniform`: every number of a random sample equally often (the first wave's figure).
 */
export type Distribution = 'zipf' | 'uniform';

export const DISTRIBUTIONS: readonly Distribution[] = ['zipf', 'uniform'];

/** A picker over `numbers` (already in random order); `random` returns [0, 1). */
export function picker(numbers: readonly string[], distribution: Distribution, random: () => number = Math.random): () => string {
  if (numbers.length === 0) throw new Error('no numbers to pick from');
  if (distribution === 'uniform') return () => numbers[Math.floor(random() * numbers.length)]!;
  const cdf = new Float64Array(numbers.length);
  let sum = 0;
  for (let k = 0; k < numbers.length; k++) cdf[k] = sum += 1 / (k + 1);
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = numbers.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return numbers[lo]!;
  };
}

export function parseDistributions(spec: string): Distribution[] {
  const names = spec.split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of names) if (!DISTRIBUTIONS.includes(name as Distribution)) throw new Error(`unknown distribution ${name} (known: ${DISTRIBUTIONS.join(', ')})`);
  return names as Distribution[];
}
