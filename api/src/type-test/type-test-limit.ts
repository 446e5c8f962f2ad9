import type { KeyComponentTest, KeyComponentType, Scheme } from '@cqc/db';
import type { ClockState } from '../case/clock-effects.js';

/** The type test's time limit after §4.2.3's key-component rule, in the scheme limit's unit. */
export interface TypeTestLimit {
  /** The scheme's normal limit ("一般为 40 个工作日"). */
  schemeAmount: number;
  /** The limit that governs: the longer of the scheme's and the longest key-component test. */
  amount: number;
  unit: string;
  /** The key component whose test governs; null when the scheme's limit does. */
  governedBy: KeyComponentType | null;
  /** What the TYPE_TEST clock stores as its own limit: null when the scheme's governs. */
  clockAmount: number | null;
}

/**
 * "当整机的关键元器件应进行随机试验时，其试验所需时间超过整机试验时间，型式试验时间按关键元器件最长
 * 的试验时间计算" (§4.2.3). Pure. Only a scheme whose TYPE_TEST limit says it is extended by the
 * longest key-component test is extended; a test exactly as long as the scheme's limit does not
 * govern ("超过": longer than).
 */
export function typeTestLimit(scheme: Scheme, tests: readonly KeyComponentTest[]): TypeTestLimit {
  const limit = scheme.timeLimits.TYPE_TEST;
  const base = { schemeAmount: limit.amount, amount: limit.amount, unit: limit.unit, governedBy: null, clockAmount: null };
  if (limit.extendedByLongest !== 'KEY_COMPONENT_TEST' || tests.length === 0) return base;
  // Key-component tests are given in working days; another unit would need a conversion the source does not give.
  if (limit.unit !== 'WORKING_DAYS') throw new Error(`${scheme.id}: TYPE_TEST is extended by key-component tests but counts ${limit.unit}`);
  const longest = tests.reduce((a, b) => (b.workingDays > a.workingDays ? b : a));
  if (longest.workingDays <= limit.amount) return base;
  return { ...base, amount: longest.workingDays, governedBy: longest.type, clockAmount: longest.workingDays };
}

/** The clocks with the running TYPE_TEST clock set to `limit`; stopped ones keep the limit they ran against. */
export function withTypeTestLimit(clocks: ClockState[], limit: TypeTestLimit): ClockState[] {
  return clocks.map((c) => (c.key === 'TYPE_TEST' && c.stoppedOn === null ? { ...c, limitAmount: limit.clockAmount } : c));
}
