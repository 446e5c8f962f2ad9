/**
 * A small seeded generator (mulberry32): the same seed gives the same data on every machine.
 * Each certificate gets its own stream (seed × index), so a resumed run writes exactly what an
 * uninterrupted one would have.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  static for(seed: number, index: number): Prng {
    // A different odd multiplier per stream keeps neighbouring indexes uncorrelated.
    return new Prng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.next() * (maxInclusive - minInclusive + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** Calendar arithmetic on ISO dates in UTC. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function addYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Row ids: built from the seed, the table, the certificate index and an ordinal within the
 * certificate, so they are unique by construction and the same on every run (a random stream
 * per certificate could repeat one across a million certificates).
 */
export function rowId(seed: number, table: number, index: number, ordinal = 0): string {
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);
  return `${hex(seed >>> 0, 8)}-${hex(table, 4)}-4${hex(ordinal, 3)}-8${hex(Math.floor(index / 2 ** 48), 3)}-${hex(index % 2 ** 48, 12)}`;
}
