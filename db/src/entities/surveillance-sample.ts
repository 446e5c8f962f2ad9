import { Entity, Enum, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';
import { ProductType } from './enums.js';
import { Factory } from './factory.js';
import { Lab } from './lab.js';
import { SamplePurpose, SampleStatus } from './surveillance-enums.js';
import { SurveillancePlan } from './surveillance-plan.js';

/**
 * A surveillance sample (§7.2): one per factory and design type (ACB, MCCB) and year; a resample
 * when none was available, a retest after a failed model. `parent` links a resample or retest to
 * the sample it follows; `outcome` records how the chain ended, which keeps the sweeps idempotent.
 */
@Entity({ tableName: 'surveillance_sample' })
@Unique({ properties: ['factory', 'productType', 'year', 'purpose'] })
export class SurveillanceSample extends BaseEntity {
  @ManyToOne({ entity: () => Factory })
  factory!: Rel<Factory>;

  @Enum({ items: () => ProductType, nativeEnumName: 'product_type' })
  productType!: ProductType;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => SamplePurpose, nativeEnumName: 'sample_purpose' })
  purpose!: SamplePurpose;

  @ManyToOne({ entity: () => SurveillanceSample, nullable: true })
  parent?: Rel<SurveillanceSample> | null;

  /** The surveillance during which it was drawn. */
  @ManyToOne({ entity: () => SurveillancePlan })
  plan!: Rel<SurveillancePlan>;

  /** The certificate covering the sampled model; null when no sample was available. */
  @ManyToOne({ entity: () => Certificate, nullable: true })
  certificate?: Rel<Certificate> | null;

  @Property({ type: 'string', nullable: true })
  modelDesignation?: string | null;

  /** In of the sampled product, A: compared with the last sample's (§7.2 "尽可能抽取不同规格"). */
  @Property({ type: 'integer', nullable: true })
  ratedCurrent?: number | null;

  @ManyToOne({ entity: () => Lab, nullable: true })
  lab?: Rel<Lab> | null;

  @Enum({ items: () => SampleStatus, nativeEnumName: 'sample_status' })
  status!: SampleStatus;

  /** The day sampling was attempted (drawn or found impossible). */
  @Property({ type: 'date' })
  recordedOn!: string;

  @Property({ type: 'date', nullable: true })
  contactDueOn?: string | null;

  @Property({ type: 'date', nullable: true })
  contactedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  receivedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  resultDueOn?: string | null;

  @Property({ type: 'date', nullable: true })
  resultOn?: string | null;

  @Property({ type: 'text', nullable: true })
  resultNote?: string | null;

  /** UNAVAILABLE: the resampling is due by this day. */
  @Property({ type: 'date', nullable: true })
  resampleDueOn?: string | null;

  /** FAILED: rectification and the retest are due by this day. */
  @Property({ type: 'date', nullable: true })
  retestDueOn?: string | null;

  /** How the chain from this sample ended: RESAMPLED, CERTIFICATES_SUSPENDED, RETEST_PASSED, MODEL_WITHDRAWN. */
  @Property({ type: 'string', nullable: true })
  outcome?: string | null;

  @Property({ type: 'date', nullable: true })
  outcomeOn?: string | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
