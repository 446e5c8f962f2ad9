import { Collection, Entity, Enum, Index, OneToMany, OneToOne, Property, Unique, type Rel, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CertificationUnit } from './certification-unit.js';
import { CertificateStatusEvent } from './certificate-status-event.js';
import { CertificateVersion } from './certificate-version.js';
import { CertificateStatus } from './enums.js';

/**
 * A certificate: one number for life, one per certification unit (§8.1). Its contents live in
 * immutable versions; its status changes are events in its history. The columns here are the
 * current state, denormalised for queries and guarded by optimistic locking.
 */
@Entity({ tableName: 'certificate' })
@Index({ properties: ['status'] })
// Regulator filters and counts (api/src/regulator) at a million certificates.
@Index({ properties: ['firstIssuedOn'] })
@Index({ properties: ['expiresOn'] })
@Index({ properties: ['statusChangedAt'] })
export class Certificate extends BaseEntity {
  @Unique()
  @Property({ type: 'string' })
  number!: string;

  @OneToOne({ entity: () => CertificationUnit, owner: true })
  unit!: Rel<CertificationUnit>;

  @Enum({ items: () => CertificateStatus, nativeEnumName: 'certificate_status' })
  status!: CertificateStatus;

  /** Date of first issue (版本 0). */
  @Property({ type: 'date' })
  firstIssuedOn!: string;

  /** Issue date of the current version. */
  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date' })
  expiresOn!: string;

  @Property({ type: 'integer' })
  currentVersionNo: Opt<number> = 0;

  /** While SUSPENDED: the latest date the suspension may last (§8.5.1.1). */
  @Property({ type: 'date', nullable: true })
  suspendedUntil?: string | null;

  @Property({ type: 'datetime' })
  statusChangedAt!: Date;

  @Property({ type: 'boolean', default: false })
  isDemo: Opt<boolean> = false;

  @OneToMany({ entity: () => CertificateVersion, mappedBy: 'certificate', orderBy: { versionNo: 'asc' } })
  versions = new Collection<CertificateVersion>(this);

  @OneToMany({ entity: () => CertificateStatusEvent, mappedBy: 'certificate', orderBy: { seq: 'asc' } })
  statusHistory = new Collection<CertificateStatusEvent>(this);

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
