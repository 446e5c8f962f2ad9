import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Organisation } from './organisation.js';
import { User } from './user.js';

/**
 * An uploaded file (the §3.2 application documents, reports…): metadata here, bytes behind the
 * API's document storage port under `storageKey`, a random id that never contains the user's
 * file name. A document is uploaded over plain HTTP first and attached to a certification case
 * later by a GraphQL mutation; until then `caseId`, `documentType` and `attachedAt` are null.
 * Rows are written once at upload; only the attachment fields change afterwards.
 */
@Entity({ tableName: 'stored_document' })
@Index({ properties: ['organisation'] })
@Index({ properties: ['caseId'] })
export class StoredDocument extends BaseEntity {
  /** The enterprise the document belongs to: decides who may read it. */
  @ManyToOne({ entity: () => Organisation })
  organisation!: Rel<Organisation>;

  @ManyToOne({ entity: () => User })
  uploadedBy!: Rel<User>;

  /** As the uploader named it (path stripped), for the download's Content-Disposition only. */
  @Property({ type: 'string' })
  fileName!: string;

  /** Decided from the file's magic bytes, not taken on trust from the client. */
  @Property({ type: 'string' })
  mediaType!: string;

  @Property({ type: 'integer' })
  size!: number;

  /** Hex SHA-256 of the stored bytes: lets a reviewer prove which file a decision relied on. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Unique()
  @Property({ type: 'string' })
  storageKey!: string;

  /**
   * The certification case the document is attached to. A plain uuid, not a relation: cases live
   * in another module, which owns that link.
   */
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  /** A §3.2 document-type code (scheme data), set when attached. */
  @Property({ type: 'string', nullable: true })
  documentType?: string | null;

  @Property({ type: 'datetime', nullable: true })
  attachedAt?: Date | null;
}
