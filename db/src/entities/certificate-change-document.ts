import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { CertificateChangeRequest } from './certificate-change.js';
import { StoredDocument } from './stored-document.js';

/**
 * An uploaded document given as evidence of a change (§3.2(5)): the upload route stores the file,
 * this row ties it to one change request under a scheme document type. A document serves one request.
 */
@Entity({ tableName: 'certificate_change_document' })
@Unique({ properties: ['document'] })
export class CertificateChangeDocument extends BaseEntity {
  @ManyToOne({ entity: () => CertificateChangeRequest })
  request!: Rel<CertificateChangeRequest>;

  @ManyToOne({ entity: () => StoredDocument })
  document!: Rel<StoredDocument>;

  @Property({ type: 'string' })
  documentType!: string;
}
