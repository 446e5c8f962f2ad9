import type { Label, Scheme } from './types.js';

/**
 * Finer causes than the nine §8.5.1 reason codes: they set a suspension's maximum length
 * (§8.5.1.1). A suspension records both its reason code and its cause.
 */
export interface SuspensionCause extends Label {
  code: string;
  clause: string;
  maxMonths: number;
  /** The §8.5.1 reason codes the cause normally goes with; empty when any may apply. */
  usualReasonCodes: string[];
}

/** How a case ends without a certificate; compare the case statuses REFUSED, TERMINATED, WITHDRAWN. */
export type CaseEnding = 'REFUSED' | 'TERMINATED' | 'WITHDRAWN';

/** Why a certification case ended without a certificate, stored as the case's end reason code. */
export interface TerminationReason extends Label {
  code: string;
  /** Clause of the source, or null where the source is silent (withdrawal). */
  clause: string | null;
  ends: CaseEnding;
}

/** Latest end of a suspension with this cause, in months from the suspension notice. */
export function suspensionMaxMonths(scheme: Scheme, causeCode: string): number {
  const cause = scheme.suspensionCauses.find((c) => c.code === causeCode);
  if (!cause) throw new Error(`unknown suspension cause ${causeCode} in ${scheme.id}@${scheme.version}`);
  return cause.maxMonths;
}
