import { Entity, Enum, Index, ManyToOne, Property, Unique, type Rel, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';
import { CertificateStatus, StatusEventKind } from './enums.js';

/**
 * One entry of a certificate's public history, append-only. `reasonCode` points into the
 * scheme's reason codes (§8.5); `cause` is the finer cause that sets a suspension's maximum.
 */
@Entity({ tableName: 'certificate_status_event' })
@Unique({ properties: ['certificate', 'seq'] })
// The regulator's reason-code filter (api/src/regulator): certificates whose history holds a code.
@Index({ properties: ['reasonCode', 'certificate'] })
export class CertificateStatusEvent extends BaseEntity {
  @ManyToOne({ entity: () => Certificate })
  certificate!: Rel<Certificate>;

  /** 1, 2, 3 … in order of occurrence within the certificate. */
  @Property({ type: 'integer' })
  seq!: number;

  @Enum({ items: () => StatusEventKind, nativeEnumName: 'status_event_kind' })
  kind!: StatusEventKind;

  @Enum({ items: () => CertificateStatus, nativeEnumName: 'certificate_status', nullable: true })
  fromStatus?: CertificateStatus | null;

  @Enum({ items: () => CertificateStatus, nativeEnumName: 'certificate_status' })
  toStatus!: CertificateStatus;

  @Property({ type: 'date' })
  occurredOn!: string;

  /** For a suspension: the latest end date the rule allows. */
  @Property({ type: 'date', nullable: true })
  effectiveUntil?: string | null;

  @Property({ type: 'string', nullable: true })
  reasonCode?: string | null;

  @Property({ type: 'string', nullable: true })
  cause?: string | null;

  @Property({ type: 'text' })
  publicReasonZh: Opt<string> = '';

  @Property({ type: 'text' })
  publicReasonEn: Opt<string> = '';

  /** For MODEL_WITHDRAWN: the model concerned. */
  @Property({ type: 'string', nullable: true })
  modelDesignation?: string | null;

  /** The certificate version this event produced, for VARIED / EXTENDED / RENEWED / ISSUED. */
  @Property({ type: 'integer', nullable: true })
  versionNo?: number | null;
}
