import { Entity, ManyToOne, OneToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CertificationCase } from './certification-case.js';
import { Lab } from './lab.js';

/**
 * The certification plan (§3.4 "制定认证计划"): issued with the completed document review, one per
 * case. It carries the fee estimate the payment notice asks for and, once paid, the payment
 * date: §6.3 leaves fee-payment time out of the certificate issue limit.
 */
@Entity({ tableName: 'certification_plan' })
export class CertificationPlan extends BaseEntity {
  @OneToOne({ entity: () => CertificationCase, owner: true })
  certificationCase!: Rel<CertificationCase>;

  /** Estimated certification fee in yuan; decimal, read back as a string so no cent is lost. */
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  feeEstimateYuan!: string;

  /** What samples to send, how many, and where (§4.1). */
  @Property({ type: 'text' })
  sampleRequirements!: string;

  /** The lab chosen, when it is one of the platform's labs. */
  @ManyToOne({ entity: () => Lab, nullable: true })
  lab?: Rel<Lab> | null;

  /** The lab as the plan names it (also for a lab not on the platform). */
  @Property({ type: 'string', nullable: true })
  labName?: string | null;

  @Property({ type: 'string' })
  contactPerson!: string;

  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  /** The day the plan and the payment notice went out (Beijing date). */
  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date', nullable: true })
  feePaidOn?: string | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
