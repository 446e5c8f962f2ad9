import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';
import type { KeyComponentConfigurationSnapshot, PartySnapshot } from './snapshot.js';
import type { Mounting } from './enums.js';
import { User } from './user.js';

/** §8.2 variation (变更) or §8.3 extension (扩展) of an issued certificate. */
export enum CertificateChangeKind {
  VARIATION = 'VARIATION',
  EXTENSION = 'EXTENSION',
}

/** What a variation touches, in §8.2.1's words: certificate content, or the product's design, structure, appearance, key components. */
export enum CertificateChangeArea {
  CONTENT = 'CONTENT',
  DESIGN = 'DESIGN',
  STRUCTURE = 'STRUCTURE',
  APPEARANCE = 'APPEARANCE',
  KEY_COMPONENTS = 'KEY_COMPONENTS',
}

export enum CertificateChangeStatus {
  /** Filed by the holder; the certification body evaluates it (§8.2.2). */
  SUBMITTED = 'SUBMITTED',
  /** The engineer decided that testing is needed; results pending. */
  TESTING = 'TESTING',
  /** Evaluated (tested or confirmed on documents); awaiting the decision. */
  AWAITING_DECISION = 'AWAITING_DECISION',
  /** Approved: a new certificate version with the same number was issued. Final. */
  APPROVED = 'APPROVED',
  /** Refused. Final. */
  REJECTED = 'REJECTED',
}

export enum CertificateChangeTestOutcome {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}

/** A party's printed name and address; only the fields given change. */
export type PartyChange = Partial<PartySnapshot>;

/** A model added by an extension; product type, series and frame current are the unit's (§3.1). */
export interface ProposedModel {
  designation: string;
  mounting: Mounting;
  poles: number;
  ratedVoltage: number;
  ratedCurrents: number[];
  series: string;
  frameCurrent: number;
}

/**
 * What the holder asks to change, as data. A key-component configuration replaces the one with
 * the same label, or is added when the label is new; nothing of it is in force before approval.
 */
export interface CertificateChangeProposal {
  applicant?: PartyChange | null;
  manufacturer?: PartyChange | null;
  factory?: PartyChange | null;
  productNameZh?: string | null;
  productNameEn?: string | null;
  keyComponentConfigurations?: KeyComponentConfigurationSnapshot[] | null;
  models?: ProposedModel[] | null;
}

/** One supplementary test of an extension (§8.3): per added model, its items, verdict and grade. */
export interface SupplementaryTest {
  designation: string;
  items: string;
  passed: boolean;
  /** Power-consumption grade per T/CEEIA 549-2021 as the report states it; null when failed. */
  grade: string | null;
}

/** A holder's request to vary (§8.2) or extend (§8.3) a certificate, with its evaluation and decision. */
@Entity({ tableName: 'certificate_change_request' })
@Index({ properties: ['status'] })
@Index({ properties: ['certificate'] })
export class CertificateChangeRequest extends BaseEntity {
  @ManyToOne({ entity: () => Certificate })
  certificate!: Rel<Certificate>;

  @Enum({ items: () => CertificateChangeKind, nativeEnumName: 'certificate_change_kind' })
  kind!: CertificateChangeKind;

  @Enum({ items: () => CertificateChangeStatus, nativeEnumName: 'certificate_change_status' })
  status!: CertificateChangeStatus;

  /** Variation only: the §8.2.1 areas the holder names. */
  @Property({ type: 'json' })
  areas: Opt<CertificateChangeArea[]> = [];

  @Property({ type: 'text' })
  descriptionZh!: string;

  @Property({ type: 'text' })
  descriptionEn: Opt<string> = '';

  @Property({ type: 'json' })
  proposal!: CertificateChangeProposal;

  @ManyToOne({ entity: () => User })
  requestedBy!: Rel<User>;

  @Property({ type: 'date' })
  requestedOn!: string;

  /** The certificate version the request was filed against. */
  @Property({ type: 'integer' })
  basedOnVersionNo!: number;

  /** The engineer who evaluated it; may not decide it. */
  @ManyToOne({ entity: () => User, nullable: true })
  assessedBy?: Rel<User> | null;

  /** §8.2.2: whether testing is needed (an extension always has supplementary tests, §8.3). */
  @Property({ type: 'boolean', nullable: true })
  testingRequired?: boolean | null;

  /** §8.3: the representative model that had the full type test: the basis of the extension. */
  @Property({ type: 'string', nullable: true })
  representativeModel?: string | null;

  @Property({ type: 'boolean', nullable: true })
  onSiteVerificationRequired?: boolean | null;

  @Property({ type: 'text' })
  assessmentNote: Opt<string> = '';

  @Enum({ items: () => CertificateChangeTestOutcome, nativeEnumName: 'certificate_change_test_outcome', nullable: true })
  testOutcome?: CertificateChangeTestOutcome | null;

  @Property({ type: 'text' })
  testNote: Opt<string> = '';

  @Property({ type: 'json', nullable: true })
  supplementaryTests?: SupplementaryTest[] | null;

  @Property({ type: 'boolean', nullable: true })
  onSiteVerificationPassed?: boolean | null;

  @ManyToOne({ entity: () => User, nullable: true })
  decidedBy?: Rel<User> | null;

  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;

  @Property({ type: 'text' })
  decisionReason: Opt<string> = '';

  /** The certificate version the approval issued. */
  @Property({ type: 'integer', nullable: true })
  resultingVersionNo?: number | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
