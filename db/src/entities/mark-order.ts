import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Certificate } from './certificate.js';
import { User } from './user.js';

/**
 * An order of standard-size printed certification marks (申购标准规格认证标志, §10.2) for one
 * certificate: the quantity and the date, as recorded. Written once.
 */
@Entity({ tableName: 'mark_order' })
@Index({ properties: ['certificate'] })
export class MarkOrder extends BaseEntity {
  @ManyToOne({ entity: () => Certificate })
  certificate!: Rel<Certificate>;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'date' })
  orderedOn!: string;

  @ManyToOne({ entity: () => User })
  orderedBy!: Rel<User>;

  @Property({ type: 'text', default: '' })
  note: Opt<string> = '';
}
