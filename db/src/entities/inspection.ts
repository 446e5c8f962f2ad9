import { Collection, DecimalType, Entity, Enum, Index, ManyToOne, OneToMany, OneToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CertificationCase } from './certification-case.js';
import { InspectionChecklistResult } from './inspection-checklist-result.js';
import { InspectionConclusion, InspectionStatus } from './inspection-enums.js';
import { Nonconformity } from './nonconformity.js';
import { User } from './user.js';

/**
 * The initial factory inspection of one case (初始工厂检查, §5): opened when the case enters
 * evaluation, either exempted (§2, §5.1: the factory already holds a valid certificate, and the
 * engineer accepts the proposal) or carried out by an assigned inspector and concluded, with
 * nonconformities rectified within the §5.4 limit. Its deadlines are the case's clocks.
 */
@Entity({ tableName: 'factory_inspection' })
@Index({ properties: ['status'] })
export class FactoryInspection extends BaseEntity {
  @OneToOne({ entity: () => CertificationCase, owner: true })
  certificationCase!: Rel<CertificationCase>;

  @Enum({ items: () => InspectionStatus, nativeEnumName: 'inspection_status' })
  status!: InspectionStatus;

  /** Documents received (§5.3): the day the case entered evaluation. */
  @Property({ type: 'date' })
  openedOn!: string;

  /** The VALID certificate of the same factory that made the system propose exemption. */
  @Property({ type: 'string', nullable: true })
  proposedCertificateNumber?: string | null;

  /** The engineer's decision on the proposal: true exempted, false inspection needed. */
  @Property({ type: 'boolean', nullable: true })
  exemptionAccepted?: boolean | null;

  @Property({ type: 'text', nullable: true })
  exemptionReason?: string | null;

  /** The certificate whose coverage (§5.1) replaces the inspection, once exempted. */
  @Property({ type: 'string', nullable: true })
  coveringCertificateNumber?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  exemptionDecidedBy?: Rel<User> | null;

  @Property({ type: 'date', nullable: true })
  exemptionDecidedOn?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  inspector?: Rel<User> | null;

  /** On-site effort (人·日), within the scheme's bounds (§5.3). */
  @Property({ type: new DecimalType('number'), columnType: 'numeric(3,1)', nullable: true })
  personDays?: number | null;

  @ManyToOne({ entity: () => User, nullable: true })
  taskIssuedBy?: Rel<User> | null;

  @Property({ type: 'date', nullable: true })
  taskIssuedOn?: string | null;

  /** The planned days on site, when the task names them (within the §5.4 limit). */
  @Property({ type: 'date', nullable: true })
  plannedFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  plannedTo?: string | null;

  /**
   * §5.4: the inspector the engineer sent to verify rectification on site, and the planned day.
   * That inspector may record the verification; it is not a second inspection.
   */
  @ManyToOne({ entity: () => User, nullable: true })
  verificationInspector?: Rel<User> | null;

  @Property({ type: 'date', nullable: true })
  verificationPlannedOn?: string | null;

  /** The (last) day on site. */
  @Property({ type: 'date', nullable: true })
  visitOn?: string | null;

  @Property({ type: 'date', nullable: true })
  reportedOn?: string | null;

  @Enum({ items: () => InspectionConclusion, nativeEnumName: 'inspection_conclusion', nullable: true })
  conclusion?: InspectionConclusion | null;

  /** The report's conclusion text, shown to the applicant. */
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  /** The inspector's remarks for CQC staff only; never shown to the applicant. */
  @Property({ type: 'text', nullable: true })
  internalNote?: string | null;

  /** When the track reached PASSED, FAILED or EXEMPTED. */
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  @OneToMany({ entity: () => InspectionChecklistResult, mappedBy: 'inspection', orderBy: { position: 'asc' } })
  checklist = new Collection<InspectionChecklistResult>(this);

  @OneToMany({ entity: () => Nonconformity, mappedBy: 'inspection', orderBy: { position: 'asc' } })
  nonconformities = new Collection<Nonconformity>(this);

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
