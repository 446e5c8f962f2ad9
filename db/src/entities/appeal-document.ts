import { Entity, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Appeal } from './appeal.js';
import { StoredDocument } from './stored-document.js';

/** A document the filer attached to an appeal, complaint or dispute. A document serves one appeal. */
@Entity({ tableName: 'appeal_document' })
@Unique({ properties: ['document'] })
export class AppealDocument extends BaseEntity {
  @ManyToOne({ entity: () => Appeal })
  appeal!: Rel<Appeal>;

  @ManyToOne({ entity: () => StoredDocument })
  document!: Rel<StoredDocument>;
}
