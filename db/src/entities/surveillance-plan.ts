import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';
import { Factory } from './factory.js';
import { SurveillanceKind, SurveillanceStatus } from './surveillance-enums.js';
import { User } from './user.js';

/** A witness test seen during the visit (§7.1.3.2). */
export interface WitnessTest {
  modelDesignation: string;
  description: string;
  passed: boolean;
}

/**
 * One surveillance of a certificate at its factory (§7.1): the yearly one (`seq` 0) or an extra
 * visit for a §7.1.1 trigger (`seq` 1, 2 …), with the visit's record once made. The certificate's
 * unit names exactly one factory (§3.1), which is copied here so plans can be listed per site.
 */
@Entity({ tableName: 'surveillance_plan' })
@Unique({ properties: ['certificate', 'year', 'seq'] })
@Index({ properties: ['year', 'status'] })
export class SurveillancePlan extends BaseEntity {
  @ManyToOne({ entity: () => Certificate })
  certificate!: Rel<Certificate>;

  @ManyToOne({ entity: () => Factory })
  factory!: Rel<Factory>;

  @Property({ type: 'integer' })
  year!: number;

  /** 0 for the yearly plan; extra visits of the year count from 1. */
  @Property({ type: 'integer' })
  seq!: number;

  @Enum({ items: () => SurveillanceKind, nativeEnumName: 'surveillance_kind' })
  kind!: SurveillanceKind;

  /** For an extra visit: the §7.1.1 trigger (scheme `surveillanceRules.extraVisitTriggers`). */
  @Property({ type: 'string', nullable: true })
  trigger?: string | null;

  @Property({ type: 'text', nullable: true })
  triggerNote?: string | null;

  /** Last day of the surveillance year for the yearly plan; set by the engineer for an extra visit. */
  @Property({ type: 'date' })
  dueOn!: string;

  @Enum({ items: () => SurveillanceStatus, nativeEnumName: 'surveillance_status' })
  status!: SurveillanceStatus;

  @ManyToOne({ entity: () => User, nullable: true })
  inspector?: Rel<User> | null;

  @Property({ type: 'date', nullable: true })
  plannedOn?: string | null;

  /** §7.1.2: 1, or the CCC visit's person-days + 0.5 when combined with it. */
  @Property({ type: 'double', nullable: true })
  personDays?: number | null;

  /** Person-days of the breaker's CCC surveillance this visit is combined with; null when alone. */
  @Property({ type: 'double', nullable: true })
  cccPersonDays?: number | null;

  @Property({ type: 'date', nullable: true })
  visitedOn?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  recordedBy?: Rel<User> | null;

  /** CQC/F002-2009 items checked at the visit (scheme item ids). */
  @Property({ type: 'text[]' })
  checkedItemIds: Opt<string[]> = [];

  /** Models given the conformity check (§7.1.3.1). */
  @Property({ type: 'text[]' })
  conformityModels: Opt<string[]> = [];

  @Property({ type: 'json' })
  witnessTests: Opt<WitnessTest[]> = [];

  /** The inspection team's conclusion (§7.1.4): true passed, false not passed. */
  @Property({ type: 'boolean', nullable: true })
  visitPassed?: boolean | null;

  @Property({ type: 'text', nullable: true })
  visitNote?: string | null;

  /** VISIT_FAILED, NONCONFORMITY_NOT_RECTIFIED or SAMPLE_FAILED. */
  @Property({ type: 'string', nullable: true })
  failureReason?: string | null;

  /** The evaluation (§7.3): the day the year was judged passed or failed. */
  @Property({ type: 'date', nullable: true })
  concludedOn?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  evaluatedBy?: Rel<User> | null;

  /** When the §8.5 consequence of a failed year was handled (idempotence of the sweep). */
  @Property({ type: 'date', nullable: true })
  consequenceOn?: string | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
