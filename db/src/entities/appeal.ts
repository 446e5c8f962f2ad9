import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';
import { CertificationCase } from './certification-case.js';
import { Organisation } from './organisation.js';
import { User } from './user.js';
import { AppealDocument } from './appeal-document.js';

/** §13 申诉、投诉和争议 (scheme `appeals.kinds`). */
export enum AppealKind {
  /** Against a decision of the certification body on a case or a certificate. */
  APPEAL = 'APPEAL',
  COMPLAINT = 'COMPLAINT',
  DISPUTE = 'DISPUTE',
}

export enum AppealState {
  FILED = 'FILED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  UNDER_INVESTIGATION = 'UNDER_INVESTIGATION',
  UPHELD = 'UPHELD',
  REJECTED = 'REJECTED',
  /** The filer took it back before the decision. */
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * An appeal, complaint or dispute raised by an applicant or holder (§13), handled per CQC
 * procedures: registered, investigated and decided, the filer told at each step. The rule sets
 * no time limits; the dates of each step are recorded for tracking only.
 */
@Entity({ tableName: 'appeal' })
@Index({ properties: ['state'] })
@Index({ properties: ['organisation'] })
export class Appeal extends BaseEntity {
  /** Human reference, e.g. `SS2026-0001`. */
  @Property({ type: 'string', unique: true })
  reference!: string;

  @Enum({ items: () => AppealKind, nativeEnumName: 'appeal_kind' })
  kind!: AppealKind;

  @Enum({ items: () => AppealState, nativeEnumName: 'appeal_state', default: AppealState.FILED })
  state: Opt<AppealState> = AppealState.FILED;

  /** The applicant or holder that raised it. */
  @ManyToOne({ entity: () => Organisation })
  organisation!: Rel<Organisation>;

  /** The case whose decision is appealed, or which the matter concerns. */
  @ManyToOne({ entity: () => CertificationCase, nullable: true })
  case?: Rel<CertificationCase> | null;

  @ManyToOne({ entity: () => Certificate, nullable: true })
  certificate?: Rel<Certificate> | null;

  @Property({ type: 'string' })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'date' })
  filedOn!: string;

  @ManyToOne({ entity: () => User })
  filedBy!: Rel<User>;

  @Property({ type: 'date', nullable: true })
  acknowledgedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  investigationStartedOn?: string | null;

  /** What the investigation is to look at, or found; shown to the filer. */
  @Property({ type: 'text', default: '' })
  investigationNote: Opt<string> = '';

  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  decidedBy?: Rel<User> | null;

  /** The decision's reasons, or the filer's reason for withdrawing. */
  @Property({ type: 'text', nullable: true })
  outcomeNote?: string | null;

  @OneToMany({ entity: () => AppealDocument, mappedBy: 'appeal' })
  documents = new Collection<AppealDocument>(this);

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
