import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, OneToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CaseClock } from './case-clock.js';
import { Certificate } from './certificate.js';
import { CertificationUnit } from './certification-unit.js';
import { CaseStatus } from './enums.js';
import { User } from './user.js';

/**
 * A certification case (认证委托): one application for one certification unit, from submission
 * to certificate or termination. The unit (applicant, manufacturer, factory, models, key
 * components) is built while the case is a draft and becomes the certificate's unit.
 */
@Entity({ tableName: 'certification_case' })
@Index({ properties: ['status'] })
export class CertificationCase extends BaseEntity {
  /** Human reference, e.g. `A2026-000123`. */
  @Unique()
  @Property({ type: 'string' })
  caseNo!: string;

  /** The rule version the case runs under (§8.4: a revision is a new scheme version). */
  @Property({ type: 'string' })
  schemeId!: string;

  @Property({ type: 'string' })
  schemeVersion!: string;

  @OneToOne({ entity: () => CertificationUnit, owner: true })
  unit!: Rel<CertificationUnit>;

  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status!: CaseStatus;

  @Property({ type: 'datetime' })
  statusChangedAt!: Date;

  @ManyToOne({ entity: () => User })
  createdBy!: Rel<User>;

  @ManyToOne({ entity: () => User, nullable: true })
  assignedEngineer?: Rel<User> | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  /** Rated voltage above AC 1000 V (≤ 1500 V): handled by reference (参照执行, §1). */
  @Property({ type: 'boolean', default: false })
  referenceVoltage: Opt<boolean> = false;

  /** Why the case ended without a certificate (scheme reason), when it did. */
  @Property({ type: 'string', nullable: true })
  endReasonCode?: string | null;

  @Property({ type: 'text', nullable: true })
  endReason?: string | null;

  /**
   * §9: the certificate this case renews (复审), when it is a recertification. The unit is a copy
   * of the certificate's; approval in time issues a RENEWAL version of that certificate.
   */
  @ManyToOne({ entity: () => Certificate, nullable: true })
  renewsCertificate?: Rel<Certificate> | null;

  /** §9: the day the renewal was applied for. */
  @Property({ type: 'date', nullable: true })
  renewalAppliedOn?: string | null;

  /** §9: the certificate's expiry when the renewal was applied for; its deadlines count from it. */
  @Property({ type: 'date', nullable: true })
  renewalExpiresOn?: string | null;

  /** §9: applied for later than the scheme's limit before expiry (flagged, not refused). */
  @Property({ type: 'boolean', default: false })
  renewalLate: Opt<boolean> = false;

  /**
   * §9 "否则按新申请处理": not completed within the limit after expiry, so the renewed certificate
   * was cancelled and approval issues a new certificate number.
   */
  @Property({ type: 'boolean', default: false })
  treatedAsNew: Opt<boolean> = false;

  @OneToMany({ entity: () => CaseClock, mappedBy: 'certificationCase', orderBy: { startedOn: 'asc' } })
  clocks = new Collection<CaseClock>(this);

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
