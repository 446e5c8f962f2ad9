import { Entity, Index, ManyToOne, Property, Unique, type Rel, type Opt } from '@mikro-orm/core';
import { BaseEntity } from './base.js';
import { Organisation } from './organisation.js';

/** A production site (生产企业/生产厂), identified by its factory code (工厂界定码). */
@Entity({ tableName: 'factory' })
export class Factory extends BaseEntity {
  @ManyToOne({ entity: () => Organisation })
  @Index()
  operator!: Rel<Organisation>;

  @Unique()
  @Property({ type: 'string' })
  factoryCode!: string;

  @Property({ type: 'string' })
  nameZh!: string;

  @Property({ type: 'string' })
  nameEn!: string;

  @Property({ type: 'string' })
  addressZh!: string;

  @Property({ type: 'string' })
  addressEn!: string;

  @Property({ type: 'integer', version: true })
  version!: Opt<number>;
}
