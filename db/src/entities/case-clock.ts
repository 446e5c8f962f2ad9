import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CertificationCase } from './certification-case.js';
import { ClockOutcome } from './enums.js';

/** A stretch of time during which a clock did not run (time with the applicant, fee payment). */
export interface ClockPause {
  from: string;
  to: string | null;
  reason: string;
}

/**
 * One time limit of the rule running for a case (a scheme time-limit key such as
 * `DOCUMENT_REVIEW`). The due date is derived from the start, the limit and the pauses on the
 * working-day calendar; `dueOn` stores the latest derivation for inboxes and sweeps.
 */
@Entity({ tableName: 'case_clock' })
@Unique({ properties: ['certificationCase', 'key', 'round'] })
@Index({ properties: ['dueOn'] })
export class CaseClock extends BaseEntity {
  @ManyToOne({ entity: () => CertificationCase })
  certificationCase!: Rel<CertificationCase>;

  @Property({ type: 'string' })
  key!: string;

  /** 1 for the first run of this limit in the case, 2 after a resubmission, … */
  @Property({ type: 'integer' })
  round!: number;

  @Property({ type: 'date' })
  startedOn!: string;

  @Property({ type: 'json' })
  pauses: Opt<ClockPause[]> = [];

  /** null while paused (no due date can be known). */
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Property({ type: 'date', nullable: true })
  stoppedOn?: string | null;

  @Enum({ items: () => ClockOutcome, nativeEnumName: 'clock_outcome', nullable: true })
  outcome?: ClockOutcome | null;

  /**
   * This clock's own limit, in the scheme limit's unit, when the case sets a longer one than the
   * scheme's (§4.2.3: the longest key-component test governs the type test); null: the scheme's.
   */
  @Property({ type: 'integer', nullable: true })
  limitAmount?: number | null;
}
