import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';
import { User } from './user.js';

/** What the holder asks of its certificate's status (§8.5.1(8), §8.5.2, §8.5.3(2)/(4)). */
export enum StatusRequestKind {
  SUSPENSION = 'SUSPENSION',
  RESTORATION = 'RESTORATION',
  CANCELLATION = 'CANCELLATION',
}

export enum StatusRequestState {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  REFUSED = 'REFUSED',
  /** The holder took the request back before it was decided. */
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * A holder's request concerning its certificate's status, decided by the certification body.
 * Granting it changes the status in the same transaction; a restoration requested within the
 * suspension period keeps the certificate from automatic revocation until it is decided.
 */
@Entity({ tableName: 'certificate_status_request' })
@Index({ properties: ['state', 'requestedOn'] })
// One open request per certificate: a second one waits until the first is decided.
@Index({
  name: 'certificate_status_request_one_pending',
  expression: `create unique index "certificate_status_request_one_pending" on "certificate_status_request" ("certificate_id") where "state" = 'PENDING'`,
})
export class CertificateStatusRequest extends BaseEntity {
  @ManyToOne({ entity: () => Certificate })
  certificate!: Rel<Certificate>;

  @Enum({ items: () => StatusRequestKind, nativeEnumName: 'status_request_kind' })
  kind!: StatusRequestKind;

  @Enum({ items: () => StatusRequestState, nativeEnumName: 'status_request_state', default: StatusRequestState.PENDING })
  state: Opt<StatusRequestState> = StatusRequestState.PENDING;

  /** Beijing date of the request: a restoration must be asked for within the suspension period. */
  @Property({ type: 'date' })
  requestedOn!: string;

  @ManyToOne({ entity: () => User })
  requestedBy!: Rel<User>;

  /**
   * The scheme code the request implies: a suspension cause (HOLDER_REQUEST_SEASONAL …) for a
   * suspension, a cancellation reason (C2 or C4) for a cancellation; null for a restoration.
   */
  @Property({ type: 'string', nullable: true })
  code?: string | null;

  /** The holder's explanation: why, or for a restoration the rectification carried out. */
  @Property({ type: 'text' })
  explanation!: string;

  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;

  @ManyToOne({ entity: () => User, nullable: true })
  decidedBy?: Rel<User> | null;

  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
