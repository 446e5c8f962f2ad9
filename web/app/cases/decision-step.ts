import type { RuleFinding } from "../types";

/**
 * Why one step of the evaluation pages (type test, inspection, review and decision) did not
 * happen, shown at the form that asked for it. `code` is the API's error code, or INVALID when
 * the form itself could not be read (then `problem` names what is wrong).
 */
export interface StepFailure {
  step: string;
  code: string;
  message: string;
  clause?: string;
  findings?: RuleFinding[];
  /** A message key of the form's own check, with its variables. */
  problem?: { key: string; vars?: Record<string, string | number> };
}

/** A form's own reading of its fields: the value for the API, or what to fix. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; key: string; vars?: Record<string, string | number> };

export function invalid<T>(key: string, vars?: Record<string, string | number>): Parsed<T> {
  return { ok: false, key, vars };
}
