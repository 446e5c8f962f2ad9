import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';
import { StoredDocument } from './stored-document.js';
import { User } from './user.js';

export enum MarkApprovalState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

/**
 * A holder's application for, and the certification body's decision on, a mark-usage approval
 * (《中国质量认证中心认证标志使用批准书》, §10.2) for one certificate. Whether an approval is in force
 * is not stored: it follows the certificate's status when read (a certificate no longer VALID
 * gives no right to the mark), so no sweep has to keep it in step.
 */
@Entity({ tableName: 'mark_approval' })
@Index({ properties: ['state'] })
@Index({ properties: ['certificate'] })
// One open application per certificate: a second waits until the first is decided.
@Index({
  name: 'mark_approval_one_pending',
  expression: `create unique index "mark_approval_one_pending" on "mark_approval" ("certificate_id") where "state" = 'PENDING'`,
})
export class MarkApproval extends BaseEntity {
  @ManyToOne({ entity: () => Certificate })
  certificate!: Rel<Certificate>;

  @Enum({ items: () => MarkApprovalState, nativeEnumName: 'mark_approval_state', default: MarkApprovalState.PENDING })
  state: Opt<MarkApprovalState> = MarkApprovalState.PENDING;

  /** §10.2 application method codes (scheme `marks.applicationMethods`). */
  @Property({ type: 'json' })
  methods!: string[];

  /** §10.2 position codes (scheme `marks.positions`). */
  @Property({ type: 'json' })
  positions!: string[];

  /** The holder's mark design (artwork), if given: an upload of its own organisation. */
  @ManyToOne({ entity: () => StoredDocument, nullable: true })
  designDocument?: Rel<StoredDocument> | null;

  @Property({ type: 'text', default: '' })
  note: Opt<string> = '';

  @Property({ type: 'date' })
  requestedOn!: string;

  @ManyToOne({ entity: () => User })
  requestedBy!: Rel<User>;

  /** Given on approval: the certificate number, `-BZ` and a two-digit sequence per certificate. */
  @Unique()
  @Property({ type: 'string', nullable: true })
  approvalNumber?: string | null;

  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  decidedBy?: Rel<User> | null;

  /** Required on refusal: the holder reads it in the notice. */
  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
